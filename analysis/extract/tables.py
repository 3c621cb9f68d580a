"""Tables: indicator matrices (one indicator per row) and item tables (one item per cell).

An indicator matrix is recognised by its header row — wherever it sits — naming an
indicator column plus a unit, baseline, target or year columns. Other tables are read
cell by cell: a cell whose label or column header names an item kind gives items
("Goal 1.", "1.1 By 2030 ...", an "Indicators" column), which is how the UN SDG
framework and most measure tables are laid out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from itertools import zip_longest

from analysis.extract.classify import classify_indicator
from analysis.extract.drafts import Draft, cell_location
from analysis.extract.forms import form_drafts
from analysis.extract.numbers import canonical_unit, find_quantities, is_year, parse_cell_number, parse_year
from analysis.extract.structure import (
    CODE,
    Label,
    list_header_kind,
    parse_label,
    statement_heading_kind,
    structure_lexicon,
)
from analysis.extract.targets import (
    direction_from_text,
    has_negative_subject,
    measurable,
    parse_target_statement,
    target_attributes,
)
from analysis.model import Block, BlockKind, Direction, IndicatorAttributes, ItemKind, YearValue
from analysis.readers._common import holds_bullets
from analysis.resources import LANGUAGES, per_rules

HEADER_SEARCH_ROWS = 15
ITEM_HEADER_ROWS = 3  # an item table's header may sit under two title rows of its own
STACKED_HEADER_ROWS = 8  # a header set over this many rows of short words at most ...
STACKED_CELL_WORDS = 4  # ... each cell a few words
FIGURE_CAPTION_REACH = 2  # blocks between a figure's caption and the cells read from it (a subtitle)
GROUP_LABEL_WORDS = 12  # "Social, human capital and poverty reduction strategies:" inside a carried box
SHIFTED_SHARE = 0.6  # rows whose figures stand one column left of the header's: the header is shifted
_GOES_ON_WITH_FIGURE = re.compile(r"^\d+(?:\s*[-–]\s*\d+)?\s+[a-z]")  # "30-49 years screened ..."
_TICK = re.compile(r"[xX✓✔√•]")
_ROW_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s*$")
HEADER_CELL_WORDS = 10  # "Key performance indicators to measure progress (2020)" still names a column
ROW_LABEL_WORDS = 5  # a row label naming a kind ("Unconditional target") is this short
BREAKDOWN_WORDS = 3  # "Girls", "Other urban areas": a breakdown row of the indicator label above
_MULTI_CODE = re.compile(r"(?:^|\s)\d{1,2}\.(?:\d{1,2}|[a-z])(?:\.\d{1,2})?\s+[A-Z(]")


@dataclass
class MatrixLayout:
    header_row: int  # 0-based index of the (last) header row
    name: int
    columns: dict[str, int] = field(default_factory=dict)  # role -> column
    year_columns: dict[int, int] = field(default_factory=dict)  # column -> year
    baseline_year: int | None = None
    target_year: int | None = None
    # Columns of statements the indicators sit under: column -> item kind ("Goal", "Target")
    context_columns: dict[int, str] = field(default_factory=dict)
    # Value columns without a year or role in the header (a matrix with no header row): the
    # first printed value is the baseline, the last the target.
    value_columns: list[int] = field(default_factory=list)
    # Kind of the group rows between indicator rows (from the name column's header words).
    group_kind: str = "objective"
    plan_start: int | None = None  # year columns before it hold baselines


@per_rules()
def header_lexicon() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    """(indicator column roles, column kinds) in every language Concord reads: a Russian plan may
    well have an English results matrix, and a translated plan keeps its original headers."""
    roles: dict[str, list[str]] = {}
    kinds: dict[str, list[str]] = {}
    for language in LANGUAGES:
        lex = structure_lexicon(language)
        for role, aliases in lex.indicator_columns.items():
            roles.setdefault(role, []).extend(a for a in aliases if a not in roles.get(role, []))
        for kind, aliases in lex.column_kinds.items():
            kinds.setdefault(kind, []).extend(a for a in aliases if a not in kinds.get(kind, []))
    return roles, kinds


def _norm(cell: str) -> str:
    return " ".join(re.sub(r"[*:()\[\],]", " ", cell.lower()).split())


def _matches(cell: str, aliases: list[str], exact: bool = False) -> bool:
    text = _norm(cell)
    stripped = _norm(re.sub(r"(?:19|20)\d\d", " ", cell))
    for alias in aliases:
        if text == alias or stripped == alias:
            return True
        if not exact and len(alias) > 3 and (stripped.startswith(alias + " ") or text.startswith(alias + " ")):
            return True
    return False


def _year_header(cell: str) -> int | None:
    """'2025', '2025 (plan)', 'Target 2025' are year columns; long text is not."""
    if len(cell) > 24:
        return None
    year = parse_year(cell)
    if year is None:
        return None
    rest = re.sub(r"(?:19|20)\d\d", "", _norm(cell))
    return year if len(rest.split()) <= 2 else None


_ROLE_ORDER = ("baseline_year", "baseline", "target", "unit", "responsible", "source", "direction", "code", "name")


def _header_roles(row: list[str], lex: dict[str, list[str]]) -> tuple[dict[str, int], dict[int, int]]:
    """Column roles of a candidate header row: exact names first, then names that start a header
    ('Indicator name', 'Unit of measurement'), so 'Indicator code' is the code, not the name."""
    columns: dict[str, int] = {}
    taken: set[int] = set()
    for exact in (True, False):
        for c, cell in enumerate(row):
            if c in taken or not cell.strip():
                continue
            if exact and re.search(r"\bcode\b", cell, re.I) and "code" not in columns:
                columns["code"] = c
                taken.add(c)
                continue
            for role in _ROLE_ORDER:
                if role not in columns and _matches(cell, lex[role], exact=exact or role == "code"):
                    columns[role] = c
                    taken.add(c)
                    break
    years = {
        c: y
        for c, cell in enumerate(row)
        if c not in taken and cell.strip()
        for y in [_year_header(cell)]
        if y is not None
    }
    return columns, years


def _text_column(rows: list[list[str]], header_row: int, column: int) -> bool:
    """Does a column hold statements (a goal or target per row) rather than figures?"""
    cells = [r[column].strip() for r in rows[header_row + 1 : header_row + 41] if column < len(r) and r[column].strip()]
    return bool(cells) and sum(len(c.split()) >= 4 for c in cells) >= 0.6 * len(cells)


def _one_indicator_per_row(rows: list[list[str]], header_row: int, column: int) -> bool:
    """The UN layout lists several coded indicators in one cell: that is an item table."""
    cells = [r[column] for r in rows[header_row + 1 : header_row + 41] if column < len(r) and r[column].strip()]
    return bool(cells) and all(len(split_coded_segments(c)) == 1 for c in cells)


def _role_of(cell: str, lex: dict[str, list[str]]) -> str | None:
    for role in _ROLE_ORDER:
        if _matches(cell, lex[role], exact=role == "code"):
            return role
    return None


def _header_row(rows: list[list[str]], r: int, lex: dict[str, list[str]]) -> tuple[list[str], int]:
    """The header at row r, read together with the row below when that row only names years or
    roles under it ("Value of criterion" over "baseline (year) | 2017 | 2020"). Returns the header
    cells and how many rows it takes."""
    top = rows[r]
    if r + 1 >= len(rows) or (len(top) > 2 and sum(1 for c in top if c.strip()) == 1):
        return top, 1  # (one cell across the table is its title, not the upper row of its header)
    below = rows[r + 1]
    filled = [c for c in below if c.strip()]
    if not filled or any(parse_cell_number(c) is not None and _year_header(c) is None for c in filled):
        return top, 1
    if not any(_year_header(c) or _role_of(c, lex) for c in filled) or any(len(c.split()) > 5 for c in filled):
        return top, 1
    width = max(len(top), len(below))
    cells = []
    for c in range(width):
        upper, lower = _cell(top, c), _cell(below, c)
        if lower and (_year_header(lower) or _role_of(lower, lex)):
            cells.append(lower)
        else:
            cells.append(f"{upper} {lower}".strip())
    return cells, 2


def _is_text_cell(cell: str) -> bool:
    """Words rather than a figure: '1.1 Maternal Mortality Ratio (per 100,000 live births)' is text."""
    letters = sum(ch.isalpha() for ch in cell)
    return letters >= 3 and letters > sum(ch.isdigit() for ch in cell)


def _inferred_name(rows: list[list[str]], start: int, columns: dict[str, int], years: dict[int, int]) -> int | None:
    """The indicator column of a matrix whose header does not name it ("OBJECTIVES AND TARGETS",
    "Evaluation criterion", or nothing): the text column just left of the values."""
    values = set(years) | {columns[k] for k in ("baseline", "target", "unit", "baseline_year") if k in columns}
    if not values:
        return None
    taken = set(columns.values())
    for c in range(min(values) - 1, -1, -1):
        if c in taken:
            continue
        cells = [_cell(r, c) for r in rows[start : start + 40] if _cell(r, c)]
        if cells and sum(_is_text_cell(t) for t in cells) >= 0.6 * len(cells):
            return c
    return None


def _past_statistics(layout: MatrixLayout, period: tuple[int, int] | None) -> bool:
    """Year columns that all lie before the plan starts, with no baseline or target column: a
    table of past statistics (situation analysis), not the plan's indicators."""
    if not period or not layout.year_columns or {"baseline", "target", "target_text"} & layout.columns.keys():
        return False
    return max(layout.year_columns.values()) < period[0]


