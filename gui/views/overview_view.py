"""Overview dashboard: per document, findings by severity, linkage / coverage / indicator
completeness, and the input/output/outcome mix of indicators; a table with the same figures."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QGridLayout, QHeaderView, QLabel, QWidget

from analysis.model import LEVEL_RANKS
from gui.labels import legend_text, level_name
from gui.models.overview import OverviewModel
from gui.models.roles import Role
from gui.palette import INDICATOR_TYPE_COLORS, SEVERITY_COLORS
from gui.session import Session
from gui.views.charts import BarChart
from gui.views.columns import fit_columns
from gui.views.widgets import lay_out, note, rich_label, row_table


class OverviewView(QWidget):
    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = OverviewModel(session, self)
        self.summary = rich_label()
        self._build_charts()
        self._build_table()
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
        for widget, place in ((self.severity_chart, (0, 0)), (self.score_chart, (0, 1)), (self.mix_chart, (1, 0)),
                              (self.notes, (1, 1)), (self.table, (2, 0, 1, 2))):
            grid.addWidget(widget, *place)
        for n, stretch in enumerate((1, 1)):
            grid.setColumnStretch(n, stretch)
        for n, stretch in enumerate((3, 3, 2)):
            grid.setRowStretch(n, stretch)
        # what the short names on the charts stand for, when they are initials
        self.names_legend = note()
        lay_out(self, self.summary, self.names_legend, (grid, 1), margins=6)
        self.model.refresh()

    def _build_charts(self) -> None:
        m = OverviewModel
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

    def _build_table(self) -> None:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(Role.SORT)
        self.table = row_table(proxy, several=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the project's order until clicked
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        # fixed widths: ResizeToContents would ask every cell for its text on each reset
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(78)
        widths = {column: 78 for column in range(self.model.columnCount())}
        widths.update({OverviewModel.DOCUMENT: 260, OverviewModel.LEVEL: 90, OverviewModel.COMPLETENESS: 150})
        fit_columns(self.table, widths, {OverviewModel.LEVEL: [f"9 · {level_name(n)}" for n in LEVEL_RANKS]})

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
