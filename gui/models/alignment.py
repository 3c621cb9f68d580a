"""Alignment: a lower plan's objectives against higher-level objectives, coloured by link score,
and the ranked candidate parents of one lower item."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from analysis.model import Item, ItemKind, Link, LinkStatus
from gui.labels import document_name, evidence_text, item_label, kind_name, one_line, status_name
from gui.models.roles import Role
from gui.models.table import Index, TableModel
from gui.palette import CONFIRMED_COLOR, REJECTED_COLOR, score_color, status_icon, text_color_on
from gui.session import Session

translate = QCoreApplication.translate
ROW_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE)
COLUMN_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE)


def link_tooltip(session: Session, link: Link, accept_threshold: float) -> str:
    target = session.items.get(link.target_id)
    doc = session.documents.get(target.document_id) if target else None
    lines = [f"{document_name(doc) if doc else ''}", item_label(target, 200) if target else link.target_id, "",
             translate("Alignment", "Score {0:.2f} (rank {1})").format(link.score, link.rank) if link.rank else
             translate("Alignment", "Added by the planner"),
             translate("Alignment", "Status: {0}").format(status_name(link.status.value))]
    if link.status == LinkStatus.SUGGESTED and link.rank == 1:
        lines.append(translate("Alignment", "Accepted by the analysis (score ≥ {0:.2f})").format(accept_threshold)
                     if link.score >= accept_threshold else
                     translate("Alignment", "Below the acceptance threshold {0:.2f}").format(accept_threshold))
    if link.evidence:
        lines += ["", *(evidence_text(e) for e in link.evidence)]
    return "\n".join(lines)


class AlignmentMatrixModel(QAbstractTableModel):
    """Rows: goals and objectives of one lower plan. Columns: higher-level goals and objectives
    (by default only those proposed for at least one row, so the matrix stays readable)."""

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.document_id: str | None = None
        self.show_all_columns = False
        self.rows: list[Item] = []
        self.columns: list[Item] = []
        self._cells: dict[tuple[str, str], Link] = {}

    def lower_documents(self) -> list[str]:
        """Documents that have at least one higher-level document to be checked against."""
        docs = [d for d in self.session.documents.values() if d.level is not None]
        return [d.id for d in docs if any(o.level is not None and o.level < d.level for o in docs)]

    def configure(self, document_id: str | None, show_all_columns: bool | None = None) -> None:
        self.document_id = document_id
        if show_all_columns is not None:
            self.show_all_columns = show_all_columns
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._build()
        self.endResetModel()

    def refresh_cells(self) -> None:
        """After a decision: the same rows and columns, new statuses (keeps the selection)."""
        rows, columns = [i.id for i in self.rows], [i.id for i in self.columns]
        self._build()
        if [i.id for i in self.rows] != rows or [i.id for i in self.columns] != columns:
            self.beginResetModel()
            self.endResetModel()
        elif self.rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self.rows) - 1)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)  # a renamed plan

    def _build(self) -> None:
        session = self.session
        doc = session.documents.get(self.document_id or "")
        self.rows, self.columns, self._cells = [], [], {}
        if doc is None or doc.level is None or session.result is None:
            return
        self.rows = [i for i in session.result.items_of(doc.id) if i.kind in ROW_KINDS]
        higher_docs = {d.id: d for d in session.documents.values() if d.level is not None and d.level < doc.level}
        targets = set()
        for item in self.rows:
            for link in session.links_from.get(item.id, []):
                self._cells[(item.id, link.target_id)] = link
                targets.add(link.target_id)
        order = {d.id: n for n, d in enumerate(session.result.documents)}
        candidates = [i for i in session.result.items if i.document_id in higher_docs
                      and (i.id in targets or (self.show_all_columns and i.kind in COLUMN_KINDS))]
        position = {i.id: n for n, i in enumerate(session.result.items)}
        candidates.sort(key=lambda i: (higher_docs[i.document_id].level, order[i.document_id], position[i.id]))
        self.columns = candidates

    def link_at(self, row: int, column: int) -> Link | None:
        if 0 <= row < len(self.rows) and 0 <= column < len(self.columns):
            return self._cells.get((self.rows[row].id, self.columns[column].id))
        return None

    def row_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self.rows) if i.id == item_id), -1)

    def column_of(self, item_id: str) -> int:
        return next((n for n, i in enumerate(self.columns) if i.id == item_id), -1)

    def column_label(self, column: int) -> str:
        """'Strategy 2025\n2.1 Raise labour productivity …': the plan (small), then the item with
        its text, so a planner reads the column without hovering over it."""
        item = self.columns[column]
        label = item_label(item, 90) if item.code else f"{kind_name(item.kind)}: {one_line(item.text, 90)}"
        return f"{self.session.short_names.get(item.document_id, '')}\n{label}"

    # -- QAbstractItemModel --------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        items = self.columns if orientation == Qt.Orientation.Horizontal else self.rows
        if not 0 <= section < len(items):
            return None
        item = items[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return self.column_label(section)
            return item_label(item, 70)
        if role == Qt.ItemDataRole.ToolTipRole:
            doc = self.session.documents.get(item.document_id)
            return f"{document_name(doc) if doc else ''}\n{kind_name(item.kind)} {item.code or ''}\n{item.text}"
        if role == Qt.ItemDataRole.DecorationRole and orientation == Qt.Orientation.Vertical:
            statuses = {lk.status for lk in self.session.links_from.get(item.id, [])}
            if LinkStatus.CONFIRMED in statuses:
                return status_icon(LinkStatus.CONFIRMED.value)
            return None
        if role == Qt.ItemDataRole.FontRole and item.kind == ItemKind.GOAL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ID:
            return item.id
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        link = self.link_at(index.row(), index.column())
        if role == Role.ID:
            return self.rows[index.row()].id if 0 <= index.row() < len(self.rows) else None
        if link is None:
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Not proposed as a parent of this item")
            return None
        status = link.status
        if role == Qt.ItemDataRole.DisplayRole:
            if status == LinkStatus.CONFIRMED:
                return "✓"
            if status == LinkStatus.REJECTED:
                return "✗"
            return f"{round(link.score * 100)}"
        if role == Qt.ItemDataRole.BackgroundRole:
            if status == LinkStatus.CONFIRMED:
                return QColor("#c8e6c9")
            if status == LinkStatus.REJECTED:
                return QColor("#eeeeee")
            return score_color(link.score)
        if role == Qt.ItemDataRole.ForegroundRole:
            if status == LinkStatus.CONFIRMED:
                return CONFIRMED_COLOR
            if status == LinkStatus.REJECTED:
                return REJECTED_COLOR
            return text_color_on(score_color(link.score))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return link_tooltip(self.session, link, self._threshold())
        if role in (Role.SCORE, Role.VALUE, Role.SORT):
            return link.score
        if role == Role.STATUS:
            return status.value
        return None

    def _threshold(self) -> float:
        return self.session.result.accept_threshold if self.session.result else 0.5


class CandidatesModel(TableModel):
    """The ranked candidate parents of one lower item, with their evidence."""

    RANK, PLAN, ITEM, SCORE, STATUS, EVIDENCE = range(6)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.item_id: str | None = None
        self.links: list[Link] = []
        self._headers = [self.tr("Rank"), self.tr("Plan"), self.tr("Higher-level item"), self.tr("Score"),
                         self.tr("Status"), self.tr("Evidence")]

    def set_item(self, item_id: str | None) -> None:
        self.beginResetModel()
        self.item_id = item_id
        self.links = list(self.session.links_from.get(item_id, [])) if item_id else []
        self.endResetModel()

    def refresh(self) -> None:
        """Statuses changed (after a decision): same rows when the links are the same."""
        old = [(lk.source_id, lk.target_id) for lk in self.links]
        new = list(self.session.links_from.get(self.item_id, [])) if self.item_id else []
        if [(lk.source_id, lk.target_id) for lk in new] != old:
            self.set_item(self.item_id)
            return
        self.links = new
        self.refresh_rows()

    def link(self, row: int) -> Link | None:
        return self.links[row] if 0 <= row < len(self.links) else None

    def row_count(self) -> int:
        return len(self.links)

    def cell(self, row: int, column: int, role: int):
        link = self.links[row]
        target = self.session.items.get(link.target_id)
        doc = self.session.documents.get(target.document_id) if target else None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.RANK:
                return str(link.rank) if link.rank else self.tr("added")
            if column == self.PLAN:
                return self.session.short_names.get(doc.id, "") if doc else ""
            if column == self.ITEM:
                return item_label(target, 160) if target else link.target_id
            if column == self.SCORE:
                return f"{link.score:.2f}"
            if column == self.STATUS:
                return status_name(link.status.value)
            return "; ".join(evidence_text(e) for e in link.evidence)
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            return status_icon(link.status.value)
        if role == Qt.ItemDataRole.BackgroundRole and column == self.SCORE:
            return score_color(link.score)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SCORE:
            return text_color_on(score_color(link.score))
        if role == Qt.ItemDataRole.ToolTipRole:
            threshold = self.session.result.accept_threshold if self.session.result else 0.5
            return link_tooltip(self.session, link, threshold)
        if role == Role.ID:
            return link.target_id
        if role == Role.STATUS:
            return link.status.value
        if role in (Role.SCORE, Role.VALUE):
            return link.score
        if role == Role.SORT:
            plan = self.session.short_names.get(doc.id, "") if doc else ""
            return (link.rank, link.score, plan, target.text if target else "", link.status.value, "")[column]
        return None
