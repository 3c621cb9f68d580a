"""Speed of comparing two drafts of a 250-page plan, against one cold `check` of it.

    python bench/compare_speed.py [--pdf FILE] [--edits N]

Default plan: Cambodia's National Strategic Development Plan 2014-2018 (PDF, ../shared/eval).
With an empty parse cache, times `python main.py check PLAN.pdf` (cold: the PDF read,
extracted and checked). Then writes the plan as read to Word (draft 1) and a reviewer's edited
copy (draft 2, N edits of each kind, bench/_drafts.py), checks each once as a planner would when
it arrives (their parses are cached), and times `python main.py compare` on the drafts, each a
new process as a planner runs it, and the comparison inside a process (alignment, findings;
the two runs of the checks on cached parses). Prints the figures and the ratio to the cold check.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import ROOT, eval_dir, require

from bench._drafts import make_edits, write_docx

DEFAULT = (
    Path("plan_documents")
    / "cambodia_national_and_sectoral"
    / "National Strategic Development Plan 2014-2018 EN Final.pdf"
)


def timed(args: list[str], env: dict) -> float:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, str(ROOT / "main.py"), *args], env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if out.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(args)} failed: {out.stderr[-500:]}")
    return seconds


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--pdf", help="the plan (default: Cambodia's NSDP 2014-2018)")
    parser.add_argument("--edits", type=int, default=5, help="edits of each kind in draft 2")
    args = parser.parse_args(argv)
    pdf = require(Path(args.pdf) if args.pdf else eval_dir() / DEFAULT)
    work = Path(tempfile.mkdtemp(prefix="concord-speed-"))
    env = {**os.environ, "CONCORD_CACHE_DIR": str(work / "cache")}
    os.environ["CONCORD_CACHE_DIR"] = env["CONCORD_CACHE_DIR"]

    cold = timed(["check", str(pdf), "--json", str(work / "check.json")], env)
    data = json.loads((work / "check.json").read_text(encoding="utf-8"))
    pages, items = data["documents"][0]["page_count"], len(data["items"])
    print(f"cold check of {pdf.name}: {pages} pages, {items} items, {cold:.1f} s")

    from analysis.compare.run import compare_files
    from analysis.pipeline import Config, run
    from analysis.project import DocumentSpec

    config = Config()
    first = run([DocumentSpec(str(pdf))], config)  # from the cache
    v1, v2 = work / "draft1.docx", work / "draft2.docx"
    write_docx(first.documents[0].blocks, v1, first.documents[0].created)
    draft1 = run([DocumentSpec(str(v1))], config)
    blocks, edits = make_edits(draft1.documents[0], draft1.items, args.edits)
    write_docx(blocks, v2, first.documents[0].created)
    cold_docx = timed(["check", str(v2), "--json", str(work / "v2.json")], env)
    print(f"draft 2 (Word, {len(edits)} edits) checked on arrival: {cold_docx:.1f} s (cold; its parse is now cached)")

    warm = timed(["check", str(pdf), "--json", str(work / "again.json")], env)
    both = timed(["compare", str(v1), str(v2), "--json", str(work / "changes.json")], env)
    pdf_v2 = timed(["compare", str(pdf), str(v2), "--json", str(work / "changes_pdf.json")], env)
    changes = json.loads((work / "changes.json").read_text(encoding="utf-8"))
    started = time.perf_counter()
    comparison = compare_files(DocumentSpec(str(v1)), DocumentSpec(str(v2)), (), config)
    inside = time.perf_counter() - started
    started = time.perf_counter()
    from analysis.compare.core import compare_results

    compare_results(comparison.old, comparison.new, comparison.pairs)
    alignment = time.perf_counter() - started
    print(f"check again (cached parse, new process): {warm:.1f} s = {warm / cold:.1%} of the cold check")
    counts = changes["counts"]
    kinds = ", ".join(f"{k} {v}" for k, v in counts.items() if v and k not in ("unchanged", "finding_persisting"))
    print(
        f"compare draft 1 with draft 2 (new process): {both:.1f} s = {both / cold:.1%} of the cold check; "
        f"{len(changes['changes']) - counts['finding_persisting']} changes ({kinds}), "
        f"{counts['finding_persisting']} findings still open, {counts['unchanged']} items unchanged"
    )
    print(f"compare the PDF with draft 2 (new process): {pdf_v2:.1f} s = {pdf_v2 / cold:.1%} of the cold check")
    print(
        f"inside one process: both runs on cached parses + comparison {inside:.2f} s; alignment, findings and "
        f"wording alone {alignment:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
