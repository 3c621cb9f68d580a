"""The main window: menus and shortcuts, the workbench tabs beside the document view, the
status bar with progress and Cancel, project files, drag and drop, and job dispatch.

It stays thin: data lives in the Session, each view owns its widgets and models, long work
runs in gui.worker jobs through one JobRunner (one job at a time).
"""

from __future__ import annotations

import gc
import time
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyle,
    QTabWidget,
    QToolBar,
)

from analysis.files import Output, WriteError, check_outputs
from analysis.formats import SUPPORTED_SUFFIXES, file_patterns
from analysis.model import AnalysisResult, PipelineInfo
from analysis.project import ProjectError
from gui import exports, i18n
from gui.compare_jobs import compare_job
from gui.dialogs.about import pipeline_text, show_about
from gui.dialogs.settings_dialog import SettingsDialog
from gui.errors import ErrorReport, describe
from gui.jobs import JobRunner
from gui.labels import broken_file_advice, problem_text, progress_text
from gui.session import Session
from gui.settings import AnalysisSettings, add_recent_project, recent_projects, remove_recent_project
from gui.versions import offer_versions
from gui.views.alignment_view import AlignmentView
from gui.views.changes_view import ChangesView
from gui.views.document_view import DocumentView
from gui.views.documents_view import DocumentsView
from gui.views.findings_view import FindingsView
from gui.views.overview_view import OverviewView
from gui.worker import Job, analysis_work, warm_up_work


