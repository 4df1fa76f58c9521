"""A visible panel for the dock's messages: a short text people can read, the technical details (URLs,
setting names, file paths, log lines) one click away behind "Details".

:func:`split_message` makes the short text: the first line of a message, with URLs shortened to
their host name and parentheses that only name a setting or a URL left out; the details keep the
whole message.
"""

from __future__ import annotations

import re
from typing import Tuple
from urllib.parse import urlparse

from qgis.core import Qgis
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from ..translate import tr

URL = re.compile(r"https?://[^\s)\"'>,]+")
SETTING_OR_URL_IN_PARENTHESES = re.compile(r"\s*\((?:[^()]*?(?:https?://|nrw_digital_twin/|NRWTWIN_)[^()]*)\)")
#: Background and text colour per message level (readable in light and dark themes).
COLOURS = {
    Qgis.MessageLevel.Critical: ("#fde7e9", "#8b0016"),
    Qgis.MessageLevel.Warning: ("#fff4e0", "#6b4500"),
    Qgis.MessageLevel.Success: ("#e7f4e8", "#1b5e20"),
    Qgis.MessageLevel.Info: ("#e8f0fb", "#14375e"),
}


def _host(match: "re.Match") -> str:
    host = urlparse(match.group(0)).hostname
    return host or match.group(0)


def split_message(text: str) -> Tuple[str, str]:
    """(short text, details): details is '' when the short text already says everything."""
    text = (text or "").strip()
    if not text:
        return "", ""
    first = text.splitlines()[0]
    short = SETTING_OR_URL_IN_PARENTHESES.sub("", first)
    short = URL.sub(_host, short).strip()
    details = text if (short != text) else ""
    return short, details


class MessagePanel(QFrame):
    """Short message with an optional "Details" toggle; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget = None) -> None:
        super().__init__(parent)
        self.setObjectName("nrwtwin_message_panel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text_label = QLabel(self)
        self.text_label.setObjectName("nrwtwin_message_text")
        self.text_label.setWordWrap(True)
        self.text_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_button = QToolButton(self)
        self.details_button.setObjectName("nrwtwin_message_details_button")
        self.details_button.setText(tr("Details"))
        self.details_button.setCheckable(True)
        self.details_button.toggled.connect(self._toggle_details)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setToolTip(tr("Hide this message"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.clear)
        self.details_label = QLabel(self)
        self.details_label.setObjectName("nrwtwin_message_details")
        self.details_label.setWordWrap(True)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details_label.setTextFormat(Qt.TextFormat.PlainText)
        top = QHBoxLayout()
        top.addWidget(self.text_label, 1)
        top.addWidget(self.details_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(self.details_label)
        self.level = Qgis.MessageLevel.Info
        self.clear()

    def show_message(self, text: str, level=Qgis.MessageLevel.Info, details: str = "") -> None:
        short, own_details = split_message(text)
        details = "\n\n".join(part for part in (own_details, details) if part)
        self.level = level
        background, foreground = COLOURS.get(level, COLOURS[Qgis.MessageLevel.Info])
        self.setStyleSheet(
            f"QFrame#nrwtwin_message_panel {{ background: {background}; border: 1px solid {foreground}; "
            f"border-radius: 3px; }} QLabel {{ color: {foreground}; background: transparent; }}"
        )
        self.text_label.setText(short)
        self.details_label.setText(details)
        self.details_button.setVisible(bool(details))
        self.details_button.setChecked(False)
        self.details_label.setVisible(False)
        self.setVisible(bool(short))

    def _toggle_details(self, on: bool) -> None:
        self.details_label.setVisible(on and bool(self.details_label.text()))

    def clear(self) -> None:
        self.text_label.setText("")
        self.details_label.setText("")
        self.setVisible(False)

    def text(self) -> str:
        return self.text_label.text()

    def details(self) -> str:
        return self.details_label.text()
