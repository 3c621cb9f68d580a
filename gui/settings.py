"""What the planner sets once per machine (QSettings): pipeline, thresholds, rules folder,
recent projects; and how those become an `analysis.pipeline.Config`.

Check thresholds live in the core's checks.json (or the rules folder's copy); the thresholds the
planner changed in the settings dialog go over them into the typed `CheckSettings` the run is
given. Nothing is written to disk for it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from PySide6.QtCore import QSettings

from analysis.config import CheckSettings, Rules, load_check_config

RECENT_LIMIT = 8


@dataclass
class AnalysisSettings:
    pipeline: str = "auto"  # auto | trained | blank
    lexicon_dir: str = ""
    link_accept_threshold: float = 0.0  # 0 = the linker's calibrated default
    duplicate_threshold: float = 0.82
    contradiction_min_similarity: float = 0.35
    narrow_vision_min_areas: int = 4
    min_words_for_section_checks: int = 300
    per_plan_indicators: int = 60
    per_plan_objectives: int = 30
    per_objective_indicators: int = 6
    run_on_open: bool = True

    OVERLOAD_KEYS = ("per_plan_indicators", "per_plan_objectives", "per_objective_indicators")
    CHECK_KEYS = ("duplicate_threshold", "contradiction_min_similarity", "narrow_vision_min_areas",
                  "min_words_for_section_checks")

    @classmethod
    def defaults(cls) -> AnalysisSettings:
        """The shipped defaults, read from the core's checks.json so the two never disagree."""
        settings = cls()
        try:
            checks = load_check_config(None)
        except (OSError, ValueError):
            return settings
        for key in cls.CHECK_KEYS:
            setattr(settings, key, type(getattr(settings, key))(getattr(checks, key)))
        for key in cls.OVERLOAD_KEYS:
            if key in checks.indicator_overload:
                setattr(settings, key, int(checks.indicator_overload[key]))
        return settings

    @classmethod
    def load(cls, store: QSettings | None = None) -> AnalysisSettings:
        store = store or QSettings()
        settings = cls.defaults()
        store.beginGroup("analysis")
        for f in fields(cls):
            if store.contains(f.name):
                default = getattr(settings, f.name)
                raw = store.value(f.name)
                try:
                    if isinstance(default, bool):
                        value = raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1")
                    else:
                        value = type(default)(raw)
                except (TypeError, ValueError):
                    continue
                setattr(settings, f.name, value)
        store.endGroup()
        return settings

    def save(self, store: QSettings | None = None) -> None:
        store = store or QSettings()
        store.beginGroup("analysis")
        for key, value in asdict(self).items():
            store.setValue(key, value)
        store.endGroup()
        store.sync()

    def config(self, report_language: str | None = None):
        """The core's Config for these settings (link decisions are added by the session);
        the edges word findings in `report_language` (the interface's language)."""
        from analysis.pipeline import Config

        rules = Rules(self.lexicon_dir or None)
        return Config(
            report_language=report_language,
            pipeline=self.pipeline,
            rules=rules,
            accept_threshold=self.link_accept_threshold or None,
            checks=self.check_settings(CheckSettings.load(rules.path("checks.json"))),
        )

    def check_settings(self, base: CheckSettings) -> CheckSettings:
        """`base` (the rules' checks.json) with the thresholds the planner changed from the shipped ones."""
        shipped = AnalysisSettings.defaults()
        changed = {k: getattr(self, k) for k in self.CHECK_KEYS if getattr(self, k) != getattr(shipped, k)}
        overload = {k: getattr(self, k) for k in self.OVERLOAD_KEYS if getattr(self, k) != getattr(shipped, k)}
        if overload:
            changed["indicator_overload"] = {**base.indicator_overload, **overload}
        return replace(base, **changed)


def recent_projects(store: QSettings | None = None) -> list[str]:
    store = store or QSettings()
    value = store.value("recent_projects", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in value or [] if v]


def add_recent_project(path: str | Path, store: QSettings | None = None) -> list[str]:
    store = store or QSettings()
    path = str(Path(path).resolve())
    items = [path] + [p for p in recent_projects(store) if p != path]
    store.setValue("recent_projects", items[:RECENT_LIMIT])
    return items[:RECENT_LIMIT]


def remove_recent_project(path: str, store: QSettings | None = None) -> None:
    store = store or QSettings()
    store.setValue("recent_projects", [p for p in recent_projects(store) if p != path])
