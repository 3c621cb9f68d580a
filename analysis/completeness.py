"""Section completeness as a reviewer judges it: for each aspect a plan should cover before it is
approved (risk; financial, human and time resources; monitoring; impact) the state present, thin,
absent (or, for monitoring, incomplete) and the evidence that decided it.

How a reviewer reads a plan, and what this module does the same way:
1. Find the place that treats the aspect: a heading that names it (a section found by extraction,
   or a numbered heading run into its first paragraph, as text exported from a PDF reads), or a
   table of the aspect (a risk register, an indicator matrix with baselines and targets, an action
   plan with a time-frame column, a costing table). Contents pages are skipped.
2. Judge what is under that heading: the aspect's substance, not the heading alone. Risk counts
   when risks to the plan's own implementation come with responses; monitoring when a reporting
   cycle comes with evaluation or review (reporting alone is "incomplete"); time when phases,
   time frames or a schedule are dated; impact when the plan's own expected effects are stated.
   A heading that names the aspect as subject matter ("disaster risk", "climate change impacts")
   or a weaker stand-in (a SWOT "threats" list, "challenges") is thin at most.
3. Otherwise look for passing mentions (the plan's own risks, staff, budget in a sentence) or a
   deferral ("indicators will be defined later"): thin. Nothing at all: absent, with what was
   searched for.

Everything language-specific is data in resources/lexicons/<lang>/sections.json ("aspects"),
the thresholds in resources/checks.json ("completeness"). Nothing here depends on how the items
were extracted: only the document's blocks and section headings are read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from analysis.model import Block, BlockKind, Document, Quote
from analysis.resources import load_lexicon, per_rules

ASPECTS = ("risk", "resources_financial", "resources_human", "resources_time", "monitoring", "impact")
RESOURCE_ASPECTS = {"resources_financial": "financial", "resources_human": "human", "resources_time": "time"}

# Defaults of the thresholds (resources/checks.json "completeness" overrides them): a dedicated
# section is present when at least `min_sentences` of its sentences carry the aspect's substance
# and it holds at least `min_words` words.
DEFAULT_THRESHOLDS: dict[str, dict[str, int]] = {aspect: {"min_sentences": 2, "min_words": 40} for aspect in ASPECTS}

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"“(\[]?[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ0-9•\-–])|\n+|\s+•\s*")
_NUMBER_LABEL = re.compile(
    r"^\s*(?:(?P<keyword>[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][\w-]*(?:\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІa-zа-яё][\w-]*)?)\s+)?"
    r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3}|[IVX]{1,5}|[A-H])(?:(?P<dot>[.):])\s*|\s+)(?P<rest>\S.*)$",
    re.S,
)
_PAGE_NUMBER_END = re.compile(r"(?:\.{2,}|…+|\s)\s*\d{1,3}\s*$")
_DOT_LEADER = re.compile(r"\.{4,}|…{2,}|(?:\. ){3,}")
_YEAR = re.compile(r"(?<!\d)(?:19[5-9]\d|20[0-9]\d)(?!\d)")


@dataclass
class Assessment:
    """What a plan says about one aspect, and why Concord thinks so."""

    aspect: str
    state: str  # present | thin | absent | incomplete
    reason: (
        str  # section | table | heading_only | weak_heading | subject_only | deferred | passing | reporting_only | none
    )
    evidence: list[Quote] = field(default_factory=list)
    searched: list[str] = field(default_factory=list)  # what was looked for, when nothing was found
    heading: str = ""  # the heading that decided it, if any
    figures: dict[str, Any] = field(default_factory=dict)  # words, substantive sentences ...

    def to_dict(self) -> dict[str, Any]:
        return {
            "aspect": self.aspect,
            "state": self.state,
            "reason": self.reason,
            "heading": self.heading,
            "evidence": [e.to_dict() for e in self.evidence],
            "searched": self.searched,
            "figures": self.figures,
        }


@dataclass(frozen=True)
class _Cues:
    """One list of phrases, matched case-insensitively at a word start (stems allowed)."""

    pattern: re.Pattern | None
    phrases: tuple[str, ...]

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if self.pattern else None

    def count(self, text: str) -> int:
        return len(self.pattern.findall(text)) if self.pattern else 0

    def starts(self, text: str) -> bool:
        return bool(self.pattern and self.pattern.match(text.strip()))


def _cues(phrases: Iterable[str], whole: bool = False) -> _Cues:
    """Stems match at a word start ('mitigat' -> mitigation); `whole` phrases end at a word end."""
    phrases = tuple(p.lower() for p in phrases if p)
    if not phrases:
        return _Cues(None, ())
    end = r"(?![\w-])" if whole else ""
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return _Cues(re.compile(r"(?<![\w-])(?:" + alternatives + ")" + end, re.I), phrases)


@dataclass(frozen=True)
class _AspectLexicon:
    headings: _Cues
    weak_headings: _Cues
    subject: _Cues
    substance: _Cues
    mention: _Cues
    cycle: _Cues  # monitoring: a reporting cycle; time: dated phasing words
    feedback: _Cues  # monitoring: evaluation, review, adjustment
    table_all: tuple[_Cues, ...]  # every group must name a column of the table's header
    table_years: bool  # time: three or more year columns in an action or costing table
    table_header: re.Pattern | None  # impact: a projection table ('2015p', 'projected')
    strong: re.Pattern | None  # a concrete fact that decides a short section (an amount, a staff count)
    need_context: bool  # substantive sentences must name the plan or its implementation


@dataclass(frozen=True)
class _Lexicon:
    aspects: dict[str, _AspectLexicon]
    plan_context: _Cues
    plan_words: _Cues  # the names a plan gives itself (plan, strategy, policy ...)
    deferral: _Cues
    toc_headings: _Cues
    other_headings: _Cues  # headings that end a section even when a reader missed them
    general_resources: _Cues  # "Resources", "Necessary resources": a section for every kind
    indicator_columns: _Cues
    action_columns: _Cues
    action_verbs: _Cues  # an imperative first word: the heading is an action or objective line
    captions: _Cues  # "Table 2.10: ...", "Figure 3.7 ...": a caption, not a section
    past: _Cues  # words of a sentence about the past (a schedule looks ahead)
    objective_labels: _Cues  # "Strategic Objective 5:": an objective-level heading, even when imperative
    money: re.Pattern


@per_rules()
def lexicon(language: str = "en") -> _Lexicon:
    data = load_lexicon("sections", language).get("aspects") or load_lexicon("sections", "en")["aspects"]

    def aspect(name: str) -> _AspectLexicon:
        a = data[name]
        return _AspectLexicon(
            headings=_cues(a.get("headings", [])),
            weak_headings=_cues(a.get("weak_headings", [])),
            subject=_cues(a.get("subject", [])),
            substance=_cues(a.get("substance", [])),
            mention=_cues(a.get("mention", [])),
            cycle=_cues(a.get("cycle", [])),
            feedback=_cues(a.get("feedback", [])),
            table_all=tuple(_cues(group) for group in a.get("table_columns", [])),
            table_years=bool(a.get("table_years", False)),
            table_header=re.compile(a["table_header"], re.I) if a.get("table_header") else None,
            strong=re.compile(a["strong"], re.I) if a.get("strong") else None,
            need_context=bool(a.get("need_context", False)),
        )

    return _Lexicon(
        aspects={name: aspect(name) for name in ASPECTS},
        plan_context=_cues(data.get("plan_context", [])),
        plan_words=_cues(data.get("plan_words", [])),
        deferral=_cues(data.get("deferral", [])),
        toc_headings=_cues(data.get("toc_headings", []), whole=True),
        other_headings=_cues(data.get("other_headings", [])),
        general_resources=_cues(data.get("general_resources", []), whole=True),
        indicator_columns=_cues(data.get("indicator_columns", [])),
        action_columns=_cues(data.get("action_columns", [])),
        action_verbs=_cues(data.get("action_verbs", []), whole=True),
        captions=_cues(data.get("captions", []), whole=True),
        past=_cues(data.get("past", []), whole=True),
        objective_labels=_cues(data.get("objective_labels", []), whole=True),
        money=re.compile(data.get("money", r"(?!x)x"), re.I),
    )


# --- the document's outline -------------------------------------------------------------------


@dataclass
class Heading:
    """A heading as a reviewer sees it, with the blocks under it."""

    index: int  # block index of the heading
    text: str  # the heading's words (label and run-in text stripped)
    level: int
    number: tuple[str, ...] | None  # "6.1" -> ("6", "1")
    inline: bool  # a numbered heading run into its first paragraph
    keyword: str | None = None  # "Theme 18: ..." -> "theme"
    action: bool = False  # an imperative line ("Develop a costed plan ..."): an item, not a section
    body_start: int = 0
    body_end: int = 0  # exclusive


def _number(text: str) -> tuple[tuple[str, ...] | None, str, str | None]:
    """('6', '1'), the text after the label, and the label's keyword ('Theme 18:' -> 'theme')."""
    m = _NUMBER_LABEL.match(text)
    if not m:
        return None, text.strip(), None
    num, keyword = m.group("num"), m.group("keyword")
    if keyword and not m.group("dot") and not num.isdigit():
        return None, text.strip(), None
    if not (m.group("dot") or "." in num or num.isdigit()):
        return None, text.strip(), None
    return tuple(p for p in num.split(".") if p), m.group("rest").strip(), (keyword.lower() if keyword else None)


