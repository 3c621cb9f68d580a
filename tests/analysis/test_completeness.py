"""Section completeness as a reviewer judges it, on small hand-built documents: what makes an
aspect present, thin or absent, and the evidence that says why."""

from __future__ import annotations

from analysis.completeness import assess, outline
from analysis.completeness import lexicon as completeness_lexicon
from analysis.model import Block, BlockKind, Document, DocumentStatus, Location, Section

FILLER = "The plan supports the development of the region and its people. " * 3


def build(*parts: tuple, language: str = "en") -> Document:
    """('h', level, text), ('p', text), ('t', rows): blocks in order, a section per heading."""
    document = Document(id="d1", path="plan.docx", status=DocumentStatus.SUCCESS, language=language)
    current: Section | None = None
    for n, part in enumerate(parts, 1):
        location = Location(file="plan.docx", paragraph=n)
        if part[0] == "h":
            document.blocks.append(Block(BlockKind.HEADING, part[2], location, heading_level=part[1]))
            current = Section(f"d1:s{n}", "d1", part[2], part[1], "", location)
            document.sections.append(current)
        elif part[0] == "t":
            document.blocks.append(Block(BlockKind.TABLE, "", location, rows=part[1]))
        else:
            document.blocks.append(Block(BlockKind.PARAGRAPH, part[1], location))
            if current is not None:
                current.text = "\n".join(t for t in (current.text, part[1]) if t)
    return document


def test_completeness_risk_register_with_mitigation_is_present_and_quoted():
    doc = build(
        ("h", 1, "Introduction"),
        ("p", FILLER),
        ("h", 1, "Risks and their management"),
        (
            "p",
            "Delays in financing are the main risk to the implementation of the plan. To mitigate this risk the "
            "ministry will phase infrastructure projects and attract private partners.",
        ),
        ("p", "A shortage of engineers may slow construction; the plan responds with a training programme."),
    )
    risk = assess(doc)["risk"]
    assert risk.state == "present" and risk.reason == "section"
    assert risk.evidence[0].quote == "Risks and their management"
    assert risk.evidence[0].location.paragraph == 3


def test_completeness_swot_threats_and_subject_matter_risk_are_thin_at_most():
    swot = build(
        ("h", 1, "SWOT analysis"),
        ("h", 2, "Threats"),
        ("p", "Climate change; falling commodity prices; migration of young people to the cities."),
    )
    assert assess(swot)["risk"].state == "thin"
    subject = build(
        ("h", 1, "Disaster risk reduction"),
        ("p", "Floods and droughts threaten farmers. Disaster risk is high in the river basins. " * 3),
    )
    assert assess(subject)["risk"].state != "present"


def test_completeness_nothing_found_is_absent_with_what_was_searched():
    doc = build(("h", 1, "Objectives"), ("p", FILLER))
    risk = assess(doc)["risk"]
    assert risk.state == "absent" and risk.reason == "none"
    assert "risk" in risk.searched and not risk.evidence


def test_completeness_indicator_matrix_with_baselines_and_targets_is_monitoring():
    doc = build(
        ("h", 1, "Target indicators"),
        ("t", [["Indicator", "Unit", "Baseline 2020", "Target 2025"], ["Share of SMEs", "%", "28.5", "35.0"]]),
    )
    monitoring = assess(doc)["monitoring"]
    assert monitoring.state == "present" and monitoring.reason == "table"


def test_completeness_monitoring_heading_with_one_generic_sentence_is_thin_and_reporting_alone_incomplete():
    generic = build(("h", 1, "Monitoring and Evaluation"), ("p", "The council will monitor the policy."))
    assert assess(generic)["monitoring"].state == "thin"
    reporting = build(
        ("h", 1, "Reporting"),
        ("p", "The department submits the table of target indicators to the ministry twice a month."),
    )
    assert assess(reporting)["monitoring"].state == "incomplete"
    full = build(
        ("h", 1, "Monitoring and evaluation"),
        (
            "p",
            "The ministry reports on the implementation of the plan every year. A mid-term evaluation in 2023 "
            "reviews progress and the plan is adjusted after discussion with stakeholders.",
        ),
    )
    assert assess(full)["monitoring"].state == "present"


def test_completeness_dated_phases_are_time_resources_but_target_years_alone_are_not():
    phased = build(
        ("h", 1, "Implementation phases"),
        ("p", "Phase I (2021-2022): institutional arrangements. Phase II (2023-2025): full implementation."),
    )
    assert assess(phased)["resources_time"].state == "present"
    targets = build(("h", 1, "Objectives"), ("p", "Raise the share of SMEs to 35% by 2025 and exports by 2030."))
    assert assess(targets)["resources_time"].state != "present"


def test_completeness_a_heading_run_into_its_paragraph_is_found():
    """Text exported from a PDF: '8. Monitoring and Evaluation To ensure ...' is one paragraph."""
    doc = build(
        ("p", "7. Financial Resources To implement the plan there is support from development partners."),
        (
            "p",
            "8. Monitoring and Evaluation To ensure the plan is effective there will be annual progress reports, "
            "a mid-term review in 2016 and a final evaluation; the results feed into the next plan.",
        ),
        ("p", "9. Conclusion The plan is a step forward."),
    )
    heads = outline(doc, completeness_lexicon("en"))
    assert [h.text for h in heads][:2] == ["Financial Resources", "Monitoring and Evaluation"]
    assert assess(doc)["monitoring"].state == "present"


def test_completeness_contents_lines_are_not_sections():
    doc = build(
        ("h", 1, "Contents"),
        ("p", "Risk management ........................ 12"),
        ("p", "Monitoring and evaluation ............. 14"),
        ("h", 1, "Introduction"),
        ("p", FILLER),
    )
    found = assess(doc)
    assert found["risk"].state != "present" and found["monitoring"].state != "present"


def test_completeness_amount_in_a_short_financing_section_is_enough_and_russian_reads_the_same():
    doc = build(("h", 1, "Financing"), ("p", "The total financing of the programme is KZT 98.6 billion."))
    assert assess(doc)["resources_financial"].state == "present"
    ru = build(
        ("h", 1, "Риски и меры по их снижению"),
        (
            "p",
            "Основные риски реализации плана: недофинансирование и нехватка специалистов. Для их снижения "
            "предусматривается ежегодная корректировка объёмов финансирования.",
        ),
        language="ru",
    )
    assert assess(ru, "ru")["risk"].state == "present"
