from __future__ import annotations

import pytest

from analysis.extract.numbers import canonical_unit, find_period, find_quantities, parse_cell_number, to_float
from analysis.extract.tables import table_drafts
from analysis.extract.targets import direction_from_text, parse_target_statement
from analysis.model import Block, BlockKind, Direction, IndicatorAttributes, ItemKind, Location, YearValue


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("28.5", 28.5), ("28,5", 28.5), ("1 234,5", 1234.5), ("1,234", 1234.0), ("1,234.5", 1234.5), ("−3", -3.0)],
)
def test_numbers_to_float_reads_planner_formats(raw, expected):
    assert to_float(raw) == expected


@pytest.mark.parametrize(
    ("cell", "expected"), [("-", None), ("n/a", None), ("", None), ("35 %", 35.0), ("≥ 12.5", 12.5)]
)
def test_numbers_parse_cell_number(cell, expected):
    assert parse_cell_number(cell) == expected


def test_numbers_quantities_skip_bare_years_and_keep_units():
    qs = find_quantities("from 28.5% in 2019 to KZT 12.5 billion and 7.5 per 1,000 live births by 2025")
    assert [(q.value, q.unit) for q in qs] == [(28.5, "%"), (12.5, "KZT bn"), (7.5, "per 1,000 live births")]


def test_numbers_canonical_unit_and_period():
    assert canonical_unit("thous. tonnes") == "thousand tonnes"
    assert canonical_unit("bn tenge") == "KZT bn"
    assert canonical_unit("widgets per shift") == "widgets per shift"
    assert find_period("Development Programme 2021–2025") == (2021, 2025)
    assert find_period("Strategy 2050") is None


def test_targets_from_to_by_gives_baseline_target_unit_direction():
    p = parse_target_statement("raise the share of SMEs in GRP from 28.5% in 2019 to 35% by 2025")
    assert p.unit == "%"
    assert (p.baseline.value, p.baseline.year) == (28.5, 2019)
    assert [(t.value, t.year) for t in p.targets] == [(35.0, 2025)]
    assert p.direction == Direction.INCREASE
    assert p.indicator_name == "the share of SMEs in GRP"


@pytest.mark.parametrize(
    ("text", "target_year", "base_year"),
    [
        ("33% to 35% reduction in the emissions intensity of its GDP by 2030 compared to 2005 level", 2030, 2005),
        ("20% reduction in GHG emissions by 2030 below 2005 levels", 2030, 2005),
        ("at least 40% domestic reduction in GHG emissions by 2030 compared to 1990", 2030, 1990),
        ("reduce infant mortality to 7.5 per 1,000 live births by 2025", 2025, None),
    ],
)
def test_targets_reductions_read_as_decrease(text, target_year, base_year):
    p = parse_target_statement(text)
    assert target_year in p.target_years
    assert p.base_year == base_year
    assert p.direction == Direction.DECREASE


def test_targets_several_years_pair_values_in_order():
    p = parse_target_statement("increase coverage to 30% by 2023 and 35% by 2025")
    assert [(t.value, t.year) for t in p.targets] == [(30.0, 2023), (35.0, 2025)]


def test_targets_past_statement_is_flagged():
    assert parse_target_statement("In 2019 the share of SMEs was 28.5%.").past_tense


# ---- targets as planners write them ------------------------------------------------------------


def _targets(parse):
    return [(t.value, t.year) for t in parse.targets]


def test_targets_relative_change_with_its_deadline_first_and_a_base_level():
    p = parse_target_statement("By 2030, a 50% reduction in the rate of poverty, compared to the 2015 level")
    assert _targets(p) == [(50.0, 2030)]
    assert p.targets[0].relative and p.unit == "%"
    assert p.direction == Direction.DECREASE and p.base_year == 2015
    assert p.change == {"value": -50.0, "unit": "%"}


