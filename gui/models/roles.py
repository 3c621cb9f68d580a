"""Custom item-data roles shared by every model (they start at Qt.UserRole, as napari's do)."""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)


class Role(IntEnum):
    ID = _BASE + 1  # the id of the row's object (finding id, item id, document id ...)
    SORT = _BASE + 2  # a value that sorts as a planner expects (severity rank, number, ...)
    SEVERITY = _BASE + 3  # "high" | "medium" | "low" | "info"
    CODE = _BASE + 4  # finding code
    DOCUMENTS = _BASE + 5  # list of document ids
    DISMISSED = _BASE + 6  # bool
    KIND = _BASE + 7  # node or item kind
    SCORE = _BASE + 8  # float 0..1 or None
    STATUS = _BASE + 9  # link status value
    VALUE = _BASE + 10  # the raw number behind a formatted cell (None when not applicable)
    SEARCH = _BASE + 11  # all text a search box should match
