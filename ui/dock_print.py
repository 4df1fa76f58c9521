"""Step 4 of the dock, "Print": size, height exaggeration, base and format of the 3D-print model, with
an estimate (size, scale, triangles, file size) before anything is computed.

The estimate is immediate (algorithms/print_estimate.py); with a surfaces layer it uses the real height
range and building outlines of the area, read from the layer in a background task.
"""

from __future__ import annotations

from typing import Optional, Tuple

from qgis.core import QgsCoordinateTransform, QgsFeatureRequest, QgsGeometry, QgsProject, QgsVectorLayerFeatureSource
from qgis.PyQt.QtWidgets import QComboBox, QDoubleSpinBox, QGridLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ..algorithms.errors import NrwTwinError
from ..algorithms.print_estimate import estimate_print
from ..translate import format_number, localize, tr
from .area_picker import GRID_CRS
from .dock_data import size_text
from .tasks import FunctionTask
from .workflow import FORMATS

DEFAULT_RELIEF_M = 30.0


def surface_statistics(task, source, area: QgsGeometry) -> Tuple[Optional[float], Optional[float]]:
    """(height range in m, outline of the ground surfaces in m) of a surfaces layer inside ``area``.

    Runs in a background task on a feature source made on the main thread.
    """
    request = QgsFeatureRequest().setFilterRect(area.boundingBox())
    request.setInvalidGeometryCheck(QgsFeatureRequest.InvalidGeometryCheck.GeometryNoCheck)
    fields = source.fields()
    z_min, z_max, kind = fields.indexOf("z_min"), fields.indexOf("z_max"), fields.indexOf("surface_type")
    low, high, outline = None, None, 0.0
    engine = QgsGeometry.createGeometryEngine(area.constGet())
    engine.prepareGeometry()
    for feature in source.getFeatures(request):
        if task is not None and task.isCanceled():
            return None, None
        if not feature.hasGeometry() or not engine.intersects(feature.geometry().constGet()):
            continue
        values = (feature.attribute(z_min), feature.attribute(z_max))
        if all(isinstance(v, (int, float)) for v in values):
            low = values[0] if low is None else min(low, values[0])
            high = values[1] if high is None else max(high, values[1])
        if feature.attribute(kind) == "Ground":
            outline += feature.geometry().intersection(area).length()
    if low is None or high is None:
        return None, None
    return high - low, outline


