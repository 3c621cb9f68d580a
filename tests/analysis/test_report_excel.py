"""The Excel workbook: every finding, link, item and indicator is a row; headers are frozen
and filtered; numbers are numbers; severity colours are conditional formats."""

from __future__ import annotations

import copy
import dataclasses
import json

import openpyxl
import pytest

from analysis.model import AnalysisResult, ItemKind, PipelineInfo
from analysis.pipeline import Config, run
from analysis.project import load_project
from analysis.report import write_excel_report
from analysis.report.view import load_texts
from analysis.resources import resources_dir
from analysis.wording import result_json

SHEETS = load_texts("en")["excel"]


@pytest.fixture(scope="module")
def result(blank_engine):
    return run(load_project(resources_dir() / "samples" / "sample.concord").documents, Config(), engine=blank_engine)


@pytest.fixture(scope="module")
def book(result, tmp_path_factory):
    path = tmp_path_factory.mktemp("excel") / "findings.xlsx"
    write_excel_report(result, path)
    return openpyxl.load_workbook(path)


def rows(sheet) -> list[dict[str, object]]:
    values = list(sheet.iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


def test_report_excel_sheets_and_layout(book):
    names = [SHEETS[k] for k in ("findings_sheet", "links_sheet", "items_sheet", "indicators_sheet", "coverage_sheet")]
    assert names == book.sheetnames[:5]
    for ws in book.worksheets:
        assert ws.freeze_panes is not None and ws.freeze_panes.endswith("2")
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
        assert ws.column_dimensions["A"].width and ws.column_dimensions["A"].width > 5


def test_report_excel_every_finding_of_the_json_is_in_the_findings_sheet(result, book):
    findings = json.loads(json.dumps(result_json(result, "en")))["findings"]
    sheet = {r["Finding id"]: r for r in rows(book[SHEETS["findings_sheet"]])}
    assert len(sheet) == len(findings)
    severity = load_texts("en")["severity"]
    for f in findings:
        row = sheet[f["id"]]
        assert row["Title"] == f["title"] and row["Message"] == f["message"] and row["Code"] == f["code"]
        assert row["Severity"] == severity[f["severity"]]
        for evidence in f["evidence"]:
            assert evidence["quote"] in row["Evidence"]


def test_report_excel_severity_colours_are_conditional_formats(book):
    ws = book[SHEETS["findings_sheet"]]
    formulas = [rule.formula[0] for cf in ws.conditional_formatting for rule in cf.rules]
    assert any('"High"' in f for f in formulas)


def test_report_excel_links_items_indicators_complete_with_numbers(result, book):
    links = rows(book[SHEETS["links_sheet"]])
    assert len(links) == len(result.links)
    assert all(isinstance(r["Score"], (int, float)) and isinstance(r["Rank"], int) for r in links)
    items = rows(book[SHEETS["items_sheet"]])
    assert sorted(r["Item id"] for r in items) == sorted(i.id for i in result.items)
    for row in items:
        for key in ("Paragraph", "Table", "Row", "Column", "Baseline", "Baseline year"):
            assert row[key] is None or isinstance(row[key], (int, float)), (key, row[key])
    indicators = rows(book[SHEETS["indicators_sheet"]])
    assert len(indicators) == sum(1 for i in result.items if i.kind == ItemKind.INDICATOR)
    year_columns = [k for k in indicators[0] if str(k).startswith("Target ")]
    assert year_columns
    assert any(isinstance(r[k], (int, float)) for r in indicators for k in year_columns)


def test_report_excel_coverage_matrix_has_lower_documents_as_columns(result, book):
    ws = book[SHEETS["coverage_sheet"]]
    header = [c.value for c in ws[1]]
    lower = [d for d in result.documents if d.level and d.level > min(x.level for x in result.documents if x.level)]
    for document in lower:
        assert document.path.replace("\\", "/").rsplit("/", 1)[-1] in header
    scores = [
        c.value
        for row in ws.iter_rows(min_row=2, min_col=len(SHEETS["coverage_headers_start"]) + 1)
        for c in row
        if c.value is not None
    ]
    assert scores and all(isinstance(v, (int, float)) and 0 <= v <= 1 for v in scores)


def test_report_excel_empty_result(tmp_path):
    write_excel_report(AnalysisResult(pipeline=PipelineInfo("blank", "0", False)), tmp_path / "empty.xlsx")
    book = openpyxl.load_workbook(tmp_path / "empty.xlsx")
    assert book[SHEETS["findings_sheet"]].max_row == 1


def test_report_excel_plan_text_starting_with_equals_stays_text(result, tmp_path):
    odd = copy.copy(result)
    # a code the templates do not know keeps the words it came with: here, a formula-like message
    message = "=SUM(A1:A9) is how the plan writes it"
    odd.findings = [dataclasses.replace(result.findings[0], code="PLANNER_NOTE", message=message)]
    write_excel_report(odd, tmp_path / "odd.xlsx")
    sheet = rows(openpyxl.load_workbook(tmp_path / "odd.xlsx")[SHEETS["findings_sheet"]])
    assert message in [r["Message"] for r in sheet]
