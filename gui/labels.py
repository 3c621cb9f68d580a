"""How model objects read in the UI: names, short names, percentages, item labels.

Plain functions (not QObjects), so they translate through QCoreApplication.translate.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from analysis.model import Document, Item, ItemKind, Location
from analysis.problems import localize

_CONTEXT = "Labels"
translate = QCoreApplication.translate


_SURROGATE = re.compile("[\ud800-\udfff]")


def shown(text: str) -> str:
    """Text as Qt can show it: a file name that is not valid UTF-8 (Linux keeps its bytes as
    lone surrogates, which Qt drops without a trace) shows U+FFFD where each byte was."""
    return _SURROGATE.sub("\ufffd", text)


def tr(text: str) -> str:
    """A string marked with QT_TRANSLATE_NOOP("Labels", ...) in the language of the UI."""
    return translate(_CONTEXT, text)


KIND_NAMES = {
    ItemKind.GOAL: QT_TRANSLATE_NOOP("Labels", "Goal"),
    ItemKind.OBJECTIVE: QT_TRANSLATE_NOOP("Labels", "Objective"),
    ItemKind.TASK: QT_TRANSLATE_NOOP("Labels", "Task"),
    ItemKind.MEASURE: QT_TRANSLATE_NOOP("Labels", "Measure"),
    ItemKind.INDICATOR: QT_TRANSLATE_NOOP("Labels", "Indicator"),
    ItemKind.TARGET: QT_TRANSLATE_NOOP("Labels", "Target"),
    ItemKind.RISK: QT_TRANSLATE_NOOP("Labels", "Risk"),
    ItemKind.RESOURCE: QT_TRANSLATE_NOOP("Labels", "Resource"),
}

SEVERITY_NAMES = {
    "high": QT_TRANSLATE_NOOP("Labels", "High"),
    "medium": QT_TRANSLATE_NOOP("Labels", "Medium"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "info": QT_TRANSLATE_NOOP("Labels", "Info"),
}
STATUS_NAMES = {
    "suggested": QT_TRANSLATE_NOOP("Labels", "Suggested"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "Rejected"),
}
DIRECTION_NAMES = {
    "increase": QT_TRANSLATE_NOOP("Labels", "increase"),
    "decrease": QT_TRANSLATE_NOOP("Labels", "decrease"),
    "maintain": QT_TRANSLATE_NOOP("Labels", "maintain"),
}
LEVEL_NAMES = {
    "national": QT_TRANSLATE_NOOP("Labels", "national"),
    "regional": QT_TRANSLATE_NOOP("Labels", "regional"),
    "local": QT_TRANSLATE_NOOP("Labels", "local"),
}
INDICATOR_TYPE_NAMES = {
    "input": QT_TRANSLATE_NOOP("Labels", "input"),
    "output": QT_TRANSLATE_NOOP("Labels", "output"),
    "outcome": QT_TRANSLATE_NOOP("Labels", "outcome"),
    "unknown": QT_TRANSLATE_NOOP("Labels", "not classified"),
}


def kind_name(kind: ItemKind) -> str:
    return tr(KIND_NAMES[kind])


def severity_name(severity: str) -> str:
    return tr(SEVERITY_NAMES.get(severity, severity))


def status_name(status: str) -> str:
    return tr(STATUS_NAMES.get(status, status))


def direction_name(direction: str) -> str:
    return tr(DIRECTION_NAMES.get(direction, direction))


def level_name(name: str | None) -> str:
    """'national' -> the UI's word for it ('' for none)."""
    return tr(LEVEL_NAMES.get(name, name)) if name else ""


def indicator_type_name(kind: str) -> str:
    return tr(INDICATOR_TYPE_NAMES.get(kind, kind))


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
    """'plan.docx, p. 4, table 2, row 7' in the language of the UI (Location.describe is English)."""
    parts = [file_name(location.file)]
    if location.sheet:
        parts.append(translate("Labels", "sheet '{0}'").format(location.sheet))
    if location.cell:
        parts.append(translate("Labels", "cell {0}").format(location.cell))
    if location.page:
        parts.append(translate("Labels", "p. {0}").format(location.page))
    if location.paragraph and not location.table:
        parts.append(translate("Labels", "para. {0}").format(location.paragraph))
    if location.table:
        parts.append(translate("Labels", "table {0}").format(location.table))
    if location.row:
        parts.append(translate("Labels", "row {0}").format(location.row))
    return ", ".join(parts)


# The core reports progress in English; these patterns give the status bar the UI's language.
_PROGRESS = (
    (re.compile(r"Reading and extracting (.+)"), QT_TRANSLATE_NOOP("Labels", "Reading and extracting {0}")),
    (re.compile(r"Linking level (\S+) plans to the plans above"),
     QT_TRANSLATE_NOOP("Labels", "Linking level {0} plans to the plans above")),
    (re.compile(r"Linking lower-level items to higher-level plans"),
     QT_TRANSLATE_NOOP("Labels", "Linking lower-level items to higher-level plans")),
    (re.compile(r"Comparing plans of the same level"),
     QT_TRANSLATE_NOOP("Labels", "Comparing plans of the same level")),
    (re.compile(r"Checking coherence"), QT_TRANSLATE_NOOP("Labels", "Checking coherence")),
    (re.compile(r"Linked"), QT_TRANSLATE_NOOP("Labels", "Linked")),
    (re.compile(r"Done"), QT_TRANSLATE_NOOP("Labels", "Done")),
)


# The linker's evidence for a link, 'shared terms: gas, access', by its English prefix.
_EVIDENCE = (
    ("explicit reference: ", QT_TRANSLATE_NOOP("Labels", "explicit reference: {0}")),
    ("within what its parent cites: ", QT_TRANSLATE_NOOP("Labels", "within what its parent cites: {0}")),
    ("shared terms: ", QT_TRANSLATE_NOOP("Labels", "shared terms: {0}")),
    ("same unit: ", QT_TRANSLATE_NOOP("Labels", "same unit: {0}")),
    ("same year: ", QT_TRANSLATE_NOOP("Labels", "same year: {0}")),
    ("same figure: ", QT_TRANSLATE_NOOP("Labels", "same figure: {0}")),
    ("close in meaning: ", QT_TRANSLATE_NOOP("Labels", "close in meaning: {0}")),
    ("confirmed by the planner", QT_TRANSLATE_NOOP("Labels", "confirmed by the planner")),
)


def problem_text(message: str) -> str:
    """A document's error or warning in the UI's language (the core words problems in English)."""
    from gui.i18n import ui_language

    return shown(localize(message, ui_language()))


def evidence_text(evidence: str) -> str:
    """One line of a link's evidence in the UI's language (unknown ones pass unchanged)."""
    for prefix, text in _EVIDENCE:
        if evidence.startswith(prefix):
            return tr(text).format(evidence[len(prefix):])
    return evidence


def progress_text(message: str) -> str:
    """A progress message of the core in the UI's language (unknown ones pass unchanged)."""
    for pattern, text in _PROGRESS:
        match = pattern.fullmatch(message)
        if match:
            return tr(text).format(*match.groups())
    return message
