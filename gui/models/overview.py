"""Per-document figures for the dashboard: findings by severity, scores, indicator mix."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt

from gui.labels import document_name, level_name, percent
from gui.models.roles import Role
from gui.models.table import TableModel
from gui.session import Session

SEVERITIES = ("high", "medium", "low", "info")
TYPES = ("input", "output", "outcome", "unknown")


class OverviewModel(TableModel):
    (DOCUMENT, LEVEL, OBJECTIVES, INDICATORS, HIGH, MEDIUM, LOW, INFO, LINKAGE, COVERAGE, COMPLETENESS,
     OUTCOME_SHARE, INPUT, OUTPUT, OUTCOME, UNKNOWN) = range(16)
    SEVERITY_COLUMNS = dict(zip(SEVERITIES, (HIGH, MEDIUM, LOW, INFO), strict=True))
    TYPE_COLUMNS = dict(zip(TYPES, (INPUT, OUTPUT, OUTCOME, UNKNOWN), strict=True))
    RATIO_COLUMNS = (LINKAGE, COVERAGE, COMPLETENESS, OUTCOME_SHARE)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._rows: list[list] = []  # raw values per column
        self._ids: list[str] = []
        self._names: list[tuple[str, str]] = []  # (full, short)
        self._headers = [self.tr("Document"), self.tr("Level"), self.tr("Objectives"), self.tr("Indicators"),
                         self.tr("High"), self.tr("Medium"), self.tr("Low"), self.tr("Info"), self.tr("Linkage"),
                         self.tr("Coverage"), self.tr("Indicator completeness"), self.tr("Outcome share"),
                         self.tr("Input"), self.tr("Output"), self.tr("Outcome"), self.tr("Unclassified")]
        self._tips = {
            self.LINKAGE: self.tr("Share of this plan's objectives linked to a higher-level objective"),
            self.COVERAGE: self.tr("Share of the higher plans' priorities this plan takes up"),
            self.COMPLETENESS: self.tr("Share of indicators with a unit, a baseline and a dated target"),
            self.OUTCOME_SHARE: self.tr("Share of indicators that measure outcomes (what changes), not outputs"),
        }
        session.result_changed.connect(self.refresh)

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows, self._ids, self._names = [], [], []
        result = self.session.result
        if result is not None:
            counts: dict[str, Counter] = {d.id: Counter() for d in result.documents}
            for finding in self.session.active_findings():
                for doc_id in finding.document_ids:
                    if doc_id in counts:
                        counts[doc_id][finding.severity.value] += 1
            per_doc = (result.scores or {}).get("documents", {})
            for doc in result.documents:
                scores = per_doc.get(doc.id, {})
                types = scores.get("indicator_types") or {}
                level = level_name(doc.level_name)
                if doc.level and doc.level_name:
                    level = f"{doc.level} · {level}"
                self._rows.append([
                    document_name(doc), level, scores.get("objectives"), scores.get("indicators"),
                    *(counts[doc.id][s] for s in SEVERITIES),
                    scores.get("linkage"), scores.get("coverage"), scores.get("indicator_completeness"),
                    scores.get("outcome_share"), *(types.get(t, 0) if scores else None for t in TYPES),
                ])
                self._ids.append(doc.id)
                self._names.append((document_name(doc), self.session.short_names.get(doc.id, document_name(doc))))
        self.endResetModel()

    def value(self, row: int, column: int):
        return self._rows[row][column]

    def short_name(self, row: int) -> str:
        return self._names[row][1]

    def header_tip(self, section: int) -> str | None:
        return self._tips.get(section, self._headers[section])  # a narrow column's full name

    def row_count(self) -> int:
        return len(self._rows)

    def cell(self, row: int, column: int, role: int):
        value = self._rows[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column in self.RATIO_COLUMNS:
                return percent(value)
            if value is None:
                return "–"
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.DOCUMENT:
                return self._names[row][0]
            if column in self.RATIO_COLUMNS and value is None:
                return self.tr("Not applicable: no higher-level plan or nothing to measure")
            return self._tips.get(column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column > self.LEVEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.VALUE:
            return value
        if role == Role.SORT:
            return -1 if value is None else value
        if role == Role.ID:
            return self._ids[row]
        return None
