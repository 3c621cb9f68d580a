"""What linking knows of a text: content lemmas with synonyms folded, weighted features, vectors.

Kept apart from `analysis/link.py` (which decides what links to what and why) because the
same machinery serves vertical links and same-level duplicate pairs:

- `Analyzer`: one spaCy pass per distinct text (parser off: lemmas are enough), synonym and
  abbreviation groups from `resources/lexicons/<lang>/synonyms.json` folded into one concept
  token, generic planning words ("improve", "development") dropped.
- `TfIdf`: sparse TF-IDF rows over any features (lemma uni/bigrams, character n-grams of
  lemmas) and `TfIdf.cosine`, a numpy-only sparse product through an inverted index. Its cost
  is the number of (query feature, posting) pairs, so it grows linearly with the number of
  lower items and never builds a dense vocabulary matrix.
- `StaticVectors`: a text as the IDF-weighted mean of the input word-piece embeddings of the
  sentence encoder's vocabulary (all-MiniLM-L6-v2, when installed): "smokers" lands near
  "tobacco", "inmates" near "prison", at no encoding cost at all.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from analysis.nlp import NlpEngine
from analysis.resources import load_lexicon

CONCEPT_PREFIX = "syn:"
CHAR_NGRAMS = (3, 5)
MAX_PAIRS_PER_CHUNK = 4_000_000  # bounds the memory of one sparse product step


@dataclass
class Terms:
    """The content of one text, as linking compares it."""

    lemmas: list[str]  # content lemmas in order; a synonym group is one token "syn:<n>"
    words: list[str]  # lower-case surface forms of the content words (for word vectors)
    display: dict[str, str] = field(default_factory=dict)  # token -> readable word for evidence
    _features: dict[str, Counter] = field(default_factory=dict, repr=False, compare=False)

    @property
    def string(self) -> str:
        return " ".join(self.display.get(t, t) if t.startswith(CONCEPT_PREFIX) else t for t in self.lemmas)

    def word_features(self) -> Counter:
        """Lemma unigrams and adjacent bigrams ('water quality', 'birth rate')."""
        if "words" not in self._features:
            features = Counter(self.lemmas)
            features.update(f"{a} {b}" for a, b in zip(self.lemmas, self.lemmas[1:], strict=False))
            self._features["words"] = features
        return self._features["words"]

    def char_features(self) -> Counter:
        """Character 3-5-grams of each lemma inside word boundaries: 'qualified' meets
        'qualification', 'insecurity' meets 'security'. A concept token stays whole."""
        if "chars" in self._features:
            return self._features["chars"]
        grams: list[str] = []
        low, high = CHAR_NGRAMS
        for lemma in self.lemmas:
            if lemma.startswith(CONCEPT_PREFIX):
                grams.append(lemma)
                continue
            padded = f" {lemma} "
            for n in range(low, high + 1):
                grams.extend(padded[i : i + n] for i in range(len(padded) - n + 1))
        self._features["chars"] = Counter(grams)
        return self._features["chars"]


class Analyzer:
    """Turns texts into Terms with one spaCy pass per distinct text."""

    def __init__(self, engine: NlpEngine, lexicon_dir: str | None = None) -> None:
        self.engine = engine
        lexicon = load_lexicon("synonyms", engine.language, lexicon_dir)
        groups: list[list[str]] = lexicon["groups"]
        generic_words = lexicon.get("generic", [])
        self.generic = {t.lemma_.lower() or t.lower_ for d in engine.lemmatize(generic_words) for t in d} | {
            w.lower() for w in generic_words
        }
        self.concepts: dict[tuple[str, ...], str] = {}
        self.concept_names: dict[str, str] = {}
        aliases = [a for group in groups for a in group]
        alias_docs = list(engine.lemmatize(aliases))
        n = 0
        for g, group in enumerate(groups):
            # a group holding a generic word ("region") is generic as a whole: folded, then dropped
            token = "" if any(a.lower() in self.generic for a in group) else f"{CONCEPT_PREFIX}{g}"
            self.concept_names[token] = group[0]
            for alias in group:
                doc = alias_docs[n]
                n += 1
                for key in (
                    tuple(t.lemma_.lower() or t.lower_ for t in doc if not t.is_punct and not t.is_space),
                    tuple(t.lower_ for t in doc if not t.is_punct and not t.is_space),
                    (alias.lower(),),  # "R&D" may be one token or three
                ):
                    if key:
                        self.concepts.setdefault(key, token)
        self.max_alias = max((len(k) for k in self.concepts), default=1)
        self._memo: dict[str, Terms] = {}

    def analyze(self, texts: Sequence[str]) -> list[Terms]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        for text, doc in zip(missing, self.engine.lemmatize(missing), strict=True):
            self._memo[text] = self._terms(doc)
        return [self._memo[t] for t in texts]

    def _terms(self, doc) -> Terms:
        raw = [t for t in doc if not t.is_punct and not t.is_space]
        lemmas = [t.lemma_.lower() or t.lower_ for t in raw]
        surface = [t.lower_ for t in raw]
        out: list[str] = []
        words: list[str] = []
        display: dict[str, str] = {}
        i = 0
        while i < len(raw):
            for size in range(min(self.max_alias, len(raw) - i), 0, -1):
                token = self.concepts.get(tuple(lemmas[i : i + size]))
                if token is None:
                    token = self.concepts.get(tuple(surface[i : i + size]))
                if token is not None:
                    if token:
                        out.append(token)
                        display[token] = self.concept_names[token]
                        words.extend(w for w in surface[i : i + size] if w.isalpha())
                    i += size
                    break
            else:
                lemma, token = lemmas[i], raw[i]
                if _is_content(lemma, token) and lemma not in self.generic and token.lower_ not in self.generic:
                    out.append(lemma)
                    words.append(token.lower_)
                    display.setdefault(lemma, token.lower_)
                i += 1
        return Terms(lemmas=out, words=words, display=display)


def _is_content(lemma: str, token) -> bool:
    if token.is_stop or token.like_num or len(lemma) < 2:
        return False
    return any(ch.isalpha() for ch in lemma)


# ---- sparse TF-IDF -------------------------------------------------------------------------


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
    """Dense (a.size x b.size) cosine of unit sparse rows: a join through b's inverted index,
    in chunks of a's rows so that no step holds more than MAX_PAIRS_PER_CHUNK products."""
    out = np.zeros((a.size, b.size), dtype=np.float32)
    if a.size == 0 or b.size == 0 or len(b.indices) == 0:
        return out
    b_rows = np.repeat(np.arange(b.size), np.diff(b.indptr))
    order = np.argsort(b.indices, kind="stable")
    post_feature, post_row, post_value = b.indices[order], b_rows[order], b.data[order]
    vocab = int(max(a.indices.max(initial=0), b.indices.max(initial=0))) + 1
    starts = np.searchsorted(post_feature, np.arange(vocab))
    counts = np.bincount(post_feature, minlength=vocab)
    a_rows = np.repeat(np.arange(a.size), np.diff(a.indptr))
    lengths = counts[a.indices]
    row_pairs = np.bincount(a_rows, weights=lengths, minlength=a.size)
    begin = 0
    while begin < a.size:
        end, total = begin, 0.0
        while end < a.size and (end == begin or total + row_pairs[end] <= MAX_PAIRS_PER_CHUNK):
            total += row_pairs[end]
            end += 1
        lo, hi = a.indptr[begin], a.indptr[end]
        n_len = lengths[lo:hi]
        if n_len.sum():
            entry = np.repeat(np.arange(lo, hi), n_len)
            offset = np.arange(len(entry)) - np.repeat(np.cumsum(n_len) - n_len, n_len)
            position = starts[a.indices[entry]] + offset
            cell = (a_rows[entry] - begin) * b.size + post_row[position]
            values = a.data[entry] * post_value[position]
            block = np.bincount(cell, weights=values, minlength=(end - begin) * b.size)
            out[begin:end] = block.reshape(end - begin, b.size)
        begin = end
    return out


