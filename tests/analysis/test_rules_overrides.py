"""The planner's rules folder (analysis.config.Rules) reaches every rules file: for each
lexicon and each of checks.json, limits.json, linking.json and compare.json, a copy in the
override folder changes what the code that reads it returns. The lexicons are read deep in
reading, extraction and the checks; the run puts its folder in force (`Rules.in_force`)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from analysis import completeness
from analysis.checks import coverage as coverage_check
from analysis.checks import duplicates, indicators, vision
from analysis.compare.config import load_compare_config
from analysis.config import RULES_FILES, Rules
from analysis.doc_kind import lexicon as document_kinds
from analysis.extract import classify, metadata, numbers, statements, structure
from analysis.extract import targets as extract_targets
from analysis.link.config import LinkConfig
from analysis.link.vertical import link_pairs
from analysis.model import Item, ItemKind, Location
from analysis.nlp import load_engine
from analysis.pipeline import Config
from analysis.readers import _common as readers_common
from analysis.resources import LANGUAGES, resources_dir

ODD = "zzqx"


def _odd(value: Any) -> Any:
    """The same shape with every string in a list replaced: the rules say something else."""
    if isinstance(value, dict):
        return {k: _odd(v) for k, v in value.items()}
    if isinstance(value, list):
        return [ODD if isinstance(v, str) else _odd(v) for v in value]
    return value


def _override(folder: Path, name: str, language: str) -> None:
    shipped = json.loads((resources_dir() / "lexicons" / language / f"{name}.json").read_text(encoding="utf-8"))
    (folder / language).mkdir(parents=True, exist_ok=True)
    (folder / language / f"{name}.json").write_text(json.dumps(_odd(shipped)), encoding="utf-8")


# Each lexicon file -> (language, what reads it in production), as a repr to compare.
READERS: dict[str, tuple[str, Callable[[], Any]]] = {
    "control": ("en", lambda: indicators._outside_control("en")),
    "cues": ("en", lambda: (extract_targets._cues("en"), statements._cues("en"))),
    "document": ("en", lambda: (structure.document_cues("en"), readers_common._title_lexicon())),
    "document_kinds": ("en", lambda: document_kinds("en")),
    "indicator_types": ("en", lambda: classify._rules("en")),
    "lemma_rules": ("kk", lambda: [t.lemma_ for t in load_engine("blank", "kk").nlp("мектептерде ауылдардың")]),
    "polarity": ("en", lambda: duplicates._polarity("en")),
    "policy_areas": ("en", lambda: vision.covered_areas("schools, hospitals, roads and the economy", "en")),
    "regions": ("en", lambda: (metadata._region_lexicon("en"), coverage_check.region_pattern("Kostanay"))),
    "sections": ("en", lambda: completeness.lexicon("en")),
    "stop_words": ("kk", lambda: metadata._function_words()),
    "structure": ("en", lambda: structure.structure_lexicon("en")),
    "units": ("en", lambda: numbers._unit_table("en")),
}


def test_rules_overrides_every_lexicon_has_a_test():
    shipped = {p.stem for language in LANGUAGES for p in (resources_dir() / "lexicons" / language).glob("*.json")}
    assert shipped == set(READERS) | {"synonyms"}  # synonyms: test_rules_overrides_synonyms_change_a_link


@pytest.mark.parametrize("name", sorted(READERS))
def test_rules_overrides_a_lexicon_in_the_folder_changes_what_reads_it(name, tmp_path):
    language, read = READERS[name]
    shipped = repr(read())
    _override(tmp_path, name, language)
    with Rules(str(tmp_path)).in_force():
        overridden = repr(read())
    assert overridden != shipped, name
    assert repr(read()) == shipped  # outside the run, the shipped rules again (nothing cached across)


def test_rules_overrides_a_changed_policy_area_changes_the_count(tmp_path):
    text = "schools, hospitals, roads and the economy"
    shipped = vision.covered_areas(text, "en")
    areas = json.loads((resources_dir() / "lexicons" / "en" / "policy_areas.json").read_text(encoding="utf-8"))
    areas["areas"] = {"everything": ["schools", "hospitals", "roads", "economy"]}
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "policy_areas.json").write_text(json.dumps(areas), encoding="utf-8")
    with Rules(str(tmp_path)).in_force():
        assert vision.covered_areas(text, "en") == {"everything": 4} != shipped


def _indicator(item_id: str, text: str) -> Item:
    return Item(item_id, item_id.split(":")[0], ItemKind.INDICATOR, text, Location(file="x.docx"))


def test_rules_overrides_synonyms_change_a_link(blank_engine, tmp_path):
    higher = [
        _indicator("d1:i1", "Young people not in education, employment or training"),
        _indicator("d1:i2", "Registered enterprises in manufacturing"),
    ]
    lower = [_indicator("d2:i1", "NEETs aged 16 to 24 in the city")]
    config = LinkConfig(semantic="off", static_vectors=False)
    shipped = max(lk.score for lk in link_pairs(lower, higher, blank_engine, config))
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "synonyms.json").write_text(json.dumps({"groups": [], "generic": []}), encoding="utf-8")
    overriding = Config(rules=Rules(str(tmp_path))).link_config()
    overriding.semantic, overriding.static_vectors = "off", False
    with Rules(str(tmp_path)).in_force():
        overridden = max(lk.score for lk in link_pairs(lower, higher, blank_engine, overriding))
    assert overridden < shipped


def _copy(folder: Path, name: str, change: Callable[[dict], None]) -> None:
    data = json.loads((resources_dir() / name).read_text(encoding="utf-8"))
    change(data)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def test_rules_overrides_every_rules_file_has_a_test():
    assert set(RULES_FILES) == {"checks.json", "limits.json", "linking.json", "compare.json"}


def test_rules_overrides_checks_json_in_the_folder_sets_the_thresholds(tmp_path):
    _copy(tmp_path, "checks.json", lambda d: d.update(narrow_vision_min_areas=9, link_accept_threshold=0.6))
    shipped, overridden = Config(), Config(rules=Rules(str(tmp_path)))
    assert shipped.checks.narrow_vision_min_areas == 4 and overridden.checks.narrow_vision_min_areas == 9
    assert overridden.link_config().accept_threshold == 0.6 != shipped.link_config().accept_threshold
    assert overridden.checks.severity == shipped.checks.severity  # what the copy does not change stays


def test_rules_overrides_limits_json_in_the_folder_sets_the_limits(tmp_path):
    _copy(tmp_path, "limits.json", lambda d: d.update(max_pdf_pages=7))
    assert Config(rules=Rules(str(tmp_path))).limits.max_pdf_pages == 7 != Config().limits.max_pdf_pages


def test_rules_overrides_linking_json_in_the_folder_sets_the_blend(tmp_path):
    _copy(tmp_path, "linking.json", lambda d: d.update(explicit_reference_score=0.77))
    config = Config(rules=Rules(str(tmp_path)))
    assert config.link_config().rules.reference_score == 0.77 != Config().link_config().rules.reference_score


def test_rules_overrides_compare_json_in_the_folder_names_the_drafts(tmp_path):
    _copy(tmp_path, "compare.json", lambda d: d.update(version_names=[ODD]))
    with Rules(str(tmp_path)).in_force():
        assert load_compare_config()["version_names"] == [ODD]
    assert load_compare_config()["version_names"] != [ODD]
