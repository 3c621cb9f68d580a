"""Turn exceptions into messages a planner can act on: which file, what is wrong, what to do.

Workers catch everything and pass an ErrorReport back by signal; the window shows it in a
message box whose "Show details" holds the traceback for support. Nothing here touches widgets.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


class FeatureUnavailable(Exception):
    """A part of Concord this installation does not have yet (e.g. the report writers)."""

    def __init__(self, feature: str, detail: str = "") -> None:
        super().__init__(detail or feature)
        self.feature = feature


@dataclass
class ErrorReport:
    title: str  # what failed, e.g. "The analysis stopped"
    text: str  # what is wrong, naming the file when there is one
    action: str  # what the planner can do about it
    details: str = ""  # traceback, for support

    def message(self) -> str:
        return f"{self.text}\n\n{self.action}" if self.action else self.text


def describe(exc: BaseException, title: str, path: str | None = None) -> ErrorReport:
    details = "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))
    name = Path(getattr(exc, "filename", None) or path or "").name

    def report(text: str, action: str) -> ErrorReport:
        return ErrorReport(title, text, action, details)

    if isinstance(exc, FeatureUnavailable):
        return report(
            translate("Errors", "This version of Concord cannot produce the {0} yet: the report writer "
                      "({1}) is not installed.").format(exc.feature, exc),
            translate("Errors", "Your results stay in the app. Update Concord to get the exports; meanwhile the "
                      "findings can be copied from the Findings table."))
    if isinstance(exc, PermissionError):
        return report(
            translate("Errors", "Windows refused access to {0}.").format(name or translate("Errors", "a file")),
            translate("Errors", "Close the file if it is open in Word or Excel, or choose a folder you may write "
                      "to, then try again."))
    if isinstance(exc, FileNotFoundError):
        return report(
            translate("Errors", "{0} was not found.").format(name or translate("Errors", "A file")),
            translate("Errors", "Check that the file was not moved or renamed; remove it from the project and "
                      "add it again from its new place."))
    if isinstance(exc, ModuleNotFoundError):
        missing = exc.name or str(exc)
        if missing.startswith(("en_core", "spacy")):
            return report(
                translate("Errors", "The language model '{0}' is not installed.").format(missing),
                translate("Errors", "Open Settings (Ctrl+,) and choose the rules-only pipeline, or ask IT to "
                          "install Concord's language model."))
        return report(
            translate("Errors", "Part of Concord is missing from this installation ({0}).").format(missing),
            translate("Errors", "Reinstall or update Concord. Your project file is unchanged."))
    if isinstance(exc, MemoryError):
        return report(translate("Errors", "The computer ran out of memory."),
                      translate("Errors", "Close other programs, or analyse fewer or smaller documents at a time."))
    if isinstance(exc, OSError):
        what = exc.strerror or str(exc)
        return report(translate("Errors", "{0}: {1}").format(name, what) if name else what,
                      translate("Errors", "Check the disk and the file, then try again."))
    return report(
        translate("Errors", "Something unexpected went wrong: {0}: {1}").format(type(exc).__name__, exc),
        translate("Errors", "Your project is unchanged. Try again; if it happens again, send the details "
                  "(Show Details…) to your Concord support contact."))
