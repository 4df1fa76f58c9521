"""nrwtwin:buildingmetrics — true 3D roof/facade areas, heights, pitches, volume and storeys per building."""

from __future__ import annotations

from typing import Dict, List, Mapping

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsWkbTypes,
)

from ..algorithms import metrics
from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from ..algorithms.progress import SubProgress
from ..translate import tr
from . import field_styles
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .qt_compat import FieldType
from .surface_layer import source_without_geometry_checks, surfaces_from_source

# field → (type, English label; the alias is the label in QGIS's language)
FIELD_SPECS = {
    "building_id": (FieldType.String, msg("Building ID")),
    "function_code": (FieldType.String, msg("Building function (code)")),
    "function_de": (FieldType.String, msg("Building function")),
    "function_en": (FieldType.String, msg("Building function (English)")),
    "roof_type_code": (FieldType.String, msg("Roof type (code)")),
    "roof_type_de": (FieldType.String, msg("Roof type")),
    "roof_type_en": (FieldType.String, msg("Roof type (English)")),
    "roof_area_m2": (FieldType.Double, msg("Roof area 3D (m²)")),
    "roof_area_n_m2": (FieldType.Double, msg("Roof area north (m²)")),
    "roof_area_e_m2": (FieldType.Double, msg("Roof area east (m²)")),
    "roof_area_s_m2": (FieldType.Double, msg("Roof area south (m²)")),
    "roof_area_w_m2": (FieldType.Double, msg("Roof area west (m²)")),
    "roof_area_flat_m2": (FieldType.Double, msg("Roof area flat ≤ 10° (m²)")),
    "facade_area_m2": (FieldType.Double, msg("Facade area (m²)")),
    "facade_area_n_m2": (FieldType.Double, msg("Facade area north (m²)")),
    "facade_area_e_m2": (FieldType.Double, msg("Facade area east (m²)")),
    "facade_area_s_m2": (FieldType.Double, msg("Facade area south (m²)")),
    "facade_area_w_m2": (FieldType.Double, msg("Facade area west (m²)")),
    "footprint_area_m2": (FieldType.Double, msg("Footprint area (m²)")),
    "ground_z_m": (FieldType.Double, msg("Ground height (m above sea level)")),
    "eaves_height_m": (FieldType.Double, msg("Eaves height (m)")),
    "ridge_height_m": (FieldType.Double, msg("Ridge height (m)")),
    "measured_height_m": (FieldType.Double, msg("Building height (m)")),
    "roof_pitch_min_deg": (FieldType.Double, msg("Roof pitch min. (°)")),
    "roof_pitch_max_deg": (FieldType.Double, msg("Roof pitch max. (°)")),
    "roof_pitch_main_deg": (FieldType.Double, msg("Main roof pitch (°)")),
    "volume_m3": (FieldType.Double, msg("Volume (m³)")),
    "shell_closed": (FieldType.Bool, msg("Shell closed")),
    "storeys_estimated": (FieldType.Int, msg("Storeys")),
    "storeys_source": (FieldType.String, msg("Source of the storey count")),
    "storey_height_m": (FieldType.Double, msg("Assumed storey height (m)")),
    "gross_floor_area_m2": (FieldType.Double, msg("Gross floor area (m²)")),
    "part_count": (FieldType.Int, msg("Building parts")),
    "surface_count": (FieldType.Int, msg("Surfaces")),
}
assert list(FIELD_SPECS) == metrics.output_field_names()

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


def metrics_fields() -> QgsFields:
    return field_styles.make_fields((name, kind, label) for name, (kind, label) in FIELD_SPECS.items())


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


def _round(value, digits: int = 3):
    if isinstance(value, float):
        return round(value, digits)
    return value


def metrics_attributes(item: metrics.BuildingMetrics) -> List[object]:
    return [_round(value) for value in item.as_dict().values()]


def building_attributes(source, context=None, feedback=None) -> Dict[str, Mapping[str, object]]:
    """Attributes of the buildings layer of importcitygml by building id (rows of parts merged)."""
    if source is None:
        return {}
    names = source.fields().names()
    id_key = next((key for key in BUILDING_ID_KEYS if key in names), None)
    if id_key is None:
        raise NrwTwinError(
            tr(
                "The buildings layer lacks the field building_id (it has: {}). Use the buildings layer written "
                "by 'Import CityGML (LoD1/LoD2)'."
            ).format(", ".join(names) or "no fields")
        )
    wanted = [key for key in ATTRIBUTE_KEYS if key in names]
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    request.setSubsetOfAttributes([id_key] + wanted, source.fields())
    rows: Dict[str, List[Mapping[str, object]]] = {}
    for feature in source.getFeatures(request):
        if feedback is not None and feedback.isCanceled():
            break
        building_id = feature[id_key]
        if building_id in (None, ""):
            continue
        row = {}
        for key in wanted:
            value = feature[key]
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                continue
            row[key] = value
        rows.setdefault(str(building_id), []).append(row)
    return {key: metrics.normalize_attributes(value) for key, value in rows.items()}


