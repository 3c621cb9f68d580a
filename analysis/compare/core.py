"""compare_results(old, new, pairs) -> Comparison: what a redraft changed, fixed and broke.

`old` and `new` are two analysis results of the same company of plans, differing in the
documents of `pairs` (an earlier draft and the current one, or a Word draft before and after
its tracked changes). For each pair the items are aligned (analysis.compare.align) and every
difference becomes a Change; then the findings and the links of the two runs are set side by
side (analysis.compare.findings). No NLP runs here: a comparison of two 250-page versions
whose parses are cached costs the alignment and two runs of the checks.
"""

from __future__ import annotations

from collections.abc import Iterable

from analysis.compare.align import Pair, align, load_compare_config
from analysis.compare.attributes import attribute_changes
from analysis.compare.diff import normal, numbers_only, word_diff
from analysis.compare.findings import link_changes, match_findings, subjects
from analysis.compare.model import Change, Comparison
from analysis.compare.wording import Wording
from analysis.model import AnalysisResult, Finding, Item
from analysis.wording import worded


def compare_results(
    old: AnalysisResult,
    new: AnalysisResult,
    pairs: Iterable[tuple[str, str]],
    language: str = "en",
    mode: str = "versions",
    config: dict | None = None,
) -> Comparison:
    config = config or load_compare_config()
    pairs = list(pairs)
    comparison = Comparison(old=old, new=new, pairs=pairs, mode=mode, language=language)
    wording = Wording(language)
    old_items_by_doc: dict[str, list[Item]] = {}
    for item in old.items:
        old_items_by_doc.setdefault(item.document_id, []).append(item)
    new_items_by_doc: dict[str, list[Item]] = {}
    for item in new.items:
        new_items_by_doc.setdefault(item.document_id, []).append(item)

    compared_old, compared_new = {}, {}
    pair_of_old: dict[str, str] = {}
    pair_of_new: dict[str, str] = {}
    matched: list[tuple[Item, Item]] = []
    for n, (old_doc, new_doc) in enumerate(pairs, 1):
        compared_old[old_doc], compared_new[new_doc] = f"D{n}", f"D{n}"
        aligned = align(old_items_by_doc.get(old_doc, []), new_items_by_doc.get(new_doc, []), config)
        by_old = {p.old.id: p for p in aligned if p.old is not None and p.new is not None}
        for k, p in enumerate(aligned):
            if p.old is not None and p.new is not None:
                pair_of_old[p.old.id] = pair_of_new[p.new.id] = f"P{n}.{k}"
                matched.append((p.old, p.new))
        for p in aligned:
            changes = _item_changes(p, old_doc, new_doc, by_old, config)
            comparison.changes.extend(changes)
            comparison.unchanged += not changes

    old_subjects = subjects(old, compared_old, pair_of_old, "old")
    new_subjects = subjects(new, compared_new, pair_of_new, "new")
    # the findings as the comparison's reader reads them: worded in its language (the results stay as they are)
    old_findings, new_findings = worded(old, language).findings, worded(new, language).findings
    persisting, resolved, added = match_findings(old_findings, new_findings, old_subjects, new_subjects)
    for f in resolved:
        comparison.changes.append(_finding_change("finding_resolved", f, None, compared_old, compared_new, pairs))
    for f in added:
        comparison.changes.append(_finding_change("finding_new", None, f, compared_old, compared_new, pairs))
    for f_old, f_new in persisting:
        if set(f_new.document_ids) & compared_new.keys():  # still open in a redrafted document
            change = _finding_change("finding_persisting", f_old, f_new, compared_old, compared_new, pairs)
            comparison.changes.append(change)
    for kind, o, n, parent in link_changes(old, new, matched, old_subjects, new_subjects):
        comparison.changes.append(
            Change(
                kind,
                old_document_id=o.document_id,
                new_document_id=n.document_id,
                old_item=o,
                new_item=n,
                detail={
                    "parent": wording.item_ref(parent),
                    "parent_id": parent.id,
                    "parent_document": parent.document_id,
                },
            )
        )
    old_by_id = {i.id: i for i in old.items}
    new_by_id = {i.id: i for i in new.items}
    for change in comparison.changes:
        if change.kind == "moved":
            change.detail["old_parent"] = _parent_ref(change.old_item, old_by_id, wording)
            change.detail["new_parent"] = _parent_ref(change.new_item, new_by_id, wording)
        change.text = wording.sentence(change)
    return comparison


def _parent_ref(item: Item | None, items: dict[str, Item], wording: Wording) -> str:
    """'goal 2', or for a parent without a code its words: 'objective “Key capacity gaps…”'."""
    parent = items.get(item.parent_id) if item and item.parent_id else None
    if parent is None:
        return ""
    return wording.item_ref(parent, quote=not parent.code, limit=50)


def _item_changes(pair: Pair, old_doc: str, new_doc: str, by_old: dict[str, Pair], config: dict) -> list[Change]:
    o, n = pair.old, pair.new
    if o is None:
        return [Change("added", old_document_id=old_doc, new_document_id=new_doc, new_item=n)]
    if n is None:
        return [Change("removed", old_document_id=old_doc, new_document_id=new_doc, old_item=o)]
    out: list[Change] = []

    def change(kind: str, **detail) -> None:
        out.append(
            Change(kind, old_document_id=old_doc, new_document_id=new_doc, old_item=o, new_item=n, detail=detail)
        )

    attributes = attribute_changes(o.attributes, n.attributes, config["value_tolerance"])
    if normal(o.text) != normal(n.text):
        segments = word_diff(o.text, n.text)
        # figures that only restate a changed target are said once, as the target change
        if not (numbers_only(segments) and attributes):
            change("reworded", diff=[list(s) for s in segments])
    if (o.code or n.code) and o.code != n.code:
        change("recoded", old_code=o.code, new_code=n.code)
    old_parent = by_old.get(o.parent_id or "")
    mapped = old_parent.new.id if old_parent is not None and old_parent.new is not None else None
    if (o.parent_id or n.parent_id) and mapped != n.parent_id:
        change("moved", old_parent_id=o.parent_id, new_parent_id=n.parent_id)
    for entry in attributes:
        change(entry["field"], **entry)
    return out


def _finding_change(
    kind: str,
    old: Finding | None,
    new: Finding | None,
    compared_old: dict[str, str],
    compared_new: dict[str, str],
    pairs: list[tuple[str, str]],
) -> Change:
    finding = new or old
    assert finding is not None
    old_doc = next((d for d in (old.document_ids if old else []) if d in compared_old), None)
    new_doc = next((d for d in (new.document_ids if new else []) if d in compared_new), None)
    if old_doc is None and new_doc is not None:
        old_doc = next((a for a, b in pairs if b == new_doc), None)
    if new_doc is None and old_doc is not None:
        new_doc = next((b for a, b in pairs if a == old_doc), None)
    detail = {"code": finding.code}
    if old is not None:
        detail["old_severity"] = old.severity.value
    if new is not None:
        detail["new_severity"] = new.severity.value
    return Change(
        kind, old_document_id=old_doc, new_document_id=new_doc, old_finding=old, new_finding=new, detail=detail
    )
