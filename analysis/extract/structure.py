"""Structure: item labels ("Goal 2.", "Objective 1.2:", "1.2.3") and the section tree.

Labels and section roles come from resources/lexicons/<lang>/structure.json and
sections.json, so a ministry's own headings ("Strategic direction", "Priority area")
are a data change, not a code change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from analysis.model import Block, BlockKind, Section
from analysis.resources import load_lexicon

# "1", "1.2", "1.2.3", SDG-style "1.a", "17.19", "1.a.1"; parts of 1-2 digits or one letter.
CODE = r"\d{1,2}(?:\.(?:\d{1,2}|[a-z]))*"
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
    definition: re.Pattern  # "Vision is an overall ...": a paragraph defining a statement heading's word


@lru_cache(maxsize=8)
def structure_lexicon(language: str = "en") -> _StructureLexicon:
    lex = load_lexicon("structure", language)
    sections = load_lexicon("sections", language)
    keywords = sorted(lex["label_keywords"], key=len, reverse=True)
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
        keyword_kinds={k.lower(): v for k, v in lex["label_keywords"].items()},
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
                    + r")(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s*:?$",
                    re.I,
                ),
            )
            for kind, words in lex.get("statement_headings", {}).items()
        ],
        budget_headers=frozenset(w.lower() for w in lex.get("budget_headers", [])),
        definition=re.compile(
            r"^\s*(?:(?:an?|the)\s+)?(?:"
            + "|".join(re.escape(w) for words in lex.get("statement_headings", {}).values() for w in words)
            + r")(?:\s+statement)?\s+(?:"
            + "|".join(re.escape(v) for v in lex.get("definition_verbs", []))
            + r")(?![\w-])",
            re.I,
        ),
    )


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
    m = _CODE_ONLY.match(text)
    if m and not re.match(r"^\s*[%)]|^\s*(?:per|million|billion|bn|mln|thousand|tenge|kzt)\b", m.group("rest"), re.I):
        code = m.group("code")
        # "2019 saw..." is not a label; neither is "5 regions" (a bare small number without a dot)
        if m.group("dot") or "." in code or re.match(r"^\s*\d{1,2}[.)]", text):
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


def list_header_kind(text: str, language: str, max_words: int | None = 6) -> str | None:
    """'Objectives of the Programme', 'Tasks to be carried out ...:' — a line that names a
    list, not an item."""
    low = re.sub(r"^(?:the|main|key|specific)\s+", "", text.strip().lower()).rstrip(":")
    if max_words is not None and len(low.split()) > max_words:
        return None
    for kind, phrases in structure_lexicon(language).list_intro.items():
        for phrase in sorted(phrases, key=len, reverse=True):
            if " " not in phrase and re.match(rf"{re.escape(phrase)}(?:\s+(?:of|to|for)\b|$)", low):
                return kind
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
    """Heading level from the reader, or from numbering depth for a typed-number heading."""
    if block.kind == BlockKind.HEADING:
        return max(1, block.heading_level or 1)
    if block.kind == BlockKind.PARAGRAPH and label.code and looks_like_heading(label.rest):
        return label.code.count(".") + 1
    return None


def looks_like_heading(text: str) -> bool:
    """A short line without a closing full stop: '2. Goals and objectives'."""
    words = text.split()
    return 0 < len(words) <= 12 and not text.rstrip().endswith((".", ";", ",")) and text[:1].isupper()


def build_sections(document_id: str, blocks: list[Block], language: str = "en") -> tuple[list[Section], list[int]]:
    """The section tree; returns (sections, block -> index of its section or -1)."""
    sections: list[Section] = []
    owner: list[int] = []
    stack: list[tuple[int, int]] = []  # (level, section index)
    texts: dict[int, list[str]] = {}
    for block in blocks:
        label = parse_label(block.text, language, block.label) if block.text else Label(None, None, "")
        level = heading_level_of(block, label)
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


def effective_role(sections: list[Section], index: int) -> str | None:
    """The role of a section, inherited from the nearest ancestor that has one."""
    by_id = {s.id: s for s in sections}
    section = sections[index] if index >= 0 else None
    while section is not None:
        if section.role:
            return section.role
        section = by_id.get(section.parent_id) if section.parent_id else None
    return None
