"""NRW map services against a real QGIS Server (qgis_mapserver) serving real NRW fixture data.

The server publishes the parcels of a recorded ALKIS WFS response and the DOM1 tile under NRW's
layer names (tests/fakes/ogc_server.py). The catalogue is pointed at it with NRWTWIN_SERVICES;
QGIS Server 3.22 speaks WFS 1.1.0 / WCS 1.0.0 and drops the ``ave:`` prefix, which the override
states. Client-side limits are set low so that tiling (WMS/WCS) and split-on-limit (WFS) happen.
"""

from __future__ import annotations

import json
import os
import shutil

import numpy as np
import pytest
import requests

from tests.fakes.ogc_server import QgisServer, build_fixture_project, free_port

pytestmark = [
    pytest.mark.needs_network_server,
    pytest.mark.skipif(
        shutil.which("qgis_mapserver") is None and not os.path.exists("/usr/bin/qgis_mapserver"),
        reason="qgis_mapserver (package qgis-server) is not installed",
    ),
]

DOM_AREA = "356000,357000,5699000,5700000 [EPSG:25832]"
PARCEL_AREA = "315000,319400,5577900,5580200 [EPSG:25832]"


@pytest.fixture(scope="module")
def ogc_server(qgis_app, tmp_path_factory, data_dir):
    folder = tmp_path_factory.mktemp("qgis_server")
    project = build_fixture_project(folder, data_dir)
    with QgisServer(project) as server:
        yield server


@pytest.fixture
def override(ogc_server, tmp_path, monkeypatch):
    """Point the catalogue at the local QGIS Server; returns a function to change fields."""
    url = ogc_server.url
    entries = {
        "dop": {"url": url, "max_size": 300},
        "alkis": {"url": url},
        "alkis_simple": {
            "url": url,
            "version": "1.1.0",
            "max_features": 4,
            "layers": {"ave:Flurstueck": {"name": "Flurstueck"}},
        },
        "dom_wcs": {"url": url, "version": "1.0.0", "format": "GeoTIFF", "max_size": 300},
        "dgm_wcs": {"url": url, "version": "1.0.0", "format": "GeoTIFF", "max_size": 300},
    }
    path = tmp_path / "services_override.json"

    def write(**changes):
        for service_id, fields in changes.items():
            entries[service_id].update(fields)
        path.write_text(json.dumps({"services": entries}), encoding="utf-8")
        monkeypatch.setenv("NRWTWIN_SERVICES", str(path))

    write()
    return write


GML_ID = "{http://www.opengis.net/gml/3.2}id"


def fixture_root(data_dir):
    from lxml import etree

    path = data_dir / "ogc/wfs_nw_alkis_vereinfacht_Flurstueck_10features_EPSG4258.xml"
    return etree.parse(str(path), etree.XMLParser(resolve_entities=False, no_network=True)).getroot()


def fixture_parcels(data_dir):
    return {e.get(GML_ID) for e in fixture_root(data_dir).iter() if e.tag.endswith("}Flurstueck")}


def test_add_wms_layer_to_group_with_attribution(override, qgis_new_project):
    from qgis.core import QgsProject

    from nrw_digital_twin.ui.service_layers import DEFAULT_GROUP, add_service_layer, layer_attribution

    project = QgsProject.instance()
    layer = add_service_layer("dop", "nw_dop_rgb", project=project)
    assert layer.isValid() and layer.providerType() == "wms"
    assert layer.crs().authid() == "EPSG:25832"
    assert "layers=nw_dop_rgb" in layer.source() and "crs=EPSG:25832" in layer.source()
    extent = layer.extent()
    assert (round(extent.xMinimum()), round(extent.yMaximum())) == (356000, 5700000)
    group = project.layerTreeRoot().findGroup(DEFAULT_GROUP)
    assert group is not None and [child.layerId() for child in group.findLayers()] == [layer.id()]
    assert layer_attribution(layer) == "© GEObasis.NRW, dl-de/zero-2-0"
    assert layer.metadata().rights() == ["© GEObasis.NRW, dl-de/zero-2-0"]
    assert "dl-de/zero-2-0" in layer.metadata().licenses()[0]
    second = add_service_layer("alkis", "adv_alkis_flurstuecke", project=project)
    assert second.isValid() and len(group.findLayers()) == 2


