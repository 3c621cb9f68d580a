"""The coherence checks on small hand-built results: each rule, and the case that must not fire."""

from __future__ import annotations

import pytest

from analysis.checks import CheckContext, coverage, load_check_config, targets
from analysis.checks.duplicates import poles_of
from analysis.model import (
    AnalysisResult,
    Direction,
    Document,
    DocumentStatus,
    Evidence,
    IndicatorAttributes,
    Item,
    ItemKind,
    Link,
    LinkStatus,
    Location,
    PipelineInfo,
    YearValue,
)
from analysis.wording import Wording

NATIONAL = Document(
    id="d1", path="national.docx", title="National Strategy", level=1, level_name="national", period=(2020, 2025)
)
REGIONAL = Document(
    id="d2",
    path="regional.docx",
    title="Kostanay Programme",
    level=2,
    level_name="regional",
    region="Kostanay",
    period=(2021, 2025),
)


def _item(item_id: str, kind: ItemKind, text: str, parent: str | None = None, **attributes) -> Item:
    return Item(
        id=item_id,
        document_id=item_id.split(":")[0],
        kind=kind,
        text=text,
        location=Location(file=f"{item_id.split(':')[0]}.docx", paragraph=1),
        parent_id=parent,
        attributes=IndicatorAttributes(**attributes) if attributes else None,
    )


def _context(items: list[Item], links: list[Link]) -> CheckContext:
    documents = [Document(**{**vars(d), "status": DocumentStatus.SUCCESS}) for d in (NATIONAL, REGIONAL)]
    result = AnalysisResult(pipeline=PipelineInfo("test", "0", False), documents=documents, items=items, links=links)
    return CheckContext(result=result, links=links, config=load_check_config(), accept_threshold=0.45)


def _indicator(item_id: str, name: str, unit: str, direction: Direction, targets_: dict[int, float]) -> Item:
    return _item(
        item_id,
        ItemKind.INDICATOR,
        name,
        unit=unit,
        direction=direction,
        targets=[YearValue(v, y) for y, v in targets_.items()],
    )


@pytest.mark.parametrize(
    ("lower", "expected"),
    [
        (("%", Direction.DECREASE, {2025: 40.0}), "conflict_direction"),
        (("people", Direction.INCREASE, {2025: 40.0}), "conflict_units"),
        (("%", Direction.INCREASE, {2025: 30.0}), "conflict_ambition"),
        (("%", Direction.INCREASE, {2027: 40.0}), "conflict_deadline"),
    ],
)
def test_checks_target_problems_each_kind_of_conflict(lower, expected):
    higher = _indicator("d1:i1", "Share of SMEs in GDP", "%", Direction.INCREASE, {2025: 35.0})
    low = _indicator("d2:i1", "Share of SMEs in GRP", *lower)
    problems, fixes = targets.target_problems(low, higher, NATIONAL, ["%"], lower_doc_end=2025)
    assert [key for key, _ in problems] == [expected]
    assert len(fixes) == 1


def test_checks_target_problems_none_for_a_matching_or_more_ambitious_target():
    higher = _indicator("d1:i1", "Share of SMEs in GDP", "%", Direction.INCREASE, {2025: 35.0})
    low = _indicator("d2:i1", "Share of SMEs in GRP", "%", Direction.INCREASE, {2023: 33.0, 2025: 36.0})
    assert targets.target_problems(low, higher, NATIONAL, ["%"], lower_doc_end=2025) == ([], [])


def test_checks_target_problems_totals_and_scales_are_not_compared_for_ambition():
    """A region's exports are smaller than the nation's by nature; mln and bn are one unit."""
    higher = _indicator("d1:i1", "Exports", "USD bn", Direction.INCREASE, {2025: 50.0})
    low = _indicator("d2:i1", "Exports", "USD mln", Direction.INCREASE, {2025: 600.0})
    assert targets.target_problems(low, higher, NATIONAL, ["%"], lower_doc_end=2025) == ([], [])


def test_checks_target_conflict_only_between_the_same_indicator():
    higher = _indicator("d1:i1", "Share of SMEs in GDP", "%", Direction.INCREASE, {2025: 35.0})
    same = _indicator("d2:i1", "Share of SMEs in GDP", "%", Direction.INCREASE, {2025: 30.0})
    related = _indicator("d2:i2", "Share of rural population with access to gas", "%", Direction.INCREASE, {2025: 30.0})
    links = [Link("d2:i1", "d1:i1", 1, 0.9), Link("d2:i2", "d1:i1", 1, 0.9)]
    findings = list(targets.check(_context([higher, same, related], links)))
    conflicts = [f for f in findings if f.code == "TARGET_CONFLICT"]
    assert [f.item_ids for f in conflicts] == [["d2:i1", "d1:i1"]]
    assert "2025 target (30%) is less ambitious than the higher plan's (35%)" in Wording("en").finding(conflicts[0])[1]


FLOUR = "Create a flour-milling and grain-processing cluster in Kostanay region"


def _designated(link_evidence: list[str], status: LinkStatus = LinkStatus.SUGGESTED) -> list:
    items = [
        _item("d1:i1", ItemKind.OBJECTIVE, FLOUR),
        _item("d1:i2", ItemKind.TARGET, "increase exports of flour to 3 million tonnes by 2025", parent="d1:i1"),
        _item("d2:i1", ItemKind.OBJECTIVE, "Increase the processing of meat and milk"),
    ]
    links = [Link("d2:i1", "d1:i1", 1, 0.6, status=status, evidence=link_evidence)]
    return [f for f in coverage.check(_context(items, links)) if f.code == "UNCOVERED_PRIORITY"]


