"""PDF reader (pdfplumber): rebuilds headings, paragraphs, list items and tables from word boxes.

A PDF has no paragraphs, only positioned words, so structure is inferred:
- words are grouped into lines (content-stream order, which keeps columns apart), lines into
  paragraphs by vertical gap, indentation, a change of font size or weight, a list marker or
  a section number ("4.1."), and a short last line ending a sentence; a line that starts in
  lowercase after one without final punctuation always continues the sentence;
- body text = the most common font size (and font) by character count over the document. A
  short paragraph set at least 15% larger, or bold at body size, or 5% larger in a font of its
  own (producers that hide font names still use a separate font for headings) is a HEADING
  unless it ends like a sentence, starts in lowercase or has dot leaders (a contents entry).
  Levels rank the heading styles: larger first, then bold, then ALL CAPS; capped at 6;
- running headers and footers (same text, page numbers ignored, among the two top or bottom
  lines of more than half of the pages, or of the odd or the even pages) and bare page numbers
  are dropped, from the text and from the first or last row of a table drawn under them;
- lines starting with a bullet become LIST_ITEMs without the glyph; enumerators such as
  "a)", "(i)", "1)", "2." start a LIST_ITEM and stay in the text;
- ruled tables found by `page.find_tables()` become TABLE blocks placed by their top edge, and
  their words are left out of the running text; boxes around a paragraph and highlighted lines
  are not tables; all-empty rows and columns are dropped;
- "develop-" + "ment" across a line break is joined, and a paragraph that runs on to the next
  page is joined when it clearly continues;
- fragments with fewer than two letters (chart axes, vertical captions) are left out.

Location: `page` on every block, `paragraph` = running index of text blocks in the document,
`table` = running index of tables. Pages are closed as soon as they are read so memory stays
bounded on long documents.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

import pdfplumber
from pdfplumber.utils.exceptions import PdfminerException

from analysis.model import FOOTNOTE_STYLE, Block, BlockKind, Document, Location, Problem
from analysis.readers._common import (
    TitleCandidate,
    choose_title,
    clean,
    count_words,
    is_enumerated,
    mark_unmarked_lists,
    reader_error,
    split_bullet,
    starts_section_number,
)
from analysis.readers.isolate import Notify
from analysis.readers.limits import Limits, default_limits
from analysis.readers.pdf_page import PageView
from analysis.readers.pdf_tables import page_tables
from analysis.readers.plan_name import named_title

HEADING_SIZE_RATIO = 1.15  # a line this much larger than body text may be a heading
MAX_HEADING_WORDS = 15  # bold body-size lines longer than this are emphasis, not headings
MAX_CAPS_HEADING_WORDS = 40  # ... unless set in capitals (official titles run long)
MAX_SIZE_HEADING_WORDS = 25  # large-type paragraphs longer than this are call-outs, not headings
DISTINCT_FONT_RATIO = 1.05  # ... or this much larger in a font of its own
MAX_HEADING_LEVEL = 6
TITLE_PAGES = 4  # the cover, a decree, a title page: where a plan states its title
PLAIN_TITLE_LINES = 3  # a cover in body type: its title is among the first lines
FOOTNOTE_SIZE = 0.9  # footnotes are set at most this size of the body text ...
_FOOTNOTE_MARK = re.compile(r"^(?:\d{1,3}|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+)\s*[^\W\d_(]")  # ... and open with a note mark
FURNITURE_DEPTH = 2  # lines from the top and from the bottom of a page that may be header/footer
RUN_PAGES, RUN_WINDOW = 3, 6  # a top or bottom line on 3 of 6 pages in a row is a chapter's running header
PARAGRAPH_GAP = 0.8  # vertical gap (in line heights) that starts a new paragraph ...
PARAGRAPH_EXTRA_GAP = 0.45  # ... or this much more than the usual gap between lines of that size

_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demibold", re.IGNORECASE)
_CID_RE = re.compile(r"\(cid:\d+\)")
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
_PAGE_NUMBER_RE = re.compile(
    r"^[\W_]*(?:page|p\.|стр\.?|бет)?\s*(?:\d{1,4}|[ivxlcdm]{1,7})(?:\s*(?:of|/|из)\s*\d{1,4})?[\W_]*$",
    re.IGNORECASE,
)
_SENTENCE_END = tuple(".!?:;")
# a decimal figure and then no capitalised word: '12.1 MtCO2e', '1.89 tonnes' (not '1.2 Improve ...')
_FIGURE_GOES_ON = re.compile(r"^\d{1,3}[.,]\d+\s+(?![A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][a-zа-яёәғқңөұүһі]{2,}\b)\S")
_OPENING_QUOTES = "“\"«‘'„"
_CLOSING_QUOTES = "”\"»’'“"
# Dot leaders of a table of contents ("Foreword ........ 4"); three dots are an ellipsis.
_LEADERS_RE = re.compile(r"(?:\.\s?){4,}|…{2,}|_{4,}")
_ROMAN_TOKEN_RE = re.compile(r"\b[ivxlcdm]{1,7}\b")
# Titles that word processors write into PDF properties by themselves.
_JUNK_TITLE_RE = re.compile(r"^(microsoft word|untitled|document\d*$)|\.(docx?|pdf|indd|rtf)$", re.IGNORECASE)


@dataclass
class _Line:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    font: str
    bold: bool
    starts_list: bool = False
    starts_section: bool = False  # "4.1. ...": a new paragraph, though not a list item
    leaders: bool = False  # "Foreword ........ 4": a table-of-contents entry, never a heading
    first_width: float = 0.0  # width of the first word: whether it would have fitted on the line above


@dataclass
class _Para:
    lines: list[_Line]
    page: int
    footnote: bool = False  # small type at the foot of the page: a note, never a statement

    @property
    def top(self) -> float:
        return self.lines[0].top

    @property
    def size(self) -> float:
        return self.lines[0].size

    @property
    def font(self) -> str:
        return self.lines[0].font

    @property
    def bold(self) -> bool:
        return all(line.bold for line in self.lines)

    @cached_property
    def text(self) -> str:
        out = self.lines[0].text
        for line in self.lines[1:]:
            out = _join_lines(out, line.text)
        return out


@dataclass
class _Page:
    number: int
    height: float = 0.0
    lines: list[_Line] = field(default_factory=list)
    tables: list[tuple[float, list[list[str]]]] = field(default_factory=list)  # (top, rows)
    # Texts of the top-most and bottom-most lines over the whole page, tables included: running
    # headers are found from these, then removed from the text and from table edges.
    edge_texts: list[str] = field(default_factory=list)
    scanned: bool = False
    # characters on a page where none could be read: type under 3 points, or turned
    unreadable_chars: int = 0


def _join_lines(left: str, right: str) -> str:
    """Join two lines of a paragraph, undoing end-of-line hyphenation ("develop-" + "ment")."""
    if left.endswith("\xad"):
        return left[:-1] + right
    if len(left) >= 2 and left[-1] == "-" and left[-2].isalpha() and right[:1].islower():
        return left[:-1] + right
    return f"{left} {right}"


def _text_of(word: dict[str, Any]) -> str:
    return _CID_RE.sub("", word["text"]).translate(_LIGATURES)


# Text recognised from a scan reads a capital O as a zero at the start of a word ("0bjectives").
_OCR_ZERO_RE = re.compile(r"(?<![\w,])0(?=[a-z]{3,}\b)")


def _make_line(words: list[dict[str, Any]]) -> _Line | None:
    raw = " ".join(_text_of(w) for w in words)
    text = clean(_OCR_ZERO_RE.sub("O", _LEADERS_RE.sub(" ", raw)))
    if not text:
        return None
    by_size: Counter[float] = Counter()
    by_font: Counter[str] = Counter()
    for w in words:
        by_size[round(w["size"] * 2) / 2] += len(w["text"])
        by_font[w.get("fontname") or ""] += len(w["text"])
    font = by_font.most_common(1)[0][0]
    bold_chars = sum(n for name, n in by_font.items() if _BOLD_RE.search(name))
    bullet, _ = split_bullet(text)
    return _Line(
        text=text,
        x0=min(w["x0"] for w in words),
        x1=max(w["x1"] for w in words),
        top=min(w["top"] for w in words),
        bottom=max(w["bottom"] for w in words),
        size=by_size.most_common(1)[0][0],
        font=font,
        bold=bold_chars * 2 > sum(by_font.values()),
        # An unmapped glyph "(cid:127)" as the first word of a line is almost always a bullet.
        starts_list=bullet or is_enumerated(text) or bool(_CID_RE.fullmatch(words[0]["text"])),
        starts_section=starts_section_number(text),
        leaders=text != clean(raw),
        first_width=words[0]["x1"] - words[0]["x0"],
    )


def _lines_from_words(words: list[dict[str, Any]]) -> list[_Line]:
    """Group words (in content-stream order) into lines: overlapping vertically, moving right."""
    lines: list[_Line] = []
    current: list[dict[str, Any]] = []
    top = bottom = 0.0
    for w in words:
        if not w.get("upright", True) or w["size"] < 3:
            continue  # rotated chart labels and invisible micro-text
        if current:
            overlap = min(bottom, w["bottom"]) - max(top, w["top"])
            height = min(bottom - top, w["bottom"] - w["top"]) or 1.0
            if overlap < 0.5 * height or w["x0"] < current[-1]["x1"] - w["size"]:
                line = _make_line(current)
                if line:
                    lines.append(line)
                current = []
        if not current:
            top, bottom = w["top"], w["bottom"]
        current.append(w)
        top, bottom = min(top, w["top"]), max(bottom, w["bottom"])
    line = _make_line(current) if current else None
    if line:
        lines.append(line)
    return lines


def _edge_band(lines: list[_Line], pick: Any) -> list[_Line]:
    """The lines at the very top (pick=min) or bottom (pick=max) of a page: one band, possibly
    several lines side by side (a two-page spread has two running footers)."""
    if not lines:
        return []
    edge = pick(ln.top for ln in lines)
    return [ln for ln in lines if abs(ln.top - edge) <= 0.5 * ln.size]


def _read_page(page: Any, number: int, warnings: list[Problem], name: str, budget: _TableBudget | None = None) -> _Page:
    """Words and tables of one page; the caller closes the page afterwards. Past the time
    `budget` allows for finding tables (ruled or rebuilt from the words), none are looked for."""
    out = _Page(number=number)
    view = PageView(page)
    out.height = view.height
    words = view.extract_words()
    if budget is None or budget.allows(number):
        started = time.monotonic()
        tables, text_words = page_tables(view, words, warnings, name)
        if budget is not None:
            budget.spent += time.monotonic() - started
    else:  # the time for finding tables is spent: the page's words are its text
        tables, text_words = [], words
    all_lines = _lines_from_words(words)
    out.lines = _lines_from_words(text_words)
    for pick in (min, max):
        rest = all_lines
        for _ in range(FURNITURE_DEPTH):
            band = _edge_band(rest, pick)
            out.edge_texts.extend(ln.text for ln in band)
            rest = [ln for ln in rest if ln not in band]
    out.tables = [(table.bbox[1], table.rows) for table in tables]
    out.scanned = not out.lines and not out.tables and view.has_images
    out.unreadable_chars = 0 if out.lines or out.tables else sum(len(w["text"]) for w in words)
    return out


def _drop_page_furniture(pages: list[_Page]) -> None:
    """Remove running headers/footers and bare page numbers from the top and bottom of pages."""
    with_text = [p for p in pages if p.lines or p.tables]
    repeated: set[str] = set()
    # Books alternate headers (title on odd pages, chapter on even ones): count each parity too.
    for group in (with_text, with_text[0::2], with_text[1::2]):
        counts = Counter(k for p in group for k in {_furniture_key(t) for t in p.edge_texts} if k)
        repeated |= {k for k, c in counts.items() if c >= 2 and c * 2 > len(group)}
    # A chapter's running header ("Chapter III: Macroeconomic Framework ... 87") repeats only over
    # that chapter: on RUN_PAGES of any RUN_WINDOW pages in a row.
    pages_of: dict[str, list[int]] = {}
    for n, page in enumerate(with_text):
        for key in {_furniture_key(t) for t in page.edge_texts}:
            if key and len(key.split()) >= 2:
                pages_of.setdefault(key, []).append(n)
    for key, seen in pages_of.items():
        if any(seen[i + RUN_PAGES - 1] - seen[i] < RUN_WINDOW for i in range(len(seen) - RUN_PAGES + 1)):
            repeated.add(key)

    def is_furniture(text: str) -> bool:
        return bool(_PAGE_NUMBER_RE.match(text)) or _furniture_key(text) in repeated

    for page in with_text:
        for pick in (min, max):
            # A running header can take two lines (title, then chapter), or a number and a title.
            for _ in range(FURNITURE_DEPTH):
                furniture = [ln for ln in _edge_band(page.lines, pick) if is_furniture(ln.text)]
                if not furniture:
                    break
                page.lines = [ln for ln in page.lines if ln not in furniture]
        if repeated:
            page.tables = [(top, _strip_table_furniture(rows, repeated)) for top, rows in page.tables]
            page.tables = [(top, rows) for top, rows in page.tables if rows]


def _strip_table_furniture(rows: list[list[str]], repeated: set[str]) -> list[list[str]]:
    """Drop a first or last table row that is only the running header or footer."""

    def furniture_row(row: list[str]) -> bool:
        cells = {c for c in row if c}
        return len(cells) == 1 and _furniture_key(cells.pop()) in repeated

    while rows and furniture_row(rows[0]):
        rows = rows[1:]
    while rows and furniture_row(rows[-1]):
        rows = rows[:-1]
    return rows


def _furniture_key(text: str) -> str:
    """Header/footer text without its page number (arabic or roman, as front matter uses)."""
    return " ".join(_ROMAN_TOKEN_RE.sub("", re.sub(r"\d+", "", text.lower())).split())


def _line_gaps(pages: list[_Page]) -> dict[float, float]:
    """The usual white space between two lines of one paragraph, per font size: the most common
    gap between consecutive lines of that size. Double-spaced documents leave nearly a line's
    height between the lines of a paragraph; a fixed share of the line height would cut every
    line into a paragraph of its own."""
    counts: dict[float, Counter[float]] = {}
    for page in pages:
        for prev, line in zip(page.lines, page.lines[1:], strict=False):
            height = prev.bottom - prev.top
            gap = line.top - prev.bottom
            if abs(line.size - prev.size) <= 0.6 and height > 0 and -0.2 * height <= gap <= 1.5 * height:
                counts.setdefault(prev.size, Counter())[round(gap)] += 1
    return {size: float(c.most_common(1)[0][0]) for size, c in counts.items() if sum(c.values()) >= 3}


def _paragraphs(page: _Page, body: float, gaps: dict[float, float]) -> list[_Para]:
    """Group a page's lines into paragraphs."""
    paras: list[_Para] = []
    current: list[_Line] = []
    right = max((ln.x1 for ln in page.lines), default=0.0)
    for line in page.lines:
        if current and _starts_paragraph(current, line, body, gaps, right):
            paras.append(_Para(current, page.number))
            current = []
        current.append(line)
    if current:
        paras.append(_Para(current, page.number))
    return paras


