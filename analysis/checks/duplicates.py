"""DUPLICATE_STRATEGY, DUPLICATE_INDICATOR, CONTRADICTORY_OBJECTIVES: plans of one level.

OECD (2020, 3.1.1): an "inflation of strategies" — national programmes with overlapping
and even contradictory aims (growth poles in the Scheme and the PRD vs rural areas and
small towns in the Business Road Map). Near-duplicates are clustered so each cluster is
one finding listing every member.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from functools import lru_cache

from analysis.checks import CheckContext, shorten
from analysis.model import Finding, Item, ItemKind
from analysis.resources import load_lexicon

STRATEGY_KINDS = (ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE)
KIND_PLURAL = {ItemKind.OBJECTIVE: "objectives", ItemKind.TASK: "tasks", ItemKind.MEASURE: "measures",
               ItemKind.INDICATOR: "indicators"}


def clusters(pairs: list[tuple[str, str]]) -> list[list[str]]:
    """Connected groups of ids (union-find)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in parent:
        groups[find(x)].append(x)
    return [sorted(g) for g in groups.values() if len(g) > 1]


@lru_cache(maxsize=4)
def _poles(language: str) -> list[tuple[str, str, re.Pattern]]:
    lex = load_lexicon("polarity", language)
    out = []
    for axis, poles in lex["axes"].items():
        for pole, stems in poles.items():
            out.append((axis, pole, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.I)))
    return out


def poles_of(text: str, language: str = "en") -> dict[str, str]:
    """axis -> pole for the axes the text takes a side on (only when it takes one side)."""
    found: dict[str, set[str]] = defaultdict(set)
    for axis, pole, pattern in _poles(language):
        if pattern.search(text):
            found[axis].add(pole)
    return {axis: next(iter(p)) for axis, p in found.items() if len(p) == 1}


def check(ctx: CheckContext) -> Iterator[Finding]:
    dup_threshold = ctx.config["duplicate_threshold"]
    strategy_pairs, indicator_pairs = [], []
    for a_id, b_id, score, shared in ctx.same_level_pairs:
        a, b = ctx.items.get(a_id), ctx.items.get(b_id)
        if a is None or b is None:
            continue
        if score >= dup_threshold:
            if a.kind in STRATEGY_KINDS and b.kind in STRATEGY_KINDS:
                strategy_pairs.append((a_id, b_id))
            elif a.kind == ItemKind.INDICATOR and b.kind == ItemKind.INDICATOR:
                indicator_pairs.append((a_id, b_id))
    for code, pairs in (("DUPLICATE_STRATEGY", strategy_pairs), ("DUPLICATE_INDICATOR", indicator_pairs)):
        for group in clusters(pairs):
            members = [ctx.items[i] for i in group]
            yield _duplicate(ctx, code, members)
    yield from _contradictions(ctx)


def _duplicate(ctx: CheckContext, code: str, members: list[Item]) -> Finding:
    kinds = {m.kind for m in members}
    kind_plural = KIND_PLURAL.get(next(iter(kinds)), "items") if len(kinds) == 1 else "objectives and measures"
    listed = "; ".join(f"\"{shorten(m.text, 80)}\" ({ctx.doc_name(m.document_id)})" for m in members)
    return ctx.finding(code, [m.document_id for m in members], [m.id for m in members],
                       [ctx.evidence(m) for m in members], n=len(members), kind_plural=kind_plural, members=listed)


def _contradictions(ctx: CheckContext) -> Iterator[Finding]:
    minimum = ctx.config["contradiction_min_similarity"]
    for a_id, b_id, score, shared in ctx.same_level_pairs:
        a, b = ctx.items.get(a_id), ctx.items.get(b_id)
        if a is None or b is None or score < minimum:
            continue
        if a.kind not in (ItemKind.OBJECTIVE, ItemKind.GOAL) or b.kind not in (ItemKind.OBJECTIVE, ItemKind.GOAL):
            continue
        pa, pb = poles_of(a.text, ctx.language), poles_of(b.text, ctx.language)
        opposed = [axis for axis in pa if axis in pb and pa[axis] != pb[axis]]
        if not opposed:
            continue
        axis = opposed[0]
        yield ctx.finding(
            "CONTRADICTORY_OBJECTIVES", [a.document_id, b.document_id], [a.id, b.id], [ctx.evidence(a), ctx.evidence(b)],
            a=shorten(a.text, 120), b=shorten(b.text, 120), doc_a=ctx.doc_name(a.document_id),
            doc_b=ctx.doc_name(b.document_id), shared=", ".join(shared[:5]) or axis, dir_a=pa[axis], dir_b=pb[axis],
        )
