"""The arguments of `python main.py compare` (analysis/compare/command.py runs it)."""

from __future__ import annotations


def add_arguments(parser) -> None:
    parser.add_argument("versions", nargs="*", metavar="OLD NEW", help="the earlier and the later draft")
    parser.add_argument(
        "--against",
        action="append",
        default=[],
        metavar="LEVEL=FILE",
        help="a higher-level plan both drafts are checked against (repeat for more)",
    )
    parser.add_argument(
        "--tracked", metavar="FILE.docx", help="compare a Word draft before and after its tracked changes"
    )
    parser.add_argument(
        "--project",
        metavar="FILE.concord",
        help="compare each document of the project that has versions with its last draft",
    )
    parser.add_argument("--docx", metavar="OUT", help="write the 'What changed' report to OUT (Word)")
    parser.add_argument("--xlsx", metavar="OUT", help="write the Changes sheet to OUT (Excel)")
    parser.add_argument(
        "--report-language",
        choices=["en", "ru", "kk"],
        help="word the changes and reports in English, Russian or Kazakh (default: the documents')",
    )
    parser.add_argument(
        "--fail-on-new",
        choices=["high", "medium", "low", "info"],
        help="exit 1 when the new draft brings a finding of this severity or worse",
    )
