"""Linking: like to like, explicit references first, synonyms count, scores and ranks in range,
same-level duplicates. Lexical scoring only (no sentence encoder), on the rules-only pipeline."""

from __future__ import annotations

import json
from collections import Counter

import numpy as np
import pytest

from analysis.link import LinkConfig, link_items, link_pairs, resolve_document, same_level_pairs
from analysis.link.tfidf import TfIdf, cosine
from analysis.model import (
    AnalysisResult,
    Document,
    DocumentStatus,
    Evidence,
    IndicatorAttributes,
    Item,
    ItemKind,
    Location,
    PipelineInfo,
    YearValue,
)
from analysis.wording import Wording

LEXICAL = LinkConfig(semantic="off", static_vectors=False)


def _item(doc: str, n: int, kind: ItemKind, text: str, code: str | None = None, parent: str | None = None, **extra):
    return Item(
        id=f"{doc}:i{n}",
        document_id=doc,
        kind=kind,
        text=text,
        location=Location(file=f"{doc}.docx"),
        code=code,
        parent_id=parent,
        extra=dict(extra),
    )


@pytest.fixture()
def national():
    return [
        _item("d1", 1, ItemKind.OBJECTIVE, "Raise the share of small and medium-sized enterprises in GDP", "4.1"),
        _item(
            "d1", 2, ItemKind.OBJECTIVE, "Create a flour-milling and grain-processing cluster in Kostanay region", "3.3"
        ),
        _item("d1", 3, ItemKind.OBJECTIVE, "Improve the health of the population and extend life expectancy", "1.2"),
        _item("d1", 4, ItemKind.INDICATOR, "Share of SMEs in GDP", "4.1.1", parent="d1:i1"),
        _item("d1", 5, ItemKind.INDICATOR, "Life expectancy at birth", "1.2.1", parent="d1:i3"),
    ]


STRATEGY = [Document(id="d1", path="s.docx", title="Strategy 2025: National Development Strategy", level=1)]


def test_link_synonyms_and_lemmas_find_the_parent(national, blank_engine):
    lower = [_item("d2", 1, ItemKind.OBJECTIVE, "Increase the contribution of SMEs to the gross domestic product")]
    links = link_pairs(lower, national, blank_engine, LEXICAL)
    assert links[0].target_id == "d1:i1" and links[0].rank == 1
    terms = [e.values["terms"] for e in links[0].evidence if e.kind == "terms"]
    assert terms and "small and medium-sized enterprises" in terms[0]


def test_link_synonym_group_is_what_matches_an_abbreviation(blank_engine, tmp_path):
    higher = [
        _item("d1", 1, ItemKind.INDICATOR, "Young people not in education, employment or training", "8.6.1"),
        _item("d1", 2, ItemKind.INDICATOR, "Registered enterprises in manufacturing", "9.2.1"),
    ]
    lower = [_item("d2", 1, ItemKind.INDICATOR, "NEETs aged 16 to 24 in the city")]
    with_synonyms = link_pairs(lower, higher, blank_engine, LEXICAL)
    assert with_synonyms[0].target_id == "d1:i1"
    assert with_synonyms[0].score > with_synonyms[1].score
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "synonyms.json").write_text(json.dumps({"groups": [], "generic": []}), encoding="utf-8")
    config = LinkConfig(semantic="off", static_vectors=False, lexicon_dir=str(tmp_path))
    without = link_pairs(lower, higher, blank_engine, config)
    assert max(lk.score for lk in without) < with_synonyms[0].score


def test_link_explicit_reference_outranks_lexical_similarity(national, blank_engine):
    lower = [
        _item(
            "d2",
            1,
            ItemKind.OBJECTIVE,
            "Increase the contribution of SMEs to GDP",
            references=[{"document": "Strategy 2025", "kind": "objective", "codes": ["1.2"]}],
        )
    ]
    links = link_pairs(lower, national, blank_engine, LEXICAL, higher_docs=STRATEGY)
    assert links[0].target_id == "d1:i3"  # cited, although the words point at objective 4.1
    assert links[0].evidence[0] == Evidence("reference", {"words": "Strategy 2025, objective 1.2"})
    assert Wording("en").evidence(links[0].evidence[0]) == "explicit reference: 'Strategy 2025, objective 1.2'"
    assert links[0].score > links[1].score and links[1].target_id == "d1:i1"


def test_link_reference_read_from_the_text_when_extraction_left_none(national, blank_engine):
    lower = [_item("d2", 1, ItemKind.OBJECTIVE, "Support SMEs in line with Strategy 2025, objective 3.3")]
    links = link_pairs(lower, national, blank_engine, LEXICAL, higher_docs=STRATEGY)
    assert links[0].target_id == "d1:i2" and links[0].evidence[0].kind == "reference"


