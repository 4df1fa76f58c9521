"""Print layout of the building report: one A4 page per building with map excerpt, 3D sketch and figures.

Only QGIS plumbing lives here (layout items, map rendering, PDF export); the text comes from
:mod:`..algorithms.report_html`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import List, Optional, Sequence, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsMapRendererSequentialJob,
    QgsMapSettings,
    QgsPrintLayout,
    QgsRectangle,
    QgsRenderContext,
    QgsUnitTypes,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QSize
from qgis.PyQt.QtGui import QColor, QFont

from ..algorithms.errors import OutputWriteError
from ..translate import tr
from .outputs import cause_message

MM = QgsUnitTypes.LayoutUnit.LayoutMillimeters
PAGE_W, PAGE_H, MARGIN = 210.0, 297.0, 12.0
MAP_RECT = (MARGIN, 40.0, 112.0, 84.0)  # x, y, width, height in mm
SKETCH_RECT = (128.0, 40.0, 70.0, 84.0)


@dataclass
class ReportPage:
    """Content of one page."""

    title: str
    header_lines: List[str]
    measurements_title: str
    measurements: List[Tuple[str, str]]
    side_title: str = ""
    side_lines: List[str] = field(default_factory=list)
    parcels_title: str = ""
    parcel_lines: List[str] = field(default_factory=list)
    sources_title: str = ""
    sources_lines: List[str] = field(default_factory=list)
    map_layers: list = field(default_factory=list)
    map_extent: Optional[QgsRectangle] = None
    sketch_path: Optional[str] = None


def highlight_layer(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, name: str = "building") -> QgsVectorLayer:
    """Memory layer with the building's footprint drawn as a red outline."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", name, "memory")
    feature = QgsFeature()
    feature.setGeometry(geometry)
    layer.dataProvider().addFeatures([feature])
    symbol = QgsFillSymbol.createSimple(
        {"color": "255,0,0,40", "outline_color": "220,0,0,255", "outline_width": "0.7", "outline_width_unit": "MM"}
    )
    layer.renderer().setSymbol(symbol)
    return layer


def outline_layer(geometries: Sequence[QgsGeometry], crs: QgsCoordinateReferenceSystem, name: str) -> QgsVectorLayer:
    """Memory layer drawing polygons as dashed blue outlines (parcels on the report map)."""
    layer = QgsVectorLayer(f"MultiPolygon?crs={crs.authid()}", name, "memory")
    features = []
    for geometry in geometries:
        feature = QgsFeature()
        feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    symbol = QgsFillSymbol.createSimple(
        {
            "style": "no",
            "outline_color": "30,60,200,255",
            "outline_width": "0.5",
            "outline_width_unit": "MM",
            "outline_style": "dash",
        }
    )
    layer.renderer().setSymbol(symbol)
    return layer


def report_extent(bbox: QgsRectangle, aspect: float, min_half_size: float = 15.0) -> QgsRectangle:
    """The building's bounding box with a margin (40 %, at least 15 m each side), widened to ``aspect`` (w/h)."""
    cx, cy = bbox.center().x(), bbox.center().y()
    half_w = max(bbox.width() * 0.7, min_half_size)
    half_h = max(bbox.height() * 0.7, min_half_size)
    if half_w / half_h < aspect:
        half_w = half_h * aspect
    else:
        half_h = half_w / aspect
    return QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)


def render_map_png(
    layers: Sequence, extent: QgsRectangle, crs: QgsCoordinateReferenceSystem, size: Tuple[int, int] = (900, 675)
) -> bytes:
    """PNG bytes of the layers drawn over ``extent`` (for the HTML report)."""
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(crs)
    settings.setOutputSize(QSize(*size))
    settings.setExtent(extent)
    settings.setBackgroundColor(QColor(255, 255, 255))
    job = QgsMapRendererSequentialJob(settings)
    job.start()
    job.waitForFinished()
    image = job.renderedImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def _label(
    layout, text: str, rect: Tuple[float, float, float, float], page: int, size: float = 8.5, bold: bool = False
) -> QgsLayoutItemLabel:
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont("Arial")
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS ≥ 3.24
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setSize(size)
        text_format.setSizeUnit(QgsUnitTypes.RenderUnit.RenderPoints)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    layout.addLayoutItem(label)
    label.attemptResize(QgsLayoutSize(rect[2], rect[3], MM))
    label.attemptMove(QgsLayoutPoint(rect[0], rect[1], MM), page=page)
    return label


