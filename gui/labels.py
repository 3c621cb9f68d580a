"""How model objects read in the UI: names, short names, percentages, item labels.

Plain functions (not QObjects), so they translate through QCoreApplication.translate.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from analysis.model import Document, Evidence, Item, ItemKind, Location, Problem
from analysis.resources import load_template, resources_dir
from analysis.wording import Wording
from gui.i18n import ui_language

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
    "reach": QT_TRANSLATE_NOOP("Labels", "reach a level"),
    "eliminate": QT_TRANSLATE_NOOP("Labels", "eliminate"),
}
LEVEL_NAMES = {
    "national": QT_TRANSLATE_NOOP("Labels", "national"),
    "regional": QT_TRANSLATE_NOOP("Labels", "regional"),
    "local": QT_TRANSLATE_NOOP("Labels", "local"),
}
DOCUMENT_KIND_NAMES = {
    "plan": QT_TRANSLATE_NOOP("Labels", "development plan or programme"),
    "strategy": QT_TRANSLATE_NOOP("Labels", "sectoral strategy or policy"),
    "ndc": QT_TRANSLATE_NOOP("Labels", "climate pledge (NDC)"),
    "decree": QT_TRANSLATE_NOOP("Labels", "decree approving a plan"),
    "analysis": QT_TRANSLATE_NOOP("Labels", "analytical input"),
}
DOCUMENT_KIND_SHORT = {
    "plan": QT_TRANSLATE_NOOP("Labels", "plan / programme"),
    "strategy": QT_TRANSLATE_NOOP("Labels", "strategy"),
    "ndc": QT_TRANSLATE_NOOP("Labels", "climate pledge"),
    "decree": QT_TRANSLATE_NOOP("Labels", "decree"),
    "analysis": QT_TRANSLATE_NOOP("Labels", "analysis"),
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


def document_kind_name(kind: str | None) -> str:
    """'ndc' -> the UI's words for it ('' for none)."""
    return tr(DOCUMENT_KIND_NAMES.get(kind, kind)) if kind else ""


def document_kind_short(kind: str | None) -> str:
    """'ndc' -> a short word for a table cell."""
    return tr(DOCUMENT_KIND_SHORT.get(kind, kind)) if kind else ""


def indicator_type_name(kind: str) -> str:
    return tr(INDICATOR_TYPE_NAMES.get(kind, kind))


def document_name(document: Document) -> str:
    return document.title or Path(document.path).name


def file_name(path: str) -> str:
    return Path(path.replace("\\", "/")).name


# Small words that give no initial: 'Programme for Regional Development' -> 'PRD', and likewise in
# Russian and Kazakh titles, where only the first word is capitalised.
_MINOR_WORDS = frozenset("""
a an and at by for from in of on the to with until
а в во до для и из к на о об от по при с со у года год годы годов гг г
және мен бен пен үшін дейін дейінгі арналған жылға жылдарға жылдары жылы ж
""".split())
SHORT_LIMIT = 22  # a title (before its colon) up to this long is its own short name


def _initials(text: str) -> str:
    words = re.findall(r"[^\W\d_][\w-]*", text)
    return "".join(w[0].upper() for w in words if w.casefold() not in _MINOR_WORDS)


def short_name(document: Document, limit: int = SHORT_LIMIT) -> str:
    """A name that fits a matrix header or a chart label: the title before ':' when it is short
    ('Strategy 2025: ...' -> 'Strategy 2025'), else the initials of its words in any script
    ('Programme for Regional Development ...' -> 'PRD', 'Национальный план развития регионов'
    -> 'НПРР'), else the title cut at a word. Views that show initials show a legend too
    (`legend_entries`); a planner may set a name of their own in the Documents tab."""
    head = " ".join((document.title or Path(document.path).stem).split(":")[0].split())
    if len(head) <= limit:
        return head
    initials = _initials(head)
    if len(initials) >= 2:
        return initials[:6]
    return one_line_at_word(head, limit)


def one_line_at_word(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most `limit` characters, with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0] if " " in text[: limit - 1] else text[: limit - 1]
    return cut.rstrip(" ,;:–-") + "…"


def short_names(documents: list[Document], custom: dict[str, str] | None = None) -> dict[str, str]:
    """Short names that tell the documents apart (document id -> name), the planner's own first:
    'DPKR' and 'DPKR Annex 1' when two titles share their part before ':'; a plain ordinal
    when nothing else differs. Every name is unique within the project."""
    custom = {k: " ".join(v.split()) for k, v in (custom or {}).items() if v and v.strip()}
    names = {d.id: custom.get(d.id) or short_name(d) for d in documents}
    for doc in documents:
        if doc.id in custom:
            continue
        if sum(1 for n in names.values() if n.casefold() == names[doc.id].casefold()) > 1:
            tail = (doc.title or "").partition(":")[2].strip()
            if tail:
                names[doc.id] = f"{names[doc.id]} {one_line_at_word(tail, 14)}"
    seen: dict[str, int] = {}
    for doc in documents:
        key = names[doc.id].casefold()
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            names[doc.id] = f"{names[doc.id]} ({seen[key]})"
    return names


_INITIALS = re.compile(r"[^\W\d_a-zа-яёәғқңөұүһі]{2,6}(?: .*)?")  # 'PRD', 'НПРР', 'DPKR Annex 1'


def is_initials(name: str) -> bool:
    """'PRD', 'НПРР', 'DPKR Annex 1': a name a reader needs a legend for."""
    return bool(_INITIALS.fullmatch(name))


