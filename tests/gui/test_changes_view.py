"""The Changes view: after the analysis of a project whose document has an earlier draft, the
comparison arrives by itself; it filters by kind, shows both versions side by side with the
difference marked and the place of the item in each; a Word draft with tracked changes is
compared before/after them with one click; a file named like plan_v2.docx next to plan_v1.docx
is offered as an earlier draft; the Word export then starts with "What changed"."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from conftest import ROOT, run_analysis
from PySide6.QtWidgets import QMessageBox

DRAFTS = ROOT / "resources" / "samples" / "drafts" / "en"


@pytest.fixture()
def drafts_project(tmp_path) -> Path:
    for path in DRAFTS.glob("*.docx"):
        shutil.copy2(path, tmp_path / path.name)
    shutil.copy2(DRAFTS / "drafts.concord", tmp_path / "drafts.concord")
    return tmp_path / "drafts.concord"


@pytest.fixture()
def compared(qtbot, window, drafts_project):
    assert window.open_project(drafts_project, run=False)
    with qtbot.waitSignal(
        window.session.comparison_changed,
        timeout=120_000,
        check_params_cb=lambda *a: window.session.comparison is not None,
    ):
        run_analysis(qtbot, window, timeout=120_000)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=30_000)
    return window


def test_changes_view_fills_after_the_analysis(compared):
    view = compared.changes_view
    comparison = compared.session.comparison
    assert comparison.new is compared.session.result and comparison.mode == "versions"
    assert view.model.rowCount() == len(comparison.changes) >= 17
    assert "regional_plan_v1.docx → regional_plan_v2.docx" in view.summary.text()
    assert compared.tabs.tabText(compared.CHANGES) == "Changes"


def test_changes_view_filters_by_kind(compared):
    view = compared.changes_view
    view.set_kind_filter("attributes")
    assert view.visible_groups() == ["attributes"] * 3
    view.set_kind_filter("finding_new")
    assert view.proxy.rowCount() == 1
    view.set_kind_filter(None)
    view.search.setText("tourism")
    assert 0 < view.proxy.rowCount() < view.model.rowCount()


def test_changes_view_shows_both_versions_with_the_difference_marked(compared):
    view = compared.changes_view
    view.set_kind_filter("reworded")
    view.select_row(0)
    change = view.current_change()
    assert change.kind == "reworded"
    after = view.after.diff.toHtml()
    assert "and digital technologies" in after and "underline" in after
    assert "digital" not in view.before.diff.toPlainText()
    # the place in each version: the item highlighted in the whole text of that draft
    assert view.before.highlighted_text() == change.old_item.text
    assert view.after.highlighted_text() == change.new_item.text
    assert "regional_plan_v1.docx" in view.before.title.text() and "regional_plan_v2.docx" in view.after.title.text()
    view.set_kind_filter("removed")
    view.select_row(0)
    assert "line-through" in view.before.diff.toHtml() and view.after.highlighted_text() == ""


def test_changes_view_word_export_starts_with_what_changed(qtbot, compared, tmp_path):
    from gui import exports

    kind = next(k for k in exports.export_kinds() if k.key == "word")
    with qtbot.waitSignal(compared.runner.finished, timeout=60_000):
        assert compared.start_export(kind, compared.session.result_for_export(), str(tmp_path / "r.docx"))
    headings = [p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs if p.style.name == "Heading 1"]
    assert headings[1] == "What changed since the last draft"


def test_changes_view_tracked_changes_one_click(qtbot, window, tmp_path):
    for name in ("national_plan.docx", "regional_plan_tracked.docx"):
        shutil.copy2(DRAFTS / name, tmp_path / name)
    project = {
        "schema": "concord.project/1",
        "name": "t",
        "documents": [
            {"path": "national_plan.docx", "level": 1, "level_name": "national"},
            {"path": "regional_plan_tracked.docx", "level": 2, "level_name": "regional"},
        ],
    }
    (tmp_path / "t.concord").write_text(json.dumps(project), encoding="utf-8")
    assert window.open_project(tmp_path / "t.concord", run=False)
    run_analysis(qtbot, window, timeout=120_000)
    assert window.session.comparison is None  # no versions: nothing compared by itself
    row = window.documents_view.model.index(1, window.documents_view.model.STATUS)
    assert "tracked changes accepted" in row.data()
    view = window.changes_view
    assert view.tracked_button.isEnabled()
    (action,) = view.tracked_menu.actions()
    with qtbot.waitSignal(window.session.comparison_changed, timeout=60_000):
        action.trigger()
    comparison = window.session.comparison
    assert comparison.mode == "tracked" and comparison.counts()["removed"] == 2
    assert "before → after its tracked changes" in view.summary.text()


def test_changes_view_earlier_draft_offered_when_adding(qtbot, window, tmp_path, monkeypatch):
    for name in ("regional_plan_v1.docx", "regional_plan_v2.docx"):
        shutil.copy2(DRAFTS / name, tmp_path / name)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    window.add_document_paths([str(tmp_path / "regional_plan_v2.docx")])
    assert asked and "regional_plan_v1.docx looks like an earlier draft of regional_plan_v2.docx" in asked[0]
    (spec,) = window.session.project.documents
    assert Path(spec.path).name == "regional_plan_v2.docx"
    assert [Path(v).name for v in spec.versions] == ["regional_plan_v1.docx"]
    assert "(+1 earlier)" in window.documents_view.model.index(0, 0).data()
    window.session.make_current(0, spec.versions[0])
    assert Path(window.session.project.documents[0].path).name == "regional_plan_v1.docx"
    # both drafts added at once: one document with its earlier draft, not two documents
    window.session.new_project()
    window.add_document_paths([str(tmp_path / "regional_plan_v1.docx"), str(tmp_path / "regional_plan_v2.docx")])
    assert [(Path(s.path).name, [Path(v).name for v in s.versions]) for s in window.session.project.documents] == [
        ("regional_plan_v2.docx", ["regional_plan_v1.docx"])
    ]


def test_changes_view_missing_earlier_draft_is_said_not_compared(qtbot, compared, tmp_path):
    """An earlier draft that is gone: one error naming it, not every item listed as added."""
    spec = compared.session.project.documents[1]
    spec.versions = [str(tmp_path / "gone_v1.docx")]
    with qtbot.waitSignal(compared.runner.failed, timeout=60_000):
        assert compared.compare_drafts("versions", -1)
    assert "gone_v1.docx" in compared.last_error.text
    assert compared.session.comparison is not None  # the last good comparison stays
