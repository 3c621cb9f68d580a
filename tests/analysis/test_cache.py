from __future__ import annotations

import os
from pathlib import Path

import analysis.cache
import analysis.link
from analysis.cache import ParseCache, file_hash, linking_sources, source_digest
from analysis.model import Document
from analysis.pipeline import Config, _new_document, _parse, run
from analysis.project import DocumentSpec
from analysis.resources import resources_dir

PLAN = "# Plan 2021-2025\n\n## Objectives\n\nObjective 1.1. Raise the share of SMEs from 20% in 2019 to 30% by 2025.\n"


def test_cache_hit_returns_same_items_renumbered_for_new_position(tmp_path, blank_engine):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN, encoding="utf-8")
    cache = ParseCache(tmp_path / "cache", blank_engine.info)
    first, items, _ = _parse(_new_document(1, DocumentSpec(str(plan))), lambda language: blank_engine, cache)
    assert items and first.blocks
    doc = _new_document(3, DocumentSpec(str(plan), level=2, level_name="regional"))
    key = cache.key(file_hash(plan), None, None, plan.suffix)
    hit = cache.load(key, doc)
    assert hit is not None
    cached, cached_items = hit
    assert cached.id == "d3" and cached.level == 2 and cached.level_name == "regional"
    assert [i.id for i in cached_items] == [i.id.replace("d1:", "d3:") for i in items]
    assert [i.text for i in cached_items] == [i.text for i in items]
    assert all(i.parent_id is None or i.parent_id.startswith("d3:") for i in cached_items)
    assert [s.id.split(":")[0] for s in cached.sections] == ["d3"] * len(cached.sections)


def test_cache_misses_when_the_file_changes(tmp_path, blank_engine):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN, encoding="utf-8")
    cache = ParseCache(tmp_path / "cache", blank_engine.info)
    _parse(_new_document(1, DocumentSpec(str(plan))), lambda language: blank_engine, cache)
    plan.write_text(PLAN + "\nObjective 1.2. Build 20 schools by 2025.\n", encoding="utf-8")
    assert cache.load(cache.key(file_hash(plan), None, None, plan.suffix), Document(id="d1", path=str(plan))) is None


def test_cache_damaged_entry_is_a_miss(tmp_path, blank_engine):
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN, encoding="utf-8")
    cache = ParseCache(tmp_path / "cache", blank_engine.info)
    _parse(_new_document(1, DocumentSpec(str(plan))), lambda language: blank_engine, cache)
    key = cache.key(file_hash(plan), None, None, plan.suffix)
    cache._path(key).write_text("{truncated", encoding="utf-8")
    assert cache.load(key, Document(id="d1", path=str(plan))) is None


def test_cache_prune_removes_the_least_recently_used_entries_down_to_the_budget(tmp_path, blank_engine):
    cache = ParseCache(tmp_path / "cache", blank_engine.info)
    for n in range(10):  # ten entries of ~100 kB, the first written (and used) longest ago
        cache._write(f"{n:02d}" + "a" * 30, "x" * 100_000)
        os.utime(cache._path(f"{n:02d}" + "a" * 30), (1_000_000 + n, 1_000_000 + n))
    stranger = tmp_path / "cache" / "my" / "project.json"  # not ours: never pruned
    stranger.parent.mkdir()
    stranger.write_text("x" * 100_000, encoding="utf-8")
    os.utime(stranger, (1, 1))
    cache._read("00" + "a" * 30)  # used just now: kept although written first
    assert cache.prune(budget_mb=2) == 0  # 1 MB is within a 2 MB budget
    removed = cache.prune(budget_mb=0.5)
    left = sorted(p.name[:2] for p in (tmp_path / "cache").glob("*/*.json") if p != stranger)
    assert stranger.exists()
    assert removed == 6 and left == ["00", "07", "08", "09"]  # down to 80% of 0.5 MB


def test_cache_a_run_that_writes_entries_prunes_the_folder(tmp_path, blank_engine, monkeypatch):
    pruned = []
    monkeypatch.setattr(analysis.cache.ParseCache, "prune", lambda self, budget_mb=1: pruned.append(1) or 0)
    plan = tmp_path / "plan.md"
    plan.write_text(PLAN, encoding="utf-8")
    run([DocumentSpec(str(plan))], Config(cache_dir=str(tmp_path / "cache")), engine=blank_engine)
    run([DocumentSpec(str(plan))], Config(cache_dir=str(tmp_path / "cache")), engine=blank_engine)
    assert pruned == [1]  # the second run read everything from the cache and wrote nothing


def test_cache_linking_key_covers_every_module_of_the_link_package(tmp_path):
    """A split or a new module of analysis/link/ must still invalidate the cached links."""
    sources = {p.resolve() for p in linking_sources()}
    package = Path(analysis.link.__file__).resolve().parent
    modules = {p.resolve() for p in package.rglob("*.py")}
    assert len(modules) > 5 and modules <= sources
    assert (resources_dir() / "linking.json").resolve() in sources
    copy = tmp_path / "scoring.py"
    copy.write_bytes((package / "scoring.py").read_bytes())
    before = source_digest([copy])
    copy.write_bytes(copy.read_bytes() + b"\n# changed\n")
    assert source_digest([copy]) != before
