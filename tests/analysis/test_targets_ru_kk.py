"""Targets and numbers written the Russian and the Kazakh way: decimal commas, spaces (regular,
non-breaking, thin) between thousands, "к 2025 году", and Kazakh's value-after-year order."""

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