def test_add_wfs_layer_gives_the_parcels(override, qgis_new_project, data_dir):
    from qgis.core import QgsProject

    from nrw_digital_twin.ui.service_layers import add_service_layer

    layer = add_service_layer("alkis_simple", "ave:Flurstueck", project=QgsProject.instance())
    assert layer.isValid() and layer.providerType() == "WFS" and layer.crs().authid() == "EPSG:25832"
    ids = {feature["gml_id"] for feature in layer.getFeatures()}
    assert ids == fixture_parcels(data_dir)


def test_add_layer_server_down_names_service(override, qgis_new_project):
    from nrw_digital_twin.algorithms.errors import NrwTwinError
    from nrw_digital_twin.ui.service_layers import service_layer

    override(alkis_simple={"url": f"http://127.0.0.1:{free_port()}/ows"})
    with pytest.raises(NrwTwinError, match=r"ALKIS simplified \(WFS\).*cannot open the layer 'Flurstueck'"):
        service_layer("alkis_simple", "ave:Flurstueck")


def test_downloadwms_tiles_and_mosaics_like_one_request(override, run_alg, ogc_server, tmp_path):
    from osgeo import gdal

    out = tmp_path / "dop.tif"
    result = run_alg("nrwtwin:downloadwms", {"SERVICE": 0, "EXTENT": DOM_AREA, "RESOLUTION": 1.0, "OUTPUT": str(out)})
    assert result["TILES"] == 16  # 1000 px / 300 px → 4 × 4 requests
    ds = gdal.Open(str(out))
    assert (ds.RasterXSize, ds.RasterYSize) == (1000, 1000)
    assert ds.GetGeoTransform() == (356000.0, 1.0, 0.0, 5700000.0, 0.0, -1.0)
    assert "25832" in ds.GetProjection()
    mosaic = ds.ReadAsArray()
    # the same area in one GetMap (the server allows 5000 px)
    reference = requests.get(
        ogc_server.url,
        params={
            "SERVICE": "WMS",
            "VERSION": "1.3.0",
            "REQUEST": "GetMap",
            "LAYERS": "nw_dop_rgb",
            "STYLES": "",
            "CRS": "EPSG:25832",
            "BBOX": "356000,5699000,357000,5700000",
            "WIDTH": 1000,
            "HEIGHT": 1000,
            "FORMAT": "image/png",
            "TRANSPARENT": "FALSE",
        },
        timeout=60,
    )
    gdal.FileFromMemBuffer("/vsimem/reference.png", reference.content)
    expected = gdal.Open("/vsimem/reference.png").ReadAsArray()
    gdal.Unlink("/vsimem/reference.png")
    assert mosaic.shape == expected.shape and mosaic.std() > 10  # a real picture, not a flat colour
    np.testing.assert_array_equal(mosaic, expected)  # tiles on one pixel grid: identical to one request
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())


def test_downloadwfs_splits_on_the_limit_and_deduplicates(override, run_alg, tmp_path, data_dir):
    from qgis.core import QgsVectorLayer

    out = tmp_path / "parcels.gpkg"
    result = run_alg("nrwtwin:downloadwfs", {"SERVICE": 0, "EXTENT": PARCEL_AREA, "OUTPUT": str(out)})
    assert result["FEATURES"] == 10 and result["REQUESTS"] > 1 and result["DUPLICATES"] > 0
    layer = QgsVectorLayer(str(out), "parcels", "ogr")
    assert layer.crs().authid() == "EPSG:25832" and layer.featureCount() == 10
    features = list(layer.getFeatures())
    assert {f["gml_id"] for f in features} == fixture_parcels(data_dir)
    assert len({f["feature_id"] for f in features}) == 10
    areas = {f["gml_id"]: f.geometry().area() for f in features}
    booked = {f["gml_id"]: float(f["flaeche"]) for f in features}
    assert all(abs(areas[k] / booked[k] - 1.0) < 0.01 for k in areas)
    root = fixture_root(data_dir)
    municipality = {e.getparent().get(GML_ID): e.text for e in root.iter() if e.tag.endswith("}gemeinde")}
    assert {f["gml_id"]: f["gemeinde"] for f in features} == municipality


