"""The UN SDG framework laid out as the official UN annex lays it out, read back by Concord.

Builds, in a temporary folder, a .docx with one two-column table: header row "Goals and targets
(from the 2030 Agenda for Sustainable Development)" | "Indicators"; per goal a row merged across
both columns, "Goal 1. End poverty ..."; per target a row with "1.1 By 2030, ..." on the left and
that target's indicators on the right, one paragraph each ("1.1.1 Proportion of ...") - layout
'paragraphs'. Two variants of the same table are built too: 'rows', each further indicator in a
row of its own under an empty target cell, as in the UN annex CSV in
sdg_framework/un_official_2025/; 'rows-merged', the same with the target cell merged down over
those rows. For each layout it runs the extraction and counts goals, targets and indicators
found with the right kind and code, the right text and the right parent (compared through the
parent item's code: a target's parent is its goal, an indicator's parent is its target), and
lists the misses (the first 30, taken in turn from each kind of miss).

Data: <eval>/sdg_framework/sdg_framework_en.csv (level,id,parent_id,text; all rows, no split).
Run: python bench/sdg_docx.py [--pipeline auto|trained|blank] [--layout paragraphs|rows|rows-merged|all]
"""

from __future__ import annotations

import csv
import re
import tempfile
import time
from itertools import zip_longest
from pathlib import Path

import docx
from _common import argument_parser, eval_dir, kind_counts, pipeline_label, print_table, require, timed_engine

from analysis.model import AnalysisResult, Item, ItemKind
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec
from analysis.wording import Wording

english = Wording("en").problem  # benchmarks print problems in English

HEADER = ("Goals and targets (from the 2030 Agenda for Sustainable Development)", "Indicators")
LAYOUTS = {
    "paragraphs": "a target's indicators as paragraphs of one cell",
    "rows": "each further indicator in a row of its own under an empty target cell (as in the annex CSV)",
    "rows-merged": "each further indicator in a row of its own, the target cell merged down over those rows",
}
LEVELS = {"goal": ItemKind.GOAL, "target": ItemKind.TARGET, "indicator": ItemKind.INDICATOR}
SHOWN_MISSES = 30


def build(rows: list[dict[str, str]], path: Path, layout: str) -> None:
    """One table as in the UN annex; `layout` (see LAYOUTS) says where a target's further indicators go."""
    document = docx.Document()
    document.add_heading("Global indicator framework for the Sustainable Development Goals", 1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, HEADER, strict=True):
        cell.text = text
    # The CSV lists all goals, then all targets, then all indicators: regroup them under their parents.
    children: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        children.setdefault(row["parent_id"], []).append(row)
    for goal in children.get("", []):
        cells = table.add_row().cells
        cells[0].merge(cells[1]).text = f"Goal {goal['id']}. {goal['text']}"
        for target in children.get(goal["id"], []):
            cells = table.add_row().cells
            cells[0].text = f"{target['id']} {target['text']}"
            target_cell = cells[0]
            for n, indicator in enumerate(children.get(target["id"], [])):
                line = f"{indicator['id']} {indicator['text']}"
                if n == 0:
                    cells[1].paragraphs[0].text = line
                elif layout == "paragraphs":
                    cells[1].add_paragraph(line)
                else:
                    below = table.add_row().cells
                    below[1].text = line
                    if layout == "rows-merged":
                        target_cell = target_cell.merge(below[0])
    document.save(str(path))


def normal(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".").lower()


