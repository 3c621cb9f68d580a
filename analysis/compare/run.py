"""Running a comparison: both versions through the pipeline, each with the same other plans.

Three ways in, one way through:
- `compare_files(old, new, against)`: two files of one plan (`python main.py compare`);
- `versions_specs(specs)`: a project whose documents have earlier drafts, as of the last draft;
- `tracked_specs(specs, index)`: a Word draft as it was before its tracked changes.
Each gives the old run's document list; `compare_specs` runs what it must (the parses come from
the cache when the files were read before, and a current result can be passed in) and compares.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from analysis.compare.core import compare_results
from analysis.compare.model import Comparison
from analysis.model import AnalysisResult, DocumentStatus, Problem
from analysis.pipeline import Config, document_id, run
from analysis.progress import Progress, stage
from analysis.project import DocumentSpec, parse_level
from analysis.wording import Wording


class VersionUnreadable(Exception):
    """A version to compare could not be read (`problem`: why; its str is the English line).
    Comparing against nothing would list every item as added, so nothing is compared."""

    def __init__(self, problem: Problem | None, path: str) -> None:
        self.problem = problem
        self.filename = path
        super().__init__(Wording("en").problem(problem) if problem else Path(path).name)


def _check_read(result: AnalysisResult, indices: Sequence[int]) -> None:
    import errno

    for n in indices:
        document = result.documents[n]
        if document.status == DocumentStatus.FAILED:
            if not Path(document.path).exists():
                line = Wording("en").problem(document.error) if document.error else "file not found"
                raise FileNotFoundError(errno.ENOENT, line, document.path)
            raise VersionUnreadable(document.error, document.path)


def versions_specs(specs: Sequence[DocumentSpec]) -> tuple[list[DocumentSpec], list[int]]:
    """The project as of the last drafts: each document with earlier versions replaced by the
    latest of them; and the positions replaced."""
    old, indices = [], []
    for n, spec in enumerate(specs):
        if spec.versions:
            old.append(replace(spec, path=spec.versions[-1], versions=[], revision=None))
            indices.append(n)
        else:
            old.append(replace(spec, versions=[]))
    return old, indices


def tracked_specs(specs: Sequence[DocumentSpec], index: int) -> tuple[list[DocumentSpec], list[int]]:
    """The project with document `index` read as it was before its tracked changes."""
    old = [replace(s, versions=[]) for s in specs]
    old[index] = replace(old[index], revision="before")
    return old, [index]


def compare_specs(
    old_specs: Sequence[DocumentSpec],
    new_specs: Sequence[DocumentSpec],
    indices: Sequence[int],
    config=None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    new_result: AnalysisResult | None = None,
    mode: str = "versions",
    language: str | None = None,
) -> Comparison:
    """Run the old (and, unless given, the new) document list and compare the documents at
    `indices`. The runs share one language pipeline; their ids are d1, d2 ... by position."""
    config = config or Config()
    new_specs = [replace(s, versions=[]) for s in new_specs]
    share = 0.5 if new_result is None else 0.95
    old_result = run(list(old_specs), config, stage(progress, 0.0, share), cancel)
    _check_read(old_result, indices)
    if new_result is None:
        new_result = run(new_specs, config, stage(progress, share, 0.95), cancel)
    _check_read(new_result, indices)
    if progress:
        progress(0.96, "Comparing the versions")
    pairs = [(document_id(n + 1), document_id(n + 1)) for n in indices]
    wording = language or config.report_language or _language(new_result)
    with config.rules.in_force():
        comparison = compare_results(old_result, new_result, pairs, wording, mode)
    if progress:
        progress(1.0, "Done")
    return comparison


def compare_files(
    old: DocumentSpec,
    new: DocumentSpec,
    against: Sequence[DocumentSpec] = (),
    config=None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    language: str | None = None,
) -> Comparison:
    """Two versions of one plan, each checked against the same higher-level plans. A version
    given without a level sits one rank below the lowest plan it is checked against."""
    if against and old.level is None and new.level is None:
        level = parse_level(max((s.level or 1) for s in against) + 1)
        old, new = replace(old, **level), replace(new, **level)
    index = len(against)
    return compare_specs(
        [*against, old],
        [*against, new],
        [index],
        config,
        progress,
        cancel,
        language=language,
        mode="tracked" if old.revision == "before" else "versions",
    )


def _language(result: AnalysisResult) -> str:
    """The documents' language when they share one Concord words, else English (as the reports)."""
    languages = {d.language for d in result.documents if d.language and d.status != DocumentStatus.FAILED}
    return languages.pop() if len(languages) == 1 and languages <= {"ru", "kk"} else "en"
