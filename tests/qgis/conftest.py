"""QGIS tier: real QGIS offscreen through pytest-qgis; algorithms run through ``processing.run``."""
from __future__ import annotations

import gc

import pytest

# Python providers must stay referenced from Python: the registry owns the C++ object, but once the
# Python wrapper is collected its overridden methods (and its algorithms' ids) are gone. The plugin
# keeps ``self.provider`` for the same reason.
_KEEP_ALIVE = []


@pytest.fixture
def nrwtwin_provider(qgis_processing):
    """The plugin's provider registered in QGIS's processing registry (re-added if a test removed it)."""
    from qgis.core import QgsApplication

    from nrw_digital_twin.processing_provider.provider import NrwTwinProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("nrwtwin")
    if provider is None:
        provider = NrwTwinProvider()
        assert registry.addProvider(provider)
        _KEEP_ALIVE.append(provider)
    return provider


@pytest.fixture
def run_alg(nrwtwin_provider, qgis_new_project):
    """Run ``nrwtwin:<id>`` with processing.run and return its results dict."""
    import processing

    def _run(alg_id: str, parameters: dict, feedback=None, context=None):
        return processing.run(alg_id, parameters, feedback=feedback, context=context)

    return _run


@pytest.fixture(autouse=True)
def collect_garbage_after_each_test():
    """Free QGIS objects of the test now, on this thread, rather than at a random later GC run."""
    yield
    gc.collect()


@pytest.fixture(scope="session", autouse=True)
def collect_garbage_before_qgis_exits(qgis_app):
    """Free layers while QGIS still runs: one destroyed after exitQgis() (at interpreter exit)
    releases its GeoPackage through a GDAL that is gone, and the process crashes."""
    yield
    gc.collect()
    # Layers still referenced (e.g. from a test frame kept by a pytest.raises traceback) are deleted
    # now, while their GDAL driver still exists; only layers Python owns, never the project's.
    from qgis.core import QgsMapLayer
    from qgis.PyQt import sip

    for obj in gc.get_objects():
        if isinstance(obj, QgsMapLayer) and not sip.isdeleted(obj) and sip.ispyowned(obj):
            sip.delete(obj)


@pytest.fixture(scope="session", autouse=True)
def layer_tree_view_for_processing(qgis_iface):
    """A real layer tree view behind pytest-qgis' iface stub: Processing's result loading (QGIS ≥ 3.44)
    hands ``iface.layerTreeView()`` to C++, which refuses the stub's MagicMock."""
    from qgis.core import QgsLayerTreeModel, QgsProject
    from qgis.gui import QgsLayerTreeView

    view = QgsLayerTreeView()
    model = QgsLayerTreeModel(QgsProject.instance().layerTreeRoot())
    view.setModel(model)
    previous = qgis_iface.layerTreeView
    qgis_iface.layerTreeView = lambda: view
    yield view
    qgis_iface.layerTreeView = previous
    view.setModel(None)


@pytest.fixture
def german_qgis():
    """QGIS in German for one test (the plugin's .qm is built by make qm); restored afterwards."""
    from qgis.core import QgsSettings

    from nrw_digital_twin import translate

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "de_DE")
    translate.remove_translator()
    translate.install_translator()
    yield
    translate.remove_translator()
    settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
    settings.setValue("locale/userLocale", saved[1] or "")
