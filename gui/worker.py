"""Runs the analysis off the GUI thread (napari/superqt pattern).

A QRunnable owns a separate QObject of signals; the worker never touches widgets.
Cancellation is a flag the pipeline polls between steps.
"""

from __future__ import annotations

import traceback

from PySide6.QtCore import QObject, QRunnable, Signal

from analysis.pipeline import Cancelled, Config, run
from analysis.project import DocumentSpec


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # AnalysisResult
    failed = Signal(str)
    cancelled = Signal()


class AnalysisWorker(QRunnable):
    def __init__(self, specs: list[DocumentSpec], config: Config | None = None) -> None:
        super().__init__()
        self.specs = specs
        self.config = config or Config()
        self.signals = WorkerSignals()
        self._cancel = False

    def cancel(self) -> None:
        self._cancel = True

    def run(self) -> None:  # runs in a pool thread
        try:
            result = run(self.specs, self.config, progress=self.signals.progress.emit,
                         cancel=lambda: self._cancel)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # noqa: BLE001 - an exception in a worker never kills the app
            traceback.print_exc()
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.finished.emit(result)
