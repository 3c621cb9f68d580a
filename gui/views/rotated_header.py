"""A horizontal header that writes its labels upwards, so a matrix of many narrow columns
can still name each column in full. A label of two lines ("Strategy 2025\n2.1 Raise ...") is
written as two upward lines: the first small and grey (the plan), the second as the item."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView


class RotatedHeader(QHeaderView):
    def __init__(self, height: int = 150, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._height = height
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultSectionSize(28)
        self.setMinimumSectionSize(22)

    def set_height(self, height: int) -> None:
        if height != self._height:
            self._height = height
            self.updateGeometry()
            if self.parentWidget() is not None:
                self.parentWidget().updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(super().sizeHint().width(), self._height)

    def paintSection(self, painter: QPainter, rect: QRect, logical_index: int) -> None:  # noqa: N802
        if not rect.isValid():
            return
        painter.save()
        super().paintSection(painter, rect, -1)  # background and frame only
        painter.restore()
        model = self.model()
        text = str(model.headerData(logical_index, Qt.Orientation.Horizontal) or "") if model else ""
        painter.save()
        selected = self.selectionModel() is not None and self.selectionModel().isColumnSelected(logical_index)
        font = painter.font()
        font.setBold(selected)
        painter.setFont(font)
        lines = text.split("\n", 1)
        metrics = painter.fontMetrics()
        length = rect.height() - 12
        if len(lines) == 1:
            painter.translate(rect.left() + rect.width() / 2 + metrics.ascent() / 2 - 2, rect.bottom() - 6)
            painter.rotate(-90)
            painter.drawText(0, 0, metrics.elidedText(text, Qt.TextElideMode.ElideRight, length))
            painter.restore()
            return
        small = painter.font()
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        small.setBold(False)
        small_metrics = QFontMetrics(small)
        gap = (rect.width() - small_metrics.height() - metrics.height()) / 2
        painter.translate(rect.left() + max(1.0, gap), rect.bottom() - 6)
        painter.rotate(-90)
        painter.save()
        painter.setFont(small)
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(0, small_metrics.ascent(), small_metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight,
                                                                            length))
        painter.restore()
        painter.drawText(0, small_metrics.height() + metrics.ascent(),
                         metrics.elidedText(lines[1], Qt.TextElideMode.ElideRight, length))
        painter.restore()
