"""Why a link was proposed, as data a planner can check once it is worded (model.Evidence):
the key terms both items share (rarest first), the same unit, year or figure in both, an explicit
reference, closeness in meaning. The checks read the shared terms and explicit references
(`link_terms`, `is_explicit`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.link.terms import Terms
from analysis.model import Evidence, Item, Link

MAX_EVIDENCE_TERMS = 6


def shared_terms(a: Terms, b: Terms, idf: dict[str, float], a_ranked: list[str] | None = None) -> list[str]:
    """The lemmas both texts have, rarest first. `a_ranked`: a's lemmas already in that order
    (`Corpus.ranked_lemmas`), so that the terms of one lower item with each of its candidates
    are a scan, not a sort."""
    if a_ranked is not None:
        other = b.lemma_set
        ranked = [t for t in a_ranked if t in other][:MAX_EVIDENCE_TERMS]
    else:
        common = a.lemma_set & b.lemma_set
        ranked = sorted(common, key=lambda t: (-idf.get(t, 0.0), t))[:MAX_EVIDENCE_TERMS]
    return [a.display.get(t) or b.display.get(t) or t for t in ranked]


def idf_rank(idf: dict[str, float]) -> dict[str, int]:
    return {t: n for n, t in enumerate(sorted(idf, key=lambda t: (-idf[t], t)))}


def is_explicit(link: Link) -> bool:
    return any(e.kind == "reference" for e in link.evidence)


def link_terms(link: Link) -> list[str]:
    """The key terms a link's two items share, as its evidence lists them."""
    return next((list(e.values["terms"]) for e in link.evidence if e.kind == "terms"), [])


def terms_evidence(terms: list[str]) -> list[Evidence]:
    return [Evidence("terms", {"terms": terms})] if terms else []


_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*(%|per cent|percent)?")


_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@lru_cache(maxsize=65536)
def years_in(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in _YEAR.findall(text))


@lru_cache(maxsize=65536)
def percentages_in(text: str) -> frozenset[str]:
    if "%" not in text and "per" not in text:  # no unit the pattern takes: skip the scan
        return frozenset()
    return frozenset(m.group(1).replace(",", ".") + "%" for m in _NUMBER.finditer(text) if m.group(2))


def number_facts(item: Item) -> tuple[str | None, frozenset[int], frozenset[str]]:
    x = item.attributes
    years = frozenset({t.year for t in (x.targets if x else []) if t.year}) | years_in(item.text)
    return (x.unit if x is not None else None), years, percentages_in(item.text)


def number_evidence(a: Item, b: Item, facts_a: tuple, facts_b: tuple) -> list[Evidence]:
    """The same unit, years and figures in both items (facts: `number_facts`)."""
    (unit_a, years_a, figures_a), (unit_b, years_b, figures_b) = facts_a, facts_b
    out = []
    if a.attributes is not None and b.attributes is not None and unit_a and unit_a == unit_b:
        out.append(Evidence("unit", {"unit": unit_a}))
    if years_a & years_b:
        out.append(Evidence("year", {"years": sorted(years_a & years_b)}))
    figures = figures_a & figures_b
    if figures:
        out.append(Evidence("figure", {"figures": sorted(figures)}))
    return out
