"""Shared helpers for the benchmarks: where the evaluation data is, how a table is printed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def eval_dir() -> Path:
    """../shared/eval beside the project, or CONCORD_EVAL_DIR."""
    return Path(os.environ.get("CONCORD_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def require(path: Path) -> Path:
    if not path.exists():
        print(f"skipped: {path} not found (set CONCORD_EVAL_DIR to the shared/eval folder)")
        sys.exit(0)
    return path


def pipeline_arg(argv: list[str] | None = None) -> str:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("--pipeline", choices=["auto", "trained", "blank"], default="auto")
    return parser.parse_known_args(argv)[0].pipeline


def print_table(header: list[str], rows: list[list[object]]) -> None:
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
