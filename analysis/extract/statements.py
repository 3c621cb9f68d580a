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

from analysis.extract.drafts import Draft
from analysis.extract.numbers import find_quantities
from analysis.extract.references import find_references
from analysis.extract.structure import (
    DETERMINERS,
    Label,
    document_cues,
    heading_level_of,
    inline_enumeration,
    list_header_kind,
    looks_like_heading,
    parse_label,
    section_role,
    stated_kind,
    statement_heading_kind,
    structure_lexicon,
)
from analysis.extract.targets import measurable, parse_target_statement, target_attributes
from analysis.model import Block, BlockKind, ItemKind
from analysis.readers._common import plan_word_pattern
from analysis.resources import load_lexicon, per_rules

ROLE_KINDS = {
    "objectives": ItemKind.OBJECTIVE,
    "tasks": ItemKind.TASK,
    "measures": ItemKind.MEASURE,
    "indicators": ItemKind.INDICATOR,
    "risks": ItemKind.RISK,
    "resources": ItemKind.RESOURCE,
}
# Sections on how the plan is run (monitoring, timing): the aims they list are the
# process's ("The objectives of the mid-year review are: ..."), not the plan's.
PROCESS_ROLES = ("monitoring", "timeline")
STRUCTURAL_KINDS = {"goal", "objective", "task", "measure", "target", "indicator", "risk"}
FINANCIAL_UNITS = ("KZT", "USD", "EUR")
MAX_INDICATOR_WORDS = 30
MIN_HEADING_ITEM_WORDS = 4
SUBJECT_WORDS = 4  # "Six RDI Priority Areas": the subject of a list intro, its head noun last
HEADER_WORDS = 12  # a line naming a list ("Tasks to be carried out ...:") is this short; a longer one states an item
STATED_AFTER_INTRO_WORDS = 50  # a statement set as its own paragraph under 'The objective is:'
MIN_STATEMENT_WORDS = 3  # a numbered item's first sentence is its statement when it is this long
_PLAN_SUBJECT = re.compile(
    r"\s*(?:The|This)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Programme|Program|Plan|Strategy|Road ?Map|Concept|"
    r"Policy)\b"
)
SUBJECT_WORDS = 12  # another plan named this early in a sentence is what the sentence is about
# a name or years right after the plan word ('Strategy "Moldova 2030"', 'Program for the years 2018-2027')
_NAME_AFTER_PLAN_WORD = re.compile(r"^\s*(?:[\"“«]|(?:[^\W\d_]+\s+){0,3}(?:19|20)\d\d)")
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
    projection: re.Pattern  # "is projected to reach ... by 2030": a forecast, never a target


def _phrases(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")", re.I)


@per_rules()
def _cues(language: str) -> _Cues:
    lex = load_lexicon("cues", language)
    return _Cues(
        intent=_phrases(lex["intent"]),
        intent_future=_phrases(lex["intent_future"]),
        risk=_phrases(lex["risk"]),
        resource={k: _phrases(v) for k, v in lex["resource"].items()},
        projection=_phrases(lex.get("projection", []) or ["\uffff"]),
    )


_AIM_LEAD = re.compile(r"\b(?:are|is)\s+to\s*$|\bwill\s*:?\s*$", re.I)  # "... of this strategy are to"
_ENUMERATED = re.compile(r"^\(?(?:\d{1,3}|[a-zA-Z]|[ivxlc]{1,6})[.)]\s+\S")  # "a.", "(ii)", "3)"


def list_intro_kind(text: str, language: str = "en") -> ItemKind | None:
    """The kind of the list a paragraph ending in ':' introduces.

    The kind word must be what the intro is about: named after 'following' ('The following
    measures ...:'), before 'are' ('Within objective 1 the tasks are:'), at the start after
    determiners ('Tasks to be carried out ...:', 'The key priorities laid out in the RS ...:'),
    or as the last words ('... has identified eight strategic objectives:'). A clause that
    merely mentions objectives ('The formulation of the RDI Priority Areas was based on:')
    introduces nothing.
    """
    stripped = text.strip()
    if not stripped.endswith(":"):
        return None
    low = stripped.lower()
    intro = structure_lexicon(language).list_intro
    phrases = sorted(((p, kind) for kind, ps in intro.items() for p in ps), key=lambda pk: -len(pk[0]))

    def kind_at_start(fragment: str) -> ItemKind | None:
        fragment = DETERMINERS.sub("", fragment)
        for phrase, kind in phrases:
            if re.match(rf"{re.escape(phrase)}(?![\w-])", fragment):
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
    rest = parse_label(stripped, language).rest.lower()
    started = kind_at_start(rest)
    if started is not None:
        return started
    # the subject, up to its verb and before any "of": "Six RDI Priority Areas have been identified:"
    verb = r"\s+(?:of|have|has|are|is|were|was|will|shall|include|includes)\b"
    subject = re.split(verb, DETERMINERS.sub("", rest), maxsplit=1)[0]
    if len(subject.split()) <= SUBJECT_WORDS:
        for phrase, kind in phrases:
            if re.search(rf"(?<![\w-]){re.escape(phrase)}$", subject):
                return ItemKind(kind)
    for phrase, kind in phrases:
        if " " not in phrase and re.search(rf"(?<![\w-]){re.escape(phrase)}\s*:$", low):
            return ItemKind(kind)
    return None


