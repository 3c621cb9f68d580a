"""INDICATOR_INCOMPLETE, OUTPUT_ONLY, OBJECTIVE_WITHOUT_INDICATOR, INDICATOR_OVERLOAD,
UNCONTROLLABLE_INDICATOR (advisory).

OECD (2020, 1.3.2, 3.1.1, 3.2.2): regions report outputs rather than outcomes, and plans
carry more centrally set indicators than anyone can use (Kostanay: 34 objectives, 108
indicators).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from analysis.checks.context import CheckContext, shorten
from analysis.coverage import missing_parts
from analysis.model import BlockKind, Finding, IndicatorType, Item, ItemKind, Quote
from analysis.resources import load_lexicon, per_rules


def indicators_of(ctx: CheckContext, objective: Item) -> list[Item]:
    """Indicators under an objective, directly or through its tasks and measures."""
    found, stack = [], list(ctx.hierarchy.children.get(objective.id, []))
    while stack:
        child = stack.pop()
        if child.kind == ItemKind.INDICATOR:
            found.append(child)
        elif child.kind in (ItemKind.TASK, ItemKind.MEASURE, ItemKind.TARGET):
            stack.extend(ctx.hierarchy.children.get(child.id, []))
    return found


_COUNT_STATEMENT = re.compile(r"\b\d+\s+(?:[\w-]+\s+)?(?:objectives|indicators|targets|tasks)\b", re.I)


def _count_statement(ctx: CheckContext, document) -> Quote:
    """Where the plan states its own number of objectives or indicators, else its title."""
    for block in document.blocks:
        if block.kind != BlockKind.TABLE and _COUNT_STATEMENT.search(block.text):
            return Quote(quote=block.text.strip(), location=block.location)
    return ctx.document_evidence(document)


def _is_measured(item: Item) -> bool:
    return item.attributes is not None and any(t.value is not None for t in item.attributes.targets)


@per_rules()
def _outside_control(language: str) -> re.Pattern:
    stems = load_lexicon("control", language)["outside_control"]
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.I)


def check(ctx: CheckContext) -> Iterator[Finding]:
    yield from _uncontrollable(ctx)
    limits = ctx.config.indicator_overload
    for document in ctx.analysed_documents():
        name = ctx.doc_name(document.id)
        indicators = ctx.items_of(document.id, ItemKind.INDICATOR)
        objectives = ctx.items_of(document.id, ItemKind.OBJECTIVE)
        for item in indicators:
            missing = missing_parts(item)
            if missing:
                parts = ctx.join((ctx.word("indicator_parts", m) for m in missing), ", ")
                yield ctx.item_finding("INDICATOR_INCOMPLETE", item, missing=parts)
        for objective in objectives:
            measures = indicators_of(ctx, objective)
            if not measures:
                children = ctx.hierarchy.children.get(objective.id, [])
                if not _is_measured(objective) and not any(_is_measured(c) for c in children):
                    yield ctx.item_finding("OBJECTIVE_WITHOUT_INDICATOR", objective)
                continue
            types = {m.attributes.type for m in measures if m.attributes}
            if types == {IndicatorType.OUTPUT}:
                yield ctx.item_finding(
                    "OUTPUT_ONLY",
                    objective,
                    also=measures,
                    indicators="; ".join(shorten(m.text, 60) for m in measures),
                )
            if len(measures) > limits["per_objective_indicators"]:
                yield ctx.finding(
                    "INDICATOR_OVERLOAD",
                    [document.id],
                    [objective.id],
                    [ctx.evidence(objective)],
                    doc=name,
                    limit=limits["per_objective_indicators"],
                    detail=ctx.phrase("overload_objective", n=len(measures), objective=shorten(objective.text, 60)),
                )
        over = []
        if len(indicators) > limits["per_plan_indicators"]:
            over.append(ctx.phrase("overload_plan_indicators", n=len(indicators), limit=limits["per_plan_indicators"]))
        if len(objectives) > limits["per_plan_objectives"]:
            over.append(ctx.phrase("overload_plan_objectives", n=len(objectives), limit=limits["per_plan_objectives"]))
        if over:
            yield ctx.finding(
                "INDICATOR_OVERLOAD",
                [document.id],
                [],
                [_count_statement(ctx, document)],
                doc=name,
                detail=ctx.join(over),
                limit=limits["per_objective_indicators"],
            )


def _uncontrollable(ctx: CheckContext) -> Iterator[Finding]:
    """Targets a regional owner cannot move much (mortality, inflation): advisory only."""
    pattern = _outside_control(ctx.language)
    top = min((d.level for d in ctx.analysed_documents() if d.level is not None), default=None)
    for document in ctx.analysed_documents():
        national = document.level_name == "national" or document.level == top
        if document.level is None or national:
            continue
        for item in ctx.items_of(document.id, ItemKind.INDICATOR):
            match = pattern.search(item.text)
            if match:
                yield ctx.item_finding("UNCONTROLLABLE_INDICATOR", item, subject=match.group(0))
