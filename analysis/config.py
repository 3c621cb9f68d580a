"""The rules a run is configured with: where the rules files are read from (`Rules`) and the
check thresholds as a typed object (`CheckSettings`). Light on purpose (json and paths only):
the app reads them on its GUI thread. analysis.pipeline.Config gathers them with the limits and
the link settings into the one configuration a run is given.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from analysis.resources import folder_in_force, load_lexicon, resources_dir, rules_file

# The rules files beside the lexicons (resources/<name>); an override folder may hold a copy of each.
RULES_FILES = ("checks.json", "limits.json", "linking.json", "compare.json")


@dataclass(frozen=True)
class Rules:
    """Where a run reads its rules: a planner's override folder (lexicons in `<folder>/<language>/`
    or `<folder>/`, and copies of checks.json, limits.json, linking.json, compare.json), over
    the shipped `resources/`. `language` is the language its lexicons are read in by default."""

    folder: str | None = None
    language: str = "en"

    def at(self, language: str) -> Rules:
        return Rules(self.folder, language)

    def lexicon(self, name: str, language: str | None = None) -> Any:
        return load_lexicon(name, language or self.language, self.folder)

    def path(self, name: str) -> Path:
        """`name` (one of RULES_FILES) in the override folder when it has one, else the shipped file."""
        return rules_file(name, self.folder)

    def overrides(self, name: str) -> bool:
        return self.path(name) != resources_dir() / name

    @contextmanager
    def in_force(self) -> Iterator[Rules]:
        """Every lexicon read inside (however deep in reading, extraction and the checks) comes
        from this folder first."""
        with folder_in_force(self.folder):
            yield self


@dataclass(frozen=True)
class CheckSettings:
    """resources/checks.json as a typed object (its `_about` says what each value means)."""

    min_words_for_section_checks: int
    indicator_overload: dict[str, int]
    narrow_vision_min_areas: int
    duplicate_threshold: float
    contradiction_min_similarity: float
    severity: dict[str, str]
    intensive_units: tuple[str, ...]
    same_indicator_min_ratio: float
    duplicate_threshold_within_plan: float
    link_accept_threshold: float | None = None
    completeness: dict[str, Any] = field(default_factory=dict)
    severity_by_kind: dict[str, dict[str, str]] = field(default_factory=dict)
    severity_by_level: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckSettings:
        """The settings of `data` over the shipped ones (a planner's copy may hold only what it changes)."""
        merged = {**_shipped_checks(), **data}
        values = {f.name: merged[f.name] for f in fields(cls) if f.name in merged}
        values["intensive_units"] = tuple(values["intensive_units"])
        return cls(**values)

    @classmethod
    def load(cls, path: str | Path | None = None) -> CheckSettings:
        return cls.from_dict(_read(path) if path else {})

    @property
    def same_level_threshold(self) -> float:
        """The similarity from which two plans' items of one level are compared (duplicates, contradictions)."""
        return min(self.duplicate_threshold, self.contradiction_min_similarity)


def _read(path: str | Path) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def _shipped_checks() -> dict[str, Any]:
    return _read(resources_dir() / "checks.json")


def load_check_config(path: str | Path | None = None) -> CheckSettings:
    """resources/checks.json (thresholds and severities of the checks), or a planner's copy over it."""
    return CheckSettings.load(path)
