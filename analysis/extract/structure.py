"""Structure: item labels ("Goal 2.", "Objective 1.2:", "1.2.3") and the section tree.

Labels and section roles come from resources/lexicons/<lang>/structure.json and
sections.json, so a ministry's own headings ("Strategic direction", "Priority area")
are a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from analysis.extract.numbers import month_name
from analysis.model import Block, BlockKind, Section
from analysis.readers._common import plan_word_pattern
from analysis.resources import LANGUAGES, load_lexicon, per_rules

CONTENTS_ENTRY_WORDS = 25  # a contents line is short ...
MIN_CONTENTS_RUN = 4  # ... and comes in runs
# "1", "1.2", "1.2.3", SDG-style "1.a", "17.19", "1.a.1"; parts of 1-2 digits or one letter.
CODE = r"\d{1,2}(?:\.(?:\d{1,2}|[a-z]))*"
_HEADING_NUMBER = re.compile(r"^\s*(\d{1,2}(?:\.\d{1,2})*)\.?\s+[^\W\d_]")
_LETTERED = re.compile(r"^\s*\(?(?P<code>[a-h]|i{1,3}|iv|vi{0,3}|ix|x)[.)]\s+(?P<rest>[^\W\d_].*)$", re.DOTALL)
_CODE_ONLY = re.compile(rf"^\s*(?P<code>{CODE})(?P<dot>\.?)(?:\s*[.):\-–—]\s*|\s+)(?P<rest>\S.*)$", re.DOTALL)


@dataclass(frozen=True)
class Label:
    kind: str | None  # item kind named by a keyword ("Goal" -> goal), or None
    code: str | None
    rest: str  # the text after the label
    keyword: str | None = None


@dataclass(frozen=True)
class _StructureLexicon:
    keyword_re: re.Pattern
    keyword_kinds: dict[str, str]
    list_intro: dict[str, list[str]]
    column_kinds: dict[str, list[str]]
    indicator_columns: dict[str, list[str]]
    section_roles: list[tuple[str, re.Pattern]]
    thin_section_words: int
    statement_headings: list[tuple[str, re.Pattern]]
    budget_headers: frozenset[str]
    ordinal: re.Pattern  # "First, ... Second, ...": enumeration inside a sentence
    definition: re.Pattern  # "Vision is an overall ...": a paragraph defining a statement heading's word
    figure_caption: re.Pattern  # "Figure 7.1 Strategic Directions": the table under it is a chart


@per_rules()
def structure_lexicon(language: str = "en") -> _StructureLexicon:
    lex = load_lexicon("structure", language)
    sections = load_lexicon("sections", language)
    # Labels in any language Concord reads ("Goal 1." in a Russian plan's English annex, "Цель 1."
    # in a translation): the document's own language decides a word both languages use.
    label_kinds = {
        k.lower(): v
        for other in LANGUAGES
        if other != language
        for k, v in load_lexicon("structure", other)["label_keywords"].items()
    }
    label_kinds.update({k.lower(): v for k, v in lex["label_keywords"].items()})
    keywords = sorted(label_kinds, key=len, reverse=True)
    keyword_re = re.compile(
        r"^\s*(?P<kw>" + "|".join(re.escape(k) for k in keywords) + r")s?"
        rf"(?:\s+(?:(?:no\.|№)\s*)?(?P<code>{CODE}|[IVX]{{1,5}}|[A-Z]))?\.?\s*(?:[.:)\-–—]\s*|\s+)(?P<rest>\S.*)?$",
        re.IGNORECASE | re.DOTALL,
    )
    roles = [
        (role, re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(p) for p in phrases) + r")(?![\w-])", re.I))
        for role, phrases in sections["roles"].items()
    ]
    return _StructureLexicon(
        keyword_re=keyword_re,
        keyword_kinds=label_kinds,
        list_intro=lex["list_intro"],
        column_kinds=lex["column_kinds"],
        indicator_columns=lex["indicator_columns"],
        section_roles=roles,
        thin_section_words=int(sections.get("thin_section_words", 25)),
        statement_headings=[
            (
                kind,
                re.compile(
                    r"^(?:the\s+)?(?:"
                    + "|".join(re.escape(w) for w in words)
                    + r")(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s*:?$",
                    re.I,
                ),
            )
            for kind, words in lex.get("statement_headings", {}).items()
        ],
        budget_headers=frozenset(w.lower() for w in lex.get("budget_headers", [])),
        ordinal=re.compile(
            r"(?:^|(?<=[\s;:.]))(?:"
            + "|".join(re.escape(w) for w in lex.get("ordinal_markers", []) or ["\uffff"])
            + r")\s*,\s*",
            re.I,
        ),
        definition=re.compile(
            r"^\s*(?:(?:an?|the)\s+)?(?:"
            + "|".join(re.escape(w) for words in lex.get("statement_headings", {}).values() for w in words)
            + r")(?:\s+statement)?\s+(?:"
            + "|".join(re.escape(v) for v in lex.get("definition_verbs", []))
            + r")(?![\w-])",
            re.I,
        ),
        figure_caption=re.compile(
            r"^\W*(?:" + "|".join(re.escape(w) for w in lex.get("figure_captions", []) or ["\uffff"]) + r")(?![\w-])",
            re.I,
        ),
    )


@dataclass(frozen=True)
class DocumentCues:
    """What a plan says about itself (resources/lexicons/<lang>/document.json with the
    statement words of structure.json)."""

    decree_marker: re.Pattern  # "hereby resolves:": approval clauses follow
    decree_title: re.Pattern  # "ROYAL KRAM NS/RKM/0709/010" as a line of its own: a decree starts
    decree_clause: re.Pattern  # "Obligate the Ministry ...", "this resolution ..."
    approval_clause: re.Pattern  # "Approve the Programme ...": an approval clause wherever it stands
    stated: re.Pattern  # "The strategic goal of the Programme is to ...": group 'kw' names the kind
    statement_kinds: dict[str, str]


DECREE_TITLE_CHARS = 60  # an instrument's title line: its name and number, not a sentence mentioning it


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@per_rules()
def document_cues(language: str = "en") -> DocumentCues:
    doc = load_lexicon("document", language)
    lex = load_lexicon("structure", language)
    plan = _alternatives(doc["plan_words"])
    verbs = _alternatives(doc.get("decree_verbs", []))
    kinds = {w.lower(): kind for kind, words in lex.get("statement_headings", {}).items() for w in words}
    return DocumentCues(
        decree_marker=re.compile(rf"(?<![\w-])(?:{_alternatives(doc.get('decree_markers', []))})(?![\w-])", re.I),
        decree_title=re.compile(
            rf"^\W*(?:{_alternatives(doc.get('decree_titles', [])) or '(?!)'})(?![\w-])"
            rf"[^.;]{{0,{DECREE_TITLE_CHARS}}}$",
            re.I,
        ),
        decree_clause=re.compile(rf"^\W*(?:{verbs})(?![\w-])", re.I),
        approval_clause=re.compile(
            rf"^\W*(?:{verbs})\s+(?:the\s+|this\s+)?(?:attached\s+)?(?:[\w()-]+\s+){{0,3}}?(?:{plan})(?![\w-])", re.I
        ),
        stated=re.compile(
            r"^\s*(?:the|this|our|its)\s+(?:(?:overall|main|strategic|general|key|principal|ultimate|long-term)\s+)*"
            rf"(?P<kw>{_alternatives(list(kinds))})(?:\s+of\s+(?:the|this|our)\s+(?:present\s+)?(?:{plan}))?"
            r"\s+(?:is|are|shall be|will be)\s+",
            re.I,
        ),
        statement_kinds=kinds,
    )


_INLINE_NUMBER = re.compile(r"(?:^|(?<=[\s;:,]))\(?(?:\d{1,2}|[a-h]|i{1,3}|iv|vi{0,3})\)\s+(?=\S)")


def inline_enumeration(text: str, language: str = "en") -> tuple[str, list[str]] | None:
    """(lead-in, elements) of a list written inside one paragraph: 'The main approaches are to
    1) protect ...; 2) promote ...' or 'First, ...; Second, ...'. None with fewer than two."""
    for pattern in (_INLINE_NUMBER, structure_lexicon(language).ordinal):
        marks = list(pattern.finditer(text))
        if len(marks) < 2:
            continue
        lead = text[: marks[0].start()].strip()
        elements = []
        for m, nxt in zip(marks, marks[1:] + [None], strict=True):
            element = text[m.end() : nxt.start() if nxt else len(text)].strip()
            element = re.sub(r"[;,]?\s*(?:and|or|и|және)?\s*$", "", element).strip()
            if element:
                elements.append(element[:1].upper() + element[1:])
        if len(elements) >= 2:
            return lead, elements
    return None


