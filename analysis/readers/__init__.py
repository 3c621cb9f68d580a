"""One reader per file format, all behind `read_document(path) -> Document`.

A reader fills `Document.blocks` (headings, paragraphs, list items, tables, in reading
order, each with its Location) and may set `title` and `page_count`. It signals a file it
cannot read by raising `ReaderError(code, **values)` (a problem of templates/<lang>/problems.json,
worded only where a planner reads it) and what it skipped by a `Problem` in `warnings`; any other
exception is caught here too, so one broken file never stops a batch.

Before any parser (or the cache's hash) reads a byte, `check_file` looks at what the file is:
its name's type, its kind (a regular file, not a pipe, a device or a folder) and its size.
Then the reader runs in a child process with a deadline and a memory cap
(`analysis.readers.isolate`), for every format: a parser stuck in a hostile file is killed,
never the app.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path

from analysis.formats import SUPPORTED_SUFFIXES
from analysis.model import Document, DocumentStatus, Problem
from analysis.readers.docx_reader import read_docx
from analysis.readers.errors import ReaderError, detail, one_line
from analysis.readers.isolate import run_isolated
from analysis.readers.limits import MB, Limits, default_limits
from analysis.readers.pdf_reader import read_pdf, read_pdf_here
from analysis.readers.text_reader import read_text
from analysis.readers.xlsx_reader import read_xlsx
from analysis.resources import folder_in_force, override_folder

__all__ = ["READERS", "SUPPORTED_SUFFIXES", "ReaderError", "check_file", "one_line", "read_document"]


Reader = Callable[[Path, Document, Limits], None]

READERS: dict[str, Reader] = {
    ".docx": read_docx,
    ".xlsx": read_xlsx,
    ".pdf": read_pdf,
    ".txt": read_text,
    ".md": read_text,
}


# The problem (templates/<lang>/problems.json) of a file type Concord refuses by its name.
REFUSED_FORMATS = {
    ".docm": "macro_word_suffix",
    ".xlsm": "macro_excel_suffix",
    ".doc": "old_word_suffix",
    ".xls": "old_excel_suffix",
}

# What the first bytes of a file say it is, for files whose name says otherwise.
_SNIFF_BYTES = 4096


def sniff(head: bytes) -> str | None:
    """The kind of content the first bytes of a file show: 'pdf', 'zip', 'ole' (old binary
    Office, or an encrypted package), 'rtf', 'html', 'spreadsheetml' (Excel 2003 XML), or None."""
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if start.startswith(b"mime-version:") or b"content-type: multipart/related" in start[:1024]:
        return "html"  # a "single file web page" (.mht) Excel and Word save
    if b"urn:schemas-microsoft-com:office:spreadsheet" in start and b"<workbook" in start:
        return "spreadsheetml"
    if start.startswith((b"<!doctype html", b"<html", b"<table", b"<meta")) or (
        start.startswith(b"<") and b"<html" in start
    ):
        return "html"
    return None


_DISGUISED = {
    "html": "disguised_html",
    "rtf": "disguised_rtf",
    "spreadsheetml": "disguised_xml_sheet",
    "zip": "disguised_zip",
}
_OFFICE_NAMES = {
    ".doc": ("an old Word 97-2003 file", "Word", ".docx"),
    ".docx": ("a Word .docx file", "Word", ".docx"),
    ".xls": ("an old Excel 97-2003 file", "Excel", ".xlsx"),
    ".xlsx": ("an Excel .xlsx workbook", "Excel", ".xlsx"),
}


def _disguised(name: str, suffix: str, kind: str | None) -> ReaderError | None:
    """The refusal of an Office-named file whose content is another format than its name says
    (the HTML a reporting system saves as .xls, an .xlsx renamed .xls), or None."""
    if suffix not in _OFFICE_NAMES or kind not in _DISGUISED or (kind == "zip" and suffix in (".docx", ".xlsx")):
        return None
    what, app, target = _OFFICE_NAMES[suffix]
    return ReaderError(_DISGUISED[kind], name=name, suffix=suffix, what=what, app=app, target=target)


def check_file(path: Path, limits: Limits) -> str:
    """Refuse, before a byte of it is read or hashed, a file Concord must not open: a type it
    does not read, something that is not a regular file (a named pipe would block for ever,
    a device never ends), an empty or oversized file, content that is another format than its
    name says. Returns the file's suffix (lower case)."""
    suffix = path.suffix.lower()
    name = path.name
    if suffix not in REFUSED_FORMATS and suffix not in SUPPORTED_SUFFIXES:
        raise ReaderError(
            "unsupported_type", name=name, suffix=suffix or "(none)", supported=", ".join(SUPPORTED_SUFFIXES)
        )
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ReaderError("not_found", name=name, path=str(path)) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL in the path
        raise ReaderError("cannot_open", name=name, detail=_reason(exc)) from None
    if stat.S_ISDIR(info.st_mode):
        raise ReaderError("is_folder", name=name)
    if not stat.S_ISREG(info.st_mode):
        raise ReaderError("not_regular", name=name)
    size = info.st_size
    if size == 0:
        raise ReaderError("empty", name=name)
    limit = limits.max_text_mb if suffix in (".txt", ".md") else limits.max_file_mb
    if size > limit * MB:
        raise ReaderError("too_large", name=name, size=round(size / MB), limit=round(limit), suffix=suffix)
    head = read_head(path)
    disguised = _disguised(name, suffix, sniff(head))
    if disguised:
        raise disguised
    if suffix in REFUSED_FORMATS:
        raise ReaderError(REFUSED_FORMATS[suffix], name=name)
    return suffix


