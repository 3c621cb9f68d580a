from __future__ import annotations

from analysis.extract.numbers import find_quantities
from analysis.extract.tables import TableReader, find_matrix_layout, split_coded_segments, table_drafts
from analysis.model import Block, BlockKind, Direction, IndicatorType, ItemKind, Location


def _table(rows, sheet=None):
    return Block(BlockKind.TABLE, "", Location(file="m.xlsx", sheet=sheet, table=1), rows=rows)


MATRIX = [
    ["Kostanay region: target indicators", "", "", "", "", ""],
    ["", "", "", "", "", ""],
    ["No.", "Indicator", "Unit", "Baseline (2019)", "2023", "2025"],
    [
        "Objective 2. Agro-industrial complex",
        "Objective 2. Agro-industrial complex",
        "Objective 2. Agro-industrial complex",
        "Objective 2. Agro-industrial complex",
        "Objective 2. Agro-industrial complex",
        "Objective 2. Agro-industrial complex",
    ],
    ["2.1", "Labour productivity in agriculture", "thous. KZT", "3 450,5", "4 000", "4 600"],
    ["2.2", "Mortality from road accidents", "per 100,000 population", "12.1", "10", "8.5"],
    ["2.3", "Number of farmers trained", "people", "-", "300", "600"],
]


def test_tables_header_row_found_below_title_rows():
    layout = find_matrix_layout(MATRIX)
    assert layout is not None and layout.header_row == 2
    assert layout.name == 1 and layout.baseline_year == 2019
    assert sorted(layout.year_columns.values()) == [2023, 2025]


def test_tables_matrix_rows_become_indicators_under_group_objective():
    drafts = table_drafts(_table(MATRIX, sheet="Indicators"), 0)
    kinds = [d.kind for d in drafts]
    assert kinds == [ItemKind.OBJECTIVE, ItemKind.INDICATOR, ItemKind.INDICATOR, ItemKind.INDICATOR]
    objective, productivity, mortality, trained = drafts
    assert (objective.code, objective.text) == ("2", "Agro-industrial complex")
    assert productivity.parent_draft == 0
    attrs = productivity.attributes
    assert (attrs.baseline.value, attrs.baseline.year) == (3450.5, 2019)
    assert [(t.value, t.year) for t in attrs.targets] == [(4000.0, 2023), (4600.0, 2025)]
    assert attrs.direction == Direction.INCREASE
    assert productivity.location.cell == "B5" and productivity.location.row == 5
    assert mortality.attributes.direction == Direction.DECREASE
    assert trained.attributes.baseline is None
    assert trained.attributes.type == IndicatorType.OUTPUT


def test_tables_un_style_framework_gives_goals_targets_indicators():
    rows = [
        ["Goals and targets (from the 2030 Agenda)", "Indicators"],
        ["Goal 1. End poverty in all its forms everywhere", "Goal 1. End poverty in all its forms everywhere"],
        [
            "1.1 By 2030, eradicate extreme poverty for all people everywhere",
            "1.1.1 Proportion of the population living below the international poverty line\n"
            "1.1.2 Proportion of men, women and children living in poverty",
        ],
    ]
    drafts = table_drafts(Block(BlockKind.TABLE, "", Location(file="sdg.docx", table=1), rows=rows), 0)
    assert [(d.kind, d.code) for d in drafts] == [
        (ItemKind.GOAL, "1"),
        (ItemKind.TARGET, "1.1"),
        (ItemKind.INDICATOR, "1.1.1"),
        (ItemKind.INDICATOR, "1.1.2"),
    ]


def test_tables_split_coded_segments_keeps_decimals_in_text():
    text = "1.2.1 Proportion of population below 1.25 dollars a day 1.2.2 Share of children"
    assert split_coded_segments(text) == [
        "1.2.1 Proportion of population below 1.25 dollars a day",
        "1.2.2 Share of children",
    ]


def test_tables_empty_context_cell_continues_the_one_above():
    """An empty Target cell under a filled one (an unmerged merged cell) keeps that target;
    a new Goal resets what is inherited."""
    rows = [
        ["Goal", "Target", "Indicator"],
        ["1 End poverty in all its forms", "1.5 Build resilience of the poor", "1.5.1 Deaths attributed to disasters"],
        ["", "", "1.5.2 Direct economic loss attributed to disasters"],
        ["2 End hunger and achieve food security", "", "2.0.1 Prevalence of undernourishment"],
    ]
    drafts = table_drafts(Block(BlockKind.TABLE, "", Location(file="f.docx", table=1), rows=rows), 0)
    by_code = {d.code: d for d in drafts}
    parent = {d.code: drafts[d.parent_draft] if d.parent_draft is not None else None for d in drafts}
    assert by_code["1.5.2"].kind == ItemKind.INDICATOR
    assert parent["1.5.1"] is parent["1.5.2"] is by_code["1.5"]
    goal = parent["2.0.1"]
    assert goal.kind == ItemKind.GOAL and (goal.code, goal.text) == ("2", "End hunger and achieve food security")


