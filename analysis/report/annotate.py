"""Annotated copies of the plans: every finding as a comment where the drafter will see it.

A drafter fixes a plan in Word, not in a report, so each finding that concerns a .docx input
becomes a Word comment (author "Concord") in a copy of it, anchored on exactly the quoted
sentence or table cell; an .xlsx input gets cell comments (notes) in a copy. The original is
only ever read.

Finding the place again relies on the docx reader's location rule (`paragraph` = n-th direct
`w:p` of the body = `docx.Document(path).paragraphs[n - 1]`, `table` = n-th direct `w:tbl`,
rows counted without tracked-deleted rows, columns on the merged grid), and on reading the
text the way the reader does (tracked insertions in, deletions and hidden text out), which is
why this module takes the reader's own XML rules rather than restating them.

The anchor is narrowed to the quote by splitting the runs at its first and last character:
each part keeps the run's properties, so the visible text and formatting are unchanged. Where
the quote cannot be isolated the comment covers the whole paragraph or cell; where the place
cannot be found at all, the start of the document (and the comment says so). PDF and text
inputs are skipped with a reason: their findings are in the Word report.
"""

from __future__ import annotations

import os
import warnings
import zipfile
from copy import deepcopy
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import docx
import openpyxl
from docx.text.run import Run
from lxml import etree
from openpyxl.comments import Comment as CellComment
from openpyxl.utils import get_column_letter

from analysis.files import Output, WriteError, check_outputs, path_key, write_with
from analysis.model import AnalysisResult, DocumentStatus, Finding, Location, Quote
from analysis.readers.docx_reader import (  # the reader's rules, so offsets and places agree
    _P,
    _R,
    _SDT,
    _SKIP_TAGS,
    _SPACE_TAGS,
    _T,
    _TC,
    _TR,
    _TXBX_CONTENT,
    _VAL,
    _W,
    _children,
    _is_hidden,
    _is_placeholder,
    _prop_int,
)
from analysis.readers.errors import ReaderError, detail
from analysis.readers.isolate import run_isolated
from analysis.readers.limits import Limits, default_limits
from analysis.readers.xlsx_reader import require_defusedxml
from analysis.report.quotes import normalise_with_positions, quote_variants
from analysis.report.view import ReportView, fill, xml_text

_NO_BREAK_HYPHEN = _W + "noBreakHyphen"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
# Parts of a workbook that openpyxl does not carry over when it saves (they would be missing
# from the annotated copy): zip folder -> name in the template's "xlsx_parts".
_XLSX_DROPPED = {
    "xl/charts/": "charts",
    "xl/media/": "images",
    "xl/pivotTables/": "pivot tables",
    "xl/threadedComments/": "threaded comments",
    "xl/slicers/": "slicers",
}


class AnnotationOutcome(NamedTuple):
    """One per input document, in the result's order: `copy` is the written copy (None when
    skipped); `reason` says why it was skipped, or what the copy lacks, else None. The reason
    does not repeat the file name: the caller shows it beside the document's name."""

    copy: str | None
    reason: str | None

    @property
    def failed(self) -> bool:
        """True when the copy could not be written (a write error, not a skipped document)."""
        return False


class _WriteFailed(AnnotationOutcome):
    __slots__ = ()
    failed = True  # type: ignore[assignment]


@dataclass
class _Note:
    finding: Finding
    evidence: Quote | None  # None: the finding names the document but quotes nothing in it
    index: int  # 1-based among the finding's evidence in this document
    total: int


