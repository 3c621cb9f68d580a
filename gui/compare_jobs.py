"""Comparisons of drafts as background jobs (gui.worker.Job): what changed since the last drafts
of the project's documents, or in one Word draft's tracked changes.

The current result is the new side; only the old side runs through the pipeline, and its
parses come from the cache once the earlier draft has been read.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication

from gui.worker import Job, Progress, Work

translate = QCoreApplication.translate


def compare_work(specs: list, result, config: Callable[[], object], mode: str = "versions", index: int = -1) -> Work:
    """Work for a Job: compare the project's documents with their last drafts (mode "versions") or
    document `index` before and after its tracked changes (mode "tracked")."""
    specs = [replace(s, versions=list(s.versions)) for s in specs]

    def work(progress: Progress, cancelled: Callable[[], bool]):
        progress(0.0, translate("Worker", "Reading the earlier draft"))
        from analysis.compare.run import compare_specs, tracked_specs, versions_specs

        old, indices = tracked_specs(specs, index) if mode == "tracked" else versions_specs(specs)
        built = config()
        return compare_specs(old, specs, indices, built, progress, cancelled, new_result=result, mode=mode,
                             language=getattr(built, "report_language", None))

    return work


def compare_job(specs: list, result, config: Callable[[], object], mode: str = "versions", index: int = -1) -> Job:
    return Job(compare_work(specs, result, config, mode, index), "compare",
               translate("Worker", "The drafts could not be compared"))