def resource_kinds(text: str, language: str = "en") -> list[str]:
    """Which resources a sentence names: financial, human, time."""
    cues = _cues(language)
    return [kind for kind, pattern in cues.resource.items() if pattern.search(text)]


@dataclass(frozen=True)
class Sentence:
    text: str
    past: bool | None = None  # from the parser's tags; None when the pipeline has no tagger


@dataclass
class _ListContext:
    """A list opened by an intro ('The tasks are:'): its items' kind and the depth it ends at."""

    kind: ItemKind
    depth: int | None  # items at this numbering depth or shallower close the list
    code: str | None = None  # the intro's own number ("3.32"): its next sibling ("3.33") closes the list
    # opened by a heading ("8.3 STRATEGIC OBJECTIVES"): a paragraph explaining the list does not close it
    headed: bool = False
    bulleted: bool = False  # its items so far are unnumbered: a numbered heading-like line ends it


def _siblings(code: str, other: str) -> bool:
    """'3.33' and '3.32': numbers of the same level under the same parent."""
    a, b = code.strip(".").split("."), other.strip(".").split(".")
    return a != b and len(a) == len(b) and a[:-1] == b[:-1]


def _depth(block: Block, label: Label) -> int | None:
    if label.code and not label.code.isalpha():
        return label.code.count(".") + 1
    if label.code:  # a lettered item sits one level below the numbered ones
        return (block.list_level or 0) + 1 if block.kind == BlockKind.LIST_ITEM else 2
    if block.kind == BlockKind.LIST_ITEM:
        return (block.list_level or 0) + 1
    return None


