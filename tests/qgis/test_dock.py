"""The dock on a real map canvas: areas drawn with simulated mouse events, snapping, the base map, the
width in German and English at laptop and desktop sizes, the print estimate, messages and results."""

import os
import sys
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import QObject, Qt, pyqtSlot
from qgis.PyQt.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desktop_iface import DesktopIface, cut_off_widgets, drag, pixel  # noqa: E402
from locale_support import qgis_language  # noqa: E402

GRID = QgsCoordinateReferenceSystem("EPSG:25832")


@pytest.fixture
def desktop(qgis_app, nrwtwin_provider):
    iface = DesktopIface()
    iface.window.resize(1200, 800)
    iface.window.show()
    canvas = iface.canvas
    canvas.setDestinationCrs(GRID)
    canvas.setExtent(QgsRectangle(403000, 5745000, 407000, 5749000))
    canvas.refresh()
    QTest.qWait(50)
    yield iface
    iface.window.close()


def make_dock(desktop):
    from nrw_digital_twin.ui.dock import TwinDock

    widget = TwinDock(desktop)
    desktop.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    widget.show()
    return widget


def drop_dock(desktop, widget):
    widget.cleanup()
    desktop.removeDockWidget(widget)
    widget.deleteLater()


@pytest.fixture
def dock(desktop):
    widget = make_dock(desktop)
    yield widget
    drop_dock(desktop, widget)


def test_rectangle_drawn_with_the_mouse_gives_the_covered_tiles(dock, desktop):
    canvas = desktop.canvas
    dock.area_step.draw_rectangle_button.click()
    drag(canvas, (404100, 5746100), (405900, 5747900))
    # 404.1–405.9 km east, 5746.1–5747.9 km north: the tiles 404/405 × 5746/5747.
    assert sorted(dock.area.tile_keys()) == ["32_404_5746", "32_404_5747", "32_405_5746", "32_405_5747"]
    box = dock.area.area.boundingBox()
    pixel_m = canvas.mapUnitsPerPixel()
    assert abs(box.xMinimum() - 404100) < 2 * pixel_m and abs(box.yMaximum() - 5747900) < 2 * pixel_m
    assert abs(dock.area.area_km2() - 1.8 * 1.8) < 0.02
    assert dock.area_step.area_label.text().endswith("OpenGeodata.NRW: 4")
    assert dock.steps.headers["area"].text() == "1  Area – 3.24 km², 4 tiles"
    overlay = [item for item in canvas.scene().items() if type(item).__name__ == "QgsRubberBand" and item.isVisible()]
    assert len(overlay) >= 2  # area and tile outlines


def test_rectangle_along_tile_edges_snaps_to_whole_tiles(dock, desktop):
    """Dragged a few metres outside the tiles 404–405 × 5746–5747: 16 tiles unsnapped, 4 snapped."""
    canvas = desktop.canvas
    start, end = (403980, 5745985), (406015, 5748020)
    dock.area_step.draw_rectangle_button.click()
    drag(canvas, start, end)
    assert len(dock.area.tiles) == 16
    dock.area_step.snap_checkbox.setChecked(True)
    dock.area_step.draw_rectangle_button.click()
    drag(canvas, start, end)
    assert sorted(dock.area.tile_keys()) == ["32_404_5746", "32_404_5747", "32_405_5746", "32_405_5747"]
    box = dock.area.area.boundingBox()
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == (404000, 5746000, 406000, 5748000)
    assert dock.area.area_km2() == pytest.approx(4.0)


