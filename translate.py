"""Translation of visible strings: one context for the whole plugin, German first.

Every visible string goes through :func:`tr`; ``make translations`` collects the literals passed to
``tr(...)`` into ``i18n/nrw_digital_twin_de.ts`` and compiles the ``.qm`` that
:func:`install_translator` loads for QGIS's locale.
"""
from __future__ import annotations

import os

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "nrwtwin"
_translator = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def qgis_locale() -> str:
    """Two-letter UI language QGIS uses (its override setting first, then the system locale)."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        name = settings.value("locale/userLocale", "", type=str)
    else:
        name = settings.value("locale/userLocale", "", type=str) or QLocale.system().name()
    override = os.environ.get("NRWTWIN_LOCALE")
    if override:
        name = override
    return (name or "en")[:2]


def format_number(value: float, decimals: int = 0) -> str:
    """A number written as QGIS's language writes it (German: 3,24 and 1.234)."""
    return QLocale(qgis_locale()).toString(float(value), "f", decimals)


def install_translator() -> None:
    """Load the plugin's .qm for QGIS's locale once per process (idempotent)."""
    global _translator
    if _translator is not None:
        return
    locale = qgis_locale()
    path = os.path.join(os.path.dirname(__file__), "i18n", f"nrw_digital_twin_{locale}.qm")
    if not os.path.exists(path):
        return
    translator = QTranslator()
    if translator.load(path):
        QCoreApplication.installTranslator(translator)
        _translator = translator


def remove_translator() -> None:
    global _translator
    if _translator is not None and QgsApplication.instance() is not None:
        QCoreApplication.removeTranslator(_translator)
    _translator = None
