"""Targets and numbers written the Russian and the Kazakh way: decimal commas, spaces (regular,
non-breaking, thin) between thousands, "к 2025 году", Kazakh's value-after-year order, and the
Kazakh case ending that says a value's role."""

from __future__ import annotations

import pytest

from analysis.extract.numbers import find_quantities
from analysis.extract.targets import parse_target_statement
from analysis.model import Direction


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("1 234,5 млн тенге", 1234.5, "KZT mln"),
        ("1\u00a0234,5 млн тенге", 1234.5, "KZT mln"),
        ("12\u202f500 тыс. человек", 12500.0, "thousand people"),
        ("28,5 %", 28.5, "%"),
        ("98,6 млрд теңге", 98.6, "KZT bn"),
    ],
)
def test_targets_ru_kk_quantities(text, value, unit):
    language = "kk" if "теңге" in text else "ru"
    [q] = find_quantities(text, language)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("language", "text", "base", "target", "direction"),
    [
        ("ru", "Увеличить долю МСП с 28,5% в 2019 году до 35% к 2025 году.", (28.5, 2019), (35.0, 2025), "increase"),
        (
            "ru",
            "Снизить уровень безработицы с 4,9 % в 2019 году до 4,5 % к 2025 году.",
            (4.9, 2019),
            (4.5, 2025),
            "decrease",
        ),
        (
            "kk",
            "ШОК үлесін 2019 жылғы 28,5 %-дан 2025 жылға дейін 35 %-ға арттыру",
            (28.5, 2019),
            (35.0, 2025),
            "increase",
        ),
        (
            "kk",
            "Жұмыссыздық деңгейін 2019 жылғы 4,9 %-дан 2025 жылға қарай 4,5 %-ға дейін төмендету",
            (4.9, 2019),
            (4.5, 2025),
            "decrease",
        ),
    ],
)
def test_targets_ru_kk_baseline_target_and_direction(language, text, base, target, direction):
    parsed = parse_target_statement(text, language)
    assert (parsed.baseline.value, parsed.baseline.year) == base
    assert [(t.value, t.year) for t in parsed.targets] == [target]
    assert parsed.unit == "%" and parsed.direction.value == direction


@pytest.mark.parametrize(
    "text",
    [
        "Сократить выбросы парниковых газов на 15 % к 2030 году по сравнению с 1990 годом.",
        "Обеспечить к 2030 году 15 % снижение выбросов относительно уровня 1990 года.",
    ],
)
def test_targets_ru_kk_a_change_is_not_a_level(text):
    parsed = parse_target_statement(text, "ru")
    assert parsed.change == {"value": -15.0, "unit": "%"}
    assert parsed.base_year == 1990 and parsed.target_years == [2030]


@pytest.mark.parametrize(
    ("text", "base", "targets", "change"),
    [
        # the value before its year: "-ға дейін" (up to) makes it the target
        ("ШОБ үлесін 35 %-ға дейін 2025 жылға қарай ұлғайту", None, [(35.0, 2025)], None),
        # "2025 жылы" (in 2025) before a target value is the target's year, not a base year
        ("Жұмыссыздық деңгейін 2025 жылы 4,5 %-ға дейін төмендету", None, [(4.5, 2025)], None),
        (
            "жұмыссыздықты 2019 жылғы 5,2 %-дан 4,5 %-ға дейін 2025 жылға қарай төмендету",
            (5.2, 2019),
            [(4.5, 2025)],
            None,
        ),
        # a bare dative without a starting level is a change: "by 40%", a relative target
        ("Өнімділікті 2025 жылға қарай 40 %-ға арттыру", None, [(40.0, 2025)], 40.0),
        # ... unless the verb is one of reaching: "bring to 4.5%", "reach 4.5%" (review, issue 18)
        ("ШОК үлесін 2025 жылға қарай 4,5 %-ға жеткізу", None, [(4.5, 2025)], None),
        ("Жұмыссыздық деңгейі 2025 жылы 4,5 %-ға жетеді", None, [(4.5, 2025)], None),
        ("ШОК үлесін 2025 жылға қарай 4,5 %-ға қол жеткізу", None, [(4.5, 2025)], None),
        # a baseline equal to the target is still the baseline: positions decide, not values
        ("Орманды алқапты 2019 жылы 60 %, 2025 жылға қарай 60 %-ға дейін сақтау", (60.0, 2019), [(60.0, 2025)], None),
    ],
)
def test_targets_kk_the_case_ending_gives_a_value_its_role(text, base, targets, change):
    parsed = parse_target_statement(text, "kk")
    assert ((parsed.baseline.value, parsed.baseline.year) if parsed.baseline else None) == base
    assert [(t.value, t.year) for t in parsed.targets] == targets
    assert (parsed.change["value"] if parsed.change else None) == change
    assert [t.relative for t in parsed.targets] == [change is not None] * len(targets)


