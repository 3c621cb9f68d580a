"""Findings and links across two versions, matched by what they are about, not by their wording.

A finding is about a code (UNLINKED_OBJECTIVE ...), some documents and some items. Across the
two runs the same subject has different ids and maybe different words (the objective was
reworded, the message counts differently), so each is reduced to its *subject*:

- a compared document -> "D<n>" (the n-th pair), any other document -> its file;
- an item of a compared document -> "P<n>" when it is matched across the versions (the n-th
  pair of the alignment), else unique to its side; an item of another document -> its key
  (the same file gives the same key in both runs).

Findings with the same code and the same subject persist; then, with the same code and
documents, those sharing an item subject persist (one of the items was added or removed);
what is left of the old run was resolved and what is left of the new run is new.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from analysis.coverage import Coverage
from analysis.model import AnalysisResult, Finding, Item, Link


@dataclass
class Subjects:
    """Subject names of one run's documents and items."""

    documents: dict[str, str]
    items: dict[str, str]

    def finding(self, finding: Finding) -> tuple[str, frozenset[str], frozenset[str]]:
        docs = frozenset(self.documents.get(d, d) for d in finding.document_ids)
        items = frozenset(self.items.get(i, i) for i in finding.item_ids)
        return finding.code, docs, items


def subjects(
    result: AnalysisResult,
    compared: dict[str, str],  # document id -> "D<n>"
    item_pairs: dict[str, str],  # item id -> "P<n>"
    side: str,
) -> Subjects:
    documents = {d.id: compared.get(d.id, "F:" + Path(d.path).name.casefold()) for d in result.documents}
    items = {}
    for item in result.items:
        if item.document_id in compared:
            items[item.id] = item_pairs.get(item.id, f"{side}:{item.id}")
        else:
            items[item.id] = "K:" + item.key
    return Subjects(documents, items)


def match_findings(
    old: list[Finding], new: list[Finding], old_subjects: Subjects, new_subjects: Subjects
) -> tuple[list[tuple[Finding, Finding]], list[Finding], list[Finding]]:
    """(persisting pairs, resolved, new). Findings are told apart by position, not by id: two
    findings about items with the same text share an id."""
    old_keys = [old_subjects.finding(f) for f in old]
    new_keys = [new_subjects.finding(f) for f in new]
    persisting: list[tuple[Finding, Finding]] = []
    taken: set[int] = set()
    done: set[int] = set()
    by_key: dict[tuple, list[int]] = {}
    for j, key in enumerate(new_keys):
        by_key.setdefault(key, []).append(j)
    for i, key in enumerate(old_keys):
        j = next((j for j in by_key.get(key, ()) if j not in taken), None)
        if j is not None:
            persisting.append((old[i], new[j]))
            taken.add(j)
            done.add(i)
    # same code and documents, sharing an item: the finding's subject grew or shrank
    for i, (code, docs, items) in enumerate(old_keys):
        if i in done:
            continue
        best = None
        for j, (c_code, c_docs, c_items) in enumerate(new_keys):
            if j in taken or c_code != code or c_docs != docs or not items & c_items:
                continue
            overlap = len(items & c_items) / len(items | c_items)
            if best is None or overlap > best[0]:
                best = (overlap, j)
        if best is not None:
            persisting.append((old[i], new[best[1]]))
            taken.add(best[1])
            done.add(i)
    resolved = [f for i, f in enumerate(old) if i not in done]
    added = [f for j, f in enumerate(new) if j not in taken]
    return persisting, resolved, added


def accepted_parents(result: AnalysisResult) -> dict[str, list[Link]]:
    """Lower item id -> the links the checks accept (confirmed, or the first candidate at or
    above the threshold; analysis/coverage.py)."""
    out: dict[str, list[Link]] = {}
    for link in Coverage(result).accepted:
        out.setdefault(link.source_id, []).append(link)
    return out


def link_changes(
    old: AnalysisResult,
    new: AnalysisResult,
    matched: list[tuple[Item, Item]],
    old_subjects: Subjects,
    new_subjects: Subjects,
) -> list[tuple[str, Item, Item, Item]]:
    """("link_gained" | "link_lost", old item, new item, parent item) for each matched lower
    item whose accepted parents differ between the versions (parents compared by subject)."""
    old_parents, new_parents = accepted_parents(old), accepted_parents(new)
    old_items = {i.id: i for i in old.items}
    new_items = {i.id: i for i in new.items}
    out: list[tuple[str, Item, Item, Item]] = []
    subject_of: Callable[[Subjects, str], str] = lambda s, item_id: s.items.get(item_id, item_id)  # noqa: E731
    for o, n in matched:
        before = {subject_of(old_subjects, lk.target_id): lk for lk in old_parents.get(o.id, [])}
        after = {subject_of(new_subjects, lk.target_id): lk for lk in new_parents.get(n.id, [])}
        for subject in after.keys() - before.keys():
            out.append(("link_gained", o, n, new_items[after[subject].target_id]))
        for subject in before.keys() - after.keys():
            out.append(("link_lost", o, n, old_items[before[subject].target_id]))
    return out
