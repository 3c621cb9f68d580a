"""Tables of a PDF page: ruled ones from pdfplumber's finder, and those without a grid rebuilt
from where their words stand.

Ruled tables: pdfplumber's finder on the page view; boxes around a paragraph and highlighted
lines are not tables; all-empty rows and columns, and the half-empty column pairs drawing
artefacts leave (a code printed now left, now right of a hairline), are folded away; a row that
only continues the text of the row above (a ruling between two lines of one cell) joins it.

Tables without a grid: results matrices are often typeset without lines (or with shaded bands pdfplumber's finder
cuts into fragments): the words keep their columns, the grid is gone. This module gives it
back from the word boxes of a page:

1. words are grouped into visual lines, and each line into segments wherever a gap wider
   than SEGMENT_GAP_EM font sizes opens (cells of a row; a justified line of prose has none);
2. a table region is a run of lines where lines of two or more segments recur, with at most
   MAX_WRAPPED_LINES one-segment lines between them (cell text that wrapped, group rows);
3. columns are the x-ranges the segments of those lines cover, split at gutters: x-ranges that
   almost no segment crosses (a header cell spanning two year columns is allowed to);
4. rows are vertical bands separated by more white space than the lines of one cell leave
   between them (cell padding), so a three-line indicator name with its values set against the
   middle line is one row; in tight tables a lowercase continuation joins the row above;
5. a line whose text runs across column gutters is a group row ("1.1 Increase access to
   ..."): its text fills every column it spans, as a merged cell does in Word.

A region is a table only when it looks like one: two or more columns, and either figures
in the columns after the first or short cells in three or more columns. Two-column prose and
contents pages (a text column and a page-number column) are not tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from analysis.model import Problem
from analysis.readers._common import clean

# Pages with more ruling objects than this are drawings (maps, charts); table search there is
# slow and finds no real table.
MAX_RULINGS_FOR_TABLES = 10_000
CID_RE = re.compile(r"\(cid:\d+\)")
SEGMENT_GAP_EM = 1.2  # a horizontal gap this many font sizes wide separates two cells of a line
GUTTER_EM = 0.5  # narrowest white column between two table columns, in font sizes
GUTTER_CROSSINGS = 0.15  # share of a table's lines that may run across a gutter (spanning cells)
MAX_WRAPPED_LINES = 4  # one-segment lines allowed between two multi-segment lines of a table
MAX_LINE_GAP = 2.5  # a vertical gap this many line heights wide ends a table region ...
MAX_JOIN_GAP = 6.0  # ... but two regions this close whose columns line up are one table
MIN_MULTI_LINES = 3
WIDE_SEGMENT = 0.45  # share of the table's width above which a segment may be a group row
PROSE_WORDS = 5  # average words per cell above which a two-column region is prose
_NUMERIC = re.compile(
    r"^[<>≤≥~≈±+\-–−]?\s*\(?[\d.,\s]*\d[\d.,\s]*%?\)?(?:\s*\((?:19|20)\d\d\))?\s*(?:%|‰)?$"
    r"|^(?:n/?a|na|n\.a\.|-|–|—|…|no data|tbd|\*+)$",
    re.IGNORECASE,
)
_PAGE_REF = re.compile(r"^(?:\d{1,4}|[ivxlcdm]{1,7})$", re.IGNORECASE)

Box = tuple[float, float, float, float]  # x0, top, x1, bottom


@dataclass
class _Line:
    words: list[dict[str, Any]]
    segments: list[list[dict[str, Any]]] = field(default_factory=list)

    @property
    def top(self) -> float:
        return min(w["top"] for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w["bottom"] for w in self.words)

    @property
    def size(self) -> float:
        return median(w.get("size") or (w["bottom"] - w["top"]) for w in self.words)


@dataclass
class PageTable:
    bbox: Box
    rows: list[list[str]]
    word_ids: set[int] = field(default_factory=set)  # words a rebuilt table took from the page


def _visual_lines(words: list[dict[str, Any]]) -> list[_Line]:
    """Words grouped by vertical overlap (at least half the smaller height), left to right."""
    lines: list[_Line] = []
    for word in sorted(words, key=lambda w: (w["top"], w["x0"])):
        height = word["bottom"] - word["top"]
        if lines:
            line = lines[-1]
            overlap = min(line.bottom, word["bottom"]) - max(line.top, word["top"])
            if overlap >= 0.5 * min(height, line.bottom - line.top):
                line.words.append(word)
                continue
        lines.append(_Line([word]))
    for line in lines:
        line.words.sort(key=lambda w: w["x0"])
        line.segments = _segments(line.words, line.size)
    return lines


def _segments(words: list[dict[str, Any]], size: float) -> list[list[dict[str, Any]]]:
    segments = [[words[0]]]
    for prev, word in zip(words, words[1:], strict=False):
        if word["x0"] - prev["x1"] > SEGMENT_GAP_EM * size:
            segments.append([])
        segments[-1].append(word)
    return segments


def _in_first_column(line: _Line, region: list[_Line]) -> bool:
    """A one-segment line set in the region's first column (a wrapped name, or a row without
    figures): it starts where the first cells start and ends before the second column."""
    rows = [ln for ln in region if len(ln.segments) >= 3]  # rows with figures ("1.1 | text" has two)
    multi = rows or [ln for ln in region if len(ln.segments) >= 2]
    if not multi:
        return False
    first = min(ln.segments[0][0]["x0"] for ln in multi)
    second = min(ln.segments[1][0]["x0"] for ln in multi)
    return abs(line.words[0]["x0"] - first) <= 1.5 * line.size and line.words[-1]["x1"] < second


def _regions(lines: list[_Line]) -> list[list[_Line]]:
    """Runs of lines where multi-segment lines recur (see the module docstring, step 2). Lines in
    the first column (names without figures) do not count against MAX_WRAPPED_LINES."""
    regions: list[list[_Line]] = []
    current: list[_Line] = []
    singles = 0
    for line in lines:
        if current:
            height = max(current[-1].bottom - current[-1].top, 1.0)
            if line.top - current[-1].bottom > MAX_LINE_GAP * height:
                regions.append(current)
                current, singles = [], 0
        if len(line.segments) >= 2:
            if current and singles > MAX_WRAPPED_LINES:
                regions.append(current)
                current = []
            current.append(line)
            singles = 0
        elif current:
            current.append(line)
            if not _in_first_column(line, current):
                singles += 1
    if current:
        regions.append(current)
    out = []
    for region in regions:
        while region and len(region[-1].segments) < 2:
            region = region[:-1]
        if sum(len(line.segments) >= 2 for line in region) >= MIN_MULTI_LINES:
            out.append(region)
    return out


def _without_lead_in(region: list[_Line]) -> list[_Line]:
    """The region from its first row of three cells or more, when it has such rows: a section
    heading ('8.5   STRATEGIC OBJECTIVES') or a sentence above the table is not part of it."""
    first = next((n for n, line in enumerate(region) if len(line.segments) >= 3), None)
    return region[first:] if first else region


def _coverage_columns(
    segments: list[tuple[float, float]], left: float, right: float, lines: int, size: float
) -> list[tuple[float, float]]:
    """Column x-ranges: where segments stand, split at gutters few segments cross."""
    steps = int(right - left) + 2
    coverage = [0] * steps
    for x0, x1 in segments:
        for x in range(max(int(x0 - left), 0), min(int(x1 - left) + 1, steps)):
            coverage[x] += 1
    allowed = GUTTER_CROSSINGS * lines
    columns: list[tuple[float, float]] = []
    start: int | None = None
    gap = 0
    for x in range(steps):
        if coverage[x] > allowed:
            if start is None:
                start = x
            elif gap >= GUTTER_EM * size:
                columns.append((left + start, left + x - gap - 1))
                start = x
            gap = 0
        elif start is not None:
            gap += 1
    if start is not None:
        columns.append((left + start, left + steps - gap - 1))
    return columns


def _columns(region: list[_Line]) -> list[tuple[float, float]]:
    """Column x-ranges from the segments of the region's multi-segment lines. Segments wider
    than WIDE_SEGMENT of the table are left out at first: they are mostly group rows running
    across the columns; those that cross none of the gutters the others leave are put back (a
    wide description column)."""
    multi = [line for line in region if len(line.segments) >= 2]
    size = median(line.size for line in multi)
    spans = [(s[0]["x0"], s[-1]["x1"]) for line in multi for s in line.segments]
    left = min(a for a, _ in spans)
    right = max(b for _, b in spans)
    narrow = [(a, b) for a, b in spans if b - a <= WIDE_SEGMENT * (right - left)]
    columns = _coverage_columns(narrow, left, right, len(multi), size)
    gutters = [(a[1], b[0]) for a, b in zip(columns, columns[1:], strict=False)]
    wide = [(a, b) for a, b in spans if b - a > WIDE_SEGMENT * (right - left)]
    kept = [(a, b) for a, b in wide if not any(a < g0 and b > g1 for g0, g1 in gutters)]
    if kept:
        columns = _coverage_columns(narrow + kept, left, right, len(multi), size)
    return columns


def _column_of(x: float, columns: list[tuple[float, float]]) -> int:
    """The column whose range holds x, else the nearest one."""
    best, distance = 0, float("inf")
    for n, (a, b) in enumerate(columns):
        d = 0.0 if a <= x <= b else min(abs(x - a), abs(x - b))
        if d < distance:
            best, distance = n, d
    return best


def _spanned(segment: list[dict[str, Any]], columns: list[tuple[float, float]]) -> list[int]:
    """Columns a segment's text covers substantially (a group row covers several)."""
    x0, x1 = segment[0]["x0"], segment[-1]["x1"]
    out = []
    for n, (a, b) in enumerate(columns):
        overlap = min(x1, b) - max(x0, a)
        if overlap > 0.5 * min(b - a, x1 - x0) or (a >= x0 and b <= x1):
            out.append(n)
    return out


