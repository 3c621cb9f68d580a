"""The Word gap report: what goes into the approval file.

Built with python-docx on its default template, using Word's built-in styles (Title,
Heading 1-3, List Bullet, TOC 1-2) so the Navigation pane, the table of contents and a
ministry's own style set all work on it. Formatting that must look the same in Word and in
LibreOffice (table header fill, severity colours, banding) is applied directly rather than
through table styles, which LibreOffice renders only in part.

Layout: title page (documents, what each was taken for, date, pipeline) -> [what changed since
the last draft, when the project has versions] -> the findings to act on, by document (the first
pages: a reviewer's note) -> contents -> executive summary ->
findings by family -> [landscape] scores, alignment, indicator quality -> [portrait] appendix
"check these items" (findings on text Concord may have misread) -> appendix of items.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Sequence

import docx
from docx.document import Document as WordDocument
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table
from docx.text.paragraph import Paragraph

from analysis.compare.model import Comparison
from analysis.compare.wording import Wording
from analysis.coverage import missing_parts
from analysis.files import write_with
from analysis.model import AnalysisResult, DocumentStatus, Finding, ItemKind
from analysis.report.changes import ChangesSection
from analysis.report.view import ReportView, fill, xml_text

# Rows beyond this in one Word table are left to the workbook: Word slows to a crawl on
# tables of many thousand rows, and nobody reads them on paper.
MAX_TABLE_ROWS = 3000
_TOC_LEVELS = 2


def write_word_report(result: AnalysisResult, path: str | os.PathLike[str], language: str = "en", changes=None) -> None:
    """Write the gap report to `path` (written to a temporary file first, then moved into
    place, so an open or half-written report is never left behind). `changes`: a comparison
    with the last draft (analysis.compare.Comparison), shown first as "What changed"."""
    report = _Report(ReportView(result, language))
    report.changes = changes
    report.build()
    write_with(path, report.doc.save, label="Word report")


class _Report:
    def __init__(self, view: ReportView) -> None:
        self.view = view
        self.t = view.t
        self.w = view.t["word"]
        self.doc: WordDocument = docx.Document()
        self._bookmarks: list[tuple[int, str, str]] = []  # (level, name, text) for the contents
        self._toc_anchor: Paragraph | None = None
        self._style_ids: dict[str, str] = {}
        self.changes = None  # an analysis.compare.Comparison to show first, or None

    # -- top level --------------------------------------------------------------------------------
    def build(self) -> _Report:
        self._setup()
        self._title_page()
        if self.changes is not None:  # the project has versions: what changed since the last draft
            ChangesSection(self, self.changes).write()
        self._act_on()
        self._contents()
        self._summary()
        self._findings()
        self._landscape()
        self._scores()
        self._alignment()
        self._indicators()
        self._portrait()
        self._check_items()
        self._appendix()
        self._fill_contents()
        return self

    # -- set-up -----------------------------------------------------------------------------------
    def _setup(self) -> None:
        doc, page = self.doc, self.t["page"]
        section = doc.sections[0]
        section.page_width, section.page_height = Mm(page["width_mm"]), Mm(page["height_mm"])
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            setattr(section, side, Mm(page["margin_mm"]))
        section.different_first_page_header_footer = True  # no page number on the title page
        self._footer(section)
        props = doc.core_properties
        props.title, props.author, props.comments = self.w["title"], "Concord", self.w["subtitle"]
        props.created = props.modified = dt.datetime.now()
        styles = doc.styles
        normal = styles["Normal"]
        normal.font.size = Pt(10.5)
        if page.get("font"):
            normal.font.name = page["font"]
        normal.paragraph_format.space_after = Pt(4)
        self.table_text = _paragraph_style(styles, "Table Text", Pt(8.5), space_after=Pt(1), space_before=Pt(1))
        self.table_head = _paragraph_style(
            styles,
            "Table Heading",
            Pt(8.5),
            space_after=Pt(1),
            space_before=Pt(1),
            bold=True,
            colour=self.t["header_font_colour"],
        )
        self.meta = _paragraph_style(styles, "Concord Finding Details", Pt(8.5), space_after=Pt(4))
        self.small = _paragraph_style(styles, "Concord Reference", Pt(8), space_after=Pt(6), colour="7F7F7F")
        text_width = section.page_width - section.left_margin - section.right_margin
        for level in range(1, _TOC_LEVELS + 1):
            toc = _paragraph_style(styles, f"toc {level}", Pt(10.5), space_after=Pt(2))
            toc.paragraph_format.left_indent = Cm(0.6 * (level - 1))
            toc.paragraph_format.tab_stops.add_tab_stop(text_width, WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
        for name in ("Heading 1", "Heading 2", "Heading 3"):
            styles[name].paragraph_format.keep_with_next = True

    def _footer(self, section) -> None:
        paragraph = section.footer.paragraphs[0]
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        template = fill(self.w["footer"], title=self.w["title"], PAGE="\0PAGE\0", NUMPAGES="\0NUMPAGES\0")
        for n, part in enumerate(template.split("\0")):
            if n % 2:
                _field(paragraph, part)
            elif part:
                paragraph.add_run(xml_text(part))
        for run in paragraph.runs:
            run.font.size = Pt(8.5)

    # -- building blocks --------------------------------------------------------------------------
    def heading(self, text: str, level: int) -> Paragraph:
        paragraph = self.para(text, f"Heading {level}")
        if level <= _TOC_LEVELS:
            n = len(self._bookmarks) + 1
            name = f"_Toc{n:08d}"
            _bookmark(paragraph, name, n)
            self._bookmarks.append((level, name, text))
        return paragraph

    def para(self, text: str = "", style: str | ParagraphStyle | None = None) -> Paragraph:
        """A body paragraph; the style is set by id because python-docx's by-name lookup scans
        every style of the document per call (most of the run time on a long report)."""
        paragraph = self.doc.add_paragraph(xml_text(text))
        if style is not None:
            paragraph._p.style = self._style_id(style)
        return paragraph

    def _style_id(self, style: str | ParagraphStyle) -> str:
        if isinstance(style, str):
            if style not in self._style_ids:
                self._style_ids[style] = self.doc.styles[style].style_id
            return self._style_ids[style]
        return style.style_id

    def table(
        self,
        headers: Sequence[str],
        rows: Iterable[Sequence[str] | str],
        widths: Sequence[float],
        fills: dict[tuple[int, int], str] | None = None,
    ) -> Table:
        """A table with a repeated, filled header row, banded rows and fixed column widths (cm).

        A row given as a single string is a group heading spanning every column. Rows are built
        as XML directly: python-docx's cell API costs milliseconds per cell.
        """
        fills = fills or {}
        table = self.doc.add_table(rows=0, cols=len(headers))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        twips = [int(Cm(w).twips) for w in widths]
        for column, width in zip(table.columns, widths, strict=True):
            column.width = Cm(width)
        tbl = table._tbl
        head, text = self._style_id(self.table_head), self._style_id(self.table_text)
        header = _row([(h, head, w, self.t["header_fill"], 1) for h, w in zip(headers, twips, strict=True)])
        _repeat_header_tr(header)
        tbl.append(header)
        band = False
        rows = list(rows)
        for n, row in enumerate(rows, 1):
            if n > MAX_TABLE_ROWS:
                self.para(fill(self.w["table_truncated"], n=len(rows) - MAX_TABLE_ROWS), self.small)
                break
            if isinstance(row, str):
                tbl.append(
                    _row([(row, head, sum(twips), self.t["group_fill"], len(headers))], colour=self.t["accent_colour"])
                )
                band = False
                continue
            tbl.append(
                _row(
                    [
                        (value, text, w, fills.get((n, c)) or (self.t["band_fill"] if band else None), 1)
                        for c, (value, w) in enumerate(zip(row, twips, strict=True))
                    ]
                )
            )
            band = not band
        return table

    def _widths(self, shares: Sequence[float]) -> list[float]:
        """Column widths in cm from relative shares of the current section's text width."""
        section = self.doc.sections[-1]
        width = (section.page_width - section.left_margin - section.right_margin) / 360000
        total = sum(shares)
        return [width * s / total for s in shares]

    # -- title page and contents ------------------------------------------------------------------
    def _title_page(self) -> None:
        view, w = self.view, self.w
        self.para(w["title"], "Title")
        self.para(w["subtitle"], "Subtitle")
        self.para(fill(w["date"], date=dt.date.today().isoformat()))
        self.para(fill(w["pipeline"], pipeline=view.pipeline()))
        self.heading(w["documents_heading"], 1)
        rows = []
        fills = {}
        for n, document in enumerate(view.result.documents, 1):
            status = view.status(document)
            if document.error:
                status = fill(w["document_error"], status=status, error=view.problem(document.error))
            if document.status == DocumentStatus.FAILED:
                fills[(n, 6)] = self.t["severity_fill"]["high"]
            rows.append(
                [
                    document.title or view.file_name(document.path),
                    view.file_name(document.path),
                    view.level(document),
                    document.region or self.t["none"],
                    view.period(document),
                    view.document_kind(document),
                    status,
                ]
            )
        self.table(w["documents_headers"], rows, self._widths([4.4, 2.8, 2.0, 1.5, 1.4, 2.2, 1.7]), fills)
        self.para(w["documents_kind_note"], self.small)
        self.para().add_run().add_break(WD_BREAK.PAGE)

    def _contents(self) -> None:
        self.para(self.w["toc_heading"], "TOC Heading")
        self._toc_anchor = self.para()
        self.para(self.w["toc_hint"], self.small)
        self.para().add_run().add_break(WD_BREAK.PAGE)

    def _fill_contents(self) -> None:
        """The contents as paragraphs in the "toc N" styles, each heading a link with a PAGEREF
        field to its bookmark. Page numbers are only known after layout: Word fills the PAGEREF
        fields when the report opens (the settings ask it to update fields); LibreOffice computes
        them as it lays the page out. (Inside a TOC field LibreOffice would show the field's
        stored text instead, without numbers, so the entries are not wrapped in one.)"""
        anchor = self._toc_anchor
        assert anchor is not None
        entries = self._bookmarks or [(1, "", "")]
        paragraphs = []
        for level, name, text in entries:
            paragraph = anchor.insert_paragraph_before(style=self.doc.styles[f"toc {level}"])
            if name:
                link = OxmlElement("w:hyperlink")
                link.set(qn("w:anchor"), name)
                link.set(qn("w:history"), "1")
                paragraph._p.append(link)
                _append_run(link, text)
                _append_run(link, None, tab=True)
                _field_into(link, f" PAGEREF {name} \\h ", "")
            paragraphs.append(paragraph)
        anchor._p.getparent().remove(anchor._p)
        _update_fields_on_open(self.doc.settings.element)

    # -- the first pages: what to act on ------------------------------------------------------------
    def _act_on(self, per_document: int = 4, words: int = 40) -> None:
        """The high and medium findings on sound text, by document, each in a few lines: what a
        reviewer reads first and acts on."""
        view, w = self.view, self.w
        self.heading(w["act_heading"], 1)
        groups = view.to_act_on()
        self.para(w["act_intro"] if groups else w["act_none"])
        for document, findings in groups:
            self.heading(
                fill(
                    w["act_document"],
                    name=view.doc_name(document.id),
                    kind=view.document_kind(document),
                    n=len(findings),
                ),
                2,
            )
            for finding in findings[:per_document]:
                paragraph = self.para(style=self.meta)
                paragraph.paragraph_format.space_after = Pt(1)
                paragraph.paragraph_format.keep_with_next = True
                _severity_run(paragraph, view.severity(finding), self.t["severity_colour"][finding.severity.value])
                paragraph.add_run(" " + finding.title).bold = True
                body = self.para(_first_words(finding.message, words))
                body.paragraph_format.left_indent = Cm(0.5)
                body.paragraph_format.space_after = Pt(1)
                if finding.evidence:
                    where = self.para(fill(w["act_where"], where=view.where(finding.evidence[0].location)), self.small)
                    where.paragraph_format.left_indent = Cm(0.5)
            if len(findings) > per_document:
                self.para(fill(w["act_more"], n=len(findings) - per_document), self.small)
        self.para().add_run().add_break(WD_BREAK.PAGE)

    def _check_items(self) -> None:
        """Findings that rest on text Concord may have misread, with the doubtful items and why."""
        view, w = self.view, self.w
        if not view.doubtful_findings:
            return
        self.heading(w["check_heading"], 1)
        self.para(w["check_intro"])
        for finding in view.doubtful_findings:
            paragraph = self.para(style=self.meta)
            paragraph.paragraph_format.keep_with_next = True
            _severity_run(paragraph, view.severity(finding), self.t["severity_colour"][finding.severity.value])
            paragraph.add_run(" " + finding.title).bold = True
            self.para(finding.message)
            for item, reasons in view.doubt_reasons(finding):
                line = self.para(style="List Bullet")
                line.add_run(fill(w["evidence_line"], quote=item.text)).italic = True
                line.add_run(fill(w["check_item"], where=view.where(item.location), reasons=", ".join(reasons)))
            self.para(fill(w["reference"], code=finding.code, id=finding.id), self.small)
        self.para().add_run().add_break(WD_BREAK.PAGE)

    # -- executive summary ------------------------------------------------------------------------
    def _summary(self) -> None:
        view, w = self.view, self.w
        self.heading(w["summary_heading"], 1)
        analysed = len(view.result.documents)
        documents = w["summary_document"] if analysed == 1 else fill(w["summary_documents"], n=analysed)
        findings = view.all_findings
        if findings:
            parts = [fill(self.t["severity_plural"][s], n=n) for s, _, n in view.severity_counts() if n]
            count = w["summary_finding"] if len(findings) == 1 else fill(w["summary_findings"], n=len(findings))
            self.para(fill(w["summary_counts"], documents=documents, findings=count, breakdown=", ".join(parts)))
            if view.doubtful_findings:
                self.para(fill(w["summary_doubtful"], n=len(view.doubtful_findings)))
        else:
            self.para(fill(w["summary_none"], documents=documents))
        failed = view.failed_documents()
        if failed:
            self.para(
                fill(w["summary_failed"], names=self.t["list_separator"].join(view.doc_name(d.id) for d in failed))
            )
        counts = view.severity_counts()
        fills = {(n, 0): self.t["severity_fill"][s] for n, (s, _, _) in enumerate(counts, 1)}
        self.table(
            w["summary_severity_headers"], [[label, str(n)] for _, label, n in counts], [4.0, 2.0], fills
        ).alignment = WD_TABLE_ALIGNMENT.LEFT
        if findings:
            self.heading(w["summary_top_heading"], 2)
            for finding in view.top_findings(3):
                paragraph = self.para(style="List Number")
                _severity_run(paragraph, view.severity(finding), self.t["severity_colour"][finding.severity.value])
                paragraph.add_run(xml_text(" " + fill(w["summary_top_line"], title=finding.title))).bold = True
                paragraph.add_run(xml_text(" — " + finding.message))
        self._summary_scores()

    def _summary_scores(self) -> None:
        view, w = self.view, self.w
        self.heading(w["summary_scores_heading"], 2)
        linkage, coverage = view.average_score("linkage"), view.average_score("coverage")
        pct = {
            "linkage": f"{linkage:.0%}" if linkage is not None else "",
            "coverage": f"{coverage:.0%}" if coverage is not None else "",
        }
        if linkage is not None and coverage is not None:
            self.para(fill(w["summary_scores_average"], **pct))
        elif linkage is not None:
            self.para(fill(w["summary_scores_linkage_only"], **pct))
        elif coverage is not None:
            self.para(fill(w["summary_scores_coverage_only"], **pct))
        keys = [k for k in self.t["summary_score_keys"] if k in view.score_keys()]
        scores = view.document_scores()
        if not keys:
            self.para(w["summary_scores_none"])
            return
        rows = [
            [view.doc_name(doc_id)] + [view.format_score(k, entry.get(k)) for k in keys]
            for doc_id, entry in scores.items()
            if isinstance(entry, dict)
        ]
        self.table(
            [w["summary_scores_document"], *(view.score_label(k) for k in keys)],
            rows,
            self._widths([3.2] + [1.2] * len(keys)),
        )
        help_lines = [f"{view.score_label(k)}: {self.t['score_help'][k]}" for k in keys if k in self.t["score_help"]]
        for line in help_lines:
            self.para(line, self.small).paragraph_format.space_after = Pt(0)

    # -- findings ---------------------------------------------------------------------------------
    def _findings(self) -> None:
        view, w = self.view, self.w
        self.para().add_run().add_break(WD_BREAK.PAGE)
        self.heading(w["findings_heading"], 1)
        families = view.families()
        self.para(w["findings_intro"] if families else w["findings_none"])
        for name, intro, findings in families:
            self.heading(f"{name} ({len(findings)})", 2)
            if intro:
                self.para(intro)
            for finding in findings:
                self._finding(finding)

    def _finding(self, finding: Finding) -> None:
        view, w = self.view, self.w
        self.heading(finding.title, 3)
        meta = self.para(style=self.meta)
        _severity_run(meta, view.severity(finding), self.t["severity_colour"][finding.severity.value])
        documents = view.finding_documents(finding)
        if documents:
            meta.add_run(xml_text("  " + documents)).italic = True
        self.para(finding.message)
        if finding.evidence:
            self.para(w["evidence"]).runs[0].bold = True
            for evidence in finding.evidence:
                paragraph = self.para(style="List Bullet")
                paragraph.add_run(xml_text(fill(w["evidence_line"], quote=evidence.quote))).italic = True
                paragraph.add_run(xml_text(fill(w["evidence_where"], where=view.where(evidence.location))))
        if finding.suggestion:
            paragraph = self.para()
            paragraph.add_run(xml_text(w["suggestion"])).bold = True
            paragraph.add_run(xml_text(finding.suggestion))
        self.para(fill(w["reference"], code=finding.code, id=finding.id), self.small)

    # -- landscape part: scores, alignment, indicators --------------------------------------------
    def _landscape(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
        section.different_first_page_header_footer = False

    def _portrait(self) -> None:
        section = self.doc.add_section(WD_SECTION.NEW_PAGE)
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = section.page_height, section.page_width

    def _scores(self) -> None:
        view, w = self.view, self.w
        keys = view.score_keys()
        self.heading(w["scores_heading"], 1)
        if not keys:
            self.para(w["summary_scores_none"])
            return
        self.para(w["scores_intro"])
        rows = [
            [view.doc_name(doc_id)] + [view.format_score(k, entry.get(k)) for k in keys]
            for doc_id, entry in view.document_scores().items()
            if isinstance(entry, dict)
        ]
        shares = [4.0] + [2.6 if k == "indicator_types" else 1.3 for k in keys]
        self.table([w["summary_scores_document"], *(view.score_label(k) for k in keys)], rows, self._widths(shares))
        other = view.other_scores()
        if other:
            self.para(w["summary_scores_other"]).runs[0].bold = True
            for key, value in other.items():
                self.para(f"{view.score_label(key)}: {view.format_score(key, value)}", "List Bullet")

    def _alignment(self) -> None:
        view, w = self.view, self.w
        self.heading(w["alignment_heading"], 1)
        lower = view.lower_documents()
        rows: list[Sequence[str] | str] = []
        fills: dict[tuple[int, int], str] = {}
        for document in lower:
            body = view.alignment_rows(document.id)
            if not body:
                continue
            rows.append(view.doc_name(document.id))
            previous = None
            for item, link, status in body:
                label = "" if item.id == previous else view.item_label(item)
                previous = item.id
                if link is None:
                    rows.append([label, self.t["none"], "", "", self.t["alignment_status"][status], ""])
                    fills[(len(rows), 4)] = self.t["severity_fill"]["medium"]
                    continue
                target = view.items[link.target_id]
                rows.append(
                    [
                        label,
                        view.item_label(target),
                        view.short_name(target.document_id),
                        f"{link.score:.2f}",
                        self.t["alignment_status"][status],
                        self.view.evidence(link),
                    ]
                )
                if status == "below":
                    fills[(len(rows), 4)] = self.t["severity_fill"]["medium"]
        if not rows:
            self.para(w["alignment_none"])
            return
        self.para(fill(w["alignment_intro"], threshold=f"{view.result.accept_threshold:.2f}"))
        # "Score" / "Оценка" / "Бағасы" on one line: 1.0 cm wrapped it as "Scor / e"
        self.table(w["alignment_headers"], rows, self._widths([6.3, 6.3, 2.8, 1.6, 1.7, 3.3]), fills)

    def _indicators(self) -> None:
        view, w = self.view, self.w
        self.heading(w["indicators_heading"], 1)
        rows: list[Sequence[str] | str] = []
        fills: dict[tuple[int, int], str] = {}
        for document in view.result.documents:
            indicators = [i for i in view.result.items if i.document_id == document.id and i.kind == ItemKind.INDICATOR]
            if not indicators:
                continue
            rows.append(view.doc_name(document.id))
            for item in indicators:
                attrs = item.attributes
                missing = missing_parts(item)
                parts = ", ".join(self.t["missing_part"].get(m, m) for m in missing)
                targets = (
                    self.t["list_separator"].join(
                        shown for t in attrs.targets if (shown := view.value_year(t, attrs.direction))
                    )
                    if attrs
                    else ""
                )
                kind = self.t["indicator_type"].get(attrs.type.value, attrs.type.value) if attrs else ""
                rows.append(
                    [
                        item.code or "",
                        item.extra.get("indicator_name") or item.text,
                        (attrs.unit or "") if attrs else "",
                        view.value_year(attrs.baseline) if attrs else "",
                        targets,
                        kind,
                        fill(w["indicators_missing"], parts=parts) if missing else w["indicators_complete"],
                    ]
                )
                if missing:
                    fills[(len(rows), 6)] = self.t["severity_fill"]["low"]
        if not rows:
            self.para(w["indicators_none"])
            return
        self.para(w["indicators_intro"])
        self.table(w["indicators_headers"], rows, self._widths([1.2, 7.5, 2, 2.2, 3.5, 1.6, 2.5]), fills)

    # -- appendix ---------------------------------------------------------------------------------
    def _appendix(self) -> None:
        view, w = self.view, self.w
        self.heading(w["appendix_heading"], 1)
        self.para(w["appendix_intro"])
        for document in view.result.documents:
            self.heading(view.doc_name(document.id), 2)
            items = view.reading_order(document.id)
            if not items:
                self.para(w["appendix_none"] if not document.error else view.problem(document.error))
                continue
            rows = [[i.code or "", view.kind(i.kind), i.text, view.where(i.location, with_file=False)] for i in items]
            self.table(w["appendix_headers"], rows, self._widths([1.4, 1.8, 9.4, 3.4]))


def _first_words(text: str, n: int) -> str:
    """The first n words of a message (the chapter Findings has it whole)."""
    words = text.split()
    return text if len(words) <= n else " ".join(words[:n]).rstrip(",;:") + " …"


# -- low-level helpers (python-docx has no API for these) ------------------------------------------
def _paragraph_style(
    styles,
    name: str,
    size: Pt,
    space_after: Pt,
    bold: bool = False,
    colour: str | None = None,
    space_before: Pt | None = None,
) -> ParagraphStyle:
    try:
        style = styles[name]
    except KeyError:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
    style.font.size = size
    style.font.bold = bold or None
    if colour:
        style.font.color.rgb = RGBColor.from_string(colour)
    style.paragraph_format.space_after = space_after
    style.paragraph_format.space_before = space_before or Pt(0)
    return style


def _row(cells: Sequence[tuple[str, str, int, str | None, int]], colour: str | None = None):
    """A w:tr of (text, paragraph style id, width in twips, fill or None, grid span) cells."""
    tr = OxmlElement("w:tr")
    for text, style_id, width, fill_colour, span in cells:
        tc = OxmlElement("w:tc")
        pr = OxmlElement("w:tcPr")
        tc_width = OxmlElement("w:tcW")
        tc_width.set(qn("w:w"), str(width))
        tc_width.set(qn("w:type"), "dxa")
        pr.append(tc_width)
        if span > 1:
            grid_span = OxmlElement("w:gridSpan")
            grid_span.set(qn("w:val"), str(span))
            pr.append(grid_span)
        if fill_colour:
            shading = OxmlElement("w:shd")
            shading.set(qn("w:val"), "clear")
            shading.set(qn("w:color"), "auto")
            shading.set(qn("w:fill"), fill_colour)
            pr.append(shading)
        tc.append(pr)
        p = OxmlElement("w:p")
        p_pr = OxmlElement("w:pPr")
        p_style = OxmlElement("w:pStyle")
        p_style.set(qn("w:val"), style_id)
        p_pr.append(p_style)
        p.append(p_pr)
        if text:
            run = _append_run(p, text)
            if colour:
                r_pr = OxmlElement("w:rPr")
                c = OxmlElement("w:color")
                c.set(qn("w:val"), colour)
                r_pr.append(c)
                run.insert(0, r_pr)
        tc.append(p)
        tr.append(tc)
    return tr


# CT_Settings is a sequence: updateFields must come before these (Word rejects a file whose
# settings are out of order).
_SETTINGS_AFTER_UPDATE_FIELDS = (
    "hdrShapeDefaults footnotePr endnotePr compat docVars rsids mathPr attachedSchema themeFontLang "
    "clrSchemeMapping doNotIncludeSubdocsInStats doNotAutoCompressPictures forceUpgrade captions "
    "readModeInkLockDown smartTagType schemaLibrary shapeDefaults doNotEmbedSmartTags decimalSymbol listSeparator"
).split()


def _update_fields_on_open(settings) -> None:
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    later = {qn(f"w:{name}") for name in _SETTINGS_AFTER_UPDATE_FIELDS} | {
        "{http://schemas.openxmlformats.org/officeDocument/2006/math}mathPr"
    }
    for child in settings:
        if child.tag in later:
            child.addprevious(update)
            return
    settings.append(update)


def _repeat_header_tr(tr) -> None:
    """Repeat the header row at the top of every page the table runs onto."""
    pr = OxmlElement("w:trPr")
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    pr.append(header)
    tr.insert(0, pr)


def _severity_run(paragraph: Paragraph, label: str, colour: str) -> None:
    run = paragraph.add_run(xml_text(label.upper()))
    run.bold = True
    run.font.size = Pt(8.5)
    run.font.color.rgb = RGBColor.from_string(colour)


def _bookmark(paragraph: Paragraph, name: str, n: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(n))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(n))
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, start)
    p.append(end)


