"""Plain text (.txt) and Markdown (.md) reader.

Paragraphs are separated by blank lines and soft-wrapped lines are joined with a space.
Both formats: "#" headings (level = number of #), bullet lines ("-", "*", "+", "•", ...) and
enumerated lines ("1.", "1)", "a)", "(iv)") as LIST_ITEMs (list_level = indentation / 2
spaces; enumerators stay in the text, bullets do not), "| a | b |" pipe tables as TABLEs.
Markdown only: underlined (setext) headings and inline markup (**bold**, `code`, links)
removed. Plain text only: a short ALL-CAPS line standing alone is a heading. Numbered lines
such as "1.2 Objectives" start a new PARAGRAPH but are not promoted to headings: extraction
recognises numbering for every format the same way.

Location.paragraph = 1-based index of the block among the emitted blocks (tables included).
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from pathlib import Path

from analysis.model import Block, BlockKind, Document, Location
from analysis.readers._common import clean, count_words, is_enumerated, split_bullet, starts_section_number
from analysis.readers.limits import Limits

_ATX_RE = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_SETEXT_RE = re.compile(r"^ {0,3}(=+|-+)\s*$")
_RULE_RE = re.compile(r"^ {0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,}|(?:=\s*){3,})$")
_TABLE_SEP_RE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_FENCE_RE = re.compile(r"^ {0,3}(```|~~~)")
_CELL_SPLIT_RE = re.compile(r"(?<!\\)\|")
_INLINE_SUBS = [
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),  # images -> alt text
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links -> link text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)([^*]+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)([^_]+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!|])"), r"\1"),
]
# An ALL-CAPS line longer than this is shouting, not a heading.
_MAX_CAPS_HEADING_WORDS = 12


def decode_bytes(data: bytes) -> tuple[str, str | None]:
    """(text, name of the encoding used when it was not UTF-8)."""
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return data.decode("utf-32", errors="replace"), "UTF-32"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", errors="replace"), "UTF-16"
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        pass
    if _looks_cyrillic(data):
        return data.decode("cp1251", errors="replace"), "Windows-1251 (Cyrillic)"
    try:
        # Windows-1252 is what "latin-1" text from Windows really is (curly quotes, dashes).
        return data.decode("cp1252"), "Windows-1252 (Western European)"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "ISO-8859-1 (Latin-1)"


def _looks_cyrillic(data: bytes) -> bool:
    """In cp1251 Russian or Kazakh text most letters are bytes 0xC0-0xFF; in Western text few are."""
    high = sum(1 for b in data if b >= 0xC0 or b in (0xA8, 0xB8))
    latin = sum(1 for b in data if 0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A)
    return high > 0 and high >= 0.4 * (high + latin)


def _strip_inline(text: str) -> str:
    for pattern, repl in _INLINE_SUBS:
        text = pattern.sub(repl, text)
    return text


def _indent(line: str) -> int:
    expanded = line.expandtabs(4)
    return len(expanded) - len(expanded.lstrip(" "))


@dataclass
class _Parser:
    """Line-by-line state machine; `flush` turns the pending lines into one block."""

    path: Path
    markdown: bool
    blocks: list[Block] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    kind: BlockKind = BlockKind.PARAGRAPH
    list_level: int | None = None
    table: list[list[str]] = field(default_factory=list)

    def _emit(self, kind: BlockKind, text: str, **extra: object) -> None:
        loc = Location(file=str(self.path), paragraph=len(self.blocks) + 1)
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
            self.table = []
        self.kind, self.list_level = BlockKind.PARAGRAPH, None

    def start(self, kind: BlockKind, text: str, list_level: int | None = None) -> None:
        self.flush()
        self.kind, self.list_level, self.lines = kind, list_level, [text]

    def heading(self, text: str, level: int) -> None:
        self.flush()
        text = self._inline(text)
        if text:
            self._emit(BlockKind.HEADING, text, heading_level=level)

    def table_row(self, line: str) -> None:
        if self.lines:
            self.flush()
        body = line.strip()
        if _TABLE_SEP_RE.match(body):
            return
        body = body[1:] if body.startswith("|") else body
        body = body[:-1] if body.endswith("|") and not body.endswith("\\|") else body
        self.table.append([self._inline(c.replace("\\|", "|")) for c in _CELL_SPLIT_RE.split(body)])

    def parse(self, text: str) -> list[Block]:
        raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        in_fence = False
        for i, line in enumerate(raw):
            stripped = line.strip()
            if self.markdown and _FENCE_RE.match(line):
                self.flush()
                in_fence = not in_fence
                continue
            if in_fence:
                if stripped:
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
            m = _ATX_RE.match(stripped)
            if m:
                self.heading(m.group(2), len(m.group(1)))
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

    def _line(self, line: str, stripped: str, raw: list[str], i: int) -> None:
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


def read_text(path: Path, doc: Document, limits: Limits | None = None) -> None:
    """Fill `doc` from a .txt or .md file (see the module docstring); `read_document` applies the size limit."""
    text, encoding = decode_bytes(path.read_bytes())
    if encoding:
        doc.warnings.append(f"{path.name}: not UTF-8; read as {encoding}. Save it as UTF-8 to be sure.")
    parser = _Parser(path, markdown=path.suffix.lower() == ".md")
    doc.blocks.extend(parser.parse(text))
    if doc.blocks and doc.blocks[0].kind is BlockKind.HEADING:
        doc.title = doc.blocks[0].text
    doc.word_count = count_words(doc.blocks)
