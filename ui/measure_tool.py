"""Map tool for 3D measuring: click two points on roofs or the ground, get the 3D distance and height difference.

The z of a click comes from the LoD2 surfaces layer (the plane of the polygon under the click, the highest
where several overlap) and, where no surface lies under the click or no surfaces layer is set, from a DSM
raster (e.g. the NRW DOM1). The dock connects ``measured`` to show the result; a right click resets.
"""

from __future__ import annotations

from typing import List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ..algorithms.measure import measure, surface_z_at
from ..processing_provider.surface_layer import geometry_polygons
from ..translate import tr

METRIC_FALLBACK = QgsCoordinateReferenceSystem("EPSG:25832")
PICK_TOLERANCE_M = 0.01

Point3D = Tuple[float, float, float]


class MeasureTool3D(QgsMapTool):
    """Two clicks → ``measured(dict)`` with distance_3d_m, horizontal_distance_m, height_difference_m, slope_deg,
    start, end (x, y, z in ``crs``), z_sources ("LoD2"/"DSM" per point) and crs (authid)."""

    measured = pyqtSignal(object)
    pointPicked = pyqtSignal(object)  # (x, y, z, source) of each accepted click
    buildingPicked = pyqtSignal(str)  # building_id of the LoD2 surface under a click (for the building report)
    failed = pyqtSignal(str)

    def __init__(self, canvas, surfaces_layer=None, dsm_layer=None, prefer_dsm: bool = False) -> None:
        super().__init__(canvas)
        self.surfaces_layer = surfaces_layer
        self.dsm_layer = dsm_layer
        self.prefer_dsm = prefer_dsm
        self.points: List[Point3D] = []
        self.sources: List[str] = []
        self.last_result: Optional[dict] = None
        self.rubber_band: Optional[QgsRubberBand] = None
        self.setCursor(Qt.CursorShape.CrossCursor)

    # --- configuration ---------------------------------------------------------------------------------------
    def setSurfacesLayer(self, layer) -> None:  # noqa: N802
        self.surfaces_layer = layer
        self.reset()

    def setDsmLayer(self, layer) -> None:  # noqa: N802
        self.dsm_layer = layer
        self.reset()

    def crs(self) -> QgsCoordinateReferenceSystem:
        """Metric CRS of the results: the surfaces layer's when projected, else EPSG:25832."""
        for layer in (self.surfaces_layer, self.dsm_layer):
            if layer is not None and layer.crs().isValid() and not layer.crs().isGeographic():
                return layer.crs()
        return METRIC_FALLBACK

    def reset(self) -> None:
        """Forget the clicked points and remove the line from the canvas."""
        self.points, self.sources = [], []
        if self.rubber_band is not None:
            self.rubber_band.reset(QgsWkbTypes.GeometryType.LineGeometry)
            scene = self.canvas().scene() if self.canvas() is not None else None
            if scene is not None:
                scene.removeItem(self.rubber_band)
            self.rubber_band = None

    def _band(self) -> QgsRubberBand:
        if self.rubber_band is None:
            self.rubber_band = QgsRubberBand(self.canvas(), QgsWkbTypes.GeometryType.LineGeometry)
            self.rubber_band.setColor(QColor(220, 0, 0, 200))
            self.rubber_band.setWidth(2)
        return self.rubber_band

    def deactivate(self) -> None:
        self.reset()
        super().deactivate()

    # --- picking ---------------------------------------------------------------------------------------------
    def _transform(self, target: QgsCoordinateReferenceSystem) -> QgsCoordinateTransform:
        source = self.canvas().mapSettings().destinationCrs()
        return QgsCoordinateTransform(source, target, QgsProject.instance().transformContext())

    def surface_hit(self, map_point: QgsPointXY) -> Optional[Tuple[float, Optional[str]]]:
        """(z, building_id) of the topmost LoD2 polygon under the canvas point, None if there is none."""
        layer = self.surfaces_layer
        if layer is None:
            return None
        point = self._transform(layer.crs()).transform(map_point)
        rect = QgsRectangle(
            point.x() - PICK_TOLERANCE_M,
            point.y() - PICK_TOLERANCE_M,
            point.x() + PICK_TOLERANCE_M,
            point.y() + PICK_TOLERANCE_M,
        )
        request = QgsFeatureRequest().setFilterRect(rect)
        request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
        has_id = layer.fields().indexOf("building_id") >= 0
        best: Optional[Tuple[float, Optional[str]]] = None
        for feature in layer.getFeatures(request):
            z = surface_z_at(geometry_polygons(feature.geometry()), point.x(), point.y())
            if z is not None and (best is None or z > best[0]):
                best = (z, str(feature["building_id"]) if has_id else None)
        return best

    def surface_z(self, map_point: QgsPointXY) -> Optional[float]:
        """z of the topmost LoD2 polygon under the canvas point (in the surfaces layer's CRS), None if none."""
        hit = self.surface_hit(map_point)
        return None if hit is None else hit[0]

    def dsm_z(self, map_point: QgsPointXY) -> Optional[float]:
        """Value of band 1 of the DSM raster at the canvas point, None outside or on no-data."""
        layer = self.dsm_layer
        if layer is None or layer.dataProvider() is None:
            return None
        point = self._transform(layer.crs()).transform(map_point)
        value, ok = layer.dataProvider().sample(point, 1)
        if not ok or value != value:  # NaN
            return None
        return float(value)

    def pick(self, map_point: QgsPointXY) -> Optional[Tuple[Point3D, str]]:
        """(x, y, z) in :meth:`crs` and the z source for a canvas point, None when nothing gives a height."""
        hit = self.surface_hit(map_point)
        if hit is not None and hit[1]:
            self.buildingPicked.emit(hit[1])
        lod2 = None if hit is None else hit[0]
        if self.prefer_dsm:
            z, source = self.dsm_z(map_point), "DSM"
            if z is None:
                z, source = lod2, "LoD2"
        else:
            z, source = lod2, "LoD2"
            if z is None:
                z, source = self.dsm_z(map_point), "DSM"
        if z is None:
            return None
        xy = self._transform(self.crs()).transform(map_point)
        return (xy.x(), xy.y(), z), source

    # --- events ----------------------------------------------------------------------------------------------
    def canvasReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.RightButton:
            self.reset()
            return
        if event.button() != Qt.MouseButton.LeftButton:
            return
        map_point = self.toMapCoordinates(event.pos())
        picked = self.pick(map_point)
        if picked is None:
            self.failed.emit(tr("No height here: click on a building of the surfaces layer or load a DSM."))
            return
        xyz, source = picked
        if len(self.points) == 2:
            self.reset()
        self.points.append(xyz)
        self.sources.append(source)
        self._band().addPoint(map_point)
        self.pointPicked.emit((*xyz, source))
        if len(self.points) == 2:
            result = measure(self.points[0], self.points[1]).as_dict()
            result["z_sources"] = tuple(self.sources)
            result["crs"] = self.crs().authid()
            self.last_result = result
            self.measured.emit(result)