def test_checks_designated_priority_needs_a_mention_not_one_shared_word():
    findings = _designated([Evidence("terms", {"terms": ["processing", "kostanay"]})])
    assert len(findings) == 1
    # the objective's own target is part of the same gap, not a second finding
    assert findings[0].item_ids == ["d1:i1", "d1:i2"]
    assert findings[0].document_ids == ["d1", "d2"]


@pytest.mark.parametrize(
    "evidence",
    [
        [Evidence("terms", {"terms": ["flour", "grain", "processing"]})],
        [Evidence("reference", {"words": "Strategy, objective 3.3"})],
    ],
)
def test_checks_designated_priority_taken_up_by_a_real_mention(evidence):
    # only the target that nobody serves is left, on its own
    assert [f.item_ids for f in _designated(evidence)] == [["d1:i2"]]


def test_checks_priority_nobody_serves_is_reported_once_overall():
    items = [
        _item("d1:i1", ItemKind.OBJECTIVE, "Develop transport and transit corridors"),
        _item("d2:i1", ItemKind.OBJECTIVE, "Preserve the cultural heritage of the region"),
    ]
    low_link = [Link("d2:i1", "d1:i1", 1, 0.2)]
    findings = list(coverage.check(_context(items, low_link)))
    codes = sorted(f.code for f in findings)
    assert codes == ["UNCOVERED_PRIORITY", "UNLINKED_OBJECTIVE"]
    # a planner's confirmation is enough, whatever the score
    low_link[0].status = LinkStatus.CONFIRMED
    assert list(coverage.check(_context(items, low_link))) == []


def test_checks_coverage_counts_a_second_rank_link_above_threshold():
    """An item may serve two priorities: the one it is parented to and another one."""
    items = [
        _item("d1:i1", ItemKind.OBJECTIVE, "Raise labour productivity in manufacturing"),
        _item("d1:i2", ItemKind.OBJECTIVE, "Expand the use of digital technologies in industry"),
        _item("d2:i1", ItemKind.OBJECTIVE, "Modernise manufacturing enterprises with digital technologies"),
    ]
    links = [Link("d2:i1", "d1:i1", 1, 0.7), Link("d2:i1", "d1:i2", 2, 0.6)]
    assert [f for f in coverage.check(_context(items, links)) if f.code == "UNCOVERED_PRIORITY"] == []
    links[1].score = 0.3
    uncovered = [f for f in coverage.check(_context(items, links)) if f.code == "UNCOVERED_PRIORITY"]
    assert [f.item_ids for f in uncovered] == [["d1:i2"]]


def test_checks_region_named_in_another_language_is_recognised():
    pattern = coverage.region_pattern("Kostanay")
    assert pattern.search("Создать мукомольный кластер в Костанайской области")
    assert pattern.search("Қостанай облысында ұн тарту кластерін құру")
    assert not pattern.search("Создать кластер в Павлодарской области")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Reduce the concentration of activity in large cities by developing small towns", "en"),
        ("Снизить концентрацию экономической активности в крупных городах путем развития малых городов", "ru"),
        # Kazakh puts the verb last: 'азайту' governs the words before it, back to 'арқылы'
        ("Шағын қалаларды дамыту арқылы ірі қалаларда белсенділіктің шоғырлануын азайту", "kk"),
    ],
)
def test_checks_a_decrease_verb_flips_the_pole_it_governs_in_each_language(text, language):
    assert poles_of(text, language)["spatial focus"] == "disperse"


@pytest.mark.parametrize(
    ("text", "language"),
    [("Развивать полюса роста и крупные города", "ru"), ("Өсу полюстерін және ірі қалаларды дамыту", "kk")],
)
def test_checks_growth_poles_concentrate_in_each_language(text, language):
    assert poles_of(text, language)["spatial focus"] == "concentrate"


@pytest.mark.parametrize(
    ("decrease", "develop", "language"),
    [
        ("Reduce unemployment in rural areas", "Develop rural areas", "en"),
        ("Снизить безработицу в сельской местности", "Развитие сельских территорий", "ru"),
        ("Ауылдық жерлерде жұмыссыздықты азайту", "Ауылдық аумақтарды дамыту", "kk"),
    ],
)
def test_checks_a_pole_that_only_says_where_a_decrease_happens_does_not_flip(decrease, develop, language):
    """Review finding (issue 18): the decrease flipped every pole word in its clause, so reducing
    unemployment IN rural areas 'concentrated' and contradicted developing rural areas."""
    assert poles_of(decrease, language)["spatial focus"] == poles_of(develop, language)["spatial focus"] == "disperse"


@pytest.mark.parametrize(
    ("a", "b", "language", "same_thing"),
    [
        ("Increase coal production in the north", "Reduce coal production", "en", True),
        ("Увеличить добычу угля в регионе", "Сократить добычу угля", "ru", True),
        ("Көмір өндіруді арттыру", "Көмір өндіруді азайту", "kk", True),
        (
            "Reduce girls’ drop-out rates in primary school and lower secondary school.",
            "Increase scholarship for girls in upper secondary and higher educations.",
            "en",
            False,
        ),
        (
            "Financial risk protection, to reduce the levels of OOP spending",
            "Increase financial risk protection together with a larger national health budget",
            "en",
            False,
        ),
    ],
)
def test_checks_opposite_verbs_contradict_only_on_the_same_thing(a, b, language, same_thing):
    from analysis.checks.duplicates import direction_objects

    assert bool(direction_objects(a, language) & direction_objects(b, language)) is same_thing