def annotate_documents(
    result: AnalysisResult, out_dir: str | os.PathLike[str], language: str = "en", limits: Limits | None = None
) -> list[AnnotationOutcome]:
    """Write an annotated copy of each .docx / .xlsx input that findings concern into `out_dir`.

    `out_dir` is made when its parent folder exists (it is the output named); a missing parent is
    refused (WriteError), as is a folder that is an input document. A copy never takes the name
    of an input.

    Each copy is made in a child process with the readers' deadline and memory cap (limits.json):
    opening a planner's file again is parsing untrusted bytes again (a merged range over a
    whole sheet makes openpyxl build a billion cells), so it gets the readers' protection."""
    limits = limits or default_limits()
    view = ReportView(result, language)
    texts = view.t["annotate"]
    out = Path(out_dir)
    check_outputs([Output(str(out), "annotated copies", folder=True)], [d.path for d in result.documents])
    try:
        out.mkdir(exist_ok=True)
    except OSError as exc:
        raise WriteError.from_os_error(out, exc, "annotated copies") from exc
    originals = {path_key(d.path) for d in result.documents}
    used: set[str] = set()
    outcomes: list[AnnotationOutcome] = []
    for document in result.documents:
        source = Path(document.path)
        name = source.name
        suffix = source.suffix.lower()
        if document.status == DocumentStatus.FAILED:
            outcomes.append(
                AnnotationOutcome(None, fill(texts["failed_document"], file=name, error=view.problem(document.error)))
            )
            continue
        if suffix not in (".docx", ".xlsx"):
            outcomes.append(AnnotationOutcome(None, fill(texts["unsupported"], file=name)))
            continue
        notes = _notes(view, document)
        if not notes:
            outcomes.append(AnnotationOutcome(None, fill(texts["no_findings"], file=name)))
            continue
        target = _copy_path(out, source, texts["copy_name"], originals, used)
        job = _Job(
            source=str(source),
            target=str(target),
            notes=[
                _PlacedNote(n.evidence, _comment_lines(view, n, True), _comment_lines(view, n, False)) for n in notes
            ],
            start=view.document_anchor(document),
            author=view.t["comment"]["author"],
            initials=view.t["comment"]["initials"],
        )
        try:
            lost = run_isolated(
                _annotate_in_child,
                (job,),
                name=name,
                timeout=limits.read_timeout_seconds,
                memory_mb=limits.read_memory_mb,
            )
        except ReaderError as exc:  # the child's deadline, memory cap or an error in it
            error = view.problem(exc.problem).removeprefix(f"{name}: ")
            outcomes.append(AnnotationOutcome(None, fill(texts["write_failed"], file=name, error=error)))
            continue
        if isinstance(lost, _ChildWriteError):  # this copy was not written; the others may still be
            outcomes.append(_WriteFailed(None, fill(texts["write_failed"], file=name, error=lost.reason_text)))
            continue
        reason = None
        if lost:
            parts = ", ".join(view.t["xlsx_parts"].get(part, part) for part in lost)
            reason = fill(view.t["annotate"]["xlsx_lost_parts"], file=name, parts=parts)
        outcomes.append(AnnotationOutcome(str(target), reason))
    return outcomes


@dataclass
class _PlacedNote:
    """A note as the child process needs it: where, and its comment lines whether its place was
    found or not (the child finds out)."""

    evidence: Quote | None
    placed_lines: list[str]
    unplaced_lines: list[str]


@dataclass
class _Job:
    """One annotated copy to make, in plain data (it crosses to a child process)."""

    source: str
    target: str
    notes: list[_PlacedNote]
    start: Quote | None  # where a note about the whole document goes
    author: str
    initials: str


@dataclass
class _ChildWriteError:
    """A WriteError in the child, sent back as data (its wording for the outcome)."""

    reason_text: str


def _annotate_in_child(extend, job: _Job) -> list[str] | _ChildWriteError:
    """Make the copy; the parts of a workbook openpyxl did not carry over (empty for .docx)."""
    try:
        if job.source.lower().endswith(".docx"):
            _annotate_docx(job)
            return []
        return _annotate_xlsx(job)
    except WriteError as exc:
        return _ChildWriteError(exc.reason_text)
    except Exception as exc:  # noqa: BLE001 - one file's failure must not stop the others
        return _ChildWriteError(detail(exc))


