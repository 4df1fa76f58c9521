"""The 3D measuring map tool on an offscreen canvas: two simulated clicks → 3D distance and height difference."""

from __future__ import annotations

import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsCoordinateReferenceSystem, QgsPointXY, QgsRasterLayer, QgsRectangle  # noqa: E402
from qgis.gui import QgsMapCanvas, QgsMapMouseEvent  # noqa: E402
from qgis.PyQt.QtCore import QEvent, QPoint, Qt  # noqa: E402

from nrw_digital_twin.ui.measure_tool import MeasureTool3D  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))
import layer_builders as helpers  # noqa: E402

# the synthetic gable house of the unit tests, placed inside the DOM1 fixture tile (E 356–357 km, N 5699–5700 km)
_unit = importlib.util.spec_from_file_location(
    "nrwtwin_metrics_unit", Path(__file__).resolve().parents[1] / "unit" / "test_metrics.py"
)
unit = importlib.util.module_from_spec(_unit)
_unit.loader.exec_module(unit)

ORIGIN = np.array([356500.0, 5699500.0, 100.0])
W, D, H, R = 10.0, 8.0, 6.0, 3.0


def roof_z(x: float, y: float) -> float:
    """Independent height of the gable roof at a map point (south roof rises northwards to the ridge)."""
    local_y = y - ORIGIN[1]
    run = local_y if local_y <= D / 2 else D - local_y
    return ORIGIN[2] + H + R * run / (D / 2)


@pytest.fixture
def canvas(qgis_app):
    canvas = QgsMapCanvas()
    canvas.resize(600, 400)
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:25832"))
    canvas.setExtent(QgsRectangle(ORIGIN[0] - 10, ORIGIN[1] - 6, ORIGIN[0] + 20, ORIGIN[1] + 14))
    yield canvas
    canvas.deleteLater()


@pytest.fixture
def make_tool(canvas):
    """Tools set on the canvas and kept alive until they are unset (as the dock does)."""
    tools = []

    def _make(*args, **kwargs):
        tool = MeasureTool3D(canvas, *args, **kwargs)
        canvas.setMapTool(tool)
        tools.append(tool)
        return tool

    yield _make
    for tool in tools:
        canvas.unsetMapTool(tool)
        # drop the layers now: a raster layer freed after QGIS has shut down crashes GDAL
        tool.setSurfacesLayer(None)
        tool.setDsmLayer(None)
    tools.clear()


@pytest.fixture
def surfaces_layer(tmp_path):
    # the name holds "layer": pytest-qgis then frees the layer with the project after the test, not after QGIS exit
    return helpers.surfaces_layer(unit.gable(W, D, H, R, origin=ORIGIN), tmp_path / "surfaces.gpkg")


def click(tool, canvas, x: float, y: float, button=Qt.MouseButton.LeftButton) -> QgsPointXY:
    """Release the mouse at the pixel of map point (x, y); return the map point of that pixel."""
    pixel = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    pos = QPoint(int(round(pixel.x())), int(round(pixel.y())))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, pos, button))
    return canvas.getCoordinateTransform().toMapCoordinates(pos)


def test_two_clicks_on_the_roofs_give_3d_distance(canvas, make_tool, surfaces_layer):
    tool = make_tool(surfaces_layer)
    results, buildings = [], []
    tool.measured.connect(results.append)
    tool.buildingPicked.connect(buildings.append)
    a = click(tool, canvas, ORIGIN[0] + 2.0, ORIGIN[1] + 1.0)  # south roof, low
    b = click(tool, canvas, ORIGIN[0] + 8.0, ORIGIN[1] + 6.5)  # north roof, higher
    assert len(results) == 1
    result = results[0]
    za, zb = roof_z(a.x(), a.y()), roof_z(b.x(), b.y())
    expected = math.sqrt((b.x() - a.x()) ** 2 + (b.y() - a.y()) ** 2 + (zb - za) ** 2)
    assert result["distance_3d_m"] == pytest.approx(expected, abs=1e-3)
    assert result["height_difference_m"] == pytest.approx(zb - za, abs=1e-3)
    assert result["horizontal_distance_m"] == pytest.approx(math.hypot(b.x() - a.x(), b.y() - a.y()), abs=1e-6)
    assert result["z_sources"] == ("LoD2", "LoD2")
    assert result["crs"] == "EPSG:25832"
    assert buildings == ["B1", "B1"]  # the clicked building, for the building report
    # a third click starts a new measurement; a right click resets
    click(tool, canvas, ORIGIN[0] + 5.0, ORIGIN[1] + 2.0)
    assert len(tool.points) == 1
    click(tool, canvas, ORIGIN[0] + 5.0, ORIGIN[1] + 2.0, Qt.MouseButton.RightButton)
    assert tool.points == []


def test_ground_click_uses_the_dsm_and_misses_are_reported(canvas, make_tool, surfaces_layer, data_dir):
    dsm = QgsRasterLayer(str(data_dir / "raster" / "dom1_32_356_5699_1_nw_2020.tif"), "dom")
    assert dsm.isValid()
    tool = make_tool(surfaces_layer)
    failures, results = [], []
    tool.failed.connect(failures.append)
    tool.measured.connect(results.append)
    click(tool, canvas, ORIGIN[0] - 5.0, ORIGIN[1] - 3.0)  # beside the house, no DSM yet
    assert len(failures) == 1 and tool.points == []
    tool.setDsmLayer(dsm)
    ground = click(tool, canvas, ORIGIN[0] - 5.0, ORIGIN[1] - 3.0)
    roof = click(tool, canvas, ORIGIN[0] + 5.0, ORIGIN[1] + 4.0)  # on the ridge line
    # the DSM pixel under the click, read as a 1 × 1 block of the raster (not through sample())
    x0, y0 = dsm.extent().xMinimum(), dsm.extent().yMaximum()
    col, row = (
        int((ground.x() - x0) // dsm.rasterUnitsPerPixelX()),
        int((y0 - ground.y()) // dsm.rasterUnitsPerPixelY()),
    )
    pixel = QgsRectangle(
        x0 + col * dsm.rasterUnitsPerPixelX(),
        y0 - (row + 1) * dsm.rasterUnitsPerPixelY(),
        x0 + (col + 1) * dsm.rasterUnitsPerPixelX(),
        y0 - row * dsm.rasterUnitsPerPixelY(),
    )
    dsm_z = dsm.dataProvider().block(1, pixel, 1, 1).value(0, 0)
    assert 87.0 < dsm_z < 168.0  # the tile's value range
    assert results and results[0]["z_sources"] == ("DSM", "LoD2")
    assert results[0]["start"][2] == pytest.approx(dsm_z, abs=1e-4)
    assert results[0]["height_difference_m"] == pytest.approx(roof_z(roof.x(), roof.y()) - dsm_z, abs=1e-3)
    # with prefer_dsm the surface model wins also on the roof
    tool.prefer_dsm = True
    picked = []
    tool.pointPicked.connect(picked.append)
    click(tool, canvas, ORIGIN[0] + 5.0, ORIGIN[1] + 4.0)
    assert picked[-1][3] == "DSM"
