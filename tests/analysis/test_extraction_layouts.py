"""Extraction on the layouts real plans use: results matrices without named columns, matrices
without a header, group rows, decree clauses, contents pages, statement headings, lists written
inside a paragraph, periods and titles. Blocks are built by hand, so no reader or file is needed."""

from __future__ import annotations

import pytest

from analysis.extract import extract_document
from analysis.extract.metadata import detect_period
from analysis.extract.tables import TableReader, find_matrix_layout
from analysis.model import Block, BlockKind, Document, ItemKind, Location
from analysis.readers._common import TitleCandidate, choose_title
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line


def _doc(blocks: list[Block], period: tuple[int, int] | None = None) -> Document:
    return Document(id="d1", path="plan.pdf", blocks=blocks, period=period, language="en")


def _para(text: str, page: int = 1, kind: BlockKind = BlockKind.PARAGRAPH, **extra) -> Block:
    return Block(kind, text, Location(file="plan.pdf", page=page), **extra)


def _table(rows: list[list[str]], page: int = 1) -> Block:
    return Block(BlockKind.TABLE, "", Location(file="plan.pdf", page=page, table=1), rows=rows)


def _items(blocks: list[Block], engine, period=None):
    return extract_document(_doc(blocks, period), engine)


# ---- matrices ---------------------------------------------------------------------------------


def test_layouts_two_row_header_and_an_unnamed_indicator_column(blank_engine):
    rows = [
        ["Objective", "Evaluation criterion", "Value of criterion", "", "", "Responsible institution"],
        ["", "", "baseline (year))", "2017", "2020", ""],
        ["Increase the impact of RDI", "total expenditure for R&D (as a % of GDP", "0.9 (2012)", "1.2", "1.9", "MoES"],
        ["", "business expenditure for R&D (as a % of GDP)", "0.24 (2012)", "0.5", "0.9", "MoE"],
    ]
    layout = find_matrix_layout(rows)
    assert layout is not None and layout.name == 1 and layout.header_row == 1
    drafts = TableReader().drafts(_table(rows), 0)
    indicators = [d for d in drafts if d.kind == ItemKind.INDICATOR]
    assert [d.text[:22] for d in indicators] == ["total expenditure for ", "business expenditure f"]
    first = indicators[0].attributes
    assert (first.baseline.value, first.baseline.year) == (0.9, 2012)
    assert [(t.value, t.year) for t in first.targets] == [(1.2, 2017), (1.9, 2020)]
    assert drafts[indicators[0].parent_draft].kind == ItemKind.OBJECTIVE


def test_layouts_matrix_without_header_row_reads_the_last_value_as_target(blank_engine):
    rows = [
        ["Target", "1.1 Maternal Mortality Ratio (per 100,000 live births)", "130"],
        ["", "1.2 Neonatal Mortality Rate (per 1,000 live births)", "18"],
        ["", "1.3 Infant Mortality Rate (per 1,000 live births)", "25"],
    ]
    drafts = TableReader().drafts(_table(rows), 0)
    assert [(d.kind, d.code) for d in drafts] == [(ItemKind.INDICATOR, c) for c in ("1.1", "1.2", "1.3")]
    assert drafts[0].attributes.targets[-1].value == 130


def test_layouts_group_rows_by_code_depth_and_year_before_the_plan_is_the_baseline(blank_engine):
    rows = [
        ["No", "Indicators", "Unit", "2013", "2014", "2018"],
        ["1", "Poverty & Hunger", "", "", "", ""],
        ["1.1", "Poverty rate (Cambodia)", "%", "18.8", "17.8", "13.8"],
        ["1.2", "Conflict on land/property", "Per 1,000 pop", "30 (2011)", "<30", "<30"],
        ["2", "Improvements in Health", "", "", "", ""],
        ["2.1", "Infant Mortality Rate (IMR)", "Per 1,000 live births", "45", "", "32"],
    ]
    drafts = TableReader(period=(2014, 2018)).drafts(_table(rows), 0)
    groups = [d for d in drafts if d.kind == ItemKind.OBJECTIVE]
    assert [(g.code, g.text) for g in groups] == [("1", "Poverty & Hunger"), ("2", "Improvements in Health")]
    poverty = next(d for d in drafts if d.code == "1.1")
    assert (poverty.attributes.baseline.value, poverty.attributes.baseline.year) == (18.8, 2013)
    assert poverty.attributes.targets[-1].value == 13.8 and drafts[poverty.parent_draft] is groups[0]
    land = next(d for d in drafts if d.code == "1.2")
    assert land.attributes.baseline.year == 2011  # the year printed in the cell wins


