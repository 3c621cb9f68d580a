"""The Russian and the Kazakh sample pairs: each document read in its own language with that
language's pipeline, and every planted problem of their answer keys found with the right code."""

from __future__ import annotations

import copy
import json
from collections import Counter
from pathlib import Path

import pytest

from analysis import checks
from analysis.pipeline import Config, recheck, run
from analysis.project import load_project
from analysis.report import write_excel_report, write_word_report
from analysis.resources import resources_dir
from analysis.wording import result_json, worded
from tests.evaluation import score_findings

SAMPLES = resources_dir() / "samples"
PIPELINES = {"ru": "blank_ru+pymorphy3", "kk": "blank_kk+rules"}


@pytest.fixture(scope="module", params=["ru", "kk"])
def sample(request):
    language = request.param
    folder = SAMPLES / language
    result = run(load_project(folder / f"sample_{language}.concord").documents, Config(use_cache=False))
    key = json.loads((folder / "answer_key.json").read_text(encoding="utf-8"))
    return language, result, key


def test_checks_samples_ru_kk_documents_read_in_their_language(sample):
    language, result, _ = sample
    assert [d.language for d in result.documents] == [language, language]
    assert [d.pipeline for d in result.documents] == [PIPELINES[language]] * 2
    assert {s.language for d in result.documents for s in d.sections} == {language}
    assert all(d.status.value != "failed" and not d.warnings for d in result.documents)


def test_checks_samples_ru_kk_every_planted_problem_found_with_its_code(sample):
    _, result, key = sample
    score = score_findings(result, key)
    assert score.planted == 9
    assert score.found == score.planted, score.missed


def test_checks_samples_ru_kk_no_more_than_one_finding_in_five_is_outside_the_key(sample):
    _, result, key = sample
    score = score_findings(result, key)
    assert score.outside_key <= 0.2 * score.findings, score.extra


def test_checks_samples_ru_kk_indicator_values_read_with_decimal_commas(sample):
    """'1 334,5', '28,5' and '–' in the table: baseline and yearly targets as the key has them, outputs typed."""
    _, result, key = sample
    files = {d.id: Path(d.path).name for d in result.documents}
    found = {
        (files[i.document_id], i.code, i.text): i.attributes.to_dict()
        for i in result.items
        if i.kind.value == "indicator"
    }
    for entry in key["indicators"]:
        got = found[(entry["file"], entry["code"], entry["text"])]
        assert got["baseline"] == entry["baseline"], entry["code"]
        assert [(t["year"], t["value"]) for t in got["targets"]] == [
            (t["year"], t["value"]) for t in entry["targets"]
        ], entry["code"]
        if entry["type"] == "output":  # what OUTPUT_ONLY rests on
            assert got["type"] == "output", entry["code"]


def test_checks_samples_ru_kk_no_two_findings_share_a_title(sample):
    _, result, _ = sample
    titles = [f.title for f in worded(result).findings]
    assert len(set(titles)) == len(titles), sorted(t for t in titles if titles.count(t) > 1)


def test_checks_samples_ru_kk_each_check_runs_once_whatever_the_language(sample, monkeypatch, tmp_path):
    """Findings are data: the checks run once per run, and wording them in English, Russian or
    Kazakh (the CLI's JSON, the reports) never runs a check again."""
    language, result, _ = sample
    calls: Counter[str] = Counter()

    def counted(check):
        def wrapper(ctx):
            calls[check.__module__] += 1
            return check(ctx)

        return wrapper

    monkeypatch.setattr(checks, "CHECKS", [counted(c) for c in checks.CHECKS])
    again = copy.deepcopy(result)
    recheck(again, Config(report_language=language))
    assert [f.id for f in again.findings] == [f.id for f in result.findings]
    for wording in ("en", "ru", "kk"):
        result_json(again, wording)
        write_word_report(again, tmp_path / f"{wording}.docx", language=wording)
        write_excel_report(again, tmp_path / f"{wording}.xlsx", language=wording)
    assert len(calls) == len(checks.CHECKS) == 6
    assert set(calls.values()) == {1}, calls