def _is_toc_line(text: str) -> bool:
    return bool(_DOT_LEADER.search(text)) or bool(_PAGE_NUMBER_END.search(text) and len(text.split()) <= 16)


_FUNCTION_END = re.compile(
    r"(?:\b(?:the|of|and|or|to|in|for|with|a|an|by|on|at|as|its|their|и|в|на|по|с|для|және|мен)|[,\-–])\s*$", re.I
)


def _is_real_heading(text: str) -> bool:
    """A heading, not a wrapped sentence: short, not ending in a function word or a comma."""
    words = text.split()
    return 0 < len(words) <= 16 and not _FUNCTION_END.search(text)


def outline(document: Document, lex: _Lexicon) -> list[Heading]:
    """The headings of the document in reading order, each with the range of blocks under it.

    Headings come from the sections extraction found (by their location) and from numbered or
    labelled headings that a reader left as a paragraph or ran into the paragraph after them
    ("8. Monitoring and Evaluation To ensure ...", "Theme 18: Resource Mobilization"), recognised
    when the words after the label are a heading the lexicon knows. Lines of a table of contents
    are left out. A heading with nothing under it before the next one takes that one's section
    (a PDF often gives a chapter title and its first sub-heading the same size).
    """
    blocks = document.blocks
    by_location: dict[tuple, list[int]] = {}
    for n, block in enumerate(blocks):
        by_location.setdefault(_location_key(block), []).append(n)
    headings: list[Heading] = []
    taken: set[int] = set()
    for section in document.sections:
        candidates = [n for n in by_location.get(_location_key_of(section.location), []) if n not in taken]
        if not candidates:
            continue
        n = candidates[0]
        taken.add(n)
        number, rest, keyword = _number(blocks[n].text or "")
        text = section.heading.strip()
        if _is_toc_line(text) or not _is_real_heading(text):
            continue
        # "Develop a costed plan ..." is an action line, not a section; "Strategic Objective 5:
        # Improve capacities ..." is an objective that organises a part of the plan
        label = blocks[n].text or ""
        action = lex.action_verbs.starts(_strip_label(text)) and not lex.objective_labels.starts(label)
        headings.append(Heading(n, text, max(1, section.level), number, False, keyword, action))
    known = _all_heading_cues(lex)
    for n, block in enumerate(blocks):
        if n in taken or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM) or not block.text:
            continue
        number, rest, keyword = _number(block.text)
        if number is None or _is_toc_line(block.text):
            continue
        m = known.search(rest[:80])
        head = _run_in_heading(rest)
        # the known words open the heading, or a title-case heading holds them ("7.2) Revising
        # Functions and Strengthen the Capacity of CIB The Royal Government will ...")
        if m and (m.start() == 0 or (head and _title_case(head) and known.search(head))):
            if head:
                headings.append(Heading(n, head, len(number), number, True, keyword))
        elif keyword and looks_like_heading_line(rest):
            # "Theme 19: Sustainable tourism" ends "Theme 18" though no aspect names it
            headings.append(Heading(n, rest, len(number), number, True, keyword))
    # a running header or footer ('38 Disability Action Council' on every page) is no section
    seen = Counter(_plain(h.text) for h in headings)
    headings = [h for h in headings if seen[_plain(h.text)] < 3 or not _plain(h.text)]
    headings.sort(key=lambda h: h.index)
    for i, h in enumerate(headings):
        h.body_start = h.index if h.inline else h.index + 1
        h.body_end = len(blocks)
        for other in headings[i + 1 :]:
            if _ends(h, other):
                h.body_end = other.index
                break
    # an empty section takes the one after it
    for i in range(len(headings) - 2, -1, -1):
        h, nxt = headings[i], headings[i + 1]
        if not h.inline and not _has_text(blocks, h.body_start, h.body_end) and nxt.index == h.body_end:
            h.body_end = max(h.body_end, nxt.body_end)
    return headings


