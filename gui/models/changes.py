"""The changes between two drafts as a table (change, item, what changed, document) and the proxy
that filters them by group (added, removed, reworded, ..., findings resolved) and by text.

Kinds and sentences come from the comparison's wording (resources/templates/<lang>/changes.json,
the language of the interface), as the reports word them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from analysis.compare.model import GROUPS, Change
from analysis.compare.wording import Wording
from gui.models.roles import Role
from gui.models.table import FilterProxy, TableModel

GROUP_ORDER = ("added", "removed", "reworded", "moved", "recoded", "attributes", "finding_resolved", "finding_new",
               "finding_persisting", "link_gained", "link_lost")
GROUP_COLORS = {
    "added": QColor("#2e7d32"), "removed": QColor("#c62828"), "reworded": QColor("#1565c0"),
    "moved": QColor("#6a1b9a"), "recoded": QColor("#546e7a"), "attributes": QColor("#ef6c00"),
    "finding_resolved": QColor("#2e7d32"), "finding_new": QColor("#c62828"), "finding_persisting": QColor("#757575"),
    "link_gained": QColor("#00838f"), "link_lost": QColor("#ad1457"),
}


class ChangesModel(TableModel):
    CHANGE, ITEM, WHAT, DOCUMENT = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.comparison = None
        self._changes: list[Change] = []
        self._wording = Wording("en")
        self._headers = [self.tr("Change"), self.tr("Item"), self.tr("What changed"), self.tr("Document")]

    def set_comparison(self, comparison) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._wording = Wording(comparison.language if comparison else "en")
        order = {g: n for n, g in enumerate(GROUP_ORDER)}
        self._changes = sorted(comparison.changes, key=lambda c: order[c.group]) if comparison else []
        self.endResetModel()

    def change(self, row: int) -> Change:
        return self._changes[row]

    def group_label(self, group: str) -> str:
        return self._wording.t["groups"].get(group, group)

    def kind_label(self, kind: str) -> str:
        return self._wording.t["kinds"].get(kind, kind)

    def item_text(self, change: Change) -> str:
        finding = change.new_finding or change.old_finding
        if finding is not None:
            return finding.code
        item = change.old_item if change.kind in ("removed", "recoded") else (change.new_item or change.old_item)
        if item is None:
            return ""
        ref = self._wording.item_ref(item, quote=False)
        return ref[:1].upper() + ref[1:]

    def document_text(self, change: Change) -> str:
        if self.comparison is None:
            return ""
        new = change.new_document_id is not None
        doc = self.comparison.document(change.new_document_id if new else change.old_document_id, not new)
        return (doc.title or Path(doc.path).name) if doc else ""

    # -- QAbstractItemModel -----------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._changes)

    def cell(self, row: int, column: int, role: int):
        change = self._changes[row]
        if role in (Qt.ItemDataRole.DisplayRole, Role.SORT):
            values = (self.kind_label(change.kind), self.item_text(change), change.text, self.document_text(change))
            if role == Role.SORT and column == self.CHANGE:
                return GROUP_ORDER.index(change.group) * 100_000 + row
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHANGE:
            return GROUP_COLORS.get(change.group)
        if role == Qt.ItemDataRole.ToolTipRole:
            return change.text
        if role == Role.KIND:
            return change.group
        if role == Role.ID:
            return row
        if role == Role.SEARCH:
            parts = [change.text, self.item_text(change)]
            for item in (change.old_item, change.new_item):
                if item is not None:
                    parts.append(item.text)
            return " ".join(parts).casefold()
        return None


class ChangesFilterProxy(FilterProxy):
    def __init__(self, source: ChangesModel, parent=None) -> None:
        super().__init__(source, parent)
        self.group: str | None = None

    def set_filters(self, group: str | None = ..., text: str | None = None) -> None:
        def change() -> None:
            if group is not ...:
                self.group = group
            if text is not None:
                self.set_text(text)

        self.refilter(change)

    def accepts(self, model, index) -> bool:
        return not self.group or model.data(index, Role.KIND) == self.group


def group_counts(comparison) -> dict[str, int]:
    counts = dict.fromkeys(GROUP_ORDER, 0)
    for change in comparison.changes if comparison else []:
        counts[GROUPS[change.kind]] += 1
    return counts