def _starts_paragraph(
    para: list[_Line], line: _Line, body: float, gaps: dict[float, float], right: float = 0.0
) -> bool:
    prev = para[-1]
    full = prev.x1 >= right - 2 * prev.size  # the line reaches the right margin: it was wrapped, not ended
    # (or the paragraph's own right edge, where a chart beside it reaches further)
    wrapped = full or (len(para) >= 2 and prev.x1 >= max(ln.x1 for ln in para[:-1]) - prev.size)
    numbered = line.starts_list or line.starts_section
    if numbered and wrapped and not prev.text.endswith(_SENTENCE_END) and _FIGURE_GOES_ON.match(line.text):
        return False  # "... values are shown in" / "12.1 MtCO2e in 2030": a figure, not item 12.1
    if line.starts_list or line.starts_section:
        return True
    height = max(prev.bottom - prev.top, 1.0)
    gap = line.top - prev.bottom
    usual = gaps.get(prev.size, 0.0)
    if gap > max(PARAGRAPH_GAP * height, usual + PARAGRAPH_EXTRA_GAP * height) or gap < -2 * height:
        return True
    same_size = abs(line.size - prev.size) <= 0.6
    if same_size and line.text[:1].islower() and not prev.text.endswith(_SENTENCE_END):
        return False  # the sentence goes on, whatever the emphasis ("by at" / "**least 68%**")
    if same_size and not prev.text.endswith(_SENTENCE_END) and full:
        return False  # a full line that ends mid-sentence goes on, even into bold ("target of 15%-" / "25% ...")
    if not same_size or line.bold != prev.bold:
        return True
    centred = abs((line.x0 + line.x1) - (prev.x0 + prev.x1)) < 2 * line.size
    if prev.size >= body * HEADING_SIZE_RATIO or prev.bold or centred:
        return False  # (centred) multi-line headings: indentation says nothing
    column_right = max(line.x1, *(ln.x1 for ln in para))
    if (
        line.x0 > prev.x0 - line.size
        and not prev.text.endswith("-")
        and prev.x1 + line.first_width + 0.75 * line.size < column_right
    ):
        return True  # the next line's first word had room on this one: the line was ended, not wrapped
    if len(para) >= 2:
        indent = line.size * 1.2
        if line.x0 > prev.x0 + indent and not para[0].starts_list:
            return True  # first-line indent of a new paragraph
        if line.x0 < prev.x0 - indent:
            return True  # back out of a hanging indent
        right = max(ln.x1 for ln in para[:-1])
        width = right - min(ln.x0 for ln in para)
        if prev.x1 < right - 0.15 * width and prev.text.endswith(_SENTENCE_END):
            return True  # the previous line was the short last line of a paragraph
    return False


