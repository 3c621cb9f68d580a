"""What the linking benchmarks need from the linker besides links: every component score of a
family of lower items against its pool (to choose blend weights on some data and rank held-out
data with them), and the name of the scoring a run uses. Benchmark-only: the product never asks."""

from __future__ import annotations

import numpy as np
from rapidfuzz import fuzz, process

from analysis.hierarchy import Hierarchy
from analysis.link import LinkConfig
from analysis.link.corpus import context, run_corpus
from analysis.link.encoders import encoder_for
from analysis.link.scoring import candidate_kinds, pool_of, score_components
from analysis.model import Item
from analysis.nlp import NlpEngine


def component_scores(
    lower: list[Item],
    higher: list[Item],
    engine: NlpEngine,
    config: LinkConfig | None = None,
    all_items: dict[str, Item] | None = None,
) -> tuple[list[Item], dict[str, np.ndarray]]:
    """Every component score of `lower` (one kind) against its like-to-like pool, dense, with the
    rapidfuzz score for all pairs (`process.cdist`)."""
    config = config or LinkConfig()
    rules = config.rules
    tree = Hierarchy(all_items or [*lower, *higher])
    kinds = {candidate_kinds(i, {h.kind for h in higher}) for i in lower}
    if len(kinds) != 1:
        raise ValueError("component_scores takes lower items of one candidate family")
    pool = [higher[j] for j in pool_of(higher, kinds.pop(), tree)]
    higher_context = context(pool, tree, (rules.parent_weight, rules.grandparent_weight))
    lower_context = context(lower, tree, (rules.lower_parent_weight,))
    corpus = run_corpus([*lower, *higher], [*higher_context, *lower_context], engine, config)
    low_side, high_side = corpus.side(lower, lower_context), corpus.side(pool, higher_context)
    components = score_components(low_side, high_side).components
    ratios = process.cdist(low_side["strings"], high_side["strings"], scorer=fuzz.token_set_ratio, workers=-1)
    components["fuzz"] = np.asarray(ratios, np.float32) / 100.0
    return pool, components


def method_name(config: LinkConfig | None, n_texts: int) -> str:
    """Which scoring a run of `n_texts` distinct texts uses, as the benchmarks print it."""
    config = config or LinkConfig()
    embedder = encoder_for("en")
    if embedder is not None and config.encoder_wanted(n_texts):
        return "sentence encoder + character/term TF-IDF + rapidfuzz"
    if embedder is not None and config.static_vectors:
        return "word-piece vectors + character/term TF-IDF + rapidfuzz"
    return "character/term TF-IDF + rapidfuzz"
