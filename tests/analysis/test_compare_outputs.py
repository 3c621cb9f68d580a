"""Where a comparison shows outside the app: `python main.py compare` (JSON, Word, Excel, exit
codes), `check --project` on a project with versions (the "What changed since the last draft"
section first in the gap report, the Changes sheet, "changes" in the JSON), the project file's
versions (kept, relative, readable by files without them) and draft names (plan_v1 / plan_v2)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import openpyxl
import pytest

import main
from analysis.compare.versions import earlier_drafts, group_drafts, version_name
from analysis.project import DocumentSpec, Project, load_project, save_project
from analysis.resources import resources_dir

DRAFTS = resources_dir() / "samples" / "drafts"


def _text(path: Path) -> list[str]:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return parts


@pytest.fixture(scope="module")
def compared(tmp_path_factory):
    out = tmp_path_factory.mktemp("compare")
    folder = DRAFTS / "en"
    code = main.main(
        [
            "compare",
            str(folder / "regional_plan_v1.docx"),
            str(folder / "regional_plan_v2.docx"),
            "--against",
            f"national={folder / 'national_plan.docx'}",
            "--json",
            str(out / "changes.json"),
            "--docx",
            str(out / "changes.docx"),
            "--xlsx",
            str(out / "changes.xlsx"),
        ]
    )
    return code, out


def test_compare_outputs_cli_json(compared):
    code, out = compared
    assert code == 0
    data = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    assert data["schema"] == "concord.changes/1" and data["mode"] == "versions"
    assert [a["path"].rsplit("/", 1)[-1] for a in data["against"]] == ["national_plan.docx"]
    kinds = {c["kind"] for c in data["changes"]}
    assert {
        "added",
        "removed",
        "reworded",
        "moved",
        "recoded",
        "target",
        "deadline",
        "finding_resolved",
        "finding_new",
    } <= kinds
    lowered = next(c for c in data["changes"] if c["kind"] == "target" and c["detail"]["change"] == "lowered")
    assert lowered["old"]["code"] == "1.2.1" and lowered["detail"]["old"] == 35 and lowered["detail"]["new"] == 30


def test_compare_outputs_cli_word_report(compared):
    _, out = compared
    text = "\n".join(_text(out / "changes.docx"))
    assert "What changed since the last draft" in text
    assert "target for 2028 lowered from 35% to 30% (less ambitious)" in text
    assert "No risk assessment" in text and "No higher-level parent" in text
    # the reworded objective: its added words are underlined green in the After column
    document = docx.Document(str(out / "changes.docx"))
    runs = [r for t in document.tables for row in t.rows for c in row.cells for p in c.paragraphs for r in p.runs]
    added = [r.text for r in runs if r.font.underline and r.font.color.rgb is not None]
    removed = [r.text for r in runs if r.font.strike]
    assert " and digital technologies" in added
    assert any("Develop agricultural cooperation" in t for t in removed)


def test_compare_outputs_cli_changes_sheet(compared):
    _, out = compared
    data = json.loads((out / "changes.json").read_text(encoding="utf-8"))
    book = openpyxl.load_workbook(out / "changes.xlsx")
    sheet = book["Changes"]
    assert sheet.max_row - 1 == len(data["changes"])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref
    texts = [row[7] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert sorted(texts) == sorted(c["text"] for c in data["changes"])


def test_compare_outputs_cli_tracked_and_errors(tmp_path, capsys):
    folder = DRAFTS / "en"
    tracked = [
        "compare",
        "--tracked",
        str(folder / "regional_plan_tracked.docx"),
        "--against",
        f"national={folder / 'national_plan.docx'}",
        "--json",
        str(tmp_path / "t.json"),
    ]
    assert main.main(tracked) == 0
    data = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert data["mode"] == "tracked" and data["documents"][0]["old"]["revision"] == "before"
    assert data["documents"][0]["new"]["tracked_changes"] == {"insertions": 6, "deletions": 5}
    assert main.main(["compare", str(folder / "regional_plan_v1.docx")]) == 2
    assert main.main(["compare", str(folder / "regional_plan_v1.docx"), str(tmp_path / "missing.docx")]) == 3
    assert "nothing compared" in capsys.readouterr().err
    # an output never overwrites an input
    onto = [
        "compare",
        str(folder / "regional_plan_v1.docx"),
        str(folder / "regional_plan_v2.docx"),
        "--docx",
        str(folder / "regional_plan_v1.docx"),
    ]
    assert main.main(onto) == 2
    assert "regional_plan_v1.docx" in capsys.readouterr().err


def test_compare_outputs_fail_on_new(tmp_path):
    folder = DRAFTS / "en"
    args = [
        "compare",
        str(folder / "regional_plan_v1.docx"),
        str(folder / "regional_plan_v2.docx"),
        "--against",
        f"national={folder / 'national_plan.docx'}",
        "--json",
        str(tmp_path / "c.json"),
    ]
    assert main.main([*args, "--fail-on-new", "medium"]) == 1  # the new unlinked objective is medium
    assert main.main([*args, "--fail-on-new", "high"]) == 0


@pytest.mark.parametrize("language", ["en", "ru"])
def test_compare_outputs_check_project_with_versions(tmp_path, language):
    project = DRAFTS / language / "drafts.concord"
    code = main.main(
        [
            "check",
            "--project",
            str(project),
            "--json",
            str(tmp_path / "r.json"),
            "--docx",
            str(tmp_path / "gap.docx"),
            "--xlsx",
            str(tmp_path / "gap.xlsx"),
        ]
    )
    assert code == 0
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["changes"]["counts"]["finding_resolved"] == 1
    heading = {"en": "What changed since the last draft", "ru": "Что изменилось после предыдущей редакции"}[language]
    summary = {"en": "Executive summary", "ru": "Краткое изложение"}[language]
    document = docx.Document(str(tmp_path / "gap.docx"))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert heading in headings
    assert headings.index(heading) < headings.index(next(h for h in headings if h.startswith(summary[:6])))
    sheet = {"en": "Changes", "ru": "Изменения"}[language]
    assert sheet in openpyxl.load_workbook(tmp_path / "gap.xlsx").sheetnames


def test_compare_outputs_check_without_versions_has_no_changes(tmp_path):
    folder = DRAFTS / "en"
    main.main(
        [
            "check",
            f"national={folder / 'national_plan.docx'}",
            f"regional={folder / 'regional_plan_v2.docx'}",
            "--json",
            str(tmp_path / "r.json"),
            "--docx",
            str(tmp_path / "gap.docx"),
        ]
    )
    assert "changes" not in json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert "What changed since the last draft" not in _text(tmp_path / "gap.docx")


def test_compare_outputs_project_versions_round_trip(tmp_path):
    for name in ("national_plan.docx", "regional_plan_v1.docx", "regional_plan_v2.docx"):
        shutil.copy(DRAFTS / "en" / name, tmp_path / name)
    project = Project(
        name="p",
        documents=[
            DocumentSpec(str(tmp_path / "national_plan.docx"), level=1, level_name="national"),
            DocumentSpec(
                str(tmp_path / "regional_plan_v2.docx"),
                level=2,
                level_name="regional",
                versions=[str(tmp_path / "regional_plan_v1.docx")],
            ),
        ],
    )
    save_project(project, tmp_path / "p.concord")
    raw = json.loads((tmp_path / "p.concord").read_text(encoding="utf-8"))
    assert raw["documents"][1]["versions"] == ["regional_plan_v1.docx"]  # relative, like the paths
    assert "versions" not in raw["documents"][0]  # a document without versions is written as before
    loaded = load_project(tmp_path / "p.concord")
    assert loaded.documents[1].versions == [str(tmp_path / "regional_plan_v1.docx")]
    assert loaded.documents[0].versions == []
    raw["documents"][1]["versions"] = "regional_plan_v1.docx"
    (tmp_path / "bad.concord").write_text(json.dumps(raw), encoding="utf-8")
    with pytest.raises(Exception, match="versions"):
        load_project(tmp_path / "bad.concord")


@pytest.mark.parametrize(
    ("name", "stem", "number"),
    [
        ("plan_v2.docx", "plan", 2),
        ("Plan V10.docx", "plan", 10),
        ("plan (3).docx", "plan", 3),
        ("plan_draft1.docx", "plan", 1),
        ("программа_ред2.docx", "программа", 2),
        ("жоспар нұсқа 3.docx", "жоспар", 3),
        ("plan_2024-03-01.docx", "plan", 20240301),
        ("kostanay_programme_2021_2025.docx", None, None),
        ("strategy2050.docx", None, None),
        ("regional_plan_tracked.docx", None, None),
    ],
)
def test_compare_outputs_draft_names(name, stem, number):
    found = version_name(name)
    assert (found.stem, found.number[0]) == (stem, number) if stem else found is None


def test_compare_outputs_earlier_drafts_offered(tmp_path):
    for name in ("plan_v1.docx", "plan_v2.docx", "plan_v3.docx", "plan_v2.pdf", "other_v1.docx"):
        (tmp_path / name).write_bytes(b"x")
    assert [p.name for p in earlier_drafts(tmp_path / "plan_v3.docx")] == ["plan_v1.docx", "plan_v2.docx"]
    assert earlier_drafts(tmp_path / "plan_v1.docx") == []
    groups = group_drafts([tmp_path / n for n in ("plan_v1.docx", "plan_v2.docx", "other_v1.docx")])
    assert [(g.name, [e.name for e in earlier]) for g, earlier in groups] == [("plan_v2.docx", ["plan_v1.docx"])]
