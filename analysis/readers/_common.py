"""Helpers every reader shares: error messages, package sniffing, text clean-up, list markers.

Kept here so that the four readers word their errors the same way and agree on what a
bullet or an enumerator looks like (extraction relies on that agreement).
"""

from __future__ import annotations

import codecs
import re
import struct
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from analysis.model import Block, BlockKind
from analysis.readers.errors import ReaderError
from analysis.readers.limits import MB, Limits, default_limits
from analysis.resources import LANGUAGES, load_lexicon, per_rules

# An OLE compound file: old binary Office formats, and Office's wrapper for encrypted OOXML.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# Streams Office writes into the OLE wrapper of a password-protected OOXML file ([MS-OFFCRYPTO]).
_ENCRYPTION_STREAMS = ("EncryptionInfo", "EncryptedPackage")
# Streams of Word 97-2003 and Excel 97-2003 (Excel 5/95: "Book") binary files.
_LEGACY_STREAMS = {"Word": ("WordDocument",), "Excel": ("Workbook", "Book")}

# Bullet glyphs as they come out of Word, PDF producers and plain text ("" and "" are
# the Symbol / Wingdings private-use code points Word uses for its default bullets).
BULLET_GLYPHS = frozenset("•‣◦▪▫●○■□►▶➢➤✓✔❖◆◇·–—-*+\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8")
# Glyphs that are a bullet only when followed by a space ("-5%" / "–5%" are numbers, "o" a letter).
_SPACED_ONLY = frozenset("-–—*+o")
# "a)", "(i)", "1)", "(12)", "iv)", "1.", "a." and "iv." at the start of a line (a lettered "a."
# in lowercase only: "A. Smith" is a name); the enumerator stays in the text because extraction
# reads codes from it.
ENUMERATOR_RE = re.compile(r"^(?:\(?(?:\d{1,2}|[a-zA-Z]|[ivxlcIVXLC]{1,6})\)|\d{1,2}\.|(?:[a-z]|[ivx]{1,5})\.)\s+\S")

# "4.1. Text", "4.2.1. Text", "2.1 Objectives", "Chapter 3 ...": a numbered provision or section.
# It starts a new block but is not promoted to a list item or heading: extraction reads numbering.
SECTION_NUMBER_RE = re.compile(
    r"^(?:\d{1,2}(?:\.\d{1,2})+\.(?:\s+\S|(?=[A-ZА-ЯЁ]))|\d{1,2}(?:\.\d{1,2})+\s+[A-ZА-ЯЁ]"
    r"|(?i:chapter|section|part|глава|раздел)\s+[\dIVXLC]+\b)"
)
_WS_RE = re.compile(r"\s+")
# Characters that are not text (C0 controls other than the whitespace ones, DEL, lone surrogates,
# U+FFFE/U+FFFF): no plan holds them on purpose, and XML (a Word or Excel report) cannot.
NOT_TEXT_RE = re.compile("[\x00-\x08\x0e-\x1b\x7f\ud800-\udfff\ufffe\uffff]")
MAX_TITLE_WORDS = 40
UNNAMED_TITLE_WEIGHT = 1.3  # a title that names no plan must at least stand out from the body text


def reader_error(path: Path, code: str, /, **params: Any) -> ReaderError:
    """The error of problem `code` (templates/<lang>/problems.json) about the file at `path`."""
    return ReaderError(code, name=path.name, **params)


def clean(text: str) -> str:
    """Collapse runs of whitespace (tabs, newlines, non-breaking spaces) into single spaces and
    leave out characters that are not text (NUL and other controls)."""
    return _WS_RE.sub(" ", NOT_TEXT_RE.sub("", text)).strip()


_LIST_ITEM_END = re.compile(r"(?:;|;\s*(?:and|or|и|или|және|немесе))$", re.IGNORECASE)
MAX_UNMARKED_ITEM_WORDS = 150


