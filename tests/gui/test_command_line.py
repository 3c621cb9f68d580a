"""Paths on the command line (and so Windows' "Open with"): a project opens, documents are added."""

from __future__ import annotations


def test_command_line_document_is_added_to_a_new_project(window, sample_documents):
    from gui.app import open_paths

    path = sample_documents / "national_strategy_2025.docx"
    open_paths(window, [str(path)])
    assert [d.path for d in window.session.project.documents] == [str(path)]
    assert window.session.project.path is None


def test_command_line_project_opens(window, sample_project):
    from gui.app import open_paths

    open_paths(window, [str(sample_project)])
    assert window.session.project.path == sample_project


def test_app_icon_is_found():
    from gui.app import app_icon

    assert not app_icon().isNull()