def _is_numeric(text: str) -> bool:
    return bool(_NUMERIC.match(text.strip()))


def _looks_like_table(region: list[_Line], columns: list[tuple[float, float]]) -> bool:
    if len(columns) < 2:
        return False
    multi = [line for line in region if len(line.segments) >= 2]
    cells = [
        (_column_of((s[0]["x0"] + s[-1]["x1"]) / 2, columns), " ".join(w["text"] for w in s))
        for line in multi
        for s in line.segments
    ]
    later = [text for col, text in cells if col > 0]
    if not later:
        return False
    numeric = sum(_is_numeric(t) for t in later) / len(later)
    last = [text for col, text in cells if col == len(columns) - 1]
    if len(columns) == 2 and last and all(_PAGE_REF.match(t.strip()) for t in last):
        return False  # a contents page: titles and page numbers
    words_per_cell = sum(len(t.split()) for _, t in cells) / len(cells)
    if numeric >= 0.3:
        return True
    if len(columns) == 2:
        return False  # two columns of text: prose set in columns, or a label/text list
    return words_per_cell <= PROSE_WORDS


def _row_gap(lines: list[_Line]) -> float:
    """White space above which two lines belong to different rows: between the lines of one
    cell and the padding between rows, when the region shows both; else a quarter line."""
    height = median(line.bottom - line.top for line in lines)
    # gaps wider than a region break (white space inside a joined table) say nothing of rows
    gaps = sorted(
        gap
        for a, b in zip(lines, lines[1:], strict=False)
        for gap in [b.top - a.bottom]
        if 0 < gap <= MAX_LINE_GAP * height
    )
    fallback = 0.25 * height
    if len(gaps) < 2:
        return fallback
    jumps = [(b - a, a, b) for a, b in zip(gaps, gaps[1:], strict=False)]
    jump, low, high = max(jumps)
    if jump >= 2.0 and high >= 2 * max(low, 0.5):
        return (low + high) / 2
    return fallback


