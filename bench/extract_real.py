"""Extraction on real strategy PDFs: every file processed, items by kind, speed.

Runs `analysis.pipeline.run` on each PDF under <eval>/plan_documents/ (recursively), one file
per run so the timing is per file, with the parse cache off (a first read). Prints per file:
status, pages, words, items by kind, seconds, words per second; then totals and the share of
files read. A file that fails prints its one-line error; the run never stops on one file.
The seconds are the whole run() (read, extract, link, checks) for that one file.

Data: <eval>/plan_documents/**/*.pdf (<eval> = ../shared/eval or CONCORD_EVAL_DIR).
Run: python bench/extract_real.py [--pipeline auto|trained|blank]
"""

from __future__ import annotations

from collections import Counter

from _common import (
    KIND_COLUMNS,
    FileRun,
    arguments,
    kind_cells,
    pipeline_label,
    plan_pdfs,
    print_table,
    run_file,
    timed_engine,
)

from analysis.pipeline import Config
from analysis.wording import Wording

english = Wording("en").problem  # benchmarks print problems in English


def file_row(name: str, run: FileRun) -> list[object]:
    doc = run.document
    words = doc.word_count if doc else 0
    return [
        name,
        run.status,
        (doc.page_count or 0) if doc else 0,
        f"{words:,}",
        *kind_cells(run.counts),
        f"{run.seconds:.1f}",
        f"{words / run.seconds:,.0f}" if run.seconds and words else "-",
    ]


def main() -> None:
    args = arguments(__doc__.splitlines()[0])
    folder, pdfs = plan_pdfs()
    engine, load_s = timed_engine(args.pipeline)
    print(
        f"extract_real: pipeline {pipeline_label(engine.info)}, loaded in {load_s:.1f} s; "
        f"data: {len(pdfs)} PDFs under {folder} (all of them; no split)\n"
    )
    if not pdfs:
        print(f"skipped: no PDF under {folder}")
        return
    config = Config(pipeline=args.pipeline, use_cache=False)
    runs: list[FileRun] = []
    for pdf in pdfs:
        run = run_file(pdf, config, engine)
        runs.append(run)
        # one line as each file finishes, so a long run shows progress
        print(f"  {run.status:8s} {run.seconds:6.1f} s  {pdf.relative_to(folder)}", flush=True)
    print()
    rows = [file_row(run.path.name[:40], run) for run in runs]
    totals: Counter[str] = Counter()
    for run in runs:
        totals.update(run.counts)
    words = sum(run.document.word_count for run in runs if run.document)
    pages = sum(run.document.page_count or 0 for run in runs if run.document)
    seconds = sum(run.seconds for run in runs)
    rows.append(
        [
            "TOTAL",
            "",
            pages,
            f"{words:,}",
            *kind_cells(totals),
            f"{seconds:.1f}",
            f"{words / seconds:,.0f}" if seconds else "-",
        ]
    )
    print_table(["file", "status", "pages", "words", *KIND_COLUMNS, "s", "words/s"], rows)

    failed = [run for run in runs if not run.ok]
    partial = [run for run in runs if run.status == "partial"]
    print()
    for run in failed:
        print(f"FAILED  {run.path.name}: {run.error or 'no error message'}")
    for run in partial:
        warnings = [english(w) for w in run.document.warnings] if run.document else []
        print(f"partial {run.path.name}: {'; '.join(warnings)[:300] or run.error or '(no warning text)'}")
    ok = len(runs) - len(failed)
    print(
        f"\nfiles read: {ok}/{len(runs)} = {ok / len(runs):.0%} "
        f"({len(runs) - len(failed) - len(partial)} success, {len(partial)} partial, {len(failed)} failed)"
    )
    print(f"items: {sum(totals.values())} ({', '.join(f'{k} {v}' for k, v in totals.most_common())})")
    if seconds:
        print(f"speed: {words:,} words, {pages} pages in {seconds:.1f} s = {words / seconds:,.0f} words/s")


if __name__ == "__main__":
    main()
