"""UNCOVERED_PRIORITY and UNLINKED_OBJECTIVE: the vertical links between plan levels.

OECD (2020, 2.3.1): Kostanay's Development Programme never mentions the national
flour-mill cluster designated for Kostanay; regional plans restate central objectives
without linking to them.

A higher item is covered by a lower document when a link at or above the acceptance
threshold (at any rank: one item may serve several priorities) reaches it or one of its
descendants (the facts: analysis/coverage.py). A priority that no lower plan takes up is reported
once overall; a priority that names a region is reported for that region's plans too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from analysis.checks.context import CheckContext, shorten
from analysis.coverage import PRIORITY_KINDS
from analysis.link import is_explicit, link_terms
from analysis.model import Document, Finding, Item, ItemKind
from analysis.resources import load_lexicon, per_rules

LOWER_KINDS = (ItemKind.OBJECTIVE,)


def mentioning_documents(ctx: CheckContext, region: str) -> dict[str, set[str]]:
    """higher item id -> lower documents that mention it: an explicit reference, or a serving
    link sharing two of its key terms besides the region's name. A priority designated for a
    region must be named in that region's plan (OECD 2020, 2.3.1: the programme "never
    mentions" the flour-mill cluster); a meat plant sharing the word "processing" with the
    grain-processing cluster does not take it up."""
    mentioned: dict[str, set[str]] = defaultdict(set)
    for link in ctx.coverage.serving:
        source, target = ctx.items.get(link.source_id), ctx.items.get(link.target_id)
        if source is None or target is None:
            continue
        terms = [t for t in link_terms(link) if t.lower() != region.lower()]
        if is_explicit(link) or len(terms) >= 2:
            for higher in ctx.hierarchy.chain(target):
                mentioned[higher.id].add(source.document_id)
    return mentioned


@per_rules()
def region_pattern(region: str) -> re.Pattern:
    """The region's name in every language Concord reads, from the regions lexicons: a Russian
    national plan writes "Костанайской области" for the plan whose region is "Kostanay"."""
    names = {region.lower()}
    for language in ("en", "ru", "kk"):
        try:
            names.update(load_lexicon("regions", language)["regions"].get(region, []))
        except FileNotFoundError:
            continue
    alternatives = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.I)


def _names_region(ctx: CheckContext, item: Item, document: Document) -> bool:
    if not document.region:
        return False
    text = " ".join([item.text, *(a.text for a in ctx.hierarchy.ancestors(item))])
    return region_pattern(document.region).search(text) is not None


def is_national(document: Document, top: int) -> bool:
    return document.level_name == "national" if document.level_name else document.level == top


def check(ctx: CheckContext) -> Iterator[Finding]:
    """National priorities that no regional or local plan takes up (directly, or through a
    national programme that a regional plan implements)."""
    ranked = [d for d in ctx.analysed_documents() if d.level is not None]
    if len({d.level for d in ranked}) < 2:
        return
    top = min(d.level for d in ranked)
    covered = ctx.coverage.taken_up
    mentioned = {region: mentioning_documents(ctx, region) for region in {d.region for d in ranked if d.region}}
    for higher_doc in ranked:
        if not is_national(higher_doc, top):
            continue
        lower_docs = [d for d in ranked if d.level > higher_doc.level and not is_national(d, top)]
        if not lower_docs:
            continue
        priorities = ctx.items_of(higher_doc.id, *PRIORITY_KINDS) or ctx.items_of(higher_doc.id, ItemKind.GOAL)
        # gap -> the priorities with it: "overall" (no lower plan takes it up) or a region whose
        # plans never mention a priority designated for it; one gap per region, not per plan
        gaps: dict[str, set[str]] = defaultdict(set)
        for item in priorities:
            if not covered.get(item.id):
                gaps["overall"].add(item.id)
                continue
            for region in {d.region for d in lower_docs if d.region}:
                plans = [d for d in lower_docs if d.region == region]
                named = any(_names_region(ctx, item, d) for d in plans)
                if named and not ({d.id for d in plans} & mentioned[region].get(item.id, set())):
                    gaps[region].add(item.id)
        in_gap = set().union(*gaps.values()) if gaps else set()
        # the priorities in a gap below each item, found once (asking every pair was quadratic:
        # 40 s for two plans of 5,000 objectives)
        below_of: dict[str, list[Item]] = defaultdict(list)
        for c in priorities:
            if c.id in in_gap:
                for a in ctx.hierarchy.ancestors(c):
                    below_of[a.id].append(c)
        for gap, members in gaps.items():
            plans = lower_docs if gap == "overall" else [d for d in lower_docs if d.region == gap]
            for item in priorities:
                if item.id not in members or any(a.id in in_gap for a in ctx.hierarchy.ancestors(item)):
                    continue  # a target is reported with its objective: one gap, one finding
                below = below_of.get(item.id, [])
                yield _uncovered(ctx, item, higher_doc, plans, overall=gap == "overall", below=below)
    yield from _unlinked(ctx, ranked)


def _uncovered(
    ctx: CheckContext,
    item: Item,
    higher_doc: Document,
    lower_docs: list[Document],
    overall: bool,
    below: list[Item] | None = None,
) -> Finding:
    below = below or []
    names = [ctx.doc_name(d.id) for d in lower_docs]
    higher_name = ctx.doc_name(higher_doc.id)
    return ctx.finding(
        "UNCOVERED_PRIORITY",
        [higher_doc.id, *(d.id for d in lower_docs)],
        [item.id, *(b.id for b in below)],
        [ctx.evidence(item), *(ctx.evidence(b) for b in below)],
        item=item.text,
        item_short=shorten(item.text, 60),
        higher_doc=higher_name,
        higher_doc_short=shorten(higher_name, 40),
        code_part=ctx.concat(" (", ctx.word("kinds", item.kind.value), f" {item.code})") if item.code else "",
        code_ref=ctx.concat(", ", ctx.word("kinds", item.kind.value), f" {item.code}") if item.code else "",
        scope_short=ctx.phrase("uncovered_scope_short_overall") if overall else names[0],
        scope_clause=(
            ctx.phrase("uncovered_scope_overall", names="; ".join(names))
            if overall
            else ctx.phrase("uncovered_scope_one", name=names[0])
            if len(names) == 1
            else ctx.phrase("uncovered_scope_region", region=lower_docs[0].region, names="; ".join(names))
        ),
        below_part=(
            ctx.phrase(
                "uncovered_below",
                items=ctx.join(
                    (ctx.concat(ctx.word("kinds", b.kind.value), f" {b.code or shorten(b.text, 40)}") for b in below),
                    ", ",
                ),
            )
            if below
            else ""
        ),
    )


def _unlinked(ctx: CheckContext, ranked: list[Document]) -> Iterator[Finding]:
    top = min(d.level for d in ranked)
    linked = ctx.coverage.linked_items
    best: dict[str, tuple[float, str]] = {}
    for link in ctx.links:
        if link.rank == 1:
            best[link.source_id] = (link.score, link.target_id)
    for document in ranked:
        if document.level == top:
            continue
        higher_names = "; ".join(ctx.doc_name(d.id) for d in ranked if d.level < document.level)
        for item in ctx.items_of(document.id, *LOWER_KINDS, ItemKind.INDICATOR):
            if item.id in linked:
                continue
            above = ctx.hierarchy.ancestors(item)
            if item.kind == ItemKind.INDICATOR and any(a.kind == ItemKind.OBJECTIVE for a in above):
                continue  # reported through its objective
            best_part = ""
            if item.id in best and best[item.id][1] in ctx.items:
                score, target = best[item.id]
                best_part = ctx.phrase("unlinked_best", text=shorten(ctx.items[target].text, 60), score=f"{score:.2f}")
            yield ctx.item_finding(
                "UNLINKED_OBJECTIVE",
                item,
                code_part=f" ({item.code})" if item.code else "",
                higher_docs=higher_names,
                best_part=best_part,
            )
