"""Extraction on real strategy PDFs: every file processed, items by kind, speed.

Runs `analysis.pipeline.run` on each PDF under ../shared/eval/plan_documents/ one at a time
(parse cache off, so the timing is a first read), and prints per file: status, pages,
words, items by kind, seconds, words per second. A file that cannot be read prints its
one-line error; the run never stops on one file.
Run: python bench/extract_real.py [--pipeline auto|trained|blank]
"""

from __future__ import annotations

import time
from collections import Counter

from _common import eval_dir, pipeline_arg, print_table, require

from analysis.model import ItemKind
from analysis.nlp import load_engine
from analysis.pipeline import Config, run
from analysis.project import DocumentSpec

KINDS = [k.value for k in ItemKind]


def main() -> None:
    folder = require(eval_dir() / "plan_documents")
    pdfs = sorted(folder.rglob("*.pdf"))
    config = Config(pipeline=pipeline_arg(), use_cache=False)
    started = time.perf_counter()
    engine = load_engine(config.pipeline)
    print(
        f"extract_real: {len(pdfs)} PDFs under {folder}; pipeline {engine.info.name} {engine.info.version} "
        f"(loaded in {time.perf_counter() - started:.1f} s)\n"
    )
    rows, errors, totals, ok = [], [], Counter(), 0
    words_total, seconds_total = 0, 0.0
    for pdf in pdfs:
        t0 = time.perf_counter()
        result = run([DocumentSpec(str(pdf))], config, engine=engine)
        seconds = time.perf_counter() - t0
        doc = result.documents[0]
        counts = Counter(i.kind.value for i in result.items)
        totals.update(counts)
        ok += doc.status.value != "failed"
        words_total += doc.word_count
        seconds_total += seconds
        name = pdf.name[:38]
        rows.append(
            [
                name,
                doc.status.value,
                doc.page_count or 0,
                doc.word_count,
                *[counts.get(k, 0) for k in KINDS],
                f"{seconds:.1f}",
                f"{doc.word_count / seconds:,.0f}" if seconds else "-",
            ]
        )
        if doc.error:
            errors.append(doc.error)
    print_table(["file", "status", "pages", "words", *KINDS, "s", "words/s"], rows)
    for error in errors:
        print(f"error: {error}")
    print(f"\n{ok}/{len(pdfs)} files read ({ok / len(pdfs):.0%}); items: {dict(totals)}")
    print(f"total {words_total:,} words in {seconds_total:.1f} s = {words_total / seconds_total:,.0f} words/s")


if __name__ == "__main__":
    main()
