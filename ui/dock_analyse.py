"""Step 3 of the dock, "Analyse": import the 3D buildings, solar potential and measurements of a
surfaces layer, the map tools "Building info" and "Measure in 3D", and the 3D view of the twin."""

from __future__ import annotations

from typing import Optional

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..translate import format_number, tr
from . import twin_layers
from .building_info_tool import BuildingInfoTool
from .measure_tool import MeasureTool3D


class AnalyseStep(QWidget):
    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.info_tool: Optional[BuildingInfoTool] = None
        self.measure_tool: Optional[MeasureTool3D] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 6)
        self.import_button = QPushButton(tr("Import buildings"), self)
        self.import_button.setToolTip(tr("Downloads the 3D building models (LoD2) of the area and imports them."))
        self.import_button.clicked.connect(lambda: dock.start_workflow(("download", "import")))
        layout.addWidget(self.import_button)
        surfaces_label = QLabel(tr("Building surfaces for the single steps:"), self)
        surfaces_label.setWordWrap(True)
        layout.addWidget(surfaces_label)
        self.surfaces_combo = QgsMapLayerComboBox(self)
        self.surfaces_combo.setObjectName("nrwtwin_surfaces_combo")
        self.surfaces_combo.setFilters(QgsMapLayerProxyModel.Filter.PolygonLayer)
        self.surfaces_combo.setAllowEmptyLayer(True)
        self.surfaces_combo.setMinimumContentsLength(8)
        self.surfaces_combo.setToolTip(tr("The layer 'Building surfaces (3D)' written by 'Import buildings'."))
        self.surfaces_combo.layerChanged.connect(self._surfaces_changed)
        layout.addWidget(self.surfaces_combo)
        grid = QGridLayout()
        self.solar_button = QPushButton(tr("Solar potential"), self)
        self.solar_button.setToolTip(tr("Annual irradiation, power and yield per roof surface."))
        self.solar_button.clicked.connect(lambda: dock.start_workflow(("solar",)))
        self.metrics_button = QPushButton(tr("Measurements"), self)
        self.metrics_button.setToolTip(tr("Heights, roof and facade areas, volume per building."))
        self.metrics_button.clicked.connect(lambda: dock.start_workflow(("metrics",)))
        self.info_button = QPushButton(tr("Building info"), self)
        self.info_button.setObjectName("nrwtwin_building_info_button")
        self.info_button.setCheckable(True)
        self.info_button.setToolTip(tr("Click a building on the map: everything the twin knows about it."))
        self.info_button.toggled.connect(self._toggle_info_tool)
        self.measure_button = QPushButton(tr("Measure in 3D"), self)
        self.measure_button.setCheckable(True)
        self.measure_button.setToolTip(
            tr("Click two points on roofs or the ground: 3D distance and height difference.")
        )
        self.measure_button.toggled.connect(self._toggle_measure_tool)
        for index, button in enumerate((self.solar_button, self.metrics_button, self.info_button, self.measure_button)):
            grid.addWidget(button, index // 2, index % 2)
        layout.addLayout(grid)
        self.view3d_button = QPushButton(tr("Show in 3D"), self)
        self.view3d_button.setObjectName("nrwtwin_view3d_button")
        self.view3d_button.setToolTip(tr("A 3D view of the twin: roofs coloured by solar potential, walls grey."))
        self.view3d_button.clicked.connect(lambda: dock.show_3d())
        layout.addWidget(self.view3d_button)
        self.measure_label = QLabel(self)
        self.measure_label.setObjectName("nrwtwin_measure_result")
        self.measure_label.setWordWrap(True)
        self.measure_label.setVisible(False)
        layout.addWidget(self.measure_label)
        project = QgsProject.instance()
        project.layersAdded.connect(self.refresh_surface_candidates)
        project.layersRemoved.connect(self.refresh_surface_candidates)
        self.refresh_surface_candidates()

    # ------------------------------------------------------------------ layers

    def refresh_surface_candidates(self, *_args) -> None:
        """Offer only polygon layers with the fields of a surfaces layer (surface_id, surface_type)."""
        others = [
            layer for layer in QgsProject.instance().mapLayers().values() if not twin_layers.is_surfaces_layer(layer)
        ]
        self.surfaces_combo.setExceptedLayerList(others)

    def surfaces_layer(self) -> Optional[QgsVectorLayer]:
        return self.surfaces_combo.currentLayer()

    def _surfaces_changed(self, layer) -> None:
        if self.measure_tool is not None:
            self.measure_tool.setSurfacesLayer(layer)
        self.dock.update_buttons()
        self.dock.print_step.update_estimate()

    # ------------------------------------------------------------------ tools

    def _toggle_info_tool(self, on: bool) -> None:
        canvas = self.dock.canvas
        if canvas is None:
            return
        if on:
            if self.info_tool is None:
                self.info_tool = BuildingInfoTool(canvas)
                self.info_tool.buildingClicked.connect(self.dock.show_building_card)
                self.info_tool.missed.connect(
                    lambda: self.dock.show_message(
                        tr("No building here. Click on a building of the imported layers."), Qgis.MessageLevel.Info
                    )
                )
                self.info_tool.deactivated.connect(lambda: self.info_button.setChecked(False))
            canvas.setMapTool(self.info_tool)
        elif self.info_tool is not None and canvas.mapTool() is self.info_tool:
            canvas.unsetMapTool(self.info_tool)

    def _toggle_measure_tool(self, on: bool) -> None:
        canvas = self.dock.canvas
        if canvas is None:
            return
        if on:
            if self.measure_tool is None:
                self.measure_tool = MeasureTool3D(canvas, self.surfaces_layer())
                self.measure_tool.measured.connect(self._measured)
                self.measure_tool.failed.connect(lambda text: self.dock.show_message(text, Qgis.MessageLevel.Warning))
                self.measure_tool.deactivated.connect(lambda: self.measure_button.setChecked(False))
            canvas.setMapTool(self.measure_tool)
        elif self.measure_tool is not None and canvas.mapTool() is self.measure_tool:
            canvas.unsetMapTool(self.measure_tool)

    def _measured(self, result) -> None:
        rows = [
            (tr("3D distance"), result.get("distance_3d_m"), "m"),
            (tr("Horizontal distance"), result.get("horizontal_distance_m"), "m"),
            (tr("Height difference"), result.get("height_difference_m"), "m"),
            (tr("Slope"), result.get("slope_deg"), "°"),
        ]
        lines = [
            f"{label}: {format_number(value, 2)} {unit}"
            for label, value, unit in rows
            if isinstance(value, (int, float))
        ]
        self.measure_label.setText("\n".join(lines))
        self.measure_label.setVisible(True)

    def summary(self) -> str:
        layer = self.surfaces_layer()
        return tr("surfaces chosen") if layer is not None else ""

    def update_buttons(self, running: bool) -> None:
        surfaces = self.surfaces_layer() is not None
        self.import_button.setEnabled(self.dock.has_area() and not running)
        self.solar_button.setEnabled(surfaces and not running)
        self.metrics_button.setEnabled(surfaces and not running)

    def cleanup(self) -> None:
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved):
            try:
                signal.disconnect(self.refresh_surface_candidates)
            except (TypeError, RuntimeError):
                pass
        canvas = self.dock.canvas
        if canvas is not None:
            for tool in (self.info_tool, self.measure_tool):
                if tool is not None and canvas.mapTool() is tool:
                    canvas.unsetMapTool(tool)
        if self.info_tool is not None:
            self.info_tool.remove_band()
            self.info_tool.deleteLater()
            self.info_tool = None
        if self.measure_tool is not None:
            self.measure_tool.reset()
            self.measure_tool.deleteLater()
            self.measure_tool = None
