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
from dataclasses import dataclass
from functools import lru_cache

from analysis.checks.context import CheckContext, name_similarity, shorten
from analysis.model import Finding, Item, ItemKind
from analysis.resources import load_lexicon

STRATEGY_KINDS = (ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE)


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


@dataclass(frozen=True)
class _Axis:
    name: str
    poles: dict[str, re.Pattern]
    needs_shared_subject: bool


@dataclass(frozen=True)
class _Polarity:
    axes: list[_Axis]
    clause_boundary: re.Pattern  # where what a decrease verb governs ends (or, verb-final, starts)
    verb_final: bool  # Kazakh: the verb follows what it governs


@lru_cache(maxsize=4)
def _polarity(language: str) -> _Polarity:
    lex = load_lexicon("polarity", language)
    axes = []
    for name, spec in lex["axes"].items():
        poles = {
            pole: re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in stems) + ")", re.I)
            for pole, stems in spec.items()
            if isinstance(stems, list)
        }
        axes.append(_Axis(name, poles, bool(spec.get("needs_shared_subject", True))))
    words = "|".join(re.escape(w) for w in sorted(lex.get("clause_boundaries", []), key=len, reverse=True))
    boundary = re.compile(rf"\s(?:{words})\s|[,;:]" if words else r"[,;:]", re.I)
    return _Polarity(axes, boundary, bool(lex.get("verb_final", False)))


def poles_of(text: str, language: str = "en") -> dict[str, str]:
    """axis -> pole for the axes the text takes one side on.

    On axes other than direction, a pole named after a decrease verb flips to its opposite:
    'Reduce the concentration of activity in large cities' disperses.
    """
    polarity = _polarity(language)
    axes = polarity.axes
    direction = next((a for a in axes if a.name == "direction"), None)
    decrease = direction.poles.get("decrease") if direction else None
    # what a decrease verb governs: up to the next clause boundary ("reduce X in large cities | by
    # ..."); in a verb-final language the words before it, from the previous boundary on
    decreases = []
    for m in decrease.finditer(text) if decrease else []:
        if polarity.verb_final:
            starts = [b.end() for b in polarity.clause_boundary.finditer(text, 0, m.start())]
            decreases.append((starts[-1] if starts else 0, m.start()))
        else:
            stop = polarity.clause_boundary.search(text, m.end())
            decreases.append((m.end(), stop.start() if stop else len(text)))
    found: dict[str, set[str]] = defaultdict(set)
    for axis in axes:
        names = list(axis.poles)
        for pole, pattern in axis.poles.items():
            for m in pattern.finditer(text):
                governed = any(start <= m.start() < stop for start, stop in decreases)
                if axis is not direction and governed and len(names) == 2:
                    found[axis.name].add(names[1] if pole == names[0] else names[0])
                else:
                    found[axis.name].add(pole)
    return {axis: next(iter(p)) for axis, p in found.items() if len(p) == 1}


def check(ctx: CheckContext) -> Iterator[Finding]:
    dup_threshold = ctx.config["duplicate_threshold"]
    strategy_pairs, indicator_pairs = [], []
    for a_id, b_id, score, _shared in ctx.same_level_pairs:
        a, b = ctx.items.get(a_id), ctx.items.get(b_id)
        if a is None or b is None or _restated(a, b):
            continue
        if a.kind == ItemKind.INDICATOR and b.kind == ItemKind.INDICATOR:
            # the same indicator: near-identical name and a compatible unit
            if name_similarity(a, b) >= ctx.config["same_indicator_min_ratio"] and _same_unit(a, b):
                indicator_pairs.append((a_id, b_id))
        elif _comparable_strategy(a, b) and score >= (
            dup_threshold if a.document_id != b.document_id else ctx.config["duplicate_threshold_within_plan"]
        ):
            strategy_pairs.append((a_id, b_id))
    for code, pairs in (("DUPLICATE_STRATEGY", strategy_pairs), ("DUPLICATE_INDICATOR", indicator_pairs)):
        for group in clusters(pairs):
            members = [ctx.items[i] for i in group]
            yield _duplicate(ctx, code, members)
    yield from _contradictions(ctx)


