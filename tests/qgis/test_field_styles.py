"""Aliases, value maps and 2D styles are stored in the output GeoPackages and survive a reload, the
attribute table, Identify and a saved project; one class table drives the 2D and the 3D solar style."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer, QgsVectorLayerCache
from qgis.PyQt.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parent))
from locale_support import qgis_language  # noqa: E402

TILE = "LoD2_32_332_5727_1_NW.gml"  # 4 real buildings of a 2021 NRW LoD2 tile


def shown(layer: QgsVectorLayer, name: str, value) -> str:
    """The text QGIS shows for ``value`` of field ``name`` (attribute table, Identify, forms)."""
    index = layer.fields().indexOf(name)
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    return formatter.representValue(layer, index, setup.config(), None, value)


def fresh(path: str) -> QgsVectorLayer:
    """The file opened as a user opens it (Add Layer, drag and drop): default style from the file."""
    layer = QgsVectorLayer(path, Path(path).stem, "ogr")
    assert layer.isValid(), path
    return layer


@pytest.fixture
def german_outputs(run_alg, citygml_dir, tmp_path):
    """Import, measurements and solar potential of the real tile, run with QGIS in German."""
    with qgis_language("de_DE"):
        imported = run_alg(
            "nrwtwin:importcitygml",
            {
                "INPUT": [str(citygml_dir / TILE)],
                "OUTPUT_BUILDINGS": str(tmp_path / "buildings.gpkg"),
                "OUTPUT_SURFACES": str(tmp_path / "surfaces.gpkg"),
            },
        )
        metrics = run_alg(
            "nrwtwin:buildingmetrics",
            {"INPUT": imported["OUTPUT_SURFACES"], "OUTPUT": str(tmp_path / "measurements.gpkg")},
        )
        solar = run_alg(
            "nrwtwin:roofsolar",
            {"INPUT": imported["OUTPUT_SURFACES"], "RESOLUTION": 1.0, "OUTPUT": str(tmp_path / "solar.gpkg")},
        )
    return imported, metrics, solar


def test_aliases_value_maps_and_styles_are_in_the_geopackages(german_outputs):
    imported, metrics, solar = german_outputs
    surfaces = fresh(imported["OUTPUT_SURFACES"])
    assert surfaces.attributeAlias(surfaces.fields().indexOf("surface_type")) == "Flächenart"
    assert surfaces.attributeAlias(surfaces.fields().indexOf("area_m2")) == "Fläche (m²)"
    assert [shown(surfaces, "surface_type", v) for v in ("Roof", "Wall", "Ground", "Closure")] == [
        "Dach", "Wand", "Bodenfläche", "Abschlussfläche"
    ]
    with qgis_language("de_DE"):  # decimal numbers rounded to their unit, in German
        assert shown(surfaces, "area_m2", 1212.3083507) == "1.212,3"
        assert shown(surfaces, "z_max", 31.02449) == "31,02"
    renderer = surfaces.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.orderByEnabled()
    assert [c.label() for c in renderer.categories()][-1] == "Dach"  # roofs drawn last, on top

    buildings = fresh(imported["OUTPUT_BUILDINGS"])
    assert buildings.attributeAlias(buildings.fields().indexOf("roof_type")) == "Dachform"
    assert shown(buildings, "roof_type", "3100") == "Satteldach"
    assert shown(buildings, "function", "31001_1010") == "Wohnhaus"
    assert (shown(buildings, "shell_closed", True), shown(buildings, "shell_closed", False)) == ("ja", "nein")

    measurements = fresh(metrics["OUTPUT"])
    assert measurements.attributeAlias(measurements.fields().indexOf("roof_area_n_m2")) == "Dachfläche Nord (m²)"
    assert shown(measurements, "storeys_source", "estimated") == "geschätzt"
    symbol = measurements.renderer().symbol().symbolLayer(0)
    assert symbol.brushStyle() == Qt.BrushStyle.NoBrush  # outlines only: never covers the solar roofs

    roofs = fresh(solar["OUTPUT"])
    index = roofs.fields().indexOf
    assert roofs.attributeAlias(index("irradiation_kwh_m2")) == "Einstrahlung (kWh/m²·a)"
    assert roofs.attributeAlias(index("surface_type")) == "Flächenart"  # copied field, alias from the import
    assert [shown(roofs, "suitability", v) for v in ("suitable", "shaded", "too_small")] == [
        "geeignet", "verschattet", "zu klein"
    ]
    labels = [r.label() for r in roofs.renderer().ranges()]
    assert labels == ["< 700 kWh/m²·a", "700 – 850 kWh/m²·a", "850 – 950 kWh/m²·a", "950 – 1.050 kWh/m²·a",
                      "≥ 1.050 kWh/m²·a"]


def test_attribute_table_and_saved_project_show_the_german_words(german_outputs, tmp_path):
    from qgis.gui import QgsAttributeTableModel

    _imported, _metrics, solar = german_outputs
    project = QgsProject.instance()
    project.clear()
    layer = fresh(solar["OUTPUT"])
    project.addMapLayer(layer)
    # Attribute table: the model behind QGIS's attribute table shows the value map's words.
    cache = QgsVectorLayerCache(layer, 100)
    model = QgsAttributeTableModel(cache)
    model.loadLayer()
    column = layer.fields().indexOf("suitability")
    display = Qt.ItemDataRole.DisplayRole
    shown_values = {model.data(model.index(row, column), display) for row in range(model.rowCount())}
    stored = {f["suitability"] for f in layer.getFeatures()}
    assert stored and shown_values == {{"suitable": "geeignet", "shaded": "verschattet", "too_small": "zu klein"}[v]
                                       for v in stored}
    header = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "Eignung"
    # Identify results and forms show each field through the same widget setup and formatter (`shown`).
    assert shown(layer, "suitability", "shaded") == "verschattet"
    # Saved project: aliases and value maps come back after writing and reading the project.
    path, name = str(tmp_path / "twin.qgz"), layer.name()
    del model, cache
    assert project.write(path)
    project.clear()
    assert project.read(path)
    again = project.mapLayersByName(name)[0]
    assert again.attributeAlias(again.fields().indexOf("kwp")) == "Leistung (kWp)"
    assert shown(again, "suitability", "suitable") == "geeignet"
    project.clear()


def test_solar_classes_are_the_same_in_2d_and_3d(qgis_app):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsField, QgsFields

    from nrw_digital_twin.algorithms.solar_classes import solar_class_index
    from nrw_digital_twin.processing_provider import layer_styles
    from nrw_digital_twin.processing_provider.qt_compat import FieldType

    renderer_2d = layer_styles.solar_renderer()
    renderer_3d = layer_styles.solar_3d_renderer()
    rules = renderer_3d.rootRule().children()
    assert len(rules) == len(renderer_2d.ranges()) == len(layer_styles.SOLAR_CLASSES) == 5
    fields = QgsFields()
    fields.append(QgsField("irradiation_kwh_m2", FieldType.Double))
    engine = solar_class_index(values := [350.0, 699.99, 700.0, 700.01, 849.9, 850.0, 900.0, 1049.99, 1050.0, 1400.0])
    for value, engine_class in zip(values, engine):
        feature = QgsFeature(fields)
        feature.setAttributes([value])
        context = QgsExpressionContext()
        context.setFeature(feature)
        matching = [i for i, rule in enumerate(rules) if QgsExpression(rule.filterExpression()).evaluate(context)]
        found = renderer_2d.rangeForValue(value)
        in_2d = [r.lowerValue() for r in renderer_2d.ranges()].index(found.lowerValue())
        assert matching == [in_2d] == [engine_class], value  # 2D, 3D and the published twin agree
        colour_3d = layer_styles.symbol_material(rules[in_2d].symbol()).diffuse().name()
        assert colour_3d == renderer_2d.ranges()[in_2d].symbol().color().name()
        assert rules[in_2d].description() == renderer_2d.ranges()[in_2d].label()


def test_surfaces_3d_for_the_twin_view_leaves_the_roofs_to_the_solar_layer(qgis_app):
    from nrw_digital_twin.processing_provider import layer_styles

    renderers = layer_styles.surfaces_3d_renderer(), layer_styles.surfaces_3d_renderer(True)
    full, twin = ([rule.filterExpression() for rule in r.rootRule().children()] for r in renderers)
    assert "\"surface_type\" = 'Roof'" in full and "\"surface_type\" = 'Ground'" not in full
    assert twin == [expression for expression in full if "'Roof'" not in expression]


def test_the_style_table_written_with_the_features_is_the_one_gdal_and_qgis_keep(german_outputs):
    from osgeo import ogr

    imported, _metrics, _solar = german_outputs
    path = imported["OUTPUT_SURFACES"]
    dataset = ogr.Open(path)
    table = dataset.GetLayerByName("layer_styles")
    assert table is not None and table.GetFeatureCount() == 1
    definition = table.GetLayerDefn()
    use_as_default = definition.GetFieldDefn(definition.GetFieldIndex("useAsDefault"))
    assert use_as_default.GetSubType() == ogr.OFSTBoolean
    feature = table.GetNextFeature()
    assert (feature["f_table_name"], feature["f_geometry_column"], feature["styleName"]) == ("surfaces", "geom",
                                                                                             "default")
    assert feature["useAsDefault"] == 1 and feature["update_time"]
    dataset = None
    layer = fresh(path)
    count, ids, names, _descriptions, _error = layer.listStylesInDatabase()
    assert (count, names) == (1, ["default"])
    layer.saveStyleToDatabase("mine", "", False, "")  # a user's own style goes into the same table
    assert fresh(path).listStylesInDatabase()[2] == ["default", "mine"]