def find_matrix_layout(
    rows: list[list[str]], language: str = "en", period: tuple[int, int] | None = None
) -> MatrixLayout | None:
    """The layout of an indicator matrix: its header row (anywhere in the first rows, one or two
    rows deep), the indicator name column (named, or the text column left of the values) and
    the value columns; or a matrix with no header at all whose rows pair a name with figures."""
    lex, _ = header_lexicon()
    for r in range(min(HEADER_SEARCH_ROWS, len(rows))):
        header, depth = _header_row(rows, r, lex)
        columns, years = _header_roles(header, lex)
        # "Baseline (2019)" and "Target 2025" name their year; they are not year columns.
        for role in ("baseline", "target", "baseline_year", "unit", "code", "responsible", "source"):
            years.pop(columns.get(role, -1), None)
        measured = (
            len(years) >= 2 or bool({"baseline", "target"} & columns.keys()) or ("unit" in columns and bool(years))
        )
        if (measured or "name" in columns) and _is_budget(header):
            return None
        if "baseline_year" in columns and "baseline" not in columns:
            # "Baseline (year)" over "0.9 (2012)": a value with its year, not a column of years
            body = [_cell(row, columns["baseline_year"]) for row in rows[r + depth : r + depth + 20]]
            values = [parse_cell_number(c) for c in body]
            if sum(1 for v in values if v is not None and not is_year(v)) > len(body) / 3:
                columns["baseline"] = columns.pop("baseline_year")
        if "name" not in columns:
            name = _inferred_name(rows, r + depth, columns, years) if measured else None
            if name is None:
                continue
            columns["name"] = name
        # A "Target" column of sentences to the right of the indicator states that indicator's
        # target ("By 2030, a 50% reduction ..."): read into its attributes. To its left, it is
        # the target the indicators sit under (the UN layout "Goals and targets | Indicators").
        context: dict[int, str] = {}
        last = r + depth - 1
        for role in ("target", "baseline"):
            if role in columns and _text_column(rows, last, columns[role]):
                if columns[role] > columns["name"]:
                    columns[f"{role}_text"] = columns.pop(role)
                elif role == "target":
                    context[columns.pop(role)] = "target"
        for c, kinds in _column_kinds(header, language).items():
            if c not in columns.values() and c not in years and _text_column(rows, last, c):
                if kinds[-1] == "target" and c > columns["name"] and "target_text" not in columns:
                    columns["target_text"] = c
                else:
                    context[c] = kinds[-1]
        measured = bool(years or {"unit", "baseline", "target", "target_text", "baseline_text"} & columns.keys())
        if not measured and not (context and _one_indicator_per_row(rows, last, columns["name"])):
            continue
        name_kinds = _column_kinds([header[columns["name"]]], language).get(0, [])
        layout = MatrixLayout(
            header_row=last,
            name=columns.pop("name"),
            columns=columns,
            year_columns=years,
            context_columns=dict(sorted(context.items())),
            group_kind=next((k for k in name_kinds if k in ("goal", "objective", "task")), "objective"),
        )
        if "baseline" in columns or "baseline_text" in columns:
            column = columns.get("baseline", columns.get("baseline_text"))
            layout.baseline_year = parse_year(header[column]) or parse_year(rows[r][column])
        if "target" in columns:
            layout.target_year = parse_year(header[columns["target"]])
        for role_col in list(columns.values()) + [layout.name, *context]:
            years.pop(role_col, None)
        layout = _aligned_with_body(layout, rows)
        if _past_statistics(layout, period):
            return None
        layout.plan_start = period[0] if period else None
        return layout
    return _headerless_layout(rows, language)


