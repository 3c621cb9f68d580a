"""Russian and Kazakh pipelines: lemmas as the linker needs them, and which encoder reads which language."""

from __future__ import annotations

import pytest

from analysis.link import encoders
from analysis.nlp import load_engine


@pytest.fixture(scope="module")
def russian():
    return load_engine("auto", "ru")


@pytest.fixture(scope="module")
def kazakh():
    return load_engine("auto", "kk")


def _lemmas(engine, text: str) -> list[str]:
    return [w.lemma for w in next(engine.lemmatize([text])) if w.lower.isalpha()]


def test_languages_russian_lemmas_come_from_the_dictionary(russian):
    assert russian.info.name == "blank_ru+pymorphy3" and not russian.info.trained
    assert _lemmas(russian, "доли малых и средних предприятий в валовом региональном продукте") == [
        "доля",
        "малый",
        "и",
        "средний",
        "предприятие",
        "в",
        "валовый",
        "региональный",
        "продукт",
    ]


def test_languages_russian_sentences_keep_decimal_commas(russian):
    doc = next(russian.pipe(["Доля МСП выросла с 28,5 % в 2019 году до 35 % к 2025 году. Задача 1.2."]))
    assert [s.text for s in doc.sents][0].endswith("к 2025 году.")
    assert "28,5" in [t.text for t in doc]


@pytest.mark.parametrize(
    ("word", "lemma"),
    [
        ("өңірлерінің", "өңір"),
        ("көрсеткіштері", "көрсеткіш"),
        ("мектептерде", "мектеп"),
        ("ауылдарға", "ауыл"),
        ("табысы", "табыс"),
        ("халықтың", "халық"),
    ],
)
def test_languages_kazakh_suffixes_stripped_to_the_stem(kazakh, word, lemma):
    assert _lemmas(kazakh, word) == [lemma]


def test_languages_kazakh_stop_words_from_the_lexicon(kazakh):
    words = next(kazakh.lemmatize(["шағын және орта кәсіпкерлік үшін"]))
    assert [w.lower for w in words if w.is_stop] == ["және", "үшін"]


def test_languages_english_encoder_never_reads_kazakh():
    assert encoders.encoder_for("kk") is None
    assert "en" in encoders.ENCODER_LANGUAGES and "ru" in encoders.ENCODER_LANGUAGES
