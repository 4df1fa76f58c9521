"""nrwtwin:importcitygml — CityGML LoD1/LoD2 buildings and their semantic 3D surfaces as two layers."""

from __future__ import annotations

import json
import os
from typing import List

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingParameterCrs,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsProperty,
    QgsWkbTypes,
)

from ..algorithms import citygml
from ..algorithms.citygml import gpkg, parallel
from ..algorithms.citygml.parser import paused_gc
from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import msg
from . import field_styles, layer_styles
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm, make_fields
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
BATCH_BUILDINGS = 64
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


def geometry_from_polygons(polygons) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(citygml.multipolygon_z_wkb(polygons))
    return geometry


def gpkg_columns(fields: QgsFields):
    return [(field.name(), GPKG_KINDS[field.type()]) for field in fields]


def srs_definition(crs: QgsCoordinateReferenceSystem):
    """gpkg_spatial_ref_sys row of an EPSG CRS (WKT 1 as GDAL writes it); None for other CRSs."""
    authority, _, code = crs.authid().partition(":")
    if authority.upper() != "EPSG" or not code.isdigit():
        return None
    wkt = crs.toWkt(QgsCoordinateReferenceSystem.WKT1_GDAL)
    if not wkt:
        return None
    return gpkg.SrsDefinition(int(code), "EPSG", int(code), crs.description() or crs.authid(), wkt)


def gpkg_destination(value) -> str:
    """The GeoPackage file a destination parameter value names, '' when it is anything else (memory layer,
    TEMPORARY_OUTPUT, database URI, a layer inside a GeoPackage, appending to an existing layer, …)."""
    if isinstance(value, QgsProcessingOutputLayerDefinition):
        if getattr(value, "useRemapping", None) is not None and value.useRemapping():
            return ""
        sink = value.sink
        if sink.propertyType() != QgsProperty.StaticProperty:
            return ""
        value = sink.staticValue()
    if not isinstance(value, str):
        return ""
    path = value.strip()
    if not path.lower().endswith(".gpkg") or "|" in path or "://" in path:
        return ""
    if path.startswith(("memory:", "ogr:", "postgres:", "postgis:", "spatialite:")):
        return ""
    return path


class SinkOutput:
    """A QGIS feature sink (memory layer, shapefile, TEMPORARY_OUTPUT, …)."""

    def __init__(self, sink, fields: QgsFields) -> None:
        self.sink, self.fields = sink, fields

    def write_buildings(self, records) -> None:
        names = citygml.BUILDING_FIELDS
        features = []
        for record in records:
            attrs = record.attributes
            feature = QgsFeature(self.fields)
            feature.setGeometry(geometry_from_polygons(record.footprint))
            feature.setAttributes(
                [attrs.get(name) for name in names] + [json.dumps(attrs.get("generic") or {}, ensure_ascii=False)]
            )
            features.append(feature)
        self.sink.addFeatures(features, QgsFeatureSink.FastInsert)

    def write_surfaces(self, records) -> None:
        features = []
        for record in records:
            for surface in record.surfaces:
                feature = QgsFeature(self.fields)
                feature.setGeometry(geometry_from_polygons(surface.polygons))
                feature.setAttributes(
                    [
                        surface.surface_id,
                        surface.building_id,
                        surface.part_id,
                        surface.surface_type,
                        surface.area_m2,
                        surface.tilt_deg,
                        surface.azimuth_deg,
                        surface.z_min,
                        surface.z_max,
                        surface.lod,
                    ]
                )
                features.append(feature)
        self.sink.addFeatures(features, QgsFeatureSink.FastInsert)


class GpkgOutput:
    """A GeoPackage file written directly by the engine (algorithms/citygml/gpkg.py), loaded by QGIS after the run."""

    def __init__(self, writer: "gpkg.GeoPackageWriter", key: int, srs_id: int) -> None:
        self.writer, self.key, self.srs_id = writer, key, srs_id

    def write_buildings(self, records) -> None:
        rows, envelopes = gpkg.building_rows(records, citygml.BUILDING_FIELDS, self.srs_id)
        self.writer.add(self.key, rows, envelopes)

    def write_surfaces(self, records) -> None:
        rows, envelopes = gpkg.surface_rows(records, self.srs_id)
        self.writer.add(self.key, rows, envelopes)


class ImportCityGmlAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    EXTENT = "EXTENT"
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
            "Reads CityGML 1.0/2.0 building models (LoD2 and LoD1 of OpenGeodata.NRW and other German states; "
            ".gml, .xml, .gml.gz or .zip) and writes two layers: the buildings (one row per building, "
            "building parts merged, footprint with heights, areas, volume, roof type, function, address, "
            "municipality key) and their semantic 3D surfaces (one row per roof, wall, ground and closure "
            "surface with area, tilt, azimuth and height range), styled for the map and the 3D view.\n"
            "Input files: one or more CityGML files; they must share one coordinate reference system, "
            "which the layers keep (EPSG:25832 for NRW).\n"
            "Area: optional; only buildings whose bounding box intersects it are imported.\n"
            "Target CRS: optional; x/y are reprojected into it with PROJ (heights unchanged); default: the CRS "
            "of the files.\n"
            "Broken buildings are skipped and listed in the log with their gml:id and the reason.\n"
            "Source: https://www.opengeodata.nrw.de/produkte/geobasis/3dg/ (LoD2_32_E_N_1_NW.gml tiles)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        inputs = QgsProcessingParameterMultipleLayers(self.INPUT, self.tr("CityGML files"), QgsProcessing.TypeFile)
        extent = QgsProcessingParameterExtent(self.EXTENT, self.tr("Area (optional)"), optional=True)
        target_crs = QgsProcessingParameterCrs(
            self.TARGET_CRS, self.tr("Target CRS (optional; default: the files' CRS)"), optional=True
        )
        buildings = QgsProcessingParameterFeatureSink(
            self.OUTPUT_BUILDINGS, self.tr("Buildings"), QgsProcessing.TypeVectorPolygon
        )
        surfaces = QgsProcessingParameterFeatureSink(
            self.OUTPUT_SURFACES, self.tr("Building surfaces (3D)"), QgsProcessing.TypeVectorPolygon
        )
        for parameter, text in (
            (inputs, self.tr("CityGML files (.gml, .xml, .gml.gz, .zip) with LoD1 or LoD2 buildings.")),
            (extent, self.tr("Only buildings whose bounding box intersects this area; any CRS.")),
            (
                target_crs,
                self.tr("CRS of the output layers; x/y are reprojected, heights stay. Empty: the files' CRS."),
            ),
            (buildings, self.tr("One row per building: footprint (MultiPolygonZ) and attributes.")),
            (surfaces, self.tr("One row per roof, wall, ground or closure surface (MultiPolygonZ).")),
        ):
            if hasattr(parameter, "setHelp"):
                parameter.setHelp(text)
            self.addParameter(parameter)
        for name, text in (
            ("BUILDING_COUNT", self.tr("Buildings imported")),
            ("SURFACE_COUNT", self.tr("Surfaces imported")),
            ("SKIPPED_COUNT", self.tr("Buildings skipped")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, text))

    def input_paths(self, parameters, context) -> List[str]:
        paths = [p for p in self.parameterAsFileList(parameters, self.INPUT, context) if p]
        if not paths:
            raise NrwTwinError(self.tr("Choose at least one CityGML file."))
        return paths

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        paths = self.input_paths(parameters, context)
        crs_infos = [citygml.peek_crs(path) for path in paths]
        known = {info.horizontal_epsg for info in crs_infos if info is not None}
        if len(known) > 1:
            raise NrwTwinError(
                self.tr("The files use different coordinate reference systems ({}); import them separately.").format(
                    ", ".join(f"EPSG:{code}" for code in sorted(known))
                )
            )
        source_crs = QgsCoordinateReferenceSystem(f"EPSG:{known.pop()}") if known else GRID_CRS
        crs, engine_target = source_crs, None
        if parameters.get(self.TARGET_CRS) not in (None, ""):
            target = self.parameterAsCrs(parameters, self.TARGET_CRS, context)
            if target.isValid() and target != source_crs:
                crs = target
                authid = target.authid()
                engine_target = authid if authid.upper().startswith("EPSG:") else target.toWkt()
        extent = None
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        b_fields, s_fields = building_fields(), surface_fields()
        srs = srs_definition(crs)
        writer = gpkg.GeoPackageWriter()
        outputs, results, sinks, new_files = {}, {}, [], []
        same = [gpkg_destination(parameters.get(name)) for name in (self.OUTPUT_BUILDINGS, self.OUTPUT_SURFACES)]
        if same[0] and os.path.abspath(same[0]) == os.path.abspath(same[1]):
            raise NrwTwinError(
                self.tr("Buildings and surfaces need two different output files (both are {}).").format(same[0])
            )
        for name, fields in ((self.OUTPUT_BUILDINGS, b_fields), (self.OUTPUT_SURFACES, s_fields)):
            path = gpkg_destination(parameters.get(name)) if srs is not None else ""
            if path:
                # Fast path: the engine writes the GeoPackage itself; QGIS loads it when the run is done.
                dest = self.parameterAsOutputLayer(parameters, name, context)
                table = os.path.splitext(os.path.basename(dest))[0]
                key = writer.add_layer(dest, table, gpkg_columns(fields), srs)
                outputs[name] = GpkgOutput(writer, key, srs.srs_id)
                results[name] = dest
                continue
            # Files that exist before the run are never deleted (a GeoPackage may hold other layers).
            raw = parameters.get(name)
            if isinstance(raw, QgsProcessingOutputLayerDefinition):
                raw = raw.sink.staticValue() if raw.sink.propertyType() == QgsProperty.StaticProperty else ""
            path = output_file(raw if isinstance(raw, str) else "")
            if path and not os.path.exists(path):
                new_files.append(path)
            sink, dest = self.parameterAsSink(parameters, name, context, fields, QgsWkbTypes.MultiPolygonZ, crs)
            if sink is None:
                raise QgsProcessingException(self.tr("Cannot create the output layers."))
            sinks.append(sink)
            outputs[name] = SinkOutput(sink, fields)
            results[name] = dest
        try:
            report = self.write(
                paths, extent, engine_target, progress, outputs[self.OUTPUT_BUILDINGS], outputs[self.OUTPUT_SURFACES]
            )
            writer.close()
            store_styles(outputs, results, {self.OUTPUT_BUILDINGS: b_fields, self.OUTPUT_SURFACES: s_fields})
        except BaseException:
            writer.abort()
            outputs.clear()
            del sinks[:]
            remove_outputs(new_files)
            raise
        outputs.clear()
        del sinks[:]
        self.log_report(report, paths, progress)
        apply_styles(context, results[self.OUTPUT_BUILDINGS], results[self.OUTPUT_SURFACES])
        return {
            self.OUTPUT_BUILDINGS: results[self.OUTPUT_BUILDINGS],
            self.OUTPUT_SURFACES: results[self.OUTPUT_SURFACES],
            "BUILDING_COUNT": report.buildings,
            "SURFACE_COUNT": report.surfaces,
            "SKIPPED_COUNT": len(report.skipped),
        }

    def write(self, paths, extent, target_crs, progress, buildings, surfaces) -> "citygml.ReadReport":
        """Stream the buildings into both outputs in batches; returns the read report."""
        # Python's cycle collector is paused for the whole import (restored afterwards): records and rows are
        # many small objects without reference cycles, and every collection would rescan them and the
        # ~100,000 objects of QGIS's Python side (0.15 s of 0.7 s on a 40 MB tile, see docs/citygml.md).
        with paused_gc():
            if isinstance(buildings, GpkgOutput) and isinstance(surfaces, GpkgOutput):
                return self._write_rows(paths, extent, target_crs, progress, buildings, surfaces)
            return self._write(paths, extent, target_crs, progress, buildings, surfaces)

    def _write_rows(self, paths, extent, target_crs, progress, buildings, surfaces) -> "citygml.ReadReport":
        """GeoPackage outputs: rows are made by the engine, for large files partly in a forked process."""
        report = citygml.ReadReport()
        names, b_srs, s_srs = citygml.BUILDING_FIELDS, buildings.srs_id, surfaces.srs_id

        def convert(batch):
            return gpkg.surface_rows(batch, s_srs), gpkg.building_rows(batch, names, b_srs)

        for (s_rows, s_envelopes), (b_rows, b_envelopes) in parallel.iter_converted(
            paths, convert, progress, extent, target_crs, report, processes=fork_processes()
        ):
            surfaces.writer.add(surfaces.key, s_rows, s_envelopes)
            buildings.writer.add(buildings.key, b_rows, b_envelopes)
        return report

    def _write(self, paths, extent, target_crs, progress, buildings, surfaces) -> "citygml.ReadReport":
        report = citygml.ReadReport()
        batch = []
        for record in citygml.iter_buildings(paths, progress, extent, target_crs, report):
            batch.append(record)
            if len(batch) >= BATCH_BUILDINGS:
                surfaces.write_surfaces(batch)
                buildings.write_buildings(batch)
                batch = []
        if batch:
            surfaces.write_surfaces(batch)
            buildings.write_buildings(batch)
        return report

    def log_report(self, report, paths, progress) -> None:
        progress.info(
            self.tr("{} buildings ({} building parts) with {} surfaces imported from {} file(s).").format(
                report.buildings, report.parts, report.surfaces, len(paths)
            )
        )
        if report.outside_extent:
            progress.info(self.tr("{} buildings lie outside the area.").format(report.outside_extent))
        for name in report.empty_files:
            progress.info(self.tr("{} contains no buildings (empty tile).").format(name))
        if report.skipped:
            progress.warning(self.tr("{} buildings were skipped because they are broken:").format(len(report.skipped)))
            for item in report.skipped:
                progress.warning(f"  {item.source_file}: {item.gml_id}: {item.reason}")


