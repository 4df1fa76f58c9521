"""The dock's base map for an empty map: the orthophoto from a real WMS (QGIS Server with the NRW DOM
tile published as nw_dop_rgb), opened in the background; with the service down, the offline tile grid."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from desktop_iface import DesktopIface  # noqa: E402

from tests.fakes.ogc_server import QgisServer, build_fixture_project, free_port  # noqa: E402

pytestmark = pytest.mark.needs_network_server


@pytest.fixture(scope="module")
def wms(qgis_app, tmp_path_factory, data_dir):
    folder = tmp_path_factory.mktemp("base_map_server")
    with QgisServer(build_fixture_project(folder, data_dir)) as server:
        yield server


def point_catalogue_at(url: str, tmp_path, monkeypatch) -> None:
    path = tmp_path / "services_override.json"
    path.write_text(json.dumps({"services": {"dop": {"url": url, "max_size": 300}}}), encoding="utf-8")
    monkeypatch.setenv("NRWTWIN_SERVICES", str(path))


@pytest.fixture
def dock(qgis_app, nrwtwin_provider):
    from nrw_digital_twin.ui.dock import TwinDock

    project = QgsProject.instance()
    project.clear()
    iface = DesktopIface()
    iface.window.resize(1366, 768)
    iface.window.show()
    widget = TwinDock(iface)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    widget.show()
    yield widget
    widget.cleanup()
    iface.removeDockWidget(widget)
    widget.deleteLater()
    project.clear()
    iface.window.close()


def test_aerial_photo_is_loaded_below_everything_and_the_map_zooms_to_the_area(dock, wms, tmp_path, monkeypatch,
                                                                                qtbot):
    from qgis.core import QgsCoordinateReferenceSystem, QgsVectorLayer

    point_catalogue_at(wms.url, tmp_path, monkeypatch)
    project = QgsProject.instance()
    other = QgsVectorLayer("Point?crs=EPSG:25832", "my points", "memory")
    project.addMapLayer(other)
    dock.canvas.setLayers([])
    dock.area.set_extent(QgsRectangle(356200, 5699200, 356800, 5699800), QgsCoordinateReferenceSystem("EPSG:25832"))
    dock.area_step.update_base_map_box()
    assert dock.area_step.base_map_box.isVisibleTo(dock)
    dock.area_step.base_map_buttons["dop"].click()
    assert not dock.area_step.base_map_buttons["grid"].isEnabled()  # busy while the service is read
    qtbot.waitUntil(lambda: len(project.mapLayers()) == 2, timeout=60000)
    order = [node.layer().name() for node in project.layerTreeRoot().findLayers()]
    assert order == ["my points", "Orthophotos, true colour (RGB)"]  # the base map at the bottom
    photo = project.layerTreeRoot().findLayers()[-1].layer()
    assert photo.isValid() and photo.providerType() == "wms" and "layers=nw_dop_rgb" in photo.source()
    extent = dock.canvas.extent()
    assert extent.contains(QgsRectangle(356200, 5699200, 356800, 5699800)) and extent.width() < 2000
    assert dock.message_panel.text().startswith("Map loaded: ")


def test_service_down_gives_the_offline_tile_grid(dock, tmp_path, monkeypatch, qtbot):
    point_catalogue_at(f"http://127.0.0.1:{free_port()}/ows", tmp_path, monkeypatch)
    project = QgsProject.instance()
    dock.canvas.setLayers([])
    dock.area_step.base_map_buttons["dop"].click()
    qtbot.waitUntil(lambda: len(project.mapLayers()) == 1, timeout=60000)
    layer = list(project.mapLayers().values())[0]
    assert layer.name() == "NRW tile grid" and layer.providerType() == "memory"
    assert dock.message_panel.text() == "The map service cannot be reached, so the tile grid is shown instead."
    assert "cannot open the layer 'nw_dop_rgb'" in dock.message_panel.details()
