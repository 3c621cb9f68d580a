from __future__ import annotations

import pytest

from analysis.link import LinkConfig, link_pairs, resolve_document
from analysis.model import Document, IndicatorAttributes, Item, ItemKind, Location, YearValue

LEXICAL = LinkConfig(semantic=False)


def _item(doc: str, n: int, kind: ItemKind, text: str, code: str | None = None, **extra) -> Item:
    return Item(
        id=f"{doc}:i{n}",
        document_id=doc,
        kind=kind,
        text=text,
        location=Location(file=f"{doc}.docx"),
        code=code,
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
        _item("d1", 4, ItemKind.INDICATOR, "Share of SMEs in GDP", "4.1.1"),
    ]


def test_link_synonyms_and_lemmas_find_the_parent(national, blank_engine):
    lower = [_item("d2", 1, ItemKind.OBJECTIVE, "Increase the contribution of SMEs to the gross domestic product")]
    links = link_pairs(lower, national, blank_engine, LEXICAL)
    assert links[0].target_id == "d1:i1" and links[0].rank == 1
    assert any("shared terms" in e for e in links[0].evidence)


def test_link_explicit_reference_outranks_lexical_similarity(national, blank_engine):
    documents = [Document(id="d1", path="s.docx", title="Strategy 2025: National Development Strategy", level=1)]
    lower = [
        _item(
            "d2",
            1,
            ItemKind.OBJECTIVE,
            "Increase the contribution of SMEs to GDP",
            references=[{"document": "Strategy 2025", "kind": "objective", "codes": ["1.2"]}],
        )
    ]
    links = link_pairs(lower, national, blank_engine, LEXICAL, higher_docs=documents)
    assert links[0].target_id == "d1:i3"
    assert links[0].evidence[0].startswith("explicit reference: Strategy 2025")
    assert links[0].score > links[1].score


def test_link_like_to_like_scores_in_range_and_top_k(national, blank_engine):
    indicator = _item("d2", 1, ItemKind.INDICATOR, "Share of small and medium enterprises in gross regional product")
    indicator.attributes = IndicatorAttributes(unit="%", targets=[YearValue(35, 2025)])
    national[3].attributes = IndicatorAttributes(unit="%", targets=[YearValue(35, 2025)])
    links = link_pairs([indicator], national, blank_engine, LinkConfig(top_k=2, semantic=False))
    assert [lk.target_id for lk in links] == ["d1:i4"]  # the only higher indicator: indicators link to indicators
    assert "same unit: %" in links[0].evidence and "same target year: 2025" in links[0].evidence
    objective = _item("d2", 2, ItemKind.OBJECTIVE, "Develop tourism in the region")
    links = link_pairs([objective], national, blank_engine, LinkConfig(top_k=2, semantic=False))
    assert len(links) == 2 and all(0.0 <= lk.score <= 1.0 for lk in links)
    assert all(lk.target_id != "d1:i4" for lk in links)


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