def test_downloadwfs_empty_area_and_server_errors(override, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"ALKIS simplified \(WFS\).*no features.*North Rhine"):
        run_alg(
            "nrwtwin:downloadwfs",
            {
                "SERVICE": 0,
                "EXTENT": "400000,401000,5700000,5701000 [EPSG:25832]",
                "OUTPUT": str(tmp_path / "none.gpkg"),
            },
        )
    override(alkis_simple={"layers": {"ave:Flurstueck": {"name": "Flurstuecke_gibt_es_nicht"}}})
    with pytest.raises(QgsProcessingException, match=r"ALKIS simplified \(WFS\).*reported an error"):
        run_alg("nrwtwin:downloadwfs", {"SERVICE": 0, "EXTENT": PARCEL_AREA, "OUTPUT": str(tmp_path / "x.gpkg")})


def test_downloadelevation_equals_the_dom1_tile(override, run_alg, tmp_path, data_dir):
    from osgeo import gdal

    out = tmp_path / "dom.tif"
    result = run_alg(
        "nrwtwin:downloadelevation",
        {"PRODUCT": 1, "EXTENT": "356100,356900,5699100,5699900 [EPSG:25832]", "RESOLUTION": 1.0, "OUTPUT": str(out)},
    )
    assert result["TILES"] == 9  # 800 px / 300 px → 3 × 3 requests
    ds = gdal.Open(str(out))
    assert ds.GetGeoTransform() == (356100.0, 1.0, 0.0, 5699900.0, 0.0, -1.0)
    assert gdal.GetDataTypeName(ds.GetRasterBand(1).DataType) == "Float32"
    heights = ds.ReadAsArray()
    tile = gdal.Open(str(data_dir / "raster/dom1_32_356_5699_1_nw_2020.tif")).ReadAsArray()
    np.testing.assert_array_equal(heights, tile[100:900, 100:900])


