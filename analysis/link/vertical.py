"""Vertical links: for every lower item, the higher items it may serve, ranked, with evidence.

For every objective, target, task, measure and indicator of a lower plan, the items of the
plans ranked above it are scored (analysis/link/scoring.py) and the top `top_k` kept (score
0..1, rank, evidence), like to like: indicators to indicators where the higher plan has
indicators; objectives, targets, tasks and measures to goals, objectives and targets. A higher
item is described by its own text and, at lower weight, its parent's and grandparent's.
Explicit references resolve to the cited item and put it first (analysis/link/references.py);
a lower programme is re-ranked by all of its evidence (analysis/link/programmes.py).
"""

from __future__ import annotations

import functools
import gc
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import numpy as np

from analysis.hierarchy import Hierarchy
from analysis.link.config import LOWER_KINDS, STRATEGIC_KINDS, LinkConfig
from analysis.link.corpus import Corpus, context, run_corpus
from analysis.link.evidence import number_evidence, number_facts, shared_terms, terms_evidence
from analysis.link.programmes import programme_children, programme_links
from analysis.link.references import inherited_scope, resolve_references
from analysis.link.scoring import (
    candidate_kinds,
    fuzz_needed,
    fuzz_scores,
    pool_of,
    rerank,
    score_components,
    weights_for,
)
from analysis.link.terms import Analyzer, shared_analyzer
from analysis.model import AnalysisResult, Document, DocumentStatus, Evidence, Item, ItemKind, Link
from analysis.nlp import NlpEngine


def _gc_paused(function):
    """The cyclic garbage collector would walk every object of the run again and again while
    100,000 links are built (none of them in a cycle): off for the call, back on after it."""

    @functools.wraps(function)
    def paused(*args, **kwargs):
        collecting = gc.isenabled()
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return paused


@dataclass
class _Run:
    """What the families of lower items of one `link_pairs` call share."""

    config: LinkConfig
    corpus: Corpus
    weights: dict[str, float]
    tree: Hierarchy
    lower: list[Item]
    higher: list[Item]
    lower_context: list[list[tuple[Item, float]]]
    higher_context: list[list[tuple[Item, float]]]
    higher_docs: list[Document]
    items_by_doc: dict[str, list[Item]]
    language: str
    # programme heads (lower items with a results chain under them): their own score for every
    # higher item of their pool, and that pool, for programme_links
    heads: dict[str, list[Item]]
    head_scores: dict[str, dict[str, float]] = field(default_factory=dict)
    head_pools: dict[str, list[Item]] = field(default_factory=dict)
    high_sides: dict[tuple[ItemKind, ...], dict] = field(default_factory=dict)


@dataclass
class _Family:
    """One family of lower items scored against its pool of higher items."""

    members: list[int]  # positions in run.lower
    pool: list[Item]
    short: np.ndarray  # each row's shortlist (pool positions)
    blended: np.ndarray  # rows x pool, normalised over the non-fuzz weights
    final: np.ndarray  # rows x shortlist, every weight counted
    non_fuzz: float  # the non-fuzz weights (blended is normalised over them) ...
    total: float  # ... and all weights: blended x non_fuzz / total is a score without rapidfuzz
    sentence: np.ndarray | None  # the sentence encoder's cosine, when it ran
    cites: list[tuple[dict[int, str], dict[int, dict]]]  # (explicit, inherited) pool positions per row


@_gc_paused
def link_pairs(
    lower: list[Item],
    higher: list[Item],
    engine: NlpEngine,
    config: LinkConfig | None = None,
    higher_docs: list[Document] | None = None,
    analyzer: Analyzer | None = None,
    all_items: dict[str, Item] | None = None,
) -> list[Link]:
    """Rank `higher` items for each of `lower`; the top `top_k` per lower item, like to like.

    `higher` may hold context items (goals above indicators): they describe their children
    and are candidates only for lower items of a strategic kind.
    """
    config = config or LinkConfig()
    if not lower or not higher:
        return []
    run = _prepare(lower, higher, engine, config, higher_docs or [], analyzer, all_items)
    present = {h.kind for h in higher}
    groups: dict[tuple[ItemKind, ...], list[int]] = defaultdict(list)
    for n, item in enumerate(lower):
        groups[candidate_kinds(item, present)].append(n)
    links: list[Link] = []
    for kinds, members in _blocks(groups, higher, run.tree):
        pool = pool_of(higher, kinds, run.tree)
        if pool:
            links += _family_links(run, _score_family(run, kinds, members, pool))
    if run.head_scores:
        links = programme_links(links, run.heads, run.head_scores, run.head_pools, higher, run.tree, run.corpus, config)
    return links


