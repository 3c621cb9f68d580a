"""Changes: what changed between two drafts of a plan, what the redraft fixed and what it broke.

A table of the changes (filter by kind, search), and under it the two versions side by side:
each pane shows the selected item's text in that version with the words removed (red,
struck through) or added (green, underlined), and the whole version below it, scrolled to the
item and highlighted, so the planner sees the place in each draft. The comparison with the last
drafts runs after each analysis when documents have earlier versions; a Word draft with tracked
changes is compared before/after them with one click.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from analysis.compare.diff import word_diff
from analysis.compare.model import Change
from gui.models.changes import GROUP_ORDER, ChangesFilterProxy, ChangesModel, group_counts
from gui.models.roles import Role
from gui.session import Session
from gui.views.columns import fit_columns
from gui.views.document_render import RenderedDocument, marked_span, render
from gui.views.widgets import (
    across,
    button,
    choice,
    column,
    lay_out,
    note,
    rich_label,
    search_field,
    sorted_table,
    split,
)

_REMOVED = "color:#c62828;text-decoration:line-through;background-color:#fde0e0"
_ADDED = "color:#2e7d32;text-decoration:underline;background-color:#e0f2e0"
_PLACE = QColor("#ffd54f")  # the item's place in each version: apart from the kind tints


def diff_html(old: str | None, new: str | None, side: str) -> str:
    """One side of a word diff as HTML: kept words plain, removed ones (old side) struck through
    in red, added ones (new side) underlined in green."""
    if old is None and new is None:
        return ""
    if old is None or new is None:
        text = new if old is None else old
        style = _ADDED if old is None else _REMOVED
        return f"<span style='{style}'>{escape(text or '')}</span>" if (side == "+") == (old is None) else ""
    parts = []
    for op, text in word_diff(old, new):
        if op == "=":
            parts.append(escape(text))
        elif op == side:
            parts.append(f"<span style='{_REMOVED if op == '-' else _ADDED}'>{escape(text)}</span>")
    return "".join(parts)


def _item_text(item, figures: bool = False) -> str | None:
    """The item as the diff panes show it; with `figures`, its unit, baseline and dated targets
    follow, so a changed target is marked where it changed."""
    if item is None:
        return None
    text = f"{item.code} {item.text}" if item.code else item.text
    attrs = item.attributes
    if figures and attrs is not None:
        parts = []
        if attrs.unit:
            parts.append(f"[{attrs.unit}]")
        if attrs.baseline and attrs.baseline.value is not None:
            parts.append(f"{_num(attrs.baseline.value)} ({attrs.baseline.year or '–'})")
        parts.extend(f"{t.year or '–'}: {_num(t.value)}" for t in attrs.targets if t.value is not None)
        if parts:
            text += " — " + "; ".join(parts)
    return text


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def finding_html(finding, colour: str) -> str:
    return (f"<b style='color:{colour}'>{escape(finding.title)}</b><br>{escape(finding.message)}"
            if finding is not None else "")


class VersionPane(QWidget):
    """One version: the selected item's text with its differences marked, and the whole version."""

    def __init__(self, side: str, parent=None) -> None:
        super().__init__(parent)
        self.side = side  # "-" the earlier version, "+" the later one
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.RichText)
        self.title.setWordWrap(True)
        self.diff = QTextBrowser()
        self.diff.setMaximumHeight(96)
        self.diff.setToolTip(self.tr("The selected item in this version: removed words struck through in red, "
                                     "added words underlined in green"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.text.setToolTip(self.tr("The whole version, scrolled to the place of the selected change"))
        self.rendered: RenderedDocument | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.diff)
        layout.addWidget(self.text, 1)

    def set_title(self, label: str, path: str | None) -> None:
        name = escape(Path(path).name) if path else "–"
        self.title.setText(f"<b>{escape(label)}</b> <span style='color:#555'>{name}</span>")

    def show_document(self, rendered: RenderedDocument | None) -> None:
        if rendered is self.rendered:
            return
        self.rendered = rendered
        if rendered is None:
            self.text.clear()
        else:
            self.text.setDocument(rendered.qdoc)
        self.text.setExtraSelections([])

    def show_place(self, span: tuple[int, int] | None) -> None:
        if span is None or self.rendered is None:
            self.text.setExtraSelections([])
            return
        selection = marked_span(self.text.document(), span, _PLACE, QColor("#e65100"))
        self.text.setExtraSelections([selection])
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(span[0])
        self.text.setTextCursor(cursor)
        rect = self.text.cursorRect(cursor)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.text.viewport().height() // 3)

    def highlighted_text(self) -> str:
        selections = self.text.extraSelections()
        return selections[0].cursor.selectedText() if selections else ""


class ChangesView(QWidget):
    compare_requested = Signal(str, int)  # "versions" | "tracked", the document's row (tracked)
    item_selected = Signal(str)  # an item of the current result (the new version) to show

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ChangesModel(self)
        self.proxy = ChangesFilterProxy(self.model, self)
        self._rendered: dict[tuple[str, str], RenderedDocument] = {}
        self.summary = rich_label()
        bar = self._build_bar()
        self.table = sorted_table(self.proxy, ChangesModel.CHANGE)
        self.table.horizontalHeader().setSectionResizeMode(ChangesModel.WHAT, QHeaderView.ResizeMode.Stretch)
        fit_columns(self.table, {ChangesModel.CHANGE: 130, ChangesModel.ITEM: 130, ChangesModel.DOCUMENT: 160})
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        below = self._build_versions()
        self.empty = note(self.tr(
            "No comparison yet. Give a document its earlier draft (Documents tab, Versions) and run the analysis "
            "(F5): Concord then lists what changed since that draft, which findings the redraft resolved and which "
            "it brought. A Word draft with tracked changes can be compared before and after them with the button "
            "above."), style="color: #444;")
        self.splitter = split(Qt.Orientation.Vertical, [self.table, below], [380, 520])
        lay_out(self, self.summary, bar, self.empty, (self.splitter, 1))
        base = QFont(self.font())
        base.setPointSizeF(max(10.0, base.pointSizeF()))
        self._base_font = base
        session.comparison_changed.connect(self._on_comparison)
        session.result_changed.connect(self._update_buttons)
        session.project_changed.connect(self._update_buttons)
        self._on_comparison()

    def _build_bar(self) -> QHBoxLayout:
        """What to show (a kind of change, words) and the two ways to compare."""
        self.versions_button = button(self.tr("Compare with the last drafts"),
                                      self.tr("Compare each document that has earlier versions with its last "
                                              "draft, both checked against the same higher-level plans"),
                                      lambda: self.compare_requested.emit("versions", -1))
        self.tracked_button = QPushButton(self.tr("Before/after tracked changes"))
        self.tracked_button.setToolTip(self.tr("Compare a Word draft as it was before its tracked changes with the "
                                               "text analysed (insertions accepted, deletions dropped)"))
        self.tracked_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)  # never elided
        self.versions_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tracked_menu = QMenu(self)
        self.tracked_button.setMenu(self.tracked_menu)
        self.kind_combo = choice(self.tr("Show one kind of change"), 22, self._apply_filters)
        self.search = search_field(self.tr("Search changes…"),
                                   self.tr("Show changes whose item or sentence contains all these words"),
                                   self._apply_filters)
        return across(QLabel(self.tr("Show:")), self.kind_combo, (self.search, 1), self.versions_button,
                      self.tracked_button)

    def _build_versions(self) -> QWidget:
        """The sentence of the selected change over the two versions side by side."""
        self.before = VersionPane("-")
        self.after = VersionPane("+")
        panes = split(Qt.Orientation.Horizontal, [self.before, self.after], [1, 1])
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sentence.setStyleSheet("font-weight: bold; padding: 2px;")
        return column(self.sentence, (panes, 1))

    # -- data ------------------------------------------------------------------------------------
    def _on_comparison(self) -> None:
        comparison = self.session.comparison
        self._rendered.clear()
        self.before.show_document(None)
        self.after.show_document(None)
        self.model.set_comparison(comparison)
        self._fill_kinds()
        has = comparison is not None
        self.empty.setVisible(not has)
        self.splitter.setVisible(has)
        self._update_summary()
        self._update_buttons()
        if has and self.proxy.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.proxy.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        else:
            self._show_change(None)

    def _fill_kinds(self) -> None:
        group = self.kind_combo.currentData()
        counts = group_counts(self.session.comparison)
        self.kind_combo.blockSignals(True)
        self.kind_combo.clear()
        self.kind_combo.addItem(self.tr("All changes ({0})").format(sum(counts.values())), None)
        for name in GROUP_ORDER:
            if counts.get(name):
                self.kind_combo.addItem(f"{self.model.group_label(name)} ({counts[name]})", name)
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(group)))
        self.kind_combo.blockSignals(False)
        self._apply_filters()

    def _apply_filters(self, *_args) -> None:
        self.proxy.set_filters(group=self.kind_combo.currentData(), text=self.search.text())

    def set_kind_filter(self, group: str | None) -> None:
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(group)))

    def _update_summary(self) -> None:
        c = self.session.comparison
        if c is None:
            self.summary.setText(f"<b>{self.tr('What changed between drafts')}</b>")
            return
        pairs = []
        for old_id, new_id in c.pairs:
            old, new = c.document(old_id, True), c.document(new_id, False)
            if c.mode == "tracked":
                pairs.append(self.tr("{0}: before → after its tracked changes").format(escape(Path(new.path).name)))
            else:
                pairs.append(f"{escape(Path(old.path).name)} → {escape(Path(new.path).name)}")
        counts = group_counts(c)
        items = sum(counts[g] for g in ("added", "removed", "reworded", "moved", "recoded", "attributes"))
        line = self.tr("{0} changes to items · {1} findings resolved · {2} new · {3} still open · {4} unchanged")
        line = line.format(items, counts["finding_resolved"], counts["finding_new"], counts["finding_persisting"],
                           c.unchanged)
        self.summary.setText(f"<b>{'; '.join(pairs)}</b><br><span style='color:#555'>{line}</span>")

    def _update_buttons(self) -> None:
        result = self.session.result
        self.versions_button.setEnabled(result is not None and self.session.has_versions())
        self.tracked_menu.clear()
        rows = []
        if result is not None:
            for row, spec in enumerate(self.session.project.documents):
                doc = self.session.result_document_for(spec)
                if doc is not None and doc.tracked_changes and spec.path.lower().endswith(".docx"):
                    rows.append((row, doc))
        for row, doc in rows:
            counts = doc.tracked_changes
            label = self.tr("{0} ({1} insertions, {2} deletions)").format(
                Path(doc.path).name, counts.get("insertions", 0), counts.get("deletions", 0))
            self.tracked_menu.addAction(label, lambda r=row: self.compare_requested.emit("tracked", r))
        self.tracked_button.setEnabled(bool(rows))

    # -- selection -------------------------------------------------------------------------------
    def current_change(self) -> Change | None:
        row = self.proxy.current_row(self.table)
        return self.model.change(row) if row >= 0 else None

    def select_row(self, row: int) -> None:
        index = self.proxy.index(row, 0)
        if index.isValid():
            self.table.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            self.table.scrollTo(index)

    def _on_current(self, *_args) -> None:
        self._show_change(self.current_change())

    def _rendered_for(self, side: str, document_id: str | None) -> RenderedDocument | None:
        comparison = self.session.comparison
        if comparison is None or document_id is None:
            return None
        key = (side, document_id)
        if key not in self._rendered:
            result = comparison.old if side == "-" else comparison.new
            doc = next((d for d in result.documents if d.id == document_id), None)
            if doc is None:
                return None
            self._rendered[key] = render(doc, result.items_of(doc.id), self._base_font)
        return self._rendered[key]

    def _show_change(self, change: Change | None) -> None:
        c = self.session.comparison
        if c is None or change is None:
            self.sentence.clear()
            for pane in (self.before, self.after):
                pane.diff.clear()
                pane.show_place(None)
            return
        old_doc = c.document(change.old_document_id, True)
        new_doc = c.document(change.new_document_id, False)
        tracked = c.mode == "tracked"
        self.before.set_title(self.tr("Before the tracked changes") if tracked else self.tr("Earlier draft"),
                              old_doc.path if old_doc else None)
        self.after.set_title(self.tr("With the tracked changes") if tracked else self.tr("Current draft"),
                             new_doc.path if new_doc else None)
        self.sentence.setText(escape(change.text))
        if change.old_finding is not None or change.new_finding is not None:
            colour = {"finding_resolved": "#2e7d32", "finding_new": "#c62828"}.get(change.kind, "#555")
            self.before.diff.setHtml(finding_html(change.old_finding, colour) or self._absent(True))
            self.after.diff.setHtml(finding_html(change.new_finding, colour) or self._absent(False))
        else:
            figures = change.group == "attributes"
            old_text, new_text = _item_text(change.old_item, figures), _item_text(change.new_item, figures)
            self.before.diff.setHtml(diff_html(old_text, new_text, "-") or self._absent(True))
            self.after.diff.setHtml(diff_html(old_text, new_text, "+") or self._absent(False))
        if change.new_item is not None and c.new is self.session.result:
            self.item_selected.emit(change.new_item.id)  # the main document view follows
        for pane, side, doc, item, finding, location in (
            (self.before, "-", old_doc, change.old_item, change.old_finding, change.old_location),
            (self.after, "+", new_doc, change.new_item, change.new_finding, change.new_location),
        ):
            rendered = self._rendered_for(side, doc.id if doc else None)
            pane.show_document(rendered)
            span = None
            if rendered is not None:
                if item is not None:
                    span = rendered.items.get(item.id) or rendered.locate(item.location, item.text)
                elif finding is not None and finding.evidence:
                    span = rendered.locate(location, finding.evidence[0].quote)
            pane.show_place(span)

    def _absent(self, old: bool) -> str:
        text = self.tr("Not in the earlier draft") if old else self.tr("Not in the current draft")
        return f"<i style='color:#777'>{escape(text)}</i>"

    def visible_groups(self) -> list[str]:
        return [self.proxy.index(r, 0).data(Role.KIND) for r in range(self.proxy.rowCount())]
