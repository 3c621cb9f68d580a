"""PDF reader: headings by font size, paragraphs, lists, tables, page furniture, refusals.

The PDFs are written by hand (standard Helvetica fonts, no embedded fonts), so the test needs
no PDF library beyond the reader's own pdfplumber.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from analysis.model import BlockKind, DocumentStatus
from analysis.readers.pdf_reader import _open_error
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line

Op = tuple  # ("text", x, y, size, bold, text), ("turned", x, y, size, text) or ("line", x0, y0, x1, y1)


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252")  # WinAnsiEncoding: "•" is 0x95
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def make_pdf(pages: list[list[Op]], encrypted: bool = False) -> bytes:
    """A minimal valid PDF: one content stream per page, Helvetica and Helvetica-Bold."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    regular = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    bold = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    pages_id = len(objects) + 2 * len(pages) + 1
    page_ids = []
    for ops in pages:
        parts = []
        for op in ops:
            if op[0] == "text":
                _, x, y, size, is_bold, text = op
                font = b"F2" if is_bold else b"F1"
                parts.append(b"BT /%s %d Tf %d %d Td (%s) Tj ET" % (font, size, x, y, _escape(text)))
            elif op[0] == "turned":  # text running upwards, as on a landscape table page
                _, x, y, size, text = op
                parts.append(b"BT /F1 %d Tf 0 1 -1 0 %d %d Tm (%s) Tj ET" % (size, x, y, _escape(text)))
            else:
                parts.append(b"%d %d m %d %d l S" % op[1:])
        stream = b"\n".join(parts)
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_ids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>" % (pages_id, content, regular, bold)
            )
        )
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    extra = b""
    if encrypted:  # a user password is set: the empty password does not open it
        encrypt = add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"ab" * 32, b"cd" * 32))
        extra = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (encrypt, b"01" * 16, b"01" * 16)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        extra,
        xref,
    )
    return bytes(out)


def _body(y: int, lines: list[str]) -> list[Op]:
    """Body text at 10 pt with 12 pt leading, starting at baseline y."""
    return [("text", 72, y - 12 * i, 10, False, line) for i, line in enumerate(lines)]


def _furniture(page: int) -> list[Op]:
    return [("text", 72, 760, 8, False, "Green Growth Strategy 2030 - draft"), ("text", 300, 30, 9, False, str(page))]


def _grid(x0: int, y0: int, widths: list[int], rows: int, height: int = 20) -> list[Op]:
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ops: list[Op] = [("line", x0, y0 - r * height, xs[-1], y0 - r * height) for r in range(rows + 1)]
    ops += [("line", x, y0, x, y0 - rows * height) for x in xs]
    return ops


@pytest.fixture
def plan_pdf(tmp_path: Path) -> Path:
    page1 = (
        _furniture(1)
        + [
            ("text", 72, 700, 18, False, "Climate Strategy"),
            ("text", 72, 670, 14, False, "Goals of the strategy"),
        ]
        + _body(
            640,
            [
                "The government will pursue a low-carbon path of develop-",
                "ment across all sectors of the economy and in every region of",
                "the country until the end of the planning period.",
            ],
        )
        + _body(
            590,
            [
                "A second paragraph explains how the goals are shared between",
                "the ministries and the regional administrations.",
            ],
        )
        + [
            ("text", 72, 550, 10, False, "\u2022 Reduce emissions by 40% by 2030."),
            ("text", 72, 536, 10, False, "\u2022 Raise the share of renewable energy."),
            ("text", 72, 510, 10, False, "a) Forest cover reaches 30% by 2030."),
        ]
    )
    page2 = (
        _furniture(2)
        + [("text", 72, 700, 14, False, "Indicators")]
        + _body(
            670,
            [
                "Progress is measured every year with the indicators below and",
                "reported to parliament in the annual climate report.",
            ],
        )
        + [("text", 72, 620, 10, True, "Monitoring arrangements")]
        + _body(
            600,
            [
                "The statistics office collects the data and publishes them on",
                "its website before the end of the first quarter.",
            ],
        )
    )
    page3 = (
        _furniture(3)
        + _body(
            700,
            [
                "The table lists the indicators with their baseline and target",
                "values for the whole planning period of the strategy.",
            ],
        )
        + _grid(72, 660, [200, 80, 80], rows=2)
        + [
            ("text", 76, 646, 10, False, "Indicator"),
            ("text", 276, 646, 10, False, "Baseline"),
            ("text", 356, 646, 10, False, "Target"),
            ("text", 76, 626, 10, False, "Forest cover"),
            ("text", 276, 626, 10, False, "28%"),
            ("text", 356, 626, 10, False, "30%"),
        ]
        + _body(590, ["The values are reviewed in the mid-term evaluation of the plan."])
    )
    path = tmp_path / "plan.pdf"
    path.write_bytes(make_pdf([page1, page2, page3]))
    return path


