"""Map tool to draw a polygon: left click adds a corner, right click (or Enter) finishes, Esc restarts.

A rubber band shows the polygon while it is drawn, with the next edge following the mouse. Emits
``polygonDrawn(QgsGeometry)`` in the canvas CRS when finished with at least three corners.
"""

from __future__ import annotations

from typing import List

from qgis.core import QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor


class PolygonMapTool(QgsMapTool):
    polygonDrawn = pyqtSignal(QgsGeometry)  # noqa: N815 (Qt naming)

    def __init__(self, canvas) -> None:
        super().__init__(canvas)
        self.points: List[QgsPointXY] = []
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setFillColor(QColor(29, 94, 158, 50))
        self.band.setStrokeColor(QColor(29, 94, 158))
        self.band.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def _redraw(self, moving: QgsPointXY = None) -> None:
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        points = self.points + ([moving] if moving is not None else [])
        for index, point in enumerate(points):
            self.band.addPoint(point, index == len(points) - 1)

    def canvasPressEvent(self, event) -> None:  # noqa: N802 (QGIS's names)
        if event.button() == Qt.MouseButton.RightButton:
            self.finish()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(QgsPointXY(event.mapPoint()))
            self._redraw()

    def canvasMoveEvent(self, event) -> None:  # noqa: N802
        if self.points:
            self._redraw(QgsPointXY(event.mapPoint()))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.reset()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.finish()
        elif event.key() == Qt.Key.Key_Backspace and self.points:
            self.points.pop()
            self._redraw()

    def finish(self) -> None:
        """Emit the polygon when it has three corners or more, then start a new one."""
        points = list(self.points)
        self.reset()
        if len(points) >= 3:
            geometry = QgsGeometry.fromPolygonXY([points + [points[0]]])
            if not geometry.isGeosValid():
                geometry = geometry.makeValid()
            if not geometry.isEmpty() and geometry.area() > 0:
                self.polygonDrawn.emit(geometry)

    def reset(self) -> None:
        self.points = []
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    def remove_band(self) -> None:
        """Take the rubber band off the canvas (before the tool is deleted)."""
        if self.band is not None:
            self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
            scene = self.canvas().scene() if self.canvas() is not None else None
            if scene is not None:
                scene.removeItem(self.band)
            self.band = None
