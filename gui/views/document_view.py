"""Document view: the text as read, extracted items tinted by kind, a structure tree beside it,
and the details of the clicked item (attributes and links) underneath.

Documents are laid out on first view and kept until the next result, so a finding's evidence
is highlighted without re-layout; a new result clears them.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSortFilterProxyModel, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QTextCursor, QTextOption
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from analysis.model import Finding, ItemKind, Quote
from gui.labels import document_name, kind_name, level_name, period_text, problem_text
from gui.models.roles import Role
from gui.models.structure import StructureModel
from gui.palette import EVIDENCE_COLOR, KIND_COLORS
from gui.session import Session
from gui.views.document_render import RenderedDocument, marked_span, render
from gui.views.item_details import item_html
from gui.views.legend import Legend

LEGEND_KINDS = (ItemKind.GOAL, ItemKind.OBJECTIVE, ItemKind.INDICATOR, ItemKind.TARGET, ItemKind.MEASURE,
                ItemKind.RISK, ItemKind.RESOURCE)


class DocumentView(QWidget):
    alignment_requested = Signal(str)  # item id

    def __init__(self, session: Session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.current_id: str | None = None
        self._rendered: dict[str, RenderedDocument] = {}
        self._highlights: list[tuple[int, int]] = []
        self._syncing = False

        self.tree_model = StructureModel(self)
        self.tree_proxy = QSortFilterProxyModel(self)
        self.tree_proxy.setSourceModel(self.tree_model)
        self.tree_proxy.setRecursiveFilteringEnabled(True)
        self.tree_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setModel(self.tree_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setToolTip(self.tr("The documents' structure: sections, goals, objectives and indicators. "
                                     "Click an entry to show it in the text."))
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter the structure…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setToolTip(self.tr("Show only entries whose text contains these words"))
        self.filter.textChanged.connect(self._on_filter)

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        legend = Legend([(kind_name(k), KIND_COLORS[k]) for k in LEGEND_KINDS]
                        + [(self.tr("Evidence of the selected finding"), EVIDENCE_COLOR)], self.tr("Highlights:"))
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.setReadOnly(True)
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)  # never break "2021" or "640.5" in a cell
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setToolTip(self.tr("Click a highlighted passage to see what was extracted from it"))
        self.text.cursorPositionChanged.connect(self._on_text_click)
        self.text.setPlaceholderText(self.tr("Run the analysis (F5) to see the documents here."))
        self.details = QTextBrowser()
        self.details.setOpenLinks(False)
        self.details.anchorClicked.connect(self._on_anchor)
        self.details.setPlaceholderText(self.tr("Click an item to see its attributes and links."))

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.tree)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(legend)
        top_layout.addWidget(self.text, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(top)
        right.addWidget(self.details)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([600, 220])
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 570])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        base = QFont(self.font())
        base.setPointSizeF(max(10.0, base.pointSizeF()))
        self._base_font = base
        session.result_changed.connect(self._on_result_changed)
        self._on_result_changed()

    # -- result --------------------------------------------------------------------------------
    def _on_result_changed(self) -> None:
        """A new result replaces the tree and the layouts; a re-check keeps both."""
        result = self.session.result
        if result is not None and self.tree_model.rowCount() and self._result_id == self.session.generation:
            item = self.session.items.get(self._detail_item or "")
            if item is not None:  # links and statuses may have changed
                self.details.setHtml(item_html(self.session, item))
            return
        self._result_id = self.session.generation
        self._rendered.clear()
        self._highlights = []
        self.tree_model.set_result(result, self.session.short_names)
        self.current_id = None
        self.details.clear()
        if result is None or not result.documents:
            heading = self.tr("Document view")
            hint = self.tr("Each document with its goals, objectives, indicators, risks and resources highlighted")
            self.title.setText(f"<b style='font-size:12pt'>{heading}</b><br><span style='color:#555'>{hint}</span>")
            self.text.clear()
            return
        first = next((d for d in result.documents if d.blocks), result.documents[0])
        # laid out on the next turn of the event loop, so the views that show the new result
        # do not all block the same turn
        generation = self.session.generation
        QTimer.singleShot(60, self, lambda: self._show_first(first.id, generation))  # cancelled if self goes

    def _show_first(self, doc_id: str, generation: int) -> None:
        if generation == self.session.generation and self.current_id is None:
            self.show_document(doc_id)

    _result_id: int | None = None
    _detail_item: str | None = None

    def _rendered_for(self, doc_id: str) -> RenderedDocument | None:
        if doc_id not in self._rendered:
            doc = self.session.documents.get(doc_id)
            if doc is None or self.session.result is None:
                return None
            self._rendered[doc_id] = render(doc, self.session.result.items_of(doc_id), self._base_font)
        return self._rendered[doc_id]

    def show_document(self, doc_id: str) -> RenderedDocument | None:
        rendered = self._rendered_for(doc_id)
        if rendered is None:
            return None
        if self.current_id != doc_id:
            self.current_id = doc_id
            self._syncing = True
            self.text.setDocument(rendered.qdoc)
            self._syncing = False
            self._highlights = []
            self._apply_highlights()
            doc = self.session.documents[doc_id]
            facts = [self.tr("level {0} ({1})").format(doc.level, level_name(doc.level_name)) if doc.level
                     else self.tr("no level set"),
                     doc.region or "", period_text(doc.period), doc.path.replace("\\", "/").rsplit("/", 1)[-1]]
            status = f" <span style='color:#c62828'>{problem_text(doc.error)}</span>" if doc.error else ""
            self.title.setText(f"<b style='font-size:12pt'>{document_name(doc)}</b><br>"
                               f"<span style='color:#555'>{' · '.join(f for f in facts if f)}</span>{status}")
            self._reveal_in_tree(doc_id)
        return rendered

    # -- highlighting --------------------------------------------------------------------------
    def _apply_highlights(self, item_span: tuple[int, int] | None = None) -> None:
        document = self.text.document()
        selections = [marked_span(document, span, EVIDENCE_COLOR, QColor("#f57f17")) for span in self._highlights]
        if item_span is not None:
            selections.append(marked_span(document, item_span, QColor("#90caf9"), QColor("#0d47a1")))
        self.text.setExtraSelections(selections)

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.text.document())
        cursor.setPosition(position)
        self._syncing = True
        self.text.setTextCursor(cursor)
        self._syncing = False
        rect = self.text.cursorRect(cursor)
        bar = self.text.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.text.viewport().height() // 3)

    def highlighted_texts(self) -> list[str]:
        """The passages highlighted as evidence (for tests and for screen readers)."""
        return [s.cursor.selectedText() for s in self.text.extraSelections()
                if s.format.background().color() == EVIDENCE_COLOR]

    def show_evidence(self, finding: Finding, index: int = 0) -> bool:
        """Open the document of the finding's evidence `index` and highlight every quote of the
        finding that sits in that document. False when nothing could be found."""
        if not finding.evidence:
            return False
        index = max(0, min(index, len(finding.evidence) - 1))
        doc = self.session.document_for_file(finding.evidence[index].location.file)
        if doc is None:
            return False
        rendered = self.show_document(doc.id)
        if rendered is None:
            return False
        spans = []
        for n, evidence in enumerate(finding.evidence):
            if self.session.document_for_file(evidence.location.file) is doc:
                span = self._locate(rendered, evidence)
                if span:
                    spans.append((n, span))
        self._highlights = [s for _, s in spans]
        self._apply_highlights()
        focus = next((s for n, s in spans if n == index), spans[0][1] if spans else None)
        if focus:
            self._scroll_to(focus[0])
            item_id = rendered.item_at(focus[0])
            if item_id:  # the item the evidence quotes: show it in the tree and its details below
                self._select_in_tree(item_id)
                self.details.setHtml(item_html(self.session, self.session.items[item_id]))
                self._detail_item = item_id
        return bool(spans)

    def _locate(self, rendered: RenderedDocument, evidence: Quote) -> tuple[int, int] | None:
        return rendered.locate(evidence.location, evidence.quote)

    # -- items ---------------------------------------------------------------------------------
    def select_item(self, item_id: str, sync_tree: bool = True) -> None:
        item = self.session.items.get(item_id)
        if item is None:
            return
        rendered = self.show_document(item.document_id)
        span = rendered.items.get(item_id) if rendered else None
        self._apply_highlights(span)
        if span:
            self._scroll_to(span[0])
        self.details.setHtml(item_html(self.session, item))
        self._detail_item = item_id
        if sync_tree:
            self._select_in_tree(item_id)

    def _reveal_in_tree(self, doc_id: str) -> None:
        """Expand the shown document in the tree and fold the others."""
        for row in range(self.tree_proxy.rowCount()):
            index = self.tree_proxy.index(row, 0)
            self.tree.setExpanded(index, index.data(Role.ID) == doc_id)

    def _select_in_tree(self, obj_id: str) -> None:
        index = self.tree_proxy.mapFromSource(self.tree_model.index_of(obj_id))
        if index.isValid():
            self._syncing = True
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)
            self._syncing = False

    def _on_tree_current(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        kind = current.data(Role.KIND)
        obj_id = current.data(Role.ID)
        if kind == "document":
            self.show_document(obj_id)
            self._apply_highlights()
            self.text.verticalScrollBar().setValue(0)
        elif kind == "section":
            node = self.tree_model.node(self.tree_proxy.mapToSource(current))
            rendered = self.show_document(node.document_id)
            section = next((s for s in self.session.documents[node.document_id].sections if s.id == obj_id), None)
            span = rendered.locate(section.location, section.heading) if rendered and section else None
            self._apply_highlights(span)
            if span:
                self._scroll_to(span[0])
        else:
            self.select_item(obj_id, sync_tree=False)

    def _on_text_click(self) -> None:
        if self._syncing or self.current_id is None:
            return
        rendered = self._rendered.get(self.current_id)
        item_id = rendered.item_at(self.text.textCursor().position()) if rendered else None
        if item_id:
            self.select_item(item_id)

    def _on_filter(self, text: str) -> None:
        self.tree_proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _on_anchor(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "item":
            self.select_item(value)
        elif kind == "align":
            self.alignment_requested.emit(value)
