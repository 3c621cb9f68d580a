from __future__ import annotations

import pytest

from analysis.extract.numbers import canonical_unit, find_period, find_quantities, parse_cell_number, to_float
from analysis.extract.targets import parse_target_statement
from analysis.model import Direction


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
