"""The file types Concord reads. Light on purpose: the app's file dialogs and drop targets use it
on the GUI thread, without loading the readers (python-docx, openpyxl, pdfplumber)."""

from __future__ import annotations

SUPPORTED_SUFFIXES = (".docx", ".xlsx", ".pdf", ".txt", ".md")


def file_patterns() -> str:
    """'*.docx *.xlsx *.pdf *.txt *.md', for a file dialog's filter."""
    return " ".join(f"*{suffix}" for suffix in SUPPORTED_SUFFIXES)
