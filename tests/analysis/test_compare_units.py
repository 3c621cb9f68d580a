"""The parts of a comparison on hand-made items: word diff, alignment passes, attribute changes,
findings matched by what they are about (not by id), and the wording in three languages."""

from __future__ import annotations

import pytest

from analysis.compare.align import align
from analysis.compare.attributes import attribute_changes
from analysis.compare.core import compare_results
from analysis.compare.diff import numbers_only, side, similarity, word_diff
from analysis.compare.findings import match_findings, subjects
from analysis.model import (
    AnalysisResult,
    Direction,
    Document,
    Finding,
    IndicatorAttributes,
    Item,
    ItemKind,
    Location,
    PipelineInfo,
    Quote,
    Severity,
    YearValue,
)


def item(
    n: int,
    kind: str,
    text: str,
    code: str | None = None,
    parent: int | None = None,
    doc: str = "d1",
    attrs: IndicatorAttributes | None = None,
) -> Item:
    return Item(
        id=f"{doc}:i{n}",
        document_id=doc,
        kind=ItemKind(kind),
        text=text,
        code=code,
        parent_id=f"{doc}:i{parent}" if parent else None,
        location=Location(file=f"{doc}.docx", paragraph=n),
        attributes=attrs,
        key=f"{doc}|{kind}|{code}|{text}",
    )


def target(
    value: float, year: int, baseline: float | None = 10.0, unit: str = "%", direction: Direction = Direction.INCREASE
) -> IndicatorAttributes:
    return IndicatorAttributes(
        unit=unit,
        baseline=YearValue(baseline, 2022) if baseline is not None else None,
        targets=[YearValue(value, year)],
        direction=direction,
    )


def test_compare_units_word_diff_joins_back_to_both_texts():
    old, new = "Raise labour productivity in manufacturing", "Raise the productivity of labour in manufacturing."
    segments = word_diff(old, new)
    assert "".join(t for op, t in side(segments, "-")) == old
    assert "".join(t for op, t in side(segments, "+")) == new
    assert numbers_only(word_diff("from 28.5% to 35% by 2028", "from 28.5% to 30% by 2028"))
    assert not numbers_only(segments)
    assert similarity("Expand exports of goods by 2025", "expand exports of goods by 2030") == 1.0


def test_compare_units_alignment_passes():
    old = [
        item(1, "goal", "Economy", "1"),
        item(2, "goal", "Environment", "2"),
        item(3, "objective", "Raise productivity in manufacturing", "1.1", 1),
        item(4, "objective", "Cut emissions of the energy sector", "2.1", 2),
        item(5, "objective", "Expand the network of rural roads", "2.2", 2),
        item(6, "target", "raise the share of SMEs from 28.5% to 35% by 2028", "1.1.1", 3),
        item(7, "objective", "Develop cooperation among small farms", "1.2", 1),
        item(8, "objective", "Modernise heat supply networks in towns", "2.3", 2),
    ]
    new = [
        item(1, "goal", "Economy", "1"),
        item(2, "goal", "Environment", "2"),
        item(3, "objective", "Raise productivity in manufacturing through digital technologies", "1.1", 1),
        item(4, "objective", "Expand the network of rural roads", "1.2", 1),
        item(5, "objective", "Cut the emissions of the energy sector", "2.1", 2),
        item(6, "target", "raise the share of SMEs from 28.5% to 30% by 2028", "1.1.1", 3),
        item(7, "objective", "Build tourism on the lakes", "2.2", 2),
        item(8, "objective", "Modernise the heat supply networks in towns", "2.4", 2),
    ]
    pairs = {(p.old.code if p.old else None, p.new.code if p.new else None): p.how for p in align(old, new)}
    assert pairs[("1", "1")] == "text"
    assert pairs[("2.2", "1.2")] == "text"  # moved to goal 1 and re-coded, same words
    assert pairs[("1.1.1", "1.1.1")] == "figures"  # the target's figure changed
    assert pairs[("1.1", "1.1")] in ("code", "similar")  # reworded under the same code
    assert pairs[("2.1", "2.1")] == "code"  # the same code, the text still alike
    assert pairs[("2.3", "2.4")] == "similar"  # re-coded and reworded
    assert pairs[("1.2", None)] == "" and pairs[(None, "2.2")] == ""  # removed, added


def test_compare_units_attribute_changes():
    lowered = attribute_changes(target(35, 2028), target(30, 2028))
    assert lowered == [
        {"field": "target", "change": "lowered", "year": 2028, "old": 35, "new": 30, "unit": "%", "ambition": "less"}
    ]
    falling = attribute_changes(
        target(20, 2028, direction=Direction.DECREASE), target(15, 2028, direction=Direction.DECREASE)
    )
    assert falling[0]["change"] == "lowered" and falling[0]["ambition"] == "more"  # a rate meant to fall
    moved = attribute_changes(target(85, 2027), target(85, 2028))
    assert [(c["field"], c["change"]) for c in moved] == [("deadline", "later")]
    both = attribute_changes(target(85, 2027), target(80, 2029))
    assert [(c["field"], c["change"], c.get("old_year")) for c in both] == [
        ("target", "lowered", 2027),
        ("deadline", "later", None),
    ]
    other = attribute_changes(target(30, 2028, baseline=14), target(30, 2028, baseline=13.5, unit="thousand ha"))
    assert [c["field"] for c in other] == ["baseline", "unit"]
    assert attribute_changes(target(30, 2028), target(30.0, 2028)) == []


