"""How model objects read in the UI: names, short names, percentages, item labels.

Plain functions (not QObjects), so they translate through QCoreApplication.translate.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from analysis.model import Document, Item, ItemKind, Location

_CONTEXT = "Labels"


def tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


KIND_NAMES = {
    ItemKind.GOAL: "Goal",
    ItemKind.OBJECTIVE: "Objective",
    ItemKind.TASK: "Task",
    ItemKind.MEASURE: "Measure",
    ItemKind.INDICATOR: "Indicator",
    ItemKind.TARGET: "Target",
    ItemKind.RISK: "Risk",
    ItemKind.RESOURCE: "Resource",
}

SEVERITY_NAMES = {"high": "High", "medium": "Medium", "low": "Low", "info": "Info"}
STATUS_NAMES = {"suggested": "Suggested", "confirmed": "Confirmed", "rejected": "Rejected"}


def kind_name(kind: ItemKind) -> str:
    return tr(KIND_NAMES[kind])


def severity_name(severity: str) -> str:
    return tr(SEVERITY_NAMES.get(severity, severity))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, status))


def document_name(document: Document) -> str:
    return document.title or Path(document.path).name


def file_name(path: str) -> str:
    return Path(path.replace("\\", "/")).name


def short_name(document: Document, limit: int = 14) -> str:
    """A name that fits a matrix header: the title before ':' if short, else its initials.

    'Strategy 2025: ...' -> 'Strategy 2025'; 'Programme for Regional Development ...' -> 'PRD'.
    """
    head = (document.title or Path(document.path).stem).split(":")[0].strip()
    if len(head) <= limit:
        return head
    initials = "".join(w[0] for w in re.findall(r"[A-Za-z][\w-]*", head) if w[0].isupper())
    return initials[:6] or head[:limit]


def short_names(documents: list[Document]) -> dict[str, str]:
    """Short names that tell the documents apart: 'DPKR' and 'DPKR Annex 1' when two titles
    share their part before ':'; a plain ordinal when nothing else differs."""
    names = {d.id: short_name(d) for d in documents}
    for doc in documents:
        if sum(1 for n in names.values() if n == names[doc.id]) > 1:
            tail = (doc.title or "").partition(":")[2].strip()
            if tail:
                names[doc.id] = f"{names[doc.id]} {one_line(tail, 14)}"
    seen: dict[str, int] = {}
    for doc in documents:
        seen[names[doc.id]] = seen.get(names[doc.id], 0) + 1
        if seen[names[doc.id]] > 1:
            names[doc.id] = f"{names[doc.id]} ({seen[names[doc.id]]})"
    return names


def percent(value: float | None) -> str:
    return "–" if value is None else f"{round(value * 100)}%"


def period_text(period: tuple[int, int] | None) -> str:
    return f"{period[0]}–{period[1]}" if period else ""


def parse_period(text: str) -> tuple[int, int] | None:
    """'2021-2025', '2021–2025', '2021 to 2025' -> (2021, 2025); '' -> None; raises ValueError."""
    text = text.strip()
    if not text:
        return None
    years = re.findall(r"\d{4}", text)
    if len(years) != 2 or int(years[0]) > int(years[1]):
        raise ValueError(text)
    return int(years[0]), int(years[1])


def one_line(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def item_label(item: Item, limit: int = 120) -> str:
    """'1.2 Raise labour productivity …' (the code, when the plan numbers the item, then the text)."""
    text = one_line(item.text, limit)
    return f"{item.code} {text}" if item.code else text


def where(location: Location) -> str:
    return location.describe()
