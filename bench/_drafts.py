"""Two drafts of a real plan for the comparison benchmarks: the plan as read, written to Word
(draft 1), and the same with a reviewer's edits (draft 2), with the list of edits kept.

A reviewer lowers a target, moves a deadline, rewords an objective or a measure, strikes a
measure and adds one. Each edit is made in the text of the block an extracted item came from
(so it is a real edit of the document, read back through the reader and the extraction), and
recorded as the change a planner expects the comparison to report.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Pt

from analysis.model import Block, BlockKind, Document, Item, ItemKind


@dataclass
class Edit:
    kind: str  # the change expected: target | deadline | reworded | removed | added
    code: str | None
    before: str
    after: str
    item_kind: str
    detail: dict = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind,
            "item_kind": self.item_kind,
            "code": self.code,
            "before": self.before[:200],
            "after": self.after[:200],
            **self.detail,
        }


def write_docx(blocks: list[Block], path: Path, created: int | None = None) -> None:
    """The blocks as a Word document: headings, paragraphs, bulleted items, tables; made in the
    year `created` (the source's), so the copy is the same document in another format: a plan
    reads a period that ended before its file was made as history."""
    document = docx.Document()
    if created:
        document.core_properties.created = datetime(created, 1, 1)
    document.styles["Normal"].font.size = Pt(10)
    for block in blocks:
        if block.kind == BlockKind.TABLE:
            rows = [r for r in block.rows or [] if any(c.strip() for c in r)]
            if not rows:
                continue
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    table.cell(r, c).text = _clean(value)
            continue
        text = _clean(f"{block.label} {block.text}" if block.label else block.text)
        if not text:
            continue
        if block.kind == BlockKind.HEADING:
            level = min(max(block.heading_level or 1, 1), 9)
            document.add_paragraph(text, style="Title" if block.heading_level == 0 else f"Heading {level}")
        elif block.kind == BlockKind.LIST_ITEM:
            document.add_paragraph(text, style="List Bullet" if not block.list_level else "List Bullet 2")
        else:
            document.add_paragraph(text)
    document.save(path)


_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _clean(text: str) -> str:
    return _CONTROL.sub(" ", text or "")


def _number_text(value: float) -> list[str]:
    whole = int(value) if float(value).is_integer() else None
    forms = [f"{value:g}"]
    if whole is not None:
        forms = [str(whole), f"{whole:,}", f"{value:.1f}"]
    return forms


def _block_of(blocks: list[Block], item: Item) -> int | None:
    """The paragraph block the item was read from (its location), when it holds the item's whole
    text; tables are left alone."""
    for n, block in enumerate(blocks):
        if (
            block.kind != BlockKind.TABLE
            and item.text
            and item.text in block.text
            and block.location.paragraph == item.location.paragraph
        ):
            return n
    return None


def make_edits(document: Document, items: list[Item], count: int = 1, seed: int = 19) -> tuple[list[Block], list[Edit]]:
    """`count` edits of each kind where the plan allows them; returns the edited blocks and the edits."""
    rng = random.Random(seed)
    blocks = [Block(**{**b.__dict__, "rows": [list(r) for r in b.rows] if b.rows else None}) for b in document.blocks]
    edits: list[Edit] = []
    used: set[int] = set()

    def free(item: Item) -> int | None:
        n = _block_of(blocks, item)
        if n is None or n in used or sum(1 for i in items if i.text and i.text in blocks[n].text) != 1:
            return None
        return n

    # what a reviewer would touch: statements of some length, not footnotes or links
    candidates = [
        i for i in items if i.text and len(i.text.split()) >= 5 and "http" not in i.text and "<" not in i.text
    ]
    rng.shuffle(candidates)

    # a target lowered: the target figure in the item's own text
    for item in candidates:
        if len([e for e in edits if e.kind == "target"]) >= count:
            break
        attrs = item.attributes
        if item.kind not in (ItemKind.TARGET, ItemKind.INDICATOR) or not attrs or not attrs.targets:
            continue
        final = attrs.targets[-1]
        if final.value is None or final.value <= 1 or final.year is None:
            continue
        n = free(item)
        if n is None:
            continue
        # the figure as a figure: after a space, not glued to a footnote mark or a date
        forms = _number_text(final.value)
        form = next((f for f in forms if re.search(rf"(?<=\s){re.escape(f)}(?![\d.,]\d)", item.text)), None)
        if form is None or item.text.count(form) != 1:
            continue
        lower = int(final.value * 0.8) if final.value >= 5 else round(final.value * 0.8, 1)
        new_text = item.text.replace(form, str(lower), 1)
        blocks[n].text = blocks[n].text.replace(item.text, new_text)
        used.add(n)
        edits.append(
            Edit(
                "target",
                item.code,
                item.text,
                new_text,
                item.kind.value,
                {"change": "lowered", "year": final.year, "old": final.value, "new": lower},
            )
        )

    # a deadline moved two years later
    for item in candidates:
        if len([e for e in edits if e.kind == "deadline"]) >= count:
            break
        attrs = item.attributes
        if not attrs or len([t for t in attrs.targets if t.year]) != 1:
            continue
        year = next(t.year for t in attrs.targets if t.year)
        n = free(item)
        if n is None or item.text.count(str(year)) != 1 or (attrs.baseline and attrs.baseline.year == year):
            continue
        new_text = item.text.replace(str(year), str(year + 2))
        blocks[n].text = blocks[n].text.replace(item.text, new_text)
        used.add(n)
        edits.append(
            Edit(
                "deadline",
                item.code,
                item.text,
                new_text,
                item.kind.value,
                {"change": "later", "old": year, "new": year + 2},
            )
        )

    # an objective, measure or goal reworded (a clause added)
    wordable = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE, ItemKind.RISK)
    for item in candidates:
        if len([e for e in edits if e.kind == "reworded"]) >= count:
            break
        if item.kind not in wordable or (item.attributes and item.attributes.targets):
            continue
        n = free(item)
        if n is None:
            continue
        stem = item.text.rstrip(" .;:")
        new_text = stem + ", in cooperation with local authorities" + item.text[len(stem) :]
        blocks[n].text = blocks[n].text.replace(item.text, new_text)
        used.add(n)
        edits.append(Edit("reworded", item.code, item.text, new_text, item.kind.value))

    # a measure struck out, another one added after a measure
    removable = [
        i
        for i in candidates
        if i.kind in (ItemKind.MEASURE, ItemKind.TASK, ItemKind.OBJECTIVE)
        and not (i.attributes and i.attributes.targets)
    ]
    for item in removable:
        if len([e for e in edits if e.kind == "removed"]) >= count:
            break
        n = free(item)
        if n is None or blocks[n].text.strip() != item.text.strip() or blocks[n].kind == BlockKind.HEADING:
            continue
        if item.code:
            continue  # removing a numbered item renumbers nothing here, but its neighbours' codes stay
        blocks[n].text = ""
        used.add(n)
        edits.append(Edit("removed", item.code, item.text, "", item.kind.value))
    for item in removable:
        if len([e for e in edits if e.kind == "added"]) >= count:
            break
        n = free(item)
        if n is None or blocks[n].kind != BlockKind.LIST_ITEM or item.code:
            continue
        text = "Set up a national registry of adaptation projects and publish it every year"
        blocks.insert(
            n + 1,
            Block(
                BlockKind.LIST_ITEM, text, blocks[n].location, list_level=blocks[n].list_level, style=blocks[n].style
            ),
        )
        used = {u + 1 if u > n else u for u in used} | {n, n + 1}
        edits.append(Edit("added", None, "", text, item.kind.value))
    return blocks, edits
