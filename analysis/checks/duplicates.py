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
from itertools import islice, product

from analysis.checks.context import CheckContext, name_similarity, shorten
from analysis.model import Finding, Item, ItemKind
from analysis.resources import load_lexicon, per_rules

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
    object_end: re.Pattern  # where the thing a decrease verb acts on ends ("reduce unemployment | in ...")


@per_rules()
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
    ends = "|".join(re.escape(w) for w in sorted(lex.get("object_ends", []), key=len, reverse=True))
    object_end = re.compile(rf"\s(?:{ends})\s" if ends else r"(?!)", re.I)
    return _Polarity(axes, boundary, bool(lex.get("verb_final", False)), object_end)


OBJECT_STEM = 5  # 'rates'/'rate', 'protection'/'protect' share a stem of this many letters


def poles_of(text: str, language: str = "en") -> dict[str, str]:
    """axis -> pole for the axes the text takes one side on.

    On axes other than direction, a pole flips to its opposite when it is what a decrease verb
    acts on: 'Reduce the concentration of activity in large cities' disperses. A pole that only
    says where the decrease happens keeps its side: 'Reduce unemployment in rural areas' is about
    rural areas, as 'Develop rural areas' is (the verb's object, 'unemployment', is no pole).
    """
    polarity = _polarity(language)
    axes = polarity.axes
    direction = next((a for a in axes if a.name == "direction"), None)
    decrease = direction.poles.get("decrease") if direction else None
    # only a clause whose object is itself a pole flips (_governed: what a decrease verb acts on)
    decreases = []
    for m in decrease.finditer(text) if decrease else []:
        span, obj = _governed(text, m, polarity)
        if any(
            obj[0] <= p.start() < obj[1]
            for axis in axes
            if axis is not direction
            for pattern in axis.poles.values()
            for p in pattern.finditer(text)
        ):
            decreases.append(span)
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


def _governed(text: str, m: re.Match, polarity: _Polarity) -> tuple[tuple[int, int], tuple[int, int]]:
    """(what the verb at `m` governs, its object) as spans of `text`: up to the next clause
    boundary ("reduce X in large cities | by ..."), the object up to the first preposition; in a
    verb-final language the words before it from the previous boundary on, the object the word
    right before it."""
    if polarity.verb_final:
        starts = [b.end() for b in polarity.clause_boundary.finditer(text, 0, m.start())]
        span = (starts[-1] if starts else 0, m.start())
        head = text[span[0] : span[1]].rstrip()
        return span, (span[0] + len(head) - len(head.split()[-1]) if head.split() else span[1], span[1])
    stop = polarity.clause_boundary.search(text, m.end())
    span = (m.end(), stop.start() if stop else len(text))
    end = polarity.object_end.search(text, span[0], span[1])
    return span, (span[0], end.start() if end else span[1])


def direction_objects(text: str, language: str = "en") -> set[str]:
    """The words of what the text's increase and decrease verbs act on ('Reduce girls' drop-out
    rates | in primary school' -> girls, drop-out, rates), cut to a stem of OBJECT_STEM letters.
    In a verb-final language all it governs: the words before the verb from the clause's start."""
    polarity = _polarity(language)
    direction = next((a for a in polarity.axes if a.name == "direction"), None)
    words: set[str] = set()
    for pattern in direction.poles.values() if direction else []:
        for m in pattern.finditer(text):
            span, obj = _governed(text, m, polarity)
            start, end = span if polarity.verb_final else obj
            words.update(w[:OBJECT_STEM] for w in re.findall(r"[^\W\d_][\w-]{3,}", text[start:end].lower()))
    return words