def test_downloadelevation_server_down(override, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    override(dom_wcs={"url": f"http://127.0.0.1:{free_port()}/ows"})
    with pytest.raises(QgsProcessingException, match=r"Digital surface model \(DSM, WCS\).*cannot be reached"):
        run_alg(
            "nrwtwin:downloadelevation",
            {"PRODUCT": 1, "EXTENT": DOM_AREA, "RESOLUTION": 1.0, "OUTPUT": str(tmp_path / "x.tif")},
        )
    assert not list(tmp_path.glob("*.tif*")) and not list(tmp_path.glob(".*tmp"))


def test_help_texts_name_source_and_licence(nrwtwin_provider):
    from qgis.core import QgsApplication

    for alg_id in ("nrwtwin:downloadwfs", "nrwtwin:downloadwms", "nrwtwin:downloadelevation"):
        text = QgsApplication.processingRegistry().algorithmById(alg_id).shortHelpString()
        assert "GEObasis.NRW" in text and "dl-de/zero-2-0" in text, alg_id


def test_services_widget_lists_catalogue_and_adds_on_button(override, qgis_new_project):
    from qgis.core import QgsProject

    from nrw_digital_twin.ui.services_widget import ServicesWidget

    widget = ServicesWidget(project=QgsProject.instance())
    added = []
    widget.layerAdded.connect(added.append)
    assert widget.tree.topLevelItemCount() == 13
    assert widget.add_selected() is None and "Select a layer" in widget.status.text()
    assert widget.select("alkis_simple", "ave:Flurstueck")
    widget.add_button.click()
    assert len(added) == 1 and added[0].isValid() and added[0].featureCount() == 10
    assert "GEObasis.NRW" in widget.status.text()
    assert widget.select("dop", "nw_dop_rgb")
    widget.tree.itemDoubleClicked.emit(widget.tree.currentItem(), 0)
    assert len(added) == 2 and added[1].providerType() == "wms"
    group = QgsProject.instance().layerTreeRoot().findGroup("NRW-Dienste")
    assert [node.layerId() for node in group.findLayers()] == [added[0].id(), added[1].id()]
    widget.deleteLater()


def test_wmts_and_wcs_uris_for_qgis_providers(override, qgis_new_project):
    from nrw_digital_twin.algorithms.services import load_catalogue
    from nrw_digital_twin.ui.service_layers import layer_uri, service_layer

    catalogue = load_catalogue()
    wmts = layer_uri(catalogue.service("dop_wmts"), "nw_dop")
    assert "tileMatrixSet=EPSG_25832_16" in wmts and "layers=nw_dop" in wmts and "crs=EPSG:25832" in wmts
    assert "url=https://www.wmts.nrw.de/geobasis/wmts_nw_dop/1.0.0/WMTSCapabilities.xml" in wmts
    layer = service_layer("dom_wcs", "nw_dom", catalogue=catalogue)
    assert layer.isValid() and layer.providerType() == "wcs" and layer.crs().authid() == "EPSG:25832"
    assert round(layer.extent().xMinimum()) == 356000


def test_qgis_setting_override_reaches_the_engine(qgis_app, monkeypatch):
    from qgis.core import QgsSettings

    from nrw_digital_twin.algorithms.services import SETTING_KEY
    from nrw_digital_twin.ui.service_layers import catalogue_from_settings

    monkeypatch.delenv("NRWTWIN_SERVICES", raising=False)
    settings = QgsSettings()
    old = settings.value(SETTING_KEY, None)
    try:
        settings.setValue(SETTING_KEY, '{"services": {"dop": {"url": "http://mirror.example/ows", "max_size": 2000}}}')
        dop = catalogue_from_settings().service("dop")
        assert (dop.url, dop.get("max_size")) == ("http://mirror.example/ows", 2000)
        settings.setValue(SETTING_KEY, "")
        assert catalogue_from_settings().service("dop").url == "https://www.wms.nrw.de/geobasis/wms_nw_dop"
    finally:
        if old is None:
            settings.remove(SETTING_KEY)
        else:
            settings.setValue(SETTING_KEY, old)


def test_downloadwfs_extent_in_epsg4258_and_wms_layer_name(override, run_alg, tmp_path):
    from osgeo import gdal

    override(alkis_simple={"max_features": 1000})
    result = run_alg(
        "nrwtwin:downloadwfs",
        {"SERVICE": 0, "EXTENT": "6.39,6.47,50.32,50.35 [EPSG:4258]", "OUTPUT": str(tmp_path / "p.gpkg")},
    )
    assert (result["FEATURES"], result["REQUESTS"], result["DUPLICATES"]) == (10, 1, 0)
    # LAYER overrides the enum's layer name: the parcels drawn by the server instead of the DOM
    out = tmp_path / "parcels.tif"
    run_alg(
        "nrwtwin:downloadwms",
        {
            "SERVICE": 0,
            "LAYER": "adv_alkis_flurstuecke",
            "RESOLUTION": 5.0,
            "EXTENT": "315000,316000,5577900,5578900 [EPSG:25832]",
            "OUTPUT": str(out),
        },
    )
    image = gdal.Open(str(out)).ReadAsArray()
    # parcel outlines on white; the catalogue's layer (the DOM, 40 km away) would give one flat colour
    assert image.shape[1:] == (200, 200) and len(np.unique(image[0])) > 1


# ---------------------------------------------------------------------------------------------
# Stable parameters (issue 13 #3): catalogue choices are keys, not positions in the catalogue


def test_every_catalogue_choice_has_a_permanent_key():
    """New catalogue entries must be appended to the permanent lists, never inserted."""
    from nrw_digital_twin.algorithms.services import load_catalogue
    from nrw_digital_twin.processing_provider.service_catalogue import WFS_CHOICES, WMS_CHOICES

    catalogue = load_catalogue(environ={})
    for kind, choices in (("wfs", WFS_CHOICES), ("wms", WMS_CHOICES)):
        keys = [f"{service.id}/{layer.key}" for service, layer in catalogue.layer_choices(kind)]
        assert sorted(keys) == sorted(choices) and len(set(choices)) == len(choices), kind


def wfs_model(path, service_value, key_value=None):
    """A model with one nrwtwin:downloadwfs step over the parcel area, saved as a .model3 file."""
    from qgis.core import (
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )

    model = QgsProcessingModelAlgorithm("parcels", "tests")
    child = QgsProcessingModelChildAlgorithm("nrwtwin:downloadwfs")
    child.setChildId("download")
    child.addParameterSources("SERVICE", [QgsProcessingModelChildParameterSource.fromStaticValue(service_value)])
    if key_value is not None:
        child.addParameterSources("SERVICE_KEY", [QgsProcessingModelChildParameterSource.fromStaticValue(key_value)])
    child.addParameterSources("EXTENT", [QgsProcessingModelChildParameterSource.fromStaticValue(PARCEL_AREA)])
    output = QgsProcessingModelOutput("parcels")
    output.setChildId("download")
    output.setChildOutputName("OUTPUT")
    child.setModelOutputs({"parcels": output})
    model.addChildAlgorithm(child)
    assert model.toFile(str(path))
    return path


def run_model(path, out):
    import processing
    from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path))
    result = processing.run(model, {"download:parcels": str(out)})
    layer = QgsVectorLayer(result["download:parcels"], "parcels", "ogr")
    return {f["gml_id"] for f in layer.getFeatures()}