def _aligned_with_body(layout: MatrixLayout, rows: list[list[str]]) -> MatrixLayout:
    """A header printed one column to the right of its rows (an empty first header cell the PDF
    dropped, or a code column with no header): the Unit column holds the figures and the name
    column the units ("Total for the Country | % of popn | 17.9" under "Particulars | Unit |
    2013"). Then every column is taken one to the left."""
    unit = layout.columns.get("unit")
    if unit is None or layout.name < 1 or unit < 1:
        return layout
    body = [row for row in rows[layout.header_row + 1 :] if any(_is_figure(c) for c in row)]
    shifted = sum(
        1
        for row in body
        if _is_figure(_cell(row, unit)) and not _is_figure(_cell(row, layout.name)) and _cell(row, layout.name - 1)
    )
    if not body or shifted < SHIFTED_SHARE * len(body):
        return layout
    return replace(
        layout,
        name=layout.name - 1,
        columns={role: c - 1 for role, c in layout.columns.items()},
        year_columns={c - 1: y for c, y in layout.year_columns.items()},
        context_columns={c - 1: k for c, k in layout.context_columns.items() if c >= 1},
        value_columns=[c - 1 for c in layout.value_columns if c >= 1],
    )


def _is_budget(header: list[str]) -> bool:
    """A header naming money (budget, cost, expenditure): a financing table, not indicators."""
    words = structure_lexicon("en").budget_headers | structure_lexicon("ru").budget_headers
    words = words | structure_lexicon("kk").budget_headers
    text = " ".join(_norm(c) for c in header)
    return any(re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text) for w in words)


def _headerless_layout(rows: list[list[str]], language: str, continues: bool = False) -> MatrixLayout | None:
    """A matrix without a header row ("1.1 Maternal Mortality Ratio | 130" under "Goal 1 ..."):
    columns of figures right of a column of names, in a table that speaks of targets or
    indicators."""
    if len(rows) < 3:
        return None
    width = max(len(r) for r in rows)
    numeric: list[int] = []
    for c in range(width):
        cells = [_cell(r, c) for r in rows if _cell(r, c)]
        figures = [t for t in cells if _is_figure(t)]
        if len(figures) >= max(3, 0.4 * len(rows)) and len(figures) >= 0.7 * len(cells):
            numeric.append(c)
    if not numeric:
        return None
    name = next(
        (c for c in range(min(numeric) - 1, -1, -1) if sum(_is_text_cell(_cell(r, c)) for r in rows) >= 3), None
    )
    if name is None:
        return None
    paired = sum(1 for r in rows if _is_text_cell(_cell(r, name)) and any(_is_figure(_cell(r, c)) for c in numeric))
    text = " ".join(_norm(c) for r in rows for c in r if c and not _is_figure(c))
    _, kinds = header_lexicon()
    speaks = any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text) for a in kinds["target"] + kinds["indicator"])
    if paired < 3 or not (speaks or continues):
        return None
    return MatrixLayout(header_row=-1, name=name, value_columns=numeric)


def _is_figure(cell: str) -> bool:
    """A value cell: a number (with %, a comparator or a year in brackets) or a marked blank."""
    text = cell.strip()
    if not text:
        return False
    if re.fullmatch(r"(?i)n/?a|na|n\.a\.|no data|-|–|—|tbd", text):
        return True
    return parse_cell_number(text) is not None and sum(ch.isalpha() for ch in text) <= 3


GROUP_KINDS = ("goal", "objective", "task", "measure")
_NOTE = re.compile(r"^\s*(?:source|sources|note|notes|\*|\(\*)", re.IGNORECASE)


def _value_columns(layout: MatrixLayout) -> set[int]:
    columns = set(layout.year_columns) | set(layout.value_columns)
    return columns | {layout.columns[r] for r in ("baseline", "target", "unit") if r in layout.columns}


def _code_cell(row: list[str], layout: MatrixLayout) -> str:
    """The row's code from the code column, or from a code-only cell left of the names when the
    header names no code column; never the group text a merged row fills that cell with."""
    column = layout.columns.get("code")
    candidates = [column] if column is not None else range(layout.name)
    for c in candidates:
        code = _cell(row, c).rstrip(".")
        if re.fullmatch(rf"{CODE}|[IVX]{{1,5}}|[A-Z]", code):
            return code
    return ""