def test_polygon_drawn_with_clicks_counts_only_tiles_it_touches(dock, desktop, artifacts_dir):
    canvas = desktop.canvas
    dock.area_step.draw_polygon_button.click()
    viewport = canvas.viewport()
    # A right triangle over 3 × 3 tiles (404–406 × 5746–5748) with the hypotenuse x + y = 404.1 + 5748.6 km:
    # a tile (e, n) is covered when its south-west corner lies below it, e + n < 10152.7 km, i.e. when
    # (e - 404) + (n - 5746) <= 2 → 6 of the 9 tiles of the bounding box.
    corners = [(404100, 5746100), (406600, 5746100), (404100, 5748600)]
    for x, y in corners:
        QTest.mouseClick(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pixel(canvas, x, y))
    QTest.mouseClick(
        viewport, Qt.MouseButton.RightButton, Qt.KeyboardModifier.NoModifier, pixel(canvas, 405000, 5747000)
    )
    assert sorted(dock.area.tile_keys()) == sorted(
        f"32_{e}_{n}" for e in (404, 405, 406) for n in (5746, 5747, 5748) if (e - 404) + (n - 5746) <= 2
    )
    assert abs(dock.area.area_km2() - 0.5 * 2.5 * 2.5) < 0.05
    assert dock.area_step.area_label.text().endswith("km², tiles of OpenGeodata.NRW: 6")
    dock.grab().save(str(artifacts_dir / "dock_area_polygon.png"))
    canvas.grab().save(str(artifacts_dir / "map_area_polygon.png"))


def test_selected_features_of_a_layer_make_the_area(dock):
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", "parcels", "memory")
    features = []
    for x in (404500, 406500):
        feature = QgsFeature()
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x, 5746500, x + 100, 5746600)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([f.id() for f in layer.getFeatures()][:1])
        dock.area.use_selected_features(layer)
        assert dock.area.tile_keys() == ["32_404_5746"]
        assert abs(dock.area.area_km2() - 0.01) < 1e-9
        layer.removeSelection()  # nothing selected: all features; the gap tile 405 is not covered
        dock.area.use_selected_features(layer)
        assert sorted(dock.area.tile_keys()) == ["32_404_5746", "32_406_5746"]
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_area_outside_nrw_is_a_readable_message(dock):
    dock.area.set_extent(QgsRectangle(600000, 5000000, 601000, 5001000), GRID)
    assert "outside North Rhine-Westphalia" in dock.area_step.area_label.text()
    assert not dock.run_all_button.isEnabled()


def test_too_many_tiles_are_refused_before_anything_starts(dock):
    dock.area.set_extent(QgsRectangle(400000, 5740000, 406000, 5746000), GRID)  # 6 × 6 km
    assert len(dock.area.tiles) == 36
    assert dock.start_workflow(("download", "import")) is None
    assert dock.message_panel.isVisibleTo(dock)
    assert dock.message_panel.text().startswith("The area covers 36 tiles; one run downloads at most 25.")
    assert dock.workflow is None


def test_empty_map_offers_a_base_map_and_the_offline_tile_grid(dock, desktop, qtbot, artifacts_dir):
    project = QgsProject.instance()
    project.clear()
    desktop.canvas.setLayers([])
    dock.area_step.update_base_map_box()
    assert dock.area_step.base_map_box.isVisibleTo(dock)
    titles = {key: button.text() for key, button in dock.area_step.base_map_buttons.items()}
    assert titles == {"dop": "Aerial photo", "dtk": "Topographic map", "grid": "Tile grid (offline)"}
    task = dock.area_step.load_tile_grid()
    qtbot.waitUntil(lambda: task.finished_, timeout=30000)
    qtbot.waitUntil(lambda: bool(project.mapLayers()), timeout=5000)
    layer = list(project.mapLayers().values())[0]
    assert layer.name() == "NRW tile grid"
    # 10 km blocks and 1 km tiles over North Rhine-Westphalia (280–536 km E, 5560–5830 km N).
    assert layer.featureCount() == 26 * 27 + 256 * 270
    assert layer.renderer().type() == "RuleRenderer"
    assert all(rule.symbol().symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush
               for rule in layer.renderer().rootRule().children())
    desktop.canvas.setLayers([layer])
    dock.area_step.update_base_map_box()
    assert not dock.area_step.base_map_box.isVisibleTo(dock)
    project.clear()


@pytest.mark.parametrize("language", ["en_US", "de_DE"])
@pytest.mark.parametrize("screen", [(1366, 768), (1920, 1080)])
def test_dock_fits_its_content_in_every_step(qgis_app, nrwtwin_provider, language, screen, artifacts_dir):
    """Nothing cut off and no sideways scrolling at the width the dock opens with, in every step."""
    with qgis_language(language):
        iface = DesktopIface()
        iface.window.resize(*screen)
        iface.window.show()
        widget = make_dock(iface)
        try:
            widget.area.set_extent(QgsRectangle(404100, 5746100, 405900, 5747900), GRID)
            for key in widget.steps.keys:
                widget.steps.open_step(key)
                QTest.qWait(50)
                assert widget.scroll.horizontalScrollBar().maximum() == 0, key
                assert cut_off_widgets(widget) == [], key
                widget.grab().save(str(artifacts_dir / f"dock_{language[:2]}_{screen[0]}_{key}.png"))
            assert widget.width() <= screen[0] // 3
        finally:
            drop_dock(iface, widget)
            iface.window.close()


