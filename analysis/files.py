"""Every file Concord writes goes through here, so no write can lose a planner's work.

One rule for the result JSON, the Word report, the Excel workbook, the annotated copies, the
project file (and its `.bak`) and the parse-cache entries:

- **Atomic**: the bytes go to a temporary file in the target's own folder (same disk, so the
  final rename cannot turn into a copy), are flushed and fsynced, and only then replace the
  target in one `os.replace`. A full disk, a crash or a kill half-way leaves the previous file
  as it was, or the new one complete; never a truncated one.
- **No litter**: the temporary file is removed on every way out: an exception, Ctrl+C
  (KeyboardInterrupt), and SIGTERM once `install_signal_cleanup` has run (the command line and the
  desktop app install it). Only SIGKILL or a power cut can leave one (`.<name>.<random>.tmp`,
  hidden, beside the target).
- **Never onto an input**: `check_outputs` compares every output with every input document and
  the project file as the file system sees them (symbolic links resolved, letter case ignored
  where the file system ignores it, the same file under two names) before anything is written.
- **No folders made behind the planner's back**: a target whose folder does not exist is
  refused, not created.

Errors are `WriteError`, an OSError whose text is one line naming the file and the reason; its
`reason` key lets the desktop app word the same message in the planner's language.
"""

from __future__ import annotations

import errno
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

# File systems that ignore letter case by default: Windows (NTFS) and macOS (APFS).
CASE_INSENSITIVE = sys.platform in ("win32", "darwin")

# English wording of each reason (the command line; the desktop app translates by key).
REASONS = {
    "folder_missing": "the folder {folder} does not exist (create it, or choose another folder)",
    "not_a_folder": "{folder} is not a folder",
    "is_folder": "a folder of that name is in the way",
    "is_input": "that is the input document {other}; choose another name",
    "is_project": "that is the project file {other}; choose another name",
    "same_output": "that is also where the {other} goes; give each output its own name",
    "permission": "permission denied (is it open in another program, or a folder you may not write to?)",
    "disk_full": "the disk is full",
    "failed": "{detail}",
}


class WriteError(OSError):
    """An output that was not written (the previous file, if any, is unchanged)."""

    def __init__(
        self, path: str | os.PathLike[str], reason: str, *, other: str = "", detail: str = "", label: str = ""
    ) -> None:
        self.path = str(path)
        self.reason = reason
        self.other = other
        self.detail = detail
        self.label = label  # what the output is ("Word report"), when the caller said
        folder = str(Path(self.path).parent)
        self.reason_text = REASONS.get(reason, "{detail}").format(folder=folder, other=other, detail=detail)
        what = f"the {label} " if label else ""
        self.message = f"cannot write {what}{self.path}: {self.reason_text}"
        super().__init__(self.message)
        self.filename = self.path  # gui.errors names the file from it

    def __str__(self) -> str:
        return self.message

    @classmethod
    def from_os_error(cls, path: str | os.PathLike[str], exc: OSError, label: str = "") -> WriteError:
        if isinstance(exc, WriteError):
            return exc
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1), errno.EFBIG):
            reason = "disk_full"
        elif isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = "permission"
        elif isinstance(exc, IsADirectoryError):
            reason = "is_folder"
        elif isinstance(exc, FileNotFoundError):
            reason = "folder_missing"
        else:
            reason = "failed"
        detail = exc.strerror or " ".join(str(exc).split()) or type(exc).__name__
        return cls(path, reason, detail=detail, label=label)


# -- comparing paths -------------------------------------------------------------------------------
def path_key(path: str | os.PathLike[str], *, case_insensitive: bool | None = None) -> str:
    """`path` as the file system compares it: absolute, symbolic links resolved, and folded to
    one letter case where the file system ignores case (pass `case_insensitive` to choose; the
    default is the platform's)."""
    key = os.path.normcase(os.path.realpath(os.path.abspath(os.fspath(path))))
    if CASE_INSENSITIVE if case_insensitive is None else case_insensitive:
        key = key.casefold()
    return key


def same_file(a: str | os.PathLike[str], b: str | os.PathLike[str], *, case_insensitive: bool | None = None) -> bool:
    """True when `a` and `b` name one file: the same key, or (both existing) the same file on
    disk, which also catches hard links and case-insensitive volumes on any platform."""
    if path_key(a, case_insensitive=case_insensitive) == path_key(b, case_insensitive=case_insensitive):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False


@dataclass(frozen=True)
class Output:
    """A file (or, with `folder=True`, a folder of files) a command is about to write."""

    path: str
    label: str  # "Word report", "JSON result", ...
    folder: bool = False


def check_outputs(
    outputs: Sequence[Output],
    inputs: Sequence[str | os.PathLike[str]] = (),
    project: str | os.PathLike[str] | None = None,
    *,
    case_insensitive: bool | None = None,
) -> None:
    """Raise WriteError for the first output that must not be written: onto an input document,
    the project file or another output; into a folder that does not exist; onto a folder (a
    file output) or a file (a folder output). Nothing is written or created here."""

    def same(a, b) -> bool:
        return same_file(a, b, case_insensitive=case_insensitive)

    seen: list[Output] = []
    for out in outputs:
        target = Path(out.path)
        for document in inputs:
            if same(target, document):
                raise WriteError(target, "is_input", other=str(document), label=out.label)
        if project is not None and same(target, project):
            raise WriteError(target, "is_project", other=str(project), label=out.label)
        for earlier in seen:
            if same(target, earlier.path):
                raise WriteError(target, "same_output", other=earlier.label, label=out.label)
        if out.folder:
            if target.exists() and not target.is_dir():
                raise WriteError(target, "not_a_folder", label=out.label)
            parent = target if target.is_dir() else target.parent
        else:
            if target.is_dir():
                raise WriteError(target, "is_folder", label=out.label)
            parent = target.parent
        _check_folder(target, parent, out.label)
        seen.append(out)


