"""Targets and numbers written the Russian and the Kazakh way: decimal commas, spaces (regular,
non-breaking, thin) between thousands, "к 2025 году", Kazakh's value-after-year order, and the
Kazakh case ending that says a value's role."""

from __future__ import annotations

import pytest

from analysis.extract.numbers import find_quantities
from analysis.extract.targets import parse_target_statement


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
        # a bare dative without a starting level is a change: "by 40%"
        ("Өнімділікті 2025 жылға қарай 40 %-ға арттыру", None, [(None, 2025)], 40.0),
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