def test_layouts_past_statistics_and_budgets_are_not_indicators():
    history = [["Indicator", "2005", "2008", "2011"], ["Migrants sent abroad", "2,244", "7,340", "26,219"]]
    assert TableReader(period=(2015, 2018)).drafts(_table(history), 0) == []
    budget = [
        ["Programme", "Budget 2016 (USD m)", "Budget 2017 (USD m)"],
        ["Health", "120", "130"],
        ["Roads", "80", "90"],
    ]
    assert not [d for d in TableReader().drafts(_table(budget), 0) if d.kind == ItemKind.INDICATOR]


def test_layouts_matrix_continued_on_the_next_page_keeps_its_layout():
    first = [["Indicators", "2016", "2018", "2020"], ["Hospital bed occupancy rate", "80%", "85%", "90%"]]
    second = [["Client satisfaction rate", "86%", "88%", "89%"], ["Data quality index", "87%", "93%", "100%"]]
    reader = TableReader()
    reader.drafts(_table(first), 0)
    drafts = reader.drafts(_table(second, page=2), 1)
    assert [d.kind for d in drafts] == [ItemKind.INDICATOR, ItemKind.INDICATOR]
    assert [(t.value, t.year) for t in drafts[1].attributes.targets][-1] == (100.0, 2020)


def test_layouts_english_headers_in_a_russian_workbook():
    rows = [["No.", "Indicator", "Unit", "2025"], ["1", "Доля малого бизнеса в ВРП", "%", "35"]]
    drafts = TableReader(language="ru").drafts(_table(rows), 0)
    assert [(d.kind, d.text) for d in drafts] == [(ItemKind.INDICATOR, "Доля малого бизнеса в ВРП")]


def test_layouts_results_framework_laid_out_by_rows():
    rows = [
        ["Goals", "GROWTH Sustainable and resilient economy", "POVERTY Reduced poverty rate"],
        ["Outcomes", "1. Strong macroeconomic fundamentals", ""],
        ["", "2. Increased labour-intensive industries", ""],
        ["Strategies (Inputs)", "1. Implement monetary policy", ""],
        ["Unconditional target", "A 15% reduction in GHG emissions by 2030 compared to the base year", ""],
    ]
    drafts = TableReader().drafts(_table(rows), 0)
    by_kind = {k: [d.text for d in drafts if d.kind == k] for k in ItemKind}
    assert len(by_kind[ItemKind.GOAL]) == 2 and len(by_kind[ItemKind.OBJECTIVE]) == 2
    assert by_kind[ItemKind.MEASURE] == ["Implement monetary policy"]
    target = next(d for d in drafts if d.kind == ItemKind.TARGET)
    assert target.attributes.targets[-1].value == 15 and target.attributes.targets[-1].year == 2030


# ---- statements -------------------------------------------------------------------------------


def test_layouts_decree_clauses_are_not_items(blank_engine):
    blocks = [
        _para("GOVERNMENT OF THE REPUBLIC OF LITHUANIA", kind=BlockKind.HEADING, heading_level=1),
        _para("The Government of the Republic of Lithuania hereby resolves:"),
        _para(
            "1. Approve the Programme on the Implementation of the Priority Areas (appended).", kind=BlockKind.LIST_ITEM
        ),
        _para(
            "2. Obligate the Ministry of Education and Science to take the following actions:", kind=BlockKind.LIST_ITEM
        ),
        _para("PROGRAMME ON THE IMPLEMENTATION OF THE PRIORITY AREAS", page=2, kind=BlockKind.HEADING, heading_level=1),
        _para("The strategic goal of the Programme is to increase the impact of research on the economy.", page=2),
    ]
    items = _items(blocks, blank_engine)
    assert [(i.kind, i.text[:30]) for i in items] == [(ItemKind.GOAL, "The strategic goal of the Prog")]


def test_layouts_a_decree_mentioned_in_the_text_opens_no_decree(blank_engine):
    """'established through Sub-decree No. 216' mentions an instrument; a line 'ROYAL KRAM' opens one."""
    objective = _para("1. Increase access to employment for persons with disabilities.", kind=BlockKind.LIST_ITEM)
    mention = _para("The councils have been established through Sub-decree No. 216 dated 2nd May 2013, on DAC.")
    items = _items([mention, _para("Strategic objectives:"), objective], blank_engine)
    assert [(i.kind, i.code) for i in items] == [(ItemKind.OBJECTIVE, "1")]
    assert _items([_para("ROYAL KRAM NS/RKM/0709/010"), _para("Strategic objectives:"), objective], blank_engine) == []


