"""What the command line prints: stage lines, progress bars, short errors (rich).

The flows and the library report through `pressroom.progress` (a logger); `show_progress` renders
those records on the terminal while a command runs. By default the command line is quiet: stage
lines, progress bars and the command's summary; `--verbose` brings back Prefect's per-task logs.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from pressroom.progress import LOGGER

#: Messages for people go to stderr; stdout keeps what a script may read (paths, JSON, summary).
err = Console(stderr=True, highlight=False)


def fail(message: str, hint: str | None = None, code: int = 1) -> NoReturn:
    """Print an error in one or two lines and exit with `code` (no traceback)."""
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)
    if hint:
        err.print(f"  {hint}", soft_wrap=True)
    raise typer.Exit(code)


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something already listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0


QUIET_PREFECT = "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL"
#: Set by the command line's --verbose (set_verbosity).
verbose = False


def set_verbosity(is_verbose: bool) -> None:
    """Quiet by default: Prefect's console handler shows nothing unless --verbose (its logs still
    reach the Prefect server and UI). Set before Prefect configures logging; another level in
    PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL is left as it is."""
    global verbose
    verbose = is_verbose
    if not is_verbose:
        os.environ.setdefault(QUIET_PREFECT, "CRITICAL")
    elif os.environ.get(QUIET_PREFECT) == "CRITICAL":  # set by a quiet command before (tests)
        del os.environ[QUIET_PREFECT]


class CountColumn(ProgressColumn):
    """'242/2000' when the total is known (a stage's spinner has none)."""

    def render(self, task: Task) -> Text:
        if task.total is None:
            return Text("")
        return Text(f"{int(task.completed):,}/{int(task.total):,}", style="progress.download")


class RateColumn(ProgressColumn):
    """Items per second, e.g. '152 files/s'."""

    def render(self, task: Task) -> Text:
        unit = task.fields.get("unit", "")
        if not task.speed:
            return Text("")
        return Text(f"{task.speed:,.0f} {unit}/s", style="progress.data.speed")


class _ProgressHandler(logging.Handler):
    """Turns `pressroom.progress` records into stage lines and bars of one rich Progress."""

    def __init__(self, progress: Progress, bars: bool) -> None:
        super().__init__()
        self.progress, self.bars = progress, bars
        self.tasks: dict[str, TaskID] = {}
        self.started: dict[str, float] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if stage := getattr(record, "stage", None):
            self._stage(*stage)
        elif advance := getattr(record, "advance", None):
            self._advance(*advance)

    def _stage(self, name: str, event: str) -> None:
        if event == "start":
            self.started[name] = time.perf_counter()
            if self.bars:
                self.tasks[name] = self.progress.add_task(name, total=None, unit="")
            return
        if name in self.tasks:
            self.progress.remove_task(self.tasks.pop(name))
        seconds = time.perf_counter() - self.started.pop(name, time.perf_counter())
        mark = "[green]✓[/]" if event == "done" else "[bold red]✗[/]"
        verb = "" if event == "done" else " failed"
        self.progress.console.print(f"{mark} {name}{verb} [dim]({seconds:.1f} s)[/]")

    def _advance(self, task: str, done: int, total: int | None, unit: str) -> None:
        key = f"bar:{task}"
        if key not in self.tasks:
            self.tasks[key] = self.progress.add_task(task, total=total, unit=unit)
        self.progress.update(self.tasks[key], completed=done, total=total)
        if total is not None and done >= total:  # finished: the next run of `task` is a new bar
            self.progress.remove_task(self.tasks.pop(key))
            self.progress.console.print(f"  {task}: {done:,}/{total:,} {unit}")


@contextmanager
def show_progress() -> Iterator[None]:
    """Show pressroom's stage lines and progress bars on stderr while the block runs.

    Bars are live only on a terminal and without --verbose (Prefect's logs would tear them);
    otherwise the stage lines and finished counts are printed as plain lines."""
    bars = err.is_terminal and not verbose
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                        CountColumn(), RateColumn(), TimeElapsedColumn(),
                        console=err, transient=True, disable=not bars)
    handler = _ProgressHandler(progress, bars)
    level = LOGGER.level
    LOGGER.addHandler(handler)
    LOGGER.setLevel(logging.INFO)
    try:
        with progress:
            yield
    finally:
        LOGGER.removeHandler(handler)
        LOGGER.setLevel(level)