def _append_run(parent, text: str | None, tab: bool = False, fld: str | None = None, instr: str | None = None):
    run = OxmlElement("w:r")
    if text is not None:
        t = OxmlElement("w:t")
        t.text = xml_text(text)
        t.set(qn("xml:space"), "preserve")
        run.append(t)
    if tab:
        run.append(OxmlElement("w:tab"))
    if fld:
        char = OxmlElement("w:fldChar")
        char.set(qn("w:fldCharType"), fld)
        run.append(char)
    if instr is not None:
        code = OxmlElement("w:instrText")
        code.text = instr
        code.set(qn("xml:space"), "preserve")
        run.append(code)
    parent.append(run)
    return run


def _field_into(parent, instruction: str, shown: str) -> None:
    """A complex field (begin, instruction, separate, shown result, end) appended to `parent`."""
    _append_run(parent, None, fld="begin")
    _append_run(parent, None, instr=instruction)
    _append_run(parent, None, fld="separate")
    _append_run(parent, shown)
    _append_run(parent, None, fld="end")


def _field(paragraph: Paragraph, name: str) -> None:
    _field_into(paragraph._p, f" {name} ", "1")


def write_changes_report(comparison: Comparison, path: str | os.PathLike[str], language: str = "en") -> None:
    """A Word report of the comparison alone: title page, contents, the "What changed" section."""
    report = _Report(ReportView(comparison.new, language))
    wording = Wording(language).t["report"]
    report.w = {**report.w, "title": wording["title"]}  # the footer names this report
    report._setup()
    report.doc.core_properties.title = wording["title"]
    report.para(wording["title"], "Title")
    report.para(wording["subtitle"], "Subtitle")
    report.para(fill(report.w["date"], date=dt.date.today().isoformat()))
    report.para(fill(report.w["pipeline"], pipeline=report.view.pipeline()))
    report.para().add_run().add_break(WD_BREAK.PAGE)
    report._contents()
    ChangesSection(report, comparison).write(page_break=False)
    report._fill_contents()
    write_with(path, report.doc.save, label="Word report")
