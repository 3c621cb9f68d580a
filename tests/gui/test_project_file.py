"""save_project / load_project: atomic write, backup, decisions, dismissed findings, old files."""

from __future__ import annotations

import json
import os

import pytest

from analysis.project import PROJECT_SCHEMA, DocumentSpec, Project, ProjectError, load_project, save_project


def test_project_save_and_load_keep_decisions_dismissed_and_unknown_keys(tmp_path):
    (tmp_path / "plan.docx").write_bytes(b"x")
    project = Project(
        name="Kostanay",
        documents=[
            DocumentSpec(
                str(tmp_path / "plan.docx"), level=3, level_name="regional", region="Kostanay", period=(2021, 2025)
            )
        ],
        extra={"owner": "MNE"},
        link_decisions={
            ("a|objective|1.1|x", "s|goal|2|y"): "confirmed",
            ("a|objective|1.2|z", "s|goal|3|w"): "rejected",
        },
        dismissed_findings=["TARGET_CONFLICT-1234abcd"],
    )
    path = tmp_path / "p.concord"
    save_project(project, path)
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["schema"] == PROJECT_SCHEMA
    assert data["documents"][0]["path"] == "plan.docx"  # relative to the project file
    assert {"from": "a|objective|1.1|x", "to": "s|goal|2|y", "status": "confirmed"} in data["link_decisions"]
    assert data["dismissed_findings"] == ["TARGET_CONFLICT-1234abcd"]
    assert data["owner"] == "MNE"
    loaded = load_project(path)
    assert loaded.link_decisions == project.link_decisions
    assert loaded.dismissed_findings == project.dismissed_findings
    assert loaded.extra == {"owner": "MNE"}
    assert loaded.documents[0].period == (2021, 2025)


def test_project_save_keeps_previous_version_as_bak_and_leaves_no_temp_files(tmp_path):
    path = tmp_path / "p.concord"
    save_project(Project(name="first"), path)
    save_project(Project(name="second"), path)
    assert json.loads(path.read_text())["name"] == "second"
    assert json.loads((tmp_path / "p.concord.bak").read_text())["name"] == "first"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.concord", "p.concord.bak"]


def test_project_save_failure_leaves_the_file_untouched(tmp_path, monkeypatch):
    path = tmp_path / "p.concord"
    save_project(Project(name="good"), path)

    def broken_replace(src, dst):
        raise PermissionError(13, "Access is denied")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(ProjectError, match="p.concord"):
        save_project(Project(name="bad"), path)
    assert json.loads(path.read_text())["name"] == "good"
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".tmp"]


def test_project_load_old_files_without_gui_keys(tmp_path):
    path = tmp_path / "old.concord"
    path.write_text(
        json.dumps(
            {"schema": "concord.project/1", "name": "old", "documents": [{"path": "a.docx", "level": "national"}]}
        ),
        encoding="utf-8",
    )
    project = load_project(path)
    assert project.link_decisions == {} and project.dismissed_findings == [] and project.extra == {}


def test_project_load_rejects_malformed_decisions_with_a_message(tmp_path):
    path = tmp_path / "bad.concord"
    path.write_text(
        json.dumps({"documents": [], "link_decisions": [{"from": "a", "status": "maybe"}]}), encoding="utf-8"
    )
    with pytest.raises(ProjectError, match="link decision #1"):
        load_project(path)
