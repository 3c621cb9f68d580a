"""A corpus of hostile and broken input files, generated on the fly (never committed as binaries).

`build_corpus(folder)` writes every file and returns `HostileFile`s saying what a correct
outcome is: refused with a reason (`error` holds words the one-line message must contain) or
read (`check` inspects the document). Shared by the core test (tests/analysis/test_hostile.py)
and the GUI test (tests/gui/test_hostile_gui.py). Everything is built from bytes in a second or
two: the 1 GB zip bomb is one 1 MB deflate block repeated, the 2,000-page PDF shares one
content stream between its pages.
"""

from __future__ import annotations

import io
import random
import struct
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl

from analysis.model import Document, DocumentStatus

GOOD_PLAN = (
    "Goal 1. Develop small and medium-sized enterprises in the region.\n\n"
    "Objective 1.1. Raise the share of SMEs in regional GDP from 28.5% in 2019 to 35% by 2025.\n"
)
SECRET = "TOP-SECRET-LOCAL-FILE-CONTENT"


@dataclass
class HostileFile:
    name: str
    path: Path
    error: tuple[str, ...] = ()  # words the refusal must contain; empty = the file must be read
    check: Callable[[Document], bool] | None = None  # for a file that is read: is the result right?

    @property
    def refused(self) -> bool:
        return bool(self.error)


# -- Office packages ---------------------------------------------------------------------------


def _docx_bytes(text: str = GOOD_PLAN) -> bytes:
    document = docx.Document()
    for paragraph in text.split("\n\n"):
        document.add_paragraph(paragraph.strip())
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx_bytes() -> bytes:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Indicator", "Unit", "2019", "2025"])
    sheet.append(["Share of SMEs in GDP", "%", 28.5, 35])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _rewrite(package: bytes, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """The package with some parts' content replaced and parts added."""
    replace, add = replace or {}, add or {}
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info.filename, replace.get(info.filename, src.read(info.filename)))
        for name, data in add.items():
            dst.writestr(name, data)
    return out.getvalue()


def _with_dtd(xml: bytes, dtd: str, entity: str, before: bytes) -> bytes:
    """Insert a DOCTYPE after the XML declaration and an entity reference before `before`."""
    head, sep, rest = xml.partition(b"?>")
    xml = head + sep + dtd.encode() + rest
    return xml.replace(before, f"&{entity};".encode() + before, 1)


def billion_laughs_dtd(root: str) -> str:
    levels = ['<!ENTITY lol0 "lol">'] + [f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10)]
    return f"<!DOCTYPE {root} [{''.join(levels)}]>"


def external_entity_dtd(root: str, target: Path) -> str:
    return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{target.as_uri()}">]>'


def docx_with_dtd(dtd: str, entity: str) -> bytes:
    package = _docx_bytes()
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        xml = zf.read("word/document.xml")
    # the entity goes into the text of the first run
    return _rewrite(package, {"word/document.xml": _with_dtd(xml, dtd, entity, b"Goal 1.")})


def xlsx_with_dtd(dtd: str, entity: str) -> bytes:
    package = _xlsx_bytes()
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml")
    return _rewrite(package, {"xl/worksheets/sheet1.xml": _with_dtd(xml, dtd, entity, b"</sheetData>")})


def with_macro(package: bytes, main_part: str, macro_type: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        types = zf.read("[Content_Types].xml")
    folder = main_part.split("/")[0]
    types = types.replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
    )
    types = types.replace(b"sheet.main+xml", b"sheet.macroEnabled.main+xml").replace(b"document.main+xml", macro_type)
    return _rewrite(package, {"[Content_Types].xml": types}, add={f"{folder}/vbaProject.bin": b"\xcc" * 512})