def _finding(code: str, item_ids: list[str], doc: str = "d1") -> Finding:
    return Finding(
        code=code,
        severity=Severity.LOW,
        title=f"{code} title",
        message="m",
        suggestion="s",
        document_ids=[doc],
        item_ids=item_ids,
        evidence=[],
        id=f"{code}-same",
    )


def test_compare_units_findings_matched_by_subject_even_with_one_id():
    old_items = [
        item(1, "indicator", "Regulations approved"),
        item(2, "indicator", "Regulations approved"),
        item(3, "objective", "Develop cooperation among small farms"),
    ]
    new_items = [
        item(1, "indicator", "Regulations approved"),
        item(2, "indicator", "Regulations approved"),
        item(3, "objective", "Build tourism on the lakes of the region"),
    ]
    info = PipelineInfo("blank", "0", False)
    old = AnalysisResult(info, [Document("d1", "v1.docx")], old_items)
    new = AnalysisResult(info, [Document("d1", "v2.docx")], new_items)
    # two findings sharing one id (their items have the same text), crosswise in the new version
    old.findings = [
        _finding("INDICATOR_INCOMPLETE", ["d1:i1"]),
        _finding("INDICATOR_INCOMPLETE", ["d1:i2"]),
        _finding("OBJECTIVE_WITHOUT_INDICATOR", ["d1:i3"]),
    ]
    new.findings = [
        _finding("INDICATOR_INCOMPLETE", ["d1:i2"]),
        _finding("INDICATOR_INCOMPLETE", ["d1:i1"]),
        _finding("OBJECTIVE_WITHOUT_INDICATOR", ["d1:i3"]),
    ]
    pairs = {"d1:i1": "P1", "d1:i2": "P2"}
    persisting, resolved, added = match_findings(
        old.findings, new.findings, subjects(old, {"d1": "D1"}, pairs, "old"), subjects(new, {"d1": "D1"}, pairs, "new")
    )
    assert len(persisting) == 2
    assert [f.code for f in resolved] == [f.code for f in added] == ["OBJECTIVE_WITHOUT_INDICATOR"]
    comparison = compare_results(old, new, [("d1", "d1")])
    kinds = sorted(c.kind for c in comparison.changes)
    assert kinds == ["added", "finding_new", "finding_persisting", "finding_persisting", "finding_resolved", "removed"]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Indicator 1.2.1 “Share of SMEs”: target for 2028 lowered from 35% to 30% (less ambitious)."),
        (
            "ru",
            "Показатель 1.2.1 «Share of SMEs»: целевое значение на 2028 год снижено с 35 % до 30 % (менее амбициозно).",
        ),
        (
            "kk",
            "Көрсеткіш 1.2.1 «Share of SMEs»: 2028 жылға арналған мақсатты мән төмендетілді: 35 % → 30 % "
            "(талап төмендеді).",
        ),
    ],
)
def test_compare_units_target_sentence_in_each_language(language, expected):
    info = PipelineInfo("blank", "0", False)
    old = AnalysisResult(
        info, [Document("d1", "v1.docx")], [item(1, "indicator", "Share of SMEs", "1.2.1", attrs=target(35, 2028))]
    )
    new = AnalysisResult(
        info, [Document("d1", "v2.docx")], [item(1, "indicator", "Share of SMEs", "1.2.1", attrs=target(30, 2028))]
    )
    (change,) = compare_results(old, new, [("d1", "d1")], language=language).changes
    assert change.text == expected


def test_compare_units_findings_evidence_location():
    finding = _finding("X", [])
    finding.evidence = [Quote("q", Location(file="a.docx", paragraph=3))]
    info = PipelineInfo("blank", "0", False)
    old = AnalysisResult(info, [Document("d1", "v1.docx")], [], findings=[finding])
    new = AnalysisResult(info, [Document("d1", "v2.docx")], [])
    (change,) = compare_results(old, new, [("d1", "d1")]).changes
    assert change.kind == "finding_resolved" and change.old_location.paragraph == 3 and change.new_location is None


def test_compare_units_repeated_text_pairs_with_its_twin_not_by_distance():
    """An indicator repeated in two tables, with different figures: each copy pairs with the copy
    of the same figures, however far edits elsewhere shift the positions."""
    a, b = target(19.69, 2016, baseline=19.69), target(28.8, 2016, baseline=23.8)
    old = [
        item(1, "indicator", "Total telephones", attrs=a),
        *(item(k, "measure", f"Measure {k} text") for k in range(2, 40)),
        item(40, "indicator", "Total telephones", attrs=b),
    ]
    new = [
        item(1, "indicator", "Total telephones", attrs=b),
        *(item(k, "measure", f"Measure {k} text") for k in range(2, 3)),
        item(40, "indicator", "Total telephones", attrs=a),
    ]
    pairs = [(p.old.id, p.new.id) for p in align(old, new) if p.old and p.new and p.old.kind.value == "indicator"]
    assert sorted(pairs) == [("d1:i1", "d1:i40"), ("d1:i40", "d1:i1")]  # the tables swapped places
