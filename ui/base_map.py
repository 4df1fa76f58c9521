"""A map to pick the area on: the orthophoto or the topographic map of GEObasis.NRW (from the service
catalogue), or offline the OpenGeodata.NRW tile grid, and the map canvas brought to the front.

On its first start QGIS shows its welcome page instead of the map canvas, and an empty canvas gives no
orientation, so the dock offers a base map whenever the canvas is hidden or shows no layer. The web
map service is opened in a background task (QGIS's WMS provider reads the capabilities first, which
takes up to its network timeout when the computer is offline); when it cannot be opened, the tile grid
is loaded instead, which needs no network.
"""

from __future__ import annotations

from typing import Callable, List, Optional, Tuple

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsMapLayer,
    QgsPalLayerSettings,
    QgsProject,
    QgsRectangle,
    QgsRuleBasedRenderer,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QStackedWidget

from ..algorithms import tilegrid
from ..algorithms.messages import msg
from ..processing_provider import field_styles, layer_styles
from ..processing_provider.qt_compat import FieldType
from ..translate import tr
from .service_layers import service_layer
from .tasks import FunctionTask

GRID_CRS = QgsCoordinateReferenceSystem("EPSG:25832")
#: Base maps of the service catalogue: key → (service id, layer key).
BASE_MAPS = {"dop": ("dop", "nw_dop_rgb"), "dtk": ("dtk", "nw_dtk_col")}
BLOCK_KM = 10
#: 1 km tiles are drawn below this scale (1:n), the 10 km blocks above it.
TILE_SCALE = 150_000


def base_map_titles() -> dict:
    return {"dop": tr("Aerial photo"), "dtk": tr("Topographic map"), "grid": tr("Tile grid (offline)")}


def canvas_hidden(canvas) -> bool:
    """True while QGIS shows its welcome page (or anything else) instead of the map canvas."""
    return canvas is not None and not canvas.isVisible()


def canvas_empty(canvas) -> bool:
    return canvas is not None and not canvas.layers()


def show_canvas(canvas) -> None:
    """Bring the map canvas to the front (QGIS keeps it in a stacked widget with its welcome page)."""
    widget = canvas
    while widget is not None and widget.parentWidget() is not None:
        parent = widget.parentWidget()
        if isinstance(parent, QStackedWidget):
            parent.setCurrentWidget(widget)
        widget = parent
    if canvas is not None:
        canvas.show()


def add_at_bottom(project: QgsProject, layer: QgsMapLayer) -> None:
    """A base map goes below every other layer."""
    if not project.mapLayers():
        project.setCrs(GRID_CRS)
    project.addMapLayer(layer, False)
    project.layerTreeRoot().insertLayer(len(project.layerTreeRoot().children()), layer)


def zoom_to(canvas, rect: QgsRectangle, crs: QgsCoordinateReferenceSystem) -> None:
    from qgis.core import QgsCoordinateTransform

    if canvas is None or rect is None or rect.isEmpty():
        return
    target = canvas.mapSettings().destinationCrs()
    if target.isValid() and target != crs:
        rect = QgsCoordinateTransform(crs, target, QgsProject.instance()).transformBoundingBox(rect)
    canvas.setExtent(rect)
    canvas.refresh()


# ------------------------------------------------------------------------------------------ web map


def open_service_layer(task, service_id: str, layer_key: str):
    """Runs in a background task: open the layer, hand it over to the main thread."""
    layer = service_layer(service_id, layer_key)
    layer.moveToThread(QCoreApplication.instance().thread())
    return layer


def load_web_base_map(key: str, on_done: Callable[[Optional[QgsMapLayer], str], None], parent=None) -> FunctionTask:
    """Open base map ``key`` ('dop' or 'dtk') in the background; ``on_done(layer or None, error)``."""
    service_id, layer_key = BASE_MAPS[key]
    task = FunctionTask(tr("NRW Digital Twin: base map"), open_service_layer, service_id, layer_key, parent=parent)
    task.done.connect(lambda ok, layer, error: on_done(layer if ok else None, error))
    return task.start()


# ------------------------------------------------------------------------------------------ tile grid


def grid_cells(extent: Tuple[float, float, float, float], size_km: int) -> List[Tuple[str, QgsRectangle]]:
    """(name, square) of the ``size_km`` grid cells covering ``extent`` (EPSG:25832)."""
    step = size_km * 1000
    xmin, ymin, xmax, ymax = extent
    cells = []
    for east in range(int(xmin // step), int(-(-xmax // step))):
        for north in range(int(ymin // step), int(-(-ymax // step))):
            x, y = east * step, north * step
            name = f"32_{x // 1000}_{y // 1000}"
            cells.append((name, QgsRectangle(x, y, x + step, y + step)))
    return cells


def grid_features(task=None, extent=tilegrid.NRW_EXTENT_25832) -> List[QgsFeature]:
    """Features (tile name, size in km, square) of the 10 km blocks and 1 km tiles over ``extent``;
    made in a background task (about 70,000 over North Rhine-Westphalia)."""
    fields = grid_fields()
    features = []
    for size in (BLOCK_KM, 1):
        for name, rect in grid_cells(extent, size):
            if task is not None and task.isCanceled():
                return []
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromRect(rect))
            feature.setAttributes([name, size])
            features.append(feature)
    return features


def grid_fields():
    from qgis.core import QgsFields

    fields = QgsFields()
    fields.append(field_styles.make_field("tile", FieldType.String, msg("Tile")))
    fields.append(field_styles.make_field("size_km", FieldType.Int, msg("Size (km)")))
    return fields


def tile_grid_layer(features: List[QgsFeature]) -> QgsVectorLayer:
    """The OpenGeodata.NRW tile grid as a memory layer: 10 km blocks, and the 1 km tiles when zoomed in,
    labelled with the tile names (32_404_5746)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:25832", tr("NRW tile grid"), "memory")
    provider = layer.dataProvider()
    provider.addAttributes(list(grid_fields()))
    layer.updateFields()
    field_styles.configure_fields(layer)
    provider.addFeatures(features)
    layer.updateExtents()
    style_tile_grid(layer)
    # Made again with one click, so QGIS need not warn on exit that this temporary layer is not saved.
    layer.setCustomProperty("skipMemoryLayersCheck", 1)
    return layer


def start_extent() -> QgsRectangle:
    """Where the map opens when no area is chosen: all of North Rhine-Westphalia."""
    return QgsRectangle(*tilegrid.NRW_EXTENT_25832)


def style_tile_grid(layer: QgsVectorLayer) -> None:
    """Outlines only (the layer never hides anything), 1 km tiles and their names only when zoomed in."""
    root = QgsRuleBasedRenderer.Rule(None)
    blocks = QgsRuleBasedRenderer.Rule(
        layer_styles.outline_symbol("200,16,46,255", 0.4), 0, 0, '"size_km" = 10', tr("10 km blocks")
    )
    tiles = QgsRuleBasedRenderer.Rule(
        layer_styles.outline_symbol("200,16,46,255", 0.2), 0, TILE_SCALE, '"size_km" = 1', tr("1 km tiles")
    )
    root.appendChild(blocks)
    root.appendChild(tiles)
    layer.setRenderer(QgsRuleBasedRenderer(root))
    settings = QgsPalLayerSettings()
    settings.fieldName = "tile"
    settings.scaleVisibility = True
    settings.maximumScale = 0
    settings.minimumScale = TILE_SCALE / 3
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
