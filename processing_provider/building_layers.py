"""Reading the layers of ``nrwtwin:importcitygml`` per building, for the measurement and report algorithms.

Reads can be limited to some buildings (``building_ids``): the request then carries an expression
``"building_id" IN (…)`` that the data provider evaluates (GeoPackage and Shapefile translate it to
their own filter), so a report on three buildings of a 50,000-building layer reads three buildings.
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Optional, Sequence

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsPointXY

from ..algorithms import metrics
from ..algorithms.errors import NrwTwinError
from ..translate import tr
from .base import GRID_CRS
from .surface_layer import in_expression, surfaces_from_source

BUILDING_ID_KEYS = ("building_id", "gml_id", "id")
ATTRIBUTE_KEYS = (
    "function",
    "function_code",
    "roof_type",
    "roof_type_code",
    "roofType",
    "storeys",
    "storeys_above_ground",
    "storeysAboveGround",
    "measured_height",
    "measuredHeight",
    "measured_height_m",
)


def plain(value):
    """The Python value of a feature attribute (NULL → None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def filtered_request(field: Optional[str] = None, values: Optional[Sequence[str]] = None) -> QgsFeatureRequest:
    """A request for the features whose ``field`` is one of ``values`` (all features without values)."""
    request = QgsFeatureRequest()
    if field is not None and values is not None:
        request.setFilterExpression(in_expression(field, values))
    return request


def working_crs(source):
    """The source's CRS when it is projected (metres); EPSG:25832 for a geographic or missing CRS."""
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        return GRID_CRS
    return crs


def read_surfaces(source, context, feedback, what: str, building_ids: Optional[Sequence[str]] = None):
    """Surfaces of the layer (only those of ``building_ids`` when given), reprojected to a metric CRS.

    Returns (surfaces, crs); a clear error when the whole layer holds none.
    """
    crs = working_crs(source)
    surfaces = surfaces_from_source(source, context, feedback, target_crs=crs, what=what, building_ids=building_ids)
    if not surfaces and building_ids is None:
        raise NrwTwinError(
            tr("{} holds no surfaces. Import LoD2 CityGML first with 'Import CityGML (LoD1/LoD2)'.").format(what)
        )
    return surfaces, crs


def some_building_ids(source, count: int = 3) -> List[str]:
    """Up to ``count`` building ids of the layer (examples for a message)."""
    if "building_id" not in source.fields().names():
        return []
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes(["building_id"], source.fields())
    request.setLimit(count)
    return [str(plain(f["building_id"])) for f in source.getFeatures(request)]


def building_attributes(source, feedback=None, building_ids: Optional[Sequence[str]] = None) -> Dict[str, Mapping]:
    """Attributes of the buildings layer by building id (rows of building parts merged,
    :func:`..algorithms.metrics.normalize_attributes`); only ``building_ids`` when given."""
    if source is None:
        return {}
    names = source.fields().names()
    id_key = next((key for key in BUILDING_ID_KEYS if key in names), None)
    if id_key is None:
        raise NrwTwinError(
            tr(
                "The buildings layer lacks the field building_id (it has: {}). Use the buildings layer written "
                "by 'Import CityGML (LoD1/LoD2)'."
            ).format(", ".join(names) or tr("no fields"))
        )
    wanted = [key for key in ATTRIBUTE_KEYS if key in names]
    request = filtered_request(id_key, building_ids)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    request.setSubsetOfAttributes([id_key] + wanted, source.fields())
    rows: Dict[str, List[Mapping[str, object]]] = {}
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        building_id = plain(feature[id_key])
        if building_id in (None, ""):
            continue
        row = {key: plain(feature[key]) for key in wanted if plain(feature[key]) is not None}
        rows.setdefault(str(building_id), []).append(row)
    return {key: metrics.normalize_attributes(value) for key, value in rows.items()}


def footprint_geometry(polygons) -> QgsGeometry:
    """2D multipolygon of the footprint polygons (engine rings → QGIS)."""
    parts = []
    for polygon in polygons:
        rings = []
        for ring in polygon.rings():
            points = [QgsPointXY(float(x), float(y)) for x, y in ring[:, :2]]
            if len(points) >= 3:
                rings.append(points + [points[0]])
        if rings:
            parts.append(rings)
    if not parts:
        return QgsGeometry()
    return QgsGeometry.fromMultiPolygonXY(parts)
