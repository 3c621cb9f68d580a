"""Doubtful items: extracted text a reviewer should look at before trusting a finding built on it.

Extraction from real plans is imperfect (OCR text layers, tables read across columns, a heading
or a contents line taken for an objective). A finding about such an item may be about a reading
error, not about the plan, so the reports put it apart ("check these items") instead of leading
with it. An item is doubtful for what its text shows, whatever extracted it:
- garbled: many tokens that are no words (OCR debris such as 'gr o\\Nth', 'enviromnent1');
- fragment: starts in the middle of a sentence (lowercase) or stops in the middle of one (ends on
  'and', 'of', a comma or a hyphen);
- too_long: a whole paragraph taken for one objective or indicator;
- too_short: one or two words for a goal, objective or measure;
- heading_like: a contents line (dot leaders, a page number at the end), a caption ('Table 2.1'),
  or a heading in capitals;
- paragraph: a whole numbered paragraph of prose ('152 In 2011, the number of enterprises ...'),
  its paragraph number still in front: a passage, not a stated aim.
"""

from __future__ import annotations

import re

from analysis.model import Item, ItemKind

STATEMENT_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK, ItemKind.MEASURE)
MAX_WORDS = {ItemKind.INDICATOR: 45, ItemKind.TARGET: 70}
MAX_WORDS_DEFAULT = 80

_WORD = re.compile(r"^[\"“(\[]*[^\W\d_]+(?:[-'’][^\W\d_]+)*[.,;:!?)\]”\"%]*$")
_NUMBER = re.compile(r"^[\"“(\[]*[-+−–]?[\d.,/%:–-]+[a-zA-Z%]{0,4}[.,;:)\]”\"]*$")
_FUNCTION_END = re.compile(
    r"(?:\b(?:and|or|of|the|to|in|for|with|by|on|at|a|an|as|its|their|from|that|which|"
    r"и|в|на|по|с|для|или|а|также|және|мен|не|үшін)|[,\-–—(/])\s*$",
    re.I,
)
_CONTENTS = re.compile(r"\.{4,}|…{2,}|(?:\s\.){3,}|\s\d{1,3}\s*$")
_PARAGRAPH_NUMBER = re.compile(r"^\s*\d{2,3}\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]")
_CAPTION = re.compile(r"^\s*(?:table|figure|fig\.|box|graph|chart|annex|таблица|рисунок|кесте|сурет)\s+\d", re.I)


def doubts(item: Item) -> list[str]:
    """Why the item's text may be a reading error (empty when it reads as a sound item)."""
    text = " ".join(item.text.split())
    if not text:
        return ["too_short"]
    tokens = text.split()
    out: list[str] = []
    odd = [t for t in tokens if not (_WORD.match(t) or _NUMBER.match(t)) or "\\" in t]
    if len(tokens) >= 4 and len(odd) / len(tokens) > 0.25:
        out.append("garbled")
    words = [t for t in tokens if _WORD.match(t)]
    if item.kind in STATEMENT_KINDS:
        first = text.lstrip("\"“(['‘•-– ")[:1]
        if first.isalpha() and first.islower():
            out.append("fragment")
        elif _FUNCTION_END.search(text):
            out.append("fragment")
        if len(words) <= 2:
            out.append("too_short")
        if _PARAGRAPH_NUMBER.match(text) and text.split()[0] != (item.code or ""):
            out.append("paragraph")
    elif len(tokens) == 1 and item.kind in (ItemKind.INDICATOR, ItemKind.TARGET):
        out.append("too_short")  # 'Industry': a table's row label, not an indicator
    if len(tokens) > MAX_WORDS.get(item.kind, MAX_WORDS_DEFAULT):
        out.append("too_long")
    letters = [c for c in text if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    if _CONTENTS.search(text) and len(tokens) <= 16 and item.kind in STATEMENT_KINDS:
        out.append("heading_like")
    elif _CAPTION.match(text):
        out.append("heading_like")
    elif len(tokens) > 3 and letters and capitals / len(letters) > 0.8:
        out.append("heading_like")
    return out
