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
import os
import random
import re
import struct
import warnings
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
import openpyxl

from analysis.model import Document, DocumentStatus
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line

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
    warning: tuple[str, ...] = ()  # words one of the document's warnings must contain
    size: bool = False  # a size case (megabytes, seconds): built only when asked (bench, slow tests)

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


def build_corpus(folder: Path, big_text_mb: int = 50, sizes: bool = False) -> list[HostileFile]:
    """Write the hostile corpus (and two good plans) into `folder`; `sizes` adds the size cases
    (megabytes of text, hundreds of pages: seconds each; bench/hostile_sizes.py and the tests
    marked slow read them)."""
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
        check=lambda d: "Развитие малого" in d.blocks[0].text and "Windows-1251" in " ".join(map(english, d.warnings)),
    )
    files += issue18_cases(folder)
    if sizes:
        files += size_cases(folder)
    return files


def outcome_problems(spec: HostileFile, doc: Document) -> list[str]:
    """What is wrong with the outcome for one file (empty when it is as expected)."""
    problems = []
    if spec.refused:
        if doc.status is not DocumentStatus.FAILED:
            problems.append(f"{spec.name}: expected a refusal, got {doc.status.value}")
        error = english(doc.error) or ""
        if not error.startswith(spec.name):
            problems.append(f"{spec.name}: error does not start with the file name: {error!r}")
        if "\n" in error or "Traceback" in error:
            problems.append(f"{spec.name}: error is not one line: {error!r}")
        problems += [f"{spec.name}: error lacks {w!r}: {error!r}" for w in spec.error if w not in error]
    else:
        if doc.status not in (DocumentStatus.SUCCESS, DocumentStatus.PARTIAL):
            problems.append(f"{spec.name}: expected it to be read, got {doc.status.value}: {english(doc.error)}")
        elif spec.check is not None and not spec.check(doc):
            problems.append(f"{spec.name}: read, but the content is wrong")
        if spec.warning and not any(all(w in warning for w in spec.warning) for warning in map(english, doc.warnings)):
            problems.append(f"{spec.name}: no warning says {spec.warning!r}: {list(map(english, doc.warnings))!r}")
        if not spec.warning and not spec.check and doc.status is DocumentStatus.PARTIAL:
            problems.append(f"{spec.name}: unexpected warnings {list(map(english, doc.warnings))!r}")
    if any("\n" in w or "Traceback" in w for w in map(english, doc.warnings)):
        problems.append(f"{spec.name}: a warning is not one line: {list(map(english, doc.warnings))!r}")
    text = " ".join(b.text for b in doc.blocks) + " ".join(
        " ".join(c for c in r) for b in doc.blocks for r in b.rows or ()
    )
    if SECRET in text or "lollollol" in text:
        problems.append(f"{spec.name}: an XML entity was expanded")
    return problems


# -- issue 18: a ministry's file share and a hostile sender ------------------------------------

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
RU_PLAN = (
    "Цель 1. Развитие малого и среднего предпринимательства в регионе.\n\n"
    "Задача 1.1. Увеличить долю МСП в ВРП с 28,5 % в 2019 году до 35 % к 2025 году.\n"
)
KK_PLAN = (
    "Мақсат 1. Өңірдегі шағын және орта кәсіпкерлікті дамыту.\n\n"
    "Міндет 1.1. ШОК үлесін 2025 жылға қарай 35 %-ға жеткізу.\n"
)


def _w_para(text: str, properties: str = "") -> str:
    return f'<w:p>{properties}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx_with_body(body: str, replace: dict[str, bytes] | None = None, add: dict[str, bytes] | None = None) -> bytes:
    """A .docx (python-docx's template) whose body is `body` (WordprocessingML), with parts replaced or added."""
    package = _docx_bytes("x")
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        xml = zf.read("word/document.xml").decode()
    head, _, rest = xml.partition("<w:body>")
    _, _, tail = rest.partition("<w:sectPr")
    xml = head + "<w:body>" + body + "<w:sectPr" + tail
    return _rewrite(package, {"word/document.xml": xml.encode(), **(replace or {})}, add)


