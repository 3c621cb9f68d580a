"""The sample drafts (resources/samples/drafts/<lang>/): `compare` finds every planted change
of the hand-written answer key, with its figures, and reports nothing else."""

from __future__ import annotations

import json

import pytest

from analysis.compare.key import score_changes
from analysis.compare.run import compare_files
from analysis.pipeline import Config
from analysis.project import DocumentSpec
from analysis.resources import resources_dir

DRAFTS = resources_dir() / "samples" / "drafts"


@pytest.fixture(scope="module", params=["en", "ru"])
def compared(request):
    folder = DRAFTS / request.param
    key = json.loads((folder / "answer_key.json").read_text(encoding="utf-8"))
    against = [DocumentSpec(str(folder / name), level=1, level_name=level) for name, level in key["against"].items()]
    comparison = compare_files(
        DocumentSpec(str(folder / key["old"])), DocumentSpec(str(folder / key["new"])), against, Config()
    )
    return request.param, comparison, key


def test_compare_samples_every_planted_change_found_and_nothing_else(compared):
    _, comparison, key = compared
    score = score_changes(comparison, key)
    assert score.planted == len(key["changes"]) + len(key["persisting"]) >= 17
    assert not score.missed, score.missed
    assert not score.extra, score.extra


def test_compare_samples_sentences_in_the_documents_language(compared):
    language, comparison, _ = compared
    lowered = next(c for c in comparison.changes if c.kind == "target" and c.detail["change"] == "lowered")
    expected = {
        "en": "target for 2028 lowered from 35% to 30% (less ambitious)",
        "ru": "целевое значение на 2028 год снижено с 35 % до 30 % (менее амбициозно)",
    }[language]
    assert expected in lowered.text
    deadline = next(c for c in comparison.changes if c.kind == "deadline")
    assert ("deadline moved from 2027 to 2028" if language == "en" else "перенесён с 2027 на 2028 год") in deadline.text


def test_compare_samples_reworded_objective_has_a_word_diff(compared):
    language, comparison, _ = compared
    change = next(c for c in comparison.changes if c.kind == "reworded")
    inserted = "".join(text for op, text in change.detail["diff"] if op == "+").strip()
    assert inserted == {"en": "and digital technologies", "ru": "и внедрения цифровых технологий"}[language]
    old = "".join(text for op, text in change.detail["diff"] if op != "+")
    assert old == change.old_item.text


def test_compare_samples_counts_and_json(compared):
    _, comparison, key = compared
    data = comparison.to_dict()
    assert data["schema"] == "concord.changes/1"
    assert data["counts"]["finding_resolved"] == 1 and data["counts"]["finding_new"] == 1
    assert data["counts"]["unchanged"] > 10
    assert [d["new"]["path"].rsplit("/", 1)[-1] for d in data["documents"]] == [key["new"]]
    json.dumps(data)  # serialisable as it is


