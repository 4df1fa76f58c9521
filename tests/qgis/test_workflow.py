"""'Run all' from the dock against a local stand-in of OpenGeodata.NRW: layers, cancel, errors, building info."""

import sys
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsLayerTreeGroup,
    QgsMapRendererParallelJob,
    QgsMapSettings,
    QgsProject,
    QgsRectangle,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QSize, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtTest import QTest

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from desktop_iface import DesktopIface, click_building  # noqa: E402
from fakes.opengeodata_server import FakeOpenGeodata  # noqa: E402

pytestmark = pytest.mark.needs_network_server  # a local stand-in of OpenGeodata.NRW

GRID = QgsCoordinateReferenceSystem("EPSG:25832")
TILE = "LoD2_32_332_5727_1_NW.gml"  # 4 real buildings of a 2021 NRW LoD2 tile
AREA = QgsRectangle(332050, 5727050, 332950, 5727950)
TOWN_TILE = "LoD2_32_326_5727_1_NW.gml"  # 194 real buildings
TOWN_AREA = QgsRectangle(326300, 5727300, 326700, 5727700)


def buildings_touching(path: Path, rect: QgsRectangle) -> int:
    """Buildings of a CityGML file whose 3D bounding box meets ``rect`` (read with lxml, not the importer)."""
    from lxml import etree

    count = 0
    for _event, element in etree.iterparse(str(path), tag="{*}Building", resolve_entities=False, no_network=True):
        if element.getparent() is None or etree.QName(element.getparent()).localname != "cityObjectMember":
            continue
        values = [float(v) for pos in element.iter("{*}posList") for v in pos.text.split()]
        xs, ys = values[0::3], values[1::3]
        if (
            min(xs) <= rect.xMaximum()
            and max(xs) >= rect.xMinimum()
            and min(ys) <= rect.yMaximum()
            and max(ys) >= rect.yMinimum()
        ):
            count += 1
        element.clear()
    return count


CACHE_KEY = "nrw_digital_twin/cache_folder"


@pytest.fixture
def server(citygml_dir, monkeypatch):
    with FakeOpenGeodata() as fake:
        fake.add_fixture("LoD2", citygml_dir / TILE)
        monkeypatch.setenv("NRWTWIN_OPENGEODATA_URL", fake.base_url)
        yield fake


@pytest.fixture
def cache(tmp_path):
    settings = QgsSettings()
    saved = settings.value(CACHE_KEY, "")
    folder = tmp_path / "cache"
    settings.setValue(CACHE_KEY, str(folder))
    yield folder
    settings.setValue(CACHE_KEY, saved or "")


@pytest.fixture
def dock(qgis_app, nrwtwin_provider, tmp_path, cache):
    from nrw_digital_twin.ui.dock import TwinDock

    project = QgsProject.instance()
    project.clear()
    iface = DesktopIface()
    iface.window.resize(1300, 900)
    iface.window.show()
    iface.canvas.setDestinationCrs(GRID)
    widget = TwinDock(iface)
    widget.output_root = str(tmp_path / "runs")
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, widget)
    widget.show()
    widget.area.set_extent(AREA, GRID)
    yield widget
    from qgis.PyQt import sip

    if not sip.isdeleted(widget):
        widget.cleanup()
        iface.removeDockWidget(widget)
        widget.deleteLater()
    project.clear()
    iface.window.close()


def wait_for_workflow(qtbot, dock, timeout=180000):
    workflow = dock.workflow
    assert workflow is not None
    qtbot.waitUntil(lambda: dock.workflow is None, timeout=timeout)
    return workflow


def group_layers(group: QgsLayerTreeGroup):
    return {node.layer().name(): node.layer() for node in group.findLayers()}


def render(layers, extent, path, size=(900, 900)):
    settings = QgsMapSettings()
    settings.setLayers(layers)
    settings.setDestinationCrs(GRID)
    settings.setExtent(extent)
    settings.setOutputSize(QSize(*size))
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererParallelJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    image.save(str(path))
    return image