def _bands(region: list[_Line], columns: list[tuple[float, float]]) -> list[list[_Line]]:
    """Rows as vertical bands (see the module docstring, step 4). A band never holds two lines
    that fill the same later column (two rows of a tight table), nor a group row together
    with a row of cells."""
    threshold = _row_gap(region)
    bands: list[list[_Line]] = []
    bottom = 0.0
    filled: set[int] = set()
    grouped = False
    for line in region:
        spans = any(len(_spanned(s, columns)) >= 2 for s in line.segments)
        later = set()
        if len(line.segments) >= 2 and not spans:
            later = {_column_of((s[0]["x0"] + s[-1]["x1"]) / 2, columns) for s in line.segments} - {0}
        joins = (
            bands
            and line.top - bottom <= threshold
            and not later & filled
            and not (grouped and later)
            and not (spans and filled)
        )
        if joins:
            bands[-1].append(line)
            bottom = max(bottom, line.bottom)
        else:
            bands.append([line])
            bottom, filled, grouped = line.bottom, set(), False
        filled |= later
        grouped = grouped or spans
    return bands


def _band_cells(band: list[_Line], columns: list[tuple[float, float]]) -> list[str]:
    cells: list[list[str]] = [[] for _ in columns]
    spanning: dict[int, list[str]] = {}
    for line in band:
        for segment in line.segments:
            covered = _spanned(segment, columns)
            text = " ".join(w["text"] for w in segment)
            if len(covered) >= 2:
                key = covered[0]
                group = spanning.setdefault(key, [])
                for c in covered:  # text already in a covered cell comes first
                    group[:0] = [t for t in cells[c] if not t.startswith("\0")]
                    cells[c] = [f"\0{key}"]
                group.append(text)
                continue
            column = _column_of((segment[0]["x0"] + segment[-1]["x1"]) / 2, columns)
            if cells[column][:1] and cells[column][0].startswith("\0"):
                spanning[int(cells[column][0][1:])].append(text)  # wrapped text of a group row
            else:
                cells[column].append(text)
    out = []
    for parts in cells:
        if parts[:1] and parts[0].startswith("\0"):
            out.append(_join(spanning[int(parts[0][1:])]))
        else:
            out.append(_join(parts))
    return out


