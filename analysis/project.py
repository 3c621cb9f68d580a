"""Project files (`.concord`, JSON): the documents to check, their levels, regions, periods.

The GUI extends this format (link decisions, dismissed findings); readers of older
files keep working because unknown keys are ignored and missing ones have defaults.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.model import LEVEL_RANKS

PROJECT_SCHEMA = "concord.project/1"


class ProjectError(Exception):
    """A project file that cannot be used, with a message for the planner."""


@dataclass
class DocumentSpec:
    """One document to check, as a planner set it up."""

    path: str
    level: int | None = None
    level_name: str | None = None
    region: str | None = None
    period: tuple[int, int] | None = None

    @classmethod
    def from_level_arg(cls, arg: str) -> DocumentSpec:
        """'regional=plan.docx', '2=plan.docx' or a bare 'plan.docx' (no level)."""
        if "=" in arg:
            level, path = arg.split("=", 1)
            if level.lower() in LEVEL_RANKS or level.isdigit():
                return cls(path=path, **parse_level(level))
        return cls(path=arg)

    def to_dict(self, relative_to: Path | None = None) -> dict[str, Any]:
        path = Path(self.path)
        if relative_to is not None:
            try:
                path = path.resolve().relative_to(relative_to.resolve())
            except ValueError:
                pass
        return {
            "path": path.as_posix(),
            "level": self.level,
            "level_name": self.level_name,
            "region": self.region,
            "period": list(self.period) if self.period else None,
        }


def parse_level(value: Any) -> dict[str, Any]:
    """A level as a planner writes it -> {'level': rank, 'level_name': name}."""
    if value is None or value == "":
        return {"level": None, "level_name": None}
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit()):
        rank = int(value)
        name = next((n for n, r in LEVEL_RANKS.items() if r == rank), str(rank))
        return {"level": rank, "level_name": name}
    name = str(value).strip().lower()
    if name not in LEVEL_RANKS:
        raise ProjectError(f"unknown level '{value}': use national, regional, local or a number (1 = top)")
    return {"level": LEVEL_RANKS[name], "level_name": name}


@dataclass
class Project:
    name: str = "Untitled project"
    documents: list[DocumentSpec] = field(default_factory=list)
    path: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)  # keys other stages own (link decisions ...)
    # (lower item key, higher item key) -> "confirmed" | "rejected": the planner's link decisions,
    # in the shape `Config.link_decisions` takes
    link_decisions: dict[tuple[str, str], str] = field(default_factory=dict)
    dismissed_findings: list[str] = field(default_factory=list)  # finding ids (stable across runs)


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ProjectError(f"{path.name}: project file not found at {path}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ProjectError(f"{path.name}: not a readable Concord project file ({exc})") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ProjectError(f"{path.name}: not a Concord project file (no 'documents' list)")
    schema = str(data.get("schema", PROJECT_SCHEMA))
    if not schema.startswith("concord.project/"):
        raise ProjectError(f"{path.name}: unknown file type '{schema}'")
    base = path.parent
    specs = []
    for n, entry in enumerate(data["documents"], 1):
        if not isinstance(entry, dict) or not entry.get("path"):
            raise ProjectError(f"{path.name}: document #{n} has no 'path'")
        level = parse_level(entry.get("level"))
        if entry.get("level_name"):
            level["level_name"] = str(entry["level_name"])
        period = entry.get("period")
        doc_path = Path(entry["path"])
        specs.append(
            DocumentSpec(
                path=str(doc_path if doc_path.is_absolute() else base / doc_path),
                region=entry.get("region"),
                period=(int(period[0]), int(period[1])) if period else None,
                **level,
            )
        )
    known = {"schema", "name", "documents", "link_decisions", "dismissed_findings"}
    return Project(
        name=data.get("name") or path.stem,
        documents=specs,
        path=path,
        extra={k: v for k, v in data.items() if k not in known},
        link_decisions=_read_decisions(path, data.get("link_decisions")),
        dismissed_findings=[str(f) for f in data.get("dismissed_findings") or []],
    )


DECISIONS = ("confirmed", "rejected")


def _read_decisions(path: Path, entries: Any) -> dict[tuple[str, str], str]:
    """`[{"from": key, "to": key, "status": ...}]` -> {(from, to): status}; files without the key
    (older projects) have no decisions."""
    if entries is None:
        return {}
    if not isinstance(entries, list):
        raise ProjectError(f"{path.name}: 'link_decisions' must be a list")
    decisions = {}
    for n, entry in enumerate(entries, 1):
        if (
            not isinstance(entry, dict)
            or not entry.get("from")
            or not entry.get("to")
            or entry.get("status") not in DECISIONS
        ):
            raise ProjectError(
                f"{path.name}: link decision #{n} needs 'from', 'to' and a status of {' or '.join(DECISIONS)}"
            )
        decisions[(str(entry["from"]), str(entry["to"]))] = entry["status"]
    return decisions


def project_to_dict(project: Project, path: Path) -> dict[str, Any]:
    """The JSON a project file holds; document paths relative to the file's folder when they can be."""
    return {
        **project.extra,
        "schema": PROJECT_SCHEMA,
        "name": project.name,
        "documents": [spec.to_dict(relative_to=path.parent) for spec in project.documents],
        "link_decisions": [
            {"from": source, "to": target, "status": status}
            for (source, target), status in sorted(project.link_decisions.items())
        ],
        "dismissed_findings": list(dict.fromkeys(project.dismissed_findings)),
    }


def save_project(project: Project, path: str | Path) -> None:
    """Write the project atomically: a temp file in the same folder, flushed and fsynced, then
    `os.replace`, so a crash or a full disk never leaves a half-written file. The version being
    replaced is kept next to it as `<name>.concord.bak`."""
    path = Path(path)
    text = json.dumps(project_to_dict(project, path), ensure_ascii=False, indent=1) + "\n"
    folder = path.parent if str(path.parent) else Path(".")
    try:
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=folder, prefix=f".{path.name}.", suffix=".tmp", delete=False
        ) as fh:
            tmp = Path(fh.name)
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError as exc:
        raise ProjectError(f"{path.name}: cannot write in {folder} ({exc.strerror or exc})") from exc
    try:
        if path.exists():
            shutil.copy2(path, path.with_name(path.name + ".bak"))
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ProjectError(
            f"{path.name}: cannot replace the project file ({exc.strerror or exc}); is it open in another program?"
        ) from exc
    project.path = path
