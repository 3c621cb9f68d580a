"""What a document is (plan, strategy, climate pledge, decree, analytical input), how that sets
the severity of its findings, and that no two findings of a report share a title."""

from __future__ import annotations

import json

import pytest

from analysis.checks import CheckContext, fit_severity, load_check_config
from analysis.doc_kind import classify
from analysis.model import (
    AnalysisResult,
    Block,
    BlockKind,
    Document,
    DocumentStatus,
    Finding,
    Location,
    PipelineInfo,
    Quote,
    Severity,
)
from analysis.project import DocumentSpec, Project, ProjectError, load_project, save_project
from analysis.wording import Wording, distinct_titles

BODY = "The ministry carries out the measures of this document. " * 40


def doc(*paragraphs: str, language: str = "en", title: str = "") -> Document:
    document = Document(id="d1", path="x.docx", title=title, language=language, status=DocumentStatus.SUCCESS)
    for n, text in enumerate([*paragraphs, BODY], 1):
        document.blocks.append(Block(BlockKind.PARAGRAPH, text, Location(file="x.docx", paragraph=n)))
    return document


@pytest.mark.parametrize(
    ("paragraphs", "kind"),
    [
        (
            [
                "Nationally Determined Contribution of the Republic under the Paris Agreement",
                "The Republic intends to reduce greenhouse gas emissions by 15% by 2030 compared to 1990.",
            ],
            "ndc",
        ),
        (
            [
                "GOVERNMENT OF THE REPUBLIC RESOLUTION on the approval of the Programme of regional development",
                "The Government hereby resolves: 1. Approve the attached Programme.",
            ],
            "decree",
        ),
        (
            [
                "Please cite this publication as: OECD (2020), Regional Policies, OECD Publishing, Paris.",
                "The opinions expressed herein do not necessarily reflect the views of member countries.",
            ],
            "analysis",
        ),
        (["Development Programme of Kostanay Region for 2021-2025", "Approved by Decree of the akim No. 12"], "plan"),
        (["Health Strategic Plan 2016-2020", "Ministry of Health"], "strategy"),
        (["National Policy on Green Growth"], "strategy"),
    ],
)
def test_doc_kind_read_from_the_opening(paragraphs, kind):
    guess = classify(doc(*paragraphs))
    assert guess.kind == kind, guess.scores
    assert guess.cues  # the reason is shown to the planner


def test_doc_kind_russian_decree_and_programme():
    decree = doc(
        "ПОСТАНОВЛЕНИЕ ПРАВИТЕЛЬСТВА РЕСПУБЛИКИ КАЗАХСТАН",
        "Об утверждении Программы развития регионов",
        "Правительство постановляет: 1. Утвердить прилагаемую Программу.",
        language="ru",
    )
    assert classify(decree).kind == "decree"
    programme = doc(
        "Программа развития территории Костанайской области на 2021–2025 годы",
        "Утверждена постановлением акимата области",
        language="ru",
    )
    assert classify(programme).kind == "plan"


def _context(kind: str | None, level: int | None = 2) -> CheckContext:
    document = Document(id="d1", path="x.docx", title="X", level=level, kind=kind, status=DocumentStatus.SUCCESS)
    result = AnalysisResult(pipeline=PipelineInfo("t", "0", False), documents=[document])
    return CheckContext(result=result, links=[], config=load_check_config())


def _finding(code: str, state: str | None = None, severity: Severity = Severity.HIGH) -> Finding:
    facts = {"state": state} if state else {}
    return Finding(code, severity, document_ids=["d1"], facts=facts)


def test_doc_kind_sets_the_severity_and_skips_checks_that_do_not_apply():
    plan, ndc, analysis = _context("plan"), _context("ndc"), _context("analysis")
    assert fit_severity(plan, f := _finding("MISSING_RISK_SECTION")) and f.severity == Severity.HIGH
    assert fit_severity(ndc, f := _finding("MISSING_RISK_SECTION")) and f.severity == Severity.LOW
    assert not fit_severity(analysis, _finding("MISSING_RISK_SECTION"))  # a review is not a plan
    assert fit_severity(analysis, f := _finding("UNLINKED_OBJECTIVE", severity=Severity.MEDIUM))
    assert f.severity == Severity.INFO
    assert fit_severity(plan, f := _finding("MISSING_RISK_SECTION", state="thin")) and f.severity == Severity.MEDIUM
    top = _context("plan", level=1)
    assert fit_severity(top, f := _finding("MISSING_RESOURCES")) and f.severity == Severity.MEDIUM
    assert f.facts["document_kind"] == "plan"


def test_doc_kind_titles_alike_are_told_apart():
    ctx = _context("plan")
    ctx.result.documents.append(Document(id="d2", path="y.docx", title="Other plan", status=DocumentStatus.SUCCESS))
    where = Quote("q", Location(file="x.docx", page=3))
    findings = [
        Finding("DUPLICATE_STRATEGY", Severity.MEDIUM, document_ids=["d1"], evidence=[where], title="Duplicates"),
        Finding("DUPLICATE_STRATEGY", Severity.MEDIUM, document_ids=["d2"], evidence=[where], title="Duplicates"),
        Finding("OUTPUT_ONLY", Severity.MEDIUM, document_ids=["d1"], evidence=[where], title="Same"),
        Finding("OUTPUT_ONLY", Severity.MEDIUM, document_ids=["d1"], evidence=[where], title="Same"),
    ]
    distinct_titles(ctx.result, findings, Wording("en"))
    titles = [f.title for f in findings]
    assert len(set(titles)) == len(titles), titles
    assert titles[0] == "Duplicates (X)" and titles[1] == "Duplicates (Other plan)"


def test_doc_kind_corrected_in_the_project_and_older_files_still_read(tmp_path):
    path = tmp_path / "p.concord"
    save_project(
        Project(name="p", documents=[DocumentSpec(path="a.docx"), DocumentSpec(path="b.pdf", kind="ndc")]), path
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert "kind" not in data["documents"][0] and data["documents"][1]["kind"] == "ndc"
    assert [d.kind for d in load_project(path).documents] == [None, "ndc"]
    data["documents"][1]["kind"] = "poem"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ProjectError, match="unknown kind"):
        load_project(path)
