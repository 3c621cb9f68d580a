"""Scores a planner can quote, per document: linkage, coverage, indicator quality.

- linkage: share of a lower plan's objectives with an accepted higher-level link
  (their own, through an ancestor or through one of their indicators);
- coverage: share of the higher plans' priorities that this plan takes up;
- indicator completeness: share of indicators with unit, baseline and dated target;
- output/outcome mix: indicator counts by type.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from analysis.coverage import PRIORITY_KINDS, Coverage, missing_parts
from analysis.model import DocumentStatus, ItemKind


def _ratio(part: int, whole: int) -> float | None:
    return round(part / whole, 3) if whole else None


def compute_scores(coverage: Coverage) -> dict[str, Any]:
    """The scores of the result `coverage` is about, from its coverage facts."""
    result = coverage.result
    covered = coverage.covering_documents
    linked = coverage.linked_items
    analysed = [d for d in result.documents if d.status != DocumentStatus.FAILED]
    ranked = [d for d in analysed if d.level is not None]

    per_document: dict[str, dict[str, Any]] = {}
    for document in analysed:
        indicators = result.items_of(document.id, ItemKind.INDICATOR)
        objectives = result.items_of(document.id, ItemKind.OBJECTIVE)
        complete = sum(1 for i in indicators if not missing_parts(i))
        mix = Counter(i.attributes.type.value for i in indicators if i.attributes)
        entry: dict[str, Any] = {
            "objectives": len(objectives),
            "indicators": len(indicators),
            "indicator_completeness": _ratio(complete, len(indicators)),
            "indicator_types": dict(sorted(mix.items())),
            "outcome_share": _ratio(mix.get("outcome", 0), len(indicators)),
        }
        higher = [d for d in ranked if document.level is not None and d.level < document.level]
        if higher:
            priorities = [i for d in higher for i in result.items_of(d.id, *PRIORITY_KINDS)]
            entry["linkage"] = _ratio(sum(1 for o in objectives if o.id in linked), len(objectives))
            entry["coverage"] = _ratio(
                sum(1 for p in priorities if document.id in covered.get(p.id, ())), len(priorities)
            )
            entry["higher_priorities"] = len(priorities)
        per_document[document.id] = entry
    return {"documents": per_document}
