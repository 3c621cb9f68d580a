"""Annotated copies: every finding is a Word comment anchored on exactly the quoted text (or
an Excel cell note), the copy reads the same as the original, and the original is untouched.

Two sources: the sample project through the real pipeline (whatever it finds today, plus a
few synthetic findings on places the checks rarely point at), and a small .docx built here
with the structures that make anchoring hard (runs split by formatting, tracked changes,
hyperlinks, merged cells, content controls).
"""

from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml import parse_xml
from openpyxl.comments import Comment as CellComment

from analysis.model import (
    AnalysisResult,
    BlockKind,
    Document,
    Finding,
    Location,
    PipelineInfo,
    Problem,
    Quote,
    Severity,
)
from analysis.pipeline import Config, run
from analysis.project import load_project
from analysis.readers import read_document
from analysis.report import annotate_documents
from analysis.report.quotes import normalise_for_match
from analysis.resources import resources_dir

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
ID_RE = re.compile(r"\b([A-Z_]+-[0-9a-f]{8}|SYN-\d+)\b")


# -- helpers -----------------------------------------------------------------------------------------
def anchors(path: Path) -> list[tuple[str, str, str]]:
    """(finding id, author, anchored text) of every comment in a .docx, read from the XML:
    the visible text between commentRangeStart and commentRangeEnd (deleted text left out)."""
    document = docx.Document(str(path))
    texts: dict[str, list[str]] = {}
    open_ids: list[str] = []
    for el in document.element.body.iter():
        if el.tag == W + "commentRangeStart":
            open_ids.append(el.get(W + "id"))
            texts.setdefault(el.get(W + "id"), [])
        elif el.tag == W + "commentRangeEnd":
            open_ids.remove(el.get(W + "id"))
        elif el.tag in (W + "t", W + "tab") and not any(a.tag == W + "del" for a in el.iterancestors()):
            for cid in open_ids:
                texts[cid].append(el.text or "" if el.tag == W + "t" else " ")
    out = []
    for comment in document.comments:
        match = ID_RE.search(comment.text)
        assert match, comment.text
        out.append((match.group(1), comment.author, "".join(texts.get(str(comment.comment_id), []))))
    return out


def styled_chars(path: Path) -> list[tuple[str, bytes]]:
    """Every visible character of the body with its run properties, in order: the copy must
    show the same text with the same formatting."""
    from lxml import etree

    document = docx.Document(str(path))
    out = []
    for t in document.element.body.iter(W + "t"):
        run = t.getparent()
        props = run.find(W + "rPr")
        key = etree.tostring(props) if props is not None else b""
        out.extend((char, key) for char in t.text or "")
    return out


def block_texts(path: Path) -> list[tuple[str, str, object]]:
    """What the reader sees in a file: the text of every block and every table cell."""
    doc = read_document(path, Document(id="d", path=str(path)))
    return [(b.kind.value, b.text, b.rows) for b in doc.blocks]


def digest(path: str | Path) -> str:
    return hashlib.sha1(Path(path).read_bytes()).hexdigest()


def finding(n: int, document: Document, evidence: list[Quote], severity: Severity = Severity.MEDIUM) -> Finding:
    return Finding(
        code="SYNTHETIC",
        severity=severity,
        title=f"Synthetic finding {n}",
        message=f"Message {n}.",
        suggestion=f"Suggestion {n}.",
        document_ids=[document.id],
        evidence=evidence,
        id=f"SYN-{n}",
    )


# -- the sample project --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def sample(blank_engine, tmp_path_factory):
    """The sample result with extra synthetic findings: a quote in the middle of a paragraph,
    two findings on one place, a table cell given without its column, a finding naming a
    document without quoting it."""
    result = run(load_project(resources_dir() / "samples" / "sample.concord").documents, Config(), engine=blank_engine)
    result = copy.deepcopy(result)
    docx_docs = [d for d in result.documents if d.path.endswith(".docx")]
    plan = docx_docs[-1]
    long_paragraph = max((b for b in plan.blocks if b.kind == BlockKind.PARAGRAPH), key=lambda b: len(b.text))
    words = long_paragraph.text.split()
    middle = " ".join(words[3:9])
    table_block = next(b for d in docx_docs for b in d.blocks if b.kind == BlockKind.TABLE and len(b.rows) > 2)
    table_doc = next(d for d in docx_docs if table_block in d.blocks)
    cell_text = next(c for c in table_block.rows[2] if c)
    row_location = Location(file=table_block.location.file, table=table_block.location.table, row=3)
    same = Quote(quote=middle, location=long_paragraph.location)
    result.findings += [
        finding(1, plan, [same], Severity.HIGH),
        finding(2, plan, [same], Severity.LOW),
        finding(3, table_doc, [Quote(quote=cell_text, location=row_location)]),
        finding(4, plan, []),
    ]
    before = {d.path: digest(d.path) for d in result.documents}
    out = tmp_path_factory.mktemp("annotated")
    outcomes = annotate_documents(result, out)
    return result, outcomes, before


