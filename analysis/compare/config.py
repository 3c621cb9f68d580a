"""resources/compare.json: how versions are matched and which file names are drafts (light to
import: the app reads it on the GUI thread)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from analysis.resources import rules_file


def load_compare_config(path: str | None = None) -> dict[str, Any]:
    """`path`, else compare.json of the rules folder in force, else the shipped one."""
    return _load(str(path or rules_file("compare.json")))


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)
