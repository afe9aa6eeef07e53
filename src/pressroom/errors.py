"""Errors an operator reads: one line that names the cause (disk full, locked database...).

`PressroomError` is raised with a message that is already that line. `one_line` turns any
other exception (an OSError, a DuckDB error deep in a stage) into such a line, so the command
line and the run summary never end on a traceback or on a secondary error that hides the cause.
"""

from __future__ import annotations

import errno
import re

#: DuckDB reports operating-system causes inside its messages: the words it uses.
_DISK_FULL = ("no space left on device", "disk is full", "could not write all bytes")
_READ_ONLY = ("read-only file system",)
_CORRUPT = ("not a valid duckdb database file", "corrupt database file", "checksum",
            "invalid block", "corrupted")
_LOCKED = ("could not set lock on file", "conflicting lock is held")


class PressroomError(RuntimeError):
    """A failure whose message is the one line an operator needs (no traceback)."""


class RunInterrupted(BaseException):
    """SIGTERM or SIGINT asked the run to stop: it stops, cleans up, publishes nothing."""

    def __init__(self, signum: int):
        import signal

        self.signal_name = signal.Signals(signum).name
        self.exit_code = 128 + signum  # as a shell reports a process killed by the signal
        super().__init__(f"stopped by {self.signal_name}: nothing was published")


def one_line(exc: BaseException) -> str:
    """The cause of `exc` in one line a person understands."""
    if isinstance(exc, PressroomError | RunInterrupted):
        return _first_line(str(exc))
    if isinstance(exc, OSError) and exc.errno is not None:
        where = f" ({exc.filename})" if exc.filename else ""
        if exc.errno == errno.ENOSPC:
            return f"disk full: no space left on device{where}"
        if exc.errno == errno.EROFS:
            return f"read-only file system: cannot write{where}"
        if exc.errno in (errno.EACCES, errno.EPERM):
            return f"permission denied{where}"
        if exc.errno == errno.ENOENT:
            return f"no such file or folder{where}"
    text = _first_line(str(exc))
    low = text.lower()
    if any(w in low for w in _DISK_FULL):
        return f"disk full: {text}"
    if any(w in low for w in _READ_ONLY):
        return f"read-only file system: {text}"
    if any(w in low for w in _LOCKED):
        pid = re.search(r"PID (\d+)", text)
        holder = f" by process {pid.group(1)}" if pid else " by another process"
        return f"database locked{holder}: {text}"
    if any(w in low for w in _CORRUPT):
        return f"corrupt database: {text}"
    cause = exc.__cause__ or exc.__context__
    if cause is not None and cause is not exc and not text:
        return one_line(cause)
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _first_line(text: str) -> str:
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    return lines[0] if lines else ""
