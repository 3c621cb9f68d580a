"""What linking knows of a text: content lemmas with synonyms folded, weighted features, vectors.

Kept apart from `analysis/link.py` (which decides what links to what and why) because the
same machinery serves vertical links and same-level duplicate pairs:

- `Analyzer`: one pass per distinct text through the language's rule pipeline (tokenizer and
  context-free lemmas, `NlpEngine.lemmatize`), synonym and abbreviation groups from
  `resources/lexicons/<lang>/synonyms.json` folded into one concept token, generic planning
  words ("improve", "development") dropped.
- `TfIdf`: sparse TF-IDF rows over any features (lemma uni/bigrams, character n-grams of
  lemmas), one text at a time; `FeatureTable` the same rows for every text of a linking run at
  once, in numpy. `cosine` is a sparse product (scipy): its cost is the number of shared
  (feature, posting) pairs, so it grows linearly with the number of lower items and never
  builds a dense vocabulary matrix.
- `StaticVectors`: a text as the IDF-weighted mean of the input word-piece embeddings of the
  sentence encoder's vocabulary (all-MiniLM-L6-v2, when installed): "smokers" lands near
  "tobacco", "inmates" near "prison", at no encoding cost at all.
  `StaticTable` builds them for all texts of a run at once.
"""

from __future__ import annotations

import math
import re
import threading
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain

import numpy as np
from scipy.sparse import csr_matrix

from analysis.nlp import NlpEngine, Word
from analysis.resources import load_lexicon

CONCEPT_PREFIX = "syn:"
CHAR_NGRAMS = (3, 5)
MAX_PAIRS_PER_CHUNK = 10_000_000  # bounds the memory of one sparse product step
MAX_MEMO_TEXTS = 200_000  # texts an Analyzer keeps analysed (about 1 KB each)
MAX_MEMO_WORDS = 50_000  # word vectors StaticVectors keeps (1.5 KB each)


@dataclass
class Terms:
    """The content of one text, as linking compares it."""

    lemmas: list[str]  # content lemmas in order; a synonym group is one token "syn:<n>"
    words: list[str]  # lower-case surface forms of the content words (for word vectors)
    display: dict[str, str] = field(default_factory=dict)  # token -> readable word for evidence
    _features: dict[str, Counter] = field(default_factory=dict, repr=False, compare=False)

    @property
    def lemma_set(self) -> frozenset[str]:
        if "set" not in self._features:
            self._features["set"] = frozenset(self.lemmas)  # type: ignore[assignment]
        return self._features["set"]  # type: ignore[return-value]

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
    """Turns texts into Terms with one rule-pipeline pass per distinct text."""

    def __init__(self, engine: NlpEngine, lexicon_dir: str | None = None) -> None:
        self.engine = engine
        self.lexicon_dir = lexicon_dir
        self._memo: dict[str, Terms] = {}
        self._lexicon_ready = False

    def _prepare_lexicon(self) -> None:
        """Lemmatize the synonym groups and generic words: on the first text that needs spaCy,
        not at construction, so that a re-run served from the parse cache never pays for it."""
        if self._lexicon_ready:
            return
        engine = self.engine
        lexicon = load_lexicon("synonyms", engine.language, self.lexicon_dir)
        groups: list[list[str]] = lexicon["groups"]
        generic_words = lexicon.get("generic", [])
        self.generic = {w.lemma for words in engine.lemmatize(generic_words) for w in words} | {
            w.lower() for w in generic_words
        }
        self.concepts: dict[tuple[str, ...], str] = {}
        self.concept_names: dict[str, str] = {}
        aliases = [a for group in groups for a in group]
        alias_words = list(engine.lemmatize(aliases))
        n = 0
        for g, group in enumerate(groups):
            # a group holding a generic word ("region") is generic as a whole: folded, then dropped
            token = "" if any(a.lower() in self.generic for a in group) else f"{CONCEPT_PREFIX}{g}"
            self.concept_names[token] = group[0]
            for alias in group:
                words = alias_words[n]
                n += 1
                for key in (
                    tuple(w.lemma for w in words),
                    tuple(w.lower for w in words),
                    (alias.lower(),),  # "R&D" may be one token or three
                ):
                    if key:
                        self.concepts.setdefault(key, token)
        self.max_alias = max((len(k) for k in self.concepts), default=1)
        self.concept_starts = {k[0] for k in self.concepts}  # most words start no alias: one look-up
        self._lexicon_ready = True

    def export(self, texts: Sequence[str]) -> dict[str, list]:
        """The texts analysed, as plain lists (for the parse cache)."""
        return {text: [t.lemmas, t.words, t.display] for text, t in zip(texts, self.analyze(texts), strict=True)}

    def remember(self, exported: dict[str, list]) -> None:
        """Take texts analysed by an earlier run (`export`) instead of running spaCy on them again."""
        for text, (lemmas, words, display) in exported.items():
            self._memo.setdefault(text, Terms(lemmas=list(lemmas), words=list(words), display=dict(display)))

    def analyze(self, texts: Sequence[str]) -> list[Terms]:
        missing = list(dict.fromkeys(t for t in texts if t not in self._memo))
        if not missing:
            return [self._memo[t] for t in texts]
        self._prepare_lexicon()
        if len(self._memo) + len(missing) > MAX_MEMO_TEXTS:
            self._memo = {t: self._memo[t] for t in texts if t in self._memo}
        for text, words in zip(missing, self.engine.lemmatize(missing), strict=True):
            self._memo[text] = self._terms(words)
        return [self._memo[t] for t in texts]

    def _terms(self, raw: list[Word]) -> Terms:
        lemmas = [w.lemma for w in raw]
        surface = [w.lower for w in raw]
        out: list[str] = []
        words: list[str] = []
        display: dict[str, str] = {}
        i = 0
        while i < len(raw):
            longest = self.max_alias if lemmas[i] in self.concept_starts or surface[i] in self.concept_starts else 0
            for size in range(min(longest, len(raw) - i), 0, -1):
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
                lemma, word = lemmas[i], raw[i]
                if _is_content(lemma, word) and lemma not in self.generic and word.lower not in self.generic:
                    out.append(lemma)
                    words.append(word.lower)
                    display.setdefault(lemma, word.lower)
                i += 1
        return Terms(lemmas=out, words=words, display=display)


