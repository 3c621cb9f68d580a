"""NARROW_VISION: a plan that ignores most complementary policy areas.

OECD (2020, 2.3.2, 2.2.2): the Aktobe medical-cluster plan ignores urban planning,
transport, suppliers and skills; the Kostanay livestock plan ignores rural development
and breeder training. Areas and their cue stems: resources/lexicons/<lang>/policy_areas.json.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.checks.context import CheckContext
from analysis.checks.sections import is_plan_document
from analysis.model import BlockKind, Document, Finding
from analysis.resources import load_lexicon


def covered_areas(text: str, language: str = "en") -> dict[str, int]:
    lex = load_lexicon("policy_areas", language)
    low = text.lower()
    counts = {}
    for area, stems in lex["areas"].items():
        pattern = r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")"
        counts[area] = len(re.findall(pattern, low))
    return counts


def _document_text(document: Document) -> str:
    parts = []
    for block in document.blocks:
        if block.kind == BlockKind.TABLE:
            parts.extend(" ".join(row) for row in block.rows or [])
        else:
            parts.append(block.text)
    return "\n".join(parts)


def check(ctx: CheckContext) -> Iterator[Finding]:
    lex = load_lexicon("policy_areas", ctx.language)
    minimum = ctx.config.narrow_vision_min_areas
    for document in ctx.analysed_documents():
        if not is_plan_document(ctx, document):
            continue
        counts = covered_areas(_document_text(document), ctx.language)
        covered = [a for a, n in counts.items() if n >= lex["min_mentions"]]
        if len(covered) >= minimum:
            continue
        missing = [a for a in counts if a not in covered]
        yield ctx.finding(
            "NARROW_VISION",
            [document.id],
            [],
            [ctx.document_evidence(document)],
            doc=ctx.doc_name(document.id),
            covered_n=len(covered),
            total_n=len(counts),
            missing=", ".join(missing),
        )