def test_layouts_a_swot_opportunities_list_is_background_not_objectives(blank_engine):
    blocks = [
        _para("5 SECTOR PRIORITIES", kind=BlockKind.HEADING, heading_level=1),
        _para("5.3 OPPORTUNITIES"),
        _para(
            "Salary reforms can help improve the productivity and motivation of health staff.", kind=BlockKind.LIST_ITEM
        ),
        _para("Strengthen the regulatory system for medicines.", kind=BlockKind.LIST_ITEM),
        _para("5.4 HEALTH SYSTEM OBJECTIVES"),
        _para("Improve the governance and management of the health workforce.", kind=BlockKind.LIST_ITEM),
    ]
    items = _items(blocks, blank_engine)
    assert [(i.kind, i.text[:11]) for i in items] == [(ItemKind.OBJECTIVE, "Improve the")]


def test_layouts_a_chart_read_as_a_table_under_its_figure_caption_gives_no_item(blank_engine):
    chart = [
        ["Goals", "Ensure quality health services", "and"],
        ["Strategic objectives", "socio-culturally", "peoples in"],
    ]
    loc = Location(file="h.pdf", page=68, table=1)
    blocks = [_para("Figure 7.1 Strategic Directions", page=68), Block(BlockKind.TABLE, "", loc, rows=chart)]
    assert _items(blocks, blank_engine) == []
    # the same cells without the caption are read as a table of items
    assert _items(blocks[1:], blank_engine)


def test_layouts_a_box_by_rows_running_onto_the_next_page_keeps_its_kind(blank_engine):
    """'Strategies (Inputs)' rows at the foot of a page; the box goes on, unruled, as a list."""
    box = [
        ["Goals", "GROWTH Sustainable, inclusive and resilient economy"],
        ["Policies (Outputs)", "1. Raise budget revenues to 18% of GDP by 2018."],
        ["Strategies (Inputs)", "1. Implement monetary policy to make it more effective."],
    ]
    blocks = [
        Block(BlockKind.TABLE, "", Location(file="p.pdf", page=112, table=1), rows=box),
        _para("2. Strengthen capacities at sub-national levels.", page=113, kind=BlockKind.LIST_ITEM),
        _para("Social, human capital and poverty reduction strategies:", page=113),
        _para("1. Universalize WATSAN and nutrition.", page=113, kind=BlockKind.LIST_ITEM),
        _para("Fiscal Policy", page=113, kind=BlockKind.HEADING, heading_level=3),
        _para("1. Reduce the budget deficit to 3% of GDP by 2018.", page=113, kind=BlockKind.LIST_ITEM),
    ]
    kinds = {i.text[:12]: i.kind for i in _items(blocks, blank_engine)}
    assert kinds["Strengthen c"] == kinds["Universalize"] == ItemKind.MEASURE
    assert "Social, huma" not in kinds
    assert kinds["Reduce the b"] != ItemKind.MEASURE  # after the heading the box has ended


def test_layouts_approval_clause_naming_a_period_is_no_target(trained_engine):
    """Without the decree's marker the approval verb alone tells the clause; its period is no target
    (the trained pipeline reads "2021-2030" as a deadline)."""
    clause = "1. Approve the Nationally determined contribution 2021-2030 of the Republic"
    blocks = [
        _para("DECISION OF THE GOVERNMENT OF THE REPUBLIC OF ARMENIA"),
        _para(clause, kind=BlockKind.LIST_ITEM),
        _para("of Armenia to the Paris Agreement."),
        _para("By 2030, Armenia will reduce its emissions by 40 per cent below the 1990 level.", page=3),
    ]
    items = _items(blocks, trained_engine)
    assert [(i.kind, i.text[:8]) for i in items] == [(ItemKind.TARGET, "By 2030,")]
    marked = [_para("the Government of the Republic of Armenia decides to:"), _para(clause, kind=BlockKind.LIST_ITEM)]
    marked.append(_para("2. Reduce emissions by 5% by 2022 in every ministry.", kind=BlockKind.LIST_ITEM))
    assert _items(marked, trained_engine) == []


def test_layouts_contents_pages_are_neither_sections_nor_items(blank_engine):
    blocks = [_para("Contents", kind=BlockKind.HEADING, heading_level=1)]
    blocks += [_para(f"Strategic Objective {n} {10 + n}") for n in range(1, 6)]
    blocks += [_para("Objectives", page=3, kind=BlockKind.HEADING, heading_level=1)]
    blocks += [_para("1. Reduce poverty in rural areas.", page=3, kind=BlockKind.LIST_ITEM)]
    document = _doc(blocks)
    items = extract_document(document, blank_engine)
    assert [i.text for i in items] == ["Reduce poverty in rural areas."]
    assert [s.heading for s in document.sections] == ["Objectives"]


