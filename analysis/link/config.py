"""What linking is asked to do (`LinkConfig`) and the blend it does it with (`LinkRules`,
resources/linking.json: data a ministry may adapt, not code)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from analysis.model import ItemKind
from analysis.resources import resources_dir

LOWER_KINDS = (ItemKind.OBJECTIVE, ItemKind.TARGET, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR)
STRATEGIC_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TARGET)
COMPONENTS = ("chars", "terms", "static", "sentence", "fuzz")


@dataclass(frozen=True)
class LinkRules:
    """The weights of linking's evidence, read from resources/linking.json (its `_about` says
    what each means and how they were chosen)."""

    blend: dict[str, dict[str, float]]  # "encoder" | "static" | "lexical" -> component -> weight
    parent_weight: float  # context of a higher item: its parent ...
    grandparent_weight: float  # ... and grandparent
    lower_parent_weight: float  # an indicator's objective says a little about what it measures
    reference_score: float  # an explicit reference ranks first, whatever the words say
    inherited_bonus: float
    same_level_cosine: float
    same_level_fuzz: float

    @classmethod
    def load(cls, path: str | Path | None = None) -> LinkRules:
        with open(path or resources_dir() / "linking.json", encoding="utf-8") as fh:
            data = json.load(fh)
        return cls(
            blend={name: dict(weights) for name, weights in data["blend"].items()},
            parent_weight=data["context"]["parent"],
            grandparent_weight=data["context"]["grandparent"],
            lower_parent_weight=data["context"]["lower_parent"],
            reference_score=data["explicit_reference_score"],
            inherited_bonus=data["inherited_bonus"],
            same_level_cosine=data["same_level"]["cosine"],
            same_level_fuzz=data["same_level"]["fuzz"],
        )


@dataclass
class LinkConfig:
    top_k: int = 5
    # A rank-1 link at or above this score is accepted (the checks treat it as the parent).
    # Read off the SDG benchmark's precision curve: about 70% of rank-1 links at or above it
    # are right with the sentence encoder (bench/link_sdg.py prints the curve).
    accept_threshold: float = 0.45
    lexicon_dir: str | None = None
    # Sentence encoder: "auto" = when installed and the run has at most encoder_max_texts
    # distinct texts (a cold encoder costs ~40 ms per text on 2 cores; cached texts are free);
    # "on" / True = whenever installed; "off" / False = never.
    semantic: str | bool = "auto"
    encoder_max_texts: int = 1500
    shortlist: int = 30  # candidates per lower item that get the rapidfuzz score
    weights: dict[str, float] | None = None  # override the blend (keys: COMPONENTS)
    static_vectors: bool = True  # use the encoder's word-piece embeddings when installed
    # Programme linking (analysis/link/programmes.py): the share of a lower programme's items
    # whose links land in a higher item's results chain adds programme_bonus x share to the
    # programme's own score for it; a child's link counts at or above programme_min_score (None:
    # accept_threshold). 0 = link every item by its own words only. Chosen by bench/link_programmes.py.
    programme_bonus: float = 0.3
    programme_min_score: float | None = None
    rules: LinkRules = field(default_factory=LinkRules.load)

    def encoder_wanted(self, n_texts: int) -> bool:
        mode = {True: "on", False: "off"}.get(self.semantic, self.semantic)  # type: ignore[arg-type]
        return mode == "on" or (mode == "auto" and n_texts <= self.encoder_max_texts)
