"""Main window (first cut): the project's documents, a Run/Cancel button, the extracted items.

The full workbench (findings, document view, alignment matrix, dashboard) arrives with
the desktop-app issue; this window already follows its patterns: models over
`analysis.model`, one worker at a time, every string through `self.tr`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, QThreadPool
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from analysis.model import AnalysisResult, Item
from analysis.project import Project, ProjectError, load_project
from gui.worker import AnalysisWorker


class ItemTableModel(QAbstractTableModel):
    """Extracted items, one row each."""

    COLUMNS = ("Document", "Kind", "Code", "Text", "Unit", "Baseline", "Targets", "Type")

    def __init__(self) -> None:
        super().__init__()
        self._items: list[Item] = []
        self._titles: dict[str, str] = {}

    def set_result(self, result: AnalysisResult | None) -> None:
        self.beginResetModel()
        self._items = list(result.items) if result else []
        self._titles = {d.id: Path(d.path).name for d in result.documents} if result else {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        item = self._items[index.row()]
        attrs = item.attributes
        column = index.column()
        if column == 0:
            return self._titles.get(item.document_id, item.document_id)
        if column == 1:
            return item.kind.value
        if column == 2:
            return item.code or ""
        if column == 3:
            return item.text
        if attrs is None:
            return ""
        if column == 4:
            return attrs.unit or ""
        if column == 5:
            return f"{attrs.baseline.value} ({attrs.baseline.year})" if attrs.baseline else ""
        if column == 6:
            return ", ".join(f"{t.value} ({t.year})" for t in attrs.targets)
        return attrs.type.value


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Concord — plan coherence checker"))
        self.project: Project | None = None
        self.worker: AnalysisWorker | None = None
        self.result: AnalysisResult | None = None

        toolbar = QToolBar(self.tr("Main"))
        self.addToolBar(toolbar)
        open_action = toolbar.addAction(self.tr("Open project…"))
        open_action.setShortcut("Ctrl+O")
        open_action.triggered.connect(self._choose_project)
        self.run_button = QPushButton(self.tr("Run analysis"))
        self.run_button.setShortcut("F5")
        self.run_button.setToolTip(self.tr("Read the documents and extract their goals, objectives and indicators"))
        self.run_button.clicked.connect(self._run_or_cancel)
        toolbar.addWidget(self.run_button)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        toolbar.addWidget(self.progress)

        self.documents_label = QLabel(self.tr("No project open. Use Open project… (Ctrl+O)."))
        self.documents_label.setWordWrap(True)
        self.documents_label.setTextFormat(Qt.RichText)
        self.items_model = ItemTableModel()
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.items_model)
        self.items_view = QTableView()
        self.items_view.setModel(proxy)
        self.items_view.setSortingEnabled(True)
        self.items_view.setWordWrap(False)
        self.items_view.horizontalHeader().setStretchLastSection(False)
        self.items_view.setColumnWidth(3, 600)

        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.documents_label)
        splitter.addWidget(self.items_view)
        splitter.setSizes([180, 700])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(splitter)
        self.setCentralWidget(central)
        self.statusBar().showMessage(self.tr("Ready"))

    # -- project ------------------------------------------------------------------------
    def _choose_project(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), "",
                                              self.tr("Concord projects (*.concord)"))
        if path:
            self.open_project(Path(path))

    def open_project(self, path: Path) -> None:
        try:
            self.project = load_project(path)
        except ProjectError as exc:
            QMessageBox.warning(self, self.tr("Cannot open project"), str(exc))
            return
        self.setWindowTitle(self.tr("Concord — {0}").format(self.project.name))
        self._show_documents()
        self.statusBar().showMessage(self.tr("Project loaded: press Run analysis (F5)"))

    def _show_documents(self, result: AnalysisResult | None = None) -> None:
        assert self.project is not None
        rows = []
        by_path = {d.path: d for d in result.documents} if result else {}
        for spec in self.project.documents:
            doc = by_path.get(str(spec.path))
            status = doc.status.value if doc else self.tr("not analysed")
            error = f" — {doc.error}" if doc and doc.error else ""
            period = f"{spec.period[0]}–{spec.period[1]}" if spec.period else ""
            rows.append(f"<tr><td>{Path(spec.path).name}</td><td>{spec.level_name or ''} ({spec.level or '–'})</td>"
                        f"<td>{spec.region or ''}</td><td>{period}</td><td>{status}{error}</td></tr>")
        header = "".join(f"<th align=left>{self.tr(h)}</th>" for h in ("Document", "Level", "Region", "Period", "Status"))
        self.documents_label.setText(f"<b>{self.project.name}</b><table cellspacing=6><tr>{header}</tr>{''.join(rows)}</table>")

    # -- analysis -----------------------------------------------------------------------
    def _run_or_cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.run_button.setEnabled(False)
            return
        if self.project is None:
            QMessageBox.information(self, self.tr("No project"), self.tr("Open a project first (Ctrl+O)."))
            return
        self.worker = AnalysisWorker(self.project.documents)
        self.worker.signals.progress.connect(self._on_progress)
        self.worker.signals.finished.connect(self._on_finished)
        self.worker.signals.failed.connect(self._on_failed)
        self.worker.signals.cancelled.connect(self._on_cancelled)
        self.run_button.setText(self.tr("Cancel"))
        QThreadPool.globalInstance().start(self.worker)

    def _on_progress(self, fraction: float, message: str) -> None:
        self.progress.setValue(int(fraction * 1000))
        self.progress.setFormat(message)

    def _done(self) -> None:
        self.worker = None
        self.run_button.setEnabled(True)
        self.run_button.setText(self.tr("Run analysis"))

    def _on_finished(self, result: AnalysisResult) -> None:
        self._done()
        self.result = result
        self.items_model.set_result(result)
        self._show_documents(result)
        self.statusBar().showMessage(self.tr("{0} items extracted with {1}").format(len(result.items), result.pipeline.name))

    def _on_failed(self, message: str) -> None:
        self._done()
        QMessageBox.critical(self, self.tr("Analysis failed"), message)

    def _on_cancelled(self) -> None:
        self._done()
        self.progress.setFormat(self.tr("Cancelled"))
        self.statusBar().showMessage(self.tr("Analysis cancelled"))

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if self.worker is not None:
            self.worker.cancel()
            QThreadPool.globalInstance().waitForDone(10000)
        super().closeEvent(event)