def _row_code(row: list[str], layout: MatrixLayout, language: str) -> str | None:
    return _code_cell(row, layout) or parse_label(_cell(row, layout.name), language).code


def _group_row(
    row: list[str], layout: MatrixLayout, next_code: str | None, language: str
) -> tuple[str, str | None, str] | None:
    """(text, code, kind) of a row that heads the indicator rows below it: merged across the
    table ('Objective 2. Agro-industrial complex'), labelled as a goal or objective, or a row
    without figures whose code the next row's code extends ('1 Poverty & Hunger' over '1.1')."""
    code = _code_cell(row, layout)
    texts = [c.strip() for c in row if c.strip() and c.strip().rstrip(".") != code]
    if not texts or _NOTE.match(texts[0]):
        return None
    merged = len(set(texts)) == 1 and len(texts) > 1
    if not merged and any(_is_figure(_cell(row, c)) for c in _value_columns(layout)):
        return None
    text = texts[0] if merged else _cell(row, layout.name)
    if not text or _is_figure(text):
        return None  # "3.0 | 0 | Population": a code split over two cells, no group's name
    label = parse_label(text, language)
    code = code or label.code
    body = label.rest if (label.kind or label.code) and label.rest else text
    if label.kind in GROUP_KINDS:
        return body, code, label.kind
    if body.rstrip().endswith(":"):
        return None  # "Gross Enrolment Rate in Lower Secondary Education:" heads its Total / Girls rows
    if label.kind is None and (merged or (code and next_code and _heads(code, next_code))):
        return body, code, layout.group_kind
    return None


def _heads(code: str, next_code: str) -> bool:
    """'1' heads '1.1'; '1.00' heads '1.01' (numbering where a group ends in zeros)."""
    if next_code.startswith(code + "."):
        return True
    whole, _, zeros = code.partition(".")
    return bool(zeros) and set(zeros) == {"0"} and next_code != code and next_code.split(".")[0] == whole


def _join_wrapped_rows(rows: list[list[str]], layout: MatrixLayout) -> list[list[str]]:
    """A name that wrapped onto a second line which the PDF's rulings made a row of its own
    ("Number and Percentage of women aged | 5.2% | 6% | 7% | 8% | |" then "30-49 years screened
    for cervical cancer | | | | | 9% | 10%"): a row whose name goes on from the one above (it
    opens in lower case or with a figure), with no code of its own, whose values fill only the
    cells the row above left empty, is joined with it. The joined row is emptied, not removed,
    so row numbers still point into the document."""
    out = [list(r) for r in rows]
    values = sorted(_value_columns(layout))
    code_col = layout.columns.get("code")
    previous: int | None = None
    for r in range(layout.header_row + 1, len(out)):
        row = out[r]
        name = _cell(row, layout.name)
        if previous is not None and (name[:1].islower() or _GOES_ON_WITH_FIGURE.match(name)):
            above = out[previous]
            mine = {c for c in values if _cell(row, c)}
            theirs = {c for c in values if _cell(above, c)}
            continues = not _cell(above, layout.name).rstrip().endswith((".", ":", ";", ")"))
            if mine and theirs and not mine & theirs and continues and not _cell(row, code_col):
                above[layout.name] = f"{_cell(above, layout.name)} {name}"
                for c in mine:
                    above[c] = row[c]
                out[r] = [""] * len(row)
                continue
        previous = r if name else None
    return out


def matrix_drafts(block: Block, block_index: int, layout: MatrixLayout, language: str = "en") -> list[Draft]:
    rows = _join_wrapped_rows(block.rows or [], layout)
    drafts: list[Draft] = []
    groups: list[tuple[str | None, int]] = []  # (code, draft index) of the enclosing group rows
    context_items: dict[tuple[int, str], int] = {}  # (column, text) -> draft index
    above: dict[int, str] = {}  # the last text of each context column
    body = range(layout.header_row + 1, len(rows))
    codes = {r: _row_code(rows[r], layout, language) for r in body}
    qualifier = ""  # the indicator label the breakdown rows below it belong to
    for r in body:
        row = rows[r] + [""] * (layout.name + 1 - len(rows[r]))
        next_code = next((codes[n] for n in range(r + 1, len(rows)) if codes[n]), None)
        group = _group_row(row, layout, next_code, language)
        if group is not None:
            above = {}
            text, code, kind = group
            while groups and not (code and groups[-1][0] and code.startswith(groups[-1][0] + ".")):
                groups.pop()
            drafts.append(
                Draft(
                    kind=ItemKind(kind),
                    text=text,
                    code=code,
                    location=cell_location(block, r, layout.name),
                    block_index=block_index,
                    parent_draft=groups[-1][1] if groups else None,
                )
            )
            groups.append((code, len(drafts) - 1))
            continue
        name = row[layout.name].strip()
        if not name or parse_cell_number(name) is not None and len(name) < 8:
            continue
        if name.endswith(":") and not any(_is_figure(_cell(row, c)) for c in _value_columns(layout)):
            qualifier = parse_label(name, language).rest.rstrip(": ")
            continue  # an indicator's label over its breakdown rows ("Total", "Girls")
        code_col = layout.columns.get("code")
        code = row[code_col].strip().rstrip(".") if code_col is not None and code_col < len(row) else None
        code = code if code_col is not None else _code_cell(row, layout) or None
        label = parse_label(name, language)
        # a number opens the name ("1.1 Poverty rate"); a letter is part of it ("(a) Proportion ...; (b) ...")
        if label.code and not label.code.isalpha() and label.kind in (None, "indicator"):
            code, name = code or label.code, label.rest
        attributes = _row_attributes(row, layout, name, language)
        stated = {role: _cell(row, layout.columns.get(role)) for role in ("target_text", "baseline_text")}
        parent = groups[-1][1] if groups else None
        same_outer = True  # the columns to the left still say what the row above said
        for column, kind in layout.context_columns.items():
            text = _cell(row, column)
            if not text and same_outer and column in above:
                # an empty Goal/Target cell under a filled one continues it, as an unmerged
                # merged cell does ("1.5 ... | 1.5.2", then " | 1.5.3" in the next row)
                text = above[column]
            elif text:
                same_outer = same_outer and above.get(column) == text
                above[column] = text
            if not text:
                same_outer = False
                continue
            if (column, text) not in context_items:
                label = parse_label(text, language)
                drafts.append(
                    Draft(
                        kind=ItemKind(label.kind or kind)
                        if (label.kind or kind) in ItemKind._value2member_map_
                        else ItemKind.OBJECTIVE,
                        text=label.rest if label.code else text,
                        code=label.code,
                        location=cell_location(block, r, column),
                        block_index=block_index,
                        parent_draft=parent,
                    )
                )
                context_items[(column, text)] = len(drafts) - 1
            parent = context_items[(column, text)]
        drafts.append(
            Draft(
                kind=ItemKind.INDICATOR,
                text=name,
                code=code or None,
                location=cell_location(block, r, layout.name),
                block_index=block_index,
                attributes=attributes,
                extra={k: v for k, v in stated.items() if v},
                parent_draft=parent,
            )
        )
        if qualifier and len(name.split()) <= BREAKDOWN_WORDS:
            drafts[-1].extra["breakdown_of"] = qualifier  # "Girls" of "Gross Enrolment Rate in ..."
        else:
            qualifier = ""
    return drafts