def _notes(view: ReportView, document) -> list[_Note]:
    notes: list[_Note] = []
    for finding in view.findings_for(document):
        evidence = view.evidence_in(finding, document)
        if evidence:
            notes.extend(_Note(finding, e, n, len(evidence)) for n, e in enumerate(evidence, 1))
        else:
            notes.append(_Note(finding, None, 1, 1))
    return notes


def _copy_path(out: Path, source: Path, template: str, originals: set[str], used: set[str]) -> Path:
    """A name in `out` that is neither an input file nor a copy already written in this run."""
    base = fill(template, stem=source.stem, suffix=source.suffix)
    candidate = out / base
    n = 1
    while path_key(candidate) in originals or path_key(candidate) in used:
        n += 1
        candidate = out / f"{Path(base).stem} {n}{source.suffix}"
    used.add(path_key(candidate))
    return candidate


def _comment_lines(view: ReportView, note: _Note, placed: bool) -> list[str]:
    """The comment text, paragraph by paragraph (the first is shown bold)."""
    c = view.t["comment"]
    finding = note.finding
    reference = fill(c["reference"], code=finding.code, id=finding.id)
    if note.index > 1:
        return [fill(c["more_evidence"], n=note.index, total=note.total, title=finding.title), reference]
    lines = [fill(c["title"], severity=view.severity(finding), title=finding.title), finding.message]
    if note.evidence is None:
        lines.append(c["document_level"])
    elif not placed:
        lines.append(c["not_located"])
    if finding.suggestion:
        lines.append(fill(c["suggestion"], suggestion=finding.suggestion))
    lines.append(reference)
    return lines


# -- Word ------------------------------------------------------------------------------------------
def _annotate_docx(job: _Job) -> None:
    word = docx.Document(job.source)
    body = word.element.body
    paragraphs = [p for p in body if p.tag == _P]  # = word.paragraphs, without the wrappers
    tables = [t for t in body if t.tag == _W + "tbl"]
    for note in job.notes:
        evidence = note.evidence or job.start
        anchor = _locate(body, paragraphs, tables, evidence) if evidence else None
        placed = anchor is not None
        if anchor is None:
            anchor = _first_text(body)
        if anchor is None:
            continue  # a document with no text at all: nothing to hang a comment on
        lines = note.placed_lines if placed or note.evidence is None else note.unplaced_lines
        comment = word.add_comment(
            [Run(anchor[0], word), Run(anchor[1], word)],
            text=xml_text(lines[0]),
            author=job.author,
            initials=job.initials,
        )
        for run in comment.paragraphs[0].runs:
            run.bold = True
        for line in lines[1:]:
            comment.add_paragraph(xml_text(line))
    write_with(job.target, word.save, label="annotated copy")


class _Flow:
    """The visible text of one or more paragraphs, each character with the run that shows it
    and its offset in that run (None for the space put between paragraphs)."""

    def __init__(self, paragraphs: list[etree._Element]) -> None:
        chars: list[str] = []
        self.owners: list[tuple[etree._Element, int] | None] = []
        for n, p in enumerate(paragraphs):
            if n and chars:
                chars.append(" ")
                self.owners.append(None)
            self._collect(p, chars)
        self.text = "".join(chars)

    def _collect(self, el: etree._Element, chars: list[str]) -> None:
        for child in el:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP_TAGS or tag == _TXBX_CONTENT:
                continue
            if tag == _R:
                if not _is_hidden(child):
                    for offset, char in enumerate(_run_chars(child)):
                        chars.append(char)
                        self.owners.append((child, offset))
            elif tag == _SDT and _is_placeholder(child):
                continue
            else:
                self._collect(child, chars)

    def runs(self) -> tuple[etree._Element, etree._Element] | None:
        owned = [o for o in self.owners if o is not None]
        return (owned[0][0], owned[-1][0]) if owned else None

    def find(self, quote: str) -> tuple[int, int] | None:
        """(first, last) character index of the quote in this text, or None."""
        normal, positions = normalise_with_positions(self.text)
        for variant in quote_variants(quote):
            at = normal.find(variant)
            if at >= 0:
                return positions[at], positions[at + len(variant) - 1]
        return None

    def isolate(self, first: int, last: int) -> tuple[etree._Element, etree._Element] | None:
        """Split runs so that a run starts at `first` and one ends at `last`; return them."""
        start, end = self.owners[first], self.owners[last]
        if start is None or end is None:
            return None
        first_run, first_offset = start
        last_run, last_offset = end
        if last_offset + 1 < len(_run_chars(last_run)):
            _split_run(last_run, last_offset + 1)
        if first_offset > 0:
            tail = _split_run(first_run, first_offset)
            if first_run is last_run:
                last_run = tail
            first_run = tail
        return first_run, last_run