def stated_kind(text: str, language: str = "en") -> str | None:
    """'The strategic goal of the Programme is to increase ...' -> 'goal'. The plan's own aim
    only: 'The objective of the second phase of the process is ...' names no kind."""
    cues = document_cues(language)
    m = cues.stated.match(text)
    return cues.statement_kinds.get(m.group("kw").lower()) if m else None


def parse_label(text: str, language: str = "en", word_label: str | None = None) -> Label:
    """Split an item label from its text. `word_label` is Word's auto-number ("1.2.")."""
    lex = structure_lexicon(language)
    text = text.strip()
    m = lex.keyword_re.match(text)
    # A keyword counts as a label with a number ("Goal 2.") or right before a colon ("Objective: ...")
    if m and (m.group("code") or re.match(r"^\s*" + re.escape(m.group("kw")) + r"s?\s*:", text, re.I)):
        keyword = m.group("kw").lower()
        rest = (m.group("rest") or "").strip()
        if rest or m.group("code"):
            return Label(kind=lex.keyword_kinds.get(keyword), code=m.group("code"), rest=rest, keyword=keyword)
    m = _LETTERED.match(text)
    if m:  # "a. Map sectoral contributions ...", "(iv) Promote ...": a lettered list item
        return Label(kind=None, code=m.group("code").lower(), rest=m.group("rest").strip())
    m = _CODE_ONLY.match(text)
    if m and re.match(month_name(language), m.group("rest"), re.IGNORECASE):
        m = None  # "1 January 2021 - 31 December 2030" is a date, not item 1
    # '59. % of mothers who ...': row 59, an indicator named by its unit; '12.5 % of GDP' is a figure
    numbered_share = bool(
        m and m.group("dot") and m.group("code").isdigit() and re.match(r"%\s+[^\W\d_]", m.group("rest"))
    )
    if m and (
        numbered_share
        or not re.match(r"^\s*[%)]|^\s*(?:per|million|billion|bn|mln|thousand|tenge|kzt)\b", m.group("rest"), re.I)
    ):
        code = m.group("code")
        # "2019 saw..." is not a label; neither is "5 regions" (a bare small number without a dot),
        # but "16 Provide public health facilities with ..." is
        capitalised = re.match(r"^\s*\d{1,2}\s+[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ][^\W\d_]*\s+\S+\s+\S+", text)
        if m.group("dot") or "." in code or re.match(r"^\s*\d{1,2}[.)]", text) or capitalised:
            return Label(kind=None, code=code, rest=m.group("rest").strip())
    if word_label:
        code = word_label.strip().rstrip(".)").strip("(") or None
        return Label(kind=None, code=code if code and re.fullmatch(CODE, code) else None, rest=text)
    return Label(kind=None, code=None, rest=text)


