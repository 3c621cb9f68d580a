"""Scoring a family of lower items against its pool of higher items (all vectorised, no pair loops).

- chars: TF-IDF cosine of character 3-5-grams of the content lemmas (rare terms count more;
  'qualified' meets 'qualification'); synonyms and abbreviations are folded into one term first;
- terms: TF-IDF cosine of lemma unigrams and bigrams;
- static: IDF-weighted mean of the sentence encoder's word-piece input embeddings (free: no
  encoding), when the encoder package is installed;
- sentence: the sentence encoder's cosine (analysis/embed.py), when installed and the run has
  at most `encoder_max_texts` distinct texts ("auto"), so large runs stay fast;
- fuzz: rapidfuzz token_set_ratio of the lemma strings, for the shortlisted pairs only.
The components are blended with the weights of resources/linking.json, which sum to 1 once
normalised, so the score stays in 0..1.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from analysis.hierarchy import Hierarchy
from analysis.link.config import STRATEGIC_KINDS, LinkConfig, LinkRules
from analysis.link.corpus import Corpus
from analysis.link.tfidf import cosine
from analysis.model import Item, ItemKind


@dataclass
class Scores:
    """Component scores of lower rows against one pool of higher items (dense, rows x pool)."""

    components: dict[str, np.ndarray] = field(default_factory=dict)

    def blend(self, weights: dict[str, float]) -> np.ndarray:
        active = {k: w for k, w in weights.items() if w > 0 and k in self.components}
        total = sum(active.values()) or 1.0
        out, part = None, None
        for k, w in active.items():  # in place: a 20,000 x 1,000 run holds two matrices, not six
            part = np.clip(self.components[k], 0.0, 1.0, out=part)
            part *= np.float32(w / total)
            if out is None:
                out, part = part, None
            else:
                out += part
        shape = next(iter(self.components.values())).shape if self.components else (0, 0)
        return out if out is not None else np.zeros(shape, np.float32)


def score_components(lower: dict, higher: dict) -> Scores:
    scores = Scores()
    scores.components["terms"] = cosine(lower["terms"], higher["terms"])
    scores.components["chars"] = cosine(lower["chars"], higher["chars"])
    for dense in ("static", "sentence"):
        if dense in lower and dense in higher:
            scores.components[dense] = lower[dense] @ higher[dense].T
    return scores


def fuzz_scores(lower_strings: list[str], higher_strings: list[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    if len(rows) == 0:
        return np.zeros(0, np.float32)
    ratios = process.cpdist(
        [lower_strings[r] for r in rows], [higher_strings[c] for c in cols], scorer=fuzz.token_set_ratio, workers=-1
    )
    return np.asarray(ratios, np.float32) / 100.0


def fuzz_needed(
    base: np.ndarray, w_fuzz: float, total: float, shape: tuple[int, int], top_k: int, cites: list[bool]
) -> np.ndarray:
    """Which shortlisted pairs need the rapidfuzz score: those that could still reach their row's
    top_k with the best fuzz score (1.0). A pair whose score with fuzz 1.0 stays below the
    top_k-th score without any fuzz cannot be ranked: skipping it changes no link. Rows that
    cite a higher item are re-ranked with bonuses, so all of theirs are scored."""
    need = np.ones(shape, bool)
    if shape[1] <= top_k:
        return need.reshape(-1)
    low = (base / total).reshape(shape)
    kth = -np.partition(-low, top_k - 1, axis=1)[:, top_k - 1]
    high = ((base + w_fuzz) / total).reshape(shape)
    need = (high >= kth[:, None]) | np.asarray(cites, bool)[:, None]
    return need.reshape(-1)


def rerank(
    short: np.ndarray,
    final: np.ndarray,
    blended: np.ndarray,
    scale: float,
    explicit: dict[int, str],
    inherited: dict[int, dict],
    shares_terms: Callable[[int], bool],
    rules: LinkRules,
) -> list[tuple[float, int]]:
    """One row's candidates when it cites higher items (or its parent does): the cited ones join
    the shortlist and rise (an explicit reference to `rules.reference_score` at least; a candidate
    inside a cited scope by `rules.inherited_bonus`, a third of it when it shares no term)."""
    candidates: dict[int, float] = {int(p): float(s) for p, s in zip(short, final, strict=True)}
    for p in list(explicit) + list(inherited):
        candidates.setdefault(p, float(blended[p]) * scale)
    ranked: list[tuple[float, int]] = []
    for p, s in candidates.items():
        if p in explicit:
            s = max(rules.reference_score, s)
        elif p in inherited:
            s += rules.inherited_bonus if shares_terms(p) else rules.inherited_bonus / 3
        ranked.append((min(1.0, max(0.0, s)), p))
    ranked.sort(key=lambda x: (-x[0], x[1]))
    return ranked


def candidate_kinds(lower: Item, present: set[ItemKind]) -> tuple[ItemKind, ...]:
    """Like to like: indicators to indicators; objectives, tasks and measures to goals/objectives/targets."""
    if lower.kind == ItemKind.INDICATOR and ItemKind.INDICATOR in present:
        return (ItemKind.INDICATOR,)
    if any(k in present for k in STRATEGIC_KINDS):
        return tuple(k for k in STRATEGIC_KINDS if k in present)
    return tuple(sorted(present, key=lambda k: k.value))


def pool_of(higher: list[Item], kinds: tuple[ItemKind, ...], tree: Hierarchy) -> list[int]:
    """Positions of the higher items a family of lower items is ranked against. A target that
    no indicator measures ("Additional target indicator: raise employment in SMEs ... from 210
    to 260 thousand by 2025") is its own indicator, so lower indicators see it too."""
    measured = {i.parent_id for i in tree.items.values() if i.kind == ItemKind.INDICATOR and i.parent_id}
    self_measured = ItemKind.INDICATOR in kinds
    return [
        j
        for j, h in enumerate(higher)
        if h.kind in kinds or (self_measured and h.kind == ItemKind.TARGET and h.id not in measured)
    ]


def weights_for(config: LinkConfig, corpus: Corpus) -> dict[str, float]:
    """The blend for what runs: the sentence encoder, else its word-piece vectors, else words alone."""
    if config.weights is not None:
        return config.weights
    if corpus.encoder is not None:
        return config.rules.blend["encoder"]
    return config.rules.blend["static" if corpus.static is not None else "lexical"]