def fork_processes() -> int:
    """2 where the second half of a large file may be read by a forked process, else 1.

    Not inside the QGIS desktop application: its other threads (rendering, network, GDAL) may hold locks a
    forked child would wait for forever; qgis_process, the Python console of a standalone QgsApplication and
    scripts have no such threads busy. Also off when NRWTWIN_PROCESSES=1. See docs/citygml.md.
    """
    if os.environ.get("NRWTWIN_PROCESSES", "").strip() == "1":
        return 1
    app = QgsApplication.instance()
    platform = QgsApplication.platform() if app is not None else "external"
    return 1 if platform == "desktop" else 2


#: Coded fields of the buildings layer shown in words (ALKIS code lists).
BUILDING_VALUE_MAPS = {
    "function": field_styles.building_function_values,
    "roof_type": field_styles.roof_type_values,
}


def store_styles(outputs, results, fields_by_output) -> None:
    """Aliases, value maps and the 2D style as the default style of the GeoPackages written directly."""
    for name, fields in fields_by_output.items():
        if isinstance(outputs.get(name), GpkgOutput):
            path = results[name]
            table = os.path.splitext(os.path.basename(path))[0]
            value_maps = BUILDING_VALUE_MAPS if fields.indexOf("roof_type") >= 0 else None
            layer_styles.store_output_style(path, table, fields, QgsWkbTypes.Type.MultiPolygonZ, value_maps)


def apply_styles(context, buildings_id: str, surfaces_id: str) -> None:
    """Style the layers loaded after the run (stored 2D style, aliases, value maps and the 3D renderer)."""
    for dest, kind in ((buildings_id, "buildings"), (surfaces_id, "surfaces")):
        layer_styles.style_output(context, dest, layer_styles.post_processor(kind))


def output_file(destination) -> str:
    """The file behind a Processing destination ('' for memory layers and databases)."""
    path = str(destination or "").split("|")[0]
    if not path or path.startswith(("memory:", "ogr:", "postgres:", "postgis:", "spatialite:")) or "://" in path:
        return ""
    return path


def remove_outputs(paths) -> None:
    """Delete output files this run created, so a failed run leaves nothing under the final name."""
    for path in paths:
        for candidate in (path, path + "-wal", path + "-shm", path + "-journal"):
            if os.path.isfile(candidate):
                os.remove(candidate)
