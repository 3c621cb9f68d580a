"""Fuzzing the readers and the extraction with hypothesis: generated plans and mutated files.

Whatever the bytes, reading gives a Document that is either read or FAILED with a one-line
error, and extraction never raises. The default run is short (CI); CONCORD_FUZZ_EXAMPLES=5000
runs thousands of examples per test.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from analysis.extract import extract_document
from analysis.model import Document, DocumentStatus
from analysis.readers import read_document

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from hostile_corpus import _docx_bytes, _xlsx_bytes  # noqa: E402

from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line

EXAMPLES = int(os.environ.get("CONCORD_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces plans are made of, so generated text reaches the structure and target rules.
WORDS = st.sampled_from(
    [
        "Goal",
        "Objective",
        "Task",
        "Measure",
        "Indicator",
        "Risks",
        "Financing",
        "Monitoring",
        "1.",
        "1.2.",
        "2.3.1",
        "increase",
        "reduce",
        "the share of SMEs",
        "from",
        "to",
        "by",
        "in",
        "2019",
        "2025",
        "2030",
        "28.5%",
        "35 %",
        "KZT 1,234.5 million",
        "thousand people",
        ":",
        "Цель",
        "Задача",
        "с",
        "до",
        "к",
        "году",
        "28,5 %",
        "млн тенге",
        "Мақсат",
        "жылға дейін",
        "\t",
        "  ",
        "•",
        "-",
        "(",
        ")",
        ";",
        "|",
        "\u00a0",
        "\u200b",
    ]  # fmt: skip
)
LINE = st.lists(st.one_of(WORDS, st.text(max_size=12)), max_size=14).map(" ".join)
PLAN_TEXT = st.lists(st.one_of(LINE, LINE.map(lambda s: "# " + s), LINE.map(lambda s: "## " + s)), max_size=25).map(
    "\n\n".join
)


def _read_and_extract(path: Path, engine) -> Document:
    document = Document(id="d1", path=str(path))
    read_document(path, document)
    if document.status == DocumentStatus.FAILED:
        assert english(document.error) and "\n" not in english(document.error)
        return document
    for item in extract_document(document, engine):
        assert item.text is not None and item.location.file
    return document


@FUZZ
@given(text=PLAN_TEXT, suffix=st.sampled_from([".md", ".txt"]))
def test_fuzz_generated_plans_read_and_extract(tmp_path_factory, blank_engine, text, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"plan{suffix}"
    path.write_text(text, encoding="utf-8")
    _read_and_extract(path, blank_engine)


@pytest.fixture(scope="module")
def seeds():
    return {".docx": _docx_bytes(), ".xlsx": _xlsx_bytes(), ".txt": b"Goal 1. Raise exports to 35% by 2025."}


@FUZZ
@given(
    suffix=st.sampled_from([".docx", ".xlsx", ".txt"]),
    edits=st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)), min_size=1, max_size=6),
    cut=st.one_of(st.none(), st.floats(0.05, 1)),
)
def test_fuzz_mutated_files_fail_alone_in_one_line(tmp_path_factory, blank_engine, seeds, suffix, edits, cut):
    data = bytearray(seeds[suffix])
    for where, patch in edits:
        at = int(where * (len(data) - 1))
        data[at : at + len(patch)] = patch
    if cut is not None:
        data = data[: max(1, int(len(data) * cut))]
    path = tmp_path_factory.mktemp("fuzz") / f"mutated{suffix}"
    path.write_bytes(bytes(data))
    _read_and_extract(path, blank_engine)
