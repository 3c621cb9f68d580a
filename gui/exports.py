"""Export menu: Word gap report, annotated copies of the plans, Excel workbook.

The writers live in `analysis.report`; they are imported when the planner exports, in the
worker thread (python-docx and openpyxl, which brings numpy, stay off the GUI thread).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


@dataclass(frozen=True)
class ExportKind:
    key: str
    function: str  # the writer's name in analysis.report
    suffix: str  # "" = a folder
    label: str
    file_filter: str


def export_kinds() -> list[ExportKind]:
    return [
        ExportKind("word", "write_word_report", ".docx", translate("Export", "Word gap report"),
                   translate("Export", "Word document (*.docx)")),
        ExportKind("annotated", "annotate_documents", "", translate("Export", "Annotated copies"), ""),
        ExportKind("excel", "write_excel_report", ".xlsx", translate("Export", "Excel workbook"),
                   translate("Export", "Excel workbook (*.xlsx)")),
    ]


def writer(kind: ExportKind):
    """The kind's writer; called in the worker thread, where the report writers are loaded."""
    from analysis import report  # heavy (python-docx, openpyxl, numpy): in the worker thread

    return getattr(report, kind.function)


def export_work(kind: ExportKind, result, destination: str, language: str = "en", changes=None):
    """Work for a gui.worker.Job: write the export in `language` (en, ru, kk), return the destination.
    `changes`: the comparison with the last drafts, for the Word report and the workbook."""

    def work(progress, cancelled):
        progress(0.1, translate("Export", "Writing {0}").format(Path(destination).name))
        extra = {"changes": changes} if changes is not None and kind.key in ("word", "excel") else {}
        outcome = writer(kind)(result, destination, language=language, **extra)
        progress(1.0, translate("Export", "Done"))
        return ExportDone(destination, notes(result, outcome))

    return work


@dataclass(frozen=True)
class ExportDone:
    destination: str
    notes: list[str]  # what a writer skipped or could not do, one line per document


def notes(result, outcome) -> list[str]:
    """Per-document remarks from a writer that returns one outcome per document, each with a
    `reason` (annotate_documents does); other writers return nothing to remark on."""
    if not isinstance(outcome, list):
        return []
    lines = []
    for document, entry in zip(result.documents, outcome, strict=False):
        reason = getattr(entry, "reason", None)
        if reason:
            lines.append(f"{Path(document.path).name}: {reason}")
    return lines


def default_name(project_name: str, kind: ExportKind) -> str:
    safe = "".join(c for c in project_name if c not in '<>:"/\\|?*').strip() or "Concord"
    names = {"word": translate("Export", "gap report"), "excel": translate("Export", "findings"),
             "annotated": translate("Export", "annotated")}
    return f"{safe} – {names[kind.key]}{kind.suffix}"