@pytest.mark.parametrize(
    "text",
    [
        "Halt the rise in obesity from the 2010 baseline",
        "Keep inflation below 3% over the medium term",
        "Net debt not to exceed 60% of GDP by 2028",
        "Stabilise the unemployment rate at 5% by 2026",
    ],
)
def test_targets_halt_keep_below_not_exceed_stabilise_maintain(text):
    assert parse_target_statement(text).direction == Direction.MAINTAIN


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("By 2026, at least 55% of key fish stocks are in the healthy zone", 55.0, ">="),
        ("By 2030, achieve a score of 71 or higher for the index", 71.0, ">="),
        ("By 2035, less than 5% of adults smoke cigarettes", 5.0, "<"),
        ("By 2025, sales per person are 8.0 litres or less", 8.0, "<="),
        ("By 2026, reduce the rate by up to 5%, compared to 2018", 5.0, "<="),
        ("By 2030, 22% of commuters use public transport", 22.0, None),
    ],
)
def test_targets_comparators_are_kept(text, value, comparator):
    [target] = parse_target_statement(text).targets
    assert (target.value, target.comparator) == (value, comparator)


def test_targets_a_level_without_a_direction_word_is_one_to_reach():
    p = parse_target_statement("By 2030, 22% of commuters use sustainable transportation")
    assert p.direction == Direction.REACH  # 'sustainable' is not 'sustain'
    assert parse_target_statement("Equal sharing of parenting roles", is_target=True).direction == Direction.REACH
    assert parse_target_statement("Equal sharing of parenting roles").direction is None


def test_targets_several_values_and_deadlines_in_one_statement():
    p = parse_target_statement("Conserve 25% of the oceans by 2025, working towards 30% by 2030")
    assert _targets(p) == [(25.0, 2025), (30.0, 2030)]
    p = parse_target_statement(
        "Vehicles represent at least 20% of new sales by 2026, at least 60% by 2030 and 100% by 2035"
    )
    assert _targets(p) == [(20.0, 2026), (60.0, 2030), (100.0, 2035)]
    assert [t.comparator for t in p.targets] == [">=", ">=", None]
    # one deadline that opens the statement, two values joined to it
    p = parse_target_statement("By 2025, 95% coverage of childhood vaccines and 90% coverage of adolescent vaccines")
    assert _targets(p) == [(95.0, 2025), (90.0, 2025)]
    # a bare number after a target with a unit is part of the subject, not a second target
    p = parse_target_statement("By 2026, 98% of homes have 50 Mbps download / 10 Mbps upload, all homes by 2030")
    assert _targets(p) == [(98.0, 2026), (None, 2030)]


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Achieve 40 to 45% emission reductions below 2005 levels by 2030", 40.0, 45.0),
        ("64-67% reduction in GHG emissions in 2030 compared to 1990", 64.0, 67.0),
        ("The share of women in parliament reaches between 40 and 50% by 2030", 40.0, 50.0),
    ],
)
def test_targets_ranges(text, low, high):
    [target] = parse_target_statement(text).targets
    assert (target.value, target.upper) == (low, high)


def test_targets_from_to_is_a_baseline_and_a_target_not_a_range():
    p = parse_target_statement("increase the share from 40 to 45% by 2030")
    assert p.baseline.value == 40.0 and _targets(p) == [(45.0, 2030)] and p.targets[0].upper is None


def test_targets_net_zero_and_eliminate_are_an_end_state():
    p = parse_target_statement(
        "Achieve 40 to 45% greenhouse gas emission reductions below 2005 levels by 2030, "
        "and achieve net-zero greenhouse gas emissions by 2050"
    )
    first, second = p.targets
    assert (first.value, first.upper, first.year, first.relative) == (40.0, 45.0, 2030, True)
    assert p.direction == Direction.DECREASE and p.base_year == 2005
    assert (second.value, second.year, second.direction) == (0.0, 2050, Direction.ELIMINATE)
    p = parse_target_statement("Eliminate tuberculosis by 2030, and reduce its incidence by at least 50% by 2025")
    assert p.direction == Direction.ELIMINATE and _targets(p) == [(None, 2030), (50.0, 2025)]
    assert (p.targets[1].direction, p.targets[1].comparator, p.targets[1].relative) == (Direction.DECREASE, ">=", True)
    # "net zero ... in the long term" without a year of its own is no target's value
    p = parse_target_statement("By 2030, 90% of electricity is generated from clean sources, towards net zero")
    assert p.direction == Direction.REACH and _targets(p) == [(90.0, 2030)]


