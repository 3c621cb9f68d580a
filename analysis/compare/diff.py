"""Word-level differences between two texts, and how alike two item texts are.

A planner reads a redraft word by word, not character by character: "Increase the volume of
output" -> "Increase the value of output" is one word replaced. The diff keeps each token's
preceding whitespace, so the old side of the segments joins back to the old text exactly and
the new side to the new text.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

# a word or a number (with its decimal / thousands separators and a trailing %), or one sign
_TOKEN = re.compile(r"\d+(?:[.,\u00a0 ]\d+)*\s?%?|\w+(?:[-'’]\w+)*|[^\w\s]", re.UNICODE)
_NUMBER = re.compile(r"[\d.,\u00a0 %]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-", "\u00a0": " "})

Segment = tuple[str, str]  # ("=", text) kept, ("-", text) only in the old, ("+", text) only in the new


def tokens(text: str) -> list[tuple[str, str]]:
    """(token with its preceding whitespace, comparison form) for each token of `text`."""
    out = []
    end = 0
    for match in _TOKEN.finditer(text):
        out.append((text[end : match.end()], match.group().translate(_QUOTES).casefold().replace(" ", "")))
        end = match.end()
    if out and end < len(text):
        out[-1] = (out[-1][0] + text[end:], out[-1][1])
    return out


def word_diff(old: str, new: str) -> list[Segment]:
    """The two texts as kept / deleted / inserted runs of words (deletions before insertions)."""
    a, b = tokens(old), tokens(new)
    matcher = SequenceMatcher(None, [t[1] for t in a], [t[1] for t in b], autojunk=False)
    segments: list[Segment] = []

    def add(op: str, parts: list[tuple[str, str]]) -> None:
        text = "".join(p[0] for p in parts)
        if not text:
            return
        if segments and segments[-1][0] == op:
            segments[-1] = (op, segments[-1][1] + text)
        else:
            segments.append((op, text))

    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            add("=", a[i1:i2])
        else:
            add("-", a[i1:i2])
            add("+", b[j1:j2])
    return segments


def side(segments: list[Segment], which: str) -> list[Segment]:
    """The old ("-") or the new ("+") text of a diff, its own changes marked."""
    return [(op, text) for op, text in segments if op in ("=", which)]


def changed_words(segments: list[Segment]) -> list[str]:
    """The tokens that differ (both sides), in comparison form."""
    return [t[1] for op, text in segments if op != "=" for t in tokens(text)]


def numbers_only(segments: list[Segment]) -> bool:
    """True when every word that differs is a number (a figure changed, the wording did not)."""
    changed = changed_words(segments)
    return bool(changed) and all(_NUMBER.fullmatch(w) or w in {".", ",", "%"} for w in changed)


def normal(text: str) -> str:
    """The form two item texts are compared in: case, quotes, dashes and spacing aside."""
    return " ".join(t[1] for t in tokens(text) if t[1] not in {".", ";", ":", ","})


def masked(text: str) -> str:
    """`normal` with every number replaced by '#': a target whose figures changed keeps its form."""
    return " ".join("#" if _NUMBER.fullmatch(w) else w for w in normal(text).split())


def similarity(a: str, b: str) -> float:
    """0..1: how alike two item texts are, word order and figures aside."""
    from rapidfuzz import fuzz

    return fuzz.token_sort_ratio(masked(a), masked(b)) / 100.0