_ANALYZERS: dict[tuple[int, str | None], tuple[NlpEngine, Analyzer]] = {}
_ANALYZERS_LOCK = threading.Lock()


def shared_analyzer(engine: NlpEngine, lexicon_dir: str | None = None) -> Analyzer:
    """One Analyzer per pipeline and lexicon folder in the process, so that vertical links,
    same-level pairs and the next run after a change (the desktop app) lemmatize a text once."""
    key = (id(engine), lexicon_dir)
    with _ANALYZERS_LOCK:
        held = _ANALYZERS.get(key)
        if held is None or held[0] is not engine:
            held = _ANALYZERS[key] = (engine, Analyzer(engine, lexicon_dir))
        return held[1]


def forget_analyzers() -> None:
    """Drop the shared Analyzers (and the texts they hold), as a new process would start."""
    with _ANALYZERS_LOCK:
        _ANALYZERS.clear()


def _is_content(lemma: str, word: Word) -> bool:
    if word.is_stop or word.like_num or len(lemma) < 2:
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
            if len(self._words) >= MAX_MEMO_WORDS:
                self._words.clear()
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
    if "%" not in text and "per" not in text:  # no unit the pattern takes: skip the scan
        return frozenset()
    return frozenset(m.group(1).replace(",", ".") + "%" for m in _NUMBER.finditer(text) if m.group(2))


# ---- whole-run feature tables (numpy, no per-pair or per-feature Python) --------------------


def _csr_gather(indptr: np.ndarray, sources: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each source row, the positions of its entries (concatenated) and the index of the
    source they belong to."""
    lengths = indptr[sources + 1] - indptr[sources]
    owner = np.repeat(np.arange(len(sources)), lengths)
    offset = np.arange(len(owner)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return indptr[sources][owner] + offset, owner


def _combine(
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
        lemma_ids, tokens, lengths = _numbered([t.lemmas for t in terms])
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
        rows, sources, weights = _combine(own, context)
        positions, owner = _csr_gather(self.indptr, sources)
        keys = rows[owner] * self.n_features + self.indices[positions]
        unique, inverse = np.unique(keys, return_inverse=True)
        values = np.bincount(inverse.reshape(-1), weights=self.data[positions] * weights[owner], minlength=len(unique))
        row = unique // self.n_features
        norms = np.sqrt(np.bincount(row, weights=values * values, minlength=len(own)))
        values = values / np.where(norms > 0, norms, 1.0)[row]
        indptr = np.concatenate([[0], np.cumsum(np.bincount(row, minlength=len(own)))]).astype(np.int64)
        return SparseRows(indptr, unique % self.n_features, values.astype(np.float32))


def _numbered(sequences: Sequence[Sequence[str]]) -> tuple[dict[str, int], np.ndarray, list[int]]:
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


class StaticTable:
    """`StaticVectors.matrix` for every distinct text of a run at once.

    Per text, the IDF-weighted sum of its words' vectors and the sum of those weights are kept;
    a side (the lower items, or the higher ones) then only takes off its own centre (the mean
    vector of the words it uses) and normalises: the same rows as `StaticVectors.matrix`.
    """

    def __init__(self, vectors: StaticVectors, terms: Sequence[Terms]) -> None:
        word_ids, tokens, lengths = _numbered([t.words for t in terms])
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
        rows, sources, weights = _combine(own, context)
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