def test_pdf_headings_by_font_size_and_weight(plan_pdf: Path, read) -> None:
    doc = read(plan_pdf)

    headings = [(b.text, b.heading_level, b.location.page) for b in doc.blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        ("Climate Strategy", 1, 1),
        ("Goals of the strategy", 2, 1),
        ("Indicators", 2, 2),
        ("Monitoring arrangements", 3, 2),
    ]
    assert doc.title == "Climate Strategy"
    assert doc.page_count == 3


def test_pdf_lines_join_into_paragraphs_without_hyphenation(plan_pdf: Path, read) -> None:
    paragraphs = [b.text for b in read(plan_pdf).blocks if b.kind is BlockKind.PARAGRAPH]

    assert paragraphs[0] == (
        "The government will pursue a low-carbon path of development across all sectors of the economy "
        "and in every region of the country until the end of the planning period."
    )
    assert paragraphs[1].startswith("A second paragraph") and paragraphs[1].endswith("administrations.")


def test_pdf_bullets_and_enumerators_become_list_items(plan_pdf: Path, read) -> None:
    items = [b.text for b in read(plan_pdf).blocks if b.kind is BlockKind.LIST_ITEM]

    assert items == [
        "Reduce emissions by 40% by 2030.",
        "Raise the share of renewable energy.",
        "a) Forest cover reaches 30% by 2030.",
    ]


def test_pdf_running_headers_and_page_numbers_are_dropped(plan_pdf: Path, read) -> None:
    texts = [b.text for b in read(plan_pdf).blocks]

    assert not any("Green Growth Strategy" in t for t in texts)
    assert not {"1", "2", "3"} & set(texts)


def test_pdf_ruled_table_becomes_a_table_block(plan_pdf: Path, read) -> None:
    blocks = read(plan_pdf).blocks

    (table,) = [b for b in blocks if b.kind is BlockKind.TABLE]
    assert table.rows == [["Indicator", "Baseline", "Target"], ["Forest cover", "28%", "30%"]]
    assert (table.location.page, table.location.table) == (3, 1)
    # In reading order between the text above and below it; its words are not repeated as text.
    index = blocks.index(table)
    assert blocks[index - 1].text.endswith("of the strategy.")
    assert blocks[index + 1].text.startswith("The values are reviewed")
    assert not any("Baseline" in b.text or "28%" in b.text for b in blocks)


def test_pdf_locations_count_pages_and_paragraphs(plan_pdf: Path, read) -> None:
    text_blocks = [b for b in read(plan_pdf).blocks if b.kind is not BlockKind.TABLE]

    assert [b.location.paragraph for b in text_blocks] == list(range(1, len(text_blocks) + 1))
    assert [b.location.page for b in text_blocks] == sorted(b.location.page for b in text_blocks)
    assert all(b.location.file == str(plan_pdf) for b in text_blocks)


def test_pdf_without_text_layer_asks_for_ocr(tmp_path: Path, read) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[("line", 72, 700, 500, 700)], [("line", 72, 600, 500, 600)]]))

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert english(doc.error) == (
        "scan.pdf: has no text layer (it looks scanned); run OCR on it (e.g. in Acrobat or ABBYY) "
        "and add the searchable PDF."
    )


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\n garbage without objects", bytes(range(256)) * 4, b"<html>not a pdf</html>"],
    ids=["header-only", "random-bytes", "html"],
)
def test_pdf_corrupt_file_fails_with_message(tmp_path: Path, read, data: bytes) -> None:
    path = tmp_path / "broken.pdf"
    path.write_bytes(data)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert english(doc.error) == "broken.pdf: is not a valid PDF (it may be damaged or be another format)."


