from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analysis.model import DocumentStatus, ItemKind
from analysis.pipeline import Cancelled, Config, run
from analysis.project import DocumentSpec, ProjectError, load_project
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line

ROOT = Path(__file__).resolve().parents[2]

PLAN_MD = """# Kostanay Region Development Programme 2021-2025

## 1. Goals and objectives

Goal 1. A diversified regional economy

Objective 1.1. Raise the share of SMEs in gross regional product from 28.5% in 2019 to 35% by 2025.

## 5. Risks

A fall in grain prices could reduce farm incomes and delay private investment.
"""


@pytest.fixture()
def plan_files(tmp_path):
    good = tmp_path / "plan.md"
    good.write_text(PLAN_MD, encoding="utf-8")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"this is not a zip file at all")
    macro = tmp_path / "macro.docm"
    macro.write_bytes(b"PK\x03\x04")
    return good, broken, macro


def test_pipeline_broken_files_fail_alone_with_one_line_errors(plan_files, blank_engine):
    good, broken, macro = plan_files
    result = run([DocumentSpec(str(broken)), DocumentSpec(str(good)), DocumentSpec(str(macro))], engine=blank_engine)
    statuses = [d.status for d in result.documents]
    assert statuses == [DocumentStatus.FAILED, DocumentStatus.SUCCESS, DocumentStatus.FAILED]
    for doc in (result.documents[0], result.documents[2]):
        assert "\n" not in english(doc.error) and Path(doc.path).name in english(doc.error)
    assert "macro" in english(result.documents[2].error)
    kinds = [i.kind for i in result.items]
    assert kinds == [ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.RISK]
    assert result.documents[1].period == (2021, 2025)
    assert result.documents[1].region == "Kostanay"
    objective = result.items[1]
    assert objective.parent_id == result.items[0].id
    assert objective.attributes.baseline.value == 28.5


def test_pipeline_reports_progress_and_can_be_cancelled(plan_files, blank_engine):
    good = plan_files[0]
    seen: list[float] = []
    run([DocumentSpec(str(good))], engine=blank_engine, progress=lambda f, m: seen.append(f))
    assert seen == sorted(seen) and seen[-1] == 1.0
    with pytest.raises(Cancelled):
        run([DocumentSpec(str(good))], Config(), engine=blank_engine, cancel=lambda: True)


def test_project_load_resolves_relative_paths_and_levels(tmp_path):
    (tmp_path / "p.concord").write_text(
        json.dumps(
            {
                "schema": "concord.project/1",
                "name": "P",
                "documents": [
                    {"path": "a.docx", "level": "national"},
                    {"path": "b.docx", "level": 3, "period": [2021, 2025]},
                ],
            }
        ),
        encoding="utf-8",
    )
    project = load_project(tmp_path / "p.concord")
    assert [(Path(d.path).name, d.level, d.level_name) for d in project.documents] == [
        ("a.docx", 1, "national"),
        ("b.docx", 3, "local"),
    ]
    assert project.documents[1].period == (2021, 2025)


@pytest.mark.parametrize("content", ["{not json", json.dumps({"documents": "x"}), json.dumps([1, 2])])
def test_project_load_bad_file_gives_project_error(tmp_path, content):
    path = tmp_path / "bad.concord"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ProjectError):
        load_project(path)


def test_cli_check_writes_result_json_with_schema_and_pipeline(plan_files, tmp_path):
    good, broken, _ = plan_files
    out = tmp_path / "r.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "check",
            f"regional={good}",
            str(broken),
            "--json",
            str(out),
            "--pipeline",
            "blank",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert proc.returncode == 3, proc.stderr  # a named input could not be read (README: exit codes)
    assert "Traceback" not in proc.stderr and "broken.docx" in proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["schema"] == "concord.result/2"
    assert data["pipeline"]["name"].startswith("blank")
    assert [d["level_name"] for d in data["documents"]] == ["regional", None]
    assert data["documents"][1]["status"] == "failed"
    item = data["items"][1]
    assert item["kind"] == "objective" and item["code"] == "1.1"
    assert item["location"]["file"].endswith("plan.md") and item["location"]["paragraph"] >= 1
    assert {"links", "findings"} <= data.keys()


def test_core_imports_without_qt():
    code = (
        "import sys, analysis.pipeline, analysis.extract, analysis.readers, analysis.project; "
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.stdout.strip() == "False", proc.stderr


def test_pipeline_cancel_is_honoured_inside_linking(plan_files, tmp_path, blank_engine):
    """A cancel that arrives while the plans are being linked stops the run there."""
    good = plan_files[0]
    national = tmp_path / "national.md"
    national.write_text(PLAN_MD.replace("Kostanay Region Development", "National Development"), encoding="utf-8")
    messages: list[str] = []
    specs = [DocumentSpec(str(national), level=1), DocumentSpec(str(good), level=2)]
    with pytest.raises(Cancelled):
        run(
            specs,
            Config(use_cache=False),
            engine=blank_engine,
            progress=lambda f, m: messages.append(m),
            cancel=lambda: any(m.startswith("Linking") for m in messages),
        )
    assert any(m.startswith("Linking") for m in messages)
    assert not any(m.startswith("Comparing") for m in messages)


ONE_GOAL_MD = """# Business Support Programme 2021-2025

## 2. Goal, objectives and target indicators

### 2.1. Goal of the Programme

Goal: Sustainable growth of regional entrepreneurship and the creation of permanent jobs.

### 2.2. Objectives of the Programme

Its objectives are:

1. Increase the number of operating small and medium-sized enterprises.
2. Develop non-financial support for entrepreneurs: training and mentoring.
"""


def test_pipeline_objectives_in_a_sibling_section_serve_the_plans_one_goal(tmp_path, blank_engine):
    plan = tmp_path / "programme.md"
    plan.write_text(ONE_GOAL_MD, encoding="utf-8")
    result = run([DocumentSpec(str(plan))], Config(use_cache=False), engine=blank_engine)
    goal, *objectives = result.items
    assert goal.kind == ItemKind.GOAL and [o.kind for o in objectives] == [ItemKind.OBJECTIVE] * 2
    assert all(o.parent_id == goal.id for o in objectives)
