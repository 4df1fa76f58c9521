"""nrwtwin:importcitygml — CityGML LoD1/LoD2 buildings and their semantic 3D surfaces as two layers."""

from __future__ import annotations

import os
from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsWkbTypes,
)

from ..algorithms import citygml
from ..algorithms.citygml import gpkg
from ..algorithms.citygml.parser import paused_gc
from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from . import field_styles, layer_styles
from .base import FeedbackProgress, NrwAlgorithm, make_fields
from .outputs import RunOutputs, destination_value
from .qt_compat import FieldType

# (name, type, English label) of the surfaces layer; other algorithms read these names (surface_layer.py).
SURFACE_FIELDS = (
    ("surface_id", FieldType.String, msg("Surface ID")),
    ("building_id", FieldType.String, msg("Building ID")),
    ("part_id", FieldType.String, msg("Building part ID")),
    ("surface_type", FieldType.String, msg("Surface type")),
    ("area_m2", FieldType.Double, msg("Area (m²)")),
    ("tilt_deg", FieldType.Double, msg("Tilt (°)")),
    ("azimuth_deg", FieldType.Double, msg("Azimuth (°)")),
    ("z_min", FieldType.Double, msg("Height min (m)")),
    ("z_max", FieldType.Double, msg("Height max (m)")),
    ("lod", FieldType.Int, msg("LoD")),
)
field_styles.field_specs(SURFACE_FIELDS)  # their aliases also label layers that copy these fields

BUILDING_FIELD_TYPES = {
    "building_id": (FieldType.String, msg("Building ID")),
    "function": (FieldType.String, msg("Building function")),
    "roof_type": (FieldType.String, msg("Roof type")),
    "measured_height": (FieldType.Double, msg("Building height (m)")),
    "height": (FieldType.Double, msg("Height zmax−zmin (m)")),
    "storeys": (FieldType.Int, msg("Storeys")),
    "municipality_key": (FieldType.String, msg("Municipality key")),
    "street": (FieldType.String, msg("Street")),
    "house_number": (FieldType.String, msg("House number")),
    "postcode": (FieldType.String, msg("Postcode")),
    "city": (FieldType.String, msg("City")),
    "creation_date": (FieldType.String, msg("Creation date")),
    "lod": (FieldType.Int, msg("LoD")),
    "n_parts": (FieldType.Int, msg("Building parts")),
    "n_surfaces": (FieldType.Int, msg("Surfaces")),
    "footprint_area": (FieldType.Double, msg("Footprint area (m²)")),
    "ground_z": (FieldType.Double, msg("Ground height (m)")),
    "z_min": (FieldType.Double, msg("Height min (m)")),
    "z_max": (FieldType.Double, msg("Height max (m)")),
    "eaves_z": (FieldType.Double, msg("Eaves height absolute (m)")),
    "ridge_z": (FieldType.Double, msg("Ridge height absolute (m)")),
    "eaves_height": (FieldType.Double, msg("Eaves height (m)")),
    "ridge_height": (FieldType.Double, msg("Ridge height (m)")),
    "roof_area": (FieldType.Double, msg("Roof area (m²)")),
    "wall_area": (FieldType.Double, msg("Wall area (m²)")),
    "ground_area": (FieldType.Double, msg("Ground area (m²)")),
    "closure_area": (FieldType.Double, msg("Closure area (m²)")),
    "volume": (FieldType.Double, msg("Volume (m³)")),
    "shell_closed": (FieldType.Bool, msg("Shell closed")),
    "source_file": (FieldType.String, msg("Source file")),
}
GENERIC_FIELD = ("generic_attributes", FieldType.String, msg("Generic attributes (JSON)"))
# GeoPackage column kinds (gpkg.COLUMN_TYPES) of the field types used here.
GPKG_KINDS = {FieldType.String: "text", FieldType.Double: "real", FieldType.Int: "integer", FieldType.Bool: "boolean"}


def surface_fields() -> QgsFields:
    return make_fields(SURFACE_FIELDS)


# Layer field names carry their unit, as in the surfaces and measurement layers (area_m2, volume_m3);
# the engine's attribute keys stay short.
UNIT_FIELD_NAMES = {
    "measured_height": "measured_height_m",
    "height": "height_m",
    "footprint_area": "footprint_area_m2",
    "eaves_height": "eaves_height_m",
    "ridge_height": "ridge_height_m",
    "roof_area": "roof_area_m2",
    "wall_area": "wall_area_m2",
    "ground_area": "ground_area_m2",
    "closure_area": "closure_area_m2",
    "volume": "volume_m3",
}


