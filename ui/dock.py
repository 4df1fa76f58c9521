"""The dock "Digitaler Zwilling NRW" / "NRW Digital Twin": pick an area, then run the workflow."""
from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..translate import tr
from .area_picker import AreaPicker


class TwinDock(QgsDockWidget):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("NRW Digital Twin"), parent)
        self.setObjectName("NrwDigitalTwinDock")
        self.iface = iface
        canvas = iface.mapCanvas() if iface is not None else None
        self.area = AreaPicker(canvas, self)
        self.tasks = []

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.addWidget(self._area_section())
        layout.addStretch(1)
        self.setWidget(body)
        self.area.areaChanged.connect(self._update_area_label)
        self._update_area_label()

    def _area_section(self) -> QGroupBox:
        box = QGroupBox(tr("Area"), self)
        box.setObjectName("nrwtwin_area_section")
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.draw_rectangle_button = QPushButton(tr("Draw rectangle"), box)
        self.draw_rectangle_button.setToolTip(tr("Drag a rectangle on the map to choose the area."))
        self.draw_rectangle_button.clicked.connect(self.area.start_rectangle)
        self.map_extent_button = QPushButton(tr("Use map extent"), box)
        self.map_extent_button.setToolTip(tr("Use the visible map area."))
        self.map_extent_button.clicked.connect(self.area.use_map_extent)
        buttons.addWidget(self.draw_rectangle_button)
        buttons.addWidget(self.map_extent_button)
        layout.addLayout(buttons)
        self.area_label = QLabel(box)
        self.area_label.setObjectName("nrwtwin_area_label")
        self.area_label.setWordWrap(True)
        layout.addWidget(self.area_label)
        self.tile_grid_button = QPushButton(tr("Add tile grid layer"), box)
        self.tile_grid_button.setToolTip(tr("Runs 'NRW tile grid for an area' and adds the tiles as a layer."))
        self.tile_grid_button.clicked.connect(self.run_tile_grid)
        layout.addWidget(self.tile_grid_button)
        return box

    def _update_area_label(self) -> None:
        if self.area.area is None:
            text = tr("No area chosen yet.")
        elif self.area.error:
            text = self.area.error
        else:
            text = tr("{area:.2f} km², {tiles} tiles of OpenGeodata.NRW").format(
                area=self.area.area_km2(), tiles=len(self.area.tiles)
            )
        self.area_label.setText(text)
        self.tile_grid_button.setEnabled(self.area.area is not None and not self.area.error)

    def run_tile_grid(self) -> None:
        self.run_algorithm("nrwtwin:tilegrid", {"EXTENT": self.area.extent_string(), "OUTPUT": "TEMPORARY_OUTPUT"})

    def run_algorithm(self, alg_id: str, parameters: dict, on_done=None):
        """Run a Processing algorithm as a background task; add its layer outputs to the project."""
        algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        feedback = QgsProcessingFeedback()
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)

        def finished(successful, results):
            if successful:
                for value in results.values():
                    layer = context.getMapLayer(value) if isinstance(value, str) else None
                    if layer is not None:
                        context.temporaryLayerStore().takeMapLayer(layer)
                        QgsProject.instance().addMapLayer(layer)
            if on_done is not None:
                on_done(successful, results)
            self.tasks = [t for t in self.tasks if t[0] is not task]

        task.executed.connect(finished)
        self.tasks.append((task, context, feedback))
        QgsApplication.taskManager().addTask(task)
        return task

    def cleanup(self) -> None:
        """Cancel running tasks and remove map tools and overlays (called by the plugin's unload)."""
        for task, _context, feedback in self.tasks:
            feedback.cancel()
            task.cancel()
        self.tasks = []
        self.area.cleanup()
