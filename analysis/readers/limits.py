"""Safety limits for reading input files, from `resources/limits.json` (data a ministry may adapt).

Planners open files from email and shared drives, so every limit is a refusal with a one-line
reason rather than a crash, a frozen window or an exhausted machine. The defaults sit far above
real plans (the largest real strategy PDF read so far has a few hundred pages, its text a few MB)
and far below what hurts a laptop.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.resources import resources_dir

MB = 1_000_000

# Names older copies of limits.json used: a ministry's file that still says pdf_timeout_seconds
# keeps its meaning.
_RENAMED = {
    "pdf_timeout_seconds": "read_timeout_seconds",
    "pdf_seconds_per_page": "read_seconds_per_page",
    "pdf_memory_mb": "read_memory_mb",
}


@dataclass(frozen=True)
class Limits:
    max_file_mb: float  # any input file
    max_text_mb: float  # .txt / .md: a plan's text is a few MB; 20 MB is about 3 million words
    # words read from one document (any format): extraction takes about 1 s per 15,000 words
    # with the trained pipeline; a long national plan has 100,000-300,000
    max_words: int
    max_unpacked_mb: float  # .docx / .xlsx: all parts unpacked together (zip bomb)
    max_part_mb: float  # one part unpacked
    max_compression_ratio: float  # unpacked / packed of one part over 1 MB (zeros pack 1000:1, XML 10-30:1)
    max_parts: int  # parts in one package
    max_pdf_pages: int
    max_table_columns: int  # columns of one table (Word allows 63); a merged cell never spans more
    max_table_cells: int  # rows x columns of one table or sheet; rows past it are cut with a warning
    read_timeout_seconds: float  # time allowed to read one file (in a child process) ...
    # ... plus this for every page of a PDF: real plans take 0.1-0.9 s a page on a busy 2-core machine
    read_seconds_per_page: float
    read_max_seconds: float  # ... and never more than this for one file
    # time spent finding tables in one PDF (real plans: at most 4 s); later pages are read as text
    pdf_table_seconds: float
    read_memory_mb: float  # address-space limit of the child process that reads a file (POSIX)

    def pdf_seconds(self, pages: int) -> float:
        """The time a PDF of `pages` pages is allowed."""
        return min(self.read_max_seconds, self.read_timeout_seconds + pages * self.read_seconds_per_page)

    @classmethod
    def from_file(cls, path: str | Path | None = None) -> Limits:
        """The limits in `path` (a planner's copy of limits.json); keys it lacks come from the defaults."""
        if path is None:
            return default_limits()
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        for old, new in _RENAMED.items():
            if old in data and new not in data:
                data[new] = data[old]
        return _from_dict({**_defaults_dict(), **data})


def _from_dict(data: dict) -> Limits:
    """The limits of `data`; ValueError naming the key for a value that is no number of 0 or more
    (a ministry's hand-edited copy: "NaN" or -1 would let every file through or refuse all)."""
    values = {}
    for f in fields(Limits):
        kind = int if f.type in ("int", int) else float
        raw = data[f.name]
        try:
            if isinstance(raw, bool):
                raise ValueError
            value = kind(raw)
            if not math.isfinite(value) or value < 0:
                raise ValueError
        except (TypeError, ValueError, OverflowError):
            raise ValueError(f"limits.json: '{f.name}' must be a number of 0 or more; it is {raw!r:.40}") from None
        values[f.name] = value
    return Limits(**values)


@lru_cache(maxsize=1)
def _defaults_dict() -> dict:
    with open(resources_dir() / "limits.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def default_limits() -> Limits:
    return _from_dict(_defaults_dict())
