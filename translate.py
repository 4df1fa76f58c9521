"""Translation of visible strings: one context for the whole plugin, German first.

Every visible string goes through :func:`tr`; ``make translations`` collects the literals passed to
``tr(...)`` into ``i18n/nrw_digital_twin_de.ts`` and compiles the ``.qm`` that
:func:`install_translator` loads for QGIS's locale.
"""
from __future__ import annotations

import os
import string
from typing import Any

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
    language = (name or "en")[:2].lower()
    return "en" if language in ("c", "po") else language  # the C/POSIX locale writes numbers as English does


def format_number(value: float, decimals: int = 0) -> str:
    """A number written as QGIS's language writes it (German: 3,24 and 1.234)."""
    return QLocale(qgis_locale()).toString(float(value), "f", decimals)


def locale_decimal_comma() -> bool:
    """True when QGIS's language writes 3,24 (German and most of Europe) rather than 3.24."""
    return QLocale(qgis_locale()).decimalPoint() == ","


class _LocaleFormatter(string.Formatter):
    """str.format that writes numbers with the locale's decimal and group separators."""

    def __init__(self, decimal_comma: bool) -> None:
        super().__init__()
        self.decimal_comma = decimal_comma

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            if hasattr(value, "template"):
                value = localize(value)
            elif hasattr(value, "german") and qgis_locale() == "de":
                value = value.german
            return super().format_field(value, format_spec)
        text = format(value, format_spec)
        if self.decimal_comma:
            text = text.translate(_SWAP_SEPARATORS)
        return text


_SWAP_SEPARATORS = str.maketrans({",": ".", ".": ","})


def localize(message: Any) -> str:
    """A message of the engine (``algorithms.messages.msg``) in QGIS's language, numbers in its format.

    Plain strings pass through unchanged (they are translated where they were made).
    """
    template = getattr(message, "template", None)
    if template is None:
        return str(message)
    args = getattr(message, "args", ())
    translated = tr(template)
    try:
        return _LocaleFormatter(locale_decimal_comma()).format(translated, *args)
    except (IndexError, KeyError, ValueError):
        # A translation whose fields do not match the template must never hide the message.
        return str(message)


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
