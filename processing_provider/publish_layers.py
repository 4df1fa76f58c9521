"""Reading the layers that nrwtwin:export3dtiles and nrwtwin:exportcityjson publish into engine objects.

INPUT is a surfaces layer of 'Import CityGML' (all surfaces) or an output of 'Roof solar potential'
(roofs only, recognised by its field ``irradiation_kwh_m2``, whose values are then used); SOLAR is an
optional roofsolar output joined by ``surface_id``; BUILDINGS an optional buildings or measurements
layer joined by ``building_id``. Values come without geometry; NULL becomes None, dates ISO text.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSource,
    QgsRectangle,
)

from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import Message, msg
from ..algorithms.publish.scene import PublishBuilding, group_buildings
from ..algorithms.solar_classes import SOLAR_FIELD
from .base import GRID_CRS
from .surface_layer import source_without_geometry_checks, surfaces_from_source


def plain(value: object) -> object:
    """A Python value of a QGIS attribute: None for NULL, ISO text for dates and times."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid"):  # QDate, QDateTime, QTime
        from qgis.PyQt.QtCore import Qt

        return value.toString(Qt.DateFormat.ISODate)
    return value


def attribute_rows(source, key: str, feedback=None, only_type: Optional[str] = None) -> Dict[str, Dict[str, object]]:
    """All attributes of the layer by the value of ``key`` (first row per value), without geometry."""
    names = source.fields().names()
    if key not in names:
        return {}
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows: Dict[str, Dict[str, object]] = {}
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        row = {name: plain(value) for name, value in zip(names, feature.attributes())}
        if only_type is not None and row.get("surface_type") != only_type:
            continue
        identifier = row.get(key)
        if identifier not in (None, "") and str(identifier) not in rows:
            rows[str(identifier)] = row
    return rows


def working_crs(source) -> QgsCoordinateReferenceSystem:
    """The source's CRS when projected (metres), else EPSG:25832."""
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        return GRID_CRS
    return crs


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    """What pyproj understands: the authority id when there is one, else WKT."""
    authid = crs.authid()
    return authid if authid.upper().startswith("EPSG:") else crs.toWkt()


def epsg_code(crs: QgsCoordinateReferenceSystem) -> Optional[int]:
    authority, _, code = crs.authid().partition(":")
    return int(code) if authority.upper() == "EPSG" and code.isdigit() else None


@dataclass
class PublishInput:
    """Buildings to publish, their CRS and what the user should know about the input."""

    buildings: List[PublishBuilding]
    crs: QgsCoordinateReferenceSystem
    warnings: List[Message] = field(default_factory=list)
    outside_extent: int = 0


def read_publish_input(alg, parameters, context, feedback) -> PublishInput:
    """Read the parameters of :func:`add_publish_inputs` (alg.INPUT, SOLAR, BUILDINGS, EXTENT)."""
    input_name, solar_name, buildings_name, extent_name = alg.INPUT, alg.SOLAR, alg.BUILDINGS, alg.EXTENT
    source = source_without_geometry_checks(alg, parameters, input_name, context)
    if source is None:
        raise NrwTwinError(msg("No surfaces layer given. Choose the surfaces layer of 'Import CityGML (LoD1/LoD2)'."))
    crs = working_crs(source)
    surfaces = surfaces_from_source(source, context, feedback, target_crs=crs, what="The surfaces layer")
    if not surfaces:
        raise NrwTwinError(msg("The surfaces layer holds no surfaces. Import LoD2 CityGML first."))
    warnings: List[Message] = []
    solar: Dict[str, Dict[str, object]] = {}
    if SOLAR_FIELD in source.fields().names():
        solar = attribute_rows(source, "surface_id", feedback, only_type="Roof")
        if all(s.surface_type == "Roof" for s in surfaces):
            warnings.append(msg("The input holds roofs only (a solar potential layer): walls and ground are missing. "
                                "Give the surfaces layer of the import as input and the solar layer as 'Solar "
                                "potential'."))
    solar_source = alg.parameterAsSource(parameters, solar_name, context)
    if solar_source is not None:
        if SOLAR_FIELD not in solar_source.fields().names() or "surface_id" not in solar_source.fields().names():
            raise NrwTwinError(msg("The solar layer lacks the fields surface_id and irradiation_kwh_m2. Use the output "
                                   "of 'Roof solar potential' (nrwtwin:roofsolar)."))
        solar = attribute_rows(solar_source, "surface_id", feedback)
    buildings_source = alg.parameterAsSource(parameters, buildings_name, context)
    attributes: Dict[str, Dict[str, object]] = {}
    if buildings_source is not None:
        if "building_id" not in buildings_source.fields().names():
            raise NrwTwinError(msg("The buildings layer lacks the field building_id. Use the buildings layer of "
                                   "'Import CityGML (LoD1/LoD2)' or the output of 'Building measurements'."))
        attributes = attribute_rows(buildings_source, "building_id", feedback)
    buildings = group_buildings(surfaces, solar, attributes)
    result = PublishInput(buildings, crs, warnings)
    if parameters.get(extent_name):
        rect = alg.parameterAsExtent(parameters, extent_name, context, crs)
        if not rect.isNull() and not rect.isEmpty():
            result.buildings = [b for b in buildings if centre_inside(b, rect)]
            result.outside_extent = len(buildings) - len(result.buildings)
    if buildings_source is not None:
        missing = sum(1 for b in result.buildings if b.building_id not in attributes)
        if missing:
            warnings.append(msg("{:,} buildings were not found in the buildings layer.", missing))
    return result


def centre_inside(building: PublishBuilding, rect: QgsRectangle) -> bool:
    """True when the centre of the building's bounding box lies in ``rect``."""
    xs: List[float] = []
    ys: List[float] = []
    for surface in building.surfaces:
        for polygon in surface.polygons:
            xs.extend((float(polygon.exterior[:, 0].min()), float(polygon.exterior[:, 0].max())))
            ys.extend((float(polygon.exterior[:, 1].min()), float(polygon.exterior[:, 1].max())))
    if not xs:
        return False
    return rect.contains(QgsPointXY((min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2))


def add_publish_inputs(alg) -> None:
    """INPUT, SOLAR, BUILDINGS and EXTENT, shared by the 3D Tiles and CityJSON exports."""
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(
            alg.INPUT, alg.tr("Surfaces layer (LoD2) or solar potential"), [QgsProcessing.SourceType.TypeVectorPolygon]
        ),
        alg.tr(
            "The surfaces layer of 'Import CityGML (LoD1/LoD2)' (roofs, walls, ground). An output of 'Roof solar "
            "potential' is recognised by its field irradiation_kwh_m2 and its values are used; it holds roofs only."
        ),
    )
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(
            alg.SOLAR, alg.tr("Solar potential (optional)"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
        ),
        alg.tr(
            "Optional: the output of 'Roof solar potential' for the same buildings, joined by surface_id; its "
            "irradiation, kWp, yield and suitability colour the roofs and become attributes."
        ),
    )
    alg.add_parameter(
        QgsProcessingParameterFeatureSource(
            alg.BUILDINGS, alg.tr("Buildings or measurements layer (optional)"), [QgsProcessing.SourceType.TypeVector],
            optional=True,
        ),
        alg.tr(
            "Optional: the buildings layer of 'Import CityGML' or the output of 'Building measurements', joined by "
            "building_id, for function, address, height, roof area and the other values."
        ),
    )
    alg.add_parameter(
        QgsProcessingParameterExtent(alg.EXTENT, alg.tr("Area (only buildings inside)"), optional=True),
        alg.tr("Optional: export only the buildings whose centre lies in this area (any CRS)."),
    )