def _run_chars(run: etree._Element) -> str:
    """The characters a run shows, as the reader counts them (tab and break = one space)."""
    out = []
    for child in run:
        if child.tag == _T:
            out.append(child.text or "")
        elif child.tag in _SPACE_TAGS:
            out.append(" ")
        elif child.tag == _NO_BREAK_HYPHEN:
            out.append("-")
    return "".join(out)


def _split_run(run: etree._Element, at: int) -> etree._Element:
    """Cut `run` before its character `at`; the new run (same properties) follows it and is
    returned. Zero-width content (page-break marks, drawings) at the cut goes with the tail."""
    tail = deepcopy(run)
    for child in list(tail):
        if child.tag != _W + "rPr":
            tail.remove(child)
    position = 0
    for child in list(run):
        if child.tag == _W + "rPr":
            continue
        length = (
            len(child.text or "") if child.tag == _T else int(child.tag in _SPACE_TAGS or child.tag == _NO_BREAK_HYPHEN)
        )
        if position >= at:
            run.remove(child)
            tail.append(child)
        elif position + length > at:  # a w:t that straddles the cut
            cut = at - position
            piece = deepcopy(child)
            piece.text = child.text[cut:]
            child.text = child.text[:cut]
            child.set(_XML_SPACE, "preserve")
            piece.set(_XML_SPACE, "preserve")
            tail.append(piece)
        position += length
    run.addnext(tail)
    return tail


def _locate(
    body: etree._Element, paragraphs: list[etree._Element], tables: list[etree._Element], evidence: Quote
) -> tuple[etree._Element, etree._Element] | None:
    """First and last run to anchor on: the quote in its located paragraph or cell, else the
    quote anywhere in the document, else the whole located paragraph or cell."""
    located = _located_flows(paragraphs, tables, evidence.location)
    for flow in located:
        span = flow.find(evidence.quote)
        if span:
            anchor = flow.isolate(*span)
            if anchor:
                return anchor
    for p in body.iter(_P):
        flow = _Flow([p])
        span = flow.find(evidence.quote)
        if span:
            anchor = flow.isolate(*span)
            if anchor:
                return anchor
    for flow in located[:1]:
        return flow.runs()
    return None


def _located_flows(paragraphs: list[etree._Element], tables: list[etree._Element], location: Location) -> list[_Flow]:
    """Where the location points: the paragraph; or the cell, then the rest of its row."""
    if location.table:
        if not 1 <= location.table <= len(tables):
            return []
        rows = [tr for tr in _children(tables[location.table - 1], _TR) if not _row_deleted(tr)]
        if not location.row or not 1 <= location.row <= len(rows):
            return []
        cells = _row_cells(rows, location.row - 1)
        if location.column:
            chosen = next((tc for col, span, tc in cells if col <= location.column - 1 < col + span), None)
            if chosen is not None:
                cells.sort(key=lambda cell: cell[2] is not chosen)  # the located cell first
        return [_Flow(list(tc.iter(_P))) for _, _, tc in cells]
    if location.paragraph and 1 <= location.paragraph <= len(paragraphs):
        return [_Flow([paragraphs[location.paragraph - 1]])]
    return []


