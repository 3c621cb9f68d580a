"""What a comparison of two versions yields: plain records, serialisable as they are.

A `Change` is one thing a planner reads in the list: an item added, removed, reworded, moved or
re-coded; one attribute of an indicator or target changed; a finding resolved, new or
persisting; a link gained or lost. One redrafted objective may give several (reworded and
moved); each names the old and the new item (either may be None) and carries the facts its
sentence was worded from in `detail`, so the JSON, the GUI and the reports agree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analysis.model import AnalysisResult, Finding, Item, Location
from analysis.wording import problem_lines

CHANGES_SCHEMA = "concord.changes/1"

ITEM_KINDS = ("added", "removed", "reworded", "moved", "recoded")
ATTRIBUTE_KINDS = ("target", "deadline", "baseline", "unit", "direction")
FINDING_KINDS = ("finding_resolved", "finding_new", "finding_persisting")
LINK_KINDS = ("link_gained", "link_lost")
KINDS = ITEM_KINDS + ATTRIBUTE_KINDS + FINDING_KINDS + LINK_KINDS
# The groups a planner filters by (GUI, report sections, Excel): attribute changes go together.
GROUPS = {
    **{k: k for k in ITEM_KINDS},
    **{k: "attributes" for k in ATTRIBUTE_KINDS},
    **{k: k for k in FINDING_KINDS},
    **{k: k for k in LINK_KINDS},
}


@dataclass
class Change:
    kind: str  # one of KINDS
    text: str = ""  # the sentence a planner reads, in the comparison's language
    old_document_id: str | None = None
    new_document_id: str | None = None
    old_item: Item | None = None
    new_item: Item | None = None
    old_finding: Finding | None = None
    new_finding: Finding | None = None
    detail: dict[str, Any] = field(default_factory=dict)

    @property
    def group(self) -> str:
        return GROUPS[self.kind]

    @property
    def item_kind(self) -> str | None:
        item = self.new_item or self.old_item
        return item.kind.value if item else None

    @property
    def old_location(self) -> Location | None:
        return _place(self.old_item, self.old_finding)

    @property
    def new_location(self) -> Location | None:
        return _place(self.new_item, self.new_finding)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "group": self.group,
            "item_kind": self.item_kind,
            "text": self.text,
            "old": _item_dict(self.old_item) if self.old_item else _finding_dict(self.old_finding),
            "new": _item_dict(self.new_item) if self.new_item else _finding_dict(self.new_finding),
            "detail": self.detail,
        }


def _item_dict(item: Item) -> dict[str, Any]:
    return {
        "id": item.id,
        "kind": item.kind.value,
        "code": item.code,
        "text": item.text,
        "location": item.location.to_dict(),
    }


def _finding_dict(finding: Finding | None) -> dict[str, Any] | None:
    if finding is None:
        return None
    return {
        "id": finding.id,
        "code": finding.code,
        "severity": finding.severity.value,
        "title": finding.title,
        "location": finding.evidence[0].location.to_dict() if finding.evidence else None,
    }


@dataclass
class Comparison:
    """Two versions of one or more documents, each checked in the same company of plans."""

    old: AnalysisResult
    new: AnalysisResult
    pairs: list[tuple[str, str]]  # (old document id, new document id) compared
    mode: str = "versions"  # "versions" (an earlier draft) | "tracked" (before/after tracked changes)
    language: str = "en"
    changes: list[Change] = field(default_factory=list)
    unchanged: int = 0  # items matched with nothing changed

    def counts(self) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for change in self.changes:
            counts[change.kind] += 1
        return counts

    def group_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for change in self.changes:
            counts[change.group] = counts.get(change.group, 0) + 1
        return counts

    def of_kind(self, *kinds: str) -> list[Change]:
        return [c for c in self.changes if c.kind in kinds]

    def document(self, document_id: str | None, old: bool):
        result = self.old if old else self.new
        return next((d for d in result.documents if d.id == document_id), None)

    def to_dict(self) -> dict[str, Any]:
        def summary(result: AnalysisResult, document_id: str) -> dict[str, Any]:
            doc = next(d for d in result.documents if d.id == document_id)
            data = problem_lines(doc.summary_dict(), doc)
            data.pop("sections", None)
            return data

        compared = {d for pair in self.pairs for d in pair}
        return {
            "schema": CHANGES_SCHEMA,
            "mode": self.mode,
            "language": self.language,
            "documents": [{"old": summary(self.old, a), "new": summary(self.new, b)} for a, b in self.pairs],
            "against": [
                {"path": d.path, "level": d.level, "level_name": d.level_name, "status": d.status.value}
                for d in self.new.documents
                if d.id not in compared
            ],
            "counts": {**self.counts(), "unchanged": self.unchanged},
            "changes": [c.to_dict() for c in self.changes],
        }


def _place(item: Item | None, finding: Finding | None) -> Location | None:
    """Where a change is: its item, else its finding's first evidence."""
    if item is not None:
        return item.location
    if finding is not None and finding.evidence:
        return finding.evidence[0].location
    return None