def zip_bomb(unpacked: int = 1 << 30) -> bytes:
    """A .docx-shaped zip whose document part unpacks to `unpacked` bytes of zeros (1 GB by default),
    written by hand: one 1 MB deflate block of zeros, flushed to a byte boundary, repeated."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    block = bytes(1 << 20)
    chunk = compressor.compress(block) + compressor.flush(zlib.Z_FULL_FLUSH)
    tail = compressor.flush(zlib.Z_FINISH)
    count = unpacked // len(block)
    data = chunk * count + tail
    crc = 0
    for _ in range(count):
        crc = zlib.crc32(block, crc)
    types = (
        b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        b'content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        b'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    entries = [
        ("[Content_Types].xml", zlib.crc32(types), types, len(types), 0),
        ("word/document.xml", crc, data, count * len(block), 8),
    ]
    out, central = io.BytesIO(), io.BytesIO()
    for name, entry_crc, payload, size, method in entries:
        offset = out.tell()
        encoded = name.encode()
        fields = (20, 0, method, 0, 0, entry_crc, len(payload), size, len(encoded))
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, *fields, 0) + encoded + payload)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, *fields, 0, 0, 0, 0, 0, offset) + encoded)
    directory = central.getvalue()
    start = out.tell()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(directory), start, 0))
    return out.getvalue()


def encrypted_ooxml() -> bytes:
    """A minimal OLE compound file shaped like Office's wrapper of a password-protected workbook:
    a root entry and the EncryptionInfo and EncryptedPackage streams ([MS-CFB], [MS-OFFCRYPTO])."""
    sector = 512
    header = bytearray(sector)
    header[:8] = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    struct.pack_into("<HHHHH", header, 24, 0x3E, 3, 0xFFFE, 9, 6)  # version 3, 512-byte sectors
    struct.pack_into("<III", header, 44, 1, 1, 0)  # one FAT sector; directory starts at sector 1
    struct.pack_into("<IIIIII", header, 56, 4096, 0xFFFFFFFE, 0, 0xFFFFFFFE, 0, 0)
    difat = [0] + [0xFFFFFFFF] * 108  # the FAT is sector 0
    struct.pack_into("<109I", header, 76, *difat)
    fat = [0xFFFFFFFD, 0xFFFFFFFE, 0xFFFFFFFE] + [0xFFFFFFFF] * 125  # FAT, directory, payload
    directory = bytearray(sector)

    def entry(index: int, name: str, kind: int, child: int, size: int, start: int) -> None:
        encoded = (name + "\0").encode("utf-16-le")
        base = index * 128
        directory[base : base + len(encoded)] = encoded
        struct.pack_into("<HBB", directory, base + 64, len(encoded), kind, 1)
        struct.pack_into("<III", directory, base + 68, 0xFFFFFFFF, 0xFFFFFFFF, child)
        struct.pack_into("<IQ", directory, base + 116, start, size)

    entry(0, "Root Entry", 5, 1, 0, 0xFFFFFFFE)
    entry(1, "EncryptionInfo", 2, 0xFFFFFFFF, 0, 0xFFFFFFFE)
    struct.pack_into("<I", directory, 128 + 72, 2)  # right sibling of EncryptionInfo
    entry(2, "EncryptedPackage", 2, 0xFFFFFFFF, 0, 0xFFFFFFFE)
    payload = random.Random(6).randbytes(sector)  # stands in for the encrypted bytes
    return bytes(header) + struct.pack("<128I", *fat) + bytes(directory) + payload


# -- PDF ---------------------------------------------------------------------------------------


def _pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF from its numbered objects (1-based, in order) with a correct cross-reference table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % o for o in offsets))
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, root, xref))
    return out.getvalue()


def _stream(content: bytes) -> bytes:
    return b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)


def many_pages_pdf(pages: int = 2000) -> bytes:
    """`pages` pages sharing one content stream, so the file is small and quick to write."""
    text = b"BT /F1 12 Tf 72 720 Td (Objective 1.1. Raise the share of SMEs to 35% by 2025.) Tj ET"
    kids = b" ".join(b"%d 0 R" % (6 + n) for n in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(text),
        b"<< /Font << /F1 3 0 R >> >>",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 5 0 R >>"
    objects += [page] * pages
    return _pdf(objects)


def reference_loop_pdf() -> bytes:
    """A page tree that contains itself and an object whose stream length refers to itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
        b"<< /Type /Pages /Parent 2 0 R /Kids [2 0 R 3 0 R 4 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 3 0 R /MediaBox [0 0 612 792] /Contents 5 0 R >>",
        b"<< /Length 5 0 R >>\nstream\nBT /F1 12 Tf 72 720 Td (loop) Tj ET\nendstream",
    ]
    return _pdf(objects)


# -- the corpus --------------------------------------------------------------------------------


def _has_text(*words: str) -> Callable[[Document], bool]:
    def check(doc: Document) -> bool:
        text = " ".join(b.text for b in doc.blocks)
        return all(w in text for w in words)

    return check