def test_print_estimate_follows_the_spin_boxes(dock, artifacts_dir):
    step = dock.print_step
    dock.area.set_extent(QgsRectangle(404000, 5746000, 405000, 5746500), GRID)
    step.size_spin.setValue(200.0)
    step.exaggeration_spin.setValue(2.0)
    step.base_spin.setValue(5.0)
    # 1000 m → 200 mm: 0.2 mm/m; 500 m → 100 mm; height 5 + 30 m · 0.2 · 2 = 17 mm.
    assert step.estimate.width_mm == pytest.approx(200.0)
    assert step.estimate.depth_mm == pytest.approx(100.0)
    assert step.estimate.height_mm == pytest.approx(17.0)
    assert "200 × 100 × 17 mm" in step.estimate_label.text()
    assert "1:5,000" in step.estimate_label.text()
    dock.steps.open_step("print")
    QTest.qWait(50)
    dock.grab().save(str(artifacts_dir / "dock_print_section.png"))


def test_print_estimate_in_german_numbers(desktop):
    """German: 1:6.667, 76.247-like triangle counts with a dot, sizes with a comma."""
    with qgis_language("de_DE"):
        widget = make_dock(desktop)
        try:
            widget.area.set_extent(QgsRectangle(404000, 5746000, 405000, 5747000), GRID)
            text = widget.print_step.estimate_label.text()
            estimate = widget.print_step.estimate
            assert estimate.scale_denominator == pytest.approx(6666.67, abs=1)
            assert "Maßstab 1:6.667" in text
            triangles = f"{estimate.triangles:,}".replace(",", ".")
            assert f"etwa {triangles} Dreiecke" in text and estimate.triangles > 1000
            megabytes = f"{estimate.stl_bytes / 1e6:.1f}".replace(".", ",")
            assert f"STL ≈ {megabytes} MB" in text
        finally:
            drop_dock(desktop, widget)


def test_cache_size_and_clear_only_touch_product_folders(dock, tmp_path, qtbot):
    from qgis.core import QgsSettings

    from nrw_digital_twin.processing_provider import network

    settings = QgsSettings()
    saved = settings.value(network.CACHE_FOLDER_KEY, "")
    step = dock.data_step
    try:
        (tmp_path / "LoD2").mkdir()
        (tmp_path / "LoD2" / "LoD2_32_404_5746_1_NW.gml").write_bytes(b"x" * 1500)
        (tmp_path / "_index").mkdir()
        (tmp_path / "_index" / "LoD2_abc.json").write_bytes(b"y" * 500)
        (tmp_path / "my_notes.txt").write_text("keep me")
        step.cache_widget.setFilePath(str(tmp_path))
        assert settings.value(network.CACHE_FOLDER_KEY) == str(tmp_path)
        task = step.update_cache_size()
        qtbot.waitUntil(lambda: task.finished_, timeout=10000)
        assert step.cache_label.text().endswith("2.0 kB")  # 1500 + 500 + 7 bytes
        assert step.clear_cache(confirm=False)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["my_notes.txt"]
    finally:
        settings.setValue(network.CACHE_FOLDER_KEY, saved or "")


