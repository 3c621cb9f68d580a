"""TARGET_CONFLICT and PERIOD_MISMATCH: linked targets that disagree, plans out of step.

A lower indicator linked to a higher one conflicts when their directions oppose, their
units differ, the lower target is less ambitious for the same year, or the lower
deadline falls after the higher plan ends.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from analysis.checks.context import CheckContext, name_similarity, shorten
from analysis.model import Direction, Document, Finding, Item, LinkStatus

OPPOSITE = {Direction.INCREASE: Direction.DECREASE, Direction.DECREASE: Direction.INCREASE}


def _intensive(unit: str | None, intensive_units: list[str]) -> bool:
    return bool(unit) and (unit in intensive_units or unit.startswith("per ") or " per " in unit)


def base_unit(unit: str) -> str:
    """'USD mln' and 'USD bn' are one unit at two scales."""
    return re.sub(r"\b(?:thousand|thous\.|million|mln|billion|bn|bln)\b", "", unit, flags=re.I).strip()


Clause = tuple[str, dict[str, object]]  # a phrase key of findings.json and its fields


def target_problems(
    lower: Item,
    higher: Item,
    higher_doc: Document,
    intensive_units: list[str] = ("%",),
    lower_doc_end: int | None = None,
) -> tuple[list[Clause], list[Clause]]:
    """(problems, fixes) between a lower and a higher item that measure the same thing, as
    phrase keys with their fields (the checks word them in the findings' language)."""
    a, b = lower.attributes, higher.attributes
    problems: list[Clause] = []
    fixes: list[Clause] = []
    if a is None or b is None:
        return problems, fixes
    # eliminate is a decrease (to zero); reach names a level and goes no way of its own
    trend_a = a.direction.trend if a.direction else None
    trend_b = b.direction.trend if b.direction else None
    if trend_a and trend_b and OPPOSITE.get(trend_a) == trend_b:
        problems.append(("conflict_direction", {"lower": a.direction.value, "higher": b.direction.value}))
        fixes.append(("fix_direction", {"direction": b.direction.value}))
    if a.unit and b.unit and base_unit(a.unit) != base_unit(b.unit):
        problems.append(("conflict_units", {"lower": a.unit, "higher": b.unit}))
        fixes.append(("fix_units", {"unit": b.unit}))
    # levels only: a relative change ("a 50% reduction") is not a level to compare with one
    higher_by_year = {t.year: t.value for t in b.targets if t.year and t.value is not None and not t.relative}
    direction = trend_b or trend_a
    # A region's total is smaller than the nation's by nature; only shares, rates and
    # averages can be compared for ambition.
    if a.unit == b.unit and _intensive(a.unit, list(intensive_units)):
        for t in a.targets:
            other = higher_by_year.get(t.year)
            if t.value is None or t.relative or other is None or direction not in OPPOSITE:
                continue
            weaker = t.value < other if direction == Direction.INCREASE else t.value > other
            if weaker:
                problems.append(
                    (
                        "conflict_ambition",
                        {"year": t.year, "lower": _num(t.value) + _unit(a.unit), "higher": _num(other) + _unit(b.unit)},
                    )
                )
                fixes.append(("fix_ambition", {"value": _num(other) + _unit(b.unit), "year": t.year}))
    plan_late = lower_doc_end is not None and higher_doc.period is not None and lower_doc_end > higher_doc.period[1]
    if higher_doc.period and not plan_late:  # a plan that runs late as a whole is one PERIOD_MISMATCH
        late = [t.year for t in a.targets if t.year and t.year > higher_doc.period[1]]
        if late:
            period = f"{higher_doc.period[0]}–{higher_doc.period[1]}"
            problems.append(("conflict_deadline", {"year": max(late), "period": period}))
            fixes.append(("fix_deadline", {"year": higher_doc.period[1]}))
    return problems, fixes


def _worded(ctx: CheckContext, clauses: list[Clause]) -> list[dict]:
    out = []
    for key, fields in clauses:
        if key in ("conflict_direction", "fix_direction"):
            fields = {k: ctx.word("directions", str(v)) for k, v in fields.items()}
        out.append(ctx.phrase(key, **fields))
    return out


def _num(value: float) -> str:
    return f"{value:g}"


def _unit(unit: str | None) -> str:
    return "" if not unit else unit if unit == "%" else f" {unit}"


def check(ctx: CheckContext) -> Iterator[Finding]:
    minimum = ctx.config.same_indicator_min_ratio
    for link in ctx.coverage.accepted:
        lower, higher = ctx.items.get(link.source_id), ctx.items.get(link.target_id)
        if lower is None or higher is None or lower.attributes is None or higher.attributes is None:
            continue
        if link.status != LinkStatus.CONFIRMED and name_similarity(lower, higher) < minimum:
            continue  # related indicators, not the same one: their targets are not comparable
        higher_doc = ctx.documents[higher.document_id]
        lower_doc = ctx.documents[lower.document_id]
        problems, fixes = target_problems(
            lower, higher, higher_doc, ctx.config.intensive_units, lower_doc.period[1] if lower_doc.period else None
        )
        if problems:
            yield ctx.finding(
                "TARGET_CONFLICT",
                [lower.document_id, higher.document_id],
                [lower.id, higher.id],
                [ctx.evidence(lower), ctx.evidence(higher)],
                doc=ctx.doc_name(lower.document_id),
                item=lower.text,
                item_short=shorten(lower.text, 60),
                higher=shorten(higher.text, 120),
                higher_doc=ctx.doc_name(higher.document_id),
                problem=ctx.join(_worded(ctx, problems), "; "),
                fix=ctx.join(_worded(ctx, fixes), "; "),
            )
    yield from _periods(ctx)


def _periods(ctx: CheckContext) -> Iterator[Finding]:
    """Compare each plan with the higher plan it links to most."""
    link_counts: Counter[tuple[str, str]] = Counter()
    for link in ctx.coverage.accepted:
        lower, higher = ctx.items.get(link.source_id), ctx.items.get(link.target_id)
        if lower and higher:
            link_counts[(lower.document_id, higher.document_id)] += 1
    for document in ctx.analysed_documents():
        if not document.period or document.level is None:
            continue
        parents = [(n, h) for (low, h), n in link_counts.items() if low == document.id]
        candidates = [ctx.documents[h] for _, h in sorted(parents, reverse=True)]
        candidates = [h for h in candidates if h.period and h.level is not None and h.level < document.level]
        if not candidates:
            continue
        nearest = max(h.level for h in candidates)
        higher = next(h for h in candidates if h.level == nearest)
        (start, end), (hstart, hend) = document.period, higher.period
        problems = []
        if end > hend:
            problems.append(ctx.phrase("period_late", years=end - hend))
        if start < hstart:
            problems.append(ctx.phrase("period_early", years=hstart - start))
        if not problems:
            continue
        yield ctx.finding(
            "PERIOD_MISMATCH",
            [document.id, higher.id],
            [],
            [ctx.document_evidence(document)],
            doc=ctx.doc_name(document.id),
            period=f"{start}–{end}",
            higher_doc=ctx.doc_name(higher.id),
            higher_doc_short=shorten(ctx.doc_name(higher.id), 40),
            higher_period=f"{hstart}–{hend}",
            higher_end=hend,
            problem=ctx.join(problems),
        )
