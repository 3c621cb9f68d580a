"""A comparison of two drafts in the reports: the "What changed since the last draft" section of
the Word gap report (and a report of its own for `python main.py compare --docx`), and the
Changes sheet of the Excel workbook.

The section leads with what a reviewer asks first: how many changes, which targets moved (said
plainly: "target for 2025 lowered from 35% to 30%"), which findings the redraft resolved and
which it brought; then every goal, objective and other item added, removed, reworded, moved or
re-coded, with the words removed struck through in red and the words added underlined in green.
Wording: resources/templates/<lang>/changes.json.
"""

from __future__ import annotations

from pathlib import Path

from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from analysis.compare.diff import side, word_diff
from analysis.compare.model import ATTRIBUTE_KINDS, GROUPS, ITEM_KINDS, LINK_KINDS, Change, Comparison
from analysis.compare.wording import Wording, fill

# Rows of the items table in Word; the workbook has them all.
MAX_ITEM_ROWS = 400
_RED, _GREEN = "C00000", "2E7D32"
_GROUP_ORDER = [*ITEM_KINDS, "attributes", "finding_resolved", "finding_new", "finding_persisting", *LINK_KINDS]


def _name(path: str) -> str:
    return Path(path.replace("\\", "/")).name


class ChangesSection:
    """Writes the comparison into a Word report being built (analysis.report.word._Report)."""

    def __init__(self, report, comparison: Comparison) -> None:
        self.report = report
        self.comparison = comparison
        self.wording = Wording(report.view.language)
        self.w = self.wording.t["report"]
        self.t = report.t

    def write(self, page_break: bool = True) -> None:
        c, w = self.comparison, self.w
        self.report.heading(w["heading_tracked" if c.mode == "tracked" else "heading"], 1)
        compared = {d for pair in c.pairs for d in pair}
        against = [d for d in c.new.documents if d.id not in compared]
        names = self.t["list_separator"].join(d.title or _name(d.path) for d in against)
        for old_id, new_id in c.pairs:
            changes = [ch for ch in c.changes if ch.new_document_id == new_id or ch.old_document_id == old_id]
            old_doc, new_doc = c.document(old_id, True), c.document(new_id, False)
            if len(c.pairs) > 1:
                self.report.heading(fill(w["pair_heading"], document=new_doc.title or _name(new_doc.path)), 2)
            key = "compared_tracked" if c.mode == "tracked" else "compared"
            self.report.para(fill(w[key], old=_name(old_doc.path), new=_name(new_doc.path)))
            self.report.para(fill(w["against"], against=names) if against else w["against_none"])
            self._pair(changes)
        if page_break:
            self.report.para().add_run().add_break(WD_BREAK.PAGE)

    def _pair(self, changes: list[Change]) -> None:
        w, report = self.w, self.report
        level = 2 if len(self.comparison.pairs) == 1 else 3
        counts: dict[str, int] = {}
        for change in changes:
            counts[change.group] = counts.get(change.group, 0) + 1
        item_count = sum(n for g, n in counts.items() if g in ITEM_KINDS or g == "attributes")
        report.para(
            fill(
                w["summary"],
                items=item_count,
                resolved=counts.get("finding_resolved", 0),
                new=counts.get("finding_new", 0),
                persisting=counts.get("finding_persisting", 0),
                unchanged=self.comparison.unchanged,
            )
        )
        if not changes:
            report.para(w["none"])
            return
        groups = self.wording.t["groups"]
        rows = [[groups[g], str(counts[g])] for g in _GROUP_ORDER if counts.get(g)]
        fills = {}
        for n, g in enumerate([g for g in _GROUP_ORDER if counts.get(g)], 1):
            if g == "finding_new":
                fills[(n, 0)] = self.t["severity_fill"]["high"]
            elif g == "finding_resolved":
                fills[(n, 0)] = "E2EFDA"
        report.table(w["counts_headers"], rows, [6.0, 2.6], fills)

        attributes = [c for c in changes if c.kind in ATTRIBUTE_KINDS]
        if attributes:
            report.heading(w["attributes_heading"], level)
            for change in attributes:
                report.para(change.text, "List Bullet")

        findings = [c for c in changes if c.kind.startswith("finding_")]
        if findings:
            report.heading(w["findings_heading"], level)
            for kind, label, colour in (
                ("finding_resolved", w["resolved"], _GREEN),
                ("finding_new", w["new"], _RED),
                ("finding_persisting", w["persisting"], "7F7F7F"),
            ):
                of_kind = [c for c in findings if c.kind == kind]
                if not of_kind:
                    continue
                paragraph = report.para()
                run = paragraph.add_run(f"{label} ({len(of_kind)})")
                run.bold = True
                run.font.color.rgb = _rgb(colour)
                for change in of_kind:
                    finding = change.new_finding or change.old_finding
                    paragraph = report.para(style="List Bullet")
                    paragraph.add_run(finding.title).bold = True
                    paragraph.add_run(" — " + finding.message)

        items = [c for c in changes if c.kind in ITEM_KINDS]
        if items:
            report.heading(w["items_heading"], level)
            report.para(w["legend"], report.small)
            self._items_table(items)

        links = [c for c in changes if c.kind in LINK_KINDS]
        if links:
            report.heading(w["links_heading"], level)
            for change in links:
                report.para(change.text, "List Bullet")

    def _items_table(self, items: list[Change]) -> None:
        kinds = self.wording.t["kinds"]
        order = {k: n for n, k in enumerate(ITEM_KINDS)}
        items = sorted(items, key=lambda c: order[c.kind])
        shown = items[:MAX_ITEM_ROWS]
        rows, diffs = [], []
        for change in shown:
            if change.kind == "reworded":
                segments = word_diff(change.old_item.text, change.new_item.text)
                before, after = side(segments, "-"), side(segments, "+")
            else:
                before = [("=", _item_text(change.old_item))] if change.old_item else []
                after = [("=", _item_text(change.new_item))] if change.new_item else []
                if change.kind == "removed":
                    before = [("-", _item_text(change.old_item))]
                elif change.kind == "added":
                    after = [("+", _item_text(change.new_item))]
            rows.append([kinds[change.kind], self._what(change), "", ""])
            diffs.append((before, after))
        table = self.report.table(self.w["items_headers"], rows, self.report._widths([2.6, 3.4, 5.0, 5.0]))
        for tr, (before, after) in zip(table._tbl.tr_lst[1:], diffs, strict=False):
            cells = tr.tc_lst
            _fill_runs(cells[2], before)
            _fill_runs(cells[3], after)
        if len(items) > MAX_ITEM_ROWS:
            self.report.para(fill(self.w["more"], n=len(items) - MAX_ITEM_ROWS), self.report.small)

    def _what(self, change: Change) -> str:
        """The item as the Item column names it, with the move or the new code."""
        item = change.old_item if change.kind in ("removed", "recoded") else change.new_item
        ref = capital_ref(self.wording, item)
        d = change.detail
        if change.kind == "moved":
            none = self.wording.t["none"]
            return f"{ref}: {d.get('old_parent') or none} → {d.get('new_parent') or none}"
        if change.kind == "recoded":
            return f"{ref} → {change.new_item.code or self.wording.t['none']}"
        return ref