def _row_deleted(tr: etree._Element) -> bool:
    pr = tr.find(_W + "trPr")
    return pr is not None and pr.find(_W + "del") is not None


def _row_cells(rows: list[etree._Element], r: int) -> list[tuple[int, int, etree._Element]]:
    """(first grid column, span, cell) of row r; a cell continuing a vertical merge is replaced
    by the cell that starts the merge (that one holds the text)."""
    out = []
    for col, span, tc in _grid(rows[r]):
        above = r
        while _vmerge_continues(tc) and above > 0:
            above -= 1
            tc = next((t for c, s, t in _grid(rows[above]) if c <= col < c + s), tc)
        out.append((col, span, tc))
    return out


def _grid(tr: etree._Element) -> list[tuple[int, int, etree._Element]]:
    col = _prop_int(tr.find(_W + "trPr"), "gridBefore", 0)
    cells = []
    for tc in _children(tr, _TC):
        span = max(1, _prop_int(tc.find(_W + "tcPr"), "gridSpan", 1))
        cells.append((col, span, tc))
        col += span
    return cells


def _vmerge_continues(tc: etree._Element) -> bool:
    pr = tc.find(_W + "tcPr")
    merge = pr.find(_W + "vMerge") if pr is not None else None
    return merge is not None and (merge.get(_VAL) or "continue") == "continue"


def _first_text(body: etree._Element) -> tuple[etree._Element, etree._Element] | None:
    for p in body.iter(_P):
        runs = _Flow([p]).runs()
        if runs:
            return runs
    return None


# -- Excel -----------------------------------------------------------------------------------------
def _annotate_xlsx(job: _Job) -> list[str]:
    """Cell comments in a copy; returns the parts of the original the copy lacks."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about every extension it does not read
        require_defusedxml()
        book = openpyxl.load_workbook(job.source, rich_text=True)
    by_cell: dict[tuple[str, str], list[str]] = {}
    for note in job.notes:
        evidence = note.evidence or job.start
        place = _xlsx_place(book, evidence) if evidence else None
        placed = place is not None
        if place is None:
            place = (book.worksheets[0].title, "A1")
        lines = note.placed_lines if placed or note.evidence is None else note.unplaced_lines
        by_cell.setdefault(place, []).append("\n".join(lines))
    for (sheet, coordinate), texts in by_cell.items():
        cell = book[sheet][coordinate]
        if cell.comment is not None and cell.comment.text:  # keep the planner's own note first
            texts = [cell.comment.text, *texts]
        cell.comment = CellComment(
            xml_text("\n\n".join(texts)), job.author, width=360, height=min(600, 120 * len(texts))
        )
    write_with(job.target, book.save, label="annotated copy")
    with zipfile.ZipFile(job.source) as package:
        names = package.namelist()
    return [part for folder, part in _XLSX_DROPPED.items() if any(n.startswith(folder) for n in names)]


def _xlsx_place(book, evidence: Quote) -> tuple[str, str] | None:
    """(sheet, cell) of the evidence: its address, else the cell in its sheet (or row) whose
    text holds the quote."""
    location = evidence.location
    if location.sheet not in book.sheetnames:
        return None
    ws = book[location.sheet]
    if location.cell:
        return ws.title, location.cell
    if location.row and location.column:
        return ws.title, f"{get_column_letter(location.column)}{location.row}"
    variants = quote_variants(evidence.quote)
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is None or (location.row and cell.row != location.row):
                continue
            text = normalise_with_positions(str(cell.value))[0]
            if any(v in text for v in variants):
                return ws.title, cell.coordinate
    return None