def _title_case(text: str) -> bool:
    """Most words capitalised, as headings are written ('Revising Functions and Strengthen the
    Capacity of CIB'), not a sentence ('Strengthen the capacity of officials to ...')."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", text) if w.lower() not in _SMALL_WORDS]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) >= 0.7


def looks_like_heading_line(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 12 and not text.rstrip().endswith((".", ";", ",")) and text[:1].isupper()


def _has_text(blocks: list[Block], start: int, end: int) -> bool:
    return any(len(_block_text(blocks[n]).split()) >= 3 for n in range(start, end))


def _strip_label(text: str) -> str:
    """'Strategic Objective 5: Improve capacities' -> 'Improve capacities'."""
    return re.sub(r"^.{0,40}?\b(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})\s*[.:)]\s*", "", text, count=1).strip() or text


def _location_key(block: Block) -> tuple:
    return _location_key_of(block.location)


def _location_key_of(location) -> tuple:
    return (location.page, location.paragraph, location.table, location.row, location.sheet, location.cell)


def _ends(h: Heading, other: Heading) -> bool:
    """Does `other` end the section that `h` opens?"""
    if h.keyword or other.keyword:
        # "Theme 18" runs to "Theme 19", whatever is numbered inside it
        return other.keyword == h.keyword or (not other.inline and other.level <= 1)
    if h.number and other.number:
        return other.number[: len(h.number)] != h.number
    if h.inline:
        return not other.inline  # a heading the reader found ends a run-in numbered section
    return other.level <= h.level


def _run_in_heading(rest: str) -> str:
    """The heading words at the start of a run-in numbered block: up to the first word that starts
    a sentence ('Monitoring and Evaluation To ensure ...', 'Implementation phases of the NDSP
    2014-2018 The NDSP ...'), else the run of capitalised words less the last one, which starts the
    sentence ('Human Resources Development Promoting good governance ...'); the whole line when
    it is short."""
    words = rest.split()
    if len(words) <= 12 and not rest.rstrip().endswith((".", ";", ",")):
        return rest.strip()
    head: list[str] = []
    for word in words[:14]:
        core = word.strip("“”\"'(),:;")
        if head and len(head) >= 2 and core[:1].isupper() and _starts_sentence(core):
            return " ".join(head).rstrip(":.")
        head.append(word)
        if word.endswith((":", ".")) and len(head) >= 2:
            return " ".join(head).rstrip(":.")
    run: list[str] = []
    for word in words[:14]:
        core = word.strip("“”\"'(),:;")
        if core[:1].isupper() or core.lower() in _SMALL_WORDS:
            run.append(word)
            continue
        break
    if len(run) >= 3:
        return " ".join(run[:-1])
    return " ".join(words[:8])


_SMALL_WORDS = frozenset("and of the for in on to with by at a an its their и в на по с для және мен".split())


def _starts_sentence(word: str) -> bool:
    return word.lower() in _SENTENCE_STARTERS


_SENTENCE_STARTERS = frozenset(
    "to the this in a an for as it its these there we all each our with during under since when while "
    "based following given according".split()
)


@lru_cache(maxsize=8)
def _heading_cues(phrases: tuple[str, ...]) -> _Cues:
    return _cues(phrases)


def _all_heading_cues(lex: _Lexicon) -> _Cues:
    """Every phrase that names an aspect (or ends a section) in a heading."""
    phrases: list[str] = []
    for a in lex.aspects.values():
        phrases += a.headings.phrases + a.weak_headings.phrases
    phrases += lex.other_headings.phrases + lex.general_resources.phrases
    return _heading_cues(tuple(sorted(set(phrases))))


# --- text helpers ------------------------------------------------------------------------------


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(text or "") if s and len(s.split()) >= 3]


def _block_text(block: Block) -> str:
    if block.kind == BlockKind.TABLE:
        return "\n".join(" | ".join(c for c in row if c) for row in block.rows or [])
    return block.text or ""


@dataclass
class _Body:
    heading: Heading
    blocks: list[tuple[int, Block]]
    text: str
    words: int


def _body(document: Document, h: Heading) -> _Body:
    blocks = [(n, document.blocks[n]) for n in range(h.body_start, h.body_end)]
    parts = []
    for n, block in blocks:
        text = _block_text(block)
        if n == h.index and h.inline:
            text = _number(text)[1][len(h.text) :]
        parts.append(text)
    text = "\n".join(p for p in parts if p)
    return _Body(h, blocks, text, len(text.split()))


# --- tables ------------------------------------------------------------------------------------


def _header(block: Block, rows: int = 3) -> str:
    """The table's header: its first row, read down each column into the next rows while the
    first row has empty cells ('Short' over 'term (1-2 years)' is one column); short cells only
    (a long cell is data, not a column name)."""
    grid = block.rows or []
    depth = 1
    while depth < min(rows, len(grid)) and any(not c.strip() for c in grid[depth - 1]):
        depth += 1
    width = max((len(r) for r in grid[:depth]), default=0)
    columns = []
    for c in range(width):
        parts = [" ".join(r[c].split()) for r in grid[:depth] if c < len(r) and r[c] and r[c].strip()]
        parts = [p for p in parts if len(p.split()) <= 8]
        if parts:
            columns.append(" ".join(dict.fromkeys(parts)))
    return " | ".join(columns)


def _year_columns(block: Block, rows: int = 3) -> int:
    years: set[str] = set()
    for row in (block.rows or [])[:rows]:
        for cell in row:
            cell = " ".join(cell.split())
            if len(cell) <= 24:
                years.update(_YEAR.findall(cell))
    return len(years)


def _table_matches(block: Block, a: _AspectLexicon, lex: _Lexicon) -> bool:
    if block.kind != BlockKind.TABLE or not block.rows or len(block.rows) < 2:
        return False
    header = _header(block)
    if header.count("|") < 1 or a.subject.search(header):
        return False
    if a.table_header and sum(bool(a.table_header.search(c.strip())) for c in header.split("|")) >= 2:
        return True  # two or more columns such as '2015p', 'projected': a projection table
    if a.table_all and all(group.search(header) for group in a.table_all):
        # an action plan's time frame, not an indicator table's reporting schedule
        return not (a.table_years and lex.indicator_columns.search(header) and not lex.action_columns.search(header))
    if a.table_years and _year_columns(block) >= 3 and not lex.indicator_columns.search(header):
        # years across an action plan: its actions are phased by year (years across a financing
        # table only say how much is spent when)
        return bool(lex.action_columns.search(header))
    return False


# --- judging one aspect --------------------------------------------------------------------------


def _heading_kind(h: Heading, name: str, lex: _Lexicon) -> str | None:
    """'dedicated', 'weak' or 'subject' when the heading names the aspect; None otherwise."""
    a = lex.aspects[name]
    text = _strip_label(h.text)
    general = (
        name in RESOURCE_ASPECTS
        and lex.general_resources.pattern
        and lex.general_resources.pattern.fullmatch(text.strip(" :.").lower())
    )
    if a.headings.search(text) or general:
        if a.subject.search(text):
            return "subject"
        return "weak" if h.action else "dedicated"
    if a.weak_headings.search(text):
        return "weak"
    return None


def _risk_and_response(sentence: str, a: _AspectLexicon) -> bool:
    """'A fall in transfers could delay the works; the akimat will keep a reserve for them': a
    risk (a hypothetical) and, after the semicolon, what is done about it."""
    if ";" not in sentence:
        return False
    head, _, tail = sentence.partition(";")
    return bool(a.cycle.search(head)) and len(tail.split()) >= 3


def _substantive(name: str, sentence: str, lex: _Lexicon, in_section: bool) -> bool:
    a = lex.aspects[name]
    if name == "risk" and in_section and _risk_and_response(sentence, a):
        return True
    if not a.substance.search(sentence):
        return False
    if a.subject.search(sentence) and not lex.plan_context.search(sentence):
        return False
    if name == "risk":
        return bool(a.mention.search(sentence) or in_section) and bool(lex.plan_context.search(sentence) or in_section)
    if name == "resources_time":
        # a schedule looks ahead: "the process lasted 16 months, starting from July 2014" is history
        dated = _YEAR.search(sentence) or a.cycle.search(sentence) or (a.strong and a.strong.search(sentence))
        return bool(dated) and not lex.past.search(sentence)
    if name == "resources_financial":
        return bool(lex.money.search(sentence) or lex.plan_context.search(sentence) or in_section)
    if a.need_context:
        return bool(lex.plan_context.search(sentence))
    return True


def _evidence(document: Document, index: int, quote: str | None = None) -> Quote:
    block = document.blocks[index]
    text = quote if quote is not None else (block.text or _header(block, 1))
    return Quote(quote=" ".join(text.split())[:300], location=block.location)


def _first_sentence_block(body: _Body, test) -> tuple[int, str] | None:
    for n, block in body.blocks:
        for s in sentences(_block_text(block)):
            if test(s):
                return n, s
    return None


def assess(
    document: Document,
    language: str = "en",
    thresholds: dict[str, dict[str, int]] | None = None,
) -> dict[str, Assessment]:
    """Present / thin / absent (monitoring: also incomplete) for every aspect, with evidence."""
    lex = _with_own_names(lexicon(language), document)
    limits = {a: {**DEFAULT_THRESHOLDS[a], **((thresholds or {}).get(a) or {})} for a in ASPECTS}
    heads = outline(document, lex)
    bodies = {h.index: _body(document, h) for h in heads}
    contents = _contents_ranges(heads, lex)
    return {name: _assess_aspect(document, name, lex, limits[name], heads, bodies, contents) for name in ASPECTS}


def own_names(document: Document, lex: _Lexicon) -> list[str]:
    """The short name the plan gives itself: the acronym it defines right after a plan word
    ('National Strategic Development Plan (NSDP)') and uses most, at least 10 times."""
    if not lex.plan_words.phrases:
        return []
    text = "\n".join(b.text for b in document.blocks if b.text)
    words = "|".join(re.escape(w) for w in lex.plan_words.phrases)
    pattern = re.compile(
        rf"(?:{words})\w*[\w\s,]{{0,3}}(?:\d{{4}}\s*[-–]\s*\d{{4}}\s*)?\(([A-ZА-ЯЁ][\w&-]{{1,9}})\)", re.I
    )
    defined = {m.group(1) for m in pattern.finditer(text) if any(c.isupper() for c in m.group(1)[1:])}
    counts = {a: len(re.findall(rf"(?<![\w-]){re.escape(a)}(?![\w-])", text)) for a in defined}
    best = max(counts, key=lambda a: counts[a], default=None)
    return [best] if best and counts[best] >= 10 else []


def _with_own_names(lex: _Lexicon, document: Document) -> _Lexicon:
    names = own_names(document, lex)
    if not names:
        return lex
    return replace(lex, plan_context=_cues(lex.plan_context.phrases + tuple(n.lower() for n in names)))


def _contents_ranges(heads: list[Heading], lex: _Lexicon) -> list[tuple[int, int]]:
    """A table of contents runs from its heading to the next heading (its lines are not headings)."""
    out = []
    for i, h in enumerate(heads):
        if lex.toc_headings.pattern and lex.toc_headings.pattern.fullmatch(_plain(h.text)):
            out.append((h.body_start, heads[i + 1].index if i + 1 < len(heads) else h.body_end))
    return out


def _plain(text: str) -> str:
    """Lowercase words only: 'C ONTENTS' -> 'contents', 'Table of Contents:' -> 'table of contents'."""
    text = re.sub(r"\b(\w) (?=\w{2,}\b)", r"\1", text)  # small-caps headings read as 'C ONTENTS'
    return " ".join(re.findall(r"[^\W\d_]+", text.lower()))


def _in_ranges(n: int, ranges: list[tuple[int, int]]) -> bool:
    return any(a <= n < b for a, b in ranges)


def _assess_aspect(
    document: Document,
    name: str,
    lex: _Lexicon,
    limits: dict[str, int],
    heads: list[Heading],
    bodies: dict[int, _Body],
    contents: list[tuple[int, int]],
) -> Assessment:
    """Present, thin or absent, from the strongest evidence there is: a dedicated section with
    substance, the aspect stated in a sibling resource section, the aspect's table; else a weak
    heading, passing mentions, a heading on the subject only; else absent."""
    kinds = _headings_by_kind(name, lex, heads, contents)
    best: Assessment | None = None
    for h in kinds["dedicated"]:
        found = _judge_section(document, name, lex, limits, h, bodies[h.index])
        if best is None or _rank(found) > _rank(best):
            best = found
    if best is not None and best.state == "present":
        return best
    elsewhere = _in_other_resource_section(document, name, lex, heads, bodies, contents)
    if elsewhere is not None:
        return elsewhere
    table = _find_table(document, name, lex)
    if table is not None:
        n, block = table
        return Assessment(
            name,
            "present",
            "table",
            [_evidence(document, n, _header(block, 2))],
            heading=_header(block, 1)[:120],
            figures={"rows": len(block.rows or [])},
        )
    return best or _thin_or_absent(document, name, lex, kinds, contents)


def _headings_by_kind(
    name: str, lex: _Lexicon, heads: list[Heading], contents: list[tuple[int, int]]
) -> dict[str, list[Heading]]:
    """The document's headings (outside its contents pages and captions) that name the aspect:
    'dedicated', 'weak' or 'subject' (see _heading_kind)."""
    out: dict[str, list[Heading]] = {"dedicated": [], "weak": [], "subject": []}
    for h in heads:
        if _in_ranges(h.index, contents) or lex.captions.starts(h.text):
            continue
        kind = _heading_kind(h, name, lex)
        if kind in out:
            out[kind].append(h)
    return out


def _in_other_resource_section(
    document: Document,
    name: str,
    lex: _Lexicon,
    heads: list[Heading],
    bodies: dict[int, _Body],
    contents: list[tuple[int, int]],
) -> Assessment | None:
    """A staff count or a dated schedule stated in the financing section counts too."""
    if name not in RESOURCE_ASPECTS:
        return None
    for h in heads:
        if _in_ranges(h.index, contents) or lex.captions.starts(h.text):
            continue
        if any(_heading_kind(h, other, lex) == "dedicated" for other in RESOURCE_ASPECTS if other != name):
            hit = _concrete(document, name, lex, bodies[h.index])
            if hit:
                return Assessment(
                    name,
                    "present",
                    "section",
                    [_evidence(document, h.index, h.text), _evidence(document, *hit)],
                    heading=h.text,
                    figures={"words": bodies[h.index].words, "concrete": 1},
                )
    return None


def _thin_or_absent(
    document: Document, name: str, lex: _Lexicon, kinds: dict[str, list[Heading]], contents: list[tuple[int, int]]
) -> Assessment:
    """No section or table: a weak heading, passing mentions (a deferral first), a heading on the
    subject only, or nothing (with what was searched for)."""
    if kinds["weak"]:
        h = kinds["weak"][0]
        return Assessment(name, "thin", "weak_heading", [_evidence(document, h.index, h.text)], heading=h.text)
    passing = _passing(document, name, lex, contents)
    if passing:
        deferred = [(n, s) for n, s in passing if lex.deferral.search(s)]
        reason = "deferred" if deferred else "passing"
        # the evidence a reviewer reads: a deferral first, then mentions past the front matter
        # (a minister's foreword promising monitoring is no plan for it)
        front = len(document.blocks) // 10
        passing = deferred + sorted((p for p in passing if p not in deferred), key=lambda p: (p[0] < front, p[0]))
        return Assessment(
            name,
            "thin",
            reason,
            [_evidence(document, n, s) for n, s in passing[:2]],
            figures={"mentions": len(passing)},
        )
    if kinds["subject"]:
        h = kinds["subject"][0]
        return Assessment(name, "thin", "subject_only", [_evidence(document, h.index, h.text)], heading=h.text)
    a = lex.aspects[name]
    searched = list(dict.fromkeys(p.strip() for p in a.headings.phrases[:6] + a.mention.phrases[:6]))
    return Assessment(name, "absent", "none", [], searched=searched)


def _rank(assessment: Assessment) -> tuple[int, int]:
    order = {"present": 3, "incomplete": 2, "thin": 1, "absent": 0}
    return order[assessment.state], int(assessment.figures.get("substantive", 0))


def _judge_section(
    document: Document, name: str, lex: _Lexicon, limits: dict[str, int], h: Heading, body: _Body
) -> Assessment:
    a = lex.aspects[name]
    found = [s for s in sentences(body.text) if _substantive(name, s, lex, in_section=True)]
    figures = {"words": body.words, "substantive": len(found)}
    heading_evidence = _evidence(document, h.index, h.text)
    first = _first_sentence_block(body, lambda s: _substantive(name, s, lex, in_section=True))
    evidence = [heading_evidence] + ([_evidence(document, *first)] if first else [])
    # a concrete fact (an amount, a staff count, dated phases) decides a short section; prose
    # needs enough substantive sentences and words
    strong = [s for s in found if (a.strong and a.strong.search(s)) or (name == "risk" and _risk_and_response(s, a))]
    if name == "risk" and found and a.strong and a.strong.search(h.text):
        strong = strong or found[:1]  # "Risks and measures to reduce them" over the risks it names
    figures["concrete"] = len(strong)
    enough = bool(strong) or (len(found) >= limits["min_sentences"] and body.words >= limits["min_words"])
    if strong and first and not (a.strong and a.strong.search(first[1])):
        first = _first_sentence_block(body, lambda s: bool(a.strong.search(s)) and _substantive(name, s, lex, True))
        evidence = [heading_evidence] + ([_evidence(document, *first)] if first else [])
    table = next(((n, b) for n, b in body.blocks if _table_matches(b, a, lex)), None)
    if table:
        enough = True
        evidence.append(_evidence(document, table[0], _header(table[1], 2)))
    if name == "risk" and enough and not strong:
        # prose about risks must be about the plan's own (households' risks are subject matter)
        enough = any(a.mention.search(s) and lex.plan_context.search(s) for s in sentences(body.text)) or bool(table)
    if name == "monitoring":
        cycle = a.cycle.search(body.text)
        feedback = a.feedback.search(body.text)
        figures.update(cycle=bool(cycle), feedback=bool(feedback))
        if cycle and feedback:
            return Assessment(name, "present", "section", evidence, heading=h.text, figures=figures)
        if cycle:
            quote = _first_sentence_block(body, lambda s: bool(a.cycle.search(s)))
            ev = [heading_evidence] + ([_evidence(document, *quote)] if quote else [])
            return Assessment(name, "incomplete", "reporting_only", ev, heading=h.text, figures=figures)
        enough = bool(table)
    if enough:
        return Assessment(name, "present", "section", evidence, heading=h.text, figures=figures)
    reason = "deferred" if lex.deferral.search(body.text) else "heading_only"
    if not first:
        para = next(((n, b) for n, b in body.blocks if b.kind != BlockKind.TABLE and (b.text or "").strip()), None)
        if para and para[0] != h.index:
            evidence.append(
                _evidence(document, para[0], sentences(para[1].text)[0] if sentences(para[1].text) else None)
            )
    return Assessment(name, "thin", reason, evidence, heading=h.text, figures=figures)


def _concrete(document: Document, name: str, lex: _Lexicon, body: _Body) -> tuple[int, str] | None:
    a = lex.aspects[name]
    if not a.strong:
        return None
    return _first_sentence_block(body, lambda s: bool(a.strong.search(s)) and _substantive(name, s, lex, True))


def _find_table(document: Document, name: str, lex: _Lexicon) -> tuple[int, Block] | None:
    a = lex.aspects[name]
    if not a.table_all and not a.table_years and not a.table_header:
        return None
    for n, block in enumerate(document.blocks):
        if _table_matches(block, a, lex):
            return n, block
    return None


def _passing(document: Document, name: str, lex: _Lexicon, contents: list[tuple[int, int]]) -> list[tuple[int, str]]:
    """Sentences that mention the aspect as the plan's own (or defer it)."""
    a = lex.aspects[name]
    out: list[tuple[int, str]] = []
    for n, block in enumerate(document.blocks):
        if _in_ranges(n, contents) or block.kind == BlockKind.TABLE or not block.text:
            continue
        if not a.mention.search(block.text):
            continue
        for s in sentences(block.text):
            if not a.mention.search(s) or _is_toc_line(s):
                continue
            own = lex.plan_context.search(s) or lex.deferral.search(s)
            if own:
                out.append((n, s))
                if len(out) >= 20:
                    return out
    return out