def test_layouts_numbered_item_is_its_first_sentence(blank_engine):
    blocks = [
        _para("Priority areas", kind=BlockKind.HEADING, heading_level=1),
        _para("15.1. Energy and sustainable environment. The selection of this area has been determined by trends."),
    ]
    items = _items(blocks, blank_engine)
    assert items[0].text == "Energy and sustainable environment."
    assert items[0].extra["detail"].startswith("The selection")


def test_layouts_list_intro_names_its_kind_at_the_end_and_a_sibling_closes_it(blank_engine):
    blocks = [
        _para("3.31. The thrust areas, thus, can be grouped succinctly into 4 major objectives:"),
        _para("1. Ensuring an average annual economic growth of 7%.", kind=BlockKind.LIST_ITEM),
        _para("2. Creating more jobs, especially for the youth.", kind=BlockKind.LIST_ITEM),
        _para("3.32. In Chapter IV, each of these is presented in detail with the programmes."),
    ]
    items = _items(blocks, blank_engine)
    assert [(i.kind, i.code) for i in items] == [(ItemKind.OBJECTIVE, "1"), (ItemKind.OBJECTIVE, "2")]


def test_layouts_statement_heading_takes_the_quoted_statement(blank_engine):
    blocks = [
        _para("7.2 VISION"),
        _para("Vision is an overall inspirational purpose of the ministry envisioning a desired future."),
        _para("“All people in Cambodia have better health and wellbeing, thereby contributing to development.”"),
        _para("7.3 STRATEGIC OBJECTIVE AND STRATEGIES"),
        _para("Public health facilities are adequately supplied with medicines and essential services."),
        _para("16 Provide public health facilities with sufficient quantity of quality assured medicines."),
        _para("17 Improve rational use of medicines and health commodities."),
    ]
    items = _items(blocks, blank_engine)
    assert [(i.kind, i.code, i.text[:25]) for i in items] == [
        (ItemKind.GOAL, None, "“All people in Cambodia h"),
        (ItemKind.OBJECTIVE, None, "Public health facilities "),
        (ItemKind.OBJECTIVE, "16", "Provide public health fac"),
        (ItemKind.OBJECTIVE, "17", "Improve rational use of m"),
    ]


def test_layouts_bullets_spell_out_an_item_ending_in_a_colon(blank_engine):
    blocks = [
        _para("Strategies:", kind=BlockKind.HEADING, heading_level=2),
        _para(
            "f. Promote renewable energy and energy efficiency to reduce emissions:",
            kind=BlockKind.LIST_ITEM,
            list_level=0,
        ),
        _para("Renewable energy", kind=BlockKind.LIST_ITEM, list_level=1),
        _para("Energy efficiency", kind=BlockKind.LIST_ITEM, list_level=1),
        _para("g. Develop decentralized energy production systems;", kind=BlockKind.LIST_ITEM, list_level=0),
    ]
    items = _items(blocks, blank_engine)
    assert [i.text[:20] for i in items] == ["Promote renewable en", "Develop decentralize"]
    assert items[0].extra["parts"] == ["Renewable energy", "Energy efficiency"]


def test_layouts_list_inside_a_paragraph(blank_engine):
    text = (
        "The main approaches of this strategy are to 1) protect the poorest who cannot help themselves; "
        "2) promote human capital; and 3) prevent households from falling into poverty."
    )
    items = _items([_para(text)], blank_engine)
    assert [(i.kind, i.text) for i in items] == [
        (ItemKind.OBJECTIVE, "Protect the poorest who cannot help themselves"),
        (ItemKind.OBJECTIVE, "Promote human capital"),
        (ItemKind.OBJECTIVE, "Prevent households from falling into poverty."),
    ]


def test_layouts_forecasts_and_named_periods_are_not_targets(blank_engine):
    blocks = [
        _para("Emissions from transport are projected to increase from 785 Gg in 2000 to 11,376 Gg by 2050."),
        _para("The strategy incorporates the themes of the National Strategic Development Plan 2014-2018."),
        _para("The government will reduce the budget deficit to 3% of the GDP by 2018."),
    ]
    items = _items(blocks, blank_engine, period=(2014, 2018))
    assert [i.text[:25] for i in items if i.kind == ItemKind.TARGET] == ["The government will reduc"]


