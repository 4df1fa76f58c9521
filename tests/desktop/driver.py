"""Runs inside the real QGIS desktop (``qgis --code driver.py``, started by qgis_desktop_runner.py) and
uses the plugin's dock like a person: mouse clicks and drags on the real map canvas and dock.

Scenarios (environment NRWTWIN_DESKTOP_SCENARIO):

* ``full`` — open the dock from its toolbar button on the welcome page, load the offline tile grid,
  draw the area along the edges of the bundled tile with snapping, Run all against the fake
  OpenGeodata server, click a building with "Gebäudeinfo", open the 3D view of the twin.
* ``fit`` — open the dock, choose an area and open every step (the width check in other languages
  and screen sizes).

Every step checks the dock (no sideways scrolling, nothing cut off), screenshots go to
NRWTWIN_DESKTOP_OUT, the findings to result.json there. Python exceptions anywhere in QGIS (slots,
tasks, the plugin) are recorded through sys.excepthook and QGIS's "Python error" log.
"""
import json
import os
import sys
import time
import traceback
from pathlib import Path

from qgis.core import Qgis, QgsApplication, QgsProject, QgsRectangle
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtTest import QTest
from qgis.utils import iface, plugins

OUT = Path(os.environ["NRWTWIN_DESKTOP_OUT"])
REPO = Path(os.environ["NRWTWIN_DESKTOP_REPO"])
SCENARIO = os.environ.get("NRWTWIN_DESKTOP_SCENARIO", "full")
#: Parts of the full scenario to leave out when hunting a problem ("card,3d"); empty in the test.
SKIP = set(filter(None, os.environ.get("NRWTWIN_DESKTOP_SKIP", "").split(",")))
sys.path.insert(0, str(REPO / "tests" / "qgis"))
from desktop_iface import cut_off_widgets, drag, pixel  # noqa: E402
from visible_text import english_vocabulary, find_english, layer_strings, widget_strings  # noqa: E402

TILE = QgsRectangle(326000, 5727000, 327000, 5728000)  # the bundled tile 32_326_5727 (194 buildings)
RESULT = {"scenario": SCENARIO, "done": False, "exceptions": [], "fit": {}, "qgis": Qgis.QGIS_VERSION}


# ------------------------------------------------------------------------------- recording


def record_exception(kind, value, trace):
    RESULT["exceptions"].append("".join(traceback.format_exception(kind, value, trace)))


_hook = sys.excepthook


def excepthook(kind, value, trace):
    record_exception(kind, value, trace)
    _hook(kind, value, trace)


sys.excepthook = excepthook


def log_message(message, tag, level):
    if tag == "Python error" or (tag == "Python warning" and "Traceback" in message):
        RESULT["exceptions"].append(f"{tag}: {message}")


QgsApplication.messageLog().messageReceived.connect(log_message)


def save():
    (OUT / "result.json").write_text(json.dumps(RESULT, indent=1, ensure_ascii=False), encoding="utf-8")


def shot(name, widget=None):
    """A widget, or the whole screen as the user sees it (main window, card, 3D view)."""
    QgsApplication.processEvents()
    image = widget.grab() if widget is not None else QgsApplication.primaryScreen().grabWindow(0)
    image.save(str(OUT / f"{name}.png"))


# ------------------------------------------------------------------------------- helpers


def dock():
    return plugins["nrw_digital_twin"].dock


def check_fit(label, screenshots=False):
    """Open every step: record the width, sideways scrolling and cut-off widgets."""
    widget = dock()
    findings = {}
    current = widget.steps.current()
    for key in widget.steps.keys:
        widget.steps.open_step(key)
        QgsApplication.processEvents()
        bar = widget.scroll.horizontalScrollBar()
        findings[key] = {
            "scroll_max": bar.maximum(),
            "scroll_visible": bar.isVisible(),
            "cut_off": cut_off_widgets(widget),
        }
        if screenshots:
            shot(f"dock_{label}_{key}", widget)
    widget.steps.open_step(current or "area")
    RESULT["fit"][label] = {"width": widget.width(), "content_width": widget.content_width(), "steps": findings}


class Wait:
    def __init__(self, condition, timeout_s, what):
        self.condition, self.deadline, self.what = condition, time.time() + timeout_s, what


def until(condition, timeout_s=60, what=""):
    return Wait(condition, timeout_s, what)


def pause(seconds):
    end = time.time() + seconds
    return Wait(lambda: time.time() >= end, seconds + 5, "pause")


def open_dock():
    window = iface.mainWindow()
    window.setGeometry(QgsApplication.primaryScreen().availableGeometry())
    yield pause(1.5)
    plugins["nrw_digital_twin"].action.trigger()  # the toolbar button
    yield until(lambda: dock().isVisible(), 20, "dock visible")
    yield pause(1.0)
    RESULT["canvas_visible_at_start"] = iface.mapCanvas().isVisible()
    RESULT["base_map_offered"] = dock().area_step.base_map_box.isVisible()