def test_saved_model_keeps_its_layer_when_the_catalogue_order_changes(
    override, nrwtwin_provider, qgis_new_project, tmp_path, data_dir
):
    from nrw_digital_twin.processing_provider.service_catalogue import WFS_CHOICES

    override(alkis_simple={"max_features": 1000})
    by_number = wfs_model(tmp_path / "by_number.model3", WFS_CHOICES.index("alkis_simple/ave:Flurstueck"))
    by_key = wfs_model(tmp_path / "by_key.model3", 5, "alkis_simple/ave:Flurstueck")  # the key wins over 5
    assert run_model(by_number, tmp_path / "before.gpkg") == fixture_parcels(data_dir)
    # a catalogue update: the layer list comes in another order, parcels last, and a new type first
    reordered = [
        {"key": "ave:Nutzung", "name": "Nutzung"},
        {"key": "ave:GebaeudeBauwerk", "name": "GebaeudeBauwerk"},
        {"key": "ave:Flurstueck", "name": "Flurstueck", "geometry": "MultiPolygon"},
    ]
    override(alkis_simple={"layers": reordered})
    assert run_model(by_number, tmp_path / "after.gpkg") == fixture_parcels(data_dir)
    assert run_model(by_key, tmp_path / "after_key.gpkg") == fixture_parcels(data_dir)


def test_enum_lists_the_permanent_choices_whatever_the_override(override, nrwtwin_provider):
    from qgis.core import QgsApplication

    from nrw_digital_twin.processing_provider.service_catalogue import WFS_CHOICES, WMS_CHOICES

    override(alkis_simple={"layers": [{"key": "ave:Nutzung", "name": "Nutzung"}]})
    registry = QgsApplication.processingRegistry()
    for alg_id, choices in (("nrwtwin:downloadwfs", WFS_CHOICES), ("nrwtwin:downloadwms", WMS_CHOICES)):
        algorithm = registry.createAlgorithmById(alg_id)  # keep it referenced while its parameters are read
        options = algorithm.parameterDefinition("SERVICE").options()
        assert len(options) == len(choices) and all(c.split("/", 1)[1] in o for c, o in zip(choices, options))


