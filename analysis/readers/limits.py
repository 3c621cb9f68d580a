"""Safety limits for reading input files, from `resources/limits.json` (data a ministry may adapt).

Planners open files from email and shared drives, so every limit is a refusal with a one-line
reason rather than a crash, a frozen window or an exhausted machine. The defaults sit far above
real plans (the largest real strategy PDF read so far has a few hundred pages, its text a few MB)
and far below what hurts a laptop.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from analysis.resources import resources_dir

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    max_file_mb: float  # any input file
    max_text_mb: float  # .txt / .md: a plan's text is a few MB; 20 MB is about 3 million words
    max_unpacked_mb: float  # .docx / .xlsx: all parts unpacked together (zip bomb)
    max_part_mb: float  # one part unpacked
    max_compression_ratio: float  # unpacked / packed of one part over 1 MB (zeros pack 1000:1, XML 10-30:1)
    max_parts: int  # parts in one package
    max_pdf_pages: int
    pdf_timeout_seconds: float  # time allowed to a PDF before its pages are counted ...
    pdf_seconds_per_page: float  # ... plus this for every page
    pdf_memory_mb: float  # address-space limit of the child process that parses a PDF (POSIX)

    @classmethod
    def from_file(cls, path: str | Path | None = None) -> Limits:
        """The limits in `path` (a planner's copy of limits.json); keys it lacks come from the defaults."""
        if path is None:
            return default_limits()
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
        return _from_dict({**_defaults_dict(), **data})


def _from_dict(data: dict) -> Limits:
    values = {}
    for f in fields(Limits):
        kind = int if f.type in ("int", int) else float
        values[f.name] = kind(data[f.name])
    return Limits(**values)


@lru_cache(maxsize=1)
def _defaults_dict() -> dict:
    with open(resources_dir() / "limits.json", encoding="utf-8") as fh:
        return json.load(fh)


@lru_cache(maxsize=1)
def default_limits() -> Limits:
    return _from_dict(_defaults_dict())
