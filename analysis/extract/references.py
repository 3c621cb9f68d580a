"""Explicit references to other plans: "Strategy 2025, objective 7.1", "goals 2 and 4 of Strategy 2025".

DOMAIN.md (after OECD 2020, 3.1.2): a programme that names the higher-level targets it
implements is the strongest link evidence. References are read here as text (document
name, item kind, codes); the linker resolves the document name against the titles of the
documents in the run.
"""

from __future__ import annotations

import re

from analysis.extract.structure import CODE, structure_lexicon
from analysis.resources import per_rules

_CODES = rf"(?P<codes>{CODE}(?:\s*(?:,|and|&|or)\s*{CODE})*)"
# A document name: capitalised words, years and the small words inside titles; at most 15 words
# after the first (unbounded, a run of capitalised words was tried from every word: quadratic,
# 8 s for 20 KB of "Goal Goal ...")
_DOC = (
    r"(?P<doc>(?:the\s+)?[A-Z][\w’'&-]*"
    r"(?:\s+(?:[A-Z][\w’'&-]*|\d{4}(?:\s*[–-]\s*\d{4})?|of|for|the|and|on|in)){0,15})"
)


@per_rules()
def _patterns(language: str) -> tuple[re.Pattern, re.Pattern]:
    keywords = sorted(structure_lexicon(language).keyword_kinds, key=len, reverse=True)
    # Only the kind word ignores case: document names are recognised by their capitals.
    kinds = "(?i:(?P<kind>" + "|".join(re.escape(k) for k in keywords) + ")s?)"
    quoted = r"(?:\s*[\"“«][^\"”»]{1,120}[\"”»])?"
    doc_first = re.compile(rf"{_DOC}\s*[,:]?\s+{kinds}\s+{_CODES}")
    kind_first = re.compile(rf"{kinds}\s+{_CODES}{quoted}\s+(?i:of|in|under)\s+{_DOC}")
    return doc_first, kind_first


@per_rules()
def _mapping_pattern(language: str) -> re.Pattern:
    keywords = sorted(structure_lexicon(language).keyword_kinds, key=len, reverse=True)
    kind = "|".join(re.escape(k) for k in keywords)
    return re.compile(
        rf"(?i:(?P<from_kind>{kind}))\s+(?P<from_code>{CODE})\s+(?i:implements|serves|supports|contributes to|"
        rf"corresponds to|is aligned with|delivers)\s+(?i:(?P<kind>{kind})s?)\s+{_CODES}"
    )


def find_references(text: str, language: str = "en") -> list[dict]:
    """[{'document': 'Strategy 2025', 'kind': 'objective', 'codes': ['7.1']}, ...] in text order.

    A mapping clause ("objective 1 implements objective 5.1") of a paragraph that names a
    document gives {'from_kind': 'objective', 'from_code': '1', 'document': ..., ...}: the
    reference belongs to this plan's item with that code.
    """
    lex = structure_lexicon(language)
    found: list[tuple[int, dict]] = []
    keywords = set(lex.keyword_kinds)
    for pattern in _patterns(language):
        for m in pattern.finditer(text):
            doc = re.sub(r"^(?:[Tt]he)\s+", "", m.group("doc").strip()).strip(" ,.;")
            doc = re.sub(r"\s+(?:and|of|for|the|on|in)$", "", doc)
            # "Link to national documents: Strategy 2025, ..." -> the name after the last colon
            doc = doc.split(":")[-1].strip()
            if not doc or not doc[0].isupper() or len(doc) < 3 or doc.lower() in keywords:
                continue  # "Target indicator 1.3.1" names an item, not a document
            codes = re.findall(CODE, m.group("codes"))
            kind = lex.keyword_kinds.get(m.group("kind").lower())
            found.append((m.start(), {"document": doc, "kind": kind, "codes": codes}))
    documents = [ref["document"] for _, ref in found]
    for m in _mapping_pattern(language).finditer(text):
        if documents:
            found.append(
                (
                    m.start(),
                    {
                        "document": documents[0],
                        "kind": lex.keyword_kinds.get(m.group("kind").lower()),
                        "codes": re.findall(CODE, m.group("codes")),
                        "from_kind": lex.keyword_kinds.get(m.group("from_kind").lower()),
                        "from_code": m.group("from_code"),
                    },
                )
            )
    found.sort(key=lambda f: f[0])
    if any("from_code" in ref for _, ref in found):
        # in a mapping paragraph the plain mentions only name the document
        found = [(pos, ref) for pos, ref in found if "from_code" in ref]
    out: list[dict] = []
    for _, ref in found:
        if ref not in out:
            out.append(ref)
    return out