def capital_ref(wording: Wording, item) -> str:
    ref = wording.item_ref(item, quote=False)
    return ref[:1].upper() + ref[1:]


def _item_text(item) -> str:
    code = f"{item.code} " if item.code else ""
    return code + item.text


def _rgb(colour: str):
    from docx.shared import RGBColor

    return RGBColor.from_string(colour)


def _fill_runs(tc, segments: list[tuple[str, str]]) -> None:
    """Put the segments into the cell's paragraph as runs: removed words struck through in red,
    added words underlined in green."""
    p = tc.findall(qn("w:p"))[0]
    for run in p.findall(qn("w:r")):
        p.remove(run)
    for op, text in segments:
        run = OxmlElement("w:r")
        if op != "=":
            pr = OxmlElement("w:rPr")
            colour = OxmlElement("w:color")
            colour.set(qn("w:val"), _RED if op == "-" else _GREEN)
            mark = OxmlElement("w:strike" if op == "-" else "w:u")
            if op == "+":
                mark.set(qn("w:val"), "single")
            pr.append(mark)
            pr.append(colour)
            run.append(pr)
        t = OxmlElement("w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        p.append(run)


def changes_rows(comparison: Comparison, view) -> list[list]:
    """The rows of the Changes sheet (one per change, in the order of the report's groups);
    `view` is the workbook's ReportView (places are named as in its other sheets)."""
    wording = Wording(view.language)
    kinds = wording.t["kinds"]
    order = {g: n for n, g in enumerate(_GROUP_ORDER)}
    rows = []
    for change in sorted(comparison.changes, key=lambda c: order[GROUPS[c.kind]]):
        doc_id = change.new_document_id or change.old_document_id
        doc = comparison.document(doc_id, change.new_document_id is None)
        finding = change.new_finding or change.old_finding
        rows.append(
            [
                (doc.title or _name(doc.path)) if doc else "",
                kinds[change.kind],
                wording.kind(change.item_kind) if change.item_kind else "",
                change.old_item.code if change.old_item and change.old_item.code else "",
                change.new_item.code if change.new_item and change.new_item.code else "",
                change.old_item.text if change.old_item else (change.old_finding.title if change.old_finding else ""),
                change.new_item.text if change.new_item else (change.new_finding.title if change.new_finding else ""),
                change.text,
                finding.code if finding else "",
                view.where(change.old_location) if change.old_location else "",
                view.where(change.new_location) if change.new_location else "",
            ]
        )
    return rows
