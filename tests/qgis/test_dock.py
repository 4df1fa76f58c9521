"""The dock on a real map canvas: areas drawn with simulated mouse events, the print estimate, errors."""

import sys
from pathlib import Path

import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRectangle
from qgis.gui import QgsCollapsibleGroupBox
from qgis.PyQt.QtCore import QPoint, Qt
from qgis.PyQt.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desktop_iface import DesktopIface  # noqa: E402

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


@pytest.fixture
def dock(desktop):
    from nrw_digital_twin.ui.dock import TwinDock

    widget = TwinDock(desktop)
    desktop.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    widget.show()
    yield widget
    widget.cleanup()
    desktop.removeDockWidget(widget)
    widget.deleteLater()


def pixel(canvas, x: float, y: float) -> QPoint:
    point = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(int(round(point.x())), int(round(point.y())))


def test_rectangle_drawn_with_the_mouse_gives_the_covered_tiles(dock, desktop):
    canvas = desktop.canvas
    dock.draw_rectangle_button.click()
    viewport = canvas.viewport()
    start, end = pixel(canvas, 404100, 5746100), pixel(canvas, 405900, 5747900)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    # 404.1–405.9 km east, 5746.1–5747.9 km north: the tiles 404/405 × 5746/5747.
    assert sorted(dock.area.tile_keys()) == ["32_404_5746", "32_404_5747", "32_405_5746", "32_405_5747"]
    box = dock.area.area.boundingBox()
    pixel_m = canvas.mapUnitsPerPixel()
    assert abs(box.xMinimum() - 404100) < 2 * pixel_m and abs(box.yMaximum() - 5747900) < 2 * pixel_m
    assert abs(dock.area.area_km2() - 1.8 * 1.8) < 0.02
    assert dock.area_label.text().endswith("OpenGeodata.NRW: 4")
    overlay = [item for item in canvas.scene().items() if type(item).__name__ == "QgsRubberBand" and item.isVisible()]
    assert len(overlay) >= 2  # area and tile outlines


def test_polygon_drawn_with_clicks_counts_only_tiles_it_touches(dock, desktop, artifacts_dir):
    canvas = desktop.canvas
    dock.draw_polygon_button.click()
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
    assert dock.area_label.text().endswith("km², tiles of OpenGeodata.NRW: 6")
    dock.grab().save(str(artifacts_dir / "dock_area_polygon.png"))
    canvas.grab().save(str(artifacts_dir / "map_area_polygon.png"))


def test_selected_features_of_a_layer_make_the_area(dock):
    from qgis.core import QgsFeature, QgsGeometry, QgsProject, QgsVectorLayer

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
    assert "outside North Rhine-Westphalia" in dock.area_label.text()
    assert not dock.run_all_button.isEnabled()


def test_too_many_tiles_are_refused_before_anything_starts(dock):
    dock.area.set_extent(QgsRectangle(400000, 5740000, 406000, 5746000), GRID)  # 6 × 6 km
    assert len(dock.area.tiles) == 36
    assert dock.start_workflow(("download", "import")) is None
    assert dock.status_label.text().startswith("The area covers 36 tiles; one run downloads at most 25.")
    assert dock.workflow is None


def test_print_estimate_follows_the_spin_boxes(dock, artifacts_dir):
    dock.area.set_extent(QgsRectangle(404000, 5746000, 405000, 5746500), GRID)
    dock.size_spin.setValue(200.0)
    dock.exaggeration_spin.setValue(2.0)
    dock.base_spin.setValue(5.0)
    # 1000 m → 200 mm: 0.2 mm/m; 500 m → 100 mm; height 5 + 30 m · 0.2 · 2 = 17 mm.
    assert dock.estimate.width_mm == pytest.approx(200.0)
    assert dock.estimate.depth_mm == pytest.approx(100.0)
    assert dock.estimate.height_mm == pytest.approx(17.0)
    assert "200 × 100 × 17 mm" in dock.estimate_label.text()
    assert "1:5,000" in dock.estimate_label.text()
    dock.findChild(QgsCollapsibleGroupBox, "nrwtwin_print_section").setCollapsed(False)
    dock.findChild(QgsCollapsibleGroupBox, "nrwtwin_analyse_section").setCollapsed(True)
    QTest.qWait(50)
    dock.grab().save(str(artifacts_dir / "dock_print_section.png"))


