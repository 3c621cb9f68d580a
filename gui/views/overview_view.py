"""Overview dashboard: per document, findings by severity, linkage / coverage / indicator
completeness, and the input/output/outcome mix of indicators; a table with the same figures."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QGridLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from analysis.model import LEVEL_RANKS
from gui.labels import legend_text, level_name
from gui.models.overview import OverviewModel
from gui.models.roles import Role
from gui.palette import INDICATOR_TYPE_COLORS, SEVERITY_COLORS
from gui.session import Session
from gui.views.charts import BarChart
from gui.views.columns import fit_columns


class OverviewView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = OverviewModel(session, self)
        m = OverviewModel
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.severity_chart = BarChart(self.model, self.tr("Open findings by severity"), [
            (m.HIGH, self.tr("High"), SEVERITY_COLORS["high"]),
            (m.MEDIUM, self.tr("Medium"), SEVERITY_COLORS["medium"]),
            (m.LOW, self.tr("Low"), SEVERITY_COLORS["low"]),
            (m.INFO, self.tr("Info"), SEVERITY_COLORS["info"]),
        ], stacked=True)
        self.score_chart = BarChart(self.model, self.tr("Linkage, coverage and indicator quality"), [
            (m.LINKAGE, self.tr("Linkage"), QColor("#1f5fa8")),
            (m.COVERAGE, self.tr("Coverage"), QColor("#6a9fd8")),
            (m.COMPLETENESS, self.tr("Indicator completeness"), QColor("#7cb342")),
        ], stacked=False, ratio=True)
        self.score_chart.setToolTip(self.tr(
            "Linkage: share of the plan's objectives linked to a higher-level objective.\n"
            "Coverage: share of the higher plans' priorities this plan takes up.\n"
            "Indicator completeness: share of indicators with unit, baseline and dated target.\n"
            "'–': not applicable (no higher-level plan)."))
        self.mix_chart = BarChart(self.model, self.tr("What the indicators measure (share of indicators)"), [
            (m.INPUT, self.tr("Input"), INDICATOR_TYPE_COLORS["input"]),
            (m.OUTPUT, self.tr("Output"), INDICATOR_TYPE_COLORS["output"]),
            (m.OUTCOME, self.tr("Outcome"), INDICATOR_TYPE_COLORS["outcome"]),
            (m.UNKNOWN, self.tr("Unclassified"), INDICATOR_TYPE_COLORS["unknown"]),
        ], stacked=True, normalise=True)
        self.mix_chart.setToolTip(self.tr("Outputs are what a policy produces (people trained); outcomes are what "
                                          "changes (jobs created). Plans measured only by outputs are flagged."))
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Role.SORT)
        self.table = QTableView()
        self.table.setModel(proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the project's order until clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # fixed widths: ResizeToContents would ask every cell for its text on each reset
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(78)
        widths = {column: 78 for column in range(self.model.columnCount())}
        widths.update({OverviewModel.DOCUMENT: 260, OverviewModel.LEVEL: 90, OverviewModel.COMPLETENESS: 150})
        fit_columns(self.table, widths, {OverviewModel.LEVEL: [f"9 · {level_name(n)}" for n in LEVEL_RANKS]})
        self.model.modelReset.connect(self._update_summary)
        session.stale_changed.connect(self._update_summary)

        self.notes = QLabel(self.tr(
            "<b>Reading the figures</b><br>"
            "<b>Linkage</b>: share of a plan's objectives linked to an objective of a higher-level plan.<br>"
            "<b>Coverage</b>: share of the higher plans' priorities that the plan takes up.<br>"
            "<b>Indicator completeness</b>: share of indicators with a unit, a baseline and a dated target.<br>"
            "<b>Outcome</b> indicators measure what changes (jobs, productivity); <b>output</b> indicators what the "
            "programme produces (people trained, grants). '–': no higher-level plan to compare with.<br>"
            "Dismissed findings are not counted."))
        self.notes.setWordWrap(True)
        self.notes.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notes.setStyleSheet("color: #333; padding: 8px;")
        grid = QGridLayout()
        grid.addWidget(self.severity_chart, 0, 0)
        grid.addWidget(self.score_chart, 0, 1)
        grid.addWidget(self.mix_chart, 1, 0)
        grid.addWidget(self.notes, 1, 1)
        grid.addWidget(self.table, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(0, 3)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        # what the short names on the charts stand for, when they are initials
        self.names_legend = QLabel()
        self.names_legend.setWordWrap(True)
        self.names_legend.setStyleSheet("color: #555;")
        layout.addWidget(self.names_legend)
        layout.addLayout(grid, 1)
        self.model.refresh()

    def _update_summary(self) -> None:
        result = self.session.result
        legend = legend_text(result.documents, self.session.short_names) if result else ""
        self.names_legend.setText(self.tr("Short names: {0}").format(legend) if legend else "")
        self.names_legend.setVisible(bool(legend))
        if result is None:
            self.summary.setText(f"<i>{self.tr('Run the analysis (F5) to see the figures for each document.')}</i>")
            return
        active = self.session.active_findings()
        high = sum(1 for f in active if f.severity.value == "high")
        failed = [d for d in result.documents if d.error]
        text = self.tr("<b>{0}</b> documents · <b>{1}</b> items extracted · <b>{2}</b> open findings, "
                       "<b style='color:#c62828'>{3}</b> of them high").format(
            len(result.documents), len(result.items), len(active), high)
        if failed:
            text += " · <span style='color:#c62828'>" + self.tr("{0} document(s) could not be read").format(
                len(failed)) + "</span>"
        if self.session.stale:
            text += " · <i>" + self.tr("documents changed since: run again (F5)") + "</i>"
        self.summary.setText(text)
