"""Drafts: items before they get ids and parents, and the pass that assigns both."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from openpyxl.utils import get_column_letter

from analysis.model import Block, IndicatorAttributes, Item, ItemKind, Location, Section


def cell_location(block: Block, row: int, column: int | None = None) -> Location:
    """The location of a table cell (0-based row and column) of `block`: row and column counted
    from 1, and the spreadsheet cell of a sheet."""
    base = block.location
    loc = Location(
        file=base.file,
        page=base.page,
        paragraph=base.paragraph,
        table=base.table,
        row=row + 1,
        column=column + 1 if column is not None else None,
        sheet=base.sheet,
        line=base.line,
    )
    if base.sheet is not None and column is not None:
        loc.cell = f"{get_column_letter(column + 1)}{row + 1}"
    return loc


# Lower rank = higher in the plan hierarchy; a parent always has a lower rank.
KIND_RANK = {
    ItemKind.GOAL: 0,
    ItemKind.OBJECTIVE: 1,
    ItemKind.TARGET: 2,
    ItemKind.TASK: 2,
    ItemKind.MEASURE: 3,
    ItemKind.INDICATOR: 4,
}


@dataclass
class Draft:
    kind: ItemKind
    text: str
    location: Location
    block_index: int
    code: str | None = None
    attributes: IndicatorAttributes | None = None
    extra: dict = field(default_factory=dict)
    # A parent named by structure rather than numbering, e.g. a table's group row.
    parent_code: str | None = None
    parent_draft: int | None = None  # index into the draft list
    # Kind inferred from numbering and context rather than stated ("Goal 2."): such an item
    # may turn out to be a group heading when numbered children follow.
    inferred: bool = False
    # Stated under a statement heading ("Vision", "Goal of the Programme"): the heading's block
    # index, so the paragraphs under one heading are weighed together.
    heading_group: int | None = None


_QUOTED = re.compile(r'^\s*[“"«‘\'].{12,}[”"»’\']\s*\.?\s*$', re.DOTALL)


def settle_heading_statements(drafts: list[Draft], definition: re.Pattern) -> list[Draft]:
    """Under a statement heading ("VISION") the statement is the quoted paragraph when there is
    one; otherwise the first paragraph that does not define the word ("Vision is an overall
    inspirational purpose ..."). The other paragraphs explain it and are not items."""
    groups: dict[int, list[int]] = {}
    for n, draft in enumerate(drafts):
        if draft.heading_group is not None:
            groups.setdefault(draft.heading_group, []).append(n)
    dropped: set[int] = set()
    for members in groups.values():
        quoted = [n for n in members if _QUOTED.match(drafts[n].text)]
        if quoted:
            keep = set(quoted)
        else:
            plain = [n for n in members if not definition.match(drafts[n].text)]
            keep = set(plain[:1])
        dropped |= set(members) - keep
    if not dropped:
        return drafts
    kept = [d for n, d in enumerate(drafts) if n not in dropped]
    index = {id(d): i for i, d in enumerate(kept)}
    for d in kept:
        if d.parent_draft is not None:
            d.parent_draft = index.get(id(drafts[d.parent_draft]))
    return kept


LEAD_IN_WORDS = 6  # an uncoded line this short that ends in ':' only introduces what follows


def drop_group_headings(drafts: list[Draft]) -> list[Draft]:
    """'3.1. Development of growth poles' followed by measures 3.1.1, 3.1.2 is a heading over
    them, not a measure of its own."""
    # (kind, "3.1.") -> index of the last draft of that kind whose code starts with "3.1.": one
    # pass, so a plan of 200,000 numbered paragraphs is not compared pair by pair
    last_under: dict[tuple[ItemKind, str], int] = {}
    for n, d in enumerate(drafts):
        if d.code:
            for end, ch in enumerate(d.code):
                if ch == ".":
                    last_under[(d.kind, d.code[: end + 1])] = n
    keep = []
    for n, draft in enumerate(drafts):
        if draft.inferred and draft.code and len(draft.text.split()) <= 12 and not draft.text.rstrip().endswith("."):
            if last_under.get((draft.kind, draft.code + "."), -1) > n:
                continue
        if not draft.code and draft.text.rstrip().endswith(":") and len(draft.text.split()) <= LEAD_IN_WORDS:
            continue  # 'Technological innovations:', 'Bearing in mind the need to:': a lead-in, no item
        keep.append(draft)
    # parent_draft indexes point into the old list; only tables set them, and tables never
    # produce inferred drafts, so remap by identity
    index = {id(d): i for i, d in enumerate(keep)}
    for d in keep:
        if d.parent_draft is not None:
            d.parent_draft = index.get(id(drafts[d.parent_draft]))
    return keep


def assemble(document_id: str, drafts: list[Draft], sections: list[Section], owner: list[int]) -> list[Item]:
    """Give drafts ids and parents: by code prefix first, then the nearest enclosing item."""
    items: list[Item] = []
    section_ancestors = _ancestors(sections)
    for n, draft in enumerate(drafts):
        section_index = owner[draft.block_index] if 0 <= draft.block_index < len(owner) else -1
        items.append(
            Item(
                id=f"{document_id}:i{n + 1}",
                document_id=document_id,
                kind=draft.kind,
                text=draft.text,
                location=draft.location,
                code=draft.code,
                section_id=sections[section_index].id if section_index >= 0 else None,
                attributes=draft.attributes,
                extra=draft.extra,
            )
        )
    # Indexes over the items before the current one, so that finding a parent is not a scan of
    # every earlier item (quadratic on a plan of 200,000 paragraphs):
    by_code: dict[str, list[int]] = {}  # code -> positions, ascending
    # rank -> section id -> position of the last item of that rank in that section
    last_in_section: dict[int, dict[str | None, int]] = {}
    for n, (draft, item) in enumerate(zip(drafts, items, strict=True)):
        rank = KIND_RANK.get(item.kind)
        if rank is not None:
            parent = None
            if draft.parent_draft is not None:
                parent = items[draft.parent_draft]
            if parent is None and (draft.parent_code or item.code):
                parent = _by_code_prefix(items, by_code, draft.parent_code, item.code, rank)
            if parent is None:
                parent = _nearest_enclosing(items, n, rank, section_ancestors, last_in_section)
            item.parent_id = parent.id if parent else None
            last_in_section.setdefault(rank, {})[item.section_id] = n
        if item.code:
            by_code.setdefault(item.code, []).append(n)
    _objectives_serve_the_one_goal(items)
    return items


def _objectives_serve_the_one_goal(items: list[Item]) -> None:
    """'Goal of the Programme' in 2.1 and its objectives listed in 2.2: in a plan with one goal,
    every objective left without a parent after it serves that goal (and what the goal cites)."""
    goals = [n for n, i in enumerate(items) if i.kind == ItemKind.GOAL]
    if len(goals) != 1:
        return
    goal = items[goals[0]]
    for item in items[goals[0] + 1 :]:
        if item.kind == ItemKind.OBJECTIVE and item.parent_id is None:
            item.parent_id = goal.id


def _code_prefixes(code: str) -> list[str]:
    parts = re.split(r"\.", code.strip("."))
    return [".".join(parts[:k]) for k in range(len(parts) - 1, 0, -1)]


def _by_code_prefix(
    items: list[Item], by_code: dict[str, list[int]], parent_code: str | None, code: str | None, rank: int
) -> Item | None:
    """The nearest earlier item of a higher rank whose code is the parent code or a prefix of
    `code`; `by_code` holds the positions of the earlier items by code."""
    wanted = [parent_code] if parent_code else []
    if code:
        wanted += _code_prefixes(code)
    for target in wanted:
        for position in reversed(by_code.get(target, ())):
            candidate = items[position]
            crank = KIND_RANK.get(candidate.kind)
            if crank is not None and crank < rank:
                return candidate
    return None


def _nearest_enclosing(
    items: list[Item],
    n: int,
    rank: int,
    ancestors: dict[str, set[str]],
    last_in_section: dict[int, dict[str | None, int]],
) -> Item | None:
    """The nearest earlier item of a higher rank in the item's section, an enclosing one, or no
    section; `last_in_section` holds the last position of each rank in each section so far."""
    me = items[n]
    scope = ancestors.get(me.section_id or "", set()) | {me.section_id, None}
    best = -1
    for crank in range(rank):
        latest = last_in_section.get(crank)
        if latest:
            best = max(best, max((latest.get(section, -1) for section in scope), default=-1))
    return items[best] if best >= 0 else None


def _ancestors(sections: list[Section]) -> dict[str, set[str]]:
    by_id = {s.id: s for s in sections}
    result: dict[str, set[str]] = {}
    for s in sections:
        seen: set[str] = set()
        parent = s.parent_id
        while parent and parent not in seen:
            seen.add(parent)
            parent = by_id[parent].parent_id if parent in by_id else None
        result[s.id] = seen
    return result
