"""resources/compare.json: how versions are matched and which file names are drafts (light to
import: the app reads it on the GUI thread)."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from analysis.resources import resources_dir


@lru_cache(maxsize=4)
def load_compare_config(path: str | None = None) -> dict[str, Any]:
    with open(path or resources_dir() / "compare.json", encoding="utf-8") as fh:
        return json.load(fh)
