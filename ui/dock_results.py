"""Step 5 of the dock, "Results": where the results go (chosen here, remembered with the project,
by default next to the project file) and what each run made, opened with the system's programs.

Other parts of the plugin add their own buttons here through :func:`register_result_action` (e.g. a
browser preview of an exported 3D Tiles folder).
"""

from __future__ import annotations

import os
from typing import Callable, List, Optional, Tuple

from qgis.core import Qgis, QgsProject, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import QStandardPaths, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QGridLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from ..translate import tr

SETTINGS_KEY = "nrw_digital_twin/output_folder"
PROJECT_SCOPE, PROJECT_KEY = "nrw_digital_twin", "output_folder"
PATH_ROLE = Qt.ItemDataRole.UserRole
ResultAction = Tuple[Callable[[], str], Callable[[str], str], Callable[[str], bool]]


def is_3d_tiles_folder(path: str) -> bool:
    """A folder written by nrwtwin:export3dtiles (tileset and viewer page)."""
    return os.path.isfile(os.path.join(path, "tileset.json")) and os.path.isfile(os.path.join(path, "index.html"))


def view_in_browser(path: str) -> str:
    """Serve the 3D Tiles folder on this computer and open its viewer (ui/web_preview.py)."""
    from .web_preview import open_in_browser

    return tr("Viewer opened: {}").format(open_in_browser(path))


#: (button text function, handler(path) -> message or '', predicate(path) -> bool); other modules add
#: theirs with :func:`register_result_action`.
RESULT_ACTIONS: List[ResultAction] = [(lambda: tr("View in the browser"), view_in_browser, is_3d_tiles_folder)]


def register_result_action(text: Callable[[], str], handler: Callable[[str], str], applies: Callable[[str], bool]):
    """Add a button to the results step that acts on the selected result when ``applies(path)``."""
    RESULT_ACTIONS.append((text, handler, applies))


def default_output_root(project: Optional[QgsProject] = None) -> str:
    """The folder for new runs: the one chosen for this project, next to the project file, the one
    chosen last, or "NRW Digital Twin" in the documents folder."""
    project = project or QgsProject.instance()
    chosen, _ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    if chosen:
        return chosen
    if project.fileName():
        return os.path.join(project.absolutePath(), tr("Digital twin"))
    remembered = QgsSettings().value(SETTINGS_KEY, "")
    if remembered:
        return str(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return os.path.join(documents or os.path.expanduser("~"), tr("NRW Digital Twin"))


def remember_output_root(path: str, project: Optional[QgsProject] = None) -> None:
    project = project or QgsProject.instance()
    project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, path or "")
    if path:
        QgsSettings().setValue(SETTINGS_KEY, path)


def open_path(path: str) -> bool:
    """Open a file or folder with the system's program for it (file manager, PDF viewer, slicer …)."""
    return bool(path) and QDesktopServices.openUrl(QUrl.fromLocalFile(path))


class ResultsStep(QWidget):
    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 6)
        folder_label = QLabel(tr("Output folder (a new folder per run):"), self)
        folder_label.setWordWrap(True)
        layout.addWidget(folder_label)
        self.folder_widget = QgsFileWidget(self)
        self.folder_widget.setObjectName("nrwtwin_output_folder")
        self.folder_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.folder_widget.setFilePath(default_output_root())
        self.folder_widget.fileChanged.connect(self._folder_chosen)
        layout.addWidget(self.folder_widget)
        self.results_list = QListWidget(self)
        self.results_list.setObjectName("nrwtwin_results_list")
        self.results_list.setWordWrap(True)
        self.results_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results_list.setMinimumHeight(90)
        self.results_list.itemDoubleClicked.connect(lambda item: self.open_item(item))
        self.results_list.currentItemChanged.connect(lambda *_args: self.update_buttons(False))
        layout.addWidget(self.results_list)
        self.buttons = QGridLayout()
        self.open_folder_button = QPushButton(tr("Open folder"), self)
        self.open_folder_button.setObjectName("nrwtwin_open_folder")
        self.open_folder_button.clicked.connect(self.open_folder)
        self.open_button = QPushButton(tr("Open"), self)
        self.open_button.setObjectName("nrwtwin_open_result")
        self.open_button.setToolTip(tr("Opens the file with the program your system uses for it."))
        self.open_button.clicked.connect(lambda: self.open_item(self.results_list.currentItem()))
        self.buttons.addWidget(self.open_folder_button, 0, 0)
        self.buttons.addWidget(self.open_button, 0, 1)
        self.extra_buttons = []
        for index, (text, handler, applies) in enumerate(RESULT_ACTIONS):
            button = QPushButton(text(), self)
            button.clicked.connect(lambda _checked, handler=handler: self._run_action(handler))
            self.extra_buttons.append((button, applies))
            self.buttons.addWidget(button, 1 + index // 2, index % 2)
        layout.addLayout(self.buttons)
        self.update_buttons(False)

    def _folder_chosen(self, path: str) -> None:
        remember_output_root(path)
        self.dock.output_root = path or None

    def output_root(self) -> str:
        return self.folder_widget.filePath() or default_output_root()

    def project_changed(self) -> None:
        """A project was opened or saved elsewhere: follow its output folder."""
        self.folder_widget.blockSignals(True)
        self.folder_widget.setFilePath(default_output_root())
        self.folder_widget.blockSignals(False)

    def add_result(self, text: str, path: str, tooltip: str = "") -> QListWidgetItem:
        """A line in the list (newest on top); ``path`` is a file or a folder."""
        item = QListWidgetItem(text)
        item.setData(PATH_ROLE, path)
        item.setToolTip(tooltip or path)
        self.results_list.insertItem(0, item)
        self.results_list.setCurrentItem(item)
        return item

    def add_run(self, workflow) -> None:
        """The folder and the files of a finished run."""
        for label, path in reversed(workflow.result_files()):
            self.add_result(label, path)
        self.add_result(tr("Run {} (folder)").format(workflow.stamp.strftime("%H:%M:%S")), workflow.run_dir)
        self.dock.steps.set_summary("results", self.summary())

    def selected_path(self) -> str:
        item = self.results_list.currentItem()
        return str(item.data(PATH_ROLE)) if item is not None else ""

    def open_folder(self) -> bool:
        path = self.selected_path() or self.output_root()
        folder = path if os.path.isdir(path) else os.path.dirname(path)
        return self._opened(folder, open_path(folder))

    def open_item(self, item) -> bool:
        path = str(item.data(PATH_ROLE)) if item is not None else ""
        return self._opened(path, open_path(path))

    def _opened(self, path: str, ok: bool) -> bool:
        if not ok:
            self.dock.show_message(
                tr("No program on this computer opens {}. Open the folder and choose a program.").format(
                    os.path.basename(path) or path
                ),
                Qgis.MessageLevel.Warning,
                path,
            )
        return ok

    def _run_action(self, handler) -> None:
        message = handler(self.selected_path())
        if message:
            self.dock.show_message(message, Qgis.MessageLevel.Info)

    def summary(self) -> str:
        count = sum(1 for row in range(self.results_list.count()) if os.path.isdir(self._path(row)))
        if count == 1:
            return tr("1 run")
        return tr("{} runs").format(count) if count else ""

    def _path(self, row: int) -> str:
        return str(self.results_list.item(row).data(PATH_ROLE))

    def update_buttons(self, running: bool) -> None:
        path = self.selected_path()
        self.open_button.setEnabled(bool(path) and os.path.isfile(path))
        for button, applies in self.extra_buttons:
            button.setEnabled(bool(path) and applies(path))
