"""Project files (`.concord`, JSON): the documents to check, their levels, regions, periods.

The GUI extends this format (link decisions, dismissed findings); readers of older
files keep working because unknown keys are ignored and missing ones have defaults.

Nothing here ever loses a planner's work: a save goes through `analysis.files` (a temporary
file in the same folder, fsynced, then one `os.replace`), after the version it replaces has
been kept as `<name>.concord.bak` the same way; a file that cannot be loaded (truncated, edited by hand,
written by a newer Concord) raises ProjectError and is left as it is. The format carries its
version (`schema: "concord.project/N"`); an older file is brought up to date in memory by one
function per version step (`MIGRATIONS`) and written in the new format only when saved.
"""

from __future__ import annotations

import json
import os
import re
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from analysis.files import WriteError, write_bytes
from analysis.model import DOCUMENT_KINDS, LEVEL_RANKS
from analysis.schema import SchemaError, load_json, load_schema, shown, validate

SCHEMA_PREFIX = "concord.project/"
MAX_LEVEL = 9  # levels of a plan hierarchy a project may number (1 = the top)
SCHEMA_VERSION = 1
PROJECT_SCHEMA = f"{SCHEMA_PREFIX}{SCHEMA_VERSION}"


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
    # what the document is, when the planner corrected Concord (plan, strategy, ndc, decree,
    # analysis); None = as Concord reads it. Written to the project file only when set, so older
    # versions of Concord read the file as before.
    kind: str | None = None
    short_name: str | None = None  # the planner's name for it in narrow columns (None: from its title)
    # Earlier drafts of this document, oldest first; `path` is the current one (what a check
    # analyses). Kept in the project file as "versions"; older files have none.
    versions: list[str] = field(default_factory=list)
    # "before": the Word draft as it was before its tracked changes (a comparison's old side)
    revision: str | None = None

    @classmethod
    def from_level_arg(cls, arg: str) -> DocumentSpec:
        """'regional=plan.docx', '2=plan.docx' or a bare 'plan.docx' (no level)."""
        if "=" in arg:
            level, path = arg.split("=", 1)
            if level.lower() in LEVEL_RANKS or level.isdigit():
                return cls(path=path, **parse_level(level))
            if level.isalpha() and not Path(arg).exists() and Path(path).exists():
                parse_level(level)  # 'sectoral=plan.pdf': say the level is unknown, not the file missing
        return cls(path=arg)

    def to_dict(self, relative_to: Path | None = None) -> dict[str, Any]:
        data = {
            "path": _relative(self.path, relative_to),
            "level": self.level,
            "level_name": self.level_name,
            "region": self.region,
            "period": list(self.period) if self.period else None,
            **({"short_name": self.short_name} if self.short_name else {}),
        }
        if self.kind:
            data["kind"] = self.kind
        if self.versions:
            data["versions"] = [_relative(v, relative_to) for v in self.versions]
        return data


def _relative(path: str, folder: Path | None) -> str:
    """`path` relative to `folder` when it lies inside it (POSIX separators)."""
    result = Path(path)
    if folder is not None:
        try:
            result = result.resolve().relative_to(folder.resolve())
        except ValueError:
            pass
    return result.as_posix()


def parse_level(value: Any) -> dict[str, Any]:
    """A level as a planner writes it -> {'level': rank, 'level_name': name}."""
    if value is None or value == "":
        return {"level": None, "level_name": None}
    if isinstance(value, bool):  # JSON true is no level (Python would take it for 1)
        raise ProjectError(f"unknown level '{value}': use national, regional, local or a number (1 = top)")
    if isinstance(value, int) or (isinstance(value, str) and value.strip().isascii() and value.strip().isdigit()):
        rank = int(value)
        if not 1 <= rank <= MAX_LEVEL:
            raise ProjectError(f"unknown level '{value}': a level number runs from 1 (the top) to {MAX_LEVEL}")
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


