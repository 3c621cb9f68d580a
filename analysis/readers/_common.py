"""Helpers every reader shares: error messages, package sniffing, text clean-up, list markers.

Kept here so that the four readers word their errors the same way and agree on what a
bullet or an enumerator looks like (extraction relies on that agreement).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

from analysis.model import Block, BlockKind
from analysis.readers import ReaderError

# An OLE compound file: old binary Office formats, and Office's wrapper for encrypted OOXML.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Stream name (UTF-16LE) that Office writes into the OLE wrapper of a password-protected file.
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
# Legacy binary stream names (UTF-16LE) of Word 97-2003 and Excel 97-2003 files.
_LEGACY_STREAMS = {
    "Word": "WordDocument".encode("utf-16-le"),
    "Excel": "Workbook".encode("utf-16-le"),
}
# A zip whose parts unpack to more than this is refused: real plans stay far below it,
# and a "zip bomb" would otherwise exhaust memory before the parser complains.
MAX_UNPACKED_BYTES = 1_500_000_000

# Bullet glyphs as they come out of Word, PDF producers and plain text ("" and "" are
# the Symbol / Wingdings private-use code points Word uses for its default bullets).
BULLET_GLYPHS = frozenset("•‣◦▪▫●○■□►▶➢➤✓✔❖◆◇·–—-*+\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8")
# Glyphs that are a bullet only when followed by a space ("-5%" / "–5%" are numbers, "o" a letter).
_SPACED_ONLY = frozenset("-–—*+o")
# "a)", "(i)", "1)", "(12)", "iv)" and "1." at the start of a line; the enumerator stays in
# the text because extraction reads codes from it.
ENUMERATOR_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)|\d{1,2}\.)\s+\S")

# "4.1. Text", "4.2.1. Text", "2.1 Objectives", "Chapter 3 ...": a numbered provision or section.
# It starts a new block but is not promoted to a list item or heading: extraction reads numbering.
SECTION_NUMBER_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\.\s+\S|\d{1,2}(?:\.\d{1,2})+\s+[A-ZА-ЯЁ]"
    r"|(?i:chapter|section|part|глава|раздел)\s+[\dIVXLC]+\b)"
)
_WS_RE = re.compile(r"\s+")


def reader_error(path: Path, problem: str) -> ReaderError:
    """The one-line error a planner sees: '<file name>: <what is wrong and what to do>'."""
    return ReaderError(f"{path.name}: {problem}")


def clean(text: str) -> str:
    """Collapse runs of whitespace (tabs, newlines, non-breaking spaces) into single spaces."""
    return _WS_RE.sub(" ", text).strip()


def count_words(blocks: Iterable[Block]) -> int:
    """Words in all text of the blocks, table cells included (for the document summary)."""
    total = 0
    for block in blocks:
        total += len(block.text.split())
        for row in block.rows or ():
            for cell in row:
                total += len(cell.split())
    return total


def first_heading(blocks: Iterable[Block], max_level: int = 1) -> str:
    """Text of the first heading at level <= max_level: a fallback document title."""
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.text and (block.heading_level or 0) <= max_level:
            return block.text
    return ""


def split_bullet(text: str) -> tuple[bool, str]:
    """(True, text without the glyph) when `text` starts with a bullet glyph, else (False, text)."""
    if not text:
        return False, text
    first = text[0]
    if first in BULLET_GLYPHS or first == "o":
        rest = text[1:]
        if first in _SPACED_ONLY and not (rest[:1].isspace() and rest.strip()):
            return False, text
        rest = rest.strip()
        if rest:
            return True, rest
    return False, text


def is_enumerated(text: str) -> bool:
    """True when the text starts with an enumerator such as 'a)', '(ii)', '3)' or '2.'."""
    return bool(ENUMERATOR_RE.match(text))


def starts_section_number(text: str) -> bool:
    """True when the text starts with a multi-level number such as '4.1.' or 'Chapter 3'."""
    return bool(SECTION_NUMBER_RE.match(text))


def check_office_package(path: Path, what: str) -> None:
    """Refuse, with a useful message, files that are not a plain macro-free OOXML package.

    `what` is "Word" or "Excel". Checks in order: encrypted / legacy binary file (OLE header),
    not a zip, macros (a macro-enabled content type or a vbaProject.bin part), absurd size.
    """
    suffix = ".docx" if what == "Word" else ".xlsx"
    with path.open("rb") as fh:
        head = fh.read(8)
        if head == OLE_MAGIC:
            body = head + fh.read(4_000_000)
            if _LEGACY_STREAMS[what] in body and _ENCRYPTED_STREAM not in body:
                raise reader_error(
                    path,
                    f"is an old {what} 97-2003 file with a {suffix} name; open it in {what}, "
                    f"save it as {suffix} (File > Save As) and add that copy.",
                )
            raise reader_error(
                path,
                f"is password-protected (encrypted); remove the password in {what} "
                "(File > Info > Protect > Encrypt with Password, clear it), save, and add it again.",
            )
    try:
        with zipfile.ZipFile(path) as zf:
            names = zf.namelist()
            content_types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise not_valid_office_file(path, what) from exc
    if not content_types:
        raise not_valid_office_file(path, what)
    if b"macroEnabled" in content_types or any(n.lower().endswith("vbaproject.bin") for n in names):
        raise reader_error(
            path,
            f"contains macros; Concord does not open files with macros. Save it as {suffix} in {what} "
            f"(File > Save As > {what} {'Document' if what == 'Word' else 'Workbook'}) and add that copy.",
        )
    if unpacked > MAX_UNPACKED_BYTES:
        raise reader_error(path, f"unpacks to {unpacked // 1_000_000} MB, too large to read safely.")


def not_valid_office_file(path: Path, what: str) -> ReaderError:
    """The 'damaged or another format' error, also for a package the parser itself rejected."""
    noun = "Word .docx file" if what == "Word" else "Excel .xlsx workbook"
    return reader_error(path, f"is not a valid {noun} (it may be damaged or be another format).")
