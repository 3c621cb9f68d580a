"""Item alignment: each item of the old version matched to its counterpart in the new.

Families are aligned in hierarchy order (goals, then objectives, ...), so when objectives are
matched their goals already are, and "under the counterpart of its old parent" can count. Within
a family the passes go from the surest evidence to the weakest:

1. the same text (case, quotes and spacing aside);
2. the same text with the figures aside: a target whose numbers changed;
3. the same code, the text still alike (`same_code_min_similarity`);
4. alike text (`min_similarity`), with a bonus for the same parent and for the same code.

Ties (a text that appears twice) go to the candidate with the same code, then the same parent,
then the nearest relative position. What is left is removed (old) or added (new). Thresholds
are data: resources/compare.json.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from analysis.compare.config import load_compare_config
from analysis.compare.diff import masked, normal
from analysis.model import Item


@dataclass
class Pair:
    old: Item | None
    new: Item | None
    how: str = ""  # text | figures | code | similar ("" for an added or removed item)
    score: float = 1.0


class _Side:
    """One version's items with what the passes look up."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.position = {it.id: n / max(1, len(items) - 1) for n, it in enumerate(items)}
        self.by_id = {it.id: it for it in items}
        self.normal = {it.id: normal(it.text) for it in items}
        self.masked = {it.id: masked(it.text) for it in items}

    def parent_text(self, item: Item) -> str | None:
        return self.normal.get(item.parent_id) if item.parent_id else None


def _figures(item: Item) -> str:
    return repr(item.attributes.to_dict()) if item.attributes else ""


def align(old_items: Iterable[Item], new_items: Iterable[Item], config: dict[str, Any] | None = None) -> list[Pair]:
    """Matched pairs (in the new version's order), then removed items (in the old order), then
    added ones. Each item appears in exactly one pair."""
    config = config or load_compare_config()
    old, new = _Side(list(old_items)), _Side(list(new_items))
    family_of = {kind: n for n, family in enumerate(config["kind_families"]) for kind in family}
    unknown = len(config["kind_families"])
    matched: dict[str, str] = {}  # old id -> new id
    how: dict[str, tuple[str, float]] = {}
    for family in range(unknown + 1):
        olds = [it for it in old.items if family_of.get(it.kind.value, unknown) == family]
        news = [it for it in new.items if family_of.get(it.kind.value, unknown) == family]
        if olds and news:
            _align_family(olds, news, old, new, matched, how, config)
    back = {n: o for o, n in matched.items()}
    pairs = [Pair(old.by_id[back[it.id]], it, *how[back[it.id]]) if it.id in back else None for it in new.items]
    out = [p for p in pairs if p is not None]
    out.extend(Pair(it, None, "", 0.0) for it in old.items if it.id not in matched)
    out.extend(Pair(None, it, "", 0.0) for it in new.items if it.id not in back)
    return out


def _align_family(
    olds: list[Item],
    news: list[Item],
    old: _Side,
    new: _Side,
    matched: dict[str, str],
    how: dict[str, tuple[str, float]],
    config: dict[str, Any],
) -> None:
    family = _Family(olds, news, old, new, matched, how, config)
    # passes 1 and 2: identical text, then identical text with the figures aside
    for reason in ("text", "figures"):
        family.exact(reason)
    # passes 3 and 4: by code with alike text, then alike text with bonuses
    family.alike()


# the twin an identical text pairs with first: same code, figures and parent; then less alike
_SIGNATURES = (
    lambda side, i: (i.code, _figures(i), side.parent_text(i)),
    lambda side, i: (i.code, side.parent_text(i)),
    lambda side, i: i.code,
    lambda side, i: None,
)


@dataclass
class _Family:
    """One family of items (goals and objectives, indicators ...) of two versions being paired."""

    olds: list[Item]
    news: list[Item]
    old: _Side
    new: _Side
    matched: dict[str, str]
    how: dict[str, tuple[str, float]]
    config: dict[str, Any]
    taken: set[str] = field(default_factory=set)

    def free_old(self) -> list[Item]:
        return [it for it in self.olds if it.id not in self.matched]

    def free_new(self) -> list[Item]:
        return [it for it in self.news if it.id not in self.taken]

    def parent_kept(self, o: Item, n: Item) -> bool:
        return o.parent_id is not None and self.matched.get(o.parent_id) == n.parent_id

    def rank(self, o: Item, n: Item) -> tuple:
        """Tie-break among equally good candidates: same code, same parent, nearest position."""
        return (o.code != n.code, not self.parent_kept(o, n), abs(self.old.position[o.id] - self.new.position[n.id]))

    def take(self, o: Item, n: Item, reason: str, score: float) -> None:
        self.matched[o.id] = n.id
        self.taken.add(n.id)
        self.how[o.id] = (reason, score)

    def exact(self, reason: str) -> None:
        """Identical text ("text") or identical text with the figures aside ("figures"). A text that
        appears more than once (an indicator repeated in two tables) pairs with its twin of the same
        code, figures and parent first, then in document order: never by distance alone, which edits
        elsewhere shift."""
        old_key, new_key = (self.old.normal, self.new.normal)
        if reason == "figures":
            old_key, new_key = self.old.masked, self.new.masked
        groups: dict[str, list[Item]] = defaultdict(list)
        for n in self.free_new():
            groups[new_key[n.id]].append(n)
        olds_by_key: dict[str, list[Item]] = defaultdict(list)
        for o in self.free_old():
            if old_key[o.id] in groups:
                olds_by_key[old_key[o.id]].append(o)
        for key, group_old in olds_by_key.items():
            group_new = groups[key]
            for signature in _SIGNATURES:
                for o in group_old:
                    if o.id in self.matched:
                        continue
                    want = signature(self.old, o)
                    n = next((n for n in group_new if n.id not in self.taken and signature(self.new, n) == want), None)
                    if n is not None:
                        self.take(o, n, reason, 1.0)

    def alike(self) -> None:
        """By code with alike text, then by alike text with bonuses for the same parent and code."""
        olds_left, news_left = self.free_old(), self.free_new()
        if not olds_left or not news_left:
            return
        config = self.config
        scores = process.cdist(
            [self.old.masked[o.id] for o in olds_left],
            [self.new.masked[n.id] for n in news_left],
            scorer=fuzz.token_sort_ratio,
            workers=1,
        )
        same_code = []
        similar = []
        floor = 100.0 * min(
            config["same_code_min_similarity"], config["min_similarity"] - config["parent_bonus"] - config["code_bonus"]
        )
        for i, j in zip(*np.nonzero(scores >= floor), strict=True):  # only pairs that can qualify
            o, n = olds_left[i], news_left[j]
            s = float(scores[i][j]) / 100.0
            same = bool(o.code) and o.code == n.code
            if same and s >= config["same_code_min_similarity"]:
                same_code.append((-s, self.rank(o, n), o, n, s))
            bonus = config["parent_bonus"] if self.parent_kept(o, n) else 0.0
            bonus += config["code_bonus"] if same else 0.0
            if s + bonus >= config["min_similarity"]:
                similar.append((-(s + bonus), self.rank(o, n), o, n, s))
        for reason, candidates in (("code", same_code), ("similar", similar)):
            for _, _, o, n, s in sorted(candidates, key=lambda c: (c[0], c[1])):
                if o.id not in self.matched and n.id not in self.taken:
                    self.take(o, n, reason, round(s, 3))


def document_items(items: Iterable[Item], document_id: str) -> list[Item]:
    return [it for it in items if it.document_id == document_id]


def file_name(path: str) -> str:
    return Path(path.replace("\\", "/")).name
