"""The structure tree: document > section > goal/objective > indicator, as extraction saw it.

Items hang under their parent item when it is in the same document (an objective under its
goal, an indicator under its objective), else under their section. Sub-sections with no
items are left out so the tree shows the plan's logic, not every heading; top-level
sections stay, as the document's outline.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from analysis.model import AnalysisResult
from gui.labels import document_name, item_label, kind_name, one_line, problem_text
from gui.models.roles import Role
from gui.models.table import Index
from gui.palette import kind_icon


class Node:
    __slots__ = ("kind", "id", "document_id", "label", "tooltip", "parent", "children", "row", "item_kind")

    def __init__(self, kind: str, obj_id: str, document_id: str, label: str, tooltip: str = "",
                 parent: Node | None = None, item_kind=None) -> None:
        self.kind = kind  # "root" | "document" | "section" | "item"
        self.id = obj_id
        self.document_id = document_id
        self.label = label
        self.tooltip = tooltip
        self.parent = parent
        self.children: list[Node] = []
        self.row = 0
        self.item_kind = item_kind

    def add(self, child: Node) -> Node:
        child.parent = self
        child.row = len(self.children)
        self.children.append(child)
        return child

    def has_items(self) -> bool:
        return any(c.kind == "item" or c.has_items() for c in self.children)


class StructureModel(QAbstractItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._root = Node("root", "", "", "")
        self._by_id: dict[str, Node] = {}

    def set_result(self, result: AnalysisResult | None, short_names: dict[str, str] | None = None) -> None:
        """`short_names` put first on each document's row ('Kostanay Indicators — Development
        Programme …'), so two documents whose titles start alike can be told apart."""
        self.beginResetModel()
        self._short_names = short_names or {}
        self._root, self._by_id = self._build(result)
        self.endResetModel()

    _short_names: dict[str, str] = {}

    def _document_label(self, doc) -> str:
        title, name = document_name(doc), self._short_names.get(doc.id, "")
        return f"{name} — {title}" if name and not title.casefold().startswith(name.casefold()) else title

    def _build(self, result: AnalysisResult | None) -> tuple[Node, dict[str, Node]]:
        root = Node("root", "", "", "")
        by_id: dict[str, Node] = {}
        if result is None:
            return root, by_id
        for doc in result.documents:
            tip = doc.path if not doc.error else f"{doc.path}\n{problem_text(doc.error)}"
            doc_node = root.add(Node("document", doc.id, doc.id, self._document_label(doc), tip))
            sections: dict[str, Node] = {}
            for section in doc.sections:
                sections[section.id] = Node("section", section.id, doc.id, one_line(section.heading, 90),
                                            section.heading)
            items = {}
            for item in result.items_of(doc.id):
                items[item.id] = Node("item", item.id, doc.id, item_label(item, 90),
                                      f"{kind_name(item.kind)}: {item.text}", item_kind=item.kind)
            # items under their parent item or section; sections under their parent section
            children: dict[str, list[Node]] = {}
            for section in doc.sections:
                parent_id = section.parent_id if section.parent_id in sections else doc.id
                children.setdefault(parent_id, []).append(sections[section.id])
            for item in result.items_of(doc.id):
                if item.parent_id in items:
                    parent_id = item.parent_id
                elif item.section_id in sections:
                    parent_id = item.section_id
                else:
                    parent_id = doc.id
                children.setdefault(parent_id, []).append(items[item.id])

            _attach(doc_node, doc.id, children)
            _prune(doc_node, top=True)
        _index(root, by_id)
        return root, by_id

    # -- look-ups -------------------------------------------------------------------------
    def node(self, index: Index) -> Node | None:
        return index.internalPointer() if index.isValid() else None

    def index_of(self, obj_id: str) -> QModelIndex:
        node = self._by_id.get(obj_id)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    # -- QAbstractItemModel ------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_node = self.node(parent) if parent.isValid() else self._root
        if parent_node is None or column != 0 or not 0 <= row < len(parent_node.children):
            return QModelIndex()
        return self.createIndex(row, 0, parent_node.children[row])

    def parent(self, index: Index = QModelIndex()):  # noqa: B008
        node = self.node(index)
        if node is None or node.parent is None or node.parent is self._root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.column() > 0:
            return 0
        node = self.node(parent) if parent.isValid() else self._root
        return len(node.children) if node else 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and section == 0:
            return self.tr("Structure")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        node = self.node(index)
        if node is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return node.label
        if role == Qt.ItemDataRole.ToolTipRole:
            return node.tooltip or node.label
        if role == Qt.ItemDataRole.DecorationRole and node.item_kind is not None:
            return kind_icon(node.item_kind)
        if role == Qt.ItemDataRole.FontRole and node.kind == "document":
            font = QFont()
            font.setBold(True)
            return font
        if role == Role.ID:
            return node.id
        if role == Role.KIND:
            return node.item_kind.value if node.item_kind is not None else node.kind
        if role == Role.DOCUMENTS:
            return [node.document_id]
        return None


def _attach(parent: Node, key: str, children: dict[str, list[Node]]) -> None:
    for child in children.get(key, []):
        _attach(parent.add(child), child.id, children)


def _index(node: Node, by_id: dict[str, Node]) -> None:
    for child in node.children:
        by_id[child.id] = child
        _index(child, by_id)


def _prune(node: Node, top: bool = False) -> None:
    """Drop sub-sections that hold no items (top-level sections stay: they are the outline)."""
    kept = []
    for child in node.children:
        if child.kind == "section":
            _prune(child)
            if not child.has_items() and not (top and node.kind == "document"):
                continue
        elif child.kind == "item":
            _prune(child)
        kept.append(child)
    for row, child in enumerate(kept):
        child.row = row
    node.children = kept
