"""nrwtwin:importcitygml — CityGML LoD1/LoD2 buildings and their semantic 3D surfaces as two layers."""

from __future__ import annotations

import json
import os
from typing import List

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterMultipleLayers,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..algorithms import citygml
from ..algorithms.errors import NrwTwinError
from .base import GRID_CRS, FeedbackProgress, NrwAlgorithm

# (name, type, German alias) of the surfaces layer; other algorithms read these names (surface_layer.py).
SURFACE_FIELDS = (
    ("surface_id", QVariant.String, "Flächen-ID"),
    ("building_id", QVariant.String, "Gebäude-ID"),
    ("part_id", QVariant.String, "Gebäudeteil-ID"),
    ("surface_type", QVariant.String, "Flächenart"),
    ("area_m2", QVariant.Double, "Fläche (m²)"),
    ("tilt_deg", QVariant.Double, "Neigung (°)"),
    ("azimuth_deg", QVariant.Double, "Ausrichtung (°)"),
    ("z_min", QVariant.Double, "Höhe min (m)"),
    ("z_max", QVariant.Double, "Höhe max (m)"),
    ("lod", QVariant.Int, "LoD"),
)

BUILDING_FIELD_TYPES = {
    "building_id": (QVariant.String, "Gebäude-ID"),
    "function": (QVariant.String, "Gebäudefunktion"),
    "roof_type": (QVariant.String, "Dachform"),
    "measured_height": (QVariant.Double, "Gebäudehöhe (m)"),
    "height": (QVariant.Double, "Höhe zmax−zmin (m)"),
    "storeys": (QVariant.Int, "Geschosse"),
    "municipality_key": (QVariant.String, "Gemeindeschlüssel"),
    "street": (QVariant.String, "Straße"),
    "house_number": (QVariant.String, "Hausnummer"),
    "postcode": (QVariant.String, "Postleitzahl"),
    "city": (QVariant.String, "Ort"),
    "creation_date": (QVariant.String, "Erstellungsdatum"),
    "lod": (QVariant.Int, "LoD"),
    "n_parts": (QVariant.Int, "Gebäudeteile"),
    "n_surfaces": (QVariant.Int, "Flächen"),
    "footprint_area": (QVariant.Double, "Grundfläche (m²)"),
    "ground_z": (QVariant.Double, "Bodenhöhe (m)"),
    "z_min": (QVariant.Double, "Höhe min (m)"),
    "z_max": (QVariant.Double, "Höhe max (m)"),
    "eaves_z": (QVariant.Double, "Traufhöhe absolut (m)"),
    "ridge_z": (QVariant.Double, "Firsthöhe absolut (m)"),
    "eaves_height": (QVariant.Double, "Traufhöhe (m)"),
    "ridge_height": (QVariant.Double, "Firsthöhe (m)"),
    "roof_area": (QVariant.Double, "Dachfläche (m²)"),
    "wall_area": (QVariant.Double, "Wandfläche (m²)"),
    "ground_area": (QVariant.Double, "Bodenfläche (m²)"),
    "closure_area": (QVariant.Double, "Abschlussfläche (m²)"),
    "volume": (QVariant.Double, "Volumen (m³)"),
    "shell_closed": (QVariant.Bool, "Hülle geschlossen"),
    "source_file": (QVariant.String, "Quelldatei"),
}
GENERIC_FIELD = ("generic_attributes", QVariant.String, "Generische Attribute (JSON)")
BATCH = 2000


def make_fields(spec) -> QgsFields:
    fields = QgsFields()
    for name, kind, alias in spec:
        field = QgsField(name, kind)
        field.setAlias(alias)
        fields.append(field)
    return fields


def surface_fields() -> QgsFields:
    return make_fields(SURFACE_FIELDS)


def building_fields() -> QgsFields:
    spec = [(name, *BUILDING_FIELD_TYPES[name]) for name in citygml.BUILDING_FIELDS]
    return make_fields(spec + [GENERIC_FIELD])


def geometry_from_polygons(polygons) -> QgsGeometry:
    geometry = QgsGeometry()
    geometry.fromWkb(citygml.multipolygon_z_wkb(polygons))
    return geometry


