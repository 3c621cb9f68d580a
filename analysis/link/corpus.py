"""Everything linking needs about the texts of one run, computed once: their terms, TF-IDF
tables, word-piece vectors and sentence vectors, and each item's description with its context
(a higher item's parent and grandparent, a lower item's parent, at lower weight).
"""

from __future__ import annotations

import numpy as np

from analysis.hierarchy import Hierarchy
from analysis.link.config import LinkConfig
from analysis.link.encoders import encoder_for, word_vectors_of
from analysis.link.evidence import idf_rank
from analysis.link.terms import Analyzer, shared_analyzer
from analysis.link.tfidf import FeatureTable
from analysis.link.word_vectors import StaticTable, StaticVectors
from analysis.model import Item
from analysis.nlp import NlpEngine


def context(items: list[Item], tree: Hierarchy, weights: tuple[float, ...]) -> list[list[tuple[Item, float]]]:
    """Each item's ancestors, nearest first, with the weight each adds to its description."""
    return [list(zip(tree.ancestors(i, len(weights)), weights, strict=False)) for i in items]


class Corpus:
    """Everything linking needs about the texts of one run, computed once."""

    def __init__(self, analyzer: Analyzer, texts: list[str], encoder, static: StaticVectors | None) -> None:
        analyzed = analyzer.analyze(texts)
        self.terms = dict(zip(texts, analyzed, strict=True))
        self.position = {t: n for n, t in enumerate(texts)}
        self.word_tfidf = FeatureTable(analyzed, "words")
        self.char_tfidf = FeatureTable(analyzed, "chars")
        self.lemma_idf = self.word_tfidf.lemma_idf
        self.lemma_rank = idf_rank(self.lemma_idf)
        self.encoder = encoder
        self.static = StaticTable(static, analyzed) if static is not None else None
        self._sentences: dict[str, np.ndarray] = {}
        if encoder is not None:
            self._sentences = dict(zip(texts, encoder.encode(texts), strict=True))

    def ranked_lemmas(self, text: str) -> list[str]:
        """The text's distinct lemmas, rarest in the run first (ties by spelling)."""
        return sorted(self.terms[text].lemma_set, key=self.lemma_rank.__getitem__)

    def side(self, items: list[Item], context: list[list[tuple[Item, float]]]) -> dict[str, object]:
        own = [self.position[i.text] for i in items]
        around = [[(self.position[c.text], w) for c, w in extras] for extras in context]
        side: dict[str, object] = {
            "terms": self.word_tfidf.rows(own, around),
            "chars": self.char_tfidf.rows(own, around),
            "strings": [self.terms[i.text].string for i in items],
        }
        if self.static is not None:
            side["static"] = self.static.rows(own, around)
        if self._sentences:
            dim = next(iter(self._sentences.values())).shape[0]
            rows = np.zeros((len(items), dim), np.float32)
            for n, (item, ctx) in enumerate(zip(items, context, strict=True)):
                row = self._sentences[item.text].copy()
                for c, w in ctx:
                    row += w * self._sentences[c.text]
                rows[n] = row / (np.linalg.norm(row) or 1.0)
            side["sentence"] = rows
        return side


def run_corpus(
    items: list[Item],
    contexts: list[list[tuple[Item, float]]],
    engine: NlpEngine,
    config: LinkConfig,
    analyzer: Analyzer | None = None,
) -> Corpus:
    """The corpus of a linking run over `items` and the items of their `contexts`, with the
    sentence encoder when it is wanted for that many texts, and its word-piece vectors."""
    texts = list(dict.fromkeys([i.text for i in items] + [c.text for ctx in contexts for c, _ in ctx]))
    embedder = encoder_for(engine.language)
    encoder = embedder if embedder is not None and config.encoder_wanted(len(texts)) else None
    static = word_vectors_of(embedder) if config.static_vectors else None
    return Corpus(analyzer or shared_analyzer(engine, config.lexicon_dir), texts, encoder, static)
