"""Findings: a filterable table (severity, code, document, text) and the selected finding's
message, evidence and suggestion. Selecting a finding asks the document view to highlight
its evidence; findings can be dismissed (kept in the project file) and restored."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTextBrowser,
    QToolButton,
    QWidget,
)

from analysis.model import Finding
from gui.labels import document_name, finding_kind_name, severity_name
from gui.models.findings import FindingsFilterProxy, FindingsModel
from gui.models.roles import Role
from gui.palette import severity_icon
from gui.session import Session
from gui.views.columns import fit_columns
from gui.views.item_details import finding_html
from gui.views.widgets import across, button, choice, column, lay_out, search_field, shortcut, sorted_table, split

SEVERITIES = ("high", "medium", "low", "info")


class FindingsView(QWidget):
    evidence_requested = Signal(object, int)  # Finding, evidence index

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = FindingsModel(self)
        self.proxy = FindingsFilterProxy(self.model, self)
        bar, bar2 = self._build_filters()
        self._build_table()
        bottom = self._build_details()
        splitter = split(Qt.Orientation.Vertical, [self.table, bottom], [520, 360])
        lay_out(self, bar, bar2, (splitter, 1))
        session.result_changed.connect(self._on_result_changed)
        self._result_id: int | None = None
        self._on_result_changed()

    def _build_filters(self) -> tuple[QHBoxLayout, QHBoxLayout]:
        """Severity toggles and 'show dismissed' on one line; kind, document and search below."""
        self.severity_buttons: dict[str, QToolButton] = {}
        for severity in SEVERITIES:
            toggle = QToolButton()
            toggle.setCheckable(True)
            toggle.setChecked(True)
            toggle.setIcon(severity_icon(severity))
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toggle.setToolTip(self.tr("Show or hide findings of this severity"))
            toggle.toggled.connect(self._apply_filters)
            self.severity_buttons[severity] = toggle
        self.code_combo = choice(self.tr("Show one kind of finding"), 22, self._apply_filters)
        self.document_combo = choice(self.tr("Show the findings about one document"), 18, self._apply_filters)
        self.search = search_field(self.tr("Search findings…"),
                                   self.tr("Show findings whose title, message, evidence, suggestion or document "
                                           "(title or file name) contain all these words (Ctrl+F)"),
                                   self._apply_filters)
        self.show_dismissed = QCheckBox(self.tr("Show dismissed"))
        self.show_dismissed.setToolTip(self.tr("Also list the findings you dismissed (greyed out)"))
        self.show_dismissed.toggled.connect(self._apply_filters)
        bar = across(*self.severity_buttons.values(), 1, self.show_dismissed)
        bar.setSpacing(6)
        return bar, across(self.code_combo, self.document_combo, (self.search, 1))

    def _build_table(self) -> None:
        self.table = sorted_table(self.proxy, FindingsModel.SEVERITY, several=True)
        self.table.horizontalHeader().setSectionResizeMode(FindingsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, {FindingsModel.SEVERITY: 90, FindingsModel.DOCUMENT: 150},
                    {FindingsModel.SEVERITY: [severity_name(s) for s in SEVERITIES]}, icons=[FindingsModel.SEVERITY])
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.doubleClicked.connect(lambda _: self._request_evidence(0))
        shortcut(self.table, QKeySequence.StandardKey.Delete, self.toggle_dismissed, self.tr("Dismiss finding"))

    def _build_details(self) -> QWidget:
        """The selected finding in full, with its buttons."""
        self.count_label = QLabel()
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_anchor)
        self.details.setPlaceholderText(self.tr("Select a finding to read what is wrong, the evidence and what "
                                                "to do. Its evidence is highlighted in the document on the right."))
        self.show_button = button(self.tr("Show in document"),
                                  self.tr("Highlight the evidence in the document view (double-click a row "
                                          "does the same)"),
                                  lambda: self._request_evidence(0))
        self.dismiss_button = button(self.tr("Dismiss"),
                                     self.tr("Hide the selected findings in this project (Del); they stay "
                                             "dismissed after a re-run and are left out of reports"),
                                     self.toggle_dismissed)
        return column(across((self.count_label, 1), self.show_button, self.dismiss_button), self.details)

    # -- data ----------------------------------------------------------------------------------
    def _on_result_changed(self) -> None:
        result = self.session.result
        current = self.current_finding()
        same_result = result is not None and self.session.generation == self._result_id
        self._result_id = self.session.generation
        self.model.set_findings(result.findings if result else [], result.documents if result else [],
                                self.session.project.dismissed_findings, self.session.short_names)
        self._fit_document_column()
        self._fill_combos(same_result)
        self._update_severity_labels()
        if current is not None and same_result:
            self.select_finding(current.id, request_evidence=False)
        self._update_count()
        self._update_details()

    def _fill_combos(self, keep: bool) -> None:
        code = self.code_combo.currentData() if keep else None
        doc = self.document_combo.currentData() if keep else None
        findings = self.session.result.findings if self.session.result else []
        codes = Counter(f.code for f in findings)
        for combo in (self.code_combo, self.document_combo):
            combo.blockSignals(True)
            combo.clear()
        self.code_combo.addItem(self.tr("All kinds of finding"), None)
        for name, kind, count in sorted((finding_kind_name(c), c, n) for c, n in codes.items()):
            self.code_combo.addItem(f"{name} ({count})", kind)
            self.code_combo.setItemData(self.code_combo.count() - 1, kind, Qt.ItemDataRole.ToolTipRole)
        self.document_combo.addItem(self.tr("All documents"), None)
        for document in self.session.result.documents if self.session.result else []:
            self.document_combo.addItem(document_name(document), document.id)
            self.document_combo.setItemData(self.document_combo.count() - 1, document_name(document),
                                            Qt.ItemDataRole.ToolTipRole)
        self.code_combo.setCurrentIndex(max(0, self.code_combo.findData(code)))
        self.document_combo.setCurrentIndex(max(0, self.document_combo.findData(doc)))
        for combo in (self.code_combo, self.document_combo):
            combo.blockSignals(False)
        self._apply_filters()

    def _fit_document_column(self) -> None:
        """The document column as wide as its longest name needs, up to a third of the table; the
        finding's title takes the rest."""
        names = {self.model.documents_text(self.model.finding(r)) for r in range(self.model.rowCount())}
        metrics = self.table.fontMetrics()
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0) + 16
        available = max(300, self.table.viewport().width())
        self.table.horizontalHeader().resizeSection(FindingsModel.DOCUMENT, max(150, min(widest, available // 3)))

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_document_column()

    def _update_severity_labels(self) -> None:
        active = Counter(f.severity.value for f in self.session.active_findings())
        for severity, toggle in self.severity_buttons.items():
            toggle.setText(f"{severity_name(severity)} ({active.get(severity, 0)})")

    def _apply_filters(self, *_args) -> None:
        severities = {s for s, b in self.severity_buttons.items() if b.isChecked()}
        self.proxy.set_filters(
            severities=None if len(severities) == len(SEVERITIES) else severities,
            code=self.code_combo.currentData(),
            document_id=self.document_combo.currentData(),
            text=self.search.text(),
            show_dismissed=self.show_dismissed.isChecked(),
        )
        self._update_count()

    def set_severity_filter(self, severities: set[str]) -> None:
        for severity, toggle in self.severity_buttons.items():
            toggle.blockSignals(True)
            toggle.setChecked(severity in severities)
            toggle.blockSignals(False)
        self._apply_filters()

    def _update_count(self) -> None:
        total = len(self.session.result.findings) if self.session.result else 0
        dismissed = sum(1 for f in (self.session.result.findings if self.session.result else [])
                        if self.session.is_dismissed(f.id))
        text = self.tr("{0} of {1} findings shown").format(self.proxy.rowCount(), total)
        if dismissed:
            text += " · " + self.tr("{0} dismissed").format(dismissed)
        self.count_label.setText(text)

    # -- selection -----------------------------------------------------------------------------
    def current_finding(self) -> Finding | None:
        row = self.proxy.current_row(self.table)
        return self.model.finding(row) if row >= 0 else None

    def selected_findings(self) -> list[Finding]:
        rows = {self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedRows()}
        return [self.model.finding(r) for r in sorted(rows) if r >= 0]

    def select_finding(self, finding_id: str, request_evidence: bool = True) -> bool:
        row = self.model.row_of(finding_id)
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else None
        if index is None or not index.isValid():
            return False
        self._quiet = not request_evidence
        try:
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._quiet = False
        self.table.scrollTo(index)
        return True

    _quiet = False

    def _on_current(self, current, _previous) -> None:
        self._update_details()
        if current.isValid() and not self._quiet:
            self._request_evidence(0)

    def _update_details(self) -> None:
        finding = self.current_finding()
        has = finding is not None
        self.show_button.setEnabled(has and bool(finding.evidence))
        self.dismiss_button.setEnabled(has)
        if finding is None:
            self.details.clear()
            return
        dismissed = self.session.is_dismissed(finding.id)
        self.dismiss_button.setText(self.tr("Restore") if dismissed else self.tr("Dismiss"))
        self.details.setHtml(finding_html(self.session, finding))

    def _request_evidence(self, index: int) -> None:
        finding = self.current_finding()
        if finding is not None and finding.evidence:
            self.evidence_requested.emit(finding, index)

    def _on_anchor(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "evidence" and value.isdigit():
            self._request_evidence(int(value))

    def toggle_dismissed(self) -> None:
        findings = self.selected_findings() or ([self.current_finding()] if self.current_finding() else [])
        if not findings:
            return
        dismiss = not self.session.is_dismissed(findings[0].id)
        self.session.set_dismissed([f.id for f in findings], dismiss)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def source_row_count(self) -> int:
        return self.model.rowCount()

    def visible_ids(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Role.ID) for r in range(self.proxy.rowCount())]
