"""Map tool "Gebäudeinfo" / "Building info": click a building, read everything known about it.

The click looks for a feature with a ``building_id`` field in the visible layers (topmost first,
within 3 pixels). Then every layer of the same layer group (all layers when the hit layer is not in
a group) that has a ``building_id`` field contributes a section: per-building layers (buildings,
measurements) list their attributes under their German/English aliases; per-surface layers (3D
surfaces, solar roofs — rows with ``surface_id`` or ``irradiation_kwh_m2``) are summed (count, area,
kWp, yield) and listed. The HTML goes to ``buildingIdentified(building_id, html)`` for the dock.
"""

from __future__ import annotations

import html
from typing import Dict, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..translate import tr

ID_FIELD = "building_id"
SOLAR_FIELD = "irradiation_kwh_m2"
#: Numeric fields of per-surface layers that are summed per building.
SUM_FIELDS = ("area_m2", "module_area_m2", "kwp", "yield_kwh")
SURFACE_COLUMNS = ("surface_type", "area_m2", "tilt_deg", "azimuth_deg", SOLAR_FIELD, "kwp", "yield_kwh", "suitability")
TOLERANCE_PX = 3
STYLE = "<style>table { font-size: small; } td, th { padding-right: 6px; }</style>"


def _format(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return "–"
    if isinstance(value, float):
        return f"{value:,.2f}".replace(",", " ")
    return html.escape(str(value))


def building_layers(project: QgsProject, near_layer: Optional[QgsVectorLayer] = None) -> List[QgsVectorLayer]:
    """Vector layers with a building_id field: those of ``near_layer``'s group, else all."""
    root = project.layerTreeRoot()
    candidates = None
    if near_layer is not None:
        node = root.findLayer(near_layer.id())
        parent = node.parent() if node is not None else None
        if parent is not None and parent is not root:
            candidates = [n.layer() for n in parent.findLayers()]
    if candidates is None:
        candidates = [n.layer() for n in root.findLayers()]
    return [
        layer for layer in candidates if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(ID_FIELD) >= 0
    ]


def is_per_surface(layer: QgsVectorLayer) -> bool:
    fields = layer.fields()
    return fields.indexOf("surface_id") >= 0 or fields.indexOf(SOLAR_FIELD) >= 0


def features_of(layer: QgsVectorLayer, building_id: str) -> list:
    expression = QgsFeatureRequest().setFilterExpression(f'"{ID_FIELD}" = {_quote(building_id)}')
    return list(layer.getFeatures(expression))


def _quote(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def building_report(project: QgsProject, building_id: str, near_layer: Optional[QgsVectorLayer] = None) -> str:
    """HTML with the attributes, measurements and solar results of one building."""
    parts = [STYLE, f"<h3>{html.escape(tr('Building'))} {html.escape(str(building_id))}</h3>"]
    # Solar results first, then the per-building layers (attributes, measurements), then the surfaces.
    layers = sorted(
        building_layers(project, near_layer),
        key=lambda layer: 0 if layer.fields().indexOf(SOLAR_FIELD) >= 0 else 1 + is_per_surface(layer),
    )
    for layer in layers:
        features = features_of(layer, building_id)
        if not features:
            continue
        parts.append(f"<h4>{html.escape(layer.name())}</h4>")
        fields = layer.fields()
        if is_per_surface(layer):
            parts.append(_surface_summary(layer, features))
        else:
            rows = []
            for index, fld in enumerate(fields):
                if fld.name() in (ID_FIELD, "fid", "generic_attributes"):
                    continue
                rows.append(
                    f"<tr><td>{html.escape(layer.attributeDisplayName(index))}</td>"
                    f"<td>{_format(features[0].attribute(index))}</td></tr>"
                )
            parts.append("<table>" + "".join(rows) + "</table>")
    if len(parts) == 2:
        parts.append(f"<p>{html.escape(tr('No data for this building in the project.'))}</p>")
    return "\n".join(parts)


def _surface_summary(layer: QgsVectorLayer, features) -> str:
    fields = layer.fields()
    sums: Dict[str, float] = {}
    for name in SUM_FIELDS:
        index = fields.indexOf(name)
        if index >= 0:
            sums[name] = sum(
                float(f.attribute(index) or 0.0)
                for f in features
                if not (hasattr(f.attribute(index), "isNull") and f.attribute(index).isNull())
            )
    lines = [f"<p>{html.escape(tr('{} surfaces').format(len(features)))}"]
    for name, total in sums.items():
        lines.append(f"; {html.escape(layer.attributeDisplayName(fields.indexOf(name)))}: {_format(total)}")
    lines.append("</p>")
    columns = [name for name in SURFACE_COLUMNS if fields.indexOf(name) >= 0]
    if columns:
        head = "".join(f"<th>{html.escape(layer.attributeDisplayName(fields.indexOf(c)))}</th>" for c in columns)
        body = []
        ordered = sorted(features, key=lambda f: str(f.attribute("surface_type")) if "surface_type" in columns else "")
        for feature in ordered[:40]:
            body.append("<tr>" + "".join(f"<td>{_format(feature.attribute(c))}</td>" for c in columns) + "</tr>")
        lines.append(f"<table><tr>{head}</tr>{''.join(body)}</table>")
        if len(features) > 40:
            lines.append(f"<p>{html.escape(tr('… and {} more').format(len(features) - 40))}</p>")
    return "".join(lines)


class BuildingInfoTool(QgsMapTool):
    """Click a building on the map; emits ``buildingIdentified(building_id, html)``."""

    buildingIdentified = pyqtSignal(str, str)  # noqa: N815 (Qt naming)

    def __init__(self, canvas, project: Optional[QgsProject] = None) -> None:
        super().__init__(canvas)
        self.project = project or QgsProject.instance()
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.band = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        self.band.setFillColor(QColor(255, 215, 0, 90))
        self.band.setStrokeColor(QColor(255, 170, 0))
        self.band.setWidth(3)

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802 (QGIS's name)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        self.identify(QgsPointXY(event.mapPoint()))

    def identify(self, point: QgsPointXY) -> Optional[str]:
        hit = self.find_building(point)
        if hit is None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)
            self.buildingIdentified.emit(
                "", "<p>" + html.escape(tr("No building here. Click on a building of the imported layers.")) + "</p>"
            )
            return None
        layer, building_id, geometry = hit
        self.band.setToGeometry(geometry, layer)
        self.buildingIdentified.emit(building_id, building_report(self.project, building_id, layer))
        return building_id

    def find_building(self, point: QgsPointXY) -> Optional[Tuple[QgsVectorLayer, str, QgsGeometry]]:
        canvas = self.canvas()
        tolerance = canvas.mapUnitsPerPixel() * TOLERANCE_PX
        canvas_crs = canvas.mapSettings().destinationCrs()
        search = QgsRectangle(
            point.x() - tolerance, point.y() - tolerance, point.x() + tolerance, point.y() + tolerance
        )
        for layer in canvas.layers():
            if not isinstance(layer, QgsVectorLayer) or layer.fields().indexOf(ID_FIELD) < 0:
                continue
            transform = QgsCoordinateTransform(canvas_crs, layer.crs(), self.project)
            rect = transform.transformBoundingBox(search)
            probe = QgsGeometry.fromRect(rect)
            request = QgsFeatureRequest().setFilterRect(rect)
            for feature in layer.getFeatures(request):
                if feature.hasGeometry() and feature.geometry().intersects(probe):
                    return layer, str(feature[ID_FIELD]), QgsGeometry(feature.geometry())
        return None

    def deactivate(self) -> None:
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)
        super().deactivate()

    def remove_band(self) -> None:
        if self.band is not None:
            self.band.reset(QgsWkbTypes.PolygonGeometry)
            if self.canvas() is not None and self.canvas().scene() is not None:
                self.canvas().scene().removeItem(self.band)
            self.band = None