def test_targets_baseline_named_as_such_before_or_after_the_target():
    p = parse_target_statement(
        "Reduce the waste sent to disposal from a baseline of 699 kilograms per person in 2014 to 490 "
        "kilograms per person by 2030 (a 30% reduction)"
    )
    assert (p.baseline.value, p.baseline.year) == (699.0, 2014)
    assert _targets(p) == [(490.0, 2030)] and p.unit == "kg per person" and p.direction == Direction.DECREASE
    p = parse_target_statement("By 2026, increase the share of species to 60%, from a baseline of 42% in 2019")
    assert (p.baseline.value, p.baseline.year) == (42.0, 2019) and _targets(p) == [(60.0, 2026)]
    # a base period "2017 to 2018" is the baseline's, not a deadline
    p = parse_target_statement("By 2030, 600 petajoules saved, from a baseline of 20.0 petajoules in 2017 to 2018")
    assert (p.baseline.value, p.baseline.year) == (20.0, 2017) and p.target_years == [2030]


def test_targets_dates_periods_asides_and_windows():
    p = parse_target_statement("By March 31, 2028, reduce the death rate to 10 per 100,000 population")
    assert _targets(p) == [(10.0, 2028)]  # 31 is the day, not a value
    p = parse_target_statement("Between 2023 and 2026, the wood supply exceeds the annual harvest")
    assert p.target_years == [2026] and p.base_year is None and p.direction == Direction.MAINTAIN
    p = parse_target_statement("By 2025, sales per person (aged 15 years and older) are 8.0 litres or less")
    assert _targets(p) == [(8.0, 2025)]
    p = parse_target_statement("By 2025, less than 10% of youth have used an e-cigarette in the past 30 days")
    assert not p.past_tense and _targets(p) == [(10.0, 2025)]


def test_targets_undated_values_only_for_a_known_target():
    p = parse_target_statement("Annual increase of 30% of public charging stations", is_target=True)
    assert _targets(p) == [(30.0, None)] and p.targets[0].relative and p.direction == Direction.INCREASE
    # an indicator's name is no target: "aged 15 to 49" is not a value to reach
    assert parse_target_statement("Share of women aged 15 to 49 using contraception").targets == []


def test_targets_share_of_a_base_year_level_is_a_decrease():
    p = parse_target_statement("Will not exceed 60% of 1990 GHG emissions level in 2030")
    assert p.direction == Direction.DECREASE and p.base_year == 1990 and _targets(p) == [(60.0, 2030)]


def test_targets_comparator_words_are_no_direction():
    assert direction_from_text("a deficit below 3% of GDP") is None
    assert direction_from_text("a ratio greater than 50%") is None
    assert direction_from_text("reduce emissions below 2005 levels") == Direction.DECREASE
    assert direction_from_text("Greater representation of women") == Direction.INCREASE
    assert direction_from_text("Fewer victims of violence") == Direction.DECREASE


# ---- the model ------------------------------------------------------------------------------------


def test_targets_year_value_json_round_trip_and_old_json():
    target = YearValue(40.0, 2030, upper=45.0, comparator=">=", relative=True, direction=Direction.ELIMINATE)
    assert YearValue.from_dict(target.to_dict()) == target
    assert YearValue(35.0, 2025).to_dict() == {"value": 35.0, "year": 2025}  # as before: no new keys
    attrs = IndicatorAttributes.from_dict({"unit": "%", "targets": [{"value": 35, "year": 2025}], "direction": "reach"})
    assert attrs.targets == [YearValue(35, 2025)] and attrs.direction == Direction.REACH
    assert IndicatorAttributes.from_dict(attrs.to_dict()) == attrs
    assert YearValue(50.0, 2030, relative=True).value_text(direction=Direction.DECREASE) == "−50"
    assert YearValue(40.0, 2030, upper=45.0, comparator=">=").value_text() == "≥ 40–45"
    assert YearValue(50.0, 2025, comparator=">=", relative=True).value_text(direction=Direction.DECREASE) == "−(≥ 50)"


def test_targets_direction_trend():
    assert Direction.ELIMINATE.trend == Direction.DECREASE
    assert Direction.REACH.trend is None
    assert Direction.INCREASE.trend == Direction.INCREASE


# ---- a Target column of a table ---------------------------------------------------------------


def _drafts(rows):
    return table_drafts(Block(BlockKind.TABLE, "", Location(file="t.xlsx", sheet="Targets", table=1), rows=rows), 0)