def test_data_section_lists_the_nrw_services_and_tile_sizes(dock, tmp_path, qtbot, citygml_dir, monkeypatch):
    from qgis.core import QgsSettings

    from nrw_digital_twin.processing_provider import network

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from fakes.opengeodata_server import FakeOpenGeodata

    step = dock.data_step
    assert step.services_widget.tree.topLevelItemCount() >= 5  # DOP, ALKIS, DTK, … from the catalogue
    settings = QgsSettings()
    saved = settings.value(network.CACHE_FOLDER_KEY, "")
    settings.setValue(network.CACHE_FOLDER_KEY, str(tmp_path))
    try:
        with FakeOpenGeodata() as server:
            server.add_fixture("LoD2", citygml_dir / "LoD2_32_332_5727_1_NW.gml")
            server.list_only("geobasis/hm/dgm1_tiff/dgm1_tiff/", "dgm1_32_332_5727_1_nw_2023.tif", 4_000_123)
            server.list_only("geobasis/hm/dgm1_tiff/dgm1_tiff/", "dgm1_32_333_5727_1_nw_2021.tif", 3_900_000)
            monkeypatch.setenv("NRWTWIN_OPENGEODATA_URL", server.base_url)
            dock.area.set_extent(QgsRectangle(332500, 5727500, 333500, 5727900), GRID)  # tiles 332 and 333
            task = step.lookup_product_sizes()
            qtbot.waitUntil(lambda: task.finished_, timeout=30000)
            qtbot.waitUntil(lambda: step.products_table.item(0, 1).text() != "–", timeout=5000)
    finally:
        settings.setValue(network.CACHE_FOLDER_KEY, saved or "")
    size_lod2 = (citygml_dir / "LoD2_32_332_5727_1_NW.gml").stat().st_size
    table = step.products_table
    rows = {
        table.item(r, 0).data(Qt.ItemDataRole.UserRole): (table.item(r, 1).text(), table.item(r, 2).text())
        for r in range(table.rowCount())
    }
    assert rows["LoD2"] == ("1/2", f"{size_lod2 / 1000:.1f} kB")
    assert rows["DGM1"] == ("2/2", "7.9 MB")
    assert rows["DOP10"] == ("0/2", "0 B")
    assert step.sensors_button.isEnabled() and step.sensor_source_combo.count() >= 2  # sensor catalogue
    table.item(2, 0).setCheckState(Qt.CheckState.Checked)
    assert step.checked_products() == [0, 2]
    assert dock.steps.headers["data"].text() == "2  Data"
    dock.steps.open_step("data")
    QTest.qWait(50)
    dock.grab().save(str(Path(__file__).resolve().parents[1] / "artifacts" / "dock_data_section.png"))


def test_measure_and_info_tools_take_over_the_canvas_and_leave_on_cleanup(dock, desktop):
    from nrw_digital_twin.ui.building_info_tool import BuildingInfoTool
    from nrw_digital_twin.ui.measure_tool import MeasureTool3D

    step = dock.analyse_step
    step.measure_button.setChecked(True)
    assert isinstance(desktop.canvas.mapTool(), MeasureTool3D)
    step.info_button.setChecked(True)
    assert isinstance(desktop.canvas.mapTool(), BuildingInfoTool)
    assert not step.measure_button.isChecked()  # the other tool was switched off
    step.info_button.setChecked(False)
    assert desktop.canvas.mapTool() is None


def test_tracebacks_become_one_readable_line():
    from nrw_digital_twin.ui.tasks import readable_error

    text = (
        "Traceback (most recent call last):\n"
        '  File "/x/alg_roofsolar.py", line 10, in run\n'
        "    value = table[key]\n"
        "KeyError: 'irradiation'\n"
    )
    message = readable_error(text)
    assert message.startswith("'irradiation' (an internal error")
    assert "Traceback" not in message and "File" not in message
    plain = "Could not read the tile index of … Check the internet connection."
    assert readable_error(plain) == plain


def test_errors_show_short_text_and_details_on_request(dock):
    from qgis.core import Qgis

    text = (
        "3D-Gebäudemodelle herunterladen fehlgeschlagen: Der Kachelindex von "
        "https://www.opengeodata.nrw.de/produkte/geobasis/3dg/lod2_gml/ konnte nicht gelesen werden "
        "(Einstellung nrw_digital_twin/opengeodata_url). Prüfen Sie die Internetverbindung.\n"
        "HTTP 500 Internal Server Error"
    )
    dock.show_message(text, Qgis.MessageLevel.Critical)
    panel = dock.message_panel
    assert panel.text() == (
        "3D-Gebäudemodelle herunterladen fehlgeschlagen: Der Kachelindex von www.opengeodata.nrw.de konnte "
        "nicht gelesen werden. Prüfen Sie die Internetverbindung."
    )
    assert panel.details_button.isVisibleTo(dock) and not panel.details_label.isVisibleTo(dock)
    panel.details_button.click()
    assert panel.details_label.isVisibleTo(dock) and panel.details() == text


