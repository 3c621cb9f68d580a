"""Linking: which higher-level item each lower-level item serves, with evidence a planner can read.

For every objective, target, task, measure and indicator of a lower plan, the items of the
higher plans are ranked and the top `top_k` kept, each with a score in 0..1:

1. Terms: spaCy lemmas of content words, with synonyms and abbreviations folded into one
   concept (resources/lexicons/<lang>/synonyms.json), plus lemma bigrams. A higher item is
   described by its own terms and, at lower weight, those of its parent (an indicator by its
   target, a target by its goal), because a plan often words its indicator after the goal.
2. Candidates: TF-IDF cosine through an inverted index over the higher items, so the cost
   grows with the number of lower items times the postings they touch, not with all pairs;
   the best `shortlist` candidates go on.
3. Scoring: 0.6 x TF-IDF cosine + 0.4 x rapidfuzz token_set_ratio on the lemma strings,
   computed for all shortlisted pairs in one `process.cpdist(..., workers=-1)` call.
4. Explicit references ("Strategy 2025, objective 7.1", read during extraction) resolve to
   the cited item and put it first: they are the strongest evidence (OECD 2020, 3.1.2).

The weights are fixed by reasoning, not fitted; bench/link_sdg.py measures them on real
SDG indicator mappings, which nothing here was tuned on.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from analysis.embed import load_embedder
from analysis.model import AnalysisResult, Document, DocumentStatus, Item, ItemKind, Link
from analysis.nlp import NlpEngine
from analysis.resources import load_lexicon

LOWER_KINDS = (ItemKind.OBJECTIVE, ItemKind.TARGET, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR)
STRATEGIC_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TARGET)
SAME_LEVEL_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR)
COSINE_WEIGHT, FUZZ_WEIGHT = 0.6, 0.4
SEMANTIC_WEIGHT = (
    0.8  # chosen by leave-one-subset-out on the English SDG subsets (every fold chose 0.8): see bench/link_sdg.py
)
CONTEXT_WEIGHT = 0.35
REFERENCE_SCORE = 0.97
INHERITED_BONUS = 0.15
MAX_EVIDENCE_TERMS = 6


@dataclass
class LinkConfig:
    top_k: int = 5
    # A rank-1 candidate at or above this score is an accepted link. 0.40 is where, matching
    # real national SDG indicators to the global ones, a rank-1 link is right 70% of the time
    # (bench/link_weight_loso.py prints the curve); stronger evidence is needed to say "no parent".
    accept_threshold: float = 0.40
    shortlist: int = 30
    lexicon_dir: str | None = None
    # Add sentence-embedding similarity (analysis/embed.py) when the model is installed
    semantic: bool = True


@dataclass
class Terms:
    """What linking knows of an item's text."""

    lemmas: list[str]  # content lemmas in order, synonyms folded to one token
    features: Counter  # unigrams and bigrams
    display: dict[str, str] = field(default_factory=dict)  # token -> a readable word for evidence

    @property
    def string(self) -> str:
        return " ".join(self.lemmas)


class Analyzer:
    """Turns texts into Terms with one spaCy pass; folds synonyms by lemma sequence."""

    def __init__(self, engine: NlpEngine, lexicon_dir: str | None = None) -> None:
        self.engine = engine
        lexicon = load_lexicon("synonyms", engine.language, lexicon_dir)
        groups = lexicon["groups"]
        self.generic = {t.lemma_.lower() or t.lower_ for d in engine.lemmatize(lexicon.get("generic", [])) for t in d}
        self.concepts: dict[tuple[str, ...], str] = {}
        self.concept_names: dict[str, str] = {}
        alias_docs = list(engine.lemmatize(a for group in groups for a in group))
        n = 0
        for g, group in enumerate(groups):
            # a concept that includes a generic word ("region") is generic as a whole
            token = "" if any(a in lexicon.get("generic", []) for a in group) else f"syn{g}"
            self.concept_names[token] = group[0]
            for _ in group:
                lemmas = tuple(t.lemma_.lower() for t in alias_docs[n] if not t.is_punct and not t.is_space)
                n += 1
                if lemmas:
                    self.concepts.setdefault(lemmas, token)
        self.max_alias = max((len(k) for k in self.concepts), default=1)

    def analyze(self, texts: Sequence[str]) -> list[Terms]:
        return [self._terms(doc) for doc in self.engine.lemmatize(texts)]

    def _terms(self, doc) -> Terms:
        raw = [(t.lemma_.lower() or t.lower_, t) for t in doc if not t.is_punct and not t.is_space]
        out: list[str] = []
        display: dict[str, str] = {}
        i = 0
        while i < len(raw):
            for size in range(min(self.max_alias, len(raw) - i), 0, -1):
                key = tuple(lemma for lemma, _ in raw[i : i + size])
                token = self.concepts.get(key)
                if token is not None:
                    if token:
                        out.append(token)
                        display[token] = self.concept_names[token]
                    i += size
                    break
            else:
                lemma, tok = raw[i]
                if _is_content(lemma, tok) and lemma not in self.generic:
                    out.append(lemma)
                    display.setdefault(lemma, tok.lower_)
                i += 1
        features = Counter(out)
        features.update(f"{a} {b}" for a, b in zip(out, out[1:], strict=False))
        return Terms(lemmas=out, features=features, display=display)


