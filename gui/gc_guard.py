"""Garbage collection only on the GUI thread.

Python's cyclic collector runs in whichever thread happens to allocate when a threshold is
crossed. If that is an analysis worker and the garbage holds a Qt object (a closed dialog
whose slots are lambdas that refer back to it), the Qt object is destroyed outside the GUI
thread and the app crashes (seen: a segfault in a worker while spaCy loaded). So automatic
collection is switched off and the same generational checks run from a timer on the GUI
thread, as pyqtgraph's GarbageCollector does.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadGC(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 500) -> None:
        super().__init__(parent)
        self.threshold = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(interval_ms)

    def check(self) -> None:
        count0, count1, count2 = gc.get_count()
        if count0 > self.threshold[0]:
            gc.collect(0)
            if count1 > self.threshold[1]:
                gc.collect(1)
                if count2 > self.threshold[2]:
                    gc.collect(2)


_guard: MainThreadGC | None = None


def install(app: QObject) -> MainThreadGC:
    """Once per application (call from the GUI thread)."""
    global _guard
    if _guard is None:
        _guard = MainThreadGC(app)
    return _guard
