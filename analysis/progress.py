"""How a long run reports progress and is cancelled (after Orange3): a plain callback
`progress(fraction, message)`, each stage rescaled into its slice of the bar, and `Cancelled`
raised from inside when the planner cancels. Light on purpose: the app imports it on its GUI
thread."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[float, str], None]


class Cancelled(Exception):
    """The planner cancelled the run."""


def stage(progress: Progress | None, start: float, end: float) -> Progress:
    """Rescale a stage's own 0..1 into its slice [start, end] of the whole bar."""

    def report(fraction: float, message: str) -> None:
        if progress:
            progress(start + (end - start) * max(0.0, min(1.0, fraction)), message)

    return report