def read_head(path: Path, size: int = _SNIFF_BYTES) -> bytes:
    """The first bytes of a regular file, opened without blocking (a file replaced by a pipe
    after it was checked still cannot stall the read)."""
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ReaderError("cannot_open", name=path.name, detail=_reason(exc)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ReaderError("not_regular", name=path.name)
        return os.read(fd, size)
    except OSError as exc:
        raise ReaderError("cannot_read", name=path.name, detail=_reason(exc)) from None
    finally:
        os.close(fd)


def _reason(exc: BaseException) -> str:
    return one_line(getattr(exc, "strerror", None) or str(exc) or type(exc).__name__)


def read_document(
    path: str | Path, document: Document, limits: Limits | None = None, *, isolate: bool = True
) -> Document:
    """Fill `document` from the file at `path`; never raises for a bad file. A Word draft with
    `document.revision == "before"` is read as it was before its tracked changes.

    Files over the size limits are refused before any parser sees them: a 50 MB text file is
    no plan, and reading it anyway would tie up extraction for minutes (see limits.json). The
    reader runs in a child process with the deadline and memory of limits.json; `isolate=False`
    reads in this process (tests of the readers' own logic).
    """
    path = Path(path)
    limits = limits or default_limits()
    name = path.name
    try:
        suffix = check_file(path, limits)
        if isolate:
            read = run_isolated(
                _read_in_child,
                (str(path), suffix, limits, document.revision, override_folder()),
                name=name,
                timeout=limits.read_timeout_seconds,
                memory_mb=limits.read_memory_mb,
            )
            for field_name in ("blocks", "title", "page_count", "created", "word_count", "warnings", "tracked_changes"):
                setattr(document, field_name, getattr(read, field_name))
        else:
            read_here(path, suffix, document, limits, revision=document.revision)
    except ReaderError as exc:
        document.status = DocumentStatus.FAILED
        document.error = exc.problem
        return document
    except Exception as exc:  # noqa: BLE001 - a hostile file must not kill the batch
        document.status = DocumentStatus.FAILED
        document.error = Problem("could_not_read", {"name": name, "detail": detail(exc)})
        return document
    if not document.title:
        document.title = path.stem.replace("_", " ")
    document.status = DocumentStatus.PARTIAL if document.warnings else DocumentStatus.SUCCESS
    return document


def _read_in_child(
    extend, path: str, suffix: str, limits: Limits, revision: str | None = None, folder: str | None = None
) -> Document:
    """The child process's side of `read_document`: a fresh Document filled by the reader, with
    the parent's rules folder in force (the readers' title cues are a lexicon)."""
    document = Document(id="child", path=path)
    with folder_in_force(folder):
        read_here(Path(path), suffix, document, limits, extend, revision)
    return document


def read_here(
    path: Path, suffix: str, document: Document, limits: Limits, extend=None, revision: str | None = None
) -> None:
    """Run the reader of `suffix` in this process, then refuse what it found no text in or more
    words than limits.json allows (extraction would take minutes). `revision == "before"` reads
    a Word draft as it was before its tracked changes."""
    reader = READERS[suffix]  # check_file let only supported suffixes through
    if suffix == ".pdf":
        read_pdf_here(path, document, limits, extend)
    elif revision == "before" and suffix == ".docx":
        reader(path, document, limits, tracked="before")  # type: ignore[call-arg]
    else:
        reader(path, document, limits)
    tokens = count_tokens(document)
    if tokens > limits.max_words:
        raise ReaderError("too_many_words", name=path.name, count=tokens, limit=limits.max_words)
    if not any(block.text.strip() or block.rows for block in document.blocks):
        raise ReaderError(document.warnings[0] if document.warnings else Problem("no_text", {"name": path.name}))


_TOKEN = re.compile(r"\w+|[^\w\s]")


def count_tokens(document: Document) -> int:
    """Words and punctuation marks of the document's text and tables: what extraction's cost
    grows with (a file of brackets has few words and a token for every character)."""
    total = 0
    for block in document.blocks:
        total += sum(1 for _ in _TOKEN.finditer(block.text))
        for row in block.rows or ():
            total += sum(1 for cell in row for _ in _TOKEN.finditer(cell))
    return total

