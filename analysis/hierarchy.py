"""The plan hierarchy of a run: each item's parent chain, its children and what lies under it.

Every walk up or down the tree of items (linking's context and scopes, the checks' coverage and
indicators, the reports' tables) goes through one `Hierarchy`, so a loop in the parent ids
(a reading error) is cut the same way everywhere: an item is never its own ancestor.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from functools import cached_property

from analysis.model import Item


class Hierarchy:
    """Items by id with their parent links, read both ways."""

    def __init__(self, items: Iterable[Item] | Mapping[str, Item]) -> None:
        self.items: dict[str, Item] = dict(items) if isinstance(items, Mapping) else {i.id: i for i in items}

    def get(self, item_id: str | None) -> Item | None:
        return self.items.get(item_id) if item_id else None

    def parent(self, item: Item) -> Item | None:
        return self.get(item.parent_id)

    def ancestors(self, item: Item, depth: int | None = None) -> list[Item]:
        """Parent, grandparent ... (nearest first), at most `depth` of them; a loop ends the chain."""
        out: list[Item] = []
        seen = {item.id}
        node = item
        while depth is None or len(out) < depth:
            parent = self.parent(node)
            if parent is None or parent.id in seen:
                break
            seen.add(parent.id)
            out.append(parent)
            node = parent
        return out

    def chain(self, item: Item, depth: int | None = None) -> list[Item]:
        """The item and its ancestors: everything a link to it also reaches."""
        return [item, *self.ancestors(item, depth)]

    def descends_from(self, item: Item | None, roots: set[str]) -> bool:
        """Is the item one of `roots` or under one of them?"""
        return item is not None and any(node.id in roots for node in self.chain(item))

    def related(self, a: Item, b: Item) -> bool:
        """Is one of the two items an ancestor of the other?"""
        return any(node.id == b.id for node in self.ancestors(a)) or any(node.id == a.id for node in self.ancestors(b))

    @cached_property
    def children(self) -> dict[str, list[Item]]:
        """Parent id -> its items, in the order of the run's items."""
        out: dict[str, list[Item]] = defaultdict(list)
        for item in self.items.values():
            if item.parent_id:
                out[item.parent_id].append(item)
        return out

    def descendants(self, root: str, depth: int) -> list[Item]:
        """The items under `root`, level by level, down to `depth` levels."""
        out: list[Item] = []
        frontier = [root]
        for _ in range(depth):
            below = [c for p in frontier for c in self.children.get(p, [])]
            out += below
            frontier = [c.id for c in below]
        return out
