"""One job at a time: the runner starts a Job, relays its signals, and can cancel and wait.

The window asks `busy` before starting anything; the Run action turns into Cancel while a
job runs; closing the window cancels and waits. Warm-up of the language model is a
background task outside this rule (it cannot be cancelled and blocks nothing: the analysis
simply waits for the same lock inside `load_engine`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, Signal

from gui.worker import Job


class JobRunner(QObject):
    started = Signal(object)  # the Job
    progress = Signal(float, str)
    finished = Signal(object, object)  # job, value
    failed = Signal(object, object)  # job, ErrorReport
    cancelled = Signal(object)  # job
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.job: Job | None = None
        self._background: list[Job] = []

    @property
    def busy(self) -> bool:
        return self.job is not None

    def start(self, job: Job) -> bool:
        if self.job is not None:
            return False
        self.job = job
        # Bound methods of this QObject (which lives in the GUI thread), so Qt queues the calls
        # across threads; the sender tells which job spoke.
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(self._on_finished)
        job.signals.failed.connect(self._on_failed)
        job.signals.cancelled.connect(self._on_cancelled)
        self.busy_changed.emit(True)
        self.started.emit(job)
        self.pool.start(job)
        return True

    def _current(self) -> Job | None:
        job = self.job
        return job if job is not None and self.sender() is job.signals else None

    def _on_progress(self, fraction: float, message: str) -> None:
        if self._current() is not None:
            self.progress.emit(fraction, message)

    def _on_finished(self, value: object) -> None:
        self._end(self.finished, value)

    def _on_failed(self, report: object) -> None:
        self._end(self.failed, report)

    def _on_cancelled(self) -> None:
        self._end(self.cancelled)

    def _end(self, signal, *args) -> None:
        job = self._current()
        if job is None:
            return
        self.job = None
        self.busy_changed.emit(False)
        signal.emit(job, *args)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def start_background(self, job: Job, on_done: Callable[[object], None],
                         on_failed: Callable[[object], None]) -> None:
        """A job outside the one-at-a-time rule (the language-model warm-up)."""
        self._background.append(job)
        job.signals.finished.connect(on_done)
        job.signals.failed.connect(on_failed)
        job.signals.finished.connect(self._forget)
        job.signals.failed.connect(self._forget)
        self.pool.start(job)

    def _forget(self, *_: object) -> None:
        self._background = [j for j in self._background if j.signals is not self.sender()]

    def shutdown(self, timeout_ms: int = 30000) -> bool:
        """Cancel the current job and wait for the pool (closing the window)."""
        self.cancel()
        return self.pool.waitForDone(timeout_ms)
