"""Lay a Document's blocks out as a QTextDocument and remember where every block, table cell
and extracted item landed, so items can be tinted by kind and evidence found by location.

Positions come from what we insert (not from re-reading the document), so they stay exact
around tables. Merged spreadsheet cells, which readers repeat into every cell they cover,
are merged again for display when the repeated text is words, not numbers.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextOption,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit

from analysis.model import BlockKind, Document, Item, Location
from gui.palette import KIND_COLORS

Span = tuple[int, int]
HEADING_SIZES = {0: 17, 1: 14, 2: 12.5, 3: 11.5}


@dataclass
class RenderedDocument:
    document_id: str
    qdoc: QTextDocument
    texts: dict[Span, str] = field(default_factory=dict)  # the text inserted at each span
    paragraphs: dict[tuple, Span] = field(default_factory=dict)
    cells: dict[tuple, Span] = field(default_factory=dict)
    items: dict[str, Span] = field(default_factory=dict)

    def locate(self, location: Location | None, quote: str) -> Span | None:
        """Where `quote` is: inside the block or cell its location names, else anywhere."""
        span = None
        if location is not None:
            if location.row is not None and (location.table is not None or location.sheet):
                span = self.cells.get(_cell_key(location))
            if span is None:
                span = self.paragraphs.get(_paragraph_key(location))
        if span is not None:
            inner = _find(self.texts.get(span, ""), quote)
            return (span[0] + inner[0], span[0] + inner[1]) if inner else span
        return self.search(quote)

    def search(self, quote: str) -> Span | None:
        for span, text in self.texts.items():
            inner = _find(text, quote)
            if inner:
                return span[0] + inner[0], span[0] + inner[1]
        return None

    def item_at(self, position: int) -> str | None:
        """The innermost item whose span holds the position (for clicks in the text)."""
        hits = [(end - start, item_id) for item_id, (start, end) in self.items.items() if start <= position < end]
        return min(hits)[1] if hits else None


def _paragraph_key(loc: Location) -> tuple:
    return (loc.sheet, loc.page, loc.paragraph)


def _cell_key(loc: Location) -> tuple:
    return (loc.sheet, loc.table, loc.row, loc.column)


def _normalised(text: str) -> tuple[str, list[int]]:
    """Lower-cased text with runs of whitespace as one space, and where each word starts in
    the normalised text and in the original (so a match maps back exactly)."""
    words = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
    parts, starts, origins, at = [], [], [], 0
    for origin, word in words:
        low = word.lower()
        if len(low) != len(word):  # a rare letter whose lower case is longer: keep it as written
            low = word
        starts.append(at)
        origins.append(origin)
        parts.append(low)
        at += len(low) + 1
    return " ".join(parts), [starts, origins]


@lru_cache(maxsize=4096)
def _normalised_cached(text: str) -> tuple[str, tuple[tuple[int, ...], tuple[int, ...]]]:
    norm, (starts, origins) = _normalised(text)
    return norm, (tuple(starts), tuple(origins))


def _to_original(position: int, starts: tuple[int, ...], origins: tuple[int, ...]) -> int:
    n = bisect_right(starts, position) - 1
    return origins[n] + (position - starts[n])


def _find(text: str, quote: str) -> Span | None:
    """Case- and whitespace-tolerant search; tries shorter prefixes of long quotes."""
    words = quote.split()
    if not words or not text:
        return None
    norm, (starts, origins) = _normalised_cached(text)
    for count in (len(words), 12, 6):
        if count > len(words):
            continue
        needle = _normalised(" ".join(words[:count]))[0]
        at = norm.find(needle)
        if at >= 0:
            return _to_original(at, starts, origins), _to_original(at + len(needle) - 1, starts, origins) + 1
    return None


def _mergeable(text: str) -> bool:
    return bool(re.search(r"[^\W\d_]{3}", text))


def render(document: Document, items: list[Item], base_font: QFont) -> RenderedDocument:
    qdoc = QTextDocument()
    qdoc.setDefaultFont(base_font)
    qdoc.setDocumentMargin(18)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    qdoc.setDefaultTextOption(option)
    out = RenderedDocument(document.id, qdoc)
    cursor = QTextCursor(qdoc)
    first = True
    for block in document.blocks:
        if block.kind == BlockKind.TABLE:
            if block.rows:
                _table(cursor, block.rows, block.location, out, base_font, first)
                first = False
            continue
        text = block.text.strip()
        if not text:
            continue
        block_format, char_format = _formats(block, base_font)
        if first:
            cursor.setBlockFormat(block_format)
            first = False
        else:
            cursor.insertBlock(block_format)
        prefix = f"{block.label} " if block.label else ("•  " if block.kind == BlockKind.LIST_ITEM else "")
        if prefix:
            cursor.insertText(prefix, char_format)
        start = cursor.position()
        cursor.insertText(text, char_format)
        span = (start, cursor.position())
        out.texts[span] = text
        out.paragraphs.setdefault(_paragraph_key(block.location), span)
    _tint_items(out, items)
    return out


def _formats(block, base_font: QFont) -> tuple[QTextBlockFormat, QTextCharFormat]:
    block_format = QTextBlockFormat()
    char_format = QTextCharFormat()
    char_format.setFont(base_font)
    if block.kind == BlockKind.HEADING:
        level = min(block.heading_level or 1, 3)
        font = QFont(base_font)
        font.setBold(True)
        font.setPointSizeF(HEADING_SIZES.get(level, base_font.pointSizeF()))
        char_format.setFont(font)
        char_format.setForeground(QColor("#1a237e") if level <= 1 else QColor("#202020"))
        block_format.setTopMargin(14 if level <= 1 else 9)
        block_format.setBottomMargin(4)
    else:
        block_format.setBottomMargin(6)
        block_format.setLineHeight(125, 1)  # ProportionalHeight
        if block.kind == BlockKind.LIST_ITEM:
            block_format.setIndent(1 + (block.list_level or 0))
    return block_format, char_format


def _table(cursor: QTextCursor, rows: list[list[str]], location: Location, out: RenderedDocument,
           base_font: QFont, first: bool) -> None:
    # keep addresses true: drop empty rows and leading empty columns only for display
    kept_rows = [r for r, row in enumerate(rows) if any(c.strip() for c in row)]
    width = max((len(row) for row in rows), default=0)
    used_cols = [c for c in range(width) if any(c < len(rows[r]) and rows[r][c].strip() for r in kept_rows)]
    if not kept_rows or not used_cols:
        return
    if not first:
        cursor.insertBlock(QTextBlockFormat())
    table_format = QTextTableFormat()
    table_format.setBorder(0.6)
    table_format.setBorderBrush(QBrush(QColor("#b0b7c3")))
    table_format.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
    table_format.setCellSpacing(0)
    table_format.setCellPadding(4)
    table_format.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
    table_format.setHeaderRowCount(1)
    grid = [[(rows[r][c] if c < len(rows[r]) else "").strip() for c in used_cols] for r in kept_rows]
    table = cursor.insertTable(len(kept_rows), len(used_cols), table_format)
    covered: dict[tuple[int, int], tuple[int, int]] = {}  # cell -> the cell holding its text
    for tr, row in enumerate(grid):
        tc = 0
        while tc < len(row):
            end = tc
            while end + 1 < len(row) and row[end + 1] == row[tc] and row[tc] and _mergeable(row[tc]):
                end += 1
            if end > tc:
                table.mergeCells(tr, tc, 1, end - tc + 1)
            for c in range(tc, end + 1):
                covered[(tr, c)] = (tr, tc)
            tc = end + 1
    header_format = QTextCharFormat()
    header_font = QFont(base_font)
    header_font.setBold(True)
    header_format.setFont(header_font)
    body_format = QTextCharFormat()
    body_format.setFont(base_font)
    spans: dict[tuple[int, int], Span] = {}
    for tr, row in enumerate(grid):
        for tc, text in enumerate(row):
            owner = covered[(tr, tc)]
            if owner != (tr, tc) or not text:
                continue
            cell = table.cellAt(tr, tc)
            if tr == 0:
                fmt = cell.format()
                fmt.setBackground(QColor("#eef1f6"))
                cell.setFormat(fmt)
            cell_cursor = cell.firstCursorPosition()
            start = cell_cursor.position()
            cell_cursor.insertText(text, header_format if tr == 0 else body_format)
            spans[(tr, tc)] = (start, cell_cursor.position())
            out.texts[spans[(tr, tc)]] = text
    for tr, r in enumerate(kept_rows):
        for tc, c in enumerate(used_cols):
            span = spans.get(covered[(tr, tc)])
            if span:
                key = (location.sheet, location.table, r + 1, c + 1)
                out.cells.setdefault(key, span)
    cursor.movePosition(QTextCursor.MoveOperation.End)


def _tint_items(out: RenderedDocument, items: list[Item]) -> None:
    cursor = QTextCursor(out.qdoc)
    for item in items:
        span = out.locate(item.location, item.text)
        if span is None:
            continue
        out.items[item.id] = span
        fmt = QTextCharFormat()
        fmt.setBackground(KIND_COLORS[item.kind])
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


def marked_span(document: QTextDocument, span: tuple[int, int], background: QColor,
                underline: QColor) -> QTextEdit.ExtraSelection:
    """A passage of the rendered text tinted and underlined (a finding's evidence, the selected
    item, the place of a change), for QTextEdit.setExtraSelections."""
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(document)
    cursor.setPosition(span[0])
    cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(background)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(underline)
    selection.format = fmt
    return selection