def test_run_all_adds_styled_results_in_one_group(dock, server, cache, qtbot, artifacts_dir, citygml_dir):
    registry = QgsApplication.processingRegistry()
    server.add_fixture("LoD2", citygml_dir / TOWN_TILE)
    dock.area.set_extent(TOWN_AREA, GRID)
    dock.run_all_button.click()
    assert dock.cancel_button.isEnabled()
    progress, steps = [], []
    dock.workflow.progressChanged.connect(progress.append)
    dock.workflow.stepStarted.connect(lambda title, index, count: steps.append((index, count)))
    workflow = wait_for_workflow(qtbot, dock)
    assert dock.message_panel.text().startswith("Done"), dock.message_panel.text()
    assert dock.progress_bar.value() == 100
    assert not dock.cancel_button.isEnabled()
    # Progress went up through the steps (reported from the worker threads) to 100 %.
    assert steps == [(index, 5) for index in range(2, 6)]  # step 1 started before the connection
    assert progress[-1] == 100.0 and len(set(progress)) >= 5 and all(0 <= p <= 100 for p in progress)

    root = QgsProject.instance().layerTreeRoot()
    groups = [g for g in root.children() if isinstance(g, QgsLayerTreeGroup)]
    assert [g.name() for g in groups] == [workflow.group_name()]
    assert groups[0].name().startswith("NRW Digital Twin – ")
    layers = group_layers(groups[0])
    expected = {"Downloaded tiles", "Buildings", "Building surfaces (3D)", "Area"}
    optional = {
        "nrwtwin:buildingmetrics": "Building measurements",
        "nrwtwin:roofsolar": "Solar potential of the roofs",
    }
    expected |= {name for alg_id, name in optional.items() if registry.algorithmById(alg_id) is not None}
    assert set(layers) == expected
    # Buildings whose bounding box meets the area, counted from the file independently of the importer.
    assert layers["Buildings"].featureCount() == buildings_touching(citygml_dir / TOWN_TILE, TOWN_AREA)
    assert layers["Buildings"].featureCount() > 20
    assert layers["Downloaded tiles"].featureCount() == 1
    tile_feature = next(layers["Downloaded tiles"].getFeatures())
    assert tile_feature["status"] == "downloaded"
    # The tile went into the cache under its final name, complete.
    cached = cache / "LoD2" / TOWN_TILE
    assert cached.stat().st_size == (citygml_dir / TOWN_TILE).stat().st_size
    assert not list(cache.rglob("*.part"))
    # Every layer of the group is a file of the run folder (nothing temporary), with the default styles.
    for layer in layers.values():
        assert Path(layer.source().split("|")[0]).parent == Path(workflow.run_dir)
    assert layers["Building surfaces (3D)"].renderer().type() == "categorizedSymbol"
    assert layers["Building surfaces (3D)"].renderer().orderByEnabled()  # roofs drawn on top of the ground
    # Tile grid, measurements and area are outlines: they never hide the roofs or the base map, and the
    # legend shows the symbol the map draws.
    from qgis.core import QgsLayerTreeModel

    model = QgsLayerTreeModel(root)
    for name in ("Downloaded tiles", "Building measurements", "Area"):
        if name not in layers:
            continue
        symbol = layers[name].renderer().symbol()
        assert symbol.symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush, name
        legend = model.layerLegendNodes(root.findLayer(layers[name].id()))
        assert len(legend) == 1 and legend[0].symbol().symbolLayer(0).brushStyle() == Qt.BrushStyle.NoBrush, name
    del model
    if "Solar potential of the roofs" in layers:
        solar = layers["Solar potential of the roofs"]
        assert solar.featureCount() > 0
        assert solar.renderer().type() != "singleSymbol"
        assert QgsProject.instance().mapThemeCollection().hasMapTheme("NRW Digital Twin – 3D")
        try:
            import qgis._3d  # noqa: F401
        except ImportError:
            pass
        else:
            assert solar.renderer3D() is not None
    # The surfaces layer is offered for the single steps.
    assert dock.analyse_step.surfaces_combo.currentLayer() is layers["Building surfaces (3D)"]
    if registry.algorithmById("nrwtwin:printmesh") is not None:
        model = Path(workflow.outputs["print_file"])
        assert model.is_file() and model.stat().st_size > 1000
        # The estimate shown before the run (now with the real outlines) is close to what the engine made.
        # (the surfaces' heights and outlines are read in a background task, then the estimate updates)
        dock.print_step.update_estimate()
        qtbot.waitUntil(lambda: dock.print_step.statistics_key is not None, timeout=30000)
        made = workflow.outputs["print_results"]
        estimate = dock.print_step.estimate
        assert estimate.width_mm == pytest.approx(made["WIDTH_MM"], rel=0.01)
        assert estimate.depth_mm == pytest.approx(made["DEPTH_MM"], rel=0.01)
        assert estimate.triangles == pytest.approx(made["TRIANGLES"], rel=0.25)
        # The run's files are listed in the step "Results" (the print model and the run folder).
        listed = [dock.results_step.results_list.item(i).text() for i in range(dock.results_step.results_list.count())]
        assert listed[0].startswith("Run ") and "3D print model (STL)" in listed

    dock.grab().save(str(artifacts_dir / "dock_after_run_all.png"))
    order = [
        layers[name]
        for name in ("Solar potential of the roofs", "Building surfaces (3D)", "Buildings", "Area")
        if name in layers
    ]
    extent = QgsRectangle(TOWN_AREA)
    extent.grow(20.0)
    image = render(order, extent, artifacts_dir / "map_run_all_results.png")
    assert image.width() == 900

    # Building info: a click in the middle of a building footprint opens its card with the data of all layers.
    building = max(layers["Buildings"].getFeatures(), key=lambda f: f.geometry().area())
    click_building(dock, building.geometry(), order)
    qtbot.waitUntil(lambda: dock.card is not None and dock.card.data is not None, timeout=30000)
    card = dock.card.text()
    assert building["building_id"] in card
    assert "Building" in card and "Measurements" in card
    if "Solar potential of the roofs" in layers:
        roofs = [f for f in layers["Solar potential of the roofs"].getFeatures()
                 if f["building_id"] == building["building_id"]]
        suitable = [f for f in roofs if f["suitability"] == "suitable"]
        kwp = sum(f["kwp"] for f in suitable)
        assert f"{len(roofs)} roof surfaces, {len(suitable)} suitable: {kwp:,.1f} kWp" in card
        assert "Roof surfaces and solar potential" in card
    from qgis.gui import QgsCollapsibleGroupBox

    sensors = dock.card.findChild(QgsCollapsibleGroupBox, "nrwtwin_card_sensors")  # ui/sensor_panel.py
    assert sensors is not None and sensors.isCollapsed() and sensors.title() == "Sensors nearby"
    dock.card.grab().save(str(artifacts_dir / "building_card_en.png"))


