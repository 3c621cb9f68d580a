"""Explicit references: "Strategy 2025, objective 7.1", "SPIID indicator 2.1", "(SDG 1.2.3)".

They resolve to the cited higher item and put it first: the strongest evidence there is (OECD
2020, 3.1.2). What an ancestor cites raises the items inside the cited scope.
"""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from analysis.extract.references import find_references
from analysis.extract.structure import CODE, structure_lexicon
from analysis.hierarchy import Hierarchy
from analysis.model import Document, Item


def _acronym(title: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", title)).upper()


def resolve_document(name: str, documents: list[Document]) -> Document | None:
    """'Strategy 2025', 'PRD', 'Programme for Regional Development' -> the document with that title."""
    low = " ".join(name.lower().split())
    best, best_score = None, 0.0
    for doc in documents:
        title = " ".join((doc.title or "").lower().split())
        if not title:
            continue
        if low == _acronym(doc.title).lower() or low in title:
            score = 100.0 + len(low)
        else:
            score = fuzz.token_set_ratio(low, title)
        if score > best_score:
            best, best_score = doc, score
    return best if best_score >= 90 else None


def _references(item: Item, language: str) -> list[dict]:
    """References read during extraction, or read here from the text when there are none."""
    refs = item.extra.get("references")
    if refs is None:
        refs = [r for r in find_references(item.text, language) if "from_code" not in r]
    return refs


_BARE_CACHE: dict[str, re.Pattern] = {}


def _bare_pattern(language: str) -> re.Pattern:
    """'goal 3', 'indicator 2.1' without a document name; or a dotted code '1.2.3'."""
    if language not in _BARE_CACHE:
        keywords = sorted(structure_lexicon(language).keyword_kinds, key=len, reverse=True)
        kinds = "|".join(re.escape(k) for k in keywords)
        _BARE_CACHE[language] = re.compile(
            rf"(?i:\b(?P<kind>{kinds})s?)\s+(?P<code>{CODE})(?![\w.]*\d)|(?<![\w.])(?P<dotted>\d+\.\d+\.\d+|\d+\.[a-z]\.\d+)(?![\w.])"
        )
    return _BARE_CACHE[language]


def resolve_references(
    item: Item, higher_docs: list[Document], items_by_doc: dict[str, list[Item]], language: str = "en"
) -> list[tuple[Item, str]]:
    """The higher items an item cites, each with the words that cite it."""
    found: list[tuple[Item, str]] = []
    for ref in _references(item, language):
        doc = resolve_document(ref["document"], higher_docs)
        if doc is None:
            continue
        for code in ref["codes"]:
            matches = [i for i in items_by_doc.get(doc.id, []) if i.code == code]
            preferred = [i for i in matches if ref.get("kind") and i.kind.value == ref["kind"]]
            for target in (preferred or matches)[:1]:
                found.append((target, f"{ref['document']}, {ref.get('kind') or ''} {code}".replace("  ", " ")))
    if not found:
        found = _bare_references(item, higher_docs, items_by_doc, language)
    unique: dict[str, tuple[Item, str]] = {}
    for target, words in found:
        unique.setdefault(target.id, (target, words))
    return list(unique.values())


def _bare_references(
    item: Item, higher_docs: list[Document], items_by_doc: dict[str, list[Item]], language: str
) -> list[tuple[Item, str]]:
    """'contributes to goal 3' or '(SDG 1.2.3)': a code that exactly one higher item of that kind
    carries, nearest plan first; a bare number with one dot is too often a decimal to count."""
    lex = structure_lexicon(language)
    out = []
    for m in _bare_pattern(language).finditer(item.text):
        code = m.group("code") or m.group("dotted")
        kind = lex.keyword_kinds.get((m.group("kind") or "").lower())
        if code == item.code:
            continue
        for doc in sorted(higher_docs, key=lambda d: -(d.level or 0)):
            matches = [
                i for i in items_by_doc.get(doc.id, []) if i.code == code and (kind is None or i.kind.value == kind)
            ]
            if len(matches) == 1:
                out.append((matches[0], m.group(0).strip()))
                break
    return out


def inherited_scope(
    item: Item,
    tree: Hierarchy,
    higher_docs: list[Document],
    items_by_doc: dict[str, list[Item]],
    pool_ids: dict[str, int],
    language: str,
) -> dict[int, dict]:
    """Pool positions inside what the nearest citing ancestor cites (its cited items and their
    descendants), each with the citation as evidence values {kind, code, words}. 'Goal 2 ...
    (Strategy 2025, goal 3)' makes every objective under goal 2 likely to serve something under
    Strategy goal 3."""
    for node in tree.ancestors(item, 8):
        cited = resolve_references(node, higher_docs, items_by_doc, language)
        if cited:
            citation = {"kind": node.kind.value, "code": node.code, "words": cited[0][1]}
            roots = {c.id for c, _ in cited}
            return {j: citation for h_id, j in pool_ids.items() if tree.descends_from(tree.get(h_id), roots)}
    return {}
