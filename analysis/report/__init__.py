"""Reports a planner takes away: the Word gap report, the Excel workbook, annotated copies.

    write_word_report(result, "gap report.docx")
    write_excel_report(result, "findings.xlsx")
    annotate_documents(result, "annotated/")  -> [(copy path or None, reason or None), ...]

All wording comes from `resources/templates/<language>/report.json`, so a ministry can adapt
or translate it without touching code; the reports show only what the analysis found.
"""

from __future__ import annotations

from analysis.report.annotate import AnnotationOutcome, annotate_documents
from analysis.report.excel import write_changes_workbook, write_excel_report
from analysis.report.word import write_changes_report, write_word_report

__all__ = [
    "AnnotationOutcome",
    "annotate_documents",
    "write_changes_report",
    "write_changes_workbook",
    "write_excel_report",
    "write_word_report",
]