def test_cache_size_and_clear_only_touch_product_folders(dock, tmp_path, qtbot):
    from qgis.core import QgsSettings

    from nrw_digital_twin.processing_provider import network

    settings = QgsSettings()
    saved = settings.value(network.CACHE_FOLDER_KEY, "")
    try:
        (tmp_path / "LoD2").mkdir()
        (tmp_path / "LoD2" / "LoD2_32_404_5746_1_NW.gml").write_bytes(b"x" * 1500)
        (tmp_path / "_index").mkdir()
        (tmp_path / "_index" / "LoD2_abc.json").write_bytes(b"y" * 500)
        (tmp_path / "my_notes.txt").write_text("keep me")
        dock.cache_widget.setFilePath(str(tmp_path))
        assert settings.value(network.CACHE_FOLDER_KEY) == str(tmp_path)
        task = dock.update_cache_size()
        qtbot.waitUntil(lambda: task.finished_, timeout=10000)
        assert dock.cache_label.text().endswith("2.0 kB")  # 1500 + 500 + 7 bytes
        assert dock.clear_cache(confirm=False)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["my_notes.txt"]
    finally:
        settings.setValue(network.CACHE_FOLDER_KEY, saved or "")


def test_data_section_lists_the_nrw_services_and_tile_sizes(dock, tmp_path, qtbot, citygml_dir, monkeypatch):
    from qgis.core import QgsSettings

    from nrw_digital_twin.processing_provider import network

    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from fakes.opengeodata_server import FakeOpenGeodata

    assert dock.services_widget.tree.topLevelItemCount() >= 5  # DOP, ALKIS, DTK, … from the catalogue
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
            task = dock.lookup_product_sizes()
            qtbot.waitUntil(lambda: task.finished_, timeout=30000)
            qtbot.waitUntil(lambda: dock.products_table.item(0, 1).text() != "–", timeout=5000)
    finally:
        settings.setValue(network.CACHE_FOLDER_KEY, saved or "")
    size_lod2 = (citygml_dir / "LoD2_32_332_5727_1_NW.gml").stat().st_size
    rows = {
        dock.products_table.item(r, 0).text().split(" ")[0]: (
            dock.products_table.item(r, 1).text(),
            dock.products_table.item(r, 2).text(),
        )
        for r in range(dock.products_table.rowCount())
    }
    assert rows["LoD2"] == ("1/2", f"{size_lod2 / 1000:.1f} kB")
    assert rows["DGM1"] == ("2/2", "7.9 MB")
    assert rows["DOP10"] == ("0/2", "0 B")
    dock.products_table.item(2, 0).setCheckState(Qt.CheckState.Checked)
    assert dock.checked_products() == [0, 2]
    dock.findChild(type(dock.products_table), "nrwtwin_products_table").parentWidget().setCollapsed(False)
    dock.grab().save(str(Path(__file__).resolve().parents[1] / "artifacts" / "dock_data_section.png"))


def test_measure_and_info_tools_take_over_the_canvas_and_leave_on_cleanup(dock, desktop):
    from nrw_digital_twin.ui.building_info_tool import BuildingInfoTool
    from nrw_digital_twin.ui.measure_tool import MeasureTool3D

    dock.measure_button.setChecked(True)
    assert isinstance(desktop.canvas.mapTool(), MeasureTool3D)
    dock.info_button.setChecked(True)
    assert isinstance(desktop.canvas.mapTool(), BuildingInfoTool)
    assert not dock.measure_button.isChecked()  # the other tool was switched off
    dock.info_button.setChecked(False)
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


def test_dock_in_german(desktop, artifacts_dir):
    """With QGIS in German the dock speaks German (screenshot tests/artifacts/dock_de.png)."""
    from qgis.core import QgsSettings

    from nrw_digital_twin import translate
    from nrw_digital_twin.ui.dock import TwinDock

    if not (Path(translate.__file__).parent / "i18n" / "nrw_digital_twin_de.qm").exists():
        pytest.fail("i18n/nrw_digital_twin_de.qm is not compiled (make qm)")
    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translate.remove_translator()
    translate.install_translator()
    try:
        widget = TwinDock(desktop)
        desktop.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
        widget.show()
        widget.area.set_extent(QgsRectangle(404100, 5746100, 405900, 5747900), GRID)
        assert widget.windowTitle() == "Digitaler Zwilling NRW"
        assert widget.info_button.text() == "Gebäudeinfo"
        assert widget.draw_polygon_button.text() == "Polygon zeichnen"
        # 1.8 km × 1.8 km in German: decimal comma, German words.
        assert widget.area_label.text() == "3,24 km², Kacheln von OpenGeodata.NRW: 4"
        QTest.qWait(100)  # let the layout settle before the screenshot
        widget.grab().save(str(artifacts_dir / "dock_de.png"))
        widget.cleanup()
        desktop.removeDockWidget(widget)
        widget.deleteLater()
    finally:
        translate.remove_translator()
        settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
        settings.setValue("locale/userLocale", saved[1] or "")
