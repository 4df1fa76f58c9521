"""nrwtwin:buildingreport — HTML and PDF report per building: map, 3D sketch, measurements, solar, parcels."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Dict, List, Mapping, Sequence, Tuple

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)

from ..algorithms import metrics, report_html
from ..algorithms.errors import Canceled, NrwTwinError
from ..algorithms.files import atomic_path
from ..algorithms.model import Surface
from .alg_buildingmetrics import building_attributes, footprint_geometry, read_surfaces
from .base import FeedbackProgress, NrwAlgorithm
from .report_layout import (
    MAP_RECT,
    ReportPage,
    build_layout,
    export_pdf,
    highlight_layer,
    outline_layer,
    render_map_png,
    report_extent,
)
from .surface_layer import source_without_geometry_checks

ADDRESS_KEYS = ("street", "house_number", "postcode", "city")


def _plain(value):
    """Python value of a feature attribute (NULL → None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def unknown_ids_message(missing: Sequence[str], known: Sequence[str], layer_name: str, tr=str) -> str:
    sample = ", ".join(list(known)[:3])
    return tr(
        "Building id(s) not found in the surfaces layer '{}': {}. Building ids are the values of its field "
        "building_id (for example {}); find one with the Identify tool on a building or in the attribute "
        "table, or click a building with the building tool of the dock."
    ).format(layer_name, ", ".join(missing), sample or "none: the layer is empty")


def raw_building_rows(source, ids: Sequence[str]) -> Dict[str, Dict[str, object]]:
    """All attributes of the requested buildings from the buildings layer (first row per id)."""
    if source is None or "building_id" not in source.fields().names():
        return {}
    wanted = set(ids)
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    rows: Dict[str, Dict[str, object]] = {}
    names = source.fields().names()
    for feature in source.getFeatures(request):
        building_id = str(_plain(feature["building_id"]))
        if building_id in wanted and building_id not in rows:
            rows[building_id] = {name: _plain(feature[name]) for name in names}
    return rows


def solar_rows(source, ids: Sequence[str], surfaces_by_building: Mapping[str, Sequence[Surface]]):
    """roofsolar rows per building: joined by building_id when the layer has it, else by surface_id."""
    if source is None:
        return {}
    names = source.fields().names()
    by_surface = {}
    if "building_id" not in names:
        if "surface_id" not in names:
            raise NrwTwinError(
                "The solar layer lacks the fields building_id and surface_id. Use the output of "
                "'Roof solar potential' (nrwtwin:roofsolar)."
            )
        by_surface = {s.surface_id: b for b in ids for s in surfaces_by_building.get(b, [])}
    result: Dict[str, List[Dict[str, object]]] = {b: [] for b in ids}
    request = QgsFeatureRequest()
    request.setFlags(QgsFeatureRequest.NoGeometry)
    for feature in source.getFeatures(request):
        if "building_id" in names:
            key = str(_plain(feature["building_id"]))
        else:
            key = by_surface.get(str(_plain(feature["surface_id"])))
        if key in result:
            result[key].append({name: _plain(feature[name]) for name in names})
    return result


def parcel_rows(source, footprint: QgsGeometry, crs, context) -> Tuple[List[Dict[str, object]], List[QgsGeometry]]:
    """Parcels intersecting the footprint: attributes with the overlap area (m²), and their geometries."""
    if footprint.isNull():
        return [], []
    request = QgsFeatureRequest()
    request.setDestinationCrs(crs, context.transformContext() if context else QgsProject.instance().transformContext())
    request.setFilterRect(footprint.boundingBox())
    rows = []
    names = source.fields().names()
    for feature in source.getFeatures(request):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or not geometry.intersects(footprint):
            continue
        overlap = geometry.intersection(footprint).area()
        if overlap <= 0.01:
            continue
        row = {name: _plain(feature[name]) for name in names if name.lower() not in ("fid", "ogc_fid", "gml_id")}
        row["overlap_m2"] = overlap
        rows.append((row, QgsGeometry(geometry)))
    rows.sort(key=lambda r: -r[0]["overlap_m2"])
    return [r for r, _ in rows], [g for _, g in rows]


def report_labels(tr) -> Dict[str, str]:
    """The report's labels through ``tr`` (literal strings, so the translation script collects them)."""
    return {
        "title": tr("Building report"),
        "building_id": tr("Building id"),
        "function": tr("Function"),
        "roof_type": tr("Roof type"),
        "measurements": tr("Measurements (3D, from the LoD2 model)"),
        "roof_area": tr("Roof area (3D)"),
        "roof_area_n": tr("Roof area facing north"),
        "roof_area_e": tr("Roof area facing east"),
        "roof_area_s": tr("Roof area facing south"),
        "roof_area_w": tr("Roof area facing west"),
        "roof_area_flat": tr("Flat roof area (≤ 10°)"),
        "facade_area": tr("Facade area"),
        "facade_area_n": tr("Facade area north"),
        "facade_area_e": tr("Facade area east"),
        "facade_area_s": tr("Facade area south"),
        "facade_area_w": tr("Facade area west"),
        "footprint_area": tr("Footprint area"),
        "eaves_height": tr("Eaves height"),
        "ridge_height": tr("Ridge height"),
        "measured_height": tr("Building height"),
        "roof_pitch": tr("Roof pitch (min / main / max)"),
        "volume": tr("Volume"),
        "shell_open": tr("(shell not closed: approximate)"),
        "storeys": tr("Storeys"),
        "storeys_file": tr("from the file"),
        "storeys_estimated": tr("estimated with {} m per storey"),
        "gross_floor_area": tr("Gross floor area"),
        "solar": tr("Solar potential"),
        "solar_roofs": tr("Roof faces"),
        "solar_irradiation": tr("Mean irradiation"),
        "solar_usable_area": tr("Usable module area"),
        "solar_kwp": tr("Installable peak power"),
        "solar_yield": tr("Annual yield"),
        "solar_suitability": tr("Suitability"),
        "parcels": tr("Parcels"),
        "parcel_overlap": tr("Building area on the parcel"),
        "no_parcels": tr("No parcel intersects the footprint."),
        "map": tr("Map"),
        "sketch": tr("3D sketch"),
        "sources": tr("Data sources and licence"),
        "generated": tr("Generated with the QGIS plugin NRW Digital Twin."),
        "address": tr("Address"),
    }


class BuildingReportAlgorithm(NrwAlgorithm):
    BUILDING_ID = "BUILDING_ID"
    INPUT = "INPUT"
    BUILDINGS = "BUILDINGS"
    SOLAR = "SOLAR"
    PARCELS = "PARCELS"
    BASEMAP = "BASEMAP"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_PDF = "OUTPUT_PDF"
    BUILDING_COUNT = "BUILDING_COUNT"
    GROUP_ID = "nrwanalysis"

    def name(self) -> str:
        return "buildingreport"

    def displayName(self) -> str:  # noqa: N802
        return self.tr("Building report (HTML and PDF)")

    def flags(self):
        # Print layouts and map rendering of project layers are safest on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def labels(self) -> Dict[str, str]:
        return report_labels(self.tr)

    def help_text(self) -> str:
        return self.tr(
            "Writes a report for one or more buildings as an HTML file and as a PDF made with a QGIS print "
            "layout, one page per building: a map excerpt (the basemap, e.g. the NRW orthophoto WMS, when "
            "given, otherwise the surfaces), an axonometric 3D sketch, the true 3D roof area in total and per "
            "orientation, facade areas, footprint, eaves and ridge height, roof pitches, volume, storeys and "
            "gross floor area (see 'Building measurements'), the solar potential of the roofs when a layer of "
            "'Roof solar potential' is given, the ALKIS parcels under the building when a parcels layer is "
            "given, and the data sources with their licence.\n"
            "Building id: one id or several separated by commas (the field building_id of the surfaces "
            "layer, e.g. DENW34AL00021cja)."
        )

    def initAlgorithm(self, config=None):  # noqa: N802
        parameters = [
            (
                QgsProcessingParameterString(self.BUILDING_ID, self.tr("Building id(s)")),
                self.tr("building_id of the building, or several ids separated by commas (one page each)."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.INPUT, self.tr("Surfaces layer (from CityGML import)"), [QgsProcessing.TypeVectorPolygon]
                ),
                self.tr("3D surfaces with building_id, as written by 'Import CityGML (LoD1/LoD2)'."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.BUILDINGS,
                    self.tr("Buildings layer (from CityGML import)"),
                    [QgsProcessing.TypeVector],
                    optional=True,
                ),
                self.tr("Optional: function, roof type, storeys and address by building_id."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.SOLAR, self.tr("Roof solar potential layer"), [QgsProcessing.TypeVector], optional=True
                ),
                self.tr(
                    "Optional: output of 'Roof solar potential' (irradiation_kwh_m2, kwp, yield_kwh, "
                    "suitability), joined by building_id or surface_id."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.PARCELS, self.tr("ALKIS parcels"), [QgsProcessing.TypeVectorPolygon], optional=True
                ),
                self.tr(
                    "Optional: parcel polygons (e.g. from the ALKIS WFS); the parcels under the footprint "
                    "are listed with their attributes."
                ),
            ),
            (
                QgsProcessingParameterRasterLayer(self.BASEMAP, self.tr("Basemap"), optional=True),
                self.tr("Optional: raster or WMS layer for the map excerpt, e.g. the NRW orthophoto."),
            ),
            (
                QgsProcessingParameterFileDestination(
                    self.OUTPUT_HTML, self.tr("HTML report"), self.tr("HTML files (*.html)")
                ),
                self.tr("Self-contained HTML file (images embedded)."),
            ),
            (
                QgsProcessingParameterFileDestination(
                    self.OUTPUT_PDF, self.tr("PDF report"), self.tr("PDF files (*.pdf)")
                ),
                self.tr("PDF from a print layout, one page per building."),
            ),
        ]
        for parameter, help_text in parameters:
            self.add_parameter(parameter, help_text)
        self.addOutput(QgsProcessingOutputNumber(self.BUILDING_COUNT, self.tr("Number of buildings")))

    def process(self, parameters, context, feedback):
        progress = FeedbackProgress(feedback)
        ids = report_html.parse_building_ids(self.parameterAsString(parameters, self.BUILDING_ID, context))
        if not ids:
            raise NrwTwinError(
                self.tr(
                    "No building id given. Enter the building_id of a building (see the attribute table of the "
                    "surfaces layer) or click a building in the map."
                )
            )
        source = source_without_geometry_checks(self, parameters, self.INPUT, context)
        if source is None:
            raise NrwTwinError(self.tr("No surfaces layer given. Choose the surfaces layer of the CityGML import."))
        surface_layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        layer_name = surface_layer.name() if surface_layer is not None else self.tr("input")
        surfaces, crs = read_surfaces(self, source, context, feedback, self.tr("The surfaces layer"))
        groups = metrics.group_by_building(surfaces)
        missing = [i for i in ids if i not in groups]
        if missing:
            raise NrwTwinError(unknown_ids_message(missing, list(groups), layer_name, self.tr))
        progress.set_progress(30)

        buildings = self.parameterAsSource(parameters, self.BUILDINGS, context)
        attributes = building_attributes(buildings, context, feedback)
        raw_rows = raw_building_rows(buildings, ids)
        solar_source = source_without_geometry_checks(self, parameters, self.SOLAR, context)
        solar = solar_rows(solar_source, ids, groups) if solar_source is not None else None
        parcels_source = source_without_geometry_checks(self, parameters, self.PARCELS, context)
        basemap = self.parameterAsRasterLayer(parameters, self.BASEMAP, context)
        if basemap is not None and surface_layer is not None and basemap.crs() != crs:
            progress.info(self.tr("The basemap is reprojected on the fly to {}.").format(crs.authid()))

        labels = self.labels()
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        pdf_path = self.parameterAsFileOutput(parameters, self.OUTPUT_PDF, context)
        work_dir = tempfile.mkdtemp(prefix="nrwtwin_report_")
        reports, pages, keep_alive = [], [], []
        aspect = MAP_RECT[2] / MAP_RECT[3]
        for index, building_id in enumerate(ids):
            if feedback.isCanceled():
                raise Canceled()
            item = metrics.compute_building_metrics(building_id, groups[building_id], attributes.get(building_id))
            footprint = footprint_geometry(item.footprint)
            raw = raw_rows.get(building_id, {})
            address = " ".join(str(raw[k]) for k in ADDRESS_KEYS if raw.get(k) not in (None, ""))
            sketch = report_html.axonometric_svg(groups[building_id])
            sketch_path = os.path.join(work_dir, f"sketch_{index}_{report_html.sanitize_filename(building_id)}.svg")
            Path(sketch_path).write_text(sketch, encoding="utf-8")
            highlight = highlight_layer(footprint, crs)
            keep_alive.append(highlight)
            layers = [highlight]
            parcels = None
            if parcels_source is not None:
                parcels, parcel_geometries = parcel_rows(parcels_source, footprint, crs, context)
                if parcel_geometries:
                    outline = outline_layer(parcel_geometries, crs, self.tr("parcels"))
                    keep_alive.append(outline)
                    layers.append(outline)
            if basemap is not None:
                layers.append(basemap)
            elif surface_layer is not None:
                layers.append(surface_layer)
            bbox = footprint.boundingBox() if not footprint.isNull() else QgsRectangle()
            extent = report_extent(bbox, aspect)
            map_png = render_map_png(layers, extent, crs)
            source_names = [str(raw["source_file"])] if raw.get("source_file") else []
            report = report_html.BuildingReport(
                metrics=item,
                sketch_svg=sketch,
                map_png=map_png,
                solar=None if solar is None else solar[building_id],
                parcels=parcels,
                source_names=source_names,
                address=address,
            )
            reports.append(report)
            side_title, side_lines = "", []
            if report.solar is not None:
                side_title = labels["solar"]
                summary = report_html.solar_summary(report.solar)
                side_lines = [f"{k}: {v}" for k, v in report_html.solar_rows_text(summary, labels)]
            pages.append(
                ReportPage(
                    title=f"{labels['title']}: {building_id}",
                    header_lines=[f"{k}: {v}" for k, v in report_html.header_rows(item, labels, address)[1:]],
                    measurements_title=labels["measurements"],
                    measurements=report_html.measurement_rows(item, labels),
                    side_title=side_title,
                    side_lines=side_lines,
                    parcels_title=labels["parcels"] if parcels is not None else "",
                    parcel_lines=report_html.parcel_lines(parcels, labels) if parcels is not None else [],
                    sources_title=labels["sources"],
                    sources_lines=report_html.sources_lines(source_names) + [labels["generated"]],
                    map_layers=layers,
                    map_extent=extent,
                    sketch_path=sketch_path,
                )
            )
            progress.set_progress(30 + 50 * (index + 1) / len(ids))

        with atomic_path(html_path) as tmp:
            Path(tmp).write_text(report_html.report_html(reports, labels), encoding="utf-8")
        project = context.project() or QgsProject.instance()
        layout = build_layout(project, pages, crs, labels["title"])
        export_pdf(layout, pdf_path)
        for path in Path(work_dir).glob("*"):
            path.unlink()
        os.rmdir(work_dir)
        progress.info(self.tr("Report for {} building(s) written.").format(len(ids)))
        progress.set_progress(100)
        return {self.OUTPUT_HTML: html_path, self.OUTPUT_PDF: pdf_path, self.BUILDING_COUNT: len(ids)}