def test_layouts_heading_over_a_target_is_its_indicator(blank_engine):
    blocks = [
        _para("1.1.1 Poverty rate, as measured by the official poverty line", kind=BlockKind.HEADING, heading_level=2),
        _para("Target: By 2030, a 50% reduction in the rate of poverty, compared to the 2015 level"),
    ]
    items = _items(blocks, blank_engine)
    assert [(i.kind, i.code) for i in items] == [(ItemKind.INDICATOR, "1.1.1")]
    assert items[0].attributes.targets[-1].value == 50 and items[0].attributes.targets[-1].year == 2030


# ---- document facts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "texts", "period"),
    [
        ("Health Strategic Plan 2012/13-2016/17", [], (2012, 2017)),
        ("Intended Nationally Determined Contribution", ["Period 1 January 2021 – 31 December 2030"], (2021, 2030)),
        (
            "Policy on Labour Migration for Cambodia",
            [
                "Evaluation of the Policy on Labour Migration for Cambodia 2010-2015",
                "Objectives of the Labour Migration Policy for Cambodia 2015-2018",
                "The Labour Migration Policy for Cambodia 2015-2018 sets out",
            ],
            (2015, 2018),
        ),
        (
            "Programme",
            [
                "The timeframe of implementation of the Programme is the period 2014–2020.",
                "Growth was fast over the period 2000-2010.",
            ],
            (2014, 2020),
        ),
        # another plan's period, a quoted name and a reference period are not the plan's own
        (
            "Intended Nationally Determined Contributions",
            ["A National Climate Change Strategy and Action Plan for the period 2013-2020 has been adopted."],
            None,
        ),
        (
            "Intended Nationally Determined Contribution",
            [
                'as stated in the "Programme of the Republic on Transition to Sustainable Development for 2013-2017."',
                "Annual losses under the temperature increase relatively 1961-1990 level are 1.4%.",
                "The contribution covers 2021-2030.",
            ],
            (2021, 2030),
        ),
    ],
)
def test_layouts_plan_period(title, texts, period):
    blocks = [_para(t) for t in texts]
    assert detect_period(title, blocks) == period


def test_layouts_title_names_the_plan():
    candidates = [
        TitleCandidate("GOVERNMENT OF THE REPUBLIC OF LITHUANIA", 2.0, 0),
        TitleCandidate("RESOLUTION ON THE APPROVAL OF THE PROGRAMME ON SMART SPECIALISATION", 1.8, 1),
        TitleCandidate("CONTENT", 3.0, 2),
        TitleCandidate("1. NATIONAL CIRCUMSTANCES", 2.5, 3),
    ]
    assert choose_title(candidates) == "Programme on Smart Specialisation"


def test_layouts_labels_in_another_language(blank_engine):
    document = Document(
        id="d1",
        path="plan.docx",
        language="ru",
        blocks=[_para("Goal 1. Развитие сельских территорий"), _para("Цель 2. Рост производительности труда")],
    )
    from analysis.nlp import load_engine

    items = extract_document(document, load_engine("blank", "ru"))
    assert [(i.kind, i.code) for i in items] == [(ItemKind.GOAL, "1"), (ItemKind.GOAL, "2")]


def test_layouts_document_without_items_gets_a_warning(tmp_path):
    from analysis.pipeline import Config, run
    from analysis.project import DocumentSpec

    path = tmp_path / "letter.txt"
    path.write_text("Dear colleagues,\n\nplease find the minutes of the meeting attached.\n", encoding="utf-8")
    result = run([DocumentSpec(path=str(path))], Config(pipeline="blank", use_cache=False))
    document = result.documents[0]
    assert document.status.value == "partial"
    assert any("no goals, objectives, targets or indicators" in w for w in map(english, document.warnings))


def test_layouts_executive_summary_restating_objectives_is_no_duplicate(tmp_path):
    from analysis.pipeline import Config, run
    from analysis.project import DocumentSpec

    objectives = [
        "Promote low-carbon planning and technologies to support sustainable development.",
        "Improve capacities, knowledge and awareness for climate change responses.",
    ]
    text = "# Climate Change Strategic Plan 2014-2023\n\n## Executive summary\n\nThe strategic objectives are:\n\n"
    text += "\n".join(f"{n}. {o}" for n, o in enumerate(objectives, 1))
    text += "\n\n## Strategic objectives\n\nThe plan sets the following objectives:\n\n"
    text += "\n".join(f"{n}. {o}" for n, o in enumerate(objectives, 1)) + "\n"
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    result = run([DocumentSpec(path=str(path))], Config(pipeline="blank", use_cache=False))
    restated = [i for i in result.items if i.extra.get("in_summary")]
    assert len(restated) == 2
    assert not [f for f in result.findings if f.code == "DUPLICATE_STRATEGY"]