def _cell(row: list[str], column: int | None) -> str:
    return row[column].strip() if column is not None and column < len(row) else ""


def _row_attributes(row: list[str], layout: MatrixLayout, name: str, language: str) -> IndicatorAttributes:
    cols = layout.columns
    unit = canonical_unit(_cell(row, cols.get("unit")), language)
    baseline = None
    if "baseline" in cols:
        raw = _cell(row, cols["baseline"])
        value = parse_cell_number(raw)
        year = layout.baseline_year
        if "baseline_year" in cols:
            year = parse_year(_cell(row, cols["baseline_year"])) or year
        in_cell_year = re.search(r"\((?:in\s+)?((?:19|20)\d\d)\)", raw)
        if in_cell_year:
            year = int(in_cell_year.group(1))
        if value is not None:
            baseline = YearValue(value, year)
    targets = []
    for column, year in sorted(layout.year_columns.items(), key=lambda kv: kv[1]):
        raw = _cell(row, column)
        value = parse_cell_number(raw)
        if value is None:
            continue
        in_cell_year = re.search(r"\((?:in\s+)?((?:19|20)\d\d)\)", raw)
        if baseline is None and layout.plan_start and year < layout.plan_start:
            # a year column before the plan starts holds the baseline ("30 (2011)" names its own year)
            baseline = YearValue(value, int(in_cell_year.group(1)) if in_cell_year else year)
        elif baseline is None and in_cell_year and not targets:
            baseline = YearValue(value, int(in_cell_year.group(1)))
        else:
            targets.append(YearValue(value, year))
    if layout.value_columns:
        values = [parse_cell_number(_cell(row, c)) for c in layout.value_columns]
        values = [v for v in values if v is not None]
        if len(values) >= 2:
            baseline = baseline or YearValue(values[0], None)
        if values:
            targets.append(YearValue(values[-1], None))
    if "target" in cols:
        value = parse_cell_number(_cell(row, cols["target"]))
        year = layout.target_year or (targets[-1].year if targets else None)
        if value is not None and not any(t.year == year and t.value == value for t in targets):
            targets = [t for t in targets if t.year != year] + [YearValue(value, year)]
    direction = None
    stated = _cell(row, cols.get("baseline_text"))
    if stated and baseline is None:
        quantities = find_quantities(stated, language)  # "63% in 2005", "42% (2019)"
        if quantities:
            baseline = YearValue(quantities[0].value, parse_year(stated) or layout.baseline_year)
            unit = unit or quantities[0].unit
    stated = _cell(row, cols.get("target_text"))
    if stated:
        # the target statement of this indicator: its targets, baseline, unit and direction
        parse = parse_target_statement(stated, language, is_target=True)
        known = {t.year for t in targets}
        targets += [t for t in parse.targets if t.year not in known or t.year is None]
        if baseline is None and parse.baseline is not None:
            baseline = parse.baseline
        unit = unit or parse.unit
        direction = parse.direction
    if "%" in name and unit is None:
        unit = "%"
    direction = direction or _direction(row, layout, name, baseline, targets, language)
    return IndicatorAttributes(
        unit=unit,
        baseline=baseline,
        targets=targets,
        direction=direction,
        responsible=_cell(row, cols.get("responsible")) or None,
        data_source=_cell(row, cols.get("source")) or None,
        type=classify_indicator(name, unit, language),
    )


def _direction(row, layout, name, baseline, targets, language) -> Direction | None:
    stated = _cell(row, layout.columns.get("direction"))
    if stated:
        if stated in ("↑", "+", "▲") or direction_from_text(stated, language) == Direction.INCREASE:
            return Direction.INCREASE
        if stated in ("↓", "-", "▼") or direction_from_text(stated, language) == Direction.DECREASE:
            return Direction.DECREASE
    values = ([baseline.value] if baseline and baseline.value is not None else []) + [
        t.value for t in targets if t.value is not None
    ]
    # Without years over the columns their order is unknown: the figures give no direction.
    dated = bool(layout.year_columns) or "baseline" in layout.columns
    if len(values) >= 2 and dated:
        first, last = values[0], values[-1]
        if last > first:
            return Direction.INCREASE
        if last < first:
            return Direction.DECREASE
        return Direction.MAINTAIN
    worded = direction_from_text(name, language)
    if worded:
        return worded
    if has_negative_subject(name, language):
        return Direction.DECREASE
    return None


