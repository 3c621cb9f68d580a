"""Plain text (.txt) and Markdown (.md) reader.

Paragraphs are separated by blank lines and soft-wrapped lines are joined with a space.
Both formats: "#" headings (level = number of #), bullet lines ("-", "*", "+", "•", ...) and
enumerated lines ("1.", "1)", "a)", "(iv)") as LIST_ITEMs (list_level = indentation / 2
spaces; enumerators stay in the text, bullets do not), "| a | b |" pipe tables as TABLEs.
Markdown only: underlined (setext) headings and inline markup (**bold**, `code`, links)
removed. Plain text only: a short ALL-CAPS line standing alone is a heading. Numbered lines
such as "1.2 Objectives" start a new PARAGRAPH but are not promoted to headings: extraction
recognises numbering for every format the same way.

Plain text only: lines whose words stand in columns separated by two spaces or more (text saved
from a PDF's layout) are rebuilt into a TABLE as a PDF page's words are (pdf_tables.py).

Location.line = the 1-based line the block starts on; Location.paragraph = 1-based index of the
block among the emitted blocks (tables included).
"""

from __future__ import annotations

import codecs
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.model import Block, BlockKind, Document, Location, Problem
from analysis.readers._common import (
    NOT_TEXT_RE,
    clean,
    count_words,
    is_enumerated,
    mark_unmarked_lists,
    split_bullet,
    starts_section_number,
)
from analysis.readers.limits import Limits, default_limits
from analysis.readers.pdf_tables import find_text_tables
from analysis.readers.plan_name import named_title
from analysis.resources import LANGUAGES, load_lexicon, per_rules

