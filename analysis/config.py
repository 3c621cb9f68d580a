"""The rules files a run is configured with: where they are and how they are read. Light on
purpose (json and paths only): the app reads them on its GUI thread."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from analysis.resources import resources_dir


def load_check_config(path: str | Path | None = None) -> dict[str, Any]:
    """resources/checks.json (thresholds and severities of the checks), or a planner's copy."""
    with open(path or resources_dir() / "checks.json", encoding="utf-8") as fh:
        return json.load(fh)
