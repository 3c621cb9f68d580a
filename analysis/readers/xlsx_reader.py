"""Excel .xlsx reader: one HEADING (the sheet name) and one TABLE per visible, non-empty sheet.

The TABLE grid starts at cell A1 and keeps leading empty rows and columns, so that
`rows[r - 1][c - 1]` is the cell in row r, column c: extraction turns that into "B7" for the
planner. Trailing empty rows and columns are trimmed. Values are shown the way a planner
reads them: 2019 not 2019.0, 0.285 formatted as a percentage as "28.5%", dates as ISO dates;
cached formula results are used (`data_only=True`), because the program never recalculates.
Merged ranges repeat their top-left value into every cell they cover.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

from analysis.model import Block, BlockKind, Document, Location
from analysis.readers._common import check_office_package, clean, count_words, not_valid_office_file
from analysis.readers.limits import Limits

# openpyxl parses worksheets with defusedxml only when it is installed and OPENPYXL_DEFUSEDXML is
# not "False"; without it a workbook with an entity bomb would be expanded. Refuse to run unsafe.
if not openpyxl.DEFUSEDXML:
    raise ImportError(
        "openpyxl is running without defusedxml (install defusedxml and leave OPENPYXL_DEFUSEDXML unset); "
        "Concord will not read Excel files unprotected."
    )

# More grid cells than this in one sheet (rows x used columns) are cut off with a warning:
# a plan's indicator sheet is far smaller, and a dense grid of a million cells would stall the run.
MAX_CELLS_PER_SHEET = 200_000


def format_value(value: Any, number_format: str | None = None) -> str:
    """A cell value as text, as the planner sees it in Excel (roughly; no locale)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        if number_format and "%" in number_format:
            return f"{value * 100}%"
        return str(value)
    if isinstance(value, float):
        if number_format and "%" in number_format:
            return _shortest(value * 100) + "%"
        return _shortest(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ", timespec="minutes" if value.second == 0 else "seconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    return clean(str(value))


def _shortest(x: float) -> str:
    """Shortest text for a float at Excel's 15 significant digits: 2019.0 -> "2019", 0.1 + 0.2 -> "0.3"."""
    return f"{x:.15g}"


def _sheet_rows(ws: Worksheet, warn: list[str], path: Path) -> list[list[str]]:
    """The sheet as a grid from A1, trimmed of trailing empty rows and columns."""
    # `_cells` holds only the cells the file defines; ws.iter_rows() would create every cell up
    # to max_row x max_column, which formatting alone can push to a million.
    values: dict[tuple[int, int], str] = {}
    for (r, c), cell in ws._cells.items():
        text = format_value(cell.value, cell.number_format)
        if text:
            values[(r, c)] = text
    merged: list[tuple[int, int, int, int, str]] = []
    for rng in ws.merged_cells.ranges:
        top_left = values.get((rng.min_row, rng.min_col))
        if top_left:
            merged.append((rng.min_row, rng.min_col, rng.max_row, rng.max_col, top_left))
    if not values:
        return []
    n_rows = max(r for r, _ in values)
    n_cols = max(c for _, c in values)
    for _, _, max_row, max_col, _ in merged:
        n_rows, n_cols = max(n_rows, max_row), max(n_cols, max_col)
    if n_rows * n_cols > MAX_CELLS_PER_SHEET:
        kept = max(1, MAX_CELLS_PER_SHEET // n_cols)
        warn.append(
            f"{path.name}: sheet '{ws.title}' is very large ({n_rows} rows x {n_cols} columns); "
            f"only the first {kept} rows were read."
        )
        n_rows = kept
    grid = [[""] * n_cols for _ in range(n_rows)]
    for (r, c), text in values.items():
        if r <= n_rows:
            grid[r - 1][c - 1] = text
    for min_row, min_col, max_row, max_col, text in merged:
        for r in range(min_row, min(max_row, n_rows) + 1):
            for c in range(min_col, max_col + 1):
                grid[r - 1][c - 1] = text
    return grid


def read_xlsx(path: Path, doc: Document, limits: Limits | None = None) -> None:
    """Fill `doc` from an .xlsx workbook (see the module docstring)."""
    check_office_package(path, "Excel", limits)
    try:
        with warnings.catch_warnings():
            # openpyxl warns about every extension it does not support (data validation, slicers).
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, data_only=True, read_only=False, keep_links=False)
    except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged package
        raise not_valid_office_file(path, "Excel") from exc
    try:
        visible = [ws for ws in wb.worksheets if ws.sheet_state == "visible"]
        if wb.worksheets and not visible:
            doc.warnings.append(f"{path.name}: every sheet is hidden; unhide the sheets to be read.")
        for ws in visible:
            rows = _sheet_rows(ws, doc.warnings, path)
            if not rows:
                continue
            loc = Location(file=str(path), sheet=ws.title)
            doc.blocks.append(Block(BlockKind.HEADING, ws.title, loc, heading_level=1))
            table_loc = Location(file=str(path), sheet=ws.title)
            doc.blocks.append(Block(BlockKind.TABLE, "", table_loc, rows=rows))
        doc.title = clean(wb.properties.title or "") if wb.properties else ""
        doc.word_count = count_words(doc.blocks)
    finally:
        wb.close()
