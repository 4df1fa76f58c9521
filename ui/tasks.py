"""Run Processing algorithms and small functions as background tasks of QGIS's task manager.

:class:`AlgorithmRun` wraps a ``QgsProcessingAlgRunnerTask``: the algorithm runs in a worker thread,
progress comes back through the feedback's ``progressChanged`` signal (queued to the GUI thread), the
task shows in QGIS's task manager with a cancel button, and the result arrives in ``finished``. The
output layers the algorithm asked to load (``QgsProcessingOutputLayerDefinition`` with a destination
project) are opened when the task ends but added to the project only by :meth:`AlgorithmRun.add_layers`,
so a caller can put them into a group, or drop them after a cancel.

Errors reach the user as the algorithm's own message (a ``QgsProcessingException`` text, which the
plugin's algorithms write as "what went wrong, what to do"); a Python traceback is never shown — when
one shows up in the feedback (a bug), only its last line plus a hint to the log is kept.
"""

from __future__ import annotations

import functools
from typing import Any, Callable, Dict, List, Optional, Tuple

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsMapLayer,
    QgsMessageLog,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..algorithms.proj import keep_thread_context
from ..processing_provider import layer_styles
from ..translate import localize, tr

LOG_TAG = "NRW Digital Twin"
#: task → (context, feedback) of running algorithms: they must outlive their AlgorithmRun (which the dock
#: owns) until the worker thread is done, e.g. when the plugin is unloaded during a run.
_RUNNING: Dict[int, Tuple[Any, Any, Any]] = {}


def _release(key: int, *_args) -> None:
    _RUNNING.pop(key, None)


def running_count() -> int:
    return len(_RUNNING)


def load_into_project(path: str, name: str, project: Optional[QgsProject] = None) -> QgsProcessingOutputLayerDefinition:
    """An output value that writes to ``path`` and asks for the layer to be loaded as ``name``."""
    definition = QgsProcessingOutputLayerDefinition(path, project or QgsProject.instance())
    definition.destinationName = name
    return definition


def readable_error(text: str) -> str:
    """The user-facing part of an error text: no traceback, no 'Traceback (most recent call last)'."""
    text = (text or "").strip()
    if "Traceback (most recent call last)" in text or '  File "' in text:
        lines = [line for line in text.splitlines() if line.strip()]
        last = lines[-1] if lines else text
        if ": " in last and last.split(": ", 1)[0].replace(".", "").isidentifier():
            last = last.split(": ", 1)[1]
        return tr("{} (an internal error; details are in the log panel, tab 'NRW Digital Twin').").format(last)
    return text