def test_report_annotate_one_outcome_per_document_and_originals_untouched(sample):
    result, outcomes, before = sample
    assert len(outcomes) == len(result.documents)
    for document, (copy_path, reason) in zip(result.documents, outcomes, strict=True):
        assert digest(document.path) == before[document.path]
        if copy_path is None:
            assert reason
            continue
        assert Path(copy_path).is_file()
        assert Path(copy_path).resolve() != Path(document.path).resolve()


def test_report_annotate_every_finding_is_a_comment_on_its_quote(sample):
    result, outcomes, _ = sample
    checked = 0
    for document, (copy_path, _) in zip(result.documents, outcomes, strict=True):
        if not document.path.endswith(".docx"):
            continue
        assert copy_path, f"no annotated copy of {document.path}"
        comments = anchors(Path(copy_path))
        assert all(author == "Concord" for _, author, _ in comments)
        first_text = next(b.text for b in document.blocks if b.text.strip())
        for f in result.findings:
            quotes = [e.quote for e in f.evidence if Path(e.location.file).resolve() == Path(document.path).resolve()]
            if not quotes and document.id not in f.document_ids:
                continue
            anchored = [normalise_for_match(text) for fid, _, text in comments if fid == f.id]
            assert anchored, f"{f.id} has no comment in {copy_path}"
            wanted = quotes or [first_text]  # a finding that only names the document sits at its start
            for quote in wanted:
                assert any(normalise_for_match(quote) in text for text in anchored), (f.id, quote, anchored)
                checked += 1
    assert checked


def test_report_annotate_anchor_is_exactly_the_quote(sample):
    """Narrowed to the sentence: the comment covers the quote, not the whole paragraph."""
    result, outcomes, _ = sample
    synthetic = next(f for f in result.findings if f.id == "SYN-1")
    copy_path = next(
        c for d, (c, _) in zip(result.documents, outcomes, strict=True) if d.id == synthetic.document_ids[0]
    )
    texts = [text for fid, _, text in anchors(Path(copy_path)) if fid in ("SYN-1", "SYN-2")]
    assert len(texts) == 2  # two findings on one place: two comments
    assert all(normalise_for_match(t) == normalise_for_match(synthetic.evidence[0].quote) for t in texts)


def test_report_annotate_copy_reads_the_same_as_the_original(sample):
    result, outcomes, _ = sample
    for document, (copy_path, _) in zip(result.documents, outcomes, strict=True):
        if copy_path is None:
            continue
        assert block_texts(Path(copy_path)) == block_texts(Path(document.path))
        if document.path.endswith(".docx"):
            assert styled_chars(Path(copy_path)) == styled_chars(Path(document.path))


def test_report_annotate_xlsx_findings_are_cell_notes(sample):
    result, outcomes, _ = sample
    for document, (copy_path, _) in zip(result.documents, outcomes, strict=True):
        if not document.path.endswith(".xlsx") or copy_path is None:
            continue
        book = openpyxl.load_workbook(copy_path)
        for f in result.findings:
            for e in f.evidence:
                if Path(e.location.file).resolve() == Path(document.path).resolve() and e.location.cell:
                    note = book[e.location.sheet][e.location.cell].comment
                    assert note is not None and f.id in note.text and note.author == "Concord"


# -- a hard .docx built here ----------------------------------------------------------------------------
def _raw(xml: str) -> object:
    head, rest = xml.split(">", 1)
    return parse_xml(f"{head} {W_NS}>{rest}")


def _append(document, xml: str) -> None:
    body = document.element.body
    body.insert(len(body) - 1, _raw(xml))


