"""The Excel workbook: everything the analysis found, one sheet per kind of record, for
filtering, sorting and pivoting (the Word report is for reading; this is for working).

Sheets: Findings, Links, Items, Indicators, Coverage, Documents. Every sheet has a frozen
header row, an auto-filter, set column widths and wrapped long text; numbers (scores,
ranks, baselines, targets, years, locations) are stored as numbers so Excel can sort and
compute with them; severity colours come from conditional formatting on the label, so
they follow the cell when a planner edits or re-sorts.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.comments import Comment
from openpyxl.formatting.rule import ColorScaleRule, FormulaRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from analysis.compare.model import Comparison
from analysis.compare.wording import Wording, load_wording
from analysis.coverage import PRIORITY_KINDS, missing_parts
from analysis.files import write_with
from analysis.model import AnalysisResult, Direction, DocumentStatus, ItemKind, YearValue
from analysis.report.changes import changes_rows
from analysis.report.view import ReportView, fill, number, xml_text

_MAX_CELL = 32_000  # Excel's limit is 32,767 characters per cell
_WRAP = Alignment(wrap_text=True, vertical="top")
_TOP = Alignment(vertical="top")
_LINE_HEIGHT = 15  # points per line of 11 pt text


def write_excel_report(
    result: AnalysisResult, path: str | os.PathLike[str], language: str = "en", changes=None
) -> None:
    """Write the workbook to `path` (through a temporary file, so a failure leaves nothing half-written).
    `changes`: a comparison with the last draft (analysis.compare.Comparison), as a Changes sheet."""
    view = ReportView(result, language)
    book = Workbook()
    book.remove(book.active)
    writer = _Writer(view, book)
    writer.write()
    if changes is not None:
        writer.changes(changes)
    book.properties.title = view.t["word"]["title"]
    book.properties.creator = "Concord"
    write_with(path, book.save, label="Excel workbook")


def _style_of(ws: Worksheet, alignment: Alignment, number_format: str | None) -> StyleArray:
    """The style array of a cell with this alignment and number format (a scratch cell, never
    added to the sheet, registers the style in the workbook)."""
    scratch = Cell(ws)
    scratch.alignment = alignment
    if number_format:
        scratch.number_format = number_format
    return scratch._style


def _lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a column `width` characters wide. Row heights are stored
    because LibreOffice, by default, does not re-fit them when it opens an .xlsx; the estimate
    errs on the tall side so no text is hidden."""
    per_line = max(1, int(width * 1.05))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


def _cell_value(value: Any) -> Any:
    """Strings cleaned of characters XML cannot hold and cut to Excel's cell limit; numbers as they are."""
    if isinstance(value, str):
        value = xml_text(value)
        if len(value) > _MAX_CELL:
            value = value[: _MAX_CELL - 1] + "…"
    return value


