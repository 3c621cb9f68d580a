"""MISSING_RISK_SECTION, MISSING_RESOURCES, MISSING_MONITORING, MISSING_IMPACT_ASSESSMENT.

OECD (2020, 1.3.2): plans are detailed on aims and measures but thin on resources and
impact, and risk identification and mitigation is missing. A section is "absent" when no
heading has the role and no statements of that kind exist elsewhere, "thin" when its
heading is followed by fewer than `thin_section_words` words.
"""

from __future__ import annotations

from collections.abc import Iterator

from analysis.checks import CheckContext
from analysis.extract.statements import resource_kinds
from analysis.model import Document, Finding, ItemKind, Section

ROLE_CHECKS = (
    ("risks", "MISSING_RISK_SECTION", ItemKind.RISK),
    ("monitoring", "MISSING_MONITORING", None),
    ("impact", "MISSING_IMPACT_ASSESSMENT", None),
)
RESOURCE_KINDS = ("financial", "human", "time")


def _words_under(document: Document, section: Section) -> int:
    """Words in the section and its subsections."""
    ids = {section.id}
    total = 0
    for s in document.sections:
        if s.id in ids or s.parent_id in ids:
            ids.add(s.id)
            total += len(s.text.split())
    return total


def is_plan_document(ctx: CheckContext, document: Document) -> bool:
    """Whole-plan checks apply to plans with prose, not to a bare indicator workbook."""
    return document.word_count >= ctx.config["min_words_for_section_checks"] and bool(document.sections)


def section_state(ctx: CheckContext, document: Document, role: str) -> tuple[str, list[Section]]:
    """'present', 'thin' or 'absent' for a section role in a document."""
    sections = [s for s in document.sections if s.role == role]
    if not sections:
        return "absent", []
    words = sum(_words_under(document, s) for s in sections)
    return ("thin" if words < ctx.config["thin_section_words"] else "present"), sections


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
            evidence = ([ctx.document_evidence(document)] if state == "absent" else
                        [_section_evidence(document, s) for s in sections])
            yield ctx.finding(code, [document.id], [], evidence, doc=name,
                              state="Missing" if state == "absent" else "Thin",
                              state_text="does not address" if state == "absent" else "says too little about")
        yield from _resources(ctx, document, name)


def _section_evidence(document: Document, section: Section):
    from analysis.model import Evidence

    return Evidence(quote=section.heading, location=section.location)


def _resources(ctx: CheckContext, document: Document, name: str) -> Iterator[Finding]:
    """Each kind of resource (financial, human, time) must be stated somewhere in the plan."""
    _, sections = section_state(ctx, document, "resources")
    texts = [s.text for s in sections]
    texts += [i.text for i in ctx.items_of(document.id, ItemKind.RESOURCE)]
    timeline_state, _ = section_state(ctx, document, "timeline")
    found = set(resource_kinds("\n".join(texts), ctx.language))
    if timeline_state == "present":
        found.add("time")
    missing = [k for k in RESOURCE_KINDS if k not in found]
    if not missing:
        return
    present = [k for k in RESOURCE_KINDS if k in found]
    yield ctx.finding(
        "MISSING_RESOURCES", [document.id], [], [ctx.document_evidence(document)], doc=name,
        missing=" and ".join(missing),
        present_part=f" (it states {' and '.join(present)} resources)" if present else "",
    )
