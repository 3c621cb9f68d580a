"""Linking: which higher-level item each lower-level item serves, with evidence a planner can read.

For every objective, target, task, measure and indicator of a lower plan, the items of the
plans ranked above it are scored and the top `top_k` kept (score 0..1, rank, evidence), like
to like: indicators to indicators where the higher plan has indicators; objectives, targets,
tasks and measures to goals, objectives and targets.

Scoring, per lower item against every candidate of its pool (all vectorised, no pair loops):

- chars: TF-IDF cosine of character 3-5-grams of the content lemmas (rare terms count more;
  'qualified' meets 'qualification'); synonyms and abbreviations from
  resources/lexicons/<lang>/synonyms.json are folded into one term first;
- terms: TF-IDF cosine of lemma unigrams and bigrams;
- static: IDF-weighted mean of the sentence encoder's word-piece input embeddings (free: no
  encoding), when the encoder package is installed;
- sentence: all-MiniLM-L6-v2 sentence cosine (analysis/embed.py, numpy; ~40 ms per new text
  on 2 cores, then cached on disk), used when installed and the run has at most
  `encoder_max_texts` distinct texts ("auto"), so large runs stay fast;
- fuzz: rapidfuzz token_set_ratio of the lemma strings, for the shortlisted pairs only
  (`process.cpdist(..., workers=-1)`, the pairwise form of cdist).
A higher item is described by its own text and, at lower weight, its parent's and
grandparent's (an indicator by its target and goal). The components are blended with
weights that sum to 1, so the score stays in 0..1. Explicit references ("Strategy 2025,
objective 7.1", "SPIID indicator 2.1", "1.2.3") resolve to the cited item and put it first:
they are the strongest evidence (DOMAIN.md, OECD 2020, 3.1.2); what a parent cites raises the
items inside the cited scope.

The blend weights were chosen on the English SDG subsets; bench/link_sdg.py reports them
leave-one-subset-out (each subset scored with weights chosen on the others).
"""

from __future__ import annotations

import functools
import gc
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process

from analysis.extract.references import find_references
from analysis.extract.structure import CODE, structure_lexicon
from analysis.hierarchy import Hierarchy
from analysis.model import AnalysisResult, Document, DocumentStatus, Item, ItemKind, Link
from analysis.nlp import NlpEngine
from analysis.text_terms import (
    Analyzer,
    FeatureTable,
    StaticTable,
    StaticVectors,
    Terms,
    TfIdf,
    cosine,
    inverse_document_frequency,
    percentages_in,
    shared_analyzer,
    years_in,
)

LOWER_KINDS = (ItemKind.OBJECTIVE, ItemKind.TARGET, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR)
STRATEGIC_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TARGET)
SAME_LEVEL_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE, ItemKind.INDICATOR)
COMPONENTS = ("chars", "terms", "static", "sentence", "fuzz")

# Blend weights by what is installed and used. Chosen on the five English SDG subsets; the
# benchmark reports each subset with weights chosen on the other four (bench/link_sdg.py).
WEIGHTS_ENCODER = {"chars": 0.2, "terms": 0.1, "static": 0.0, "sentence": 1.0, "fuzz": 0.0}
WEIGHTS_STATIC = {"chars": 1.0, "terms": 0.25, "static": 1.0, "sentence": 0.0, "fuzz": 0.15}
WEIGHTS_LEXICAL = {"chars": 1.0, "terms": 0.5, "static": 0.0, "sentence": 0.0, "fuzz": 0.25}
PARENT_WEIGHT, GRANDPARENT_WEIGHT = 0.35, 0.15  # context of a higher item
LOWER_PARENT_WEIGHT = 0.2  # an indicator's objective says a little about what it measures
REFERENCE_SCORE = 0.97  # an explicit reference ranks first, whatever the words say
INHERITED_BONUS = 0.15
MAX_EVIDENCE_TERMS = 6
# A lower goal, objective or task with items under it is a programme: it is linked by all of its
# evidence together, its own words and how many of its indicators, measures and objectives land
# in each higher item's results chain (PROGRAMME_BONUS x that share, added to its own score).
PROGRAMME_HEADS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK)
CHILD_NAMES = {
    ItemKind.INDICATOR: ("indicator", "indicators", "measure the same thing"),
    ItemKind.TARGET: ("target", "targets", "aim at the same thing"),
    ItemKind.MEASURE: ("measure", "measures", "serve it"),
    ItemKind.TASK: ("task", "tasks", "serve it"),
    ItemKind.OBJECTIVE: ("objective", "objectives", "serve it"),
    ItemKind.GOAL: ("goal", "goals", "serve it"),
}
# Evidence lines start with these words; the checks read them back (link_terms, is_explicit).
EVIDENCE_REFERENCE, EVIDENCE_TERMS = "explicit reference: ", "shared terms: "


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
    # Programme linking (see PROGRAMME_HEADS): the share of a lower programme's items whose links
    # land in a higher item's results chain adds programme_bonus x share to the programme's own
    # score for it; a child's link counts at or above programme_min_score (None: accept_threshold).
    # 0 = link every item by its own words only. Chosen by bench/link_programmes.py.
    programme_bonus: float = 0.3
    programme_min_score: float | None = None

    def encoder_wanted(self, n_texts: int) -> bool:
        mode = {True: "on", False: "off"}.get(self.semantic, self.semantic)  # type: ignore[arg-type]
        return mode == "on" or (mode == "auto" and n_texts <= self.encoder_max_texts)


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


