"""Form tables: a column of field names beside a column of answers.

Climate contributions (NDCs) answer a fixed list of questions ("information to facilitate
clarity, transparency and understanding"): 'Base year | 1990', 'Unconditional target | A 15%
reduction ...', 'Gases covered | CO2, CH4 ...', 'Metric | IPCC AR4'. Only the answer to a target
field states an item; the answers to the others describe the contribution (its base year feeds
the targets' baseline), and their sentences ("Bhutan is a small, landlocked country") are no
items. The field names are language data: resources/lexicons/*/structure.json 'form_fields'.
"""

from __future__ import annotations

import re

from analysis.extract.drafts import Draft, cell_location
from analysis.extract.numbers import parse_year
from analysis.extract.targets import measurable, parse_target_statement, target_attributes
from analysis.model import Block, ItemKind, YearValue
from analysis.resources import LANGUAGES, load_lexicon, per_rules

# a field name is a label or the form's question ('Sectors, gases ... covered by the NDC, including ...')
FIELD_WORDS = 30
MIN_FIELDS = 2  # known field names a table needs to be read as a form
FORM_SHARE = 0.6  # rows with nothing past the answer column: the rest hold a small table inside an answer
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])")
_NUMBERING = re.compile(r"^\s*(?:\(?[0-9ivxa-h]{1,4}(?:\.\d{1,2})*[.)]\s*)+", re.IGNORECASE)


@per_rules()
def _fields() -> list[tuple[str, str]]:
    """(field name, role) of every language, longest first: 'contribution towards ...' (none)
    is found before 'contribution' (target)."""
    pairs: set[tuple[str, str]] = set()
    for language in LANGUAGES:
        for role, names in load_lexicon("structure", language).get("form_fields", {}).items():
            pairs.update((_normal(name), role) for name in names)
    return sorted(pairs, key=lambda p: len(p[0]), reverse=True)


def field_role(label: str) -> str | None:
    """'target', 'base_year' or 'none' for a known field name, None for any other label."""
    text = _normal(_NUMBERING.sub("", label))
    if not text or len(text.split()) > FIELD_WORDS:
        return None
    for name, role in _fields():
        if text == name or text.startswith(name + " "):
            return role
    return None


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[*:()\[\],;]", " ", text.lower()).split())


def _form_rows(rows: list[list[str]]) -> list[tuple[int, str, str | None, str]] | None:
    """(row, field name, its role, answer) of a form: field names in the first column, answers beside
    them (a small table of figures may sit inside an answer, as extra columns of a few rows),
    at least MIN_FIELDS of the names known; None for any other table."""
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        return None
    # a column of letters before the field names ('a | General description of the target | ...')
    lettered = width >= 3 and all(len(row[0].strip()) <= 3 or not row[1].strip() for row in rows)
    answer_end = 3 if lettered else 2
    two_columns = sum(1 for row in rows if not any(c.strip() for c in row[answer_end:]))
    if two_columns < FORM_SHARE * len(rows):
        return None
    rows_read = []
    for r, row in enumerate(rows):
        label, first = (row[1].strip() or row[0].strip(), 2) if lettered else (row[0].strip(), 1)
        rows_read.append((r, label, field_role(label), " ".join(c.strip() for c in row[first:] if c.strip())))
    if sum(1 for _, _, role, _ in rows_read if role) < MIN_FIELDS:
        return None
    return rows_read


def form_drafts(block: Block, block_index: int, language: str, background: bool) -> list[Draft] | None:
    """The targets a form table states (the answers to its target fields and, outside a
    background section, any other answer that commits to a dated figure); None when the table is
    not a form."""
    rows_read = _form_rows(block.rows or [])
    if rows_read is None:
        return None
    base_year = next(
        (parse_year(answer) for _, _, role, answer in rows_read if role == "base_year" and parse_year(answer)),
        None,
    )
    drafts: list[Draft] = []
    field: str | None = "none"  # an answer with no field name of its own goes on with the one above
    for r, label, role, answer in rows_read:
        field = role if label else field
        if (
            len(re.findall(r"[^\W\d_]{2,}", answer)) < 2
            or field in ("none", "base_year")
            or (background and field != "target")
        ):
            continue  # (an answer of a figure alone is a page number of a contents table, or no statement)
        # a target field's own answer is the target; elsewhere only a sentence that commits to a dated figure
        stated = field == "target" and bool(label)
        for text in [answer] if stated else _SENTENCE_END.split(answer):
            parse = parse_target_statement(text, language)
            if not stated and not measurable(parse):
                continue  # an answer that describes ("Ukraine's INDC will be reviewed ...")
            attributes = target_attributes(parse, text, language)
            relative = parse.change is not None or any(t.relative for t in attributes.targets)
            if base_year and attributes.baseline is None and relative:
                attributes.baseline = YearValue(value=None, year=base_year)  # '... compared to the base year'
            loc = cell_location(block, r, 1)
            drafts.append(
                Draft(kind=ItemKind.TARGET, text=text, location=loc, block_index=block_index, attributes=attributes)
            )
    return drafts
