"""Hostile input: every file of the generated corpus is refused with a one-line reason or read
correctly, fast and in bounded memory, and the good documents of the same run are still analysed."""

from __future__ import annotations

import dataclasses
import io
import resource
import subprocess
import sys
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest

from analysis.model import Document, DocumentStatus
from analysis.pipeline import run
from analysis.project import DocumentSpec
from analysis.readers import ReaderError, read_document
from analysis.readers._common import check_office_package, ole_stream_names
from analysis.readers.isolate import run_isolated
from analysis.readers.limits import default_limits
from tests.hostile_corpus import (
    SECRET,
    billion_laughs_dtd,
    build_corpus,
    docx_with_dtd,
    encrypted_ooxml,
    external_entity_dtd,
    many_pages_pdf,
    outcome_problems,
    xlsx_with_dtd,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return build_corpus(tmp_path_factory.mktemp("hostile"))


def test_hostile_each_file_is_refused_with_a_reason_or_read_quickly_in_bounded_memory(corpus, capfd):
    problems, slowest = [], 0.0
    tracemalloc.start()
    try:
        for spec in corpus:
            started = time.monotonic()
            doc = read_document(spec.path, Document(id="d", path=str(spec.path)))
            slowest = max(slowest, time.monotonic() - started)
            problems += outcome_problems(spec, doc)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert problems == []
    assert slowest < 30
    # Python allocations of this process: nothing unpacked the 1 GB bomb or loaded the 50 MB text.
    assert peak < 60_000_000
    # PDFs are parsed in child processes, each capped by read_memory_mb.
    children_peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    assert children_peak_kb * 1024 < default_limits().read_memory_mb * 1024 * 1024
    assert "Traceback" not in capfd.readouterr().err


def test_hostile_corpus_in_one_run_still_analyses_the_good_documents(corpus, blank_engine, tmp_path, capfd):
    from analysis.pipeline import Config

    started = time.monotonic()
    result = run(
        [DocumentSpec(str(s.path)) for s in corpus], Config(cache_dir=str(tmp_path / "cache")), engine=blank_engine
    )
    assert time.monotonic() - started < 60
    problems = [p for spec, doc in zip(corpus, result.documents, strict=True) for p in outcome_problems(spec, doc)]
    assert problems == []
    good = {d.id for d, s in zip(result.documents, corpus, strict=True) if s.name.startswith("good_plan")}
    assert len(good) == 2
    for doc_id in good:
        codes = {i.code for i in result.items if i.document_id == doc_id}
        assert {"1", "1.1"} <= codes
    assert "Traceback" not in capfd.readouterr().err


# -- Office packages ------------------------------------------------------------------------------


def _package(tmp_path: Path, name: str, parts: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", method) as zf:
        zf.writestr("[Content_Types].xml", b"<Types/>")
        for part, data in parts.items():
            zf.writestr(part, data)
    return path


@pytest.mark.parametrize(
    ("limit", "parts", "reason"),
    [
        ({"max_parts": 5}, {f"word/p{n}.xml": b"<x/>" for n in range(10)}, "has 11 parts inside (limit 5)"),
        ({"max_unpacked_mb": 1}, {"a.xml": b"a" * 700_000, "b.xml": b"b" * 700_000}, "unpacks to 1 MB (limit 1 MB)"),
        ({"max_part_mb": 1}, {"word/document.xml": b" " * 1_500_000}, "part 'word/document.xml' unpacks to 2 MB"),
        ({"max_compression_ratio": 50}, {"word/document.xml": b"\0" * 3_000_000}, "is packed"),
    ],
)
def test_hostile_zip_limits_refuse_before_unpacking(tmp_path, limit, parts, reason):
    path = _package(tmp_path, "plan.docx", parts)
    limits = dataclasses.replace(default_limits(), **limit)
    with pytest.raises(ReaderError, match="zip bomb") as error:
        check_office_package(path, "Word", limits)
    assert str(error.value).startswith("plan.docx: ") and reason in str(error.value)


def test_hostile_small_repetitive_parts_and_real_samples_pass_the_zip_checks(tmp_path):
    # a few KB of repeated XML packs far beyond 200:1 but is not a bomb
    check_office_package(_package(tmp_path, "ok.docx", {"word/styles.xml": b"<a/>" * 100_000}), "Word")
    for sample in (ROOT / "resources" / "samples").glob("*.docx"):
        check_office_package(sample, "Word")
    for sample in (ROOT / "resources" / "samples").glob("*.xlsx"):
        check_office_package(sample, "Excel")


def test_hostile_encrypted_workbook_is_recognised_from_the_ole_directory(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(encrypted_ooxml())
    assert ole_stream_names(path) == {"Root Entry", "EncryptionInfo", "EncryptedPackage"}
    doc = read_document(path, Document(id="d", path=str(path)))
    assert doc.error.startswith("locked.xlsx: is password-protected (encrypted)")


def test_hostile_ole_parser_survives_garbage_after_the_header(tmp_path):
    path = tmp_path / "x.docx"
    data = bytearray(encrypted_ooxml())
    data[48:52] = b"\x00\x00\x00\x00"  # the directory chain now starts at the FAT sector: garbage names
    path.write_bytes(bytes(data[:512]) + b"\xff" * 100)  # and the file is cut after the header
    assert ole_stream_names(path) is None
    doc = read_document(path, Document(id="d", path=str(path)))
    assert doc.status is DocumentStatus.FAILED and doc.error.startswith("x.docx: is not a valid Word")


def test_hostile_python_docx_itself_never_expands_or_fetches_entities(tmp_path):
    """Behind the DTD refusal, the parser python-docx uses (lxml with resolve_entities=False, and
    libxml2's amplification limit): entities are neither expanded nor fetched."""
    from lxml import etree

    secret = tmp_path / "secret.data"
    secret.write_text(SECRET, encoding="utf-8")
    for dtd, entity in ((billion_laughs_dtd("w:document"), "lol9"), (external_entity_dtd("w:document", secret), "xxe")):
        started = time.monotonic()
        try:
            document = docx.Document(io.BytesIO(docx_with_dtd(dtd, entity)))
        except etree.XMLSyntaxError as exc:  # libxml2 stops the billion laughs outright
            assert entity == "lol9" and "amplification" in str(exc)
        else:
            text = " ".join(p.text for p in document.paragraphs)
            assert "Objective 1.1." in text and "lol" not in text and SECRET not in text
        assert time.monotonic() - started < 5


def test_hostile_openpyxl_itself_refuses_entities(tmp_path):
    """Behind the DTD refusal, openpyxl with defusedxml rejects entity declarations in a sheet."""
    secret = tmp_path / "secret.data"
    secret.write_text(SECRET, encoding="utf-8")
    assert openpyxl.DEFUSEDXML
    for dtd, entity in ((billion_laughs_dtd("worksheet"), "lol9"), (external_entity_dtd("worksheet", secret), "xxe")):
        with pytest.raises(Exception, match="(?i)entit|DTD"):
            book = openpyxl.load_workbook(io.BytesIO(xlsx_with_dtd(dtd, entity)))
            book.active.cell(1, 1)  # reached only if loading did not refuse


def test_hostile_excel_reader_refuses_to_run_without_defusedxml(tmp_path):
    book = openpyxl.Workbook()
    book.active["A1"] = "Indicator"
    path = tmp_path / "plan.xlsx"
    book.save(path)
    code = (
        "import sys; from analysis.readers import read_document; from analysis.model import Document;"
        f"d = read_document({str(path)!r}, Document(id='d', path='p')); print(d.error)"
    )
    env = {"OPENPYXL_DEFUSEDXML": "False", "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert "plan.xlsx: could not be read (ImportError: openpyxl is running without defusedxml" in out.stdout


# -- PDFs in a child process ----------------------------------------------------------------------


def test_hostile_pdf_over_its_time_limit_is_stopped(tmp_path):
    path = tmp_path / "slow.pdf"
    path.write_bytes(many_pages_pdf(2000))
    limits = dataclasses.replace(default_limits(), max_pdf_pages=5000, read_timeout_seconds=1, read_seconds_per_page=0)
    started = time.monotonic()
    doc = read_document(path, Document(id="d", path=str(path)), limits)
    assert time.monotonic() - started < 5
    assert doc.error.startswith("slow.pdf: reading took longer than the 1 s allowed")


def test_hostile_child_gets_the_time_it_asks_for():
    value = run_isolated("tests.hostile_corpus", "sleep_in_child", (1.5, 2.0), name="x.pdf", timeout=1.0, memory_mb=0)
    assert value == "done"


def test_hostile_child_over_its_memory_limit_fails_alone():
    with pytest.raises(ReaderError, match=r"^x.pdf: reading needed more than the 400 MB of memory allowed"):
        run_isolated("tests.hostile_corpus", "allocate_in_child", (1500,), name="x.pdf", timeout=30, memory_mb=400)
    # the same allocation without the cap succeeds: the limit, not the machine, stopped it
    assert run_isolated("tests.hostile_corpus", "allocate_in_child", (100,), name="x.pdf", timeout=30, memory_mb=0)


def test_hostile_child_crash_is_a_message():
    with pytest.raises(ReaderError, match=r"^x.pdf: the reader stopped unexpectedly \(exit code -9\)"):
        run_isolated("tests.hostile_corpus", "crash_in_child", (), name="x.pdf", timeout=30, memory_mb=0)
