"""Annexes: a workbook or document that belongs to a plan ("... : Annex 1") continues its numbering.

The regional programme states objective 1.3; its indicator annex (a separate .xlsx) lists
indicators 1.3.1 ... under goal rows only. Giving those indicators their objective from
the main document lets the checks count indicators per objective across both files.
"""

from __future__ import annotations

import re

from analysis.extract.drafts import KIND_RANK
from analysis.model import Document, DocumentStatus, Item

_ANNEX = re.compile(r"\b(?:annex|appendix|attachment|supplement)\b", re.I)


def _norm_title(title: str) -> str:
    return " ".join(title.lower().replace("–", "-").split())


def is_annex_of(annex: Document, main: Document) -> bool:
    """Same level, and the annex's title extends the main title or names itself an annex of the same plan."""
    if annex.id == main.id or annex.level != main.level or not annex.title or not main.title:
        return False
    a, m = _norm_title(annex.title), _norm_title(main.title)
    if a != m and a.startswith(m):
        return True
    return (
        bool(_ANNEX.search(a))
        and annex.period == main.period
        and annex.region == main.region
        and annex.period is not None
        and not _ANNEX.search(m)
    )


def attach_annexes(documents: list[Document], items: list[Item]) -> int:
    """Re-parent annex items by code onto the main document's items; returns how many moved."""
    ok = [d for d in documents if d.status != DocumentStatus.FAILED]
    by_doc: dict[str, list[Item]] = {}
    for item in items:
        by_doc.setdefault(item.document_id, []).append(item)
    by_id = {i.id: i for i in items}
    moved = 0
    for annex in ok:
        mains = [m for m in ok if is_annex_of(annex, m)]
        if len(mains) != 1:
            continue
        main_codes: dict[str, Item] = {}
        for item in by_doc.get(mains[0].id, []):
            if item.code:
                main_codes.setdefault(item.code, item)
        for item in by_doc.get(annex.id, []):
            if not item.code or item.kind not in KIND_RANK:
                continue
            current = by_id.get(item.parent_id) if item.parent_id else None
            parts = item.code.split(".")
            for k in range(len(parts) - 1, 0, -1):
                candidate = main_codes.get(".".join(parts[:k]))
                if candidate is None or KIND_RANK.get(candidate.kind, 99) >= KIND_RANK[item.kind]:
                    continue
                # only move when the main document knows a closer parent than the annex does
                if current is None or KIND_RANK.get(candidate.kind, -1) > KIND_RANK.get(current.kind, -1):
                    item.parent_id = candidate.id
                    item.extra["parent_from_main_document"] = mains[0].id
                    moved += 1
                break
    return moved
