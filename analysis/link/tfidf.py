"""Sparse TF-IDF rows and their cosine, for every text of a linking run at once.

`TfIdf`: sparse TF-IDF rows over any features (lemma uni/bigrams, character n-grams of
lemmas), one text at a time; `FeatureTable` the same rows for every text of a run at once, in
numpy. `cosine` is a sparse product (scipy): its cost is the number of shared (feature,
posting) pairs, so it grows linearly with the number of lower items and never builds a dense
vocabulary matrix.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix

from analysis.link.terms import CHAR_NGRAMS, CONCEPT_PREFIX, Terms

MAX_PAIRS_PER_CHUNK = 10_000_000  # bounds the memory of one sparse product step


def inverse_document_frequency(documents: Sequence[Counter]) -> dict[str, float]:
    """Smoothed IDF over the texts of one run: a word in every item says little, a rare one a lot."""
    df: Counter = Counter()
    for features in documents:
        df.update(features.keys())
    n = len(documents)
    return {f: math.log((n + 1) / (c + 1)) + 1.0 for f, c in df.items()}


@dataclass
class SparseRows:
    """L2-normalised sparse rows in CSR form over an integer vocabulary."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray

    @property
    def size(self) -> int:
        return len(self.indptr) - 1


class TfIdf:
    """TF-IDF rows for one kind of feature, sharing one vocabulary and one IDF table."""

    def __init__(self, idf: dict[str, float]) -> None:
        self.idf = idf
        self.default_idf = max(idf.values(), default=1.0)
        self.vocabulary: dict[str, int] = {}

    def weigh(self, features: Counter) -> dict[int, float]:
        """Sublinear term frequency x IDF, unit length."""
        vec: dict[int, float] = {}
        for f, c in features.items():
            j = self.vocabulary.setdefault(f, len(self.vocabulary))
            vec[j] = (1.0 + math.log(c)) * self.idf.get(f, self.default_idf)
        norm = math.sqrt(sum(w * w for w in vec.values()))
        return {j: w / norm for j, w in vec.items()} if norm else {}

    def rows(
        self, features: Sequence[Counter], context: Sequence[list[tuple[Counter, float]]] | None = None
    ) -> SparseRows:
        """One row per text; `context` adds (features, weight) of related texts (the parent,
        the grandparent) before the row is normalised again."""
        indptr, indices, data = [0], [], []
        for n, own in enumerate(features):
            vec = self.weigh(own)
            for extra, weight in context[n] if context else []:
                for j, w in self.weigh(extra).items():
                    vec[j] = vec.get(j, 0.0) + weight * w
            norm = math.sqrt(sum(w * w for w in vec.values())) or 1.0
            for j, w in vec.items():
                indices.append(j)
                data.append(w / norm)
            indptr.append(len(indices))
        return SparseRows(np.asarray(indptr, np.int64), np.asarray(indices, np.int64), np.asarray(data, np.float32))


def cosine(a: SparseRows, b: SparseRows) -> np.ndarray:
    """Dense (a.size x b.size) cosine of unit sparse rows: a sparse product (scipy, C speed; its
    cost is the number of shared (feature, row) postings, not a.size x b.size x vocabulary), in
    chunks of a's rows so that no step holds more than about MAX_PAIRS_PER_CHUNK products."""
    out = np.zeros((a.size, b.size), dtype=np.float32)
    if a.size == 0 or b.size == 0 or len(b.indices) == 0 or len(a.indices) == 0:
        return out
    width = int(max(a.indices.max(), b.indices.max())) + 1
    right = csr_matrix((b.data, b.indices, b.indptr), shape=(b.size, width)).T.tocsr()
    postings = np.bincount(b.indices, minlength=width)
    row_pairs = np.cumsum(np.bincount(np.repeat(np.arange(a.size), np.diff(a.indptr)), postings[a.indices], a.size))
    begin = 0
    while begin < a.size:
        done = row_pairs[begin - 1] if begin else 0.0
        end = max(begin + 1, int(np.searchsorted(row_pairs, done + MAX_PAIRS_PER_CHUNK, side="right")))
        end = min(end, a.size)
        lo, hi = a.indptr[begin], a.indptr[end]
        left = csr_matrix((a.data[lo:hi], a.indices[lo:hi], a.indptr[begin : end + 1] - lo), shape=(end - begin, width))
        out[begin:end] = (left @ right).toarray()
        begin = end
    return out


def row_block(rows: SparseRows, start: int, end: int) -> SparseRows:
    """Rows start..end-1 of `rows`, as rows of their own."""
    lo, hi = rows.indptr[start], rows.indptr[end]
    return SparseRows(rows.indptr[start : end + 1] - lo, rows.indices[lo:hi], rows.data[lo:hi])


