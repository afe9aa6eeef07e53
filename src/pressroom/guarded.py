"""`pressroom run` and `pressroom land` as an operator sees them: checks first, one run at a
time, SIGTERM/SIGINT honoured, and every failure one line naming its cause (exit code 1).

The checks and the lock come before Prefect is imported or its temporary server started, so
`pressroom run --inbox /typo` answers in about a second. The server is started before the flows
are imported, which they are while it boots (pressroom.prefect_server). One check is the
exception: `run` checks the working database (reading it whole, seconds at 100,000 files, unless
the last run left it sound: pressroom.health.check_database) in a thread while it imports, and
fails with its cause before the first stage (after the no-op check, which reads it first when there
is nothing new).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from pressroom import overhead
from pressroom.console import show_progress
from pressroom.errors import RunInterrupted, one_line
from pressroom.freshness import nothing_new
from pressroom.health import check_database, preflight
from pressroom.runlock import run_lock
from pressroom.settings import Paths
from pressroom.stopping import exit_interrupted, stop_on_signals, watch_temporary_server

Echo = Callable[..., None]

#: Libraries every run with something new imports in its stages (Great Expectations in the
#: gates, dbt in transform: 5-15 s together on two shared cores). While Prefect's temporary
#: server boots, the CLI imports them: their seconds overlap the server's instead of adding
#: to a stage. So does the parser's warm-up (lingua's models, the gazetteers, compiled
#: patterns: ~2.5 CPU s, most of an in-process parse of 100 files) when this process will
#: parse, i.e. no Dask cluster will (flows.pipeline.parses_on_dask).
PRELOAD = ("great_expectations", "dbt.cli.main", "dbt.adapters.duckdb")


def run_pipeline(inbox: Path | None, *, full_refresh: bool, wait: float, echo: Echo) -> int:
    """Run the pipeline flow; print its summary or the cause of failure; return the exit code."""
    overhead.record("imports", overhead.since_process_start())
    paths = Paths.default()
    inbox_dir = inbox.absolute() if inbox else paths.inbox
    try:
        with run_lock(paths, "run", wait=wait), stop_on_signals():
            preflight(paths, [inbox_dir], database=False)
            from pressroom.landing import one_listing  # after the checks: pyarrow, duckdb

            # one listing of the inbox serves the checks below and the landing
            with one_listing():
                summary = _checked_run(paths, inbox_dir, full_refresh, echo)
            if summary is None:
                return 0
    except (Exception, RunInterrupted) as exc:
        failed = getattr(exc, "pressroom_summary", None)  # attached by flows/pipeline.py
        if failed:
            from pressroom.report import to_text

            echo(to_text(failed))
        else:
            echo(f"pressroom run: {one_line(exc)}", err=True)
        _release_frames(exc)
        if isinstance(exc, RunInterrupted):
            exit_interrupted(exc.exit_code)
        return 1
    from pressroom.report import to_text

    echo(to_text(summary))
    altered = [f for f in summary.get("failed_files", []) if f.get("integrity")]
    if altered:  # published without them, but the operator must look: not a clean exit
        echo(f"pressroom run: {len(altered)} landed file(s) missing or altered since landing, "
             f"not parsed: {altered[0]['name']}: {altered[0]['reason']}", err=True)
        return 1
    return 0


def _checked_run(paths: Paths, inbox_dir: Path, full_refresh: bool, echo: Echo
                 ) -> dict | None:
    """The pipeline's summary, or None when there is nothing new (said so)."""
    if not full_refresh and _nothing_new(paths, inbox_dir):
        check_database(paths.warehouse)  # a damaged file is named, even then
        echo("Nothing new: every inbox file is landed and the published warehouse is "
             f"current.\n  published DB: {paths.published}")
        return None
    with overhead.timed("flow imports"):  # while Prefect's server starts
        server = watch_temporary_server()
        from flows.pipeline import pipeline
    parser = not _parses_on_dask(paths, inbox_dir)  # before the check opens the file
    with _checking_database(paths.warehouse):  # read whole while the next lines run
        if server:
            with overhead.timed("preload"):
                _preload(parser=parser)
    if server:
        with overhead.timed("prefect server"):  # what is left of its start-up
            server.wait_until_ready()
    with show_progress(), _heartbeats_only_for_a_lasting_server(server is not None):
        return pipeline(inbox=str(inbox_dir), full_refresh=full_refresh)


