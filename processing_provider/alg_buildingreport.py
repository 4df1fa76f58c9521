"""nrwtwin:buildingreport — HTML and PDF report per building: map, 3D sketch, measurements, solar, parcels.

Runs in Processing's worker thread: only the requested buildings are read (filtered by building_id),
and the maps are drawn from clones of the layers, made on the main thread in ``prepareAlgorithm``
(as QGIS's own "Convert map to raster" does). The HTML and the PDF are staged and appear together or
not at all; the sketches' temporary folder is always removed.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Dict, List, Mapping, Sequence, Tuple

from qgis.core import (
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
)

from ..algorithms import metrics, report_html
from ..algorithms.errors import NrwTwinError, write_error
from ..algorithms.messages import decimal_comma
from ..algorithms.model import Surface
from ..translate import locale_decimal_comma, tr
from .base import FeedbackProgress, NrwAlgorithm
from .building_layers import (
    building_attributes,
    filtered_request,
    footprint_geometry,
    plain,
    read_surfaces,
    some_building_ids,
)
from .outputs import RunOutputs
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
    request = filtered_request("building_id", ids)
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    rows: Dict[str, Dict[str, object]] = {}
    names = source.fields().names()
    for feature in source.getFeatures(request):
        building_id = str(plain(feature["building_id"]))
        if building_id not in rows:
            rows[building_id] = {name: plain(feature[name]) for name in names}
    return rows


def solar_rows(source, ids: Sequence[str], surfaces_by_building: Mapping[str, Sequence[Surface]]):
    """roofsolar rows per building: joined by building_id when the layer has it, else by surface_id;
    only the rows of the requested buildings are read."""
    if source is None:
        return {}
    names = source.fields().names()
    result: Dict[str, List[Dict[str, object]]] = {b: [] for b in ids}
    if "building_id" in names:
        request, key_of = filtered_request("building_id", ids), None
    elif "surface_id" in names:
        by_surface = {s.surface_id: b for b in ids for s in surfaces_by_building.get(b, [])}
        request, key_of = filtered_request("surface_id", list(by_surface)), by_surface
    else:
        raise NrwTwinError(
            tr(
                "The solar layer lacks the fields building_id and surface_id. Use the output of "
                "'Roof solar potential' (nrwtwin:roofsolar)."
            )
        )
    request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in source.getFeatures(request):
        if key_of is None:
            key = str(plain(feature["building_id"]))
        else:
            key = key_of.get(str(plain(feature["surface_id"])))
        if key in result:
            result[key].append({name: plain(feature[name]) for name in names})
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
        row = {name: plain(feature[name]) for name in names if name.lower() not in ("fid", "ogc_fid", "gml_id")}
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
                    self.INPUT,
                    self.tr("Surfaces layer (from CityGML import)"),
                    [QgsProcessing.SourceType.TypeVectorPolygon],
                ),
                self.tr("3D surfaces with building_id, as written by 'Import CityGML (LoD1/LoD2)'."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.BUILDINGS,
                    self.tr("Buildings layer (from CityGML import)"),
                    [QgsProcessing.SourceType.TypeVector],
                    optional=True,
                ),
                self.tr("Optional: function, roof type, storeys and address by building_id."),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.SOLAR,
                    self.tr("Roof solar potential layer"),
                    [QgsProcessing.SourceType.TypeVector],
                    optional=True,
                ),
                self.tr(
                    "Optional: output of 'Roof solar potential' (irradiation_kwh_m2, kwp, yield_kwh, "
                    "suitability), joined by building_id or surface_id."
                ),
            ),
            (
                QgsProcessingParameterFeatureSource(
                    self.PARCELS, self.tr("ALKIS parcels"), [QgsProcessing.SourceType.TypeVectorPolygon], optional=True
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

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802
        # On the main thread: clones of the layers the maps draw, so the worker thread never renders
        # the project's own layers (QGIS's "Convert map to raster" does the same).
        self.map_layers = {}
        for key, layer in (
            (self.BASEMAP, self.parameterAsRasterLayer(parameters, self.BASEMAP, context)),
            (self.INPUT, self.parameterAsVectorLayer(parameters, self.INPUT, context)),
        ):
            if layer is not None:
                self.map_layers[key] = layer.clone()
        return super().prepareAlgorithm(parameters, context, feedback)

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
        map_layers = getattr(self, "map_layers", {})
        surface_layer = map_layers.get(self.INPUT)
        layer_name = surface_layer.name() if surface_layer is not None else self.tr("input")
        surfaces, crs = read_surfaces(source, context, feedback, self.tr("The surfaces layer"), building_ids=ids)
        groups = metrics.group_by_building(surfaces)
        missing = [i for i in ids if i not in groups]
        if missing:
            raise NrwTwinError(unknown_ids_message(missing, some_building_ids(source), layer_name, self.tr))
        progress.set_progress(20)
        data = self.read_related(parameters, context, feedback, ids, groups)
        data.basemap, data.surface_layer, data.crs = map_layers.get(self.BASEMAP), surface_layer, crs
        if data.basemap is not None and data.basemap.crs() != crs:
            progress.info(self.tr("The basemap is reprojected on the fly to {}.").format(crs.authid()))
        labels = self.labels()
        with RunOutputs(self, parameters, context) as outputs, tempfile.TemporaryDirectory(
            prefix="nrwtwin_report_"
        ) as work_dir, decimal_comma(locale_decimal_comma()):
            html_path, pdf_path = outputs.file(self.OUTPUT_HTML), outputs.file(self.OUTPUT_PDF)
            reports, pages = self.build_pages(ids, groups, data, labels, work_dir, context, progress)
            write_text(html_path, outputs.final(html_path), report_html.report_html(reports, labels))
            progress.check_canceled()
            layout = build_layout(context.project() or QgsProject.instance(), pages, crs, labels["title"])
            export_pdf(layout, pdf_path, outputs.final(pdf_path))
            outputs.commit(feedback)
        progress.info(self.tr("Report for {} building(s) written.").format(len(ids)))
        progress.set_progress(100)
        return {
            self.OUTPUT_HTML: outputs.final(html_path),
            self.OUTPUT_PDF: outputs.final(pdf_path),
            self.BUILDING_COUNT: len(ids),
        }

    def read_related(self, parameters, context, feedback, ids, groups) -> "ReportData":
        """Buildings, solar and parcels layers, read for the requested buildings only."""
        buildings = self.parameterAsSource(parameters, self.BUILDINGS, context)
        solar_source = source_without_geometry_checks(self, parameters, self.SOLAR, context)
        return ReportData(
            attributes=building_attributes(buildings, feedback, ids),
            raw_rows=raw_building_rows(buildings, ids),
            solar=solar_rows(solar_source, ids, groups) if solar_source is not None else None,
            parcels=source_without_geometry_checks(self, parameters, self.PARCELS, context),
        )

    def build_pages(self, ids, groups, data: "ReportData", labels, work_dir: str, context, progress):
        """One HTML section and one layout page per building."""
        reports, pages = [], []
        for index, building_id in enumerate(ids):
            progress.check_canceled()
            report, page = building_page(index, building_id, groups[building_id], data, labels, work_dir, context)
            reports.append(report)
            pages.append(page)
            progress.set_progress(20 + 60 * (index + 1) / len(ids))
        return reports, pages


class ReportData:
    """What the report shows besides the surfaces (read once for all requested buildings)."""

    def __init__(self, attributes, raw_rows, solar, parcels) -> None:
        self.attributes = attributes
        self.raw_rows = raw_rows
        self.solar = solar
        self.parcels = parcels
        self.basemap = None
        self.surface_layer = None
        self.crs = None


def building_page(index: int, building_id: str, surfaces, data: ReportData, labels, work_dir: str, context):
    """The HTML section and the layout page of one building (its sketch written into ``work_dir``)."""
    crs = data.crs
    item = metrics.compute_building_metrics(building_id, surfaces, data.attributes.get(building_id))
    footprint = footprint_geometry(item.footprint)
    raw = data.raw_rows.get(building_id, {})
    address = " ".join(str(raw[k]) for k in ADDRESS_KEYS if raw.get(k) not in (None, ""))
    sketch = report_html.axonometric_svg(surfaces)
    sketch_path = os.path.join(work_dir, f"sketch_{index}_{report_html.sanitize_filename(building_id)}.svg")
    write_text(sketch_path, sketch_path, sketch)
    layers = [highlight_layer(footprint, crs)]
    parcels = None
    if data.parcels is not None:
        parcels, parcel_geometries = parcel_rows(data.parcels, footprint, crs, context)
        if parcel_geometries:
            layers.append(outline_layer(parcel_geometries, crs, tr("parcels")))
    backdrop = data.basemap if data.basemap is not None else data.surface_layer
    if backdrop is not None:
        layers.append(backdrop)
    bbox = footprint.boundingBox() if not footprint.isNull() else QgsRectangle()
    extent = report_extent(bbox, MAP_RECT[2] / MAP_RECT[3])
    source_names = [str(raw["source_file"])] if raw.get("source_file") else []
    report = report_html.BuildingReport(
        metrics=item,
        sketch_svg=sketch,
        map_png=render_map_png(layers, extent, crs),
        solar=None if data.solar is None else data.solar[building_id],
        parcels=parcels,
        source_names=source_names,
        address=address,
    )
    side_title, side_lines = "", []
    if report.solar is not None:
        side_title = labels["solar"]
        summary = report_html.solar_summary(report.solar)
        side_lines = [f"{k}: {v}" for k, v in report_html.solar_rows_text(summary, labels)]
    page = ReportPage(
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
    return report, page


def write_text(path: str, final: str, text: str) -> None:
    """Write a UTF-8 file; a failure names ``final`` (the path the user chose) and its cause."""
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as error:
        raise write_error(error, final) from None
