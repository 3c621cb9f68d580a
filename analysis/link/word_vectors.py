"""Texts as IDF-weighted means of the sentence encoder's input word-piece embeddings.

`StaticVectors`: a word's vector is the mean of its word pieces' rows of the embedding table of
all-MiniLM-L6-v2 (when installed): "smokers" lands near "tobacco", "inmates" near "prison", at
no encoding cost at all. `StaticTable` builds the rows of every text of a run at once.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.sparse import csr_matrix

from analysis.link.terms import Terms
from analysis.link.tfidf import numbered, weighted_sources

MAX_MEMO_WORDS = 50_000  # word vectors StaticVectors keeps (1.5 KB each)


class StaticVectors:
    """Texts as IDF-weighted means of the sentence encoder's input word-piece embeddings.

    No forward pass: a word's vector is the mean of its word pieces' rows of the embedding
    table (30,522 x 384, inside the model package). The mean of all words of the run is taken
    off before normalising, which removes what every text shares.
    """

    def __init__(self, table: np.ndarray, tokenizer) -> None:
        self.table = table
        self.tokenizer = tokenizer
        self._words: dict[str, np.ndarray | None] = {}

    def word(self, word: str) -> np.ndarray | None:
        if word not in self._words:
            if len(self._words) >= MAX_MEMO_WORDS:
                self._words.clear()
            pieces = self.tokenizer.encode(word)[1:-1]
            pieces = [p for p in pieces if p != self.tokenizer.unk]
            self._words[word] = self.table[pieces].mean(axis=0) if pieces else None
        return self._words[word]


class StaticTable:
    """`StaticVectors.matrix` for every distinct text of a run at once.

    Per text, the IDF-weighted sum of its words' vectors and the sum of those weights are kept;
    a side (the lower items, or the higher ones) then only takes off its own centre (the mean
    vector of the words it uses) and normalises: the same rows as `StaticVectors.matrix`.
    """

    def __init__(self, vectors: StaticVectors, terms: Sequence[Terms]) -> None:
        word_ids, tokens, lengths = numbered([t.words for t in terms])
        dim = vectors.table.shape[1]
        table = np.zeros((max(len(word_ids), 1), dim), np.float32)
        known = np.zeros(max(len(word_ids), 1), bool)
        for w, j in word_ids.items():
            v = vectors.word(w)
            if v is not None:
                table[j], known[j] = v, True
        text_of = np.repeat(np.arange(len(terms)), lengths)
        self._vocab = np.split(tokens, np.cumsum(lengths)[:-1]) if len(terms) else []
        pairs = np.unique(text_of * max(len(word_ids), 1) + tokens)
        df = np.bincount(pairs % max(len(word_ids), 1), minlength=len(table))
        idf = (np.log((len(terms) + 1) / (df + 1.0)) + 1.0).astype(np.float32)
        keep = known[tokens] if len(tokens) else np.zeros(0, bool)
        tokens, text_of = tokens[keep], text_of[keep]
        self.weights = np.bincount(text_of, weights=idf[tokens], minlength=len(terms)).astype(np.float32)
        counts = csr_matrix((idf[tokens], (text_of, tokens)), shape=(len(terms), len(table)))  # repeats summed
        self.sums = np.asarray(counts @ table, np.float32)
        self.table, self.known = table, known

    def rows(self, own: Sequence[int], context: Sequence[Sequence[tuple[int, float]]] | None = None) -> np.ndarray:
        rows, sources, weights = weighted_sources(own, context)
        used = np.unique(np.concatenate([self._vocab[s] for s in np.unique(sources)] or [np.zeros(0, np.int64)]))
        used = used[self.known[used]] if len(used) else used
        centre = self.table[used].mean(axis=0) if len(used) else np.zeros(self.table.shape[1], np.float32)
        each = self.sums[sources] - self.weights[sources, None] * centre
        norms = np.linalg.norm(each, axis=1, keepdims=True)
        each = each / np.where(norms > 0, norms, 1.0)
        order = np.argsort(rows, kind="stable")  # every row has its own text first, so no empty run
        weighted = each[order] * weights[order, None].astype(np.float32)
        heads = np.flatnonzero(np.r_[True, rows[order][1:] != rows[order][:-1]])
        out = np.add.reduceat(weighted, heads, axis=0) if len(order) else np.zeros((0, self.table.shape[1]), np.float32)
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1.0)
