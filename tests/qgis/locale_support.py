"""Switch the plugin to QGIS's German (or English) user interface for one test."""
from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from qgis.core import QgsSettings


@contextlib.contextmanager
def qgis_language(code: str):
    """QGIS's locale override set to ``code`` ('de_DE', 'en_US') with the plugin's translator for it."""
    from nrw_digital_twin import translate

    if code.startswith("de") and not (Path(translate.__file__).parent / "i18n" / "nrw_digital_twin_de.qm").exists():
        pytest.fail("i18n/nrw_digital_twin_de.qm is not compiled (make qm)")
    from qgis.PyQt.QtCore import QLocale

    settings = QgsSettings()
    saved = (settings.value("locale/overrideFlag"), settings.value("locale/userLocale"))
    saved_locale = QLocale()
    QLocale.setDefault(QLocale(code))  # as QGIS does at start for its user interface language
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", code)
    translate.remove_translator()
    translate.install_translator()
    try:
        yield
    finally:
        translate.remove_translator()
        QLocale.setDefault(saved_locale)
        settings.setValue("locale/overrideFlag", saved[0] if saved[0] is not None else False)
        settings.setValue("locale/userLocale", saved[1] or "")
        translate.install_translator()