# ---- the encoder and the word vectors (optional) -------------------------------------------


# Which sentence encoder reads which language: all-MiniLM-L6-v2 (and its word pieces) was
# trained on English; the multilingual USE covers Russian. Kazakh has none: characters and
# lemmas only.
ENCODER_LANGUAGES = {"en": "load_embedder", "ru": "load_multilingual_embedder"}


def _embedder(language: str = "en"):
    loader = ENCODER_LANGUAGES.get(language)
    if loader is None:
        return None
    try:
        from analysis import embed

        return getattr(embed, loader)()
    except Exception:  # noqa: BLE001 - a broken model package means lexical linking, not a failed run
        return None


_STATIC: dict[int, tuple[object, StaticVectors | None]] = {}


def _static_vectors(embedder) -> StaticVectors | None:
    """The word-piece vectors, one instance per encoder (it remembers each word's vector)."""
    if embedder is None:
        return None
    held = _STATIC.get(id(embedder))
    if held is None or held[0] is not embedder:
        table = getattr(embedder, "w", {}).get("embeddings.word_embeddings.weight")
        vectors = StaticVectors(table, embedder.tokenizer) if table is not None else None
        held = _STATIC[id(embedder)] = (embedder, vectors)
    return held[1]


# ---- context --------------------------------------------------------------------------------


def _context(items: list[Item], tree: Hierarchy, weights: tuple[float, ...]) -> list[list[tuple[Item, float]]]:
    return [list(zip(tree.ancestors(i, len(weights)), weights, strict=False)) for i in items]


# ---- explicit references --------------------------------------------------------------------


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


def _references(item: Item, language: str) -> list[dict]:
    """References read during extraction, or read here from the text when there are none."""
    refs = item.extra.get("references")
    if refs is None:
        refs = [r for r in find_references(item.text, language) if "from_code" not in r]
    return refs


_BARE_CACHE: dict[str, re.Pattern] = {}


def _bare_pattern(language: str) -> re.Pattern:
    """'goal 3', 'indicator 2.1' without a document name; or a dotted code '1.2.3'."""
    if language not in _BARE_CACHE:
        keywords = sorted(structure_lexicon(language).keyword_kinds, key=len, reverse=True)
        kinds = "|".join(re.escape(k) for k in keywords)
        _BARE_CACHE[language] = re.compile(
            rf"(?i:\b(?P<kind>{kinds})s?)\s+(?P<code>{CODE})(?![\w.]*\d)|(?<![\w.])(?P<dotted>\d+\.\d+\.\d+|\d+\.[a-z]\.\d+)(?![\w.])"
        )
    return _BARE_CACHE[language]


def resolve_references(
    item: Item, higher_docs: list[Document], items_by_doc: dict[str, list[Item]], language: str = "en"
) -> list[tuple[Item, str]]:
    """The higher items an item cites, each with the words that cite it."""
    found: list[tuple[Item, str]] = []
    for ref in _references(item, language):
        doc = resolve_document(ref["document"], higher_docs)
        if doc is None:
            continue
        for code in ref["codes"]:
            matches = [i for i in items_by_doc.get(doc.id, []) if i.code == code]
            preferred = [i for i in matches if ref.get("kind") and i.kind.value == ref["kind"]]
            for target in (preferred or matches)[:1]:
                found.append((target, f"{ref['document']}, {ref.get('kind') or ''} {code}".replace("  ", " ")))
    if not found:
        found = _bare_references(item, higher_docs, items_by_doc, language)
    unique: dict[str, tuple[Item, str]] = {}
    for target, words in found:
        unique.setdefault(target.id, (target, words))
    return list(unique.values())


