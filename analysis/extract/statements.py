"""Statements: goals, objectives, tasks, measures, targets, risks and resources in the text.

Two sources of evidence, in this order:
1. structure — a label ("Goal 2.", "Objective 1.2:"), a list under an intro that names
   its kind ("The tasks are:"), or numbering inside a section whose heading names a
   kind ("3. Measures");
2. language — a sentence that states a dated, measurable commitment (a target), a
   statement of intent ("aims to"), a risk, or a resource (an amount of money, staff, time).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.extract.classify import classify_indicator
from analysis.extract.drafts import Draft
from analysis.extract.numbers import find_quantities
from analysis.extract.references import find_references
from analysis.extract.structure import (
    Label,
    heading_level_of,
    list_header_kind,
    looks_like_heading,
    parse_label,
    section_role,
    statement_heading_kind,
    structure_lexicon,
)
from analysis.extract.targets import TargetParse, parse_target_statement
from analysis.model import Block, BlockKind, IndicatorAttributes, ItemKind
from analysis.resources import load_lexicon

ROLE_KINDS = {
    "objectives": ItemKind.OBJECTIVE,
    "tasks": ItemKind.TASK,
    "measures": ItemKind.MEASURE,
    "indicators": ItemKind.INDICATOR,
    "risks": ItemKind.RISK,
    "resources": ItemKind.RESOURCE,
}
STRUCTURAL_KINDS = {"goal", "objective", "task", "measure", "target", "indicator", "risk"}
FINANCIAL_UNITS = ("KZT", "USD", "EUR")
MAX_INDICATOR_WORDS = 30
SHORT_INTRO_WORDS = 12
MIN_HEADING_ITEM_WORDS = 4
_PLAN_SUBJECT = re.compile(
    r"\s*(?:The|This)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Programme|Program|Plan|Strategy|Road ?Map|Concept|"
    r"Policy)\b"
)
_PROSE_CLAUSE = re.compile(r"(?:the|this|these|those|in|on|at|if|where|when|after|upon|its|their|it)\b", re.I)
# Hierarchy order of list kinds: a sub-list never holds a kind above its parent item's.
KIND_ORDER = {
    ItemKind.GOAL: 0,
    ItemKind.OBJECTIVE: 1,
    ItemKind.TASK: 2,
    ItemKind.TARGET: 2,
    ItemKind.MEASURE: 3,
    ItemKind.INDICATOR: 4,
    ItemKind.RISK: 5,
    ItemKind.RESOURCE: 5,
}


@dataclass(frozen=True)
class _Cues:
    intent: re.Pattern
    intent_future: re.Pattern
    risk: re.Pattern
    resource: dict[str, re.Pattern]


def _phrases(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")", re.I)


@lru_cache(maxsize=8)
def _cues(language: str) -> _Cues:
    lex = load_lexicon("cues", language)
    return _Cues(
        intent=_phrases(lex["intent"]),
        intent_future=_phrases(lex["intent_future"]),
        risk=_phrases(lex["risk"]),
        resource={k: _phrases(v) for k, v in lex["resource"].items()},
    )


def list_intro_kind(text: str, language: str = "en") -> ItemKind | None:
    """The kind of the list a paragraph ending in ':' introduces.

    The kind word must be the subject: named after 'following' ('The following measures
    ...:'), before 'are' ('Within objective 1 the tasks are:'), at the start ('Tasks to be
    carried out ...:'), or anywhere in a short intro ('Main objectives of the region:').
    A long clause that merely mentions objectives introduces nothing.
    """
    stripped = text.strip()
    if not stripped.endswith(":"):
        return None
    low = stripped.lower()
    intro = structure_lexicon(language).list_intro

    def kind_at_start(fragment: str) -> ItemKind | None:
        for kind, phrases in intro.items():
            if any(re.match(rf"{re.escape(p)}\b", fragment) for p in sorted(phrases, key=len, reverse=True)):
                return ItemKind(kind)
        return None

    following = re.search(r"\bfollowing\s+([\w-]+(?:\s[\w-]+)?)", low)
    if following and kind_at_start(following.group(1)):
        return kind_at_start(following.group(1))
    before_verb = re.search(r"([\w-]+)\s+(?:are|include|includes|is|shall be|will be)\s*:$", low)
    if before_verb and kind_at_start(before_verb.group(1)):
        return kind_at_start(before_verb.group(1))
    header = list_header_kind(parse_label(stripped, language).rest, language, max_words=None)
    if header is not None:
        return ItemKind(header)
    if len(low.split()) > SHORT_INTRO_WORDS:
        return None
    first: tuple[int, ItemKind] | None = None
    for kind, phrases in intro.items():
        for phrase in phrases:
            m = re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", low)
            if m and (first is None or m.start() < first[0]):
                first = (m.start(), ItemKind(kind))
    return first[1] if first else None


def resource_kinds(text: str, language: str = "en") -> list[str]:
    """Which resources a sentence names: financial, human, time."""
    cues = _cues(language)
    return [kind for kind, pattern in cues.resource.items() if pattern.search(text)]


def target_attributes(parse: TargetParse, text: str, language: str) -> IndicatorAttributes:
    return IndicatorAttributes(
        unit=parse.unit,
        baseline=parse.baseline,
        targets=parse.targets,
        direction=parse.direction,
        type=classify_indicator(parse.indicator_name or text, parse.unit, language),
    )


def measurable(parse: TargetParse, period: tuple[int, int] | None = None) -> bool:
    """A dated commitment with a number: 'to 35% by 2025', 'by 20% by 2030'.

    Years before the plan period are history ("in 2021 the region produced ..."), not targets.
    """
    has_value = any(t.value is not None for t in parse.targets) or parse.change is not None
    if period and parse.target_years and max(parse.target_years) < period[0]:
        return False
    return bool(parse.target_years) and has_value and not parse.past_tense


@dataclass(frozen=True)
class Sentence:
    text: str
    past: bool | None = None  # from the parser's tags; None when the pipeline has no tagger


@dataclass
class _ListContext:
    """A list opened by an intro ('The tasks are:'): its items' kind and the depth it ends at."""

    kind: ItemKind
    depth: int | None  # items at this numbering depth or shallower close the list


def _depth(block: Block, label: Label) -> int | None:
    if label.code:
        return label.code.count(".") + 1
    if block.kind == BlockKind.LIST_ITEM:
        return (block.list_level or 0) + 1
    return None


class StatementReader:
    """Walks a document's non-table blocks in order, keeping the list and section context."""

    def __init__(self, language: str = "en", period: tuple[int, int] | None = None) -> None:
        self.language = language
        self.period = period
        self.lists: list[_ListContext] = []
        self.heading_statement: ItemKind | None = None  # set under "Goal of the Programme"
        self.heading_index = -1  # the block index of that heading
        self.last_item: Draft | None = None  # the item a following reference line qualifies
        # "objective 1 implements objective 5.1": placed on this plan's item by code at the end
        self.mapped_references: list[dict] = []
        self.plan_references: list[dict] = []  # references made by the plan as a whole
        self.cues = _cues(language)

    def block_drafts(self, block: Block, index: int, role: str | None, sentences: list[Sentence]) -> list[Draft]:
        drafts = self._block_drafts(block, index, role, sentences)
        references = find_references(block.text, self.language) if block.text else []
        self.mapped_references.extend(r for r in references if "from_code" in r)
        references = [r for r in references if "from_code" not in r]
        if drafts:
            self.last_item = drafts[-1]
            if references:
                drafts[0].extra.setdefault("references", []).extend(references)
        elif block.kind == BlockKind.HEADING:
            self.last_item = None
        elif references and _PLAN_SUBJECT.match(block.text):
            # "The Programme implements ... Strategy 2025, objective 4.1": the plan's own goal does
            self.plan_references.extend(references)
        elif references and self.last_item is not None:
            # "Link to national documents: Strategy 2025, objective 7.1." under the item it qualifies
            self.last_item.extra.setdefault("references", []).extend(references)
        return drafts

    def _block_drafts(self, block: Block, index: int, role: str | None, sentences: list[Sentence]) -> list[Draft]:
        text = block.text.strip()
        if not text:
            return []
        label = parse_label(text, self.language, block.label)
        if block.kind == BlockKind.HEADING or self._names_a_part(block, label):
            # a heading, or one the reader saw as a numbered paragraph ("7.2 VISION" in a PDF): it
            # may announce the statement under it ("Goal of the Programme") or a list ("Strategies:")
            kind = statement_heading_kind(text, self.language)
            header = list_header_kind(label.rest, self.language)
            self.heading_statement = ItemKind(kind) if kind else None
            self.heading_index = index
            self.lists = [_ListContext(ItemKind(header), None)] if header and not kind else []
            return self._heading_item(block, index, label, role)
        if block.kind == BlockKind.PARAGRAPH and not label.code and looks_like_heading(text):
            kind = statement_heading_kind(text, self.language)
            header = list_header_kind(text, self.language)
            if kind or header:
                self.heading_statement = ItemKind(kind) if kind else None
                self.heading_index = index
                self.lists = [_ListContext(ItemKind(header), None)] if header and not kind else []
                return []
        if self.heading_statement and not label.kind and not text.endswith(":") and len(text.split()) <= 60:
            draft = self._structured(block, index, label, self.heading_statement)
            draft.heading_group = self.heading_index  # settled in drafts.settle_heading_statements
            return [draft]
        depth = _depth(block, label)
        if depth is not None:
            self._close_lists(depth)
        intro = list_intro_kind(text, self.language) if block.kind != BlockKind.HEADING else None
        if intro is not None and not label.kind:
            # "Tasks to be carried out ...:" only announces a list; "20.1. Promote ...:" is an item too
            own_kind = (
                self._structural_kind(block, label, role)
                if depth is not None and not list_header_kind(label.rest, self.language, None)
                else None
            )
            if own_kind is not None and KIND_ORDER[intro] <= KIND_ORDER[own_kind]:
                intro = own_kind  # "20.1. Promote ... in these priorities:" lists parts of a task
            self.lists.append(_ListContext(intro, depth))
            return [self._structured(block, index, label, own_kind)] if own_kind else []
        kind = self._structural_kind(block, label, role)
        if block.kind == BlockKind.PARAGRAPH and not label.code and kind is None:
            self.lists.clear()
        if kind is not None:
            if self.lists and self.lists[-1].depth is None and depth is not None:
                self.lists[-1].depth = depth - 1  # an unnumbered intro: the first item sets the depth
            draft = self._structured(block, index, label, kind)
            draft.inferred = not label.kind
            return [draft]
        if block.kind == BlockKind.HEADING:
            return []
        return self._sentence_drafts(block, index, role, sentences)

    def place_references(self, drafts: list[Draft]) -> None:
        """Put references made by the plan as a whole on its goal, and mapping clauses on the item they name."""
        if self.plan_references:
            top = next((d for d in drafts if d.kind == ItemKind.GOAL), None) or next(
                (d for d in drafts if d.kind == ItemKind.OBJECTIVE), None
            )
            if top is not None:
                top.extra.setdefault("references", []).extend(self.plan_references)
        for ref in self.mapped_references:
            target = next((d for d in drafts if d.code == ref["from_code"] and d.kind.value == ref["from_kind"]), None)
            if target is not None:
                clean = {k: v for k, v in ref.items() if not k.startswith("from_")}
                target.extra.setdefault("references", []).append(clean)

    def _close_lists(self, depth: int) -> None:
        while self.lists and self.lists[-1].depth is not None and depth <= self.lists[-1].depth:
            self.lists.pop()

    def _names_a_part(self, block: Block, label: Label) -> bool:
        """A numbered heading-like paragraph that names a part of the plan ('7.2 VISION', '8.3
        STRATEGIC OBJECTIVES') rather than stating an item ('1.1 Increase access to services')."""
        if block.kind != BlockKind.PARAGRAPH or heading_level_of(block, label) is None:
            return False
        rest = label.rest
        return bool(
            statement_heading_kind(rest, self.language)
            or list_header_kind(rest, self.language)
            or section_role(rest, self.language)
            or (rest.isupper() and not label.kind)
        )

    def _heading_item(self, block: Block, index: int, label: Label, role: str | None) -> list[Draft]:
        """A heading that is an item itself: 'Strategic Objective 1: Promote ...', or a numbered
        heading in a section of measures ('3.2. Subsidise interest rates on loans to SMEs';
        '3.1. Economy' only heads a group)."""
        if label.kind in STRUCTURAL_KINDS and label.rest:
            kind = ItemKind(label.kind)
        elif (
            label.code
            and not section_role(label.rest, self.language)
            and role in ("objectives", "tasks", "measures")
            and len(label.rest.split()) >= MIN_HEADING_ITEM_WORDS
        ):
            kind = ROLE_KINDS[role]
        else:
            return []
        draft = self._structured(block, index, label, kind)
        draft.inferred = not label.kind
        return [draft]

    def _structural_kind(self, block: Block, label: Label, role: str | None) -> ItemKind | None:
        if label.kind in STRUCTURAL_KINDS:
            return ItemKind(label.kind)
        listed = block.kind == BlockKind.LIST_ITEM or bool(label.code)
        if not listed:
            return None
        if self.lists:
            return self.lists[-1].kind
        if role in ROLE_KINDS and role not in ("resources",):
            kind = ROLE_KINDS[role]
            # numbered clauses of a chapter are prose, not items: "30.1. The field of the analysis covers ..."
            if kind == ItemKind.INDICATOR and len(label.rest.split()) > MAX_INDICATOR_WORDS:
                return None
            if _PROSE_CLAUSE.match(label.rest) and len(label.rest.split()) > 12:
                return None
            return kind
        return None

    def _structured(self, block: Block, index: int, label: Label, kind: ItemKind) -> Draft:
        text = label.rest or block.text.strip()
        draft = Draft(kind=kind, text=text, code=label.code, location=block.location, block_index=index)
        if kind in (ItemKind.INDICATOR, ItemKind.TARGET, ItemKind.OBJECTIVE, ItemKind.GOAL, ItemKind.TASK):
            parse = parse_target_statement(text, self.language)
            if kind == ItemKind.INDICATOR or measurable(parse, self.period):
                draft.attributes = target_attributes(parse, text, self.language)
                if parse.indicator_name:
                    draft.extra["indicator_name"] = parse.indicator_name
        if kind == ItemKind.RESOURCE or kind == ItemKind.MEASURE:
            self._add_amounts(draft, text)
        return draft

    def _sentence_drafts(self, block: Block, index: int, role: str | None, sentences: list[Sentence]) -> list[Draft]:
        drafts: list[Draft] = []
        for parsed in sentences:
            sentence = parsed.text.strip()
            if len(sentence) < 12:
                continue
            kind = self._sentence_kind(sentence, role, parsed.past)
            if kind is None:
                continue
            draft = Draft(kind=kind, text=sentence, location=block.location, block_index=index)
            if kind == ItemKind.TARGET:
                parse = parse_target_statement(sentence, self.language)
                draft.attributes = target_attributes(parse, sentence, self.language)
                if parse.change:
                    draft.extra["change"] = parse.change
                if parse.indicator_name:
                    draft.extra["indicator_name"] = parse.indicator_name
            if kind == ItemKind.RESOURCE:
                self._add_amounts(draft, sentence)
                draft.extra["resource_kinds"] = resource_kinds(sentence, self.language)
            drafts.append(draft)
        return drafts

    def _sentence_kind(self, sentence: str, role: str | None, past: bool | None) -> ItemKind | None:
        if role == "risks":
            return ItemKind.RISK
        if role == "resources":
            return ItemKind.RESOURCE if resource_kinds(sentence, self.language) else None
        parse = parse_target_statement(sentence, self.language)
        if not past and measurable(parse, self.period) and role not in ("background", "monitoring"):
            return ItemKind.TARGET
        if self._money(sentence) and "financial" in resource_kinds(sentence, self.language):
            return ItemKind.RESOURCE
        # Intent outside an objectives section is mostly narrative ("the purpose of this phase is ...")
        if role == "objectives" and (self.cues.intent.search(sentence) or self.cues.intent_future.search(sentence)):
            return ItemKind.OBJECTIVE
        if self.cues.risk.search(sentence) and re.search(r"\b(?:may|might|could|if|would)\b", sentence, re.I):
            return ItemKind.RISK
        return None

    def _money(self, text: str) -> list[dict]:
        return [
            {"value": q.value, "unit": q.unit}
            for q in find_quantities(text, self.language)
            if q.unit and q.unit.split()[0] in FINANCIAL_UNITS
        ]

    def _add_amounts(self, draft: Draft, text: str) -> None:
        amounts = self._money(text)
        if amounts:
            draft.extra["amounts"] = amounts
