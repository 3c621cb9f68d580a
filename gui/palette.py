"""Colours and painted icons: severity, item kind, link score.

Icons are painted (no image files to ship or lose) and differ in shape as well as colour,
so they read in grey-scale print-outs and for colour-blind planners.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from analysis.model import ItemKind, LinkStatus

SEVERITY_COLORS = {
    "high": QColor("#c62828"),
    "medium": QColor("#ef6c00"),
    "low": QColor("#1e88e5"),
    "info": QColor("#757575"),
}
SEVERITY_ORDER = {"high": 0, "medium": 1, "low": 2, "info": 3}

# Light tints for text highlights (readable under black text) and a stronger tone for legends.
KIND_COLORS = {
    ItemKind.GOAL: QColor("#e1bee7"),
    ItemKind.OBJECTIVE: QColor("#bbdefb"),
    ItemKind.TASK: QColor("#e7e0dc"),
    ItemKind.MEASURE: QColor("#e7e0dc"),
    ItemKind.INDICATOR: QColor("#c8e6c9"),
    ItemKind.TARGET: QColor("#b2dfdb"),
    ItemKind.RISK: QColor("#ffcdd2"),
    ItemKind.RESOURCE: QColor("#ffe0b2"),
}
EVIDENCE_COLOR = QColor("#ffeb3b")
CONFIRMED_COLOR = QColor("#2e7d32")
REJECTED_COLOR = QColor("#b71c1c")
INDICATOR_TYPE_COLORS = {
    "input": QColor("#90a4ae"),
    "output": QColor("#ffb74d"),
    "outcome": QColor("#43a047"),
    "unknown": QColor("#e0e0e0"),
}


def score_color(score: float) -> QColor:
    """White (no evidence) to deep blue (strong link), on a perceptually even ramp."""
    score = max(0.0, min(1.0, score))
    light, dark = QColor("#f1f6fc"), QColor("#1f5fa8")
    mix = score ** 0.8
    return QColor(
        round(light.red() + (dark.red() - light.red()) * mix),
        round(light.green() + (dark.green() - light.green()) * mix),
        round(light.blue() + (dark.blue() - light.blue()) * mix),
    )


def text_color_on(background: QColor) -> QColor:
    return QColor("#ffffff") if background.lightness() < 140 else QColor("#202020")


def _canvas(size: int) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


@cache
def severity_icon(severity: str, size: int = 16) -> QIcon:
    """High: red octagon; medium: orange triangle; low: blue circle; info: grey square."""
    pixmap, p = _canvas(size)
    color = SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"])
    p.setPen(QPen(color.darker(130), 1))
    p.setBrush(QBrush(color))
    s = float(size)
    if severity == "high":
        k = s * 0.29
        pts = [(k, 1), (s - k, 1), (s - 1, k), (s - 1, s - k), (s - k, s - 1), (k, s - 1), (1, s - k), (1, k)]
        p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in pts]))
    elif severity == "medium":
        p.drawPolygon(QPolygonF([QPointF(s / 2, 1), QPointF(s - 1, s - 1.5), QPointF(1, s - 1.5)]))
    elif severity == "low":
        p.drawEllipse(QRectF(1.5, 1.5, s - 3, s - 3))
    else:
        p.drawRoundedRect(QRectF(2, 2, s - 4, s - 4), 2, 2)
    mark = {"high": "!", "medium": "!", "low": "i", "info": "i"}.get(severity, "?")
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(8, int(s * 0.62)))
    p.setFont(font)
    p.setPen(QColor("#ffffff"))
    rect = QRectF(0, 2 if severity == "medium" else 0, s, s)
    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, mark)
    p.end()
    return QIcon(pixmap)


@cache
def swatch_icon(color_name: str, size: int = 14) -> QIcon:
    pixmap, p = _canvas(size)
    color = QColor(color_name)
    p.setPen(QPen(color.darker(150), 1))
    p.setBrush(color)
    p.drawRoundedRect(QRectF(1.5, 1.5, size - 3, size - 3), 3, 3)
    p.end()
    return QIcon(pixmap)


def kind_icon(kind: ItemKind) -> QIcon:
    return swatch_icon(KIND_COLORS[kind].name())


@cache
def status_icon(status: str, size: int = 14) -> QIcon:
    """A tick for a confirmed link, a cross for a rejected one, nothing for a suggestion."""
    pixmap, p = _canvas(size)
    if status == LinkStatus.CONFIRMED.value:
        p.setPen(QPen(CONFIRMED_COLOR, 2.2))
        path = QPainterPath(QPointF(2.5, size * 0.55))
        path.lineTo(size * 0.42, size - 3)
        path.lineTo(size - 2, 3)
        p.drawPath(path)
    elif status == LinkStatus.REJECTED.value:
        p.setPen(QPen(REJECTED_COLOR, 2.2))
        p.drawLine(QPointF(3, 3), QPointF(size - 3, size - 3))
        p.drawLine(QPointF(size - 3, 3), QPointF(3, size - 3))
    p.end()
    return QIcon(pixmap)