def test_layouts_numbered_heading_line_ends_a_bulleted_list(blank_engine):
    blocks = [
        _para("3.2.Objectives"),
        _para("Developing an economy in balance with society and culture;", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("Enhancing education and training on green growth.", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("4.Strategy"),
        _para("In order to achieve the above objectives, the main strategies are as follows:"),
    ]
    items = _items(blocks, blank_engine)
    assert [(i.kind, i.text[:10]) for i in items] == [
        (ItemKind.OBJECTIVE, "Developing"),
        (ItemKind.OBJECTIVE, "Enhancing "),
    ]


def test_layouts_title_lines_ending_mid_phrase_are_joined():
    lines = [TitleCandidate("Royal Government of Cambodia", 1.4, 0), TitleCandidate("National Policy on", 2.4, 1)]
    lines.append(TitleCandidate("Green Growth", 2.4, 2))
    assert choose_title(lines) == "National Policy on Green Growth"
    # a complete line is not joined with the next
    assert (
        choose_title([TitleCandidate("National Policy", 2.4, 0), TitleCandidate("2013", 2.4, 1)]) == "National Policy"
    )


def test_layouts_title_in_body_type_names_the_plan_plural_and_keeps_its_acronym():
    lines = [
        TitleCandidate("REPUBLIC OF LIBERIA", 1.6, 0),
        TitleCandidate("INTENDED NATIONALLY DETERMINED CONTRIBUTIONS (INDC)", 1.2, 1),
        TitleCandidate("Reference year and volume of emissions", 1.0, 2),
    ]
    assert choose_title(lines) == "Intended Nationally Determined Contributions (INDC)"


def test_layouts_a_national_plan_naming_one_region_as_an_example_has_no_region():
    from analysis.extract.metadata import detect_region

    opening = [_para("Региональные программы, например программа Костанайской области, разрабатываются на его основе.")]
    assert detect_region("Национальный план развития регионов до 2025 года", opening, "ru") is None
    assert detect_region("Программа развития территории", opening, "ru") is not None
    assert detect_region("Программа развития Костанайской области", [], "ru") is not None


def test_layouts_a_world_region_is_not_the_plans_region():
    from analysis.extract.metadata import detect_region

    opening = [_para("The strategy was prepared with the Asia and Pacific region office of the bank.")]
    assert detect_region("Financial Sector Development Strategy 2011-2020", opening, "en") is None
    assert (
        detect_region("RIS3 strategy", [_para("It covers the Northern Netherlands region.")], "en")
        == "Northern Netherlands"
    )


def test_layouts_a_period_ending_before_the_document_is_its_history():
    """A plan looks forward: the inventory years it reports are no plan period, whether the
    document's year comes from the file (a PDF's CreationDate) or from the date on its cover."""
    title = "Intended Nationally Determined Contribution"
    text = [
        _para("This contribution was submitted in 2021.", page=2),
        _para("The GHG inventory for the period 1990-2017 shows emissions rising in all sectors.", page=3),
    ]
    assert detect_period(title, text, created=2021) is None
    # a file made years after its text (a Word copy of an old plan): its year is not the plan's present
    old_plan = [_para("The Third Health Strategic Plan covers the period 2016-2020.", page=2)]
    assert detect_period("The Third Health Strategic Plan", old_plan, created=2026) == (2016, 2020)
    assert detect_period(title, [_para("Tashkent, October 2021"), *text]) is None
    # the plan's own period, stated, stands; so does a period in its title
    own = [*text, _para("The timeframe of implementation of the contribution is 2021-2030.", page=4)]
    assert detect_period(title, own, created=2021) == (2021, 2030)
    assert detect_period("Health Strategic Plan 2016-2020", text, created=2022) == (2016, 2020)
    # a horizon on the cover is no date: the year of the plan is not moved to 2030
    assert detect_period(title, [_para("Targets for 2030"), *text]) == (1990, 2017)


def test_layouts_the_aims_of_another_named_plan_are_not_this_plans(blank_engine):
    """An NDC describing the national strategies it builds on: their aims are references, while
    the plan's own aims, even when they mention another plan, stay items."""
    blocks = [
        _para("Adaptation objectives", kind=BlockKind.HEADING, heading_level=1),
        _para(
            'The National Development Strategy "Moldova 2030" aims to ensure economic resilience. '
            "The National Integrated Plant Protection Program for the years 2018-2027 aims to reduce pesticide use. "
            "The Master Plan aims to ensure universal coverage against health shocks. "
            "This Contribution aims to strengthen the resilience of agriculture to drought. "
            "In line with the National Development Strategy, the Government aims to protect water resources."
        ),
    ]
    document = _doc(blocks, (2021, 2030))
    document.title = "Updated Nationally Determined Contribution of the Republic of Moldova"
    texts = [i.text for i in extract_document(document, blank_engine) if i.kind == ItemKind.OBJECTIVE]
    assert texts == [
        "This Contribution aims to strengthen the resilience of agriculture to drought.",
        "In line with the National Development Strategy, the Government aims to protect water resources.",
    ]


def test_layouts_a_chapter_the_contents_page_lists_opens_a_section_though_set_as_a_list_item(blank_engine):
    """'5. Objectives of the strategy' in bold body type reads as a list item; the contents page
    lists it, so it opens the objectives chapter, and the main objective set as a paragraph
    under 'The main objective ... is:' is an item, like the sub-objectives listed after it."""
    blocks = [
        _para("Table of Contents", kind=BlockKind.HEADING, heading_level=1),
        _para("1. Introduction 2", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("2. Monitoring and evaluation of the top sectors 4", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("3. Objectives of the strategy for the region 9", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("4. Implementation of the strategy 11", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("2. Monitoring and evaluation of the top sectors", page=4, kind=BlockKind.LIST_ITEM, list_level=0),
        _para("The top sectors report every year on their results.", page=4),
        _para("3. Objectives of the strategy for the region", page=9, kind=BlockKind.LIST_ITEM, list_level=0),
        _para("The main objective of the strategy, building on the regional strategies, is:", page=9),
        _para("To improve the economic competitiveness of the region by increasing R&D investments.", page=9),
        _para("The main objective is divided into the following sub-objectives:", page=9),
        _para("To increase the share of private R&D investments;", page=9, kind=BlockKind.LIST_ITEM, list_level=0),
        _para("To speed up the commercialisation of knowledge.", page=9, kind=BlockKind.LIST_ITEM, list_level=0),
    ]
    document = _doc(blocks)
    items = extract_document(document, blank_engine)
    assert [s.heading for s in document.sections][-2:] == [
        "Monitoring and evaluation of the top sectors",
        "Objectives of the strategy for the region",
    ]
    assert [i.text for i in items if i.kind == ItemKind.OBJECTIVE] == [
        "To improve the economic competitiveness of the region by increasing R&D investments.",
        "To increase the share of private R&D investments;",
        "To speed up the commercialisation of knowledge.",
    ]


def test_layouts_an_introduction_that_states_the_plans_own_target_gives_it(blank_engine):
    blocks = [
        _para("Introduction", kind=BlockKind.HEADING, heading_level=1),
        _para(
            "Through this submission, the Government updates its nationally determined contribution. "
            "Canada's updated NDC is to reduce emissions by 40-45% below 2005 levels by 2030. "
            "The provinces plan to reduce emissions by 30% by 2030."
        ),
    ]
    document = _doc(blocks, (2021, 2030))
    document.title = "Canada's 2021 Nationally Determined Contribution Under the Paris Agreement"
    targets = [i.text for i in extract_document(document, blank_engine) if i.kind == ItemKind.TARGET]
    assert targets == ["Canada's updated NDC is to reduce emissions by 40-45% below 2005 levels by 2030."]


def test_layouts_a_listed_aim_with_a_dated_figure_is_a_target(blank_engine):
    blocks = [
        _para("Policy objectives", kind=BlockKind.HEADING, heading_level=1),
        _para("The objectives of the policy are:"),
        _para(
            "Increase the share of manufacturing in GDP to 20 percent by 2025", kind=BlockKind.LIST_ITEM, list_level=0
        ),
        _para("Strengthen the small and medium enterprises", kind=BlockKind.LIST_ITEM, list_level=0),
    ]
    items = extract_document(_doc(blocks, (2015, 2025)), blank_engine)
    assert [(i.kind, i.text[:30]) for i in items] == [
        (ItemKind.TARGET, "Increase the share of manufact"),
        (ItemKind.OBJECTIVE, "Strengthen the small and mediu"),
    ]
    assert [(t.value, t.year) for t in items[0].attributes.targets] == [(20.0, 2025)]


def test_layouts_what_is_expected_by_a_year_is_a_projection_not_a_target(blank_engine):
    blocks = [
        _para("Adaptation measures", kind=BlockKind.HEADING, heading_level=1),
        _para(
            "By 2050, it is expected that these costs of forestry maintenance will increase to about 120 million USD."
        ),
        _para("The Government will plant 10,000 ha of forest by 2030."),
    ]
    items = extract_document(_doc(blocks, (2021, 2030)), blank_engine)
    assert [i.text for i in items if i.kind == ItemKind.TARGET] == [
        "The Government will plant 10,000 ha of forest by 2030."
    ]


def test_layouts_a_short_lead_in_ending_in_a_colon_is_no_item(blank_engine):
    blocks = [
        _para("Objectives", kind=BlockKind.HEADING, heading_level=1),
        _para("The objectives of the strategy are:"),
        _para("Bearing in mind the need to:", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("Increase the number of innovating firms", kind=BlockKind.LIST_ITEM, list_level=0),
    ]
    texts = [i.text for i in extract_document(_doc(blocks), blank_engine)]
    assert texts == ["Increase the number of innovating firms"]


ACTION_PLAN = [
    ["3.2. Climate change and disaster risk management", "", "", "", "", "", ""],
    ["Strategies", "Indicator", "Key Activities", "Responsible", "Time Frame", "", ""],
    ["", "", "", "", "14", "15", "16"],
    [
        "1. Strengthen the capacity of officials in gender mainstreaming",
        "Capacity development program on gender adopted",
        "Develop and implement a capacity development program",
        "MoWA",
        "x",
        "x",
        "",
    ],
]
ACTION_PLAN_NEXT_PAGE = [
    [
        "2. Mainstream gender in climate change policies and programs",
        "Climate change is mainstreamed in the program of MoWA",
        "Conduct a gender review of existing policies",
        "MoWA, NCCC",
        "x",
        "x",
        "x",
    ],
]


def test_layouts_an_action_plan_under_its_title_row_and_its_next_page_keep_their_columns_and_parents(blank_engine):
    blocks = [
        _para("Objectives", kind=BlockKind.HEADING, heading_level=1),
        _para("1. Improve the livelihood of women in rural areas", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("Action plan", kind=BlockKind.HEADING, heading_level=1),
        _table(ACTION_PLAN, page=5),
        _table(ACTION_PLAN_NEXT_PAGE, page=6),
    ]
    items = extract_document(_doc(blocks, (2014, 2018)), blank_engine)
    by_id = {i.id: i for i in items}
    rows = [
        (i.kind, i.text[:28], by_id[i.parent_id].text[:28] if i.parent_id else None)
        for i in items
        if i.location.page in (5, 6)
    ]
    assert rows == [
        (ItemKind.OBJECTIVE, "Strengthen the capacity of o", None),
        (ItemKind.MEASURE, "Develop and implement a capa", "Strengthen the capacity of o"),
        (ItemKind.INDICATOR, "Capacity development program", "Develop and implement a capa"),
        (ItemKind.OBJECTIVE, "Mainstream gender in climate", None),
        (ItemKind.MEASURE, "Conduct a gender review of e", "Mainstream gender in climate"),
        (ItemKind.INDICATOR, "Climate change is mainstream", "Conduct a gender review of e"),
    ]


def test_layouts_risks_told_in_a_situation_analysis_are_no_risks_of_the_plan(blank_engine):
    blocks = [
        _para("Poverty and Vulnerability Profile", kind=BlockKind.HEADING, heading_level=1),
        _para("Risks, Shocks and Vulnerabilities", kind=BlockKind.HEADING, heading_level=2),
        _para("Vulnerability is a cause of poverty, as well as a defining element of it."),
        _para(
            "SWOT Analysis (Strengths, Weaknesses, Opportunities & Threats)", kind=BlockKind.HEADING, heading_level=1
        ),
        _para("Steady rise in the budget allocated to R&D since 2009.", kind=BlockKind.LIST_ITEM, list_level=0),
        _para("Risks to implementation", kind=BlockKind.HEADING, heading_level=1),
        _para("Delays in the release of funds could slow down the programme."),
    ]
    risks = [i.text for i in extract_document(_doc(blocks, (2011, 2015)), blank_engine) if i.kind == ItemKind.RISK]
    assert risks == ["Delays in the release of funds could slow down the programme."]


def test_layouts_a_dated_figure_of_another_named_plan_or_a_forecast_is_no_target(blank_engine):
    blocks = [
        _para("Mitigation", kind=BlockKind.HEADING, heading_level=1),
        _para(
            "National Forestry Programme (2021): increase of forest cover to 12.9 per cent of the territory by 2030."
        ),
        _para("The census foresees population growth reaching 14.16 million by 2022."),
        _para("Armenia will reduce its emissions by 40 per cent by 2030."),
    ]
    document = _doc(blocks, (2021, 2030))
    document.title = "Nationally Determined Contribution 2021-2030 of the Republic of Armenia"
    targets = [i.text for i in extract_document(document, blank_engine) if i.kind == ItemKind.TARGET]
    assert targets == ["Armenia will reduce its emissions by 40 per cent by 2030."]
