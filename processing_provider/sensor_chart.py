"""A small time-series chart drawn with Qt's QPainter (no plotting library): for the PNG of
nrwtwin:sensorseries and the chart of the sensor panel.

``paint_series`` draws into any painter/rectangle (a widget's paintEvent or a QImage): title, value
axis with min/max (locale-formatted), time axis with start/middle/end (UTC), the line through the
numeric values (gaps longer than ``GAP_FACTOR`` times the median step are not joined) and the last
value marked.
"""
from __future__ import annotations

from datetime import datetime, timezone
from statistics import median
from typing import List, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPainterPath, QPen

from ..translate import format_number, tr

GAP_FACTOR = 5.0
LINE_COLOR = QColor(31, 119, 180)
GRID_COLOR = QColor(220, 220, 220)
TEXT_COLOR = QColor(40, 40, 40)

Point = Tuple[float, float]  # (seconds since 1970 UTC, value)


def series_points(times: Sequence[Optional[str]], values: Sequence[Optional[float]]) -> List[Point]:
    """(epoch seconds, value) of the observations that have a numeric value, oldest first."""
    from ..algorithms.sensors.sta_parse import parse_time

    points = []
    for time_text, value in zip(times, values):
        when = parse_time(time_text) if time_text else None
        if when is not None and value is not None:
            points.append((when.timestamp(), float(value)))
    return sorted(points)


def _decimals(span: float) -> int:
    return 0 if span >= 100 else 1 if span >= 10 else 2


def _time_label(seconds: float) -> str:
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%d.%m. %H:%M")


def _segments(points: List[Point]) -> List[List[Point]]:
    if len(points) < 2:
        return [points]
    step = median(b[0] - a[0] for a, b in zip(points, points[1:])) or 1.0
    segments, current = [], [points[0]]
    for previous, point in zip(points, points[1:]):
        if point[0] - previous[0] > GAP_FACTOR * step:
            segments.append(current)
            current = []
        current.append(point)
    segments.append(current)
    return segments


def paint_series(painter: QPainter, rect: QRectF, points: List[Point], title: str, unit: str) -> None:
    """Draw the chart of ``points`` into ``rect`` (see the module docstring)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.fillRect(rect, QColor(255, 255, 255))
    font = QFont(painter.font())
    font.setPointSizeF(max(7.0, min(10.0, rect.height() / 22.0)))
    painter.setFont(font)
    metrics = painter.fontMetrics()
    line_height = metrics.height()
    painter.setPen(TEXT_COLOR)
    title_rect = QRectF(rect.left() + 6, rect.top() + 2, rect.width() - 12, line_height + 2)
    painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                     metrics.elidedText(title, Qt.TextElideMode.ElideRight, int(title_rect.width())))
    if not points:
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), tr("No values in this period"))
        painter.restore()
        return
    low, high = min(p[1] for p in points), max(p[1] for p in points)
    if high - low < 1e-9:
        low, high = low - 1.0, high + 1.0
    decimals = _decimals(high - low)
    labels = [f"{format_number(v, decimals)} {unit}".strip() for v in (high, low)]
    axis_width = max(metrics.horizontalAdvance(text) for text in labels) + 10
    plot = QRectF(rect.left() + axis_width, rect.top() + line_height + 8,
                  rect.width() - axis_width - 10, rect.height() - 2 * line_height - 16)
    start, end = points[0][0], max(points[-1][0], points[0][0] + 1.0)

    def to_screen(point: Point) -> QPointF:
        x = plot.left() + (point[0] - start) / (end - start) * plot.width()
        y = plot.bottom() - (point[1] - low) / (high - low) * plot.height()
        return QPointF(x, y)

    painter.setPen(QPen(GRID_COLOR, 1))
    for fraction in (0.0, 0.5, 1.0):
        y = plot.top() + fraction * plot.height()
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
    painter.setPen(TEXT_COLOR)
    align_right = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    for text, y in zip(labels, (plot.top(), plot.bottom())):
        painter.drawText(QRectF(rect.left(), y - line_height / 2, axis_width - 6, line_height), align_right, text)
    for fraction, align, left in ((0.0, Qt.AlignmentFlag.AlignLeft, plot.left()),
                                  (0.5, Qt.AlignmentFlag.AlignHCenter, plot.center().x() - 60),
                                  (1.0, Qt.AlignmentFlag.AlignRight, plot.right() - 120)):
        box = QRectF(left, plot.bottom() + 4, 120, line_height)
        painter.drawText(box, int(align | Qt.AlignmentFlag.AlignTop), _time_label(start + fraction * (end - start)))
    painter.setPen(QPen(LINE_COLOR, 2))
    for segment in _segments(points):
        path = QPainterPath(to_screen(segment[0]))
        for point in segment[1:]:
            path.lineTo(to_screen(point))
        painter.drawPath(path)
        if len(segment) == 1:
            painter.drawEllipse(to_screen(segment[0]), 1.5, 1.5)
    painter.setBrush(LINE_COLOR)
    painter.drawEllipse(to_screen(points[-1]), 3.5, 3.5)
    painter.restore()


def chart_image(points: List[Point], title: str, unit: str, width: int = 800, height: int = 400) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor(255, 255, 255))
    painter = QPainter(image)
    try:
        paint_series(painter, QRectF(0, 0, width, height), points, title, unit)
    finally:
        painter.end()
    return image


def write_chart_png(path: str, points: List[Point], title: str, unit: str, width: int = 800,
                    height: int = 400) -> bool:
    """Write the chart as PNG to ``path``; False when Qt could not write it."""
    return bool(chart_image(points, title, unit, width, height).save(path, "PNG"))