def mark_unmarked_lists(blocks: list[Block]) -> None:
    """Paragraphs that each end in ';' (the last may end in '.'), each opening with a capital,
    are a list whose markers were lost (a scanned page, pasted text): made list items."""

    def item_like(block: Block) -> bool:
        text = block.text.strip()
        return (
            block.kind is BlockKind.PARAGRAPH
            and block.style is None
            and text[:1].isupper()
            and len(text.split()) <= MAX_UNMARKED_ITEM_WORDS
        )

    n = 0
    while n < len(blocks):
        end = n
        while end < len(blocks) and item_like(blocks[end]) and _LIST_ITEM_END.search(blocks[end].text.strip()):
            end += 1
        if end < len(blocks) and end > n and item_like(blocks[end]) and blocks[end].text.strip().endswith("."):
            end += 1  # the closing item ends the list with a full stop
        if end - n >= 2:
            for block in blocks[n:end]:
                block.kind, block.list_level = BlockKind.LIST_ITEM, 0
        n = max(end, n + 1)


def count_words(blocks: Iterable[Block]) -> int:
    """Words in all text of the blocks, table cells included (for the document summary)."""
    total = 0
    for block in blocks:
        total += len(block.text.split())
        for row in block.rows or ():
            for cell in row:
                total += len(cell.split())
    return total


@dataclass(frozen=True)
class TitleCandidate:
    """A line of a document's opening that may be its title."""

    text: str
    weight: float  # how prominent: font size over body size (PDF), or a heading rank (Word)
    order: int  # position in the document: earlier wins a tie
    page: int | None = None  # a PDF's page: a line naming no plan is a title on the first page with text only


@per_rules()
def _title_lexicon() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(plan words, lines that are never the title, approval prefixes) in every language: the
    reader runs before the document's language is known (resources/lexicons/*/document.json)."""
    plan: list[str] = []
    skip: list[str] = []
    approval: list[str] = []
    for language in LANGUAGES:
        lex = load_lexicon("document", language)
        plan += lex["plan_words"]
        skip += lex["title_skip"]
        approval += lex["approval_prefixes"]

    def alternatives(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))

    return (
        re.compile(rf"(?<![\w-])(?:{alternatives(plan)})s?(?![\w-])", re.IGNORECASE),  # "Contributions"
        re.compile(rf"^\W*(?:{alternatives(skip)})", re.IGNORECASE),
        re.compile(rf"^.{{0,60}}?(?:{alternatives(approval)})\s+(?:the\s+)?", re.IGNORECASE),
    )


def plan_word_pattern() -> re.Pattern:
    """The words a plan's name carries (plan, strategy, programme ...), in every language."""
    return _title_lexicon()[0]


def choose_title(
    candidates: Iterable[TitleCandidate], blocks: list[Block] | None = None, named: Callable[[], str] | None = None
) -> str:
    """The plan's own title among its opening lines: a line that names a plan (a plan word), set
    most prominently, earliest; never the issuing authority ("ROYAL GOVERNMENT OF CAMBODIA"), a
    front-matter heading ("CONTENT") or a stamp. A decree's title names the plan it approves
    ("Resolution on the approval of the Programme ..." -> "Programme ..."). With the document's
    `blocks`, a line that names no plan must be written in words the document uses elsewhere:
    'outh mart' is what a decorated cover leaves of "South ... Smart". When no line names a plan,
    `named()` (the name the document's text uses for it, see plan_name.named_title) comes before
    a prominent line that names none. Empty when nothing qualifies."""
    plan, _, approval = _title_lexicon()
    used = _word_counts(blocks) if blocks is not None else None
    candidates = list(candidates)
    cover = min((c.page for c in candidates if c.page is not None), default=None)
    best: tuple[tuple[bool, float, int], str] | None = None
    for candidate in _join_broken_lines(candidates):
        text = approval.sub("", clean(candidate.text), count=1)
        words = text.split()
        letters = sum(ch.isalpha() for ch in text)
        if not 2 <= len(words) <= MAX_TITLE_WORDS or letters < 0.5 * len(text.replace(" ", "")) or _never_title(text):
            continue
        if letters < 3 * len(words):
            continue  # "S O": letters of a decorated cover, not words
        if text.endswith(":"):
            continue  # "Legal and regulatory framework:" opens a section
        names_plan = _names_plan(text, plan)
        if not names_plan and candidate.weight < UNNAMED_TITLE_WEIGHT:
            continue  # a line in body type that names no plan is a label ("Reference year and volume ...")
        if not names_plan and used is not None and not _words_in_use(text, used):
            continue  # letters of a decorated cover, cut out of its words
        if not names_plan and candidate.page is not None and candidate.page != cover:
            continue  # past the cover, a line that names no plan is a section heading
        key = (names_plan, candidate.weight, -candidate.order)
        if best is None or key > best[0]:
            best = (key, text)
    if best is not None and not best[0][0] and named is not None:
        return named() or readable_case(best[1])
    return readable_case(best[1]) if best else (named() if named is not None else "")