def build_layout(
    project, pages: Sequence[ReportPage], crs: QgsCoordinateReferenceSystem, name: str = "Building report"
) -> QgsPrintLayout:
    """A print layout with one A4 portrait page per building."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page
    layout.setName(name)
    collection = layout.pageCollection()
    first = collection.page(0)
    first.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
    for _ in range(1, len(pages)):
        page_item = QgsLayoutItemPage(layout)
        page_item.setPageSize(QgsLayoutSize(PAGE_W, PAGE_H, MM))
        collection.addPage(page_item)
    for index, page in enumerate(pages):
        _label(layout, page.title, (MARGIN, 10.0, PAGE_W - 2 * MARGIN, 10.0), index, 15.0, True)
        _label(layout, "\n".join(page.header_lines), (MARGIN, 21.0, PAGE_W - 2 * MARGIN, 18.0), index, 9.0)
        if page.map_extent is not None and page.map_layers:
            map_item = QgsLayoutItemMap(layout)
            map_item.setCrs(crs)
            map_item.setLayers(list(page.map_layers))
            map_item.setKeepLayerSet(True)
            map_item.setFrameEnabled(True)
            layout.addLayoutItem(map_item)
            map_item.attemptResize(QgsLayoutSize(MAP_RECT[2], MAP_RECT[3], MM))
            map_item.attemptMove(QgsLayoutPoint(MAP_RECT[0], MAP_RECT[1], MM), page=index)
            map_item.zoomToExtent(page.map_extent)
            scalebar = QgsLayoutItemScaleBar(layout)
            scalebar.setLinkedMap(map_item)
            scalebar.setStyle("Single Box")
            scalebar.setUnits(QgsUnitTypes.DistanceUnit.DistanceMeters)
            scalebar.setNumberOfSegments(2)
            scalebar.setNumberOfSegmentsLeft(0)
            scalebar.setUnitsPerSegment(10.0 if page.map_extent.width() < 150 else 50.0)
            scalebar.setUnitLabel("m")
            layout.addLayoutItem(scalebar)
            scalebar.attemptMove(QgsLayoutPoint(MAP_RECT[0], MAP_RECT[1] + MAP_RECT[3] + 1.0, MM), page=index)
        if page.sketch_path:
            picture = QgsLayoutItemPicture(layout)
            picture.setPicturePath(page.sketch_path)
            picture.setResizeMode(QgsLayoutItemPicture.ResizeMode.Zoom)
            picture.setFrameEnabled(True)
            layout.addLayoutItem(picture)
            picture.attemptResize(QgsLayoutSize(SKETCH_RECT[2], SKETCH_RECT[3], MM))
            picture.attemptMove(QgsLayoutPoint(SKETCH_RECT[0], SKETCH_RECT[1], MM), page=index)
        top = 136.0
        _label(layout, page.measurements_title, (MARGIN, top, 120.0, 6.0), index, 10.5, True)
        names = "\n".join(name for name, _ in page.measurements)
        values = "\n".join(value for _, value in page.measurements)
        height = 4.2 * len(page.measurements) + 4.0
        _label(layout, names, (MARGIN, top + 7.0, 62.0, height), index)
        _label(layout, values, (MARGIN + 62.0, top + 7.0, 56.0, height), index)
        if page.side_title:
            _label(layout, page.side_title, (136.0, top, 62.0, 6.0), index, 10.5, True)
            _label(layout, "\n".join(page.side_lines), (136.0, top + 7.0, 62.0, 60.0), index)
        parcels_top = top + 7.0 + height + 3.0
        if page.parcels_title:
            _label(layout, page.parcels_title, (MARGIN, parcels_top, 120.0, 6.0), index, 10.5, True)
            _label(
                layout, "\n".join(page.parcel_lines), (MARGIN, parcels_top + 7.0, PAGE_W - 2 * MARGIN, 30.0), index, 7.5
            )
        _label(layout, page.sources_title, (MARGIN, 266.0, 120.0, 6.0), index, 9.0, True)
        _label(layout, "\n".join(page.sources_lines), (MARGIN, 272.0, PAGE_W - 2 * MARGIN, 16.0), index, 7.5)
    return layout


def export_pdf(layout: QgsPrintLayout, path: str, final_path: Optional[str] = None) -> None:
    """Write the layout as PDF to ``path`` (text kept as text, so it can be searched and copied).

    Checked: the exporter's result and the file itself (it must end with the PDF trailer ``%%EOF``; a
    full disk leaves a cut file). A failure raises OutputWriteError naming ``final_path`` (the path the
    user chose; default ``path``).
    """
    final = final_path or path
    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.PdfExportSettings()
    always_text = getattr(QgsRenderContext, "TextFormatAlwaysText", None)
    if always_text is None:  # QGIS ≥ 3.28 moved the enum to Qgis
        from qgis.core import Qgis

        always_text = Qgis.TextRenderFormat.AlwaysText
    settings.textRenderFormat = always_text
    settings.rasterizeWholeImage = False
    result = exporter.exportToPdf(str(path), settings)
    if result != QgsLayoutExporter.ExportResult.Success:
        raise OutputWriteError(
            cause_message(final, tr("the print layout could not be exported (error {})").format(int(result)))
        )
    if not pdf_complete(path):
        raise OutputWriteError(cause_message(final))


def pdf_complete(path: str) -> bool:
    """True when the file ends with a PDF trailer (``%%EOF`` in its last kilobyte)."""
    try:
        with open(path, "rb") as handle:
            handle.seek(0, os.SEEK_END)
            handle.seek(max(0, handle.tell() - 1024))
            return b"%%EOF" in handle.read()
    except OSError:
        return False
