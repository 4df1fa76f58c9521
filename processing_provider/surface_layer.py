"""Reading the surfaces layer of ``nrwtwin:importcitygml`` back into engine objects.

Solar, print and measurement algorithms take that layer as input; this is the one place that turns
its QGIS features into :class:`~..algorithms.model.Surface` objects.
"""
from __future__ import annotations

from typing import Iterable, List, Optional, Sequence

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeatureRequest,
    QgsProcessingFeatureSource,
    QgsProject,
)

from ..algorithms.errors import NrwTwinError
from ..algorithms.model import Polygon3D, Surface
from ..translate import tr

SURFACE_FIELDS = ("surface_id", "building_id", "part_id", "surface_type")


def in_expression(field: str, values: Iterable[str]) -> str:
    """``"field" IN ('a', 'b')``, names and values quoted for QGIS expressions (providers translate it)."""
    quoted = ", ".join(QgsExpression.quotedValue(str(v)) for v in values)
    return f"{QgsExpression.quotedColumnRef(field)} IN ({quoted})"


def check_fields(source, required: Sequence[str], what: str) -> None:
    """Stop with a message listing the fields the layer lacks."""
    names = set(source.fields().names())
    missing = [name for name in required if name not in names]
    if missing:
        raise NrwTwinError(
            tr(
                "{} lacks the field(s) {}. Use the surfaces layer written by 'Import CityGML "
                "(LoD1/LoD2)' (nrwtwin:importcitygml)."
            ).format(what, ", ".join(missing))
        )


def source_without_geometry_checks(alg, parameters, name: str, context):
    """``parameterAsSource`` without Processing's 2D validity check, which rejects every vertical wall.

    The check mode is read from the context when the source is created; the context is restored after.
    """
    previous = context.invalidGeometryCheck()
    context.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    try:
        return alg.parameterAsSource(parameters, name, context)
    finally:
        context.setInvalidGeometryCheck(previous)


def ring_to_array(ring) -> np.ndarray:
    points = [(p.x(), p.y(), p.z()) for p in ring.points()]
    array = np.array(points, dtype=float).reshape(-1, 3)
    if len(array) > 1 and np.allclose(array[0], array[-1]):
        array = array[:-1]
    if np.isnan(array[:, 2]).any():
        array[:, 2] = np.nan_to_num(array[:, 2], nan=0.0)
    return array


def geometry_polygons(geometry) -> List[Polygon3D]:
    """Polygons (with z) of a (Multi)PolygonZ geometry."""
    polygons: List[Polygon3D] = []
    if geometry is None or geometry.isNull():
        return polygons
    for part in geometry.constParts():
        exterior = part.exteriorRing() if hasattr(part, "exteriorRing") else None
        if exterior is None:
            continue
        interiors = [ring_to_array(part.interiorRing(i)) for i in range(part.numInteriorRings())]
        polygons.append(Polygon3D(ring_to_array(exterior), interiors))
    return polygons


def surfaces_from_source(
    source,
    context=None,
    feedback=None,
    surface_types: Optional[Iterable[str]] = None,
    target_crs: Optional[QgsCoordinateReferenceSystem] = None,
    what: str = "The input layer",
    building_ids: Optional[Sequence[str]] = None,
) -> List[Surface]:
    """The surfaces of a QgsFeatureSource, reprojected to ``target_crs``.

    ``surface_types`` and ``building_ids`` limit the read to those types and buildings; the building
    filter is an expression the data provider evaluates, so only those buildings are read.
    """
    check_fields(source, SURFACE_FIELDS, what)
    wanted = set(surface_types) if surface_types else None
    request = QgsFeatureRequest()
    if building_ids is not None:
        request.setFilterExpression(in_expression("building_id", building_ids))
    if target_crs is not None and source.sourceCrs().isValid() and source.sourceCrs() != target_crs:
        project = QgsProject.instance()
        transform_context = context.transformContext() if context is not None else project.transformContext()
        request.setDestinationCrs(target_crs, transform_context)
    fields = source.fields()
    index = {name: fields.indexOf(name) for name in SURFACE_FIELDS}
    surfaces: List[Surface] = []
    total = max(source.featureCount(), 1)
    if isinstance(source, QgsProcessingFeatureSource):
        # Vertical walls are valid 3D polygons but fail QGIS's 2D validity check.
        features = source.getFeatures(request, QgsProcessingFeatureSource.Flag.FlagSkipGeometryValidityChecks)
    else:
        features = source.getFeatures(request)
    for count, feature in enumerate(features):
        if feedback is not None and feedback.isCanceled():
            break
        attrs = feature.attributes()
        surface_type = str(attrs[index["surface_type"]])
        if wanted is not None and surface_type not in wanted:
            continue
        part_id = attrs[index["part_id"]]
        surfaces.append(
            Surface(
                surface_id=str(attrs[index["surface_id"]]),
                building_id=str(attrs[index["building_id"]]),
                part_id=None if part_id in (None, "") or str(part_id) == "NULL" else str(part_id),
                surface_type=surface_type,
                polygons=geometry_polygons(feature.geometry()),
            )
        )
        if feedback is not None and count % 500 == 0:
            feedback.setProgress(100.0 * count / total)
    return surfaces


def transform_to(crs_from, crs_to, context=None) -> QgsCoordinateTransform:
    project = QgsProject.instance()
    transform_context = context.transformContext() if context is not None else project.transformContext()
    return QgsCoordinateTransform(crs_from, crs_to, transform_context)