def score(
    result: AnalysisResult, expected: dict[str, dict[str, dict[str, str]]]
) -> tuple[list[list[object]], list[str]]:
    """Per level: expected, items of that kind, right code, right text, right parent, extra; and the misses."""
    by_id = {item.id: item for item in result.items}
    by_code: dict[str, list[Item]] = {}
    for item in result.items:
        if item.code:
            by_code.setdefault(item.code, []).append(item)
    table: list[list[object]] = []
    misses: list[tuple[str, str]] = []  # (kind of miss, the miss)
    for level, kind in LEVELS.items():
        want = expected[level]
        parent_kind = {"target": ItemKind.GOAL, "indicator": ItemKind.TARGET}.get(level)
        of_kind = [i for i in result.items if i.kind == kind]
        right_code = right_text = right_parent = 0
        for code, row in want.items():
            items = [i for i in by_code.get(code, []) if i.kind == kind]
            if not items:
                others = sorted({i.kind.value for i in by_code.get(code, [])})
                read_as = f" (read as {', '.join(others)})" if others else ""
                misses.append((f"{level} not found{read_as}", f"{level} {code}: not found{read_as}"))
                continue
            right_code += 1
            item = items[0]
            if len(items) > 1:
                misses.append((f"{level} found more than once", f"{level} {code}: found {len(items)} times"))
            text = normal(item.text)
            if text in (normal(row["text"]), normal(f"{code} {row['text']}"), normal(f"Goal {code}. {row['text']}")):
                right_text += 1
            else:
                misses.append(
                    (f"{level} text", f"{level} {code}: text {item.text[:90]!r}, expected {row['text'][:60]!r}")
                )
            parent = by_id.get(item.parent_id) if item.parent_id else None
            wanted = row["parent_id"] or None
            if (parent.code if parent else None) == wanted and (parent is None or parent.kind == parent_kind):
                right_parent += 1
            else:
                what = f"{parent.kind.value} {parent.code}" if parent else "none"
                category = f"{level} parent is a {parent.kind.value if parent else 'none'}"
                misses.append((category, f"{level} {code}: parent {what}, expected {wanted or 'none'}"))
        extra = [i for i in of_kind if i.code not in want]
        for item in extra:
            misses.append((f"{level} extra", f"{level} extra: code {item.code!r} text {item.text[:90]!r}"))
        table.append([level, len(want), len(of_kind), right_code, right_text, right_parent, len(extra)])
    return table, misses


def print_misses(misses: list[tuple[str, str]]) -> None:
    """How many of each kind of miss, then the first misses taken in turn from each kind."""
    groups: dict[str, list[str]] = {}
    for category, line in misses:
        groups.setdefault(category, []).append(line)
    print(f"misses: {len(misses)}" + "".join(f"; {c}: {len(lines)}" for c, lines in groups.items()))
    turns = [line for batch in zip_longest(*groups.values()) for line in batch if line]
    if turns:
        print(f"first {min(SHOWN_MISSES, len(turns))} (in turn from each kind):")
    for line in turns[:SHOWN_MISSES]:
        print("  " + line)


def main() -> None:
    parser = argument_parser(__doc__.splitlines()[0])
    parser.add_argument("--layout", choices=[*LAYOUTS, "all"], default="all")
    args = parser.parse_args()
    source = require(eval_dir() / "sdg_framework" / "sdg_framework_en.csv")
    with open(source, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    expected = {level: {r["id"]: r for r in rows if r["level"] == level} for level in LEVELS}
    indicator_rows = [r for r in rows if r["level"] == "indicator"]
    engine, load_s = timed_engine(args.pipeline)
    config = Config(pipeline=args.pipeline, use_cache=False)
    print(
        f"sdg_docx: pipeline {pipeline_label(engine.info)} (loaded in {load_s:.1f} s); data: {source} "
        "(all rows; no split), laid out as the UN annex table in one .docx per layout"
    )
    print(
        f"expected: {len(expected['goal'])} goals, {len(expected['target'])} targets, "
        f"{len(indicator_rows)} indicator rows = {len(expected['indicator'])} unique ids "
        f"({len({r['text'] for r in indicator_rows})} unique texts: official repeats such as 1.5.1 = 11.5.1 = "
        "13.1.1 keep their own ids, so each id is expected once)"
    )
    verdicts = []
    for layout in LAYOUTS if args.layout == "all" else [args.layout]:
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / f"sdg_framework_un_{layout}.docx"
            t0 = time.perf_counter()
            build(rows, path, layout)
            build_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            result = run([DocumentSpec(path=str(path))], config, engine=engine)
            run_s = time.perf_counter() - t0
        document = result.documents[0]
        counts = ", ".join(f"{k} {n}" for k, n in sorted(kind_counts(result.items).items()))
        print(f"\nlayout '{layout}': {LAYOUTS[layout]}")
        print(
            f"document: status {document.status.value}{' - ' + english(document.error) if document.error else ''}; "
            f"{document.word_count:,} words; built in {build_s:.1f} s, run() in {run_s:.1f} s; "
            f"{len(result.items)} items ({counts})\n"
        )
        table, misses = score(result, expected)
        print_table(["level", "expected", "items of kind", "right code", "right text", "right parent", "extra"], table)
        ok = all(r[1] == r[2] == r[3] == r[4] == r[5] for r in table) and not misses
        verdicts.append(f"{layout} {'YES' if ok else 'NO'}")
        print_misses(misses)
    print(f"\nall goals, targets and indicators with their codes, texts and parents: {'; '.join(verdicts)}")


if __name__ == "__main__":
    main()
