"""How a reader says it cannot read a file: a problem as data (a code of
resources/templates/<lang>/problems.json and its values), worded where a planner reads it."""

from __future__ import annotations

from typing import Any

from analysis.model import Problem
from analysis.wording import Wording

DETAIL_LIMIT = 300  # an exception's words kept as a problem's detail


class ReaderError(Exception):
    """A file that cannot be read: `problem` says why (`ReaderError("empty", name="plan.docx")`)."""

    def __init__(self, code: str | Problem, /, **params: Any) -> None:
        self.problem = code if isinstance(code, Problem) else Problem(code, params)
        super().__init__(self.problem.code, self.problem.params)

    def __str__(self) -> str:  # for logs and tracebacks: the English line
        return Wording("en").problem(self.problem)


def one_line(message: str, limit: int = DETAIL_LIMIT) -> str:
    """A message on one line, at most `limit` characters (a reader's words may carry newlines)."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def detail(exc: BaseException) -> str:
    """What an unexpected exception says, as a problem's detail: 'KeyError: x', on one line."""
    return one_line(f"{type(exc).__name__}: {exc}")