def _split_footnotes(page: _Page, body: float) -> list[_Line]:
    """Take the footnotes off the foot of a page: the band of lines set smaller than the body
    text below it, in the lower half, one of them opening with a note mark ('3 Royal Government
    of Cambodia, ...', '* Provisional')."""
    band: list[_Line] = []
    for line in sorted(page.lines, key=lambda ln: ln.top, reverse=True):
        if line.size > body * FOOTNOTE_SIZE or line.top < page.height * 0.5:
            break
        band.append(line)
    if not band or not any(_FOOTNOTE_MARK.match(line.text) for line in band):
        return []
    page.lines = [ln for ln in page.lines if ln not in band]
    return sorted(band, key=lambda ln: ln.top)


def _join_across_pages(paras: list[_Para]) -> list[_Para]:
    """Merge a paragraph cut by a page break into one (it keeps its first page); the footnotes
    of the page between them do not part them."""
    out: list[_Para] = []
    for para in paras:
        text = [p for p in out if not p.footnote]
        prev = text[-1] if text else None
        if not para.footnote and prev is not None and prev.page + 1 == para.page and _continues(prev, para):
            prev.lines.extend(para.lines)
        else:
            out.append(para)
    return out


def _continues(before: _Para, after: _Para) -> bool:
    """The paragraph after a page break goes on with the sentence the page ended in."""
    last, first = before.lines[-1], after.lines[0]
    if (
        last.text.endswith(_SENTENCE_END)
        or first.starts_list
        or first.starts_section
        or abs(first.size - last.size) > 0.6
        or first.bold != last.bold
    ):
        return False
    if first.text[:1].islower():
        return True
    # A capitalised word can still go on with the sentence when the page ended on a full line.
    lines = before.lines
    width = max(ln.x1 for ln in lines) - min(ln.x0 for ln in lines)
    return len(lines) >= 2 and last.x1 >= max(ln.x1 for ln in lines) - 0.1 * width