class _Writer:
    def __init__(self, view: ReportView, book: Workbook) -> None:
        self.view = view
        self.t = view.t
        self.x = view.t["excel"]
        self.book = book
        self.header_fill = PatternFill("solid", fgColor=self.t["header_fill"])
        self.header_font = Font(name="Calibri", size=11, bold=True, color=self.t["header_font_colour"])

    def write(self) -> None:
        self._findings()
        self._links()
        self._items()
        self._indicators()
        self._coverage()
        self._documents()

    def changes(self, comparison) -> Worksheet:
        """One row per change between the drafts (analysis.report.changes)."""
        x = load_wording(self.view.language)["excel"]
        return self.sheet(
            x["sheet"],
            x["headers"],
            changes_rows(comparison, self.view),
            [30, 20, 14, 10, 10, 50, 50, 60, 22, 28, 28],
            wrap=(0, 5, 6, 7, 9, 10),
        )

    # -- sheet helper -----------------------------------------------------------------------------
    def sheet(
        self,
        title: str,
        headers: Sequence[str],
        rows: Iterable[Sequence[Any]],
        widths: Sequence[float],
        wrap: Iterable[int] = (),
        formats: dict[int, str] | None = None,
    ) -> Worksheet:
        """A sheet with a styled, frozen header row, an auto-filter over the data and set widths.
        `wrap` lists 0-based columns of long text; `formats` maps columns to number formats."""
        ws = self.book.create_sheet(title[:31])
        for c, header in enumerate(headers, 1):
            cell = ws.cell(row=1, column=c, value=header)
            cell.fill, cell.font, cell.alignment = self.header_fill, self.header_font, _WRAP
        wrap = set(wrap)
        formats = formats or {}
        # One prepared style per column, copied into each cell: assigning style attributes cell
        # by cell goes through openpyxl's style registry and costs most of the run time.
        plain = [_style_of(ws, _WRAP if c in wrap else _TOP, None) for c in range(len(headers))]
        number = [_style_of(ws, _TOP, formats[c]) if c in formats else plain[c] for c in range(len(headers))]
        r = 1
        for row in rows:
            r += 1
            lines = 1
            for c, value in enumerate(row):
                if value is None or value == "":
                    continue
                cell = ws.cell(row=r, column=c + 1, value=_cell_value(value))
                if cell.data_type == "f":
                    cell.data_type = "s"  # plan text that starts with '=' is text, never a formula
                cell._style = copy(number[c] if isinstance(value, (int, float)) else plain[c])
                if c in wrap and isinstance(value, str):
                    lines = max(lines, _lines(value, widths[c]))
            if lines > 1:
                ws.row_dimensions[r].height = min(409, _LINE_HEIGHT * lines)
        for c, width in enumerate(widths, 1):
            ws.column_dimensions[get_column_letter(c)].width = width
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{max(r, 2)}"
        ws.sheet_view.zoomScale = 90
        # Printed (or saved as PDF): landscape, every column on one page width, header repeated.
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
        ws.print_title_rows = "1:1"
        return ws

    def severity_colours(self, ws: Worksheet, column: str) -> None:
        """Fill the severity column by conditional formatting on its label (template wording)."""
        last = max(ws.max_row, 2)
        for value, label in self.t["severity"].items():
            literal = label.replace('"', '""')
            ws.conditional_formatting.add(
                f"{column}2:{column}{last}",
                FormulaRule(
                    formula=[f'${column}2="{literal}"'],
                    fill=PatternFill("solid", bgColor=self.t["severity_fill"][value]),
                    font=Font(bold=True, color=self.t["severity_colour"][value]),
                ),
            )

    def score_scale(self, ws: Worksheet, ref: str) -> None:
        ws.conditional_formatting.add(
            ref,
            ColorScaleRule(
                start_type="num",
                start_value=0,
                start_color="F8696B",
                mid_type="num",
                mid_value=0.5,
                mid_color="FFEB84",
                end_type="num",
                end_value=1,
                end_color="63BE7B",
            ),
        )

    # -- sheets -----------------------------------------------------------------------------------
    def _findings(self) -> None:
        view, sep = self.view, "\n"
        rows = []
        for f in view.all_findings:
            rows.append(
                [
                    view.severity(f),
                    f.code,
                    f.title,
                    f.message,
                    f.suggestion,
                    view.t["list_separator"].join(view.doc_name(d) for d in f.document_ids),
                    sep.join(e.quote for e in f.evidence),
                    sep.join(view.where(e.location) for e in f.evidence),
                    f.id,
                ]
            )
        ws = self.sheet(
            self.x["findings_sheet"],
            self.x["findings_headers"],
            rows,
            [13, 28, 40, 70, 55, 35, 60, 38, 30],
            wrap=(2, 3, 4, 5, 6, 7),
        )
        self.severity_colours(ws, "A")

    def _links(self) -> None:
        view = self.view
        rows = []
        for link in view.result.links:
            source, target = view.items.get(link.source_id), view.items.get(link.target_id)
            if source is None or target is None:
                continue
            rows.append(
                [
                    view.doc_name(source.document_id),
                    source.id,
                    view.kind(source.kind),
                    source.code,
                    source.text,
                    view.doc_name(target.document_id),
                    target.id,
                    view.kind(target.kind),
                    target.code,
                    target.text,
                    link.rank,
                    round(link.score, 4),
                    self.t["link_status"].get(link.status.value, link.status.value),
                    self.t["yes"] if view.is_accepted(link) else self.t["no"],
                    view.evidence(link),
                ]
            )
        ws = self.sheet(
            self.x["links_sheet"],
            self.x["links_headers"],
            rows,
            [28, 9, 11, 8, 55, 28, 9, 11, 8, 55, 6, 8, 14, 10, 45],
            wrap=(4, 9, 14),
            formats={11: "0.00"},
        )
        self.score_scale(ws, f"L2:L{max(ws.max_row, 2)}")

    def _items(self) -> None:
        view = self.view
        rows = []
        for document in view.result.documents:
            for item in view.reading_order(document.id):
                loc, attrs = item.location, item.attributes
                final = attrs.targets[-1] if attrs and attrs.targets else None
                rows.append(
                    [
                        item.id,
                        view.doc_name(item.document_id),
                        view.kind(item.kind),
                        item.code,
                        item.text,
                        item.parent_id,
                        view.where(loc, with_file=False),
                        loc.page,
                        loc.paragraph,
                        loc.table,
                        loc.row,
                        loc.column,
                        loc.sheet,
                        loc.cell,
                        attrs.unit if attrs else None,
                        attrs.baseline.value if attrs and attrs.baseline else None,
                        attrs.baseline.year if attrs and attrs.baseline else None,
                        _target_cell(final, attrs.direction) if final else None,
                        final.year if final else None,
                        self.t["direction"].get(attrs.direction.value) if attrs and attrs.direction else None,
                        self.t["indicator_type"].get(attrs.type.value) if attrs else None,
                        attrs.responsible if attrs else None,
                        attrs.data_source if attrs else None,
                    ]
                )
        widths = [9, 28, 11, 8, 70, 9, 20, 6, 9, 6, 6, 7, 12, 6, 12, 10, 10, 10, 10, 10, 12, 20, 20]
        self.sheet(self.x["items_sheet"], self.x["items_headers"], rows, widths, wrap=(1, 4, 21, 22))

    def _indicators(self) -> None:
        view = self.view
        indicators = [
            i for d in view.result.documents for i in view.reading_order(d.id) if i.kind == ItemKind.INDICATOR
        ]
        years = sorted({t.year for i in indicators if i.attributes for t in i.attributes.targets if t.year})
        undated = any(
            t.year is None and t.value is not None for i in indicators if i.attributes for t in i.attributes.targets
        )
        headers = [
            *self.x["indicators_headers_start"],
            *(fill(self.x["indicators_target_year"], year=y) for y in years),
        ]
        if undated:
            headers.append(self.x["indicators_target_undated"])
        headers += self.x["indicators_headers_end"]
        rows = []
        for item in indicators:
            attrs = item.attributes
            by_year = {t.year: _target_cell(t, attrs.direction) for t in attrs.targets} if attrs else {}
            missing = missing_parts(item)
            row = [
                view.doc_name(item.document_id),
                item.id,
                item.code,
                item.extra.get("indicator_name") or item.text,
                attrs.unit if attrs else None,
                self.t["indicator_type"].get(attrs.type.value) if attrs else None,
                self.t["direction"].get(attrs.direction.value) if attrs and attrs.direction else None,
                attrs.baseline.value if attrs and attrs.baseline else None,
                attrs.baseline.year if attrs and attrs.baseline else None,
                *(by_year.get(y) for y in years),
            ]
            if undated:
                row.append(by_year.get(None))
            row += [
                attrs.responsible if attrs else None,
                attrs.data_source if attrs else None,
                self.t["no"] if missing else self.t["yes"],
                ", ".join(self.t["missing_part"].get(m, m) for m in missing),
            ]
            rows.append(row)
        n_targets = len(years) + undated
        widths = [28, 9, 8, 55, 14, 12, 11, 10, 10, *([10] * n_targets), 20, 20, 10, 28]
        ws = self.sheet(self.x["indicators_sheet"], headers, rows, widths, wrap=(0, 3))
        complete = get_column_letter(len(headers) - 1)
        if rows:
            no = self.t["no"].replace('"', '""')
            ws.conditional_formatting.add(
                f"{complete}2:{complete}{ws.max_row}",
                FormulaRule(
                    formula=[f'${complete}2="{no}"'], fill=PatternFill("solid", bgColor=self.t["severity_fill"]["low"])
                ),
            )

    def _coverage(self) -> None:
        """Higher priorities (rows) x lower documents (columns): the best link score from the
        document to the priority or anything below it; green where the checks count it taken up."""
        view = self.view
        covered = view.coverage.taken_up
        best = view.coverage.best_scores
        ranked = [d for d in view.result.documents if d.level is not None and d.status != DocumentStatus.FAILED]
        lower = view.lower_documents()
        headers = [*self.x["coverage_headers_start"], *(view.doc_file(d.id) for d in lower)]
        rows, fills = [], []
        for higher in ranked:
            below = [d for d in lower if d.level > higher.level]
            if not below:
                continue
            priorities = view.result.items_of(higher.id)
            kinds = PRIORITY_KINDS if any(i.kind in PRIORITY_KINDS for i in priorities) else (ItemKind.GOAL,)
            for item in (i for i in view.reading_order(higher.id) if i.kind in kinds):
                takers = covered.get(item.id, set())
                row = [
                    view.doc_name(higher.id),
                    item.id,
                    view.kind(item.kind),
                    item.code,
                    item.text,
                    sum(1 for d in below if d.id in takers),
                ]
                marks = []
                for document in lower:
                    if document not in below:
                        row.append(None)
                        marks.append("na")
                        continue
                    score = best.get((item.id, document.id))
                    row.append(round(score, 2) if score is not None else None)
                    marks.append("covered" if document.id in takers else "")
                rows.append(row)
                fills.append(marks)
        start = len(self.x["coverage_headers_start"])
        formats = {start + n: "0.00" for n in range(len(lower))}
        ws = self.sheet(
            self.x["coverage_sheet"],
            headers,
            rows,
            [28, 9, 11, 8, 60, 10, *([16] * len(lower))],
            wrap=(0, 4),
            formats=formats,
        )
        covered_fill = PatternFill("solid", fgColor=self.t["covered_fill"])
        na_fill = PatternFill("solid", fgColor=self.t["not_applicable_fill"])
        for r, marks in enumerate(fills, 2):
            for c, mark in enumerate(marks, start + 1):
                if mark:
                    ws.cell(row=r, column=c).fill = covered_fill if mark == "covered" else na_fill
        ws.cell(row=1, column=start).comment = Comment(self.x["coverage_note"], "Concord", width=320, height=110)
        ws.freeze_panes = ws.cell(row=2, column=start + 1).coordinate  # keep the priority in view too

    def _documents(self) -> None:
        view = self.view
        rows = [
            [
                d.id,
                d.title,
                view.file_name(d.path),
                d.level,
                d.level_name,
                d.region,
                d.period[0] if d.period else None,
                d.period[1] if d.period else None,
                view.status(d),
                view.problem(d.error) or None,
            ]
            for d in view.result.documents
        ]
        self.sheet(
            self.x["documents_sheet"],
            self.x["documents_headers"],
            rows,
            [10, 50, 40, 7, 12, 14, 11, 11, 16, 50],
            wrap=(1, 9),
        )


def _target_cell(target: YearValue, direction: Direction | None) -> float | str | None:
    """A target level as a number Excel can sort; a target stated otherwise ("a 50% reduction",
    "at least 20%", "40 to 45%") as it binds ("−50", "≥ 20", "40–45"), so it is never read as a level."""
    if target.value is None or not (target.relative or target.comparator or target.upper is not None):
        return target.value
    return target.value_text(number, direction)


def write_changes_workbook(comparison: Comparison, path: str | os.PathLike[str], language: str = "en") -> None:
    """A workbook with the Changes sheet alone (`python main.py compare --xlsx`)."""
    view = ReportView(comparison.new, language)
    book = Workbook()
    book.remove(book.active)
    _Writer(view, book).changes(comparison)
    book.properties.title = Wording(language).t["report"]["title"]
    book.properties.creator = "Concord"
    write_with(path, book.save, label="Excel workbook")
