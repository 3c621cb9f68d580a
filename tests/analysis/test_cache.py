from __future__ import annotations

from analysis.cache import ParseCache, file_hash
from analysis.model import Document
from analysis.pipeline import _new_document, _parse
from analysis.project import DocumentSpec

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
