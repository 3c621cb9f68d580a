"""Word .docx reader: walks the body XML in order so that every word Word shows is read.

python-docx's `Paragraph.text` leaves out text inside tracked insertions (`w:ins`) and inline
content controls, and `Document.paragraphs` / `.tables` leave out block-level content controls,
so this reader walks the XML itself: it reads `w:t` (tab and line break as a space), skips
deleted text (`w:del`, `w:moveFrom`), hidden runs and content-control placeholder text, and
descends into content controls (`w:sdt`) and custom XML wrappers.

Tracked changes: the text read is the draft with every insertion accepted and every deletion
dropped, and `Document.tracked_changes` counts them so the status can say so. Read with
`tracked="before"`, the reader gives the text as it was before the tracked changes (insertions
dropped, deletions kept): the two readings are the draft's own two versions (analysis.compare).

Numbering rule for Location (the annotate feature relies on it to find a paragraph again):
- `paragraph` = n for the n-th direct `w:p` child of `w:body`, empty paragraphs included, i.e.
  `docx.Document(path).paragraphs[n - 1]`. Empty paragraphs emit no block but are counted.
- `table` = n for `docx.Document(path).tables[n - 1]` (direct `w:tbl` children of `w:body`).
- Blocks that python-docx does not list there (inside block-level content controls or text
  boxes) get `paragraph` / `table` = None: there is no python-docx index to point at.
Text boxes are read after the paragraph that anchors them.

Tables: `rows` is the full grid; a cell merged across columns (`gridSpan`) or rows (`vMerge`)
is repeated into every grid cell it covers, and nested tables are flattened into their cell's
text. A numbered paragraph inside a cell keeps its displayed number ("1.2. Text"): in a table
the number is often the only code an indicator has.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.styles import BabelFish
from lxml import etree

from analysis.model import Block, BlockKind, Document, Location, Problem
from analysis.readers._common import (
    TitleCandidate,
    check_office_package,
    choose_title,
    clean,
    count_words,
    first_heading,
    not_valid_office_file,
)
from analysis.readers.limits import Limits, default_limits
from analysis.readers.plan_name import named_title

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TITLE_BLOCKS = 40  # the opening blocks where a Word plan states its title
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_P, _TBL, _TR, _TC, _R, _T = (_W + t for t in ("p", "tbl", "tr", "tc", "r", "t"))
_SDT, _SDT_CONTENT, _SDT_PR = _W + "sdt", _W + "sdtContent", _W + "sdtPr"
_CUSTOM_XML = _W + "customXml"
_ALT_CHUNK = _W + "altChunk"
# A reference in the text -> the element of the notes part it points to.
_NOTE_REFERENCES = {_W + "footnoteReference": _W + "footnote", _W + "endnoteReference": _W + "endnote"}
# Notes Word keeps for its own layout (the separator line), never text.
_LAYOUT_NOTES = {"separator", "continuationSeparator", "continuationNotice"}
_DEL_TEXT = _W + "delText"
_TXBX_CONTENT = _W + "txbxContent"
_SPACE_TAGS = {_W + "tab", _W + "br", _W + "cr", _W + "ptab"}
# Subtrees that never hold displayed text, or hold text Word does not show.
_SKIP_TAGS = {
    _W + t
    for t in (
        "pPr rPr sdtPr sdtEndPr tblPr tblGrid trPr tcPr del moveFrom delText instrText delInstrText fldData"
    ).split()
} | {_MC + "Fallback"}
# As the draft was before its tracked changes: insertions (and the new place of moved text) are
# skipped, deleted text (and the old place of moved text) is read.
_SKIP_BEFORE = (_SKIP_TAGS - {_W + t for t in ("del", "moveFrom", "delText")}) | {_W + "ins", _W + "moveTo"}
_TRACKED = {"insertions": _W + "ins", "deletions": _W + "del", "moves": _W + "moveFrom"}
_OFF = {"0", "false", "off"}
_VAL = _W + "val"


def _val(el: etree._Element | None) -> str | None:
    return None if el is None else el.get(_VAL)


# Word stores these numbers as 32-bit integers; a file may write anything (a 30-digit gridSpan).
_INT_MIN, _INT_MAX = -(2**31), 2**31 - 1


def _int(value: str | None, default: int | None = None) -> int | None:
    """An integer attribute, clamped to Word's 32-bit range; `default` when absent or malformed
    (a long string of digits is refused before it is converted)."""
    if value is None or len(value) > 12:
        return default
    try:
        return max(_INT_MIN, min(_INT_MAX, int(value)))
    except ValueError:
        return default


def _prop_int(props: etree._Element | None, name: str, default: int) -> int:
    """Integer w:val of the child `name` of a properties element, or `default`."""
    if props is None:
        return default
    value = _int(_val(props.find(_W + name)))
    return default if value is None else value


def _is_on(el: etree._Element | None) -> bool:
    """A WordprocessingML on/off property: present and not val=0/false/off."""
    return el is not None and (el.get(_VAL) or "true").lower() not in _OFF


@dataclass
class _Style:
    name: str
    based_on: str | None = None
    num_id: str | None = None
    ilvl: int | None = None
    outline: int | None = None


class _Styles:
    """Paragraph and numbering styles, with the basedOn chain resolved on demand."""

    def __init__(self, root: etree._Element | None) -> None:
        self.by_id: dict[str, _Style] = {}
        self.default_id: str | None = None
        if root is None:
            return
        for st in root.iter(_W + "style"):
            sid = st.get(_W + "styleId")
            if not sid:
                continue
            ppr = st.find(_W + "pPr")
            num_pr = ppr.find(_W + "numPr") if ppr is not None else None
            outline = ppr.find(_W + "outlineLvl") if ppr is not None else None
            self.by_id[sid] = _Style(
                name=BabelFish.internal2ui(_val(st.find(_W + "name")) or sid),
                based_on=_val(st.find(_W + "basedOn")),
                num_id=_val(num_pr.find(_W + "numId")) if num_pr is not None else None,
                ilvl=_ilvl(_val(num_pr.find(_W + "ilvl")), None) if num_pr is not None else None,
                outline=_int(_val(outline)),
            )
            if st.get(_W + "type") == "paragraph" and _is_on_attr(st.get(_W + "default")):
                self.default_id = sid

    def chain(self, style_id: str | None) -> list[tuple[str, _Style]]:
        """The style and its ancestors (basedOn), nearest first; loops are cut."""
        out: list[tuple[str, _Style]] = []
        seen: set[str] = set()
        sid = style_id if style_id in self.by_id else self.default_id
        while sid and sid in self.by_id and sid not in seen:
            seen.add(sid)
            out.append((sid, self.by_id[sid]))
            sid = self.by_id[sid].based_on
        return out


def _is_on_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _OFF


@dataclass
class _Level:
    fmt: str = "decimal"
    text: str = ""
    start: int = 1
    restart: int | None = None  # lvlRestart: 0 = never, n = after level n (1-based) is used
    legal: bool = False  # isLgl: show every level's number as decimal
    pstyle: str | None = None


def _parse_level(lvl: etree._Element) -> _Level:
    fmt = "decimal"
    # Word 2010+ may put numFmt inside mc:AlternateContent (Choice "custom", Fallback a plain one).
    for nf in lvl.iter(_W + "numFmt"):
        if _val(nf) and _val(nf) != "custom":
            fmt = _val(nf) or fmt
            break
    return _Level(
        fmt=fmt,
        text=(_val(lvl.find(_W + "lvlText")) or "")[:_MAX_LABEL_CHARS],
        start=_int(_val(lvl.find(_W + "start")), 1) or 0,
        restart=_int(_val(lvl.find(_W + "lvlRestart"))),
        legal=_is_on(lvl.find(_W + "isLgl")),
        pstyle=_val(lvl.find(_W + "pStyle")),
    )


_ROMAN_VALUES = (1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1)
_ROMAN = list(zip(_ROMAN_VALUES, "m cm d cd c xc l xl x ix v iv i".split(), strict=True))
_LATIN = "abcdefghijklmnopqrstuvwxyz"
# Word's russianLower sequence leaves out ё, й, ъ, ы and ь.
_CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"


def _roman(n: int) -> str:
    out = []
    for value, numeral in _ROMAN:
        while n >= value:
            out.append(numeral)
            n -= value
    return "".join(out)


# Letter numbering repeats the letter (a, ..., z, aa, ..., zz, aaa): past this many repeats, and
# Roman numerals past 3,999, a counter is shown in digits. A list that starts at 2,000,000,000 in
# letters would otherwise be labelled with 77 million characters.
_MAX_LETTER_REPEATS = 30
_MAX_ROMAN = 3999
_MAX_LABEL_CHARS = 200  # a level's text ("%1.%2.") longer than this is cut


def _letters(n: int, alphabet: str) -> str:
    """Word's letter numbering: a..z, then aa..zz, aaa..."""
    repeats = (n - 1) // len(alphabet) + 1
    if n <= 0 or repeats > _MAX_LETTER_REPEATS:
        return str(n)
    return alphabet[(n - 1) % len(alphabet)] * repeats


