"""The planner's path through the app: open, analyse, filter, read evidence, decide, save."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from conftest import run_analysis, show_sample_result
from PySide6.QtCore import Qt

from analysis.model import ItemKind, LinkStatus
from gui.models.roles import Role


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def test_gui_sample_findings_match_the_core(qtbot, window, sample_project):
    from analysis.pipeline import run
    from analysis.project import load_project

    window.open_project(sample_project, run=False)
    result = run_analysis(qtbot, window)  # through the worker; waits for its finished signal
    assert window.session.result is result
    core = run(load_project(sample_project).documents, window.session.analysis_config())
    model = window.findings_view.model
    assert model.rowCount() == len(core.findings) == len(window.session.result.findings)
    assert {model.finding(r).id for r in range(model.rowCount())} == {f.id for f in core.findings}
    assert window.findings_view.proxy.rowCount() == len(core.findings)  # nothing dismissed yet
    assert f"Findings ({len(core.findings)})" == window.tabs.tabText(window.FINDINGS)


def test_gui_findings_filter_by_severity_code_document_and_text(analysed):
    view = analysed.findings_view
    findings = analysed.session.result.findings
    view.set_severity_filter({"high"})
    assert view.proxy.rowCount() == sum(1 for f in findings if f.severity.value == "high") > 0
    assert all(analysed.session.findings[i].severity.value == "high" for i in view.visible_ids())
    view.set_severity_filter({"high", "medium", "low", "info"})
    code = findings[-1].code
    view.code_combo.setCurrentIndex(view.code_combo.findData(code))
    assert view.proxy.rowCount() == sum(1 for f in findings if f.code == code)
    view.code_combo.setCurrentIndex(0)
    doc_id = findings[0].document_ids[0]
    view.document_combo.setCurrentIndex(view.document_combo.findData(doc_id))
    assert view.proxy.rowCount() == sum(1 for f in findings if doc_id in f.document_ids)
    view.document_combo.setCurrentIndex(0)
    word = re.findall(r"[A-Za-z]{5,}", findings[0].title)[0]
    view.search.setText(word.upper())
    assert 0 < view.proxy.rowCount() < len(findings)
    assert findings[0].id in view.visible_ids()
    view.search.clear()
    assert view.proxy.rowCount() == len(findings)


def test_gui_selecting_a_finding_highlights_its_evidence(analysed):
    view = analysed.findings_view
    session = analysed.session
    shown = 0
    for finding in [f for f in session.result.findings if f.evidence][:12]:
        assert view.select_finding(finding.id)
        quote = _norm(finding.evidence[0].quote)
        highlighted = [_norm(t.replace("\u2029", " ")) for t in analysed.document_view.highlighted_texts()]
        doc = session.document_for_file(finding.evidence[0].location.file)
        assert analysed.document_view.current_id == doc.id
        assert any(quote.startswith(h) or h.startswith(quote[:40]) for h in highlighted), (finding.code, quote)
        assert finding.title in view.details.toPlainText()
        shown += 1
    assert shown >= 5


def _first_candidate(window):
    view = window.alignment_view
    for row, item in enumerate(view.matrix_model.rows):
        if item.kind == ItemKind.OBJECTIVE and window.session.links_from.get(item.id):
            view.matrix.selectRow(row)
            view._set_row(row)
            return view, item
    pytest.fail("no objective with candidate parents in the sample project")


def test_gui_confirm_link_rechecks_and_is_saved_in_the_project_file(qtbot, analysed, sample_project):
    window = analysed
    window.tabs.setCurrentIndex(window.ALIGNMENT)
    view, item = _first_candidate(window)
    link = view.current_link()
    assert link is not None and link.source_id == item.id
    target = window.session.items[link.target_id]
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert window.session.project.link_decisions == {(item.key, target.key): "confirmed"}
    confirmed = [lk for lk in window.session.result.links if lk.source_id == item.id and lk.target_id == target.id]
    assert confirmed and confirmed[0].status == LinkStatus.CONFIRMED  # re-checked in place
    assert (
        view.matrix_model.index(view.matrix_model.row_of(item.id), view.matrix_model.column_of(target.id)).data() == "✓"
    )
    assert window.isWindowModified()
    assert window.save_project()
    data = json.loads(sample_project.read_text(encoding="utf-8"))
    assert {"from": item.key, "to": target.key, "status": "confirmed"} in data["link_decisions"]
    assert (sample_project.parent / "sample.concord.bak").exists()
    assert not window.isWindowModified()
    # the decision survives a re-open and a re-run
    window.open_project(sample_project, run=False)
    run_analysis(qtbot, window)
    keys = {
        (window.session.items[lk.source_id].key, window.session.items[lk.target_id].key): lk.status
        for lk in window.session.result.links
    }
    assert keys[(item.key, target.key)] == LinkStatus.CONFIRMED


def test_gui_reject_and_clear_a_link(analysed):
    window = analysed
    view, item = _first_candidate(window)
    link = view.current_link()
    view.decide(LinkStatus.REJECTED.value)
    assert window.session.decision(link) == "rejected"
    assert view.clear_button.isEnabled() and not view.reject_button.isEnabled()
    view.decide(None)
    assert window.session.project.link_decisions == {}


def test_gui_dismissed_findings_are_hidden_saved_and_stay_dismissed(qtbot, analysed, sample_project):
    window = analysed
    view = window.findings_view
    finding = window.session.result.findings[0]
    view.select_finding(finding.id)
    view.toggle_dismissed()
    assert finding.id not in view.visible_ids()
    assert view.proxy.rowCount() == len(window.session.result.findings) - 1
    view.show_dismissed.setChecked(True)
    assert finding.id in view.visible_ids()
    view.show_dismissed.setChecked(False)
    assert window.save_project()
    assert json.loads(sample_project.read_text())["dismissed_findings"] == [finding.id]
    window.open_project(sample_project, run=False)
    show_sample_result(qtbot, window)
    assert finding.id not in window.findings_view.visible_ids()
    assert window.overview_view.model.rowCount() == len(window.session.result.documents)


def _legacy_id(result, finding) -> str:
    """A finding's id as Concord built it before findings were data (up to December 2026): sha1
    over the code, the file names, the item keys and the English title, made distinct."""
    from analysis.wording import worded

    english = {f.id: f for f in worded(result, "en").findings}[finding.id]
    files = sorted(Path(d.path).name for d in result.documents if d.id in finding.document_ids)
    keys = sorted(i.key for i in result.items if i.id in finding.item_ids)
    key = "|".join([finding.code, *files, *keys, english.title])
    return f"{finding.code}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"


def test_gui_dismissals_under_legacy_ids_stay_dismissed_and_are_saved_with_the_new_ids(
    qtbot, analysed, sample_project
):
    window = analysed
    findings = window.session.result.findings
    chosen = [findings[0], findings[len(findings) // 2], findings[-1]]
    old = [_legacy_id(window.session.result, f) for f in chosen]
    assert not set(old) & {f.id for f in findings}  # the old ids name nothing of this run
    data = json.loads(sample_project.read_text(encoding="utf-8"))
    data["dismissed_findings"] = [*old, "GONE_FINDING-0badc0de"]
    sample_project.write_text(json.dumps(data), encoding="utf-8")
    window.open_project(sample_project, run=False)
    show_sample_result(qtbot, window)
    visible = window.findings_view.visible_ids()
    assert all(f.id not in visible for f in chosen)
    assert window.findings_view.proxy.rowCount() == len(findings) - len(chosen)
    assert not window.session.dirty  # opening an old project asks nothing on close
    assert window.save_project()
    saved = json.loads(sample_project.read_text(encoding="utf-8"))["dismissed_findings"]
    assert saved == [*(f.id for f in chosen), "GONE_FINDING-0badc0de"]  # an unknown id is kept


def test_gui_cancel_a_running_analysis(qtbot, window, sample_project, monkeypatch, tmp_path):
    monkeypatch.setenv("CONCORD_CACHE_DIR", str(tmp_path / "cold-cache"))  # make it parse, so it takes a while
    window.open_project(sample_project, run=False)
    with qtbot.waitSignal(window.runner.progress, timeout=30_000):
        assert window.run_analysis()
    assert window.runner.busy and window.cancel_button.isVisible()
    assert window.run_action.text().replace("&", "") == "Cancel analysis"
    with qtbot.waitSignal(window.runner.cancelled, timeout=30_000):
        window.run_or_cancel()  # the Run action is Cancel while a job runs
    assert not window.runner.busy
    assert window.session.result is None
    assert window.run_action.text().replace("&", "") == "Run analysis"
    assert not window.cancel_button.isVisible()


def test_gui_worker_exception_is_a_message_not_a_crash(qtbot, window, sample_project, monkeypatch):
    import analysis.pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("linker exploded")

    monkeypatch.setattr(analysis.pipeline, "run", broken)
    monkeypatch.setattr("analysis.result_cache.load_result", lambda *a: None)  # no earlier result to show
    window.open_project(sample_project, run=False)
    with qtbot.waitSignal(window.runner.failed, timeout=10_000):
        window.run_analysis()
    assert not window.runner.busy
    report = window.last_error
    assert report.title == "The analysis stopped"
    assert "linker exploded" in report.text and "Your project is unchanged" in report.action
    assert "Traceback" in report.details
    assert window.isVisible()


def test_gui_rerun_after_a_change_replaces_the_result(qtbot, analysed):
    window = analysed
    first = window.session.result
    window.documents_view.model.setData(
        window.documents_view.model.index(5, window.documents_view.model.REGION), "Kostanay oblast"
    )
    assert window.session.stale and window.stale_label.isVisibleTo(window)
    run_analysis(qtbot, window)
    assert window.session.result is not first and not window.session.stale
    assert window.session.result.documents[5].region == "Kostanay oblast"


def test_gui_overview_counts_open_findings_per_document(analysed):
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent

    from gui.models.overview import OverviewModel

    window = analysed
    model = window.overview_view.model
    session = window.session
    row = next(r for r in range(model.rowCount()) if model.value(r, OverviewModel.HIGH))
    doc_id = model.index(row, 0).data(Role.ID)
    high = sum(1 for f in session.result.findings if f.severity.value == "high" and doc_id in f.document_ids)
    assert model.value(row, OverviewModel.HIGH) == high
    finding = next(f for f in session.result.findings if f.severity.value == "high" and doc_id in f.document_ids)
    session.set_dismissed([finding.id], True)
    assert model.value(row, OverviewModel.HIGH) == high - 1  # dismissed findings are not counted
    chart = window.overview_view.severity_chart
    window.tabs.setCurrentIndex(window.OVERVIEW)
    chart.repaint()
    y = next(y for y in range(chart.height()) if chart._row_at(y) == row)
    event = QHelpEvent(QEvent.Type.ToolTip, QPoint(60, y), chart.mapToGlobal(QPoint(60, y)))
    assert chart.event(event)


def test_gui_unchanged_project_shows_its_last_results_at_once(qtbot, window, sample_project, monkeypatch):
    """The second opening of a project whose documents did not change needs no pipeline at all;
    a changed document runs it again."""
    import analysis.pipeline

    window.open_project(sample_project, run=False)
    first = run_analysis(qtbot, window)
    calls = []
    real_run = analysis.pipeline.run
    monkeypatch.setattr(analysis.pipeline, "run", lambda *a, **k: calls.append(1) or real_run(*a, **k))
    window.session.dirty = False
    with qtbot.waitSignal(window.runner.finished, timeout=20_000) as done:
        assert window.open_project(sample_project, run=True)
    again = done.args[1]
    assert calls == [] and getattr(again, "from_cache", False)
    assert [f.id for f in again.findings] == [f.id for f in first.findings]
    assert [(lk.source_id, lk.target_id, lk.score) for lk in again.links] == [
        (lk.source_id, lk.target_id, lk.score) for lk in first.links
    ]
    assert again.to_dict() == first.to_dict()
    assert "have not changed" in window.statusBar().currentMessage()
    assert "loading" not in window.pipeline_label.text()
    window.session.project.documents[0].period = (2019, 2025)  # a fact the planner set: run again
    run_analysis(qtbot, window)
    assert calls == [1]
