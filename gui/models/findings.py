"""Findings as a table (severity, title, documents) and the proxy that filters them.

A planner reads the finding, not its code: the table shows the translated title; the code stays
in the tooltip and the details (and the kind filter names each code in words)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from analysis.model import Document, Finding
from gui.labels import document_name, finding_kind_name, is_initials, severity_name
from gui.models.roles import Role
from gui.models.table import FilterProxy, TableModel
from gui.palette import SEVERITY_ORDER, severity_icon


class FindingsModel(TableModel):
    SEVERITY, TITLE, DOCUMENT = range(3)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._doc_names: dict[str, str] = {}
        self._doc_search: dict[str, str] = {}
        self._doc_titles: dict[str, str] = {}
        self._dismissed: set[str] = set()
        self._headers = [self.tr("Severity"), self.tr("Finding"), self.tr("Document")]

    def set_findings(self, findings: list[Finding], documents: list[Document], dismissed: list[str],
                     short_names: dict[str, str] | None = None) -> None:
        self.beginResetModel()
        self._findings = list(findings)
        # a document's short name when it reads as words ('Kostanay Programme'), else its title
        names = short_names or {}
        self._doc_names = {d.id: names[d.id] if d.id in names and not is_initials(names[d.id]) else document_name(d)
                           for d in documents}
        self._doc_titles = {d.id: document_name(d) for d in documents}
        # search finds a finding by its documents' file names, titles and short names too
        self._doc_search = {d.id: " ".join([document_name(d), Path(d.path).name, (short_names or {}).get(d.id, "")])
                            for d in documents}
        self._dismissed = set(dismissed)
        self.endResetModel()

    def set_dismissed(self, dismissed: list[str]) -> None:
        changed = set(dismissed) ^ self._dismissed
        self._dismissed = set(dismissed)
        for row, finding in enumerate(self._findings):
            if finding.id in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def row_of(self, finding_id: str) -> int:
        return next((n for n, f in enumerate(self._findings) if f.id == finding_id), -1)

    def is_dismissed(self, row: int) -> bool:
        return self._findings[row].id in self._dismissed

    def documents_text(self, finding: Finding) -> str:
        return "; ".join(self._doc_names.get(d, d) for d in finding.document_ids)

    # -- QAbstractItemModel -----------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._findings)

    def cell(self, row: int, column: int, role: int):
        finding = self._findings[row]
        severity = finding.severity.value
        if role == Qt.ItemDataRole.DisplayRole:
            return (severity_name(severity), finding.title, self.documents_text(finding))[column]
        if role == Qt.ItemDataRole.DecorationRole and column == self.SEVERITY:
            return severity_icon(severity)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DOCUMENT:
                return "\n".join(self._doc_titles.get(d, d) for d in finding.document_ids)
            return f"{finding.title}\n\n{finding.message}\n\n{finding_kind_name(finding.code)} ({finding.code})"
        if role == Qt.ItemDataRole.ForegroundRole and finding.id in self._dismissed:
            return QColor("#9e9e9e")
        if role == Qt.ItemDataRole.FontRole and finding.id in self._dismissed:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Role.SORT:
            if column == self.SEVERITY:
                return SEVERITY_ORDER.get(severity, 9) * 10_000 + row
            return (severity_name(severity), finding.title.lower(), self.documents_text(finding).lower())[column]
        if role == Role.ID:
            return finding.id
        if role == Role.SEVERITY:
            return severity
        if role == Role.CODE:
            return finding.code
        if role == Role.DOCUMENTS:
            return list(finding.document_ids)
        if role == Role.DISMISSED:
            return finding.id in self._dismissed
        if role == Role.SEARCH:
            quotes = " ".join(e.quote for e in finding.evidence)
            documents = " ".join(self._doc_search.get(d, d) for d in finding.document_ids)
            return " ".join([finding.code, finding_kind_name(finding.code), finding.title, finding.message,
                             finding.suggestion, quotes, documents]).casefold()
        return None


class FindingsFilterProxy(FilterProxy):
    """Filters by severity, code, document, free text, and hides dismissed findings unless asked."""

    def __init__(self, source: FindingsModel, parent=None) -> None:
        super().__init__(source, parent)
        self.severities: set[str] | None = None  # None = all
        self.code: str | None = None
        self.document_id: str | None = None
        self.show_dismissed = False

    def set_filters(self, *, severities: set[str] | None = ..., code: str | None = ...,
                    document_id: str | None = ..., text: str | None = None,
                    show_dismissed: bool | None = None) -> None:
        def change() -> None:
            if severities is not ...:
                self.severities = severities
            if code is not ...:
                self.code = code
            if document_id is not ...:
                self.document_id = document_id
            if text is not None:
                self.set_text(text)
            if show_dismissed is not None:
                self.show_dismissed = show_dismissed

        self.refilter(change)

    def accepts(self, model, index) -> bool:
        if not self.show_dismissed and model.data(index, Role.DISMISSED):
            return False
        if self.severities is not None and model.data(index, Role.SEVERITY) not in self.severities:
            return False
        if self.code and model.data(index, Role.CODE) != self.code:
            return False
        return not self.document_id or self.document_id in (model.data(index, Role.DOCUMENTS) or [])
