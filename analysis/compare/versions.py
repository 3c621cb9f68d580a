"""Which files look like drafts of one another: `plan_v2.docx` next to `plan_v1.docx`.

A name is split into a stem and a draft number by the patterns of resources/compare.json
("version_names": `_v2`, ` ver 3`, `draft2`, `(2)`, `_rev1`, Russian `ред. 2`, `проект 2`, Kazakh
`нұсқа 2`, a date `2024-03-01`); files with the same stem and extension in one folder are drafts
of one document, ordered by their number. Nothing here decides: the app offers, the planner
agrees.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from analysis.compare.config import load_compare_config


def _patterns(config_path: str | None = None) -> list[re.Pattern]:
    return _compiled(tuple(load_compare_config(config_path)["version_names"]))


@lru_cache(maxsize=4)
def _compiled(names: tuple[str, ...]) -> list[re.Pattern]:
    return [re.compile(p, re.IGNORECASE) for p in names]


@dataclass(frozen=True)
class VersionName:
    stem: str  # the name without its draft number, case-folded
    number: tuple[int, ...]  # comparable: 2 < 10; a date 2024-03-01 -> (20240301,)
    suffix: str


def version_name(path: str | Path) -> VersionName | None:
    """The stem and draft number of a file name, or None when it carries no number."""
    path = Path(path)
    for pattern in _patterns():
        match = pattern.match(path.stem)
        if match:
            digits = re.sub(r"\D", "", match.group("n"))
            stem = re.sub(r"[\s_.-]+", " ", match.group("stem")).strip().casefold()
            if stem and digits:
                return VersionName(stem, (int(digits),), path.suffix.lower())
    return None


def same_document(a: str | Path, b: str | Path) -> bool:
    va, vb = version_name(a), version_name(b)
    return (
        va is not None
        and vb is not None
        and va.stem == vb.stem
        and va.suffix == vb.suffix
        and Path(a).resolve().parent == Path(b).resolve().parent
        and va.number != vb.number
    )


def earlier_drafts(path: str | Path, candidates: list[str | Path] | None = None) -> list[Path]:
    """Files (among `candidates`, else in the file's folder) that look like earlier drafts of
    `path`, oldest first."""
    path = Path(path)
    mine = version_name(path)
    if mine is None:
        return []
    if candidates is None:
        try:
            candidates = [p for p in path.parent.iterdir() if p.is_file()]
        except OSError:
            return []
    found = []
    for other in map(Path, candidates):
        theirs = version_name(other)
        if theirs is not None and same_document(path, other) and theirs.number < mine.number:
            found.append((theirs.number, other))
    return [p for _, p in sorted(found)]


def group_drafts(paths: list[str | Path]) -> list[tuple[Path, list[Path]]]:
    """Among `paths`, each latest draft with its earlier ones (oldest first); files with no
    other draft among `paths` are left out."""
    groups = []
    seen: set[Path] = set()
    for path in sorted(
        map(Path, paths), key=lambda p: version_name(p).number if version_name(p) else (0,), reverse=True
    ):
        if path in seen:
            continue
        earlier = [p for p in earlier_drafts(path, list(paths)) if p not in seen]
        if earlier:
            groups.append((path, earlier))
            seen.update([path, *earlier])
    return groups
