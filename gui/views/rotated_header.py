"""A horizontal header that writes its labels upwards, so a matrix of many narrow columns
can still name each column in full."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QHeaderView


class RotatedHeader(QHeaderView):
    def __init__(self, height: int = 150, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._height = height
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultSectionSize(28)
        self.setMinimumSectionSize(22)

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
        painter.translate(rect.left() + rect.width() / 2 + painter.fontMetrics().ascent() / 2 - 2, rect.bottom() - 6)
        painter.rotate(-90)
        metrics = painter.fontMetrics()
        painter.drawText(0, 0, metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.height() - 12))
        painter.restore()