# version N -> the function that turns a version-N project dict into version N + 1. Add one
# here whenever the format changes, and bump SCHEMA_VERSION.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {}


_VERSION_RE = re.compile(r"[0-9]{1,4}")  # ASCII digits only: "²".isdigit() is true, int("²") fails


def _version(path: Path, data: dict[str, Any]) -> int:
    # A file without the key is taken as version 1: every version Concord wrote carries it,
    # but a planner may write a project by hand.
    schema = data.get("schema", PROJECT_SCHEMA)
    schema = schema if isinstance(schema, str) else shown(schema)
    version = schema[len(SCHEMA_PREFIX) :] if schema.startswith(SCHEMA_PREFIX) else ""
    if not _VERSION_RE.fullmatch(version):
        raise ProjectError(f"{path.name}: not a Concord project file (its type is '{shown(schema)[1:-1]}')")
    return int(version)


def migrate(data: dict[str, Any], path: Path) -> dict[str, Any]:
    """`data` brought to SCHEMA_VERSION, one step at a time; a newer file is refused, untouched."""
    version = _version(path, data)
    if version > SCHEMA_VERSION:
        raise ProjectError(
            f"{path.name}: written by a newer version of Concord (project format {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update Concord to open it; the file was not changed."
        )
    while version < SCHEMA_VERSION:
        step = MIGRATIONS.get(version)
        if step is None:
            raise ProjectError(f"{path.name}: project format {version} is too old for this version of Concord")
        data = step(dict(data))
        version += 1
        data["schema"] = f"{SCHEMA_PREFIX}{version}"
    return data


