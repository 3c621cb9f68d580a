"""Linking: which higher-level item each lower-level item serves, with evidence a planner can read.

- `vertical.py`: lower items -> ranked higher candidates (`link_pairs`, `link_items` over the
  levels of a run);
- `scoring.py`: the components of a score and their blend; `corpus.py`: the run's texts
  analysed once; `terms.py`, `tfidf.py`, `word_vectors.py`, `encoders.py`: what a text becomes;
- `references.py`: explicit references ("Strategy 2025, objective 7.1") resolved;
- `programmes.py`: a lower programme linked by all of its evidence;
- `evidence.py`: the words a planner reads for each link;
- `same_level.py`: similar items among plans of one level (duplicates, contradictions);
- `config.py`: `LinkConfig` and the blend weights of resources/linking.json.

The blend weights were chosen on the English SDG subsets; bench/link_sdg.py reports them
leave-one-subset-out (each subset scored with weights chosen on the others).
"""

from analysis.link.config import LOWER_KINDS, STRATEGIC_KINDS, LinkConfig, LinkRules
from analysis.link.encoders import ENCODER_RAN, encoder_installed, encoder_ran_as_installed
from analysis.link.evidence import is_explicit, link_terms
from analysis.link.programmes import programme_ranking, strategic_up
from analysis.link.references import resolve_document, resolve_references
from analysis.link.same_level import same_level_pairs
from analysis.link.vertical import link_items, link_pairs

__all__ = [
    "ENCODER_RAN",
    "LOWER_KINDS",
    "STRATEGIC_KINDS",
    "LinkConfig",
    "LinkRules",
    "encoder_installed",
    "encoder_ran_as_installed",
    "is_explicit",
    "link_items",
    "link_pairs",
    "link_terms",
    "programme_ranking",
    "resolve_document",
    "resolve_references",
    "same_level_pairs",
    "strategic_up",
]
