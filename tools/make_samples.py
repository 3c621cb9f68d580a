"""Write the sample plans (.docx, .xlsx), their project files and answer keys from readable sources.

Every sample document is a Markdown-like text under resources/samples/src/<lang>/ (the sample
projects in English, Russian and Kazakh) or resources/samples/drafts/src/<lang>/ (drafts of one
plan, compared by `main.py compare`). A folder's `project.md` names the project, the documents in
hierarchy order and the planted problems; each document file starts with its properties between
`---` lines (`name: value`), then one element a line:

    # Title                      the Title paragraph (in a workbook: a bold title row)
    ## / ### / ####              Heading 1 / 2 / 3 (in a workbook source, `## Name` opens a sheet)
    text                         a paragraph; *text* italic, **text** bold, **Label.** text bold label
    - text                       a bulleted list item
    1. text                      an item of Word's auto-numbered list (a bare number only)
    | a | b |                    a table row, the first row of a table its header
    +| a | b | / -| a | b |      a table row inserted / deleted with tracked changes
    {+text+} / [-text-]          a tracked insertion / deletion

The answer key is written from the same lines, so it cannot drift from the documents. Marks in
braces are never written into a document:

    {goal 1} {objective 1.1} {task 3.1.1} {measure}   the line is a plan item of that kind and code
    {indicator 2.2.1 outcome: words}                  these words are an indicator stated in the
                                                      sentence ("... from 10.6% in 2017 to 30% by 2025")
    | ... | (type) |                                  an indicator table: the key-only last column gives
                                                      input / output / outcome ("outcome?": borderline)
    {section risks}                                   the heading opens the plan's risks section
    {resources financial human time}                  the text states these kinds of resources
    {cites}                                           the line cites higher plans for the item above it
    {reference goal -: Strategy 2025, objective 4.1}  a reference stated elsewhere in the text
    {widths 5 5.5 6.5}                                the column widths (cm) of the next table
    {!7 TARGET_CONFLICT}                              the line (its item, heading or cell) is a quote of
                                                      planted problem 7 (defined in project.md)
    {!7 TARGET_CONFLICT: words}                       these words are a quote of planted problem 7

project.md's properties: `out` (the folder written, beside src/), `date` (of every file), the
Word look (`font`, `page: A4`, `table_font_size`, `space_after_tables`, `footer`) and properties
(`comments`, `keywords`, `locale`, `category`), `decimal_comma` (figures as '1 234,5'); with planted
problems also `project`, `name`, `about` and `language` of the project file and the answer key.
A workbook source's properties give its `widths` (columns, in characters) and `freeze` cell.

Run: python tools/make_samples.py [--out DIR]   (deterministic: fixed dates and zip timestamps)
"""

from __future__ import annotations

import argparse
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "resources" / "samples"
SOURCES = [SAMPLES / "src", SAMPLES / "drafts" / "src"]  # <lang>/project.md and the documents

MARK = re.compile(r"\{(?![+])([^{}]*)\}")  # {goal 1}, {!3 CODE: words} ...; not a tracked {+insertion+}
TRACKED = re.compile(r"(\{\+.*?\+\}|\[-.*?-\])")
ITEM_KINDS = ("goal", "objective", "target", "task", "measure", "indicator")
SENTENCE = re.compile(  # the figures of '... from 10.6% in 2017 to 30% by 2025'
    r"\s*from (?P<base>[\d.,]+)(?P<unit>%|\s.+?) in (?P<base_year>\d{4})"
    r" to (?P<target>[\d.,]+)(?:%|\s.+?) by (?P<year>\d{4})"
)
CITATION = re.compile(rf"^(?P<name>.+), (?P<kind>{'|'.join(ITEM_KINDS)})s? (?P<codes>.+)$")


# --------------------------------------------------------------------------- reading the sources


def front_matter(text: str) -> tuple[dict[str, str], list[str]]:
    """(`name: value` pairs between the opening `---` lines, the lines after them)."""
    lines = text.splitlines()
    if not lines or lines[0] != "---":
        return {}, lines
    end = lines.index("---", 1)
    pairs = dict(line.split(": ", 1) for line in lines[1:end] if line.strip())
    return pairs, lines[end + 1 :]