def building_fields() -> QgsFields:
    spec = [(UNIT_FIELD_NAMES.get(name, name), *BUILDING_FIELD_TYPES[name]) for name in citygml.BUILDING_FIELDS]
    return make_fields(spec + [GENERIC_FIELD])


def gpkg_columns(fields: QgsFields):
    return [(field.name(), GPKG_KINDS[field.type()]) for field in fields]


def srs_definition(crs: QgsCoordinateReferenceSystem):
    """gpkg_spatial_ref_sys row of an EPSG CRS (WKT 1 as GDAL writes it); None for other CRSs."""
    authority, _, code = crs.authid().partition(":")
    if authority.upper() != "EPSG" or not code.isdigit():
        return None
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT1_GDAL)
    if not wkt:
        return None
    return gpkg.SrsDefinition(int(code), "EPSG", int(code), crs.description() or crs.authid(), wkt)


def gpkg_destination(value) -> str:
    """The GeoPackage file a destination parameter value names, '' when it is anything else (memory layer,
    TEMPORARY_OUTPUT, database URI, a layer inside a GeoPackage, appending to an existing layer, …)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        if getattr(value, "useRemapping", None) is not None and value.useRemapping():
            return ""
    path = destination_value(value)
    if not path.lower().endswith(".gpkg") or "|" in path or "://" in path:
        return ""
    if path.startswith(("memory:", "ogr:", "postgres:", "postgis:", "spatialite:")):
        return ""
    return path


def engine_crs(crs: QgsCoordinateReferenceSystem) -> str:
    """A CRS for the engine (pyproj): its EPSG authid, else its WKT."""
    authid = crs.authid()
    if authid.upper().startswith("EPSG:"):
        return authid
    return crs.toWkt(QgsCoordinateReferenceSystem.WktVariant.WKT2_2019)


def layer_crs(info) -> QgsCoordinateReferenceSystem:
    """The QGIS CRS of the engine's output CRS."""
    if info.horizontal_epsg:
        return QgsCoordinateReferenceSystem(f"EPSG:{info.horizontal_epsg}")
    return QgsCoordinateReferenceSystem.fromWkt(info.horizontal.to_wkt())


class SinkOutput:
    """A checked QGIS feature sink (memory layer, Shapefile, TEMPORARY_OUTPUT, …) fed with a batch's WKB."""

    def __init__(self, sink, fields: QgsFields) -> None:
        self.sink, self.fields = sink, fields

    def _feature(self, wkb, values) -> QgsFeature:
        feature = QgsFeature(self.fields)
        if wkb is not None:
            geometry = QgsGeometry()
            geometry.fromWkb(wkb)
            feature.setGeometry(geometry)
        feature.setAttributes(list(values))
        return feature

    def write_buildings(self, batch) -> None:
        self.sink.add_many(self._feature(wkb, values) for wkb, values in batch.building_features(BUILDING_NAMES))

    def write_surfaces(self, batch) -> None:
        self.sink.add_many(self._feature(wkb, values) for wkb, values in batch.surface_features())

    def close(self) -> None:
        return None


class GpkgOutput:
    """A GeoPackage file written directly by the engine (algorithms/citygml/gpkg.py) to a staged path."""

    def __init__(self, path: str, table: str, fields: QgsFields, srs, value_maps=None) -> None:
        self.writer = gpkg.GeoPackageWriter()
        self.key = self.writer.add_layer(path, table, gpkg_columns(fields), srs)
        self.srs_id = srs.srs_id
        self.fields, self.value_maps = fields, value_maps

    def write_buildings(self, batch) -> None:
        self.writer.add(self.key, *batch.building_rows(BUILDING_NAMES, self.srs_id))

    def write_surfaces(self, batch) -> None:
        rows, envelopes = batch.surface_rows(self.srs_id)
        self.writer.add(self.key, rows, envelopes.tolist())

    def close(self) -> None:
        # Aliases, value maps and the 2D style as the file's default style, written with the features in one
        # transaction (RunOutputs stores it for sinks).
        qml = layer_styles.output_style_document(self.fields, QgsWkbTypes.Type.MultiPolygonZ, self.value_maps)
        self.writer.set_style(self.key, gpkg.LayerStyle(qml, field_styles.STYLE_NAME, field_styles.STYLE_DESCRIPTION))
        self.writer.close()

    def abort(self) -> None:
        self.writer.abort()


BUILDING_NAMES = citygml.BUILDING_FIELDS
#: Coded fields of the buildings layer shown in words (ALKIS code lists).
BUILDING_VALUE_MAPS = {
    "function": field_styles.building_function_values,
    "roof_type": field_styles.roof_type_values,
}


class ImportCityGmlAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    EXTENT = "EXTENT"
    SOURCE_CRS = "SOURCE_CRS"
    TARGET_CRS = "TARGET_CRS"
    OUTPUT_BUILDINGS = "OUTPUT_BUILDINGS"
    OUTPUT_SURFACES = "OUTPUT_SURFACES"
    GROUP_ID = "nrwimport"

    def name(self) -> str:
        return "importcitygml"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Import CityGML (LoD1/LoD2)")

    def help_text(self) -> str:
        return self.tr(
            "Reads 3D building models — CityGML 1.0, 2.0 and 3.0 (LoD1/LoD2 of OpenGeodata.NRW, other German "
            "states and other producers; .gml, .xml, .gml.gz or .zip), CityJSON 1.1/2.0 (.json, .city.json) and "
            "CityJSONSeq (.city.jsonl) — and writes two layers: the buildings (one row per building, building parts "
            "merged, footprint with heights, areas, volume, roof type, function, address, municipality key) and "
            "their semantic 3D surfaces (one row per roof, wall, ground and closure surface with area, tilt, "
            "azimuth and height range), styled for the map and the 3D view.\n"
            "Input files: one or more files. Their coordinate reference system is read from the file (srsName, "
            "metadata.referenceSystem), including compound CRSs with heights and the axis order the CRS defines. "
            "Files in longitude/latitude are never measured in degrees: they are measured and written in TARGET_CRS "
            "or in a projected CRS chosen for their location (stated in the log).\n"
            "Source CRS: optional; the CRS of the coordinates when a file names none, and it overrides a wrong one. "
            "A file without CRS stops the import unless it is set.\n"
            "Area: optional; only buildings whose bounding box intersects it are imported.\n"
            "Target CRS: optional; x/y are reprojected into it with PROJ (heights unchanged).\n"
            "Broken buildings are skipped and listed in the log with their id and the reason; the two layers are "
            "written together or not at all.\n"
            "Source: https://www.opengeodata.nrw.de/produkte/geobasis/3dg/ (LoD2_32_E_N_1_NW.gml tiles)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        self.add_parameter(
            QgsProcessingParameterMultipleLayers(
                self.INPUT, self.tr("CityGML or CityJSON files"), QgsProcessing.SourceType.TypeFile
            ),
            self.tr(
                "CityGML 1.0/2.0/3.0 (.gml, .xml, .gml.gz, .zip) or CityJSON 1.1/2.0 (.json, .city.json, "
                ".city.jsonl) files with LoD1 or LoD2 buildings."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterExtent(self.EXTENT, self.tr("Area (optional)"), optional=True),
            self.tr("Only buildings whose bounding box intersects this area; any CRS."),
        )
        self.add_parameter(
            QgsProcessingParameterCrs(
                self.SOURCE_CRS, self.tr("Source CRS (optional; default: the CRS the files name)"), optional=True
            ),
            self.tr(
                "CRS of the files' coordinates: used when a file names no CRS (no srsName), and used instead of "
                "the CRS a file names when that one is wrong. Empty: the files' own CRS."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterCrs(
                self.TARGET_CRS, self.tr("Target CRS (optional; default: the files' CRS)"), optional=True
            ),
            self.tr(
                "CRS of the output layers; x/y are reprojected, heights stay. Empty: the files' CRS, or a projected "
                "CRS chosen for the data when the files are in longitude/latitude."
            ),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_BUILDINGS, self.tr("Buildings"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("One row per building: footprint (MultiPolygonZ) and attributes."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT_SURFACES, self.tr("Building surfaces (3D)"), QgsProcessing.SourceType.TypeVectorPolygon
            ),
            self.tr("One row per roof, wall, ground or closure surface (MultiPolygonZ)."),
        )
        for name, text in (
            ("BUILDING_COUNT", self.tr("Buildings imported")),
            ("SURFACE_COUNT", self.tr("Surfaces imported")),
            ("SKIPPED_COUNT", self.tr("Buildings skipped")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def input_paths(self, parameters, context) -> List[str]:
        paths = [p for p in self.parameterAsFileList(parameters, self.INPUT, context) if p]
        if not paths:
            raise NrwTwinError(msg("Choose at least one CityGML or CityJSON file."))
        return paths

    def optional_crs(self, parameters, name: str, context) -> Optional[QgsCoordinateReferenceSystem]:
        if parameters.get(name) in (None, ""):
            return None
        crs = self.parameterAsCrs(parameters, name, context)
        return crs if crs.isValid() else None

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        paths = self.input_paths(parameters, context)
        source = self.optional_crs(parameters, self.SOURCE_CRS, context)
        target = self.optional_crs(parameters, self.TARGET_CRS, context)
        run = citygml.ImportRun(
            paths,
            progress,
            target_crs=engine_crs(target) if target is not None else None,
            source_crs=engine_crs(source) if source is not None else None,
        )
        crs = target if target is not None else layer_crs(run.output_crs)
        run.extent = self.extent(parameters, context, crs)
        self.check_destinations(parameters)
        with RunOutputs(self, parameters, context) as outputs:
            buildings, b_dest = self.output(outputs, parameters, self.OUTPUT_BUILDINGS, building_fields(), crs)
            surfaces, s_dest = self.output(outputs, parameters, self.OUTPUT_SURFACES, surface_fields(), crs)
            try:
                self.write(run, buildings, surfaces)
            except BaseException:
                for output in (buildings, surfaces):
                    if isinstance(output, GpkgOutput):
                        output.abort()
                raise
            outputs.commit(feedback)
        report = run.report
        self.log_report(report, paths, progress)
        apply_styles(context, b_dest, s_dest)
        return {
            self.OUTPUT_BUILDINGS: b_dest,
            self.OUTPUT_SURFACES: s_dest,
            "BUILDING_COUNT": report.buildings,
            "SURFACE_COUNT": report.surfaces,
            "SKIPPED_COUNT": len(report.skipped),
        }

    def extent(self, parameters, context, crs) -> Optional[Tuple[float, float, float, float]]:
        if parameters.get(self.EXTENT) in (None, ""):
            return None
        rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
        if rect.isNull() or rect.isEmpty():
            return None
        return (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())

    def check_destinations(self, parameters) -> None:
        same = [gpkg_destination(parameters.get(name)) for name in (self.OUTPUT_BUILDINGS, self.OUTPUT_SURFACES)]
        if same[0] and os.path.abspath(same[0]) == os.path.abspath(same[1]):
            raise NrwTwinError(msg("Buildings and surfaces need two different output files (both are {}).", same[0]))

    def output(self, outputs: RunOutputs, parameters, name: str, fields: QgsFields, crs):
        """A direct GeoPackage writer on a staged path for a .gpkg file in an EPSG CRS, else a checked QGIS sink."""
        srs = srs_definition(crs)
        value_maps = BUILDING_VALUE_MAPS if fields.indexOf("roof_type") >= 0 else None
        if srs is not None and gpkg_destination(parameters.get(name)):
            staged = outputs.file(name, layer=True)
            final = outputs.final(staged)
            table = os.path.splitext(os.path.basename(final))[0]
            return GpkgOutput(staged, table, fields, srs, value_maps), final
        sink, dest = outputs.sink(name, fields, QgsWkbTypes.Type.MultiPolygonZ, crs, value_maps=value_maps)
        return SinkOutput(sink, fields), dest

    def write(self, run, buildings, surfaces) -> None:
        """Stream the measured batches into both outputs and finish them."""
        # Python's cycle collector is paused for the whole import (restored afterwards): batches and rows are
        # many small objects without reference cycles, and every collection would rescan them and the
        # ~100,000 objects of QGIS's Python side (see docs/citygml.md).
        with paused_gc():
            for batch in run.batches():
                surfaces.write_surfaces(batch)
                buildings.write_buildings(batch)
            surfaces.close()
            buildings.close()

    def log_report(self, report, paths, progress) -> None:
        if report.output_crs is not None:
            progress.info(self.tr("Output CRS: {}.").format(report.output_crs.authid))
        progress.info(
            self.tr("{} buildings ({} building parts) with {} surfaces imported from {} file(s).").format(
                report.buildings, report.parts, report.surfaces, len(paths)
            )
        )
        if report.outside_extent:
            progress.info(self.tr("{} buildings lie outside the area.").format(report.outside_extent))
        if report.generated_ids:
            progress.info(
                self.tr("{} buildings had no gml:id; they got generated ids (file name and number).").format(
                    report.generated_ids
                )
            )
        if report.flipped_buildings:
            progress.info(
                self.tr(
                    "{} buildings had rings oriented inward (clockwise seen from outside); they were turned so roofs "
                    "face up."
                ).format(report.flipped_buildings)
            )
        for name in report.empty_files:
            progress.info(self.tr("{} contains no buildings (empty tile).").format(name))
        if report.skipped:
            progress.warning(
                self.tr("{} buildings were skipped because they are broken (listed above).").format(len(report.skipped))
            )


def apply_styles(context, buildings_id: str, surfaces_id: str) -> None:
    """Style the layers loaded after the run (stored 2D style, aliases, value maps and the 3D renderer)."""
    for dest, kind in ((buildings_id, "buildings"), (surfaces_id, "surfaces")):
        layer_styles.style_output(context, dest, layer_styles.post_processor(kind))