def _join(parts: list[str]) -> str:
    text = ""
    for part in parts:
        if text.endswith("-") and len(text) >= 2 and text[-2].isalpha() and part[:1].islower():
            text = text[:-1] + part
        else:
            text = f"{text} {part}" if text else part
    return text


def _continues(row: list[str], above: list[str]) -> bool:
    """A row whose first text cell goes on in lowercase from the cell above: wrapped text (a
    second value set below the first in one cell goes with it)."""
    filled = [c for c, text in enumerate(row) if text]
    if not filled or not above[filled[0]]:
        return False
    cell, over = row[filled[0]], above[filled[0]]
    return cell[:1].islower() or over.count("(") > over.count(")")  # '(CMDG 1, 2,' / '3, 4, 5)'


def _table(region: list[_Line], columns: list[tuple[float, float]]) -> list[list[str]]:
    rows: list[list[str]] = []
    for band in _bands(region, columns):
        row = _band_cells(band, columns)
        if rows and _continues(row, rows[-1]):
            rows[-1] = [_join([a, b]) if b else a for a, b in zip(rows[-1], row, strict=False)]
        else:
            rows.append(row)
    return rows


def _compatible(a: list[tuple[float, float]], b: list[tuple[float, float]]) -> bool:
    """Every column of the narrower grid lies over a column of the wider one."""
    few, many = sorted((a, b), key=len)
    return all(any(min(x1, y1) - max(x0, y0) > 0 for y0, y1 in many) for x0, x1 in few)


