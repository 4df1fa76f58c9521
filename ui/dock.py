"""The dock "Digitaler Zwilling NRW" / "NRW Digital Twin": the workflow in five numbered steps.

1. **Area** (dock_area.py) — draw, map extent or selected features, snapped to the tiles on request;
   a base map when the map is empty.
2. **Data** (dock_data.py) — NRW web services, tile products with sizes, download, cache.
3. **Analyse** (dock_analyse.py) — import, solar potential, measurements, building info, 3D measuring,
   the 3D view.
4. **Print** (dock_print.py) — the 3D-print model with an estimate before it is built.
5. **Results** (dock_results.py) — output folder, the files of each run, opened with the system's programs.

Below the steps, always in view: "Run all" (download → import → measurements → solar → print), the
progress with a cancel button and a message panel with short texts and their details on request
(message_panel.py). The dock is never narrower than its content: nothing is cut off and it never
scrolls sideways, in German and English. Every step is a Processing algorithm run in the background
(:mod:`.workflow`, :mod:`.tasks`).
"""

from __future__ import annotations

import os
from typing import List, Optional

from qgis.core import Qgis, QgsCoordinateTransform, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..translate import tr
from . import building_data, twin_layers, view3d
from .area_picker import AreaPicker
from .building_card import BuildingCard
from .dock_analyse import AnalyseStep
from .dock_area import AreaStep
from .dock_data import DataStep
from .dock_print import PrintStep
from .dock_results import ResultsStep, open_path
from .message_panel import MessagePanel
from .steps import StepList
from .tasks import AlgorithmRun, FunctionTask
from .workflow import ALL_STEPS, Workflow, WorkflowOptions, layer_source

#: Room for the scroll area's frame and margins next to the widest step.
FRAME_PX = 12