def statement_heading_kind(heading: str, language: str = "en") -> str | None:
    """'2.1. Goal of the Programme' -> 'goal': the paragraph under it states the goal."""
    text = parse_label(heading, language).rest
    for kind, pattern in structure_lexicon(language).statement_headings:
        if pattern.match(text.strip()):
            return kind
    return None


# Words before the kind word of a list header or intro: "The key priorities ...", "Eight strategic objectives".
DETERMINERS = re.compile(
    r"^(?:(?:the|these|those|its|our|main|key|major|specific|principal|following|strategic|"
    r"general|overall|priority|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)+",
    re.IGNORECASE,
)


def list_header_kind(text: str, language: str, max_words: int | None = 6) -> str | None:
    """'Objectives of the Programme', 'STRATEGIC OUTCOMES', 'Tasks to be carried out ...:' — a
    line that names a list, not an item."""
    low = text.strip().lower().rstrip(":").strip()
    if max_words is not None and len(low.split()) > max_words:
        return None
    candidates = [low, DETERMINERS.sub("", low)]
    for kind, phrases in structure_lexicon(language).list_intro.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            ending = rf"{re.escape(phrase)}(?:\s+(?:of|to|for|by|and)\b|(?:\s+[\w-]+)?$)"
            if any(re.match(ending, c) for c in candidates):
                return kind  # "Objectives of ...", "STRATEGIC OUTCOME AREA"
    return None


