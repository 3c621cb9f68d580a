"""A PDF page as the reader sees it: upright text, page furniture marked by the producer left out.

Landscape tables are often printed on a portrait page with their text turned a quarter: read
as they are, every word comes out reversed ("nalP tnempoleveD") and the table transposed.
`PageView` turns such a page back: when most characters run bottom-to-top (or top-to-bottom),
characters and ruling lines are rotated into reading orientation and everything downstream
(words, lines, pdfplumber's table finder) works on the turned page as on any other.

Tagged PDFs (PDF/UA, most Word exports) mark running headers, footers and page numbers as
"Artifact" marked content; characters so marked in the top or bottom band of a page are
dropped here, before any line or table is built.
"""

from __future__ import annotations

from collections import Counter
from functools import cached_property
from typing import Any

from pdfplumber.table import TableFinder, TableSettings
from pdfplumber.utils.text import WordExtractor

# Share of a page's characters that must run sideways before the page is read turned.
ROTATED_SHARE = 0.6
# Producer-marked artifacts are dropped only in these top and bottom shares of the page height:
# some producers also mark decorative text inside the page as artifacts.
ARTIFACT_BAND = 0.15
# A small-caps title sets its capitals a few points higher than the rest of the word ("T" + "HIRD"):
# a tolerance relative to the type size keeps the word whole.
WORD_SETTINGS: dict[str, Any] = {"keep_blank_chars": False, "use_text_flow": True, "y_tolerance_ratio": 0.25}


def _direction(char: dict[str, Any]) -> str:
    """'up' (text runs bottom to top), 'down', or 'upright' from the character's text matrix."""
    if char.get("upright", True):
        return "upright"
    b = char["matrix"][1]
    return "up" if b > 0 else "down"


NOTE_MARK_SIZE = 0.8  # a footnote mark is set this much smaller than its word, and raised


def _drop_note_mark(word: dict[str, Any], chars: list[dict[str, Any]]) -> None:
    """A footnote mark printed against a word ('2021' + superscript '16', 'Framework' + '12')
    is left out of its text: it is no part of the figure or the name. A raised figure after a
    short unit ('km²') stays."""
    size = word["size"]
    body = [c for c in chars if c["size"] >= NOTE_MARK_SIZE * size]
    if not body or len(body) == len(chars):
        return
    baseline = max(c["bottom"] for c in body)
    mark = 0
    for c in reversed(chars):
        if c["size"] < NOTE_MARK_SIZE * size and c["text"].isdigit() and c["bottom"] < baseline - 0.2 * size:
            mark += 1
        else:
            break
    kept = word["text"][: len(word["text"]) - mark] if mark else ""
    if not mark or not kept or (kept.isalpha() and len(kept) <= 3):
        return
    word["text"] = kept
    word["x1"] = chars[-mark - 1]["x1"]


class PageView:
    """The parts of a pdfplumber page the reader uses, in reading orientation.

    Offers what pdfplumber's TableFinder needs of a page (`chars`, `edges`, `bbox`,
    `extract_words`), so ruled tables are found on a turned page too."""

    def __init__(self, page: Any) -> None:
        self.page = page
        self.page_number = page.page_number
        chars = page.chars
        directions = Counter(_direction(c) for c in chars)
        turn = max(("up", "down"), key=lambda d: directions[d])
        self.turn = turn if chars and directions[turn] >= ROTATED_SHARE * len(chars) else None
        if self.turn:
            self.width, self.height = page.height, page.width
        else:
            self.width, self.height = page.width, page.height
        self.bbox = (0, 0, self.width, self.height)

    # --- geometry -----------------------------------------------------------------------

    def _box(self, obj: dict[str, Any]) -> tuple[float, float, float, float]:
        """(x0, x1, top, bottom) of an object in the view's coordinates."""
        x0, x1, top, bottom = obj["x0"], obj["x1"], obj["top"], obj["bottom"]
        if self.turn == "up":  # text read upwards: the page's top edge becomes the left
            return self.page.height - bottom, self.page.height - top, x0, x1
        if self.turn == "down":
            return top, bottom, self.page.width - x1, self.page.width - x0
        return x0, x1, top, bottom

    def _turned(self, obj: dict[str, Any], upright: bool | None = None) -> dict[str, Any]:
        x0, x1, top, bottom = self._box(obj)
        out = dict(obj, x0=x0, x1=x1, top=top, bottom=bottom, width=x1 - x0, height=bottom - top)
        out["doctop"] = top
        if obj.get("orientation") in ("h", "v"):
            out["orientation"] = {"h": "v", "v": "h"}[obj["orientation"]]
        if upright is not None:
            out["upright"] = upright
        return out

    # --- what the reader and pdfplumber's table finder read ----------------------------------

    @cached_property
    def chars(self) -> list[dict[str, Any]]:
        band = ARTIFACT_BAND * self.page.height
        kept = [
            c
            for c in self.page.chars
            if not (c.get("tag") == "Artifact" and (c["top"] < band or c["bottom"] > self.page.height - band))
        ]
        if not self.turn:
            return kept
        wanted = self.turn
        return [self._turned(c, upright=True) for c in kept if _direction(c) == wanted]

    @cached_property
    def edges(self) -> list[dict[str, Any]]:
        edges = self.page.edges
        return [self._turned(e) for e in edges] if self.turn else edges

    @property
    def ruling_count(self) -> int:
        return len(self.page.lines) + len(self.page.rects) + len(self.page.curves)

    @property
    def has_images(self) -> bool:
        return bool(self.page.images)

    def extract_words(self, **settings: Any) -> list[dict[str, Any]]:
        """Words with each word's dominant size and font, one word even where a small-caps
        title changes size inside it ("THE THIRD" set as T+HE, T+HIRD)."""
        options = {**WORD_SETTINGS, **settings}
        options.pop("extra_attrs", None)
        extractor = WordExtractor(**options)
        words = []
        for word, chars in extractor.iter_extract_tuples(self.chars):
            sizes: Counter[float] = Counter()
            fonts: Counter[str] = Counter()
            for c in chars:
                sizes[round(c["size"] * 2) / 2] += 1
                fonts[c.get("fontname") or ""] += 1
            word["size"] = sizes.most_common(1)[0][0]
            word["fontname"] = fonts.most_common(1)[0][0]
            _drop_note_mark(word, chars)
            words.append(word)
        return words

    def find_tables(self) -> list[Any]:
        """pdfplumber's ruled-table finder on the view."""
        return TableFinder(self, TableSettings.resolve(None)).tables