class StatementReader:
    """Walks a document's non-table blocks in order, keeping the list and section context."""

    def __init__(
        self, language: str = "en", period: tuple[int, int] | None = None, provisions: bool = False, title: str = ""
    ) -> None:
        self.language = language
        self.period = period
        self.title_words = _content_words(title)  # to tell the plan's own name from other plans'
        self.title_acronyms = _acronyms(title)  # 'NDC', 'INDC' of 'Intended Nationally Determined Contribution'
        # Every paragraph numbered ("17. The objective of the second phase ..."), as in decrees and
        # legal-style programmes: numbering marks provisions, not items; items come from lists,
        # labels and headings only.
        self.provisions = provisions
        self.decree = False  # inside the clauses of a decree or resolution approving the plan
        # the last heading, when no label made it an item: an indicator if a "Target:" follows
        self.bare_heading: tuple[Block, int, Label] | None = None
        # (item, list level, block kind) of the last item ending in ':', whose bullets spell it out
        self.spelled_out: tuple[Draft, int, BlockKind] | None = None
        self.sentences: list[Sentence] = []  # the current block's sentences
        self.lists: list[_ListContext] = []
        self.intro_before = False  # the block before opened a list ('The main objective ... is:')
        self.heading_statement: ItemKind | None = None  # set under "Goal of the Programme"
        self.heading_index = -1  # the block index of that heading
        self.last_item: Draft | None = None  # the item a following reference line qualifies
        # "objective 1 implements objective 5.1": placed on this plan's item by code at the end
        self.mapped_references: list[dict] = []
        self.plan_references: list[dict] = []  # references made by the plan as a whole
        self.cues = _cues(language)

    def block_drafts(self, block: Block, index: int, role: str | None, sentences: list[Sentence]) -> list[Draft]:
        self.sentences = sentences
        if self._is_part(block):
            return []
        decree = self._in_decree(block)  # [] for an approval clause: no item, not "go on"
        drafts = decree if decree is not None else self._block_drafts(block, index, role, sentences)
        if drafts and block.kind != BlockKind.HEADING and drafts[-1].text.rstrip().endswith(":"):
            self.spelled_out = (drafts[-1], block.list_level or 0, block.kind)  # its bullets spell it out
        elif block.kind != BlockKind.LIST_ITEM or parse_label(block.text, self.language, block.label).code:
            self.spelled_out = None
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

    def _is_part(self, block: Block) -> bool:
        """An unnumbered bullet under an item that ends in ':' ('Promote renewable energy ...:'
        then 'Renewable energy', 'Energy efficiency') spells the item out: it is kept with the
        item (extra['parts']), not made an item of its own. Numbered sub-items are items."""
        if self.spelled_out is None or block.kind != BlockKind.LIST_ITEM:
            return False
        parent, level, kind = self.spelled_out
        if parse_label(block.text, self.language, block.label).code or _ENUMERATED.match(block.text):
            return False
        if kind == BlockKind.LIST_ITEM and (block.list_level or 0) <= level:
            return False
        parent.extra.setdefault("parts", []).append(block.text.strip())
        return True

    def _in_decree(self, block: Block) -> list[Draft] | None:
        """An empty list for an approval clause of a decree ('hereby resolves: 1. Approve the
        Programme ...'), which is never an item; None for any other block."""
        cues = document_cues(self.language)
        marker = bool(cues.decree_marker.search(block.text) or cues.decree_title.match(block.text))
        if block.kind == BlockKind.HEADING and not marker:
            self.decree = False
        self.decree = self.decree or marker
        text = parse_label(block.text, self.language, block.label).rest
        if self.decree and block.kind != BlockKind.HEADING:
            return []
        if cues.approval_clause.match(text):
            return []
        return None

    def _block_drafts(self, block: Block, index: int, role: str | None, sentences: list[Sentence]) -> list[Draft]:
        text = block.text.strip()
        if not text:
            return []
        intro_before, self.intro_before = self.intro_before, False
        label = parse_label(text, self.language, block.label)
        measured = self._measured_heading(block, label)
        if measured is not None:
            return measured
        if block.kind == BlockKind.HEADING or self._names_a_part(block, label):
            # a heading, or one the reader saw as a numbered paragraph ("7.2 VISION" in a PDF): it
            # may announce the statement under it ("Goal of the Programme") or a list ("Strategies:")
            kind = statement_heading_kind(text, self.language)
            header = list_header_kind(label.rest, self.language)
            self.heading_statement = ItemKind(kind) if kind else None
            self.heading_index = index
            # "STRATEGIC OBJECTIVE AND STRATEGIES": the objective stated, then the strategies listed
            self.lists = [_ListContext(ItemKind(header), None, headed=True)] if header else []
            return self._heading_item(block, index, label, role)
        if block.kind == BlockKind.PARAGRAPH and not label.code and looks_like_heading(text):
            kind = statement_heading_kind(text, self.language)
            header = list_header_kind(text, self.language)
            if kind or header:
                self.heading_statement = ItemKind(kind) if kind else None
                self.heading_index = index
                self.lists = [_ListContext(ItemKind(header), None, headed=True)] if header and not kind else []
                return []
        statement = block.kind == BlockKind.PARAGRAPH and not label.code and not label.kind
        if self.heading_statement and statement and not text.endswith(":") and len(text.split()) <= 60:
            draft = self._structured(block, index, label, self.heading_statement)
            draft.heading_group = self.heading_index  # settled in drafts.settle_heading_statements
            return [draft]
        depth = _depth(block, label)
        if depth is not None:
            self._close_lists(depth, label.code)
        intro = list_intro_kind(text, self.language) if block.kind != BlockKind.HEADING else None
        if intro is not None and not label.kind:
            # "Tasks to be carried out ...:" only announces a list; "20.1. Promote ...:" is an item too
            own_kind = (
                self._structural_kind(block, label, role)
                if depth is not None and not list_header_kind(label.rest, self.language, HEADER_WORDS)
                else None
            )
            if own_kind is not None and KIND_ORDER[intro] <= KIND_ORDER[own_kind]:
                intro = own_kind  # "20.1. Promote ... in these priorities:" lists parts of a task
            # the first item sets the list's depth: "20.1" under "20. Tasks ...:", "1." under "3.32 ...:"
            self.lists.append(_ListContext(intro, None, label.code))
            self.intro_before = True
            return [self._structured(block, index, label, own_kind)] if own_kind else []
        named = self._enumerated(block, index, role, named_only=True)
        if named:
            return named  # "4. RGC has set out 2 objectives: (1) to continue ...; (2) to transform ..."
        kind = self._structural_kind(block, label, role)
        if kind is None and intro_before and self._stated_after_intro(block, label, role):
            kind = self.lists[-1].kind  # 'The main objective ... is:' / 'To improve ...': the statement itself
        if block.kind == BlockKind.PARAGRAPH and not label.code and kind is None:
            self.lists = [context for context in self.lists if context.headed and context.depth is None]
        if kind is not None:
            if self.lists and self.lists[-1].depth is None and depth is not None:
                self.lists[-1].depth = depth - 1  # an unnumbered intro: the first item sets the depth
                self.lists[-1].bulleted = block.kind == BlockKind.LIST_ITEM and not label.code
            draft = self._structured(block, index, label, kind)
            draft.inferred = not label.kind
            return [draft]
        if block.kind == BlockKind.HEADING:
            return []
        return self._enumerated(block, index, role) or self._sentence_drafts(block, index, role, sentences)

    def _enumerated(self, block: Block, index: int, role: str | None, named_only: bool = False) -> list[Draft]:
        """A list written inside a paragraph ('The IDP sets four measures: First, ...; Second,
        ...'): one item per element, of the kind the lead-in names, or (unless `named_only`) an
        objective when the lead-in states what the plan is to do ('The main approaches of this
        strategy are to')."""
        if role == "background" or self.decree:
            return []
        found = inline_enumeration(parse_label(block.text, self.language, block.label).rest, self.language)
        if found is None:
            return []
        lead, elements = found
        kind = list_intro_kind(lead.rstrip(" .:;,") + ":", self.language)
        aims = stated_kind(lead, self.language) or self.cues.intent.search(lead) or _AIM_LEAD.search(lead)
        if kind is None and aims and not named_only:
            kind = ItemKind.OBJECTIVE
        if kind is None or kind in (ItemKind.RISK, ItemKind.RESOURCE):
            return []
        drafts = []
        for element in elements:
            draft = Draft(kind=kind, text=element, location=block.location, block_index=index)
            if kind in (ItemKind.OBJECTIVE, ItemKind.GOAL, ItemKind.TARGET):
                parse = parse_target_statement(element, self.language)
                if measurable(parse, self.period):
                    draft.attributes = target_attributes(parse, element, self.language)
            drafts.append(draft)
        return drafts

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

    def _close_lists(self, depth: int, code: str | None) -> None:
        while self.lists:
            top = self.lists[-1]
            sibling = bool(code and top.code and _siblings(code, top.code))
            if not sibling and (top.depth is None or depth > top.depth):
                break
            self.lists.pop()

    def _names_a_part(self, block: Block, label: Label) -> bool:
        """A numbered heading-like paragraph that names a part of the plan ('7.2 VISION', '8.3
        STRATEGIC OBJECTIVES') rather than stating an item ('1.1 Increase access to services')."""
        if block.kind != BlockKind.PARAGRAPH or heading_level_of(block, label) is None:
            return False
        rest = label.rest
        return bool(
            (self.lists and self.lists[-1].bulleted)  # "4.Strategy" after a bulleted list
            or statement_heading_kind(rest, self.language)
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
            and not label.rest.isupper()  # "9.2 STRATEGIC AREA 1: HEALTH SERVICE DELIVERY" heads a part
            and not section_role(label.rest, self.language)
            and role in ("objectives", "tasks", "measures")
            and len(label.rest.split()) >= MIN_HEADING_ITEM_WORDS
        ):
            kind = ROLE_KINDS[role]
        else:
            self.bare_heading = (block, index, label)
            return []
        draft = self._structured(block, index, label, kind)
        draft.inferred = not label.kind
        return [draft]

    def _measured_heading(self, block: Block, label: Label) -> list[Draft] | None:
        """'1.1.1 Poverty rate' then 'Target: By 2030, a 50% reduction ...': a heading that no
        label makes an item, over its target, is the indicator the target is set for."""
        heading, self.bare_heading = self.bare_heading, None
        if heading is None or label.kind != ItemKind.TARGET.value or not label.rest:
            return None
        head_block, head_index, head_label = heading
        text = head_label.rest or head_block.text.strip()
        parse = parse_target_statement(label.rest, self.language, is_target=True)
        draft = Draft(
            kind=ItemKind.INDICATOR,
            text=text,
            code=head_label.code,
            location=head_block.location,
            block_index=head_index,
            attributes=target_attributes(parse, text, self.language),
        )
        draft.extra["target_text"] = label.rest
        return [draft]

    def _structural_kind(self, block: Block, label: Label, role: str | None) -> ItemKind | None:
        if label.kind in STRUCTURAL_KINDS:
            return ItemKind(label.kind)
        listed = block.kind == BlockKind.LIST_ITEM or bool(label.code)
        stated = stated_kind(label.rest, self.language) if listed else None
        if stated is not None:
            return ItemKind(stated)  # "19. The strategic goal of the Programme is to ..."
        listed = block.kind == BlockKind.LIST_ITEM or bool(label.code)
        if not listed:
            return None
        if role == "background":
            return None  # a list in an introduction or situation analysis quotes others' aims
        if self.lists:
            kind = self.lists[-1].kind
            if role in PROCESS_ROLES and kind in (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK):
                return None  # "The objectives of the mid-year review are: To track progress ..."
            return kind
        if self.provisions:
            return None
        if role in ROLE_KINDS and role not in ("resources",):
            kind = ROLE_KINDS[role]
            # numbered clauses of a chapter are prose, not items: "30.1. The field of the analysis covers ..."
            if kind == ItemKind.INDICATOR and len(label.rest.split()) > MAX_INDICATOR_WORDS:
                return None
            if _PROSE_CLAUSE.match(label.rest) and len(label.rest.split()) > 12:
                return None
            return kind
        return None

    def _stated_after_intro(self, block: Block, label: Label, role: str | None) -> bool:
        """A short paragraph right after a line that opens a list: the one statement it
        announces, set as a paragraph ('The main objective of the strategy is:' / 'To improve
        ...'), where the list role rules of _structural_kind allow that kind."""
        if block.kind != BlockKind.PARAGRAPH or label.code or not self.lists or role == "background":
            return False
        text = block.text.strip()
        if text.endswith(":") or len(text.split()) > STATED_AFTER_INTRO_WORDS:
            return False
        kind = self.lists[-1].kind
        return not (role in PROCESS_ROLES and kind in (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.TASK))

    def _statement(self, block: Block, label: Label) -> tuple[str, str]:
        """(the item's statement, the explanation after it): a numbered item's first sentence
        is the item ('Energy and sustainable environment.'); the sentences after it explain it
        ('The selection of this area has been determined by ...')."""
        text = label.rest or block.text.strip()
        full = block.text.strip()
        sentences = [s.text.strip() for s in self.sentences if s.text.strip()]
        if len(sentences) < 2 or not full.endswith(text):
            return text, ""
        prefix = len(full) - len(text)
        end = 0
        for sentence in sentences:
            position = full.find(sentence, end)
            if position < 0:
                return text, ""
            end = position + len(sentence)
            if end > prefix and len(full[prefix:end].split()) >= MIN_STATEMENT_WORDS:
                break
        head, tail = full[prefix:end].strip(), full[end:].strip()
        return (head, tail) if head and tail else (text, "")

    def _structured(self, block: Block, index: int, label: Label, kind: ItemKind) -> Draft:
        text, detail = self._statement(block, label) if kind != ItemKind.RISK else (label.rest or block.text, "")
        draft = Draft(kind=kind, text=text, code=label.code, location=block.location, block_index=index)
        if detail:
            draft.extra["detail"] = detail
        if kind in (ItemKind.INDICATOR, ItemKind.TARGET, ItemKind.OBJECTIVE, ItemKind.GOAL, ItemKind.TASK):
            # a labelled target ("Target: Halt the rise in obesity") keeps what it says, dated or not
            parse = parse_target_statement(text, self.language, is_target=kind == ItemKind.TARGET)
            if kind in (ItemKind.INDICATOR, ItemKind.TARGET) or measurable(parse, self.period):
                draft.attributes = target_attributes(parse, text, self.language)
                if parse.indicator_name:
                    draft.extra["indicator_name"] = parse.indicator_name
                if kind in (ItemKind.OBJECTIVE, ItemKind.TASK) and not label.kind:
                    draft.kind = ItemKind.TARGET  # a dated figure makes a listed aim a target ('... to 20% by 2025')
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
        projected = bool(self.cues.projection.search(sentence))
        another = self._about_another_plan(sentence)
        if not past and not projected and not another and measurable(parse, self.period):
            if role not in ("background", "monitoring") or self._commits_itself(sentence):
                return ItemKind.TARGET  # (an introduction that states the plan's own headline target)
        if (
            self._money(sentence)
            and "financial" in resource_kinds(sentence, self.language)
            and not past
            and not self._history(parse)
        ):
            return ItemKind.RESOURCE  # not "In 2011 business R&D expenditure was EUR 24.1 per capita"
        if another:
            return None  # 'The National Development Strategy "Moldova 2030" sets out ...': that plan's aims
        # Intent outside an objectives section is mostly narrative ("the purpose of this phase is ...")
        stated = stated_kind(sentence, self.language)
        if stated and role not in PROCESS_ROLES:
            return ItemKind(stated)  # "The strategic goal of the Programme is to increase ..."
        if role == "objectives" and (self.cues.intent.search(sentence) or self.cues.intent_future.search(sentence)):
            return ItemKind.OBJECTIVE
        if self.cues.risk.search(sentence) and re.search(r"\b(?:may|might|could|if|would)\b", sentence, re.I):
            return ItemKind.RISK
        return None

    def _commits_itself(self, sentence: str) -> bool:
        """'Canada's updated NDC is to reduce emissions by 40-45% ... by 2030': the plan, named by
        its title's words or acronym at the head of the sentence, states its own aim."""
        if not (self.cues.intent.search(sentence) or self.cues.intent_future.search(sentence)):
            return False
        opening = " ".join(sentence.split()[:SUBJECT_WORDS])
        if any(re.search(rf"(?<![\w-]){re.escape(a)}(?![\w-])", opening) for a in self.title_acronyms):
            return True
        for m in plan_word_pattern().finditer(opening):
            words = re.findall(r"[^\W\d_][\w’'-]*", opening[: m.start()])[-3:] + [m.group()]
            name = _content_words(" ".join(words))
            if self.title_words and len(name & self.title_words) >= min(len(name), 2):
                return True
        return False

    def _about_another_plan(self, sentence: str) -> bool:
        """A sentence whose subject is another plan, named: capitalised words with a plan word
        ('the Environmental Strategy for 2014-2023', 'the National Development Strategy
        "Moldova 2030"') that are not the words of this plan's title."""
        opening = " ".join(sentence.split()[:SUBJECT_WORDS])
        own = _self_reference_words(self.language)
        for m in plan_word_pattern().finditer(opening):
            if not m.group()[:1].isupper():
                continue
            words = re.findall(r"[^\W\d_][\w’'-]*", opening[: m.start()])
            run = []  # the capitalised words right before the plan word
            while words and words[-1][:1].isupper():
                run.insert(0, words.pop())
            if run and run[0].lower() in own or len(words) > 1:
                continue  # 'This Strategy'; or the name is not the sentence's subject ('In line with ...')
            named = len(run) + len(m.group().split()) - 1  # 'The Master Plan': a plan phrase of two words
            if not (run and _NAME_AFTER_PLAN_WORD.match(opening[m.end() :]) or named >= 2):
                continue  # 'the Programme': the plan itself
            name = _content_words(" ".join(run) + " " + m.group())
            if self.title_words and len(name & self.title_words) >= 0.6 * len(name):
                continue  # the plan's own name
            return True
        return False

    def _history(self, parse) -> bool:
        """Every year the sentence names lies before the plan starts: it tells what happened."""
        years = parse.target_years or ([parse.baseline.year] if parse.baseline and parse.baseline.year else [])
        return bool(self.period and years and max(years) < self.period[0])

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


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[^\W\d_]{4,}", text.lower())}


@per_rules()
def _self_reference_words(language: str) -> frozenset[str]:
    """'This', 'Настоящая': a plan naming itself (resources/lexicons/*/document.json)."""
    return frozenset(w.lower() for w in load_lexicon("document", language).get("self_reference_words", []))


_TITLE_SMALL_WORDS = frozenset("the a an of for and on in to".split())


def _acronyms(title: str) -> set[str]:
    """The acronyms a plan goes by: the initials of the capitalised words up to each plan word of
    its title, three letters or more ('Nationally Determined Contribution' -> 'NDC', with
    'Intended' before it also 'INDC')."""
    found = set()
    for m in plan_word_pattern().finditer(title):
        words = re.findall(r"[^\W\d_]+", title[: m.start()])
        run = []
        while words and words[-1][:1].isupper() and words[-1].lower() not in _TITLE_SMALL_WORDS:
            run.insert(0, words.pop())
        for start in range(len(run)):
            initials = "".join(w[0] for w in run[start:] + m.group().split())
            if len(initials) >= 3:
                found.add(initials.upper())
    return found
