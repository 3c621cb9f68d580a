"""Bar charts painted with QPainter over the overview model.

The declared dependency is PySide6-Essentials, which has no QtCharts; painting keeps one
code path that always runs (and prints the same on every machine). Each chart reads
Role.VALUE cells of an OverviewModel and repaints when the model resets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from gui.models.overview import OverviewModel
from gui.models.roles import Role


def _two_lines(text: str, metrics, width: int) -> str:
    """Wrap a document title onto at most two lines; a long rest is shortened in the middle."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first:
        return metrics.elidedText(text, Qt.TextElideMode.ElideMiddle, width)
    return first + "\n" + metrics.elidedText(" ".join(words), Qt.TextElideMode.ElideMiddle, width)


class BarChart(QWidget):
    """Horizontal bars, one row per document; `series` are (column, label, colour).

    stacked=True: the series add up (counts); else each series gets its own thin bar (ratios 0..1).
    """

    ROW_GAP = 10
    LABEL_WIDTH = 200

    def __init__(self, model: OverviewModel, title: str, series: list[tuple[int, str, QColor]],
                 stacked: bool, ratio: bool = False, normalise: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = title
        self.series = series
        self.stacked = stacked
        self.ratio = ratio
        self.normalise = normalise  # stacked bars as shares of each row's total
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(160)
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(420, 70 + 28 * max(1, self.model.rowCount()))

    def _value(self, row: int, column: int) -> float | None:
        value = self.model.index(row, column).data(Role.VALUE)
        return None if value is None else float(value)

    def _title_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def _title_height(self) -> int:
        """The title wraps onto a second line when the chart is narrow, rather than being cut."""
        metrics = QFontMetrics(self._title_font())
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(0, 0, max(60, self.width() - 16), 200, flags, self.title).height()

    def _top(self) -> float:
        return self._title_height() + 10

    def _row_at(self, y: float) -> int:
        rows = self.model.rowCount()
        legend_h = 20 * self._legend_lines() + 2
        top, bottom = self._top(), self.height() - legend_h - 6
        row_h = max(16.0, min(36.0, (bottom - top) / rows)) if rows else 0
        row = int((y - top) // row_h) if row_h and y >= top else -1
        return row if 0 <= row < rows else -1

    def event(self, event) -> bool:
        """Hovering a bar names the document in full with its figures."""
        if event.type() == QEvent.Type.ToolTip:
            row = self._row_at(event.pos().y())
            if row < 0:
                QToolTip.hideText()
                return True
            name = self.model.index(row, OverviewModel.DOCUMENT).data()
            parts = [f"{label}: {self.model.index(row, column).data()}" for column, label, _ in self.series]
            QToolTip.showText(event.globalPos(), f"{name}\n" + "\n".join(parts), self)
            return True
        return super().event(event)

    def paintEvent(self, _event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.fillRect(self.rect(), self.palette().base())
        p.setFont(self._title_font())
        p.setPen(self.palette().text().color())
        p.drawText(QRectF(8, 4, self.width() - 16, self._title_height() + 2),
                   int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap), self.title)
        p.setFont(self.font())
        rows = self.model.rowCount()
        legend_h = 20 * self._legend_lines() + 2
        top, bottom = self._top(), self.height() - legend_h - 6
        if rows == 0:
            p.setPen(QColor("#777"))
            p.drawText(QRectF(0, top, self.width(), bottom - top), Qt.AlignmentFlag.AlignCenter,
                       self.tr("No results yet"))
            p.end()
            return
        compact = self.width() < 2.4 * self.LABEL_WIDTH  # narrow: short names on one line
        metrics = p.fontMetrics()
        if compact:  # as wide as the longest short name needs, up to 45% of the chart
            widest = max(metrics.horizontalAdvance(self.model.short_name(r)) for r in range(rows)) + 4
            label_width = min(self.LABEL_WIDTH, max(int(self.width() * 0.25), min(widest, int(self.width() * 0.45))))
        else:
            label_width = self.LABEL_WIDTH
        left, right = label_width + 14, self.width() - 46
        row_h = max(16.0, min(36.0, (bottom - top) / rows))
        maximum = 1.0
        if self.stacked and not self.normalise:
            totals = [sum(self._value(r, c) or 0 for c, _, _ in self.series) for r in range(rows)]
            maximum = max(totals + [1.0])
        for row in range(rows):
            y = top + row * row_h
            full = self.model.index(row, OverviewModel.DOCUMENT).data()
            label = (metrics.elidedText(self.model.short_name(row), Qt.TextElideMode.ElideMiddle, label_width)
                     if compact else _two_lines(full, metrics, label_width))
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(8, y, label_width, row_h - 2), Qt.AlignmentFlag.AlignVCenter
                       | Qt.AlignmentFlag.AlignRight, label)
            bar_h = row_h - self.ROW_GAP / 2
            if self.stacked:
                self._stacked_row(p, row, left, right, y, bar_h, maximum)
            else:
                self._grouped_row(p, row, left, right, y, bar_h)
        p.setPen(QPen(QColor("#9e9e9e"), 1))
        p.drawLine(int(left), int(top), int(left), int(top + rows * row_h))
        self._legend(p, top + rows * row_h + 8)
        p.end()

    def _stacked_row(self, p: QPainter, row: int, left: float, right: float, y: float, h: float,
                     maximum: float) -> None:
        values = [self._value(row, c) or 0.0 for c, _, _ in self.series]
        total = sum(values)
        scale = (right - left) / (total if self.normalise and total else maximum)
        x = left
        for value, (_, _, color) in zip(values, self.series, strict=True):
            width = value * scale
            if width > 0:
                p.fillRect(QRectF(x, y + 1, width, h - 2), color)
                if width > 22 and not self.normalise:
                    p.setPen(QColor("#ffffff") if color.lightness() < 150 else QColor("#202020"))
                    p.drawText(QRectF(x, y, width, h), Qt.AlignmentFlag.AlignCenter, f"{value:g}")
            x += width
        p.setPen(self.palette().text().color())
        text = f"{total:g}" if not self.normalise else (self.tr("n = {0}").format(int(total)) if total else "–")
        p.drawText(QRectF(x + 4, y, 60, h), Qt.AlignmentFlag.AlignVCenter, text)

    def _grouped_row(self, p: QPainter, row: int, left: float, right: float, y: float, h: float) -> None:
        n = len(self.series)
        bar = (h - 2) / n
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        if bar < QFontMetrics(small).height() - 2:
            self._thin_grouped_row(p, row, left, right, y, h, small)
            return
        for k, (column, _, color) in enumerate(self.series):
            value = self._value(row, column)
            by = y + 1 + k * bar
            small = QFont(self.font())
            small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
            p.setFont(small)
            if value is None:
                p.setPen(QColor("#9e9e9e"))
                p.drawText(QRectF(left + 4, by, 160, bar), Qt.AlignmentFlag.AlignVCenter, self.tr("n/a"))
                p.setFont(self.font())
                continue
            width = (right - left) * max(0.0, min(1.0, value))
            p.fillRect(QRectF(left, by + 0.5, width, bar - 1), color)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(left + width + 3, by, 44, bar), Qt.AlignmentFlag.AlignVCenter,
                       f"{round(value * 100)}%")
            p.setFont(self.font())

    def _thin_grouped_row(self, p: QPainter, row: int, left: float, right: float, y: float, h: float,
                          small: QFont) -> None:
        """Bars too thin for a label each (a small window): the bars, and their figures side by side
        on one line after the longest ('88 · 93 · 94%'), so no two labels overlap."""
        n = len(self.series)
        bar = (h - 2) / n
        summary_width = QFontMetrics(small).horizontalAdvance(" · ".join(["100"] * n) + "%") + 8
        right = max(left + 40, right + 40 - summary_width)
        values = [self._value(row, column) for column, _, _ in self.series]
        for k, ((_, _, color), value) in enumerate(zip(self.series, values, strict=True)):
            if value is not None:
                width = (right - left) * max(0.0, min(1.0, value))
                p.fillRect(QRectF(left, y + 1 + k * bar + 0.5, width, max(1.0, bar - 1)), color)
        p.setFont(small)
        if all(v is None for v in values):
            p.setPen(QColor("#9e9e9e"))
            text = self.tr("n/a")
        else:
            p.setPen(self.palette().text().color())
            text = " · ".join("–" if v is None else str(round(v * 100)) for v in values) + "%"
        p.drawText(QRectF(right + 6, y, summary_width, h), Qt.AlignmentFlag.AlignVCenter, text)
        p.setFont(self.font())

    def _legend_lines(self) -> int:
        metrics = self.fontMetrics()
        x, lines = 8.0, 1
        for _, label, _ in self.series:
            step = 16 + metrics.horizontalAdvance(label) + 16
            if x + step > self.width() - 8 and x > 8:
                x, lines = 8.0, lines + 1
            x += step
        return lines

    def _legend(self, p: QPainter, y: float) -> None:
        x = 8.0
        metrics = p.fontMetrics()
        for _, label, color in self.series:
            step = 16 + metrics.horizontalAdvance(label) + 16
            if x + step > self.width() - 8 and x > 8:
                x, y = 8.0, y + 20
            p.fillRect(QRectF(x, y + 5, 12, 12), color)
            p.setPen(self.palette().text().color())
            p.drawText(QRectF(x + 16, y, metrics.horizontalAdvance(label) + 4, 22), Qt.AlignmentFlag.AlignVCenter,
                       label)
            x += step