class TwinDock(QgsDockWidget):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("NRW Digital Twin"), parent)
        self.setObjectName("NrwDigitalTwinDock")
        self.iface = iface
        self.canvas = iface.mapCanvas() if iface is not None else None
        self.area = AreaPicker(self.canvas, self)
        self.tasks: List[AlgorithmRun] = []
        self.workflow: Optional[Workflow] = None
        self.last_workflow: Optional[Workflow] = None
        self.output_root: Optional[str] = None  # None: the folder of the step "Results"
        self.card: Optional[BuildingCard] = None
        self.card_task: Optional[FunctionTask] = None

        self.steps = StepList(self)
        self.area_step = AreaStep(self)
        self.data_step = DataStep(self)
        self.analyse_step = AnalyseStep(self)
        self.print_step = PrintStep(self)
        self.results_step = ResultsStep(self)
        for key, title, step in (
            ("area", tr("Area"), self.area_step),
            ("data", tr("Data"), self.data_step),
            ("analyse", tr("Analyse"), self.analyse_step),
            ("print", tr("Print"), self.print_step),
            ("results", tr("Results"), self.results_step),
        ):
            self.steps.add_step(key, title, step)
        self.steps.stepOpened.connect(self._step_opened)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("nrwtwin_dock_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.scroll)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(2, 2, 2, 2)
        body_layout.addWidget(self.steps)
        body_layout.addStretch(1)
        self.scroll.setWidget(body)
        container = QWidget(self)
        layout = QVBoxLayout(container)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self._run_panel())
        self.setWidget(container)

        self.area.areaChanged.connect(self._area_changed)
        QgsProject.instance().readProject.connect(self._project_changed)
        QgsProject.instance().projectSaved.connect(self._project_changed)
        self.steps.open_step("area")
        self._area_changed()
        self.fit_width()

    # ------------------------------------------------------------------ layout

    def _run_panel(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        self.run_all_button = QPushButton(tr("Run all"), box)
        self.run_all_button.setObjectName("nrwtwin_run_all")
        self.run_all_button.setToolTip(
            tr("Download → import → measurements → solar potential → 3D print model, for the area.")
        )
        self.run_all_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
        self.run_all_button.setMinimumHeight(34)
        font = self.run_all_button.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.run_all_button.setFont(font)
        self.run_all_button.clicked.connect(lambda: self.start_workflow(ALL_STEPS))
        layout.addWidget(self.run_all_button)
        row = QHBoxLayout()
        self.progress_bar = QProgressBar(box)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.progress_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.cancel_button = QPushButton(tr("Cancel"), box)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.status_label = QLabel(box)
        self.status_label.setObjectName("nrwtwin_status")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.message_panel = MessagePanel(box)
        layout.addWidget(self.message_panel)
        return box

    def content_width(self) -> int:
        """Width the widest step needs (every step, open or closed), with the vertical scroll bar."""
        widths = [body.minimumSizeHint().width() for body in self.steps.bodies.values()]
        widths.append(self.steps.header_width_needed())
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        return max(widths) + scrollbar + FRAME_PX

    def fit_width(self) -> None:
        """The dock never gets narrower than its content, so nothing is cut off or scrolls sideways."""
        self.widget().setMinimumWidth(self.content_width())

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.fit_width()
        self.area_step.update_base_map_box()
        super().showEvent(event)

    def _step_opened(self, key: str) -> None:
        if key == "data" and self.data_step.cache_task is None:
            self.data_step.update_cache_size()
        if key == "area":
            self.area_step.update_base_map_box()

    def _project_changed(self, *_args) -> None:
        self.results_step.project_changed()

    # ------------------------------------------------------------------ state

    def has_area(self) -> bool:
        return self.area.area is not None and not self.area.error

    def running(self) -> bool:
        return self.workflow is not None and self.workflow.running

    def _area_changed(self) -> None:
        self.data_step.reset_products()
        self.update_buttons()
        self.print_step.update_estimate()
        self.steps.set_summary("area", self.area_step.summary())

    def update_buttons(self) -> None:
        running = self.running()
        self.run_all_button.setEnabled(self.has_area() and not running)
        self.cancel_button.setEnabled(running)
        for step in (self.area_step, self.data_step, self.analyse_step, self.print_step, self.results_step):
            step.update_buttons(running)
        self.steps.set_summary("analyse", self.analyse_step.summary())
        self.steps.set_summary("print", self.print_step.summary())

    def show_message(self, text: str, level=Qgis.MessageLevel.Info, details: str = "") -> None:
        """A short text in the message panel; URLs, settings and later lines behind "Details"."""
        self.message_panel.show_message(text, level, details)

    # ------------------------------------------------------------------ running

    def options(self, steps, products=()) -> WorkflowOptions:
        return WorkflowOptions(
            size_mm=self.print_step.size_spin.value(),
            z_exaggeration=self.print_step.exaggeration_spin.value(),
            base_mm=self.print_step.base_spin.value(),
            print_format=self.print_step.format_combo.currentIndex(),
            steps=tuple(steps),
            products=tuple(products),
        )

    def _too_many_tiles(self, steps, options: WorkflowOptions) -> bool:
        downloads = "download" in steps or "products" in steps
        if downloads and self.has_area() and len(self.area.tiles) > options.max_tiles:
            self.show_message(
                tr(
                    "The area covers {tiles} tiles; one run downloads at most {max}. Choose a smaller area or split it."
                ).format(tiles=len(self.area.tiles), max=options.max_tiles),
                Qgis.MessageLevel.Warning,
            )
            return True
        return False

    def _inputs(self, steps) -> dict:
        """Layers of the project the single steps work on: the chosen surfaces and their buildings."""
        inputs = {}
        surfaces = self.analyse_step.surfaces_layer()
        if surfaces is not None and "import" not in steps:
            inputs["surfaces"] = surfaces
            buildings = twin_layers.partner(QgsProject.instance(), surfaces, "buildings")
            if buildings is not None:
                inputs["buildings"] = buildings
        return inputs

    def start_workflow(self, steps, products=()) -> Optional[Workflow]:
        """Start ``steps`` (keys of workflow.ALL_STEPS, or 'products') in the background."""
        if self.running():
            self.show_message(tr("A task is already running. Wait for it or cancel it."), Qgis.MessageLevel.Warning)
            return None
        options = self.options(steps, products)
        if self._too_many_tiles(steps, options):
            return None
        workflow = Workflow(
            self.area.area if self.has_area() else None,
            options,
            self._inputs(steps),
            QgsProject.instance(),
            self.output_root or self.results_step.output_root(),
            self,
        )
        workflow.stepStarted.connect(self._step_started)
        workflow.progressChanged.connect(lambda value: self.progress_bar.setValue(int(round(value))))
        workflow.message.connect(self.status_label.setText)
        workflow.finished.connect(self._workflow_finished)
        self.workflow = workflow
        self.message_panel.clear()
        self.progress_bar.setValue(0)
        workflow.start()
        self.update_buttons()
        return workflow

    def _step_started(self, title: str, index: int, count: int) -> None:
        self.status_label.setText(
            tr("Step {index} of {count}: {title} …").format(index=index, count=count, title=title)
        )

    def _workflow_finished(self, ok: bool, message: str) -> None:
        workflow = self.workflow
        self.last_workflow = workflow
        self.workflow = None
        if ok:
            self.progress_bar.setValue(100)
        self.status_label.setText("")
        self._select_surfaces_layer(workflow)
        if workflow is not None and workflow.completed:
            self.results_step.add_run(workflow)
        if ok:
            level = Qgis.MessageLevel.Success
        elif workflow is not None and workflow.canceled:
            level = Qgis.MessageLevel.Info
        else:
            level = Qgis.MessageLevel.Critical
        self.show_message(message, level)
        self.update_buttons()

    def _select_surfaces_layer(self, workflow: Optional[Workflow]) -> None:
        """Offer the surfaces layer of the run for the single steps and the measuring tool."""
        if workflow is None or "import" not in [step.key for step in workflow.steps]:
            return
        surfaces = str(workflow.outputs.get("surfaces") or "")
        for layer in workflow.added_layers:
            if surfaces and layer.source().split("|")[0] == surfaces.split("|")[0]:
                self.analyse_step.surfaces_combo.setLayer(layer)
                return

    def cancel(self) -> None:
        if self.workflow is not None:
            self.workflow.cancel()
        for run in list(self.tasks):
            run.cancel()

    # ------------------------------------------------------------------ building card

    def show_building_card(self, building_id: str) -> FunctionTask:
        """Gather everything about the building from all loaded layers (background) and show the card."""
        if self.card is None:
            parent = self.iface.mainWindow() if self.iface is not None else None
            self.card = BuildingCard(parent)
            self.card.reportRequested.connect(self.building_report)
            self.card.zoomRequested.connect(lambda _id: self.zoom_to_building())
            self.card.view3dRequested.connect(lambda _id: self.show_3d(self._building_rect()))
        self.card.show_loading(building_id)
        project = QgsProject.instance()
        task = FunctionTask(
            tr("NRW Digital Twin: building info"),
            building_data.collect,
            building_data.layer_sources(project),
            building_id,
            project.transformContext(),
            parent=self,
        )
        task.done.connect(self._building_read)
        self.card_task = task.start()
        return task

    def _building_read(self, ok: bool, data, error: str) -> None:
        if not ok:
            self.card.show_error(error)
            return
        self.card.show_data(data)
        tool = self.analyse_step.info_tool
        if tool is not None and tool.band is not None and data.footprint is not None:
            tool.band.setToGeometry(data.footprint, data.crs)  # the whole building, not the surface clicked

    def _building_rect(self, crs=None):
        """The card's building footprint, 20 m around, in ``crs`` (default: the map's CRS)."""
        data = self.card.data if self.card is not None else None
        if data is None or data.footprint is None:
            return None
        rect = data.footprint.boundingBox()
        rect.grow(20.0)
        target = crs or (self.canvas.mapSettings().destinationCrs() if self.canvas else QgsProject.instance().crs())
        if data.crs is not None and data.crs.isValid() and target.isValid() and data.crs != target:
            rect = QgsCoordinateTransform(data.crs, target, QgsProject.instance()).transformBoundingBox(rect)
        return rect

    def zoom_to_building(self) -> None:
        rect = self._building_rect()
        if rect is not None and self.canvas is not None:
            self.canvas.setExtent(rect)
            self.canvas.refresh()

    def building_report(self, building_id: str) -> Optional[AlgorithmRun]:
        """The PDF report of one building (nrwtwin:buildingreport in the background), then opened."""
        project = QgsProject.instance()
        surfaces = twin_layers.partner(project, self.analyse_step.surfaces_layer(), "surfaces")
        if surfaces is None:
            self.show_message(tr("The report needs the building surfaces: import the buildings first."),
                              Qgis.MessageLevel.Warning)
            return None
        folder = os.path.join(self.output_root or self.results_step.output_root(), tr("Reports"))
        os.makedirs(folder, exist_ok=True)
        safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in building_id)
        parameters = {
            "BUILDING_ID": building_id,
            "INPUT": layer_source(surfaces),
            "OUTPUT_HTML": os.path.join(folder, f"{safe}.html"),
            "OUTPUT_PDF": os.path.join(folder, f"{safe}.pdf"),
        }
        for name, kind in (("BUILDINGS", "buildings"), ("SOLAR", "solar"), ("PARCELS", "parcels")):
            layer = twin_layers.partner(project, surfaces, kind)
            if layer is not None:
                parameters[name] = layer_source(layer)
        run = AlgorithmRun("nrwtwin:buildingreport", parameters, project, self)
        run.finished.connect(lambda ok: self._report_done(run, ok, building_id, parameters["OUTPUT_PDF"]))
        self.tasks.append(run)
        self.show_message(tr("Writing the report of building {} …").format(building_id), Qgis.MessageLevel.Info)
        run.start()
        return run

    def _report_done(self, run: AlgorithmRun, ok: bool, building_id: str, pdf: str) -> None:
        if run in self.tasks:
            self.tasks.remove(run)
        if not ok:
            self.show_message(run.error, Qgis.MessageLevel.Critical)
            return
        self.results_step.add_result(tr("Report {} (PDF)").format(building_id), pdf)
        self.steps.set_summary("results", self.results_step.summary())
        opened = open_path(pdf)
        text = tr("Report written: {}").format(os.path.basename(pdf))
        self.show_message(text, Qgis.MessageLevel.Success if opened else Qgis.MessageLevel.Info, pdf)

    # ------------------------------------------------------------------ 3D

    def show_3d(self, focus=None) -> str:
        """Open the 3D view of the twin (or say how, on QGIS versions without the API for it)."""
        project = QgsProject.instance()
        if focus is None:  # the building of the card, else what the map shows
            focus = self._building_rect(project.crs())
        if focus is None and self.canvas is not None:
            focus = self.canvas.extent()
        hint = view3d.open_twin_3d(self.iface, project, self.analyse_step.surfaces_layer(), focus)
        if hint:
            self.show_message(hint, Qgis.MessageLevel.Info)
        else:
            self.show_message(tr("3D view opened."), Qgis.MessageLevel.Success)
        return hint

    # ------------------------------------------------------------------ teardown

    def cleanup(self) -> None:
        """Cancel running tasks and remove map tools, overlays and windows (called by the plugin's unload)."""
        self.cancel()
        project = QgsProject.instance()
        for signal in (project.readProject, project.projectSaved):
            try:
                signal.disconnect(self._project_changed)
            except (TypeError, RuntimeError):
                pass
        for step in (self.area_step, self.data_step, self.analyse_step, self.print_step):
            step.cleanup()
        if self.card_task is not None and not self.card_task.finished_:
            self.card_task.cancel()
        self.tasks = []
        if self.card is not None:
            self.card.close()
            self.card.deleteLater()
            self.card = None
        self.area.cleanup()
