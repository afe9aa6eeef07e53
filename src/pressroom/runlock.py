"""One pipeline at a time: `run` and `land` on the same root take the same lock.

The lock is an exclusive `flock` on `warehouse/run.lock`. The kernel releases it when its
holder exits, however it exits (a crash, an OOM kill), so a lock left by a dead process is
never in the way: the next run takes it over. The holder writes its pid, command and start time
into the file, so whoever finds the lock taken reads who holds it and since when.

The lock is re-entrant within a process: `pressroom run` takes it, then the pipeline flow
and its land subflow take it again without waiting on themselves.
"""

from __future__ import annotations

import fcntl
import json
import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from pressroom.errors import PressroomError
from pressroom.settings import Paths

#: Seconds to wait for the lock by default (env PRESSROOM_LOCK_WAIT): 0 fails at once.
DEFAULT_WAIT_S = 0.0
_POLL_S = 0.5
_held: dict[Path, tuple[int, int]] = {}  # lock path -> (fd, depth), in this process
_guard = threading.Lock()


class RunInProgress(PressroomError):
    """Another process holds the run lock of this root."""


def lock_path(paths: Paths) -> Path:
    return paths.warehouse.parent / "run.lock"


@contextmanager
def run_lock(paths: Paths, command: str, *, wait: float | None = None) -> Iterator[None]:
    """Hold the root's run lock for the block; wait up to `wait` seconds for it, then raise
    `RunInProgress` naming the holder."""
    path = lock_path(paths)
    with _guard:
        if path in _held:
            fd, depth = _held[path]
            _held[path] = (fd, depth + 1)
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            _release(path)
        return
    fd = _acquire(path, command, _wait_seconds(wait))
    with _guard:
        _held[path] = (fd, 1)
    try:
        yield
    finally:
        _release(path)


def holder(paths: Paths) -> dict | None:
    """Who holds (or last held) the lock: pid, command, started_at; None if never taken."""
    try:
        return json.loads(lock_path(paths).read_text("utf-8") or "null")
    except (OSError, ValueError):
        return None


def _wait_seconds(wait: float | None) -> float:
    if wait is not None:
        return wait
    return float(os.environ.get("PRESSROOM_LOCK_WAIT", DEFAULT_WAIT_S))


def _acquire(path: Path, command: str, wait: float) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
    deadline = time.monotonic() + wait
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            break
        except BlockingIOError:
            if time.monotonic() >= deadline:
                info = _read(fd)
                os.close(fd)
                raise RunInProgress(_busy_message(path, info, wait)) from None
            time.sleep(_POLL_S)
        except BaseException:
            os.close(fd)
            raise
    info = {"pid": os.getpid(), "command": command,
            "started_at": datetime.now(UTC).isoformat(timespec="seconds")}
    os.ftruncate(fd, 0)
    os.pwrite(fd, json.dumps(info).encode(), 0)
    return fd


def _release(path: Path) -> None:
    with _guard:
        fd, depth = _held[path]
        if depth > 1:
            _held[path] = (fd, depth - 1)
            return
        del _held[path]
    os.close(fd)  # closing the descriptor releases the flock


def _read(fd: int) -> dict:
    try:
        return json.loads(os.pread(fd, 4096, 0) or b"{}")
    except ValueError:
        return {}


def _busy_message(path: Path, info: dict, wait: float) -> str:
    since = info.get("started_at", "an unknown time")
    who = f"pid {info.get('pid', '?')}" + (f" ({info['command']})" if info.get("command") else "")
    waited = f" (waited {wait:g} s)" if wait else ""
    return (f"another run is in progress since {since}, {who}{waited}; lock {path}: "
            "wait for it to end, or pass --wait SECONDS")