def test_targets_a_target_column_right_of_the_indicator_is_its_attribute():
    drafts = _drafts(
        [
            ["No.", "Indicator", "Target"],
            ["1.1.1", "Poverty rate", "By 2030, a 50% reduction in the rate of poverty, compared to the 2015 level"],
            ["3.3.1", "Obesity prevalence", "Halt the rise in obesity from the 2010 baseline"],
        ]
    )
    assert [d.kind for d in drafts] == [ItemKind.INDICATOR, ItemKind.INDICATOR]  # no separate target item
    poverty, obesity = drafts
    assert poverty.parent_draft is None and poverty.code == "1.1.1"
    assert poverty.extra["target_text"].startswith("By 2030")
    attrs = poverty.attributes
    assert [(t.value, t.year, t.relative) for t in attrs.targets] == [(50.0, 2030, True)]
    assert attrs.direction == Direction.DECREASE and attrs.baseline.year == 2015
    assert obesity.attributes.direction == Direction.MAINTAIN


def test_targets_a_target_column_left_of_the_indicators_stays_their_parent():
    drafts = _drafts(
        [
            ["Target", "Indicator", "Unit"],
            ["1.1 By 2030, eradicate extreme poverty for all people everywhere", "1.1.1 Poverty rate", "%"],
        ]
    )
    target, indicator = drafts
    assert target.kind == ItemKind.TARGET and indicator.parent_draft == 0 and "target_text" not in indicator.extra


def test_targets_reports_never_show_a_relative_target_as_a_level():
    from analysis.report.excel import _target_cell

    assert _target_cell(YearValue(35.0, 2025), Direction.INCREASE) == 35.0  # a level stays a number
    assert _target_cell(YearValue(50.0, 2030, relative=True), Direction.DECREASE) == "−50"
    assert _target_cell(YearValue(20.0, 2026, comparator=">="), Direction.REACH) == "≥ 20"


def test_targets_conflicts_compare_trends_and_levels_only():
    from analysis.checks.targets import target_problems
    from analysis.model import Document, Item

    def indicator(item_id: str, direction: Direction, targets: list[YearValue]) -> Item:
        attrs = IndicatorAttributes(unit="%", direction=direction, targets=targets)
        return Item(item_id, item_id[:2], ItemKind.INDICATOR, "Emissions", Location(file="f.docx"), attributes=attrs)

    national = Document(id="d1", path="national.docx", period=(2021, 2050))
    # eliminate is a decrease: a lower plan that increases conflicts with it
    higher = indicator("d1:i1", Direction.ELIMINATE, [YearValue(0.0, 2050)])
    lower = indicator("d2:i1", Direction.INCREASE, [YearValue(10.0, 2050)])
    problems, _ = target_problems(lower, higher, national, ["%"])
    assert "conflict_direction" in [key for key, _ in problems]
    # reach names a level, no way: no conflict of direction with either way
    higher = indicator("d1:i1", Direction.REACH, [YearValue(30.0, 2030)])
    assert target_problems(indicator("d2:i1", Direction.DECREASE, []), higher, national, ["%"]) == ([], [])
    # a relative change ("a 20% reduction") is not a level to compare for ambition
    higher = indicator("d1:i1", Direction.DECREASE, [YearValue(30.0, 2030, relative=True)])
    lower = indicator("d2:i1", Direction.DECREASE, [YearValue(35.0, 2030)])
    assert target_problems(lower, higher, national, ["%"]) == ([], [])


def test_targets_one_year_repeated_three_times_does_not_crash():
    """'By 2020 (2020), reach 10% by 2020 and 20% by 2020 ...' (a real biodiversity plan's
    wording crashed the extraction of the whole document)."""
    parse = parse_target_statement("By 2020 (2020), reach 10% by 2020 and 20% by 2020 and 30% by 2020", "en", True)
    assert [t.value for t in parse.targets] == [10.0, 20.0, 30.0]


def test_numbers_that_name_something_are_no_quantities():
    """'Article 6', 'ISO 14067', 'No. 3183-r' and the day of a date name things: never a value."""
    text = (
        "approved by the order of the Government dated December 25, 2019 No. 3183-r; standards identical "
        "to ISO 14067; Article 6 of the Paris Agreement; adopted on 12 March 2021; reduce losses by 25% "
        "in 12 regions"
    )
    assert [(q.value, q.unit) for q in find_quantities(text)] == [(25.0, "%"), (12.0, None)]
    quoted = parse_target_statement(
        'the "Strategic Program of the Energy Sector (until 2040)"6 raises solar to 15% by 2030'
    )
    assert [t.value for t in quoted.targets if t.value is not None] == [15.0]