@contextmanager
def _heartbeats_only_for_a_lasting_server(temporary: bool) -> Iterator[None]:
    """Run the pipeline without Prefect's flow-run heartbeat when its server is this run's
    temporary one (`temporary`).

    A heartbeat tells a lasting server that a run's process is alive (its crash detection);
    a temporary server exits with this process, so no one reads them. And Prefect joins the
    heartbeat thread, which sleeps in steps of a second, when the run ends: up to a second
    added to every run. With PREFECT_API_URL (a lasting server), heartbeats are left as
    Prefect sets them."""
    if not temporary:
        yield
        return
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def _nothing_new(paths: Paths, inbox_dir: Path) -> bool:
    """`freshness.nothing_new`; False when the working database cannot be read."""
    return _unless_unreadable(nothing_new, paths, inbox_dir)


def _parses_on_dask(paths: Paths, inbox_dir: Path) -> bool:
    """`flows.pipeline.parses_on_dask`; False when the working database cannot be read."""
    from flows.pipeline import parses_on_dask

    return _unless_unreadable(parses_on_dask, paths, inbox_dir)


def _unless_unreadable(question: Callable[[Paths, Path], bool], paths: Paths, inbox_dir: Path
                       ) -> bool:
    """`question`'s answer, or False when it cannot read the working database: the database
    check that follows names the cause."""
    import duckdb

    try:
        return question(paths, inbox_dir)
    except duckdb.Error:
        return False


@contextmanager
def _checking_database(warehouse: Path) -> Iterator[None]:
    """Run `health.check_database` in a thread while the block runs, then raise what it found.

    Reading a 100,000-file warehouse whole takes seconds of DuckDB's CPU, which runs without
    the GIL: it overlaps the block's imports (Python, one core) instead of preceding them.
    The block must not open the warehouse (one configuration per file per process)."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="database-check") as pool:
        checked = pool.submit(check_database, warehouse)
        try:
            yield
        finally:
            with overhead.timed("database check"):  # what is left of it after the block
                error = checked.exception()  # waits for the check
    if error is not None:
        raise error


def _release_frames(exc: BaseException) -> None:
    """Free what the failure's tracebacks hold (DuckDB connections among them), now.

    Left to the interpreter's exit, DuckDB's bindings find them still alive and print dozens
    of "nanobind: leaked ..." lines under the run's summary."""
    import gc
    import traceback

    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if cause.__traceback__ is not None:
            traceback.clear_frames(cause.__traceback__)
        cause = cause.__cause__ or cause.__context__
    gc.collect()


def _preload(parser: bool) -> None:
    """Import PRELOAD now (in the main thread: imports in threads can deadlock), GX without
    what no suite uses (pressroom.lazy_imports); warm the parser up too if `parser`."""
    import importlib

    from pressroom.lazy_imports import defer_unused_by_suites

    defer_unused_by_suites()
    for name in PRELOAD:
        importlib.import_module(name)
    if parser:
        from pressroom.dask_cluster import warm_up

        with overhead.timed("parser warm-up"):  # a part of `preload`
            warm_up()


def land_paths(sources: list[Path], *, wait: float, echo: Echo) -> int:
    """Land `sources` through the land flow; print what happened; return the exit code."""
    paths = Paths.default()
    absolute = [p.absolute() for p in sources]
    try:
        with run_lock(paths, "land", wait=wait), stop_on_signals():
            preflight(paths, absolute, what="path to land")
            server = watch_temporary_server()
            from flows.land import land as land_flow
            from pressroom.landing import describe

            if server:
                server.wait_until_ready()
            with show_progress():
                summary = land_flow(paths=[str(p) for p in absolute])
    except (Exception, RunInterrupted) as exc:
        echo(f"pressroom land: {one_line(exc)}", err=True)
        if isinstance(exc, RunInterrupted):
            exit_interrupted(exc.exit_code)
        return 1
    echo(describe(summary))
    return 0



