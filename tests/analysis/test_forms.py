"""Form tables ('Base year | 1990', 'Unconditional target | A 15% reduction ...'): the answers to
target fields are targets; the answers to the other fields describe and state no item."""

from __future__ import annotations

from analysis.extract.forms import field_role
from analysis.extract.numbers import find_periods
from analysis.extract.tables import TableReader
from analysis.model import Block, BlockKind, ItemKind, Location


def _table(rows):
    return Block(BlockKind.TABLE, "", Location(file="ndc.pdf", page=1, table=1), rows=rows)


CONTRIBUTION = [
    ["Party", "Kazakhstan"],
    ["Unconditional target", "A 15% reduction in GHG emissions by 31 December 2030 compared to the base year"],
    ["Type", "Economy-wide absolute reduction from base year emissions"],
    ["Base year", "1990"],
    ["Gases covered", "Carbon dioxide, methane, nitrous oxide"],
    ["Period", "1 January 2021 – 31 December 2030"],
    ["% of emissions covered", "100%"],
    ["Metric", "Global warming potentials of the IPCC Fourth Assessment Report"],
    [
        "6. National circumstances",
        "Bhutan is a small, landlocked country. Its forest cover will stay above 60% of the land by 2030.",
    ],
    ["", "The country will monitor the indicators of its adaptation goals."],
]


def test_forms_only_the_target_fields_and_dated_commitments_give_targets():
    drafts = TableReader().drafts(_table(CONTRIBUTION), 0)
    assert [(d.kind, d.text) for d in drafts] == [
        (ItemKind.TARGET, "A 15% reduction in GHG emissions by 31 December 2030 compared to the base year"),
    ]
    target = drafts[0].attributes
    assert target.baseline is not None and target.baseline.year == 1990  # from the 'Base year' row
    assert [(t.value, t.year) for t in target.targets] == [(15.0, 2030)]


def test_forms_a_dated_commitment_under_another_field_is_a_target_sentence():
    rows = [
        ["Planning process", "The plan was prepared by the Ministry of Environment."],
        ["Metric", "Global warming potentials of the IPCC Fourth Assessment Report"],
        [
            "How the INDC contributes to the objective of the Convention",
            "Recognizing the reality, the country intends to contribute. "
            "It will stabilise greenhouse gas emissions in 2030 at 85% of the level in 1990.",
        ],
    ]
    drafts = TableReader().drafts(_table(rows), 0)
    assert [d.text for d in drafts] == [
        "It will stabilise greenhouse gas emissions in 2030 at 85% of the level in 1990."
    ]
    assert TableReader().drafts(_table(rows), 0, role="background") == []


def test_forms_field_names_in_three_languages_with_numbering():
    assert field_role("3. Contribution") == "target"
    assert field_role("7. Gases covered") == "none"
    assert field_role("4. Base year") == "base_year"
    assert field_role("Базовый год") == "base_year"
    assert field_role("Безусловная цель") == "target"
    assert field_role("Базалық жыл") == "base_year"
    assert field_role("Strategic objective 1") is None


def test_forms_a_table_with_one_known_field_is_no_form():
    rows = [["Goal", "Indicator"], ["Base year", "2015"], ["Improve health", "Maternal mortality ratio"]]
    assert all(d.kind != ItemKind.TARGET for d in TableReader().drafts(_table(rows), 0))


def test_forms_a_us_style_time_frame_is_a_period():
    assert [p for _, p in find_periods("2. Time frame | January 1, 2020 - December 31, 2030")] == [(2020, 2030)]


def test_forms_a_small_table_inside_an_answer_and_rows_that_go_on_with_a_field():
    rows = [
        ["Timeframe", "2030", "", "", ""],
        ["Type of contribution", "The contribution will be economy-wide.", "", "", ""],
        ["Reference", "The reference is the Business As Usual scenario.", "", "", ""],
        ["", "Year", "2010", "2020", "2030"],
        ["", "Emissions (Gg CO2-eq)", "-1339", "12 441", "22 647"],
        ["Target level", "Namibia aims at a reduction of about 89% of its emissions by 2030.", "", "", ""],
        ["", "Emissions avoided before 2010 are included in the scenario.", "", "", ""],
    ]
    drafts = TableReader().drafts(_table(rows), 0)
    assert [(d.kind, d.text) for d in drafts] == [
        (ItemKind.TARGET, "Namibia aims at a reduction of about 89% of its emissions by 2030."),
    ]


def test_forms_a_column_of_letters_before_long_field_questions():
    rows = [
        ["3. Scope and coverage", "", ""],
        ["a", "General description of the target", "An at least 68% economy-wide net reduction in emissions by 2030."],
        [
            "b",
            "Sectors, gases, categories and pools covered by the nationally determined contribution, including, "
            "as applicable, consistent with IPCC guidelines",
            "The sectors, gases, categories and pools covered are based on the 2006 IPCC Guidelines.",
        ],
    ]
    drafts = TableReader().drafts(_table(rows), 0)
    assert [d.text for d in drafts] == ["An at least 68% economy-wide net reduction in emissions by 2030."]


def test_forms_a_contents_table_with_page_numbers_states_no_target():
    rows = [["04", "National Circumstances", "17"], ["05", "Mitigation Contribution", "23"], ["5.1", "Overview", "23"]]
    assert TableReader().drafts(_table(rows), 0) == []
