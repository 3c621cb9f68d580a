"""TARGET_CONFLICT and PERIOD_MISMATCH: linked targets that disagree, plans out of step.

A lower indicator linked to a higher one conflicts when their directions oppose, their
units differ, the lower target is less ambitious for the same year, or the lower
deadline falls after the higher plan ends.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from analysis.checks import CheckContext, name_similarity, shorten
from analysis.model import Direction, Document, Finding, Item, LinkStatus

OPPOSITE = {Direction.INCREASE: Direction.DECREASE, Direction.DECREASE: Direction.INCREASE}


def _intensive(unit: str | None, intensive_units: list[str]) -> bool:
    return bool(unit) and (unit in intensive_units or unit.startswith("per ") or " per " in unit)


def base_unit(unit: str) -> str:
    """'USD mln' and 'USD bn' are one unit at two scales."""
    return re.sub(r"\b(?:thousand|thous\.|million|mln|billion|bn|bln)\b", "", unit, flags=re.I).strip()


def target_problems(
    lower: Item,
    higher: Item,
    higher_doc: Document,
    intensive_units: list[str] = ("%",),
    lower_doc_end: int | None = None,
) -> tuple[list[str], list[str]]:
    """(problems, fixes) between a lower and a higher item that measure the same thing."""
    a, b = lower.attributes, higher.attributes
    problems: list[str] = []
    fixes: list[str] = []
    if a is None or b is None:
        return problems, fixes
    if a.direction and b.direction and OPPOSITE.get(a.direction) == b.direction:
        problems.append(f"the regional target goes the other way ({a.direction.value} vs {b.direction.value})")
        fixes.append(f"make it {b.direction.value}")
    if a.unit and b.unit and base_unit(a.unit) != base_unit(b.unit):
        problems.append(f"the units differ ({a.unit} vs {b.unit})")
        fixes.append(f"state it in {b.unit}")
    higher_by_year = {t.year: t.value for t in b.targets if t.year and t.value is not None}
    direction = b.direction or a.direction
    # A region's total is smaller than the nation's by nature; only shares, rates and
    # averages can be compared for ambition.
    if a.unit == b.unit and _intensive(a.unit, list(intensive_units)):
        for t in a.targets:
            other = higher_by_year.get(t.year)
            if t.value is None or other is None or direction not in OPPOSITE:
                continue
            weaker = t.value < other if direction == Direction.INCREASE else t.value > other
            if weaker:
                problems.append(
                    f"its {t.year} target ({_num(t.value)}{_unit(a.unit)}) is less ambitious than the "
                    f"higher plan's ({_num(other)}{_unit(b.unit)})"
                )
                fixes.append(f"at least {_num(other)}{_unit(b.unit)} by {t.year}")
    plan_late = lower_doc_end is not None and higher_doc.period is not None and lower_doc_end > higher_doc.period[1]
    if higher_doc.period and not plan_late:  # a plan that runs late as a whole is one PERIOD_MISMATCH
        late = [t.year for t in a.targets if t.year and t.year > higher_doc.period[1]]
        if late:
            problems.append(
                f"its deadline {max(late)} falls after the end of the higher plan's period "
                f"({higher_doc.period[0]}–{higher_doc.period[1]})"
            )
            fixes.append(f"set a milestone for {higher_doc.period[1]}")
    return problems, fixes


def _num(value: float) -> str:
    return f"{value:g}"


def _unit(unit: str | None) -> str:
    return "" if not unit else unit if unit == "%" else f" {unit}"


def check(ctx: CheckContext) -> Iterator[Finding]:
    minimum = ctx.config["same_indicator_min_ratio"]
    for link in ctx.accepted:
        lower, higher = ctx.items.get(link.source_id), ctx.items.get(link.target_id)
        if lower is None or higher is None or lower.attributes is None or higher.attributes is None:
            continue
        if link.status != LinkStatus.CONFIRMED and name_similarity(lower, higher) < minimum:
            continue  # related indicators, not the same one: their targets are not comparable
        higher_doc = ctx.documents[higher.document_id]
        lower_doc = ctx.documents[lower.document_id]
        problems, fixes = target_problems(
            lower, higher, higher_doc, ctx.config["intensive_units"], lower_doc.period[1] if lower_doc.period else None
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
                problem="; ".join(problems),
                fix="; ".join(fixes),
            )
    yield from _periods(ctx)


def _periods(ctx: CheckContext) -> Iterator[Finding]:
    """Compare each plan with the higher plan it links to most."""
    link_counts: Counter[tuple[str, str]] = Counter()
    for link in ctx.accepted:
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
            problems.append(f"it runs {end - hend} year(s) past the end of the higher plan")
        if start < hstart:
            problems.append(f"it starts {hstart - start} year(s) before the higher plan")
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
            problem=" and ".join(problems),
        )