def section_role(heading: str, language: str = "en") -> str | None:
    """The role whose name comes first in the heading ('Objectives, tasks and evaluation
    criteria' is an objectives section); on a tie, the role listed first in sections.json."""
    best: tuple[int, int, str] | None = None
    for order, (role, pattern) in enumerate(structure_lexicon(language).section_roles):
        m = pattern.search(heading)
        if m and (best is None or (m.start(), order) < best[:2]):
            best = (m.start(), order, role)
    return best[2] if best else None


def heading_level_of(block: Block, label: Label) -> int | None:
    """Heading level from the numbering depth of a numbered heading ('8 HEALTH DEVELOPMENT
    GOALS' is 1, '8.1 Introduction' 2, as a typed-number paragraph), else from the reader."""
    if block.kind == BlockKind.HEADING:
        number = label.code if label.kind is None else None
        if number is None and label.kind is None:
            m = _HEADING_NUMBER.match(block.text)  # "2 COUNTRY OVERVIEW": a chapter, however short
            number = m.group(1) if m else None
        if number and re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*", number):
            return number.count(".") + 1
        return max(1, block.heading_level or 1)
    if block.kind == BlockKind.PARAGRAPH and label.code and looks_like_heading(label.rest):
        return label.code.count(".") + 1
    return None


_OPEN_END = re.compile(r"[.;,:]$|\b(?:and|or|of|the|to|for|with|in|on|by|a|an|и|или|в|на|мен|және)$", re.IGNORECASE)


def looks_like_heading(text: str) -> bool:
    """A short line without a closing full stop: '2. Goals and objectives'. A line that ends
    mid-clause ('... other infectious diseases; and') or holds a ';' is part of a list."""
    words = text.split()
    stripped = text.rstrip()
    return 0 < len(words) <= 12 and not _OPEN_END.search(stripped) and ";" not in stripped and text[:1].isupper()


_PAGE_REFERENCE = re.compile(r"^(?P<entry>.*[^\W\d_].*?)[\s.…_·]+(?P<page>\d{1,3}|[ivxlc]{1,6})$", re.IGNORECASE)


def _contents_entry(block: Block) -> int | None:
    """The page number a contents line points to ('8.3 Strategic Objectives 63', 'Goals .... 3',
    'Preface v' -> 0), or None. A line ending in a figure after a figure is a table row."""
    if block.kind == BlockKind.TABLE or not block.text or len(block.text.split()) > CONTENTS_ENTRY_WORDS:
        return None
    m = _PAGE_REFERENCE.match(block.text.strip())
    if not m or re.search(r"[\d%]\s+[\d.,%]+$", m.group("entry")) or m.group("entry").rstrip().endswith("%"):
        return None  # figures in a row: a table row set as text
    if len(m.group("entry").split()) == 1 and parse_label(block.text).kind:
        return None  # "Goal 2" is a label, not a contents line
    page = m.group("page")
    return int(page) if page.isdigit() else 0


