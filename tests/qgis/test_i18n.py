"""The plugin follows QGIS's locale: with German, the dock and the algorithms speak German."""
import subprocess
import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsSettings

from nrw_digital_twin import translate

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def german_qgis():
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


def test_dock_and_algorithm_names_in_german(german_qgis, nrwtwin_provider, qgis_iface):
    from nrw_digital_twin.ui.dock import TwinDock

    assert translate.qgis_locale() == "de"
    dock = TwinDock(qgis_iface)
    try:
        assert dock.windowTitle() == "Digitaler Zwilling NRW"
        assert dock.area_step.draw_rectangle_button.text() == "Rechteck zeichnen"
    finally:
        dock.cleanup()
        dock.deleteLater()
    algorithm = QgsApplication.processingRegistry().algorithmById("nrwtwin:tilegrid")
    assert algorithm.displayName() == "NRW-Kachelgitter für ein Gebiet"
    assert nrwtwin_provider.name() == "Digitaler Zwilling NRW"


def test_english_without_override(nrwtwin_provider):
    translate.remove_translator()
    algorithm = QgsApplication.processingRegistry().algorithmById("nrwtwin:tilegrid")
    assert algorithm.displayName() == "NRW tile grid for an area"


def test_translation_catalogue_is_complete():
    proc = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "update_translations.py"), "--check", "--dry-run"],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