class MainWindow(QMainWindow):
    DOCUMENTS, OVERVIEW, FINDINGS, ALIGNMENT, CHANGES = range(5)

    def __init__(self, settings: AnalysisSettings | None = None) -> None:
        super().__init__()

        self.settings = settings or AnalysisSettings.load()
        self.language = i18n.ui_language()  # findings and reports follow the interface
        self.session = Session(config_factory=partial(self.settings.config, report_language=self.language))
        self.runner = JobRunner(self)
        self.pipeline_info: PipelineInfo | None = None
        self._warmed = False
        self._started_at = 0.0
        self.last_error: ErrorReport | None = None
        self.setAcceptDrops(True)
        self.setWindowTitle(self.tr("Concord"))

        self.documents_view = DocumentsView(self.session)
        self.overview_view = OverviewView(self.session)
        self.findings_view = FindingsView(self.session)
        self.alignment_view = AlignmentView(self.session)
        self.changes_view = ChangesView(self.session)
        self.document_view = DocumentView(self.session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.documents_view, self.tr("Documents"))
        self.tabs.addTab(self.overview_view, self.tr("Overview"))
        self.tabs.addTab(self.findings_view, self.tr("Findings"))
        self.tabs.addTab(self.alignment_view, self.tr("Alignment"))
        self.tabs.addTab(self.changes_view, self.tr("Changes"))
        for index, tip in enumerate((self.tr("The project's documents and their levels (Ctrl+1)"),
                                     self.tr("Figures per document (Ctrl+2)"),
                                     self.tr("What does not hold together, with evidence (Ctrl+3)"),
                                     self.tr("Which higher-level objective each objective implements (Ctrl+4)"),
                                     self.tr("What changed since the last draft: items, targets, findings (Ctrl+5)"))):
            self.tabs.setTabToolTip(index, tip)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.document_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([800, 800])
        self.setCentralWidget(self.splitter)

        self._build_actions()
        self._build_status_bar()
        self.documents_view.add_requested.connect(self.add_documents)
        self.findings_view.evidence_requested.connect(self.document_view.show_evidence)
        self.alignment_view.item_selected.connect(self.document_view.select_item)
        self.document_view.alignment_requested.connect(self.review_alignment)
        self.changes_view.compare_requested.connect(self.compare_drafts)
        self.changes_view.item_selected.connect(self.document_view.select_item)
        self.session.project_changed.connect(self._update_title)
        self.session.project_changed.connect(self._update_tab_titles)
        self.session.dirty_changed.connect(self._update_title)
        self.session.result_changed.connect(self._update_tab_titles)
        self.session.stale_changed.connect(self._on_stale)
        self.runner.progress.connect(self._on_progress)
        self.runner.finished.connect(self._on_job_finished)
        self.runner.failed.connect(self._on_job_failed)
        self.runner.cancelled.connect(self._on_job_cancelled)
        self.runner.busy_changed.connect(self._on_busy)
        self._update_title()
        self._update_tab_titles()
        self.tabs.setCurrentIndex(self.DOCUMENTS)

    # -- actions and menus --------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "", icon=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        if icon is not None:
            action.setIcon(self.style().standardIcon(icon))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        sp = QStyle.StandardPixmap
        self.new_action = self._action(self.tr("&New project"), self.new_project, QKeySequence.StandardKey.New,
                                       self.tr("Start an empty project"), sp.SP_FileIcon)
        self.open_action = self._action(self.tr("&Open project…"), self.choose_project, QKeySequence.StandardKey.Open,
                                        self.tr("Open a Concord project file (.concord)"), sp.SP_DialogOpenButton)
        self.save_action = self._action(self.tr("&Save project"), self.save_project, QKeySequence.StandardKey.Save,
                                        self.tr("Save the documents, levels, link decisions and dismissed findings"),
                                        sp.SP_DialogSaveButton)
        self.save_as_action = self._action(self.tr("Save project &as…"), self.save_project_as, "Ctrl+Shift+S",
                                           self.tr("Save the project under a new name"))
        self.add_action = self._action(self.tr("&Add documents…"), self.add_documents, "Ctrl+D",
                                       self.tr("Add Word, Excel, PDF or text files to the project"),
                                       sp.SP_FileDialogNewFolder)
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.run_action = self._action(self.tr("&Run analysis"), self.run_or_cancel, "F5",
                                       self.tr("Read the documents, link them and check them (F5)"),
                                       sp.SP_MediaPlay)
        self.settings_action = self._action(self.tr("&Settings…"), self.edit_settings, "Ctrl+,",
                                            self.tr("Pipeline, thresholds, indicator limits, lexicon folder"))
        self.find_action = self._action(self.tr("&Find in findings"), self._find, QKeySequence.StandardKey.Find)
        self.about_action = self._action(self.tr("&About Concord"), self.show_about, "F1")
        self.export_actions = {}
        for kind in exports.export_kinds():
            shortcut = "Ctrl+E" if kind.key == "word" else None
            self.export_actions[kind.key] = self._action(kind.label + "…", lambda _=False, k=kind: self.export(k),
                                                         shortcut, self.tr("Export: {0}").format(kind.label))

        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action):
            menu.addAction(action)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        menu.addSeparator()
        for action in (self.save_action, self.save_as_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        menu = self.menuBar().addMenu(self.tr("&Analysis"))
        menu.addAction(self.run_action)
        menu.addAction(self.settings_action)
        menu = self.menuBar().addMenu(self.tr("&View"))
        for index, label in enumerate((self.tr("&Documents"), self.tr("&Overview"), self.tr("&Findings"),
                                       self.tr("&Alignment"), self.tr("C&hanges"))):
            menu.addAction(self._action(label, lambda _=False, i=index: self.tabs.setCurrentIndex(i),
                                        f"Ctrl+{index + 1}"))
        self.toggle_document_action = self._action(self.tr("Document &view"), self._toggle_document_view, "F9",
                                                   self.tr("Show or hide the document text on the right (F9)"))
        self.toggle_document_action.setCheckable(True)
        self.toggle_document_action.setChecked(True)
        menu.addSeparator()
        menu.addAction(self.toggle_document_action)
        menu.addAction(self.find_action)
        menu = self.menuBar().addMenu(self.tr("&Export"))
        for action in self.export_actions.values():
            menu.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        for action in (self.open_action, self.save_action, self.add_action):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.run_action)
        toolbar.addSeparator()
        toolbar.addAction(self.export_actions["word"])
        self.addToolBar(toolbar)

    def _build_status_bar(self) -> None:
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.setMinimumWidth(420)
        self.progress.setToolTip(self.tr("The current stage and document"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop the analysis (Esc); the results shown stay as they were"))
        self.cancel_button.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.cancel_button.clicked.connect(self.cancel)
        self.pipeline_label = QLabel(self.tr("Language model: not loaded"))
        self.pipeline_label.setToolTip(self.tr("The spaCy pipeline that reads the documents"))
        self.stale_label = QLabel(self.tr("Documents changed: run again (F5)"))
        self.stale_label.setStyleSheet("color: #b26a00; font-weight: bold;")
        bar = self.statusBar()
        bar.addPermanentWidget(self.stale_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        bar.addPermanentWidget(self.pipeline_label)
        for widget in (self.progress, self.cancel_button, self.stale_label):
            widget.hide()
        # a long stage (linking a big plan set) shows its elapsed time, so the bar never looks stuck
        self._stage = (0.0, 0.0, "")  # (fraction, started, message)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_progress)
        bar.showMessage(self.tr("Open a project (Ctrl+O) or add documents (Ctrl+D)."))

    # -- start-up -------------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._warmed:
            self._warmed = True
            QTimer.singleShot(300, self, self.warm_up)

    def warm_up(self) -> None:
        """Load the spaCy pipeline in the background once the window is on screen."""
        if self.pipeline_info is not None:
            return
        if not self._pipelines_shown:
            self.pipeline_label.setText(self.tr("Language model: loading…"))
        job = Job(warm_up_work(self.settings.pipeline), "warm-up", self.tr("The language model could not load"),
                  cancellable=False)
        self.runner.start_background(job, self._on_warm, self._on_warm_failed)

    def _on_warm(self, info: PipelineInfo) -> None:
        self.pipeline_info = info
        if not self._pipelines_shown:  # a finished run has said which pipelines read the documents
            self.pipeline_label.setText(self.tr("Language model: {0} {1}").format(info.name, info.version))

    def _show_pipelines(self, result: AnalysisResult) -> None:
        """After a run the label names the pipelines that read the documents (one per language),
        whatever the warm-up is still doing."""
        names = list(dict.fromkeys(d.pipeline for d in result.documents if d.pipeline))
        if not names:
            names = [f"{result.pipeline.name} {result.pipeline.version}"]
        self._pipelines_shown = True
        self.pipeline_label.setText(self.tr("Language model: {0}").format(", ".join(names)))

    _pipelines_shown = False

    def _on_warm_failed(self, report: ErrorReport) -> None:
        if self._pipelines_shown:
            return
        self.pipeline_label.setText(self.tr("Language model: not available"))
        self.pipeline_label.setToolTip(report.message())

    # -- project --------------------------------------------------------------------------------------
    def _confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the planner chose what to do with them."""
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            self.tr("The project '{0}' has unsaved changes (documents, link decisions or dismissed findings). "
                    "Save them first?").format(self.session.project.name),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save_project()
        return answer == QMessageBox.StandardButton.Discard

    def new_project(self) -> None:
        if self.runner.busy or not self._confirm_discard():
            return
        self.session.new_project()
        self.tabs.setCurrentIndex(self.DOCUMENTS)
        self.statusBar().showMessage(self.tr("New project: add documents (Ctrl+D) or drop files on the window."))

    def choose_project(self) -> None:
        if self.runner.busy:
            self._busy_message()
            return
        start = str(self.session.project.path.parent) if self.session.project.path else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start,
                                              self.tr("Concord projects (*.concord)"))
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path, run: bool | None = None) -> bool:
        if self.runner.busy:
            self._busy_message()
            return False
        if not self._confirm_discard():
            return False
        try:
            self.session.open_project(path)
        except ProjectError as exc:
            self.show_error(ErrorReport(self.tr("The project could not be opened"), str(exc),
                                        self.tr("Check that the file is a Concord project (.concord) and not open "
                                                "in another program; the previous version is kept next to it as "
                                                ".concord.bak.")))
            if not Path(path).exists():
                remove_recent_project(str(Path(path).resolve()))
            return False
        add_recent_project(path)
        missing = [Path(s.path).name for s in self.session.project.documents if not Path(s.path).exists()]
        self.tabs.setCurrentIndex(self.DOCUMENTS)
        if missing:
            self.show_error(ErrorReport(
                self.tr("Some documents are missing"),
                self.tr("These files are not where the project expects them: {0}.").format(", ".join(missing)),
                self.tr("Put them back next to the project file, or remove them in the Documents tab and add them "
                        "again from their new place.")))
        self.statusBar().showMessage(self.tr("Opened {0}: {1} documents.").format(
            self.session.project.name, len(self.session.project.documents)))
        if (self.settings.run_on_open if run is None else run) and self.session.project.documents:
            self.run_analysis()  # an unchanged project's last results come back at once (result cache)
        elif self.session.project.documents:
            self.statusBar().showMessage(self.tr("Opened {0}: {1} documents. Press F5 to analyse them.").format(
                self.session.project.name, len(self.session.project.documents)))
        return True

    def save_project(self) -> bool:
        if self.session.project.path is None:
            return self.save_project_as()
        return self._save(None)

    def save_project_as(self) -> bool:
        start = str(self.session.project.path or Path.home() / f"{self.session.project.name}.concord")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save project as"), start,
                                              self.tr("Concord projects (*.concord)"))
        if not path:
            return False
        if not path.endswith(".concord"):
            path += ".concord"
        return self._save(path)

    def _save(self, path: str | None) -> bool:
        try:
            saved = self.session.save_project(path)
        except ProjectError as exc:
            self.show_error(ErrorReport(self.tr("The project was not saved"), str(exc),
                                        self.tr("Close the file in other programs or choose another folder "
                                                "(File > Save project as…). Nothing was lost: the project is "
                                                "still open here.")))
            return False
        add_recent_project(saved)
        self.statusBar().showMessage(self.tr("Saved {0}").format(saved), 5000)
        return True

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = recent_projects()
        if not paths:
            action = self.recent_menu.addAction(self.tr("No recent projects"))
            action.setEnabled(False)
            return
        for n, path in enumerate(paths, 1):
            action = self.recent_menu.addAction(f"&{n} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    def add_documents(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add documents"), str(self.session.project.path.parent) if self.session.project.path else "",
            self.tr("Plans ({0});;All files (*)").format(file_patterns()))
        if paths:
            self.add_document_paths(paths)

    def add_document_paths(self, paths: list[str]) -> None:
        supported = [p for p in paths if Path(p).suffix.lower() in SUPPORTED_SUFFIXES]
        refused = [Path(p).name for p in paths if p not in supported]
        skipped = self.session.add_documents(supported) if supported else []
        if supported and len(skipped) < len(supported):
            offer_versions(self, self.session, supported)  # plan_v2.docx next to plan_v1.docx
        added = len(supported) - len(skipped)
        self.tabs.setCurrentIndex(self.DOCUMENTS)
        message = self.tr("{0} document(s) added: set their level, rank, region and period, then run (F5).").format(
            added)
        if skipped:
            message += " " + self.tr("Already in the project: {0}.").format(", ".join(skipped))
        self.statusBar().showMessage(message, 10000)
        if refused:
            self.show_error(ErrorReport(self.tr("Some files were not added"),
                                        self.tr("Concord reads Word (.docx), Excel (.xlsx), PDF and text files; "
                                                "not: {0}.").format(", ".join(refused)),
                                        self.tr("Save old .doc/.xls files as .docx/.xlsx in Word or Excel, then add "
                                                "them again.")))

    # -- drag and drop --------------------------------------------------------------------------------
    def _dropped_paths(self, event) -> list[str]:
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [u.toLocalFile() for u in mime.urls() if u.isLocalFile()]

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        paths = self._dropped_paths(event)
        if paths and all(Path(p).suffix.lower() in (*SUPPORTED_SUFFIXES, ".concord") for p in paths):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = self._dropped_paths(event)
        projects = [p for p in paths if p.lower().endswith(".concord")]
        event.acceptProposedAction()
        if projects:
            QTimer.singleShot(0, self, lambda: self.open_project(projects[0]))
        elif paths:
            self.add_document_paths(paths)

    # -- analysis -------------------------------------------------------------------------------------
    def run_or_cancel(self) -> None:
        if self.runner.busy:
            self.cancel()
        else:
            self.run_analysis()

    def run_analysis(self) -> bool:
        if self.runner.busy:
            self._busy_message()
            return False
        specs = self.session.project.documents
        if not specs:
            self.show_error(ErrorReport(self.tr("Nothing to analyse"), self.tr("The project has no documents yet."),
                                        self.tr("Add documents with File > Add documents (Ctrl+D) or drop them on "
                                                "the window.")))
            return False
        job = Job(analysis_work([replace(s) for s in specs], self.session.config_builder()), "analysis",
                  self.tr("The analysis stopped"))
        self._started_at = time.perf_counter()
        return self.runner.start(job)

    def cancel(self) -> None:
        if self.runner.busy:
            self.runner.cancel()
            self.progress.setFormat(self.tr("Cancelling… (the current step finishes first)"))
            self.cancel_button.setEnabled(False)

    def _busy_message(self) -> None:
        self.statusBar().showMessage(self.tr("Wait for the current job to finish, or cancel it (Esc)."), 5000)

    def _on_busy(self, busy: bool) -> None:
        if not busy and self._closing:
            QTimer.singleShot(0, self, self.close)
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.cancel_button.setEnabled(True)
        self.alignment_view.set_busy(busy)
        for action in (self.new_action, self.open_action, *self.export_actions.values()):
            action.setEnabled(not busy)
        if busy:
            self._stage = (0.0, time.monotonic(), "")
            self._clock.start()
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("Starting…"))
            self.run_action.setText(self.tr("&Cancel analysis"))
            self.run_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaStop))
            self.run_action.setToolTip(self.tr("Stop the analysis (F5 or Esc)"))
        else:
            self._clock.stop()
            self.run_action.setText(self.tr("&Run analysis"))
            self.run_action.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MediaPlay))
            self.run_action.setToolTip(self.tr("Read the documents, link them and check them (F5)"))

    def _on_progress(self, fraction: float, message: str) -> None:
        if message != self._stage[2]:
            self._stage = (fraction, time.monotonic(), message)
        else:
            self._stage = (fraction, self._stage[1], message)
        self._show_progress()

    def _show_progress(self) -> None:
        fraction, started, message = self._stage
        if self.runner.job is not None and self.runner.job.cancel_requested:
            return
        message = progress_text(message)
        self.progress.setValue(int(fraction * 1000))
        elapsed = time.monotonic() - started
        suffix = self.tr(" ({0} s)").format(int(elapsed)) if elapsed >= 3 and message else ""
        self.progress.setFormat(f"{round(fraction * 100)}% — {message}{suffix}")

    def _on_job_finished(self, job: Job, value: object) -> None:
        if job.kind == "analysis":
            self._analysis_finished(value)
        elif job.kind == "compare":
            self._comparison_finished(value)
        else:
            self.statusBar().showMessage(self.tr("Written: {0}").format(value.destination), 10000)
            self._offer_open(value.destination, value.notes)

    def _analysis_finished(self, result: AnalysisResult) -> None:
        self.session.set_result(result)
        # The result lives until the next run. A full garbage collection holds the GIL while it
        # walks every tracked object, so with a large result in memory the next analysis
        # thread's collections would freeze the window (measured: 150 ms with a few results
        # alive). Results are plain acyclic dataclasses, freed by reference counting when
        # replaced, so freezing them costs nothing and takes them out of those walks.
        gc.freeze()
        seconds = time.perf_counter() - self._started_at
        active = self.session.active_findings()
        high = sum(1 for f in active if f.severity.value == "high")
        if getattr(result, "from_cache", False):
            self.statusBar().showMessage(
                self.tr("Results of the last run (the documents have not changed since): {0} items, {1} findings "
                        "({2} high).").format(len(result.items), len(active), high))
        else:
            self.statusBar().showMessage(
                self.tr("Analysis finished in {0:.1f} s: {1} items, {2} findings ({3} high).").format(
                    seconds, len(result.items), len(active), high))
        self._show_pipelines(result)
        if self.tabs.currentIndex() == self.DOCUMENTS and result.findings:
            self.tabs.setCurrentIndex(self.OVERVIEW)
        if self.session.has_versions():  # what changed since the last drafts, right after
            QTimer.singleShot(0, self, lambda: self.compare_drafts("versions", -1))
        failed = [d for d in result.documents if d.error]
        if failed:
            self.show_error(ErrorReport(
                self.tr("{0} document(s) could not be read").format(len(failed)),
                "\n".join(f"• {problem_text(d.error)}" for d in failed),
                self._advice(failed)))

    def _advice(self, failed: list) -> str:
        """What to do, fitting each file's type and fault; files with the same advice share a line."""
        by_advice: dict[str, list[str]] = {}
        for document in failed:
            by_advice.setdefault(broken_file_advice(document.path, document.error), []).append(
                Path(document.path).name)
        lines = [self.tr("The other documents were analysed.")]
        for advice, names in by_advice.items():
            lines.append(f"{', '.join(names)}: {advice}" if len(failed) > 1 else advice)
        return "\n".join(lines)

    def _on_job_failed(self, job: Job, report: ErrorReport) -> None:
        self.statusBar().showMessage(report.title, 10000)
        self.show_error(report)

    def _on_job_cancelled(self, job: Job) -> None:
        self.statusBar().showMessage(self.tr("Cancelled. The results shown are from the previous run."), 8000)

    def _on_stale(self, stale: bool) -> None:
        self.stale_label.setVisible(stale)

    # -- export ---------------------------------------------------------------------------------------
    def export(self, kind: exports.ExportKind) -> None:
        result = self.session.result_for_export()
        if result is None:
            self.show_error(ErrorReport(self.tr("Nothing to export yet"), self.tr("There are no results yet."),
                                        self.tr("Run the analysis first (F5).")))
            return
        folder = self.session.project.path.parent if self.session.project.path else Path.home()
        if kind.suffix:
            start = str(folder / exports.default_name(self.session.project.name, kind))
            destination, _ = QFileDialog.getSaveFileName(self, kind.label, start, kind.file_filter)
            if destination and not destination.lower().endswith(kind.suffix):
                destination += kind.suffix
        else:
            destination = QFileDialog.getExistingDirectory(self, self.tr("Folder for the annotated copies"),
                                                           str(folder))
        if destination and self._export_allowed(kind, destination):
            self.start_export(kind, result, destination)

    def _export_allowed(self, kind: exports.ExportKind, destination: str) -> bool:
        """An export over a document of the project or the project file, or into a folder that is
        not there, is refused with a message naming both (nothing is written)."""
        project = self.session.project
        try:
            check_outputs([Output(destination, kind.label, folder=not kind.suffix)],
                          [d.path for d in project.documents], project.path)
        except WriteError as exc:
            self.show_error(describe(exc, self.tr("The {0} was not written").format(kind.label)))
            return False
        return True

    def start_export(self, kind: exports.ExportKind, result: AnalysisResult, destination: str) -> bool:
        comparison = self.session.comparison  # "What changed" first in the report, a Changes sheet
        changes = comparison if comparison is not None and comparison.new is self.session.result else None
        job = Job(exports.export_work(kind, result, destination, self.language, changes), "export",
                  self.tr("The {0} was not written").format(kind.label))
        return self.runner.start(job)

    def _offer_open(self, path: str, notes: list[str]) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export finished"),
                          self.tr("Written: {0}").format(path), QMessageBox.StandardButton.Close, self)
        if notes:
            box.setInformativeText(self.tr("Remarks:") + "\n" + "\n".join(f"• {n}" for n in notes))
        open_button = box.addButton(self.tr("Open"), QMessageBox.ButtonRole.AcceptRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(path)))
        box.open()

    # -- drafts -----------------------------------------------------------------------------------------
    def compare_drafts(self, mode: str = "versions", row: int = -1) -> bool:
        """Compare with the last drafts, or document `row` before/after its tracked changes, against
        the current result (the analysis runs first when there is none)."""
        if self.runner.busy or self.session.result is None:
            return False
        specs = [replace(s) for s in self.session.project.documents]
        job = compare_job(specs, self.session.result, self.session.config_builder(), mode, row)
        self._started_at = time.perf_counter()
        return self.runner.start(job)

    def _comparison_finished(self, comparison) -> None:
        if comparison.new is not self.session.result:
            return  # a newer analysis replaced the result meanwhile
        self.session.set_comparison(comparison)
        counts = comparison.group_counts()
        self.statusBar().showMessage(self.tr("Compared in {0:.1f} s: {1} changes, {2} findings resolved, {3} new.")
                                     .format(time.perf_counter() - self._started_at, len(comparison.changes),
                                             counts.get("finding_resolved", 0), counts.get("finding_new", 0)),
                                     10000)

    # -- misc -----------------------------------------------------------------------------------------
    def show_error(self, report: ErrorReport) -> QMessageBox:
        """Window-modal but non-blocking, so a worker's error never stalls the event loop."""
        self.last_error = report
        box = QMessageBox(QMessageBox.Icon.Warning, report.title, report.text, QMessageBox.StandardButton.Ok, self)
        box.setInformativeText(report.action)
        if report.details:
            box.setDetailedText(report.details)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def edit_settings(self) -> None:

        dialog = SettingsDialog(self.settings, pipeline_text(self.pipeline_info), self)
        if dialog.exec():
            self._apply_language(dialog.language_setting())
            new = dialog.values()
            if new != self.settings:
                pipeline_changed = new.pipeline != self.settings.pipeline
                self.settings = new
                new.save(QSettings())
                self.session.config_factory = partial(new.config, report_language=self.language)
                if pipeline_changed:
                    self.pipeline_info = None
                    self._pipelines_shown = False
                    self.warm_up()
                self.statusBar().showMessage(self.tr("Settings saved: they apply to the next run (F5)."), 8000)

    def _apply_language(self, setting: str) -> None:
        """Store the language; menus and views take it on the next start, findings and reports
        at the next run (they follow the interface that started)."""
        if setting == i18n.chosen_setting():
            return
        i18n.save_setting(setting)
        new = i18n.resolve(setting)
        if new != i18n.ui_language():
            text = self.tr("The new language applies when Concord is restarted.")
            # said in the new language too: the planner may not read the current one
            other = i18n.translate_in(new, "MainWindow", "The new language applies when Concord is restarted.")
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                              text if other == text else f"{text}\n\n{other}", QMessageBox.StandardButton.Ok, self)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

    def show_about(self) -> None:

        show_about(self, self.pipeline_info)

    def review_alignment(self, item_id: str) -> None:
        self.tabs.setCurrentIndex(self.ALIGNMENT)
        if not self.alignment_view.select_item(item_id):
            self.statusBar().showMessage(self.tr("This item is not in the alignment matrix (it has no "
                                                 "higher-level plan, or it is not a goal or objective)."), 8000)

    def _find(self) -> None:
        self.tabs.setCurrentIndex(self.FINDINGS)
        self.findings_view.focus_search()

    def _toggle_document_view(self, checked: bool) -> None:
        self.document_view.setVisible(checked)

    def _update_title(self, *_args) -> None:
        self.setWindowTitle(self.tr("{0}[*] — Concord").format(self.session.project.name))
        self.setWindowModified(self.session.dirty)

    def _update_tab_titles(self) -> None:
        self.tabs.setTabText(self.DOCUMENTS, self.tr("Documents ({0})").format(len(self.session.project.documents)))
        result = self.session.result
        findings = len(self.session.active_findings()) if result else 0
        self.tabs.setTabText(self.FINDINGS, self.tr("Findings ({0})").format(findings) if result
                             else self.tr("Findings"))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self._closing and not self._confirm_discard():
            event.ignore()
            return
        if self.runner.busy:
            # Cancel, and close when the job has stopped; the window stays responsive meanwhile
            # (the pipeline stops at its next check, which can be a few seconds away).
            self._closing = True
            self.runner.cancel()
            self.progress.setFormat(self.tr("Closing: cancelling the analysis…"))
            self.cancel_button.setEnabled(False)
            event.ignore()
            return
        self.runner.shutdown()  # the language-model warm-up, if it is still loading
        store = QSettings()
        store.setValue("window/geometry", self.saveGeometry())
        store.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    def restore_geometry(self) -> None:
        """The size, place and split of the window as the planner left them."""
        store = QSettings()
        geometry, splitter = store.value("window/geometry"), store.value("window/splitter")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if splitter is not None:
            self.splitter.restoreState(splitter)

    _closing = False