def _body_style(pages: list[_Page]) -> tuple[float, str]:
    """(size, font name) of body text: the most common by character count."""
    sizes: Counter[float] = Counter()
    fonts: Counter[str] = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.text)
            fonts[line.font] += len(line.text)
    if not sizes:
        return 10.0, ""
    return sizes.most_common(1)[0][0], fonts.most_common(1)[0][0]


def _is_heading(para: _Para, body: float, body_font: str) -> bool:
    """Large type, or bold / a distinct font at a little above body size, and short."""
    text = para.text
    words = len(text.split())
    if sum(ch.isalpha() for ch in text) < 2 or any(line.leaders for line in para.lines):
        return False
    if text[:1].islower():
        return False  # the rest of a sentence, not a title
    if words >= 6 and text[:1] in _OPENING_QUOTES and text.rstrip(" .")[-1:] in _CLOSING_QUOTES:
        return False  # a quoted statement set off in bold ("“All people in Cambodia have ...”")
    if para.size >= body * HEADING_SIZE_RATIO:
        # A large-type sentence is a pull quote or call-out box, not a heading.
        return words <= MAX_SIZE_HEADING_WORDS and not (text.endswith(".") and words > 8)
    # Long titles set in capitals run over several lines; a long mixed-case bold line is emphasis.
    limit = MAX_CAPS_HEADING_WORDS if _all_caps(text) else MAX_HEADING_WORDS
    if para.lines[0].starts_list or words > limit or text.endswith((".", ",", ";")):
        return False  # a bold list item or sentence is emphasis, not a heading
    if para.bold and para.size >= body - 0.6:
        return True
    # Producers that hide font names ("CIDFont+F3") still set headings in their own font.
    return para.size >= body * DISTINCT_FONT_RATIO and para.font != body_font


