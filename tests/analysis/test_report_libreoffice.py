"""The three outputs open in another office suite: LibreOffice converts the Word report, the
workbook and an annotated copy to PDF without error. A ministry may not use Microsoft Office,
and a file Word repairs silently can still be broken.

Needs the `soffice` binary (Debian: libreoffice-writer-nogui, libreoffice-calc-nogui); the
test is skipped where it is absent, e.g. on a CI runner without LibreOffice. An installation
with only some components (Writer without Calc) is asked first what it can convert: a minimal
document and workbook go through it with the reports, and a format it cannot convert even in
its simplest form is skipped, with a warning, rather than failed.
"""

from __future__ import annotations

import shutil
import subprocess
import warnings
from pathlib import Path

import docx
import openpyxl
import pytest

from analysis.pipeline import Config, run
from analysis.project import load_project
from analysis.report import annotate_documents, write_excel_report, write_word_report
from analysis.resources import resources_dir

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

pytestmark = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (soffice) is not installed; it is only needed for this conversion check"
)


def test_report_libreoffice_converts_every_output_to_pdf(blank_engine, tmp_path):
    result = run(load_project(resources_dir() / "samples" / "sample.concord").documents, Config(), engine=blank_engine)
    write_word_report(result, tmp_path / "report.docx")
    write_excel_report(result, tmp_path / "workbook.xlsx")  # its own PDF name, not report.pdf
    copies = [Path(c) for c, _ in annotate_documents(result, tmp_path / "annotated") if c]
    # one annotated copy of each format: enough to prove the comment markup, and each file
    # converted costs LibreOffice a second or two
    one_of_each = list({c.suffix: c for c in copies}.values())
    assert {c.suffix for c in one_of_each} == {".docx", ".xlsx"}
    probes = _probes(tmp_path / "probe")
    inputs = [tmp_path / "report.docx", tmp_path / "workbook.xlsx", *one_of_each]
    pdf_dir = tmp_path / "pdf"
    completed = subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(pdf_dir),
            *map(str, [*probes, *inputs]),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # what this LibreOffice can convert at all: the formats whose minimal file came out
    supported = {probe.suffix for probe in probes if (pdf_dir / f"{probe.stem}.pdf").is_file()}
    unsupported = sorted({source.suffix for source in inputs} - supported)
    if not supported:
        pytest.skip(f"this LibreOffice converts neither .docx nor .xlsx to PDF ({completed.stderr.strip()[:200]})")
    if unsupported:
        warnings.warn(
            f"this LibreOffice cannot convert {', '.join(unsupported)} to PDF (a component is missing); not checked",
            stacklevel=1,
        )
    for source in inputs:
        if source.suffix not in supported:
            continue
        pdf = pdf_dir / f"{source.stem}.pdf"
        assert pdf.is_file() and pdf.stat().st_size > 1000, (source.name, completed.stdout, completed.stderr)
        assert pdf.read_bytes().startswith(b"%PDF")
    # the contents carry page numbers as LibreOffice lays the report out (PAGEREF fields, not a
    # TOC field whose stored text has none): every entry line ends with its page
    if ".docx" in supported:
        import pdfplumber

        from analysis.report.view import ReportView

        with pdfplumber.open(pdf_dir / "report.pdf") as pdf:
            text = "\n".join(page.extract_text() or "" for page in pdf.pages[:10])
        heading = ReportView(result, "en").t["word"]["summary_heading"]
        entries = [line for line in text.splitlines() if line.startswith(heading) and "." * 5 in line]
        assert entries and all(line.rstrip()[-1].isdigit() for line in entries), entries


def _probes(folder: Path) -> list[Path]:
    """A minimal document and workbook: what any LibreOffice with Writer / Calc converts."""
    folder.mkdir()
    document = docx.Document()
    document.add_paragraph("Probe.")
    document.save(folder / "probe-writer.docx")
    book = openpyxl.Workbook()
    book.active["A1"] = "Probe."
    book.save(folder / "probe-calc.xlsx")
    return [folder / "probe-writer.docx", folder / "probe-calc.xlsx"]
