"""Step 1 of the dock, "Area": draw a rectangle or polygon, use the map extent or selected features,
optionally snapped to the 1 km tiles; the area's size and tiles; a base map when the map is empty."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import QEvent, QObject
from qgis.PyQt.QtWidgets import QCheckBox, QFrame, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..translate import format_number, tr
from . import base_map
from .tasks import AlgorithmRun, FunctionTask, load_into_project


class AreaStep(QWidget):
    """The widgets of the step "Area"; the area itself lives in ``dock.area`` (an AreaPicker)."""

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.area = dock.area
        self.base_map_task: Optional[FunctionTask] = None
        self.grid_task: Optional[FunctionTask] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 6)
        layout.addWidget(self._base_map_box())
        buttons = QGridLayout()
        self.draw_rectangle_button = self._button(tr("Draw rectangle"), tr("Drag a rectangle on the map."))
        self.draw_rectangle_button.clicked.connect(self.start_rectangle)
        self.draw_polygon_button = self._button(
            tr("Draw polygon"), tr("Click the corners on the map; a right click finishes the polygon.")
        )
        self.draw_polygon_button.clicked.connect(self.start_polygon)
        self.map_extent_button = self._button(tr("Map extent"), tr("Use the visible map area."))
        self.map_extent_button.clicked.connect(self.area.use_map_extent)
        self.selection_button = self._button(
            tr("Selected features"), tr("The selected features of the layer below (all when none is selected).")
        )
        self.selection_button.clicked.connect(lambda: self.area.use_selected_features(self.layer_combo.currentLayer()))
        buttons.addWidget(self.draw_rectangle_button, 0, 0)
        buttons.addWidget(self.draw_polygon_button, 0, 1)
        buttons.addWidget(self.map_extent_button, 1, 0)
        buttons.addWidget(self.selection_button, 1, 1)
        layout.addLayout(buttons)
        self.layer_combo = QgsMapLayerComboBox(self)
        self.layer_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.layer_combo.setAllowEmptyLayer(True)
        self.layer_combo.setToolTip(tr("A polygon layer, e.g. parcels or a district boundary."))
        self.layer_combo.setMinimumContentsLength(8)
        layout.addWidget(self.layer_combo)
        self.snap_checkbox = QCheckBox(tr("Snap to the 1 km tiles"), self)
        self.snap_checkbox.setObjectName("nrwtwin_snap_to_tiles")
        self.snap_checkbox.setToolTip(
            tr("A drawn rectangle is widened or narrowed to the nearest tile edges, so it covers whole tiles.")
        )
        self.snap_checkbox.toggled.connect(self.area.set_snap_to_grid)
        layout.addWidget(self.snap_checkbox)
        self.area_label = QLabel(self)
        self.area_label.setObjectName("nrwtwin_area_label")
        self.area_label.setWordWrap(True)
        layout.addWidget(self.area_label)
        self.tile_grid_button = self._button(tr("Add tiles as a layer"), tr("The tiles of the area as a layer."))
        self.tile_grid_button.clicked.connect(self.run_tile_grid)
        layout.addWidget(self.tile_grid_button)
        self.area.areaChanged.connect(self.update_area)
        canvas = dock.canvas
        if canvas is not None:
            canvas.layersChanged.connect(self.update_base_map_box)
            canvas.installEventFilter(self)
        self.update_area()
        self.update_base_map_box()

    def _button(self, text: str, tooltip: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tooltip)
        return button

    def _base_map_box(self) -> QFrame:
        box = QFrame(self)
        box.setObjectName("nrwtwin_base_map_box")
        box.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(box)
        layout.setContentsMargins(6, 4, 6, 4)
        self.base_map_label = QLabel(tr("The map is empty. Load a map to find the area on:"), box)
        self.base_map_label.setWordWrap(True)
        layout.addWidget(self.base_map_label, 0, 0, 1, 2)
        titles = base_map.base_map_titles()
        self.base_map_buttons = {}
        for column, key in enumerate(("dop", "dtk")):
            button = QPushButton(titles[key], box)
            button.setObjectName(f"nrwtwin_base_map_{key}")
            button.setToolTip(tr("Web map service of GEObasis.NRW (needs the internet)."))
            button.clicked.connect(lambda _checked, key=key: self.load_base_map(key))
            layout.addWidget(button, 1, column)
            self.base_map_buttons[key] = button
        grid = QPushButton(titles["grid"], box)
        grid.setObjectName("nrwtwin_base_map_grid")
        grid.setToolTip(tr("The 1 km tiles of OpenGeodata.NRW with their names; works without the internet."))
        grid.clicked.connect(self.load_tile_grid)
        layout.addWidget(grid, 2, 0, 1, 2)
        self.base_map_buttons["grid"] = grid
        self.base_map_box = box
        return box

    # ------------------------------------------------------------------ base map

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() in (QEvent.Type.Show, QEvent.Type.Hide):
            self.update_base_map_box()
        return False

    def needs_base_map(self) -> bool:
        canvas = self.dock.canvas
        return canvas is not None and (base_map.canvas_hidden(canvas) or base_map.canvas_empty(canvas))

    def update_base_map_box(self, *_args) -> None:
        self.base_map_box.setVisible(self.needs_base_map())

    def _busy(self, busy: bool) -> None:
        for button in self.base_map_buttons.values():
            button.setEnabled(not busy)

    def load_base_map(self, key: str) -> None:
        """Open the web map ``key`` in the background; offline the tile grid instead."""
        self._busy(True)
        self.dock.show_message(tr("Loading the map …"), Qgis.MessageLevel.Info)
        self.base_map_task = base_map.load_web_base_map(key, self._base_map_loaded, parent=self)

    def _base_map_loaded(self, layer, error: str) -> None:
        if layer is None:
            self.dock.show_message(
                tr("The map service cannot be reached, so the tile grid is shown instead."),
                Qgis.MessageLevel.Warning,
                error,
            )
            self.load_tile_grid()
            return
        self._show_layer(layer)
        self.dock.show_message(tr("Map loaded: {}").format(layer.name()), Qgis.MessageLevel.Success)

    def load_tile_grid(self) -> FunctionTask:
        """The offline tile grid (its 70,000 squares are made in the background)."""
        self._busy(True)
        task = FunctionTask(tr("NRW Digital Twin: tile grid"), base_map.grid_features, parent=self)
        task.done.connect(self._grid_made)
        self.grid_task = task.start()
        return task

    def _grid_made(self, ok: bool, features, error: str) -> None:
        if not ok:
            self._busy(False)
            self.dock.show_message(error, Qgis.MessageLevel.Critical)
            return
        self._show_layer(base_map.tile_grid_layer(features))

    def _show_layer(self, layer) -> None:
        self._busy(False)
        canvas = self.dock.canvas
        base_map.add_at_bottom(QgsProject.instance(), layer)
        base_map.show_canvas(canvas)
        if self.area.area is not None:
            rect = self.area.area.boundingBox()
            rect.grow(max(rect.width(), rect.height()) * 0.3)
        else:
            rect = base_map.start_extent()
        base_map.zoom_to(canvas, rect, base_map.GRID_CRS)
        self.update_base_map_box()

    # ------------------------------------------------------------------ area

    def start_rectangle(self) -> None:
        base_map.show_canvas(self.dock.canvas)
        self.area.start_rectangle()

    def start_polygon(self) -> None:
        base_map.show_canvas(self.dock.canvas)
        self.area.start_polygon()

    def update_area(self) -> None:
        if self.area.error:
            text = self.area.error
        elif self.area.area is None:
            text = tr("No area chosen yet.")
        else:
            text = tr("{area} km², tiles of OpenGeodata.NRW: {tiles}").format(
                area=format_number(self.area.area_km2(), 2), tiles=len(self.area.tiles)
            )
        self.area_label.setText(text)

    def summary(self) -> str:
        if self.area.area is None or self.area.error:
            return ""
        area = format_number(self.area.area_km2(), 2)
        if len(self.area.tiles) == 1:
            return tr("{area} km², 1 tile").format(area=area)
        return tr("{area} km², {tiles} tiles").format(area=area, tiles=format_number(len(self.area.tiles)))

    def run_tile_grid(self) -> Optional[AlgorithmRun]:
        """The tiles of the area as a layer (nrwtwin:tilegrid in the background)."""
        run = AlgorithmRun(
            "nrwtwin:tilegrid",
            {
                "EXTENT": self.area.extent_string(),
                "OUTPUT": load_into_project("TEMPORARY_OUTPUT", tr("NRW tiles")),
            },
            QgsProject.instance(),
            self,
        )
        run.finished.connect(lambda ok: self._tile_grid_done(run, ok))
        self.dock.tasks.append(run)
        run.start()
        return run

    def _tile_grid_done(self, run: AlgorithmRun, ok: bool) -> None:
        if ok:
            run.add_layers()
        else:
            self.dock.show_message(run.error, Qgis.MessageLevel.Critical)
        if run in self.dock.tasks:
            self.dock.tasks.remove(run)

    def update_buttons(self, running: bool) -> None:
        self.tile_grid_button.setEnabled(self.dock.has_area() and not running)

    def cleanup(self) -> None:
        if self.dock.canvas is not None:
            self.dock.canvas.removeEventFilter(self)
            try:
                self.dock.canvas.layersChanged.disconnect(self.update_base_map_box)
            except (TypeError, RuntimeError):
                pass
        for task in (self.base_map_task, self.grid_task):
            if task is not None and not task.finished_:
                task.cancel()

