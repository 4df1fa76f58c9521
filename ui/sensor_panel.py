"""Sensors near a building, for the building card: a list with the latest values and a small chart of
the last days, drawn with QPainter (processing_provider/sensor_chart.py; no plotting library).

Entry points (the building card / dock wires them):

* ``SensorPanel(parent)`` — a QWidget; ``panel.show_building(geometry, crs, project)`` lists the
  sensors within ``panel.distance_m`` (default 250 m, a spin box) of the building from the project's
  sensor layers (``nrwtwin:sensors`` outputs); selecting a row reads the last ``days`` (default 3) of
  that datastream in the background (``nrwtwin`` engine, QgsTask) and draws the chart. Without sensor
  layers the panel says so and its button "Load sensors for the surroundings" runs nrwtwin:sensors for
  the building's box grown by the distance (signal ``sensorsLoaded(ok, message)``).
* ``sensors_near(geometry, crs, project, distance_m)`` — the rows without any widget.
* ``SeriesChart`` — the chart widget alone (``set_series(points, title, unit)``).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import List, Optional

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QRectF, QSize, Qt, pyqtSignal
from qgis.PyQt.QtGui import QPainter
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..processing_provider.sensor_chart import Point, paint_series, series_points
from ..translate import format_number, tr
from .sensor_layers import is_datastream_layer, run_sensors_for_area, sensor_layers
from .tasks import FunctionTask

DEFAULT_DISTANCE_M = 250
DEFAULT_DAYS = 3
GRID = QgsCoordinateReferenceSystem("EPSG:25832")


@dataclass
class NearbySensor:
    """One datastream (or, from a sensor-location layer, the location's main reading) near a building."""

    name: str
    property: str
    value: Optional[float]
    unit: str
    time: str
    distance_m: float
    source: str
    datastream_id: str


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if hasattr(value, "toString") and hasattr(value, "isValid"):
        return value.toString("yyyy-MM-ddTHH:mm:ssZ") if value.isValid() else ""
    return str(value)


def _number(value) -> Optional[float]:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def sensors_near(geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem, project: Optional[QgsProject] = None,
                 distance_m: float = DEFAULT_DISTANCE_M) -> List[NearbySensor]:
    """Datastreams of the project's sensor layers within ``distance_m`` of ``geometry`` (in ``crs``),
    nearest first; from the first layer that has any (datastream layers before location layers)."""
    project = project or QgsProject.instance()
    building = QgsGeometry(geometry)
    building.transform(QgsCoordinateTransform(crs, GRID, project))
    for layer in sensor_layers(project):
        to_grid = QgsCoordinateTransform(layer.crs(), GRID, project)
        box = building.boundingBox()
        box.grow(distance_m)
        request = QgsFeatureRequest().setFilterRect(
            QgsCoordinateTransform(GRID, layer.crs(), project).transformBoundingBox(QgsRectangle(box))
        )
        rows = []
        for feature in layer.getFeatures(request):
            point = QgsGeometry(feature.geometry())
            point.transform(to_grid)
            distance = point.distance(building)
            if distance <= distance_m:
                rows.append(_row(feature, distance, is_datastream_layer(layer)))
        if rows:
            return sorted(rows, key=lambda r: (r.distance_m, r.name, r.property))
    return []


def _row(feature, distance: float, datastream: bool) -> NearbySensor:
    return NearbySensor(
        name=_text(feature["name"]),
        property=_text(feature["property"]),
        value=_number(feature["value"]),
        unit=_text(feature["unit"]),
        time=_text(feature["value_time"]),
        distance_m=distance,
        source=_text(feature["source"]),
        datastream_id=_text(feature["datastream_id"]) if datastream else "",
    )


def _short_time(iso: str) -> str:
    """"2026-05-01T12:00:00Z" → "01.05. 12:00" (UTC) for the table."""
    if len(iso) < 16:
        return iso
    return f"{iso[8:10]}.{iso[5:7]}. {iso[11:16]}"


def fetch_series(task, source_key: str, datastream_id: str, days: int, end: Optional[datetime] = None):
    """Background function: (points, title, unit) of the last ``days`` of a datastream."""
    from ..algorithms.sensors.jsonhttp import JsonClient
    from ..algorithms.sensors.series import read_series
    from ..processing_provider.sensor_support import proxies, source_of

    source = source_of(source_key)
    end = end or datetime.now(timezone.utc)
    series = read_series(source, datastream_id, end - timedelta(days=days), end,
                         JsonClient.for_source(source, proxies=proxies(source.url)), _TaskProgress(task))
    points = series_points([o.time for o in series.observations], [o.value for o in series.observations])
    return points, series.name or series.property, series.unit


class _TaskProgress:
    def __init__(self, task) -> None:
        self.task = task

    def set_progress(self, percent: float) -> None:
        if self.task is not None:
            self.task.setProgress(percent)

    def is_canceled(self) -> bool:
        return bool(self.task is not None and self.task.isCanceled())

    def info(self, message: str) -> None:
        pass

    def warning(self, message: str) -> None:
        pass


class SeriesChart(QWidget):
    """A line chart of one datastream (see processing_provider/sensor_chart.py)."""

    def __init__(self, parent: Optional[QWidget] = None) -> None:
        super().__init__(parent)
        self.points: List[Point] = []
        self.title = ""
        self.unit = ""
        self.message = tr("Select a sensor to see its last days.")
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(360, 180)

    def set_series(self, points: List[Point], title: str, unit: str) -> None:
        self.points, self.title, self.unit, self.message = list(points), title, unit, ""
        self.update()

    def set_message(self, text: str) -> None:
        self.points, self.title, self.message = [], "", text
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        try:
            rect = QRectF(self.rect())
            if self.message:
                painter.fillRect(rect, self.palette().base())
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), self.message)
            else:
                paint_series(painter, rect, self.points, self.title, self.unit)
        finally:
            painter.end()


