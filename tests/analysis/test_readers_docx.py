"""Word reader: structure, numbering, tables, tracked changes, content controls, refusals.

Documents are built here with python-docx; structures it cannot make (tracked changes, content
controls, custom numbering) are added as raw WordprocessingML.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.document import Document as WordDocument
from docx.oxml import parse_xml

from analysis.model import BlockKind, DocumentStatus
from analysis.readers._common import OLE_MAGIC
from analysis.readers.docx_reader import format_number
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _append(document: WordDocument, xml: str) -> None:
    """Add a raw body element (before the final section properties)."""
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(xml))


def _raw(xml: str) -> str:
    """Put the w: namespace declaration on the outermost element of an XML fragment."""
    head, rest = xml.split(">", 1)
    return f"{head} {W_NS}>{rest}"


def _add_numbering(document: WordDocument, abstract_xml: str, num_id: int, abstract_id: int) -> None:
    numbering = document.part.numbering_part.element
    abstract = f'<w:abstractNum w:abstractNumId="{abstract_id}">{abstract_xml}</w:abstractNum>'
    numbering.insert(0, parse_xml(_raw(abstract)))
    numbering.append(parse_xml(_raw(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>')))


def _level(ilvl: int, fmt: str, text: str, start: int = 1) -> str:
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/></w:lvl>'
    )


def _numbered(text: str, num_id: int, ilvl: int, style: str | None = None) -> str:
    pstyle = f'<w:pStyle w:val="{style}"/>' if style else ""
    return _raw(
        f'<w:p><w:pPr>{pstyle}<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        f"</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
    )


def _rewrite_zip(src: Path, dst: Path, replace: dict[str, bytes | None], add: dict[str, bytes] | None = None) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename in replace:
                data = replace[item.filename] or data
            zout.writestr(item, data)
        for name, data in (add or {}).items():
            zout.writestr(name, data)


def test_docx_headings_from_styles_and_title(tmp_path: Path, read) -> None:
    d = docx.Document()
    d.add_heading("National Climate Strategy", 0)
    d.add_heading("Goals", 1)
    d.add_paragraph("Reduce emissions.")
    d.add_heading("Energy", 2)
    path = tmp_path / "plan.docx"
    d.save(path)

    doc = read(path)

    assert doc.status is DocumentStatus.SUCCESS
    headings = [(b.text, b.heading_level, b.style) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        ("National Climate Strategy", 0, "Title"),
        ("Goals", 1, "Heading 1"),
        ("Energy", 2, "Heading 2"),
    ]
    assert doc.title == "National Climate Strategy"
    assert doc.word_count == 3 + 1 + 2 + 1


def test_docx_core_property_title_wins(tmp_path: Path, read) -> None:
    d = docx.Document()
    d.core_properties.title = "Regional Plan 2025"
    d.add_heading("Introduction", 1)
    path = tmp_path / "plan.docx"
    d.save(path)

    assert read(path).title == "Regional Plan 2025"


def test_docx_outline_level_makes_heading(tmp_path: Path, read) -> None:
    d = docx.Document()
    _append(d, _raw('<w:p><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:r><w:t>Objectives</w:t></w:r></w:p>'))
    d.add_paragraph("Plain text.")
    path = tmp_path / "outline.docx"
    d.save(path)

    blocks = read(path).blocks

    assert (blocks[0].kind, blocks[0].heading_level, blocks[0].text) == (BlockKind.HEADING, 2, "Objectives")
    assert blocks[1].kind is BlockKind.PARAGRAPH


def test_docx_paragraph_numbers_match_python_docx(tmp_path: Path, read) -> None:
    d = docx.Document()
    d.add_paragraph("First.")
    d.add_paragraph("")
    d.add_table(rows=1, cols=1).cell(0, 0).text = "cell"
    d.add_paragraph("   ")
    d.add_paragraph("Fourth.")
    path = tmp_path / "numbers.docx"
    d.save(path)

    blocks = [b for b in read(path).blocks if b.kind is not BlockKind.TABLE]
    paragraphs = docx.Document(str(path)).paragraphs

    assert [b.location.paragraph for b in blocks] == [1, 4]
    for block in blocks:
        assert paragraphs[block.location.paragraph - 1].text == block.text


def test_docx_auto_numbering_labels(tmp_path: Path, read) -> None:
    d = docx.Document()
    _add_numbering(d, _level(0, "decimal", "%1.") + _level(1, "decimal", "%1.%2."), num_id=90, abstract_id=90)
    for text, ilvl in [("Energy", 0), ("Grid", 1), ("Storage", 1), ("Transport", 0), ("Rail", 1)]:
        _append(d, _numbered(text, 90, ilvl))
    path = tmp_path / "numbered.docx"
    d.save(path)

    blocks = read(path).blocks

    assert [(b.text, b.label, b.list_level) for b in blocks] == [
        ("Energy", "1.", 0),
        ("Grid", "1.1.", 1),
        ("Storage", "1.2.", 1),
        ("Transport", "2.", 0),
        ("Rail", "2.1.", 1),
    ]
    assert all(b.kind is BlockKind.LIST_ITEM for b in blocks)


def test_docx_numbered_heading_keeps_heading_kind(tmp_path: Path, read) -> None:
    d = docx.Document()
    _add_numbering(d, _level(0, "upperRoman", "Chapter %1", start=3), num_id=91, abstract_id=91)
    _append(d, _numbered("Measures", 91, 0, style="Heading1"))
    path = tmp_path / "heading.docx"
    d.save(path)

    (block,) = read(path).blocks

    assert (block.kind, block.heading_level, block.label, block.text) == (
        BlockKind.HEADING,
        1,
        "Chapter III",
        "Measures",
    )


def test_docx_heading_numbering_through_styles(tmp_path: Path, read) -> None:
    d = docx.Document()
    levels = _level(0, "decimal", "%1.") + _level(1, "decimal", "%1.%2.")
    levels = levels.replace('<w:lvl w:ilvl="0">', '<w:lvl w:ilvl="0"><w:pStyle w:val="Heading1"/>')
    _add_numbering(d, levels, num_id=93, abstract_id=93)
    for style_id, ilvl in (("Heading1", None), ("Heading2", 1)):
        ppr = d.styles.element.xpath(f'w:style[@w:styleId="{style_id}"]')[0].get_or_add_pPr()
        ilvl_xml = f'<w:ilvl w:val="{ilvl}"/>' if ilvl is not None else ""
        ppr.insert(0, parse_xml(_raw(f'<w:numPr>{ilvl_xml}<w:numId w:val="93"/></w:numPr>')))
    for text, level in [("Context", 1), ("Energy", 2), ("Water", 2), ("Goals", 1)]:
        d.add_heading(text, level)
    path = tmp_path / "headings.docx"
    d.save(path)

    blocks = read(path).blocks

    assert [(b.kind, b.text, b.label) for b in blocks] == [
        (BlockKind.HEADING, "Context", "1."),
        (BlockKind.HEADING, "Energy", "1.1."),
        (BlockKind.HEADING, "Water", "1.2."),
        (BlockKind.HEADING, "Goals", "2."),
    ]


def test_docx_restarted_list_starts_again(tmp_path: Path, read) -> None:
    d = docx.Document()
    _add_numbering(d, _level(0, "lowerLetter", "%1)"), num_id=94, abstract_id=94)
    numbering = d.part.numbering_part.element
    numbering.append(
        parse_xml(
            _raw(
                '<w:num w:numId="95"><w:abstractNumId w:val="94"/>'
                '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
            )
        )
    )
    for text, num_id in [("one", 94), ("two", 94), ("again", 95), ("more", 95), ("continued", 94)]:
        _append(d, _numbered(text, num_id, 0))
    path = tmp_path / "restart.docx"
    d.save(path)

    labels = [b.label for b in read(path).blocks]

    # Lists sharing a definition continue each other, as in Word; a startOverride restarts.
    assert labels == ["a)", "b)", "a)", "b)", "c)"]


def test_docx_bullets_have_no_label(tmp_path: Path, read) -> None:
    d = docx.Document()
    _add_numbering(d, _level(0, "bullet", "\uf0b7") + _level(1, "bullet", "o"), num_id=92, abstract_id=92)
    _append(d, _numbered("Top bullet", 92, 0))
    _append(d, _numbered("Nested bullet", 92, 1))
    d.add_paragraph("Styled bullet", style="List Bullet")
    path = tmp_path / "bullets.docx"
    d.save(path)

    blocks = read(path).blocks

    assert [(b.kind, b.text, b.label, b.list_level) for b in blocks] == [
        (BlockKind.LIST_ITEM, "Top bullet", None, 0),
        (BlockKind.LIST_ITEM, "Nested bullet", None, 1),
        (BlockKind.LIST_ITEM, "Styled bullet", None, 0),
    ]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [
        (7, "decimal", "7"),
        (3, "lowerLetter", "c"),
        (28, "lowerLetter", "bb"),
        (2, "upperLetter", "B"),
        (4, "lowerRoman", "iv"),
        (14, "upperRoman", "XIV"),
        (5, "decimalZero", "05"),
        (3, "russianLower", "в"),
        (9, "unknownFormat", "9"),
    ],
)
def test_docx_format_number(value: int, fmt: str, expected: str) -> None:
    assert format_number(value, fmt) == expected


def test_docx_table_merges_fill_the_grid(tmp_path: Path, read) -> None:
    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for r in range(3):
        for c in range(3):
            t.cell(r, c).text = f"r{r}c{c}"
    t.cell(0, 0).merge(t.cell(0, 1)).text = "Indicator name"  # horizontal (gridSpan)
    t.cell(1, 2).merge(t.cell(2, 2)).text = "2030"  # vertical (vMerge)
    path = tmp_path / "table.docx"
    d.save(path)

    (table,) = read(path).blocks

    assert table.kind is BlockKind.TABLE
    assert table.location.table == 1
    assert table.rows == [
        ["Indicator name", "Indicator name", "r0c2"],
        ["r1c0", "r1c1", "2030"],
        ["r2c0", "r2c1", "2030"],
    ]


def test_docx_nested_table_text_is_flattened_into_its_cell(tmp_path: Path, read) -> None:
    d = docx.Document()
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = "Targets"
    inner = outer.cell(0, 1).add_table(rows=2, cols=2)
    for (r, c), text in {(0, 0): "2025", (0, 1): "30%", (1, 0): "2030", (1, 1): "45%"}.items():
        inner.cell(r, c).text = text
    path = tmp_path / "nested.docx"
    d.save(path)

    (table,) = read(path).blocks

    assert table.rows == [["Targets", "2025 30% 2030 45%"]]


def test_docx_tracked_insertion_read_and_deletion_skipped(tmp_path: Path, read) -> None:
    d = docx.Document()
    _append(
        d,
        _raw(
            '<w:p><w:r><w:t xml:space="preserve">Reduce emissions by </w:t></w:r>'
            '<w:del w:id="1" w:author="a"><w:r><w:delText>30</w:delText></w:r></w:del>'
            '<w:ins w:id="2" w:author="a"><w:r><w:t>40</w:t></w:r></w:ins>'
            '<w:r><w:t xml:space="preserve">% by 2030.</w:t><w:tab/><w:t>Done</w:t></w:r></w:p>'
        ),
    )
    path = tmp_path / "tracked.docx"
    d.save(path)

    (block,) = read(path).blocks

    assert block.text == "Reduce emissions by 40% by 2030. Done"


def test_docx_content_controls_block_and_inline(tmp_path: Path, read) -> None:
    d = docx.Document()
    d.add_paragraph("Before.")
    _append(
        d,
        _raw(
            '<w:sdt><w:sdtPr><w:alias w:val="Goal"/></w:sdtPr><w:sdtContent>'
            "<w:p><w:r><w:t>Goal inside a block control.</w:t></w:r></w:p>"
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Cell in control</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
            "</w:sdtContent></w:sdt>"
        ),
    )
    _append(
        d,
        _raw(
            '<w:p><w:r><w:t xml:space="preserve">Target: </w:t></w:r>'
            "<w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>45%</w:t></w:r></w:sdtContent></w:sdt>"
            "<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r>"
            "<w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt></w:p>"
        ),
    )
    d.add_paragraph("After.")
    path = tmp_path / "controls.docx"
    d.save(path)

    blocks = read(path).blocks

    assert [b.text or b.rows for b in blocks] == [
        "Before.",
        "Goal inside a block control.",
        [["Cell in control"]],
        "Target: 45%",
        "After.",
    ]
    # python-docx does not list paragraphs inside block-level controls: no index to point at.
    assert [b.location.paragraph for b in blocks] == [1, None, None, 2, 3]


def test_docx_hidden_text_is_skipped(tmp_path: Path, read) -> None:
    d = docx.Document()
    _append(
        d,
        _raw(
            '<w:p><w:r><w:t xml:space="preserve">Shown </w:t></w:r>'
            "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r><w:r><w:t>text</w:t></w:r></w:p>"
        ),
    )
    path = tmp_path / "hidden.docx"
    d.save(path)

    assert read(path).blocks[0].text == "Shown text"


@pytest.mark.parametrize(
    "data",
    [b"not a word file at all", b"PK\x03\x04 truncated zip", bytes(range(256)) * 4],
    ids=["text", "truncated-zip", "random-bytes"],
)
def test_docx_corrupt_file_fails_with_message(tmp_path: Path, read, data: bytes) -> None:
    path = tmp_path / "broken.docx"
    path.write_bytes(data)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert english(doc.error).startswith("broken.docx: ")
    assert "is not a valid Word .docx file" in english(doc.error)


def test_docx_zip_without_document_is_not_valid(tmp_path: Path, read) -> None:
    path = tmp_path / "other.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("hello.txt", "hi")

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "is not a valid Word .docx file (it may be damaged or be another format)" in english(doc.error)


@pytest.mark.parametrize("how", ["content-type", "vba-part"])
def test_docx_macro_package_is_refused(tmp_path: Path, read, how: str) -> None:
    plain = tmp_path / "plain.docx"
    d = docx.Document()
    d.add_paragraph("Text.")
    d.save(plain)
    path = tmp_path / "macro.docx"
    with zipfile.ZipFile(plain) as zf:
        types = zf.read("[Content_Types].xml")
    if how == "content-type":
        types = types.replace(b"wordprocessingml.document.main+xml", b"ms-word.document.macroEnabled.main+xml")
        _rewrite_zip(plain, path, {"[Content_Types].xml": types})
    else:
        _rewrite_zip(plain, path, {}, add={"word/vbaProject.bin": b"\x00" * 64})

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "contains macros" in english(doc.error) and "save it as .docx" in english(doc.error).lower()


def test_docx_encrypted_ole_file_is_refused(tmp_path: Path, read) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 512 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 512)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "password-protected (encrypted)" in english(doc.error)
    assert "add it again" in english(doc.error)


def test_docx_legacy_word_file_with_docx_name_is_explained(tmp_path: Path, read) -> None:
    path = tmp_path / "old.docx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 512 + "WordDocument".encode("utf-16-le") + b"\x00" * 512)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "old Word 97-2003 file" in english(doc.error)


def test_docx_numbering_labels_stay_short_whatever_the_counter() -> None:
    """A list starting at 2,000,000,000 in letters was labelled with 77 million characters."""
    from analysis.readers.docx_reader import _ilvl, _int, format_number

    assert format_number(3, "lowerLetter") == "c" and format_number(28, "upperLetter") == "BB"
    assert format_number(2_000_000_000, "lowerLetter") == "2000000000"
    assert format_number(2_000_000_000, "upperRoman") == "2000000000"
    assert format_number(3999, "upperRoman") == "MMMCMXCIX"
    assert _int("9" * 5000) is None and _int("99999999999") == 2**31 - 1
    assert _ilvl("400000000") == 8 and _ilvl("-3") == 0


def _png() -> bytes:
    """A 1x1 white PNG: the picture of a cover."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = chunk(b"IDAT", zlib.compress(b"\x00\xff\xff\xff"))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + pixels + chunk(b"IEND", b"")


def test_docx_picture_cover_takes_the_name_its_text_uses(tmp_path: Path, read) -> None:
    """The cover is a picture and no heading names the plan: the title is the name the text uses
    for it (the file is named after its acronym), not a section heading or the file name."""
    image = tmp_path / "cover.png"
    image.write_bytes(_png())
    document = docx.Document()
    document.add_picture(str(image))
    document.add_heading("Legal and regulatory framework", level=1)
    document.add_paragraph(
        "This Updated Nationally Determined Contribution of the Republic of Moldova (NDC) is submitted to the "
        "secretariat of the Convention."
    )
    document.add_paragraph("The NDC covers all sectors of the economy and this contribution sets targets for them.")
    document.add_paragraph("The Government reviews the NDC every five years and reports on its implementation.")
    path = tmp_path / "MDA_Moldova_NDC.docx"
    document.save(str(path))
    assert read(path).title == "Updated Nationally Determined Contribution of the Republic of Moldova"