# ---- item tables ---------------------------------------------------------------------------


def _column_kinds(header: list[str], language: str) -> dict[int, list[str]]:
    lex = structure_lexicon(language).column_kinds
    kinds: dict[int, list[str]] = {}
    for c, cell in enumerate(header):
        text = _norm(cell)
        if len(text.split()) > HEADER_CELL_WORDS:
            continue  # a sentence that mentions indicators is data, not a column's name
        found = []
        for kind, aliases in lex.items():
            for alias in aliases:
                if re.search(rf"(?<![\w-]){re.escape(alias)}(?![\w-])", text):
                    found.append((text.find(alias), kind))
                    break
        if found:
            kinds[c] = [k for _, k in sorted(found)]
    return kinds


def split_coded_segments(text: str) -> list[str]:
    """'1.2.1 Proportion ... 1.2.2 Proportion ...' -> one segment per code."""
    if not _MULTI_CODE.search(text) and "\n" not in text:
        return [text]
    segments: list[str] = []
    for line in text.split("\n"):
        starts = [m.start() for m in re.finditer(rf"(?:^|(?<=\s))(?:{CODE})\.?\s+(?=[A-Z(])", line)]
        starts = [s for s in starts if re.match(r"\d{1,2}\.(?:\d{1,2}|[a-z])", line[s:]) or s == 0]
        if not starts or starts[0] != 0:
            starts = [0]  # running text ("... from 43.4 Mt in 1990"): a figure inside it is no code
        for a, b in zip(starts, starts[1:] + [len(line)], strict=True):
            piece = line[a:b].strip()
            if piece:
                segments.append(piece)
    return segments


def _row_label_kind(cell: str, language: str) -> str | None:
    """The kind a short row label names: 'Outcomes', 'Unconditional target', 'Policies
    (Outputs)' (the results-chain word in brackets decides: 'Strategies (Inputs)' are inputs)."""
    text = _norm(cell)
    if not text or len(text.split()) > ROW_LABEL_WORDS:
        return None
    bracket = re.search(r"\(([^)]*)\)", cell)
    if bracket:
        inner = _column_kinds([bracket.group(1)], language).get(0)
        if inner:
            return inner[0]
    found = _column_kinds([cell], language).get(0)
    if not found:
        return None
    words = text.split()
    kind = found[0]
    # the kind word heads the label: first or last ("Unconditional target", "Goals")
    aliases = structure_lexicon(language).column_kinds[kind]
    heads = any(text.startswith(a) or text.endswith(a) for a in aliases)
    return kind if heads and len(words) >= 1 else None


def _row_labelled_drafts(rows: list[list[str]], block: Block, block_index: int, language: str) -> list[Draft] | None:
    """A results framework laid out by rows: the first cell names the kind of the items in the
    other cells ('Goals | GROWTH ... | POVERTY ...', 'Outcomes | 1. Strong ...', 'Unconditional
    target | A 15% reduction ...'); an empty label continues the one above (a merged cell)."""
    labels = {r: _row_label_kind(row[0], language) for r, row in enumerate(rows) if row}
    if sum(1 for k in labels.values() if k) < 1 or len(rows[0]) < 2:
        return None
    drafts: list[Draft] = []
    current: str | None = None
    for r, row in enumerate(rows):
        if row[0].strip():
            current = labels.get(r)
        if current is None or current not in ItemKind._value2member_map_:
            continue
        seen: set[str] = set()
        for c in range(1, len(row)):
            text = row[c].strip()
            if not text or text in seen or _is_figure(text):
                continue
            seen.add(text)
            for segment in split_coded_segments(text):
                draft = _cell_item(segment, [current], block, block_index, r, c, language)
                if draft:
                    drafts.append(draft)
    return drafts


def _trailing_row_kind(rows: list[list[str]], language: str) -> ItemKind | None:
    """The item kind named by the row label in force at a table's last row ('Strategies
    (Inputs)' over the rows below it), when the table is laid out by rows."""
    current: str | None = None
    for row in rows:
        if row and row[0].strip():
            current = _row_label_kind(row[0], language)
    return ItemKind(current) if current in ItemKind._value2member_map_ else None


def item_header(rows: list[list[str]], language: str) -> tuple[dict[int, list[str]], int]:
    """The item kinds an item table's header row names per column ({} without such a header),
    and the first row of data. The header is the first row, or a row under the table's own
    title rows ('3.2. Climate Change ...' over 'Strategies | Indicator | Key Activities')."""
    if not rows or not rows[0]:
        return {}, 0
    # a first row opening with a row number ("7. | General description of the target | ...") is data
    kinds = {} if _ROW_NUMBER.match(rows[0][0]) else _column_kinds(rows[0], language)
    if kinds:
        return kinds, 1
    for r in range(1, min(ITEM_HEADER_ROWS, len(rows))):
        if any(sum(1 for c in rows[above] if c.strip()) > 1 for above in range(r)):
            break  # a row of data above it: no title row
        kinds = _column_kinds(rows[r], language)
        if len(kinds) >= 2:
            return kinds, r + 1
    return _stacked_header(rows, language)


def _stacked_header(rows: list[list[str]], language: str) -> tuple[dict[int, list[str]], int]:
    """A header whose words the PDF set over several rows ('Areas of' / 'implementation',
    'Responsible' / 'government' / 'units'): the first rows of short words, read down each
    column together."""
    merged: list[str] = []
    depth = 0
    for row in rows[:STACKED_HEADER_ROWS]:
        cells = [c.strip() for c in row if c.strip()]
        figures = sum(1 for c in cells if _is_figure(c))
        if not cells or any(len(c.split()) > STACKED_CELL_WORDS for c in cells) or 2 * figures > len(cells):
            break  # a sentence, or a row of figures: the data has begun
        merged = [f"{a} {b}".strip() for a, b in zip_longest(merged, row, fillvalue="")]
        depth += 1
    kinds = _column_kinds(merged, language) if depth >= 2 else {}
    return (kinds, depth) if len(kinds) >= 2 else ({}, 0)


