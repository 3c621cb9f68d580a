"""Report generation speed on the sample project: Word report, Excel workbook, annotated copies.

The analysis itself is run once and not timed; each writer is then timed over several runs
(the first run includes importing python-docx / openpyxl and reading the templates, which the
desktop app pays once per session). Target: all three together under 3 s.
Also prints the size of each file written.
Run: python bench/report_speed.py [--pipeline auto|trained|blank] [--runs 5]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from _common import ROOT, print_table

from analysis.pipeline import Config, run
from analysis.project import load_project


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pipeline", choices=["auto", "trained", "blank"], default="auto")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    specs = load_project(ROOT / "resources" / "samples" / "sample.concord").documents
    result = run(specs, Config(pipeline=args.pipeline))
    print(
        f"sample project: {len(result.documents)} documents, {len(result.items)} items, "
        f"{len(result.links)} links, {len(result.findings)} findings ({result.pipeline.name})"
    )

    t0 = time.perf_counter()
    from analysis.report import annotate_documents, write_excel_report, write_word_report

    import_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp)
        writers = {
            "Word report": lambda n: write_word_report(result, out / f"r{n}.docx"),
            "Excel workbook": lambda n: write_excel_report(result, out / f"r{n}.xlsx"),
            "annotated copies": lambda n: annotate_documents(result, out / f"annotated{n}"),
        }
        times: dict[str, list[float]] = {name: [] for name in writers}
        for n in range(args.runs):
            for name, write in writers.items():
                t0 = time.perf_counter()
                write(n)
                times[name].append(time.perf_counter() - t0)
        rows = [[name, f"{ts[0]:.3f}", f"{statistics.median(ts):.3f}", f"{max(ts):.3f}"] for name, ts in times.items()]
        first = sum(ts[0] for ts in times.values())
        median = sum(statistics.median(ts) for ts in times.values())
        rows.append(["all three", f"{first:.3f}", f"{median:.3f}", ""])
        print(f"import of analysis.report: {import_s:.3f} s")
        print_table(["writer", "first run s", f"median of {args.runs} s", "max s"], rows)
        written = [out / "r0.docx", out / "r0.xlsx", *sorted((out / "annotated0").iterdir())]
        print("written (first run): " + ", ".join(f"{p.name} {p.stat().st_size // 1024} KB" for p in written))
        verdict = "OK" if first + import_s < 3.0 else "SLOW"
        print(f"first run including import: {first + import_s:.2f} s (target < 3 s): {verdict}")


if __name__ == "__main__":
    main()