def test_cancel_mid_download_leaves_project_and_cache_consistent(dock, server, cache, qtbot, citygml_dir):
    server.slow[TILE] = (1024, 0.05)  # about 3 s for the 56 kB tile
    dock.run_all_button.click()
    workflow = dock.workflow
    part = cache / "LoD2" / (TILE + ".part")
    qtbot.waitUntil(part.exists, timeout=30000)
    QTest.qWait(800)  # some kB arrive
    assert workflow.running
    # The step is a task of QGIS's task manager (with its progress and cancel button there too).
    title = QgsApplication.processingRegistry().algorithmById("nrwtwin:downloadtiles").displayName()
    names = [task.description() for task in QgsApplication.taskManager().activeTasks()]
    matching = [name for name in names if title in name]
    assert matching, (title, names)
    dock.cancel_button.click()
    wait_for_workflow(qtbot, dock)
    assert workflow.canceled
    assert dock.message_panel.text().startswith("Canceled")
    # Nothing in the project, the run folder is gone, no complete-looking half file in the cache.
    assert QgsProject.instance().mapLayers() == {}
    assert QgsProject.instance().layerTreeRoot().children() == []
    assert not Path(workflow.run_dir).exists()
    assert not (cache / "LoD2" / TILE).exists()
    # What arrived stays as .part (possibly empty: the downloader writes in 64 kB chunks) to resume later.
    kept = part.stat().st_size
    assert kept < (citygml_dir / TILE).stat().st_size
    # The next run resumes the partial download and completes.
    server.slow.clear()
    dock.run_all_button.click()
    wait_for_workflow(qtbot, dock)
    assert dock.message_panel.text().startswith("Done"), dock.message_panel.text()
    assert (cache / "LoD2" / TILE).read_bytes() == (citygml_dir / TILE).read_bytes()