class UrlRecorder(QObject):
    def __init__(self):
        super().__init__()
        self.opened, self.urls = [], []

    @pyqtSlot("QUrl")
    def open(self, url):
        self.opened.append(url.toLocalFile())
        self.urls.append(url.toString())


def test_results_folder_is_next_to_the_project_and_results_open_with_the_system(dock, tmp_path):
    import requests
    from qgis.core import QgsSettings
    from qgis.PyQt.QtGui import QDesktopServices

    from nrw_digital_twin.ui import dock_results, web_preview

    saved = QgsSettings().value(dock_results.SETTINGS_KEY, "")
    project = QgsProject.instance()
    project.clear()
    assert project.write(str(tmp_path / "town.qgz"))
    dock.results_step.project_changed()
    assert dock.results_step.output_root() == str(tmp_path / "Digital twin")
    chosen = tmp_path / "elsewhere"
    dock.results_step.folder_widget.setFilePath(str(chosen))
    assert dock_results.default_output_root(project) == str(chosen)  # remembered with the project
    model = chosen / "run" / "print_model.stl"
    model.parent.mkdir(parents=True)
    model.write_bytes(b"solid x\nendsolid x\n")
    dock.results_step.add_result("3D print model (STL)", str(model))
    tiles = chosen / "run" / "twin_3dtiles"  # what nrwtwin:export3dtiles writes: tileset and viewer page
    tiles.mkdir()
    (tiles / "tileset.json").write_text('{"asset": {"version": "1.1"}}', encoding="utf-8")
    (tiles / "index.html").write_text("<html></html>", encoding="utf-8")
    recorder, browser = UrlRecorder(), UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "open")
    QDesktopServices.setUrlHandler("http", browser, "open")
    view_button, _applies = dock.results_step.extra_buttons[0]
    try:
        assert dock.results_step.open_button.isEnabled() and not view_button.isEnabled()
        dock.results_step.open_button.click()
        dock.results_step.open_folder_button.click()
        dock.results_step.add_result("3D Tiles", str(tiles))
        assert view_button.text() == "View in the browser" and view_button.isEnabled()
        view_button.click()  # ui/web_preview.py serves the folder on 127.0.0.1 and opens its page
        assert len(browser.urls) == 1 and browser.urls[0].startswith("http://127.0.0.1:")
        assert requests.get(browser.urls[0], timeout=10).text == "<html></html>"
    finally:
        QDesktopServices.unsetUrlHandler("file")
        QDesktopServices.unsetUrlHandler("http")
        web_preview.stop_all()
    assert recorder.opened == [str(model), str(model.parent)]
    project.clear()
    os.remove(tmp_path / "town.qgz")
    QgsSettings().setValue(dock_results.SETTINGS_KEY, saved or "")


def test_dock_in_german(desktop, artifacts_dir):
    """With QGIS in German the dock speaks German (screenshot tests/artifacts/dock_de.png)."""
    with qgis_language("de_DE"):
        widget = make_dock(desktop)
        try:
            widget.area.set_extent(QgsRectangle(404100, 5746100, 405900, 5747900), GRID)
            assert widget.windowTitle() == "Digitaler Zwilling NRW"
            assert widget.analyse_step.info_button.text() == "Gebäudeinfo"
            assert widget.area_step.draw_polygon_button.text() == "Polygon zeichnen"
            assert widget.run_all_button.text() == "Alles ausführen"
            assert [widget.steps.titles[key] for key in widget.steps.keys] == [
                "Gebiet", "Daten", "Analyse", "Druck", "Ergebnisse"
            ]
            # 1.8 km × 1.8 km in German: decimal comma, German words.
            assert widget.area_step.area_label.text() == "3,24 km², Kacheln von OpenGeodata.NRW: 4"
            QTest.qWait(100)  # let the layout settle before the screenshot
            widget.grab().save(str(artifacts_dir / "dock_de.png"))
        finally:
            drop_dock(desktop, widget)
