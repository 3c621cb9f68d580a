"""Excel reader: sheets, true cell addresses, merged cells, value formatting, refusals."""

from __future__ import annotations

import dataclasses
import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from analysis.model import BlockKind, Document, DocumentStatus
from analysis.readers import read_document
from analysis.readers._common import OLE_MAGIC
from analysis.readers.limits import default_limits
from analysis.wording import Wording

english = Wording("en").problem  # a document's problem as the English line


def _save(wb: openpyxl.Workbook, tmp_path: Path, name: str = "book.xlsx") -> Path:
    path = tmp_path / name
    wb.save(path)
    return path


def test_xlsx_each_visible_sheet_is_a_heading_and_a_table(tmp_path: Path, read) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Goals"
    ws.append(["Code", "Goal"])
    ws.append(["G1", "Cut emissions"])
    indicators = wb.create_sheet("Indicators")
    indicators.append(["Indicator", "Target"])
    hidden = wb.create_sheet("Lookup")
    hidden.append(["internal"])
    hidden.sheet_state = "hidden"
    wb.create_sheet("Empty")
    path = _save(wb, tmp_path)

    doc = read(path)

    assert doc.status is DocumentStatus.SUCCESS
    assert [(b.kind, b.text, b.location.sheet) for b in doc.blocks] == [
        (BlockKind.HEADING, "Goals", "Goals"),
        (BlockKind.TABLE, "", "Goals"),
        (BlockKind.HEADING, "Indicators", "Indicators"),
        (BlockKind.TABLE, "", "Indicators"),
    ]
    assert doc.blocks[0].heading_level == 1
    assert doc.blocks[1].rows == [["Code", "Goal"], ["G1", "Cut emissions"]]
    assert doc.word_count == 2 + 5 + 2  # sheet names, then cell words


def test_xlsx_leading_empty_rows_and_columns_keep_addresses(tmp_path: Path, read) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Indicator plan"  # a title row, then the header starts at B3
    ws["B3"] = "Indicator"
    ws["C3"] = "Baseline"
    ws["B4"] = "Forest cover"
    ws["C4"] = 28.5
    ws["F20"].number_format = "0.00"  # formatted but empty: must not widen the grid
    path = _save(wb, tmp_path)

    (table,) = [b for b in read(path).blocks if b.kind is BlockKind.TABLE]
    rows = table.rows

    assert rows[3 - 1][2 - 1] == "Indicator"  # B3
    assert rows[4 - 1][3 - 1] == "28.5"  # C4
    assert rows[1] == ["", "", ""]
    assert (len(rows), len(rows[0])) == (4, 3)


def test_xlsx_merged_cells_repeat_the_top_left_value(tmp_path: Path, read) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws["A1"] = "Objective 1"
    ws.merge_cells("A1:A3")
    ws["B1"] = "Target"
    ws.merge_cells("B1:C1")
    ws["B2"], ws["C2"] = 2025, 2030
    ws["B3"] = "2040"
    ws["E6"] = "note"
    ws.merge_cells("E6:Z900")  # sticks out past every value: clipped to the used rows and columns
    path = _save(wb, tmp_path)

    (table,) = [b for b in read(path).blocks if b.kind is BlockKind.TABLE]

    assert table.rows[:3] == [
        ["Objective 1", "Target", "Target", "", ""],
        ["Objective 1", "2025", "2030", "", ""],
        ["Objective 1", "2040", "", "", ""],
    ]
    assert len(table.rows) == 6 and table.rows[5] == ["", "", "", "", "note"]


@pytest.mark.parametrize(
    ("value", "number_format", "expected"),
    [
        (2019, "General", "2019"),
        (2019.0, "General", "2019"),
        (28.5, "General", "28.5"),
        (0.1 + 0.2, "General", "0.3"),
        (0.285, "0.0%", "28.5%"),
        (0.4, "0%", "40%"),
        (1, "0%", "100%"),
        (dt.datetime(2024, 1, 31), "yyyy-mm-dd", "2024-01-31"),
        (True, "General", "TRUE"),
        ("  Forest\ncover ", "General", "Forest cover"),
    ],
)
def test_xlsx_values_are_shown_as_a_planner_reads_them(
    tmp_path: Path, read, value: object, number_format: str, expected: str
) -> None:
    wb = openpyxl.Workbook()
    wb.active["A1"] = value
    wb.active["A1"].number_format = number_format
    path = _save(wb, tmp_path)

    (table,) = [b for b in read(path).blocks if b.kind is BlockKind.TABLE]

    assert table.rows == [[expected]]


def test_xlsx_large_sheet_is_truncated_with_a_warning(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    for r in range(1, 31):
        wb.active.append([f"r{r}", r])
    path = _save(wb, tmp_path)

    limits = dataclasses.replace(default_limits(), max_table_cells=20)
    doc = read_document(path, Document(id="d1", path=str(path)), limits)

    (table,) = [b for b in doc.blocks if b.kind is BlockKind.TABLE]
    assert len(table.rows) == 10
    assert doc.status is DocumentStatus.PARTIAL
    assert "only the first 10 rows" in english(doc.warnings[0])


@pytest.mark.parametrize(
    "data",
    [bytes(range(256)) * 8, b"PK\x03\x04" + b"\x00" * 100, b"Indicator;Target\nForest;30\n"],
    ids=["random-bytes", "broken-zip", "csv-renamed"],
)
def test_xlsx_corrupt_file_fails_with_message(tmp_path: Path, read, data: bytes) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(data)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert english(doc.error) == (
        "broken.xlsx: is not a valid Excel .xlsx workbook (it may be damaged or be another format)."
    )


def test_xlsx_word_document_renamed_is_not_valid(tmp_path: Path, read) -> None:
    import docx

    path = tmp_path / "renamed.xlsx"
    docx.Document().save(path)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "not a valid Excel .xlsx workbook" in english(doc.error)


def test_xlsx_encrypted_workbook_is_refused(tmp_path: Path, read) -> None:
    path = tmp_path / "secret.xlsx"
    path.write_bytes(OLE_MAGIC + b"\x00" * 1000 + "EncryptedPackage".encode("utf-16-le"))

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "is password-protected (encrypted); remove the password in Excel" in english(doc.error)


def test_xlsx_macro_workbook_is_refused(tmp_path: Path, read) -> None:
    plain = _save(openpyxl.Workbook(), tmp_path, "plain.xlsx")
    path = tmp_path / "macro.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            zout.writestr(item, zin.read(item.filename))
        zout.writestr("xl/vbaProject.bin", b"\x00" * 64)

    doc = read(path)

    assert doc.status is DocumentStatus.FAILED
    assert "contains macros" in english(doc.error) and ".xlsx" in english(doc.error)
