"""A line of colour chips explaining what the highlights mean; wraps when the pane is narrow."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy


class Legend(QLabel):
    def __init__(self, entries: list[tuple[str, QColor]], title: str = "", parent=None) -> None:
        super().__init__(parent)
        # a chip never breaks inside ("✓ confirmed"), only between chips
        chips = [f"<span style='background-color:{color.name()};color:#202020'>&nbsp;"
                 f"{escape(text).replace(' ', '&nbsp;')}&nbsp;</span>" for text, color in entries]
        prefix = f"<span style='color:#555'>{escape(title)}</span> " if title else ""
        self.setText(prefix + " &nbsp; ".join(chips))
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