def test_pdf_password_protected_file_is_refused(tmp_path: Path, read) -> None:
    path = tmp_path / "locked.pdf"
    path.write_bytes(make_pdf([[("text", 72, 700, 10, False, "Secret plan")]], encrypted=True))

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "locked.pdf: is password-protected" in english(doc.error)


def test_pdf_password_error_wording_when_wrapped_by_pdfplumber() -> None:
    error = _open_error(Path("x.pdf"), PdfminerException(PDFPasswordIncorrect()))

    assert str(error).startswith("x.pdf: is password-protected (encrypted)")


# ---- real layouts: spacing, tables without rulings, turned pages, footnotes, titles ---------------


def test_pdf_double_spaced_lines_still_join_into_paragraphs(tmp_path: Path, read) -> None:
    lines = [
        "The vision, mission and goals of the plan were formulated on the basis",
        "of the analysis of institutional capacity and of the observed impacts",
        "and projections, in a participatory process with all ministries.",
    ]
    ops = [("text", 72, 700 - 24 * i, 12, False, line) for i, line in enumerate(lines)]
    ops += [("text", 72, 600 - 24 * i, 12, False, line) for i, line in enumerate(lines)]
    path = tmp_path / "spaced.pdf"
    path.write_bytes(make_pdf([ops]))
    paragraphs = [b for b in read(path).blocks if b.kind == BlockKind.PARAGRAPH]
    assert len(paragraphs) == 2
    assert paragraphs[0].text.startswith("The vision") and paragraphs[0].text.endswith("all ministries.")