# Every pattern here runs on lines a stranger wrote, so none may backtrack without bound: the
# ATX heading is split by hand, and the inline markup patterns cap what they scan from each
# opening mark (a 120 KB line of brackets or of spaces costs linear time, not minutes).
_ATX_OPEN_RE = re.compile(r"(#{1,6})(?=\s)")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_TABLE_SEP_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_FENCE_RE = re.compile(r"^ {0,3}(```|~~~)")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
_SPAN = 300  # longest text a pair of inline marks is taken to enclose
_INLINE_SUBS = [
    (re.compile(rf"!\[([^\[\]]{{0,{_SPAN}}})\]\([^()\n]{{0,{3 * _SPAN}}}\)"), r"\1"),  # images -> alt text
    (re.compile(rf"\[([^\[\]]{{1,{_SPAN}}})\]\([^()\n]{{0,{3 * _SPAN}}}\)"), r"\1"),  # links -> link text
    (re.compile(rf"(\*\*|__)(?=\S)(.{{1,{_SPAN}}}?)(?<=\S)\1"), r"\2"),
    (re.compile(rf"(?<![\w*])\*(?=\S)([^*]{{1,{_SPAN}}}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(rf"(?<![\w_])_(?=\S)([^_]{{1,{_SPAN}}}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(rf"`([^`]{{0,{_SPAN}}})`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),
]
# An ALL-CAPS line longer than this is shouting, not a heading.
_MAX_CAPS_HEADING_WORDS = 12
RUNNING_LINE_WORDS = 8  # a running header or footer is short ...
RUNNING_LINE_REPEATS = 3  # ... and recurs, its page number changing
_SENTENCE_ENDS = tuple(".!?:;")


def _atx_heading(stripped: str) -> tuple[int, str] | None:
    """('# Title ##' ->) (level, 'Title'): an ATX heading without its closing hashes, or None."""
    m = _ATX_OPEN_RE.match(stripped)
    if not m:
        return None
    rest = stripped[m.end() :].strip()
    body = rest.rstrip("#")
    if body != rest and (not body or body[-1].isspace()):
        rest = body.rstrip()
    return len(m.group(1)), rest


# -- decoding ------------------------------------------------------------------------------------

# Single-byte encodings Cyrillic text has been saved in, most common first (a tie goes to the first).
_CYRILLIC_ENCODINGS = {
    "cp1251": "Windows-1251 (Cyrillic)",
    "kz1048": "KZ-1048 (Kazakh)",
    "koi8_r": "KOI8-R (Cyrillic)",
    "cp866": "DOS 866 (Cyrillic)",
    "iso8859_5": "ISO-8859-5 (Cyrillic)",
    "mac_cyrillic": "Mac Cyrillic",
}
# How often each lowercase letter occurs in Russian text (per cent), and roughly in Kazakh for the
# letters Russian lacks: a decoding whose letters score best under it is the right one.
_LETTER_PERCENT = dict(
    zip(
        "оеаинтсрвлкмдпуяыьгзбчйхжшюцщэфъё",
        (
            10.97,
            8.45,
            8.01,
            7.35,
            6.7,
            6.26,
            5.47,
            4.73,
            4.54,
            4.4,
            3.49,
            3.21,
            2.98,
            2.81,
            2.62,
            2.01,
            1.9,
            1.74,
            1.7,
            1.65,
            1.59,
            1.44,
            1.21,
            0.97,
            0.94,
            0.73,
            0.64,
            0.48,
            0.36,
            0.32,
            0.26,
            0.04,
            0.04,
        ),  # fmt: skip
        strict=True,
    )
) | dict.fromkeys("әғқңөұүһі", 1.5)
_LOG_LETTER = {ch: math.log(p / 100) for ch, p in _LETTER_PERCENT.items()}
_LOG_UPPER = math.log(0.1)  # capitals are rarer than small letters
_LOG_OTHER = math.log(1e-5)  # a symbol, a box-drawing piece, an undefined byte: unlikely in a plan


def _cyrillic_score(text: str) -> float:
    """Mean log-likelihood of the non-ASCII characters of `text` as Russian/Kazakh letters."""
    total, count = 0.0, 0
    for ch in text:
        if ch < "\x80":
            continue
        count += 1
        score = _LOG_LETTER.get(ch)
        if score is None:
            lower = ch.lower()
            score = _LOG_LETTER[lower] + _LOG_UPPER if lower != ch and lower in _LOG_LETTER else _LOG_OTHER
        total += score
    return total / count if count else _LOG_OTHER


def _single_byte(data: bytes) -> tuple[str, str]:
    """(codec, name) of the legacy encoding `data` is most likely in."""
    if _looks_cyrillic(data):
        sample = data[:200_000]
        return max(
            _CYRILLIC_ENCODINGS.items(), key=lambda item: _cyrillic_score(sample.decode(item[0], errors="replace"))
        )
    try:
        # Windows-1252 is what "latin-1" text from Windows really is (curly quotes, dashes).
        data.decode("cp1252")
        return "cp1252", "Windows-1252 (Western European)"
    except UnicodeDecodeError:
        return "latin-1", "ISO-8859-1 (Latin-1)"


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when `data` is UTF-16 text saved without a byte order mark:
    one byte of each pair takes only a few values (0 for Latin text, 4 for Cyrillic) and the
    whole decodes cleanly."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[:100_000]
    for codec, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        common = Counter(high).most_common(2)
        if sum(n for _, n in common) < 0.85 * len(high):
            continue
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        printable = sum(1 for ch in text[:50_000] if ch.isprintable() or ch in "\t\r\n")
        if printable >= 0.95 * min(len(text), 50_000):
            return codec
    return None


Note = tuple[str, dict[str, Any]]  # a problem's code and values, but for the file's name


def decode_bytes(data: bytes) -> tuple[str, list[Note]]:
    """(text, what was done to decode it when it was not plain UTF-8: the warnings to give)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace"), [("not_utf8", {"encoding": "UTF-32"})]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), [("not_utf8", {"encoding": "UTF-16"})]
    # Text has no control bytes; UTF-16 without a byte order mark has them everywhere.
    controls = sum(data.count(bytes([b])) for b in range(9))
    if controls > 0.01 * len(data):
        codec = _utf16_without_bom(data)
        if codec:
            order = "little-endian" if codec.endswith("le") else "big-endian"
            return data.decode(codec), [("utf16_no_bom", {"order": order})]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    return _decode_mixed(data)


def _decode_mixed(data: bytes) -> tuple[str, list[Note]]:
    """Text that is not valid UTF-8 as a whole, decoded line by line: a file of UTF-8 with a
    few stray bytes stays UTF-8 (the stray bytes left out), a file in a legacy encoding is read
    in the one it most likely is, and lines of both kinds are each read their own way."""
    lines = data.split(b"\n")
    utf8_lines = sum(1 for line in lines if max(line, default=0) >= 0x80 and _mostly_utf8(line))
    if not utf8_lines:
        codec, name = _single_byte(data)
        return data.decode(codec, errors="replace"), [("not_utf8", {"encoding": name})]
    kinds: list[str] = []  # per line: "utf-8", "replaced" or "legacy"
    for line in lines:
        try:
            line.decode("utf-8")
            kinds.append("utf-8")
        except UnicodeDecodeError:
            kinds.append("replaced" if _mostly_utf8(line) else "legacy")
    # the legacy encoding is guessed from the lines written in it, not from the UTF-8 around them
    codec, name = _single_byte(b"\n".join(line for line, kind in zip(lines, kinds, strict=True) if kind == "legacy"))
    out, replaced, legacy = [], [], []
    for number, (line, kind) in enumerate(zip(lines, kinds, strict=True), 1):
        if kind == "utf-8":
            out.append(line.decode("utf-8"))
        elif kind == "replaced":
            out.append(line.decode("utf-8", errors="ignore"))
            replaced.append(number)
        else:
            out.append(line.decode(codec, errors="replace"))
            legacy.append(number)
    notes: list[Note] = []
    if replaced:
        notes.append(("utf8_stray_bytes", {"lines": _line_list(replaced)}))
    if legacy:
        notes.append(("utf8_legacy_lines", {"lines": _line_list(legacy), "encoding": name}))
    return "\n".join(out), notes


def _mostly_utf8(line: bytes) -> bool:
    """More of the line's non-ASCII bytes form valid UTF-8 characters than not."""
    text = line.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(len(ch.encode("utf-8")) for ch in text if ch >= "\x80" and ch != "\ufffd")
    return good > bad


def _line_list(numbers: list[int], shown: int = 5) -> str:
    """'3, 17, 40' or, for many, '3, 17, 40, 41, 52, …' (no words: the warning is translated)."""
    return ", ".join(str(n) for n in numbers[:shown]) + (", …" if len(numbers) > shown else "")


def _looks_cyrillic(data: bytes) -> bool:
    """In legacy Cyrillic text most letters are bytes over 0x7F; in Western text few are."""
    high = sum(data.count(bytes([b])) for b in range(0x80, 0x100))
    latin = sum(data.count(bytes([b])) for b in range(0x41, 0x5B)) + sum(
        data.count(bytes([b])) for b in range(0x61, 0x7B)
    )
    return high > 0 and high >= 0.4 * (high + latin)


def _strip_inline(text: str) -> str:
    for pattern, repl in _INLINE_SUBS:
        text = pattern.sub(repl, text)
    return text


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


_COLUMN_GAP = re.compile(r"\S {2,}\S")  # two spaces or more between words: a column gutter
LAYOUT_WINDOW = 6  # a layout table shows column gutters on at least 2 of any 6 lines
LINE_PITCH = 10.0  # the vertical position given to a line when it is read as word boxes


def layout_tables(raw: list[str]) -> dict[int, tuple[int, list[list[str]]]]:
    """Tables in text saved from a PDF's layout (pdftotext -layout): the words of each run of
    lines with column gutters, as positioned boxes (column = x, line = y), go through the same
    rebuild as a PDF page's words. Returns first line index -> (index after the last line, rows)."""
    gutters = [bool(_COLUMN_GAP.search(line.strip())) for line in raw]
    runs: list[tuple[int, int]] = []
    start = None
    for i in range(len(raw)):
        near = sum(gutters[max(0, i - LAYOUT_WINDOW + 1) : i + 1]) >= 2
        if near and start is None:
            start = max(0, i - LAYOUT_WINDOW + 1)
        elif not near and start is not None and i - start > LAYOUT_WINDOW:
            runs.append((start, i))
            start = None
    if start is not None:
        runs.append((start, len(raw)))
    found: dict[int, tuple[int, list[list[str]]]] = {}
    for first, last in runs:
        words = [
            {
                "text": m.group(),
                "x0": float(m.start()),
                "x1": float(m.end()),
                "top": i * LINE_PITCH,
                "bottom": i * LINE_PITCH + 8.0,
                "size": 1.0,
                "line": i,
            }
            for i in range(first, last)
            for m in re.finditer(r"\S+", raw[i].expandtabs(8))
        ]
        for table in find_text_tables(words):
            lines = sorted({w["line"] for w in words if id(w) in table.word_ids})
            found[lines[0]] = (lines[-1] + 1, table.rows)
    return found


@dataclass
class _Parser:
    """Line-by-line state machine; `flush` turns the pending lines into one block."""

    path: Path
    markdown: bool
    limits: Limits = field(default_factory=default_limits)
    blocks: list[Block] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    kind: BlockKind = BlockKind.PARAGRAPH
    list_level: int | None = None
    table: list[list[str]] = field(default_factory=list)
    table_cells: int = 0
    tables_emitted: int = 0
    cut_tables: set[int] = field(default_factory=set)  # tables cut at max_table_columns / max_table_cells
    line_no: int = 0  # 1-based number of the line being read
    block_line: int = 0  # the line the pending block started on

    def _emit(self, kind: BlockKind, text: str, **extra: object) -> None:
        loc = Location(file=str(self.path), paragraph=len(self.blocks) + 1, line=self.block_line or None)
        self.blocks.append(Block(kind, text, loc, **extra))  # type: ignore[arg-type]

    def _inline(self, text: str) -> str:
        return clean(_strip_inline(text) if self.markdown else text)

    def flush(self) -> None:
        if self.lines:
            text = self._inline(" ".join(self.lines))
            if text:
                level = self.list_level if self.kind is BlockKind.LIST_ITEM else None
                self._emit(self.kind, text, list_level=level)
            self.lines = []
        if self.table:
            width = max(len(r) for r in self.table)
            rows = [r + [""] * (width - len(r)) for r in self.table]
            self._emit(BlockKind.TABLE, "", rows=rows)
            self.table, self.table_cells = [], 0
            self.tables_emitted += 1
        self.kind, self.list_level = BlockKind.PARAGRAPH, None

    def start(self, kind: BlockKind, text: str, list_level: int | None = None) -> None:
        self.flush()
        self.kind, self.list_level, self.lines = kind, list_level, [text]
        self.block_line = self.line_no

    def heading(self, text: str, level: int) -> None:
        self.flush()
        self.block_line = self.line_no
        text = self._inline(text)
        if text:
            self._emit(BlockKind.HEADING, text, heading_level=level)

    def table_row(self, line: str) -> None:
        if self.lines:
            self.flush()
        body = line.strip()
        if not self.table:
            self.block_line = self.line_no
        if _TABLE_SEP_RE.match(body):
            return
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
        # a table is bounded as in the other formats: columns past max_table_columns and rows past
        # max_table_cells are left out (a line of a million '|' is no table of a million columns)
        cells = _CELL_SPLIT_RE.split(body, maxsplit=self.limits.max_table_columns)
        if len(cells) > self.limits.max_table_columns or self.table_cells >= self.limits.max_table_cells:
            self.cut_tables.add(self.tables_emitted + 1)
            if self.table_cells >= self.limits.max_table_cells:
                return
            cells = cells[: self.limits.max_table_columns]
        self.table_cells += len(cells)
        self.table.append([self._inline(c.replace("\\|", "|")) for c in cells])

    def parse(self, text: str) -> list[Block]:
        raw = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").split("\n")
        layout = {} if self.markdown else layout_tables(raw)
        furniture = set() if self.markdown else running_lines(raw)
        in_fence = False
        skip_to = 0
        for i, line in enumerate(raw):
            self.line_no = i + 1
            if i < skip_to or i in furniture:
                continue  # (a page's running footer or number does not end the paragraph it cuts)
            if i in layout:
                # columns set out with spaces (text saved from a PDF's layout): the grid given back
                self.flush()
                self.block_line = self.line_no
                skip_to, rows = layout[i]
                self._emit(BlockKind.TABLE, "", rows=rows)
                self.tables_emitted += 1
                continue
            stripped = line.strip()
            if self.markdown and _FENCE_RE.match(line):
                self.flush()
                in_fence = not in_fence
                continue
            if in_fence:
                if stripped:
                    self.block_line = self.block_line if self.lines else self.line_no
                    self.lines.append(stripped)
                continue
            if self.markdown:
                while stripped.startswith(">"):  # block quote: read the quoted text
                    stripped = stripped[1:].lstrip()
            if not stripped:
                self.flush()
                continue
            if stripped.startswith("|") and stripped.count("|") >= 2:
                self.table_row(stripped)
                continue
            if self.table:
                self.flush()
            atx = _atx_heading(stripped)
            if atx:
                self.heading(atx[1], atx[0])
                continue
            setext = _SETEXT_RE.match(line)
            if self.markdown and setext and self.kind is BlockKind.PARAGRAPH and len(self.lines) == 1:
                pending, self.lines = self.lines[0], []
                self.heading(pending, 1 if setext.group(1)[0] == "=" else 2)
                continue
            if _RULE_RE.match(line):
                self.flush()
                continue
            self._line(line, stripped, raw, i)
        self.flush()
        return self.blocks

    def _goes_on(self, stripped: str) -> bool:
        """A line in lower case after a blank line, where the block before ended mid-sentence:
        text saved from a PDF keeps the page's spacing ('1.1 Encourage ... budgets' / '' / 'to help
        ...'). It is appended to that block."""
        if self.markdown or self.lines or self.table or not self.blocks or not stripped[:1].islower():
            return False
        last = self.blocks[-1]
        if last.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or last.text.endswith(_SENTENCE_ENDS):
            return False
        last.text = clean(f"{last.text} {stripped}")
        return True

    def _line(self, line: str, stripped: str, raw: list[str], i: int) -> None:
        if self._goes_on(stripped):
            return
        level = _indent(line) // 2
        bullet, rest = split_bullet(stripped)
        if bullet:
            self.start(BlockKind.LIST_ITEM, rest, level)
        elif is_enumerated(stripped):
            self.start(BlockKind.LIST_ITEM, stripped, level)
        elif starts_section_number(stripped):
            self.start(BlockKind.PARAGRAPH, stripped)
        elif not self.markdown and not self.lines and self._caps_heading(stripped, raw, i):
            self.heading(stripped, 1)
        else:
            if not self.lines:
                self.block_line = self.line_no
            self.lines.append(stripped)

    @staticmethod
    def _caps_heading(stripped: str, raw: list[str], i: int) -> bool:
        """A short ALL-CAPS line with a blank line (or the end) after it."""
        letters = [ch for ch in stripped if ch.isalpha()]
        return (
            len(letters) >= 2
            and all(ch.isupper() for ch in letters)
            and len(stripped.split()) <= _MAX_CAPS_HEADING_WORDS
            and not stripped.endswith(".")
            and (i + 1 >= len(raw) or not raw[i + 1].strip())
        )


def running_lines(raw: list[str]) -> set[int]:
    """The lines of page furniture in text saved from a PDF: page numbers on a line of their own,
    and short lines that recur with only their number changed ('Disability Action Council 11')."""
    shapes: dict[str, list[int]] = {}
    for i, line in enumerate(raw):
        stripped = line.strip()
        if stripped and len(stripped.split()) <= RUNNING_LINE_WORDS:
            shapes.setdefault(" ".join(re.sub(r"\d+", " ", stripped).split()).lower(), []).append(i)
    found = set(shapes.pop("", []))  # a number alone on its line
    labels = _label_words()
    for lines in shapes.values():
        numbered = [raw[i] for i in lines if re.search(r"\d", raw[i])]
        if len(numbered) < RUNNING_LINE_REPEATS or any(labels.search(line) for line in numbered):
            continue  # 'Strategic 1 Objective', 'Goal 3': numbered labels, not furniture
        found.update(lines)
    return found


@per_rules()
def _label_words() -> re.Pattern:
    """A number beside a word that numbers items ('Goal 3', 'Strategic 1 Objective', 'Цель 2'),
    in every language (resources/lexicons/*/structure.json 'label_keywords')."""
    words = {w for lang in LANGUAGES for w in load_lexicon("structure", lang).get("label_keywords", {})}
    kw = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{kw})\s+\d|\d\s+(?:{kw})(?![\w-])", re.IGNORECASE)


def read_text(path: Path, doc: Document, limits: Limits | None = None) -> None:
    """Fill `doc` from a .txt or .md file (see the module docstring); `read_document` applies the size limit."""
    text, notes = decode_bytes(path.read_bytes())
    doc.warnings.extend(Problem(code, {"name": path.name, **values}) for code, values in notes)
    controls = len(NOT_TEXT_RE.findall(text))
    if controls:
        doc.warnings.append(Problem("control_characters", {"name": path.name, "count": controls}))
    parser = _Parser(path, markdown=path.suffix.lower() == ".md", limits=limits or default_limits())
    doc.blocks.extend(parser.parse(text))
    mark_unmarked_lists(doc.blocks)
    if parser.cut_tables:
        doc.warnings.append(
            Problem(
                "text_tables_cut",
                {
                    "name": path.name,
                    "tables": ", ".join(map(str, sorted(parser.cut_tables))),
                    "columns": parser.limits.max_table_columns,
                    "limit": parser.limits.max_table_cells,
                },
            )
        )
    if doc.blocks and doc.blocks[0].kind is BlockKind.HEADING:
        doc.title = doc.blocks[0].text
    else:  # no heading opens it: the name the text uses for the plan, else (read_document) the file name
        doc.title = named_title(doc.blocks, path.name)
    doc.word_count = count_words(doc.blocks)
