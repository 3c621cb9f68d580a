"""Similar items among plans of one level (and inside one plan), for duplicates and contradictions."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
from rapidfuzz import fuzz, process

from analysis.hierarchy import Hierarchy
from analysis.link.config import LinkRules
from analysis.link.evidence import shared_terms
from analysis.link.terms import Terms, shared_analyzer
from analysis.link.tfidf import TfIdf, cosine, inverse_document_frequency, row_block
from analysis.link.vertical import ranked_documents
from analysis.model import AnalysisResult, DocumentStatus, Item, ItemKind
from analysis.nlp import NlpEngine

SAME_LEVEL_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR)


def _fuzzy_score(ratio: np.ndarray) -> np.ndarray:
    """token_set_ratio rescaled so that chance-level likeness (<= 50 of 100) adds nothing."""
    return np.maximum(0.0, (ratio - 50.0) / 50.0)


Pair = tuple[str, str, float, list[str]]  # (item id, other id, score, shared terms)


def same_level_pairs(
    result: AnalysisResult,
    engine: NlpEngine,
    threshold: float,
    lexicon_dir: str | None = None,
    rules: LinkRules | None = None,
) -> list[Pair]:
    """Similar items among plans of one level (and inside one plan), for duplicates and contradictions.

    Pairs are (item id, other id, score, shared terms), each pair once, items of one family
    (objectives/tasks/measures/goals with each other, indicators with indicators), never an item
    with its own ancestor. Score: term TF-IDF cosine and rescaled token_set_ratio mixed as
    resources/linking.json's "same_level" says (the scale resources/checks.json's thresholds are
    set on).
    """
    rules = rules or LinkRules.load()
    documents = ranked_documents(result) + [
        d for d in result.documents if d.level is None and d.status != DocumentStatus.FAILED
    ]
    analyzer = shared_analyzer(engine, lexicon_dir)
    by_level: dict[int | None, set[str]] = defaultdict(set)
    for d in documents:
        by_level[d.level].add(d.id)
    tree = Hierarchy(result.items)
    out: list[Pair] = []
    for doc_ids in by_level.values():
        items = [i for i in result.items if i.document_id in doc_ids and i.kind in SAME_LEVEL_KINDS]
        for family in (lambda k: k != ItemKind.INDICATOR, lambda k: k == ItemKind.INDICATOR):
            members = [i for i in items if family(i.kind)]
            if len(members) >= 2:
                out += _family_pairs(members, analyzer.analyze([i.text for i in members]), tree, threshold, rules)
    return out


def _family_pairs(
    members: list[Item], terms: list[Terms], tree: Hierarchy, threshold: float, rules: LinkRules
) -> list[Pair]:
    features = [t.word_features() for t in terms]
    rows = TfIdf(inverse_document_frequency(features)).rows(features)
    lemma_idf = inverse_document_frequency([Counter(set(t.lemmas)) for t in terms])
    strings = [t.string for t in terms]
    candidates = _close_pairs(rows, len(members), threshold * 0.8)
    pairs = sorted(candidates)
    out: list[Pair] = []
    for start in range(0, len(pairs), 50_000):
        chunk = pairs[start : start + 50_000]
        a_idx = np.fromiter((a for a, _ in chunk), np.int64, len(chunk))
        b_idx = np.fromiter((b for _, b in chunk), np.int64, len(chunk))
        ratios = np.asarray(
            process.cpdist(
                [strings[a] for a in a_idx],
                [strings[b] for b in b_idx],
                scorer=fuzz.token_set_ratio,
                workers=-1,
            ),
            np.float32,
        )
        cos = np.fromiter((candidates[pair] for pair in chunk), np.float32, len(chunk))
        score = rules.same_level_cosine * cos + rules.same_level_fuzz * _fuzzy_score(ratios)
        for a, b, s in zip(a_idx, b_idx, score, strict=True):
            if s < threshold or tree.related(members[a], members[b]):
                continue
            out.append((members[a].id, members[b].id, round(float(s), 4), shared_terms(terms[a], terms[b], lemma_idf)))
    return out


# Partners each item keeps among the items of its level: a sheet of 4,000 indicators named alike
# ("Share of SMEs in district 17") made 8 million similar pairs, gigabytes and minutes in linking
# and in the checks; duplicate clusters form from each item's closest partners all the same.
SAME_LEVEL_PARTNERS = 20


def _close_pairs(rows, n: int, floor: float, partners: int = SAME_LEVEL_PARTNERS) -> dict[tuple[int, int], float]:
    """(a, b) with a < b -> cosine, for each row's `partners` closest others at or above `floor`.
    Cosine in blocks of rows, so that a 20,000-item plan never holds a dense n x n matrix."""
    found: dict[tuple[int, int], float] = {}
    for start in range(0, n, 512):
        end = min(start + 512, n)
        cos = cosine(row_block(rows, start, end), rows)
        cos[np.arange(end - start), np.arange(start, end)] = 0.0  # never an item with itself
        for r in range(end - start):
            row = cos[r]
            close = np.nonzero(row >= floor)[0]
            if len(close) > partners:
                close = close[np.argpartition(row[close], -partners)[-partners:]]
            a = start + r
            for b in close.tolist():
                found.setdefault((a, b) if a < b else (b, a), float(row[b]))
    return found
