"""Document problems as data: readers and the pipeline record a code of problems.json and its
values; every refusal and warning is worded from the templates only (English, Russian, Kazakh),
with the file name and figures carried across, and no sentence of them is written in the code."""

from __future__ import annotations

import json
import re
import string
from pathlib import Path

import pytest

from analysis.model import Document, DocumentStatus, Problem
from analysis.readers import read_document
from analysis.resources import resources_dir
from analysis.wording import Wording
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
def refusals(tmp_path_factory) -> list[Problem]:
    problems = []
    for spec in build_corpus(tmp_path_factory.mktemp("hostile")):
        document = read_document(spec.path, Document(id="d", path=str(spec.path)))
        if document.status == DocumentStatus.FAILED:
            problems.append(document.error)
        problems.extend(document.warnings)
    return problems


def test_problems_the_hostile_corpus_gives_codes_the_templates_know(refusals):
    english = _catalogue("en")
    assert len(refusals) >= 10
    assert all(isinstance(p, Problem) and p.code in english for p in refusals), [p.code for p in refusals]
    assert len({p.code for p in refusals}) >= 10


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_problems_every_refusal_of_the_hostile_corpus_reads_in_the_language(refusals, language):
    for problem in refusals:
        english, translated = Wording("en").problem(problem), Wording(language).problem(problem)
        assert translated != english, f"no {language} wording for: {english}"
        assert "\n" not in translated and len(translated) <= 300
        if "name" in problem.params:
            assert translated.startswith(problem.params["name"])  # the file name


_SOURCES = Path(__file__).resolve().parents[2] / "analysis"
_CODE_RE = re.compile(r'(?:Problem|ReaderError|reader_error)\((?:path, )?"(\w+)"')


def test_problems_every_code_recorded_in_the_code_has_a_template():
    codes = {m for path in _SOURCES.rglob("*.py") for m in _CODE_RE.findall(path.read_text(encoding="utf-8"))}
    assert len(codes) >= 40
    assert codes <= set(_catalogue("en")), codes - set(_catalogue("en"))


def test_problems_no_sentence_of_the_templates_is_written_in_the_code():
    """Each message exists once: in the templates, never again in the readers or the pipeline."""
    code = "\n".join(path.read_text(encoding="utf-8") for path in _SOURCES.rglob("*.py"))
    for key, template in _catalogue("en").items():
        if key.startswith("_"):
            continue
        for literal, *_ in string.Formatter().parse(template):
            for piece in re.split(r"[.;()]", literal):
                piece = piece.strip()
                if len(piece) >= 25:
                    assert piece not in code, (key, piece)


@pytest.mark.parametrize(
    ("problem", "language", "expected"),
    [
        (Problem("not_utf8", {"name": "plan.txt", "encoding": "cp1251"}), "ru", "прочитан как cp1251"),
        (Problem("page_failed", {"name": "big.pdf", "page": "12", "detail": "KeyError"}), "kk", "12-бетті"),
        (
            Problem("cross_language", {"language": "Russian", "main": "English"}),
            "ru",
            "написан на русском языке, связан с планами на английском языке",
        ),
    ],
)
def test_problems_warnings_carry_their_figures_and_names(problem, language, expected):
    assert expected in Wording(language).problem(problem)


def test_problems_english_wording_and_an_unknown_code():
    empty = Problem("empty", {"name": "plan.docx"})
    assert Wording("en").problem(empty) == "plan.docx: the file is empty."
    assert Wording("ru").problem(empty) == "plan.docx: файл пуст."
    assert Wording("ru").problem(Problem("nobody_wrote_this", {"name": "plan.docx"})) == (
        "nobody_wrote_this name=plan.docx"
    )


def test_problems_figures_are_written_the_english_russian_and_kazakh_way():
    pages = Problem("pdf_pages", {"name": "big.pdf", "count": 2000, "limit": 1500})
    assert Wording("en").problem(pages) == (
        "big.pdf: has 2,000 pages, over the 1,500-page limit; split it or raise max_pdf_pages in limits.json."
    )
    assert "2\u00a0000 страниц" in Wording("ru").problem(pages)
    assert "1\u00a0500 бет" in Wording("kk").problem(pages)
    slow = Problem("pdf_hopeless", {"name": "a.pdf", "projected": 90, "done": 3, "pages": 30, "elapsed": 9.5,
                                    "allowed": 40})
    assert "took 9.5 s" in Wording("en").problem(slow) and "9,5" in Wording("ru").problem(slow)