def test_tables_target_column_of_bulleted_actions_gives_measures_not_targets():
    """A "Target 2011-2014" column that lists actions ("• Establish ...") holds measures by period,
    not targets: nothing in it can be measured."""
    rows = [
        ["Objective", "Short-term Target 2011-2014", "Medium-term Target 2015-2020"],
        [
            "Develop the interbank market",
            "• Establish a working group on the interbank market • Draft the regulation on repo operations",
            "• Reach 30% of bank funding from the interbank market by 2020",
        ],
    ]
    drafts = table_drafts(Block(BlockKind.TABLE, "", Location(file="f.pdf", page=3, table=1), rows=rows), 0)
    kinds = {d.kind for d in drafts if "working group" in d.text}
    assert kinds == {ItemKind.MEASURE}
    reach = [d for d in drafts if "30%" in d.text]
    assert reach and reach[0].kind == ItemKind.TARGET


def test_tables_numbered_form_rows_are_no_header_and_a_date_is_no_item_code():
    """An NDC's information form ('7. | General description of the target | Economy-wide'): its
    first row is data, not a header naming a 'target' column; '1 January 2021' is a date."""
    rows = [
        ["7.", "General description of the target", "Economy-wide"],
        ["8.", "Timeframe", "1 January 2021 – 31 December 2030"],
        ["10.", "Planning processes and implementation plans", "Coordination of the NDC preparation"],
    ]
    drafts = table_drafts(Block(BlockKind.TABLE, "", Location(file="ndc.pdf", page=5, table=1), rows=rows), 0)
    assert not [d for d in drafts if d.kind == ItemKind.TARGET]
    assert not [d for d in drafts if d.code == "1"]


def test_tables_a_name_wrapped_onto_a_row_of_its_own_is_joined():
    rows = [
        ["Indicator", "2015", "2016", "2017", "2018", "2019", "2020"],
        ["Number and Percentage of women aged", "5.2%", "6%", "7%", "8%", "", ""],
        ["30-49 years screened for cervical cancer", "", "", "", "", "9%", "10%"],
        ["Mean population intake of salt", "7.7%", "6.8%", "6.6%", "6.4%", "6.3%", "6.1%"],
    ]
    drafts = table_drafts(Block(BlockKind.TABLE, "", Location(file="h.pdf", page=80, table=1), rows=rows), 0)
    names = [d.text for d in drafts if d.kind == ItemKind.INDICATOR]
    assert names == [
        "Number and Percentage of women aged 30-49 years screened for cervical cancer",
        "Mean population intake of salt",
    ]
    assert [t.value for t in drafts[0].attributes.targets][-1] == 10.0


def test_tables_a_header_one_column_right_of_its_rows_is_realigned():
    """'| | Particulars | Unit | 2013 ...' over '1.01 | Total for the Country | % of popn | 17.9 ...':
    the unit column holds figures, so every column is one to the left; '1.00' heads '1.01'."""
    rows = [
        ["", "", "Particulars KEY INDICATORS", "Unit", "2013", "2014", "2018", ""],
        ["1.00", "Poverty Headcount", "", "", "", "", "", ""],
        ["1.01", "Total for the Country", "% of popn", "17.9", "16.9", "12.9", "", ""],
        ["1.02", "Phnom Penh", "%", "15.3", "14.3", "10.3", "", ""],
        ["3.0", "0", "Population", "", "", "", "", ""],
        ["3.02", "Population Density", "per sq. km", "82", "85", "90", "", ""],
    ]
    drafts = table_drafts(Block(BlockKind.TABLE, "", Location(file="p.pdf", page=8, table=1), rows=rows), 0)
    got = [(d.kind, d.code, d.text, d.attributes.unit if d.attributes else None) for d in drafts]
    assert got[:3] == [
        (ItemKind.OBJECTIVE, "1.00", "Poverty Headcount", None),
        (ItemKind.INDICATOR, "1.01", "Total for the Country", "% of popn"),
        (ItemKind.INDICATOR, "1.02", "Phnom Penh", "%"),
    ]
    assert drafts[1].parent_draft == 0 and drafts[1].attributes.targets[-1].value == 12.9
    assert "0" not in [d.text for d in drafts]


def test_tables_a_figure_inside_running_text_is_no_item_code():
    text = "Moldova commits to reduce its net GHG emissions from 43.4 Mt in 1990 to 12.8 Mt in 2030"
    assert split_coded_segments(text) == [text]


def test_tables_a_table_number_is_a_name_not_a_value():
    assert find_quantities("Table 3.4-1: Identified capacity development needs till 2025") == []
    assert find_quantities("the Strategy approved by Government Decision of 30.12.2016") == []
    assert find_quantities("in conformity with decisions 1/CP.19 and 4/CMA.1") == []
    assert [q.value for q in find_quantities("planting 5/year")] == [5.0]
    assert [q.value for q in find_quantities("a 15-25% reduction by 2030")] == [15.0, 25.0]