def item_table_drafts(
    block: Block,
    block_index: int,
    language: str = "en",
    header: tuple[dict[int, list[str]], int] | None = None,
    carried: bool = False,
) -> list[Draft]:
    """The items of a table whose header names the kind of each column ('Objectives | Indicators'),
    or that is laid out by rows. `header` is item_header's answer when the caller has it; with
    `carried` it is the header of the table this one continues (the next page of the same table,
    its header printed once): every row is then data."""
    rows = block.rows or []
    if not rows:
        return []
    header_kinds, start = header if header is not None else item_header(rows, language)
    if not header_kinds or set(header_kinds) == {0}:
        by_rows = _row_labelled_drafts(rows, block, block_index, language)
        if by_rows is not None:
            return by_rows
    drafts: list[Draft] = []
    for r in range(start, len(rows)):
        seen: set[str] = set()
        for c, cell in enumerate(rows[r]):
            text = cell.strip()
            if not text or text in seen or (carried and r == 0 and text[:1].islower()):
                continue  # (the end of a cell the page break cut, not an item of its own)
            seen.add(text)
            for segment in split_coded_segments(text):
                draft = _cell_item(segment, header_kinds.get(c), block, block_index, r, c, language)
                if draft:
                    drafts.append(draft)
    return drafts


def _cell_item(
    text: str, column_kinds: list[str] | None, block: Block, block_index: int, r: int, c: int, language: str
) -> Draft | None:
    if list_header_kind(text, language) or statement_heading_kind(text, language):
        return None  # "Strategic objective of the Programme": a row header, not an item
    label = parse_label(text, language)
    if label.code and label.code.isalpha() and not label.kind:
        label = Label(None, None, text)  # "(a) Proportion ...": the letter is part of the cell's text
    kind = label.kind
    if kind is None and column_kinds:
        if label.code:
            # "Goals and targets": a bare code is the deeper kind of the column.
            kind = column_kinds[-1] if label.code.count(".") >= 1 or len(column_kinds) == 1 else column_kinds[0]
        elif len(column_kinds) == 1 and len(re.findall(r"[^\W\d_]{3,}", text)) >= 2:
            kind = column_kinds[0]  # (not 'B B B': a column of category letters under 'Category of indicator')
    if kind is None or kind not in ItemKind._value2member_map_:
        return None
    item_kind = ItemKind(kind)
    body = label.rest if (label.kind or label.code) else text
    attributes = None
    if item_kind == ItemKind.INDICATOR:
        attributes = IndicatorAttributes(type=classify_indicator(body, None, language))
    elif item_kind in (ItemKind.TARGET, ItemKind.GOAL, ItemKind.OBJECTIVE):
        parse = parse_target_statement(body, language)
        if item_kind == ItemKind.TARGET and not measurable(parse) and holds_bullets(body):
            item_kind = ItemKind.MEASURE  # "Target 2011-2014" over "• Establish a working group ...": actions by period
        elif item_kind == ItemKind.TARGET or measurable(parse):
            attributes = target_attributes(parse, body, language)
    return Draft(
        kind=item_kind,
        text=body,
        code=label.code,
        location=cell_location(block, r, c),
        block_index=block_index,
        attributes=attributes,
    )


def risk_table_drafts(block: Block, block_index: int, language: str = "en") -> list[Draft]:
    """A risk register: one risk per row, its mitigation (if a column has it) kept with the risk.

    'Mitigation measures' cells describe how a risk is handled; they are not the plan's measures.
    """
    rows = block.rows or []
    if len(rows) < 2:
        return []
    header = [_norm(c) for c in rows[0]]
    mitigation = next((c for c, h in enumerate(header) if re.search(r"mitigat|response|management|measure", h)), None)
    risk_col = next((c for c, h in enumerate(header) if re.search(r"\brisks?\b|threat", h) and c != mitigation), 0)
    drafts = []
    for r in range(1, len(rows)):
        text = _cell(rows[r], risk_col)
        if not text or parse_cell_number(text) is not None and len(text) < 8:
            continue
        draft = Draft(
            kind=ItemKind.RISK, text=text, location=cell_location(block, r, risk_col), block_index=block_index
        )
        if mitigation is not None and _cell(rows[r], mitigation):
            draft.extra["mitigation"] = _cell(rows[r], mitigation)
        drafts.append(draft)
    return drafts


def table_drafts(
    block: Block,
    block_index: int,
    language: str = "en",
    role: str | None = None,
    period: tuple[int, int] | None = None,
) -> list[Draft]:
    """The items of one table read on its own."""
    return TableReader(language, period).drafts(block, block_index, role)


@dataclass(frozen=True)
class _ItemColumns:
    """What an item table's header named: the kinds of its columns, its width, and the number of
    its last numbered row."""

    kinds: dict[int, list[str]]
    width: int
    last_number: int | None
    # columns before the first one empty all down the body: a page that lost the empty column
    # keeps these in place, while the columns after it shift left
    steady: int

    def goes_on(self, rows: list[list[str]], width: int) -> bool:
        """Is a table with no header of its own the next page of this one? Of the same width;
        or its rows go on numbering ('5' after '4') where the page lost an empty column."""
        if width == self.width:
            return True
        first = _row_number(rows[0][0]) if rows and rows[0] else None
        return self.last_number is not None and first == self.last_number + 1 and bool(self.kept(width))

    def kept(self, width: int) -> dict[int, list[str]]:
        """The column kinds that hold on a page of `width` columns."""
        if width == self.width:
            return self.kinds
        return {c: kinds for c, kinds in self.kinds.items() if c < min(self.steady, width)}