def _heading_rank(para: _Para) -> tuple[float, bool, bool]:
    """Sort key of a heading style: larger (to the point), then bold, then ALL CAPS ranks higher."""
    return (float(round(para.size)), para.bold, _all_caps(para.text))


def _all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _title_candidates(paras: list[_Para], headings: list[bool], body: float) -> list[TitleCandidate]:
    """Prominent lines of the opening pages: headings, or type larger than the body text; and
    the document's first lines when they are not sentences (a plain typed submission opens with
    its title in body type: choose_title takes those only when they name a plan)."""
    return [
        TitleCandidate(para.text, para.size / body, n, para.page)
        for n, (para, heading) in enumerate(zip(paras, headings, strict=True))
        if para.page <= TITLE_PAGES
        and (
            heading
            or para.size >= body * HEADING_SIZE_RATIO
            or (n < PLAIN_TITLE_LINES and not para.footnote and not para.text.rstrip().endswith((".", ";", ":", ",")))
        )
    ]


def _blocks(pages: list[_Page], path: Path) -> tuple[list[Block], list[TitleCandidate]]:
    body, body_font = _body_style(pages)
    gaps = _line_gaps(pages)
    paras: list[_Para] = []
    for page in pages:
        notes = _split_footnotes(page, body)
        paras.extend(_paragraphs(page, body, gaps))
        paras.extend(_Para([line], page.number, footnote=True) for line in _note_starts(notes))
    paras = _join_across_pages(paras)
    # Chart axis labels, stray figures and letters of vertical captions carry no statement.
    paras = [p for p in paras if sum(ch.isalpha() for ch in p.text) >= 2]
    headings = [not p.footnote and _is_heading(p, body, body_font) for p in paras]
    styles = sorted({_heading_rank(p) for p, h in zip(paras, headings, strict=True) if h}, reverse=True)
    # Designed brochures use a dozen type styles; past MAX_HEADING_LEVEL depth means nothing.
    level_of = {style: min(i + 1, MAX_HEADING_LEVEL) for i, style in enumerate(styles)}
    tables_by_page = {page.number: sorted(page.tables, key=lambda t: t[0]) for page in pages}
    blocks: list[Block] = []
    n_para = n_table = 0
    list_indents: list[float] = []

    def emit_tables(page: int, before_top: float | None) -> None:
        nonlocal n_table
        pending = tables_by_page.get(page, [])
        while pending and (before_top is None or pending[0][0] <= before_top):
            _, rows = pending.pop(0)
            n_table += 1
            loc = Location(file=str(path), page=page, table=n_table)
            blocks.append(Block(BlockKind.TABLE, "", loc, rows=rows))

    last_page = 0
    for para, heading in zip(paras, headings, strict=True):
        if para.page != last_page:
            for page in range(last_page, para.page):
                emit_tables(page, None)  # the rest of earlier pages' tables
            last_page = para.page
        emit_tables(para.page, para.top)
        text = para.text
        n_para += 1
        loc = Location(file=str(path), page=para.page, paragraph=n_para)
        if para.footnote:
            blocks.append(Block(BlockKind.PARAGRAPH, text, loc, style=FOOTNOTE_STYLE))
        elif heading:
            blocks.append(Block(BlockKind.HEADING, text, loc, heading_level=level_of[_heading_rank(para)]))
            list_indents.clear()
        elif para.lines[0].starts_list:
            _, rest = split_bullet(text)
            blocks.append(Block(BlockKind.LIST_ITEM, rest, loc, list_level=_list_level(list_indents, para)))
        else:
            blocks.append(Block(BlockKind.PARAGRAPH, text, loc))
            list_indents.clear()
    for page in range(last_page, max(tables_by_page, default=0) + 1):
        emit_tables(page, None)
    return blocks, _title_candidates(paras, headings, body)


