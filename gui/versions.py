"""Earlier drafts of a document in the app: offered when a file named like `plan_v2.docx` is
added next to `plan_v1.docx`, added by hand, made current, or forgotten (the Versions button
of the Documents view). The project keeps them (`DocumentSpec.versions`); the comparison with
the last draft runs after each analysis (gui.compare_jobs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolButton, QWidget

from analysis.compare.versions import earlier_drafts, version_name
from analysis.formats import file_patterns

translate = QCoreApplication.translate


def ordered(paths: list[str]) -> list[str]:
    """Drafts oldest first: by the number in their names where they all carry one, else as given."""
    names = [version_name(p) for p in paths]
    if all(names) and len({n.stem for n in names}) == 1:
        return [p for _, p in sorted(zip((n.number for n in names), paths, strict=True))]
    return list(dict.fromkeys(paths))


def _resolved(path: str | Path) -> str:
    return str(Path(path).resolve())


def suggestions(session, paths: list[str]) -> list[tuple[int, list[str]]]:
    """(row of a document, files that look like its earlier drafts and are not kept yet) when the
    document or one of those drafts was just added (`paths`): drafts among the project's
    documents or beside the file in its folder."""
    added = {_resolved(p) for p in paths}
    project_paths = [_resolved(s.path) for s in session.project.documents]
    out = []
    for row, spec in enumerate(session.project.documents):
        if version_name(spec.path) is None:
            continue
        folder = Path(spec.path).parent
        beside = [str(p) for p in folder.iterdir() if p.is_file()] if folder.is_dir() else []
        known = {_resolved(v) for v in spec.versions} | {_resolved(spec.path)}
        found = [p for p in dict.fromkeys(_resolved(f) for f in earlier_drafts(spec.path, [*project_paths, *beside]))
                 if p not in known]
        if found and (_resolved(spec.path) in added or added & set(found)):
            out.append((row, found))
    # an older draft added together with its latest one is folded in, not offered drafts of its own
    olders = {p for _, found in out for p in found}
    return [(row, found) for row, found in out if project_paths[row] not in olders]


def offer_versions(parent: QWidget, session, paths: list[str]) -> bool:
    """Ask whether files that look like earlier drafts of the documents just added should be kept
    as their versions; True when the planner agreed."""
    offers = suggestions(session, paths)
    if not offers:
        return False
    lines = []
    for row, found in offers:
        current = Path(session.project.documents[row].path).name
        lines.append(translate("Versions", "{0} looks like an earlier draft of {1}.").format(
            ", ".join(Path(p).name for p in found), current))
    answer = QMessageBox.question(
        parent, translate("Versions", "Earlier drafts"),
        "\n".join(lines) + "\n\n" + translate(
            "Versions", "Keep them as earlier versions? Concord then shows what changed since the last draft "
            "(Changes tab) and puts it first in the Word report."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer != QMessageBox.StandardButton.Yes:
        return False
    for row, found in sorted(offers, reverse=True):
        current = session.project.documents[row]
        session.add_versions(session.project.documents.index(current), found)
    return True


class VersionsButton(QToolButton):
    """'Versions' menu for the selected document: add an earlier draft, make one current, forget."""

    def __init__(self, session, current_row, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.current_row = current_row  # () -> the selected row or -1
        self.setText(self.tr("Versions"))
        self.setToolTip(self.tr("Earlier drafts of the selected document: Concord shows what changed since the "
                                "last one (Changes tab)"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.menu_.aboutToShow.connect(self._fill)
        self.setMenu(self.menu_)

    def _fill(self) -> None:
        menu = self.menu_
        menu.clear()
        row = self.current_row()
        if row < 0 or row >= len(self.session.project.documents):
            menu.addAction(self.tr("Select a document first")).setEnabled(False)
            return
        spec = self.session.project.documents[row]
        menu.addAction(self.tr("Add an earlier draft of this document…"), lambda: self.add_earlier(row))
        current = menu.addMenu(self.tr("Make an earlier draft current"))
        current.setEnabled(bool(spec.versions))
        for path in reversed(spec.versions):
            current.addAction(Path(path).name, lambda p=path: self.session.make_current(row, p))
        forget = menu.addAction(self.tr("Forget the earlier drafts"), lambda: self.session.forget_versions(row))
        forget.setEnabled(bool(spec.versions))
        if spec.versions:
            menu.addSeparator()
            menu.addAction(self.tr("Current: {0}").format(Path(spec.path).name)).setEnabled(False)
            for path in reversed(spec.versions):
                menu.addAction(self.tr("Earlier: {0}").format(Path(path).name)).setEnabled(False)

    def add_earlier(self, row: int) -> None:
        spec = self.session.project.documents[row]
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Earlier drafts of {0}").format(Path(spec.path).name), str(Path(spec.path).parent),
            self.tr("Documents ({0})").format(file_patterns()))
        if paths:
            self.session.add_versions(row, paths)
