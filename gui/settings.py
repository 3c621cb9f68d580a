"""What the planner sets once per machine (QSettings): pipeline, thresholds, lexicon folder,
recent projects; and how those become an `analysis.pipeline.Config`.

Check thresholds live in the core's checks.json; when the planner changes one, the GUI
writes a full copy with the changes into the app-data folder and points `Config.checks_file`
at it, so the core reads one file either way.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from analysis.config import load_check_config

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
            if key in checks:
                setattr(settings, key, type(getattr(settings, key))(checks[key]))
        for key in cls.OVERLOAD_KEYS:
            if key in checks.get("indicator_overload", {}):
                setattr(settings, key, int(checks["indicator_overload"][key]))
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
        findings are worded in `report_language` (the interface's language)."""
        from analysis.pipeline import Config

        return Config(
            report_language=report_language,
            pipeline=self.pipeline,
            lexicon_dir=self.lexicon_dir or None,
            accept_threshold=self.link_accept_threshold or None,
            checks_file=self._checks_file(),
        )

    def _checks_file(self) -> str | None:
        defaults = load_check_config(None)
        merged = json.loads(json.dumps(defaults))
        for key in self.CHECK_KEYS:
            merged[key] = getattr(self, key)
        merged.setdefault("indicator_overload", {})
        for key in self.OVERLOAD_KEYS:
            merged["indicator_overload"][key] = getattr(self, key)
        if merged == defaults:
            return None
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation))
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / "checks.json"
        path.write_text(json.dumps(merged, indent=1), encoding="utf-8")
        return str(path)


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
