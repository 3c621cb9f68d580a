"""MISSING_RISK_SECTION, MISSING_RESOURCES, MISSING_MONITORING, MISSING_IMPACT_ASSESSMENT.

OECD (2020, 1.3.2): plans are detailed on aims and measures but thin on resources and
impact; risk identification and mitigation is missing; monitoring turns into tick-the-box
reporting. `analysis.completeness` judges each aspect as a reviewer would (present, thin,
absent; monitoring also "incomplete": reporting without evaluation) with the evidence that
decided it; this module words a finding for each aspect that is not present. Thin gets its own,
milder wording (and, in `analysis.checks.fit_severity`, a severity one step below absent).
"""

from __future__ import annotations

from collections.abc import Iterator

from analysis.checks.context import CheckContext, shorten
from analysis.completeness import RESOURCE_ASPECTS, Assessment, assess
from analysis.model import BlockKind, Document, Finding

ASPECT_CODES = {
    "risk": "MISSING_RISK_SECTION",
    "monitoring": "MISSING_MONITORING",
    "impact": "MISSING_IMPACT_ASSESSMENT",
}
RESOURCE_KINDS = ("financial", "human", "time")
MIN_PROSE_BLOCKS = 10


def is_plan_document(ctx: CheckContext, document: Document) -> bool:
    """Whole-plan checks apply to plans written in prose, not to an indicator workbook."""
    prose = [b for b in document.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)]
    words = sum(len(b.text.split()) for b in prose)
    return len(prose) >= MIN_PROSE_BLOCKS and words >= ctx.config.min_words_for_section_checks


def assessments(ctx: CheckContext, document: Document) -> dict[str, Assessment]:
    """The completeness of one document, computed once per check run."""
    cache = ctx.__dict__.setdefault("_completeness", {})
    if document.id not in cache:
        language = document.language if document.language in ("en", "ru", "kk") else ctx.language
        cache[document.id] = assess(document, language, ctx.config.completeness)
    return cache[document.id]


def check(ctx: CheckContext) -> Iterator[Finding]:
    for document in ctx.analysed_documents():
        if not is_plan_document(ctx, document):
            continue
        found = assessments(ctx, document)
        name = ctx.doc_name(document.id)
        for aspect, code in ASPECT_CODES.items():
            a = found[aspect]
            if a.state == "present":
                continue
            yield _finding(ctx, document, code, [a], name)
        for state in ("absent", "thin"):
            group = [found[aspect] for aspect in RESOURCE_ASPECTS if found[aspect].state == state]
            if group:
                yield _finding(ctx, document, "MISSING_RESOURCES", group, name)


def _finding(ctx: CheckContext, document: Document, code: str, group: list[Assessment], name: str) -> Finding:
    """One finding for an aspect (or, for resources, the kinds in one state), worded by state and
    by what decided it."""
    first = group[0]
    state = first.state
    evidence = [e for a in group for e in a.evidence][:4]
    if code == "MISSING_RESOURCES":
        # where the plan does state resources is where the missing kinds belong
        stated = assessments(ctx, document)
        evidence += [
            stated[k].evidence[0] for k in RESOURCE_ASPECTS if stated[k].state == "present" and stated[k].evidence
        ]
    evidence = _unique(evidence)[:5] or [ctx.document_evidence(document)]
    kinds = [ctx.word("resource_kinds", RESOURCE_ASPECTS[a.aspect]) for a in group if a.aspect in RESOURCE_ASPECTS]
    present = [
        ctx.word("resource_kinds", kind)
        for aspect, kind in RESOURCE_ASPECTS.items()
        if code == "MISSING_RESOURCES" and assessments(ctx, document)[aspect].state == "present"
    ]
    reasons = [_reason(ctx, a) for a in group]
    if len(group) > 1:
        reasons = [
            ctx.phrase(
                "completeness_kind_reason", kind=ctx.word("resource_kinds", RESOURCE_ASPECTS[a.aspect]), reason=r
            )
            for a, r in zip(group, reasons, strict=True)
        ]
    reason = ctx.join(reasons, by="completeness_reasons_joiner")
    facts = {
        "state": state,
        "aspects": {a.aspect: a.state for a in group},
        "reasons": {a.aspect: a.reason for a in group},
    }
    finding = ctx.finding(
        code,
        [document.id],
        [],
        evidence,
        variant=state,
        doc=name,
        doc_short=shorten(name, 60),
        kinds=ctx.join(kinds),
        Kinds=ctx.capital(ctx.join(kinds)),
        reason=reason,
        present_part=ctx.phrase("resources_present", kinds=ctx.join(present)) if present else "",
    )
    finding.facts = facts
    return finding


def _unique(evidence: list) -> list:
    seen, out = set(), []
    for e in evidence:
        key = (e.quote, tuple(sorted(e.location.to_dict().items())))
        if key not in seen:
            seen.add(key)
            out.append(e)
    return out


def _reason(ctx: CheckContext, a: Assessment) -> dict:
    """What decided the state, in the findings' language: the heading, the passing sentence, or
    what was searched for."""
    quote = next((e.quote for e in a.evidence if e.quote != a.heading), "")
    return ctx.phrase(
        f"completeness_{a.reason}",
        heading=shorten(a.heading, 70),
        quote=shorten(quote, 110),
        searched=", ".join(f"“{s}”" for s in a.searched[:8]),
    )