def test_pdf_table_without_rulings_is_rebuilt_from_word_positions(tmp_path: Path, read) -> None:
    years = ["2015", "2016", "2017", "2018"]
    ops: list[Op] = [("text", 72, 720, 10, False, "Text above the table is a paragraph of running prose.")]
    ops += [("text", 72, 690, 10, False, "Indicator")] + [
        ("text", 300 + 60 * i, 690, 10, False, y) for i, y in enumerate(years)
    ]
    rows = [
        ("Contraceptive prevalence rate", ["37%", "42%", "44%", "46%"]),
        ("Births attended by skilled staff", ["85%", "87%", "89%", "91%"]),
        ("Number of health centres", ["300", "400", "500", "600"]),
    ]
    for n, (name, values) in enumerate(rows):
        y = 670 - 20 * n
        ops.append(("text", 72, y, 10, False, name))
        ops += [("text", 300 + 60 * i, y, 10, False, v) for i, v in enumerate(values)]
    path = tmp_path / "matrix.pdf"
    path.write_bytes(make_pdf([ops]))
    tables = [b for b in read(path).blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1
    assert tables[0].rows[0] == ["Indicator", *years]
    assert tables[0].rows[2] == ["Births attended by skilled staff", "85%", "87%", "89%", "91%"]


def test_pdf_two_columns_of_prose_are_not_a_table(tmp_path: Path, read) -> None:
    left = [
        "The regional economy grew steadily over the",
        "last decade, led by agriculture and by the",
        "services sector in the two largest cities.",
    ]
    right = [
        "Exports doubled while imports rose by a",
        "third, and the trade balance turned positive",
        "for the first time in twenty years.",
    ]
    ops = [("text", 72, 700 - 12 * i, 10, False, t) for i, t in enumerate(left)]
    ops += [("text", 320, 700 - 12 * i, 10, False, t) for i, t in enumerate(right)]
    path = tmp_path / "columns.pdf"
    path.write_bytes(make_pdf([ops]))
    assert not [b for b in read(path).blocks if b.kind == BlockKind.TABLE]


def test_pdf_turned_page_is_read_upright(tmp_path: Path, read) -> None:
    # a landscape table printed on a portrait page: the text runs upwards
    ops: list[Op] = [("turned", 100 + 14 * i, 100, 10, f"Row {i + 1} of the turned table") for i in range(4)]
    path = tmp_path / "turned.pdf"
    path.write_bytes(make_pdf([ops]))
    text = " ".join(b.text for b in read(path).blocks)
    assert "Row 1 of the turned table" in text and "elbat" not in text


def test_pdf_footnotes_are_kept_apart(tmp_path: Path, read) -> None:
    prose = "The plan builds on the national strategy adopted in 2013 and sets targets for the regions."
    ops = _body(700, [prose] * 6)
    ops += [
        ("text", 72, 80, 7, False, "3 Royal Government of Cambodia, National Strategic Development Plan 2014-2018.")
    ]
    ops += [("text", 72, 70, 7, False, "4 Ministry of Planning, Statistical Yearbook 2013.")]
    path = tmp_path / "notes.pdf"
    path.write_bytes(make_pdf([ops]))
    blocks = read(path).blocks
    notes = [b for b in blocks if b.style == "footnote"]
    assert [b.text[:3] for b in notes] == ["3 R", "4 M"]
    assert all(b.style != "footnote" for b in blocks if b.text.startswith("The plan builds"))


def test_pdf_title_is_the_plan_not_the_issuing_authority(tmp_path: Path, read) -> None:
    cover = [
        ("text", 150, 720, 16, True, "ROYAL GOVERNMENT OF CAMBODIA"),
        ("text", 150, 690, 12, False, "TRANSLATION"),
        ("text", 100, 600, 18, True, "NATIONAL STRATEGIC DEVELOPMENT PLAN 2014-2018"),
    ]
    body = _body(700, ["The plan sets out the priorities of the government for the five years."])
    path = tmp_path / "cover.pdf"
    path.write_bytes(make_pdf([cover, body]))
    assert read(path).title == "National Strategic Development Plan 2014-2018"


def test_pdf_title_set_over_two_lines_is_joined(tmp_path: Path, read) -> None:
    cover = [
        ("text", 150, 720, 14, False, "Royal Government of Cambodia"),
        ("text", 150, 620, 24, False, "National Policy on"),
        ("text", 150, 590, 24, False, "Green Growth"),
    ]
    body = _body(700, ["The policy sets out the vision of the government for green growth."])
    path = tmp_path / "cover.pdf"
    path.write_bytes(make_pdf([cover, body]))
    assert read(path).title == "National Policy on Green Growth"


def test_pdf_title_typed_in_body_type_is_its_first_line_naming_a_plan(tmp_path: Path, read) -> None:
    """A plainly typed submission: the title is its first line, in the body type, no sentence."""
    lines = [
        "Intended Nationally Determined Contribution of the Republic of Tajikistan",
        "",
        "The Republic submits herewith its contribution to the global goal of the Convention.",
        "A flexible target, not exceeding 80-90% of the 1990 level by 2030, has been determined.",
    ]
    path = tmp_path / "plain.pdf"
    path.write_bytes(make_pdf([_body(720, lines)]))
    assert read(path).title == "Intended Nationally Determined Contribution of the Republic of Tajikistan"


def test_pdf_a_line_ended_with_room_to_spare_ends_its_paragraph(tmp_path: Path, read) -> None:
    # A heading in body type, then an indented list that lost its bullets (a scanned page):
    # each line ends where the next one's first word would still have fitted.
    ops: list[Op] = [
        ("text", 72, 720, 10, False, "3.2.Objectives"),
        ("text", 100, 706, 10, False, "Developing an economy in balance with culture;"),
        ("text", 100, 694, 10, False, "Enhancing education and training on green growth for officers;"),
        (
            "text",
            100,
            682,
            10,
            False,
            "Stimulating green growth cooperation at every level of the government, region and world.",
        ),
        ("text", 72, 650, 10, False, "A paragraph of running prose that wraps because its next word does"),
        ("text", 72, 638, 10, False, "not fit on the line, so both lines are one paragraph."),
    ]
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([ops]))
    blocks = read(path).blocks
    assert [b.text[:12] for b in blocks] == [
        "3.2.Objectiv",
        "Developing a",
        "Enhancing ed",
        "Stimulating ",
        "A paragraph ",
    ]
    # paragraphs ending in ';' (the last in '.') are a list whose markers were lost
    assert [b.kind for b in blocks[1:4]] == [BlockKind.LIST_ITEM] * 3
    assert blocks[4].kind == BlockKind.PARAGRAPH


