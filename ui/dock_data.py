"""Step 2 of the dock, "Data": the NRW web services, the OpenGeodata.NRW tile products of the area
with their sizes (looked up in the background) and a download button, and the download cache."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import List, Optional

from qgis.core import Qgis, QgsSettings
from qgis.gui import QgsFileWidget
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..algorithms import opengeodata
from ..algorithms.errors import NrwTwinError
from ..algorithms.messages import human_size
from ..processing_provider import network
from ..translate import format_number, localize, tr
from .services_widget import ServicesWidget
from .tasks import FunctionTask

CACHE_SUBFOLDERS = tuple(opengeodata.PRODUCT_ORDER) + (opengeodata.INDEX_CACHE_FOLDER,)


def size_text(size_bytes: float) -> str:
    """A byte count in QGIS's language ("3,8 MB")."""
    return localize(human_size(size_bytes))


def folder_size(folder: str) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(folder):
        for name in files:
            try:
                total += os.path.getsize(os.path.join(dirpath, name))
            except OSError:
                pass
    return total


def lookup_sizes(task, cache_dir: str, base_url: Optional[str], proxies: dict, tiles: list) -> list:
    """(product key, label, tiles published, total bytes, problem) per product, from the folder indexes.

    Runs in a background task; the indexes are cached for a day in the cache folder.
    """
    from ..algorithms.download import Downloader

    downloader = Downloader(Path(cache_dir), base_url=base_url, proxies=proxies, retries=2, backoff_s=0.5)
    rows = []
    keys = opengeodata.PRODUCT_ORDER
    for number, key in enumerate(keys):
        if task is not None and task.isCanceled():
            raise NrwTwinError(tr("Canceled."))
        product = opengeodata.product(key)
        try:
            index = downloader.index(product)
        except NrwTwinError as error:
            rows.append((key, product.label, None, None, localize(error.args[0] if error.args else error)))
            continue
        entries = [index.lookup(tile) for tile in tiles]
        found = [entry for entry in entries if entry is not None]
        rows.append((key, product.label, len(found), sum(entry.size or 0 for entry in found), ""))
        if task is not None:
            task.setProgress(100.0 * (number + 1) / len(keys))
    return rows


def product_names() -> dict:
    """Short product names for the table (the long description is the tooltip)."""
    return {
        "LoD2": tr("3D buildings"),
        "LoD1": tr("3D blocks"),
        "DGM1": tr("Terrain model"),
        "DOM1": tr("Surface model"),
        "nDOM50": tr("Normalised surface"),
        "DOP10": tr("Orthophotos"),
    }


def product_labels() -> dict:
    return {
        "LoD2": tr("3D building models LoD2 (CityGML)"),
        "LoD1": tr("3D building models LoD1 (CityGML)"),
        "DGM1": tr("Digital terrain model 1 m (GeoTIFF)"),
        "DOM1": tr("Digital surface model 1 m (GeoTIFF)"),
        "nDOM50": tr("Normalised surface model 0.5 m (GeoTIFF)"),
        "DOP10": tr("Digital orthophotos 10 cm RGBI (JPEG 2000)"),
    }