class ImportCityGmlAlgorithm(NrwAlgorithm):
    INPUT = "INPUT"
    EXTENT = "EXTENT"
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
            "Broken buildings are skipped and listed in the log with their gml:id and the reason.\n"
            "Source: https://www.opengeodata.nrw.de/produkte/geobasis/3dg/ (LoD2_32_E_N_1_NW.gml tiles)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        inputs = QgsProcessingParameterMultipleLayers(self.INPUT, self.tr("CityGML files"), QgsProcessing.TypeFile)
        extent = QgsProcessingParameterExtent(self.EXTENT, self.tr("Area (optional)"), optional=True)
        buildings = QgsProcessingParameterFeatureSink(
            self.OUTPUT_BUILDINGS, self.tr("Buildings"), QgsProcessing.TypeVectorPolygon
        )
        surfaces = QgsProcessingParameterFeatureSink(
            self.OUTPUT_SURFACES, self.tr("Building surfaces (3D)"), QgsProcessing.TypeVectorPolygon
        )
        for parameter, text in (
            (inputs, self.tr("CityGML files (.gml, .xml, .gml.gz, .zip) with LoD1 or LoD2 buildings.")),
            (extent, self.tr("Only buildings whose bounding box intersects this area; any CRS.")),
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

    def run(self, parameters, context, feedback):
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
        crs = QgsCoordinateReferenceSystem(f"EPSG:{known.pop()}") if known else GRID_CRS
        extent = None
        if parameters.get(self.EXTENT) not in (None, ""):
            rect = self.parameterAsExtent(parameters, self.EXTENT, context, crs)
            if not rect.isNull() and not rect.isEmpty():
                extent = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        b_fields, s_fields = building_fields(), surface_fields()
        # Files that exist before the run are never deleted (a GeoPackage may hold other layers).
        new_files = [
            path
            for path in (
                output_file(self.parameterAsOutputLayer(parameters, name, context))
                for name in (self.OUTPUT_BUILDINGS, self.OUTPUT_SURFACES)
            )
            if path and not os.path.exists(path)
        ]
        b_sink, b_dest = self.parameterAsSink(
            parameters, self.OUTPUT_BUILDINGS, context, b_fields, QgsWkbTypes.MultiPolygonZ, crs
        )
        s_sink, s_dest = self.parameterAsSink(
            parameters, self.OUTPUT_SURFACES, context, s_fields, QgsWkbTypes.MultiPolygonZ, crs
        )
        if b_sink is None or s_sink is None:
            raise QgsProcessingException(self.tr("Cannot create the output layers."))
        try:
            report = self.write(paths, extent, progress, b_sink, s_sink, b_fields, s_fields)
        except BaseException:
            del b_sink, s_sink
            remove_outputs(new_files)
            raise
        del b_sink, s_sink
        self.log_report(report, paths, progress)
        apply_styles(context, b_dest, s_dest)
        return {
            self.OUTPUT_BUILDINGS: b_dest,
            self.OUTPUT_SURFACES: s_dest,
            "BUILDING_COUNT": report.buildings,
            "SURFACE_COUNT": report.surfaces,
            "SKIPPED_COUNT": len(report.skipped),
        }

    def write(self, paths, extent, progress, b_sink, s_sink, b_fields, s_fields) -> "citygml.ReadReport":
        """Stream the buildings into the two sinks in batches; returns the read report."""
        report = citygml.ReadReport()
        b_batch: List[QgsFeature] = []
        s_batch: List[QgsFeature] = []
        names = citygml.BUILDING_FIELDS
        for record in citygml.iter_buildings(paths, progress, extent, None, report):
            attrs = record.attributes
            feature = QgsFeature(b_fields)
            feature.setGeometry(geometry_from_polygons(record.footprint))
            feature.setAttributes(
                [attrs.get(name) for name in names] + [json.dumps(attrs.get("generic") or {}, ensure_ascii=False)]
            )
            b_batch.append(feature)
            for surface in record.surfaces:
                feature = QgsFeature(s_fields)
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
                s_batch.append(feature)
            if len(s_batch) >= BATCH:
                s_sink.addFeatures(s_batch, QgsFeatureSink.FastInsert)
                b_sink.addFeatures(b_batch, QgsFeatureSink.FastInsert)
                s_batch, b_batch = [], []
        s_sink.addFeatures(s_batch, QgsFeatureSink.FastInsert)
        b_sink.addFeatures(b_batch, QgsFeatureSink.FastInsert)
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


def apply_styles(context, buildings_id: str, surfaces_id: str) -> None:
    """Style the layers loaded after the run (2D styles from ui/styles/*.qml and the 3D renderer)."""
    try:
        from qgis.core import QgsProcessingLayerPostProcessorInterface  # noqa: F401

        from ..ui import layer_styles
    except ImportError:  # pragma: no cover - very old QGIS
        return
    for dest, kind in ((buildings_id, "buildings"), (surfaces_id, "surfaces")):
        if dest and context.willLoadLayerOnCompletion(dest):
            details = context.layerToLoadOnCompletionDetails(dest)
            details.setPostProcessor(layer_styles.post_processor(kind))


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
