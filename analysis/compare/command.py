"""`python main.py compare`: two drafts of a plan compared, as JSON and reports (its arguments:
analysis/compare/arguments.py, light enough for main.py to build its parser without spaCy).

    compare OLD NEW [--against LEVEL=FILE ...]   an earlier and a later draft of one plan
    compare --tracked FILE [--against ...]        a Word draft before / after its tracked changes
    compare --project P.concord                   each document of a project with its last draft

OLD and NEW may carry a level (`regional=plan_v1.docx`); without one, a version checked against
higher-level plans sits one rank below the lowest of them. Exit codes as `check`'s (main.py):
0 compared, 1 with --fail-on-new when the new draft brings a finding of that severity or worse,
2 nothing to compare (bad arguments, a project without versions, an output refused or not
written), 3 a version (or a plan it is checked against) could not be read.
"""

from __future__ import annotations

import sys
from pathlib import Path

from analysis.compare.model import Comparison
from analysis.compare.run import VersionUnreadable, compare_files, compare_specs, tracked_specs, versions_specs
from analysis.config import Rules
from analysis.files import WriteError
from analysis.pipeline import Config
from analysis.project import DocumentSpec, ProjectError, load_project, parse_level
from analysis.report import write_changes_report, write_changes_workbook
from analysis.wording import Wording

SEVERITIES = ["info", "low", "medium", "high"]
EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INPUT = 0, 1, 2, 3


def compare_command(args, write_json, preflight) -> int:
    """Run `compare`; `write_json(data, out) -> bool` and `preflight(args, specs, project) -> bool`
    are the command line's own (main.py), so outputs are written and refused as `check` does."""
    def progress(fraction: float, message: str) -> None:
        if args.verbose:
            print(f"[{fraction:5.0%}] {message}", file=sys.stderr)

    config = Config(pipeline=args.pipeline, rules=Rules(args.rules), report_language=args.report_language)
    try:
        against = [DocumentSpec.from_level_arg(a) for a in args.against]
        if args.project:
            specs = load_project(args.project).documents
            old, indices = versions_specs(specs)
            if not indices:
                return _error(f"{Path(args.project).name}: no document of the project has an earlier version")
            inputs = [*specs, *old]
        elif args.tracked:
            spec = DocumentSpec.from_level_arg(args.tracked)
            if spec.level is None and against:
                level = parse_level(max((s.level or 1) for s in against) + 1)
                spec.level, spec.level_name = level["level"], level["level_name"]
            specs = [*against, spec]
            old, indices = tracked_specs(specs, len(specs) - 1)
            inputs = specs
        elif len(args.versions) == 2:
            old_spec, new_spec = (DocumentSpec.from_level_arg(v) for v in args.versions)
            inputs = [*against, old_spec, new_spec]
        else:
            return _error("give OLD NEW, --tracked FILE.docx or --project FILE.concord")
    except ProjectError as exc:
        return _error(str(exc))
    if not preflight(args, inputs, args.project):
        return EXIT_ERROR
    try:
        if args.project or args.tracked:
            mode = "tracked" if args.tracked else "versions"
            comparison = compare_specs(old, specs, indices, config, progress, mode=mode, language=args.report_language)
        else:
            comparison = compare_files(old_spec, new_spec, against, config, progress, language=args.report_language)
    except (VersionUnreadable, FileNotFoundError) as exc:
        print(f"error: {exc.strerror if isinstance(exc, FileNotFoundError) and exc.strerror else exc}", file=sys.stderr)
        print("error: a version could not be read; nothing compared", file=sys.stderr)
        return EXIT_INPUT
    unread = [d for d in comparison.old.documents + comparison.new.documents if d.error]
    english = Wording("en")
    for line in dict.fromkeys(english.problem(d.error) for d in unread):
        print(f"error: {line}", file=sys.stderr)
    ok = write_json(comparison.to_dict(), args.json) if args.json else True
    ok = _reports(comparison, args) and ok
    _summary(comparison)
    if not ok:
        return EXIT_ERROR
    if unread:
        return EXIT_INPUT
    if args.fail_on_new:
        floor = SEVERITIES.index(args.fail_on_new)
        if any(SEVERITIES.index(c.new_finding.severity.value) >= floor for c in comparison.of_kind("finding_new")):
            return EXIT_FINDINGS
    return EXIT_OK


def _reports(comparison: Comparison, args) -> bool:
    """The 'What changed' report and the Changes sheet; False when one was not written."""
    if not (args.docx or args.xlsx):
        return True
    ok = True
    for path, write in ((args.docx, write_changes_report), (args.xlsx, write_changes_workbook)):
        if not path:
            continue
        try:
            write(comparison, path, comparison.language)
        except WriteError as exc:
            print(f"error: {exc}", file=sys.stderr)
            ok = False
    return ok


def _summary(comparison: Comparison) -> None:
    """One line per kind of change on stderr, so a run in a terminal says what it found."""
    counts = {k: v for k, v in comparison.counts().items() if v}
    line = ", ".join(f"{k} {v}" for k, v in counts.items()) or "no changes"
    print(f"compared: {line}; unchanged items {comparison.unchanged}", file=sys.stderr)


def _error(message: str) -> int:
    print(f"error: {message}", file=sys.stderr)
    return EXIT_ERROR
