"""Excel .xlsx reader: one HEADING (the sheet name) and one TABLE per visible, non-empty sheet.

The TABLE grid starts at cell A1 and keeps leading empty rows and columns, so that
`rows[r - 1][c - 1]` is the cell in row r, column c: extraction turns that into "B7" for the
planner. Trailing empty rows and columns are trimmed. Values are shown the way a planner
reads them: 2019 not 2019.0, 0.285 formatted as a percentage as "28.5%", dates as ISO dates;
cached formula results are used (`data_only=True`), because the program never recalculates; a
formula with no cached result (a workbook written by a script and never opened in Excel) is
counted and named in a warning. Merged ranges repeat their top-left value into every cell they
cover, within the cells that hold values.

Sheets are streamed row by row (openpyxl's read-only parser) and only the cells the file
defines are kept: neither a `<dimension>` claiming a million rows nor a merged range over the
whole sheet (which openpyxl's normal mode expands into one object per cell) allocates anything.
A sheet is cut at `max_table_columns` columns and `max_table_cells` cells (limits.json), with a
warning.
"""

from __future__ import annotations

import datetime as dt
import warnings
from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.utils.cell import range_boundaries
from openpyxl.worksheet._reader import VALUE_TAG, WorkSheetParser

from analysis.model import Block, BlockKind, Document, Location, Problem
from analysis.readers._common import check_office_package, clean, count_words, not_valid_office_file
from analysis.readers.limits import Limits, default_limits


def require_defusedxml() -> None:
    """openpyxl parses worksheets with defusedxml only when it is installed and OPENPYXL_DEFUSEDXML
    is not "False"; without it a workbook with an entity bomb would be expanded. Refuse to read
    unsafe (this file fails with the reason; the other formats are still read)."""
    if not openpyxl.DEFUSEDXML:
        raise ImportError(
            "openpyxl is running without defusedxml (install defusedxml and leave OPENPYXL_DEFUSEDXML unset); "
            "Concord will not read Excel files unprotected."
        )

_FORMULA_TAG = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}f"


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


class _SheetParser(WorkSheetParser):
    """openpyxl's streaming sheet parser, counting formulas that carry no calculated value."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.uncalculated = 0

    def parse_cell(self, element: Any) -> dict:
        cell = super().parse_cell(element)
        if element.find(VALUE_TAG) is None and element.find(_FORMULA_TAG) is not None:
            self.uncalculated += 1
        return cell


def _number_format(ws: Any, cell: dict) -> str | None:
    try:
        return ReadOnlyCell(ws, cell["row"], cell["column"], None, style_id=cell["style_id"]).number_format
    except (IndexError, KeyError, TypeError, AttributeError):  # a style id the workbook does not define
        return None


def _sheet_rows(ws: Any, wb: Any, warn: list[Problem], path: Path, limits: Limits) -> list[list[str]]:
    """The sheet as a grid from A1, trimmed of trailing empty rows and columns."""
    max_columns = max(1, limits.max_table_columns)
    values: dict[tuple[int, int], str] = {}
    wide = cut_at_row = 0
    with ws._get_source() as source:
        parser = _SheetParser(
            source,
            ws._shared_strings,
            data_only=True,
            epoch=wb.epoch,
            date_formats=wb._date_formats,
            timedelta_formats=wb._timedelta_formats,
        )
        for row_number, cells in parser.parse():
            if len(values) >= limits.max_table_cells:
                cut_at_row = row_number
                break
            for cell in cells:
                text = format_value(cell["value"], _number_format(ws, cell) if cell["value"] is not None else None)
                if not text:
                    continue
                if cell["column"] > max_columns:
                    wide = max(wide, cell["column"])
                    continue
                values[(cell["row"], cell["column"])] = text
        merges = list(parser.merged_cells.mergeCell) if parser.merged_cells is not None else []
        uncalculated = parser.uncalculated
    if uncalculated:
        warn.append(Problem("xlsx_uncalculated", {"name": path.name, "sheet": ws.title, "count": uncalculated}))
    if wide:
        sheet = {"name": path.name, "sheet": ws.title}
        warn.append(Problem("xlsx_wide_sheet", {**sheet, "column": wide, "limit": max_columns}))
    if not values:
        return []
    n_rows = max(r for r, _ in values)
    n_cols = max(c for _, c in values)
    if cut_at_row or n_rows * n_cols > limits.max_table_cells:
        n_rows = min(n_rows, max(1, limits.max_table_cells // n_cols))
        warn.append(
            Problem("xlsx_large_sheet", {
                "name": path.name, "sheet": ws.title, "limit": limits.max_table_cells, "rows": n_rows,
            })
        )
    grid = [[""] * n_cols for _ in range(n_rows)]
    for (r, c), text in values.items():
        if r <= n_rows:
            grid[r - 1][c - 1] = text
    # Merged ranges, clipped to the cells that hold values: a range over the whole sheet repeats
    # its text into the grid, never into a million empty rows. Each grid cell is filled at most
    # once by a range (Excel never overlaps them; a file that does gets no more work).
    budget = n_rows * n_cols
    for merge in merges:
        try:
            min_col, min_row, max_col, max_row = range_boundaries(str(merge.ref))
        except (ValueError, TypeError):
            continue
        text = values.get((min_row, min_col))
        if not text or min_row > n_rows or min_col > n_cols:
            continue
        for r in range(min_row, min(max_row, n_rows) + 1):
            for c in range(min_col, min(max_col, n_cols) + 1):
                grid[r - 1][c - 1] = text
            budget -= min(max_col, n_cols) - min_col + 1
        if budget <= 0:
            break
    return grid


def read_xlsx(path: Path, doc: Document, limits: Limits | None = None) -> None:
    """Fill `doc` from an .xlsx workbook (see the module docstring)."""
    require_defusedxml()
    limits = limits or default_limits()
    check_office_package(path, "Excel", limits)
    with warnings.catch_warnings():
        # openpyxl warns about every extension it does not support (data validation, slicers).
        warnings.simplefilter("ignore")
        try:
            wb = openpyxl.load_workbook(path, data_only=True, read_only=True, keep_links=False)
        except Exception as exc:  # noqa: BLE001 - any parser failure means a damaged package
            raise not_valid_office_file(path, "Excel") from exc
        try:
            sheets = wb.worksheets
            visible = [ws for ws in sheets if ws.sheet_state == "visible"]
            if sheets and not visible:
                doc.warnings.append(Problem("sheets_hidden", {"name": path.name}))
            for ws in visible:
                if not hasattr(ws, "_get_source"):  # a chart sheet: no cells
                    continue
                rows = _sheet_rows(ws, wb, doc.warnings, path, limits)
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