class DataStep(QWidget):
    """Services, tile products and cache."""

    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.size_task: Optional[FunctionTask] = None
        self.cache_task: Optional[FunctionTask] = None
        self.product_rows: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 6)
        services_label = QLabel(tr("Web services of GEObasis.NRW (double-click adds the layer):"), self)
        services_label.setWordWrap(True)
        layout.addWidget(services_label)
        self.services_widget = ServicesWidget(self)
        self.services_widget.tree.setMinimumHeight(120)
        layout.addWidget(self.services_widget)
        tiles_label = QLabel(tr("Tiles of OpenGeodata.NRW for the area:"), self)
        tiles_label.setWordWrap(True)
        layout.addWidget(tiles_label)
        layout.addWidget(self._products_table())
        buttons = QGridLayout()
        self.sizes_button = QPushButton(tr("Look up sizes"), self)
        self.sizes_button.setToolTip(tr("Reads the tile indexes of OpenGeodata.NRW (in the background)."))
        self.sizes_button.clicked.connect(self.lookup_product_sizes)
        self.download_button = QPushButton(tr("Download"), self)
        self.download_button.setToolTip(tr("Downloads the checked products for the area."))
        self.download_button.clicked.connect(self.download_products)
        buttons.addWidget(self.sizes_button, 0, 0)
        buttons.addWidget(self.download_button, 0, 1)
        layout.addLayout(buttons)
        layout.addLayout(self._sensor_rows())
        layout.addLayout(self._cache_rows())

    def _products_table(self) -> QTableWidget:
        table = QTableWidget(len(opengeodata.PRODUCT_ORDER), 3, self)
        table.setObjectName("nrwtwin_products_table")
        table.setHorizontalHeaderLabels([tr("Product"), tr("Tiles"), tr("Size")])
        table.verticalHeader().setVisible(False)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setWordWrap(True)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        names, labels = product_names(), product_labels()
        for row, key in enumerate(opengeodata.PRODUCT_ORDER):
            item = QTableWidgetItem(f"{key} {names.get(key, '')}".strip())
            item.setToolTip(labels.get(key, opengeodata.product(key).label))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key == "LoD2" else Qt.CheckState.Unchecked)
            table.setItem(row, 0, item)
            table.setItem(row, 1, QTableWidgetItem("–"))
            table.setItem(row, 2, QTableWidgetItem("–"))
        table.resizeRowsToContents()
        table.setMinimumHeight(table.verticalHeader().length() + table.horizontalHeader().height() + 4)
        self.products_table = table
        return table

    def _sensor_rows(self) -> QGridLayout:
        """Sensors of the area (nrwtwin:sensors, ui/sensor_layers.py) from a platform of the catalogue."""
        from .sensor_layers import sensor_catalogue_choices

        grid = QGridLayout()
        label = QLabel(tr("Sensors in the area (air, weather, noise):"), self)
        label.setWordWrap(True)
        grid.addWidget(label, 0, 0, 1, 2)
        self.sensor_source_combo = QComboBox(self)
        self.sensor_source_combo.setMinimumContentsLength(8)
        self.sensor_source_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo = self.sensor_source_combo
        for key, title in sensor_catalogue_choices():
            combo.addItem(title, key)
            combo.setItemData(combo.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
        self.sensors_button = QPushButton(tr("Load sensors"), self)
        self.sensors_button.setToolTip(tr("Adds the sensors of the area and their datastreams as layers."))
        self.sensors_button.clicked.connect(self.load_sensors)
        grid.addWidget(self.sensor_source_combo, 1, 0)
        grid.addWidget(self.sensors_button, 1, 1)
        grid.setColumnStretch(0, 1)
        return grid

    def load_sensors(self):
        """nrwtwin:sensors for the area's box, in the background; the layers go to the group "Sensoren"."""
        from .sensor_layers import run_sensors_for_area

        if not self.dock.has_area():
            return None
        self.sensors_button.setEnabled(False)
        self.dock.show_message(tr("Loading sensors …"), Qgis.MessageLevel.Info)
        run = run_sensors_for_area(
            self.dock.area.extent_string(),
            source=self.sensor_source_combo.currentData() or "opensensemap",
            parent=self,
            on_done=self._sensors_loaded,
        )
        self.dock.tasks.append(run)
        return run

    def _sensors_loaded(self, ok: bool, run) -> None:
        if run in self.dock.tasks:
            self.dock.tasks.remove(run)
        self.sensors_button.setEnabled(self.dock.has_area())
        if ok:
            count = int(run.results.get("COUNT") or 0)
            self.dock.show_message(tr("{} sensor locations loaded.").format(format_number(count)),
                                   Qgis.MessageLevel.Success)
        else:
            self.dock.show_message(run.error, Qgis.MessageLevel.Critical)

    def _cache_rows(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(tr("Cache folder"), self), 0, 0, 1, 2)
        self.cache_widget = QgsFileWidget(self)
        self.cache_widget.setStorageMode(QgsFileWidget.StorageMode.GetDirectory)
        self.cache_widget.setFilePath(self.cache_folder())
        self.cache_widget.fileChanged.connect(self._cache_folder_changed)
        grid.addWidget(self.cache_widget, 1, 0, 1, 2)
        self.cache_label = QLabel(tr("Size: not counted yet"), self)
        self.cache_label.setObjectName("nrwtwin_cache_label")
        self.cache_label.setWordWrap(True)
        grid.addWidget(self.cache_label, 2, 0, 1, 2)
        self.cache_refresh_button = QPushButton(tr("Count"), self)
        self.cache_refresh_button.setToolTip(tr("Counts the size of the cache folder."))
        self.cache_refresh_button.clicked.connect(self.update_cache_size)
        self.clear_cache_button = QPushButton(tr("Clear cache"), self)
        self.clear_cache_button.setToolTip(tr("Deletes the downloaded tiles and indexes in the cache folder."))
        self.clear_cache_button.clicked.connect(lambda: self.clear_cache(confirm=True))
        grid.addWidget(self.cache_refresh_button, 3, 0)
        grid.addWidget(self.clear_cache_button, 3, 1)
        return grid

    # ---------------------------------------------------------------- cache

    def cache_folder(self) -> str:
        return network.cache_folder()

    def _cache_folder_changed(self, path: str) -> None:
        QgsSettings().setValue(network.CACHE_FOLDER_KEY, path or "")
        self.update_cache_size()

    def update_cache_size(self) -> FunctionTask:
        folder = self.cache_folder()
        self.cache_label.setText(tr("Size: counting …"))
        task = FunctionTask(tr("NRW Digital Twin: size of the cache"), lambda _task: folder_size(folder), parent=self)
        task.done.connect(
            lambda ok, size, error: self.cache_label.setText(tr("Size: {}").format(size_text(size)) if ok else error)
        )
        self.cache_task = task.start()
        return task

    def clear_cache(self, confirm: bool = True) -> bool:
        """Delete the product folders and indexes in the cache folder (nothing else in it)."""
        folder = self.cache_folder()
        if self.dock.running():
            self.dock.show_message(
                tr("Wait until the running task has finished, or cancel it."), Qgis.MessageLevel.Warning
            )
            return False
        if confirm:
            answer = QMessageBox.question(
                self, tr("Clear cache"), tr("Delete the downloaded tiles in {}?").format(folder)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        for name in CACHE_SUBFOLDERS:
            shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
        self.dock.show_message(tr("The cache was cleared."), Qgis.MessageLevel.Info)
        self.update_cache_size()
        return True

    # ---------------------------------------------------------------- products

    def reset_products(self) -> None:
        for row in range(self.products_table.rowCount()):
            self.products_table.item(row, 1).setText("–")
            self.products_table.item(row, 2).setText("–")

    def lookup_product_sizes(self) -> Optional[FunctionTask]:
        """Fill the products table with tile counts and sizes, from the indexes (background task)."""
        if not self.dock.has_area():
            return None
        configured = network.setting(network.OPENGEODATA_URL_KEY, "") or None
        try:
            base_url = opengeodata.resolve_base_url(configured)
        except NrwTwinError as error:
            self.dock.show_message(localize(error.args[0]), Qgis.MessageLevel.Critical)
            return None
        for row in range(self.products_table.rowCount()):
            self.products_table.item(row, 2).setText(tr("looking up …"))
        task = FunctionTask(
            tr("NRW Digital Twin: tile sizes"),
            lookup_sizes,
            self.cache_folder(),
            base_url,
            network.qgis_proxies(base_url),
            list(self.dock.area.tiles),
            parent=self,
        )
        task.done.connect(self._sizes_found)
        self.size_task = task.start()
        return task

    def _sizes_found(self, ok: bool, rows, error: str) -> None:
        if not ok:
            self.reset_products()
            self.dock.show_message(error, Qgis.MessageLevel.Warning)
            return
        self.product_rows = rows
        tiles = len(self.dock.area.tiles)
        for row, (_key, _label, count, size, problem) in enumerate(rows):
            if count is None:
                self.products_table.item(row, 1).setText("?")
                self.products_table.item(row, 2).setText(tr("unknown"))
                self.products_table.item(row, 2).setToolTip(problem)
            else:
                self.products_table.item(row, 1).setText(f"{format_number(count)}/{format_number(tiles)}")
                self.products_table.item(row, 2).setText(size_text(size))
        self.products_table.resizeRowsToContents()

    def checked_products(self) -> List[int]:
        return [
            row
            for row in range(self.products_table.rowCount())
            if self.products_table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def download_products(self):
        products = self.checked_products()
        if not products:
            self.dock.show_message(tr("Check at least one product to download."), Qgis.MessageLevel.Warning)
            return None
        return self.dock.start_workflow(("products",), products=tuple(products))

    def summary(self) -> str:
        names = [self.products_table.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in self.checked_products()]
        return ", ".join(names)

    def update_buttons(self, running: bool) -> None:
        area = self.dock.has_area()
        self.download_button.setEnabled(area and not running)
        self.sizes_button.setEnabled(area)
        self.sensors_button.setEnabled(area)
        self.clear_cache_button.setEnabled(not running)

    def cleanup(self) -> None:
        for task in (self.size_task, self.cache_task):
            if task is not None and not task.finished_:
                task.cancel()
