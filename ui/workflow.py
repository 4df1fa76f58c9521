"""The dock's workflow: a small state machine that runs Processing steps one after the other.

"Run all" = download (nrwtwin:downloadtiles, LoD2) → import (nrwtwin:importcitygml) → measurements
(nrwtwin:buildingmetrics) → solar potential (nrwtwin:roofsolar) → print model (nrwtwin:printmesh).
Each step is a background task (:class:`.tasks.AlgorithmRun`); when one finishes the next one starts
with the previous outputs as its inputs. The single buttons of the dock run a shorter list of the same
steps (e.g. only "solar" on a chosen surfaces layer, "metrics" with the buildings layer that belongs
to it).

All files of a run go to one new folder ``<output folder>/<date-time>`` (the output folder is chosen in
the dock's step "Results", see dock_results.default_output_root). The layers are added to the project
only at the end, in one group "NRW Digital Twin – <date/time>" ("Digitaler Zwilling NRW – …" in German),
with their stored styles (aliases, value maps, 2D style: processing_provider/field_styles.py) and 3D
renderers — so a cancelled run adds nothing and removes its folder; a failed run keeps the layers of
the steps that completed. The 3D view of the results is prepared by :mod:`.view3d`. The download cache
stays consistent on its own: the downloader writes ``*.part`` files and renames only complete tiles.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsCoordinateTransformContext,
    QgsFeature,
    QgsGeometry,
    QgsLayerTreeGroup,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..algorithms.messages import msg
from ..algorithms.opengeodata import PRODUCT_ORDER
from ..processing_provider import field_styles, layer_styles
from ..processing_provider.qt_compat import FieldType
from ..translate import format_number, tr
from . import twin_layers, view3d
from .dock_results import default_output_root
from .tasks import AlgorithmRun, load_into_project

FORMATS = ("STL", "3MF", "OBJ")
ALL_STEPS = ("download", "import", "metrics", "solar", "print")
_USED_RUN_DIRS: set = set()


@dataclass
class WorkflowOptions:
    """What the dock's widgets say; the defaults are those of the algorithms."""

    product: int = 0  # index into PRODUCT of nrwtwin:downloadtiles (0 = LoD2)
    max_tiles: int = 25
    size_mm: float = 150.0
    z_exaggeration: float = 1.5
    base_mm: float = 3.0
    print_format: int = 0  # STL, 3MF, OBJ
    steps: tuple = ALL_STEPS
    products: tuple = ()  # PRODUCT indexes for the step "products" (Data section: download checked)


@dataclass
class Step:
    key: str
    alg_id: str
    title: str
    required: bool
    parameters: Callable[["Workflow"], Dict[str, Any]]
    after: Optional[Callable[["Workflow", AlgorithmRun], Optional[str]]] = None
    load_outputs: Optional[Callable[[], Dict[str, Any]]] = None


def layer_source(layer) -> Any:
    """A Processing input value for a layer: its file for file layers (thread-safe), else its id."""
    if isinstance(layer, str):
        return layer
    if layer.providerType() == "ogr":
        return layer.source()
    return layer.id()


def filter_parameters(alg_id: str, parameters: Dict[str, Any]) -> Dict[str, Any]:
    """Drop the parameters the installed algorithm does not declare (e.g. EXTENT vs AOI)."""
    algorithm = QgsApplication.processingRegistry().algorithmById(alg_id)
    if algorithm is None:
        return parameters
    names = {definition.name() for definition in algorithm.parameterDefinitions()}
    return {key: value for key, value in parameters.items() if key in names}


def step_available(alg_id: str) -> bool:
    return QgsApplication.processingRegistry().algorithmById(alg_id) is not None