def _bare_references(
    item: Item, higher_docs: list[Document], items_by_doc: dict[str, list[Item]], language: str
) -> list[tuple[Item, str]]:
    """'contributes to goal 3' or '(SDG 1.2.3)': a code that exactly one higher item of that kind
    carries, nearest plan first; a bare number with one dot is too often a decimal to count."""
    lex = structure_lexicon(language)
    out = []
    for m in _bare_pattern(language).finditer(item.text):
        code = m.group("code") or m.group("dotted")
        kind = lex.keyword_kinds.get((m.group("kind") or "").lower())
        if code == item.code:
            continue
        for doc in sorted(higher_docs, key=lambda d: -(d.level or 0)):
            matches = [
                i for i in items_by_doc.get(doc.id, []) if i.code == code and (kind is None or i.kind.value == kind)
            ]
            if len(matches) == 1:
                out.append((matches[0], m.group(0).strip()))
                break
    return out


def _inherited_scope(
    item: Item,
    tree: Hierarchy,
    higher_docs: list[Document],
    items_by_doc: dict[str, list[Item]],
    pool_ids: dict[str, int],
    language: str,
) -> dict[int, str]:
    """Pool positions inside what the nearest citing ancestor cites (its cited items and their
    descendants). 'Goal 2 ... (Strategy 2025, goal 3)' makes every objective under goal 2 likely
    to serve something under Strategy goal 3."""
    for node in tree.ancestors(item, 8):
        cited = resolve_references(node, higher_docs, items_by_doc, language)
        if cited:
            label = f"{node.kind.value} {node.code or ''} cites {cited[0][1]}".replace("  ", " ")
            roots = {c.id for c, _ in cited}
            return {j: label for h_id, j in pool_ids.items() if tree.descends_from(tree.get(h_id), roots)}
    return {}


# ---- evidence -------------------------------------------------------------------------------


def shared_terms(a: Terms, b: Terms, idf: dict[str, float], a_ranked: list[str] | None = None) -> list[str]:
    """The lemmas both texts have, rarest first. `a_ranked`: a's lemmas already in that order
    (`_Corpus.ranked_lemmas`), so that the terms of one lower item with each of its candidates
    are a scan, not a sort."""
    if a_ranked is not None:
        other = b.lemma_set
        ranked = [t for t in a_ranked if t in other][:MAX_EVIDENCE_TERMS]
    else:
        common = a.lemma_set & b.lemma_set
        ranked = sorted(common, key=lambda t: (-idf.get(t, 0.0), t))[:MAX_EVIDENCE_TERMS]
    return [a.display.get(t) or b.display.get(t) or t for t in ranked]


def idf_rank(idf: dict[str, float]) -> dict[str, int]:
    return {t: n for n, t in enumerate(sorted(idf, key=lambda t: (-idf[t], t)))}


def is_explicit(link: Link) -> bool:
    return any(e.startswith(EVIDENCE_REFERENCE) for e in link.evidence)


def link_terms(link: Link) -> list[str]:
    """The key terms a link's two items share, as its evidence lists them."""
    for e in link.evidence:
        if e.startswith(EVIDENCE_TERMS):
            return [t.strip() for t in e[len(EVIDENCE_TERMS) :].split(",") if t.strip()]
    return []


def _number_facts(item: Item) -> tuple[str | None, frozenset[int], frozenset[str]]:
    x = item.attributes
    years = frozenset({t.year for t in (x.targets if x else []) if t.year}) | years_in(item.text)
    return (x.unit if x is not None else None), years, percentages_in(item.text)


def number_evidence(a: Item, b: Item, memo: dict[str, tuple] | None = None) -> list[str]:
    """Same unit, year or percentage in both items; `memo` keeps each item's facts across pairs."""
    memo = {} if memo is None else memo
    if a.id not in memo:
        memo[a.id] = _number_facts(a)
    if b.id not in memo:
        memo[b.id] = _number_facts(b)
    return _number_lines(a, b, memo[a.id], memo[b.id])


