"""Map tool "Gebäudeinfo" / "Building info": click a building, get its building_id for the card.

The click looks for a feature with a ``building_id`` field in the visible layers (topmost first,
within 3 pixels), highlights it and emits ``buildingClicked(building_id)``; the dock then gathers
everything about the building from all loaded layers (building_data.py) and shows the card.
"""

from __future__ import annotations

from typing import Optional, Tuple

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

ID_FIELD = "building_id"
TOLERANCE_PX = 3


class BuildingInfoTool(QgsMapTool):
    """Click a building on the map; emits ``buildingClicked(building_id)`` or ``missed()``."""

    buildingClicked = pyqtSignal(str)  # noqa: N815 (Qt naming)
    missed = pyqtSignal()

    def __init__(self, canvas, project: Optional[QgsProject] = None) -> None:
        super().__init__(canvas)
        self.project = project or QgsProject.instance()
        self.setCursor(Qt.CursorShape.WhatsThisCursor)
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
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
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            self.missed.emit()
            return None
        layer, building_id, geometry = hit
        self.band.setToGeometry(geometry, layer)
        self.buildingClicked.emit(building_id)
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
            request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
            # Only the features near the click are read (the filter rectangle uses the spatial index).
            for feature in layer.getFeatures(request):
                if feature.hasGeometry() and feature.geometry().intersects(probe):
                    return layer, str(feature[ID_FIELD]), QgsGeometry(feature.geometry())
        return None

    def deactivate(self) -> None:
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        super().deactivate()

    def remove_band(self) -> None:
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            if self.canvas() is not None and self.canvas().scene() is not None:
                self.canvas().scene().removeItem(self.band)
            self.band = None
