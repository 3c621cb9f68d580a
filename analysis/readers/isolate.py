"""Run a reader in a child process with a time limit and a memory limit.

pdfminer is pure Python fed with untrusted bytes: a crafted PDF can make it loop, recurse or
allocate without end. In a child process none of that reaches the app: the parent waits with
a deadline and kills the child when it passes; on POSIX the child's address space is capped
(`RLIMIT_AS`), so a runaway allocation ends in a MemoryError inside the child, not in the
machine swapping. On Windows there is no RLIMIT: the time limit applies, and a child that
exhausts memory dies alone (a Job Object would be needed for a hard cap; not done).

Start method: "forkserver" where Python has it (Linux, macOS). The server is a fresh
interpreter, started once, that preloads the reader's module; each read forks from it in
milliseconds and never forks the app itself (its threads and Qt state). Elsewhere (Windows)
"spawn": a new interpreter per file, about a second of start-up. A frozen build needs
`multiprocessing.freeze_support()` at the top of its entry point (main.py has it).
"""

from __future__ import annotations

import importlib
import multiprocessing
import sys
import time
from collections.abc import Callable
from multiprocessing.connection import Connection, wait
from typing import Any

from analysis.readers import ReaderError

Notify = Callable[[float], None]

_context: Any = None


def _get_context(preload: str) -> Any:
    global _context
    if _context is None:
        if "forkserver" in multiprocessing.get_all_start_methods() and sys.platform != "win32":
            _context = multiprocessing.get_context("forkserver")
            _context.set_forkserver_preload([preload])
        else:
            _context = multiprocessing.get_context("spawn")
    return _context


def _child(conn: Connection, module: str, function: str, args: tuple, memory_mb: float) -> None:
    """Child process: cap memory, run `module.function(extend, *args)`, send back one answer.

    `extend(seconds)` lets the reader ask for more time once it knows the size of its work
    (a PDF's page count); the parent applies it.
    """
    try:
        if memory_mb and sys.platform != "win32":
            import resource

            limit = int(memory_mb * 1024 * 1024)
            _, hard = resource.getrlimit(resource.RLIMIT_AS)
            soft = limit if hard == resource.RLIM_INFINITY else min(limit, hard)
            resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
        target = getattr(importlib.import_module(module), function)
        value = target(lambda seconds: conn.send(("extend", float(seconds))), *args)
        answer: tuple = ("ok", value)
    except ReaderError as exc:
        answer = ("reader-error", str(exc))
    except MemoryError:
        answer = ("memory", "")
    except BaseException as exc:  # noqa: BLE001 - everything goes back to the parent as a message
        answer = ("error", f"{type(exc).__name__}: {exc}")
    try:
        conn.send(answer)
    except MemoryError:
        conn.send(("memory", ""))
    finally:
        conn.close()


def run_isolated(
    module: str,
    function: str,
    args: tuple,
    *,
    name: str,
    timeout: float,
    memory_mb: float,
) -> Any:
    """`module.function(extend, *args)` in a child process; its return value, or ReaderError.

    `name` is the file name the one-line errors start with. The child must finish within
    `timeout` seconds plus whatever it asks for through `extend`.
    """
    ctx = _get_context(module)
    receive, send = ctx.Pipe(duplex=False)
    process = ctx.Process(target=_child, args=(send, module, function, args, memory_mb), daemon=True)
    process.start()
    send.close()  # the child holds the only write end: EOF when it dies
    deadline = time.monotonic() + timeout
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ReaderError(
                    f"{name}: reading took longer than the {timeout:,.0f} s allowed; "
                    "stopped (the file may be damaged or built to stall readers)."
                )
            ready = wait([receive], timeout=remaining)
            if not ready:
                continue
            try:
                kind, value = receive.recv()
            except (EOFError, OSError):
                process.join(5)
                code = process.exitcode
                raise ReaderError(
                    f"{name}: the reader stopped unexpectedly (exit code {code}); the file may be damaged "
                    "or built to crash readers."
                ) from None
            if kind == "extend":
                deadline += value
                timeout += value
                continue
            if kind == "ok":
                return value
            if kind == "reader-error":
                raise ReaderError(value)
            if kind == "memory":
                raise ReaderError(
                    f"{name}: reading needed more than the {memory_mb:,.0f} MB of memory allowed; stopped "
                    "(raise pdf_memory_mb in limits.json if the file is genuine)."
                )
            raise ReaderError(f"{name}: could not be read ({value}).")
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(5)