# ------------------------------------------------------------------------------- scenarios


def fit_scenario():
    yield from open_dock()
    from qgis.core import QgsCoordinateReferenceSystem

    dock().area.set_extent(TILE, QgsCoordinateReferenceSystem("EPSG:25832"))
    yield pause(0.5)
    check_fit("open", screenshots=True)
    shot("window")
    if dock().windowTitle() == "Digitaler Zwilling NRW":
        strings = []
        for key in dock().steps.keys:
            dock().steps.open_step(key)
            QgsApplication.processEvents()
            strings += widget_strings(dock())
        RESULT["english"] = [list(item) for item in find_english(strings, english_vocabulary())]


def full_scenario():
    yield from open_dock()
    check_fit("start", screenshots=True)
    shot("01_start_welcome_page")
    project = QgsProject.instance()
    dock().area_step.base_map_buttons["grid"].click()
    yield until(lambda: bool(project.mapLayers()) and iface.mapCanvas().isVisible(), 60, "tile grid")
    RESULT["base_map_layers"] = [layer.name() for layer in project.mapLayers().values()]
    RESULT["canvas_visible_after_base_map"] = iface.mapCanvas().isVisible()
    yield pause(2.0)
    shot("02_tile_grid")
    canvas = iface.mapCanvas()
    view = QgsRectangle(TILE)
    view.grow(350)
    canvas.setExtent(view)
    canvas.refresh()
    yield pause(1.5)
    dock().area_step.snap_checkbox.setChecked(True)
    dock().area_step.draw_rectangle_button.click()
    drag(canvas, (325985, 5726990), (327012, 5728010))  # a few metres off the tile edges
    yield pause(0.5)
    RESULT["area_tiles"] = dock().area.tile_keys()
    RESULT["area_km2"] = dock().area.area_km2()
    RESULT["area_label"] = dock().area_step.area_label.text()
    shot("03_area")
    dock().run_all_button.click()
    yield until(lambda: dock().workflow is None, 500, "Run all")
    RESULT["run_message"] = dock().message_panel.text()
    RESULT["run_details"] = dock().message_panel.details()
    workflow = dock().last_workflow
    RESULT["log"] = [line for run in workflow.completed for line in run.feedback.messages]
    layers = {node.layer().name(): node.layer() for node in workflow.group.findLayers()}
    RESULT["result_layers"] = sorted(layers)
    yield pause(2.0)
    check_fit("after_run")
    shot("04_run_all")
    if "card" not in SKIP:
        yield from building_card(layers)
    if "identify" not in SKIP:
        yield from identify(layers)
    if "3d" not in SKIP:
        yield from view_3d(layers)
    strings = []
    for key in dock().steps.keys:
        dock().steps.open_step(key)
        QgsApplication.processEvents()
        strings += widget_strings(dock())
    strings += widget_strings(dock().card) if dock().card is not None else []
    strings += layer_strings(project)
    RESULT["visible_strings"] = len(strings)
    RESULT["english"] = [list(item) for item in find_english(strings, english_vocabulary())]
    dock().steps.open_step("results")
    QgsApplication.processEvents()
    RESULT["results_list"] = [
        dock().results_step.results_list.item(i).text() for i in range(dock().results_step.results_list.count())
    ]
    shot("07_results_step")


def building_card(layers):
    """Click the building with the largest solar power; the card must show its German labels and values."""
    solar = next(layer for name, layer in layers.items() if layer.fields().indexOf("irradiation_kwh_m2") >= 0)
    buildings = next(layer for layer in layers.values() if layer.fields().indexOf("roof_type") >= 0)
    power = {}
    for feature in solar.getFeatures():
        if feature["suitability"] == "suitable":
            power[feature["building_id"]] = power.get(feature["building_id"], 0.0) + feature["kwp"]
    building_id = max(power, key=power.get)
    roofs = [f for f in solar.getFeatures() if f["building_id"] == building_id]
    RESULT["card_expected"] = {
        "building_id": building_id,
        "roofs": len(roofs),
        "suitable": sum(1 for f in roofs if f["suitability"] == "suitable"),
        "kwp": power[building_id],
        "irradiation": sorted(round(f["irradiation_kwh_m2"]) for f in roofs),
    }
    footprint = next(f for f in buildings.getFeatures() if f["building_id"] == building_id).geometry()
    canvas = iface.mapCanvas()
    canvas.setExtent(footprint.boundingBox().buffered(25.0))
    canvas.refresh()
    yield pause(2.0)
    dock().steps.open_step("analyse")
    dock().analyse_step.info_button.click()
    point = footprint.pointOnSurface().asPoint()
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pixel(canvas, point.x(), point.y()))
    yield until(lambda: dock().card is not None and dock().card.data is not None, 60, "building card")
    yield pause(1.0)
    card = dock().card
    RESULT["card_text"] = card.text()
    RESULT["card_building"] = card.building_id()
    shot("05_building_card", card)
    shot("05_window_with_card")


