"""Whole-run feature tables give the figures of the per-text ones, and the rapidfuzz shortcut
(scores only for pairs that can still reach the top 5) changes no link. No ../shared data, no
sentence encoder: a small word-vector table stands in for the encoder's."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from analysis.link import LinkConfig, link_pairs
from analysis.link import vertical as vertical_module
from analysis.link.terms import Terms
from analysis.link.tfidf import FeatureTable, TfIdf, cosine, inverse_document_frequency
from analysis.link.word_vectors import StaticTable, StaticVectors
from analysis.model import Item, ItemKind, Location

TEXTS = [
    ["share", "sme", "gdp"],
    ["sme", "share", "gross", "domestic", "product", "sme"],
    ["life", "expectancy", "birth"],
    ["flour", "milling", "cluster", "syn:3"],
    [],
    ["qualified", "teacher", "qualification", "teacher"],
    ["banana", "ana", "share"],
]


def _terms() -> list[Terms]:
    return [Terms(lemmas=list(t), words=[w for w in t if not w.startswith("syn:")]) for t in TEXTS]


def _dense(rows, width: int) -> np.ndarray:
    out = np.zeros((rows.size, width))
    for r in range(rows.size):
        lo, hi = rows.indptr[r], rows.indptr[r + 1]
        out[r, rows.indices[lo:hi]] = rows.data[lo:hi]
    return out


@pytest.mark.parametrize("kind", ["words", "chars"])
def test_link_feature_table_equals_tfidf_rows(kind):
    terms = _terms()
    features = [t.word_features() if kind == "words" else t.char_features() for t in terms]
    index = TfIdf(inverse_document_frequency(features))
    table = FeatureTable(terms, kind)
    own, context = [0, 1, 2, 3, 4, 5, 6], [[], [(0, 0.35)], [(3, 0.35), (1, 0.15)], [], [(2, 0.2)], [], []]
    expected = index.rows(features, [[(features[s], w) for s, w in c] for c in context])
    got = table.rows(own, context)
    plain = table.rows(own)
    # vocabularies are numbered differently: compare the cosines, which do not depend on it
    np.testing.assert_allclose(cosine(got, got), cosine(expected, expected), atol=1e-5)
    np.testing.assert_allclose(cosine(plain, plain), cosine(index.rows(features), index.rows(features)), atol=1e-5)
    np.testing.assert_allclose(
        _dense(got, table.n_features) @ _dense(plain, table.n_features).T, cosine(got, plain), atol=1e-5
    )


def test_link_feature_table_lemma_idf_is_document_frequency():
    terms = _terms()
    table = FeatureTable(terms, "words")
    expected = inverse_document_frequency([{lemma: 1 for lemma in set(t.lemmas)} for t in terms])
    assert table.lemma_idf == pytest.approx(expected)


class _Tokenizer:
    unk = 0

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab

    def encode(self, word: str) -> list[int]:
        return [101, self.vocab.get(word[:3], 0), self.vocab.get(word[3:], 0), 102]


def _static_matrix(vectors: StaticVectors, texts: list[Terms], idf: dict[str, float], context) -> np.ndarray:
    """The rows StaticTable computes for a whole run at once, one text at a time: the IDF-weighted
    sum of each text's word vectors less the mean of all words used, unit length; the context
    added at its weight, then normalised again."""
    dim = vectors.table.shape[1]
    vocab = {w for t in texts for w in t.words} | {w for extras in context for t, _ in extras for w in t.words}
    known = [v for v in (vectors.word(w) for w in vocab) if v is not None]
    centre = np.mean(known, axis=0) if known else np.zeros(dim, np.float32)
    default = max(idf.values(), default=1.0)

    def embed(terms: Terms) -> np.ndarray:
        total = np.zeros(dim, np.float32)
        for w in terms.words:
            v = vectors.word(w)
            if v is not None:
                total += idf.get(w, default) * (v - centre)
        norm = float(np.linalg.norm(total))
        return total / norm if norm else total

    out = np.zeros((len(texts), dim), np.float32)
    for n, terms in enumerate(texts):
        row = embed(terms)
        for extra, weight in context[n]:
            row = row + weight * embed(extra)
        norm = float(np.linalg.norm(row))
        out[n] = row / norm if norm else row
    return out


def test_link_static_table_equals_static_vectors():
    rng = np.random.default_rng(1)
    terms = _terms()
    pieces = sorted({p for t in terms for w in t.words for p in (w[:3], w[3:]) if p})
    tokenizer = _Tokenizer({p: n + 1 for n, p in enumerate(pieces[:-2])})  # the last pieces are unknown
    vectors = StaticVectors(rng.normal(size=(len(pieces) + 1, 8)).astype(np.float32), tokenizer)
    idf = inverse_document_frequency([Counter(set(t.words)) for t in terms])
    context = [[], [(0, 0.35)], [(3, 0.35), (1, 0.15)], [], [(2, 0.2)], [], []]
    expected = _static_matrix(vectors, terms, idf, [[(terms[s], w) for s, w in c] for c in context])
    got = StaticTable(vectors, terms).rows(list(range(len(terms))), context)
    np.testing.assert_allclose(got, expected, atol=1e-5)


def test_link_fuzz_shortcut_changes_no_link(blank_engine, monkeypatch):
    words = "water quality birth rate school teacher road safety forest cover energy grid youth jobs".split()
    rng = np.random.default_rng(2)

    def items(doc: str, n: int) -> list[Item]:
        return [
            Item(
                id=f"{doc}:i{k}",
                document_id=doc,
                kind=ItemKind.INDICATOR,
                text=" ".join(rng.choice(words, size=int(rng.integers(2, 7))).tolist()) + f" {k}",
                location=Location(file=doc),
            )
            for k in range(n)
        ]

    lower, higher = items("d2", 60), items("d1", 40)
    config = LinkConfig(semantic="off", static_vectors=False, shortlist=12)
    shortcut = link_pairs(lower, higher, blank_engine, config)
    monkeypatch.setattr(vertical_module, "fuzz_needed", lambda base, *args: np.ones(len(base), bool))
    every_pair = link_pairs(lower, higher, blank_engine, config)
    assert [(x.source_id, x.target_id, x.rank, x.score, x.evidence) for x in shortcut] == [
        (x.source_id, x.target_id, x.rank, x.score, x.evidence) for x in every_pair
    ]


def test_link_cached_rerun_needs_no_spacy_for_item_texts(tmp_path, blank_engine, monkeypatch):
    from analysis.cache import ParseCache
    from analysis.link.terms import forget_analyzers, shared_analyzer
    from analysis.pipeline import _new_document, _parse
    from analysis.project import DocumentSpec

    plan = tmp_path / "plan.md"
    plan.write_text(
        "# Plan 2021-2025\n\n## Objectives\n\n"
        "Objective 1.1. Raise the share of SMEs from 20% in 2019 to 30% by 2025.\n",
        encoding="utf-8",
    )
    cache = ParseCache(tmp_path / "cache", blank_engine.info)
    _, items, _ = _parse(_new_document(1, DocumentSpec(str(plan))), lambda language: blank_engine, cache)
    expected = shared_analyzer(blank_engine).analyze([i.text for i in items])
    forget_analyzers()  # as a new process
    analyzer = shared_analyzer(blank_engine)  # built (its synonym list lemmatized) before spaCy is cut off

    def no_spacy(texts, *args, **kwargs):
        texts = list(texts)
        assert not texts, f"lemmatized again: {texts}"
        return iter(())

    monkeypatch.setattr(blank_engine, "lemmatize", no_spacy)
    _, again, _ = _parse(_new_document(1, DocumentSpec(str(plan))), lambda language: blank_engine, cache)
    assert [i.text for i in again] == [i.text for i in items]
    got = analyzer.analyze([i.text for i in again])
    assert [(t.lemmas, t.words, t.display) for t in got] == [(t.lemmas, t.words, t.display) for t in expected]
    forget_analyzers()
