"""Finding a quote in the text of a file: the same words whatever the quotes, dashes, spacing and
case the file writes them with, and the positions of the match in the file's own text (the
annotated copies put a comment on exactly those characters)."""

from __future__ import annotations

import re

# One character for one character, so positions in the normalised text map back to the file.
_TYPOGRAPHIC = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-", "\u00a0": " ", "\u2011": "-"}
)


def normalise_with_positions(text: str) -> tuple[str, list[int]]:
    """Lower case, plain quotes and dashes, one space between words: how a quote is compared
    with the text of a file (readers collapse whitespace, and Word may hold two spaces or a tab
    where the reader saw one). Also returns, for each character kept, its index in `text`."""
    out: list[str] = []
    positions: list[int] = []
    space = True  # drops leading whitespace
    for n, char in enumerate(text.translate(_TYPOGRAPHIC)):
        lower = char.lower()
        char = lower if len(lower) == 1 else char
        if char.isspace():
            if space:
                continue
            char, space = " ", True
        else:
            space = False
        out.append(char)
        positions.append(n)
    if out and out[-1] == " ":
        out.pop()
        positions.pop()
    return "".join(out), positions


def normalise_for_match(text: str) -> str:
    return normalise_with_positions(text)[0]


def quote_variants(quote: str) -> list[str]:
    """The forms a quote may take in the file, most exact first: as is, without a trailing
    ellipsis (a shortened quote), without a leading number label ("1.2. ", "Objective 3:")."""
    text = normalise_for_match(quote)
    out = [text]
    if text.endswith("…") or text.endswith("..."):
        out.append(text.rstrip(".…").rstrip())
    unlabelled = re.sub(r"^(?:[a-z]+\s+)?(?:\d+(?:\.\d+)*[.):]?|[ivxlc]+[.):])\s+", "", out[-1])
    if unlabelled != out[-1]:
        out.append(unlabelled)
    return [v for v in dict.fromkeys(out) if v]
