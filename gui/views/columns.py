"""Column widths that hold their header and their longest known value in any language.

The views size their columns once (ResizeToContents would ask every cell on each reset); a
Russian or Kazakh header or value is often longer than the English one the widths were
chosen for, so each width grows to what the translated texts need.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 16  # cell margins and the focus frame
ICON = 22  # a decoration (severity or status icon) beside the text


def fit_columns(table: QTableView, widths: dict[int, int], values: dict[int, Iterable[str]] | None = None,
                icons: Iterable[int] = ()) -> None:
    """Resize each column of `widths` to at least its width, its header and its longest value."""
    header: QHeaderView = table.horizontalHeader()
    metrics = table.fontMetrics()
    values = values or {}
    icons = set(icons)
    for column, width in widths.items():
        needed = max(width, header.sectionSizeHint(column))
        texts = list(values.get(column, ()))
        if texts:
            longest = max(metrics.horizontalAdvance(t) for t in texts) + PADDING + (ICON if column in icons else 0)
            needed = max(needed, longest)
        header.resizeSection(column, needed)
