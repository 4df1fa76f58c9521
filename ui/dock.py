"""The dock "Digitaler Zwilling NRW" / "NRW Digital Twin": pick an area, then run the workflow.

Sections (collapsible group boxes in a scroll area):

* **Area** — draw a rectangle or a polygon, use the map extent or the selected features of a layer;
  shows km² and the OpenGeodata.NRW tiles (also drawn on the map).
* **Data** — the NRW web services (one-click add, from ui/services_widget.py), the tile products with
  their sizes from the OpenGeodata index (looked up in a background task) and a download button,
  the cache folder with its size and a button to clear it.
* **Analyse** — import the 3D buildings, solar potential, measurements, the 3D measuring tool and the
  "Building info" tool with its result panel.
* **Print** — size, height exaggeration, base and format with an estimate (triangles, dimensions)
  before the run.

Below them "Run all" (download → import → measurements → solar → print), a progress bar, a cancel
button and a message bar. Every step is a Processing algorithm run as a background task
(:mod:`.workflow`, :mod:`.tasks`); errors show as the algorithm's message, never as a traceback.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import List, Optional

from qgis.core import Qgis, QgsMapLayerProxyModel, QgsProject, QgsSettings
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDockWidget,
    QgsFileWidget,
    QgsMapLayerComboBox,
    QgsMessageBar,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..algorithms import opengeodata
from ..algorithms.errors import NrwTwinError
from ..translate import format_number, tr
from .area_picker import GRID_CRS, AreaPicker
from .building_info_tool import BuildingInfoTool
from .measure_tool import MeasureTool3D
from .services_widget import ServicesWidget
from .tasks import AlgorithmRun, FunctionTask
from .workflow import ALL_STEPS, FORMATS, Workflow, WorkflowOptions

CACHE_SUBFOLDERS = tuple(opengeodata.PRODUCT_ORDER) + (opengeodata.INDEX_CACHE_FOLDER,)


def human_size(size: float) -> str:
    for unit in ("B", "kB", "MB", "GB"):
        if size < 1000 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1000.0
    return f"{size:.1f} GB"


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
    """(product key, label, tiles published, total bytes) per product, from the folder indexes.

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
            rows.append((key, product.label, None, None, str(error)))
            continue
        entries = [index.lookup(tile) for tile in tiles]
        found = [entry for entry in entries if entry is not None]
        rows.append((key, product.label, len(found), sum(entry.size or 0 for entry in found), ""))
        if task is not None:
            task.setProgress(100.0 * (number + 1) / len(keys))
    return rows