def _number_lines(a: Item, b: Item, facts_a: tuple, facts_b: tuple) -> list[str]:
    (unit_a, years_a, figures_a), (unit_b, years_b, figures_b) = facts_a, facts_b
    out = []
    if a.attributes is not None and b.attributes is not None and unit_a and unit_a == unit_b:
        out.append(f"same unit: {unit_a}")
    if years_a & years_b:
        out.append("same year: " + ", ".join(str(v) for v in sorted(years_a & years_b)))
    figures = figures_a & figures_b
    if figures:
        out.append("same figure: " + ", ".join(sorted(figures)))
    return out


# ---- programmes -----------------------------------------------------------------------------


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

    def lines(self) -> list[str]:
        """'3 of 5 indicators measure the same thing', per kind of child that has hits."""
        out = []
        for kind, n in sorted(self.hits.items(), key=lambda kv: (-kv[1], kv[0].value)):
            one, many, verb = CHILD_NAMES[kind]
            total = self.totals[kind]
            out.append(f"{n} of {total} {many if total > 1 else one} {verb}")
        return out


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


# ---- scoring --------------------------------------------------------------------------------


class _Corpus:
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


def _component_scores(lower: dict, higher: dict) -> Scores:
    scores = Scores()
    scores.components["terms"] = cosine(lower["terms"], higher["terms"])
    scores.components["chars"] = cosine(lower["chars"], higher["chars"])
    for dense in ("static", "sentence"):
        if dense in lower and dense in higher:
            scores.components[dense] = lower[dense] @ higher[dense].T
    return scores


