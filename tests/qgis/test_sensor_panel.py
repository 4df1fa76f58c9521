"""The sensor panel of the building card: sensors within 250 m of a building, latest values, a chart
of the last days read in the background — on a real SensorThings server; screenshot in tests/artifacts."""
from __future__ import annotations

import time

import pytest
from fakes.sensor_sources import area_bbox
from fakes.sta_server.runner import LAST_TIME, MUENSTER, StaTestServer


@pytest.fixture(scope="module")
def sta(tmp_path_factory):
    with StaTestServer(tmp_path_factory.mktemp("sta_panel")) as server:
        yield server


def wait_for(condition, seconds: float = 30.0) -> None:
    from qgis.core import QgsApplication

    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QgsApplication.processEvents()
        time.sleep(0.02)


def building_near(spec, half_m: float = 8.0):
    from pyproj import Transformer
    from qgis.core import QgsGeometry, QgsRectangle

    x, y = Transformer.from_crs(4326, 25832, always_xy=True).transform(spec.lon + 0.0003, spec.lat)
    return QgsGeometry.fromRect(QgsRectangle(x - half_m, y - half_m, x + half_m, y + half_m))


def test_panel_lists_nearby_sensors_and_draws_their_last_days(run_alg, sta, qgis_new_project, artifacts_dir):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from nrw_digital_twin.ui.sensor_layers import run_sensors_for_area
    from nrw_digital_twin.ui.sensor_panel import SensorPanel

    project = QgsProject.instance()
    xmin, ymin, xmax, ymax = area_bbox()
    finished = []
    run = run_sensors_for_area(f"{xmin},{xmax},{ymin},{ymax} [EPSG:25832]", source=sta.url, project=project,
                               on_done=lambda ok, r: finished.append((ok, r.error, r.results.get("COUNT"))))
    wait_for(lambda: finished)
    del run
    assert finished[0][:2] == (True, "") and finished[0][2] == 5
    group = project.layerTreeRoot().findGroup("Sensoren")
    assert group is not None and len(group.findLayers()) == 2
    site_layer = next(n.layer() for n in group.findLayers() if n.layer().fields().indexOf("readings") >= 0)
    assert site_layer.labelsEnabled()  # sensors.qml applied

    spec = MUENSTER[0]
    panel = SensorPanel()
    panel.end = LAST_TIME
    panel.resize(460, 420)
    rows = panel.show_building(building_near(spec), QgsCoordinateReferenceSystem("EPSG:25832"), project)
    assert sorted((r.name, r.property, r.value) for r in rows) == sorted(
        (spec.name, s.property, s.latest[0]) for s in spec.streams)
    assert all(r.distance_m < 30 for r in rows) and panel.table.rowCount() == 2
    wait_for(lambda: panel.task is not None and panel.task.finished_)
    assert len(panel.chart.points) == 3 * 24 + 1  # hourly values of the last 3 days, both ends included
    first = rows[0]
    stream = next(s for s in spec.streams if s.property == first.property)
    assert panel.chart.points[-1][1] == pytest.approx(stream.latest[0]) and panel.chart.unit == stream.unit
    panel.show()
    wait_for(lambda: True)
    image = panel.grab()
    assert image.save(str(artifacts_dir / "sensor_panel.png"))
    panel.distance_box.setValue(2000)
    assert len(panel.rows) > 2
    panel.deleteLater()


def test_panel_without_sensor_layers_offers_to_load_them(qgis_new_project):
    from qgis.core import QgsCoordinateReferenceSystem, QgsProject

    from nrw_digital_twin.ui.sensor_panel import SensorPanel

    panel = SensorPanel()
    rows = panel.show_building(building_near(MUENSTER[0]), QgsCoordinateReferenceSystem("EPSG:25832"),
                               QgsProject.instance())
    assert rows == [] and not panel.load_button.isHidden()
    assert "No sensor layer" in panel.status.text()
    panel.deleteLater()