def test_step_error_is_a_readable_message_not_a_traceback(dock, server, cache, qtbot):
    server.broken_json.add("geobasis/3dg/lod2_gml/lod2_gml/")
    server.broken_xml.add("geobasis/3dg/lod2_gml/lod2_gml/")
    dock.run_all_button.click()
    wait_for_workflow(qtbot, dock)
    text, details = dock.message_panel.text(), dock.message_panel.details()
    assert "Could not read the tile index" in text and "127.0.0.1" in text
    assert server.base_url not in text and server.base_url in details  # the URL is behind "Details"
    assert "Traceback" not in text + details and 'File "' not in text + details
    assert QgsProject.instance().layerTreeRoot().children() == []


def test_single_step_on_a_chosen_surfaces_layer(dock, qtbot, citygml_dir, tmp_path):
    """'Measurements' runs only nrwtwin:buildingmetrics on the layer chosen in the dock."""
    import processing

    assert QgsApplication.processingRegistry().algorithmById("nrwtwin:buildingmetrics") is not None
    result = processing.run(
        "nrwtwin:importcitygml",
        {
            "INPUT": [str(citygml_dir / TILE)],
            "OUTPUT_BUILDINGS": str(tmp_path / "b.gpkg"),
            "OUTPUT_SURFACES": str(tmp_path / "s.gpkg"),
        },
    )
    surfaces = QgsVectorLayer(result["OUTPUT_SURFACES"], "my surfaces", "ogr")
    buildings = QgsVectorLayer(result["OUTPUT_BUILDINGS"], "my buildings", "ogr")
    QgsProject.instance().addMapLayers([buildings, surfaces])
    # Only surfaces layers are offered as input of the single steps.
    combo = dock.analyse_step.surfaces_combo
    offered = [combo.layer(i) for i in range(combo.count())]
    assert [layer for layer in offered if layer is not None] == [surfaces]
    combo.setLayer(surfaces)
    assert dock.analyse_step.metrics_button.isEnabled()
    dock.analyse_step.metrics_button.click()
    workflow = wait_for_workflow(qtbot, dock)
    assert dock.message_panel.text().startswith("Done"), dock.message_panel.text()
    assert [run.alg_id for run in workflow.completed] == ["nrwtwin:buildingmetrics"]
    assert set(group_layers(workflow.group)) == {"Building measurements", "Area"}
    measurements = group_layers(workflow.group)["Building measurements"]
    assert measurements.featureCount() == result["BUILDING_COUNT"]
    # The buildings layer that belongs to the surfaces went with them: function and roof type in words.
    assert workflow.completed[0].parameters["BUILDINGS"] == buildings.source()
    with_function = [f for f in buildings.getFeatures() if f["function"]]
    named = {f["building_id"]: f["function_de"] for f in measurements.getFeatures()}
    assert with_function and all(named[f["building_id"]] for f in with_function)

    # Solar potential as another single run: a group of its own. The card still finds everything about a
    # building, from the layers of all three groups (import, measurements, solar).
    dock.analyse_step.solar_button.click()
    solar_run = wait_for_workflow(qtbot, dock)
    assert [run.alg_id for run in solar_run.completed] == ["nrwtwin:roofsolar"]
    groups = [g.name() for g in QgsProject.instance().layerTreeRoot().children() if isinstance(g, QgsLayerTreeGroup)]
    assert len(groups) == 2  # measurements and solar; the imported layers are outside any group
    solar = group_layers(solar_run.group)["Solar potential of the roofs"]
    building_id = max(solar.getFeatures(), key=lambda f: f["kwp"] or 0)["building_id"]
    footprint = next(f for f in measurements.getFeatures() if f["building_id"] == building_id).geometry()
    click_building(dock, footprint, [solar, measurements, buildings, surfaces])
    qtbot.waitUntil(lambda: dock.card is not None and dock.card.building_id() == building_id, timeout=30000)
    card = dock.card.text()
    assert "Roof surfaces and solar potential" in card and "Measurements" in card and "Roof type" in card
    assert set(dock.card.data.layer_names.values()) == {"my buildings", "Building measurements",
                                                       "Solar potential of the roofs"}

    if QgsApplication.processingRegistry().algorithmById("nrwtwin:printmesh") is None:
        return
    dock.print_step.size_spin.setValue(80.0)
    dock.print_step.format_combo.setCurrentText("OBJ")
    dock.print_step.print_button.click()
    workflow = wait_for_workflow(qtbot, dock)
    assert dock.message_panel.text().startswith("Done"), dock.message_panel.text()
    assert [run.alg_id for run in workflow.completed] == ["nrwtwin:printmesh"]
    model = Path(workflow.outputs["print_file"])
    assert model.suffix == ".obj" and model.stat().st_size > 1000
    made = workflow.outputs["print_results"]
    assert max(made["WIDTH_MM"], made["DEPTH_MM"]) == pytest.approx(80.0, abs=0.5)
    assert "3D print model: " + str(model) in dock.message_panel.details()


