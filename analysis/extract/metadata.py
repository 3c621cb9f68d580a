"""Document-level facts: plan period, region named, language."""

from __future__ import annotations

import re
from functools import lru_cache

from analysis.extract.numbers import find_period
from analysis.model import Block, BlockKind
from analysis.resources import load_lexicon

OPENING_BLOCKS = 15  # title page and first paragraphs: where plans state period and region
_KAZAKH_LETTERS = set("әғқңөұүһі")


def opening_text(title: str, blocks: list[Block]) -> str:
    parts = [title]
    for block in blocks[:OPENING_BLOCKS]:
        if block.kind != BlockKind.TABLE:
            parts.append(block.text)
        elif block.rows:
            parts.extend(" ".join(r) for r in block.rows[:8])
    return "\n".join(p for p in parts if p)


def detect_period(title: str, blocks: list[Block]) -> tuple[int, int] | None:
    """The plan period from the title first, then the opening pages."""
    return find_period(title) or find_period(opening_text("", blocks))


@lru_cache(maxsize=4)
def _region_lexicon(language: str) -> tuple[list[tuple[str, re.Pattern]], list[re.Pattern], frozenset[str]]:
    lex = load_lexicon("regions", language)
    named = [
        (name, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)", re.I))
        for name, aliases in lex["regions"].items()
    ]
    return named, [re.compile(p) for p in lex.get("patterns", [])], frozenset(lex.get("not_names", []))


def detect_region(title: str, blocks: list[Block], language: str = "en") -> str | None:
    """The region a plan is for: named in its title, or the only region its opening names.

    A national plan names many regions (or one as an example); then there is no region.
    """
    named, patterns, not_names = _region_lexicon(language)

    def regions_in(text: str) -> list[str]:
        found = [name for name, pattern in named if pattern.search(text)]
        found += [
            m.group(1) for pattern in patterns for m in pattern.finditer(text) if m.group(1).split()[0] not in not_names
        ]
        return list(dict.fromkeys(found))

    in_title = regions_in(title)
    if in_title:
        return in_title[0]
    in_opening = regions_in(opening_text("", blocks))
    return in_opening[0] if len(in_opening) == 1 else None


def detect_language(text: str) -> str:
    """Script-based guess, enough to choose a pipeline: 'kk', 'ru' or 'en'."""
    sample = text[:20000].lower()
    cyrillic = sum(1 for ch in sample if "а" <= ch <= "я" or ch in "ё" or ch in _KAZAKH_LETTERS)
    latin = sum(1 for ch in sample if "a" <= ch <= "z")
    if cyrillic > latin:
        kazakh = sum(1 for ch in sample if ch in _KAZAKH_LETTERS)
        return "kk" if kazakh > cyrillic * 0.01 else "ru"
    return "en"
