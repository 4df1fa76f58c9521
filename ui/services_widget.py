"""A list of the GEObasis.NRW map services for the dock: double-click or "Add" puts a layer on the map."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsMapLayer, QgsProject
from qgis.PyQt.QtCore import QRect, QSize, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QStyledItemDelegate,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..algorithms.errors import NrwTwinError
from ..algorithms.services import Catalogue
from ..processing_provider.service_catalogue import catalogue_from_settings
from ..translate import localize, qgis_locale, tr
from .service_layers import DEFAULT_GROUP, add_service_layer

ROLE = Qt.ItemDataRole.UserRole
KIND_LABELS = {"wms": "WMS", "wmts": "WMTS", "wfs": "WFS", "wcs": "WCS"}


class WrappingDelegate(QStyledItemDelegate):
    """Row heights for titles wrapped to the column's width (QTreeView keeps one line otherwise)."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self.tree = tree

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        width = max(40, self.tree.columnWidth(0) - self.tree.indentation() * (depth + 1) - 8)
        text = str(index.data() or "")
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(width, bounds.height() + 6)


class WrappingTree(QTreeWidget):
    """A tree whose long titles wrap onto a second line instead of being cut."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.setItemDelegate(WrappingDelegate(self))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()  # the row heights follow the new column width


class ServicesWidget(QWidget):
    """Tree of services (top level) and their layers; emits ``layerAdded(layer)``."""

    layerAdded = pyqtSignal(object)

    def __init__(
        self,
        parent: Optional[QWidget] = None,
        project: Optional[QgsProject] = None,
        catalogue: Optional[Catalogue] = None,
        group_name: str = DEFAULT_GROUP,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.group_name = group_name
        self.catalogue: Optional[Catalogue] = catalogue
        self.tree = WrappingTree(self)
        # One column that wraps: the dock stays narrow and never scrolls sideways (type and name in the tooltip).
        self.tree.setHeaderLabels([tr("Service / layer")])
        self.tree.setWordWrap(True)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.setToolTip(tr("Double-click a layer to add it to the map (EPSG:25832, © GEObasis.NRW)."))
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.add_button = QPushButton(tr("Add to map"), self)
        self.add_button.setToolTip(tr("Adds the selected layer to the group '{}'.").format(group_name))
        self.add_button.clicked.connect(self.add_selected)
        self.reload_button = QPushButton(tr("Reload list"), self)
        self.reload_button.setToolTip(tr("Reads the service catalogue and its override setting again."))
        self.reload_button.clicked.connect(self.reload)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.reload_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reload(keep_catalogue=catalogue is not None)

    def reload(self, keep_catalogue: bool = False) -> None:
        """Fill the tree from the catalogue (re-read with overrides unless ``keep_catalogue``)."""
        if not keep_catalogue or self.catalogue is None:
            try:
                self.catalogue = catalogue_from_settings()
            except NrwTwinError as error:
                self.status.setText(localize(error.args[0] if error.args else str(error)))
                return
        language = qgis_locale()
        self.tree.clear()
        for service in self.catalogue.services:
            kind = KIND_LABELS.get(service.kind, service.kind)
            top = QTreeWidgetItem([f"{service.title(language)} ({kind})"])
            top.setToolTip(0, service.url)
            for layer in service.layers:
                child = QTreeWidgetItem([layer.title(language)])
                child.setData(0, ROLE, f"{service.id}/{layer.key}")
                child.setToolTip(0, f"{kind} {layer.name} – {service.url}")
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        self.tree.expandAll()
        self.status.setText(self.catalogue.attribution_text)

    def select(self, service_id: str, layer_key: str) -> bool:
        """Select the item of ``service_id``/``layer_key`` (for code and tests)."""
        wanted = f"{service_id}/{layer_key}"
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for child_index in range(top.childCount()):
                child = top.child(child_index)
                if child.data(0, ROLE) == wanted:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, ROLE):
            self.add_item(item)

    def add_selected(self) -> Optional[QgsMapLayer]:
        item = self.tree.currentItem()
        if item is None or not item.data(0, ROLE):
            self.status.setText(tr("Select a layer of a service first."))
            return None
        return self.add_item(item)

    def add_item(self, item: QTreeWidgetItem) -> Optional[QgsMapLayer]:
        service_id, _, layer_key = str(item.data(0, ROLE)).partition("/")
        try:
            layer = add_service_layer(
                service_id,
                layer_key,
                project=self.project or QgsProject.instance(),
                group_name=self.group_name,
                catalogue=self.catalogue,
            )
        except NrwTwinError as error:
            self.status.setText(localize(error.args[0] if error.args else str(error)))
            return None
        self.status.setText(tr("Added '{}' ({}).").format(layer.name(), self.catalogue.attribution_text))
        self.layerAdded.emit(layer)
        return layer
