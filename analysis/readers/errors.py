"""How a reader says it cannot read a file: one line a planner can act on."""

from __future__ import annotations


class ReaderError(Exception):
    """A file that cannot be read, with a message a planner can act on."""


def one_line(message: str, limit: int = 300) -> str:
    """A message on one line, at most `limit` characters (a reader's words may carry newlines)."""
    line = " ".join(message.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"