def _joined_regions(lines: list[_Line]) -> list[list[_Line]]:
    """Regions, with two that one table left apart (white space, a wrapped group row between
    them) joined again when their columns line up."""
    regions = _regions(lines)
    joined: list[list[_Line]] = []
    for region in regions:
        if joined:
            prev = joined[-1]
            start, end = lines.index(prev[-1]) + 1, lines.index(region[0])
            between = lines[start:end]
            height = max(prev[-1].bottom - prev[-1].top, 1.0)
            near = region[0].top - prev[-1].bottom <= MAX_JOIN_GAP * height
            if near and len(between) <= MAX_WRAPPED_LINES and _compatible(_columns(prev), _columns(region)):
                joined[-1] = prev + between + region
                continue
        joined.append(region)
    return joined


def find_text_tables(words: list[dict[str, Any]]) -> list[PageTable]:
    """Tables without a ruling grid among a page's words (see the module docstring)."""
    usable = [w for w in words if w.get("upright", True) and w["bottom"] > w["top"]]
    if len(usable) < 6:
        return []
    tables = []
    for region in _joined_regions(_visual_lines(usable)):
        region = _without_lead_in(region)
        if sum(len(line.segments) >= 2 for line in region) < MIN_MULTI_LINES:
            continue
        columns = _columns(region)
        if not _looks_like_table(region, columns):
            continue
        rows = [r for r in _table(region, columns) if any(r)]
        if len(rows) < 2:
            continue
        taken = [w for line in region for w in line.words]
        bbox = (
            min(w["x0"] for w in taken),
            min(w["top"] for w in taken),
            max(w["x1"] for w in taken),
            max(w["bottom"] for w in taken),
        )
        tables.append(PageTable(bbox, rows, {id(w) for w in taken}))
    return tables


# ---- ruled tables and the page's tables together ------------------------------------------------


def page_tables(
    view: Any, words: list[dict[str, Any]], warnings: list[Problem], name: str
) -> tuple[list[PageTable], list[dict[str, Any]]]:
    """The page's tables, and the words left for the running text."""
    ruled: list[PageTable] = []
    rulings = view.ruling_count
    number = view.page_number
    if rulings > MAX_RULINGS_FOR_TABLES:
        warnings.append(Problem("page_drawing", {"name": name, "page": str(number), "count": str(rulings)}))
    elif rulings:
        try:
            for table in view.find_tables():
                rows = tidy_rows(_ruled_rows(table))
                if _is_real_table(rows):
                    ruled.append(PageTable(tuple(table.bbox), rows))
        except Exception as exc:  # noqa: BLE001 - a table bug must not lose the page's text
            failure = {"name": name, "page": str(number), "detail": type(exc).__name__}
            warnings.append(Problem("page_tables_failed", failure))
            ruled = []
    rebuilt = find_text_tables(words)
    tables = _reconcile(ruled, rebuilt)
    taken = {i for t in tables for i in t.word_ids}
    rest = [w for w in words if id(w) not in taken and not any(_inside(w, t.bbox) for t in tables)]
    return sorted(tables, key=lambda t: t.bbox[1]), rest


def _ruled_rows(table: Any) -> list[list[str]]:
    return [[clean(CID_RE.sub("", cell or "")) for cell in row] for row in table.extract()]


