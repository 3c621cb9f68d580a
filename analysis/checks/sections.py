"""MISSING_RISK_SECTION, MISSING_RESOURCES, MISSING_MONITORING, MISSING_IMPACT_ASSESSMENT.

OECD (2020, 1.3.2): plans are detailed on aims and measures but thin on resources and
impact; risk identification and mitigation is missing; monitoring turns into tick-the-box
reporting. A section is "absent" when no heading has the role (and, for risks, no risk
statements exist elsewhere), "thin" when it holds fewer than `thin_section_words` words,
and a monitoring section is "incomplete" when it reports but never evaluates or adjusts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from analysis.checks import CheckContext
from analysis.extract.statements import resource_kinds
from analysis.model import BlockKind, Document, Evidence, Finding, ItemKind, Section
from analysis.resources import load_lexicon

ROLE_CHECKS = (
    ("risks", "MISSING_RISK_SECTION", ItemKind.RISK),
    ("monitoring", "MISSING_MONITORING", None),
    ("impact", "MISSING_IMPACT_ASSESSMENT", None),
)
RESOURCE_KINDS = ("financial", "human", "time")
MIN_PROSE_BLOCKS = 10


@lru_cache(maxsize=4)
def _feedback_cues(language: str) -> re.Pattern:
    stems = load_lexicon("sections", language).get("monitoring_feedback_cues", [])
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.I)


def is_plan_document(ctx: CheckContext, document: Document) -> bool:
    """Whole-plan checks apply to plans written in prose, not to an indicator workbook."""
    prose = [b for b in document.blocks if b.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)]
    words = sum(len(b.text.split()) for b in prose)
    return len(prose) >= MIN_PROSE_BLOCKS and words >= ctx.config["min_words_for_section_checks"]


def with_descendants(document: Document, sections: list[Section]) -> list[Section]:
    ids = {s.id for s in sections}
    out = []
    for s in document.sections:  # parents come before children
        if s.id in ids or s.parent_id in ids:
            ids.add(s.id)
            out.append(s)
    return out


def section_text(document: Document, sections: list[Section]) -> str:
    return "\n".join(s.text for s in with_descendants(document, sections) if s.text)


def section_state(ctx: CheckContext, document: Document, role: str) -> tuple[str, list[Section]]:
    """'present', 'thin', 'incomplete' or 'absent' for a section role in a document."""
    sections = [s for s in document.sections if s.role == role]
    if not sections:
        return "absent", []
    text = section_text(document, sections)
    if len(text.split()) < ctx.config["thin_section_words"]:
        return "thin", sections
    if role == "monitoring" and not _feedback_cues(ctx.language).search(text):
        return "incomplete", sections
    return "present", sections


def section_evidence(document: Document, section: Section) -> list[Evidence]:
    """The heading, and the section's first paragraph: what a reviewer would mark."""
    evidence = [Evidence(quote=section.heading, location=section.location)]
    first = section.text.split("\n", 1)[0].strip() if section.text else ""
    for block in document.blocks:
        if first and block.kind != BlockKind.TABLE and block.text.strip() == first:
            evidence.append(Evidence(quote=first, location=block.location))
            break
    return evidence


def check(ctx: CheckContext) -> Iterator[Finding]:
    for document in ctx.analysed_documents():
        if not is_plan_document(ctx, document):
            continue
        name = ctx.doc_name(document.id)
        for role, code, kind in ROLE_CHECKS:
            state, sections = section_state(ctx, document, role)
            if state == "present":
                continue
            if state == "absent" and kind is not None and len(ctx.items_of(document.id, kind)) >= 2:
                continue  # risks are discussed, just not under their own heading
            evidence = (
                [ctx.document_evidence(document)]
                if state == "absent"
                else [e for s in sections for e in section_evidence(document, s)]
            )
            yield ctx.finding(
                code,
                [document.id],
                [],
                evidence,
                doc=name,
                state=ctx.word("section_state_title", state),
                state_text=ctx.word("section_state_text", state),
            )
        yield from _resources(ctx, document, name)


def _resources(ctx: CheckContext, document: Document, name: str) -> Iterator[Finding]:
    """Each kind of resource (financial, human, time) must be stated somewhere in the plan."""
    _, sections = section_state(ctx, document, "resources")
    texts = [section_text(document, sections)] + [i.text for i in ctx.items_of(document.id, ItemKind.RESOURCE)]
    found = set(resource_kinds("\n".join(texts), ctx.language))
    if section_state(ctx, document, "timeline")[0] == "present":
        found.add("time")
    missing = [k for k in RESOURCE_KINDS if k not in found]
    if not missing:
        return
    present = [k for k in RESOURCE_KINDS if k in found]
    evidence = [Evidence(quote=s.heading, location=s.location) for s in sections] or [ctx.document_evidence(document)]
    yield ctx.finding(
        "MISSING_RESOURCES",
        [document.id],
        [],
        evidence,
        doc=name,
        missing=ctx.join(ctx.word("resource_kinds", k) for k in missing),
        present_part=(
            ctx.phrase("resources_present", kinds=ctx.join(ctx.word("resource_kinds", k) for k in present))
            if present
            else ""
        ),
    )
