"""The coherence checks on the sample project: every planted problem of the answer key is found
with the right code, and every finding quotes its source with a location that opens it."""

from __future__ import annotations

import json

import docx
import pytest

from analysis.pipeline import Config, run
from analysis.project import load_project
from analysis.resources import resources_dir
from analysis.wording import worded
from tests.evaluation import finding_matches, score_findings

SAMPLES = resources_dir() / "samples"


@pytest.fixture(scope="module")
def result(trained_engine):
    return run(load_project(SAMPLES / "sample.concord").documents, Config(), engine=trained_engine)


@pytest.fixture(scope="module")
def key():
    return json.loads((SAMPLES / "answer_key.json").read_text(encoding="utf-8"))


def test_checks_sample_every_planted_problem_found_with_its_code(result, key):
    score = score_findings(result, key)
    assert score.found == score.planted, score.missed


def test_checks_sample_no_more_than_one_finding_in_five_is_outside_the_key(result, key):
    score = score_findings(result, key)
    assert score.outside_key <= 0.2 * score.findings, score.extra


@pytest.mark.parametrize(
    "code",
    [
        "UNCOVERED_PRIORITY",
        "CONTRADICTORY_OBJECTIVES",
        "MISSING_RISK_SECTION",
        "OUTPUT_ONLY",
        "TARGET_CONFLICT",
        "PERIOD_MISMATCH",
    ],
)
def test_checks_sample_planted_code_is_reported_on_the_planted_items(result, key, code):
    problems = [p for p in key["planted_problems"] if p["code"] == code]
    assert problems
    for problem in problems:
        assert any(finding_matches(result, f, problem) for f in result.findings if f.code == code)


def test_checks_sample_evidence_quotes_text_at_its_location(result):
    assert result.findings
    opened: dict[str, docx.document.Document] = {}
    for finding in result.findings:
        assert finding.evidence, finding.code
        for evidence in finding.evidence:
            loc = evidence.location
            if not loc.file.endswith(".docx"):
                continue
            document = opened.setdefault(loc.file, docx.Document(loc.file))
            if loc.table:
                table = document.tables[loc.table - 1]
                text = " ".join(c.text for c in table.rows[loc.row - 1].cells)
            else:
                text = document.paragraphs[loc.paragraph - 1].text
            assert " ".join(evidence.quote.split()) in " ".join(text.split()), (finding.code, loc)


def test_checks_sample_scores_are_reported_per_document(result):
    scores = result.scores["documents"]
    regional = next(d for d in result.documents if d.path.endswith("kostanay_development_programme_2021_2025.docx"))
    entry = scores[regional.id]
    assert 0.0 <= entry["linkage"] <= 1.0 and 0.0 <= entry["coverage"] <= 1.0
    assert entry["indicator_completeness"] < 1.0  # three indicators have no baseline
    assert entry["indicator_types"]["output"] >= 3


def test_checks_sample_no_two_findings_share_a_title(result):
    titles = [f.title for f in worded(result).findings]
    assert len(set(titles)) == len(titles), sorted(t for t in titles if titles.count(t) > 1)


def test_checks_sample_documents_are_taken_for_what_they_are(result):
    kinds = {d.path.rsplit("/", 1)[-1]: (d.kind, d.kind_source) for d in result.documents}
    assert kinds["kostanay_development_programme_2021_2025.docx"] == ("plan", "detected")
    assert all(kind in ("plan", "strategy") for kind, _ in kinds.values()), kinds
    findings = [f for f in result.findings if f.code.startswith("MISSING_")]
    assert findings and all(f.facts["document_kind"] in ("plan", "strategy") for f in findings)


def test_checks_sample_legacy_dismissals_name_the_current_findings(result):
    """Project files written before findings were data keep dismissals under ids built from the
    English title: each maps to the finding it meant, whatever language the result is read in."""
    import hashlib
    from pathlib import Path

    from analysis.dismissals import migrate_dismissed
    from analysis.wording import worded

    english = worded(result, "en").findings
    names = {d.id: Path(d.path).name for d in result.documents}
    keys = {i.id: i.key for i in result.items}
    old = []
    for finding in english:
        parts = [finding.code, *sorted(names[d] for d in finding.document_ids),
                 *sorted(keys[i] for i in finding.item_ids), finding.title]
        old.append(f"{finding.code}-{hashlib.sha1('|'.join(parts).encode('utf-8')).hexdigest()[:8]}")
    current = [f.id for f in result.findings]
    assert not set(old) & set(current)
    assert migrate_dismissed([*old, "VISION_GAP-00000000"], result) == [*current, "VISION_GAP-00000000"]
    assert migrate_dismissed(current[:3], result) == current[:3]  # current ids as they are
    assert migrate_dismissed([current[0], old[0]], result) == [current[0]]  # no id twice
