"""Programmes: a lower goal, objective or task with items under it is linked by all of its
evidence together, its own words and how many of its indicators, measures and objectives land
in each higher item's results chain (`LinkConfig.programme_bonus` x that share, added to its own
score). One strong indicator match among five cannot outrank a clear objective match on its
own, and the evidence says it ("2 of 3 indicators measure the same thing").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from analysis.hierarchy import Hierarchy
from analysis.link.config import STRATEGIC_KINDS, LinkConfig
from analysis.link.corpus import Corpus
from analysis.link.evidence import shared_terms, terms_evidence
from analysis.model import Evidence, Item, ItemKind, Link

PROGRAMME_HEADS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK)


def programme_children(lower: list[Item], depth: int = 2) -> dict[str, list[Item]]:
    """Each lower goal, objective or task that has items under it (up to `depth` levels), with
    them: its results chain."""
    tree = Hierarchy(lower)
    return {
        item.id: tree.descendants(item.id, depth)
        for item in lower
        if item.kind in PROGRAMME_HEADS and tree.children.get(item.id)
    }


def strategic_up(items: list[Item], tree: Hierarchy, depth: int = 3) -> dict[str, list[str]]:
    """For each higher item, the goals, objectives and targets whose results chain it is in: itself
    (when strategic) and its strategic ancestors. A link to an indicator of target 3.2 supports
    target 3.2 and goal 3."""
    return {item.id: [i.id for i in tree.chain(item, depth) if i.kind in STRATEGIC_KINDS] for item in items}


@dataclass
class ProgrammeEvidence:
    """How much of a lower programme's results chain lands in one higher item's chain."""

    hits: Counter = field(default_factory=Counter)  # child kind -> children that land there (score >= threshold)
    totals: Counter = field(default_factory=Counter)  # child kind -> children with links
    support: float = 0.0  # sum over the children of each one's best link score into the chain

    @property
    def share(self) -> float:
        """The children's mean best score into the chain (0 for a child with no link there)."""
        total = sum(self.totals.values())
        return self.support / total if total else 0.0

    def evidence(self) -> list[Evidence]:
        """Per kind of child with hits, most hits first: ('3 of 5 indicators measure the same thing')."""
        return [
            Evidence("programme", {"kind": kind.value, "hits": n, "total": self.totals[kind]})
            for kind, n in sorted(self.hits.items(), key=lambda kv: (-kv[1], kv[0].value))
        ]


def programme_ranking(
    own: dict[str, float],
    child_links: list[tuple[ItemKind, list[tuple[str, float]]]],
    up: dict[str, list[str]],
    bonus: float,
    min_score: float,
) -> list[tuple[str, float, ProgrammeEvidence]]:
    """Higher items ranked for a lower programme by all of its evidence together: its own score
    for each (`own`: higher id -> score, any not listed counts 0) plus `bonus` times how well its
    children land in the higher item's chain (the item or an item under it): the mean over the
    children of each one's best link score there. One strong indicator match among five adds a
    fifth of what five would; it cannot outrank a clear objective match on its own. A child
    whose link there scores at least `min_score` is a hit in the evidence ('3 of 5 ...')."""
    support: dict[str, ProgrammeEvidence] = defaultdict(ProgrammeEvidence)
    totals: Counter = Counter()
    for kind, links in child_links:
        totals[kind] += 1
        best: dict[str, float] = {}
        for target, score in links:
            for q in up.get(target, []):
                best[q] = max(best.get(q, 0.0), score)
        for q, score in best.items():
            support[q].support += score
            if score >= min_score:
                support[q].hits[kind] += 1
    ranked = []
    for q in set(own) | set(support):
        evidence = support[q] if q in support else ProgrammeEvidence()
        evidence.totals = totals
        ranked.append((q, min(1.0, own.get(q, 0.0) + bonus * evidence.share), evidence))
    ranked.sort(key=lambda x: (-x[1], -own.get(x[0], 0.0), x[0]))
    return ranked


def programme_links(
    links: list[Link],
    heads: dict[str, list[Item]],
    head_scores: dict[str, dict[str, float]],
    head_pools: dict[str, list[Item]],
    higher: list[Item],
    tree: Hierarchy,
    corpus: Corpus,
    config: LinkConfig,
) -> list[Link]:
    """Each lower programme's links re-ranked by all of its evidence (`programme_ranking`),
    with the share of its chain that lands on each higher item in the evidence."""
    by_source: dict[str, list[Link]] = defaultdict(list)
    for link in links:
        by_source[link.source_id].append(link)
    up = strategic_up(higher, tree)
    min_score = config.programme_min_score if config.programme_min_score is not None else config.accept_threshold
    lowered: dict[str, list[Link]] = {}
    for head_id, own in head_scores.items():
        children = [
            (c.kind, [(lk.target_id, lk.score) for lk in by_source.get(c.id, [])])
            for c in heads[head_id]
            if by_source.get(c.id)
        ]
        if not children:
            continue
        pool = {h.id: h for h in head_pools[head_id]}
        ranking = [r for r in programme_ranking(own, children, up, config.programme_bonus, min_score) if r[0] in pool]
        old = {lk.target_id: lk for lk in by_source[head_id]}
        head = tree.items[head_id]
        new_links = []
        for rank, (target_id, score, evidence) in enumerate(ranking[: config.top_k], 1):
            lines = list(old[target_id].evidence) if target_id in old else []
            if not lines:
                terms = shared_terms(corpus.terms[head.text], corpus.terms[pool[target_id].text], corpus.lemma_idf)
                lines = terms_evidence(terms)
            lines += evidence.evidence()
            new_links.append(Link(head_id, target_id, rank, round(score, 4), evidence=lines))
        lowered[head_id] = new_links
    if not lowered:
        return links
    out = [lk for lk in links if lk.source_id not in lowered]
    for new_links in lowered.values():
        out.extend(new_links)
    return out
