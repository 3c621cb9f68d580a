"""Concord entry point.

python main.py [PROJECT.concord]              open the desktop app
python main.py extract FILE... --json OUT     the plan model of each file
python main.py check LEVEL=FILE... --json OUT documents, items, links and findings
python main.py check --project P.concord ...  the same for a project file
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _write_json(data: dict, out: str | None) -> None:
    # A file name that is not valid UTF-8 (Linux keeps its bytes as lone surrogates) is written
    # as the JSON escape "\udcff", which JSON readers accept, instead of failing the output.
    text = json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8", "backslashreplace").decode("utf-8")
    if out in (None, "-"):
        sys.stdout.write(text + "\n")
    else:
        Path(out).write_text(text, encoding="utf-8")


def _run_headless(specs, args):
    from analysis.pipeline import Config, run

    def progress(fraction: float, message: str) -> None:
        if args.verbose:
            print(f"[{fraction:5.0%}] {message}", file=sys.stderr)

    config = Config(pipeline=args.pipeline, report_language=getattr(args, "report_language", None))
    result = run(specs, config, progress=progress)
    for document in result.documents:
        if document.error:
            print(f"error: {document.error}", file=sys.stderr)
    return result


def cmd_extract(args) -> int:
    from analysis.project import DocumentSpec

    data = _run_headless([DocumentSpec(path=f) for f in args.files], args).to_dict()
    data.pop("links", None)
    data.pop("findings", None)
    data["schema"] = "concord.plan/1"
    _write_json(data, args.json)
    return 0


def report_language(result, requested: str | None) -> str:
    """The language reports are written in: the one asked for, else the documents' own
    (when they share one Concord has wording for), else English; the findings follow the same rule."""
    if requested:
        return requested
    languages = {d.language for d in result.documents if d.language}
    return languages.pop() if len(languages) == 1 and languages <= {"ru", "kk"} else "en"


def cmd_check(args) -> int:
    from analysis.project import DocumentSpec, ProjectError, load_project

    specs = []
    try:
        if args.project:
            specs.extend(load_project(args.project).documents)
        specs.extend(DocumentSpec.from_level_arg(a) for a in args.files)
    except ProjectError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if not specs:
        print("error: nothing to check: give LEVEL=FILE arguments or --project FILE.concord", file=sys.stderr)
        return 2
    result = _run_headless(specs, args)
    data = result.to_dict()
    _write_json(data, args.json)
    if args.docx or args.xlsx or args.annotate:
        from analysis.report import annotate_documents, write_excel_report, write_word_report

        language = report_language(result, args.report_language)
        try:
            if args.docx:
                write_word_report(result, args.docx, language=language)
            if args.xlsx:
                write_excel_report(result, args.xlsx, language=language)
            outcomes = annotate_documents(result, args.annotate, language=language) if args.annotate else []
            for document, (_, reason) in zip(result.documents, outcomes, strict=False):
                if reason:
                    print(f"note: {Path(document.path).name}: {reason}", file=sys.stderr)
        except OSError as exc:
            print(f"error: cannot write the report: {exc}", file=sys.stderr)
            return 2
    order = ["info", "low", "medium", "high"]
    if args.fail_on and any(order.index(f["severity"]) >= order.index(args.fail_on) for f in data["findings"]):
        return 1
    return 0


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
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in ("extract", "check") or any(a in ("-h", "--help", "--version") for a in argv[:1]):
        args = build_parser().parse_args(argv)
        return args.func(args)
    from gui.app import run_app

    return run_app(argv)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # PDFs are parsed in a child process; a frozen build needs this
    sys.exit(main())
