"""Stopping a run promptly: SIGTERM/SIGINT, and no server left behind after a crash.

`stop_on_signals` turns the first SIGTERM or SIGINT into `RunInterrupted`, raised in the main
thread: the stages unwind (transactions roll back, nothing is published) and Prefect's
temporary server is stopped at exit. If the run has not ended `grace_s` seconds later (a long
DuckDB query or dbt does not return to Python), the temporary server is stopped and the process
exits at once. A second signal exits at once too.

`signals_held` keeps a stop signal out of code that would report it as a crash (dbt prints a
full stack trace for any exception raised inside it): the signal is delivered when that code
returns, and the forced exit still bounds the wait.

`watch_temporary_server` starts Prefect's temporary server up front (without waiting for it:
the caller imports its flows meanwhile) and a small watcher process
(`python -m pressroom.stopping PARENT SERVER`) that stops the server if this process dies without
stopping it (an OOM kill, SIGKILL): no server outlives its run.
"""

from __future__ import annotations

import atexit
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import partial
from typing import Any, NoReturn

from pressroom.errors import RunInterrupted
from pressroom.prefect_server import TemporaryServer

#: The temporary servers this process started (watch_temporary_server).
_SERVERS: list[TemporaryServer] = []

#: Seconds between a stop signal and the forced exit (which takes up to 2 s more).
GRACE_S = 7.0