def format_number(n: int, fmt: str) -> str:
    """One counter as Word displays it in the given numFmt (unknown formats fall back to decimal)."""
    if fmt in ("lowerRoman", "upperRoman") and n > _MAX_ROMAN:
        return str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "lowerLetter":
        return _letters(n, _LATIN)
    if fmt == "upperLetter":
        return _letters(n, _LATIN).upper()
    if fmt == "lowerRoman":
        return _roman(n) if n > 0 else str(n)
    if fmt == "upperRoman":
        return _roman(n).upper() if n > 0 else str(n)
    if fmt == "russianLower":
        return _letters(n, _CYRILLIC)
    if fmt == "russianUpper":
        return _letters(n, _CYRILLIC).upper()
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


_PLACEHOLDER_RE = re.compile(r"%([1-9])")
_MAX_ILVL = 8  # Word has nine list levels, 0-8


def _ilvl(value: str | None, default: int | None = 0) -> int | None:
    """A list level from the XML, kept within Word's nine (a counter per level is kept: a file
    with a new level on every paragraph would make each one walk all the others)."""
    level = _int(value)
    return default if level is None else max(0, min(_MAX_ILVL, level))


class _Numbering:
    """Replays Word's list counters over the paragraphs in document order.

    Counters are kept per abstract list definition, so lists whose `w:num` entries share one
    abstractNum continue each other, as Word does; a `w:num` with a `startOverride` resets the
    counter of that level the first time it is used ("Restart numbering"). Using a level resets
    the deeper levels unless their `lvlRestart` says otherwise.
    """

    def __init__(self, root: etree._Element | None, styles: _Styles) -> None:
        self.abstract: dict[str, dict[int, _Level]] = {}
        self.style_link: dict[str, str] = {}
        self.nums: dict[str, tuple[str, dict[int, _Level], dict[int, int]]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.started: set[str] = set()
        self.styles = styles
        if root is None:
            return
        for an in root.iter(_W + "abstractNum"):
            aid = an.get(_W + "abstractNumId") or ""
            self.abstract[aid] = {_ilvl(lvl.get(_W + "ilvl")): _parse_level(lvl) for lvl in an.iter(_W + "lvl")}
            link = _val(an.find(_W + "numStyleLink"))
            if link:
                self.style_link[aid] = link
        for num in root.iter(_W + "num"):
            nid = num.get(_W + "numId") or ""
            overrides: dict[int, _Level] = {}
            starts: dict[int, int] = {}
            for ov in num.iter(_W + "lvlOverride"):
                ilvl = _ilvl(ov.get(_W + "ilvl"))
                start = _int(_val(ov.find(_W + "startOverride")))
                if start is not None:
                    starts[ilvl] = start
                lvl = ov.find(_W + "lvl")
                if lvl is not None:
                    overrides[ilvl] = _parse_level(lvl)
            self.nums[nid] = (_val(num.find(_W + "abstractNumId")) or "", overrides, starts)

    def _resolve(self, num_id: str) -> tuple[str, dict[int, _Level]] | None:
        """(counter key, level definitions) for a numId, following numStyleLink once."""
        entry = self.nums.get(num_id)
        if entry is None:
            return None
        abstract_id, overrides, _ = entry
        if abstract_id in self.style_link:  # the definition lives with a numbering style
            chain = self.styles.chain(self.style_link[abstract_id])
            linked = self.nums.get(next((st.num_id for _, st in chain if st.num_id), ""))
            if linked and linked[0] in self.abstract:
                abstract_id = linked[0]
        levels = dict(self.abstract.get(abstract_id, {}))
        levels.update(overrides)
        return abstract_id, levels

    def level_for_style(self, num_id: str, style_id: str) -> int:
        """The level whose pStyle is this style (heading numbering linked through the style)."""
        resolved = self._resolve(num_id)
        if resolved:
            for ilvl, lvl in resolved[1].items():
                if lvl.pstyle == style_id:
                    return ilvl
        return 0

    def next_label(self, num_id: str, ilvl: int) -> str | None:
        """Advance the counter for (num_id, ilvl) and return the label Word shows, None for bullets."""
        resolved = self._resolve(num_id)
        if resolved is None:
            return None
        key, levels = resolved
        counters = self.counters.setdefault(key, {})
        if num_id not in self.started:
            self.started.add(num_id)
            for lvl_no, start in self.nums[num_id][2].items():
                counters[lvl_no] = start - 1
                for deeper in [k for k in counters if k > lvl_no]:
                    del counters[deeper]
        lvl = levels.get(ilvl, _Level())
        counters[ilvl] = counters.get(ilvl, lvl.start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            restart = levels.get(deeper, _Level()).restart
            if restart is None or (restart > 0 and ilvl <= restart - 1):
                del counters[deeper]
        if lvl.fmt == "bullet":
            return None

        def show(match: re.Match[str]) -> str:
            k = int(match.group(1)) - 1
            ref = levels.get(k, _Level())
            value = counters.get(k, ref.start)
            return format_number(value, "decimal" if lvl.legal and ref.fmt != "none" else ref.fmt)

        label = _PLACEHOLDER_RE.sub(show, lvl.text).strip()
        return label or None


@dataclass
class _ParaProps:
    style_id: str | None
    style_name: str | None
    heading_level: int | None
    num_id: str | None
    ilvl: int
    is_list_style: bool


_HEADING_STYLE_RE = re.compile(r"heading ([1-9])")


@dataclass
class _Walker:
    """Turns the body XML into Blocks; one instance per document (it holds the counters)."""

    path: Path
    styles: _Styles
    numbering: _Numbering
    limits: Limits = field(default_factory=default_limits)
    notes: dict[tuple[str, str], etree._Element] = field(default_factory=dict)  # (tag, id) -> note
    blocks: list[Block] = field(default_factory=list)
    paragraph_no: int = 0
    table_no: int = 0
    alt_chunks: int = 0  # embedded documents (w:altChunk): Word merges them on opening; not read
    wide_tables: set[int] = field(default_factory=set)  # tables cut at max_table_columns
    long_tables: set[int] = field(default_factory=set)  # tables cut at max_table_cells
    before: bool = False  # read the text as it was before the tracked changes

    # -- containers -------------------------------------------------------------------------
    def walk(self, container: etree._Element, top_level: bool) -> None:
        """Emit blocks for a body-like container (body, content control, text box)."""
        for child in container:
            tag = child.tag
            if tag == _P:
                if top_level:
                    self.paragraph_no += 1
                self._paragraph(child, self.paragraph_no if top_level else None)
            elif tag == _TBL:
                if top_level:
                    self.table_no += 1
                self._table(child, self.table_no if top_level else None)
            elif tag in (_SDT, _CUSTOM_XML, _SDT_CONTENT):
                if not _is_placeholder(child):
                    self.walk(child, top_level=False)
            elif tag == _ALT_CHUNK:
                self.alt_chunks += 1

    def anchored(self, element: etree._Element) -> etree._Element | None:
        """The container an anchor in a paragraph stands for: a text box's content, or the
        footnote / endnote a reference points to (read right after the paragraph, as Word
        shows the note's number there)."""
        if element.tag == _TXBX_CONTENT:
            return element
        note = self.notes.get((element.tag, element.get(_W + "id") or ""))
        if note is not None:
            self.notes.pop((element.tag, element.get(_W + "id") or ""))  # each note once: no loops
        return note

    # -- paragraphs ---------------------------------------------------------------------------
    def _props(self, p: etree._Element) -> _ParaProps:
        ppr = p.find(_W + "pPr")
        style_id = _val(ppr.find(_W + "pStyle")) if ppr is not None else None
        chain = self.styles.chain(style_id)
        name = chain[0][1].name if chain else style_id
        lname = (name or "").lower()
        heading: int | None = None
        m = _HEADING_STYLE_RE.fullmatch(lname)
        if m:
            heading = int(m.group(1))
        elif lname == "title":
            heading = 0
        else:
            outline = _int(_val(ppr.find(_W + "outlineLvl"))) if ppr is not None else None
            if outline is None:
                outline = next((st.outline for _, st in chain if st.outline is not None), None)
            if outline is not None and 0 <= outline < 9:
                heading = outline + 1
        num_pr = ppr.find(_W + "numPr") if ppr is not None else None
        num_id = _val(num_pr.find(_W + "numId")) if num_pr is not None else None
        ilvl = _ilvl(_val(num_pr.find(_W + "ilvl")), None) if num_pr is not None else None
        style_num = next(((sid, st) for sid, st in chain if st.num_id is not None), None)
        if num_id is None and style_num is not None:
            num_id = style_num[1].num_id
            if ilvl is None:
                ilvl = style_num[1].ilvl
                if ilvl is None:
                    ilvl = self.numbering.level_for_style(num_id or "", style_num[0])
        if num_id in (None, "0"):  # numId 0 switches numbering off
            num_id = None
        return _ParaProps(
            style_id=chain[0][0] if chain else style_id,
            style_name=name,
            heading_level=heading,
            num_id=num_id,
            ilvl=ilvl or 0,
            is_list_style=lname.startswith("list"),
        )

    def _paragraph(self, p: etree._Element, number: int | None) -> None:
        props = self._props(p)
        # The counter advances even for an empty paragraph: Word shows a number there too.
        label = self.numbering.next_label(props.num_id, props.ilvl) if props.num_id else None
        text, boxes = _paragraph_text(p, self.before)
        if text:
            loc = Location(file=str(self.path), paragraph=number)
            if props.heading_level is not None:
                block = Block(BlockKind.HEADING, text, loc, heading_level=props.heading_level)
            elif props.num_id or props.is_list_style:
                block = Block(BlockKind.LIST_ITEM, text, loc, list_level=props.ilvl)
            else:
                block = Block(BlockKind.PARAGRAPH, text, loc)
            block.style = props.style_name
            block.label = label
            self.blocks.append(block)
        for anchor in boxes:
            container = self.anchored(anchor)
            if container is not None:
                self.walk(container, top_level=False)

    # -- tables -------------------------------------------------------------------------------
    def _table(self, tbl: etree._Element, number: int | None) -> None:
        rows = self._grid(tbl)
        if any(cell for row in rows for cell in row):
            loc = Location(file=str(self.path), table=number)
            self.blocks.append(Block(BlockKind.TABLE, "", loc, rows=rows))

    def _grid(self, tbl: etree._Element) -> list[list[str]]:
        """The table as a rectangular grid with merged cells repeated.

        Spans come from the file (gridSpan, gridBefore) and are bounded before anything is
        allocated: no row is wider than max_table_columns, and rows past max_table_cells are
        left out (a warning says so)."""
        max_columns = max(1, self.limits.max_table_columns)
        grid: list[list[str]] = []
        cells = 0
        above: dict[int, str] = {}  # grid column -> text of the vMerge cell that started there
        for tr in _children(tbl, _TR):
            trpr = tr.find(_W + "trPr")
            if trpr is not None and trpr.find(_W + ("ins" if self.before else "del")) is not None:
                continue  # a tracked row deletion (or, read as before the changes, insertion)
            if cells >= self.limits.max_table_cells:
                self.long_tables.add(self.table_no)
                break
            before = max(0, _prop_int(trpr, "gridBefore", 0))  # grid columns skipped at the start
            row: list[str] = [""] * min(before, max_columns)
            for tc in _children(tr, _TC):
                tcpr = tc.find(_W + "tcPr")
                room = max_columns - len(row)
                span = max(1, _prop_int(tcpr, "gridSpan", 1))
                if room <= 0 or span > room:
                    self.wide_tables.add(self.table_no)
                    span = room
                    if span <= 0:
                        break
                vmerge = tcpr.find(_W + "vMerge") if tcpr is not None else None
                col = len(row)
                if vmerge is not None and (vmerge.get(_VAL) or "continue") == "continue":
                    text = above.get(col, "")
                else:
                    text = self._cell_text(tc)
                    for k in range(col, col + span):
                        if vmerge is not None:
                            above[k] = text
                        else:
                            above.pop(k, None)
                row.extend([text] * span)
            grid.append(row)
            cells += len(row)
        width = max((len(r) for r in grid), default=0)
        return [r + [""] * (width - len(r)) for r in grid]

    def _cell_text(self, container: etree._Element) -> str:
        """All text of a cell (or nested table), paragraphs joined with a space."""
        parts: list[str] = []
        for child in container:
            tag = child.tag
            if tag == _P:
                props = self._props(child)
                label = self.numbering.next_label(props.num_id, props.ilvl) if props.num_id else None
                text, boxes = _paragraph_text(child, self.before)
                if text:
                    parts.append(f"{label} {text}" if label else text)
                for anchor in boxes:
                    container = self.anchored(anchor)
                    if container is not None:
                        parts.append(self._cell_text(container))
            elif tag == _TBL:
                parts.extend(" ".join(c for c in row if c) for row in self._unique_cells(child))
            elif tag in (_SDT, _CUSTOM_XML, _SDT_CONTENT) and not _is_placeholder(child):
                parts.append(self._cell_text(child))
        return clean(" ".join(p for p in parts if p))

    def _unique_cells(self, tbl: etree._Element) -> list[list[str]]:
        """A nested table's rows without the repeats that merging puts into the grid."""
        out = []
        for row in self._grid(tbl):
            seen: list[str] = []
            for cell in row:
                if not seen or seen[-1] != cell:
                    seen.append(cell)
            out.append(seen)
        return out


def _children(el: etree._Element, tag: str) -> list[etree._Element]:
    """Children with `tag`, looking through content controls and custom XML wrappers."""
    out: list[etree._Element] = []
    for child in el:
        if child.tag == tag:
            out.append(child)
        elif child.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML):
            out.extend(_children(child, tag))
    return out


def _is_placeholder(el: etree._Element) -> bool:
    """A content control still showing its placeholder ('Click or tap here to enter text.')."""
    if el.tag != _SDT:
        return False
    pr = el.find(_SDT_PR)
    return pr is not None and _is_on(pr.find(_W + "showingPlcHdr"))


def _paragraph_text(p: etree._Element, before: bool = False) -> tuple[str, list[etree._Element]]:
    """(displayed text of a paragraph, text boxes anchored in it); `before`: as it was before
    its tracked changes."""
    parts: list[str] = []
    boxes: list[etree._Element] = []
    _collect(p, parts, boxes, _SKIP_BEFORE if before else _SKIP_TAGS)
    return clean("".join(parts)), boxes


def _collect(el: etree._Element, parts: list[str], boxes: list[etree._Element], skip: set[str]) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in skip:
            continue
        if tag == _T or tag == _DEL_TEXT:
            parts.append(child.text or "")
        elif tag in _SPACE_TAGS:
            parts.append(" ")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
        elif tag == _TXBX_CONTENT or tag in _NOTE_REFERENCES:
            boxes.append(child)
        elif tag == _R and _is_hidden(child):
            continue
        elif tag == _SDT and _is_placeholder(child):
            continue
        else:
            _collect(child, parts, boxes, skip)


def _is_hidden(run: etree._Element) -> bool:
    rpr = run.find(_W + "rPr")
    return rpr is not None and _is_on(rpr.find(_W + "vanish"))


def _part_element(document: WordDocument, reltype: str) -> etree._Element | None:
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            return getattr(rel.target_part, "element", None)
    return None


def _notes(
    document: WordDocument, reltype: str, reference_tag: str, note_tag: str
) -> dict[tuple[str, str], etree._Element]:
    """(reference tag, id) -> the footnote or endnote element, parsed from the notes part."""
    for rel in document.part.rels.values():
        if rel.reltype == reltype and not rel.is_external:
            root = etree.fromstring(rel.target_part.blob, _SAFE_PARSER)
            return {
                (reference_tag, note.get(_W + "id") or ""): note
                for note in root.iter(note_tag)
                if (note.get(_W + "type") or "normal") not in _LAYOUT_NOTES
            }
    return {}


# The notes parts are parsed here (python-docx leaves them as bytes): no entities, no network.
_SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def tracked_changes(body: etree._Element) -> dict[str, int]:
    """How many tracked insertions, deletions and moves carry text (paragraph-mark and
    formatting revisions carry none and are not counted); a table row inserted or deleted
    whole counts once. Empty when there are none."""
    counts = {}
    for name, tag in _TRACKED.items():
        n = 0
        for el in body.iter(tag):
            parent = el.getparent()
            if parent is not None and parent.tag == _W + "trPr":
                n += 1  # a whole row
            elif next(el.iter(_T, _DEL_TEXT), None) is not None and not _in_marked_row(el, tag):
                n += 1
        if n:
            counts[name] = n
    return counts


def _in_marked_row(el: etree._Element, tag: str) -> bool:
    for ancestor in el.iterancestors(_TR):
        trpr = ancestor.find(_W + "trPr")
        return trpr is not None and trpr.find(tag) is not None
    return False


def read_docx(path: Path, doc: Document, limits: Limits | None = None, tracked: str = "accepted") -> None:
    """Fill `doc` from a .docx file (see the module docstring for the Location rules);
    `tracked="before"` reads the text as it was before its tracked changes."""
    limits = limits or default_limits()
    check_office_package(path, "Word", limits)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged package
        raise not_valid_office_file(path, "Word") from exc
    styles = _Styles(_part_element(document, RT.STYLES))
    numbering = _Numbering(_part_element(document, RT.NUMBERING), styles)
    notes = {}
    for reltype, (reference, note) in zip((RT.FOOTNOTES, RT.ENDNOTES), _NOTE_REFERENCES.items(), strict=True):
        try:
            notes.update(_notes(document, reltype, reference, note))
        except etree.XMLSyntaxError:
            doc.warnings.append(Problem("docx_notes_damaged", {"name": path.name, "notes": f"{note.split('}')[1]}s"}))
    walker = _Walker(path, styles, numbering, limits, notes, before=tracked == "before")
    walker.walk(document.element.body, top_level=True)
    doc.tracked_changes = tracked_changes(document.element.body)
    doc.blocks.extend(walker.blocks)
    if walker.alt_chunks:
        doc.warnings.append(Problem("docx_alt_chunks", {"name": path.name, "count": str(walker.alt_chunks)}))
    if walker.wide_tables:
        doc.warnings.append(Problem("docx_wide_tables", {
            "name": path.name, "tables": _numbers(walker.wide_tables), "limit": limits.max_table_columns,
        }))
    if walker.long_tables:
        doc.warnings.append(Problem("docx_long_tables", {
            "name": path.name, "tables": _numbers(walker.long_tables), "limit": limits.max_table_cells,
        }))
    doc.title = _title(walker.blocks, clean(document.core_properties.title or ""), path.name)
    created = document.core_properties.created
    doc.created = created.year if created is not None else None
    doc.word_count = count_words(walker.blocks)


def _numbers(tables: set[int]) -> str:
    """Table numbers as a planner counts them (a table in a content control counts as the body
    table before it; one before any body table as 1)."""
    return ", ".join(str(max(1, n)) for n in sorted(tables))


def _title(blocks: list[Block], property_title: str, file_name: str = "") -> str:
    """The Title-style paragraph or a top heading of the opening (the issuing authority and
    front-matter headings left out, see choose_title), else the name the text uses for the plan
    (a picture cover, see named_title), else the document's Title property."""
    candidates = [
        TitleCandidate(b.text, 10.0 - (b.heading_level or 0), n)
        for n, b in enumerate(blocks[:TITLE_BLOCKS])
        if b.kind is BlockKind.HEADING and b.text and (b.heading_level or 0) <= 2
    ]
    if property_title:
        candidates.append(TitleCandidate(property_title, 0.0, len(blocks)))
    chosen = choose_title(candidates, named=lambda: named_title(blocks, file_name))
    return chosen or property_title or first_heading(blocks)