def product_labels() -> dict:
    return {
        "LoD2": tr("3D building models LoD2 (CityGML)"),
        "LoD1": tr("3D building models LoD1 (CityGML)"),
        "DGM1": tr("Digital terrain model 1 m (GeoTIFF)"),
        "DOM1": tr("Digital surface model 1 m (GeoTIFF)"),
        "nDOM50": tr("Normalised surface model 0.5 m (GeoTIFF)"),
        "DOP10": tr("Digital orthophotos 10 cm RGBI (JPEG 2000)"),
    }


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
        self.size_task: Optional[FunctionTask] = None
        self.cache_task: Optional[FunctionTask] = None
        self.info_tool: Optional[BuildingInfoTool] = None
        self.measure_tool = None
        self.product_rows: list = []
        self.output_root: Optional[str] = None  # None: the setting / default (see workflow.py)
        self._statistics_key = None
        self._statistics = (None, None)
        self.estimate = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.message_bar = QgsMessageBar(body)
        layout.addWidget(self.message_bar)
        layout.addWidget(self._area_section())
        layout.addWidget(self._data_section())
        layout.addWidget(self._analyse_section())
        layout.addWidget(self._print_section())
        layout.addWidget(self._run_section())
        layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.setWidget(scroll)
        self.area.areaChanged.connect(self._area_changed)
        project = QgsProject.instance()
        project.layersAdded.connect(self._refresh_surface_candidates)
        project.layersRemoved.connect(self._refresh_surface_candidates)
        self._refresh_surface_candidates()
        self._area_changed()

    # ------------------------------------------------------------------ sections

    def _section(self, title: str, name: str, collapsed: bool = False) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(title, self)
        box.setObjectName(name)
        box.setCollapsed(collapsed)
        return box

    def _area_section(self) -> QgsCollapsibleGroupBox:
        box = self._section(tr("Area"), "nrwtwin_area_section")
        layout = QVBoxLayout(box)
        buttons = QHBoxLayout()
        self.draw_rectangle_button = QPushButton(tr("Draw rectangle"), box)
        self.draw_rectangle_button.setToolTip(tr("Drag a rectangle on the map to choose the area."))
        self.draw_rectangle_button.clicked.connect(self.area.start_rectangle)
        self.draw_polygon_button = QPushButton(tr("Draw polygon"), box)
        self.draw_polygon_button.setToolTip(tr("Click the corners on the map; a right click finishes the polygon."))
        self.draw_polygon_button.clicked.connect(self.area.start_polygon)
        self.map_extent_button = QPushButton(tr("Use map extent"), box)
        self.map_extent_button.setToolTip(tr("Use the visible map area."))
        self.map_extent_button.clicked.connect(self.area.use_map_extent)
        for button in (self.draw_rectangle_button, self.draw_polygon_button, self.map_extent_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        selection = QHBoxLayout()
        self.area_layer_combo = QgsMapLayerComboBox(box)
        self.area_layer_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.area_layer_combo.setAllowEmptyLayer(True)
        self.area_layer_combo.setToolTip(tr("A polygon layer, e.g. parcels or a district boundary."))
        self.selection_button = QPushButton(tr("Use selected features"), box)
        self.selection_button.setToolTip(tr("The selected features of the layer (all when none is selected)."))
        self.selection_button.clicked.connect(
            lambda: self.area.use_selected_features(self.area_layer_combo.currentLayer())
        )
        selection.addWidget(self.area_layer_combo, 1)
        selection.addWidget(self.selection_button)
        layout.addLayout(selection)
        self.area_label = QLabel(box)
        self.area_label.setObjectName("nrwtwin_area_label")
        self.area_label.setWordWrap(True)
        layout.addWidget(self.area_label)
        self.tile_grid_button = QPushButton(tr("Add tile grid layer"), box)
        self.tile_grid_button.setToolTip(tr("Runs 'NRW tile grid for an area' and adds the tiles as a layer."))
        self.tile_grid_button.clicked.connect(self.run_tile_grid)
        layout.addWidget(self.tile_grid_button)
        return box

    def _data_section(self) -> QgsCollapsibleGroupBox:
        box = self._section(tr("Data"), "nrwtwin_data_section", collapsed=True)
        layout = QVBoxLayout(box)
        self.services_widget = ServicesWidget(box)
        layout.addWidget(QLabel(tr("Web services of GEObasis.NRW (double-click adds the layer):"), box))
        layout.addWidget(self.services_widget)
        layout.addWidget(QLabel(tr("Tiles of OpenGeodata.NRW for the area:"), box))
        self.products_table = QTableWidget(len(opengeodata.PRODUCT_ORDER), 3, box)
        self.products_table.setObjectName("nrwtwin_products_table")
        self.products_table.setHorizontalHeaderLabels([tr("Product"), tr("Tiles"), tr("Size")])
        self.products_table.verticalHeader().setVisible(False)
        self.products_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.products_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.products_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for row, key in enumerate(opengeodata.PRODUCT_ORDER):
            item = QTableWidgetItem(f"{key} – {product_labels().get(key, opengeodata.product(key).label)}")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key == "LoD2" else Qt.CheckState.Unchecked)
            self.products_table.setItem(row, 0, item)
            self.products_table.setItem(row, 1, QTableWidgetItem("–"))
            self.products_table.setItem(row, 2, QTableWidgetItem("–"))
        self.products_table.setMinimumHeight(self.products_table.verticalHeader().length() + 30)
        layout.addWidget(self.products_table)
        buttons = QHBoxLayout()
        self.sizes_button = QPushButton(tr("Look up sizes"), box)
        self.sizes_button.setToolTip(tr("Reads the tile indexes of OpenGeodata.NRW (in the background)."))
        self.sizes_button.clicked.connect(self.lookup_product_sizes)
        self.download_button = QPushButton(tr("Download checked"), box)
        self.download_button.clicked.connect(self.download_products)
        buttons.addWidget(self.sizes_button)
        buttons.addWidget(self.download_button)
        layout.addLayout(buttons)
        form = QFormLayout()
        self.cache_widget = QgsFileWidget(box)
        self.cache_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.cache_widget.setFilePath(self.cache_folder())
        self.cache_widget.fileChanged.connect(self._cache_folder_changed)
        form.addRow(tr("Cache folder"), self.cache_widget)
        layout.addLayout(form)
        cache_row = QHBoxLayout()
        self.cache_label = QLabel(box)
        self.cache_label.setObjectName("nrwtwin_cache_label")
        self.clear_cache_button = QPushButton(tr("Clear cache"), box)
        self.clear_cache_button.setToolTip(tr("Deletes the downloaded tiles and indexes in the cache folder."))
        self.clear_cache_button.clicked.connect(lambda: self.clear_cache(confirm=True))
        cache_row.addWidget(self.cache_label, 1)
        cache_row.addWidget(self.clear_cache_button)
        layout.addLayout(cache_row)
        self.cache_label.setText(tr("Size: press 'Refresh'"))
        self.cache_refresh_button = QPushButton(tr("Refresh"), box)
        self.cache_refresh_button.clicked.connect(self.update_cache_size)
        cache_row.insertWidget(1, self.cache_refresh_button)
        box.collapsedStateChanged.connect(lambda collapsed: None if collapsed else self.update_cache_size())
        return box

    def _analyse_section(self) -> QgsCollapsibleGroupBox:
        box = self._section(tr("Analyse"), "nrwtwin_analyse_section")
        layout = QVBoxLayout(box)
        self.import_button = QPushButton(tr("Import buildings (download LoD2 + import)"), box)
        self.import_button.clicked.connect(lambda: self.start_workflow(("download", "import")))
        layout.addWidget(self.import_button)
        form = QFormLayout()
        self.surfaces_combo = QgsMapLayerComboBox(box)
        self.surfaces_combo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.surfaces_combo.setAllowEmptyLayer(True)
        self.surfaces_combo.setToolTip(tr("The 'Building surfaces (3D)' layer written by 'Import buildings'."))
        self.surfaces_combo.layerChanged.connect(self._surfaces_changed)
        form.addRow(tr("Surfaces layer"), self.surfaces_combo)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.solar_button = QPushButton(tr("Solar potential"), box)
        self.solar_button.clicked.connect(lambda: self.start_workflow(("solar",)))
        self.metrics_button = QPushButton(tr("Measurements"), box)
        self.metrics_button.setToolTip(tr("Heights, roof and facade areas, volume per building."))
        self.metrics_button.clicked.connect(lambda: self.start_workflow(("metrics",)))
        row.addWidget(self.solar_button)
        row.addWidget(self.metrics_button)
        layout.addLayout(row)
        tools = QHBoxLayout()
        self.info_button = QPushButton(tr("Building info"), box)
        self.info_button.setCheckable(True)
        self.info_button.setToolTip(
            tr("Click a building on the map to see its attributes, measurements and solar results here.")
        )
        self.info_button.toggled.connect(self._toggle_info_tool)
        tools.addWidget(self.info_button)
        self.measure_button = QPushButton(tr("Measure in 3D"), box)
        self.measure_button.setCheckable(True)
        self.measure_button.setToolTip(
            tr("Click two points on roofs or the ground: 3D distance and height difference.")
        )
        self.measure_button.toggled.connect(self._toggle_measure_tool)
        tools.addWidget(self.measure_button)
        layout.addLayout(tools)
        self.info_browser = QTextBrowser(box)
        self.info_browser.setObjectName("nrwtwin_building_info")
        self.info_browser.setMinimumHeight(120)
        self.info_browser.setPlaceholderText(tr("Building info and measurements appear here."))
        layout.addWidget(self.info_browser)
        return box

    def _print_section(self) -> QgsCollapsibleGroupBox:
        box = self._section(tr("Print"), "nrwtwin_print_section", collapsed=True)
        layout = QVBoxLayout(box)
        form = QFormLayout()
        self.size_spin = QDoubleSpinBox(box)
        self.size_spin.setRange(10.0, 1000.0)
        self.size_spin.setValue(150.0)
        self.size_spin.setSuffix(" mm")
        self.size_spin.setToolTip(tr("Longest side of the printed model."))
        self.exaggeration_spin = QDoubleSpinBox(box)
        self.exaggeration_spin.setRange(0.1, 10.0)
        self.exaggeration_spin.setSingleStep(0.1)
        self.exaggeration_spin.setValue(1.5)
        self.exaggeration_spin.setSuffix(" ×")
        self.base_spin = QDoubleSpinBox(box)
        self.base_spin.setRange(0.0, 50.0)
        self.base_spin.setValue(3.0)
        self.base_spin.setSuffix(" mm")
        self.format_combo = QComboBox(box)
        self.format_combo.addItems(list(FORMATS))
        form.addRow(tr("Size (longest side)"), self.size_spin)
        form.addRow(tr("Height exaggeration"), self.exaggeration_spin)
        form.addRow(tr("Base thickness"), self.base_spin)
        form.addRow(tr("Format"), self.format_combo)
        layout.addLayout(form)
        self.estimate_label = QLabel(box)
        self.estimate_label.setObjectName("nrwtwin_print_estimate")
        self.estimate_label.setWordWrap(True)
        layout.addWidget(self.estimate_label)
        self.print_button = QPushButton(tr("Create print model"), box)
        self.print_button.clicked.connect(lambda: self.start_workflow(("print",)))
        layout.addWidget(self.print_button)
        for spin in (self.size_spin, self.exaggeration_spin, self.base_spin):
            spin.valueChanged.connect(self.update_estimate)
        return box

    def _run_section(self) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.run_all_button = QPushButton(tr("Run all: download → import → solar → print"), box)
        self.run_all_button.setObjectName("nrwtwin_run_all")
        self.run_all_button.clicked.connect(lambda: self.start_workflow(ALL_STEPS))
        layout.addWidget(self.run_all_button)
        row = QHBoxLayout()
        self.progress_bar = QProgressBar(box)
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setValue(0)
        self.cancel_button = QPushButton(tr("Cancel"), box)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout.addLayout(row)
        self.status_label = QLabel(box)
        self.status_label.setObjectName("nrwtwin_status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status_label)
        return box

    # ---------------------------------------------------------------- area

    def _area_changed(self) -> None:
        if self.area.error:
            text = self.area.error
        elif self.area.area is None:
            text = tr("No area chosen yet.")
        else:
            text = tr("{area} km², tiles of OpenGeodata.NRW: {tiles}").format(
                area=format_number(self.area.area_km2(), 2), tiles=len(self.area.tiles)
            )
        self.area_label.setText(text)
        for row in range(self.products_table.rowCount()):
            self.products_table.item(row, 1).setText("–")
            self.products_table.item(row, 2).setText("–")
        self._update_buttons()
        self.update_estimate()

    def _update_area_label(self) -> None:  # kept for callers of the first version
        self._area_changed()

    def has_area(self) -> bool:
        return self.area.area is not None and not self.area.error

    def _update_buttons(self) -> None:
        running = self.workflow is not None and self.workflow.running
        area = self.has_area()
        surfaces = self.surfaces_combo.currentLayer() is not None
        self.tile_grid_button.setEnabled(area and not running)
        self.run_all_button.setEnabled(area and not running)
        self.import_button.setEnabled(area and not running)
        self.download_button.setEnabled(area and not running)
        self.sizes_button.setEnabled(area)
        self.solar_button.setEnabled(surfaces and not running)
        self.metrics_button.setEnabled(surfaces and not running)
        self.print_button.setEnabled(area and surfaces and not running)
        self.clear_cache_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    def _refresh_surface_candidates(self, *_args) -> None:
        """Offer only polygon layers with the fields of a surfaces layer (surface_id, surface_type)."""
        others = [
            layer
            for layer in QgsProject.instance().mapLayers().values()
            if not (
                hasattr(layer, "fields")
                and layer.fields().indexOf("surface_type") >= 0
                and layer.fields().indexOf("surface_id") >= 0
            )
        ]
        self.surfaces_combo.setExceptedLayerList(others)

    def _surfaces_changed(self, layer) -> None:
        if self.measure_tool is not None and hasattr(self.measure_tool, "setSurfacesLayer"):
            self.measure_tool.setSurfacesLayer(layer)
        self._update_buttons()
        self.update_estimate()

    # ---------------------------------------------------------------- print estimate

    def update_estimate(self) -> None:
        from ..algorithms.print_estimate import estimate_print

        if not self.has_area():
            self.estimate_label.setText(tr("Choose an area to see the size of the model."))
            return
        box = self.area.area.boundingBox()
        z_range, outline = self._surface_statistics()
        try:
            estimate = estimate_print(
                (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
                size_mm=self.size_spin.value(),
                z_exaggeration=self.exaggeration_spin.value(),
                base_mm=self.base_spin.value(),
                z_range_m=30.0 if z_range is None else z_range,
                building_outline_m=outline,
                area_m2=self.area.area.area(),
            )
        except NrwTwinError as error:
            self.estimate_label.setText(str(error))
            return
        text = tr(
            "Estimate: {w:.0f} × {d:.0f} × {h:.0f} mm (scale 1:{scale:,.0f}), about {tri:,} triangles (STL ≈ {stl})."
        ).format(
            w=estimate.width_mm,
            d=estimate.depth_mm,
            h=estimate.height_mm,
            scale=estimate.scale_denominator,
            tri=estimate.triangles,
            stl=human_size(estimate.stl_bytes),
        )
        if z_range is None:
            text += " " + tr(
                "Height and triangles assume 30 m of relief and a typical building density; choose "
                "the surfaces layer for better figures."
            )
        self.estimate_label.setText(text)
        self.estimate = estimate

    def _surface_statistics(self):
        """(height range in m, outline of the ground surfaces in m) of the surfaces layer in the area.

        Cached per layer and area; (None, None) without a surfaces layer.
        """
        from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry

        layer = self.surfaces_combo.currentLayer()
        fields = layer.fields() if layer is not None else None
        if layer is None or fields.indexOf("z_min") < 0 or fields.indexOf("surface_type") < 0:
            return None, None
        key = (layer.id(), self.area.area.asWkt(1))
        if self._statistics_key == key:
            return self._statistics
        area = QgsGeometry(self.area.area)
        if layer.crs().isValid() and layer.crs().authid() != "EPSG:25832":
            area.transform(QgsCoordinateTransform(GRID_CRS, layer.crs(), QgsProject.instance()))
        request = QgsFeatureRequest().setFilterRect(area.boundingBox())
        low, high, outline = None, None, 0.0
        z_min, z_max = fields.indexOf("z_min"), fields.indexOf("z_max")
        for feature in layer.getFeatures(request):
            if not feature.hasGeometry() or not feature.geometry().intersects(area):
                continue
            values = (feature.attribute(z_min), feature.attribute(z_max))
            if all(isinstance(v, (int, float)) for v in values):
                low = values[0] if low is None else min(low, values[0])
                high = values[1] if high is None else max(high, values[1])
            if feature["surface_type"] == "Ground":
                outline += feature.geometry().intersection(area).length()
        z_range = (high - low) if low is not None and high is not None else None
        self._statistics_key, self._statistics = key, (z_range, outline if z_range is not None else None)
        return self._statistics

    # ---------------------------------------------------------------- data

    def cache_folder(self) -> str:
        from ..processing_provider import network

        return network.cache_folder()

    def _cache_folder_changed(self, path: str) -> None:
        from ..processing_provider import network

        QgsSettings().setValue(network.CACHE_FOLDER_KEY, path or "")
        self.update_cache_size()

    def update_cache_size(self) -> FunctionTask:
        folder = self.cache_folder()
        self.cache_label.setText(tr("Size: counting …"))
        task = FunctionTask(tr("NRW Digital Twin: size of the cache"), lambda _task: folder_size(folder), parent=self)
        task.done.connect(
            lambda ok, size, error: self.cache_label.setText(tr("Size: {}").format(human_size(size)) if ok else error)
        )
        self.cache_task = task.start()
        return task

    def clear_cache(self, confirm: bool = True) -> bool:
        """Delete the product folders and indexes in the cache folder (nothing else in it)."""
        folder = self.cache_folder()
        if self.workflow is not None and self.workflow.running:
            self.show_message(tr("Wait until the running task has finished, or cancel it."), Qgis.Warning)
            return False
        if confirm:
            answer = QMessageBox.question(
                self, tr("Clear cache"), tr("Delete the downloaded tiles in {}?").format(folder)
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        for name in CACHE_SUBFOLDERS:
            shutil.rmtree(os.path.join(folder, name), ignore_errors=True)
        self.show_message(tr("The cache was cleared."), Qgis.Info)
        self.update_cache_size()
        return True

    def lookup_product_sizes(self) -> Optional[FunctionTask]:
        """Fill the products table with tile counts and sizes, from the indexes (background task)."""
        if not self.has_area():
            return None
        from ..processing_provider import network

        configured = network.setting(network.OPENGEODATA_URL_KEY, "") or None
        try:
            base_url = opengeodata.resolve_base_url(configured)
        except NrwTwinError as error:
            self.show_message(str(error), Qgis.Critical)
            return None
        proxies = network.qgis_proxies(base_url)
        for row in range(self.products_table.rowCount()):
            self.products_table.item(row, 2).setText(tr("looking up …"))
        task = FunctionTask(
            tr("NRW Digital Twin: tile sizes"),
            lookup_sizes,
            self.cache_folder(),
            base_url,
            proxies,
            list(self.area.tiles),
            parent=self,
        )
        task.done.connect(self._sizes_found)
        self.size_task = task.start()
        return task

    def _sizes_found(self, ok: bool, rows, error: str) -> None:
        if not ok:
            for row in range(self.products_table.rowCount()):
                self.products_table.item(row, 2).setText("–")
            self.show_message(error, Qgis.Warning)
            return
        self.product_rows = rows
        for row, (_key, _label, count, size, problem) in enumerate(rows):
            if count is None:
                self.products_table.item(row, 1).setText("?")
                self.products_table.item(row, 2).setText(tr("index not readable"))
                self.products_table.item(row, 2).setToolTip(problem)
            else:
                self.products_table.item(row, 1).setText(f"{count}/{len(self.area.tiles)}")
                self.products_table.item(row, 2).setText(human_size(size))

    def checked_products(self) -> List[int]:
        return [
            row
            for row in range(self.products_table.rowCount())
            if self.products_table.item(row, 0).checkState() == Qt.CheckState.Checked
        ]

    def download_products(self) -> Optional[Workflow]:
        products = self.checked_products()
        if not products:
            self.show_message(tr("Check at least one product to download."), Qgis.Warning)
            return None
        return self.start_workflow(("products",), products=tuple(products))

    # ---------------------------------------------------------------- tools

    def _toggle_info_tool(self, on: bool) -> None:
        if self.canvas is None:
            return
        if on:
            if self.info_tool is None:
                self.info_tool = BuildingInfoTool(self.canvas)
                self.info_tool.buildingIdentified.connect(self.show_building_info)
                self.info_tool.deactivated.connect(lambda: self.info_button.setChecked(False))
            self.canvas.setMapTool(self.info_tool)
        elif self.info_tool is not None and self.canvas.mapTool() is self.info_tool:
            self.canvas.unsetMapTool(self.info_tool)

    def show_building_info(self, building_id: str, html: str) -> None:
        self.info_browser.setHtml(html)

    def _toggle_measure_tool(self, on: bool) -> None:
        if self.canvas is None:
            return
        if on:
            if self.measure_tool is None:
                self.measure_tool = MeasureTool3D(self.canvas, self.surfaces_combo.currentLayer())
                self.measure_tool.measured.connect(self._measured)
                if hasattr(self.measure_tool, "failed"):
                    self.measure_tool.failed.connect(lambda text: self.show_message(text, Qgis.Warning))
                self.measure_tool.deactivated.connect(lambda: self.measure_button.setChecked(False))
            self.canvas.setMapTool(self.measure_tool)
        elif self.measure_tool is not None and self.canvas.mapTool() is self.measure_tool:
            self.canvas.unsetMapTool(self.measure_tool)

    def _measured(self, result) -> None:
        rows = [
            (tr("3D distance"), result.get("distance_3d_m"), "m"),
            (tr("Horizontal distance"), result.get("horizontal_distance_m"), "m"),
            (tr("Height difference"), result.get("height_difference_m"), "m"),
            (tr("Slope"), result.get("slope_deg"), "°"),
        ]
        body = "".join(
            f"<tr><td>{label}</td><td>{value:.2f} {unit}</td></tr>"
            for label, value, unit in rows
            if isinstance(value, (int, float))
        )
        self.info_browser.setHtml(f"<h3>{tr('Measurement')}</h3><table>{body}</table>")

    # ---------------------------------------------------------------- running

    def options(self, steps, products=()) -> WorkflowOptions:
        return WorkflowOptions(
            size_mm=self.size_spin.value(),
            z_exaggeration=self.exaggeration_spin.value(),
            base_mm=self.base_spin.value(),
            print_format=self.format_combo.currentIndex(),
            steps=tuple(steps),
            products=tuple(products),
        )

    def start_workflow(self, steps, products=()) -> Optional[Workflow]:
        """Start ``steps`` (keys of workflow.ALL_STEPS, or 'products') in the background."""
        if self.workflow is not None and self.workflow.running:
            self.show_message(tr("A task is already running. Wait for it or cancel it."), Qgis.Warning)
            return None
        options = self.options(steps, products)
        downloads = "download" in steps or "products" in steps
        if downloads and self.has_area() and len(self.area.tiles) > options.max_tiles:
            self.show_message(
                tr(
                    "The area covers {tiles} tiles; one run downloads at most {max}. Choose a smaller area or split it."
                ).format(tiles=len(self.area.tiles), max=options.max_tiles),
                Qgis.Warning,
            )
            return None
        inputs = {}
        surfaces = self.surfaces_combo.currentLayer()
        if surfaces is not None and "import" not in steps:
            inputs["surfaces"] = surfaces
        workflow = Workflow(
            self.area.area if self.has_area() else None,
            options,
            inputs,
            QgsProject.instance(),
            self.output_root,
            self,
        )
        workflow.stepStarted.connect(self._step_started)
        workflow.progressChanged.connect(lambda value: self.progress_bar.setValue(int(round(value))))
        workflow.message.connect(lambda text: self.status_label.setText(text))
        workflow.finished.connect(self._workflow_finished)
        self.workflow = workflow
        self.message_bar.clearWidgets()
        self.progress_bar.setValue(0)
        workflow.start()
        self._update_buttons()
        return workflow

    def _step_started(self, title: str, index: int, count: int) -> None:
        self.status_label.setStyleSheet("")
        self.status_label.setText(
            tr("Step {index} of {count}: {title} …").format(index=index, count=count, title=title)
        )

    def _workflow_finished(self, ok: bool, message: str) -> None:
        workflow = self.workflow
        self.last_workflow = workflow
        self.workflow = None
        if ok:
            self.progress_bar.setValue(100)
        self._select_surfaces_layer(workflow)
        self.show_message(
            message, Qgis.Success if ok else (Qgis.Info if workflow and workflow.canceled else Qgis.Critical)
        )
        self._update_buttons()

    def _select_surfaces_layer(self, workflow: Optional[Workflow]) -> None:
        """Offer the surfaces layer of the run for the single steps and the measuring tool."""
        if workflow is None or "import" not in [step.key for step in workflow.steps]:
            return
        surfaces = str(workflow.outputs.get("surfaces") or "")
        for layer in workflow.added_layers:
            if surfaces and layer.source().split("|")[0] == surfaces.split("|")[0]:
                self.surfaces_combo.setLayer(layer)
                return

    def show_message(self, text: str, level=Qgis.Info) -> None:
        """Message bar + status line; errors are the algorithms' own readable messages."""
        self.status_label.setText(text)
        colour = {Qgis.Critical: "#b00020", Qgis.Warning: "#8a5a00", Qgis.Success: "#1b5e20"}.get(level, "")
        self.status_label.setStyleSheet(f"color: {colour};" if colour else "")
        title = {Qgis.Critical: tr("Error"), Qgis.Warning: tr("Note")}.get(level, tr("NRW Digital Twin"))
        self.message_bar.clearWidgets()
        first_line = text.splitlines()[0] if text else ""
        self.message_bar.pushMessage(title, first_line, level, 0 if level == Qgis.Critical else 10)

    def cancel(self) -> None:
        if self.workflow is not None:
            self.workflow.cancel()
        for run in list(self.tasks):
            run.cancel()

    def run_tile_grid(self) -> Optional[AlgorithmRun]:
        """The tile grid of the area as a temporary layer (a quick check of what will be downloaded)."""
        from .tasks import load_into_project

        run = AlgorithmRun(
            "nrwtwin:tilegrid",
            {
                "EXTENT": self.area.extent_string(),
                "OUTPUT": load_into_project("TEMPORARY_OUTPUT", tr("NRW tiles")),
            },
            QgsProject.instance(),
            self,
        )

        def finished(ok: bool) -> None:
            if ok:
                run.add_layers()
            else:
                self.show_message(run.error, Qgis.Critical)
            if run in self.tasks:
                self.tasks.remove(run)

        run.finished.connect(finished)
        self.tasks.append(run)
        run.start()
        return run

    def cleanup(self) -> None:
        """Cancel running tasks and remove map tools and overlays (called by the plugin's unload)."""
        self.cancel()
        project = QgsProject.instance()
        for signal in (project.layersAdded, project.layersRemoved):
            try:
                signal.disconnect(self._refresh_surface_candidates)
            except (TypeError, RuntimeError):
                pass
        for task in (self.size_task, self.cache_task):
            if task is not None and not task.finished_:
                task.cancel()
        self.tasks = []
        if self.canvas is not None:
            for tool in (self.info_tool, self.measure_tool):
                if tool is not None and self.canvas.mapTool() is tool:
                    self.canvas.unsetMapTool(tool)
        if self.info_tool is not None:
            self.info_tool.remove_band()
            self.info_tool.deleteLater()
            self.info_tool = None
        if self.measure_tool is not None:
            if hasattr(self.measure_tool, "reset"):
                self.measure_tool.reset()
            self.measure_tool.deleteLater()
            self.measure_tool = None
        self.area.cleanup()