def docx_spans(span: int = 30_000_000, before: int = 0) -> bytes:
    """A table whose cell says it spans `span` grid columns, or whose row skips `before` first."""
    trpr = f'<w:trPr><w:gridBefore w:val="{before}"/></w:trPr>' if before else ""
    tcpr = f'<w:tcPr><w:gridSpan w:val="{span}"/></w:tcPr>' if span else ""
    table = (
        '<w:tbl><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
        f"<w:tr>{trpr}<w:tc>{tcpr}{_w_para('Share of SMEs in GDP')}</w:tc><w:tc>{_w_para('35%')}</w:tc></w:tr></w:tbl>"
    )
    return docx_with_body(_w_para("Goal 1. Develop SMEs in the region.") + table + "<w:p/>")


def docx_numbering(start: int = 2_000_000_000, fmt: str = "lowerLetter") -> bytes:
    """A list numbered from `start` in format `fmt` (letters repeat: 2e9 in letters is 77 M characters)."""
    numbering = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering {W_NS}>'
        f'<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="{start}"/>'
        f'<w:numFmt w:val="{fmt}"/><w:lvlText w:val="%1)"/></w:lvl></w:abstractNum>'
        '<w:num w:numId="9"><w:abstractNumId w:val="7"/></w:num></w:numbering>'
    )
    listed = '<w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="9"/></w:numPr></w:pPr>'
    body = _w_para("Objectives:") + "".join(
        _w_para(f"Raise exports of region {k} to {30 + k}% by 2025.", listed) for k in range(3)
    )
    return docx_with_body(body, replace={"word/numbering.xml": numbering.encode()})


def docx_alt_chunk() -> bytes:
    """All the text in an embedded HTML part that Word merges when it opens the file."""
    html = f"<html><body><p>{GOOD_PLAN}</p></body></html>".encode()
    rel = (
        '<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" '
        'Target="chunk.html"/></Relationships>'
    )
    package = docx_with_body(
        '<w:altChunk xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdAlt"/>'
    )
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        rels = zf.read("word/_rels/document.xml.rels").replace(b"</Relationships>", rel.encode())
        types = zf.read("[Content_Types].xml").replace(
            b"</Types>", b'<Default Extension="html" ContentType="text/html"/></Types>'
        )
    return _rewrite(
        package, {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types}, add={"word/chunk.html": html}
    )


