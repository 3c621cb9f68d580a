"""The one base of Concord's flat tables (a row per entry, a column per header, each header with
an optional tooltip; a subclass sets its headers and tips, says how many rows it has and what a
cell shows) and of the proxies that filter them."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from gui.models.roles import Role

Index = QModelIndex | QPersistentModelIndex  # what Qt passes as an index


class TableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._tips: dict[int, str] = {}  # column -> the tooltip of its header

    def row_count(self) -> int:
        raise NotImplementedError

    def cell(self, row: int, column: int, role: int):
        """What the cell at (row, column) shows in `role`; row is always a valid row."""
        raise NotImplementedError

    def header_tip(self, section: int) -> str | None:
        return self._tips.get(section)

    def refresh_rows(self) -> None:
        """Every cell may show something else now (same rows, same columns)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    # -- QAbstractItemModel -----------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.row_count()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < self.row_count():
            return None
        return self.cell(index.row(), index.column(), role)


class FilterProxy(QSortFilterProxyModel):
    """Rows kept by the subclass' own tests (`accepts`) and by the planner's search text: every
    word of it in the row's Role.SEARCH text."""

    def __init__(self, source: QAbstractTableModel, parent=None) -> None:
        super().__init__(parent)
        self.text = ""
        self.setSourceModel(source)
        self.setSortRole(Role.SORT)

    def refilter(self, change: Callable[[], None]) -> None:
        """Apply `change` to the filters and filter the rows again."""
        compat = not hasattr(self, "beginFilterChange")  # Qt < 6.10
        if not compat:
            self.beginFilterChange()
        change()
        if compat:
            self.invalidateFilter()
        else:
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def current_row(self, view) -> int:
        """The source model's row of the view's current row, or -1 when there is none."""
        index = view.selectionModel().currentIndex()
        source = self.mapToSource(index) if index.isValid() else QModelIndex()
        return source.row() if source.isValid() else -1

    def set_text(self, text: str) -> None:
        self.text = text.strip().casefold()

    def accepts(self, model, index: QModelIndex) -> bool:
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        index = model.index(source_row, 0, source_parent)
        if not self.accepts(model, index):
            return False
        if self.text:
            haystack = model.data(index, Role.SEARCH) or ""
            return all(word in haystack for word in self.text.split())
        return True
