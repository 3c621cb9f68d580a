"""The project's documents as an editable table: level, rank, region, period and kind per file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from analysis.model import DOCUMENT_KINDS, LEVEL_RANKS, DocumentStatus
from analysis.project import DocumentSpec
from gui.labels import (
    broken_file_advice,
    document_kind_name,
    document_kind_short,
    document_name,
    level_name,
    parse_period,
    period_text,
    problem_text,
    shown,
)
from gui.models.roles import Role
from gui.models.table import Index, TableModel
from gui.palette import severity_icon
from gui.session import Session

LEVEL_NAMES = tuple(LEVEL_RANKS)  # national, regional, local


class DocumentListModel(TableModel):
    FILE, TITLE, STATUS, KIND, SHORT, LEVEL, RANK, REGION, PERIOD = range(9)
    EDITABLE = (SHORT, LEVEL, RANK, REGION, PERIOD, KIND)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._editing = False
        self._headers = [self.tr("File"), self.tr("Title"), self.tr("Status"), self.tr("Kind"), self.tr("Short name"),
                         self.tr("Level"), self.tr("Rank"), self.tr("Region"), self.tr("Period")]
        self._tips = dict(enumerate([
            self.tr("The document file; drop more files on the window or use File > Add documents"),
            self.tr("The title read from the document"),
            self.tr("Whether the last analysis could read the document"),
            self.tr("What the document is: a development plan or programme, a sectoral strategy, a climate pledge, "
                    "a decree approving a plan or an analytical input. Concord reads it from the text; the "
                    "severity of the findings follows it"),
            self.tr("The name charts, the alignment matrix and tables use for this document; made from the "
                    "title unless you type your own (kept in the project)"),
            self.tr("National, regional or local plan"),
            self.tr("Place in the plan hierarchy: 1 is the top. Each plan is checked against plans with a "
                    "smaller rank"),
            self.tr("The region the plan covers (empty for national plans)"),
            self.tr("The years the plan covers, e.g. 2021–2025"),
        ]))
        session.project_changed.connect(self._on_project_changed)
        session.result_changed.connect(self._on_result_changed)

    @property
    def specs(self) -> list[DocumentSpec]:
        return self.session.project.documents

    def _on_project_changed(self) -> None:
        if not self._editing:
            self.beginResetModel()
            self.endResetModel()

    def _on_result_changed(self) -> None:
        self.refresh_rows()

    def row_count(self) -> int:
        return len(self.specs)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def status_texts(self) -> list[str]:
        """Every short status the Status column can show (for its width)."""
        return [self.tr("File missing"), self.tr("Not analysed yet"), self.tr("Could not be read"),
                self.tr("Read with warnings"), self.tr("Read: {0} items").format(9999)]

    def _status(self, spec: DocumentSpec) -> tuple[str, str, str | None]:
        """(short text, tooltip, severity for the icon)."""
        doc = self.session.result_document_for(spec)
        if not Path(spec.path).exists():
            return (self.tr("File missing"),
                    self.tr("{0} is not at {1}. Move it back, or remove it from the project and add it "
                            "again from its new place.").format(Path(spec.path).name, spec.path), "high")
        if doc is None:
            return self.tr("Not analysed yet"), self.tr("Run the analysis (F5) to read this document"), None
        if doc.status == DocumentStatus.FAILED:
            return (self.tr("Could not be read"),
                    f"{problem_text(doc.error)}\n{broken_file_advice(spec.path, doc.error)}", "high")
        if doc.status == DocumentStatus.PARTIAL or doc.warnings:
            return (self.tr("Read with warnings"),
                    "\n".join(problem_text(w) for w in doc.warnings) or self.tr("Part of the file was skipped"),
                    "medium")
        items = len(self.session.result.items_of(doc.id)) if self.session.result else 0
        if doc.tracked_changes:  # the text analysed has the insertions accepted, the deletions dropped
            counts = doc.tracked_changes
            return (self.tr("Read: {0} items").format(items) + " · " + self.tr("tracked changes accepted"),
                    self.tr("The draft has tracked changes ({0} insertions, {1} deletions): Concord read it with the "
                            "insertions accepted and the deletions dropped. Changes tab: compare before/after them.")
                    .format(counts.get("insertions", 0), counts.get("deletions", 0)), None)
        return self.tr("Read: {0} items").format(items), self.tr("Read without problems"), None

    def _kind(self, spec: DocumentSpec) -> str | None:
        """The planner's choice, else what the last analysis read from the text."""
        if spec.kind:
            return spec.kind
        doc = self.session.result_document_for(spec)
        return doc.kind if doc else None

    def _kind_tip(self, spec: DocumentSpec) -> str:
        if spec.kind:
            return self.tr("You set this document to be a {0}. Double-click and choose “As Concord reads it” to "
                           "go back.").format(document_kind_name(spec.kind))
        doc = self.session.result_document_for(spec)
        if doc is None or not doc.kind:
            return self.tr("Run the analysis (F5): Concord reads what the document is from its text")
        cues = ", ".join(f"“{c}”" for c in doc.kind_cues[:3])
        text = self.tr("Concord took this document for a {0}").format(document_kind_name(doc.kind))
        if cues:
            text += " " + self.tr("(it reads {0} in its title or opening)").format(cues)
        return text + ". " + self.tr("Double-click to correct it; the severity of its findings follows the kind.")

    def cell(self, row: int, column: int, role: int):
        spec = self.specs[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == self.FILE:
                if spec.versions and role == Qt.ItemDataRole.DisplayRole:
                    return self.tr("{0} (+{1} earlier)").format(shown(Path(spec.path).name), len(spec.versions))
                return shown(Path(spec.path).name)
            if column == self.TITLE:
                doc = self.session.result_document_for(spec)
                return document_name(doc) if doc else ""
            if column == self.SHORT:
                if role == Qt.ItemDataRole.EditRole:
                    return spec.short_name or ""
                doc = self.session.result_document_for(spec)
                return self.session.short_names.get(doc.id, "") if doc else (spec.short_name or "")
            if column == self.LEVEL:
                return spec.level_name or "" if role == Qt.ItemDataRole.EditRole else level_name(spec.level_name)
            if column == self.RANK:
                return spec.level if role == Qt.ItemDataRole.EditRole else (str(spec.level) if spec.level else "")
            if column == self.REGION:
                return spec.region or ""
            if column == self.PERIOD:
                return period_text(spec.period)
            if column == self.KIND:
                return spec.kind or "" if role == Qt.ItemDataRole.EditRole else document_kind_short(self._kind(spec))
            return self._status(spec)[0]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.FILE:
                earlier = "".join("\n" + self.tr("Earlier draft: {0}").format(v) for v in reversed(spec.versions))
                return shown(spec.path + earlier)
            if column == self.TITLE:
                return self.cell(row, column, Qt.ItemDataRole.DisplayRole)
            if column == self.STATUS:
                return self._status(spec)[1]
            if column == self.KIND:
                return self._kind_tip(spec)
            if column in self.EDITABLE:
                return self._tips[column] + "\n" + self.tr("Double-click to change")
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == self.STATUS:
            severity = self._status(spec)[2]
            return severity_icon(severity) if severity else None
        if role == Qt.ItemDataRole.ForegroundRole and column in self.EDITABLE and spec.level is None \
                and column in (self.LEVEL, self.RANK):
            return QColor("#c62828")
        if role == Qt.ItemDataRole.FontRole and column == self.KIND and spec.kind:
            font = QFont()
            font.setBold(True)  # the planner's own choice
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == self.SHORT and not spec.short_name:
            return QColor("#666666")  # made from the title, not typed by the planner
        if role == Role.SORT:
            value = self.cell(row, column, Qt.ItemDataRole.EditRole)
            return value if value is not None else -1
        if role == Role.ID:
            return spec.path
        return None

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() not in self.EDITABLE:
            return False
        spec = self.specs[index.row()]
        column = index.column()
        text = "" if value is None else str(value).strip()
        if column == self.SHORT:
            self._editing = True
            try:
                self.session.set_short_name(index.row(), text)
            finally:
                self._editing = False
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
            return True
        if column == self.LEVEL:
            if text and text not in LEVEL_NAMES:
                return False
            spec.level_name = text or None
            if text and spec.level is None:
                spec.level = LEVEL_RANKS[text]
        elif column == self.RANK:
            if text and (not text.isdigit() or int(text) < 1):
                return False
            spec.level = int(text) if text else None
            if spec.level and not spec.level_name:
                spec.level_name = next((n for n, r in LEVEL_RANKS.items() if r == spec.level), None)
        elif column == self.REGION:
            spec.region = text or None
        elif column == self.PERIOD:
            try:
                spec.period = parse_period(text)
            except ValueError:
                return False
        elif column == self.KIND:
            if text and text not in DOCUMENT_KINDS:
                return False
            self._editing = True
            try:
                self.session.set_document_kind(spec, text or None)
            finally:
                self._editing = False
            self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
            return True
        self.dataChanged.emit(self.index(index.row(), 0), self.index(index.row(), self.columnCount() - 1))
        self._editing = True
        try:
            self.session.documents_edited()
        finally:
            self._editing = False
        return True