def test_link_bare_code_counts_when_one_higher_item_carries_it(national, blank_engine):
    lower = [_item("d2", 1, ItemKind.INDICATOR, "Share of SMEs in gross regional product (indicator 1.2.1)")]
    links = link_pairs(lower, national, blank_engine, LEXICAL, higher_docs=STRATEGY)
    assert links[0].target_id == "d1:i5"
    assert links[0].evidence[0] == Evidence("reference", {"words": "indicator 1.2.1"})


def test_link_parent_reference_raises_items_in_the_cited_scope(national, blank_engine):
    objective = _item(
        "d2",
        1,
        ItemKind.OBJECTIVE,
        "Regional economy",
        "1",
        references=[{"document": "Strategy 2025", "kind": "objective", "codes": ["1.2"]}],
    )
    indicator = _item("d2", 2, ItemKind.INDICATOR, "Share of the population, %", parent="d2:i1")
    links = link_pairs([indicator], national, blank_engine, LEXICAL, higher_docs=STRATEGY, all_items=None)
    # without the parent in all_items nothing is inherited; with it, 1.2.1 (under the cited 1.2) rises
    assert links[0].target_id == "d1:i4"
    items = {i.id: i for i in [*national, objective, indicator]}
    links = link_pairs([indicator], national, blank_engine, LEXICAL, higher_docs=STRATEGY, all_items=items)
    assert links[0].target_id == "d1:i5"
    assert Wording("en").evidence(links[0].evidence[0]).startswith(
        "within what its parent cites: objective 1 cites Strategy 2025"
    )


def test_link_like_to_like_scores_in_range_and_top_k(national, blank_engine):
    indicator = _item("d2", 1, ItemKind.INDICATOR, "Share of small and medium enterprises in gross regional product")
    indicator.attributes = IndicatorAttributes(unit="%", targets=[YearValue(35, 2025)])
    national[3].attributes = IndicatorAttributes(unit="%", targets=[YearValue(35, 2025)])
    links = link_pairs([indicator], national, blank_engine, LinkConfig(top_k=5, semantic="off", static_vectors=False))
    assert {lk.target_id for lk in links} <= {"d1:i4", "d1:i5"}  # indicators link to indicators only
    assert links[0].target_id == "d1:i4"
    worded = [Wording("en").evidence(e) for e in links[0].evidence]
    assert "same unit: %" in worded and "same year: 2025" in worded
    objective = _item("d2", 2, ItemKind.OBJECTIVE, "Develop tourism in the region")
    links = link_pairs([objective], national, blank_engine, LinkConfig(top_k=2, semantic="off", static_vectors=False))
    assert [lk.rank for lk in links] == [1, 2]
    assert all(0.0 <= lk.score <= 1.0 for lk in links)
    assert all(lk.target_id not in ("d1:i4", "d1:i5") for lk in links)
    assert links[0].score >= links[1].score


def test_link_items_link_each_level_to_the_levels_above_only(national, blank_engine):
    regional = [_item("d2", 1, ItemKind.OBJECTIVE, "Build a grain-processing cluster in Kostanay")]
    unranked = [_item("d3", 1, ItemKind.OBJECTIVE, "Build a flour-milling cluster")]
    result = AnalysisResult(
        pipeline=PipelineInfo("blank", "0", False),
        documents=[
            Document(id="d1", path="a", title="Strategy 2025", level=1, status=DocumentStatus.SUCCESS),
            Document(id="d2", path="b", title="Kostanay programme", level=2, status=DocumentStatus.SUCCESS),
            Document(id="d3", path="c", title="Notes", level=None, status=DocumentStatus.SUCCESS),
        ],
        items=[*national, *regional, *unranked],
    )
    fractions = []
    links = link_items(result, blank_engine, LEXICAL, progress=lambda f, _m: fractions.append(f))
    assert {lk.source_id for lk in links} == {"d2:i1"}
    assert links[0].target_id == "d1:i2"
    assert fractions[-1] == 1.0


def test_link_same_level_pairs_find_duplicates_across_plans_not_ancestors(blank_engine):
    items = [
        _item("d1", 1, ItemKind.OBJECTIVE, "Develop SMEs in monotowns and rural areas"),
        _item("d2", 1, ItemKind.OBJECTIVE, "Support small and medium-sized enterprises in rural areas and monotowns"),
        _item("d2", 2, ItemKind.MEASURE, "Develop SMEs in monotowns and rural areas", parent="d2:i1"),
        _item("d2", 3, ItemKind.OBJECTIVE, "Build kindergartens in Aktobe"),
        _item("d3", 1, ItemKind.OBJECTIVE, "Develop SMEs in monotowns and rural areas"),  # another level
    ]
    result = AnalysisResult(
        pipeline=PipelineInfo("blank", "0", False),
        documents=[
            Document(id="d1", path="a", level=2, status=DocumentStatus.SUCCESS),
            Document(id="d2", path="b", level=2, status=DocumentStatus.SUCCESS),
            Document(id="d3", path="c", level=1, status=DocumentStatus.SUCCESS),
        ],
        items=items,
    )
    pairs = same_level_pairs(result, blank_engine, threshold=0.5)
    found = {frozenset((a, b)): (score, shared) for a, b, score, shared in pairs}
    assert frozenset(("d1:i1", "d2:i1")) in found and frozenset(("d1:i1", "d2:i2")) in found
    assert frozenset(("d2:i1", "d2:i2")) not in found  # a measure and its own objective
    assert not any("d3:i1" in pair for pair in found)  # other level
    assert not any("d2:i3" in pair for pair in found)
    score, shared = found[frozenset(("d1:i1", "d2:i2"))]
    assert 0.5 <= score <= 1.0 and "monotown" in " ".join(shared)