def load_project(path: str | Path) -> Project:
    """The project in `path`; ProjectError (one line, for the planner) when it cannot be used.

    Loading never writes: a damaged file stays as it is for the planner (or support) to look at.
    """
    path = Path(path)
    backup = path.with_name(path.name + ".bak")
    hint = f"; the previous version is kept as {backup.name}" if backup.is_file() else ""
    try:
        raw = _read_small_file(path)
    except FileNotFoundError as exc:
        raise ProjectError(f"{path.name}: project file not found at {path}") from exc
    except (OSError, ValueError) as exc:
        raise ProjectError(f"{path.name}: cannot be read ({getattr(exc, 'strerror', None) or exc})") from exc
    try:
        data = load_json(raw.decode("utf-8"))
    except SchemaError as exc:
        raise ProjectError(
            f"{path.name}: holds {exc}, which no project has; it was edited by hand or damaged{hint}"
        ) from exc
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError, ValueError) as exc:
        what = "is empty" if not raw.strip() else "is damaged or not a Concord project file"
        raise ProjectError(f"{path.name}: {what} ({_short(exc)}){hint}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise ProjectError(f"{path.name}: not a Concord project file (no 'documents' list){hint}")
    data = migrate(data, path)
    try:
        validate(data, load_schema("project"))
    except SchemaError as exc:
        raise ProjectError(f"{path.name}: {exc}{hint}") from exc
    try:
        return _project_from_dict(data, path)
    except ProjectError as exc:
        raise ProjectError(f"{exc}{hint}") from exc
    except (TypeError, ValueError, IndexError, KeyError, AttributeError, OverflowError) as exc:
        raise ProjectError(
            f"{path.name}: a value in the file is not what Concord expects ({_short(exc)}){hint}"
        ) from exc


MAX_PROJECT_MB = 50  # a project of 10,000 documents with their decisions is a few MB


def _read_small_file(path: Path) -> bytes:
    """The bytes of a regular file of at most MAX_PROJECT_MB, opened without blocking: a named
    pipe would wait for ever, /dev/zero never ends, a video is no project."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise ValueError("it is not a regular file (a pipe, a device or a folder)")
        if info.st_size > MAX_PROJECT_MB * 1_000_000:
            raise ValueError(
                f"{info.st_size / 1_000_000:,.0f} MB is no project file; Concord reads up to {MAX_PROJECT_MB} MB"
            )
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > MAX_PROJECT_MB * 1_000_000:  # it grew while being read
                raise ValueError(f"it is over {MAX_PROJECT_MB} MB, which no project file is")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _short(exc: Exception) -> str:
    line = " ".join(str(exc).split())
    return line if len(line) <= 120 else line[:119] + "…"


def _project_from_dict(data: dict[str, Any], path: Path) -> Project:
    """The project of a file `validate` has accepted against resources/schemas/project.json."""
    base = path.parent
    specs = []
    for n, entry in enumerate(data["documents"], 1):
        try:
            level = parse_level(entry.get("level"))
        except ProjectError as exc:
            raise ProjectError(f"{path.name}: document #{n} has an {exc}") from exc
        if entry.get("level_name"):
            level["level_name"] = str(entry["level_name"])
        period = entry.get("period")
        region = entry.get("region")
        kind = entry.get("kind")
        if kind is not None and kind not in DOCUMENT_KINDS:
            raise ProjectError(f"{path.name}: document #{n} has an unknown kind '{kind}' ({', '.join(DOCUMENT_KINDS)})")
        short = entry.get("short_name")
        if short is not None and not isinstance(short, str):
            raise ProjectError(f"{path.name}: document #{n} has a 'short_name' that is not text")
        versions = entry.get("versions") or []
        if not isinstance(versions, list) or not all(isinstance(v, str) and v for v in versions):
            raise ProjectError(f"{path.name}: document #{n} has 'versions' that are not a list of file paths")
        specs.append(
            DocumentSpec(
                path=_absolute(entry["path"], base),
                region=str(region) if region else None,
                period=(int(period[0]), int(period[1])) if period else None,
                kind=kind,
                short_name=" ".join(short.split())[:60] or None if short else None,
                versions=[_absolute(v, base) for v in versions],
                **level,
            )
        )
    dismissed = data.get("dismissed_findings") or []
    known = {"schema", "name", "documents", "link_decisions", "dismissed_findings"}
    return Project(
        name=str(data.get("name") or path.stem),
        documents=specs,
        path=path,
        extra={k: v for k, v in data.items() if k not in known},
        link_decisions=_read_decisions(path, data.get("link_decisions")),
        dismissed_findings=[str(f) for f in dismissed],
    )


def _absolute(path: str, base: Path) -> str:
    return str(Path(path) if Path(path).is_absolute() else base / path)


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
        "schema": f"{SCHEMA_PREFIX}{SCHEMA_VERSION}",
        "name": project.name,
        "documents": [spec.to_dict(relative_to=path.parent) for spec in project.documents],
        "link_decisions": [
            {"from": source, "to": target, "status": status}
            for (source, target), status in sorted(project.link_decisions.items())
        ],
        "dismissed_findings": list(dict.fromkeys(project.dismissed_findings)),
    }


def save_project(project: Project, path: str | Path) -> None:
    """Write the project atomically (`analysis.files`: a temp file in the same folder, fsynced,
    then `os.replace`), so a crash, a kill or a full disk never leaves a half-written file. The
    version being replaced is first kept as `<name>.concord.bak`, written the same way (a copy
    made in place could itself be cut in half)."""
    path = Path(path)
    text = json.dumps(project_to_dict(project, path), ensure_ascii=False, indent=1) + "\n"
    try:
        if path.is_file():
            write_bytes(path.with_name(path.name + ".bak"), path.read_bytes(), label="project backup")
        # a file name that is not valid UTF-8 (lone surrogates on Linux) is written as its JSON escape
        write_bytes(path, text.encode("utf-8", "backslashreplace"), label="project file")
    except WriteError as exc:
        hint = "; is it open in another program?" if exc.reason == "permission" else ""
        raise ProjectError(f"{path.name}: not saved: {exc.reason_text}{hint}") from exc
    except OSError as exc:  # reading the previous version for the backup
        raise ProjectError(f"{path.name}: not saved: {exc.strerror or exc}") from exc
    project.path = path