def _check_folder(target: Path, folder: Path, label: str = "") -> None:
    folder = folder if str(folder) else Path(".")
    if not folder.exists():
        raise WriteError(target, "folder_missing", label=label)
    if not folder.is_dir():
        raise WriteError(target, "not_a_folder", label=label)


# -- writing ---------------------------------------------------------------------------------------
_pending: set[str] = set()  # temporary files being written now (the signal handler removes them)
_pending_lock = threading.Lock()


def _remove(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except OSError:
        pass
    with _pending_lock:
        _pending.discard(tmp)


def _create_temp(folder: Path, name: str) -> tuple[int, str]:
    """A new, empty, hidden file beside the target, created with the usual permissions (not
    mkstemp's owner-only ones: a report is shared like any document)."""
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0)
    for _ in range(100):
        tmp = str(folder / f".{name}.{os.urandom(4).hex()}.tmp")
        with _pending_lock:
            _pending.add(tmp)  # before it exists: a signal between the two still finds it
        try:
            return os.open(tmp, flags, 0o666), tmp
        except FileExistsError:
            with _pending_lock:
                _pending.discard(tmp)
            continue
        except BaseException:
            with _pending_lock:
                _pending.discard(tmp)
            raise
    raise FileExistsError(errno.EEXIST, "no free temporary name", str(folder))


@contextmanager
def atomic_file(path: str | os.PathLike[str], *, label: str = "") -> Iterator[BinaryIO]:
    """A binary file to write the new content of `path` into; it replaces `path` only when the
    block ends without an exception. Raises WriteError (one line) when it cannot be written."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    _check_folder(target, folder, label)
    if target.is_dir():
        raise WriteError(target, "is_folder", label=label)
    try:
        fd, tmp = _create_temp(folder, target.name)
    except OSError as exc:
        raise WriteError.from_os_error(target, exc, label) from exc
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except OSError as exc:
        _remove(tmp)
        raise WriteError.from_os_error(target, exc, label) from exc
    except BaseException:
        _remove(tmp)
        raise
    with _pending_lock:
        _pending.discard(tmp)
    _sync_folder(folder)


def write_bytes(path: str | os.PathLike[str], data: bytes, *, label: str = "") -> None:
    with atomic_file(path, label=label) as fh:
        fh.write(data)


def write_text(path: str | os.PathLike[str], text: str, *, label: str = "") -> None:
    write_bytes(path, text.encode("utf-8"), label=label)


def write_with(path: str | os.PathLike[str], save: Callable[[BinaryIO], object], *, label: str = "") -> None:
    """`save(file)` writes the content (python-docx's and openpyxl's `save` take a file object)."""
    with atomic_file(path, label=label) as fh:
        save(fh)


def _sync_folder(folder: Path) -> None:
    """Make the rename durable (POSIX); Windows has no folder handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- signals ---------------------------------------------------------------------------------------
class Terminated(SystemExit):
    """SIGTERM (or SIGHUP) arrived: raised in the main thread so every `finally` runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


def remove_pending() -> None:
    """Remove every temporary file still being written (a write in another thread included)."""
    with _pending_lock:
        pending = list(_pending)
    for tmp in pending:
        _remove(tmp)


def install_signal_cleanup(
    *, raise_in_main: bool = True, signals: Sequence[str] = ("SIGTERM", "SIGHUP")
) -> Callable[[], None]:
    """Make SIGTERM (and SIGHUP on POSIX) leave no temporary file behind.

    `raise_in_main`: raise `Terminated` in the main thread, so the write in progress cleans up
    after itself and the command ends with exit code 128 + signal (the command line). Otherwise
    (the desktop app, whose writes run in worker threads) remove the temporary files and end
    the process as the signal would have. Child processes (the isolated PDF reader) inherit the
    handler; in them it does what the signal would have done, nothing else. Ctrl+C needs no
    handler: KeyboardInterrupt already runs every `finally`. Returns a function that puts the
    previous handlers back."""
    owner = os.getpid()

    def handler(signum, frame) -> None:
        if os.getpid() != owner:
            signal.signal(signum, signal.SIG_DFL)
            os.kill(os.getpid(), signum)
            return
        if raise_in_main:
            raise Terminated(signum)
        remove_pending()
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)

    previous = {}
    for name in signals:
        signum = getattr(signal, name, None)
        if signum is not None:
            try:
                previous[signum] = signal.signal(signum, handler)
            except (ValueError, OSError):  # not the main thread, or not supported here
                pass

    def restore() -> None:
        for signum, old in previous.items():
            try:
                signal.signal(signum, old if old is not None else signal.SIG_DFL)
            except (ValueError, OSError):
                pass

    return restore
