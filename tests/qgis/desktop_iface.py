"""A minimal QgisInterface on a real QMainWindow: menus, toolbar and docks really exist.

pytest-qgis' ``qgis_iface`` accepts menu/toolbar calls without doing anything, so a test could not
see what a plugin leaves behind; this one places actions and docks like QGIS does.
"""
from __future__ import annotations

from qgis.gui import QgsMapCanvas
from qgis.PyQt.QtWidgets import QMainWindow, QMenu, QToolBar


class DesktopIface:
    def __init__(self) -> None:
        self.window = QMainWindow()
        self.canvas = QgsMapCanvas(self.window)
        self.window.setCentralWidget(self.canvas)
        self.plugin_menu = self.window.menuBar().addMenu("&Plugins")
        self.toolbar = QToolBar("Plugins", self.window)
        self.window.addToolBar(self.toolbar)

    def mainWindow(self):  # noqa: N802
        return self.window

    def mapCanvas(self):  # noqa: N802
        return self.canvas

    def _submenu(self, name: str, create: bool):
        for action in self.plugin_menu.actions():
            if action.menu() is not None and action.text() == name:
                return action.menu()
        return self.plugin_menu.addMenu(name) if create else None

    def addPluginToMenu(self, name, action):  # noqa: N802
        self._submenu(name, True).addAction(action)

    def removePluginMenu(self, name, action):  # noqa: N802
        menu = self._submenu(name, False)
        if menu is None:
            return
        menu.removeAction(action)
        if not menu.actions():
            self.plugin_menu.removeAction(menu.menuAction())
            menu.deleteLater()

    def addToolBarIcon(self, action):  # noqa: N802
        self.toolbar.addAction(action)

    def removeToolBarIcon(self, action):  # noqa: N802
        self.toolbar.removeAction(action)

    def addDockWidget(self, area, dock):  # noqa: N802
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock):  # noqa: N802
        self.window.removeDockWidget(dock)

    def menu_actions(self):
        actions = []
        for action in self.plugin_menu.actions():
            menu = action.menu()
            actions.extend(menu.actions() if menu is not None else [action])
        return actions

    def messageBar(self):  # noqa: N802
        return None




def cut_off_widgets(root) -> list:
    """Visible widgets of ``root`` that show less than their text needs, or reach beyond its right edge:
    buttons and one-line labels narrower than their size hint, wrapped labels lower than their text."""
    from qgis.PyQt.QtWidgets import QAbstractButton, QComboBox, QLabel, QWidget

    problems = []
    right = root.width()
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root) or widget.window() is not root.window():
            continue
        text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
        name = f"{type(widget).__name__} '{text}'"
        one_line = isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and not widget.wordWrap())
        if one_line and text and widget.width() < widget.sizeHint().width():
            problems.append(f"{name}: {widget.width()} < {widget.sizeHint().width()} px")
        elif isinstance(widget, QLabel) and text and widget.wordWrap() and widget.height() < widget.heightForWidth(
            widget.width()
        ):
            problems.append(f"{name}: {widget.height()} < {widget.heightForWidth(widget.width())} px high")
        elif isinstance(widget, QComboBox) and widget.width() < widget.minimumSizeHint().width():
            problems.append(f"{name}: {widget.width()} < {widget.minimumSizeHint().width()} px")
        if widget.mapTo(root, widget.rect().topRight()).x() > right + 1:
            problems.append(f"{name}: reaches beyond the dock's right edge")
    return problems


def pixel(canvas, x: float, y: float):
    """The canvas pixel of map coordinates (x, y)."""
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import QPoint

    point = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(int(round(point.x())), int(round(point.y())))


def drag(canvas, start, end) -> None:
    """Press, move and release the left mouse button on the canvas, from map point ``start`` to ``end``."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    viewport = canvas.viewport()
    start, end = pixel(canvas, *start), pixel(canvas, *end)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for step in range(1, 6):
        QTest.mouseMove(viewport, start + (end - start) * step / 5)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def click_building(dock, footprint, layers) -> None:
    """Show ``layers`` around the footprint and click inside it with the dock's "Building info" tool."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    canvas = dock.canvas
    canvas.setLayers(list(layers))
    canvas.setExtent(footprint.boundingBox().buffered(30.0))
    canvas.refresh()
    QTest.qWait(100)
    dock.analyse_step.info_button.setChecked(True)
    point = footprint.pointOnSurface().asPoint()
    where = pixel(canvas, point.x(), point.y())
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, where)


__all__ = ["DesktopIface", "QMenu", "click_building", "cut_off_widgets", "drag", "pixel"]
