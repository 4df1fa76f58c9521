"""nrwtwin:sensors and nrwtwin:sensorseries through processing.run against a real SensorThings server
(django-ogc-sensorthings) and a fake openSenseMap; QGIS's own SensorThings provider (QGIS ≥ 3.36) on
the same server must find as many locations in the area as our layer."""
from __future__ import annotations

import json
import os

import pytest
from fakes.sensor_servers import FakeOpenSenseMap, MisbehavingSta
from fakes.sensor_sources import area_bbox
from fakes.sta_server.runner import MUENSTER, StaTestServer

IN_AREA = MUENSTER[:5]


@pytest.fixture(scope="module")
def sta(tmp_path_factory):
    with StaTestServer(tmp_path_factory.mktemp("sta_qgis")) as server:
        yield server


def extent(lonlat=None) -> str:
    xmin, ymin, xmax, ymax = area_bbox(lonlat) if lonlat else area_bbox()
    return f"{xmin},{xmax},{ymin},{ymax} [EPSG:25832]"


def layer_of(path: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(path, os.path.basename(path), "ogr")
    assert layer.isValid(), path
    return layer


def test_sensors_layers_from_a_sta_server(run_alg, sta, tmp_path):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    result = run_alg("nrwtwin:sensors", {
        "SOURCE": sta.url, "EXTENT": extent(),
        "OUTPUT": str(tmp_path / "sensors.gpkg"), "OUTPUT_DATASTREAMS": str(tmp_path / "streams.gpkg"),
    }, feedback=feedback)
    assert result["COUNT"] == len(IN_AREA) and result["DATASTREAM_COUNT"] == 2 * len(IN_AREA)
    sites = layer_of(result["OUTPUT"])
    assert sites.featureCount() == len(IN_AREA) and sites.crs().authid() == "EPSG:25832"
    by_name = {f["name"]: f for f in sites.getFeatures()}
    assert set(by_name) == {spec.name for spec in IN_AREA}
    for spec in IN_AREA:
        feature = by_name[spec.name]
        first = sorted(spec.streams, key=lambda s: s.property.lower())[0]
        assert feature["datastreams"] == 2 and feature["property"] == first.property
        assert feature["value"] == pytest.approx(first.latest[0]) and feature["unit"] == first.unit
        assert feature["value_time"].toString("yyyy-MM-ddTHH:mm:ssZ") == first.latest[1]
        assert all(s.property in feature["readings"] for s in spec.streams)
    streams = layer_of(result["OUTPUT_DATASTREAMS"])
    assert streams.featureCount() == 2 * len(IN_AREA)
    values = sorted((f["name"], f["property"], round(f["value"], 3)) for f in streams.getFeatures())
    assert values == sorted((spec.name, s.property, s.latest[0]) for spec in IN_AREA for s in spec.streams)


def test_property_filter_and_an_empty_area(run_alg, sta, tmp_path):
    from qgis.core import QgsProcessingFeedback

    result = run_alg("nrwtwin:sensors", {"SOURCE": sta.url, "EXTENT": extent(), "PROPERTY": "PM10",
                                         "OUTPUT": str(tmp_path / "pm10.gpkg")})
    pm10 = [spec.name for spec in IN_AREA if any(s.property == "PM10" for s in spec.streams)]
    assert result["COUNT"] == len(pm10) and result["OUTPUT_DATASTREAMS"] is None
    assert sorted(f["name"] for f in layer_of(result["OUTPUT"]).getFeatures()) == sorted(pm10)
    feedback = QgsProcessingFeedback()
    warnings = []
    feedback.pushWarning = warnings.append
    empty = run_alg("nrwtwin:sensors", {"SOURCE": sta.url, "EXTENT": extent((8.50, 52.00, 8.55, 52.03)),
                                        "OUTPUT": str(tmp_path / "empty.gpkg")}, feedback=feedback)
    assert empty["COUNT"] == 0 and layer_of(empty["OUTPUT"]).featureCount() == 0


def test_series_table_and_chart(run_alg, sta, tmp_path):
    from qgis.PyQt.QtGui import QImage

    streams = run_alg("nrwtwin:sensors", {"SOURCE": sta.url, "EXTENT": extent(), "PROPERTY": "water level",
                                          "OUTPUT": "TEMPORARY_OUTPUT", "OUTPUT_DATASTREAMS": "TEMPORARY_OUTPUT"})
    layer = streams["OUTPUT_DATASTREAMS"]
    layer = layer if hasattr(layer, "getFeatures") else layer_of(layer)
    datastream_id = next(layer.getFeatures())["datastream_id"]
    stream = MUENSTER[1].streams[0]
    result = run_alg("nrwtwin:sensorseries", {
        "SOURCE": sta.url, "DATASTREAM": datastream_id,
        "START": "2026-04-20T00:00:00Z", "END": "2026-05-02T00:00:00Z",
        "OUTPUT": str(tmp_path / "series.gpkg"), "OUTPUT_CHART": str(tmp_path / "series.png"),
    })
    assert result["COUNT"] == stream.observations
    table = layer_of(result["OUTPUT"])
    rows = list(table.getFeatures())
    assert [round(f["value"], 3) for f in rows] == [stream.value(i) for i in range(stream.observations)]
    assert {f["unit"] for f in rows} == {stream.unit}
    image = QImage(result["OUTPUT_CHART"])
    assert (image.width(), image.height()) == (800, 400)
    blue = sum(1 for x in range(0, 800, 2) for y in range(0, 400, 2)
               if image.pixelColor(x, y).blue() > 150 and image.pixelColor(x, y).red() < 80)
    assert blue > 50  # the line is drawn


def test_failures_write_nothing_and_name_the_source(run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    target = tmp_path / "never.gpkg"
    with MisbehavingSta("html") as server:
        with pytest.raises(QgsProcessingException) as raised:
            run_alg("nrwtwin:sensors", {"SOURCE": server.url, "EXTENT": extent(), "OUTPUT": str(target)})
    assert server.url in str(raised.value) and "Traceback" not in str(raised.value)
    assert not target.exists() and not [p for p in tmp_path.iterdir() if p.name.startswith(".nrwtwin-staging")]
    with FakeOpenSenseMap(mode="error_page") as osem:
        os.environ["NRWTWIN_SENSORS"] = json.dumps({"sources": {"opensensemap": {"url": osem.url, "retries": 1}}})
        try:
            with pytest.raises(QgsProcessingException) as raised:
                run_alg("nrwtwin:sensors", {"SOURCE": "opensensemap", "EXTENT": extent(), "OUTPUT": str(target)})
        finally:
            del os.environ["NRWTWIN_SENSORS"]
    assert "HTTP 502" in str(raised.value) and not target.exists()


def test_opensensemap_through_the_catalogue_override(run_alg, tmp_path):
    with FakeOpenSenseMap() as osem:
        os.environ["NRWTWIN_SENSORS"] = json.dumps({"sources": {"opensensemap": {"url": osem.url}}})
        try:
            result = run_alg("nrwtwin:sensors", {"SOURCE": "opensensemap", "EXTENT": extent(),
                                                 "OUTPUT": str(tmp_path / "osem.gpkg")})
        finally:
            del os.environ["NRWTWIN_SENSORS"]
    assert result["COUNT"] == len(IN_AREA)
    assert {f["source"] for f in layer_of(result["OUTPUT"]).getFeatures()} == {"opensensemap"}


def test_qgis_sensorthings_provider_counts_the_same_locations(run_alg, sta, tmp_path):
    from qgis.core import (
        Qgis,
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsProject,
        QgsProviderRegistry,
        QgsRectangle,
        QgsVectorLayer,
    )

    if Qgis.QGIS_VERSION_INT < 33600:
        pytest.skip("needs QGIS 3.36 or newer (SensorThings provider)")
    metadata = QgsProviderRegistry.instance().providerMetadata("sensorthings")
    assert metadata is not None, "QGIS ≥ 3.36 has the sensorthings provider"
    uri = metadata.encodeUri({"url": sta.url, "entity": "Location", "geometryType": "point", "pageSize": 100})
    layer = QgsVectorLayer(uri, "sta", "sensorthings")
    assert layer.isValid(), layer.error().summary()
    area = QgsGeometry.fromRect(QgsRectangle(*area_bbox()))
    to_grid = QgsCoordinateTransform(layer.crs(), QgsCoordinateReferenceSystem("EPSG:25832"), QgsProject.instance())
    inside = 0
    for feature in layer.getFeatures():
        geometry = QgsGeometry(feature.geometry())
        geometry.transform(to_grid)
        inside += geometry.intersects(area)
    ours = run_alg("nrwtwin:sensors", {"SOURCE": sta.url, "EXTENT": extent(), "OUTPUT": str(tmp_path / "o.gpkg")})
    assert layer.featureCount() == len(MUENSTER)
    assert inside == ours["COUNT"] == len(IN_AREA)


def test_a_sensor_source_is_named_in_the_users_language(qgis_app, german_qgis):
    from nrw_digital_twin.algorithms.sensors.catalogue import load_sensor_catalogue
    from nrw_digital_twin.translate import localize

    label = load_sensor_catalogue().source("hamburg").label
    assert str(label) == "Hamburg urban data platform (SensorThings) (https://iot.hamburg.de/v1.1)"
    assert localize(label) == "Hamburg – Urban Data Platform (SensorThings) (https://iot.hamburg.de/v1.1)"