def test_download_checked_products_adds_tiles_and_rasters(dock, server, cache, qtbot, data_dir):
    """Data section: 'Download checked' with LoD2 and DGM1 → one group with both tile layers and the DGM raster."""
    dgm = data_dir / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif"
    server.add_file("geobasis/hm/dgm1_tiff/dgm1_tiff/", "dgm1_32_332_5727_1_nw_2023.tif", dgm.read_bytes())
    table = dock.data_step.products_table
    for row in range(table.rowCount()):
        key = table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        table.item(row, 0).setCheckState(
            Qt.CheckState.Checked if key in ("LoD2", "DGM1") else Qt.CheckState.Unchecked
        )
    dock.data_step.download_button.click()
    workflow = wait_for_workflow(qtbot, dock)
    assert dock.message_panel.text().startswith("Done"), dock.message_panel.text()
    layers = group_layers(workflow.group)
    assert set(layers) == {"Tiles LoD2", "Tiles DGM1", "dgm1_32_332_5727_1_nw_2023.tif", "Area"}
    raster = layers["dgm1_32_332_5727_1_nw_2023.tif"]
    assert raster.isValid() and raster.width() > 0
    cached = sorted(p.relative_to(cache).as_posix() for p in cache.rglob("*.tif"))
    assert cached == ["DGM1/dgm1_32_332_5727_1_nw_2023.tif"], (cached, workflow.run_dir, raster.source())
    assert (cache / cached[0]).stat().st_size == dgm.stat().st_size


def test_closing_the_dock_during_a_run_cancels_it_without_crashing(dock, server, cache, qtbot, tmp_path):
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from nrw_digital_twin.ui import tasks

    server.slow[TILE] = (1024, 0.05)
    dock.run_all_button.click()
    part = cache / "LoD2" / (TILE + ".part")
    qtbot.waitUntil(part.exists, timeout=30000)
    assert tasks.running_count() == 1
    dock.cleanup()  # what the plugin's unload does
    dock.setParent(None)
    dock.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(lambda: tasks.running_count() == 0, timeout=30000)
    qtbot.waitUntil(lambda: QgsApplication.taskManager().countActiveTasks() == 0, timeout=30000)
    assert QgsProject.instance().layerTreeRoot().children() == []
    assert not (cache / "LoD2" / TILE).exists()