@pytest.fixture
def hard_docx(tmp_path) -> Path:
    document = docx.Document()
    document.add_heading("Regional Plan of Testshire for 2021-2025", 0)
    p = document.add_paragraph()
    p.add_run("Objective 1.2. ").bold = True
    p.add_run("Raise the share of ")
    p.add_run("small firms").italic = True
    p.add_run(" in regional output to 35% by 2025.  It is a   priority. Another sentence follows here.")
    _append(
        document,
        '<w:p><w:r><w:t xml:space="preserve">Build roads </w:t></w:r>'
        '<w:ins w:id="91" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:t xml:space="preserve">and bridges </w:t>'
        "</w:r></w:ins>"
        '<w:del w:id="92" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>old words </w:delText></w:r>'
        '</w:del><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">in rural</w:t></w:r><w:r><w:tab/>'
        '<w:t xml:space="preserve">districts.</w:t></w:r></w:p>',
    )
    _append(
        document,
        '<w:p><w:r><w:t xml:space="preserve">See the </w:t></w:r><w:hyperlink w:anchor="x"><w:r>'
        '<w:t xml:space="preserve">national strategy objective 4.1</w:t></w:r></w:hyperlink>'
        '<w:r><w:t xml:space="preserve"> for the link.</w:t></w:r></w:p>',
    )
    _append(
        document,
        "<w:sdt><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>Text inside a content control about water supply."
        "</w:t></w:r></w:p></w:sdtContent></w:sdt>",
    )
    table = document.add_table(rows=3, cols=3)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"r{r + 1}c{c + 1}"
    table.cell(0, 0).paragraphs[0].style = document.styles["List Number"]  # the reader adds "1." to the cell
    table.cell(1, 0).merge(table.cell(1, 1)).text = "Share of SMEs in GDP"
    merged = table.cell(1, 2).merge(table.cell(2, 2))
    merged.text = "Baseline 31.6"
    merged.add_paragraph("Source: statistics bureau")
    document.add_paragraph("Closing paragraph with the word Testshire.")
    path = tmp_path / "hard plan.docx"
    document.save(str(path))
    return path


def _hard_result(path: Path) -> tuple[AnalysisResult, Document]:
    document = read_document(path, Document(id="d1", path=str(path)))
    return AnalysisResult(pipeline=PipelineInfo("blank", "0", False), documents=[document]), document


def _location(document: Document, text: str) -> Location:
    return next(b.location for b in document.blocks if text in b.text)


def test_report_annotate_hard_docx_anchors_and_keeps_text(hard_docx, tmp_path):
    result, document = _hard_result(hard_docx)
    table = Location(file=str(hard_docx), table=1)
    cases = {
        "SYN-1": (
            "Raise the share of small firms in regional output to 35% by 2025.",
            _location(document, "Raise the share"),
        ),
        "SYN-2": ("It is a priority.", _location(document, "Raise the share")),
        "SYN-3": ("roads and bridges in rural districts", _location(document, "Build roads")),
        "SYN-4": ("national strategy objective 4.1", _location(document, "See the")),
        "SYN-5": ("water supply", _location(document, "content control")),  # no paragraph index
        "SYN-6": ("Share of SMEs in GDP", Location(file=table.file, table=1, row=2, column=2)),  # merged across
        "SYN-7": ("Source: statistics bureau", Location(file=table.file, table=1, row=3, column=3)),  # merged down
        "SYN-8": ("r3c1", Location(file=table.file, table=1, row=3)),  # no column
    }
    numbered = next(b for b in document.blocks if b.kind == BlockKind.TABLE).rows[0][0]
    assert numbered == "1. r1c1"  # the quote carries a number Word draws, not text in the file
    cases["SYN-10"] = (numbered, Location(file=table.file, table=1, row=1, column=1))
    result.findings = [finding(int(fid[4:]), document, [Quote(q, loc)]) for fid, (q, loc) in cases.items()]
    result.findings.append(finding(99, document, []))  # names the document, quotes nothing
    before = digest(hard_docx)
    [(copy_path, reason)] = annotate_documents(result, tmp_path / "out")
    assert reason is None and copy_path
    assert digest(hard_docx) == before
    got = {fid: text for fid, _, text in anchors(Path(copy_path))}
    for fid, (quote, _) in cases.items():
        expected = "r1c1" if fid == "SYN-10" else quote
        assert normalise_for_match(got[fid]) == normalise_for_match(expected), fid
    assert got["SYN-99"] == "Regional Plan of Testshire for 2021-2025"
    assert block_texts(Path(copy_path)) == block_texts(hard_docx)
    assert styled_chars(Path(copy_path)) == styled_chars(hard_docx)
    assert len(docx.Document(copy_path).paragraphs) == len(docx.Document(str(hard_docx)).paragraphs)