def _note_starts(lines: list[_Line]) -> list[_Line]:
    """One line per footnote: a line that does not open with a mark goes on with the note above."""
    notes: list[_Line] = []
    for line in lines:
        if notes and not _FOOTNOTE_MARK.match(line.text):
            last = notes[-1]
            notes[-1] = _Line(
                _join_lines(last.text, line.text),
                last.x0,
                max(last.x1, line.x1),
                last.top,
                line.bottom,
                last.size,
                last.font,
                last.bold,
            )
        else:
            notes.append(line)
    return notes


def _list_level(indents: list[float], para: _Para) -> int:
    """Nesting of a list item from its indent relative to the items just before it."""
    x0 = para.lines[0].x0
    tolerance = para.size
    while indents and x0 < indents[-1] - tolerance:
        indents.pop()
    if not indents or x0 > indents[-1] + tolerance:
        indents.append(x0)
    return len(indents) - 1


def _open_error(path: Path, exc: Exception) -> Exception:
    cause = exc.args[0] if isinstance(exc, PdfminerException) and exc.args else exc
    kind = type(cause).__name__
    if "Password" in kind or "Encryption" in kind:
        return reader_error(path, "pdf_encrypted")
    return reader_error(path, "not_valid_pdf")


def _metadata_title(metadata: dict[str, Any] | None) -> str:
    """The Title from the PDF's properties, unless it is a producer's placeholder."""
    title = clean(str((metadata or {}).get("Title") or ""))
    if len(title) < 4 or _JUNK_TITLE_RE.search(title):
        return ""
    return title