def docx_footnote() -> bytes:
    """An objective that is only in a footnote."""
    footnotes = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes {W_NS}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Objective 1.2. Cut the time to register a firm to 2 days by 2025.</w:t>'
        "</w:r></w:p></w:footnote></w:footnotes>"
    )
    rel = (
        '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" '
        'Target="footnotes.xml"/></Relationships>'
    )
    body = _w_para("Goal 1. Develop small and medium-sized enterprises in the region.").replace(
        "</w:r></w:p>", '</w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    package = docx_with_body(body)
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        rels = zf.read("word/_rels/document.xml.rels").replace(b"</Relationships>", rel.encode())
        types = zf.read("[Content_Types].xml").replace(
            b"</Types>",
            b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            b'wordprocessingml.footnotes+xml"/></Types>',
        )
    return _rewrite(
        package,
        {"word/_rels/document.xml.rels": rels, "[Content_Types].xml": types},
        add={"word/footnotes.xml": footnotes.encode()},
    )


def docx_two_documents() -> bytes:
    """Two zip entries named word/document.xml: Word shows one, another program the other."""
    package = _docx_bytes()
    decoy = docx_with_body(_w_para("Goal 1. Something else entirely."))
    with zipfile.ZipFile(io.BytesIO(decoy)) as zf:
        second = zf.read("word/document.xml")
    out = io.BytesIO(package)
    with zipfile.ZipFile(out, "a") as zf, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name: that is the point
        zf.writestr("word/document.xml", second)
    return out.getvalue()


def xlsx_sheet(rows_xml: str, merges: tuple[str, ...] = ()) -> bytes:
    """An .xlsx whose first sheet holds `rows_xml` (sheetData rows) and merged ranges, and no <dimension>."""
    package = _xlsx_bytes()
    with zipfile.ZipFile(io.BytesIO(package)) as zf:
        xml = zf.read("xl/worksheets/sheet1.xml").decode()
    head = re.sub(r"<dimension[^>]*/>", "", xml[: xml.index("<sheetData")])
    tail = xml[xml.index("</sheetData>") + len("</sheetData>") :]
    merge = ""
    if merges:
        merge = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
        merge += "</mergeCells>"
    return _rewrite(
        package, {"xl/worksheets/sheet1.xml": (head + f"<sheetData>{rows_xml}</sheetData>" + merge + tail).encode()}
    )


def _inline(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def xlsx_merged(ref: str) -> bytes:
    """One merged range `ref` (over the whole sheet: F1:XFD1048576) on a two-cell sheet."""
    row = '<row r="1">' + _inline("A1", "Indicator") + _inline("F1", "Share of SMEs in GDP") + "</row>"
    return xlsx_sheet(row, (ref,))


def xlsx_uncalculated() -> bytes:
    """Formulas without cached values, as a script writes a workbook."""
    rows = (
        '<row r="1">' + _inline("A1", "Indicator") + _inline("B1", "Unit") + _inline("C1", "2019")
        + _inline("D1", "2025") + "</row>"
        '<row r="2">' + _inline("A2", "Share of SMEs in GDP") + _inline("B2", "%")
        + '<c r="C2"><f>28+0.5</f></c><c r="D2"><f>C2+6.5</f></c></row>'
    )  # fmt: skip
    return xlsx_sheet(rows)


def pdf_page_tree(kids: bytes, count: int, pages: list[bytes] = ()) -> bytes:
    """A PDF whose root page tree lists `kids` and declares `count` pages (object 2 is the root)."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, count)]
    return _pdf(objects + list(pages))


def text_page_pdf(text: bytes = b"Goal 1. Develop SMEs in the region.") -> list[bytes]:
    """Objects 3-5 of a one-page PDF (page, content stream, font) for `pdf_page_tree`."""
    content = b"BT /F1 12 Tf 72 720 Td (%s) Tj ET" % text
    return [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        _stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]


def tiny_text_pdf(characters: int = 2_000) -> bytes:
    """One page whose text is all set at 1 point: there, but no reader shows it."""
    ops = b"BT /F1 1 Tf " + b"(Goal 1. Develop SMEs. ) Tj 0 2 Td " * (characters // 22) + b"ET"
    return pdf_page_tree(
        b"3 0 R",
        1,
        [
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(ops),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ],
    )


def _text_check(*words: str, warning_free: bool = False) -> Callable[[Document], bool]:
    def check(doc: Document) -> bool:
        text = (
            " ".join(b.text for b in doc.blocks)
            + " "
            + " ".join(c for b in doc.blocks for r in b.rows or () for c in r)
        )
        return all(w in text for w in words) and "\x00" not in text and "\ufffd" not in text

    return check


def _labels_bounded(doc: Document) -> bool:
    return bool(doc.blocks) and all(len(b.label or "") <= 40 for b in doc.blocks)


def _table_bounded(max_cells: int, text: str) -> Callable[[Document], bool]:
    def check(doc: Document) -> bool:
        tables = [b.rows for b in doc.blocks if b.rows]
        return bool(tables) and all(len(t) * len(t[0]) <= max_cells for t in tables) and _text_check(text)(doc)

    return check


def issue18_cases(folder: Path) -> list[HostileFile]:
    """The cases of issue 18 that are small and quick (all of them but the size cases)."""
    files: list[HostileFile] = []

    def add(name: str, data: bytes, **expected) -> None:
        path = folder / name
        path.write_bytes(data)
        files.append(HostileFile(name, path, **expected))

    # bounded values from the XML before anything is allocated
    add("merged_whole_sheet.xlsx", xlsx_merged("F1:XFD1048576"), check=_table_bounded(20, "Share of SMEs in GDP"))
    # (the range from A1 covers F1: Excel shows A1's text there too)
    add("merged_200000_rows.xlsx", xlsx_merged("A1:Z200000"), check=_table_bounded(20, "Indicator"))
    add("grid_span_30_million.docx", docx_spans(30_000_000), warning=("spanning more than", "columns"))
    add("grid_before_400_million.docx", docx_spans(0, 400_000_000), warning=("spanning more than",))
    add("numbering_from_2e9_letters.docx", docx_numbering(), check=_labels_bounded)
    add("numbering_from_2e9_roman.docx", docx_numbering(2_000_000_000, "upperRoman"), check=_labels_bounded)
    # what the file is, before a byte is hashed
    if hasattr(os, "mkfifo"):
        os.mkfifo(folder / "named_pipe.txt")
        files.append(HostileFile("named_pipe.txt", folder / "named_pipe.txt", error=("not a regular file",)))
    if os.path.exists("/dev/zero") and os.path.exists("/dev/urandom"):  # devices that never end
        (folder / "device.txt").symlink_to("/dev/urandom")
        files.append(HostileFile("device.txt", folder / "device.txt", error=("not a regular file",)))
        files.append(HostileFile("zero", Path("/dev/zero"), error=("unsupported file type",)))
    video = folder / "film.mp4"
    with open(video, "wb") as fh:
        fh.truncate(30 * 1024**3)  # sparse: 30 GB that take no disk
    files.append(HostileFile("film.mp4", video, error=("unsupported file type",)))
    huge = folder / "huge.docx"
    with open(huge, "wb") as fh:
        fh.truncate(400 * 1024**2)
    files.append(HostileFile("huge.docx", huge, error=("over the 300 MB limit",)))
    files.append(HostileFile("a_folder.docx", _mkdir(folder / "a_folder.docx"), error=("is a folder",)))
    if os.name == "posix":  # a name that is not UTF-8: the cache, the JSON and the reports must cope
        name = os.fsdecode(b"plan_\xff\xfe.txt")
        add(name, GOOD_PLAN.encode(), check=_text_check("Goal 1.", "Objective 1.1."))
    # silently wrong or empty before: now read right, or with a word
    add("nul_characters.txt", GOOD_PLAN.replace("Goal 1.", "Goal\x00 1.\x00").encode(), warning=("control character",))
    add("alt_chunk.docx", docx_alt_chunk(), error=("embedded documents (altChunk)",))
    add("footnote_objective.docx", docx_footnote(), check=_text_check("Goal 1.", "Objective 1.2. Cut the time"))
    add("two_document_parts.docx", docx_two_documents(), error=("two parts named 'word/document.xml'",))
    add("zero_pages.pdf", pdf_page_tree(b"", 0), error=("has no pages",))
    add("page_tree_loop.pdf", pdf_page_tree(b"2 0 R", 3), error=("has no pages",))
    add(
        "page_tree_short.pdf",
        pdf_page_tree(b"3 0 R 2 0 R", 2, text_page_pdf()),
        warning=("page tree is damaged", "declares 2 pages"),
        check=_text_check("Goal 1."),
    )
    add(
        "utf16_without_bom.txt",
        RU_PLAN.encode("utf-16-le"),
        warning=("without a byte order mark",),
        check=_text_check("Развитие малого", "Задача 1.1."),
    )
    stray, cut = RU_PLAN.encode(), len("Цель 1. Разв".encode())
    add(
        "utf8_stray_byte.txt",
        stray[:cut] + b"\xff" + stray[cut:],
        warning=("stray bytes", "line(s) 1"),
        check=_text_check("Развитие малого", "Задача 1.1."),
    )
    for codec, label in (("cp866", "DOS 866"), ("koi8_r", "KOI8-R"), ("cp1251", "Windows-1251")):
        add(f"russian_{codec}.txt", RU_PLAN.encode(codec), warning=(label,), check=_text_check("Развитие малого"))
    add("kazakh_kz1048.txt", KK_PLAN.encode("kz1048"), warning=("KZ-1048",), check=_text_check("Өңірдегі шағын"))
    add(
        "uncalculated_formulas.xlsx",
        xlsx_uncalculated(),
        warning=("2 formulas with no calculated value", "Open it in Excel"),
    )
    add(
        "web_page.xls",
        b"<html><head><meta charset='utf-8'></head><body><table><tr><td>Goal 1</td></tr></table></body></html>",
        error=("web page (HTML)", "not an old Excel 97-2003 file"),
    )
    add("rich_text.doc", b"{\\rtf1\\ansi Goal 1. Develop SMEs.}", error=("Rich Text (RTF)",))
    add("workbook_renamed.xls", _xlsx_bytes(), error=("rename it to .xlsx",))
    add("web_page.docx", b"<!DOCTYPE html><html><body>Goal 1.</body></html>", error=("web page (HTML)",))
    # linear-time Markdown patterns
    # (12 KB here: test_hostile_markdown_patterns_take_linear_time reads 120 KB lines; a whole run
    # with the trained tagger over 120,000 one-character tokens takes 15 s, which is linear but long)
    add("brackets.md", b"# Plan\n\n" + b"[" * 6_000 + b"](" * 3_000 + b"\n", check=_text_check("Plan"))
    add(
        "heading_of_spaces.md", b"# " + b" " * 120_000 + b"x #\n\nGoal 1. Develop SMEs.\n", check=_text_check("Goal 1.")
    )
    add("stars.md", b"Goal 1. " + b"**a " * 3_000 + b"\n", check=_text_check("Goal 1."))
    # second attack: a damaged /Count is no page limit; a row of a million '|' is no table of a
    # million columns
    add(
        "page_count_a_billion.pdf",
        pdf_page_tree(b"3 0 R", 1_000_000_000, text_page_pdf()),
        warning=("declares 1,000,000,000 pages and 1 could be found",),
        check=_text_check("Goal 1."),
    )
    add(
        "million_pipes.md",
        b"Goal 1. Develop SMEs.\n\n|" + b"|" * 1_000_000 + b"\n",
        warning=("more than 200 columns",),
        check=lambda d: all(len(r) <= 200 for b in d.blocks for r in b.rows or ()),
    )
    add("hidden_text.pdf", tiny_text_pdf(), error=("none of which can be read", "under 3 points"))
    # two words by the spaces in it, 600,000 tokens for spaCy (a minute of the trained tagger)
    add("punctuation.txt", b"Goal 1. " + b"[" * 600_000, error=("600,003 words and punctuation marks",))
    return files


def _mkdir(path: Path) -> Path:
    path.mkdir()
    return path


def docx_many_paragraphs(n: int = 200_000) -> bytes:
    """A plan of `n` short paragraphs (1.5 MB packed): reading takes seconds, extracting it minutes."""
    parts = []
    for k in range(n):
        if k % 50 == 0:
            parts.append(_w_para(f"Goal {k // 50 % 90 + 1}. Develop the economy of district {k}."))
        else:
            parts.append(_w_para(f"The measure {k} raises the share of SMEs in district {k} to {k % 90}% by 2025."))
    return docx_with_body("".join(parts))


def big_text(megabytes: float = 19) -> bytes:
    """A plan-like text of `megabytes` (under the 20 MB .txt limit)."""
    out, size, k = [], 0, 0
    while size < megabytes * 1_000_000:
        if k % 40 == 0:
            line = f"Goal {k // 40 % 90 + 1}. Develop the economy of district {k}.\n\n"
        else:
            line = f"Objective 1.{k % 40}. Raise the share of SMEs in district {k} "
            line += f"from 20% in 2019 to {k % 90}% by 2025."
            line += "\n\n"
        out.append(line)
        size += len(line)
        k += 1
    return "".join(out).encode()


def xlsx_formula_matrix(rows: int = 5000, columns: int = 50) -> bytes:
    """An indicator matrix of `rows` x `columns` with formulas (cached values) and merged unit cells."""
    from openpyxl.utils import get_column_letter as col

    out = ['<row r="1">' + _inline("A1", "Indicator") + _inline("B1", "Unit")]
    out[0] += "".join(_inline(f"{col(c)}1", str(1975 + c)) for c in range(3, columns + 1)) + "</row>"
    for r in range(2, rows + 2):
        cells = [_inline(f"A{r}", f"Share of SMEs in district {r}"), _inline(f"B{r}", "%")]
        cells += [f'<c r="{col(c)}{r}"><f>{col(c - 1)}{r}+1</f><v>{r % 50 + c}</v></c>' for c in range(3, columns + 1)]
        out.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    merges = tuple(f"B{r}:B{r + 1}" for r in range(2, rows, 10))
    return xlsx_sheet("".join(out), merges)


def ruled_grid_pdf(pages: int = 100, n: int = 60) -> bytes:
    """`pages` pages of an n x n ruled grid with a label in every third cell (table search is slow)."""
    ops = [b"0.5 w"]
    step = 540 / n
    for k in range(n + 1):
        x, y = 36 + k * step, 36 + k * 720 / n
        ops += [b"%.2f 36 m %.2f 756 l S" % (x, x), b"36 %.2f m 576 %.2f l S" % (y, y)]
    for r in range(n):
        for c in range(0, n, 3):
            ops.append(b"BT /F1 5 Tf %.2f %.2f Td (c%d) Tj ET" % (38 + c * step, 38 + r * 720 / n, r * n + c))
    kids = b" ".join(b"%d 0 R" % (6 + k) for k in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        _stream(b"\n".join(ops)),
        b"<< /Font << /F1 3 0 R >> >>",
    ]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources 5 0 R >>"
    return _pdf(objects + [page] * pages)


def many_objectives_docx(n: int = 20_000, level: str = "national") -> bytes:
    """A plan of `n` numbered goals and objectives (about 13 words each: 260,000 words for 20,000,
    under the word limit): linking two of them compares 20,000 x 20,000 items."""
    parts = []
    for k in range(n):
        if k % 20 == 0:
            parts.append(_w_para(f"Goal {k // 20 % 90 + 1}. Develop sector {k // 20} of the {level} economy."))
        else:
            parts.append(
                _w_para(
                    f"Objective {k // 20 % 90 + 1}.{k % 20}. Raise the output of industry {k} in the {level} "
                    f"sector {k // 20} to {k % 90}% by 2025."
                )
            )
    return docx_with_body("".join(parts))


def size_cases(folder: Path) -> list[HostileFile]:
    """The size cases of issue 18: each within 60 s and 1.5 GB, or refused in one line."""
    files: list[HostileFile] = []

    def add(name: str, data: bytes, **expected) -> None:
        path = folder / name
        path.write_bytes(data)
        files.append(HostileFile(name, path, size=True, **expected))

    too_many = ("words and punctuation marks, over the 500,000 limit",)
    add("paragraphs_200000.docx", docx_many_paragraphs(), error=too_many)
    add("plan_19_mb.txt", big_text(19), error=too_many)
    add("punctuation_19_mb.txt", b"Goal 1. " + b"[" * 19_000_000, error=too_many)
    add("one_letter_lines_18_mb.txt", b"Goal 1. Develop SMEs.\n" + b"a\n" * 9_000_000, error=too_many)
    add("hidden_text_400000.pdf", tiny_text_pdf(400_000), error=("none of which can be read",))
    add("formulas_5000_x_50.xlsx", xlsx_formula_matrix(), warning=("very large",))
    add("ruled_grid_100_pages.pdf", ruled_grid_pdf(), warning=("tables on pages", "were not looked for"))
    return files


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


def hang_in_child(extend, pid_file: str) -> str:
    """Write this child's pid to `pid_file`, then spin (as a parser stuck in a loop would)."""
    import os

    with open(pid_file, "w", encoding="utf-8") as fh:
        fh.write(str(os.getpid()))
    while True:
        pass


def memory_in_child(extend) -> dict[str, int]:
    """VmSize and VmRSS (kB) of the child, from /proc (Linux): what RLIMIT_AS counts."""
    out = {}
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith(("VmSize", "VmRSS", "VmPeak")):
                key, value = line.split(":")
                out[key] = int(value.split()[0])
    return out