# Cells (lower items x candidates) of one block of dense scores: about 80 MB a component. Two
# plans of 20,000 objectives made matrices of 9 GB in one piece; each row is ranked on its own.
LINK_BLOCK_CELLS = 20_000_000


def _blocks(
    groups: dict[tuple[ItemKind, ...], list[int]], higher: list[Item], tree: Hierarchy
) -> Iterator[tuple[tuple[ItemKind, ...], list[int]]]:
    """(kinds, lower positions) of each group, cut into blocks of at most LINK_BLOCK_CELLS cells
    against the group's pool of candidates."""
    for kinds, group in groups.items():
        size = max(1, LINK_BLOCK_CELLS // max(1, len(pool_of(higher, kinds, tree))))
        for start in range(0, len(group), size):
            yield kinds, group[start : start + size]


def _prepare(
    lower: list[Item],
    higher: list[Item],
    engine: NlpEngine,
    config: LinkConfig,
    higher_docs: list[Document],
    analyzer: Analyzer | None,
    all_items: dict[str, Item] | None,
) -> _Run:
    """The run's texts analysed once (with their context), the encoder chosen, the weights."""
    rules = config.rules
    tree = Hierarchy(all_items or [*lower, *higher])
    higher_context = context(higher, tree, (rules.parent_weight, rules.grandparent_weight))
    lower_context = context(lower, tree, (rules.lower_parent_weight,))
    corpus = run_corpus([*lower, *higher], [*higher_context, *lower_context], engine, config, analyzer)
    items_by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in higher:
        items_by_doc[item.document_id].append(item)
    return _Run(
        config=config,
        corpus=corpus,
        weights=weights_for(config, corpus),
        tree=tree,
        lower=lower,
        higher=higher,
        lower_context=lower_context,
        higher_context=higher_context,
        higher_docs=higher_docs,
        items_by_doc=items_by_doc,
        language=engine.language,
        heads=programme_children(lower) if config.programme_bonus > 0 else {},
    )


def _score_family(run: _Run, kinds: tuple[ItemKind, ...], members: list[int], pool: list[int]) -> _Family:
    """Every component for the family (or a block of it) against its pool, a shortlist per row by
    the blend without rapidfuzz, then rapidfuzz on the shortlisted pairs that could still reach the
    top_k."""
    config, weights = run.config, run.weights
    low_side = run.corpus.side([run.lower[n] for n in members], [run.lower_context[n] for n in members])
    if kinds not in run.high_sides:  # the pool's side is the same for every block of a family
        run.high_sides[kinds] = run.corpus.side([run.higher[j] for j in pool], [run.higher_context[j] for j in pool])
    high_side = run.high_sides[kinds]
    scores = score_components(low_side, high_side)
    blended = scores.blend({k: w for k, w in weights.items() if k != "fuzz"})
    w_fuzz = weights.get("fuzz", 0.0)
    total = sum(w for k, w in weights.items() if w > 0 and (k in scores.components or k == "fuzz")) or 1.0
    k = min(config.shortlist, len(pool))
    short = (
        np.argpartition(blended, len(pool) - k, axis=1)[:, len(pool) - k :]
        if k < len(pool)
        else np.tile(np.arange(len(pool)), (len(members), 1))
    )
    rows = np.repeat(np.arange(len(members)), short.shape[1])
    cols = short.reshape(-1)
    cites = _citations(run, members, pool)
    # blended is normalised over the non-fuzz weights; rescale so all weights sum to 1
    non_fuzz = total - (w_fuzz if w_fuzz > 0 else 0.0)
    base = blended[rows, cols] * non_fuzz
    fuzzy = np.zeros(len(rows), np.float32)
    if w_fuzz > 0:
        need = fuzz_needed(base, w_fuzz, total, short.shape, config.top_k, [bool(e or i) for e, i in cites])
        fuzzy[need] = fuzz_scores(low_side["strings"], high_side["strings"], rows[need], cols[need])  # type: ignore[arg-type]
    final = (base + w_fuzz * fuzzy) / total
    return _Family(
        members=members,
        pool=[run.higher[j] for j in pool],
        short=short,
        blended=blended,
        final=final.reshape(short.shape),
        non_fuzz=non_fuzz,
        total=total,
        sentence=scores.components.get("sentence"),
        cites=cites,
    )


def _citations(run: _Run, members: list[int], pool: list[int]) -> list[tuple[dict[int, str], dict[int, dict]]]:
    """Per lower item, the pool positions it cites explicitly (with the citing words), else those
    inside what its nearest citing ancestor cites."""
    if not run.higher_docs:
        return [({}, {}) for _ in members]
    pool_ids = {run.higher[j].id: p for p, j in enumerate(pool)}
    out = []
    for n in members:
        item = run.lower[n]
        cited = resolve_references(item, run.higher_docs, run.items_by_doc, run.language)
        explicit = {pool_ids[t.id]: words for t, words in cited if t.id in pool_ids}
        inherited = (
            {} if cited else inherited_scope(item, run.tree, run.higher_docs, run.items_by_doc, pool_ids, run.language)
        )
        out.append((explicit, inherited))
    return out


def _family_links(run: _Run, family: _Family) -> list[Link]:
    """The top_k links of each row of the family, with their evidence."""
    config, corpus = run.config, run.corpus
    # each row's shortlist ranked at once: score (clipped to 0..1) down, then pool position
    clipped = np.clip(family.final, 0.0, 1.0)
    order = np.lexsort((family.short, -clipped), axis=-1)[:, : config.top_k]
    top_positions = np.take_along_axis(family.short, order, 1).tolist()
    top_scores = np.take_along_axis(clipped, order, 1).tolist()
    pool = family.pool
    pool_terms = [corpus.terms[h.text] for h in pool]
    pool_facts = [number_facts(h) for h in pool]
    links: list[Link] = []
    for r, n in enumerate(family.members):
        item = run.lower[n]
        explicit, inherited = family.cites[r]
        lower_terms = corpus.terms[item.text]
        if explicit or inherited:
            ranked = rerank(
                family.short[r],
                family.final[r],
                family.blended[r],
                family.non_fuzz / family.total,
                explicit,
                inherited,
                lambda p, terms=lower_terms: bool(terms.lemma_set & pool_terms[p].lemma_set),
                config.rules,
            )
        else:
            ranked = list(zip(top_scores[r], top_positions[r], strict=True))
        if item.id in run.heads:
            own = {pool[p].id: float(v) * family.non_fuzz / family.total for p, v in enumerate(family.blended[r])}
            own.update({pool[int(p)].id: float(v) for p, v in zip(family.short[r], clipped[r], strict=True)})
            own.update({pool[p].id: float(v) for v, p in ranked})
            run.head_scores[item.id], run.head_pools[item.id] = own, pool
        lower_facts = number_facts(item)
        lower_ranked = corpus.ranked_lemmas(item.text)
        for rank, (score, p) in enumerate(ranked[: config.top_k], 1):
            evidence = []
            if p in explicit:
                evidence.append(Evidence("reference", {"words": explicit[p]}))
            elif p in inherited:
                evidence.append(Evidence("inherited", dict(inherited[p])))
            evidence += terms_evidence(shared_terms(lower_terms, pool_terms[p], corpus.lemma_idf, lower_ranked))
            if lower_facts[1] or lower_facts[2] or (lower_facts[0] and item.attributes is not None):
                evidence += number_evidence(item, pool[p], lower_facts, pool_facts[p])
            if family.sentence is not None and family.sentence[r, p] >= 0.5:
                evidence.append(Evidence("meaning", {"score": round(float(family.sentence[r, p]), 2)}))
            links.append(
                Link(source_id=item.id, target_id=pool[p].id, rank=rank, score=round(score, 4), evidence=evidence)
            )
    return links


def ranked_documents(result: AnalysisResult) -> list[Document]:
    return [d for d in result.documents if d.status != DocumentStatus.FAILED and d.level is not None]


def link_items(
    result: AnalysisResult,
    engine: NlpEngine,
    config: LinkConfig | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> list[Link]:
    """Links from every ranked lower document to all documents ranked above it."""
    config = config or LinkConfig()
    documents = ranked_documents(result)
    levels = sorted({d.level for d in documents})  # type: ignore[type-var]
    if len(levels) < 2:
        return []
    analyzer = shared_analyzer(engine, config.lexicon_dir)
    all_items = {i.id: i for i in result.items}
    links: list[Link] = []
    for step, level in enumerate(levels[1:]):
        if progress:
            progress(step / (len(levels) - 1), f"Linking level {level} plans to the plans above")
        lower_docs = {d.id for d in documents if d.level == level}
        higher_docs = [d for d in documents if d.level < level]  # type: ignore[operator]
        higher_ids = {d.id for d in higher_docs}
        lower = [i for i in result.items if i.document_id in lower_docs and i.kind in LOWER_KINDS]
        higher = [i for i in result.items if i.document_id in higher_ids and i.kind in (*STRATEGIC_KINDS, *LOWER_KINDS)]
        links.extend(link_pairs(lower, higher, engine, config, higher_docs, analyzer, all_items))
    if progress:
        progress(1.0, "Linked")
    return links
