"""The dock's steps as an accordion: numbered headers in workflow order, one step open at a time.

Each header reads "1  Area – 3.24 km², 4 tiles": the number, the title and a short summary of what
the step holds, so the dock says where the user stands even with the step closed.
"""

from __future__ import annotations

from typing import Dict, List

from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget


class StepList(QWidget):
    """Headers and bodies of the steps; ``stepOpened(key)`` when the user opens one."""

    stepOpened = pyqtSignal(str)  # noqa: N815 (Qt naming)

    def __init__(self, parent: QWidget = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(2)
        self.keys: List[str] = []
        self.headers: Dict[str, QToolButton] = {}
        self.bodies: Dict[str, QWidget] = {}
        self.titles: Dict[str, str] = {}
        self.summaries: Dict[str, str] = {}

    def add_step(self, key: str, title: str, body: QWidget) -> None:
        header = QToolButton(self)
        header.setObjectName(f"nrwtwin_step_{key}")
        header.setCheckable(True)
        header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        header.setArrowType(Qt.ArrowType.RightArrow)
        header.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        header.setAutoRaise(True)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        header.clicked.connect(lambda _checked, key=key: self.toggle(key))
        self.keys.append(key)
        self.headers[key], self.bodies[key], self.titles[key] = header, body, title
        self.layout_.addWidget(header)
        self.layout_.addWidget(body)
        body.setVisible(False)
        self._update_header(key)

    def number(self, key: str) -> int:
        return self.keys.index(key) + 1

    def _update_header(self, key: str) -> None:
        text = f"{self.number(key)}  {self.titles[key]}"
        header = self.headers[key]
        summary = self.summaries.get(key)
        # The summary goes to the tooltip too: a long one is elided in a narrow dock, never cut off.
        header.setText(text + (f" – {summary}" if summary else ""))
        header.setToolTip(summary or "")
        open_ = self.bodies[key].isVisibleTo(self)
        header.setChecked(open_)
        header.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)

    def set_summary(self, key: str, summary: str) -> None:
        self.summaries[key] = summary
        self._update_header(key)

    def open_step(self, key: str) -> None:
        """Open ``key`` and close the others."""
        for other in self.keys:
            self.bodies[other].setVisible(other == key)
            self._update_header(other)
        self.stepOpened.emit(key)

    def toggle(self, key: str) -> None:
        if self.bodies[key].isVisibleTo(self):
            self.bodies[key].setVisible(False)
            self._update_header(key)
        else:
            self.open_step(key)

    def current(self) -> str:
        return next((key for key in self.keys if self.bodies[key].isVisibleTo(self)), "")

    def header_width_needed(self) -> int:
        """Width the headers need without their summaries (the summaries may wrap into the tooltip)."""
        widths = []
        for key, header in self.headers.items():
            metrics = header.fontMetrics()
            widths.append(metrics.horizontalAdvance(f"{self.number(key)}  {self.titles[key]}") + 40)
        return max(widths or [0])
