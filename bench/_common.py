"""Shared helpers for the benchmarks: where the evaluation data is, the --pipeline option, one
guarded run per file, item counts by kind, and how a table is printed."""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.wording import Wording

english = Wording("en").problem  # benchmarks print problems in English

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

if TYPE_CHECKING:
    from analysis.model import Document, Item, PipelineInfo
    from analysis.nlp import NlpEngine
    from analysis.pipeline import Config

# Item kinds in the model's order, and the short column names the tables use.
KINDS = ["goal", "objective", "task", "measure", "indicator", "target", "risk", "resource"]
KIND_COLUMNS = ["goal", "obj", "task", "meas", "ind", "tgt", "risk", "res"]


def eval_dir() -> Path:
    """../shared/eval beside the project (repo root's parent), or CONCORD_EVAL_DIR."""
    return Path(os.environ.get("CONCORD_EVAL_DIR") or ROOT.parent / "shared" / "eval")


def require(path: Path) -> Path:
    """The path, or exit 0 with a 'skipped' line when the evaluation data is absent."""
    if not path.exists():
        print(f"skipped: {path} not found (set CONCORD_EVAL_DIR to the shared/eval folder)")
        sys.exit(0)
    return path


def argument_parser(description: str | None = None) -> argparse.ArgumentParser:
    """The options every benchmark takes: --pipeline auto|trained|blank (a script may add its own)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--pipeline", choices=["auto", "trained", "blank"], default="auto")
    return parser


def arguments(description: str | None = None, argv: list[str] | None = None) -> argparse.Namespace:
    return argument_parser(description).parse_args(argv)


def pipeline_label(info: PipelineInfo) -> str:
    return f"{info.name} {info.version} ({'trained' if info.trained else 'rules only'})"


def timed_engine(name: str) -> tuple[NlpEngine, float]:
    """The NLP engine and the seconds it took to load (spaCy itself imported beforehand)."""
    import spacy  # noqa: F401 - imported here so the load time is the pipeline's own

    from analysis.nlp import load_engine

    started = time.perf_counter()
    engine = load_engine(name)
    return engine, time.perf_counter() - started


def plan_pdfs() -> tuple[Path, list[Path]]:
    """plan_documents/ and every PDF under it (recursively, sorted)."""
    folder = require(eval_dir() / "plan_documents")
    return folder, sorted(folder.rglob("*.pdf"), key=lambda p: str(p.relative_to(folder)).lower())


@dataclass
class FileRun:
    """One file through `analysis.pipeline.run`, never raising."""

    path: Path
    seconds: float
    document: Document | None = None
    items: list[Item] = field(default_factory=list)
    error: str | None = None

    @property
    def status(self) -> str:
        if self.document is None:
            return "crashed"
        return self.document.status.value

    @property
    def ok(self) -> bool:
        return self.status in ("success", "partial")

    @property
    def counts(self) -> Counter[str]:
        return kind_counts(self.items)


def run_file(path: Path, config: Config, engine: NlpEngine) -> FileRun:
    """Run the whole pipeline on one file; an exception becomes the run's error, not a crash."""
    from analysis.pipeline import run
    from analysis.project import DocumentSpec

    started = time.perf_counter()
    try:
        result = run([DocumentSpec(path=str(path))], config, engine=engine)
    except Exception as exc:  # noqa: BLE001 - a benchmark reports a crash and goes on
        return FileRun(path, time.perf_counter() - started, error=f"run() raised {type(exc).__name__}: {exc}")
    seconds = time.perf_counter() - started
    document = result.documents[0]
    return FileRun(path, seconds, document, list(result.items), english(document.error) if document.error else None)


def kind_counts(items: Iterable[Item]) -> Counter[str]:
    return Counter(item.kind.value for item in items)


def kind_cells(counts: Counter[str]) -> list[int]:
    return [counts.get(kind, 0) for kind in KINDS]


def share(hit: int, total: int) -> float:
    return hit / total if total else 0.0


def print_table(header: list[str], rows: list[list[object]]) -> None:
    """First column left-aligned, the others right-aligned, a rule under the header."""
    cells = [header] + [[str(c) for c in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
        if n == 0:
            print("  ".join("-" * w for w in widths))