def working_crs(source):
    """The source's CRS when it is projected (metres); EPSG:25832 for geographic or missing CRS."""
    crs = source.sourceCrs()
    if not crs.isValid() or crs.isGeographic():
        return GRID_CRS
    return crs


def read_surfaces(alg: NrwAlgorithm, source, context, feedback, what: str):
    """Surfaces of the layer, reprojected to a metric CRS; a clear error when it holds none."""
    crs = working_crs(source)
    surfaces = surfaces_from_source(source, context, feedback, target_crs=crs, what=what)
    if not surfaces:
        raise NrwTwinError(
            alg.tr("{} holds no surfaces. Import LoD2 CityGML first with 'Import CityGML (LoD1/LoD2)'.").format(what)
        )
    return surfaces, crs


class BuildingMetricsAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    BUILDINGS = "BUILDINGS"
    OUTPUT = "OUTPUT"
    BUILDING_COUNT = "BUILDING_COUNT"
    GROUP_ID = "nrwanalysis"

    def name(self) -> str:
        return "buildingmetrics"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Building measurements (roof, facade, volume)")

    def help_text(self) -> str:
        return self.tr(
            "Measures every building of a surfaces layer (written by 'Import CityGML (LoD1/LoD2)'): true 3D "
            "roof area in total and per orientation (north, east, south, west; roofs tilted at most 10° "
            "count as flat), facade area per orientation, footprint area, eaves and ridge height and "
            "building height above the lowest ground point, roof pitches (min, max, main = the area-weighted "
            "most common pitch), volume of the closed shell (flag shell_closed), storeys and gross floor "
            "area. Storeys come from the file (storeysAboveGround, 2024 deliveries on) or are estimated as "
            "mean height (volume ÷ footprint) ÷ storey height, 3.0 m for dwellings, 4.0 m for other "
            "buildings; canopies and carports have none. Gross floor area = storeys × footprint.\n"
            "Surfaces layer: fields surface_id, building_id, part_id, surface_type and 3D polygons.\n"
            "Buildings layer (optional): joined by building_id for the ALKIS function and roof type "
            "(in German and English) and the storeys from the file.\n"
            "Output: one footprint polygon per building with the measurements."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        source = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Surfaces layer (from CityGML import)"), [QgsProcessing.TypeVectorPolygon]
        )
        buildings = QgsProcessingParameterFeatureSource(
            self.BUILDINGS,
            self.tr("Buildings layer (from CityGML import)"),
            [QgsProcessing.TypeVector],
            optional=True,
        )
        sink = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Building measurements"), QgsProcessing.TypeVectorPolygon
        )
        for parameter, help_text in (
            (
                source,
                self.tr(
                    "3D surfaces (roofs, walls, ground) with building_id; geographic CRS are reprojected to EPSG:25832."
                ),
            ),
            (
                buildings,
                self.tr(
                    "Optional: buildings with building_id, function, roof_type, storeys for "
                    "the function and roof type in words and the storeys from the file."
                ),
            ),
            (sink, self.tr("One row per building with its footprint.")),
        ):
            self.add_parameter(parameter, help_text)
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Number of buildings")))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        source = source_without_geometry_checks(self, parameters, self.INPUT, context)
        if source is None:
            raise NrwTwinError(self.tr("No surfaces layer given. Choose the surfaces layer of the CityGML import."))
        buildings = self.parameterAsSource(parameters, self.BUILDINGS, context)
        surfaces, crs = read_surfaces(self, source, context, feedback, self.tr("The surfaces layer"))
        attributes = building_attributes(buildings, context, feedback)
        results = metrics.compute_metrics(surfaces, attributes, SubProgress(progress, 40, 90))
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, metrics_fields(), QgsWkbTypes.Type.MultiPolygon, crs)
            for item in results:
                feature = QgsFeature()
                feature.setGeometry(footprint_geometry(item.footprint))
                feature.setAttributes(metrics_attributes(item))
                sink.add(feature)
            outputs.commit(feedback)
        open_shells = sum(1 for item in results if not item.shell_closed)
        if open_shells:
            progress.warning(
                self.tr("{} of {} buildings have no closed shell; their volume is approximate.").format(
                    open_shells, len(results)
                )
            )
        if buildings is not None:
            missing = sum(1 for item in results if item.building_id not in attributes)
            if missing:
                progress.warning(self.tr("{} buildings were not found in the buildings layer.").format(missing))
        progress.info(self.tr("Measured {} buildings.").format(len(results)))
        progress.set_progress(100)
        return {self.OUTPUT: dest_id, self.BUILDING_COUNT: len(results)}
