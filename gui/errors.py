"""Turn exceptions into messages a planner can act on: which file, what is wrong, what to do.

Workers catch everything and pass an ErrorReport back by signal; the window shows it in a
message box whose "Show details" holds the traceback for support. Nothing here touches widgets.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from analysis.files import WriteError
from analysis.model import Problem
from gui.labels import broken_file_advice, problem_text

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls


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

    if isinstance(exc, WriteError):
        return report(*write_error_text(exc))
    problem = getattr(exc, "problem", None)
    if isinstance(problem, Problem):  # a file that could not be read (a draft to compare): why, in the UI's words
        return report(problem_text(problem), broken_file_advice(getattr(exc, "filename", None) or path or "", problem))
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


def write_error_text(exc: WriteError) -> tuple[str, str]:
    """(what is wrong, what to do) for an output that was not written, naming the file and its
    folder, in the planner's language."""
    path = Path(exc.path)
    name, folder = path.name, str(path.parent)
    other = Path(exc.other).name if exc.other else ""
    unchanged = translate("Errors", "Nothing was overwritten.")
    texts = {
        "folder_missing": (
            translate("Errors", "The folder {0} does not exist.").format(folder),
            translate("Errors", "Choose an existing folder, or create this one first, then export again.")),
        "not_a_folder": (
            translate("Errors", "{0} is a file, not a folder.").format(str(path if path.is_file() else path.parent)),
            translate("Errors", "Choose a folder for the export, then try again.")),
        "is_folder": (
            translate("Errors", "A folder named {0} is already in {1}.").format(name, folder),
            translate("Errors", "Type a different file name for the export.")),
        "is_input": (
            translate("Errors", "{0} in {1} is one of the project's documents ({2}): the export would "
                      "overwrite the plan.").format(name, folder, other),
            translate("Errors", "Choose another file name or folder for the export. {0}").format(unchanged)),
        "is_project": (
            translate("Errors", "{0} in {1} is the project file: the export would overwrite it.").format(name, folder),
            translate("Errors", "Choose another file name or folder for the export. {0}").format(unchanged)),
        "same_output": (
            translate("Errors", "{0} in {1} is named twice.").format(name, folder),
            translate("Errors", "Give each export its own file name.")),
        "permission": (
            translate("Errors", "Concord may not write {0} in {1}.").format(name, folder),
            translate("Errors", "Close the file if it is open in Word or Excel, or choose a folder you may write "
                      "to, then try again. {0}").format(unchanged)),
        "disk_full": (
            translate("Errors", "The disk is full: {0} could not be written in {1}.").format(name, folder),
            translate("Errors", "Free some space or choose another drive, then try again. The previous {0}, if "
                      "there was one, is unchanged.").format(name)),
    }
    return texts.get(exc.reason, (
        translate("Errors", "{0} could not be written in {1}: {2}").format(name, folder, exc.detail or exc.reason),
        translate("Errors", "Check the disk and the folder, then try again. {0}").format(unchanged)))