def _item_columns(kinds: dict[int, list[str]], rows: list[list[str]], width: int) -> _ItemColumns:
    body = rows[1:]
    steady = next((c for c in range(width) if body and not any(_cell(r, c) for r in body)), width)
    return _ItemColumns(kinds, width, _last_row_number(rows), steady)


def _row_number(cell: str) -> int | None:
    return int(re.sub(r"\D", "", cell)) if _ROW_NUMBER.match(cell) else None


def _last_row_number(rows: list[list[str]]) -> int | None:
    numbers = [n for row in rows if row for n in [_row_number(row[0])] if n is not None]
    return numbers[-1] if numbers else None


class TableReader:
    """Reads a document's tables in order. A table with no header of its own right after a
    matrix of the same width continues it (a page break or white space split the matrix and its
    header was printed once): it is read with that matrix's layout."""

    def __init__(self, language: str = "en", period: tuple[int, int] | None = None) -> None:
        self.language = language
        self.period = period
        self.previous: tuple[MatrixLayout, int] | None = None  # the last matrix and its width
        # the kind a table laid out by rows names in its last rows ('Strategies (Inputs)'): a box
        # that runs onto the next page without its rulings goes on listing that kind
        self.trailing_kind: ItemKind | None = None
        self.item_columns: _ItemColumns | None = None  # the header of the last item table

    def interrupt(self) -> None:
        """Text between two tables: the second does not continue the first."""
        self.previous = None
        self.item_columns = None

    def drafts(self, block: Block, block_index: int, role: str | None = None) -> list[Draft]:
        """The items of a table. In a background section (country overview, situation analysis)
        a table shows the context or quotes another framework: only a matrix that sets targets
        or baselines is the plan's own."""
        rows = block.rows or []
        width = max((len(r) for r in rows), default=0)
        form = form_drafts(block, block_index, self.language, background=role == "background")
        if form is not None:  # 'Base year | 1990', 'Unconditional target | A 15% reduction ...'
            self.previous = self.item_columns = self.trailing_kind = None
            return form
        layout = find_matrix_layout(rows, self.language, self.period)
        own_header, data_start = item_header(rows, self.language)
        carried = self.item_columns
        self.item_columns = None
        # a first row in lower case is the end of a cell broken by the page, not a header
        headed = data_start > 1 or any(not rows[0][c].strip()[:1].islower() for c in own_header if c < len(rows[0]))
        if carried and carried.goes_on(rows, width) and not headed and (layout is None or layout.header_row < 0):
            # the next page of an item table ('Need | Intervention | Indicators | Responsible | Cost')
            self.item_columns = replace(carried, last_number=_last_row_number(rows) or carried.last_number)
            self.previous = None
            self.trailing_kind = None
            return item_table_drafts(block, block_index, self.language, (carried.kept(width), 0), carried=True)
        if layout is None and self.previous and self.previous[1] == width:
            earlier = self.previous[0]
            values = _value_columns(earlier)
            ticked = any(_is_figure(_cell(r, c)) or _TICK.fullmatch(_cell(r, c)) for r in rows for c in values)
            if ticked or (not values and not own_header):
                layout = replace(earlier, header_row=-1)  # (ticks: the years of an action plan's time frame)
        elif layout is None and self.previous:
            # the next page of a matrix, its columns found a little differently: names and figures
            layout = _headerless_layout(rows, self.language, continues=True)
        self.previous = (layout, width) if layout is not None else None
        self.trailing_kind = None if layout is not None else _trailing_row_kind(rows, self.language)
        if role == "background" and not (layout and {"baseline", "target"} & layout.columns.keys()):
            return []
        if layout is not None:
            return matrix_drafts(block, block_index, layout, self.language)
        if role == "risks":
            return risk_table_drafts(block, block_index, self.language)
        if own_header and set(own_header) != {0}:
            self.item_columns = _item_columns(own_header, rows[data_start - 1 :], width)
        return item_table_drafts(block, block_index, self.language, (own_header, data_start))


class CarriedBox:
    """A box laid out by rows ('Strategies (Inputs) | 1. ... 2. ...') that runs onto the next
    page, where the reader found no rulings: the list that opens that page goes on with the kind
    the box's last rows named, with its group labels ('Social ... strategies:') in between, up
    to the first heading or running text."""

    def __init__(self) -> None:
        self.kind: ItemKind | None = None
        self.page: int | None = None
        self.open = False  # the next page has begun with the box's list

    def table_ends(self, kind: ItemKind | None, page: int | None) -> None:
        self.kind, self.page, self.open = kind, page, False

    def draft(self, block: Block, index: int, language: str) -> Draft | None:
        """A Draft for a block of the carried box (with empty text for a group label), else None."""
        if self.kind is None or self.page is None or block.location.page is None:
            return None
        on_next_page = block.location.page == self.page + 1
        if block.kind == BlockKind.LIST_ITEM and on_next_page:
            self.open = True
            label = parse_label(block.text, language, block.label)
            return Draft(kind=self.kind, text=label.rest, code=label.code, location=block.location, block_index=index)
        text = block.text.strip()
        if (
            self.open
            and block.kind == BlockKind.PARAGRAPH
            and text.endswith(":")
            and len(text.split()) <= GROUP_LABEL_WORDS
        ):
            return Draft(kind=self.kind, text="", location=block.location, block_index=index)
        self.kind = None  # a heading, running text, or anything on the table's own page: the box ended
        return None


def under_figure_caption(blocks: list[Block], index: int, caption: re.Pattern) -> bool:
    """A table right under 'Figure 7.1 ...' on its page is a chart or diagram read as cells."""
    page = blocks[index].location.page
    for block in reversed(blocks[max(0, index - FIGURE_CAPTION_REACH) : index]):
        if block.kind == BlockKind.TABLE or block.location.page != page:
            return False
        if caption.match(block.text):
            return True
    return False
