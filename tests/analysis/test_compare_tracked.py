"""Tracked changes in a Word draft: the text analysed has the insertions accepted and the
deletions dropped, the document says it has tracked changes, and comparing the draft before
and after them lists exactly the reviewer's edits (resources/samples/drafts/en/tracked_key.json)."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from analysis.compare.key import score_changes
from analysis.compare.run import compare_specs, tracked_specs
from analysis.model import Document
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec
from analysis.readers import read_document
from analysis.resources import resources_dir

FOLDER = resources_dir() / "samples" / "drafts" / "en"
KEY = json.loads((FOLDER / "tracked_key.json").read_text(encoding="utf-8"))
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _specs() -> list[DocumentSpec]:
    against = [DocumentSpec(str(FOLDER / name), level=1, level_name=level) for name, level in KEY["against"].items()]
    return [*against, DocumentSpec(str(FOLDER / KEY["document"]), level=2, level_name="regional")]


@pytest.fixture(scope="module")
def after():
    return run(_specs(), Config())


def test_compare_tracked_deleted_text_never_live_inserted_text_is(after):
    doc = after.documents[-1]
    items = after.items_of(doc.id)
    texts = [b.text for b in doc.blocks] + [c for b in doc.blocks for row in b.rows or [] for c in row]
    for deleted in KEY["deleted_texts"]:
        assert not any(deleted in t for t in texts), deleted
        assert not any(deleted in i.text for i in items), deleted
    for inserted in KEY["inserted_texts"]:
        assert any(inserted in i.text for i in items), inserted
    codes = {i.code for i in items if i.kind.value == "objective"}
    assert "3.3" in codes and "2.4" not in codes


def test_compare_tracked_document_status_says_so(after):
    doc = after.documents[-1]
    assert doc.tracked_changes == KEY["tracked_changes"]
    assert doc.summary_dict()["tracked_changes"] == KEY["tracked_changes"]
    assert after.documents[0].tracked_changes == {}


def test_compare_tracked_before_after_lists_exactly_the_tracked_edits(after):
    specs = _specs()
    old, indices = tracked_specs(specs, len(specs) - 1)
    comparison = compare_specs(old, specs, indices, Config(), new_result=after, mode="tracked")
    assert comparison.mode == "tracked" and comparison.old.documents[-1].revision == "before"
    score = score_changes(comparison, KEY)
    assert not score.missed, score.missed
    assert not score.extra, score.extra


def _docx(tmp_path: Path, body_xml: str) -> Path:
    d = docx.Document()
    body = d.element.body
    body.insert(len(body) - 1, parse_xml(body_xml.replace("<w:p>", f"<w:p {W_NS}>", 1)))
    path = tmp_path / "t.docx"
    d.save(path)
    return path


@pytest.mark.parametrize(
    ("revision", "expected"),
    [(None, "Reduce emissions by 40% by 2030."), ("before", "Reduce emissions by 30% by 2030.")],
)
def test_compare_tracked_reader_reads_either_side_of_the_changes(tmp_path, revision, expected):
    path = _docx(
        tmp_path,
        '<w:p><w:r><w:t xml:space="preserve">Reduce emissions by </w:t></w:r>'
        '<w:del w:id="1" w:author="a"><w:r><w:delText>30</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="a"><w:r><w:t>40</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve">% by 2030.</w:t></w:r>'
        '<w:moveFrom w:id="3" w:author="a"><w:r><w:t xml:space="preserve"> Moved</w:t></w:r></w:moveFrom></w:p>',
    )
    document = read_document(path, Document(id="d1", path=str(path), revision=revision))
    text = document.blocks[0].text
    assert text == (expected + " Moved" if revision == "before" else expected)
    assert document.tracked_changes == {"insertions": 1, "deletions": 1, "moves": 1}


def test_compare_tracked_report_status_says_so(after, tmp_path):
    from analysis.report import write_word_report

    write_word_report(after, tmp_path / "r.docx")
    cells = [c.text for t in docx.Document(str(tmp_path / "r.docx")).tables for row in t.rows for c in row.cells]
    assert any("tracked changes accepted (6 insertions, 5 deletions)" in c for c in cells)
