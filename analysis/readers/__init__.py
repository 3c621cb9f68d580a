"""One reader per file format, all behind `read_document(path) -> Document`.

A reader fills `Document.blocks` (headings, paragraphs, list items, tables, in reading
order, each with its Location) and may set `title` and `page_count`. It signals a file it
cannot read by raising `ReaderError` with a one-line message for the planner; any other
exception is caught here too, so one broken file never stops a batch.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from analysis.model import Document, DocumentStatus
from analysis.readers.limits import MB, Limits, default_limits


class ReaderError(Exception):
    """A file that cannot be read, with a message a planner can act on."""


Reader = Callable[[Path, Document, Limits], None]


def _reader_for(suffix: str) -> Reader | None:
    # Imported lazily: a run over text files never pays for pdfplumber or python-docx.
    if suffix == ".docx":
        from analysis.readers.docx_reader import read_docx

        return read_docx
    if suffix == ".xlsx":
        from analysis.readers.xlsx_reader import read_xlsx

        return read_xlsx
    if suffix == ".pdf":
        from analysis.readers.pdf_reader import read_pdf

        return read_pdf
    if suffix in (".txt", ".md"):
        from analysis.readers.text_reader import read_text

        return read_text
    return None


REFUSED_FORMATS = {
    ".docm": "is a macro-enabled Word document (.docm); Concord does not open files with "
    "macros. Save it as .docx in Word (File > Save As > Word Document) and add that copy.",
    ".xlsm": "is a macro-enabled Excel workbook (.xlsm); save it as .xlsx and add that copy.",
    ".doc": "is an old Word 97-2003 file; save it as .docx in Word and add that copy.",
    ".xls": "is an old Excel 97-2003 file; save it as .xlsx in Excel and add that copy.",
}

SUPPORTED_SUFFIXES = (".docx", ".xlsx", ".pdf", ".txt", ".md")


def read_document(path: str | Path, document: Document, limits: Limits | None = None) -> Document:
    """Fill `document` from the file at `path`; never raises for a bad file. A Word draft with
    `document.revision == "before"` is read as it was before its tracked changes.

    Files over the size limits are refused before any parser sees them: a 50 MB text file is
    no plan, and reading it anyway would tie up extraction for minutes (see limits.json).
    """
    path = Path(path)
    limits = limits or default_limits()
    suffix = path.suffix.lower()
    name = path.name
    try:
        if suffix in REFUSED_FORMATS:
            raise ReaderError(f"{name} {REFUSED_FORMATS[suffix]}")
        reader = _reader_for(suffix)
        if reader is None:
            raise ReaderError(
                f"{name}: unsupported file type '{suffix or '(none)'}'; Concord reads {', '.join(SUPPORTED_SUFFIXES)}."
            )
        if not path.is_file():
            raise ReaderError(f"{name}: file not found at {path}.")
        size = path.stat().st_size
        if size == 0:
            raise ReaderError(f"{name}: the file is empty.")
        limit = limits.max_text_mb if suffix in (".txt", ".md") else limits.max_file_mb
        if size > limit * MB:
            raise ReaderError(
                f"{name}: the file is {size / MB:,.0f} MB, over the {limit:,.0f} MB limit for "
                f"{suffix} files; split it or raise the limit in limits.json."
            )
        if document.revision == "before" and suffix == ".docx":
            reader(path, document, limits, tracked="before")  # type: ignore[call-arg]
        else:
            reader(path, document, limits)
    except ReaderError as exc:
        document.status = DocumentStatus.FAILED
        document.error = _one_line(str(exc))
        return document
    except Exception as exc:  # noqa: BLE001 - a hostile file must not kill the batch
        document.status = DocumentStatus.FAILED
        document.error = _one_line(f"{name}: could not be read ({type(exc).__name__}: {exc}).")
        return document
    if not document.title:
        document.title = path.stem.replace("_", " ")
    document.status = DocumentStatus.PARTIAL if document.warnings else DocumentStatus.SUCCESS
    return document


def _one_line(message: str, limit: int = 300) -> str:
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