def build_corpus(folder: Path, big_text_mb: int = 50) -> list[HostileFile]:
    """Write the hostile corpus (and two good plans) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    secret = folder / "secret.txt.data"  # what an external entity would try to pull in
    secret.write_text(SECRET, encoding="utf-8")
    good_docx = _docx_bytes()
    files: list[HostileFile] = []

    def add(name: str, data: bytes, error: tuple[str, ...] = (), check=None) -> None:
        path = folder / name
        path.write_bytes(data)
        files.append(HostileFile(name, path, error, check))

    add("good_plan.docx", good_docx, check=_has_text("Goal 1.", "Objective 1.1."))
    add("good_plan.txt", GOOD_PLAN.encode(), check=_has_text("Goal 1.", "Objective 1.1."))
    add("empty.docx", b"", error=("empty",))
    add("word_file_named.pdf", good_docx, error=("not a valid PDF",))
    add("truncated.docx", good_docx[: len(good_docx) // 2], error=("not a valid Word",))
    add("random_bytes.xlsx", random.Random(6).randbytes(64_000), error=("not a valid Excel",))
    add("zip_bomb.docx", zip_bomb(), error=("unpacks to 1,074 MB", "zip bomb"))
    add("billion_laughs.docx", docx_with_dtd(billion_laughs_dtd("w:document"), "lol9"), error=("document type",))
    add(
        "external_entity.docx",
        docx_with_dtd(external_entity_dtd("w:document", secret), "xxe"),
        error=("document type",),
    )
    add("billion_laughs.xlsx", xlsx_with_dtd(billion_laughs_dtd("worksheet"), "lol9"), error=("document type",))
    add(
        "external_entity.xlsx", xlsx_with_dtd(external_entity_dtd("worksheet", secret), "xxe"), error=("document type",)
    )
    add("encrypted.xlsx", encrypted_ooxml(), error=("password-protected",))
    add(
        "macro.docm",
        with_macro(good_docx, "word/document.xml", b"document.macroEnabled.main+xml"),
        error=("macro",),
    )
    add("macro.xlsm", with_macro(_xlsx_bytes(), "xl/workbook.xml", b""), error=("macro",))
    add(
        "macro_renamed.docx",
        with_macro(good_docx, "word/document.xml", b"document.macroEnabled.main+xml"),
        error=("contains macros",),
    )
    add("reference_loop.pdf", reference_loop_pdf(), error=("reference_loop.pdf",))
    add("two_thousand_pages.pdf", many_pages_pdf(2000), error=("2,000 pages", "1,500-page limit"))
    line = b"Objective 1.1. Raise the share of SMEs in regional GDP from 28.5% in 2019 to 35% by 2025.\n"
    add("fifty_mb.txt", line * (big_text_mb * 1_000_000 // len(line) + 1), error=("over the 20 MB limit",))
    add(
        "windows_1251.txt",
        "Цель 1. Развитие малого и среднего предпринимательства в регионе.\n".encode("cp1251"),
        check=lambda d: "Развитие малого" in d.blocks[0].text and "Windows-1251" in " ".join(d.warnings),
    )
    return files


def outcome_problems(spec: HostileFile, doc: Document) -> list[str]:
    """What is wrong with the outcome for one file (empty when it is as expected)."""
    problems = []
    if spec.refused:
        if doc.status is not DocumentStatus.FAILED:
            problems.append(f"{spec.name}: expected a refusal, got {doc.status.value}")
        error = doc.error or ""
        if not error.startswith(spec.name):
            problems.append(f"{spec.name}: error does not start with the file name: {error!r}")
        if "\n" in error or "Traceback" in error:
            problems.append(f"{spec.name}: error is not one line: {error!r}")
        problems += [f"{spec.name}: error lacks {w!r}: {error!r}" for w in spec.error if w not in error]
    else:
        if doc.status not in (DocumentStatus.SUCCESS, DocumentStatus.PARTIAL):
            problems.append(f"{spec.name}: expected it to be read, got {doc.status.value}: {doc.error}")
        elif spec.check is not None and not spec.check(doc):
            problems.append(f"{spec.name}: read, but the content is wrong")
    text = " ".join(b.text for b in doc.blocks) + " ".join(
        " ".join(c for c in r) for b in doc.blocks for r in b.rows or ()
    )
    if SECRET in text or "lollollol" in text:
        problems.append(f"{spec.name}: an XML entity was expanded")
    return problems


# -- helpers the child-process tests run (importable by name in the child) -----------------------


def allocate_in_child(extend, megabytes: int) -> int:
    """Allocate `megabytes` of memory and touch it; under the child's memory limit this fails."""
    block = bytearray(megabytes * 1_000_000)
    block[::4096] = b"\x01" * len(block[::4096])
    return len(block)


def crash_in_child(extend) -> None:
    """Die as a crashing native parser would (no answer, killed by a signal)."""
    import os
    import signal

    os.kill(os.getpid(), signal.SIGKILL)


def sleep_in_child(extend, seconds: float, asked: float = 0.0) -> str:
    """Ask for `asked` more seconds, then sleep `seconds`."""
    import time

    if asked:
        extend(asked)
    time.sleep(seconds)
    return "done"