class CollectingFeedback(QgsProcessingFeedback):
    """Processing feedback that keeps the messages (errors separately) for the dock."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: List[str] = []
        self.messages: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802, N803 (QGIS's names)
        self.errors.append(str(error))
        super().reportError(error, fatalError)

    def pushInfo(self, info):  # noqa: N802
        self.messages.append(str(info))
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.messages.append(str(warning))
        super().pushWarning(warning)


class AlgorithmRun(QObject):
    """One algorithm run in the background. Connect to the signals, then call :meth:`start`.

    ``finished(ok)`` fires once, also on failure and cancel; then ``results`` holds the outputs,
    ``error`` a readable message (empty when ok), ``canceled`` whether the user stopped it and
    ``layers`` the loaded output layers as ``(layer, post_processor_or_None)`` pairs.
    """

    progressChanged = pyqtSignal(float)  # noqa: N815 (Qt naming)
    finished = pyqtSignal(bool)

    def __init__(
        self,
        alg_id: str,
        parameters: Dict[str, Any],
        project: Optional[QgsProject] = None,
        parent: Optional[QObject] = None,
        load_outputs: Optional[Dict[str, Tuple[str, Optional[Callable[[QgsMapLayer], Any]]]]] = None,
    ) -> None:
        """``load_outputs``: output name → (layer name, style function) for outputs written to plain
        file paths, opened here when the run succeeded (instead of Processing's load-on-completion)."""
        super().__init__(parent)
        self.load_outputs = dict(load_outputs or {})
        self.alg_id = alg_id
        self.parameters = parameters
        self.project = project or QgsProject.instance()
        self.results: Dict[str, Any] = {}
        self.error = ""
        self.canceled = False
        self.done = False
        self.layers: List[Tuple[QgsMapLayer, Any]] = []
        self.task: Optional[QgsProcessingAlgRunnerTask] = None
        self.context: Optional[QgsProcessingContext] = None
        self.feedback = CollectingFeedback()
        self.feedback.progressChanged.connect(self.progressChanged)

    def algorithm(self):
        return QgsApplication.processingRegistry().algorithmById(self.alg_id)

    def start(self) -> bool:
        """Queue the task; False (and ``finished(False)``) when the algorithm is not installed."""
        algorithm = self.algorithm()
        if algorithm is None:
            self._finish(
                False,
                tr(
                    "The step '{}' is not available in this installation. Update or reinstall the "
                    "NRW Digital Twin plugin."
                ).format(self.alg_id),
            )
            return False
        self.context = QgsProcessingContext()
        self.context.setProject(self.project)
        self.task = QgsProcessingAlgRunnerTask(algorithm, self.parameters, self.context, self.feedback)
        self.task.executed.connect(self._executed)
        key = id(self.task)
        _RUNNING[key] = (self.task, self.context, self.feedback)
        self.task.executed.connect(functools.partial(_release, key))
        QgsApplication.taskManager().addTask(self.task)
        return True

    def cancel(self) -> None:
        self.canceled = True
        self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:  # already deleted by the task manager
                pass

    def _executed(self, successful: bool, results: Dict[str, Any]) -> None:
        self.results = dict(results or {})
        if successful and not self.feedback.isCanceled():
            self._load_layers()
            self._release_inputs()
            self._finish(True, "")
            return
        self._release_inputs()
        if self.feedback.isCanceled() or self.canceled:
            self.canceled = True
            self._finish(False, tr("Canceled."))
            return
        message = "\n".join(readable_error(e) for e in self.feedback.errors if e.strip())
        if not message:
            message = tr("The step '{}' failed without a message. See the log panel, tab 'Processing'.").format(
                self.algorithm().displayName() if self.algorithm() else self.alg_id
            )
        self._finish(False, message)

    def _release_inputs(self) -> None:
        """Close the input layers Processing opened for the run (its temporary layer store)."""
        if self.context is not None:
            self.context.temporaryLayerStore().removeAllMapLayers()

    def _load_layers(self) -> None:
        """Open the layers the algorithm wants loaded (not yet added to the project)."""
        context = self.context
        for source, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(source, context, typeHint=details.layerTypeHint)
            if layer is None:
                continue
            store = context.temporaryLayerStore()
            if store.mapLayer(layer.id()) is not None:
                layer = store.takeMapLayer(layer)
            if details.name:
                # Our (translated) name, also where Processing's "prefer the file name" setting would
                # call a layer of a non-temporary folder "solar_roofs".
                layer.setName(details.name)
            else:
                details.setOutputLayerName(layer)
            post = details.postProcessor()
            if post is not None:
                # The context deletes its post-processors; some algorithms share one object between runs,
                # so take it out of this context (it is used once, in add_layers, and never deleted here).
                context.layerToLoadOnCompletionDetails(source).setPostProcessor(None)
            self.layers.append((layer, post))
        for key, (name, style) in self.load_outputs.items():
            value = self.results.get(key)
            if not value:
                continue
            layer = QgsProcessingUtils.mapLayerFromString(str(value), context, True)
            if layer is None or not layer.isValid():
                continue
            store = context.temporaryLayerStore()
            if store.mapLayer(layer.id()) is not None:
                layer = store.takeMapLayer(layer)
            layer.setName(name)
            self.layers.append((layer, style))

    def add_layers(self, group=None) -> List[QgsMapLayer]:
        """Add the loaded layers to the project (into ``group`` when given) and apply their styles."""
        added = []
        for layer, post in self.layers:
            if group is not None:
                self.project.addMapLayer(layer, False)
                group.addLayer(layer)
            else:
                self.project.addMapLayer(layer)
            try:
                if post is None:
                    layer_styles.apply_style(layer)  # stored style (aliases, value maps) and 3D renderer
                elif hasattr(post, "postProcessLayer"):
                    post.postProcessLayer(layer, self.context, self.feedback)
                else:
                    post(layer)
            except Exception as error:  # noqa: BLE001 - a style problem must not lose the result
                QgsMessageLog.logMessage(f"Styling {layer.name()} failed: {error}", LOG_TAG, Qgis.MessageLevel.Warning)
            added.append(layer)
        self.layers = []
        self.context = None  # nothing of the run is needed any more
        return added

    def _finish(self, ok: bool, error: str) -> None:
        if self.done:
            return
        self.done = True
        self.error = error
        if error and not self.canceled:
            QgsMessageLog.logMessage(f"{self.alg_id}: {error}", LOG_TAG, Qgis.MessageLevel.Warning)
        self.finished.emit(ok)


class FunctionTask(QObject):
    """A plain Python function in the background (``QgsTask.fromFunction``): ``done(ok, result, error)``.

    The function gets the QgsTask as first argument (for ``setProgress``/``isCanceled``) and must not
    touch widgets or the project. Its exception text becomes ``error`` (NrwTwinError messages are
    written for users).
    """

    done = pyqtSignal(bool, object, str)

    def __init__(self, description: str, function: Callable[..., Any], *args, parent: Optional[QObject] = None):
        super().__init__(parent)
        self.result: Any = None
        self.error = ""
        self.finished_ = False
        self.function, self.args = function, args
        self.task = QgsTask.fromFunction(description, self._call, on_finished=self._on_finished)

    def _call(self, task):
        keep_thread_context()  # pyproj on QGIS's pooled threads: see algorithms/proj.py
        # Wrapped in a tuple: QgsTask.fromFunction drops falsy results (0, [], "") before on_finished.
        return (self.function(task, *self.args),)

    def start(self) -> "FunctionTask":
        QgsApplication.taskManager().addTask(self.task)
        return self

    def cancel(self) -> None:
        try:
            self.task.cancel()
        except RuntimeError:
            pass

    def _on_finished(self, exception, result=None) -> None:
        self.finished_ = True
        # Feature sources and layers among the arguments hold files open: let them go now, on this
        # thread, not when Python is torn down after QGIS (which crashes on a GeoPackage still open).
        self.function, self.args = None, ()
        if exception is None:
            self.result = result[0] if isinstance(result, tuple) and len(result) == 1 else result
            result = self.result
        else:
            text = localize(exception.args[0]) if getattr(exception, "args", None) else str(exception)
            self.error = readable_error(text) or tr("Canceled.")
        try:
            self.done.emit(exception is None, result if exception is None else None, self.error)
        except RuntimeError:  # the dock was closed while the task ran
            pass
