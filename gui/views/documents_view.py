"""The project's documents: add, remove, and set each one's level, rank, region, period and kind."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from analysis.model import DOCUMENT_KINDS
from gui.labels import document_kind_name, document_kind_short, level_name, problem_text
from gui.models.documents import LEVEL_NAMES, DocumentListModel
from gui.session import Session
from gui.versions import VersionsButton
from gui.views.columns import fit_columns


class ChoiceDelegate(QStyledItemDelegate):
    """A cell edited by picking one of (label, value) pairs."""

    def choices(self) -> list[tuple[str, str]]:
        raise NotImplementedError

    def createEditor(self, parent, option, index):  # noqa: N802
        combo = QComboBox(parent)
        for label, value in self.choices():
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QComboBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole) or "")))

    def setModelData(self, editor: QComboBox, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class LevelDelegate(ChoiceDelegate):
    def choices(self) -> list[tuple[str, str]]:
        return [("", ""), *((level_name(name), name) for name in LEVEL_NAMES)]


class KindDelegate(ChoiceDelegate):
    def choices(self) -> list[tuple[str, str]]:
        return [(self.tr("As Concord reads it"), ""), *((document_kind_name(kind), kind) for kind in DOCUMENT_KINDS)]


class RankDelegate(QStyledItemDelegate):
    def createEditor(self, parent, option, index):  # noqa: N802
        spin = QSpinBox(parent)
        spin.setRange(0, 9)
        spin.setSpecialValueText(self.tr("not set"))
        return spin

    def setEditorData(self, editor: QSpinBox, index: QModelIndex) -> None:  # noqa: N802
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QSpinBox, model, index: QModelIndex) -> None:  # noqa: N802
        model.setData(index, editor.value() or "", Qt.ItemDataRole.EditRole)


class PeriodDelegate(QStyledItemDelegate):
    """Only 'YYYY–YYYY' (any dash or 'to') or empty can be committed."""

    def createEditor(self, parent, option, index):  # noqa: N802
        edit = QLineEdit(parent)
        edit.setPlaceholderText("2021–2025")
        edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"^\s*(\d{4}\s*(-|–|—|to)\s*\d{4})?\s*$"),
                                                      edit))
        return edit


class DocumentsView(QWidget):
    add_requested = Signal()
    message = Signal(str)

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = DocumentListModel(session, self)
        self.name_edit = QLineEdit()
        self.name_edit.setToolTip(self.tr("The project's name, shown in reports"))
        self.name_edit.editingFinished.connect(self._on_name)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.setItemDelegateForColumn(DocumentListModel.LEVEL, LevelDelegate(self.table))
        self.table.setItemDelegateForColumn(DocumentListModel.RANK, RankDelegate(self.table))
        self.table.setItemDelegateForColumn(DocumentListModel.PERIOD, PeriodDelegate(self.table))
        self.table.setItemDelegateForColumn(DocumentListModel.KIND, KindDelegate(self.table))
        self.table.verticalHeader().setVisible(False)
        # the plan's title wraps onto more lines (the rows grow into the empty space below) instead
        # of being cut; a file name has no spaces to wrap at, so it elides in its middle
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        fit_columns(self.table, {DocumentListModel.FILE: 150, DocumentListModel.SHORT: 110,
                                 DocumentListModel.LEVEL: 70, DocumentListModel.RANK: 40,
                                 DocumentListModel.REGION: 80, DocumentListModel.PERIOD: 80,
                                 DocumentListModel.STATUS: 120, DocumentListModel.KIND: 110},
                    {DocumentListModel.LEVEL: [level_name(n) for n in LEVEL_NAMES],
                     DocumentListModel.KIND: [document_kind_short(k) for k in DOCUMENT_KINDS],
                     DocumentListModel.STATUS: self.model.status_texts()}, icons=[DocumentListModel.STATUS])
        self.table.horizontalHeader().setStretchLastSection(False)
        self.model.modelReset.connect(self._fit)
        self.model.dataChanged.connect(self._fit)
        add = QPushButton(self.tr("Add documents…"))
        add.setToolTip(self.tr("Add Word, Excel, PDF or text files to the project (Ctrl+D); you can also drop "
                               "files on the window"))
        add.clicked.connect(self.add_requested)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected documents from the project (the files stay "
                                              "where they are)"))
        self.remove_button.clicked.connect(self.remove_selected)
        remove_action = QAction(self.tr("Remove document"), self)
        remove_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        remove_action.triggered.connect(self.remove_selected)
        self.table.addAction(remove_action)
        hint = QLabel(self.tr("Double-click a cell to set the <b>level</b> (national, regional, local), the "
                              "<b>rank</b> (1 = top of the hierarchy; each plan is checked against plans of a "
                              "smaller rank), the <b>region</b>, the <b>period</b> (e.g. 2021–2025) and the "
                              "<b>kind</b> (Concord reads it from the text; correct it if it is wrong). "
                              "Drop files anywhere on the window to add them."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #444;")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Project name:")))
        top.addWidget(self.name_edit, 1)
        top.addWidget(add)
        self.versions_button = VersionsButton(session, self._current_row)
        top.addWidget(self.versions_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        # Why the last run could not read documents: one full line each (the Status column has
        # room for "Could not be read" only), selectable for a support request; hidden when none.
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.problems.hide()
        layout.addWidget(self.problems)
        session.project_changed.connect(self._on_project_changed)
        session.result_changed.connect(self._show_problems)
        self._on_project_changed()

    TITLE_MIN = 220

    def _fit(self, *_args) -> None:
        """The file column as wide as the longest name (up to 240 px); the title takes the rest,
        at least TITLE_MIN (the table scrolls sideways below that); rows as tall as their title."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        names = [self.model.index(r, DocumentListModel.FILE).data() or "" for r in range(self.model.rowCount())]
        widest = max((metrics.horizontalAdvance(n) for n in names), default=0) + 16
        header.resizeSection(DocumentListModel.FILE, max(header.sectionSizeHint(DocumentListModel.FILE),
                                                         min(240, widest)))
        others = sum(header.sectionSize(c) for c in range(self.model.columnCount()) if c != DocumentListModel.TITLE)
        header.resizeSection(DocumentListModel.TITLE, max(self.TITLE_MIN, self.table.viewport().width() - others))
        self.table.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _on_project_changed(self) -> None:
        if not self.name_edit.hasFocus():
            self.name_edit.setText(self.session.project.name)
        self._show_problems()

    def _show_problems(self) -> None:
        docs = (self.session.result_document_for(s) for s in self.session.project.documents)
        lines = [problem_text(d.error) for d in docs if d is not None and d.error]
        self.problems.setPlainText("\n".join(lines))
        # as high as its lines (one spare for a wrapped one), up to 8; it scrolls beyond
        self.problems.setFixedHeight(self.problems.fontMetrics().lineSpacing() * min(8, len(lines) + 1) + 12)
        self.problems.setVisible(bool(lines))

    def _on_name(self) -> None:
        name = self.name_edit.text().strip()
        if name and name != self.session.project.name:
            self.session.project.name = name
            self.session.mark_dirty()

    def _current_row(self) -> int:
        index = self.table.selectionModel().currentIndex()
        return index.row() if index.isValid() else -1

    def remove_selected(self) -> None:
        rows = [i.row() for i in self.table.selectionModel().selectedRows()]
        if rows:
            self.session.remove_documents(rows)