def _fuzz(lower_strings: list[str], higher_strings: list[str], rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    if len(rows) == 0:
        return np.zeros(0, np.float32)
    ratios = process.cpdist(
        [lower_strings[r] for r in rows], [higher_strings[c] for c in cols], scorer=fuzz.token_set_ratio, workers=-1
    )
    return np.asarray(ratios, np.float32) / 100.0


def _fuzz_needed(
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


def _rerank(
    short: np.ndarray,
    final: np.ndarray,
    blended: np.ndarray,
    scale: float,
    explicit: dict[int, str],
    inherited: dict[int, str],
    lower_terms: Terms,
    corpus: _Corpus,
    higher: list[Item],
    pool: list[int],
) -> list[tuple[float, int]]:
    """One row's candidates when it cites higher items (or its parent does): the cited ones join
    the shortlist and rise (an explicit reference to REFERENCE_SCORE at least)."""
    candidates: dict[int, float] = {int(p): float(s) for p, s in zip(short, final, strict=True)}
    for p in list(explicit) + list(inherited):
        candidates.setdefault(p, float(blended[p]) * scale)
    ranked: list[tuple[float, int]] = []
    for p, s in candidates.items():
        if p in explicit:
            s = max(REFERENCE_SCORE, s)
        elif p in inherited:
            shares = lower_terms.lemma_set & corpus.terms[higher[pool[p]].text].lemma_set
            s += INHERITED_BONUS if shares else INHERITED_BONUS / 3
        ranked.append((min(1.0, max(0.0, s)), p))
    ranked.sort(key=lambda x: (-x[0], x[1]))
    return ranked


def _candidate_kinds(lower: Item, present: set[ItemKind]) -> tuple[ItemKind, ...]:
    """Like to like: indicators to indicators; objectives, tasks and measures to goals/objectives/targets."""
    if lower.kind == ItemKind.INDICATOR and ItemKind.INDICATOR in present:
        return (ItemKind.INDICATOR,)
    if any(k in present for k in STRATEGIC_KINDS):
        return tuple(k for k in STRATEGIC_KINDS if k in present)
    return tuple(sorted(present, key=lambda k: k.value))


def _pool(higher: list[Item], kinds: tuple[ItemKind, ...], tree: Hierarchy) -> list[int]:
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


def _weights(config: LinkConfig, corpus: _Corpus) -> dict[str, float]:
    if config.weights is not None:
        return config.weights
    if corpus.encoder is not None:
        return WEIGHTS_ENCODER
    return WEIGHTS_STATIC if corpus.static is not None else WEIGHTS_LEXICAL


def method_name(config: LinkConfig | None, n_texts: int) -> str:
    """Which scoring a run of `n_texts` distinct texts uses, as the benchmark prints it."""
    config = config or LinkConfig()
    embedder = _embedder()
    if embedder is not None and config.encoder_wanted(n_texts):
        return "sentence encoder + character/term TF-IDF + rapidfuzz"
    if embedder is not None and config.static_vectors:
        return "word-piece vectors + character/term TF-IDF + rapidfuzz"
    return "character/term TF-IDF + rapidfuzz"


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
    analyzer = analyzer or shared_analyzer(engine, config.lexicon_dir)
    tree = Hierarchy(all_items or [*lower, *higher])
    higher_context = _context(higher, tree, (PARENT_WEIGHT, GRANDPARENT_WEIGHT))
    lower_context = _context(lower, tree, (LOWER_PARENT_WEIGHT,))
    texts = list(
        dict.fromkeys(
            [i.text for i in lower]
            + [i.text for i in higher]
            + [c.text for ctx in [*higher_context, *lower_context] for c, _ in ctx]
        )
    )
    embedder = _embedder(engine.language)
    encoder = embedder if embedder is not None and config.encoder_wanted(len(texts)) else None
    static = _static_vectors(embedder) if config.static_vectors else None
    corpus = _Corpus(analyzer, texts, encoder, static)
    weights = _weights(config, corpus)
    language = engine.language

    items_by_doc: dict[str, list[Item]] = defaultdict(list)
    for item in higher:
        items_by_doc[item.document_id].append(item)
    present = {h.kind for h in higher}
    groups: dict[tuple[ItemKind, ...], list[int]] = defaultdict(list)
    for n, item in enumerate(lower):
        groups[_candidate_kinds(item, present)].append(n)

    heads = programme_children(lower) if config.programme_bonus > 0 else {}
    # programme heads: their own score for every higher item of their pool, and the pool
    head_scores: dict[str, dict[str, float]] = {}
    head_pools: dict[str, list[Item]] = {}
    links: list[Link] = []
    for kinds, members in groups.items():
        pool = _pool(higher, kinds, tree)
        if not pool:
            continue
        low_side = corpus.side([lower[n] for n in members], [lower_context[n] for n in members])
        high_side = corpus.side([higher[j] for j in pool], [higher_context[j] for j in pool])
        scores = _component_scores(low_side, high_side)
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
        pool_ids = {higher[j].id: p for p, j in enumerate(pool)}
        cites: list[tuple[dict[int, str], dict[int, str]]] = []  # (explicit, inherited) per row
        for n in members:
            item = lower[n]
            cited = resolve_references(item, higher_docs or [], items_by_doc, language) if higher_docs else []
            explicit = {pool_ids[t.id]: words for t, words in cited if t.id in pool_ids}
            inherited = (
                _inherited_scope(item, tree, higher_docs, items_by_doc, pool_ids, language)
                if higher_docs and not cited
                else {}
            )
            cites.append((explicit, inherited))
        # blended is normalised over the non-fuzz weights; rescale so all weights sum to 1
        non_fuzz = total - (w_fuzz if w_fuzz > 0 else 0.0)
        base = blended[rows, cols] * non_fuzz
        fuzzy = np.zeros(len(rows), np.float32)
        if w_fuzz > 0:
            need = _fuzz_needed(base, w_fuzz, total, short.shape, config.top_k, [bool(e or i) for e, i in cites])
            fuzzy[need] = _fuzz(low_side["strings"], high_side["strings"], rows[need], cols[need])  # type: ignore[arg-type]
        final = (base + w_fuzz * fuzzy) / total
        final = final.reshape(short.shape)
        # each row's shortlist ranked at once: score (clipped to 0..1) down, then pool position
        clipped = np.clip(final, 0.0, 1.0)
        order = np.lexsort((short, -clipped), axis=-1)[:, : config.top_k]
        top_positions = np.take_along_axis(short, order, 1).tolist()
        top_scores = np.take_along_axis(clipped, order, 1).tolist()
        pool_items = [higher[j] for j in pool]
        pool_terms = [corpus.terms[h.text] for h in pool_items]
        pool_facts = [_number_facts(h) for h in pool_items]
        sentence = scores.components.get("sentence")
        for r, n in enumerate(members):
            item = lower[n]
            explicit, inherited = cites[r]
            lower_terms = corpus.terms[item.text]
            if explicit or inherited:
                ranked = _rerank(
                    short[r],
                    final[r],
                    blended[r],
                    non_fuzz / total,
                    explicit,
                    inherited,
                    lower_terms,
                    corpus,
                    higher,
                    pool,
                )
            else:
                ranked = list(zip(top_scores[r], top_positions[r], strict=True))
            if item.id in heads:
                own = {pool_items[p].id: float(v) * non_fuzz / total for p, v in enumerate(blended[r])}
                own.update({pool_items[int(p)].id: float(v) for p, v in zip(short[r], clipped[r], strict=True)})
                own.update({pool_items[p].id: float(v) for v, p in ranked})
                head_scores[item.id], head_pools[item.id] = own, pool_items
            lower_facts = _number_facts(item)
            lower_ranked = corpus.ranked_lemmas(item.text)
            for rank, (score, p) in enumerate(ranked[: config.top_k], 1):
                target = pool_items[p]
                evidence = []
                if p in explicit:
                    evidence.append(f"{EVIDENCE_REFERENCE}'{explicit[p]}'")
                elif p in inherited:
                    evidence.append(f"within what its parent cites: {inherited[p]}")
                terms = shared_terms(lower_terms, pool_terms[p], corpus.lemma_idf, lower_ranked)
                if terms:
                    evidence.append(EVIDENCE_TERMS + ", ".join(terms))
                if lower_facts[1] or lower_facts[2] or (lower_facts[0] and item.attributes is not None):
                    evidence += _number_lines(item, target, lower_facts, pool_facts[p])
                if sentence is not None and sentence[r, p] >= 0.5:
                    evidence.append(f"close in meaning: {sentence[r, p]:.2f}")
                links.append(
                    Link(source_id=item.id, target_id=target.id, rank=rank, score=round(score, 4), evidence=evidence)
                )
    if head_scores:
        links = _programme_links(links, heads, head_scores, head_pools, higher, tree, corpus, config)
    return links


def _programme_links(
    links: list[Link],
    heads: dict[str, list[Item]],
    head_scores: dict[str, dict[str, float]],
    head_pools: dict[str, list[Item]],
    higher: list[Item],
    tree: Hierarchy,
    corpus: _Corpus,
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
                lines = [EVIDENCE_TERMS + ", ".join(terms)] if terms else []
            lines += evidence.lines()
            new_links.append(Link(head_id, target_id, rank, round(score, 4), evidence=lines))
        lowered[head_id] = new_links
    if not lowered:
        return links
    out = [lk for lk in links if lk.source_id not in lowered]
    for new_links in lowered.values():
        out.extend(new_links)
    return out


def component_scores(
    lower: list[Item],
    higher: list[Item],
    engine: NlpEngine,
    config: LinkConfig | None = None,
    all_items: dict[str, Item] | None = None,
) -> tuple[list[Item], dict[str, np.ndarray]]:
    """Every component score of `lower` (one kind) against its like-to-like pool, dense, with the
    rapidfuzz score for all pairs (`process.cdist`): what a benchmark needs to choose blend
    weights on some data and rank held-out data with them."""
    config = config or LinkConfig()
    tree = Hierarchy(all_items or [*lower, *higher])
    kinds = {_candidate_kinds(i, {h.kind for h in higher}) for i in lower}
    if len(kinds) != 1:
        raise ValueError("component_scores takes lower items of one candidate family")
    family = kinds.pop()
    pool = [higher[j] for j in _pool(higher, family, tree)]
    higher_context = _context(pool, tree, (PARENT_WEIGHT, GRANDPARENT_WEIGHT))
    lower_context = _context(lower, tree, (LOWER_PARENT_WEIGHT,))
    texts = list(
        dict.fromkeys(
            [i.text for i in lower]
            + [i.text for i in higher]
            + [c.text for ctx in [*higher_context, *lower_context] for c, _ in ctx]
        )
    )
    embedder = _embedder(engine.language)
    encoder = embedder if embedder is not None and config.encoder_wanted(len(texts)) else None
    corpus = _Corpus(
        shared_analyzer(engine, config.lexicon_dir),
        texts,
        encoder,
        _static_vectors(embedder) if config.static_vectors else None,
    )
    low_side, high_side = corpus.side(lower, lower_context), corpus.side(pool, higher_context)
    components = _component_scores(low_side, high_side).components
    components["fuzz"] = (
        np.asarray(
            process.cdist(low_side["strings"], high_side["strings"], scorer=fuzz.token_set_ratio, workers=-1),
            np.float32,
        )
        / 100.0
    )
    return pool, components


def _ranked_documents(result: AnalysisResult) -> list[Document]:
    return [d for d in result.documents if d.status != DocumentStatus.FAILED and d.level is not None]


def link_items(
    result: AnalysisResult,
    engine: NlpEngine,
    config: LinkConfig | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> list[Link]:
    """Links from every ranked lower document to all documents ranked above it."""
    config = config or LinkConfig()
    documents = _ranked_documents(result)
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


# ---- same level -----------------------------------------------------------------------------

SAME_LEVEL_COSINE, SAME_LEVEL_FUZZ = 0.6, 0.4


def _fuzzy_score(ratio: np.ndarray) -> np.ndarray:
    """token_set_ratio rescaled so that chance-level likeness (<= 50 of 100) adds nothing."""
    return np.maximum(0.0, (ratio - 50.0) / 50.0)


def same_level_pairs(
    result: AnalysisResult, engine: NlpEngine, threshold: float, lexicon_dir: str | None = None
) -> list[tuple[str, str, float, list[str]]]:
    """Similar items among plans of one level (and inside one plan), for duplicates and contradictions.

    Pairs are (item id, other id, score, shared terms), each pair once, items of one family
    (objectives/tasks/measures/goals with each other, indicators with indicators), never an item
    with its own ancestor. Score: 0.6 x term TF-IDF cosine + 0.4 x rescaled token_set_ratio
    (the scale resources/checks.json's thresholds are set on).
    """
    documents = _ranked_documents(result) + [
        d for d in result.documents if d.level is None and d.status != DocumentStatus.FAILED
    ]
    analyzer = shared_analyzer(engine, lexicon_dir)
    by_level: dict[int | None, set[str]] = defaultdict(set)
    for d in documents:
        by_level[d.level].add(d.id)
    tree = Hierarchy(result.items)
    out: list[tuple[str, str, float, list[str]]] = []
    for doc_ids in by_level.values():
        items = [i for i in result.items if i.document_id in doc_ids and i.kind in SAME_LEVEL_KINDS]
        for family in (lambda k: k != ItemKind.INDICATOR, lambda k: k == ItemKind.INDICATOR):
            members = [i for i in items if family(i.kind)]
            if len(members) < 2:
                continue
            terms = analyzer.analyze([i.text for i in members])
            features = [t.word_features() for t in terms]
            idf = inverse_document_frequency(features)
            rows = TfIdf(idf).rows(features)
            lemma_idf = inverse_document_frequency([Counter(set(t.lemmas)) for t in terms])
            strings = [t.string for t in terms]
            # cosine in blocks of rows so that a 20,000-item plan never holds a dense n x n matrix
            for start in range(0, len(members), 512):
                end = min(start + 512, len(members))
                block = _row_block(rows, start, end)
                cos = cosine(block, rows)
                a_idx, b_idx = np.nonzero(cos >= threshold * 0.8)
                a_idx = a_idx + start
                keep = b_idx > a_idx
                a_idx, b_idx = a_idx[keep], b_idx[keep]
                if len(a_idx) == 0:
                    continue
                ratios = np.asarray(
                    process.cpdist(
                        [strings[a] for a in a_idx],
                        [strings[b] for b in b_idx],
                        scorer=fuzz.token_set_ratio,
                        workers=-1,
                    ),
                    np.float32,
                )
                score = SAME_LEVEL_COSINE * cos[a_idx - start, b_idx] + SAME_LEVEL_FUZZ * _fuzzy_score(ratios)
                for a, b, s in zip(a_idx, b_idx, score, strict=True):
                    if s < threshold or tree.related(members[a], members[b]):
                        continue
                    out.append(
                        (members[a].id, members[b].id, round(float(s), 4), shared_terms(terms[a], terms[b], lemma_idf))
                    )
    return out


def _row_block(rows, start: int, end: int):
    from analysis.text_terms import SparseRows

    lo, hi = rows.indptr[start], rows.indptr[end]
    return SparseRows(rows.indptr[start : end + 1] - lo, rows.indices[lo:hi], rows.data[lo:hi])



