"""The small pieces every view is built from, set up one way: a button with its tooltip, a
shortcut that works while the view has focus, a table of rows, a note, a column or row of parts,
a splitter. Views pass their own translated texts (self.tr stays in the view's class)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

Part = QWidget | QLayout | tuple[QWidget | QLayout, int] | int  # an int alone: a stretch


def button(text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    widget = QPushButton(text)
    widget.setToolTip(tip)
    widget.clicked.connect(lambda _=False: slot())
    return widget


def shortcut(owner: QWidget, key: QKeySequence | str, slot: Callable[[], object], text: str = "") -> QAction:
    """A key that works while `owner` or a widget inside it has the focus."""
    action = QAction(text, owner)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _=False: slot())
    owner.addAction(action)
    return action


def row_table(model: QAbstractItemModel, *, several: bool = False, wrap: bool = False) -> QTableView:
    """A table whose rows are selected whole, without row numbers."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    mode = QAbstractItemView.SelectionMode
    table.setSelectionMode(mode.ExtendedSelection if several else mode.SingleSelection)
    table.setWordWrap(wrap)
    table.verticalHeader().setVisible(False)
    return table


def sorted_table(model: QAbstractItemModel, sort_column: int, *, several: bool = False) -> QTableView:
    """A row table sorted by a column the planner may change, rows alternately tinted, one line high."""
    table = row_table(model, several=several)
    table.setSortingEnabled(True)
    table.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(24)
    return table


def choice(tip: str, width: int, slot: Callable[[], object]) -> QComboBox:
    """A drop-down `width` characters wide that calls `slot` when the choice changes."""
    combo = QComboBox()
    combo.setToolTip(tip)
    combo.setMinimumContentsLength(width)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.currentIndexChanged.connect(lambda _=0: slot())
    return combo


def search_field(placeholder: str, tip: str, slot: Callable[[str], object]) -> QLineEdit:
    field = QLineEdit()
    field.setPlaceholderText(placeholder)
    field.setClearButtonEnabled(True)
    field.setToolTip(tip)
    field.textChanged.connect(slot)
    return field


def rich_label() -> QLabel:
    """A wrapped label that shows rich text (a summary, a heading)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def note(text: str = "", style: str = "color: #555;") -> QLabel:
    """A wrapped line of explanation in grey."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def _fill(layout: QBoxLayout, parts: tuple[Part, ...]) -> None:
    for part in parts:
        if isinstance(part, int):
            layout.addStretch(part)
            continue
        item, stretch = part if isinstance(part, tuple) else (part, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)


def across(*parts: Part) -> QHBoxLayout:
    """Parts side by side; (part, stretch) to let one take the room left."""
    layout = QHBoxLayout()
    _fill(layout, parts)
    return layout


def column(*parts: Part, margins: int = 0) -> QWidget:
    """A widget with parts one under another."""
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(margins, margins, margins, margins)
    _fill(layout, parts)
    return widget


def split(orientation: Qt.Orientation, widgets: list[QWidget], sizes: list[int]) -> QSplitter:
    splitter = QSplitter(orientation)
    for widget in widgets:
        splitter.addWidget(widget)
    splitter.setSizes(sizes)
    return splitter


def lay_out(owner: QWidget, *parts: Part, margins: int = 4) -> QVBoxLayout:
    """The view's own layout: parts one under another."""
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(margins, margins, margins, margins)
    _fill(layout, parts)
    return layout
