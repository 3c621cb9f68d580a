"""Run a reader in a child process with a time limit and a memory limit.

Every parser Concord uses is fed untrusted bytes: pdfminer is pure Python and a crafted PDF can
make it loop or recurse; python-docx, lxml and openpyxl build whatever a package describes. In
a child process none of that reaches the app: the parent waits with a deadline and kills the
child when it passes; on POSIX the child's address space is capped (`RLIMIT_AS`), so a runaway
allocation ends in a MemoryError inside the child, not in the machine swapping. On Windows
there is no RLIMIT: the time limit applies, and a child that exhausts memory dies alone (a Job
Object would be needed for a hard cap; not done).

The child dies with the app: it holds the read end of a pipe ("lifeline") whose only write
end the parent keeps and never writes to; a thread in the child waits on it and ends the child
the moment it closes, which happens when the parent exits or is killed. On Linux the child
also asks the kernel for SIGKILL when its parent dies (PR_SET_PDEATHSIG).

Start method: "forkserver" where Python has it (Linux, macOS). The server is a fresh
interpreter, started once, that preloads the readers; each read forks from it in milliseconds
and never forks the app itself (its threads and Qt state). Elsewhere (Windows) "spawn": a new
interpreter per file, about a second of start-up. A frozen build needs
`multiprocessing.freeze_support()` at the top of its entry point (main.py has it).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

from analysis.readers.errors import ReaderError, one_line

Notify = Callable[[float], None]

# Modules the fork server imports once, so that each child starts with them loaded.
PRELOAD = [
    "analysis.readers",
    "analysis.readers.text_reader",
    "analysis.readers.docx_reader",
    "analysis.readers.xlsx_reader",
    "analysis.readers.pdf_reader",
    "analysis.report.annotate",  # annotated copies re-open the planners' files: same protection
]

_context: Any = None
_lock = threading.Lock()
# Peak memory (MB, resident) of the last child that answered: benchmarks print it.
_last_peak_mb: float | None = None


def _get_context() -> Any:
    global _context
    with _lock:
        if _context is None:
            if "forkserver" in multiprocessing.get_all_start_methods() and sys.platform != "win32":
                _context = multiprocessing.get_context("forkserver")
                # "__main__" too: the server imports the program's main module once, instead of
                # every child importing it again (Python does that to each one it forks)
                _context.set_forkserver_preload([*PRELOAD, "__main__"])
            else:
                _context = multiprocessing.get_context("spawn")
        return _context


def last_child_peak_mb() -> float | None:
    """Peak resident memory of the child of the last `run_isolated` call that answered."""
    return _last_peak_mb


def _peak_mb() -> float | None:
    try:
        import resource
    except ImportError:  # Windows
        return None
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS, KB on Linux


def _die_with_parent(lifeline: Connection) -> None:
    """End this child as soon as the process that started it is gone."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes
            import signal

            ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGKILL))  # 1 = PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass

    def watch() -> None:
        try:
            lifeline.recv()  # the parent never sends: this returns (EOFError) only when it is gone
        except BaseException:  # noqa: BLE001 - any end of the pipe means the same
            pass
        os._exit(70)

    threading.Thread(target=watch, name="lifeline", daemon=True).start()


def _child(conn: Connection, lifeline: Connection, function: Callable, args: tuple, memory_mb: float) -> None:
    """Child process: cap memory, run `function(extend, *args)`, send back one answer.

    `extend(seconds)` lets the reader ask for more time once it knows the size of its work
    (a PDF's page count); the parent applies it.
    """
    _die_with_parent(lifeline)
    try:
        if memory_mb and sys.platform != "win32":
            import resource

            limit = int(memory_mb * 1024 * 1024)
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        value = function(lambda seconds: conn.send(("extend", float(seconds))), *args)
        answer: tuple = ("ok", value)
    except ReaderError as exc:
        answer = ("reader-error", exc.problem)
    except MemoryError:
        answer = ("memory", "")
    except RecursionError:
        answer = ("error", "RecursionError: the file nests deeper than a reader can follow")
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent as a message
        answer = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send((*answer, _peak_mb()))
    except MemoryError:
        conn.send(("memory", "", None))
    finally:
        conn.close()


def run_isolated(
    function: Callable,
    args: tuple,
    *,
    name: str,
    timeout: float,
    memory_mb: float,
) -> Any:
    """`function(extend, *args)` in a child process (a module-level function: the child finds it
    by its module and name); its return value, or ReaderError.

    `name` is the file name the problems it raises name. The child must finish within
    `timeout` seconds plus whatever it asks for through `extend`.
    """
    global _last_peak_mb
    ctx = _get_context()
    receive, send = ctx.Pipe(duplex=False)
    life_read, life_write = ctx.Pipe(duplex=False)
    process = ctx.Process(
        target=_child, args=(send, life_read, function, args, memory_mb), daemon=True, name="concord-reader"
    )
    try:
        process.start()
    finally:
        send.close()  # the child holds the only write end: EOF when it dies
        life_read.close()  # and the only read end of the lifeline
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReaderError("reader_timeout", name=name, seconds=round(timeout))
            ready = wait([receive], timeout=remaining)
            if not ready:
                continue
            try:
                kind, value, *rest = receive.recv()
            except (EOFError, OSError):
                process.join(5)
                code = process.exitcode
                raise ReaderError("reader_crashed", name=name, code=code) from None
            if kind == "extend":
                deadline += value
                timeout += value
                continue
            _last_peak_mb = rest[0] if rest else None
            if kind == "ok":
                return value
            if kind == "reader-error":
                raise ReaderError(value)
            if kind == "memory":
                raise ReaderError("reader_memory", name=name, limit=round(memory_mb))
            raise ReaderError("could_not_read", name=name, detail=one_line(value))
    finally:
        receive.close()
        life_write.close()  # the child's lifeline ends: a child still running exits by itself
        if process.is_alive():
            process.kill()
        process.join(5)
