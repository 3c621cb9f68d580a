"""Document problems in the planner's language: every refusal and warning the readers write in
English has its Russian and Kazakh wording, with the file name and figures carried across."""

from __future__ import annotations

import json
import string

import pytest

from analysis.model import Document, DocumentStatus
from analysis.problems import localize
from analysis.readers import read_document
from analysis.resources import resources_dir
from tests.hostile_corpus import build_corpus


def _catalogue(language: str) -> dict:
    with open(resources_dir() / "templates" / language / "problems.json", encoding="utf-8") as fh:
        return json.load(fh)


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_problems_every_english_template_is_translated_with_its_own_placeholders(language):
    english, translated = _catalogue("en"), _catalogue(language)
    keys = {k for k in english if not k.startswith("_")}
    assert keys == {k for k in translated if not k.startswith("_")}
    for key in keys:
        assert translated[key].strip(), key
        assert _fields(translated[key]) <= _fields(english[key]), key
        assert "name" not in _fields(english[key]) or "{name}" in translated[key], key


@pytest.fixture(scope="module")
def refusals(tmp_path_factory) -> list[str]:
    errors = []
    for spec in build_corpus(tmp_path_factory.mktemp("hostile")):
        document = read_document(spec.path, Document(id="d", path=str(spec.path)))
        if document.status == DocumentStatus.FAILED:
            errors.append(document.error)
        errors.extend(document.warnings)
    return errors


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_problems_every_refusal_of_the_hostile_corpus_reads_in_the_language(refusals, language):
    assert len(refusals) >= 10
    for message in refusals:
        localized = localize(message, language)
        assert localized != message, f"no {language} wording for: {message}"
        assert localized.split(":")[0].split(" ")[0] == message.split(":")[0].split(" ")[0]  # the file name


@pytest.mark.parametrize(
    ("message", "language", "expected"),
    [
        ("plan.txt: not UTF-8; read as cp1251. Save it as UTF-8 to be sure.", "ru", "прочитан как cp1251"),
        ("big.pdf: page 12 could not be read (KeyError).", "kk", "12-бетті"),
        (
            "written in Russian, linked against plans in English: links across languages are unreliable, "
            "check each one by hand",
            "ru",
            "написан на русском языке, связан с планами на английском языке",
        ),
    ],
)
def test_problems_warnings_carry_their_figures_and_names(message, language, expected):
    assert expected in localize(message, language)


def test_problems_an_unknown_message_and_english_pass_unchanged():
    assert (
        localize("plan.docx: something nobody has written yet", "ru") == "plan.docx: something nobody has written yet"
    )
    assert localize("plan.docx: the file is empty.", "en") == "plan.docx: the file is empty."
    assert localize("plan.docx: the file is empty.", "ru") == "plan.docx: файл пуст."


def test_problems_figures_are_written_the_russian_and_kazakh_way():
    message = "big.pdf: has 2,000 pages, over the 1,500-page limit; split it or raise max_pdf_pages in limits.json."
    assert "2\u00a0000 страниц" in localize(message, "ru")
    assert "1\u00a0500 бет" in localize(message, "kk")
