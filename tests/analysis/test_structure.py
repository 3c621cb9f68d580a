from __future__ import annotations

import pytest

from analysis.extract.statements import list_intro_kind
from analysis.extract.structure import build_sections, parse_label, section_role
from analysis.model import Block, BlockKind, ItemKind, Location


@pytest.mark.parametrize(
    ("text", "kind", "code", "rest"),
    [
        ("Goal 2. Strong regions and urbanisation", "goal", "2", "Strong regions and urbanisation"),
        ("Objective 1.2: Raise productivity", "objective", "1.2", "Raise productivity"),
        ("Objective: raise the share of SMEs", "objective", None, "raise the share of SMEs"),
        ("1.2.3 Build rural roads", None, "1.2.3", "Build rural roads"),
        ("1.a By 2030, ensure access", None, "1.a", "By 2030, ensure access"),
        ("2019 was a good year", None, None, "2019 was a good year"),
        ("35% of firms export", None, None, "35% of firms export"),
        ("Goal of the programme: growth", None, None, "Goal of the programme: growth"),
    ],
)
def test_structure_parse_label(text, kind, code, rest):
    label = parse_label(text)
    assert (label.kind, label.code, label.rest) == (kind, code, rest)


@pytest.mark.parametrize(
    ("text", "language", "kind", "code"),
    [
        ("Goal No. 3. Healthy citizens", "en", "goal", "3"),
        ("Цель № 1. Развитие экономики", "ru", "goal", "1"),
        ("Задача №1.2: снизить безработицу", "ru", "objective", "1.2"),
        ("Мақсат № 2. Өңірдің экономикасы", "kk", "goal", "2"),
    ],
)
def test_structure_label_with_a_number_sign(text, language, kind, code):
    label = parse_label(text, language)
    assert (label.kind, label.code) == (kind, code)


def test_structure_word_numbering_label_gives_code():
    assert parse_label("Support start-ups", word_label="2.3.").code == "2.3"


@pytest.mark.parametrize(
    ("heading", "role"),
    [
        ("5. Risks and their management", "risks"),
        ("4. Resources and financing", "resources"),
        ("6. Monitoring and evaluation", "monitoring"),
        ("2. Goals, objectives and target indicators", "objectives"),
        ("3. Target indicators", "indicators"),
        ("1. Analysis of the current situation", "background"),
        ("Chapter about cattle", None),
    ],
)
def test_structure_section_role(heading, role):
    assert section_role(heading) == role


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The tasks of the programme are:", ItemKind.TASK),
        ("The following measures will be implemented to achieve the objectives:", ItemKind.MEASURE),
        ("Objectives:", ItemKind.OBJECTIVE),
        ("The region is large.", None),
        ("Background:", None),
    ],
)
def test_statements_list_intro_kind(text, kind):
    assert list_intro_kind(text) == kind


def test_structure_sections_nest_by_heading_level_and_numbering():
    loc = Location(file="x")
    blocks = [
        Block(BlockKind.HEADING, "1. Context", loc, heading_level=1),
        Block(BlockKind.PARAGRAPH, "Some text.", loc),
        Block(BlockKind.PARAGRAPH, "1.1 Economy", loc),  # typed-number heading, level 2
        Block(BlockKind.PARAGRAPH, "More text.", loc),
        Block(BlockKind.HEADING, "2. Risks", loc, heading_level=1),
    ]
    sections, owner = build_sections("d1", blocks)
    assert [(s.heading, s.level, s.role) for s in sections] == [
        ("Context", 1, "background"),
        ("Economy", 2, None),
        ("Risks", 1, "risks"),
    ]
    assert sections[1].parent_id == sections[0].id
    assert owner == [0, 0, 1, 1, 2]
    assert sections[0].text == "Some text."


def test_structure_a_heading_ending_in_a_colon_is_a_label_inside_its_section():
    def heading(text: str, n: int) -> Block:
        return Block(BlockKind.HEADING, text, Location(file="p.pdf", page=17, paragraph=n), heading_level=6)

    blocks = [heading("Executive Summary", 1), heading("Goals:", 2), heading("1. Introduction", 3)]
    sections, owner = build_sections("d", blocks)
    summary, goals, introduction = sections
    assert goals.parent_id == summary.id
    assert introduction.parent_id is None


def test_structure_a_numbered_row_named_by_its_share_keeps_its_number():
    from analysis.extract.structure import parse_label as label_of

    assert (label_of("59. % of mothers who start breast-feeding").code, label_of("59. % of mothers").rest) == (
        "59",
        "% of mothers",
    )
    assert label_of("12.5 % of GDP").code is None  # a figure, not item 12.5


def test_structure_a_letters_salutation_and_signature_open_no_section():
    from analysis.extract.structure import letter_lines
    from analysis.model import Block, BlockKind, Location

    def heading(text: str) -> Block:
        return Block(BlockKind.HEADING, text, Location(file="p.pdf", page=1), heading_level=5)

    blocks = [
        heading("Dear task team colleagues,"),
        Block(BlockKind.PARAGRAPH, "Please find the draft attached for your comments.", Location(file="p.pdf", page=1)),
        heading("Sincerely yours"),
        heading("Director, DPHI"),
        heading("THE THIRD HEALTH STRATEGIC PLAN"),
        heading("Foreword"),
    ]
    assert letter_lines(blocks) == {0, 2, 3}
    sections, _ = build_sections("d", blocks, skip=letter_lines(blocks))
    assert [s.heading for s in sections] == ["THE THIRD HEALTH STRATEGIC PLAN", "Foreword"]
