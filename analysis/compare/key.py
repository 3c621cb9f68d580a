"""A comparison scored against an answer key of planted changes (tests and benchmarks).

A key entry names the kind of change and what identifies it: the item's kind and codes in
each version, the start of its text, and for attribute changes the field's facts (change,
year, figures); findings by their code (and the item's code when the finding is about one).
Each reported change may answer one key entry; what is left on either side is reported.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.compare.model import Change, Comparison

_FACTS = ("change", "year", "old_year")
_FIGURES = ("old", "new")


@dataclass
class KeyScore:
    planted: int
    found: int
    missed: list[dict[str, Any]] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)  # reported changes no key entry asks for


def matches(change: Change, entry: dict[str, Any], comparison: Comparison) -> bool:
    if change.kind != entry["kind"]:
        return False
    if change.kind.startswith("finding_"):
        finding = change.new_finding or change.old_finding
        if finding is None or finding.code != entry["code"]:
            return False
        if "new_code" in entry or "old_code" in entry:
            result = comparison.new if change.new_finding else comparison.old
            items = {i.id: i for i in result.items}
            codes = {items[i].code for i in finding.item_ids if i in items}
            wanted = entry.get("new_code") if change.new_finding else entry.get("old_code")
            return wanted in codes
        return True
    if "item_kind" in entry and change.item_kind != entry["item_kind"]:
        return False
    for side in ("old", "new"):
        key = f"{side}_code"
        if key in entry:
            item = change.old_item if side == "old" else change.new_item
            if item is None or item.code != entry[key]:
                return False
    if "text_starts" in entry:
        item = change.new_item or change.old_item
        if item is None or not item.text.startswith(entry["text_starts"]):
            return False
    for fact in _FACTS:
        if fact in entry and change.detail.get(fact) != entry[fact]:
            return False
    for figure in _FIGURES:
        if figure in entry:
            value = change.detail.get(figure)
            if not isinstance(value, (int, float)) or abs(value - entry[figure]) > 1e-6:
                return False
    return True


def score_changes(comparison: Comparison, key: dict[str, Any], persisting: bool = True) -> KeyScore:
    """Every key entry against the reported changes (persisting findings included when the key
    lists them under 'persisting')."""
    entries = list(key["changes"]) + (
        [{"kind": "finding_persisting", **p} for p in key.get("persisting", [])] if persisting else []
    )
    reported = [c for c in comparison.changes if persisting or c.kind != "finding_persisting"]
    used: set[int] = set()
    missed = []
    for entry in entries:
        hit = next((n for n, c in enumerate(reported) if n not in used and matches(c, entry, comparison)), None)
        if hit is None:
            missed.append(entry)
        else:
            used.add(hit)
    extra = [f"{c.kind}: {c.text}" for n, c in enumerate(reported) if n not in used]
    return KeyScore(planted=len(entries), found=len(entries) - len(missed), missed=missed, extra=extra)