def test_pdf_scanned_zero_for_capital_o_is_repaired(tmp_path: Path, read) -> None:
    path = tmp_path / "ocr.pdf"
    path.write_bytes(
        make_pdf([[("text", 72, 720, 11, False, "3.2.0bjectives of the policy for 2020 and 0.5 percent")]])
    )
    assert read(path).blocks[0].text == "3.2.Objectives of the policy for 2020 and 0.5 percent"


def test_pdf_matrix_row_carried_over_a_page_is_a_table(tmp_path: Path, read) -> None:
    # One ruled row across the page, each cell holding lines of text: the rest of a matrix row.
    xs = [72, 200, 380, 540]
    ops: list[Op] = [("line", 72, 700, 540, 700), ("line", 72, 590, 540, 590)]
    ops += [("line", x, 700, x, 590) for x in xs]
    cells = [
        [
            "2. The Government",
            "contributes to regional",
            "cooperation on labour",
            "migration within ASEAN,",
            "with a clear vision of how",
            "integration can help.",
        ],
        [
            "2.2 Contribute to regional",
            "dialogue and tools related",
            "to the protection of the",
            "rights of migrants, through",
            "the forum of migrant labour",
            "and its recommendations.",
        ],
        [
            "MOLVT, MOFA&IC, MOI,",
            "MOWA, MOEF and the",
            "provincial departments of",
            "labour and training, with",
            "partner agencies and the",
            "trade unions",
        ],
    ]
    for column, lines in enumerate(cells):
        ops += [("text", xs[column] + 4, 688 - 12 * i, 9, False, line) for i, line in enumerate(lines)]
    path = tmp_path / "carried.pdf"
    path.write_bytes(make_pdf([ops]))
    tables = [b for b in read(path).blocks if b.kind == BlockKind.TABLE]
    assert len(tables) == 1 and len(tables[0].rows) == 1
    assert tables[0].rows[0][1].startswith("2.2 Contribute to regional dialogue")


HSP_TEXT = [
    "The Ministry of Health presents the Health Strategic Plan 2016-2020 (HSP3) to its partners.",
    "HSP3 builds on the National Strategic Development Plan and on the lessons of the past.",
    "The HSP3 sets out the priorities of the health sector for the coming five years.",
    "Each province prepares an annual operational plan in line with HSP3 and its targets.",
    "Partners align their support with HSP3 through the sector-wide arrangements of this plan.",
]


def _paragraphs(y: int, sentences: list[str]) -> list[Op]:
    """One body-text paragraph per sentence, a blank line between them."""
    return [("text", 72, y - 30 * i, 10, False, s) for i, s in enumerate(sentences)]


def test_pdf_picture_cover_takes_the_name_its_text_uses(tmp_path: Path, read) -> None:
    """A cover that is a picture has no text: the title is the plan's name as its text writes it
    (confirmed by the file's name), not a section heading that holds a plan word, nor the file name."""
    picture = [("line", 100, 200, 500, 600), ("line", 100, 600, 500, 200)]
    page2 = [("text", 72, 720, 16, True, "Legal and regulatory framework:"), *_paragraphs(690, HSP_TEXT)]
    path = tmp_path / "Draft_HealthStrategicPlan2016-2020.pdf"
    path.write_bytes(make_pdf([picture, page2]))
    assert read(path).title == "Health Strategic Plan 2016-2020"


def test_pdf_picture_cover_names_no_other_plan(tmp_path: Path, read) -> None:
    """The text names another plan, and the file is named after none: the title stays the file
    name rather than a wrong plan's name."""
    picture = [("line", 100, 200, 500, 600)]
    path = tmp_path / "scan0001.pdf"
    path.write_bytes(make_pdf([picture, _paragraphs(700, HSP_TEXT[1:])]))
    assert read(path).title == "scan0001"