def _names_plan(text: str, plan: re.Pattern) -> bool:
    """Does the line name a plan? A Latin plan word names one when capitalised ('Strategic
    Plan', 'STRATEGY'); 'Legal and regulatory framework' is a section about something else.
    Russian and Kazakh names are written in sentence case ('Государственная программа ...')."""
    return any(m.group()[:1].isupper() or not m.group().isascii() for m in plan.finditer(text))


_SMALL_WORDS = frozenset("a an and as at by for from in into of on or the to with".split())
_WORD_RE = re.compile(r"[^\W\d_]+")


def _word_counts(blocks: Iterable[Block]) -> dict[str, int]:
    """How often each word (lowercased) occurs in the blocks' text and table cells."""
    counts: dict[str, int] = {}
    for block in blocks:
        texts = [block.text, *(cell for row in block.rows or () for cell in row)]
        for text in texts:
            for word in _WORD_RE.findall(text.lower()):
                counts[word] = counts.get(word, 0) + 1
    return counts


def _words_in_use(text: str, used: dict[str, int]) -> bool:
    """Do most of the line's words occur again in the document (the line itself is one use)?"""
    words = [w for w in _WORD_RE.findall(text.lower()) if len(w) > 2 and w not in _SMALL_WORDS]
    return not words or sum(used.get(w, 0) >= 2 for w in words) * 2 >= len(words)


def _join_broken_lines(candidates: list[TitleCandidate]) -> list[TitleCandidate]:
    """A cover sets its title over several lines, and a line that ends on "of", "on", "for" or a
    hyphen does not end the title: it is joined with the next line in the same type."""
    joined: list[TitleCandidate] = []
    last_order = -2  # order of the last line taken, joined or not
    for candidate in candidates:
        last = joined[-1] if joined else None
        if (
            last is not None
            and candidate.order == last_order + 1
            and abs(candidate.weight - last.weight) <= 0.05 * last.weight
            and ((last.text.split() or [""])[-1].lower() in _SMALL_WORDS or last.text.endswith(("-", "–", ":")))
        ):
            joined[-1] = TitleCandidate(f"{last.text} {candidate.text}", last.weight, last.order, last.page)
        else:
            joined.append(candidate)
        last_order = candidate.order
    return joined


_ACRONYM_RE = re.compile(r"\(\w{2,6}\)\W?")  # "(INDC)" after a capitalised name stays an acronym


