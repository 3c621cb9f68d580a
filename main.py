"""Concord entry point.

python main.py [PROJECT.concord]              open the desktop app
python main.py extract FILE... --json OUT     the plan model of each file
python main.py check LEVEL=FILE... --json OUT documents, items, links and findings
python main.py check --project P.concord ...  the same for a project file
python main.py compare OLD NEW [--against LEVEL=FILE ...] --json OUT --docx OUT.docx
                                              what changed between two drafts (also --tracked, --project)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

# Exit codes of `extract` and `check` (README, "Command line"):
EXIT_OK = 0
EXIT_FINDINGS = 1  # --fail-on: a finding of that severity or worse
EXIT_ERROR = 2  # bad arguments or project file; an output refused or not written
EXIT_INPUT = 3  # a named input could not be read (the others were processed, the outputs written)
EXIT_INTERRUPTED = 130  # Ctrl+C; SIGTERM gives 143 (128 + signal number)

SUMMARY_DOCUMENTS = 20  # documents listed by name in the summary; more are counted


def _error(message: str) -> None:
    print(f"error: {message}", file=sys.stderr)


class _Progress:
    """Progress on stderr: one line rewritten in place on a terminal, a line per step with
    --verbose, nothing otherwise (a script reading stderr gets only errors)."""

    def __init__(self, verbose: bool) -> None:
        self.live = sys.stderr.isatty()
        self.verbose = verbose
        self.width = 0

    def __call__(self, fraction: float, message: str) -> None:
        line = f"[{fraction:4.0%}] {message}"
        if self.live:
            line = line[:100]
            sys.stderr.write("\r" + line.ljust(self.width))
            sys.stderr.flush()
            self.width = len(line)
        elif self.verbose:
            print(line, file=sys.stderr)

    def clear(self) -> None:
        if self.live and self.width:
            sys.stderr.write("\r" + " " * self.width + "\r")
            sys.stderr.flush()
            self.width = 0


def run_config(args):
    """The one configuration of this run, built from the command line."""
    from analysis.config import Rules
    from analysis.pipeline import Config

    return Config(
        pipeline=args.pipeline,
        rules=Rules(getattr(args, "rules", None)),
        report_language=getattr(args, "report_language", None),
    )


def _run_headless(specs, args):
    from analysis.pipeline import run
    from analysis.wording import Wording

    progress = _Progress(args.verbose)
    config = run_config(args)
    try:
        result = run(specs, config, progress=progress)
    finally:
        progress.clear()
    for document in result.documents:
        if document.error:  # the command line's messages are English
            _error(Wording("en").problem(document.error))
    return result


def _outputs(args) -> list:
    """The files (and the annotation folder) this command will write."""
    from analysis.files import Output

    outputs = []
    if args.json and args.json != "-":
        outputs.append(Output(args.json, "JSON result"))
    if getattr(args, "docx", None):
        outputs.append(Output(args.docx, "Word report"))
    if getattr(args, "xlsx", None):
        outputs.append(Output(args.xlsx, "Excel workbook"))
    if getattr(args, "annotate", None):
        outputs.append(Output(args.annotate, "annotated copies", folder=True))
    return outputs


def _preflight(args, specs, project: str | None) -> bool:
    """Refuse, before any work, an output that would overwrite an input or the project file or
    that cannot be written where it is asked for (one line naming both); False when refused."""
    from analysis.files import WriteError, check_outputs

    try:
        check_outputs(_outputs(args), [s.path for s in specs], project)
    except WriteError as exc:
        _error(str(exc))
        return False
    return True


def _write_json(data: dict, out: str | None) -> bool:
    """The JSON to `out` ('-' = stdout); False (after one line on stderr) when it was not written."""
    from analysis.files import WriteError, write_text

    # A file name that is not valid UTF-8 (Linux keeps its bytes as lone surrogates) is written
    # as the JSON escape "\udcff", which JSON readers accept, instead of failing the output.
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8", "backslashreplace").decode("utf-8")
    if out == "-":
        sys.stdout.write(text + "\n")
        return True
    try:
        write_text(out, text + "\n", label="JSON result")
    except WriteError as exc:
        _error(str(exc))
        return False
    return True


def _summary(result, written: list[str], *, show_findings: bool = True) -> str:
    """A few lines for a person at a terminal: documents read, items, findings by severity,
    files written. Bounded: past SUMMARY_DOCUMENTS documents the rest are counted."""
    from analysis.model import DocumentStatus

    documents = result.documents
    read = [d for d in documents if d.status != DocumentStatus.FAILED]
    lines = [f"Documents: {len(documents)} ({len(read)} read, {len(documents) - len(read)} could not be read)"]
    items_per = Counter(i.document_id for i in result.items)
    for document in documents[:SUMMARY_DOCUMENTS]:
        level = document.level_name or (str(document.level) if document.level else "-")
        name = Path(document.path).name
        name = name if len(name) <= 48 else name[:47] + "…"
        state = "could not be read" if document.status == DocumentStatus.FAILED else f"{items_per[document.id]} items"
        lines.append(f"  {level:<9} {name:<48} {state}")
    if len(documents) > SUMMARY_DOCUMENTS:
        lines.append(f"  … and {len(documents) - SUMMARY_DOCUMENTS} more")
    kinds = Counter(i.kind.value for i in result.items)
    lines.append(f"Items: {len(result.items)}" + (f" ({', '.join(f'{n} {k}' for k, n in kinds.most_common())})"
                                                  if kinds else ""))
    if show_findings:
        lines.append(f"Links: {len(result.links)}")
        severities = Counter(f.severity.value for f in result.findings)
        order = ["high", "medium", "low", "info"]
        lines.append(f"Findings: {len(result.findings)} ("
                     + ", ".join(f"{severities.get(s, 0)} {s}" for s in order) + ")")
        codes = Counter(f.code for f in result.findings)
        for code, n in codes.most_common(8):
            lines.append(f"  {n:>4}  {code}")
        if len(codes) > 8:
            lines.append(f"  … and {len(codes) - 8} more kinds")
    lines.append("Written: " + (", ".join(written) if written else "nothing (add --json, --docx, --xlsx or "
                                                                       "--annotate to write the results)"))
    return "\n".join(lines) + "\n"


def _print_summary(text: str, json_to_stdout: bool) -> None:
    (sys.stderr if json_to_stdout else sys.stdout).write(text)


def cmd_extract(args) -> int:
    from analysis.project import DocumentSpec

    specs = [DocumentSpec(path=f) for f in args.files]
    if not _preflight(args, specs, None):
        return EXIT_ERROR
    result = _run_headless(specs, args)
    data = result.to_dict()
    data.pop("links", None)
    data.pop("findings", None)
    data["schema"] = "concord.plan/1"
    written = []
    if args.json:
        if not _write_json(data, args.json):
            return EXIT_ERROR
        if args.json != "-":
            written.append(args.json)
    _print_summary(_summary(result, written, show_findings=False), args.json == "-")
    return EXIT_INPUT if any(d.error for d in result.documents) else EXIT_OK


def report_language(result, requested: str | None) -> str:
    """The language reports are written in: the one asked for, else the documents' own
    (when they share one Concord has wording for), else English; the findings follow the same rule."""
    if requested:
        return requested
    languages = {d.language for d in result.documents if d.language}
    return languages.pop() if len(languages) == 1 and languages <= {"ru", "kk"} else "en"


def _write_reports(result, args, written: list[str], changes=None) -> bool:
    """The Word report, the workbook and the annotated copies; each is tried even when one
    before it failed. False when any was not written (one line each on stderr). `changes`: the
    comparison with the last drafts, first in the Word report and a sheet of the workbook."""
    from analysis.files import WriteError
    from analysis.report import annotate_documents, write_excel_report, write_word_report

    language = report_language(result, args.report_language)
    ok = True
    for path, write in ((args.docx, write_word_report), (args.xlsx, write_excel_report)):
        if not path:
            continue
        try:
            write(result, path, language=language, changes=changes)
            written.append(path)
        except WriteError as exc:
            _error(str(exc))
            ok = False
    if args.annotate:
        try:
            outcomes = annotate_documents(result, args.annotate, language=language)
        except WriteError as exc:
            _error(str(exc))
            return False
        copies = 0
        for document, outcome in zip(result.documents, outcomes, strict=False):
            if outcome.failed:
                _error(f"{Path(document.path).name}: {outcome.reason}")
                ok = False
            elif outcome.reason:
                print(f"note: {Path(document.path).name}: {outcome.reason}", file=sys.stderr)
            copies += outcome.copy is not None
        written.append(f"{args.annotate} ({copies} annotated {'copy' if copies == 1 else 'copies'})")
    return ok


def cmd_check(args) -> int:
    from analysis.project import DocumentSpec, ProjectError, load_project
    from analysis.wording import result_json

    specs = []
    try:
        if args.project:
            specs.extend(load_project(args.project).documents)
        specs.extend(DocumentSpec.from_level_arg(a) for a in args.files)
    except ProjectError as exc:
        _error(str(exc))
        return EXIT_ERROR
    if not specs:
        _error("nothing to check: give LEVEL=FILE arguments or --project FILE.concord")
        return EXIT_ERROR
    if not _preflight(args, specs, args.project):
        return EXIT_ERROR
    result = _run_headless(specs, args)
    data = result_json(result, args.report_language)
    changes = _changes_since_last_draft(specs, result, args)
    if changes is not None:
        data["changes"] = changes.to_dict()
    written: list[str] = []
    ok = True
    if args.json:
        ok = _write_json(data, args.json)
        if ok and args.json != "-":
            written.append(args.json)
    if args.docx or args.xlsx or args.annotate:
        ok = _write_reports(result, args, written, changes) and ok
    _print_summary(_summary(result, written), args.json == "-")
    if not ok:
        return EXIT_ERROR
    if any(d.error for d in result.documents):
        return EXIT_INPUT
    order = ["info", "low", "medium", "high"]
    if args.fail_on and any(order.index(f["severity"]) >= order.index(args.fail_on) for f in data["findings"]):
        return EXIT_FINDINGS
    return EXIT_OK


def _changes_since_last_draft(specs, result, args):
    """When documents of the project have earlier versions: the comparison with the last drafts."""
    if not any(s.versions for s in specs):
        return None
    from analysis.compare.run import compare_specs, versions_specs

    old, indices = versions_specs(specs)
    config = run_config(args)
    return compare_specs(old, specs, indices, config, new_result=result,
                         language=report_language(result, args.report_language))


def cmd_compare(args) -> int:
    from analysis.compare.command import compare_command

    return compare_command(args, _write_json, _preflight)


def build_parser() -> argparse.ArgumentParser:
    from analysis.version import app_version

    parser = argparse.ArgumentParser(prog="concord", description="Plan coherence checker.")
    parser.add_argument("--version", action="version", version=f"Concord {app_version()}")
    sub = parser.add_subparsers(dest="command")

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--json", metavar="OUT", help="write the result as JSON to OUT ('-' = stdout)")
        p.add_argument(
            "--pipeline",
            choices=["auto", "trained", "blank"],
            default="auto",
            help="spaCy pipeline: trained English model, rules-only blank pipeline, or auto",
        )
        p.add_argument(
            "--rules",
            metavar="DIR",
            help="a folder of rules files over the shipped ones: lexicons (DIR/<lang>/cues.json ...) and "
            "checks.json, limits.json, linking.json, compare.json",
        )
        p.add_argument("-v", "--verbose", action="store_true", help="print progress to stderr")

    p_extract = sub.add_parser("extract", help="extract the plan model of each file")
    p_extract.add_argument("files", nargs="+", metavar="FILE")
    common(p_extract)
    p_extract.set_defaults(func=cmd_extract)

    p_check = sub.add_parser("check", help="check documents against each other")
    p_check.add_argument(
        "files",
        nargs="*",
        metavar="LEVEL=FILE",
        help="LEVEL is national, regional, local or a rank (1 = top); a bare FILE has no level",
    )
    p_check.add_argument("--project", metavar="FILE.concord", help="read the documents from a project file")
    p_check.add_argument("--docx", metavar="OUT", help="write the Word gap report to OUT")
    p_check.add_argument("--xlsx", metavar="OUT", help="write the Excel workbook (findings, links, items, ...) to OUT")
    p_check.add_argument(
        "--annotate",
        metavar="DIR",
        help="write a copy of each .docx/.xlsx input with its findings as comments into DIR",
    )
    p_check.add_argument(
        "--report-language",
        choices=["en", "ru", "kk"],
        help="word the findings and the reports in English, Russian or Kazakh (default: the documents' language)",
    )
    p_check.add_argument(
        "--fail-on",
        choices=["high", "medium", "low", "info"],
        help="exit 1 when a finding of this severity or worse exists",
    )
    common(p_check)
    p_check.set_defaults(func=cmd_check)

    from analysis.compare.arguments import add_arguments

    p_compare = sub.add_parser("compare", help="what changed between two drafts of a plan")
    add_arguments(p_compare)
    common(p_compare)
    p_compare.set_defaults(func=cmd_compare)
    return parser


def run_command(args) -> int:
    """A headless command, ended cleanly by Ctrl+C or SIGTERM: the write in progress removes its
    temporary file (analysis.files), one line says what happened, the exit code is 130 / 143."""
    from analysis.files import Terminated, install_signal_cleanup

    restore = install_signal_cleanup()
    try:
        return args.func(args)
    except KeyboardInterrupt:
        print("concord: interrupted (Ctrl+C); no output was left half-written", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Terminated as exc:
        print(f"concord: stopped by signal {exc.signum}; no output was left half-written", file=sys.stderr)
        return int(exc.code)
    finally:
        restore()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("extract", "check", "compare") or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = build_parser().parse_args(argv)
        return run_command(args)
    from gui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # PDFs are parsed in a child process; a frozen build needs this
    sys.exit(main())
