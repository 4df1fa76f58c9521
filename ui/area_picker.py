"""Area selection for the dock: rectangle, polygon, map extent or selected features; overlay of the NRW tiles.

The area is kept as one geometry in EPSG:25832 (the grid of OpenGeodata.NRW); the tiles it covers are
the 1 km tiles whose square intersects the area itself (not only its bounding box), drawn in red on
the map with the area in blue.
"""

from __future__ import annotations

from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapToolExtent, QgsRubberBand
from qgis.PyQt.QtCore import QObject, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..algorithms import tilegrid
from ..algorithms.errors import NrwTwinError
from ..translate import tr
from .polygon_tool import PolygonMapTool

GRID_CRS = QgsCoordinateReferenceSystem("EPSG:25832")


class AreaPicker(QObject):
    """Holds the chosen area (as a geometry in EPSG:25832) and shows it with its tiles on the canvas."""

    areaChanged = pyqtSignal()  # noqa: N815 (Qt signal naming)

    def __init__(self, canvas, parent=None) -> None:
        super().__init__(parent)
        self.canvas = canvas
        self.area: Optional[QgsGeometry] = None
        self.tiles: List[tilegrid.Tile] = []
        self.error: str = ""
        self.snap_to_grid = False
        self.rectangle_tool: Optional[QgsMapToolExtent] = None
        self.polygon_tool: Optional[PolygonMapTool] = None
        self.area_band = self._band(QColor(29, 94, 158, 18), QColor(29, 94, 158), 2)
        self.tile_band = self._band(QColor(0, 0, 0, 0), QColor(200, 16, 46), 1)

    def _band(self, fill: QColor, stroke: QColor, width: int) -> Optional[QgsRubberBand]:
        if self.canvas is None:
            return None
        band = QgsRubberBand(self.canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        band.setFillColor(fill)
        band.setStrokeColor(stroke)
        band.setWidth(width)
        return band

    def canvas_crs(self) -> QgsCoordinateReferenceSystem:
        if self.canvas is not None:
            return self.canvas.mapSettings().destinationCrs()
        return QgsProject.instance().crs()

    def to_grid(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem) -> QgsGeometry:
        geometry = QgsGeometry(geometry)
        if crs.isValid() and crs != GRID_CRS:
            geometry.transform(QgsCoordinateTransform(crs, GRID_CRS, QgsProject.instance()))
        return geometry

    def set_area(self, geometry: Optional[QgsGeometry], crs: Optional[QgsCoordinateReferenceSystem] = None) -> None:
        """Set the area from a geometry in ``crs`` (default: the canvas CRS)."""
        self.error = ""
        self.tiles = []
        if geometry is None or geometry.isEmpty():
            self.area = None
        else:
            self.area = self.to_grid(geometry, crs or self.canvas_crs())
            box = self.area.boundingBox()
            try:
                candidates = tilegrid.tiles_for_extent((box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()))
                self.tiles = [t for t in candidates if self._covers(QgsGeometry.fromRect(QgsRectangle(*t.bounds)))]
            except NrwTwinError as error:
                self.error = str(error)
        self._draw()
        self.areaChanged.emit()

    def _covers(self, tile: QgsGeometry) -> bool:
        """True when the area shares a surface with the tile (touching at an edge or corner does not count)."""
        return self.area.intersects(tile) and not self.area.touches(tile)

    def set_extent(self, rect: QgsRectangle, crs: Optional[QgsCoordinateReferenceSystem] = None) -> None:
        self.set_area(QgsGeometry.fromRect(rect), crs)

    def use_map_extent(self) -> None:
        if self.canvas is not None:
            self.set_extent(self.canvas.extent(), self.canvas_crs())

    def start_rectangle(self) -> None:
        if self.canvas is None:
            return
        if self.rectangle_tool is None:
            self.rectangle_tool = QgsMapToolExtent(self.canvas)
            self.rectangle_tool.extentChanged.connect(self._rectangle_drawn)
        self.canvas.setMapTool(self.rectangle_tool)

    def start_polygon(self) -> None:
        """Let the user click the corners of a polygon; a right click finishes it."""
        if self.canvas is None:
            return
        if self.polygon_tool is None:
            self.polygon_tool = PolygonMapTool(self.canvas)
            self.polygon_tool.polygonDrawn.connect(lambda geometry: self.set_area(geometry, self.canvas_crs()))
        self.canvas.setMapTool(self.polygon_tool)

    def use_selected_features(self, layer) -> None:
        """The union of the selected features of a polygon layer (all features when none is selected)."""
        self.error = ""
        if layer is None or not hasattr(layer, "selectedFeatures"):
            self.set_area(None)
            self.error = tr("Choose a polygon layer first.")
            self.areaChanged.emit()
            return
        features = layer.selectedFeatures() or list(layer.getFeatures())
        geometries = [f.geometry() for f in features if f.hasGeometry()]
        polygons = [g for g in geometries if g.type() == QgsWkbTypes.GeometryType.PolygonGeometry]
        if not polygons:
            self.set_area(None)
            self.error = tr(
                "The layer '{}' has no selected polygons. Select features (or use a polygon layer) and try again."
            ).format(layer.name())
            self.areaChanged.emit()
            return
        area = QgsGeometry.unaryUnion(polygons)
        self.set_area(area, layer.crs())

    def set_snap_to_grid(self, on: bool) -> None:
        """Snap drawn rectangles to the 1 km tiles (see :func:`snap_to_tiles`)."""
        self.snap_to_grid = bool(on)

    def _rectangle_drawn(self, rect: QgsRectangle) -> None:
        if rect.width() <= 0 or rect.height() <= 0:
            return
        if not self.snap_to_grid:
            self.set_extent(rect, self.canvas_crs())
            return
        box = self.to_grid(QgsGeometry.fromRect(rect), self.canvas_crs()).boundingBox()
        self.set_extent(snap_to_tiles(box), GRID_CRS)

    def area_km2(self) -> float:
        return self.area.area() / 1e6 if self.area is not None else 0.0

    def tile_keys(self) -> List[str]:
        return [tile.key for tile in self.tiles]

    def extent_string(self) -> str:
        """The area's bounding box as a Processing extent string (EPSG:25832)."""
        if self.area is None:
            return ""
        box = self.area.boundingBox()
        return f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:25832]"

    def _draw(self) -> None:
        if self.area_band is None:
            return
        to_canvas = QgsCoordinateTransform(GRID_CRS, self.canvas_crs(), QgsProject.instance())
        self.area_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        self.tile_band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
        if self.area is None:
            return
        area = QgsGeometry(self.area)
        area.transform(to_canvas)
        self.area_band.setToGeometry(area, None)
        for tile in self.tiles:
            outline = QgsGeometry.fromRect(QgsRectangle(*tile.bounds))
            outline.transform(to_canvas)
            self.tile_band.addGeometry(outline, None)

    def cleanup(self) -> None:
        """Remove the overlay and our map tool from the canvas."""
        if self.canvas is not None:
            for tool in (self.rectangle_tool, self.polygon_tool):
                if tool is not None and self.canvas.mapTool() is tool:
                    self.canvas.unsetMapTool(tool)
            for band in (self.area_band, self.tile_band):
                if band is not None:
                    band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)
                    self.canvas.scene().removeItem(band)
        if self.rectangle_tool is not None:
            self.rectangle_tool.deleteLater()
        if self.polygon_tool is not None:
            self.polygon_tool.remove_band()
            self.polygon_tool.deleteLater()
        self.rectangle_tool = self.polygon_tool = None
        self.area_band = self.tile_band = None


def snap_to_tiles(box: QgsRectangle) -> QgsRectangle:
    """``box`` (EPSG:25832) with every edge moved to the nearest tile edge, at least one tile wide.

    A rectangle dragged roughly along tile edges then covers exactly those tiles, not a sliver of the
    neighbours as well.
    """
    size = tilegrid.TILE_SIZE_M
    xmin, xmax = round(box.xMinimum() / size) * size, round(box.xMaximum() / size) * size
    ymin, ymax = round(box.yMinimum() / size) * size, round(box.yMaximum() / size) * size
    if xmax <= xmin:
        xmin = (box.xMinimum() + box.xMaximum()) / 2 // size * size
        xmax = xmin + size
    if ymax <= ymin:
        ymin = (box.yMinimum() + box.yMaximum()) / 2 // size * size
        ymax = ymin + size
    return QgsRectangle(xmin, ymin, xmax, ymax)