def readable_case(text: str) -> str:
    """A Latin title printed in capitals, in title case ("NATIONAL STRATEGIC DEVELOPMENT PLAN" ->
    "National Strategic Development Plan"). Anything else is kept as printed: Russian and Kazakh
    titles use sentence case, and lowering would lose the capitals of proper names."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or not all(ch.isupper() and ch.isascii() for ch in letters):
        return text
    words = text.split(" ")
    out = [
        w if _ACRONYM_RE.fullmatch(w) else w.lower() if (n and w.lower() in _SMALL_WORDS) else _capitalise(w.lower())
        for n, w in enumerate(words)
    ]
    return " ".join(out)


def _capitalise(word: str) -> str:
    """'(socio-cultural)' -> '(Socio-Cultural)'."""
    return re.sub(r"(^|[-(/])([a-z])", lambda m: m.group(1) + m.group(2).upper(), word)


def first_heading(blocks: Iterable[Block], max_level: int = 1) -> str:
    """Text of the first heading at level <= max_level that may be a title (not 'CONTENT', not
    the issuing authority): a fallback document title."""
    for block in blocks:
        if block.kind is BlockKind.HEADING and block.text and (block.heading_level or 0) <= max_level:
            if not _never_title(clean(block.text)):
                return block.text
    return ""


_SECTION_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s")


def _never_title(text: str) -> bool:
    """The issuing authority, a front-matter heading, or a numbered section heading."""
    _, skip, _ = _title_lexicon()
    return bool(skip.match(text) or _SECTION_NUMBER.match(text))


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


def holds_bullets(text: str) -> bool:
    """True when a bullet glyph opens the text or a part of it ("Promote ...: • Establish ...")."""
    return split_bullet(text)[0] or any(
        ch in BULLET_GLYPHS and ch not in _SPACED_ONLY and text[i + 1 : i + 2].isspace() and text[i - 1 : i].isspace()
        for i, ch in enumerate(text)
    )


def is_enumerated(text: str) -> bool:
    """True when the text starts with an enumerator such as 'a)', '(ii)', '3)' or '2.'."""
    return bool(ENUMERATOR_RE.match(text))


def starts_section_number(text: str) -> bool:
    """True when the text starts with a multi-level number such as '4.1.' or 'Chapter 3'."""
    return bool(SECTION_NUMBER_RE.match(text))


def check_office_package(path: Path, what: str, limits: Limits | None = None) -> None:
    """Refuse, with a useful message, files that are not a plain, macro-free, sane OOXML package.

    `what` is "Word" or "Excel". This is the one place where Office files are inspected before a
    parser sees them: encrypted or legacy binary file (OLE compound file), not a zip, a zip bomb
    (sizes and compression ratios declared in the zip directory; Python's zipfile never unpacks
    more than an entry declares), an XML document type declaration (entity attacks), macros.
    """
    limits = limits or default_limits()
    suffix = ".docx" if what == "Word" else ".xlsx"
    with path.open("rb") as fh:
        if fh.read(8) == OLE_MAGIC:
            raise _ole_error(path, what, suffix)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            _check_zip_sizes(path, infos, limits)  # before anything is unpacked
            names = [info.filename for info in infos]
            content_types = zf.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
            dtd_part = _part_with_dtd(zf, infos)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError, zlib.error) as exc:
        # RuntimeError: a zip-encrypted entry; NotImplementedError: an unknown compression method
        raise not_valid_office_file(path, what) from exc
    if not content_types:
        raise not_valid_office_file(path, what)
    duplicate = _duplicate_part(names)
    if duplicate:
        raise reader_error(path, "duplicate_part", part=duplicate, app=what)
    if b"macroEnabled" in content_types or any(n.lower().endswith("vbaproject.bin") for n in names):
        doctype = "Document" if what == "Word" else "Workbook"
        raise reader_error(path, "macros_inside", suffix=suffix, app=what, doctype=doctype)
    if dtd_part:
        raise reader_error(path, "xml_dtd", part=dtd_part, app=what)


def _check_zip_sizes(path: Path, infos: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(infos) > limits.max_parts:
        raise reader_error(path, "zip_parts", count=len(infos), limit=limits.max_parts)
    unpacked = sum(info.file_size for info in infos)
    if unpacked > limits.max_unpacked_mb * MB:
        raise reader_error(path, "zip_unpacked", size=round(unpacked / MB), limit=round(limits.max_unpacked_mb))
    for info in infos:
        if info.file_size > limits.max_part_mb * MB:
            raise reader_error(
                path, "zip_part_size", part=info.filename, size=round(info.file_size / MB),
                limit=round(limits.max_part_mb),
            )
        # Small parts are skipped: a few KB of repeated XML may legitimately pack very tightly.
        ratio = info.file_size / max(1, info.compress_size)
        if info.file_size > MB and ratio > limits.max_compression_ratio:
            raise reader_error(
                path, "zip_ratio", part=info.filename, ratio=round(ratio), limit=round(limits.max_compression_ratio)
            )


def _duplicate_part(names: list[str]) -> str | None:
    """A part name the package holds twice (OPC part names ignore case), or None."""
    seen: set[str] = set()
    for name in names:
        key = name.replace("\\", "/").lstrip("/").lower()
        if key in seen:
            return name
        seen.add(key)
    return None


# A DTD must come before the root element, so the head of a part is enough; a DTD hidden behind
# a longer prolog still meets the parsers' own protections (python-docx: resolve_entities=False;
# openpyxl: defusedxml).
_DTD_SCAN_BYTES = 4096


def _part_with_dtd(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> str | None:
    for info in infos:
        if not info.filename.lower().endswith((".xml", ".rels")) or info.file_size == 0:
            continue
        with zf.open(info) as part:
            head = part.read(_DTD_SCAN_BYTES)
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            head = head.decode("utf-16", errors="replace").encode("utf-8")
        if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
            return info.filename
    return None


def _ole_error(path: Path, what: str, suffix: str) -> ReaderError:
    """An OLE compound file named .docx/.xlsx: Office's wrapper of a password-protected file,
    or an old binary Word/Excel file."""
    names = ole_stream_names(path)
    if names is None:  # not a well-formed compound file: fall back to the names' raw bytes
        with path.open("rb") as fh:
            body = fh.read(4_000_000)
        names = {n for n in (*_ENCRYPTION_STREAMS, *_LEGACY_STREAMS[what]) if n.encode("utf-16-le") in body}
    if names & set(_ENCRYPTION_STREAMS):
        return reader_error(path, "office_encrypted", app=what)
    if names & set(_LEGACY_STREAMS[what]):
        return reader_error(path, "office_legacy_inside", app=what, suffix=suffix)
    return not_valid_office_file(path, what)


_MAX_REGULAR_SECTOR = 0xFFFFFFFA  # higher numbers mark free sectors and chain ends
_MAX_CHAIN = 65_536  # sectors followed in one chain: far more than any Office file has


def ole_stream_names(path: Path) -> set[str] | None:
    """Names of the entries in an OLE compound file's directory, or None when it is malformed.

    Reads the header, the FAT sectors it lists (DIFAT), and the directory chain ([MS-CFB]
    2.2-2.6); every offset is bounds-checked and chains are cut at a fixed length, so a crafted
    file cannot loop or read past its end.
    """
    file_size = path.stat().st_size
    with path.open("rb") as fh:
        header = fh.read(512)
        if len(header) < 512 or header[:8] != OLE_MAGIC:
            return None
        shift = struct.unpack_from("<H", header, 30)[0]
        if shift not in (9, 12):
            return None
        size = 1 << shift

        def sector(n: int) -> bytes | None:
            offset = (n + 1) * size
            if n > _MAX_REGULAR_SECTOR or offset + size > file_size:
                return None
            fh.seek(offset)
            return fh.read(size)

        def chain(start: int, next_of) -> list[bytes] | None:
            out, current, seen = [], start, set()
            while current <= _MAX_REGULAR_SECTOR:
                raw = sector(current)
                if raw is None or current in seen or len(seen) >= _MAX_CHAIN:
                    return None
                seen.add(current)
                out.append(raw)
                current = next_of(current, raw)
            return out

        fat_sectors = list(struct.unpack_from("<109I", header, 76))
        difat = chain(
            struct.unpack_from("<I", header, 68)[0], lambda n, raw: struct.unpack_from("<I", raw, size - 4)[0]
        )
        if difat is None:
            return None
        for raw in difat:
            fat_sectors.extend(struct.unpack_from(f"<{size // 4 - 1}I", raw))
        fat: list[int] = []
        for n in fat_sectors:
            if n > _MAX_REGULAR_SECTOR:
                continue
            raw = sector(n)
            if raw is None:
                return None
            fat.extend(struct.unpack(f"<{size // 4}I", raw))
        directory = chain(
            struct.unpack_from("<I", header, 48)[0], lambda n, raw: fat[n] if n < len(fat) else _MAX_REGULAR_SECTOR + 1
        )
        if not directory:
            return None
    names: set[str] = set()
    for raw in directory:
        for entry in range(0, size, 128):
            length = struct.unpack_from("<H", raw, entry + 64)[0]
            if raw[entry + 66] and 2 <= length <= 64:  # byte 66: object type, 0 = unused entry
                names.add(raw[entry : entry + length - 2].decode("utf-16-le", errors="replace"))
    return names


def not_valid_office_file(path: Path, what: str) -> ReaderError:
    """The 'damaged or another format' error, also for a package the parser itself rejected."""
    return reader_error(path, "not_valid_docx" if what == "Word" else "not_valid_xlsx")
