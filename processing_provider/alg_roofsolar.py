"""nrwtwin:roofsolar — annual solar potential per LoD2 roof surface, with shading (engine: algorithms/solar)."""

from __future__ import annotations

from typing import Dict

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureRequest,
    QgsFields,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
)

from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from ..algorithms.solar import potential
from ..algorithms.solar import run as solar_run
from ..algorithms.solar.irradiance import MODELS
from ..translate import tr
from . import field_styles, layer_styles, solar_parameters
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm
from .outputs import RunOutputs
from .qt_compat import FieldType
from .raster_io import GeoTiffWriter, read_raster
from .surface_layer import check_fields, source_without_geometry_checks, surfaces_from_source, transform_to

# Labels (aliases) of the engine's result columns (algorithms/solar/run.RESULT_COLUMNS).
RESULT_ALIASES = {
    "irradiation_kwh_m2": msg("Irradiation (kWh/m²·a)"),
    "irradiation_unshaded_kwh_m2": msg("Irradiation unshaded (kWh/m²·a)"),
    "shading_loss_pct": msg("Shading loss (%)"),
    "sky_view_factor": msg("Sky view factor"),
    "usable_area_m2": msg("Usable module area (m²)"),
    "kwp": msg("Power (kWp)"),
    "yield_kwh": msg("Yield (kWh/a)"),
    "specific_yield_kwh_kwp": msg("Specific yield (kWh/kWp·a)"),
    "co2_saved_kg": msg("CO₂ saved (kg/a)"),
    "suitability": msg("Suitability"),
    "solar_class": msg("Solar class (1 = very good)"),
    "raster_cells": msg("Raster cells"),
}
COLUMN_TYPES = {"real": FieldType.Double, "text": FieldType.String, "integer": FieldType.Int}
RESULT_FIELDS = tuple(
    (name, COLUMN_TYPES[kind], RESULT_ALIASES[name], attribute) for name, attribute, kind in solar_run.RESULT_COLUMNS
)


def same_position(crs_a, crs_b, point, context) -> bool:
    """True when two CRSs place a point within 0.5 m of each other (e.g. EPSG:25832 and a GeoTIFF's
    unnamed 'ETRS89 / UTM zone 32N'), so equivalent definitions are accepted without reprojection."""
    if not crs_a.isValid() or crs_a == crs_b:
        return True
    try:
        moved = transform_to(crs_a, crs_b, context).transform(QgsPointXY(point))
    except Exception:  # noqa: BLE001 - QgsCsException: not transformable → not the same
        return False
    return abs(moved.x() - point.x()) < 0.5 and abs(moved.y() - point.y()) < 0.5


def output_fields(input_fields: QgsFields) -> QgsFields:
    fields = QgsFields(input_fields)
    for name, kind, alias, _attr in RESULT_FIELDS:
        if fields.indexOf(name) >= 0:
            raise NrwTwinError(
                tr(
                    "The input already has a field '{}'. Use the surfaces layer of "
                    "'Import CityGML (LoD1/LoD2)' rather than an earlier solar result."
                ).format(name)
            )
        fields.append(field_styles.make_field(name, kind, alias))
    return fields


class RoofSolarAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    DSM = "DSM"
    DEM = "DEM"
    WEATHER = "WEATHER"
    ANNUAL_GHI = "ANNUAL_GHI"
    RESOLUTION = "RESOLUTION"
    MODEL = "MODEL"
    KWP_PER_M2 = "KWP_PER_M2"
    PERFORMANCE_RATIO = "PERFORMANCE_RATIO"
    CO2_G_PER_KWH = "CO2_G_PER_KWH"
    MIN_AREA_M2 = "MIN_AREA_M2"
    EXTENT = "EXTENT"
    OUTPUT = "OUTPUT"
    OUTPUT_RASTER = "OUTPUT_RASTER"
    ROOF_COUNT = "ROOF_COUNT"
    SUITABLE_COUNT = "SUITABLE_COUNT"
    TOTAL_KWP = "TOTAL_KWP"
    TOTAL_YIELD_MWH = "TOTAL_YIELD_MWH"
    GROUP_ID = "nrwanalysis"

    def name(self) -> str:
        return "roofsolar"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Roof solar potential (with shading)")

    def help_text(self) -> str:
        return self.tr(
            "Computes the annual solar irradiation on every roof surface of a surfaces layer (written by "
            "'Import CityGML (LoD1/LoD2)' from LoD2 data) and the photovoltaic potential derived from it. "
            "A surface model is built from the roofs, the terrain (DEM, or the buildings' ground heights) and "
            "optionally trees (DSM/nDOM). For each roof cell, horizons in 72 directions up to 300 m give the "
            "sky view factor and the hours in which the sun is hidden. Sun position after NOAA/Meeus, clear "
            "sky after Ineichen–Perez, diffuse on the tilted roof after Perez (1990). Weather: a PVGIS TMY "
            "file (CSV/JSON) or an EPW file, else a synthetic year calibrated to the annual global "
            "irradiation (NRW ≈ 1000 kWh/m²; DWD).\n"
            "Output: one row per roof surface with the input fields and irradiation (shaded and unshaded), "
            "shading loss, usable module area (flat roofs ≤ 10°: 40 %; pitched: area minus a 0.3 m edge "
            "strip), kWp, yield, specific yield, CO₂ saved, suitability after the LANUV solar cadastre "
            "('suitable' = less than 20 % shading loss and room for at least one module; 'shaded', "
            "'too_small') and a solar class of our own: 1 ≥ 95 %, 2 ≥ 85 %, 3 ≥ 75 %, 4 ≥ 60 %, 5 below, "
            "as share of the best unshaded orientation. Roofs near the edge of the input are shaded only "
            "by what the input contains: import the neighbouring tiles too, and use Area to evaluate a part.\n"
            "Method and validation: docs/solar.md of the plugin."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        add = self.add_parameter
        add(
            QgsProcessingParameterFeatureSource(
                self.INPUT, self.tr("Surfaces layer (LoD2)"), [QgsProcessing.SourceType.TypeVectorPolygon]
            ),
            self.tr(
                "The surfaces layer of 'Import CityGML (LoD1/LoD2)'; roofs are the rows with surface_type "
                "'Roof', all other surfaces help to find the ground height."
            ),
        )
        add(
            QgsProcessingParameterRasterLayer(
                self.DSM, self.tr("Surface model for trees (DOM or nDOM)"), optional=True
            ),
            self.tr(
                "Optional: a digital surface model (DOM, absolute heights) or normalised one (nDOM, "
                "heights above ground) in the layer's CRS; objects outside the roofs, e.g. trees, shade."
            ),
        )
        add(
            QgsProcessingParameterRasterLayer(self.DEM, self.tr("Terrain model (DGM)"), optional=True),
            self.tr(
                "Optional: terrain heights (DGM1). Without it the terrain is interpolated from the "
                "buildings' ground heights."
            ),
        )
        add(*solar_parameters.weather_file(self.WEATHER))
        add(*solar_parameters.annual_ghi(self.ANNUAL_GHI))
        add(*solar_parameters.cell_size(self.RESOLUTION, 0.5))
        add(
            QgsProcessingParameterEnum(
                self.MODEL,
                self.tr("Diffuse sky model"),
                options=["Perez (1990)", "Hay-Davies", self.tr("isotropic")],
                defaultValue=0,
            ),
            self.tr("Transposition of diffuse light onto the tilted roof; Perez is the standard of PV tools."),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.KWP_PER_M2,
                self.tr("Module power (kWp per m²)"),
                QgsProcessingParameterNumber.Type.Double,
                0.21,
                minValue=0.05,
                maxValue=0.4,
            ),
            self.tr("Peak power per m² of module: 0.21 for current ~450 Wp modules of ~2 m²."),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.PERFORMANCE_RATIO,
                self.tr("Performance ratio"),
                QgsProcessingParameterNumber.Type.Double,
                0.85,
                minValue=0.5,
                maxValue=1.0,
            ),
            self.tr("Share of the irradiation the system turns into AC energy (0.80–0.85; PVGIS assumes 14 % losses)."),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.CO2_G_PER_KWH,
                self.tr("CO₂ factor (g/kWh)"),
                QgsProcessingParameterNumber.Type.Double,
                363.0,
                minValue=0.0,
                maxValue=2000.0,
            ),
            self.tr("Emissions avoided per kWh: German grid mix 2024 ≈ 363 g/kWh (UBA estimate)."),
            advanced=True,
        )
        add(
            QgsProcessingParameterNumber(
                self.MIN_AREA_M2,
                self.tr("Minimum module area (m²)"),
                QgsProcessingParameterNumber.Type.Double,
                2.0,
                minValue=0.0,
                maxValue=1000.0,
            ),
            self.tr(
                "Smaller usable areas are 'too_small'. 2 m² = room for one module (LANUV); the Swiss "
                "sonnendach.ch uses 10 m²."
            ),
            advanced=True,
        )
        add(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area (only roofs inside)"), optional=True),
            self.tr(
                "Optional: evaluate only roofs whose centre lies in this area; surfaces of the input up to "
                "300 m around it still cast shadows."
            ),
        )
        add(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Roof solar potential"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr(
                "One row per roof surface: the input fields plus irradiation, shading loss, usable area, kWp, "
                "yield, CO₂ saved, suitability and solar class."
            ),
        )
        add(
            QgsProcessingParameterRasterDestination(
                self.OUTPUT_RASTER, self.tr("Irradiation raster"), optional=True, createByDefault=False
            ),
            self.tr("Optional GeoTIFF of the annual irradiation (kWh/m²) of every roof cell."),
        )
        for key, label in (
            (self.ROOF_COUNT, self.tr("Roof surfaces")),
            (self.SUITABLE_COUNT, self.tr("Suitable roof surfaces")),
            (self.TOTAL_KWP, self.tr("Total kWp of suitable roofs")),
            (self.TOTAL_YIELD_MWH, self.tr("Total yield of suitable roofs (MWh/a)")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        source = source_without_geometry_checks(self, parameters, self.INPUT, context)
        if source is None:
            raise NrwTwinError(self.tr("The surfaces layer could not be opened."))
        check_fields(source, ("surface_id", "building_id", "part_id", "surface_type"), self.tr("The input layer"))
        crs = source.sourceCrs()
        if not crs.isValid() or crs.isGeographic():
            crs = GRID_CRS
        surfaces = surfaces_from_source(source, context, feedback, target_crs=crs, what=self.tr("The input layer"))
        if not surfaces:
            raise NrwTwinError(self.tr("The input layer holds no surfaces. Import LoD2 CityGML first."))
        params = potential.SolarParameters(
            resolution=self.parameterAsDouble(parameters, self.RESOLUTION, context),
            model=MODELS[self.parameterAsEnum(parameters, self.MODEL, context)],
            kwp_per_m2=self.parameterAsDouble(parameters, self.KWP_PER_M2, context),
            performance_ratio=self.parameterAsDouble(parameters, self.PERFORMANCE_RATIO, context),
            co2_g_per_kwh=self.parameterAsDouble(parameters, self.CO2_G_PER_KWH, context),
            min_area_m2=self.parameterAsDouble(parameters, self.MIN_AREA_M2, context),
        )
        area = None
        if parameters.get(self.EXTENT):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if not rect.isNull() and not rect.isEmpty():
                area = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        rasters = self.read_rasters(parameters, context, crs, solar_run.shading_window(surfaces, params), progress)
        to_wgs84 = transform_to(crs, QgsCoordinateReferenceSystem("EPSG:4326"), context)

        def to_lonlat(x: float, y: float):
            point = to_wgs84.transform(QgsPointXY(x, y))
            return point.x(), point.y()

        with RunOutputs(self, parameters, context) as outputs:
            raster_path = outputs.file(self.OUTPUT_RASTER, layer=True)
            writer = GeoTiffWriter(raster_path, crs.toWkt(), outputs.final(raster_path)) if raster_path else None
            try:
                run = solar_run.roof_solar_run(
                    surfaces,
                    params,
                    to_lonlat,
                    weather_file=self.parameterAsFile(parameters, self.WEATHER, context) or None,
                    annual_ghi=self.parameterAsDouble(parameters, self.ANNUAL_GHI, context),
                    dem=rasters.get(self.DEM),
                    dom=rasters.get(self.DSM),
                    area=area,
                    progress=progress,
                    raster_sink=writer,
                )
                if writer is not None:
                    writer.close()  # checked: a raster that cannot be written stops the run before the table
            except BaseException:
                if writer is not None:
                    writer.abort()
                raise
            fields = output_fields(source.fields())
            sink, dest_id = outputs.sink(self.OUTPUT, fields, source.wkbType(), crs)
            written = self.write_roofs(source, context, crs, solar_run.results_by_surface(run), fields, sink, progress)
            outputs.commit(feedback)
        solar_run.log_totals(run, written, progress)
        layer_styles.style_output(context, dest_id, layer_styles.post_processor("solar"))
        progress.set_progress(100)
        results = {
            self.OUTPUT: dest_id,
            self.ROOF_COUNT: written,
            self.SUITABLE_COUNT: run.totals["suitable_surfaces"],
            self.TOTAL_KWP: run.totals["kwp"],
            self.TOTAL_YIELD_MWH: run.totals["yield_mwh"],
        }
        if raster_path:
            results[self.OUTPUT_RASTER] = outputs.final(raster_path)
        return results

    def read_rasters(self, parameters, context, crs, window, progress) -> Dict[str, object]:
        """The DSM and DEM layers as arrays over ``window`` (missing, empty or off-area ones left out)."""
        rasters = {}
        for key in (self.DSM, self.DEM):
            layer = self.parameterAsRasterLayer(parameters, key, context)
            if layer is None:
                continue
            if not same_position(layer.crs(), crs, layer.extent().center(), context):
                raise NrwTwinError(
                    self.tr(
                        "The raster {} is in {}, the surfaces in {}. Reproject it first (Raster ▸ Projections ▸ Warp)."
                    ).format(layer.name(), layer.crs().authid(), crs.authid())
                )
            rasters[key] = read_raster(layer, window)
            if rasters[key] is None:
                progress.warning(
                    self.tr("The raster {} does not overlap the buildings; it is ignored.").format(layer.name())
                )
        return rasters

    def write_roofs(self, source, context, crs, by_id, fields, sink, progress) -> int:
        """One output feature per evaluated roof: the input's attributes plus the result columns."""
        request = QgsFeatureRequest()
        if source.sourceCrs().isValid() and source.sourceCrs() != crs:
            request.setDestinationCrs(crs, context.transformContext())
        type_index = source.fields().indexOf("surface_type")
        id_index = source.fields().indexOf("surface_id")
        for feature in source.getFeatures(request):
            progress.check_canceled()
            attrs = feature.attributes()
            roof = by_id.pop(str(attrs[id_index]), None) if attrs[type_index] == "Roof" else None
            if roof is None:
                continue
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(attrs) + solar_run.result_values(roof))
            sink.add(out)
        return sink.count