def json_or_text(value: str) -> Any:
    try:
        return json.loads(value) if value[:1] in "{[" or value in ("true", "false") else value
    except json.JSONDecodeError:
        return value


@dataclass
class Project:
    """A folder of sources: its properties, documents in hierarchy order, planted problems."""

    folder: Path
    props: dict[str, str]
    documents: list[Path]
    problems: dict[int, dict[str, Any]] = field(default_factory=dict)

    @classmethod
    def read(cls, folder: Path) -> Project:
        props, lines = front_matter((folder / "project.md").read_text(encoding="utf-8"))
        documents: list[Path] = []
        problems: dict[int, dict[str, Any]] = {}
        current: dict[str, Any] | None = None
        for line in lines:
            if m := re.match(r"^### (\d+)\. (\w+)$", line):
                current = problems[int(m.group(1))] = {"code": m.group(2)}
            elif (m := re.match(r"^- (\w+): (.*)$", line)) and current is not None:
                current[m.group(1)] = json_or_text(m.group(2))
            elif m := re.match(r"^- (\S+\.md)$", line):
                documents.append(folder / m.group(1))
        return cls(
            folder, props, documents or sorted(p for p in folder.glob("*.md") if p.name != "project.md"), problems
        )

    def number(self, text: str) -> float | None:
        """A figure as the documents print it: '1,850' (en) or '1 334,5' (ru, kk); '–' none."""
        text = text.strip()
        if text in ("", "–", "-"):
            return None
        if self.props.get("decimal_comma") == "true":
            return float(text.replace("\u00a0", "").replace(" ", "").replace(",", "."))
        return float(text.replace(",", ""))


@dataclass
class Line:
    """One source line: what is written, and the marks about it."""

    text: str  # as written into the document (marks removed, tracked-change markup kept)
    marks: list[str]  # the marks without a colon: {goal 1} -> "goal 1"
    spans: list[tuple[str, str, int]]  # {head: words}: (head, words, position in text)


def parse_line(raw: str) -> Line:
    marks, spans, out, last = [], [], [], 0
    for m in MARK.finditer(raw):
        out.append(raw[last : m.start()])
        head, sep, words = m.group(1).partition(": ")
        if sep and not head.startswith("reference"):
            spans.append((head, words, len("".join(out))))
            out.append(words)
        else:
            marks.append(m.group(1))
        last = m.end()
    out.append(raw[last:])
    return Line(re.sub(r"\s+$", "", "".join(out)), marks, spans)


def plain(text: str) -> str:
    """The text as read once tracked changes are accepted."""
    return TRACKED.sub(lambda m: m.group()[2:-2] if m.group().startswith("{+") else "", text)


def item_text(written: str, code: str | None) -> str:
    """An item's text without its label: 'Objective 1.1. Text' -> 'Text', '3.1 Text' -> 'Text'."""
    written = re.sub(r"^\*\*(.+?)\*\* ", r"\1 ", written)
    if code is None:
        return written
    m = re.match(rf"(?:\S+\s+)?{re.escape(code)}[.):]?\s+(.*)", written)
    return m.group(1) if m else written


# --------------------------------------------------------------------------- the answer key