def _is_content(lemma: str, token) -> bool:
    if token.is_stop or token.like_num or len(lemma) < 2:
        return False
    return any(ch.isalpha() for ch in lemma)


class TermIndex:
    """TF-IDF vectors of the higher items and an inverted index to query them."""

    def __init__(self, terms: list[Terms], context: list[Counter | None], idf: dict[str, float]) -> None:
        self.idf = idf
        self.size = len(terms)
        postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        for n, (t, ctx) in enumerate(zip(terms, context, strict=True)):
            for f, w in vector(t.features, ctx, idf).items():
                postings[f].append((n, w))
        self.postings = {
            f: (np.array([i for i, _ in p], dtype=np.int32), np.array([w for _, w in p], dtype=np.float32))
            for f, p in postings.items()
        }

    def query(self, features: Counter, context: Counter | None = None) -> np.ndarray:
        scores = np.zeros(self.size, dtype=np.float32)
        for f, w in vector(features, context, self.idf).items():
            posting = self.postings.get(f)
            if posting is not None:
                scores[posting[0]] += w * posting[1]
        return scores


def weigh(features: Counter, idf: dict[str, float]) -> dict[str, float]:
    """Sublinear term frequency x inverse document frequency (rare terms count more)."""
    default = max(idf.values(), default=1.0)
    return {f: (1.0 + math.log(c)) * idf.get(f, default) for f, c in features.items()}


def vector(features: Counter, context: Counter | None, idf: dict[str, float]) -> dict[str, float]:
    """Unit TF-IDF vector of an item, its context (parent, indicators) added at lower weight."""
    vec = normalise(weigh(features, idf))
    if context:
        for f, w in normalise(weigh(context, idf)).items():
            vec[f] = vec.get(f, 0.0) + CONTEXT_WEIGHT * w
    return normalise(vec)


def fuzzy_score(ratio: float) -> float:
    """token_set_ratio rescaled so that chance-level likeness (<= 50 of 100) adds nothing."""
    return max(0.0, (ratio - 50.0) / 50.0)


def normalise(vec: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in vec.values()))
    return {f: w / norm for f, w in vec.items()} if norm else {}


def inverse_document_frequency(all_terms: list[Terms]) -> dict[str, float]:
    df: Counter = Counter()
    for t in all_terms:
        df.update(set(t.features))
    n = len(all_terms)
    return {f: math.log((n + 1) / (c + 1)) + 1.0 for f, c in df.items()}


# ---- explicit references ----------------------------------------------------------------