def test_link_sparse_cosine_equals_dense():
    rng = np.random.default_rng(0)
    words = [f"w{k}" for k in range(30)]
    docs = [Counter(rng.choice(words, size=rng.integers(1, 8)).tolist()) for _ in range(40)]
    idf = {w: 1.0 + float(rng.random()) for w in words}
    index = TfIdf(idf)
    a, b = index.rows(docs[:25]), index.rows(docs[25:])

    def dense(rows):
        out = np.zeros((rows.size, len(index.vocabulary)))
        for r in range(rows.size):
            lo, hi = rows.indptr[r], rows.indptr[r + 1]
            out[r, rows.indices[lo:hi]] = rows.data[lo:hi]
        return out

    np.testing.assert_allclose(cosine(a, b), dense(a) @ dense(b).T, atol=1e-5)


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Strategy 2025", "d1"), ("PRD", "d2"), ("Programme for Regional Development", "d2"), ("Unknown Plan", None)],
)
def test_link_resolve_document_by_title_acronym_or_words(name, expected):
    documents = [
        Document(id="d1", path="a", title="Strategy 2025: National Development Strategy"),
        Document(id="d2", path="b", title="Programme for Regional Development for 2020–2025"),
    ]
    found = resolve_document(name, documents)
    assert (found.id if found else None) == expected


def test_link_programme_is_linked_by_its_whole_results_chain(blank_engine):
    """The failure seen on a real five-year plan: 'Maintain full employment' with a female youth
    unemployment indicator. One strong indicator-to-indicator match (the gender KPI) must not
    outrank the objective's own match with the employment area when the rest of its chain agrees."""
    higher = [
        _item("d1", 1, ItemKind.OBJECTIVE, "Full and productive employment and decent work for all", "1"),
        _item("d1", 2, ItemKind.INDICATOR, "Unemployment rate", "1.1", parent="d1:i1"),
        _item("d1", 3, ItemKind.INDICATOR, "Labour force participation rate", "1.2", parent="d1:i1"),
        _item("d1", 4, ItemKind.OBJECTIVE, "Gender equality and the empowerment of women and girls", "2"),
        _item("d1", 5, ItemKind.INDICATOR, "Female youth unemployment rate", "2.1", parent="d1:i4"),
    ]
    lower = [
        _item("d2", 1, ItemKind.OBJECTIVE, "Maintain full employment"),
        _item("d2", 2, ItemKind.INDICATOR, "Female youth unemployment rate", parent="d2:i1"),
        _item("d2", 3, ItemKind.INDICATOR, "Unemployment rate of the working-age population", parent="d2:i1"),
        _item("d2", 4, ItemKind.INDICATOR, "Labour force participation of people aged 15-64", parent="d2:i1"),
    ]
    chained = link_pairs(lower, higher, blank_engine, LEXICAL)
    plain = LinkConfig(semantic="off", static_vectors=False, programme_bonus=0)
    alone = link_pairs(lower, higher, blank_engine, plain)
    head = sorted((lk for lk in chained if lk.source_id == "d2:i1"), key=lambda lk: lk.rank)
    assert head[0].target_id == "d1:i1"
    worded = [Wording("en").evidence(e) for e in head[0].evidence]
    assert "2 of 3 indicators measure the same thing" in worded, worded
    # the single best item pair of the chain is the gender indicator: it alone would decide
    best_pair = max((lk for lk in chained if lk.source_id != "d2:i1"), key=lambda lk: lk.score)
    assert best_pair.target_id == "d1:i5"
    assert all(0 <= lk.score <= 1 for lk in head) and [lk.rank for lk in head] == list(range(1, len(head) + 1))
    # the indicators keep their own links; only the programme head is re-ranked
    by_pair = {(lk.source_id, lk.target_id, lk.rank) for lk in alone if lk.source_id != "d2:i1"}
    assert by_pair == {(lk.source_id, lk.target_id, lk.rank) for lk in chained if lk.source_id != "d2:i1"}
    # with its own words only, the head still links; its chain raises the employment area's score
    own = next(lk for lk in alone if lk.source_id == "d2:i1" and lk.target_id == "d1:i1")
    assert head[0].score > own.score