class PrintStep(QWidget):
    def __init__(self, dock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.estimate = None
        self.statistics_key = None
        self.statistics: Tuple[Optional[float], Optional[float]] = (None, None)
        self.statistics_task: Optional[FunctionTask] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 6)
        form = QGridLayout()
        self.size_spin = self._spin(10.0, 1000.0, 150.0, " mm", 10.0, 0)
        self.size_spin.setToolTip(tr("Longest side of the printed model."))
        self.exaggeration_spin = self._spin(0.1, 10.0, 1.5, " ×", 0.1, 1)
        self.exaggeration_spin.setToolTip(tr("Heights are multiplied by this factor."))
        self.base_spin = self._spin(0.0, 50.0, 3.0, " mm", 0.5, 1)
        self.format_combo = QComboBox(self)
        self.format_combo.addItems(list(FORMATS))
        rows = (
            (tr("Size (longest side)"), self.size_spin),
            (tr("Height exaggeration"), self.exaggeration_spin),
            (tr("Base thickness"), self.base_spin),
            (tr("Format"), self.format_combo),
        )
        for row, (text, widget) in enumerate(rows):
            label = QLabel(text, self)
            label.setWordWrap(True)
            form.addWidget(label, row, 0)
            form.addWidget(widget, row, 1)
        form.setColumnStretch(0, 1)
        layout.addLayout(form)
        self.estimate_label = QLabel(self)
        self.estimate_label.setObjectName("nrwtwin_print_estimate")
        self.estimate_label.setWordWrap(True)
        layout.addWidget(self.estimate_label)
        self.print_button = QPushButton(tr("Create print model"), self)
        self.print_button.clicked.connect(lambda: dock.start_workflow(("print",)))
        layout.addWidget(self.print_button)
        for spin in (self.size_spin, self.exaggeration_spin, self.base_spin):
            spin.valueChanged.connect(self.update_estimate)

    def _spin(self, low: float, high: float, value: float, suffix: str, step: float, decimals: int) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(self)
        spin.setDecimals(decimals)
        spin.setRange(low, high)
        spin.setSingleStep(step)
        spin.setValue(value)
        spin.setSuffix(suffix)
        return spin

    # ------------------------------------------------------------------ statistics

    def _statistics_for(self, layer) -> Tuple[Optional[float], Optional[float]]:
        """The cached statistics of ``layer`` in the area; starts a background task when they are missing."""
        fields = layer.fields() if layer is not None else None
        if layer is None or fields.indexOf("z_min") < 0 or fields.indexOf("surface_type") < 0:
            return None, None
        key = (layer.id(), self.dock.area.area.asWkt(1))
        if self.statistics_key == key:
            return self.statistics
        if self.statistics_task is None or self.statistics_task.key != key:
            area = QgsGeometry(self.dock.area.area)
            if layer.crs().isValid() and layer.crs() != GRID_CRS:
                area.transform(QgsCoordinateTransform(GRID_CRS, layer.crs(), QgsProject.instance()))
            task = FunctionTask(
                tr("NRW Digital Twin: heights of the area"),
                surface_statistics,
                QgsVectorLayerFeatureSource(layer),
                area,
                parent=self,
            )
            task.key = key
            task.done.connect(lambda ok, result, _error, key=key: self._statistics_done(key, ok, result))
            self.statistics_task = task.start()
        return None, None

    def _statistics_done(self, key, ok: bool, result) -> None:
        if ok:
            self.statistics_key, self.statistics = key, tuple(result)
        self.statistics_task = None
        self.update_estimate()

    # ------------------------------------------------------------------ estimate

    def update_estimate(self) -> None:
        if not self.dock.has_area():
            self.estimate_label.setText(tr("Choose an area to see the size of the model."))
            return
        box = self.dock.area.area.boundingBox()
        z_range, outline = self._statistics_for(self.dock.analyse_step.surfaces_layer())
        try:
            estimate = estimate_print(
                (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()),
                size_mm=self.size_spin.value(),
                z_exaggeration=self.exaggeration_spin.value(),
                base_mm=self.base_spin.value(),
                z_range_m=DEFAULT_RELIEF_M if z_range is None else z_range,
                building_outline_m=outline,
                area_m2=self.dock.area.area.area(),
            )
        except NrwTwinError as error:
            self.estimate_label.setText(localize(error.args[0]))
            return
        text = tr("Estimate: {w} × {d} × {h} mm (scale 1:{scale}), about {tri} triangles (STL ≈ {stl}).").format(
            w=format_number(estimate.width_mm),
            d=format_number(estimate.depth_mm),
            h=format_number(estimate.height_mm),
            scale=format_number(estimate.scale_denominator),
            tri=format_number(estimate.triangles),
            stl=size_text(estimate.stl_bytes),
        )
        if z_range is None:
            text += " " + tr(
                "Height and triangles assume 30 m of relief and a typical building density; choose "
                "the surfaces layer for better figures."
            )
        self.estimate_label.setText(text)
        self.estimate = estimate

    def summary(self) -> str:
        return f"{format_number(self.size_spin.value())} mm, {self.format_combo.currentText()}"

    def update_buttons(self, running: bool) -> None:
        surfaces = self.dock.analyse_step.surfaces_layer() is not None
        self.print_button.setEnabled(self.dock.has_area() and surfaces and not running)

    def cleanup(self) -> None:
        if self.statistics_task is not None and not self.statistics_task.finished_:
            self.statistics_task.cancel()