def contents_blocks(blocks: list[Block]) -> set[int]:
    """The blocks of a table of contents (or a list of tables or figures): runs of at least
    MIN_CONTENTS_RUN short lines that end in page numbers going up, with the heading just above.
    They name sections; they are neither sections nor items."""
    found: set[int] = set()
    run: list[int] = []
    misses = 0

    def close() -> None:
        pages = [p for p in (_contents_entry(blocks[i]) for i in run) if p]
        rising = sum(1 for a, b in zip(pages, pages[1:], strict=False) if b >= a)
        if len(run) >= MIN_CONTENTS_RUN and rising >= 0.7 * max(len(pages) - 1, 1):
            found.update(range(run[0], run[-1] + 1))
            if run[0] > 0 and blocks[run[0] - 1].kind == BlockKind.HEADING:
                found.add(run[0] - 1)

    for i, block in enumerate(blocks):
        if _contents_entry(block) is not None:
            run.append(i)
            misses = 0
        elif run and misses < 1 and block.kind != BlockKind.TABLE:
            misses += 1  # one line that wrapped or lost its page number
        else:
            close()
            run, misses = [], 0
    close()
    return found


def _entry_key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def contents_headings(blocks: list[Block], contents: set[int]) -> tuple[list[Block], set[int]]:
    """The blocks, with a numbered line the table of contents lists ('5. Objectives of the
    strategy ... 11') made a heading where the body sets it as a list item or paragraph (the
    contents page says it opens a part, whatever its type); and the indexes of those headings."""
    entries = set()
    for i in contents:
        m = _PAGE_REFERENCE.match(blocks[i].text.strip()) if blocks[i].text else None
        if m and _HEADING_NUMBER.match(m.group("entry")):
            entries.add(_entry_key(m.group("entry")))
    out, made = list(blocks), set()
    for i, block in enumerate(blocks):
        if not entries or i in contents or block.kind not in (BlockKind.LIST_ITEM, BlockKind.PARAGRAPH):
            continue
        if len(block.text.split()) <= CONTENTS_ENTRY_WORDS and _entry_key(block.text) in entries:
            out[i] = replace(block, kind=BlockKind.HEADING, list_level=None)
            made.add(i)
    return out, made


LETTER_LINE_WORDS = 8  # a salutation, sign-off, name or title line is this short
SIGNATURE_LINES = 2  # the name and title lines under a sign-off ('Hun Sen', 'Director, DPHI') ...
NAME_LINE_WORDS = 4  # ... are this short, and name no plan


@per_rules()
def _letter_line() -> re.Pattern:
    words = sorted({w for lang in LANGUAGES for w in load_lexicon("document", lang).get("letter_lines", [])}, key=len)
    return re.compile(rf"^\W*(?:{'|'.join(re.escape(w) for w in reversed(words))})(?![\w])", re.IGNORECASE)


def letter_lines(blocks: list[Block]) -> set[int]:
    """The salutation and sign-off of a letter or foreword set in heading type ('Dear task team
    colleagues,', 'Sincerely yours', 'Sd/-') and the short name and title lines right after a
    sign-off: they open no section (resources/lexicons/*/document.json 'letter_lines')."""
    opening, plan = _letter_line(), plan_word_pattern()
    found: set[int] = set()
    after_sign_off = 0
    for i, block in enumerate(blocks):
        short = bool(block.text) and len(block.text.split()) <= LETTER_LINE_WORDS and block.kind != BlockKind.TABLE
        if short and opening.match(block.text):
            found.add(i)
            after_sign_off = 0 if block.text.rstrip().endswith(",") else SIGNATURE_LINES  # 'Dear ...,' opens
        elif short and after_sign_off and len(block.text.split()) <= NAME_LINE_WORDS and not plan.search(block.text):
            found.add(i)
            after_sign_off -= 1
        else:
            after_sign_off = 0
    return {i for i in found if blocks[i].kind == BlockKind.HEADING}


