"""QGIS entry points: Processing provider, menu entry, toolbar button and the dock."""
from __future__ import annotations

import os

from qgis.core import QgsApplication

from .processing_provider.provider import NrwTwinProvider
from .translate import install_translator, remove_translator, tr

PLUGIN_DIR = os.path.dirname(__file__)
ICON_PATH = os.path.join(PLUGIN_DIR, "icon.svg")


class NrwDigitalTwinPlugin:
    """Owns everything the plugin adds to QGIS, so ``unload`` can take all of it away again."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.action = None
        self.dock = None
        install_translator()

    @property
    def menu_title(self) -> str:
        return tr("&NRW Digital Twin")

    def initProcessing(self) -> None:  # noqa: N802 (QGIS's name)
        if self.provider is None:
            provider = NrwTwinProvider()
            # addProvider refuses (and deletes) a second provider with the same id, e.g. when the
            # plugin is installed twice; keep no reference to a deleted object then.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    def initGui(self) -> None:  # noqa: N802
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtGui import QIcon

        from .processing_provider.qt_compat import QAction
        from .ui.dock import TwinDock

        self.initProcessing()
        self.dock = TwinDock(self.iface)
        self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()

        self.action = QAction(QIcon(ICON_PATH), tr("NRW Digital Twin"), self.iface.mainWindow())
        self.action.setObjectName("nrwtwin_show_dock")
        self.action.setCheckable(True)
        self.action.setToolTip(tr("Show the NRW Digital Twin dock (Digitaler Zwilling NRW)"))
        self.action.toggled.connect(self.dock.setUserVisible)
        self.dock.visibilityChanged.connect(self.action.setChecked)
        self.iface.addPluginToMenu(self.menu_title, self.action)
        self.iface.addToolBarIcon(self.action)

    def unload(self) -> None:
        if self.action is not None:
            self.iface.removePluginMenu(self.menu_title, self.action)
            self.iface.removeToolBarIcon(self.action)
            self.action.deleteLater()
            self.action = None
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.setParent(None)
            self.dock.deleteLater()
            self.dock = None
        from .ui import web_preview

        web_preview.stop_all()  # local servers of "View in the browser"
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translator()
