"""The bundled sample project and its answer key agree with each other and with the generator.

No Qt and no /work/shared: the documents are opened with python-docx and openpyxl directly,
so these tests hold whatever state Concord's own readers are in.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import docx
import openpyxl
import pytest

from tools import make_samples

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "resources" / "samples"

KOSTANAY = "kostanay_development_programme_2021_2025.docx"
LIVESTOCK = "kostanay_livestock_plan_2022_2026.docx"
NATIONAL = ("national_strategy_2025.docx", "programme_regional_development.docx", "business_road_map.docx")

REQUIRED_CODES = {
    "UNCOVERED_PRIORITY",
    "UNLINKED_OBJECTIVE",
    "TARGET_CONFLICT",
    "PERIOD_MISMATCH",
    "DUPLICATE_STRATEGY",
    "DUPLICATE_INDICATOR",
    "CONTRADICTORY_OBJECTIVES",
    "MISSING_RISK_SECTION",
    "MISSING_RESOURCES",
    "MISSING_MONITORING",
    "MISSING_IMPACT_ASSESSMENT",
    "INDICATOR_INCOMPLETE",
    "OUTPUT_ONLY",
    "OBJECTIVE_WITHOUT_INDICATOR",
    "INDICATOR_OVERLOAD",
    "NARROW_VISION",
}


def norm(text: object) -> str:
    return " ".join(str(text).split())


def cell_text(value: object) -> str:
    return "" if value is None else norm(value)


@cache
def blocks(folder: Path, name: str) -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """(paragraph texts, table/sheet rows) of one document, whitespace-normalised."""
    path = folder / name
    if path.suffix == ".xlsx":
        wb = openpyxl.load_workbook(path)
        rows = tuple(tuple(cell_text(v) for v in row) for ws in wb for row in ws.iter_rows(values_only=True))
        return (), rows
    document = docx.Document(str(path))
    paragraphs = tuple(norm(p.text) for p in document.paragraphs)
    rows = tuple(tuple(norm(cell.text) for cell in row.cells) for table in document.tables for row in table.rows)
    return paragraphs, rows


def all_text(folder: Path, name: str) -> list[str]:
    paragraphs, rows = blocks(folder, name)
    return [*paragraphs, *(cell for row in rows for cell in row if cell)]


@cache
def project() -> dict:
    return json.loads((SAMPLES / "sample.concord").read_text(encoding="utf-8"))


@cache
def key() -> dict:
    return json.loads((SAMPLES / "answer_key.json").read_text(encoding="utf-8"))


def test_sample_project_file_lists_existing_documents():
    data = project()
    assert data["schema"] == "concord.project/1"
    assert data["name"]
    names = [d["path"] for d in data["documents"]]
    assert len(names) == 6 == len(set(names))
    for doc in data["documents"]:
        assert (SAMPLES / doc["path"]).is_file(), doc["path"]
        assert isinstance(doc["level"], int) and doc["level"] >= 1
        assert doc["level_name"] in ("national", "regional", "local")
        start, end = doc["period"]
        assert 2000 < start <= end < 2100


def test_sample_answer_key_matches_project_file():
    data = key()
    assert data["schema"] == "concord.answer_key/1"
    declared = {d["path"]: d for d in project()["documents"]}
    assert set(data["documents"]) == set(declared)
    for name, meta in data["documents"].items():
        assert meta["level"] == declared[name]["level"]
        assert meta["period"] == declared[name]["period"]
        assert meta["region"] == declared[name]["region"]
    files = set(declared)
    for section in ("objectives", "tasks_and_measures", "indicators"):
        assert data[section], section
        assert {item["file"] for item in data[section]} <= files


def allowed_prefixes(item: dict) -> set[str]:
    code = item["code"]
    if code is None:
        return {""}
    return {f"Goal {code}.", f"Objective {code}.", f"{code}.", f"{code})", code, ""}


@pytest.mark.parametrize("section", ["objectives", "tasks_and_measures"])
def test_sample_key_item_texts_occur_with_their_labels(section):
    missing = []
    for item in key()[section]:
        paragraphs, rows = blocks(SAMPLES, item["file"])
        candidates = [*paragraphs, *(row[0] for row in rows if row)]
        text = item["text"]
        if not any(c.endswith(text) and c[: len(c) - len(text)].strip() in allowed_prefixes(item) for c in candidates):
            missing.append((item["file"], item["code"], text))
    assert not missing


def test_sample_key_indicators_occur_with_their_values():
    problems = []
    for ind in key()["indicators"]:
        paragraphs, rows = blocks(SAMPLES, ind["file"])
        if ind["location"] == "sentence":
            sentences = [p for p in paragraphs if ind["text"] in p]
            ok = len(sentences) == 1 and all(
                str(point["year"]) in sentences[0] for point in [ind["baseline"], *ind["targets"]]
            )
        else:
            matches = [row for row in rows if ind["text"] in row]
            ok = len(matches) >= 1 and all((ind["code"] or "") in row and ind["unit"] in row for row in matches)
            if ok and ind["baseline"] is None:
                ok = any(row[3] == "" for row in matches)
        if not ok:
            problems.append((ind["file"], ind["code"], ind["text"]))
    assert not problems


def test_sample_key_indicator_values_are_consistent():
    for ind in key()["indicators"]:
        assert ind["targets"], ind["text"]
        assert ind["direction"] in ("increase", "decrease", "maintain")
        assert ind["type"] in ("input", "output", "outcome")
        years = [t["year"] for t in ind["targets"]]
        assert years == sorted(years)
        if ind["baseline"]:
            assert ind["baseline"]["year"] < years[0]


def test_sample_planted_problems_cover_every_check_with_exact_quotes():
    planted = key()["planted_problems"]
    assert REQUIRED_CODES <= {p["code"] for p in planted}
    for problem in planted:
        assert problem["quotes"] and problem["note"]
        texts = [t for name in problem["files"] for t in all_text(SAMPLES, name)]
        for quote in problem["quotes"]:
            assert any(norm(quote) in t for t in texts), (problem["code"], quote)


def test_sample_kostanay_programme_shape():
    objectives = [o for o in key()["objectives"] if o["file"] == KOSTANAY and o["kind"] == "objective"]
    assert len(objectives) == 34


def words_in(name: str, pattern: str) -> list[str]:
    found = re.findall(pattern, "\n".join(all_text(SAMPLES, name)), flags=re.IGNORECASE)
    return sorted(set(found))


def test_sample_planted_absences_hold():
    # The regional programme never takes up the national flour-milling cluster priority.
    assert words_in(KOSTANAY, r"\bflour\w*|\bmilling\b|\bcluster\w*|grain[- ]processing") == []
    # The livestock plan has no risks, human resources, timeline, skills, innovation or consultation.
    narrow = (
        r"\brisk\w*|\btrain\w*|\bstaff\w*|\bpersonnel\b|\bskill\w*|\beducat\w*|\binnovat\w*|"
        r"\btechnolog\w*|\bdigital\w*|\bresearch\w*|\bconsult\w*|\bstakeholder\w*|\bschedul\w*|"
        r"\btimeline\w*|\bstages?\b|\burban\w*|\brural\w*|\bhuman\b|\bimpact\w*|\bevaluat\w*|\bfeedback\b"
    )
    assert words_in(LIVESTOCK, narrow) == []
    # No national document deals with culture, so Kostanay objective 4.6 has no parent.
    for name in NATIONAL:
        assert words_in(name, r"\bcultur\w*|\bmuseum\w*|\btheatre\w*|\bheritage\b|\blibrar\w*") == []


def test_sample_files_are_what_their_sources_write(tmp_path):
    """Every sample document (en, ru, kk and the drafts), project file and answer key is what
    tools/make_samples.py writes from resources/samples/src/ and resources/samples/drafts/src/
    (run it after editing a source); documents compared by their text, not their bytes."""
    written = 0
    for project, target in make_samples.projects(tmp_path):
        make_samples.build(project, target)
        kept = SAMPLES / target.relative_to(tmp_path)
        for fresh in sorted(p for p in target.iterdir() if p.is_file()):
            if fresh.suffix in (".json", ".concord"):
                same = json.loads(fresh.read_text(encoding="utf-8")) == json.loads(
                    (kept / fresh.name).read_text("utf-8")
                )
            else:
                same = blocks(target, fresh.name) == blocks(kept, fresh.name)
            assert same, f"{kept / fresh.name} is stale: run python tools/make_samples.py"
            written += 1
    assert written == (6 + 2) + 2 * (2 + 2) + (4 + 3)  # en, ru, kk: documents, key and project; the drafts


def test_sample_section_roles_agree_with_planted_problems():
    documents = key()["documents"]
    livestock, kostanay = documents[LIVESTOCK], documents[KOSTANAY]
    assert "risks" not in livestock["sections"] and "impact" not in livestock["sections"]
    assert livestock["resource_kinds"] == ["financial"]
    assert {"risks", "resources", "monitoring"} <= set(kostanay["sections"])
    assert "impact" not in kostanay["sections"]
    assert set(kostanay["resource_kinds"]) == {"financial", "human", "time"}


def test_sample_key_is_complete():
    """Every labelled goal/objective, indicator row and target sentence in the documents is in the key."""
    data = key()
    objectives = {(o["file"], o["text"]) for o in data["objectives"]}
    indicators = {(i["file"], i["text"]) for i in data["indicators"]}
    label = re.compile(r"^(Goal|Objective) [\d.]+\.? (?P<text>.+)$")
    target = re.compile(r"^(Additional )?[Tt]arget( indicator)?( [\d.]+)?: ")
    unlisted = []
    for name in data["documents"]:
        paragraphs, rows = blocks(SAMPLES, name)
        for text in [*paragraphs, *(row[0] for row in rows if row)]:
            match = label.match(text)
            if match and (name, match["text"]) not in objectives:
                unlisted.append((name, text))
            if target.match(text) and not any(t in text for f, t in indicators if f == name):
                unlisted.append((name, text))
        header: tuple[str, ...] = ()
        for row in rows:
            if "Indicator" in row:
                header = row
            elif header and len(row) == len(header) and re.fullmatch(r"[\d.]+", row[0]):
                if (name, row[header.index("Indicator")]) not in indicators:
                    unlisted.append((name, row))
    assert not unlisted