def _restated(a: Item, b: Item) -> bool:
    """A plan's executive summary restating its own items is no duplication."""
    return a.document_id == b.document_id and bool(a.extra.get("in_summary") or b.extra.get("in_summary"))


def _comparable_strategy(a: Item, b: Item) -> bool:
    """Objectives duplicate objectives; tasks and measures duplicate each other. Within one plan an
    objective restated as its own measure is structure, not duplication."""
    if a.kind == ItemKind.OBJECTIVE or b.kind == ItemKind.OBJECTIVE:
        return a.kind == b.kind
    if a.kind not in STRATEGY_KINDS or b.kind not in STRATEGY_KINDS:
        return False
    return a.document_id != b.document_id or a.kind == b.kind


def _same_unit(a: Item, b: Item) -> bool:
    ua = a.attributes.unit if a.attributes else None
    ub = b.attributes.unit if b.attributes else None
    return not ua or not ub or ua == ub


def _duplicate(ctx: CheckContext, code: str, members: list[Item]) -> Finding:
    kinds = {m.kind for m in members}
    kind_plural = ctx.word("kinds_plural", next(iter(kinds)).value if len(kinds) == 1 else "mixed")
    listed = "; ".join(f'"{shorten(m.text, 80)}" ({ctx.doc_name(m.document_id)})' for m in members)
    return ctx.finding(
        code,
        [m.document_id for m in members],
        [m.id for m in members],
        [ctx.evidence(m) for m in members],
        n=len(members),
        kind_plural=kind_plural,
        members=listed,
        subject=shorten(members[0].text, 50),
        docs=ctx.join(dict.fromkeys(shorten(ctx.doc_name(m.document_id), 40) for m in members)),
    )


def _contradictions(ctx: CheckContext) -> Iterator[Finding]:
    """Objectives of same-level plans on opposite poles of an axis. The direction axis needs a
    shared subject (similar wording); the spatial axis is a subject in itself, across plans."""
    minimum = ctx.config["contradiction_min_similarity"]
    similar = {(a, b): shared for a, b, score, shared in ctx.same_level_pairs if score >= minimum}
    axes = {a.name: a for a in _polarity(ctx.language).axes}
    ranked = [d for d in ctx.analysed_documents()]
    # objectives, not goals: goals are broad enough to hold both poles
    strategic = [i for i in ctx.result.items if i.kind == ItemKind.OBJECTIVE and ctx.documents[i.document_id] in ranked]
    poles = {i.id: poles_of(i.text, ctx.language) for i in strategic}
    seen: set[tuple[str, str]] = set()
    for n, a in enumerate(strategic):
        for b in strategic[n + 1 :]:
            if ctx.documents[a.document_id].level != ctx.documents[b.document_id].level:
                continue
            pa, pb = poles[a.id], poles[b.id]
            for axis_name in pa.keys() & pb.keys():
                if pa[axis_name] == pb[axis_name]:
                    continue
                shared = similar.get((a.id, b.id), similar.get((b.id, a.id)))
                if axes[axis_name].needs_shared_subject and shared is None:
                    continue
                if not axes[axis_name].needs_shared_subject and a.document_id == b.document_id:
                    continue  # one plan balancing two aims is not an inflation of strategies
                if (a.id, b.id) in seen:
                    continue
                seen.add((a.id, b.id))
                yield ctx.finding(
                    "CONTRADICTORY_OBJECTIVES",
                    [a.document_id, b.document_id],
                    [a.id, b.id],
                    [ctx.evidence(a), ctx.evidence(b)],
                    a=shorten(a.text, 120),
                    b=shorten(b.text, 120),
                    doc_a=ctx.doc_name(a.document_id),
                    doc_b=ctx.doc_name(b.document_id),
                    a_short=shorten(a.text, 45),
                    b_short=shorten(b.text, 45),
                    shared=", ".join((shared or [])[:5]) or axis_name,
                    dir_a=pa[axis_name],
                    dir_b=pb[axis_name],
                )