class Workflow(QObject):
    """Runs ``steps`` for an area. Signals: stepStarted(title, index, count), progressChanged(0–100),
    message(text), finished(ok, message)."""

    stepStarted = pyqtSignal(str, int, int)  # noqa: N815 (Qt naming)
    progressChanged = pyqtSignal(float)  # noqa: N815
    message = pyqtSignal(str)
    finished = pyqtSignal(bool, str)

    def __init__(
        self,
        area: Optional[QgsGeometry],
        options: WorkflowOptions,
        inputs: Optional[Dict[str, Any]] = None,
        project: Optional[QgsProject] = None,
        output_root: Optional[str] = None,
        parent: Optional[QObject] = None,
    ) -> None:
        super().__init__(parent)
        self.area = QgsGeometry(area) if area is not None else None
        self.options = options
        self.project = project or QgsProject.instance()
        self.stamp = datetime.now()
        self.files: List[Tuple[str, str]] = []  # (what, path) of the files made, for the results list
        root = output_root or default_output_root(self.project)
        # A new folder per run; a path is never reused in a session, because GDAL keeps connections to
        # GeoPackages of a removed (cancelled) run open under their old path.
        self.run_dir = os.path.join(root, self.stamp.strftime("%Y%m%d-%H%M%S"))
        suffix = 1
        while os.path.exists(self.run_dir) or self.run_dir in _USED_RUN_DIRS:
            suffix += 1
            self.run_dir = os.path.join(root, self.stamp.strftime("%Y%m%d-%H%M%S") + f"-{suffix}")
        _USED_RUN_DIRS.add(self.run_dir)
        self.outputs: Dict[str, Any] = dict(inputs or {})
        self.steps: List[Step] = [s for s in self.all_steps() if s.key in options.steps]
        self.index = -1
        self.current: Optional[AlgorithmRun] = None
        self.completed: List[AlgorithmRun] = []
        self.skipped: List[str] = []
        self.notes: List[str] = []
        self.group: Optional[QgsLayerTreeGroup] = None
        self.added_layers: List[Any] = []
        self.area_layer: Optional[QgsVectorLayer] = None
        self.running = False
        self.canceled = False
        self.error = ""

    # ------------------------------------------------------------------ steps

    def extent_string(self) -> str:
        box = self.area.boundingBox()
        return f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:25832]"

    def path(self, name: str) -> str:
        return os.path.join(self.run_dir, name)

    def all_steps(self) -> List[Step]:
        products = [
            Step(
                "products",
                "nrwtwin:downloadtiles",
                tr("Download {}").format(PRODUCT_ORDER[index]),
                True,
                lambda index=index: self._product_parameters(index),
                self._after_product_download,
            )
            for index in self.options.products
        ]
        return products + [
            Step(
                "download",
                "nrwtwin:downloadtiles",
                tr("Download 3D building models"),
                True,
                self._download_parameters,
                self._after_download,
            ),
            Step(
                "import",
                "nrwtwin:importcitygml",
                tr("Import buildings"),
                True,
                self._import_parameters,
                self._after_import,
                self._import_layers,
            ),
            Step("metrics", "nrwtwin:buildingmetrics", tr("Measure buildings"), False, self._metrics_parameters),
            Step(
                "solar",
                "nrwtwin:roofsolar",
                tr("Solar potential of the roofs"),
                False,
                self._solar_parameters,
                self._after_solar,
            ),
            Step("print", "nrwtwin:printmesh", tr("3D print model"), False, self._print_parameters, self._after_print),
        ]

    def _download_parameters(self) -> Dict[str, Any]:
        return {
            "EXTENT": self.extent_string(),
            "PRODUCT": self.options.product,
            "MAX_TILES": self.options.max_tiles,
            "OUTPUT_FOLDER": self.path("tiles"),
            "OUTPUT_TILES": load_into_project(self.path("tiles.gpkg"), tr("Downloaded tiles"), self.project),
        }

    def _product_parameters(self, index: int) -> Dict[str, Any]:
        key = PRODUCT_ORDER[index]
        return {
            "EXTENT": self.extent_string(),
            "PRODUCT": index,
            "MAX_TILES": self.options.max_tiles,
            "OUTPUT_FOLDER": self.path(key),
            "OUTPUT_TILES": load_into_project(self.path(f"tiles_{key}.gpkg"), tr("Tiles {}").format(key), self.project),
        }

    def _after_product_download(self, run: AlgorithmRun) -> Optional[str]:
        """Open downloaded rasters (DGM1, DOM1, nDOM, DOP) as layers of the result group."""
        from qgis.core import QgsRasterLayer

        for path in run.results.get("FILES") or []:
            if str(path).lower().endswith((".tif", ".tiff", ".jp2")):
                layer = QgsRasterLayer(str(path), os.path.basename(str(path)))
                if layer.isValid():
                    run.layers.append((layer, None))
        return None

    def _after_download(self, run: AlgorithmRun) -> Optional[str]:
        files = [
            str(f) for f in (run.results.get("FILES") or []) if str(f).lower().endswith((".gml", ".xml", ".gz", ".zip"))
        ]
        if not files and "import" in [s.key for s in self.steps]:
            return tr(
                "No 3D building tiles were found for this area (the tiles may not be published, e.g. "
                "outside North Rhine-Westphalia). Choose another area."
            )
        self.outputs["files"] = files
        return None

    def _import_parameters(self) -> Dict[str, Any]:
        # Plain paths: the layers are opened and styled by the workflow (processing_provider/layer_styles.py).
        return {
            "INPUT": self.outputs["files"],
            "EXTENT": self.extent_string(),
            "OUTPUT_BUILDINGS": self.path("buildings.gpkg"),
            "OUTPUT_SURFACES": self.path("surfaces.gpkg"),
        }

    def _import_layers(self) -> Dict[str, Any]:
        def style(kind):
            return lambda layer: layer_styles.apply_style(layer, kind)

        return {
            "OUTPUT_BUILDINGS": (tr("Buildings"), style("buildings")),
            "OUTPUT_SURFACES": (tr("Building surfaces (3D)"), style("surfaces")),
        }

    def _after_import(self, run: AlgorithmRun) -> Optional[str]:
        self.outputs["surfaces"] = run.results.get("OUTPUT_SURFACES")
        self.outputs["buildings"] = run.results.get("OUTPUT_BUILDINGS")
        if not run.results.get("BUILDING_COUNT", 1):
            return tr("The area contains no buildings. Choose an area with buildings.")
        return None

    def _metrics_parameters(self) -> Dict[str, Any]:
        parameters = {
            "INPUT": layer_source(self.outputs["surfaces"]),
            "OUTPUT": load_into_project(self.path("measurements.gpkg"), tr("Building measurements"), self.project),
        }
        if self.outputs.get("buildings"):
            parameters["BUILDINGS"] = layer_source(self.outputs["buildings"])
        return parameters

    def _solar_parameters(self) -> Dict[str, Any]:
        return {
            "INPUT": layer_source(self.outputs["surfaces"]),
            "OUTPUT": load_into_project(
                self.path("solar_roofs.gpkg"), tr("Solar potential of the roofs"), self.project
            ),
        }

    def _after_solar(self, run: AlgorithmRun) -> Optional[str]:
        for layer, _post in run.layers:
            if isinstance(layer, QgsVectorLayer) and layer_styles.kind_of(layer.fields().names()) == "solar":
                self.outputs["solar_layer"] = layer
        return None

    def _print_parameters(self) -> Dict[str, Any]:
        extension = FORMATS[self.options.print_format].lower()
        parameters = {
            "INPUT": layer_source(self.outputs["surfaces"]),
            "EXTENT": self.extent_string(),
            "SIZE_MM": self.options.size_mm,
            "Z_EXAGGERATION": self.options.z_exaggeration,
            "BASE_MM": self.options.base_mm,
            "FORMAT": self.options.print_format,
            "OUTPUT": self.path(f"print_model.{extension}"),
        }
        if self.area_layer is not None:
            parameters["AOI"] = self.area_layer.source()
        return parameters

    def _after_print(self, run: AlgorithmRun) -> Optional[str]:
        output = run.results.get("OUTPUT")
        self.outputs["print_file"] = output
        self.outputs["print_results"] = dict(run.results)
        if output:
            text = tr("3D print model: {}").format(output)
            if run.results.get("TRIANGLES"):
                text += " — " + tr("{triangles} triangles, {w} × {d} × {h} mm").format(
                    triangles=format_number(int(run.results["TRIANGLES"])),
                    w=format_number(float(run.results.get("WIDTH_MM") or 0)),
                    d=format_number(float(run.results.get("DEPTH_MM") or 0)),
                    h=format_number(float(run.results.get("HEIGHT_MM") or 0)),
                )
            self.notes.append(text)
            self.files.append(
                (tr("3D print model ({})").format(os.path.splitext(str(output))[1].lstrip(".").upper()), str(output))
            )
        return None

    def result_files(self) -> List[Tuple[str, str]]:
        """(what, path) of the files of the completed steps that people open outside QGIS."""
        return [(what, path) for what, path in self.files if os.path.exists(path)]

    # -------------------------------------------------------------- running

    def start(self) -> None:
        if self.area is None and any(s.key in ("download", "products", "print") for s in self.steps):
            self._end(False, tr("Choose an area first (section 'Area')."))
            return
        needs_surfaces = [s for s in self.steps if s.key in ("metrics", "solar", "print")]
        if needs_surfaces and "import" not in [s.key for s in self.steps] and not self.outputs.get("surfaces"):
            self._end(False, tr("Choose a building surfaces layer (from 'Import buildings') first."))
            return
        try:
            os.makedirs(self.run_dir, exist_ok=True)
        except OSError as error:
            self._end(
                False,
                tr("Cannot create the output folder {}: {}. Choose another output folder.").format(
                    self.run_dir, error.strerror or error
                ),
            )
            return
        self.running = True
        if self.area is not None:
            self.area_layer = self._write_area_layer()
        self._next()

    def _write_area_layer(self) -> Optional[QgsVectorLayer]:
        """The area as a polygon layer file (input of AOI parameters, shown in the result group)."""
        memory = QgsVectorLayer("Polygon?crs=EPSG:25832", "area", "memory")
        provider = memory.dataProvider()
        provider.addAttributes([field_styles.make_field("area_km2", FieldType.Double, msg("Area (km²)"))])
        memory.updateFields()
        feature = QgsFeature(memory.fields())
        feature.setGeometry(self.area)
        feature.setAttributes([self.area.area() / 1e6])
        provider.addFeatures([feature])
        path = self.path("area.gpkg")
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        result = QgsVectorFileWriter.writeAsVectorFormatV3(memory, path, QgsCoordinateTransformContext(), options)
        if result[0] != QgsVectorFileWriter.WriterError.NoError:
            return None
        layer_styles.store_output_style(path, "area", memory.fields(), memory.wkbType())
        layer = QgsVectorLayer(path, tr("Area"), "ogr")
        return layer if layer.isValid() else None

    def _next(self) -> None:
        if self.canceled:
            return
        self.index += 1
        while self.index < len(self.steps) and not step_available(self.steps[self.index].alg_id):
            step = self.steps[self.index]
            if step.required:
                self._fail(
                    tr(
                        "The step '{}' is not available in this installation. Update or reinstall the "
                        "NRW Digital Twin plugin."
                    ).format(step.title)
                )
                return
            self.skipped.append(step.title)
            self.message.emit(tr("Skipped (not installed): {}").format(step.title))
            self.index += 1
        if self.index >= len(self.steps):
            self._complete()
            return
        step = self.steps[self.index]
        try:
            parameters = filter_parameters(step.alg_id, step.parameters())
        except KeyError:
            self._fail(tr("The step '{}' needs the results of an earlier step.").format(step.title))
            return
        self.stepStarted.emit(step.title, self.index + 1, len(self.steps))
        self.progressChanged.emit(100.0 * self.index / len(self.steps))
        run = AlgorithmRun(
            step.alg_id, parameters, self.project, self, step.load_outputs() if step.load_outputs is not None else None
        )
        run.progressChanged.connect(self._step_progress)
        run.finished.connect(self._step_finished)
        self.current = run
        run.start()

    def _step_progress(self, percent: float) -> None:
        if self.steps:
            self.progressChanged.emit(100.0 * (self.index + max(0.0, min(100.0, percent)) / 100.0) / len(self.steps))

    def _step_finished(self, ok: bool) -> None:
        run, step = self.current, self.steps[self.index]
        self.current = None
        if self.canceled or run.canceled:
            self._cancelled()
            return
        if not ok:
            self._fail(tr("{step} failed: {error}").format(step=step.title, error=run.error))
            return
        self.completed.append(run)
        if step.after is not None:
            problem = step.after(run)
            if problem:
                self._fail(problem)
                return
        self._next()

    def cancel(self) -> None:
        """Stop the running step; the project gets nothing and the run folder is removed."""
        if not self.running or self.canceled:
            return
        self.canceled = True
        if self.current is not None:
            self.current.cancel()
        else:
            self._cancelled()

    def _cancelled(self) -> None:
        for run in self.completed + ([self.current] if self.current else []):
            run.layers = []
        self.completed = []
        self.outputs.pop("solar_layer", None)
        self.area_layer = None
        shutil.rmtree(self.run_dir, ignore_errors=True)
        self._end(
            False,
            tr(
                "Canceled. Nothing was added to the project; tiles downloaded completely stay in "
                "the cache, unfinished ones resume next time."
            ),
        )

    def _fail(self, message: str) -> None:
        self.error = message
        if self.completed:
            self._add_results()
            message += "\n" + tr("The results of the completed steps were added to the group '{}'.").format(
                self.group.name()
            )
        else:
            shutil.rmtree(self.run_dir, ignore_errors=True)
        self._end(False, message)

    def _complete(self) -> None:
        self.progressChanged.emit(100.0)
        self._add_results()
        parts = [tr("Done: the results are in the layer group '{}'.").format(self.group.name())] + self.notes
        if self.skipped:
            parts.append(tr("Not installed, skipped: {}").format(", ".join(self.skipped)))
        self._end(True, "\n".join(parts))

    def _end(self, ok: bool, message: str) -> None:
        self.running = False
        self.finished.emit(ok, message)

    # -------------------------------------------------------------- results

    def group_name(self) -> str:
        return tr("NRW Digital Twin – {}").format(self.stamp.strftime("%Y-%m-%d %H:%M:%S"))

    def _add_results(self) -> None:
        """Add every layer of the completed steps to a new group at the top of the layer tree."""
        root = self.project.layerTreeRoot()
        self.group = root.insertGroup(0, self.group_name())
        layers = []
        for run in reversed(self.completed):  # last step on top
            layers.extend(run.add_layers(self.group))
        if self.area_layer is not None:
            self.project.addMapLayer(self.area_layer, False)
            self.group.addLayer(self.area_layer)
            layer_styles.apply_style(self.area_layer, "area")
            layers.append(self.area_layer)
        self.added_layers = layers
        twin = [layer for layer in layers if twin_layers.kind(layer) in ("solar", "surfaces")]
        if twin:
            view3d.prepare_twin_3d(self.project, twin[0])
