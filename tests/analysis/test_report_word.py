"""The Word gap report: every finding of the JSON is in it, in severity order, in Word's own
heading styles with a contents field, page numbers and a landscape part; the wording comes
from the template; missing scores or an empty result do not break it."""

from __future__ import annotations

import copy
import json
import shutil

import docx
import pytest
from docx.enum.section import WD_ORIENT

from analysis.model import SEVERITY_ORDER, AnalysisResult, PipelineInfo, Severity
from analysis.pipeline import Config, run
from analysis.project import load_project
from analysis.report import view as report_text
from analysis.report import write_word_report
from analysis.resources import resources_dir
from analysis.wording import worded

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@pytest.fixture(scope="module")
def result(blank_engine):
    return run(load_project(resources_dir() / "samples" / "sample.concord").documents, Config(), engine=blank_engine)


@pytest.fixture(scope="module")
def report(result, tmp_path_factory):
    path = tmp_path_factory.mktemp("word") / "gap report.docx"
    write_word_report(result, path)
    return docx.Document(str(path))


def all_text(document) -> str:
    """Body paragraphs and every table cell, one string (python-docx reopens the file)."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def test_report_word_every_finding_of_the_json_is_in_the_report(result, report):
    findings = json.loads(json.dumps(result.to_dict()))["findings"]
    assert findings, "the sample project should have findings"
    text = all_text(report)
    for f in findings:
        assert f["id"] in text and f["title"] in text and f["message"] in text, f["id"]
        assert f["suggestion"] in text
        for evidence in f["evidence"]:
            assert evidence["quote"] in text


def test_report_word_findings_sorted_by_severity_within_each_family(result, report):
    by_title = {f.title: f for f in result.findings}
    family: list[Severity] = []
    for paragraph in report.paragraphs:
        style = paragraph.style.name
        if style == "Heading 2":
            if family:
                assert family == sorted(family, key=SEVERITY_ORDER.get)
            family = []
        elif style == "Heading 3" and paragraph.text in by_title:
            family.append(by_title[paragraph.text].severity)
    assert family == sorted(family, key=SEVERITY_ORDER.get)


def test_report_word_uses_builtin_headings_contents_field_and_page_numbers(report):
    styles = {p.style.name for p in report.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "Heading 3"} <= styles
    instructions = " ".join(t.text for t in report.element.body.iter(W + "instrText"))
    contents = [p for p in report.paragraphs if p.style.name.startswith("toc ")]
    # one PAGEREF per contents entry (Word fills them on open, LibreOffice as it lays out)
    assert contents and instructions.count("PAGEREF") == len(contents)
    settings = report.settings.element
    assert settings.find(W + "updateFields").get(W + "val") == "true"
    footer = report.sections[0].footer.paragraphs[0]._p
    footer_fields = " ".join(t.text for t in footer.iter(W + "instrText"))
    assert "PAGE" in footer_fields and "NUMPAGES" in footer_fields


def test_report_word_has_a_landscape_section_for_wide_tables(report):
    orientations = [s.orientation for s in report.sections]
    assert WD_ORIENT.LANDSCAPE in orientations
    for section in report.sections:
        assert (section.page_width > section.page_height) == (section.orientation == WD_ORIENT.LANDSCAPE)


def test_report_word_summary_names_counts_and_scores(result, report):
    text = all_text(report)
    assert f"found {len(result.findings)} findings" in text
    headings = [p.text for p in report.paragraphs if p.style.name.startswith("Heading")]
    for heading in ("Executive summary", "Alignment of objectives", "Indicator quality", "Appendix: items extracted"):
        assert heading in headings
    assert "Objectives linked upwards" in text  # linkage score shown when the core provides it


def test_report_word_appendix_lists_every_item(result, report):
    text = all_text(report)
    for item in result.items:
        assert item.text in text, item.id


def test_report_word_without_scores_or_with_new_keys_still_writes(result, tmp_path):
    bare = copy.copy(result)
    bare.scores = {}
    write_word_report(bare, tmp_path / "bare.docx")
    assert "No scores were computed" in all_text(docx.Document(str(tmp_path / "bare.docx")))
    extra = copy.copy(result)
    extra.scores = {
        "documents": {d: {**e, "measure_share": 0.25} for d, e in result.scores["documents"].items()},
        "overall_linkage": 0.5,
    }
    write_word_report(extra, tmp_path / "extra.docx")
    text = all_text(docx.Document(str(tmp_path / "extra.docx")))
    assert "Measure share" in text and "Overall linkage" in text


def test_report_word_empty_result(tmp_path):
    write_word_report(AnalysisResult(pipeline=PipelineInfo("blank", "0", False)), tmp_path / "empty.docx")
    text = all_text(docx.Document(str(tmp_path / "empty.docx")))
    assert "found no coherence problems" in text


def test_report_word_wording_comes_from_the_template(result, tmp_path, monkeypatch):
    templates = tmp_path / "resources" / "templates"
    shutil.copytree(resources_dir() / "templates" / "en", templates / "xx")
    path = templates / "xx" / "report.json"
    texts = json.loads(path.read_text(encoding="utf-8"))
    texts["word"]["title"] = "Отчёт о согласованности планов"
    texts["word"]["findings_heading"] = "Замечания"
    path.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(report_text, "resources_dir", lambda: tmp_path / "resources")
    report_text.load_texts.cache_clear()
    try:
        write_word_report(result, tmp_path / "xx.docx", language="xx")
    finally:
        report_text.load_texts.cache_clear()
    document = docx.Document(str(tmp_path / "xx.docx"))
    assert document.paragraphs[0].text == "Отчёт о согласованности планов"
    assert "Замечания" in [p.text for p in document.paragraphs if p.style.name == "Heading 1"]


def test_report_word_first_pages_are_the_findings_to_act_on_by_document(result, tmp_path):
    """After the title page: the high and medium findings, a heading per document; a finding
    built on a doubtful item is not there but in the appendix 'check these items'."""
    result = copy.deepcopy(result)
    serious = [f for f in result.findings if f.severity.value in ("high", "medium") and f.item_ids]
    doubtful = serious[0]
    doubtful.facts["doubtful_items"] = {doubtful.item_ids[0]: ["fragment"]}
    path = tmp_path / "report.docx"
    write_word_report(result, path)
    paragraphs = docx.Document(str(path)).paragraphs
    texts = report_text.load_texts("en")["word"]
    title = {f.id: f.title for f in worded(result).findings}
    headings = [(p.style.name, p.text) for p in paragraphs if p.style.name.startswith("Heading")]
    assert headings[1] == ("Heading 1", texts["act_heading"])  # right after "Documents checked"
    act_end = next(n for n, h in enumerate(headings) if n > 1 and h[0] == "Heading 1")
    act_docs = [text for style, text in headings[2:act_end] if style == "Heading 2"]
    names = {d.id: (d.title or d.path) for d in result.documents}
    acted = {f.document_ids[0] for f in result.findings if f.severity.value in ("high", "medium") and f is not doubtful}
    assert [t.split(" — ")[0] for t in act_docs] == [names[d.id] for d in result.documents if d.id in acted]
    body = [p.text for p in paragraphs]
    act_start = body.index(texts["act_heading"])
    act_stop = body.index(texts["toc_heading"])
    act_text = "\n".join(body[act_start:act_stop])
    assert title[doubtful.id] not in act_text and title[serious[1].id] in act_text
    check = body.index(texts["check_heading"])
    assert title[doubtful.id] in "\n".join(body[check:]) and "a sentence cut in two" in "\n".join(body[check:])
    findings_chapter = "\n".join(body[body.index(texts["findings_heading"]) : check])
    assert title[doubtful.id] not in findings_chapter
