"""Findings and reports in Russian and Kazakh: every key of the English wording is translated
with the same {placeholders}, a run worded in Russian fills every finding, and the Russian
Word report, Excel workbook and annotated copies of the sample are written and open."""

from __future__ import annotations

import json
import re

import docx
import openpyxl
import pytest

from analysis.pipeline import Config, run
from analysis.project import load_project
from analysis.report import annotate_documents, write_excel_report, write_word_report
from analysis.resources import resources_dir
from analysis.wording import worded

LANGUAGES = ("ru", "kk")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")


def _load(*parts: str):
    return json.loads((resources_dir().joinpath(*parts)).read_text(encoding="utf-8"))


def _pairs(english, other, path=""):
    """(path, English string, translated string) for every string leaf; asserts the same keys."""
    if isinstance(english, dict):
        assert isinstance(other, dict) and set(english) == set(other), f"{path}: {set(english) ^ set(other)}"
        for key in english:
            yield from _pairs(english[key], other[key], f"{path}/{key}")
    elif isinstance(english, list):
        assert isinstance(other, list) and len(english) == len(other), path
        for n, (a, b) in enumerate(zip(english, other, strict=True)):
            yield from _pairs(a, b, f"{path}[{n}]")
    else:
        assert type(english) is type(other), path
        if isinstance(english, str):
            yield path, english, other


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("parts", [("templates", "{}", "report.json"), ("templates", "{}", "findings.json")])
def test_report_languages_same_keys_and_placeholders(language, parts):
    english = _load(*(p.format("en") for p in parts))
    other = _load(*(p.format(language) for p in parts))
    translated = 0
    for path, a, b in _pairs(english, other):
        if path != "/_about":  # prose about the file
            assert sorted(PLACEHOLDER.findall(a)) == sorted(PLACEHOLDER.findall(b)), f"{language} {path}: {b!r}"
        translated += bool(CYRILLIC.search(b))
    assert translated > 100


@pytest.fixture(scope="module")
def result(blank_engine):
    return run(load_project(resources_dir() / "samples" / "sample.concord").documents, Config(), engine=blank_engine)


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_languages_findings_worded_in_the_chosen_language(result, blank_engine, language):
    """The checks ran once; the findings are worded in the language a reader asks for, and the
    result itself stays data (a report in Russian does not change what the app shows)."""
    other = worded(result, language)
    assert len(other.findings) == len(result.findings)
    # the same ids as in English: a dismissed finding stays dismissed when the language changes
    assert [f.id for f in other.findings] == [f.id for f in result.findings]
    for finding in other.findings:
        for text in (finding.title, finding.message, finding.suggestion):
            assert CYRILLIC.search(text), f"{finding.code}: {text}"
            assert not PLACEHOLDER.search(text), f"{finding.code}: {text}"
    assert not any(f.title or f.message for f in result.findings)
    english = worded(result, "en")  # and back: English (the documents' language)
    assert [f.title for f in english.findings] == [f.title for f in worded(result).findings]
    assert not any(CYRILLIC.search(f.message) for f in english.findings)


@pytest.mark.parametrize("language", LANGUAGES)
def test_report_languages_reports_of_the_sample(result, blank_engine, tmp_path, language):
    """The Word report, workbook and annotated copies of the sample, worded in Russian / Kazakh."""
    wording = _load("templates", language, "report.json")
    word, excel = tmp_path / "отчёт.docx", tmp_path / "ескертулер.xlsx"
    write_word_report(result, word, language=language)
    document = docx.Document(str(word))
    text = "\n".join(p.text for p in document.paragraphs)
    assert wording["word"]["title"] in text and wording["word"]["summary_heading"] in text
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert worded(result, language).findings[0].title in text + cells
    write_excel_report(result, excel, language=language)
    workbook = openpyxl.load_workbook(excel, read_only=True)
    assert wording["excel"]["findings_sheet"] in workbook.sheetnames
    outcomes = annotate_documents(result, tmp_path / "copies", language=language)
    assert any(o.copy for o in outcomes)
    assert all(CYRILLIC.search(o.reason) for o in outcomes if o.reason)
