"""tools/make_samples.py: a plan written from its Markdown-like source, and the answer key
written from the same lines (items, indicator tables, stated indicators, references, planted
problems); nothing of the marks reaches the document."""

from __future__ import annotations

import json

import docx
import pytest

from tools import make_samples

PROJECT = """---
name: Two plans
project: two.concord
out: .
language: en
about: a test
date: 2021-01-15T09:00:00
---
- national.md
- regional.md

### 1. UNLINKED_OBJECTIVE
- files: regional.docx
- detail: objective 1.2 has no parent

### 2. TARGET_CONFLICT
- files: national.docx, regional.docx
- detail: regional target below the national one
- values: {"2025": [95.0, 85.0]}
"""

NATIONAL = """---
level: 1
level_name: national
period: 2021–2025
cited_as: Strategy 2025
---
# Strategy 2025

## 1. Goals {section objectives}

### Goal 1. Better roads {goal 1}

**Objective 1.1.** Bring local roads into good condition {objective 1.1}

| No. | Indicator | Unit | Baseline (2019) | 2024 | 2025 | Responsible | (type) |
| 1.1.1 | Share of roads in good condition {!2 TARGET_CONFLICT} | % | 60.0 | 90.0 | 95.0 | MIID | outcome |
"""

REGIONAL = """---
level: 2
level_name: regional
region: Kostanay
period: 2021–2025
---
# {!1 UNLINKED_OBJECTIVE: Regional} programme

#### Objective 1.1. Repair district roads {objective 1.1}

*Link to national documents: Strategy 2025, objectives 1.1 and 1.2.* {cites}

1. Restore the museums {objective 1.2} {!1 UNLINKED_OBJECTIVE}

Target 1.1.1: raise the {indicator 1.1.1 outcome?: share of good roads} from 1,200.5 km in 2019 to 2,000 km by 2025.

{reference goal -: Strategy 2025, goal 1}
{resources financial time}
"""


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    folder = tmp_path_factory.mktemp("src") / "en"
    folder.mkdir()
    for name, text in (("project.md", PROJECT), ("national.md", NATIONAL), ("regional.md", REGIONAL)):
        (folder / name).write_text(text, encoding="utf-8")
    out = tmp_path_factory.mktemp("out")
    make_samples.build(make_samples.Project.read(folder), out)
    return out, json.loads((out / "answer_key.json").read_text(encoding="utf-8"))


def test_sample_writer_items_and_references_in_the_key(written):
    _, key = written
    assert [(o["file"], o["kind"], o["code"], o["text"]) for o in key["objectives"]] == [
        ("national.docx", "goal", "1", "Better roads"),
        ("national.docx", "objective", "1.1", "Bring local roads into good condition"),
        ("regional.docx", "objective", "1.1", "Repair district roads"),
        ("regional.docx", "objective", "1.2", "Restore the museums"),
    ]
    assert key["explicit_references"] == [
        {
            "file": "regional.docx",
            "kind": "objective",
            "code": "1.1",
            "refers_to": [
                {"file": "national.docx", "kind": "objective", "code": "1.1"},
                {"file": "national.docx", "kind": "objective", "code": "1.2"},
            ],
        },
        {
            "file": "regional.docx",
            "kind": "goal",
            "code": None,
            "refers_to": [{"file": "national.docx", "kind": "goal", "code": "1"}],
        },
    ]
    assert key["documents"]["regional.docx"]["resource_kinds"] == ["financial", "time"]
    assert key["documents"]["national.docx"] == {
        "level": 1,
        "level_name": "national",
        "region": None,
        "period": [2021, 2025],
        "sections": ["objectives"],
        "resource_kinds": [],
    }


def test_sample_writer_indicators_from_tables_and_sentences(written):
    _, key = written
    table, sentence = key["indicators"]
    assert table["baseline"] == {"value": 60.0, "year": 2019} and table["responsible"] == "MIID"
    assert table["targets"] == [{"value": 90.0, "year": 2024}, {"value": 95.0, "year": 2025}]
    assert (table["type"], table["type_borderline"], table["location"]) == ("outcome", False, "table")
    assert sentence["text"] == "share of good roads" and sentence["unit"] == "km"
    assert sentence["baseline"] == {"value": 1200.5, "year": 2019} and sentence["direction"] == "increase"
    assert (sentence["type_borderline"], sentence["location"]) == (True, "sentence")


def test_sample_writer_planted_problems_quote_what_was_written(written):
    _, key = written
    first, second = key["planted_problems"]
    assert first["quotes"] == ["Regional", "Restore the museums"]  # in the order they are written
    assert first["note"] == first["detail"]
    assert second == {
        "code": "TARGET_CONFLICT",
        "files": ["national.docx", "regional.docx"],
        "quotes": ["Share of roads in good condition"],
        "detail": "regional target below the national one",
        "note": "regional target below the national one",
        "values": {"2025": [95.0, 85.0]},
    }


def test_sample_writer_documents_carry_no_marks(written):
    out, _ = written
    regional = docx.Document(str(out / "regional.docx"))
    texts = [p.text for p in regional.paragraphs if p.text]
    assert texts[:3] == [
        "Regional programme",
        "Objective 1.1. Repair district roads",
        "Link to national documents: Strategy 2025, objectives 1.1 and 1.2.",
    ]
    assert regional.paragraphs[3].style.name == "List Number" and texts[3] == "Restore the museums"
    assert not any("{" in t or "}" in t for t in texts)
    national = docx.Document(str(out / "national.docx"))
    assert [c.text for c in national.tables[0].rows[1].cells] == [
        "1.1.1",
        "Share of roads in good condition",
        "%",
        "60.0",
        "90.0",
        "95.0",
        "MIID",
    ]
    assert national.core_properties.title == "Strategy 2025"
    project = json.loads((out / "two.concord").read_text(encoding="utf-8"))
    assert [d["path"] for d in project["documents"]] == ["national.docx", "regional.docx"]


def test_sample_writer_refuses_a_mark_whose_code_is_not_the_problem(tmp_path):
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "project.md").write_text(PROJECT, encoding="utf-8")
    (folder / "national.md").write_text(NATIONAL.replace("!2 TARGET_CONFLICT", "!2 DUPLICATE_INDICATOR"), "utf-8")
    (folder / "regional.md").write_text(REGIONAL, encoding="utf-8")
    with pytest.raises(AssertionError):
        make_samples.build(make_samples.Project.read(folder), tmp_path / "out")