def test_3d_view_of_the_twin_roofs_by_solar_class_walls_neutral_theme_and_hint(qgis_app, qgis_new_project):
    from qgis.core import QgsFeature, QgsField, QgsGeometry

    from nrw_digital_twin.processing_provider import layer_styles
    from nrw_digital_twin.processing_provider.qt_compat import FieldType
    from nrw_digital_twin.ui import view3d

    def layer(name, fields):
        memory = QgsVectorLayer("MultiPolygonZ?crs=EPSG:25832", name, "memory")
        memory.dataProvider().addAttributes([QgsField(field, kind) for field, kind in fields])
        memory.updateFields()
        feature = QgsFeature(memory.fields())
        feature.setGeometry(QgsGeometry.fromWkt("MultiPolygonZ(((0 0 10, 10 0 10, 10 10 15, 0 0 10)))"))
        memory.dataProvider().addFeatures([feature])
        return memory

    text, real = FieldType.String, FieldType.Double
    surfaces = layer("surfaces", [("surface_id", text), ("building_id", text), ("surface_type", text), ("z_min", real)])
    solar = layer("solar", [("surface_id", text), ("building_id", text), ("surface_type", text),
                            ("irradiation_kwh_m2", real)])
    buildings = layer("buildings", [("building_id", text), ("roof_type", text)])
    project = QgsProject.instance()
    group = project.layerTreeRoot().addGroup("run")
    for item in (solar, surfaces, buildings):
        project.addMapLayer(item, False)
        group.addLayer(item)
    twin = view3d.prepare_twin_3d(project, surfaces)
    assert (twin.solar, twin.surfaces) == (solar, surfaces)
    solar_rules = solar.renderer3D().rootRule().children()
    assert [rule.filterExpression() for rule in solar_rules] == [e for _l, e, _c in layer_styles.solar_classes()]
    walls = [rule.filterExpression() for rule in surfaces.renderer3D().rootRule().children()]
    assert "\"surface_type\" = 'Wall'" in walls and not [e for e in walls if "'Roof'" in e]  # no z-fighting
    theme = project.mapThemeCollection().mapThemeState(view3d.theme_name())
    assert [record.layer() for record in theme.layerRecords()] == [solar, surfaces]  # buildings hidden

    class OldIface:  # QGIS 3.22's interface has no createNewMapCanvas3D
        pass

    hint = view3d.open_twin_3d(OldIface(), project, surfaces)
    assert hint.startswith(f"QGIS {Qgis.QGIS_VERSION.split('-')[0]} cannot open a 3D view")
    assert "“NRW Digital Twin – 3D”" in hint and "\n" not in hint


def test_3d_terrain_is_the_loaded_dgm_else_flat_at_the_lowest_ground(qgis_app, qgis_new_project, data_dir):
    import qgis.core

    if not hasattr(qgis.core, "QgsRasterDemTerrainProvider"):
        pytest.skip("needs QGIS 3.26 or newer (terrain providers; 3.22 has no Python API for the 3D view)")
    from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRasterLayer

    from nrw_digital_twin.processing_provider.qt_compat import FieldType
    from nrw_digital_twin.ui import view3d

    project = QgsProject.instance()
    surfaces = QgsVectorLayer("MultiPolygonZ?crs=EPSG:25832", "surfaces", "memory")
    fields = [("surface_id", FieldType.String), ("surface_type", FieldType.String), ("z_min", FieldType.Double)]
    surfaces.dataProvider().addAttributes([QgsField(name, kind) for name, kind in fields])
    surfaces.updateFields()
    for z in (61.5, 58.25, 70.0):
        feature = QgsFeature(surfaces.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"MultiPolygonZ(((0 0 {z}, 10 0 {z}, 10 10 {z}, 0 0 {z})))"))
        feature.setAttributes(["s", "Wall", z])
        surfaces.dataProvider().addFeatures([feature])
    project.addMapLayer(surfaces)
    view3d.set_project_terrain(project, view3d.find_twin(project))
    flat = project.elevationProperties().terrainProvider()
    assert flat.type() == "flat" and flat.offset() == pytest.approx(58.25)
    dgm = QgsRasterLayer(str(data_dir / "raster" / "dgm1_nw_wcs_cutout_338111_5706237.tif"), "dgm1 cutout")
    assert dgm.isValid()
    project.addMapLayer(dgm)
    twin = view3d.find_twin(project)
    assert twin.terrain is dgm
    view3d.set_project_terrain(project, twin)
    terrain = project.elevationProperties().terrainProvider()
    assert terrain.type() == "raster" and terrain.layer() is dgm