NEEDS_HEADER = [
    "Capacity category",
    "Identified need",
    "Intervention needed",
    "Indicators",
    "Responsible agency",
    "Cost",
]
NEEDS_PAGE_1 = [
    NEEDS_HEADER,
    [
        "Coordination",
        "Establish a mechanism",
        "Convene review meetings",
        "Coordination mechanism operational",
        "MARDE",
        "300,000",
    ],
    ["", "", "Publish progress reports", "Annual progress report published", "MARDE, NCCC", "200,000"],
]
NEEDS_PAGE_2 = [
    ["", "plans and programmes", "", "with gender aspects", "", ""],
    [
        "Budgeting",
        "Develop options",
        "Integrate climate in budgets",
        "Climate tagged in sector budgets",
        "MoF",
        "100,000",
    ],
    ["", "", "Incorporate contingency budgets", "Contingency budget in each sector", "MoF", "100,000"],
    ["Knowledge", "Develop a strategy", "Map hazards", "Climate hazard maps", "MARDE", "300,000"],
]


def test_tables_the_next_page_of_an_item_table_keeps_its_header():
    """Without its header, the next page looked like a matrix of names (the agency column) and
    figures (the costs): it goes on with the columns its first page named."""
    reader = TableReader()
    first = reader.drafts(_table(NEEDS_PAGE_1), 0)
    second = reader.drafts(_table(NEEDS_PAGE_2), 1)
    indicators = [d.text for d in first + second if d.kind == ItemKind.INDICATOR]
    assert indicators == [
        "Coordination mechanism operational",
        "Annual progress report published",
        "Climate tagged in sector budgets",
        "Contingency budget in each sector",
        "Climate hazard maps",
    ]
    assert not any(d.attributes and d.attributes.targets for d in second)
    alone = TableReader().drafts(_table(NEEDS_PAGE_2), 1)
    assert "Climate hazard maps" not in [d.text for d in alone if d.kind == ItemKind.INDICATOR]


def test_tables_text_between_two_tables_ends_the_first():
    reader = TableReader()
    reader.drafts(_table(NEEDS_PAGE_1), 0)
    reader.interrupt()
    second = reader.drafts(_table(NEEDS_PAGE_2), 1)
    assert "Climate hazard maps" not in [d.text for d in second if d.kind == ItemKind.INDICATOR]


def test_tables_a_header_naming_resources_required_is_a_financing_table():
    rows = [
        ["Identified need", "Indicators", "Responsible Lead Agency", "Estimated Resources Required (mil. US $)"],
        ["Sustainable farming", "Soil management implemented", "MADRM", "386.50"],
        ["Drought programme", "Drought programme developed", "MARDE", "0.14"],
        ["Vulnerability study", "Vulnerability study completed", "MARDE, ASRM", "1.40"],
    ]
    drafts = table_drafts(_table(rows), 0)
    assert [d.text for d in drafts if d.kind == ItemKind.INDICATOR] == [
        "Soil management implemented",
        "Drought programme developed",
        "Vulnerability study completed",
    ]
    assert not any(d.attributes and d.attributes.targets for d in drafts)


def test_tables_a_numbered_item_table_goes_on_where_the_next_page_lost_an_empty_column():
    header = ["SN", "Intervention", "Indicator", "Ministry", "Timeline 2020-2025", "Category of indicator", "Funding"]
    first = [
        header,
        ["1", "Develop water storage", "Water storage per capita", "MoE", "", "A B", "164.3 million USD"],
        ["2", "Develop water models", "Share of catchments with models", "MoE", "", "B", "10 million USD"],
    ]
    second = [  # the empty Timeline column is gone: Category and Funding moved one column left
        ["3", "Develop climate resilient crops", "Number of resilient varieties", "MINAGRI", "B B", "24 million USD"],
        ["4", "Expand irrigation", "Hectares under irrigation", "MINAGRI", "A", "2,261 million USD"],
    ]
    reader = TableReader()
    drafts = reader.drafts(_table(first), 0) + reader.drafts(_table(second), 1)
    assert [d.text for d in drafts if d.kind == ItemKind.INDICATOR] == [
        "Water storage per capita",
        "Share of catchments with models",
        "Number of resilient varieties",
        "Hectares under irrigation",
    ]
    alone = [d.text for d in TableReader().drafts(_table(second), 1)]
    assert "Number of resilient varieties" not in alone


def test_tables_a_header_set_over_several_rows_is_read_down_each_column():
    rows = [
        ["", "", "", "Responsible", "Short"],
        ["Areas of", "", "", "government", "term (1-"],
        ["implementation", "Policy goals", "Action points", "units", "2 years)"],
        [
            "International framework",
            "1. International standards on labour migration are reviewed",
            "1.1 Study the ratification of relevant international standards",
            "MOLVT",
            "X",
        ],
    ]
    drafts = TableReader().drafts(_table(rows), 0)
    assert [(d.kind, d.code) for d in drafts] == [(ItemKind.GOAL, "1"), (ItemKind.MEASURE, "1.1")]