def check(ctx: CheckContext) -> Iterator[Finding]:
    dup_threshold = ctx.config.duplicate_threshold
    strategy_pairs, indicator_pairs = [], []
    for a_id, b_id, score, _shared in ctx.same_level_pairs:
        a, b = ctx.items.get(a_id), ctx.items.get(b_id)
        if a is None or b is None or _restated(a, b):
            continue
        if a.kind == ItemKind.INDICATOR and b.kind == ItemKind.INDICATOR:
            # the same indicator: near-identical name and a compatible unit
            if name_similarity(a, b) >= ctx.config.same_indicator_min_ratio and _same_unit(a, b):
                indicator_pairs.append((a_id, b_id))
        elif _comparable_strategy(a, b) and score >= (
            dup_threshold if a.document_id != b.document_id else ctx.config.duplicate_threshold_within_plan
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


# Contradictions on an axis that needs no shared subject (spatial focus) between one pair of plans:
# past this many, the pair's plans are at odds throughout and more findings say nothing new (two
# plans of 5,000 objectives each made 25 million pairs to weigh).
MAX_CONTRADICTIONS_PER_PLAN_PAIR = 50


def _candidate_pairs(
    ctx: CheckContext, strategic: list[Item], poles: dict[str, dict[str, str]], similar: dict, axes: dict
) -> list[tuple[Item, Item]]:
    """The pairs of objectives that can contradict, in the order of the objectives: similar pairs
    (what an axis with a shared subject needs) and, for an axis without, pairs on its opposite
    poles in two plans of one level (at most MAX_CONTRADICTIONS_PER_PLAN_PAIR per plan pair).
    Every pair of objectives was weighed before: quadratic."""
    index = {item.id: n for n, item in enumerate(strategic)}
    pairs: set[tuple[int, int]] = set()
    for a_id, b_id in similar:
        if a_id in index and b_id in index and a_id != b_id:
            pairs.add(tuple(sorted((index[a_id], index[b_id]))))
    for name, axis in axes.items():
        if axis.needs_shared_subject:
            continue
        by_level: dict[object, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for n, item in enumerate(strategic):
            pole = poles[item.id].get(name)
            if pole is not None:
                by_level[ctx.documents[item.document_id].level][pole].append(n)
        for groups in by_level.values():
            sides = []  # per pole: document id -> positions of its objectives on that pole
            for members in groups.values():
                by_document: dict[str, list[int]] = defaultdict(list)
                for n in members:
                    by_document[strategic[n].document_id].append(n)
                sides.append(by_document)
            for i, first in enumerate(sides):
                for second in sides[i + 1 :]:
                    for doc_a, xs in first.items():
                        for doc_b, ys in second.items():
                            if doc_a == doc_b:
                                continue
                            for x, y in islice(product(xs, ys), MAX_CONTRADICTIONS_PER_PLAN_PAIR):
                                pairs.add((min(x, y), max(x, y)))
    return [(strategic[x], strategic[y]) for x, y in sorted(pairs)]


def _contradictions(ctx: CheckContext) -> Iterator[Finding]:
    """Objectives of same-level plans on opposite poles of an axis. The direction axis needs a
    shared subject (similar wording); the spatial axis is a subject in itself, across plans."""
    minimum = ctx.config.contradiction_min_similarity
    similar = {(a, b): shared for a, b, score, shared in ctx.same_level_pairs if score >= minimum}
    axes = {a.name: a for a in _polarity(ctx.language).axes}
    ranked = [d for d in ctx.analysed_documents()]
    # objectives, not goals: goals are broad enough to hold both poles
    strategic = [i for i in ctx.result.items if i.kind == ItemKind.OBJECTIVE and ctx.documents[i.document_id] in ranked]
    poles = {i.id: poles_of(i.text, ctx.language) for i in strategic}
    seen: set[tuple[str, str]] = set()
    for a, b in _candidate_pairs(ctx, strategic, poles, similar, axes):
        if ctx.documents[a.document_id].level != ctx.documents[b.document_id].level:
            continue
        pa, pb = poles[a.id], poles[b.id]
        for axis_name in pa.keys() & pb.keys():
            if pa[axis_name] == pb[axis_name]:
                continue
            shared = similar.get((a.id, b.id), similar.get((b.id, a.id)))
            if axes[axis_name].needs_shared_subject and shared is None:
                continue
            if axis_name == "direction" and not direction_objects(a.text, ctx.language) & direction_objects(
                b.text, ctx.language
            ):
                continue  # 'reduce drop-out rates' and 'increase scholarships': opposite verbs, different things
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
