"""The open project and its latest analysis result, shared by every view.

Views never change the project or the result directly: they call a method here, which
updates the plain data, marks the project unsaved and emits one signal that the models
listen to. Link decisions go through `analysis.pipeline.recheck`, which re-applies them and
re-runs the checks and scores in place without NLP (tens of milliseconds on the sample).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from analysis.dismissals import migrate_dismissed
from analysis.model import AnalysisResult, Document, Finding, Item, Link, LinkStatus
from analysis.project import DocumentSpec, Project, load_project, save_project
from analysis.wording import word_findings
from gui.i18n import ui_language
from gui.labels import short_names
from gui.versions import ordered


class Session(QObject):
    project_changed = Signal()  # documents, name or path changed (a new project included)
    result_changed = Signal()  # a new result, or the same one re-checked after a decision
    dirty_changed = Signal(bool)
    stale_changed = Signal(bool)  # the documents changed since the result was computed
    comparison_changed = Signal()  # a comparison of drafts arrived (or was cleared)

    def __init__(self, config_factory: Callable[[], object] | None = None) -> None:
        super().__init__()
        self.project = Project(name=self.tr("Untitled project"))
        self.result: AnalysisResult | None = None
        # what changed since the last drafts (or in a draft's tracked changes): an
        # analysis.compare.Comparison whose new side is `result`, or None
        self.comparison = None
        self.dirty = False
        self.stale = False
        # Bumped for every new result (not for a re-check of the same one): views compare it to
        # tell "replace everything" from "refresh statuses and keep the selection".
        self.generation = 0
        # Builds the analysis Config from the settings; the main window supplies it.
        self.config_factory = config_factory
        self._reindex()

    # -- project ----------------------------------------------------------------------------
    def new_project(self) -> None:
        self.project = Project(name=self.tr("Untitled project"))
        self._set_result(None)
        self._set_dirty(False)
        self._set_stale(False)
        self.project_changed.emit()

    def open_project(self, path: str | Path) -> None:
        """Raises ProjectError with a message for the planner."""
        project = load_project(path)
        project.path = Path(path).resolve()
        self.project = project
        self._set_result(None)
        self._set_dirty(False)
        self._set_stale(False)
        self.project_changed.emit()

    def save_project(self, path: str | Path | None = None) -> Path:
        """Raises ProjectError; saves to the current path when none is given."""
        target = Path(path) if path else self.project.path
        if target is None:
            raise ValueError("no path to save to")
        if self.project.name in ("", self.tr("Untitled project")) and path:
            self.project.name = Path(path).stem
        save_project(self.project, target)
        self._set_dirty(False)
        self.project_changed.emit()
        return target

    def add_documents(self, paths: list[str]) -> list[str]:
        """Add files not already in the project; returns the names that were already there."""
        present = {str(Path(s.path).resolve()) for s in self.project.documents}
        skipped = []
        for path in paths:
            resolved = str(Path(path).resolve())
            if resolved in present:
                skipped.append(Path(path).name)
                continue
            present.add(resolved)
            self.project.documents.append(DocumentSpec(path=resolved))
        if len(skipped) < len(paths):
            self.documents_edited()
        return skipped

    def remove_documents(self, rows: list[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self.project.documents):
                del self.project.documents[row]
        self.documents_edited()
        self.project_changed.emit()

    def documents_edited(self) -> None:
        """Called after a document's level, region or period changed (or the list did)."""
        self._set_dirty(True)
        self._set_stale(self.result is not None)
        self.project_changed.emit()

    def set_document_kind(self, spec: DocumentSpec, kind: str | None) -> None:
        """The planner corrects what a document is (None: as Concord reads it). Only the checks
        depend on it, so the current result is re-checked at once rather than marked stale."""
        spec.kind = kind
        self._set_dirty(True)
        document = self.result_document_for(spec)
        if document is not None:
            from analysis.pipeline import set_kind

            set_kind(document, spec)
            self.recheck()
        self.project_changed.emit()

    # -- result -----------------------------------------------------------------------------
    def set_result(self, result: AnalysisResult) -> None:
        self._set_result(result)
        self._set_stale(False)

    def _set_result(self, result: AnalysisResult | None) -> None:
        self.result = result
        if result is not None:
            word_findings(result, ui_language())
            self._migrate_dismissed()
        self.generation += 1
        if self.comparison is not None:  # it compared against the result being replaced
            self.set_comparison(None)
        self._reindex()
        self.result_changed.emit()

    def _reindex(self) -> None:
        result = self.result
        self.items: dict[str, Item] = {i.id: i for i in result.items} if result else {}
        self.documents: dict[str, Document] = {d.id: d for d in result.documents} if result else {}
        self.documents_by_file: dict[str, Document] = {}
        for doc in self.documents.values():
            self.documents_by_file[_norm(doc.path)] = doc
        self.links_from: dict[str, list[Link]] = defaultdict(list)
        self.links_to: dict[str, list[Link]] = defaultdict(list)
        for link in result.links if result else []:
            self.links_from[link.source_id].append(link)
            self.links_to[link.target_id].append(link)
        for links in self.links_from.values():
            links.sort(key=lambda lk: (lk.rank if lk.rank > 0 else 0, -lk.score))
        self.findings: dict[str, Finding] = {f.id: f for f in result.findings} if result else {}
        self._name_documents()

    def _name_documents(self) -> None:
        """Each document's short name: the planner's own (kept in the project file), else one made
        from its title; unique within the project."""
        result = self.result
        custom = {}
        for spec in self.project.documents:
            doc = self.document_for_file(spec.path) if result else None
            if doc is not None and spec.short_name:
                custom[doc.id] = spec.short_name
        self.short_names: dict[str, str] = short_names(result.documents, custom) if result else {}

    def set_short_name(self, row: int, name: str | None) -> None:
        """The planner names document `row` (None or '' = the name made from its title)."""
        spec = self.project.documents[row]
        name = " ".join((name or "").split())[:60] or None
        if name == spec.short_name:
            return
        spec.short_name = name
        self._set_dirty(True)
        self._name_documents()
        self.result_changed.emit()

    def document_for_file(self, path: str) -> Document | None:
        return self.documents_by_file.get(_norm(path))

    def result_document_for(self, spec: DocumentSpec) -> Document | None:
        return self.document_for_file(str(spec.path))

    def set_comparison(self, comparison) -> None:
        self.comparison = comparison
        self.comparison_changed.emit()

    # -- versions (earlier drafts of a document) ------------------------------------------------
    def has_versions(self) -> bool:
        return any(spec.versions for spec in self.project.documents)

    def add_versions(self, row: int, paths: list[str]) -> None:
        """Keep `paths` as earlier drafts of document `row` (a path that is a document of the
        project of its own stops being one)."""

        spec = self.project.documents[row]
        keep = {_norm(p) for p in paths}
        current = spec.path
        self.project.documents = [s for s in self.project.documents
                                  if s is spec or _norm(s.path) not in keep]
        known = {_norm(v) for v in spec.versions} | {_norm(current)}
        spec.versions = ordered([*spec.versions, *(str(Path(p).resolve()) for p in paths
                                                   if _norm(p) not in known)])
        self.documents_edited()

    def make_current(self, row: int, path: str) -> None:
        """Analyse the earlier draft `path` of document `row` from now on; the current one
        becomes an earlier draft."""

        spec = self.project.documents[row]
        if path not in spec.versions:
            return
        spec.versions = ordered([v for v in spec.versions if v != path] + [spec.path])
        spec.path = path
        self.documents_edited()

    def forget_versions(self, row: int) -> None:
        self.project.documents[row].versions = []
        self.documents_edited()

    # -- decisions ----------------------------------------------------------------------------
    def decision(self, link: Link) -> str | None:
        source, target = self.items.get(link.source_id), self.items.get(link.target_id)
        if source is None or target is None:
            return None
        return self.project.link_decisions.get((source.key, target.key))

    def decide(self, source_id: str, target_id: str, status: str | None) -> None:
        """Confirm, reject or (status None) clear the decision on a candidate link, then
        re-check so findings and scores follow at once."""
        source, target = self.items[source_id], self.items[target_id]
        pair = (source.key, target.key)
        if status is None:
            self.project.link_decisions.pop(pair, None)
        else:
            self.project.link_decisions[pair] = LinkStatus(status).value
        self._set_dirty(True)
        self.recheck()

    def recheck(self) -> None:
        if self.result is None:
            return
        from analysis.pipeline import recheck

        recheck(self.result, self.analysis_config())
        word_findings(self.result, ui_language())
        self._migrate_dismissed()
        self._reindex()
        self.result_changed.emit()

    def analysis_config(self):
        """The Config for a run or a re-check. Imports analysis.pipeline: call it from a worker
        (see `config_builder`) unless a result exists, i.e. the pipeline is already loaded."""
        return self.config_builder()()

    def config_builder(self) -> Callable[[], object]:
        """A snapshot of the settings and decisions, built into a Config later (in a worker:
        importing the pipeline takes half a second the first time)."""
        factory = self.config_factory
        decisions = dict(self.project.link_decisions)

        def build():
            from analysis.pipeline import Config

            config = factory() if factory else Config()
            return replace(config, link_decisions=decisions)

        return build

    # -- dismissed findings ---------------------------------------------------------------------
    def is_dismissed(self, finding_id: str) -> bool:
        return finding_id in self.project.dismissed_findings

    def set_dismissed(self, finding_ids: list[str], dismissed: bool) -> None:
        current = list(self.project.dismissed_findings)
        for fid in finding_ids:
            if dismissed and fid not in current:
                current.append(fid)
            elif not dismissed and fid in current:
                current.remove(fid)
        if current != self.project.dismissed_findings:
            self.project.dismissed_findings = current
            self._set_dirty(True)
            self.result_changed.emit()

    def _migrate_dismissed(self) -> None:
        """Dismissals an older project file keeps under legacy finding ids (built from the English
        title) name the current findings from now on; the file holds the new ids once saved. Not an
        unsaved change of the planner's: opening and closing an old project asks nothing."""
        self.project.dismissed_findings = migrate_dismissed(self.project.dismissed_findings, self.result)

    def active_findings(self) -> list[Finding]:
        dismissed = set(self.project.dismissed_findings)
        return [f for f in self.result.findings if f.id not in dismissed] if self.result else []

    def result_for_export(self) -> AnalysisResult | None:
        """The result as reports should show it: dismissed findings left out."""
        if self.result is None:
            return None
        return replace(self.result, findings=self.active_findings())

    # -- flags ----------------------------------------------------------------------------------
    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirty_changed.emit(dirty)

    def mark_dirty(self) -> None:
        self._set_dirty(True)

    def _set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            self.stale_changed.emit(stale)


def _norm(path: str) -> str:
    return str(Path(path).resolve()).casefold() if path else ""