def legend_entries(documents: list[Document], names: dict[str, str]) -> list[tuple[str, str]]:
    """(short name, full title) for each document whose short name is initials, for a legend
    beside the views that use them (a name in words, the planner's or the title's start, needs
    none)."""
    entries = []
    for doc in documents:
        name, full = names.get(doc.id, ""), document_name(doc)
        if name and is_initials(name) and not full.casefold().startswith(name.casefold()):
            entries.append((name, full))
    return entries


def legend_text(documents: list[Document], names: dict[str, str]) -> str:
    """'PRD = Programme for Regional Development …; BRM = …' ('' when no name needs explaining)."""
    return "; ".join(f"{name} = {one_line(full, 80)}" for name, full in legend_entries(documents, names))


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
    """'plan.docx, p. 4, table 2, row 7' in the language of the UI (resources/templates/<lang>/report.json)."""
    return Wording(ui_language()).place(location)


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


def problem_text(problem: Problem | None) -> str:
    """A document's error or warning in the UI's language (templates/<lang>/problems.json)."""
    return shown(Wording(ui_language()).problem(problem))


def evidence_text(evidence: Evidence) -> str:
    """One reason for a link in the UI's language (resources/templates/<lang>/evidence.json)."""
    return Wording(ui_language()).evidence(evidence)


def progress_text(message: str) -> str:
    """A progress message of the core in the UI's language (unknown ones pass unchanged)."""
    for pattern, text in _PROGRESS:
        match = pattern.fullmatch(message)
        if match:
            return tr(text).format(*match.groups())
    return message


# What to do about a document that could not be read, by the kind of fault; faults whose message
# already says what to do (macros, a password, a scan, a limit) need nothing more.
_SELF_EXPLAINED = {
    "macro_word_suffix", "macro_excel_suffix", "old_word_suffix", "old_excel_suffix", "unsupported_type",
    "too_large", "macros_inside", "zip_parts", "zip_unpacked", "zip_part_size", "zip_ratio", "office_encrypted",
    "office_legacy_inside", "pdf_encrypted", "pdf_pages", "pdf_scanned", "reader_memory", "sheets_hidden",
}
_DAMAGED_ADVICE = {
    ".docx": QT_TRANSLATE_NOOP("Labels", "Open the file in Word; if it opens, save it again as a Word document "
                               "(.docx) and run the analysis again (F5). If it does not open, ask its author for a "
                               "new copy."),
    ".xlsx": QT_TRANSLATE_NOOP("Labels", "Open the file in Excel; if it opens, save it again as an Excel workbook "
                               "(.xlsx) and run the analysis again (F5). If it does not open, ask its author for a "
                               "new copy."),
    ".pdf": QT_TRANSLATE_NOOP("Labels", "Open the file in a PDF reader; if it opens, print it to a new PDF (or "
                              "export the original as PDF again) and add that copy. If it does not open, ask its "
                              "author for a new copy."),
    "text": QT_TRANSLATE_NOOP("Labels", "Open the file in a text editor, save it as UTF-8 text and run the "
                              "analysis again (F5)."),
}


def broken_file_advice(path: str, error: Problem | None) -> str:
    """What the planner can do about `path`, which could not be read with `error`: advice that
    fits the file's type and the fault (the problem's code)."""
    kind = error.code if error else None
    if kind in _SELF_EXPLAINED:
        return translate("Labels", "Then run the analysis again (F5).")
    if kind == "not_found":
        return translate("Labels", "Put the file back, or remove it from the project and add it again from its "
                         "new place.")
    if kind == "empty":
        return translate("Labels", "The file has nothing in it: check that it is the right file (the saved copy "
                         "may be empty), or remove it from the project.")
    if kind in ("reader_timeout", "reader_crashed"):
        return translate("Labels", "The file may be damaged. Open it in the program that made it and save a new "
                         "copy, or ask its author for one.")
    suffix = Path(path).suffix.lower()
    family = {".doc": ".docx", ".docm": ".docx", ".rtf": ".docx", ".xls": ".xlsx", ".xlsm": ".xlsx",
              ".txt": "text", ".md": "text", ".csv": "text"}.get(suffix, suffix)
    if family in _DAMAGED_ADVICE:
        return tr(_DAMAGED_ADVICE[family])
    return translate("Labels", "Save the file again in the program that made it, then run the analysis again (F5).")


@lru_cache(maxsize=8)
def _finding_kinds(language: str) -> dict[str, str]:
    names: dict[str, str] = {}
    try:  # a kind findings.json has and finding_kinds.json lacks: its title up to the first field
        for code, entry in load_template("findings", language).items():
            if not code.startswith("_") and isinstance(entry, dict) and entry.get("title"):
                title = re.sub(r"\s*\{[^}]*\}\s*", " ", entry["title"].split(":")[0]).strip(" (),;")
                names[code] = title[:1].upper() + title[1:] if title else ""
    except (OSError, ValueError, KeyError):
        pass
    path = resources_dir() / "templates" / language / "finding_kinds.json"
    try:
        names.update({k: v for k, v in json.loads(path.read_text(encoding="utf-8")).items()
                      if not k.startswith("_") and isinstance(v, str) and v})
    except (OSError, ValueError):
        pass
    return names


def finding_kind_name(code: str) -> str:
    """The name of a kind of finding in the UI's language ('MISSING_RESOURCES' -> 'Resources not
    stated'), from resources/templates/<lang>/finding_kinds.json, else from the title wording;
    the code itself only as the last resort."""
    for language in (ui_language(), "en"):
        name = _finding_kinds(language).get(code)
        if name:
            return name
    return code
