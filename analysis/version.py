"""Concord's version, one source: `pyproject.toml`.

From a source checkout the pyproject beside the code is read (an editable install's metadata
can lag behind it); a frozen bundle carries that pyproject (see packaging/concord.spec); an
installed wheel answers through importlib.metadata.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata
from pathlib import Path

_VERSION_LINE = re.compile(r'^version\s*=\s*"([^"]+)"', re.MULTILINE)


def _root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    return Path(bundle) if bundle else Path(__file__).resolve().parent.parent


def version_from_pyproject(path: Path) -> str | None:
    """The `version` of the [project] table (a regex: tomllib is not in Python 3.10)."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return None
    project = text.split("[project]", 1)
    if len(project) < 2:
        return None
    table = project[1].split("\n[", 1)[0]
    match = _VERSION_LINE.search(table)
    return match.group(1) if match else None


def app_version() -> str:
    found = version_from_pyproject(_root() / "pyproject.toml")
    if found:
        return found
    try:
        return metadata.version("concord")
    except metadata.PackageNotFoundError:
        return "0+unknown"
