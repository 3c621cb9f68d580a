"""Text and Markdown reader: encodings, paragraphs, headings, lists, pipe tables."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from analysis.model import BlockKind, DocumentStatus
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line

RUSSIAN = "Цель 1. Снизить выбросы парниковых газов на 30% к 2030 году."

MARKDOWN = """\
# Regional Development Plan

Intro paragraph that is
soft-wrapped over two lines with **bold** and a [link](http://x.org).

## Objectives

- Improve roads
  in rural districts
  - Pave 200 km
* Expand broadband
1. First numbered goal
2) Second numbered goal

| Indicator | Baseline | Target |
|-----------|---------:|:------:|
| Road length (km) | 1 200 | 1 400 |
| Coverage \\| share | 60% | 90% |

Setext heading
--------------

---

Closing text.
"""


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "warning"),
    [
        (RUSSIAN.encode("utf-8"), None),
        (codecs.BOM_UTF8 + RUSSIAN.encode("utf-8"), None),
        (codecs.BOM_UTF16_LE + RUSSIAN.encode("utf-16-le"), "UTF-16"),
        (RUSSIAN.encode("cp1251"), "Windows-1251"),
        # issue 18: these came out as mojibake "read as Windows-1251", or as nothing at all
        (RUSSIAN.encode("koi8_r"), "KOI8-R"),
        (RUSSIAN.encode("cp866"), "DOS 866"),
        (RUSSIAN.encode("iso8859_5"), "ISO-8859-5"),
        (RUSSIAN.encode("mac_cyrillic"), "Mac Cyrillic"),
        (RUSSIAN.encode("utf-16-le"), "without a byte order mark"),
        (RUSSIAN.encode("utf-16-be"), "without a byte order mark"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-bom", "cp1251", "koi8-r", "cp866", "iso8859-5", "mac", "utf-16le", "utf-16be"],
)
def test_text_encodings_are_detected(tmp_path: Path, read, data: bytes, warning: str | None) -> None:
    doc = read(_write(tmp_path, "plan.txt", data))

    assert [b.text for b in doc.blocks] == [RUSSIAN]
    if warning is None:
        assert doc.warnings == [] and doc.status is DocumentStatus.SUCCESS
    else:
        assert len(doc.warnings) == 1 and warning in english(doc.warnings[0])
        assert doc.status is DocumentStatus.PARTIAL


def test_text_western_legacy_encoding_falls_back_with_warning(tmp_path: Path, read) -> None:
    text = "Stratégie régionale – objectifs « 2030 » pour la forêt"
    doc = read(_write(tmp_path, "plan.txt", text.encode("cp1252")))

    assert doc.blocks[0].text == text
    assert "Windows-1252" in english(doc.warnings[0])


def test_text_markdown_headings_lists_and_tables(tmp_path: Path, read) -> None:
    doc = read(_write(tmp_path, "plan.md", MARKDOWN.encode("utf-8")))

    summary = [(b.kind, b.text, b.heading_level, b.list_level) for b in doc.blocks if b.kind is not BlockKind.TABLE]
    assert summary == [
        (BlockKind.HEADING, "Regional Development Plan", 1, None),
        (BlockKind.PARAGRAPH, "Intro paragraph that is soft-wrapped over two lines with bold and a link.", None, None),
        (BlockKind.HEADING, "Objectives", 2, None),
        (BlockKind.LIST_ITEM, "Improve roads in rural districts", None, 0),
        (BlockKind.LIST_ITEM, "Pave 200 km", None, 1),
        (BlockKind.LIST_ITEM, "Expand broadband", None, 0),
        (BlockKind.LIST_ITEM, "1. First numbered goal", None, 0),
        (BlockKind.LIST_ITEM, "2) Second numbered goal", None, 0),
        (BlockKind.HEADING, "Setext heading", 2, None),
        (BlockKind.PARAGRAPH, "Closing text.", None, None),
    ]
    (table,) = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert table.rows == [
        ["Indicator", "Baseline", "Target"],
        ["Road length (km)", "1 200", "1 400"],
        ["Coverage | share", "60%", "90%"],
    ]
    assert doc.title == "Regional Development Plan"
    assert [b.location.paragraph for b in doc.blocks] == list(range(1, len(doc.blocks) + 1))


def test_text_plain_paragraphs_caps_headings_and_numbering(tmp_path: Path, read) -> None:
    text = (
        "STRATEGIC GOALS\n\n"
        "The region will grow its economy\nwhile protecting nature.\n\n"
        "1.2 Objectives of the programme\n"
        "Objective text that wraps\nonto a second line.\n\n"
        "1. First goal\n2. Second goal\n\n"
        "NOT A HEADING BECAUSE IT ENDS WITH A PERIOD.\n\n"
        "# Hash heading\n"
    )
    doc = read(_write(tmp_path, "plan.txt", text.encode("utf-8")))

    assert [(b.kind, b.text) for b in doc.blocks] == [
        (BlockKind.HEADING, "STRATEGIC GOALS"),
        (BlockKind.PARAGRAPH, "The region will grow its economy while protecting nature."),
        (BlockKind.PARAGRAPH, "1.2 Objectives of the programme Objective text that wraps onto a second line."),
        (BlockKind.LIST_ITEM, "1. First goal"),
        (BlockKind.LIST_ITEM, "2. Second goal"),
        (BlockKind.PARAGRAPH, "NOT A HEADING BECAUSE IT ENDS WITH A PERIOD."),
        (BlockKind.HEADING, "Hash heading"),
    ]
    assert doc.word_count == sum(len(b.text.split()) for b in doc.blocks)


def test_text_markdown_keeps_all_caps_lines_as_paragraphs(tmp_path: Path, read) -> None:
    doc = read(_write(tmp_path, "notes.md", b"IMPORTANT NOTE\n\nBody.\n"))

    assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH, BlockKind.PARAGRAPH]


def test_text_utf8_with_stray_bytes_and_legacy_lines_is_read_line_by_line(tmp_path: Path, read) -> None:
    """One stray byte made the whole UTF-8 file read as cp1251 (mojibake, taken for Kazakh);
    now each line is read as what it is, and the warnings say which lines."""
    utf8 = RUSSIAN.encode("utf-8")
    cut = len(RUSSIAN[:10].encode("utf-8"))
    data = utf8[:cut] + b"\xff" + utf8[cut:] + b"\n\n" + "Вторая строка о регионе и развитии.".encode("cp1251")
    doc = read(_write(tmp_path, "plan.txt", data))

    assert [b.text for b in doc.blocks] == [RUSSIAN, "Вторая строка о регионе и развитии."]
    assert any("stray bytes" in w and "line(s) 1" in w for w in map(english, doc.warnings))
    assert any("line(s) 3, which were read as Windows-1251" in w for w in map(english, doc.warnings))


def test_text_control_characters_are_left_out_with_a_word(tmp_path: Path, read) -> None:
    doc = read(_write(tmp_path, "plan.txt", (b"Goal 1.\x00 Develop\x07 SMEs.")))

    assert doc.blocks[0].text == "Goal 1. Develop SMEs."
    assert "2 control character(s)" in english(doc.warnings[0])


def test_text_blocks_know_their_line(tmp_path, read):
    path = tmp_path / "plan.txt"
    path.write_text(
        "GOALS\n\nThe first paragraph\nruns over two lines.\n\n1. Reduce poverty by 2030.\n", encoding="utf-8"
    )
    blocks = read(path).blocks
    assert [(b.text[:9], b.location.line) for b in blocks] == [("GOALS", 1), ("The first", 3), ("1. Reduce", 6)]
    assert Wording("en").place(blocks[2].location) == "plan.txt, line 6"


def test_text_layout_columns_become_a_table(tmp_path, read):
    lines = [
        "The indicators of the plan are set out below.",
        "",
        "Indicator                              2015      2018      2020",
        "Contraceptive prevalence rate           37%       44%       50%",
        "Births attended by skilled staff        85%       91%       95%",
        "Number of health centres                300       600       800",
        "",
        "The ministry reports on them every year.",
    ]
    path = tmp_path / "layout.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    blocks = read(path).blocks
    tables = [b for b in blocks if b.kind.value == "table"]
    assert len(tables) == 1 and tables[0].location.line == 3
    assert tables[0].rows[0] == ["Indicator", "2015", "2018", "2020"]
    assert tables[0].rows[2] == ["Births attended by skilled staff", "85%", "91%", "95%"]
    assert [b.text[:13] for b in blocks if b.kind.value == "paragraph"] == ["The indicator", "The ministry "]


def test_text_paragraphs_ending_in_semicolons_are_a_list(tmp_path, read):
    path = tmp_path / "plan.txt"
    path.write_text(
        "The objectives are as follows:\n\nTo reduce poverty;\n\nTo protect the forests; and\n\n"
        "To train teachers.\n\nThe ministry reports every year.\n",
        encoding="utf-8",
    )
    blocks = read(path).blocks
    assert [b.kind.value for b in blocks] == ["paragraph", "list_item", "list_item", "list_item", "paragraph"]


def test_text_saved_from_a_pdf_keeps_items_whole_across_page_furniture(tmp_path, read):
    """Text saved from a PDF: a running footer with its page number, a page number alone, and a
    blank line inside an item do not cut it; numbered labels ('Strategic 1 Objective') stay."""
    page = "\n".join(
        [
            "Strategic 1 Objective",
            "",
            "1.1 Encourage ministries and institutions to develop policies and annual budgets",
            "",
            "     to help persons with disabilities.",
            "1.2 Encourage ministries to provide community support services to",
            "",
            "Disability Action Council  {n}",
            "",
            "     persons with disabilities.",
            "{m}",
            "",
        ]
    )
    text = "".join(page.format(n=n, m=n + 1).replace("Strategic 1", f"Strategic {n}") for n in (3, 5, 7))
    path = tmp_path / "plan.txt"
    path.write_text(text, encoding="utf-8")
    texts = [b.text for b in read(path).blocks]
    assert texts[:3] == [
        "Strategic 3 Objective",
        "1.1 Encourage ministries and institutions to develop policies and annual budgets"
        " to help persons with disabilities.",
        "1.2 Encourage ministries to provide community support services to persons with disabilities.",
    ]
    assert not any("Council" in t or t.isdigit() for t in texts)
    assert sum(1 for t in texts if t.startswith("Strategic")) == 3
