"""Where the program's data lives, from source and frozen alike, and the lexicon and template loaders.

Rules a ministry may want to adapt (cue words, section names, units, policy areas,
thresholds) are JSON files in `resources/lexicons/<language>/` and `resources/*.json`. A planner
can point Concord at an override folder (analysis.config.Rules) holding copies of any of them:
a run puts its rules in force (`Rules.in_force`), and every lexicon read during it, however deep
in extraction, comes from that folder first. Loaders cached per language cache per rules folder
too (`per_rules`), so a changed setting is never served stale rules.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache, wraps
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


# The planner's override folder of the run in progress (None: the shipped rules only).
_OVERRIDE: ContextVar[str | None] = ContextVar("concord_rules_folder", default=None)


def override_folder() -> str | None:
    """The override folder in force (analysis.config.Rules.in_force), or None."""
    return _OVERRIDE.get()


@contextmanager
def folder_in_force(folder: str | None) -> Iterator[None]:
    """Lexicons read inside come from `folder` first (None: the shipped ones only)."""
    token = _OVERRIDE.set(folder)
    try:
        yield
    finally:
        _OVERRIDE.reset(token)


def per_rules(maxsize: int = 16) -> Callable[[Callable], Callable]:
    """`lru_cache` for a loader of rules files, keyed by its arguments and the override folder in
    force: a run with another folder builds its own."""

    def decorate(function: Callable) -> Callable:
        cached = lru_cache(maxsize=maxsize)(lambda folder, *args: function(*args))

        @wraps(function)
        def wrapper(*args: Any) -> Any:
            return cached(_OVERRIDE.get(), *args)

        wrapper.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        return wrapper

    return decorate


def rules_file(name: str, folder: str | Path | None = None) -> Path:
    """A rules file beside the lexicons (checks.json, limits.json, linking.json, compare.json):
    the override folder's copy (`folder`, else the one in force) when it has one, else the shipped file."""
    folder = folder or _OVERRIDE.get()
    if folder and (Path(folder) / name).is_file():
        return Path(folder) / name
    return resources_dir() / name


@lru_cache(maxsize=64)
def _read_json_at(path: str, stamp: tuple[int, int]) -> Any:  # noqa: ARG001 - the cache key
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _read_json(path: str) -> Any:
    """The file's JSON, read again when it changed (a planner edits an override between runs)."""
    stat = os.stat(path)
    return _read_json_at(path, (stat.st_mtime_ns, stat.st_size))


def load_lexicon(name: str, language: str = "en", lexicon_dir: str | Path | None = None) -> Any:
    """Load `<name>.json` for `language`, preferring the planner's override folder (`lexicon_dir`,
    else the folder of the rules in force)."""
    lexicon_dir = lexicon_dir or _OVERRIDE.get()
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