def identify(layers):
    """QGIS's own Identify tool on a solar roof: its results show aliases and coded values in German."""
    from qgis.PyQt.QtWidgets import QTreeWidget, QTreeWidgetItemIterator

    solar = next(layer for layer in layers.values() if layer.fields().indexOf("irradiation_kwh_m2") >= 0)
    roof = max(solar.getFeatures(), key=lambda f: f["kwp"] or 0)
    canvas = iface.mapCanvas()
    canvas.setExtent(roof.geometry().boundingBox().buffered(10.0))
    canvas.refresh()
    yield pause(1.5)
    iface.setActiveLayer(solar)
    iface.actionIdentify().trigger()
    point = roof.geometry().pointOnSurface().asPoint()
    QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pixel(canvas, point.x(), point.y()))
    yield pause(2.0)
    texts = []
    for tree in iface.mainWindow().findChildren(QTreeWidget, "lstResults"):
        iterator = QTreeWidgetItemIterator(tree)
        while iterator.value():
            item = iterator.value()
            texts.append([item.text(0), item.text(1)])
            iterator += 1
    RESULT["identify"] = texts
    RESULT["identify_expected"] = {"suitability": roof["suitability"]}
    shot("05b_identify")
    iface.actionPan().trigger()


def view_3d(layers):
    dock().analyse_step.view3d_button.click()
    yield pause(2.0)
    project = QgsProject.instance()
    from nrw_digital_twin.ui import view3d

    themes = project.mapThemeCollection()
    name = view3d.theme_name()
    state = themes.mapThemeState(name) if themes.hasMapTheme(name) else None
    RESULT["theme"] = name
    RESULT["theme_layers"] = [record.layer().name() for record in state.layerRecords()] if state else []
    twin = view3d.find_twin(project)
    RESULT["solar_3d_rules"] = [r.description() for r in twin.solar.renderer3D().rootRule().children()]
    RESULT["surfaces_3d_rules"] = [r.filterExpression() for r in twin.surfaces.renderer3D().rootRule().children()]
    RESULT["solar_2d_labels"] = [r.label() for r in twin.solar.renderer().ranges()]
    RESULT["message_3d"] = dock().message_panel.text()
    RESULT["opened_3d_canvases"] = len(iface.mapCanvases3D()) if hasattr(iface, "mapCanvases3D") else None
    if RESULT["opened_3d_canvases"]:
        yield pause(8.0)  # the 3D scene loads its tiles in the background
    shot("06_3d")


# ------------------------------------------------------------------------------- runner


class Runner:
    def __init__(self, steps):
        self.steps = steps
        self.wait = None
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)

    def start(self):
        self.timer.start(100)

    def tick(self):
        try:
            if self.wait is not None:
                if self.wait.condition():
                    self.wait = None
                elif time.time() > self.wait.deadline:
                    raise TimeoutError(f"timed out waiting for {self.wait.what}")
                else:
                    return
            self.wait = next(self.steps)
        except StopIteration:
            RESULT["done"] = True
            self.finish()
        except Exception:  # noqa: BLE001 - the test reads it from result.json
            RESULT["driver_error"] = traceback.format_exc()
            self.finish()

    @staticmethod
    def watchdog():
        """QGIS must be gone 20 s after Exit: show what held it (a dialog?) and stop it."""
        shot("99_exit_blocked")
        RESULT["exit_blocked_by"] = [w.windowTitle() for w in QgsApplication.topLevelWidgets() if w.isVisible()]
        save()
        os._exit(3)

    def finish(self):
        self.timer.stop()
        save()
        if hasattr(iface, "closeMapCanvas3D") and RESULT.get("theme"):
            iface.closeMapCanvas3D(RESULT["theme"])  # the 3D view is named after the map theme
            QgsApplication.processEvents()
            RESULT["open_3d_canvases_at_exit"] = len(iface.mapCanvases3D())
        try:  # unloading must not raise either (QGIS does it on exit)
            from qgis.utils import unloadPlugin

            RESULT["unloaded"] = bool(unloadPlugin("nrw_digital_twin"))
        except Exception:  # noqa: BLE001
            RESULT["exceptions"].append(traceback.format_exc())
        save()
        QgsProject.instance().setDirty(False)  # nothing to save: no question on exit
        QTimer.singleShot(20000, self.watchdog)
        # Project ▸ Exit QGIS, as a user quits (QApplication.exit alone skips closing the project,
        # and QGIS 3.40 then crashes in its own destructor: QgisApp::updateNewLayerInsertionPoint).
        iface.actionExit().trigger()


RUNNER = Runner(full_scenario() if SCENARIO == "full" else fit_scenario())
QTimer.singleShot(3000, RUNNER.start)
