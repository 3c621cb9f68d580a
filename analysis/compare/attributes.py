"""What changed in an indicator's or a target's measurable attributes between two versions.

Each change is a plain dict (`field`, `old`, `new` and what a sentence needs): a target value
lowered or raised for a year, a target year added or dropped, the deadline (the last target
year) moved, the baseline, the unit or the direction changed. Whether a lowered target is less
ambitious depends on the direction: lowering the target of a rate meant to fall is the opposite.
"""

from __future__ import annotations

from typing import Any

from analysis.model import Direction, IndicatorAttributes, YearValue


def _same(a: float | None, b: float | None, tolerance: float) -> bool:
    if a is None or b is None:
        return a is b
    return abs(a - b) <= tolerance * max(1.0, abs(a), abs(b))


def _ambition(change: str, direction: Direction | None) -> str | None:
    """'less' or 'more' ambitious for a target lowered or raised, when the direction is known."""
    if direction == Direction.INCREASE:
        return "less" if change == "lowered" else "more"
    if direction == Direction.DECREASE:
        return "more" if change == "lowered" else "less"
    return None


def _by_year(targets: list[YearValue]) -> tuple[dict[int, float | None], list[float | None]]:
    dated: dict[int, float | None] = {}
    undated: list[float | None] = []
    for t in targets:
        if t.year is not None:
            dated[t.year] = t.value
        else:
            undated.append(t.value)
    return dated, undated


def attribute_changes(
    old: IndicatorAttributes | None, new: IndicatorAttributes | None, tolerance: float = 1e-9
) -> list[dict[str, Any]]:
    """The attribute changes from `old` to `new`, targets first (by year), then the deadline,
    the baseline, the unit and the direction."""
    if old is None and new is None:
        return []
    old = old or IndicatorAttributes()
    new = new or IndicatorAttributes()
    unit = new.unit or old.unit
    direction = new.direction or old.direction
    out: list[dict[str, Any]] = []

    def value_change(year: int | None, a: float | None, b: float | None, old_year: int | None = None) -> None:
        if _same(a, b, tolerance):
            return
        if a is None or b is None:
            change = "added" if a is None else "dropped"
        else:
            change = "lowered" if b < a else "raised"
        entry = {"field": "target", "change": change, "year": year, "old": a, "new": b, "unit": unit}
        if old_year is not None and old_year != year:
            entry["old_year"] = old_year
        ambition = _ambition(change, direction) if change in ("lowered", "raised") else None
        if ambition:
            entry["ambition"] = ambition
        out.append(entry)

    old_dated, old_undated = _by_year(old.targets)
    new_dated, new_undated = _by_year(new.targets)
    old_last = max(old_dated) if old_dated else None
    new_last = max(new_dated) if new_dated else None
    deadline = None
    if old_last is not None and new_last is not None and old_last != new_last:
        deadline = {
            "field": "deadline",
            "change": "later" if new_last > old_last else "earlier",
            "old": old_last,
            "new": new_last,
            "unit": None,
        }
        # the final target is compared with the final target, whatever its year
        value_change(new_last, old_dated[old_last], new_dated[new_last], old_year=old_last)
    skip = {old_last, new_last} if deadline else set()
    for year in sorted((set(old_dated) | set(new_dated)) - skip):
        value_change(year, old_dated.get(year), new_dated.get(year))
    if len(old_undated) == len(new_undated):
        for a, b in zip(old_undated, new_undated, strict=True):
            value_change(None, a, b)
    elif not old_dated and not new_dated and (old_undated or new_undated):
        value_change(None, old_undated[-1] if old_undated else None, new_undated[-1] if new_undated else None)
    if deadline:
        out.append(deadline)

    ob, nb = old.baseline, new.baseline
    if (ob is None) != (nb is None) or (
        ob is not None and nb is not None and (not _same(ob.value, nb.value, tolerance) or ob.year != nb.year)
    ):
        out.append(
            {
                "field": "baseline",
                "change": "added" if ob is None else "dropped" if nb is None else "changed",
                "old": ob.to_dict() if ob else None,
                "new": nb.to_dict() if nb else None,
                "unit": unit,
            }
        )
    if old.unit and new.unit and _unit_key(old.unit) != _unit_key(new.unit):
        out.append({"field": "unit", "change": "changed", "old": old.unit, "new": new.unit, "unit": None})
    if old.direction and new.direction and old.direction != new.direction:
        out.append(
            {
                "field": "direction",
                "change": "changed",
                "old": old.direction.value,
                "new": new.direction.value,
                "unit": None,
            }
        )
    return out


def _unit_key(unit: str) -> str:
    return " ".join(unit.casefold().replace(".", " ").split())
