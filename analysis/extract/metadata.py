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
def _region_lexicon(language: str) -> tuple[list[tuple[str, re.Pattern]], list[re.Pattern]]:
    lex = load_lexicon("regions", language)
    named = [
        (name, re.compile(r"(?<!\w)(?:" + "|".join(re.escape(a) for a in aliases) + r")(?!\w)", re.I))
        for name, aliases in lex["regions"].items()
    ]
    return named, [re.compile(p) for p in lex.get("patterns", [])]


def detect_region(title: str, blocks: list[Block], language: str = "en") -> str | None:
    named, patterns = _region_lexicon(language)
    for text in (title, opening_text("", blocks)):
        for name, pattern in named:
            if pattern.search(text):
                return name
        for pattern in patterns:
            m = pattern.search(text)
            if m:
                return m.group(1)
    return None


def detect_language(text: str) -> str:
    """Script-based guess, enough to choose a pipeline: 'kk', 'ru' or 'en'."""
    sample = text[:20000].lower()
    cyrillic = sum(1 for ch in sample if "а" <= ch <= "я" or ch in "ё" or ch in _KAZAKH_LETTERS)
    latin = sum(1 for ch in sample if "a" <= ch <= "z")
    if cyrillic > latin:
        kazakh = sum(1 for ch in sample if ch in _KAZAKH_LETTERS)
        return "kk" if kazakh > cyrillic * 0.01 else "ru"
    return "en"