def _acronym(title: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", title)).upper()


def resolve_document(name: str, documents: list[Document]) -> Document | None:
    """'Strategy 2025', 'PRD', 'Programme for Regional Development' -> the document with that title."""
    low = " ".join(name.lower().split())
    best, best_score = None, 0.0
    for doc in documents:
        title = " ".join((doc.title or "").lower().split())
        if not title:
            continue
        if low == _acronym(doc.title).lower() or low in title:
            score = 100.0 + len(low)
        else:
            score = fuzz.token_set_ratio(low, title)
        if score > best_score:
            best, best_score = doc, score
    return best if best_score >= 90 else None


def resolve_references(item: Item, higher_docs: list[Document], items_by_doc: dict[str, list[Item]]) -> list[Item]:
    targets: list[Item] = []
    for ref in item.extra.get("references", []):
        doc = resolve_document(ref["document"], higher_docs)
        if doc is None:
            continue
        for code in ref["codes"]:
            matches = [i for i in items_by_doc.get(doc.id, []) if i.code == code]
            preferred = [i for i in matches if ref.get("kind") and i.kind.value == ref["kind"]]
            targets.extend((preferred or matches)[:1])
    unique = {t.id: t for t in targets}
    return list(unique.values())


# ---- evidence ----------------------------------------------------------------------------


def shared_terms(a: Terms, b: Terms, idf: dict[str, float]) -> list[str]:
    common = set(a.lemmas) & set(b.lemmas)
    ranked = sorted(common, key=lambda t: -idf.get(t, 0.0))[:MAX_EVIDENCE_TERMS]
    return [a.display.get(t) or b.display.get(t) or t for t in ranked]


def number_evidence(a: Item, b: Item) -> list[str]:
    out = []
    x, y = a.attributes, b.attributes
    if x is None or y is None:
        return out
    if x.unit and x.unit == y.unit:
        out.append(f"same unit: {x.unit}")
    years = {t.year for t in x.targets if t.year} & {t.year for t in y.targets if t.year}
    if years:
        out.append("same target year: " + ", ".join(str(v) for v in sorted(years)))
    return out


# ---- linking -----------------------------------------------------------------------------


def _ranked_documents(result: AnalysisResult) -> list[Document]:
    return [d for d in result.documents if d.status != DocumentStatus.FAILED and d.level is not None]


def _candidate_kinds(lower: Item, higher_items: list[Item]) -> tuple[ItemKind, ...]:
    """Like to like: indicators to indicators; objectives, tasks and measures to goals/objectives/targets."""
    present = {i.kind for i in higher_items}
    if lower.kind == ItemKind.INDICATOR and ItemKind.INDICATOR in present:
        return (ItemKind.INDICATOR,)
    if any(k in present for k in STRATEGIC_KINDS):
        return STRATEGIC_KINDS
    return tuple(present)


def link_pairs(
    lower: list[Item],
    higher: list[Item],
    engine: NlpEngine,
    config: LinkConfig | None = None,
    higher_docs: list[Document] | None = None,
    analyzer: Analyzer | None = None,
    all_items: dict[str, Item] | None = None,
) -> list[Link]:
    """Rank `higher` items for each of `lower`; the top `top_k` per lower item, like to like."""
    config = config or LinkConfig()
    if not lower or not higher:
        return []
    analyzer = analyzer or Analyzer(engine, config.lexicon_dir)
    all_items = all_items or {i.id: i for i in [*lower, *higher]}
    lower_terms = analyzer.analyze([i.text for i in lower])
    higher_terms = analyzer.analyze([i.text for i in higher])
    embedder = load_embedder() if config.semantic else None
    lower_vectors = embedder.encode([i.text for i in lower]) if embedder else None
    higher_vectors = embedder.encode([i.text for i in higher]) if embedder else None
    context = _context_features(higher, all_items, analyzer)
    lower_context = _context_features(lower, all_items, analyzer)
    idf = inverse_document_frequency([*lower_terms, *higher_terms])

    groups: dict[tuple[ItemKind, ...], list[int]] = defaultdict(list)
    for n, item in enumerate(lower):
        groups[_candidate_kinds(item, higher)].append(n)
    items_by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in higher:
        items_by_doc[item.document_id].append(item)
    links: list[Link] = []
    for kinds, members in groups.items():
        pool = [j for j, h in enumerate(higher) if h.kind in kinds]
        index = TermIndex([higher_terms[j] for j in pool], [context[j] for j in pool], idf)
        semantic = (lower_vectors[members] @ higher_vectors[pool].T) if lower_vectors is not None else None
        pairs_lower, pairs_higher, cosines, meanings = [], [], [], []
        k = min(config.shortlist, len(pool))
        for row, n in enumerate(members):
            scores = index.query(lower_terms[n].features, lower_context[n])
            top = set(np.argpartition(-scores, k - 1)[:k].tolist() if k < len(pool) else range(len(pool)))
            if semantic is not None and k < len(pool):
                top |= set(np.argpartition(-semantic[row], k - 1)[:k].tolist())  # what the words miss
            for t in top:
                pairs_lower.append(n)
                pairs_higher.append(pool[t])
                cosines.append(float(scores[t]))
                meanings.append(float(semantic[row, t]) if semantic is not None else 0.0)
        fuzzy = process.cpdist(
            [lower_terms[n].string for n in pairs_lower],
            [higher_terms[j].string for j in pairs_higher],
            scorer=fuzz.token_set_ratio,
            workers=-1,
        )
        by_lower: dict[int, list[tuple[float, int]]] = defaultdict(list)
        for n, j, cos, fz, meaning in zip(pairs_lower, pairs_higher, cosines, fuzzy, meanings, strict=True):
            lexical = COSINE_WEIGHT * cos + FUZZ_WEIGHT * fuzzy_score(float(fz))
            score = (
                lexical if semantic is None else (1 - SEMANTIC_WEIGHT) * lexical + SEMANTIC_WEIGHT * max(0.0, meaning)
            )
            by_lower[n].append((score, j))
        higher_index = {h.id: j for j, h in enumerate(higher)}
        for n in members:
            item = lower[n]
            referenced = resolve_references(item, higher_docs or [], items_by_doc) if higher_docs else []
            explicit = {higher_index[r.id] for r in referenced if r.id in higher_index}
            inherited = _inherited_scope(item, all_items, higher_docs or [], items_by_doc, higher_index)
            ranked = sorted(
                ((s + _inherited_bonus(lower_terms[n], higher_terms[j]) if j in inherited else s), j)
                for s, j in by_lower.get(n, [])
            )[::-1]
            chosen = [(REFERENCE_SCORE, j) for j in explicit] + [(s, j) for s, j in ranked if j not in explicit]
            for rank, (score, j) in enumerate(chosen[: config.top_k], 1):
                target = higher[j]
                evidence = []
                if j in explicit:
                    evidence.append(f"explicit reference: {_reference_text(item, target)}")
                elif j in inherited:
                    evidence.append(f"within what its parent cites: {inherited[j]}")
                terms = shared_terms(lower_terms[n], higher_terms[j], idf)
                if terms:
                    evidence.append("shared terms: " + ", ".join(terms))
                evidence += number_evidence(item, target)
                links.append(
                    Link(
                        source_id=item.id,
                        target_id=target.id,
                        rank=rank,
                        score=round(min(1.0, max(0.0, score)), 4),
                        evidence=evidence,
                    )
                )
    return links


def _inherited_bonus(lower: Terms, higher: Terms) -> float:
    """Inside the cited scope, a shared subject term makes the link likely; scope alone only hints."""
    return INHERITED_BONUS if set(lower.lemmas) & set(higher.lemmas) else INHERITED_BONUS / 3


def _context_features(items: list[Item], all_items: dict[str, Item], analyzer: Analyzer) -> list[Counter | None]:
    """What surrounds an item: its parent, and the indicators and targets that measure it.

    An objective is described by its indicators as much as by its own words ('Increase housing
    construction' is measured by 'Housing commissioned, sq m').
    """
    children: dict[str, list[Item]] = defaultdict(list)
    for other in all_items.values():
        if other.parent_id and other.kind in (ItemKind.INDICATOR, ItemKind.TARGET):
            children[other.parent_id].append(other)
    related = {
        i.id: [p for p in [all_items.get(i.parent_id) if i.parent_id else None] if p] + children.get(i.id, [])
        for i in items
    }
    unique = {r.id: r for rs in related.values() for r in rs}
    terms = dict(zip(unique, analyzer.analyze([r.text for r in unique.values()]), strict=True))
    out: list[Counter | None] = []
    for item in items:
        if not related[item.id]:
            out.append(None)
            continue
        context: Counter = Counter()
        for r in related[item.id]:
            context.update(terms[r.id].features)
        out.append(context)
    return out


def _inherited_scope(
    item: Item,
    all_items: dict[str, Item],
    higher_docs: list[Document],
    items_by_doc: dict[str, list[Item]],
    higher_index: dict[str, int],
) -> dict[int, str]:
    """Higher items inside what the nearest citing ancestor cites: its cited items and their descendants.

    'Goal 2 ... (Strategy 2025, goal 3)' makes every objective under goal 2 likely to serve
    something under Strategy goal 3.
    """
    if item.extra.get("references") or not higher_docs:
        return {}
    node, seen = item, set()
    while node.parent_id and node.parent_id in all_items and node.parent_id not in seen:
        seen.add(node.parent_id)
        node = all_items[node.parent_id]
        cited = resolve_references(node, higher_docs, items_by_doc)
        if cited:
            scope: dict[int, str] = {}
            label = f"{node.kind.value} {node.code or ''} cites {_reference_text(node, cited[0])}".replace("  ", " ")
            roots = {c.id for c in cited}
            for h_id, j in higher_index.items():
                if _descends_from(all_items.get(h_id), roots, all_items):
                    scope[j] = label
            return scope
    return {}


def _descends_from(item: Item | None, roots: set[str], all_items: dict[str, Item]) -> bool:
    seen: set[str] = set()
    while item is not None and item.id not in seen:
        if item.id in roots:
            return True
        seen.add(item.id)
        item = all_items.get(item.parent_id) if item.parent_id else None
    return False


def _reference_text(item: Item, target: Item) -> str:
    for ref in item.extra.get("references", []):
        if target.code in ref["codes"]:
            return f"{ref['document']}, {ref.get('kind') or ''} {target.code}".replace("  ", " ")
    return target.code or ""


def link_items(
    result: AnalysisResult,
    engine: NlpEngine,
    config: LinkConfig | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> list[Link]:
    """Links from every ranked lower document to all documents ranked above it."""
    config = config or LinkConfig()
    documents = _ranked_documents(result)
    levels = sorted({d.level for d in documents})
    if len(levels) < 2:
        return []
    analyzer = Analyzer(engine, config.lexicon_dir)
    all_items = {i.id: i for i in result.items}
    links: list[Link] = []
    for step, level in enumerate(levels[1:], 1):
        if progress:
            progress(step / len(levels), f"Linking level {level} plans")
        lower_docs = {d.id for d in documents if d.level == level}
        higher_docs = [d for d in documents if d.level < level]
        higher_ids = {d.id for d in higher_docs}
        lower = [i for i in result.items if i.document_id in lower_docs and i.kind in LOWER_KINDS]
        higher = [i for i in result.items if i.document_id in higher_ids and i.kind in (*STRATEGIC_KINDS, *LOWER_KINDS)]
        links.extend(link_pairs(lower, higher, engine, config, higher_docs, analyzer, all_items))
    return links


def same_level_pairs(
    result: AnalysisResult, engine: NlpEngine, threshold: float, lexicon_dir: str | None = None
) -> list[tuple[str, str, float, list[str]]]:
    """Similar items among plans of one level (and inside one plan), for duplicates and contradictions.

    Pairs are (item id, other id, score, shared terms), each pair once, items of one family
    (objectives/tasks/measures with each other, indicators with indicators), never an item
    with its own ancestor.
    """
    documents = _ranked_documents(result) + [
        d for d in result.documents if d.level is None and d.status != DocumentStatus.FAILED
    ]
    analyzer = Analyzer(engine, lexicon_dir)
    by_level: dict[int | None, set[str]] = defaultdict(set)
    for d in documents:
        by_level[d.level].add(d.id)
    items_by_id = {i.id: i for i in result.items}
    out: list[tuple[str, str, float, list[str]]] = []
    for doc_ids in by_level.values():
        items = [i for i in result.items if i.document_id in doc_ids and i.kind in SAME_LEVEL_KINDS]
        for family in (lambda k: k != ItemKind.INDICATOR, lambda k: k == ItemKind.INDICATOR):
            members = [i for i in items if family(i.kind)]
            if len(members) < 2:
                continue
            terms = analyzer.analyze([i.text for i in members])
            idf = inverse_document_frequency(terms)
            index = TermIndex(terms, [None] * len(members), idf)
            for a, item in enumerate(members):
                scores = index.query(terms[a].features)
                candidates = np.nonzero(scores >= threshold * 0.8)[0]
                candidates = [int(b) for b in candidates if int(b) > a]
                if not candidates:
                    continue
                fuzzy = process.cpdist(
                    [terms[a].string] * len(candidates),
                    [terms[b].string for b in candidates],
                    scorer=fuzz.token_set_ratio,
                    workers=-1,
                )
                for b, fz in zip(candidates, fuzzy, strict=True):
                    other = members[b]
                    if _related(item, other, items_by_id):
                        continue
                    score = COSINE_WEIGHT * float(scores[b]) + FUZZ_WEIGHT * fuzzy_score(float(fz))
                    if score >= threshold:
                        out.append((item.id, other.id, round(score, 4), shared_terms(terms[a], terms[b], idf)))
    return out


def _related(a: Item, b: Item, items: dict[str, Item]) -> bool:
    """Is one item an ancestor of the other?"""
    for x, y in ((a, b), (b, a)):
        node, seen = x, set()
        while node.parent_id and node.parent_id not in seen:
            if node.parent_id == y.id:
                return True
            seen.add(node.parent_id)
            node = items.get(node.parent_id)
            if node is None:
                break
    return False
