"""Messages for the user that the QGIS side can show in the user's language.

The engine has no Qt and no translator. It writes every message for the user (errors, log lines) with
:func:`msg`: an English template with ``{}`` fields plus its arguments. The result *is* the English
text (a ``str``), so logs, tests and the batch runner read it as it is; it also keeps the template and
the arguments, so the Processing wrapper translates the template (``translate.localize``) and fills
in the arguments with the locale's number format (German: ``76.247 Dreiecke``, ``3,8 MB``).

``scripts/update_translations.py`` collects the literal first argument of every ``msg(...)`` call into
the translation catalogue, as it does for ``tr(...)``. Keep templates literal: never build them with
f-strings or concatenation. Write thousands separators as ``{:,}`` and decimals as ``{:.1f}``.
"""
from __future__ import annotations

import contextlib
from contextvars import ContextVar
from typing import Any, Iterator, Tuple


class Message(str):
    """English text of a message that also carries its template and arguments."""

    template: str
    args: Tuple[Any, ...]

    def __new__(cls, template: str, *args: Any) -> "Message":
        text = template.format(*args) if args else template
        obj = super().__new__(cls, text)
        obj.template = template
        obj.args = args
        return obj

    def __reduce__(self):
        # Survive pickling (forked readers, Dask workers) with template and arguments intact.
        return (Message, (self.template, *self.args))


class Name(str):
    """A proper name given in English and German (a service's title): shown in English, and in German where
    QGIS speaks German (``translate.localize``)."""

    german: str

    def __new__(cls, english: str, german: str) -> "Name":
        obj = super().__new__(cls, english)
        obj.german = german
        return obj

    def __reduce__(self):
        return (Name, (str(self), self.german))


def msg(template: str, *args: Any) -> Message:
    """A message for the user: ``msg("{:,} roof surfaces", 389)`` reads "389 roof surfaces".

    Arguments may be numbers (formatted per locale on the QGIS side), strings (file names, URLs; kept
    as they are) or other messages (translated too).
    """
    return Message(template, *args)


def human_size(size_bytes: float) -> Message:
    """A byte count for people: "980 B", "3.8 kB", "12.3 MB", "1.2 GB" (decimal units, as file managers)."""
    size = float(size_bytes)
    if abs(size) < 1e3:
        return msg("{:,.0f} B", size)
    if abs(size) < 1e6:
        return msg("{:,.1f} kB", size / 1e3)
    if abs(size) < 1e9:
        return msg("{:,.1f} MB", size / 1e6)
    return msg("{:,.1f} GB", size / 1e9)


# Numbers the engine writes into documents (the building report) rather than into messages: the QGIS side
# says whether the user's language writes a decimal comma (translate.locale_decimal_comma).
_DECIMAL_COMMA: ContextVar[bool] = ContextVar("decimal_comma", default=False)


@contextlib.contextmanager
def decimal_comma(enabled: bool) -> Iterator[None]:
    """Within the block, :func:`decimal` writes 3,5 instead of 3.5 (German and most of Europe)."""
    token = _DECIMAL_COMMA.set(bool(enabled))
    try:
        yield
    finally:
        _DECIMAL_COMMA.reset(token)


def decimal(value: float, digits: int) -> str:
    """``value`` with ``digits`` decimals, with the decimal comma where :func:`decimal_comma` asks for it."""
    text = f"{float(value):.{digits}f}"
    return text.replace(".", ",") if _DECIMAL_COMMA.get() else text