_PDF_DATE_YEAR = re.compile(r"^(?:D:)?((?:19|20)\d\d)")


def _creation_year(metadata: dict[str, Any] | None) -> int | None:
    """The year of the PDF's CreationDate ("D:20160721162857+07'00'"), or None."""
    raw = (metadata or {}).get("CreationDate")
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1", errors="replace")
    m = _PDF_DATE_YEAR.match(str(raw or "").strip())
    return int(m.group(1)) if m else None


def read_pdf(path: Path, doc: Document, limits: Limits | None = None, extend: Notify | None = None) -> None:
    """Fill `doc` from a PDF (see the module docstring). `read_document` runs this in a child
    process with the time and memory limits of `limits` (analysis.readers.isolate); `extend`
    asks that process's parent for time in proportion to the pages."""
    limits = limits or default_limits()
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # noqa: BLE001 - any parser failure at open means a bad file
        raise _open_error(path, exc) from exc
    try:
        metadata_title = _metadata_title(pdf.metadata)
        doc.created = _creation_year(pdf.metadata)
        try:
            page_objects = pdf.pages
        except Exception as exc:  # noqa: BLE001 - a broken page tree
            raise _open_error(path, exc) from exc
        _count_pages(path, doc, pdf, page_objects, limits)
        allowed = limits.pdf_seconds(doc.page_count)
        if extend is not None:  # long documents get time in proportion to their length
            extend(allowed - limits.read_timeout_seconds)
        pages = _read_pages(path, doc, page_objects, limits, allowed)
    finally:
        try:
            pdf.close()
        except Exception:  # noqa: BLE001 - closing re-parses a broken file; the first error is the one to report
            pass
    _refuse_without_text(path, doc, pages)
    _drop_page_furniture(pages)
    blocks, candidates = _blocks(pages, path)
    mark_unmarked_lists(blocks)
    doc.blocks.extend(blocks)
    if metadata_title:  # the document's properties: a last resort behind what the cover shows
        candidates.append(TitleCandidate(metadata_title, 1.0, len(blocks)))
    # no line of the opening pages names the plan (a picture cover): the name its text uses for
    # it, its properties, else (read_document) its file name
    doc.title = choose_title(candidates, blocks, lambda: named_title(blocks, path.name)) or metadata_title
    doc.word_count = count_words(doc.blocks)