class Key:
    """What the documents contain, collected while they are written."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.objectives: list[dict[str, Any]] = []
        self.tasks_and_measures: list[dict[str, Any]] = []
        self.indicators: list[dict[str, Any]] = []
        self.references: list[dict[str, Any]] = []
        self.sections: dict[str, dict[str, list[str]]] = {}
        self.quotes: dict[int, list[tuple[tuple[int, int, int], str, str]]] = {}  # n -> ((doc, line, pos), code, quote)
        self.cited_as: dict[str, str] = {}  # how documents cite each other -> file

    def item(self, file: str, kind: str, code: str | None, text: str) -> None:
        entry = {"file": file, "kind": kind, "code": code, "text": text}
        (self.objectives if kind in ("goal", "objective", "target") else self.tasks_and_measures).append(entry)

    def section(self, file: str, group: str, *values: str) -> None:
        self.sections.setdefault(file, {"sections": [], "resource_kinds": []})[group].extend(values)

    def quote(self, mark: str, quote: str, where: tuple[int, int, int]) -> None:
        n, code = mark[1:].split(" ", 1)
        self.quotes.setdefault(int(n), []).append((where, code, quote))

    def reference(self, file: str, kind: str, code: str | None, citation: str) -> None:
        refers = []
        for group in citation.split("; "):
            m = CITATION.match(group)
            assert m and m.group("name") in self.cited_as, (file, group)
            for cited in re.split(r", | and ", m.group("codes")):
                refers.append({"file": self.cited_as[m.group("name")], "kind": m.group("kind"), "code": cited})
        self.references.append({"file": file, "kind": kind, "code": code, "refers_to": refers})

    def indicator(self, file: str, cells: list[str], years: list[int], base_year: int, location: str) -> None:
        """An indicator table row: code, name, unit, baseline, one value a year, [responsible], type."""
        code, text, unit, base, *rest = cells
        values, kind = rest[: len(years)], rest[-1]
        responsible = rest[len(years)] if len(rest) > len(years) + 1 else None
        number = self.project.number
        targets = [{"value": number(v), "year": y} for v, y in zip(values, years, strict=True) if number(v) is not None]
        self._indicator(file, code or None, text, unit, number(base), base_year, targets, kind, location, responsible)

    def _indicator(self, file, code, text, unit, base, base_year, targets, kind, location, responsible) -> None:
        end = targets[-1]["value"]
        start = base if base is not None else targets[0]["value"]
        self.indicators.append(
            {
                "file": file,
                "code": code,
                "text": text,
                "unit": unit,
                "baseline": {"value": base, "year": base_year} if base is not None else None,
                "targets": targets,
                "direction": "increase" if end > start else "decrease" if end < start else "maintain",
                "type": kind.rstrip("?"),
                "type_borderline": kind.endswith("?"),
                "location": location,
                "responsible": responsible,
            }
        )

    def sentence_indicator(self, file: str, head: str, words: str, rest: str) -> None:
        """'{indicator 2.2.1 outcome: share of ...} from 10.6% in 2017 to 30% by 2025.'"""
        _, code, kind = head.split()
        m = SENTENCE.match(rest)
        assert m, (file, words)
        number = self.project.number
        target = [{"value": number(m.group("target")), "year": int(m.group("year"))}]
        unit = m.group("unit").strip()
        base, base_year = number(m.group("base")), int(m.group("base_year"))
        self._indicator(
            file, None if code == "-" else code, words, unit, base, base_year, target, kind, "sentence", None
        )

    def planted(self) -> list[dict[str, Any]]:
        out = []
        for n, problem in sorted(self.project.problems.items()):
            found = sorted(self.quotes.get(n, []))
            assert found and all(code == problem["code"] for _, code, _ in found), (n, problem["code"], found)
            extra = {k: v for k, v in problem.items() if k not in ("code", "files", "detail", "note")}
            files = [f.strip() for f in problem["files"].split(",")]
            quotes = [q for _, _, q in found]
            note = problem.get("note", problem["detail"])
            out.append(
                {
                    "code": problem["code"],
                    "files": files,
                    "quotes": quotes,
                    "detail": problem["detail"],
                    "note": note,
                    **extra,
                }
            )
        return out


# --------------------------------------------------------------------------- Word


class _Revisions:
    """Tracked insertions and deletions (author "Reviewer") in the text of a paragraph."""

    def __init__(self, date: datetime) -> None:
        self.next_id, self.date = 1, date

    def _mark(self, inserted: bool):
        mark = OxmlElement("w:ins" if inserted else "w:del")
        mark.set(qn("w:id"), str(self.next_id))
        mark.set(qn("w:author"), "Reviewer")
        mark.set(qn("w:date"), self.date.isoformat() + "Z")
        self.next_id += 1
        return mark

    def mark_row(self, tr, inserted: bool) -> None:
        tr.get_or_add_trPr().append(self._mark(inserted))

    def add_text(self, paragraph, text: str, bold: bool = False, italic: bool = False, size: float | None = None):
        for part in TRACKED.split(text):
            if part.startswith(("{+", "[-")):
                mark = self._mark(part.startswith("{+"))
                run = OxmlElement("w:r")
                t = OxmlElement("w:t" if part.startswith("{+") else "w:delText")
                t.set(qn("xml:space"), "preserve")
                t.text = part[2:-2]
                run.append(t)
                mark.append(run)
                paragraph._p.append(mark)
            elif part:
                run = paragraph.add_run(part)
                if bold:
                    run.bold = True
                if italic:
                    run.italic = True
                if size:
                    run.font.size = Pt(size)


class WordWriter:
    """One .docx from the lines of a source, recording its plan items into the key."""

    def __init__(self, project: Project, props: dict[str, str], key: Key, index: int) -> None:
        self.project, self.props, self.key, self.index = project, props, key, index
        self.file = props["file"]
        self.date = datetime.fromisoformat(project.props["date"])
        self.doc = docx.Document()
        self.revisions = _Revisions(self.date)
        self.last_item: tuple[str, str | None] | None = None
        self.widths: list[float] | None = None
        self.table_rows: list[tuple[str, list[str], int]] = []
        normal = self.doc.styles["Normal"].font
        normal.name = project.props.get("font") or None
        normal.size = Pt(11)
        if project.props.get("page") == "A4":
            section = self.doc.sections[0]
            section.page_width, section.page_height = Cm(21.0), Cm(29.7)
            section.left_margin = section.right_margin = Cm(2.0)
        if "footer" in project.props:
            self.doc.sections[0].footer.paragraphs[0].text = project.props["footer"]

    def write(self, lines: list[str], target: Path) -> None:
        for n, raw in enumerate(lines):
            if raw.startswith(("|", "+|", "-|")):
                self.table_rows.append(
                    (raw[0] if raw[0] in "+-" else "", raw.lstrip("+-").strip().strip("|").split("|"), n)
                )
                continue
            self.flush_table()
            if raw.strip():
                self.line(parse_line(raw), n)
        self.flush_table()
        self.properties()
        buffer = io.BytesIO()
        self.doc.save(buffer)
        target.write_bytes(normalise_zip(buffer.getvalue(), self.date))

    def properties(self) -> None:
        core, props = self.doc.core_properties, {**self.project.props, **self.props}
        core.title = plain(self.title)
        for name, attribute in (
            ("subject",) * 2,
            ("author",) * 2,
            ("comments",) * 2,
            ("keywords",) * 2,
            ("locale", "language"),
            ("category",) * 2,
        ):
            if name in props:
                setattr(core, attribute, props[name])
        if "author" in props:
            core.last_modified_by = props["author"]
        core.revision = 1
        core.created = core.modified = core.last_printed = self.date

    def line(self, line: Line, n: int) -> None:
        text, marks = line.text, line.marks
        if not text:  # a line of marks only: facts for the key, nothing written
            for mark in marks:
                self.key_only(mark)
            return
        item = next((m.split() for m in marks if m.split()[0] in ITEM_KINDS), None)
        self.paragraph(text, item)
        written = plain(text.lstrip("#").strip().removeprefix("- ").strip("*"))
        if item is not None:
            code = item[1] if len(item) > 1 and item[1] != "-" else None
            written = item_text(plain(re.sub(r"^(#+ |- |\d+\. )", "", text)), code)
            self.key.item(self.file, item[0], code, written)
            self.last_item = (item[0], code)
        for head, words, position in line.spans:
            if head.startswith("indicator"):
                self.key.sentence_indicator(self.file, head, words, text[position + len(words) :])
            elif head.startswith("!"):
                self.key.quote(head, words, (self.index, n, position))
        sentence = next((w for h, w, _ in line.spans if h.startswith("indicator")), None)
        for mark in marks:
            if mark.startswith("!"):
                self.key.quote(mark, sentence or written, (self.index, n, text.find(sentence or written)))
            elif mark.startswith("section "):
                self.key.section(self.file, "sections", mark.split()[1])
            elif mark == "cites" and self.last_item:
                self.key.reference(self.file, *self.last_item, plain(text).strip("*").split(": ", 1)[1].rstrip("."))

    def key_only(self, mark: str) -> None:
        head, _, rest = mark.partition(" ")
        if head == "resources":
            self.key.section(self.file, "resource_kinds", *rest.split())
        elif head == "widths":
            self.widths = [float(w) for w in rest.split()]
        elif head == "reference":
            kind, code, citation = re.match(r"(\w+) (\S+): (.*)", rest).groups()  # type: ignore[union-attr]
            self.key.reference(self.file, kind, None if code == "-" else code, citation)

    def paragraph(self, text: str, item: list[str] | None) -> None:
        if text.startswith("#"):
            level = len(text) - len(text.lstrip("#"))
            style = "Title" if level == 1 else f"Heading {level - 1}"
            if level == 1:
                self.title = text[1:].strip()
            self.revisions.add_text(self.doc.add_paragraph(style=style), text[level:].strip())
        elif text.startswith("- "):
            self.revisions.add_text(self.doc.add_paragraph(style="List Bullet"), text[2:].strip())
        elif item and (m := re.match(r"^(\d+)\. (.*)$", text)):
            self.revisions.add_text(self.doc.add_paragraph(style="List Number"), m.group(2))
        elif m := re.match(r"^\*\*([^*]+)\*\*( .*)$", text):
            self.revisions.add_text(self.doc.add_paragraph(), m.group(1), bold=True)
            self.revisions.add_text(self.doc.paragraphs[-1], m.group(2))
        elif m := re.match(r"^(\*\*?)(.*)\1$", text):
            self.revisions.add_text(
                self.doc.add_paragraph(), m.group(2), bold=m.group(1) == "**", italic=m.group(1) == "*"
            )
        else:
            self.revisions.add_text(self.doc.add_paragraph(), text)

    def flush_table(self) -> None:
        if not self.table_rows:
            return
        rows, self.table_rows = self.table_rows, []
        header = [c.strip() for c in rows[0][1]]
        typed = header[-1] == "(type)"  # an indicator table: the last column is for the key only
        columns = len(header) - typed
        size = float(self.project.props["table_font_size"]) if "table_font_size" in self.project.props else None
        table = self.doc.add_table(rows=0, cols=columns)
        table.style = "Table Grid"
        for r, (mark, cells, n) in enumerate(rows):
            tr = table.add_row()
            if mark:
                self.revisions.mark_row(tr._tr, inserted=mark == "+")
            parsed = [parse_line(c.strip()) for c in cells]
            for cell, line in zip(tr.cells, parsed, strict=False):
                value = (
                    f"{{+{line.text}+}}"
                    if mark == "+" and line.text
                    else f"[-{line.text}-]"
                    if mark == "-" and line.text
                    else line.text
                )
                self.revisions.add_text(cell.paragraphs[0], value, bold=r == 0, size=size)
            if typed and r > 0:
                self.table_row(header, [plain(p.text) for p in parsed], parsed, (self.index, n, 0), "table")
        if self.widths:
            for tr in table.rows:
                for cell, width in zip(tr.cells, self.widths, strict=True):
                    cell.width = Cm(width)
        self.widths = None
        if self.project.props.get("space_after_tables") == "true":
            self.doc.add_paragraph()

    def table_row(self, header: list[str], cells: list[str], parsed: list[Line], where: tuple, location: str) -> None:
        years = [int(h) for h in header if h.isdigit()]
        base_year = int(re.search(r"\((\d{4})\)", header[3]).group(1))  # type: ignore[union-attr]
        self.key.indicator(self.file, cells, years, base_year, location)
        for line in parsed:
            for mark in line.marks:
                if mark.startswith("!"):
                    self.key.quote(mark, line.text, where)


# --------------------------------------------------------------------------- Excel


class ExcelWriter(WordWriter):
    """One workbook: `## Name` opens a sheet; the lines above its table are merged title rows,
    an indicator table's one-cell rows its goals, the lines after it notes below a blank row."""

    def __init__(self, project: Project, props: dict[str, str], key: Key, index: int) -> None:
        self.project, self.props, self.key, self.index = project, props, key, index
        self.file, self.date = props["file"], datetime.fromisoformat(project.props["date"])
        self.book = Workbook()
        self.book.remove(self.book.active)
        self.column_widths = [float(w) for w in props["widths"].split()]
        self.table_rows, self.sheet, self.row = [], None, 0

    def write(self, lines: list[str], target: Path) -> None:
        for n, raw in enumerate(lines):
            if raw.startswith("|"):
                self.table_rows.append(("", raw.strip().strip("|").split("|"), n))
                continue
            self.flush_table()
            if raw.startswith("## "):
                self.open_sheet(raw[3:].strip())
            elif raw.strip():
                self.text_row(raw.strip())
        self.flush_table()
        props = self.book.properties
        props.title = self.props["title"]
        props.creator = props.lastModifiedBy = self.props["author"]
        props.description = self.project.props["footer"]
        props.created = props.modified = self.date
        buffer = io.BytesIO()
        self.book.save(buffer)
        target.write_bytes(normalise_zip(buffer.getvalue(), self.date, patch_core=True))

    def open_sheet(self, name: str) -> None:
        self.sheet, self.row, self.after_table = self.book.create_sheet(name), 0, False
        for c, width in enumerate(self.column_widths, start=1):
            self.sheet.column_dimensions[get_column_letter(c)].width = width
        self.sheet.freeze_panes = self.props["freeze"]

    def text_row(self, text: str) -> None:
        self.row += 1
        style = re.match(r"^(# |\*\*|\*)?(.*?)(\*\*|\*)?$", text)
        prefix, body = style.group(1), style.group(2)  # type: ignore[union-attr]
        cell = self.sheet.cell(row=self.row, column=1, value=body)
        fonts = {"# ": Font(bold=True, size=13), "**": Font(bold=True), "*": Font(italic=True)}
        if prefix:
            cell.font = fonts[prefix]
        if not self.after_table:
            self.sheet.merge_cells(f"A{self.row}:{get_column_letter(len(self.column_widths))}{self.row}")

    def flush_table(self) -> None:
        if not self.table_rows:
            return
        rows, self.table_rows = self.table_rows, []
        border = Border(*(Side(style="thin"),) * 4)
        header = [c.strip() for c in rows[0][1]][:-1]  # the last column, (type), is for the key only
        last = get_column_letter(len(header))
        for r, (_, cells, n) in enumerate(rows):
            self.row += 1
            parsed = [parse_line(c.strip()) for c in cells]
            if r == 0:
                for c, text in enumerate(header, start=1):
                    cell = self.sheet.cell(row=self.row, column=c, value=int(text) if text.isdigit() else text)
                    cell.font, cell.border = Font(bold=True), border
                    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            elif len(parsed) == 1:  # a goal row across the table
                line = parsed[0]
                self.sheet.cell(row=self.row, column=1, value=line.text).font = Font(bold=True)
                self.sheet.merge_cells(f"A{self.row}:{last}{self.row}")
                kind, code = line.marks[0].split()
                self.key.item(self.file, kind, code, item_text(line.text, code))
            else:
                self.data_row([p.text for p in parsed][:-1], border)
                self.table_row(
                    [c.strip() for c in rows[0][1]], [p.text for p in parsed], parsed, (self.index, n, 0), "sheet"
                )
        self.row += 1
        self.after_table = True

    def data_row(self, texts: list[str], border: Border) -> None:
        """Code, name and unit as text; the baseline and values as numbers with the decimals printed."""
        figures = texts[3:-1]
        decimals = next((len(t.split(".")[1]) for t in figures if "." in t), 0)
        for c, text in enumerate(texts, start=1):
            value: Any = text or None
            if 4 <= c < len(texts) and (number := self.project.number(text)) is not None:
                value = number if "." in text else int(number)
            cell = self.sheet.cell(row=self.row, column=c, value=value)
            cell.border = border
            if isinstance(value, float):
                cell.number_format = "#,##0." + "0" * decimals
            elif isinstance(value, int):
                cell.number_format = "#,##0"
            if c == 2:
                cell.alignment = Alignment(wrap_text=True)


