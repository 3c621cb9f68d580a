"""A planner's dismissed findings across the change of finding ids.

Finding ids are built from the code, the item keys and the file names (`checks.finding_id`).
Before findings became data (December 2026) they were built from the same parts plus the
finding's English title, so the `dismissed_findings` of older project files name findings by
ids no run makes any more. `migrate_dismissed` maps such a legacy id to the id of the finding it
meant, by computing each finding's legacy id from its English wording (the English templates
still word titles the way the checks did), so old dismissals stay dismissed; the project file
holds the current ids once it is saved.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from analysis.model import AnalysisResult
from analysis.wording import worded


def legacy_ids(result: AnalysisResult) -> dict[str, str]:
    """{legacy id: current id} of `result`'s findings: the old formula, sha1 over the code, the
    file names, the item keys and the English title (made distinct within the result)."""
    documents = {d.id: d for d in result.documents}
    items = {i.id: i for i in result.items}
    english = worded(result, "en")
    ids = {}
    for finding in english.findings:
        files = sorted(Path(documents[d].path).name for d in finding.document_ids if d in documents)
        keys = sorted(items[i].key for i in finding.item_ids if i in items)
        key = "|".join([finding.code, *files, *keys, finding.title])
        ids[f"{finding.code}-{hashlib.sha1(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"] = finding.id
    return ids


def migrate_dismissed(dismissed: list[str], result: AnalysisResult | None) -> list[str]:
    """`dismissed` (ids kept in a project file) with each legacy id of a finding of `result`
    replaced by that finding's current id. Ids `result` does not know are kept: the finding may
    come back in a later run (a document added again, a decision undone)."""
    if result is None or not dismissed:
        return list(dismissed)
    current = {f.id for f in result.findings}
    if all(fid in current for fid in dismissed):
        return list(dismissed)
    legacy = legacy_ids(result)
    return list(dict.fromkeys(legacy.get(fid, fid) if fid not in current else fid for fid in dismissed))