def test_unknown_service_key_names_the_known_ones(override, run_alg, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match=r"No service with id 'alkis_vereinfacht'.*alkis_simple"):
        run_alg(
            "nrwtwin:downloadwfs",
            {
                "SERVICE_KEY": "alkis_vereinfacht/ave:Flurstueck",
                "EXTENT": PARCEL_AREA,
                "OUTPUT": str(tmp_path / "x.gpkg"),
            },
        )
    with pytest.raises(QgsProcessingException, match=r"'dop' .* is a WMS service, not a WFS service"):
        run_alg(
            "nrwtwin:downloadwfs",
            {"SERVICE_KEY": "dop/nw_dop_rgb", "EXTENT": PARCEL_AREA, "OUTPUT": str(tmp_path / "x.gpkg")},
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["services_override.json"]


# ---------------------------------------------------------------------------------------------
# The protocol versions NRW speaks (WFS 2.0.0, WCS 2.0.1) through the algorithms, against MapServer

DGM_AREA = "338116,338176,5706240,5706305 [EPSG:25832]"


@pytest.fixture(scope="module")
def mapserver(tmp_path_factory, data_dir):
    from nrwtwin_testsupport import needs_program

    from tests.fakes.mapserver import MapServer

    needs_program("mapserv")
    with MapServer(tmp_path_factory.mktemp("mapserver"), data_dir) as server:
        yield server


@pytest.fixture
def nrw_versions(mapserver, tmp_path, monkeypatch):
    """The catalogue as shipped (WFS 2.0.0, WCS 2.0.1), pointed at MapServer, with small limits."""
    path = tmp_path / "services_override.json"
    entries = {
        "alkis_simple": {"url": mapserver.url, "max_features": 4},
        "dgm_wcs": {"url": mapserver.url, "max_size": 30},
    }
    path.write_text(json.dumps({"services": entries}), encoding="utf-8")
    monkeypatch.setenv("NRWTWIN_SERVICES", str(path))
    return mapserver


def test_downloadwfs_wfs200_from_mapserver(nrw_versions, run_alg, tmp_path, data_dir):
    from qgis.core import QgsVectorLayer

    out = tmp_path / "parcels.gpkg"
    result = run_alg("nrwtwin:downloadwfs", {"SERVICE": 0, "EXTENT": PARCEL_AREA, "OUTPUT": str(out)})
    assert result["FEATURES"] == 10 and result["REQUESTS"] > 1 and result["DUPLICATES"] > 0
    layer = QgsVectorLayer(str(out), "parcels", "ogr")
    assert layer.featureCount() == 10 and layer.crs().authid() == "EPSG:25832"
    features = list(layer.getFeatures())
    assert {f["gml_id"] for f in features} == fixture_parcels(data_dir)
    assert {f["feature_id"] for f in features} == {f"Flurstueck.{i}" for i in fixture_parcels(data_dir)}
    assert all(abs(f.geometry().area() / float(f["flaeche"]) - 1.0) < 0.011 for f in features)


def test_downloadelevation_wcs201_from_mapserver_equals_the_source(nrw_versions, run_alg, tmp_path, data_dir):
    from osgeo import gdal

    from nrw_digital_twin.algorithms import wms
    from tests.fakes.mapserver import nearest_heights

    out = tmp_path / "dgm.tif"
    result = run_alg(
        "nrwtwin:downloadelevation", {"PRODUCT": 0, "EXTENT": DGM_AREA, "RESOLUTION": 1.0, "OUTPUT": str(out)}
    )
    assert result["TILES"] == 6 and result["OUTPUT"] == str(out)
    ds = gdal.Open(str(out))
    assert ds.GetGeoTransform() == (338116.0, 1.0, 0.0, 5706305.0, 0.0, -1.0)
    grid = wms.plan_grid((338116.0, 5706240.0, 338176.0, 5706305.0), 1.0)
    np.testing.assert_array_equal(ds.ReadAsArray(), nearest_heights(data_dir, grid))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dgm.tif", "services_override.json"]


def test_downloadelevation_refuses_an_answer_for_another_place(run_alg, tmp_path, monkeypatch, data_dir):
    """A coverage answered for another place (MapServer 8.0 does so for a 1-pixel SCALESIZE: the whole
    coverage's georeferencing) stops the run naming the request, instead of being warped into a wrong
    picture. Here a stub answers every request with the DGM clip, 18 km away from the DOM area asked for."""
    from qgis.core import QgsProcessingException

    from tests.fakes.ogc_server import StubOgcServer

    clip = (data_dir / "raster/dgm1_nw_wcs_cutout_338111_5706237.tif").read_bytes()
    with StubOgcServer("tiff", payload=clip) as stub:
        path = tmp_path / "services_override.json"
        path.write_text(json.dumps({"services": {"dgm_wcs": {"url": stub.url, "max_size": 1000}}}), encoding="utf-8")
        monkeypatch.setenv("NRWTWIN_SERVICES", str(path))
        with pytest.raises(QgsProcessingException) as info:
            run_alg(
                "nrwtwin:downloadelevation",
                {"PRODUCT": 0, "EXTENT": DOM_AREA, "RESOLUTION": 1.0, "OUTPUT": str(tmp_path / "dgm.tif")},
            )
    text = str(info.value)
    assert "Digital terrain model (DTM, WCS)" in text and f"the answer from {stub.url}?SERVICE=WCS" in text
    assert "covers 338111.2, 5706236.7, 338178.2, 5706311.2" in text and "instead of 356000.0, 5699000.0" in text
    assert sorted(p.name for p in tmp_path.iterdir()) == ["services_override.json"]