# --------------------------------------------------------------------------- files


def normalise_zip(data: bytes, date: datetime, patch_core: bool = False) -> bytes:
    """An OOXML zip with fixed timestamps (and, for openpyxl, a fixed 'modified' date)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    stamp = date.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            content = source.read(info.filename)
            if patch_core and info.filename == "docProps/core.xml":
                content = re.sub(
                    rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)", rb"\g<1>" + stamp + rb"\g<2>", content
                )
            entry = zipfile.ZipInfo(info.filename, date_time=date.timetuple()[:6])
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o600 << 16
            target.writestr(entry, content)
    return out.getvalue()


def write_json(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


DOCUMENT_FACTS = ("level", "level_name", "region", "period")


def document_facts(props: dict[str, str]) -> dict[str, Any]:
    """What the project file says of a document: level, level name, region, period (2021–2025)."""
    period = [int(y) for y in re.split(r"[–-]", props["period"])] if props.get("period") else None
    level = int(props["level"]) if props.get("level") else None
    return {"level": level, "level_name": props.get("level_name"), "region": props.get("region"), "period": period}


def build(project: Project, out: Path) -> Key:
    """Write a folder's documents into `out`; with planted problems, its project file and key too."""
    out.mkdir(parents=True, exist_ok=True)
    key = Key(project)
    sources = [front_matter(path.read_text(encoding="utf-8")) for path in project.documents]
    for (props, _), path in zip(sources, project.documents, strict=True):
        props.setdefault("file", path.stem + ".docx")
        if "cited_as" in props:
            key.cited_as[props["cited_as"]] = props["file"]
    for index, (props, lines) in enumerate(sources):
        writer = ExcelWriter if props["file"].endswith(".xlsx") else WordWriter
        writer(project, props, key, index).write(lines, out / props["file"])
    if not project.problems:
        return key
    documents = {props["file"]: props for props, _ in sources}
    write_json(
        out / project.props["project"],
        {
            "schema": "concord.project/1",
            "name": project.props["name"],
            "documents": [
                {
                    "path": name,
                    **document_facts(props),
                    **({"short_name": props["short_name"]} if "short_name" in props else {}),
                }
                for name, props in documents.items()
            ],
        },
    )
    sections = {name: {k: list(dict.fromkeys(v)) for k, v in key.sections.get(name, {}).items()} for name in documents}
    write_json(
        out / "answer_key.json",
        {
            "schema": "concord.answer_key/1",
            "about": project.props["about"],
            "language": project.props["language"],
            "documents": {
                name: {
                    **document_facts(props),
                    "sections": sections[name].get("sections", []),
                    "resource_kinds": sections[name].get("resource_kinds", []),
                }
                for name, props in documents.items()
            },
            "objectives": key.objectives,
            "tasks_and_measures": key.tasks_and_measures,
            "indicators": key.indicators,
            "explicit_references": key.references,
            "planted_problems": key.planted(),
        },
    )
    return key


def projects(out: Path | None = None) -> list[tuple[Project, Path]]:
    """Every source folder with the folder its files go to (`out` in place of resources/samples)."""
    found = []
    for root in SOURCES:
        for folder in sorted(p for p in root.iterdir() if (p / "project.md").is_file()):
            project = Project.read(folder)
            target = (root.parent / project.props["out"]).resolve()
            found.append((project, (out / target.relative_to(SAMPLES)) if out else target))
    return found


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, help="write into this folder instead of resources/samples")
    args = parser.parse_args(argv)
    for project, target in projects(args.out):
        key = build(project, target)
        print(
            f"{target}: {len(project.documents)} documents, {len(key.objectives)} goals/objectives, "
            f"{len(key.indicators)} indicators, {len(project.problems)} planted problems"
        )


if __name__ == "__main__":
    main()
