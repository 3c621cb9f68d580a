"""run(documents, ...) -> AnalysisResult: the named stages, per-document status, progress.

Progress follows Orange3: a plain `progress(fraction, message)` callback; `cancel()` is
polled between steps and stops the run by raising `Cancelled`. One broken document is
marked FAILED with a one-line error and the others go on (Docling's per-document status).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from analysis.extract import extract_document
from analysis.extract.annexes import attach_annexes
from analysis.model import AnalysisResult, Document, DocumentStatus
from analysis.nlp import NlpEngine, load_engine
from analysis.project import DocumentSpec
from analysis.readers import read_document

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """The planner cancelled the run."""


@dataclass
class Config:
    pipeline: str = "auto"  # auto | trained | blank
    lexicon_dir: str | None = None


def _stage(progress: Progress | None, start: float, end: float) -> Progress:
    """Rescale a stage's own 0..1 into its slice [start, end] of the whole bar."""

    def report(fraction: float, message: str) -> None:
        if progress:
            progress(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report


def _new_document(n: int, spec: DocumentSpec) -> Document:
    return Document(
        id=f"d{n}",
        path=str(spec.path),
        level=spec.level,
        level_name=spec.level_name,
        region=spec.region,
        period=spec.period,
    )


def run(
    specs: Sequence[DocumentSpec],
    config: Config | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    engine: NlpEngine | None = None,
) -> AnalysisResult:
    config = config or Config()
    engine = engine or load_engine(config.pipeline)
    result = AnalysisResult(pipeline=engine.info)

    def check_cancel() -> None:
        if cancel and cancel():
            raise Cancelled()

    read_progress = _stage(progress, 0.0, 0.3)
    extract_progress = _stage(progress, 0.3, 0.95)
    total = max(1, len(specs))
    for n, spec in enumerate(specs, 1):
        check_cancel()
        read_progress((n - 1) / total, f"Reading {Path(spec.path).name}")
        result.documents.append(read_document(spec.path, _new_document(n, spec)))
    for n, document in enumerate(result.documents, 1):
        check_cancel()
        extract_progress((n - 1) / total, f"Extracting {Path(document.path).name}")
        if document.status == DocumentStatus.FAILED:
            continue
        try:
            result.items.extend(extract_document(document, engine))
        except Exception as exc:  # noqa: BLE001 - one document's failure must not stop the batch
            document.status = DocumentStatus.FAILED
            document.error = f"{Path(document.path).name}: extraction failed ({type(exc).__name__}: {exc})"
    attach_annexes(result.documents, result.items)
    if progress:
        progress(1.0, "Done")
    return result
