"""Where the program's data lives, from source and frozen alike, and the lexicon and template loaders.

Rules a ministry may want to adapt (cue words, section names, units, policy areas,
thresholds) are JSON files in `resources/lexicons/<language>/`. A planner can point
Concord at a copy of that folder (`lexicon_dir`) to override any file in it.
"""

from __future__ import annotations

import json
import os
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

# The languages Concord has lexicons and wording for (resources/lexicons/<language>/).
LANGUAGES = ("en", "ru", "kk")


def resources_dir() -> Path:
    """The `resources/` folder: beside the source tree, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_cache_dir() -> Path:
    """Where parses, results and sentence vectors are cached: CONCORD_CACHE_DIR, else the user's
    cache folder (%LOCALAPPDATA%\\Concord\\cache on Windows, ~/.cache/concord elsewhere)."""
    override = os.environ.get("CONCORD_CACHE_DIR")
    if override:
        return Path(override)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local")
        return base / "Concord" / "cache"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "concord"


def sample_project_path() -> Path:
    return resources_dir() / "samples" / "sample.concord"


@lru_cache(maxsize=64)
def _read_json(path: str) -> Any:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_lexicon(name: str, language: str = "en", lexicon_dir: str | Path | None = None) -> Any:
    """Load `<name>.json` for `language`, preferring the planner's override folder."""
    candidates = []
    if lexicon_dir:
        candidates += [Path(lexicon_dir) / language / f"{name}.json", Path(lexicon_dir) / f"{name}.json"]
    candidates.append(resources_dir() / "lexicons" / language / f"{name}.json")
    for path in candidates:
        if path.is_file():
            return _read_json(str(path))
    raise FileNotFoundError(f"lexicon '{name}' for language '{language}' not found in {candidates}")


def load_template(name: str, language: str = "en") -> Any:
    """The wording `<name>.json` of `resources/templates/<language>/` (what Concord says, as
    opposed to the lexicons, which say how plans are read); FileNotFoundError when the language
    has none."""
    path = resources_dir() / "templates" / language / f"{name}.json"
    if not path.is_file():
        raise FileNotFoundError(f"template '{name}' for language '{language}' not found at {path}")
    return _read_json(str(path))
