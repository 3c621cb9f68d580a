"""Turn exceptions into messages a planner can act on: which file, what is wrong, what to do.

Workers catch everything and pass an ErrorReport back by signal; the window shows it in a
message box whose "Show details" holds the traceback for support. Nothing here touches widgets.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


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
    if isinstance(exc, FeatureUnavailable):
        return ErrorReport(title, tr("This version of Concord cannot produce the {0} yet: the report writer "
                                     "({1}) is not installed.").format(exc.feature, exc),
                           tr("Your results stay in the app. Update Concord to get the exports; meanwhile the "
                              "findings can be copied from the Findings table."), details)
    if isinstance(exc, PermissionError):
        return ErrorReport(title, tr("Windows refused access to {0}.").format(name or tr("a file")),
                           tr("Close the file if it is open in Word or Excel, or choose a folder you may write "
                              "to, then try again."), details)
    if isinstance(exc, FileNotFoundError):
        return ErrorReport(title, tr("{0} was not found.").format(name or tr("A file")),
                           tr("Check that the file was not moved or renamed; remove it from the project and "
                              "add it again from its new place."), details)
    if isinstance(exc, ModuleNotFoundError):
        missing = exc.name or str(exc)
        if missing.startswith(("en_core", "spacy")):
            return ErrorReport(title, tr("The language model '{0}' is not installed.").format(missing),
                               tr("Open Settings (Ctrl+,) and choose the rules-only pipeline, or ask IT to "
                                  "install Concord's language model."), details)
        return ErrorReport(title, tr("Part of Concord is missing from this installation ({0}).").format(missing),
                           tr("Reinstall or update Concord. Your project file is unchanged."), details)
    if isinstance(exc, MemoryError):
        return ErrorReport(title, tr("The computer ran out of memory."),
                           tr("Close other programs, or analyse fewer or smaller documents at a time."), details)
    if isinstance(exc, OSError):
        what = exc.strerror or str(exc)
        return ErrorReport(title, tr("{0}: {1}").format(name, what) if name else what,
                           tr("Check the disk and the file, then try again."), details)
    return ErrorReport(title, tr("Something unexpected went wrong: {0}: {1}").format(type(exc).__name__, exc),
                       tr("Your project is unchanged. Try again; if it happens again, send the details "
                          "(Show Details…) to your Concord support contact."), details)