def _count_pages(path: Path, doc: Document, pdf, page_objects, limits: Limits) -> None:
    """The page count, refused when over the limit or nil; a page tree that declares another
    count than it holds is said."""
    doc.page_count = len(page_objects)
    declared = _declared_pages(pdf)  # what the page tree says; the pages found are what count
    if doc.page_count > limits.max_pdf_pages:
        raise reader_error(path, "pdf_pages", count=doc.page_count, limit=limits.max_pdf_pages)
    if not doc.page_count:
        raise reader_error(path, "pdf_no_pages")
    if declared is not None and declared != doc.page_count:
        found = doc.page_count
        doc.warnings.append(Problem("pdf_page_tree", {"name": path.name, "declared": declared, "found": found}))


def _read_pages(path: Path, doc: Document, page_objects, limits: Limits, allowed: float) -> list[_Page]:
    """Every page's lines and tables. Finding tables is the slow part of a page (a dense grid takes
    a second a page): after pdf_table_seconds of it (real plans spend at most 4 s), the remaining
    pages are read for their text only."""
    pages: list[_Page] = []
    tables = _TableBudget(seconds=limits.pdf_table_seconds)
    reading = time.monotonic()
    for number, page in enumerate(page_objects, start=1):
        try:
            pages.append(_read_page(page, number, doc.warnings, path.name, tables))
        except Exception as exc:  # noqa: BLE001 - one bad page must not lose the others
            doc.warnings.append(
                Problem("page_failed", {"name": path.name, "page": str(number), "detail": type(exc).__name__})
            )
        finally:
            page.close()
        _stop_when_hopeless(path, number, doc.page_count, time.monotonic() - reading, allowed)
    if tables.skipped:
        first, last = tables.skipped[0], tables.skipped[-1]
        doc.warnings.append(
            Problem(
                "pdf_table_budget",
                {
                    "name": path.name,
                    "first": str(first),
                    "last": str(last),
                    "seconds": round(tables.seconds),
                },
            )
        )
    return pages


def _refuse_without_text(path: Path, doc: Document, pages: list[_Page]) -> None:
    """A PDF whose text cannot be read (hidden type, no text layer) is refused; scanned pages
    in a PDF with text are said."""
    if doc.page_count and not any(p.lines or p.tables for p in pages) and any(p.unreadable_chars for p in pages):
        raise reader_error(path, "pdf_hidden_text", count=sum(p.unreadable_chars for p in pages))
    if doc.page_count and not any(p.lines or p.tables for p in pages):
        raise reader_error(path, "pdf_scanned")
    scanned = [str(p.number) for p in pages if p.scanned]
    if scanned:
        doc.warnings.append(Problem("pages_scanned", {"name": path.name, "pages": ", ".join(scanned)}))


read_pdf_here = read_pdf  # the name the readers' dispatcher calls with `extend`


# A PDF whose pages so far show it would need this many times the time it is allowed is stopped
# at once, not when the deadline comes (a margin for front pages that are heavier than the rest).
_HOPELESS = 1.5
_HOPELESS_AFTER_SECONDS = 10.0


def _stop_when_hopeless(path: Path, done: int, pages: int, elapsed: float, allowed: float) -> None:
    """Refuse now a PDF its first pages show cannot be read in the time it is allowed."""
    if done >= pages or done < 3 or elapsed < min(_HOPELESS_AFTER_SECONDS, allowed / 4):
        return
    projected = elapsed / done * pages
    if projected > _HOPELESS * allowed:
        raise reader_error(
            path,
            "pdf_hopeless",
            projected=round(projected),
            done=done,
            pages=pages,
            elapsed=round(elapsed, 1),
            allowed=round(allowed),
        )


@dataclass
class _TableBudget:
    """Time for finding ruled tables, spent page by page; pages after it are read without."""

    seconds: float
    spent: float = 0.0
    skipped: list[int] = field(default_factory=list)

    def allows(self, number: int) -> bool:
        if self.spent < self.seconds:
            return True
        self.skipped.append(number)
        return False


def _declared_pages(pdf: Any) -> int | None:
    """The page count the PDF's page tree declares (/Count of the root), or None."""
    try:
        from pdfminer.pdftypes import resolve1

        pages = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(pages.get("Count")) if isinstance(pages, dict) else None
    except Exception:  # noqa: BLE001 - a damaged catalogue: nothing declared
        return None
    return count if isinstance(count, int) and not isinstance(count, bool) and count >= 0 else None
