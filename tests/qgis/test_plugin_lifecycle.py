"""Loading the plugin like QGIS does, and unloading it without leaving anything behind."""
import sys
from pathlib import Path

from qgis.core import QgsApplication
from qgis.gui import QgsDockWidget, QgsMapToolExtent
from qgis.PyQt.QtCore import QCoreApplication, QEvent

sys.path.insert(0, str(Path(__file__).resolve().parent))
from desktop_iface import DesktopIface  # noqa: E402

import nrw_digital_twin  # noqa: E402


def flush_deletes():
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def test_metadata_declares_processing_provider_and_qt6():
    text = (Path(nrw_digital_twin.__file__).parent / "metadata.txt").read_text(encoding="utf-8")
    for line in ("qgisMinimumVersion=3.22", "hasProcessingProvider=yes", "supportsQt6=True", "icon=icon.svg"):
        assert line in text


def test_load_and_unload_three_times_leaves_nothing(qgis_app, qgis_processing):
    iface = DesktopIface()
    registry = QgsApplication.processingRegistry()
    if registry.providerById("nrwtwin") is not None:  # registered by an earlier test's fixture
        registry.removeProvider("nrwtwin")
    for _round in range(3):
        plugin = nrw_digital_twin.classFactory(iface)
        plugin.initGui()
        assert registry.providerById("nrwtwin") is not None
        assert registry.algorithmById("nrwtwin:tilegrid") is not None
        docks = iface.window.findChildren(QgsDockWidget, "NrwDigitalTwinDock")
        assert len(docks) == 1
        assert [a.objectName() for a in iface.menu_actions()] == ["nrwtwin_show_dock"]
        assert [a.objectName() for a in iface.toolbar.actions()] == ["nrwtwin_show_dock"]
        # Use the dock's map tool, then unload while it is active.
        plugin.action.setChecked(True)
        plugin.dock.area_step.draw_rectangle_button.click()
        assert isinstance(iface.canvas.mapTool(), QgsMapToolExtent)

        plugin.unload()
        flush_deletes()
        assert iface.window.findChildren(QgsDockWidget, "NrwDigitalTwinDock") == []
        assert iface.menu_actions() == []
        assert iface.toolbar.actions() == []
        assert iface.canvas.mapTool() is None
        assert registry.providerById("nrwtwin") is None
    overlay_items = [item for item in iface.canvas.scene().items() if type(item).__name__ == "QgsRubberBand"]
    assert overlay_items == []


def test_processing_only_load_as_qgis_process_does(qgis_app, qgis_processing):
    """qgis_process calls classFactory(None) then initProcessing(); unload must still work."""
    registry = QgsApplication.processingRegistry()
    if registry.providerById("nrwtwin") is not None:
        registry.removeProvider("nrwtwin")
    plugin = nrw_digital_twin.classFactory(None)
    plugin.initProcessing()
    algorithms = sorted(a.id() for a in registry.providerById("nrwtwin").algorithms())
    assert "nrwtwin:tilegrid" in algorithms
    plugin.unload()
    assert registry.providerById("nrwtwin") is None


def test_second_registration_is_refused_without_dangling_provider(qgis_app, nrwtwin_provider):
    """With a provider 'nrwtwin' already registered (plugin installed twice), loading still works."""
    plugin = nrw_digital_twin.classFactory(None)
    plugin.initProcessing()
    assert plugin.provider is None
    assert QgsApplication.processingRegistry().providerById("nrwtwin") is nrwtwin_provider
    plugin.unload()
    assert QgsApplication.processingRegistry().providerById("nrwtwin") is nrwtwin_provider


def test_every_algorithm_is_registered_with_help(nrwtwin_provider):
    """All algorithm modules load (a broken one would only be logged) and document themselves."""
    ids = sorted(a.id() for a in nrwtwin_provider.algorithms())
    expected = [
        "nrwtwin:buildingmetrics",
        "nrwtwin:buildingreport",
        "nrwtwin:downloadelevation",
        "nrwtwin:downloadtiles",
        "nrwtwin:downloadwfs",
        "nrwtwin:downloadwms",
        "nrwtwin:importcitygml",
        "nrwtwin:printmesh",
        "nrwtwin:roofsolar",
        "nrwtwin:tilegrid",
    ]
    assert [i for i in ids if i in expected] == expected
    for algorithm in nrwtwin_provider.algorithms():
        if algorithm.id() not in expected:
            continue
        assert "dl-de/zero-2-0" in algorithm.shortHelpString(), algorithm.id()
        # QgsProcessingAlgorithm.run must not be overridden: processing.run calls it.
        assert "run" not in type(algorithm).__dict__, algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help(), f"{algorithm.id()} {parameter.name()} has no help text"
