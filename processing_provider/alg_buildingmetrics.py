"""nrwtwin:buildingmetrics — true 3D roof/facade areas, heights, pitches, volume and storeys per building."""

from __future__ import annotations

from typing import List

from qgis.core import (
    QgsFeature,
    QgsFields,
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
from . import field_styles
from .base import FeedbackProgress, NrwAlgorithm
from .building_layers import building_attributes, footprint_geometry, read_surfaces
from .outputs import RunOutputs
from .qt_compat import FieldType
from .surface_layer import source_without_geometry_checks

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

def metrics_fields() -> QgsFields:
    return field_styles.make_fields((name, kind, label) for name, (kind, label) in FIELD_SPECS.items())


def _round(value, digits: int = 3):
    if isinstance(value, float):
        return round(value, digits)
    return value


def metrics_attributes(item: metrics.BuildingMetrics) -> List[object]:
    return [_round(value) for value in item.as_dict().values()]


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
            self.INPUT, self.tr("Surfaces layer (from CityGML import)"), [QgsProcessing.SourceType.TypeVectorPolygon]
        )
        buildings = QgsProcessingParameterFeatureSource(
            self.BUILDINGS,
            self.tr("Buildings layer (from CityGML import)"),
            [QgsProcessing.SourceType.TypeVector],
            optional=True,
        )
        sink = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Building measurements"), QgsProcessing.SourceType.TypeVectorPolygon
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
        surfaces, crs = read_surfaces(source, context, feedback, self.tr("The surfaces layer"))
        progress.check_canceled()
        attributes = building_attributes(buildings, feedback)
        results = metrics.compute_metrics(surfaces, attributes, SubProgress(progress, 40, 90))
        with RunOutputs(self, parameters, context) as outputs:
            sink, dest_id = outputs.sink(self.OUTPUT, metrics_fields(), QgsWkbTypes.Type.MultiPolygon, crs)
            for item in results:
                progress.check_canceled()
                feature = QgsFeature()
                feature.setGeometry(footprint_geometry(item.footprint))
                feature.setAttributes(metrics_attributes(item))
                sink.add(feature)
            outputs.commit(feedback)
        self.log_summary(results, attributes, buildings is not None, progress)
        progress.set_progress(100)
        return {self.OUTPUT: dest_id, self.BUILDING_COUNT: sink.count}

    def log_summary(self, results, attributes, has_buildings: bool, progress) -> None:
        open_shells = sum(1 for item in results if not item.shell_closed)
        if open_shells:
            progress.warning(
                self.tr("{} of {} buildings have no closed shell; their volume is approximate.").format(
                    open_shells, len(results)
                )
            )
        if has_buildings:
            missing = sum(1 for item in results if item.building_id not in attributes)
            if missing:
                progress.warning(self.tr("{} buildings were not found in the buildings layer.").format(missing))
        progress.info(self.tr("Measured {} buildings.").format(len(results)))
