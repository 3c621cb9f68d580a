"""Write the sample drafts (resources/samples/drafts/<lang>/*.docx) from their readable sources.

The sources are short Markdown-like texts in resources/samples/drafts/src/<lang>/, one per
document, so the two drafts of a plan can be read (and diffed) side by side:

    # Title                      the document title (Title style, core property)
    ## Heading / ### / ####      Heading 1 / 2 / 3
    - text                       a bulleted list item
    | a | b |                    a table row (the first row of a table is its header)
    anything else                a paragraph
    {+text+} / [-text-]          a tracked insertion / deletion (author "Reviewer")
    +| a | b | / -| a | b |      a table row inserted / deleted with tracked changes

The answer keys (resources/samples/drafts/<lang>/answer_key.json) are written by hand from the
design of the drafts, not from what Concord finds. `tests/analysis/test_compare_samples.py` checks that the
written files match the sources (run this script after editing one).

Run: python tools/make_drafts.py [--out DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "resources" / "samples" / "drafts" / "src"
OUT = ROOT / "resources" / "samples" / "drafts"
# fixed, so that writing the samples twice gives the same bytes where python-docx allows
STAMP = dt.datetime(2024, 3, 1, 9, 0, 0)
_MARK = re.compile(r"(\{\+.*?\+\}|\[-.*?-\])")


class _Revisions:
    def __init__(self) -> None:
        self.next_id = 1

    def _mark(self, inserted: bool):
        mark = OxmlElement("w:ins" if inserted else "w:del")
        mark.set(qn("w:id"), str(self.next_id))
        mark.set(qn("w:author"), "Reviewer")
        mark.set(qn("w:date"), STAMP.isoformat() + "Z")
        self.next_id += 1
        return mark

    def mark_row(self, tr, inserted: bool) -> None:
        """A whole table row inserted or deleted (w:trPr/w:ins or w:del)."""
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(self._mark(inserted))

    def add_text(self, paragraph, text: str) -> None:
        """`text` into `paragraph`, with {+insertions+} and [-deletions-] as tracked changes."""
        for part in _MARK.split(text):
            if not part:
                continue
            if part.startswith("{+") or part.startswith("[-"):
                inserted = part.startswith("{+")
                mark = self._mark(inserted)
                run = OxmlElement("w:r")
                t = OxmlElement("w:t" if inserted else "w:delText")
                t.set(qn("xml:space"), "preserve")
                t.text = part[2:-2]
                run.append(t)
                mark.append(run)
                paragraph._p.append(mark)
            else:
                paragraph.add_run(part)


def write(source: Path, target: Path) -> None:
    document = docx.Document()
    document.styles["Normal"].font.size = Pt(11)
    revisions = _Revisions()
    table_rows: list[list[str]] = []

    def flush_table() -> None:
        if not table_rows:
            return
        table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]) - 1)
        table.style = document.styles["Table Grid"]
        for r, (mark, *row) in enumerate(table_rows):
            if mark:
                revisions.mark_row(table.rows[r]._tr, inserted=mark == "+")
            for c, value in enumerate(row):
                cell = table.cell(r, c)
                if mark and value:
                    value = f"{{+{value}+}}" if mark == "+" else f"[-{value}-]"
                revisions.add_text(cell.paragraphs[0], value)
                if r == 0:
                    for run in cell.paragraphs[0].runs:
                        run.bold = True
        table_rows.clear()

    title = ""
    for raw in source.read_text(encoding="utf-8").splitlines():
        line = raw.rstrip()
        if line.startswith(("|", "+|", "-|")):
            mark = line[0] if line[0] in "+-" else ""
            table_rows.append([mark, *(c.strip() for c in line.lstrip("+-").strip().strip("|").split("|"))])
            continue
        flush_table()
        if not line.strip():
            continue
        if line.startswith("#"):
            level = len(line) - len(line.lstrip("#"))
            text = line[level:].strip()
            style = "Title" if level == 1 else f"Heading {level - 1}"
            if level == 1:
                title = _MARK.sub(lambda m: m.group()[2:-2] if m.group().startswith("{+") else "", text)
            revisions.add_text(document.add_paragraph(style=style), text)
        elif line.startswith("- "):
            revisions.add_text(document.add_paragraph(style="List Bullet"), line[2:].strip())
        else:
            revisions.add_text(document.add_paragraph(), line.strip())
    flush_table()
    props = document.core_properties
    props.title, props.author, props.subject = title, "Concord sample", "Sample draft written for Concord"
    props.comments = "A sample document written for Concord; not an official document."
    props.created = props.modified = STAMP
    props.revision = 1
    target.parent.mkdir(parents=True, exist_ok=True)
    document.save(target)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write <lang>/*.docx into")
    args = parser.parse_args(argv)
    for language in sorted(p for p in SOURCES.iterdir() if p.is_dir()):
        for source in sorted(language.glob("*.md")):
            target = args.out / language.name / (source.stem + ".docx")
            write(source, target)
            print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