def build_sections(
    document_id: str,
    blocks: list[Block],
    language: str = "en",
    skip: set[int] | frozenset[int] = frozenset(),
    from_contents: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[Section], list[int]]:
    """The section tree; returns (sections, block -> index of its section or -1). Blocks in
    `skip` (a table of contents) never open a section. A heading only the contents page made
    (`from_contents`) has no type to rank it: it opens a part beside the innermost one open."""
    sections: list[Section] = []
    owner: list[int] = []
    stack: list[tuple[int, int]] = []  # (level, section index)
    texts: dict[int, list[str]] = {}
    for n, block in enumerate(blocks):
        label = parse_label(block.text, language, block.label) if block.text else Label(None, None, "")
        level = heading_level_of(block, label) if n not in skip else None
        if n in from_contents:
            level = stack[-1][0] if stack else 1
        if level is not None and stack and block.text.rstrip().endswith(":") and stack[-1][0] >= level:
            level = stack[-1][0] + 1  # "Goals:" set as a heading is a run-in label inside the section
        if level is not None and block.kind != BlockKind.TABLE:
            while stack and stack[-1][0] >= level:
                stack.pop()
            parent = sections[stack[-1][1]] if stack else None
            heading = label.rest if label.kind is None else block.text.strip()
            # "Objective 5.1. Concentrate ... resources" is an item, and the title names the
            # whole plan: neither is a risks/resources/... section.
            is_title = block.kind == BlockKind.HEADING and block.heading_level == 0
            role = None if label.kind or is_title else section_role(block.text, language)
            section = Section(
                id=f"{document_id}:s{len(sections) + 1}",
                document_id=document_id,
                heading=heading if heading else block.text.strip(),
                level=level,
                text="",
                location=block.location,
                parent_id=parent.id if parent else None,
                role=role,
            )
            sections.append(section)
            stack.append((level, len(sections) - 1))
            owner.append(len(sections) - 1)
            continue
        current = stack[-1][1] if stack else -1
        owner.append(current)
        if current >= 0:
            texts.setdefault(current, []).append(block.text if block.kind != BlockKind.TABLE else _table_text(block))
    for index, parts in texts.items():
        sections[index].text = "\n".join(p for p in parts if p)
    return sections, owner


def _table_text(block: Block) -> str:
    return "\n".join(" | ".join(c for c in row if c) for row in block.rows or [])


def summary_sections(sections: list[Section], language: str = "en") -> set[int]:
    """Indexes of the sections inside an executive summary (sections.json summary_headings)."""
    words = load_lexicon("sections", language).get("summary_headings", [])
    if not words:
        return set()
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])", re.I)
    by_id = {s.id: n for n, s in enumerate(sections)}
    inside: set[int] = set()
    for n, section in enumerate(sections):
        parent = by_id.get(section.parent_id) if section.parent_id else None
        if pattern.search(section.heading) or (parent is not None and parent in inside):
            inside.add(n)
    return inside


def item_roles(sections: list[Section], language: str = "en") -> list[str | None]:
    """Per section, the role that decides what its text states: the role of the section or of
    its nearest ancestor that has one; except that risks are background when told inside a
    situation analysis ('Poverty and Vulnerability Profile' > 'Risks, Shocks and
    Vulnerabilities': the people's risks, not the plan's) or by a heading that is one too ('SWOT
    analysis (... Threats)')."""
    background = [pattern for name, pattern in structure_lexicon(language).section_roles if name == "background"]
    by_id = {s.id: s for s in sections}
    roles: list[str | None] = []
    for section in sections:
        chain = []  # the section and its ancestors, innermost first
        current: Section | None = section
        while current is not None:
            chain.append(current)
            current = by_id.get(current.parent_id) if current.parent_id else None
        role = next((s.role for s in chain if s.role), None)
        if role == "risks" and any(
            s.role == "background" or (s.role == "risks" and any(p.search(s.heading) for p in background))
            for s in chain
        ):
            role = "background"
        roles.append(role)
    return roles