def _csr_gather(indptr: np.ndarray, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each source row, the positions of its entries (concatenated) and the index of the
    source they belong to."""
    lengths = indptr[sources + 1] - indptr[sources]
    owner = np.repeat(np.arange(len(sources)), lengths)
    offset = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return indptr[sources][owner] + offset, owner


def weighted_sources(
    own: Sequence[int], context: Sequence[Sequence[tuple[int, float]]] | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(output row, source text, weight) triples: each row's own text at weight 1, then its context."""
    rows, sources, weights = list(range(len(own))), list(own), [1.0] * len(own)
    for r, extras in enumerate(context or []):
        for source, weight in extras:
            rows.append(r)
            sources.append(source)
            weights.append(weight)
    return np.asarray(rows, np.int64), np.asarray(sources, np.int64), np.asarray(weights, np.float64)


class FeatureTable:
    """Unit TF-IDF rows of every distinct text of a run, for one kind of feature.

    The same figures as `TfIdf` over `Terms.word_features()` / `Terms.char_features()` (sublinear
    tf x smoothed IDF over the run's texts, unit length; context added at its weight, then
    normalised again), computed for all texts at once: features are numbered per distinct lemma
    (a lemma's character n-grams are cut once, not once per text), then counted, weighted and
    normalised in numpy. Linking 20,000 texts spends milliseconds here instead of seconds.
    """

    def __init__(self, terms: Sequence[Terms], kind: str) -> None:
        self.lemma_idf: dict[str, float] = {}  # IDF of each lemma (evidence ranks shared terms by it)
        lemma_ids, tokens, lengths = numbered([t.lemmas for t in terms])
        text_of = np.repeat(np.arange(len(terms)), lengths)
        n_lemmas = len(lemma_ids)
        if kind == "words":
            # unigrams are the lemma ids; bigrams of adjacent lemmas of one text come after them
            same = text_of[1:] == text_of[:-1] if len(tokens) > 1 else np.zeros(0, bool)
            pair_key = tokens[:-1][same] * max(n_lemmas, 1) + tokens[1:][same]
            pairs, pair_id = np.unique(pair_key, return_inverse=True)
            features = np.concatenate([tokens, n_lemmas + pair_id.reshape(-1)])
            owners = np.concatenate([text_of, text_of[:-1][same]])
            n_features = n_lemmas + len(pairs)
            width = max(n_lemmas, 1)
            lemma_df = np.bincount(np.unique(text_of * width + tokens) % width, minlength=n_lemmas)
            lemma_idf = np.log((len(terms) + 1) / (lemma_df + 1.0)) + 1.0
            self.lemma_idf = dict(zip(lemma_ids, lemma_idf.tolist(), strict=True))
        elif kind == "chars":
            gram_ids: dict[str, int] = {}
            indptr, grams = [0], []
            for lemma in lemma_ids:
                grams.extend(gram_ids.setdefault(g, len(gram_ids)) for g in _char_grams(lemma))
                indptr.append(len(grams))
            positions, token_index = _csr_gather(np.asarray(indptr, np.int64), tokens)
            features = np.asarray(grams, np.int64)[positions] if len(positions) else np.zeros(0, np.int64)
            owners = text_of[token_index]
            n_features = len(gram_ids)
        else:
            raise ValueError(f"unknown feature kind {kind!r}")
        n_features = max(n_features, 1)
        keys, counts = np.unique(owners * n_features + features, return_counts=True)
        text, feature = keys // n_features, keys % n_features
        df = np.bincount(feature, minlength=n_features)
        n = len(terms)
        idf = np.log((n + 1) / (df + 1.0)) + 1.0
        values = (1.0 + np.log(counts)) * idf[feature]
        norms = np.sqrt(np.bincount(text, weights=values * values, minlength=n))
        values = values / np.where(norms > 0, norms, 1.0)[text]
        self.indptr = np.concatenate([[0], np.cumsum(np.bincount(text, minlength=n))]).astype(np.int64)
        self.indices = feature
        self.data = values
        self.n_features = n_features

    def rows(self, own: Sequence[int], context: Sequence[Sequence[tuple[int, float]]] | None = None) -> SparseRows:
        """One unit row per entry of `own` (text positions); `context` adds (text position,
        weight) of related texts (the parent, the grandparent) before normalising again."""
        if not context or not any(context):  # no context: the texts' own unit rows, as they are
            positions, owner = _csr_gather(self.indptr, np.asarray(own, np.int64))
            lengths = np.bincount(owner, minlength=len(own)) if len(owner) else np.zeros(len(own), np.int64)
            indptr = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
            return SparseRows(indptr, self.indices[positions], self.data[positions].astype(np.float32))
        rows, sources, weights = weighted_sources(own, context)
        positions, owner = _csr_gather(self.indptr, sources)
        keys = rows[owner] * self.n_features + self.indices[positions]
        unique, inverse = np.unique(keys, return_inverse=True)
        values = np.bincount(inverse.reshape(-1), weights=self.data[positions] * weights[owner], minlength=len(unique))
        row = unique // self.n_features
        norms = np.sqrt(np.bincount(row, weights=values * values, minlength=len(own)))
        values = values / np.where(norms > 0, norms, 1.0)[row]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(own)))]).astype(np.int64)
        return SparseRows(indptr, unique % self.n_features, values.astype(np.float32))


def numbered(sequences: Sequence[Sequence[str]]) -> tuple[dict[str, int], np.ndarray, list[int]]:
    """Strings numbered in order of first use, all sequences flattened into one id array."""
    flat = list(chain.from_iterable(sequences))
    ids = {w: n for n, w in enumerate(dict.fromkeys(flat))}
    return ids, np.fromiter((ids[w] for w in flat), np.int64, len(flat)), [len(q) for q in sequences]


def _char_grams(lemma: str) -> list[str]:
    if lemma.startswith(CONCEPT_PREFIX):
        return [lemma]
    padded = f" {lemma} "
    low, high = CHAR_NGRAMS
    return [padded[i : i + n] for n in range(low, high + 1) for i in range(len(padded) - n + 1)]