class SensorPanel(QWidget):
    """Sensors within a distance of a building with their latest values and a chart (module docstring)."""

    sensorsLoaded = pyqtSignal(bool, str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: Optional[QWidget] = None, days: int = DEFAULT_DAYS) -> None:
        super().__init__(parent)
        self.days = days
        #: End of the chart's period (None: now); a fixed time shows an archive (tests, screenshots).
        self.end: Optional[datetime] = None
        self.geometry: Optional[QgsGeometry] = None
        self.crs = GRID
        self.project: Optional[QgsProject] = None
        self.rows: List[NearbySensor] = []
        self.task: Optional[FunctionTask] = None
        self.run = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title_label = QLabel(tr("Sensors nearby"), self)
        self.distance_box = QSpinBox(self)
        self.distance_box.setRange(10, 5000)
        self.distance_box.setSingleStep(50)
        self.distance_box.setSuffix(" m")
        self.distance_box.setValue(DEFAULT_DISTANCE_M)
        self.distance_box.setToolTip(tr("Search radius around the building"))
        self.distance_box.valueChanged.connect(lambda _value: self.refresh())
        head.addWidget(self.title_label, 1)
        head.addWidget(self.distance_box)
        layout.addLayout(head)
        headers = [tr("Sensor"), tr("Property"), tr("Value"), tr("Time (UTC)")]
        self.table = QTableWidget(0, len(headers), self)
        self.table.setObjectName("nrwtwin_sensor_table")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.load_button = QPushButton(tr("Load sensors for the surroundings"), self)
        self.load_button.setToolTip(tr("Runs 'Sensors of an area' (openSenseMap) around the building."))
        self.load_button.clicked.connect(lambda: self.load_sensors())
        layout.addWidget(self.load_button)
        self.chart = SeriesChart(self)
        layout.addWidget(self.chart, 1)

    @property
    def distance_m(self) -> int:
        return int(self.distance_box.value())

    def show_building(self, geometry: QgsGeometry, crs: QgsCoordinateReferenceSystem,
                      project: Optional[QgsProject] = None) -> List[NearbySensor]:
        """List the sensors near ``geometry`` (in ``crs``); returns the rows shown."""
        self.geometry, self.crs, self.project = QgsGeometry(geometry), crs, project or QgsProject.instance()
        return self.refresh()

    def refresh(self) -> List[NearbySensor]:
        if self.geometry is None:
            return []
        self.rows = sensors_near(self.geometry, self.crs, self.project, self.distance_m)
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            value = f"{format_number(row.value, 1 if abs(row.value) < 100 else 0)} {row.unit}".strip() \
                if row.value is not None else "–"
            cells = (f"{row.name} · {format_number(row.distance_m, 0)} m", row.property, value, _short_time(row.time))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{row.name}\n{row.property}: {value}\n{row.time}")
                self.table.setItem(index, column, item)
        visible = min(max(len(self.rows), 2), 6)
        self.table.setFixedHeight(self.table.horizontalHeader().height() + visible * self.table.verticalHeader()
                                  .defaultSectionSize() + 4)
        self.title_label.setText(tr("Sensors within {} m").format(self.distance_m))
        has_layers = bool(sensor_layers(self.project))
        self.load_button.setVisible(not has_layers)
        if not has_layers:
            self.status.setText(tr("No sensor layer in the project. Load sensors in the dock (Data ▸ Sensors) or "
                                   "with the button below."))
        elif not self.rows:
            self.status.setText(tr("No sensors within {} m of this building.").format(self.distance_m))
        else:
            self.status.setText(tr("{} datastreams; select one for its last {} days.").format(
                len(self.rows), self.days))
        self.chart.set_message(tr("Select a sensor to see its last days.") if self.rows else "")
        if self.rows:
            self.table.selectRow(0)
        return self.rows

    def _selection_changed(self) -> None:
        selected = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not selected or selected[0].row() >= len(self.rows):
            return
        row = self.rows[selected[0].row()]
        if not row.datastream_id or not row.source:
            self.chart.set_message(tr("This layer has no datastream ids: load 'Sensor datastreams' for charts."))
            return
        self.show_series(row, self.end)

    def show_series(self, row: NearbySensor, end: Optional[datetime] = None) -> FunctionTask:
        """Read the last days of ``row``'s datastream in the background and draw them."""
        if self.task is not None and not self.task.finished_:
            self.task.cancel()
        self.chart.set_message(tr("Reading the last {} days of {} …").format(self.days, row.property))
        self.task = FunctionTask(tr("Sensor time series"), fetch_series, row.source, row.datastream_id, self.days,
                                 end, parent=self)
        self.task.done.connect(self._series_done)
        return self.task.start()

    def _series_done(self, ok: bool, result, error: str) -> None:
        if ok and result is not None:
            points, title, unit = result
            self.chart.set_series(points, title, unit)
        else:
            self.chart.set_message(error or tr("Canceled."))

    def load_sensors(self, source: str = "opensensemap") -> None:
        """Run nrwtwin:sensors for the building's box grown by the distance; refresh when done."""
        if self.geometry is None:
            return
        building = QgsGeometry(self.geometry)
        building.transform(QgsCoordinateTransform(self.crs, GRID, self.project))
        box = building.boundingBox()
        box.grow(self.distance_m)
        extent = f"{box.xMinimum()},{box.xMaximum()},{box.yMinimum()},{box.yMaximum()} [EPSG:25832]"
        self.status.setText(tr("Loading sensors …"))
        self.load_button.setEnabled(False)

        def done(ok: bool, run) -> None:
            self.load_button.setEnabled(True)
            self.refresh()
            if not ok:
                self.status.setText(run.error)
            self.sensorsLoaded.emit(ok, run.error)

        self.run = run_sensors_for_area(extent, source=source, project=self.project, parent=self, on_done=done)
