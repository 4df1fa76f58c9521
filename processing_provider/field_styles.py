"""Field labels (aliases) and coded values (value maps) of the output layers, stored with the output.

Every output field carries an English label written as ``msg("Roof area north (m²)")``; its alias is
that label in QGIS's language (German: "Dachfläche Nord (m²)"). Coded values show as words through a
"Value map" editor widget: surface types (Roof → Dach), solar suitability (suitable → geeignet),
download status, the source of the storey count, ALKIS building functions and roof types, and every
boolean field (true → ja).

Both are written into the GeoPackage itself as its default layer style (the ``layer_styles`` table
that QGIS reads whenever it opens the layer), together with the 2D style of the layer, so they appear
after a reload, in the attribute table, in Identify results and in a saved project, also when the file
is opened without the plugin. :func:`store_style_document` does that for a staged output before it is
moved into place (``outputs.RunOutputs.commit``).
"""
from __future__ import annotations

import os
from typing import Any, Callable, Dict, Iterable, Mapping, Optional, Tuple

from qgis.core import (
    QgsEditorWidgetSetup,
    QgsField,
    QgsFields,
    QgsMapLayer,
    QgsReadWriteContext,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtXml import QDomDocument

from ..algorithms import alkis_codes
from ..algorithms.errors import OutputWriteError
from ..algorithms.messages import msg
from ..translate import localize, qgis_locale, tr
from .qt_compat import FieldType

#: English label of every field name seen in a field specification (see :func:`field_specs`), so a
#: layer that copies fields of another (the solar result copies the surfaces' fields) gets their aliases.
LABELS: Dict[str, Any] = {}
STYLE_TABLE = "layer_styles"
STYLE_NAME = "default"
STYLE_DESCRIPTION = "NRW Digital Twin"
#: What of a layer's style is stored with the output: fields, forms and 2D symbology (3D renderers are
#: set when the layer is loaded, see layer_styles.apply_style).
STORED_CATEGORIES = (
    QgsMapLayer.StyleCategory.Fields
    | QgsMapLayer.StyleCategory.Forms
    | QgsMapLayer.StyleCategory.Symbology
    | QgsMapLayer.StyleCategory.Rendering
)

FieldSpec = Tuple[str, Any, Any]  # (name, FieldType, English label as msg(...))


def field_specs(spec: Iterable[FieldSpec]) -> Tuple[FieldSpec, ...]:
    """Register the labels of a field specification and return it (use for module-level tables)."""
    spec = tuple(spec)
    for name, _kind, label in spec:
        LABELS.setdefault(name, label)
    return spec


def make_field(name: str, kind, label) -> QgsField:
    """A field whose alias is ``label`` in QGIS's language."""
    LABELS.setdefault(name, label)
    field = QgsField(name, kind)
    field.setAlias(localize(label))
    return field


def make_fields(spec: Iterable[FieldSpec]) -> QgsFields:
    """Output fields from (name, field type, English label) triples."""
    fields = QgsFields()
    for name, kind, label in spec:
        fields.append(make_field(name, kind, label))
    return fields


def alias_for(name: str) -> str:
    """The alias of a known field name in QGIS's language ('' when the name is not known)."""
    label = LABELS.get(name)
    return localize(label) if label is not None else ""


# ---------------------------------------------------------------------------------- coded values


def surface_type_values() -> Dict[str, str]:
    """CityGML boundary surface types (algorithms/model.SURFACE_TYPES) in words."""
    return {
        "Roof": tr("Roof"),
        "Wall": tr("Wall"),
        "Ground": tr("Ground"),
        "Closure": tr("Closure surface"),
        "OuterCeiling": tr("Outer ceiling"),
        "OuterFloor": tr("Outer floor"),
    }


def suitability_values() -> Dict[str, str]:
    """Solar suitability of a roof surface (algorithms/solar/potential.py)."""
    return {"suitable": tr("suitable"), "shaded": tr("shaded"), "too_small": tr("too small")}


def storeys_source_values() -> Dict[str, str]:
    """Where the storey count of a building comes from (algorithms/metrics.py)."""
    return {"file": tr("from the data"), "estimated": tr("estimated"), "none": tr("none (no storeys)")}


def download_status_values() -> Dict[str, str]:
    """Status of a tile download (algorithms/download.STATUSES)."""
    return {
        "downloaded": tr("downloaded"),
        "cached": tr("from the cache"),
        "missing": tr("not published"),
        "failed": tr("failed"),
    }


def boolean_values() -> Dict[str, str]:
    return {"true": tr("yes"), "false": tr("no")}


def building_function_values() -> Dict[str, str]:
    """ALKIS building function codes (as stored by the CityGML import) in words."""
    language = "de" if qgis_locale() == "de" else "en"
    return {code: alkis_codes.function_name(code, language) for code in alkis_codes.BUILDING_FUNCTIONS}


def roof_type_values() -> Dict[str, str]:
    """ALKIS roof type codes in words."""
    language = "de" if qgis_locale() == "de" else "en"
    return {code: alkis_codes.roof_type_name(code, language) for code in alkis_codes.ROOF_TYPES}


#: Value maps that apply wherever a field of this name appears (the engine writes only these values).
VALUE_MAPS: Dict[str, Callable[[], Dict[str, str]]] = {
    "surface_type": surface_type_values,
    "suitability": suitability_values,
    "storeys_source": storeys_source_values,
    "status": download_status_values,
}


def value_maps_for(fields: QgsFields, extra: Optional[Mapping[str, Any]] = None) -> Dict[str, Dict[str, str]]:
    """Value maps of ``fields``: the known coded fields, every boolean field, then ``extra``.

    ``extra`` maps a field name to a dict (stored value → label) or to a function returning one.
    """
    maps: Dict[str, Dict[str, str]] = {}
    for field in fields:
        name = field.name()
        if name in VALUE_MAPS:
            maps[name] = VALUE_MAPS[name]()
        elif field.type() == FieldType.Bool:
            maps[name] = boolean_values()
    for name, values in (extra or {}).items():
        if fields.indexOf(name) >= 0:
            maps[name] = dict(values() if callable(values) else values)
    return maps


def value_map_setup(values: Mapping[str, str]) -> QgsEditorWidgetSetup:
    """A "Value map" widget: the stored value shows as its label (list form keeps the order)."""
    return QgsEditorWidgetSetup("ValueMap", {"map": [{label: value} for value, label in values.items()]})


#: Decimals shown for a field by the end of its name (its unit); other decimal fields show two.
DECIMALS_BY_SUFFIX = (("_kwh_m2", 0), ("_kwh", 0), ("_kg", 0), ("_m3", 0), ("_m2", 1), ("_deg", 1), ("_pct", 1),
                      ("_m", 2), ("kwp", 2))


def decimals_for(name: str) -> int:
    return next((decimals for suffix, decimals in DECIMALS_BY_SUFFIX if name.endswith(suffix)), 2)


def number_setup(name: str) -> QgsEditorWidgetSetup:
    """A "Range" widget: decimal numbers show rounded to their unit, in QGIS's language ("1.212,3")."""
    return QgsEditorWidgetSetup(
        "Range",
        {"Precision": decimals_for(name), "Min": -1e15, "Max": 1e15, "Step": 1.0, "Style": "SpinBox",
         "AllowNull": True},
    )


def configure_fields(layer: QgsVectorLayer, value_maps: Optional[Mapping[str, Any]] = None) -> None:
    """Aliases (kept, or from the known labels), value-map widgets for coded fields and rounded numbers
    for decimal fields on ``layer``'s fields."""
    fields = layer.fields()
    maps = value_maps_for(fields, value_maps)
    for index, field in enumerate(fields):
        alias = field.alias() or alias_for(field.name())
        if alias:
            layer.setFieldAlias(index, alias)
        if field.name() in maps:
            layer.setEditorWidgetSetup(index, value_map_setup(maps[field.name()]))
        elif field.type() == FieldType.Double:
            layer.setEditorWidgetSetup(index, number_setup(field.name()))


# ---------------------------------------------------------------------------------- stored style


def style_document(
    fields: QgsFields,
    wkb_type,
    value_maps: Optional[Mapping[str, Any]] = None,
    symbology: Optional[Callable[[QgsVectorLayer], Any]] = None,
) -> str:
    """The QML of the stored default style: aliases, value maps and (``symbology``) the 2D style."""
    no_geometry = (QgsWkbTypes.GeometryType.NullGeometry, QgsWkbTypes.GeometryType.UnknownGeometry)
    has_geometry = QgsWkbTypes.geometryType(wkb_type) not in no_geometry
    geometry = QgsWkbTypes.displayString(wkb_type) if has_geometry else "None"
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:25832", "style", "memory")
    layer.dataProvider().addAttributes(list(fields))
    layer.updateFields()
    for index, field in enumerate(fields):
        if field.alias():
            layer.setFieldAlias(index, field.alias())
    configure_fields(layer, value_maps)
    if symbology is not None and layer.isSpatial():
        symbology(layer)
    document = QDomDocument("qgis")
    layer.exportNamedStyle(document, QgsReadWriteContext(), STORED_CATEGORIES)
    return document.toString()


def store_style_document(path: str, layer_name: str, qml: str) -> bool:
    """Write ``qml`` (see :func:`style_document`) as the default style of ``layer_name`` into the GeoPackage
    ``path`` (other formats: False).

    Raises OutputWriteError when the GeoPackage cannot take it (disk full, read-only).
    """
    if not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return False
    from osgeo import gdal, ogr

    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        dataset = ogr.Open(path, 1)
        if dataset is None:
            raise OutputWriteError(msg("Could not write the layer style into {}: {}.", path, gdal.GetLastErrorMsg()))
        ok = _insert_style(dataset, _table_and_geometry(dataset, layer_name), qml)
        error = gdal.GetLastErrorMsg()
        dataset = None  # closes and flushes the file
    finally:
        gdal.PopErrorHandler()
    if not ok:
        raise OutputWriteError(msg("Could not write the layer style into {}: {}.", path, error))
    return True


def _table_and_geometry(dataset, layer_name: str) -> Tuple[str, str]:
    layer = dataset.GetLayerByName(layer_name) if layer_name else None
    if layer is None:
        candidates = [dataset.GetLayer(i) for i in range(dataset.GetLayerCount())]
        candidates = [item for item in candidates if item.GetName() != STYLE_TABLE]
        layer = candidates[0] if len(candidates) == 1 else None
    if layer is None:
        return layer_name, ""
    return layer.GetName(), layer.GetGeometryColumn() or ""


def _style_table(dataset):
    from osgeo import ogr

    table = dataset.GetLayerByName(STYLE_TABLE)
    if table is not None:
        return table
    # The columns QGIS's OGR provider creates (and reads) for styles stored in a GeoPackage.
    table = dataset.CreateLayer(STYLE_TABLE, geom_type=ogr.wkbNone)
    if table is None:
        return None
    for name, kind, width in (
        ("f_table_catalog", ogr.OFTString, 256),
        ("f_table_schema", ogr.OFTString, 256),
        ("f_table_name", ogr.OFTString, 256),
        ("f_geometry_column", ogr.OFTString, 256),
        ("styleName", ogr.OFTString, 30),
        ("styleQML", ogr.OFTString, 0),
        ("styleSLD", ogr.OFTString, 0),
        ("useAsDefault", ogr.OFTInteger, 0),
        ("description", ogr.OFTString, 0),
        ("owner", ogr.OFTString, 30),
        ("ui", ogr.OFTString, 30),
        ("update_time", ogr.OFTDateTime, 0),
    ):
        definition = ogr.FieldDefn(name, kind)
        definition.SetWidth(width)
        if name == "useAsDefault":
            definition.SetSubType(ogr.OFSTBoolean)
        if name == "update_time":
            definition.SetDefault("CURRENT_TIMESTAMP")
        if table.CreateField(definition) != ogr.OGRERR_NONE:
            return None
    return table


def _insert_style(dataset, target: Tuple[str, str], qml: str) -> bool:
    from osgeo import ogr

    table = _style_table(dataset)
    if table is None:
        return False
    name, geometry_column = target
    table.SetAttributeFilter(f"f_table_name = '{name.replace(chr(39), chr(39) * 2)}' AND useAsDefault = 1")
    for old in list(table):
        old.SetField("useAsDefault", 0)
        if table.SetFeature(old) != ogr.OGRERR_NONE:
            return False
    table.SetAttributeFilter(None)
    feature = ogr.Feature(table.GetLayerDefn())
    for key, value in (
        ("f_table_catalog", ""),
        ("f_table_schema", ""),
        ("f_table_name", name),
        ("f_geometry_column", geometry_column),
        ("styleName", STYLE_NAME),
        ("styleQML", qml),
        ("styleSLD", ""),
        ("useAsDefault", 1),
        ("description", STYLE_DESCRIPTION),
        ("owner", ""),
    ):
        feature.SetField(key, value)
    return table.CreateFeature(feature) == ogr.OGRERR_NONE and dataset.FlushCache() in (None, 0)
