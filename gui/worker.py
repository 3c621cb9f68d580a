"""Background jobs (napari/superqt pattern): a QRunnable owns a separate QObject of signals.

The job never touches widgets: it reports progress, a result, an ErrorReport or
cancellation by signal, and the GUI thread reacts. Cancellation is a flag the pipeline polls
between steps (Orange3's callback style). Progress is throttled so a chatty stage cannot
flood the GUI thread's event queue.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Signal

from analysis.progress import Cancelled, Progress
from gui.errors import describe

Work = Callable[[Progress, Callable[[], bool]], Any]


class WorkerSignals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)  # the work's return value
    failed = Signal(object)  # gui.errors.ErrorReport
    cancelled = Signal()


class Job(QRunnable):
    """Runs `work(progress, cancelled)` in a pool thread."""

    MIN_INTERVAL = 0.05  # seconds between progress signals with the same message

    def __init__(self, work: Work, kind: str, error_title: str, cancellable: bool = True) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner holds the job until its last signal is handled
        self.work = work
        self.kind = kind  # "analysis" | "export" | "warm-up": what the window does with the result
        self.error_title = error_title
        self.cancellable = cancellable
        self.signals = WorkerSignals()
        self._cancel = False
        self._last = (0.0, "")

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel

    def _progress(self, fraction: float, message: str) -> None:
        now = time.monotonic()
        if message != self._last[1] or now - self._last[0] >= self.MIN_INTERVAL or fraction >= 1.0:
            self._last = (now, message)
            self.signals.progress.emit(float(fraction), message)

    def run(self) -> None:  # runs in a pool thread
        try:
            value = self.work(self._progress, lambda: self._cancel)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - an exception in a worker never kills the app
            self.signals.failed.emit(describe(exc, self.error_title))
        else:
            if self._cancel and self.cancellable:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(value)


def analysis_work(specs: list, config: Callable[[], Any]) -> Work:
    """The whole pipeline; documents already parsed come from the content-hash cache.

    `config` builds the Config here, in the worker: the first import of analysis.pipeline
    (readers, linker, numpy) takes about half a second and must not happen on the GUI thread.
    """

    def work(progress: Progress, cancelled: Callable[[], bool]):
        from analysis.result_cache import load_result, store_result

        settings = config()
        result = load_result(specs, settings)  # nothing changed since the last run: at once
        if result is not None:
            result.from_cache = True
            return result
        progress(0.0, QCoreApplication.translate("Worker", "Loading the language model"))
        from analysis.pipeline import run

        result = run(list(specs), settings, progress=progress, cancel=cancelled)
        store_result(specs, settings, result)
        return result

    return work


def warm_up_work(pipeline: str) -> Work:
    """Load the spaCy pipeline so the first analysis does not wait for it."""

    def work(progress: Progress, cancelled: Callable[[], bool]):
        from analysis.nlp import load_engine

        info = load_engine(pipeline).info
        # The models live as long as the process. Without this, the next full garbage
        # collection walks their millions of objects while holding the GIL and the window
        # freezes for a fifth of a second (measured); frozen objects are skipped.
        gc.freeze()
        try:  # the sentence-embedding model the linker blends in, when installed
            from analysis.embed import load_embedder

            load_embedder()
        except ImportError:
            pass
        gc.freeze()
        return info

    return work