@contextmanager
def stop_on_signals(grace_s: float = GRACE_S) -> Iterator[None]:
    """Within the block, SIGTERM/SIGINT raise `RunInterrupted` (main thread only), and the
    process exits `grace_s` seconds after the first one whatever Python does meanwhile."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    handled: list[int] = []  # the signals this handler saw
    arm = _forced_exit_timer(grace_s)

    def handler(signum: int, _frame) -> None:
        if handled:  # a second signal: no more waiting
            _exit_now(signum)
        handled.append(signum)
        arm(signum)
        raise RunInterrupted(signum)

    previous = {s: signal.signal(s, handler) for s in (signal.SIGTERM, signal.SIGINT)}
    stop_watching = _watch_signals(arm)
    unraisable_hook = sys.unraisablehook
    sys.unraisablehook = partial(_quiet_swallowed_stop, unraisable_hook)
    try:
        yield
    finally:
        sys.unraisablehook = unraisable_hook
        stop_watching()
        for signum, old in previous.items():
            signal.signal(signum, old)


@contextmanager
def signals_held() -> Iterator[None]:
    """Within the block, a first SIGTERM/SIGINT is held, then delivered to the handler in place
    before the block (ours, Prefect's) as the block ends; a second one exits at once.

    For calls into code that catches every exception and prints its stack trace as an error
    (dbt does): a stop raised inside it would end the run with a page of traceback. Under
    `stop_on_signals` the forced exit still comes `grace_s` after the first signal.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(signum: int, _frame) -> None:
        if held:
            _exit_now(signum)
        held.append(signum)

    previous = {s: signal.signal(s, hold) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
        if held:
            signal.raise_signal(held[0])


def _quiet_swallowed_stop(fallback: Callable[[Any], None], unraisable: Any) -> None:
    """Say nothing of a stop signal's exception that Python had to ignore (raised inside a
    weakref callback or a `__del__`): the forced exit (`_watch_signals`) ends the run; print
    every other unraisable exception as Python does."""
    terminated = getattr(sys.modules.get("prefect.exceptions"), "TerminationSignal", ())
    if not isinstance(unraisable.exc_value, (RunInterrupted, *(
            [terminated] if isinstance(terminated, type) else []))):
        fallback(unraisable)


def _forced_exit_timer(grace_s: float) -> Callable[[int], None]:
    """A function that starts, once, a timer calling `_exit_now` after `grace_s` seconds."""
    armed = threading.Lock()

    def arm(signum: int) -> None:
        if armed.acquire(blocking=False):
            timer = threading.Timer(grace_s, _exit_now, args=(signum,))
            timer.daemon = True
            timer.start()

    return arm


def _watch_signals(arm: Callable[[int], None]) -> Callable[[], None]:
    """Arm the forced exit on SIGTERM/SIGINT even when another handler takes the signal.

    Prefect's flow engine swaps in its own SIGTERM handler during a flow run; it raises
    `TerminationSignal` wherever Python happens to be, and inside a weakref callback or a
    `__del__` that exception is ignored: the run would go on. CPython writes every signal's
    number to the wakeup fd (`signal.set_wakeup_fd`) before any Python handler runs, so a
    thread reading it sees the signal whoever handles it. Returns the function that stops it.
    """
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    try:
        previous = signal.set_wakeup_fd(write_end, warn_on_full_buffer=False)
    except ValueError:  # not the main thread after all
        os.close(read_end)
        os.close(write_end)
        return lambda: None

    def watch() -> None:
        while chunk := os.read(read_end, 64):  # b"" once the write end is closed
            for signum in chunk:
                if signum in (signal.SIGTERM, signal.SIGINT):
                    arm(signum)

    watcher = threading.Thread(target=watch, name="pressroom-signal-watch", daemon=True)
    watcher.start()

    def stop() -> None:
        signal.set_wakeup_fd(previous)
        os.close(write_end)  # ends the watcher's read
        watcher.join(1)
        os.close(read_end)

    return stop


def _exit_now(signum: int) -> None:
    """Stop the temporary server and leave without waiting for the stack to unwind."""
    stop_temporary_server()
    sys.stderr.write(f"pressroom: stopped by {signal.Signals(signum).name}; "
                     "nothing was published\n")
    sys.stderr.flush()
    os._exit(128 + signum)


def exit_interrupted(code: int) -> None:
    """Leave now after a stop signal, once the summary is printed.

    Interpreter shutdown would run Prefect's exit hooks, which wait on a server that is going
    away (several seconds): the server is stopped here and the process exits at once.
    """
    sys.stdout.flush()
    sys.stderr.flush()
    stop_temporary_server()
    os._exit(code)


def exit_without_teardown(code: int | str | None) -> NoReturn:
    """Leave as `sys.exit(code)` does, without tearing the interpreter down.

    Everything a normal exit does that anyone sees still happens: the non-daemon threads are
    joined, the exit hooks run (Prefect's log and event workers drain to its API, the
    temporary server stops, logging flushes), then stdout and stderr are flushed. What is
    skipped is freeing the modules and objects one by one: a run has imported Prefect, Great
    Expectations, dbt, pandas and loaded the parser's models, and the interpreter's last
    garbage collections over all that took 1.5-4 s of CPU after the summary was printed.
    Every DuckDB file is closed before (each stage closes its connections)."""
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # as sys.exit: a message is printed and the status is 1
        print(code, file=sys.stderr)
        status = 1
    threading._shutdown()  # type: ignore[attr-defined]  # what interpreter exit runs first
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


def stop_temporary_server(wait_s: float = 2) -> None:
    """Stop Prefect's temporary server(s) this process started, if any."""
    for server in _SERVERS:
        server.stop(wait_s)
    if "prefect.server.api.server" not in sys.modules:  # one Prefect started by itself
        return
    from prefect.server.api.server import SubprocessASGIServer

    for prefects in list(SubprocessASGIServer._instances.values()):
        process = prefects.server_process
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=wait_s)
            except subprocess.TimeoutExpired:
                process.kill()


def watch_temporary_server() -> TemporaryServer | None:
    """Start Prefect's temporary server now (pressroom.prefect_server), point PREFECT_API_URL
    at it, and start a watcher that stops it if we die. Returns without waiting for it: import
    the flows, then call its `wait_until_ready()`. Call before Prefect is imported.

    Does nothing (returns None) when a Prefect server is configured (PREFECT_API_URL in the
    environment or the active Prefect profile) or Prefect's temporary servers are disabled.
    """
    if configured_api_url() or os.environ.get(
            "PREFECT_SERVER_EPHEMERAL_ENABLED", "").lower() in ("0", "false"):
        return None
    if "prefect.context" in sys.modules:  # too late to point this process elsewhere
        return None
    server = TemporaryServer.launch()
    _SERVERS.append(server)
    atexit.register(server.stop)  # registered before Prefect's hooks, so it runs after them
    os.environ["PREFECT_API_URL"] = server.api_url
    subprocess.Popen(
        [sys.executable, "-P", "-m", "pressroom.stopping", str(os.getpid()), str(server.pid)],
        stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        start_new_session=True)
    return server


def configured_api_url() -> str | None:
    """PREFECT_API_URL from the environment, else from the active profile of PREFECT_HOME
    (read as Prefect reads it, without importing Prefect: its settings take seconds)."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    import tomllib
    from pathlib import Path

    home = Path(os.environ.get("PREFECT_HOME", Path.home() / ".prefect")).expanduser()
    try:
        profiles = tomllib.loads((home / "profiles.toml").read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    active = os.environ.get("PREFECT_PROFILE") or profiles.get("active", "ephemeral")
    return profiles.get("profiles", {}).get(active, {}).get("PREFECT_API_URL") or None


def _watch(parent: int, server: int, poll_s: float = 1.0) -> None:
    """Wait until `parent` or `server` is gone; if the parent went first, stop the server."""
    while _alive(server):
        if os.getppid() != parent:  # our parent died: we were re-parented
            os.kill(server, signal.SIGTERM)
            deadline = time.monotonic() + 5
            while _alive(server) and time.monotonic() < deadline:
                time.sleep(0.2)
            if _alive(server):
                os.kill(server, signal.SIGKILL)
            return
        time.sleep(poll_s)


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            return f.read().split(b") ", 1)[1][:1] != b"Z"  # a zombie is gone
    except (OSError, IndexError):
        return False


if __name__ == "__main__":
    _watch(int(sys.argv[1]), int(sys.argv[2]))
