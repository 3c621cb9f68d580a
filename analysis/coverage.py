"""What the links of a run establish: which links count, which higher items each lower plan
takes up, which lower items are linked, and what each indicator lacks.

These are facts, not findings: the checks (`analysis/checks/`) turn them into findings, the
scores (`analysis/scores.py`) into shares, the reports (`analysis/report/`) into tables, and all
three read them here so that 'accepted link' or 'taken up' means one thing everywhere.

A higher item is taken up (covered) by a lower document when a serving link (at or above the
acceptance threshold, at any rank: one item may serve several priorities) reaches it or one of
its descendants.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cached_property

from analysis.hierarchy import Hierarchy
from analysis.model import AnalysisResult, Item, ItemKind, Link, LinkStatus

# The higher items whose uptake is measured: objectives and targets (a plan without them: its goals)
PRIORITY_KINDS = (ItemKind.OBJECTIVE, ItemKind.TARGET)


def is_accepted(link: Link, threshold: float) -> bool:
    """The link names the lower item's parent: confirmed by the planner, or the linker's first
    candidate at or above the threshold (a rejected one never)."""
    return link.status == LinkStatus.CONFIRMED or (
        link.status == LinkStatus.SUGGESTED and link.rank == 1 and link.score >= threshold
    )


def is_serving(link: Link, threshold: float) -> bool:
    """The lower item serves the higher one, at any rank: an item often serves several
    priorities (a productivity objective serves both the productivity and the digitalisation
    target), while an accepted link names its one parent."""
    return link.status == LinkStatus.CONFIRMED or (link.status == LinkStatus.SUGGESTED and link.score >= threshold)


def missing_parts(item: Item) -> list[str]:
    """What a well-formed indicator lacks: unit, baseline, target, target year."""
    attrs = item.attributes
    if attrs is None:
        return ["unit", "baseline", "target"]
    missing = []
    if not attrs.unit:
        missing.append("unit")
    if attrs.baseline is None or attrs.baseline.value is None:
        missing.append("baseline")
    elif attrs.baseline.year is None:
        missing.append("baseline year")
    if not attrs.targets or all(t.value is None for t in attrs.targets):
        missing.append("target value")
    elif all(t.year is None for t in attrs.targets):
        missing.append("target year")
    return missing


class Coverage:
    """The coverage facts of one result and its links, each computed once."""

    def __init__(
        self,
        result: AnalysisResult,
        links: list[Link] | None = None,
        accept_threshold: float | None = None,
        hierarchy: Hierarchy | None = None,
    ) -> None:
        self.result = result
        self.links = result.links if links is None else links
        self.threshold = result.accept_threshold if accept_threshold is None else accept_threshold
        self.hierarchy = hierarchy or Hierarchy(result.items)

    @cached_property
    def accepted(self) -> list[Link]:
        return [lk for lk in self.links if is_accepted(lk, self.threshold)]

    @cached_property
    def serving(self) -> list[Link]:
        return [lk for lk in self.links if is_serving(lk, self.threshold)]

    def _pairs(self) -> list[tuple[Item, Item]]:
        """(lower item, higher item) of every serving link whose items are in the result."""
        items = self.hierarchy.items
        return [
            (items[lk.source_id], items[lk.target_id])
            for lk in self.serving
            if lk.source_id in items and lk.target_id in items
        ]

    @cached_property
    def covering_documents(self) -> dict[str, set[str]]:
        """Higher item id -> ids of the lower documents with a serving link to it or below it."""
        covered: dict[str, set[str]] = defaultdict(set)
        for source, target in self._pairs():
            for higher in self.hierarchy.chain(target):
                covered[higher.id].add(source.document_id)
        return covered

    @cached_property
    def taken_up(self) -> dict[str, set[str]]:
        """`covering_documents` made transitive: a strategy objective that a national programme
        serves is taken up by the regional plans that take up that programme's items."""
        out = {k: set(v) for k, v in self.covering_documents.items()}
        pairs = self._pairs()
        for _ in range(3):  # hierarchies are shallow; three hops is plenty
            changed = False
            for source, target in pairs:
                takers: set[str] = set()
                for node in self.hierarchy.chain(source):
                    takers |= out.get(node.id, set())
                for higher in self.hierarchy.chain(target):
                    before = len(out.setdefault(higher.id, set()))
                    out[higher.id] |= takers
                    changed |= len(out[higher.id]) != before
            if not changed:
                break
        return out

    @cached_property
    def linked_items(self) -> set[str]:
        """Lower items with an accepted link of their own, through an ancestor or a descendant."""
        direct = {lk.source_id for lk in self.accepted}
        linked = set(direct)
        for item_id in direct:
            item = self.hierarchy.get(item_id)
            if item is not None:
                linked.update(a.id for a in self.hierarchy.ancestors(item))
        for item in self.result.items:
            if any(a.id in direct for a in self.hierarchy.ancestors(item)):
                linked.add(item.id)
        return linked

    @cached_property
    def best_scores(self) -> dict[tuple[str, str], float]:
        """(higher item id, lower document id) -> the best score of any link from the document to
        the item or anything below it (a link to a target also reaches its ancestors)."""
        best: dict[tuple[str, str], float] = {}
        items = self.hierarchy.items
        for link in self.links:
            source, target = items.get(link.source_id), items.get(link.target_id)
            if source is None:
                continue
            reached = self.hierarchy.chain(target) if target is not None else []
            for higher in reached:
                key = (higher.id, source.document_id)
                best[key] = max(best.get(key, 0.0), link.score)
        return best