# ---- word vectors ---------------------------------------------------------------------------


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
            pieces = self.tokenizer.encode(word)[1:-1]
            pieces = [p for p in pieces if p != self.tokenizer.unk]
            self._words[word] = self.table[pieces].mean(axis=0) if pieces else None
        return self._words[word]

    def matrix(self, texts: Sequence[Terms], idf: dict[str, float], context=None) -> np.ndarray:
        """Unit rows, one per text; `context` as in TfIdf.rows: [(Terms, weight), ...] per text."""
        dim = self.table.shape[1]
        vocab = {w for t in texts for w in t.words} | {
            w for extras in (context or []) for t, _ in extras for w in t.words
        }
        vectors = [v for v in (self.word(w) for w in vocab) if v is not None]
        centre = np.mean(vectors, axis=0) if vectors else np.zeros(dim, np.float32)
        default = max(idf.values(), default=1.0)

        def embed(terms: Terms) -> np.ndarray:
            total = np.zeros(dim, np.float32)
            for w in terms.words:
                v = self.word(w)
                if v is not None:
                    total += idf.get(w, default) * (v - centre)
            norm = float(np.linalg.norm(total))
            return total / norm if norm else total

        out = np.zeros((len(texts), dim), np.float32)
        for n, terms in enumerate(texts):
            row = embed(terms)
            for extra, weight in context[n] if context else []:
                row = row + weight * embed(extra)
            norm = float(np.linalg.norm(row))
            out[n] = row / norm if norm else row
        return out


def word_idf(texts: Sequence[Terms]) -> dict[str, float]:
    return inverse_document_frequency([Counter(set(t.words)) for t in texts])


_NUMBER = re.compile(r"(?<![\w.])(\d+(?:[.,]\d+)?)\s*(%|per cent|percent)?")
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")


@lru_cache(maxsize=65536)
def years_in(text: str) -> frozenset[int]:
    return frozenset(int(y) for y in _YEAR.findall(text))


@lru_cache(maxsize=65536)
def percentages_in(text: str) -> frozenset[str]:
    return frozenset(m.group(1).replace(",", ".") + "%" for m in _NUMBER.finditer(text) if m.group(2))
