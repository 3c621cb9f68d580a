"""The UN SDG framework laid out as the official UN document lays it out, read back by Concord.

Builds a .docx with one two-column table — "Goals and targets" | "Indicators" — where each
goal is a row merged across both columns ("Goal 1. End poverty ...") and each target row
holds "1.1 By 2030, ..." on the left and that target's indicators, one paragraph each
("1.1.1 Proportion of ..."), on the right. Then runs the extraction on it and counts goals,
targets and indicators found with the right code and the right parent.
Run: python bench/sdg_docx.py [--pipeline auto|trained|blank]
"""

from __future__ import annotations

import csv
import tempfile
import time
from pathlib import Path

import docx
from _common import eval_dir, pipeline_arg, require

from analysis.model import ItemKind
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec


def build(rows: list[dict], path: Path) -> None:
    document = docx.Document()
    document.add_heading("Global indicator framework for the Sustainable Development Goals", 1)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = "Goals and targets (from the 2030 Agenda for Sustainable Development)"
    table.rows[0].cells[1].text = "Indicators"
    indicators: dict[str, list[dict]] = {}
    for row in rows:
        if row["level"] == "indicator":
            indicators.setdefault(row["parent_id"], []).append(row)
    for row in rows:
        if row["level"] == "goal":
            cells = table.add_row().cells
            merged = cells[0].merge(cells[1])
            merged.text = f"Goal {row['id']}. {row['text']}"
        elif row["level"] == "target":
            cells = table.add_row().cells
            cells[0].text = f"{row['id']} {row['text']}"
            found = indicators.get(row["id"], [])
            if found:
                cells[1].paragraphs[0].text = f"{found[0]['id']} {found[0]['text']}"
                for ind in found[1:]:
                    cells[1].add_paragraph(f"{ind['id']} {ind['text']}")
    document.save(path)


def main() -> None:
    source = require(eval_dir() / "sdg_framework" / "sdg_framework_en.csv")
    rows = list(csv.DictReader(open(source, encoding="utf-8")))
    expected = {kind: {r["id"]: r for r in rows if r["level"] == kind} for kind in ("goal", "target", "indicator")}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "sdg_framework_un_layout.docx"
        build(rows, path)
        t0 = time.perf_counter()
        result = run([DocumentSpec(str(path))], Config(pipeline=pipeline_arg(), use_cache=False))
        seconds = time.perf_counter() - t0
    items = {i.id: i for i in result.items}
    print(
        f"sdg_docx: UN layout built from {source.name}; pipeline {result.pipeline.name} {result.pipeline.version}; "
        f"status {result.documents[0].status.value}; {seconds:.1f} s\n"
    )
    kinds = {"goal": ItemKind.GOAL, "target": ItemKind.TARGET, "indicator": ItemKind.INDICATOR}
    all_ok = True
    for level, kind in kinds.items():
        found = {i.code: i for i in result.items if i.kind == kind and i.code in expected[level]}
        extra = [i for i in result.items if i.kind == kind and i.code not in expected[level]]
        parent_ok = 0
        misses = []
        for code, item in found.items():
            want = expected[level][code]["parent_id"] or None
            got = items[item.parent_id].code if item.parent_id in items else None
            if want == got:
                parent_ok += 1
            else:
                misses.append(f"{code}: parent {got} != {want}")
        missing = sorted(set(expected[level]) - set(found))
        all_ok &= not missing and parent_ok == len(found)
        print(
            f"{level:10s} expected {len(expected[level]):4d}  found with code {len(found):4d}  "
            f"right parent {parent_ok:4d}  extra {len(extra)}"
        )
        for line in (missing[:15] and [f"missing: {', '.join(missing[:15])}"]) + misses[:15]:
            print("   " + line)
    print("\nall goals, targets and indicators found with their codes and parents:", "YES" if all_ok else "NO")


if __name__ == "__main__":
    main()
