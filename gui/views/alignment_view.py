"""Alignment: which higher-level objective each objective of a lower plan implements.

The matrix shows a lower plan's goals and objectives (rows) against the higher-level items the
linker proposed (columns), coloured by link score. Selecting a row lists its ranked candidate
parents with their evidence; Confirm / Reject record the planner's decision in the project
and re-check at once, so findings and scores follow.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTextBrowser,
    QWidget,
)

from analysis.model import LinkStatus
from gui.labels import document_name, evidence_text, item_label, kind_name, legend_text, status_name
from gui.models.alignment import AlignmentMatrixModel, CandidatesModel
from gui.palette import score_color
from gui.session import Session
from gui.views.columns import fit_columns
from gui.views.legend import Legend
from gui.views.rotated_header import RotatedHeader
from gui.views.widgets import across, button, column, lay_out, note, row_table, shortcut, split


class AlignmentView(QWidget):
    item_selected = Signal(str)  # an item id to show in the document view

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.matrix_model = AlignmentMatrixModel(session, self)
        self.candidates_model = CandidatesModel(session, self)
        self._result_id: int | None = None
        top, legend = self._build_choices()
        # what the plans' short names in the column headers stand for, when they are initials
        self.names_legend = note()
        self._build_matrix()
        self.empty_label = note(style="color: #555; font-size: 11pt; padding: 30px;")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        bottom = self._build_candidates()
        matrix_box = column(self.matrix, self.empty_label)
        splitter = split(Qt.Orientation.Vertical, [matrix_box, bottom], [540, 380])
        lay_out(self, top, across((legend, 1)), self.names_legend, (splitter, 1))
        session.result_changed.connect(self._on_result_changed)
        self._on_result_changed()

    def _build_choices(self) -> tuple[QHBoxLayout, Legend]:
        """The lower plan to show, whether to show every higher item, and the colour legend."""
        self.document_combo = QComboBox()
        self.document_combo.setToolTip(self.tr("The lower-level plan whose objectives are matched against "
                                               "the plans above it"))
        self.document_combo.setMinimumContentsLength(24)
        self.document_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.document_combo.currentIndexChanged.connect(self._on_document)
        self.all_columns = QCheckBox(self.tr("All higher-level objectives"))
        self.all_columns.setToolTip(self.tr("Also show higher-level goals and objectives that no item of this "
                                            "plan was matched to (gaps in coverage)"))
        self.all_columns.toggled.connect(self._on_all_columns)
        legend = Legend([(self.tr("weak"), score_color(0.2)), (self.tr("medium"), score_color(0.5)),
                         (self.tr("strong"), score_color(0.85)), (self.tr("✓ confirmed"), QColor("#c8e6c9")),
                         (self.tr("✗ rejected"), QColor("#eeeeee"))],
                        self.tr("Link score (0–100) of each proposed parent:"))
        return across(QLabel(self.tr("Lower-level plan:")), (self.document_combo, 1), self.all_columns), legend

    def _build_matrix(self) -> None:
        self.matrix = QTableView()
        self.matrix.setModel(self.matrix_model)
        self.matrix.setHorizontalHeader(RotatedHeader(210, self.matrix))
        self.matrix.horizontalHeader().setDefaultSectionSize(38)  # two upward lines: the plan, the item
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.setWordWrap(False)
        self.matrix.setShowGrid(True)
        self.matrix.setToolTip(self.tr("Each cell is a proposed link from the row's item to the column's "
                                       "higher-level item; the number is the score out of 100"))
        vertical = self.matrix.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(24)
        vertical.setFixedWidth(290)
        vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        vertical.setSectionsClickable(True)
        self.matrix.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.selectionModel().currentChanged.connect(self._on_cell)
        vertical.sectionClicked.connect(self._on_row_header)

    def _build_candidates(self) -> QWidget:
        """The selected item, its ranked candidate parents, the decision buttons and the evidence."""
        self.item_label = QLabel()
        self.item_label.setWordWrap(True)
        self.item_label.setTextFormat(Qt.TextFormat.RichText)
        self.candidates = row_table(self.candidates_model)
        fit_columns(self.candidates, {CandidatesModel.RANK: 50, CandidatesModel.PLAN: 110, CandidatesModel.ITEM: 300,
                                      CandidatesModel.SCORE: 60, CandidatesModel.STATUS: 100},
                    {CandidatesModel.STATUS: [status_name(s) for s in ("suggested", "confirmed", "rejected")]},
                    icons=[CandidatesModel.STATUS])
        self.candidates.horizontalHeader().setStretchLastSection(True)
        self.candidates.selectionModel().currentRowChanged.connect(self._on_candidate)
        self.candidates.doubleClicked.connect(self._show_candidate)
        self.evidence = QTextBrowser()
        self.evidence.setMaximumHeight(76)
        self.evidence.setPlaceholderText(self.tr("Select a candidate to see the evidence for the link: shared "
                                                 "terms, numbers and explicit references."))
        confirmed, rejected = LinkStatus.CONFIRMED.value, LinkStatus.REJECTED.value
        self.confirm_button = button(self.tr("&Confirm link"),
                                     self.tr("This item implements the selected higher-level item (C). "
                                             "Saved in the project; findings update at once."),
                                     lambda: self.decide(confirmed))
        self.reject_button = button(self.tr("&Reject link"),
                                    self.tr("The selected higher-level item is not this item's parent (R)"),
                                    lambda: self.decide(rejected))
        self.clear_button = button(self.tr("C&lear decision"),
                                   self.tr("Forget your decision; the analysis decides again (0)"),
                                   lambda: self.decide(None))
        for key, status in (("C", confirmed), ("R", rejected), ("0", None)):
            shortcut(self, key, lambda s=status: self.decide(s))
        buttons = across((self.item_label, 1), self.confirm_button, self.reject_button, self.clear_button)
        return column(buttons, (self.candidates, 1), self.evidence)

    def resizeEvent(self, event) -> None:  # noqa: N802
        """The column labels take at most a quarter of the view's height (a 768-pixel screen keeps
        rows of the matrix in sight), and up to 210 pixels on a tall one."""
        super().resizeEvent(event)
        header = self.matrix.horizontalHeader()
        if isinstance(header, RotatedHeader):
            header.set_height(max(120, min(210, self.height() // 4)))
            self.matrix.updateGeometries()

    # -- data ----------------------------------------------------------------------------------
    def _on_result_changed(self) -> None:
        result = self.session.result
        self._update_names_legend()
        if result is not None and self.session.generation == self._result_id:
            self.matrix_model.refresh_cells()  # a decision: same layout, new statuses
            self.candidates_model.refresh()
            self._update_buttons()
            return
        self._result_id = self.session.generation
        current = self.document_combo.currentData()
        self.document_combo.blockSignals(True)
        self.document_combo.clear()
        for doc_id in self.matrix_model.lower_documents():
            doc = self.session.documents[doc_id]
            self.document_combo.addItem(document_name(doc), doc_id)
        index = self.document_combo.findData(current)
        if index < 0:  # default: the lower plan with the most objectives
            counts = [len([i for i in result.items_of(self.document_combo.itemData(n))
                           if i.kind.value in ("goal", "objective")]) if result else 0
                      for n in range(self.document_combo.count())]
            index = counts.index(max(counts)) if counts else -1
        self.document_combo.setCurrentIndex(index)
        self.document_combo.blockSignals(False)
        self._on_document()

    def _update_names_legend(self) -> None:
        result = self.session.result
        text = legend_text(result.documents, self.session.short_names) if result else ""
        self.names_legend.setText(self.tr("Plans: {0}").format(text) if text else "")
        self.names_legend.setVisible(bool(text))

    def _on_document(self, *_args) -> None:
        self.matrix_model.configure(self.document_combo.currentData())
        self.candidates_model.set_item(None)
        self._show_empty_state()
        self._update_item_label()
        self._update_buttons()

    def _on_all_columns(self, checked: bool) -> None:
        self.matrix_model.configure(self.document_combo.currentData(), checked)
        self._show_empty_state()

    def _show_empty_state(self) -> None:
        message = ""
        if self.session.result is None:
            message = self.tr("Run the analysis (F5) to match each plan's objectives with the plans above it.")
        elif self.document_combo.count() == 0:
            message = self.tr("No plan has a higher-level plan to be checked against. Set each document's level "
                              "and rank in the Documents tab (1 = national strategy), then run the analysis again.")
        elif self.matrix_model.rowCount() == 0:
            message = self.tr("No goals or objectives were found in this plan.")
        elif self.matrix_model.columnCount() == 0:
            message = self.tr("No higher-level objective matches this plan's objectives. Tick 'All higher-level "
                              "objectives' to link them by hand.")
        self.empty_label.setText(message)
        self.empty_label.setVisible(bool(message))
        self.matrix.setVisible(not message or self.matrix_model.rowCount() > 0)

    # -- selection -----------------------------------------------------------------------------
    def current_item_id(self) -> str | None:
        return self.candidates_model.item_id

    def select_item(self, item_id: str) -> bool:
        """Show the item's plan and row (used from the document view's 'review in Alignment')."""
        item = self.session.items.get(item_id)
        if item is None:
            return False
        index = self.document_combo.findData(item.document_id)
        if index < 0:
            return False
        if index != self.document_combo.currentIndex():
            self.document_combo.setCurrentIndex(index)
        row = self.matrix_model.row_of(item_id)
        if row < 0:
            return False
        self.matrix.selectRow(row)
        self._set_row(row)
        return True

    def _on_row_header(self, row: int) -> None:
        self._set_row(row)

    def _on_cell(self, current, _previous) -> None:
        if not current.isValid():
            return
        self._set_row(current.row())
        link = self.matrix_model.link_at(current.row(), current.column())
        if link is not None:
            self.select_candidate(link.target_id)

    def _set_row(self, row: int) -> None:
        if not 0 <= row < len(self.matrix_model.rows):
            return
        item = self.matrix_model.rows[row]
        if item.id != self.candidates_model.item_id:
            self.candidates_model.set_item(item.id)
            if self.candidates_model.rowCount():
                self.candidates.selectRow(0)
            self.item_selected.emit(item.id)
        self._update_item_label()
        self._update_buttons()

    def select_candidate(self, target_id: str) -> bool:
        for row, link in enumerate(self.candidates_model.links):
            if link.target_id == target_id:
                self.candidates.selectionModel().setCurrentIndex(
                    self.candidates_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
                return True
        return False

    def current_link(self):
        index = self.candidates.selectionModel().currentIndex()
        return self.candidates_model.link(index.row()) if index.isValid() else None

    def _on_candidate(self, current, _previous) -> None:
        link = self.candidates_model.link(current.row()) if current.isValid() else None
        if link is None:
            self.evidence.clear()
        else:
            target = self.session.items.get(link.target_id)
            doc = self.session.documents.get(target.document_id) if target else None
            lines = [f"<b>{document_name(doc) if doc else ''}</b> — {kind_name(target.kind) if target else ''} "
                     f"{target.code or '' if target else ''}: {target.text if target else ''}"]
            lines += [f"• {evidence_text(e)}" for e in link.evidence] or [self.tr("No evidence recorded")]
            self.evidence.setHtml("<br>".join(lines))
            column = self.matrix_model.column_of(link.target_id)
            row = self.matrix_model.row_of(link.source_id)
            if column >= 0 and row >= 0:
                self.matrix.scrollTo(self.matrix_model.index(row, column))
        self._update_buttons()

    def _show_candidate(self, index) -> None:
        link = self.candidates_model.link(index.row())
        if link is not None:
            self.item_selected.emit(link.target_id)

    def _update_item_label(self) -> None:
        item = self.session.items.get(self.candidates_model.item_id or "")
        if item is None:
            self.item_label.setText(f"<i>{self.tr('Select an objective (a row) to review its candidate parents.')}"
                                    "</i>")
            return
        count = self.candidates_model.rowCount()
        self.item_label.setText(self.tr("<b>{0}</b> — {1} candidate parent(s)").format(item_label(item, 110), count))

    def _update_buttons(self) -> None:
        link = self.current_link()
        enabled = link is not None and self.session.result is not None and not self._busy
        status = link.status if link else None
        self.confirm_button.setEnabled(enabled and status != LinkStatus.CONFIRMED)
        self.reject_button.setEnabled(enabled and status != LinkStatus.REJECTED)
        self.clear_button.setEnabled(enabled and status in (LinkStatus.CONFIRMED, LinkStatus.REJECTED))

    # -- decisions -----------------------------------------------------------------------------
    _busy = False

    def set_busy(self, busy: bool) -> None:
        """No decisions while an analysis runs: its result will replace the links."""
        self._busy = busy
        self._update_buttons()

    def decide(self, status: str | None) -> None:
        link = self.current_link()
        if link is None or self._busy:
            return
        target_id = link.target_id
        self.session.decide(link.source_id, target_id, status)
        self.select_candidate(target_id)
        self._update_buttons()