def tidy_rows(rows: list[list[str]]) -> list[list[str]]:
    """Rows without all-empty rows and columns, column pairs that never both hold text folded
    into one, and rows that only continue the cells above joined to them."""
    rows = [row for row in rows if any(row)]
    if not rows:
        return []
    width = max(len(r) for r in rows)
    rows = [r + [""] * (width - len(r)) for r in rows]
    keep = [c for c in range(width) if any(r[c] for r in rows)]
    rows = [[r[c] for c in keep] for r in rows]
    c = 0
    while c + 1 < len(rows[0]):
        if not any(r[c] and r[c + 1] for r in rows):
            rows = [r[:c] + [r[c] or r[c + 1]] + r[c + 2 :] for r in rows]
        else:
            c += 1
    out: list[list[str]] = []
    for row in rows:
        if out and _continues_cells(row, out[-1]):
            out[-1] = [_join([a, b]) if b else a for a, b in zip(out[-1], row, strict=True)]
        else:
            out.append(row)
    return out


def _continues_cells(row: list[str], above: list[str]) -> bool:
    """Every filled cell goes on with the text above it: no figure, no new number or bullet, and
    the cell above does not end a sentence (or this one starts in lowercase)."""
    filled = [c for c, text in enumerate(row) if text]
    unclosed = above[0].count("(") > above[0].count(")")  # '... (CMDG 1, 2,' goes on with '3, 4, 5)'
    if not filled or any(_is_numeric(row[c]) for c in filled if c or not unclosed):
        return False
    if row[0] and not (row[0][:1].islower() or row[0][:1] == "(" or unclosed):
        return False  # a new label in the first column starts a new row ("Period" under "Gases covered")
    for c in filled:
        text, prev = row[c], above[c]
        if not prev or re.match(r"^(?:\(?\d{1,2}[.)]|\(?[a-z][.)]\s|[•▪●\-–])", text):
            return False
        if not (text[:1].islower() or not prev.rstrip().endswith((".", ";", ":", "!", "?"))):
            return False
    return True


CARRIED_ROW_WORDS = 50


def _is_real_table(rows: list[list[str]]) -> bool:
    """False for what ruling lines make look like a table: a box around a paragraph (one row
    or one column) or highlighted lines of running text (hardly a row with two filled cells). A
    single row of three cells or more that holds paragraphs is a table: a matrix's row carried
    over to the next page (a highlighted line is a few words)."""
    if (
        len(rows) == 1
        and sum(1 for c in rows[0] if c) >= 3
        and sum(len(c.split()) for c in rows[0]) >= CARRIED_ROW_WORDS
    ):
        return True
    if len(rows) < 2 or len(rows[0]) < 2:
        return False
    return sum(1 for row in rows if sum(bool(c) for c in row) >= 2) >= 2


def _overlap_area(a: Box, b: Box) -> float:
    width = min(a[2], b[2]) - max(a[0], b[0])
    height = min(a[3], b[3]) - max(a[1], b[1])
    return max(width, 0.0) * max(height, 0.0)


def _area(box: Box) -> float:
    return max(box[2] - box[0], 0.0) * max(box[3] - box[1], 0.0)


def _reconcile(ruled: list[PageTable], rebuilt: list[PageTable]) -> list[PageTable]:
    """Ruled and rebuilt tables without doubles. A ruled table that holds a rebuilt one wins (its
    grid is the author's); ruled fragments inside a rebuilt table (shaded bands cut a results
    matrix into pieces) give way to it."""
    kept: list[PageTable] = []
    for table in rebuilt:
        area = _area(table.bbox) or 1.0
        if any(_overlap_area(table.bbox, r.bbox) >= 0.8 * area for r in ruled):
            continue
        ruled = [r for r in ruled if _overlap_area(table.bbox, r.bbox) < 0.6 * (_area(r.bbox) or 1.0)]
        kept.append(table)
    return ruled + kept


def _inside(word: dict[str, Any], bbox: Box) -> bool:
    cx = (word["x0"] + word["x1"]) / 2
    cy = (word["top"] + word["bottom"]) / 2
    return bbox[0] - 1 <= cx <= bbox[2] + 1 and bbox[1] - 1 <= cy <= bbox[3] + 1
