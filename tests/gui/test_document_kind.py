"""The Documents table says what Concord took each document for, and the planner corrects it:
the findings' severity follows at once and the choice is kept in the project file."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt

from gui.models.documents import DocumentListModel


def _row(model: DocumentListModel, name: str) -> int:
    return next(r for r in range(model.rowCount()) if model.index(r, DocumentListModel.FILE).data() == name)


def test_document_kind_shown_and_corrected(qtbot, window, analysed, tmp_path):
    model = window.documents_view.model
    row = _row(model, "kostanay_livestock_plan_2022_2026.docx")
    cell = model.index(row, DocumentListModel.KIND)
    assert cell.data() == "plan / programme"
    assert "took this document for" in cell.data(Qt.ItemDataRole.ToolTipRole)
    session = window.session
    livestock = session.result_document_for(model.specs[row])

    def missing(document_id):
        return [f for f in session.result.findings if f.code.startswith("MISSING_") and document_id in f.document_ids]

    assert any(f.severity.value == "high" for f in missing(livestock.id))
    assert model.setData(cell, "analysis", Qt.ItemDataRole.EditRole)
    assert not missing(livestock.id)  # an analytical input is not judged as a plan
    assert cell.data() == "analysis" and not session.stale
    assert "You set" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(cell, "ndc", Qt.ItemDataRole.EditRole)
    assert missing(livestock.id) and all(f.severity.value in ("low", "medium", "info") for f in missing(livestock.id))
    path = tmp_path / "kinds.concord"
    session.save_project(path)
    saved = json.loads(path.read_text(encoding="utf-8"))
    assert [d.get("kind") for d in saved["documents"]].count("ndc") == 1
    assert model.setData(cell, "", Qt.ItemDataRole.EditRole)  # back to what Concord reads
    assert model.specs[row].kind is None and cell.data() == "plan / programme"