def test_pdf_decorated_cover_fragments_are_no_title(tmp_path: Path, read) -> None:
    """A decorated cover leaves letters cut out of its words ('S O', 'outh mart')."""
    cover = [("text", 100, 600, 40, True, "S O"), ("text", 100, 540, 40, False, "outh mart")]
    text = [
        "South Ostrobothnia wants to be a smart region with outstanding companies and schools.",
        "The Smart Specialisation Strategy for South Ostrobothnia guides the work of the region.",
        "The region reviews the Smart Specialisation Strategy for South Ostrobothnia every year.",
    ]
    path = tmp_path / "South_Ostrobothnia_Smart_Specialisation_Strategy.pdf"
    path.write_bytes(make_pdf([cover, _paragraphs(700, text)]))
    assert read(path).title == "Smart Specialisation Strategy for South Ostrobothnia"


def test_pdf_a_figure_that_starts_a_wrapped_line_is_no_numbered_item(tmp_path: Path, read) -> None:
    """'... to around' / '12.1 MtCO2e in 2030': the sentence goes on, even with a chart's labels
    further right than the text; '1.2 Improve ...' after an ended item still starts an item."""
    ops = _body(
        700,
        [
            "The graph shows emissions more than doubling under the BAU projection from",
            "the value of 5.3 MtCO2e in the base year of 2015 up to a level of around the",
            "12.1 MtCO2e in 2030, while the measures will bring them down to 10.2 MtCO2e.",
        ],
    )
    ops += [("text", 540, 500, 8, False, "16%")]  # a chart label right of the text column
    ops += _body(600, ["1.1 Improve access to the primary health care services", "1.2 Improve the quality of care"])
    path = tmp_path / "wrapped.pdf"
    path.write_bytes(make_pdf([ops]))
    texts = [b.text for b in read(path).blocks]
    assert any(t.startswith("The graph shows") and t.endswith("down to 10.2 MtCO2e.") for t in texts)
    assert not any(t.startswith("12.1") for t in texts)
    assert sum(1 for t in texts if "Improve" in t) == 2


def _chars(text: str, size: float, bottom: float, x0: float = 0.0) -> list[dict]:
    return [
        {"text": ch, "size": size, "bottom": bottom, "x0": x0 + 5 * i, "x1": x0 + 5 * (i + 1)}
        for i, ch in enumerate(text)
    ]


def test_pdf_a_footnote_mark_against_a_word_is_left_out() -> None:
    from analysis.readers.pdf_page import _drop_note_mark

    chars = _chars("2021", 10, 100) + _chars("16", 6, 95, x0=20)  # 'LEDS ... 2021' + superscript 16
    word = {"text": "202116", "size": 10, "x1": 30}
    _drop_note_mark(word, chars)
    assert word["text"] == "2021" and word["x1"] == 20
    unit = {"text": "km2", "size": 10, "x1": 15}
    _drop_note_mark(unit, _chars("km", 10, 100) + _chars("2", 6, 95, x0=10))  # km² stays
    assert unit["text"] == "km2"
    subscript = {"text": "CO2", "size": 10, "x1": 15}
    _drop_note_mark(subscript, _chars("CO", 10, 100) + _chars("2", 6, 102, x0=10))  # lowered: CO₂
    assert subscript["text"] == "CO2"


def test_pdf_a_row_that_closes_a_bracket_opened_above_goes_on_with_that_row() -> None:
    from analysis.readers.pdf_tables import tidy_rows

    rows = [
        ["Priority area", "Objective", "Instruments"],
        ["Reducing poverty (CMDG 1, 2,", "2. Children benefit from safety nets, while", "Cash transfers"],
        ["3, 4, 5)", "improving nutrition", "promoting education"],
        ["Promoting health care (CMDG 4)", "3. The poor have access to health care", "Health equity funds"],
    ]
    assert tidy_rows(rows)[1:] == [
        [
            "Reducing poverty (CMDG 1, 2, 3, 4, 5)",
            "2. Children benefit from safety nets, while improving nutrition",
            "Cash transfers promoting education",
        ],
        ["Promoting health care (CMDG 4)", "3. The poor have access to health care", "Health equity funds"],
    ]