def test_report_annotate_unfound_quote_falls_back_to_the_paragraph(hard_docx, tmp_path):
    result, document = _hard_result(hard_docx)
    location = _location(document, "Closing paragraph")
    result.findings = [finding(1, document, [Quote("text that is nowhere in the plan", location)])]
    [(copy_path, _)] = annotate_documents(result, tmp_path / "out")
    [(_, _, text)] = anchors(Path(copy_path))
    assert text == "Closing paragraph with the word Testshire."


def test_report_annotate_comment_carries_title_message_suggestion_code_id(hard_docx, tmp_path):
    result, document = _hard_result(hard_docx)
    result.findings = [finding(1, document, [Quote("Testshire", _location(document, "Closing"))])]
    [(copy_path, _)] = annotate_documents(result, tmp_path / "out")
    [comment] = list(docx.Document(copy_path).comments)
    for part in ("Synthetic finding 1", "Message 1.", "Suggestion 1.", "SYNTHETIC", "SYN-1"):
        assert part in comment.text


def test_report_annotate_skips_pdf_failed_and_unconcerned_documents_with_a_reason(hard_docx, tmp_path):
    result, document = _hard_result(hard_docx)
    pdf = Document(id="d2", path=str(tmp_path / "plan.pdf"))
    failed = Document(
        id="d3", path=str(tmp_path / "broken.docx"), error=Problem("not_valid_docx", {"name": "broken.docx"})
    )
    failed.status = failed.status.FAILED
    result.documents += [pdf, failed]
    result.findings = [finding(1, pdf, []), finding(2, failed, [])]
    outcomes = annotate_documents(result, tmp_path / "out")
    assert [c for c, _ in outcomes] == [None, None, None]
    assert all(reason for _, reason in outcomes)
    assert "PDF" in outcomes[1].reason or ".docx" in outcomes[1].reason
    assert "broken.docx: is not a valid Word .docx file" in outcomes[2].reason  # its problem, worded


def test_report_annotate_copy_never_overwrites_an_input(hard_docx):
    """Annotating into the folder of the originals writes beside them, never over them."""
    result, document = _hard_result(hard_docx)
    result.findings = [finding(1, document, [])]
    before = digest(hard_docx)
    [(copy_path, _)] = annotate_documents(result, hard_docx.parent)
    assert Path(copy_path).parent == hard_docx.parent and Path(copy_path) != hard_docx
    assert digest(hard_docx) == before


def test_report_annotate_xlsx_keeps_values_formulas_and_existing_notes(tmp_path):
    path = tmp_path / "indicators.xlsx"
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "Economy"
    ws.append(["Code", "Indicator", "2019", "2025"])
    ws.append(["1.1", "Share of SMEs in GDP", 31.6, 35])
    ws.append(["1.2", "Number of operating SMEs", 1200, "=C3*1.2"])
    ws["B3"].comment = CellComment("planner's own note", "Planner")
    book.save(path)
    result, _ = _hard_result(path)
    document = result.documents[0]
    result.findings = [
        finding(1, document, [Quote("Share of SMEs in GDP", Location(file=str(path), sheet="Economy", cell="B2"))]),
        finding(2, document, [Quote("Number of operating SMEs", Location(file=str(path), sheet="Economy", row=3))]),
        finding(3, document, []),
    ]
    before = digest(path)
    [(copy_path, reason)] = annotate_documents(result, tmp_path / "out")
    assert reason is None and digest(path) == before
    copied = openpyxl.load_workbook(copy_path)["Economy"]
    original = openpyxl.load_workbook(path)["Economy"]
    assert [[c.value for c in row] for row in copied.iter_rows()] == [
        [c.value for c in row] for row in original.iter_rows()
    ]
    assert "SYN-1" in copied["B2"].comment.text
    assert copied["B3"].comment.text.startswith("planner's own note") and "SYN-2" in copied["B3"].comment.text
    assert "SYN-3" in copied["A1"].comment.text