# ---- targets as planners write them, in Russian and Kazakh --------------------------------------


def test_targets_ru_relative_change_against_a_base_year_level():
    for text in (
        "Снизить уровень бедности на 50% по сравнению с уровнем 2015 года к 2030 году",
        "К 2030 году снизить уровень бедности на 50% по сравнению с уровнем 2015 года",
    ):
        p = parse_target_statement(text, "ru")
        assert [(t.value, t.year, t.relative) for t in p.targets] == [(50.0, 2030, True)]
        assert p.base_year == 2015 and p.direction == Direction.DECREASE  # "2015 года" is a date, not a value


@pytest.mark.parametrize(
    ("text", "value", "comparator"),
    [
        ("Доля возобновляемых источников не менее 15% к 2030 году", 15.0, ">="),
        ("Уровень безработицы не более 5% до 2030 года", 5.0, "<="),
        ("Охват услугами 90% и выше к 2027 году", 90.0, ">="),
    ],
)
def test_targets_ru_comparators_and_deadlines(text, value, comparator):
    [t] = parse_target_statement(text, "ru").targets
    assert (t.value, t.comparator) == (value, comparator)
    assert t.year in (2027, 2030)


def test_targets_ru_range_net_zero_maintain_and_period():
    p = parse_target_statement(
        "Сократить выбросы на 40–45% ниже уровня 2005 года к 2030 году и достичь углеродной нейтральности к 2060 году",
        "ru",
    )
    first, second = p.targets
    assert (first.value, first.upper, first.year, first.relative) == (40.0, 45.0, 2030, True)
    assert p.direction == Direction.DECREASE and p.base_year == 2005
    assert (second.value, second.year, second.direction) == (0.0, 2060, Direction.ELIMINATE)
    assert parse_target_statement("Остановить рост ожирения по сравнению с 2010 годом", "ru").direction == (
        Direction.MAINTAIN
    )
    assert parse_target_statement("Ликвидировать туберкулез к 2030 году", "ru").direction == Direction.ELIMINATE
    p = parse_target_statement("В период с 2023 по 2026 год заготовка не превышает расчетную лесосеку", "ru")
    assert p.target_years == [2026] and p.direction == Direction.MAINTAIN
    p = parse_target_statement("Выбросы не превысят 60% от уровня 1990 года к 2030 году", "ru")
    assert p.direction == Direction.DECREASE and p.base_year == 1990


def test_targets_ru_several_deadlines_and_a_date():
    p = parse_target_statement("Охват 25% к 2025 году и 30% к 2030 году", "ru")
    assert [(t.value, t.year) for t in p.targets] == [(25.0, 2025), (30.0, 2030)] and p.direction == Direction.REACH
    p = parse_target_statement("Довести долю до 35% к 31 декабря 2025 года", "ru")
    assert [(t.value, t.year) for t in p.targets] == [(35.0, 2025)]


def test_targets_kk_relative_change_comparators_and_end_states():
    p = parse_target_statement(
        "2030 жылға қарай кедейлік деңгейін 2015 жылғы деңгеймен салыстырғанда 50 %-ға төмендету", "kk"
    )
    assert [(t.value, t.year, t.relative) for t in p.targets] == [(50.0, 2030, True)]
    assert p.base_year == 2015 and p.baseline.value is None and p.direction == Direction.DECREASE
    [t] = parse_target_statement("Жаңартылатын энергия үлесі 2030 жылға қарай 15 %-дан кем емес", "kk").targets
    assert (t.value, t.year, t.comparator) == (15.0, 2030, ">=")
    [t] = parse_target_statement("Жұмыссыздық деңгейі 2025 жылға қарай 5 %-дан аспайтын", "kk").targets
    assert (t.value, t.year, t.comparator) == (5.0, 2025, "<=")
    assert parse_target_statement("2030 жылға қарай туберкулезді жою", "kk").direction == Direction.ELIMINATE
    p = parse_target_statement("2060 жылға қарай көміртегі бейтараптығына қол жеткізу", "kk")
    assert p.direction == Direction.ELIMINATE and [(t.value, t.year) for t in p.targets] == [(0.0, 2060)]
    assert parse_target_statement("Семіздіктің өсуін тоқтату", "kk").direction == Direction.MAINTAIN
