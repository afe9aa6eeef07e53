"""The `land` flow: store received files byte for byte and record them (pressroom.landing)."""

from __future__ import annotations

from pathlib import Path

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run
from prefect.utilities.annotations import quote

from pressroom import landing, progress
from pressroom.db import connect
from pressroom.landing import LandingResult, batched, discover
from pressroom.runlock import run_lock
from pressroom.settings import Paths

#: Files per task: each task run costs Prefect API calls, so a task lands several of landing's
#: batches (it records every `landing.BATCH_SIZE` files) and the progress line moves per task.
TASK_FILES = 10_000


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def land_batch(con: duckdb.DuckDBPyConnection, paths: Paths, files: list[Path],
               flow_run_id: str | None) -> LandingResult:
    """Land a list of files (retried: a disk or database hiccup may pass; landing again
    is a no-op for what the failed attempt already recorded)."""
    return landing.land_batch(con, paths, files, flow_run_id)


@flow(name="land")
def land(paths: list[str] | None = None, root: str | None = None) -> dict:
    """Land files and folders (default: the inbox); return counts and every refused file."""
    where = Paths.for_root(root)
    sources = [Path(p) for p in paths] if paths else [where.inbox]
    with run_lock(where, "land"):
        found = discover(sources)
        result = LandingResult(skipped=found.skipped, unreadable=found.unreadable)
        con = connect(where.warehouse)
        try:
            landing.record_skipped(con, found.skipped, flow_run.id)
            # paths landed before and unchanged since (landing.inbox_index) are not read again
            to_read, result.duplicates = landing.split_unchanged(con, found.files)
            for done, batch in enumerate(batched(to_read, TASK_FILES)):
                progress.advance("landing files", done * TASK_FILES, len(to_read))
                # quoted: Prefect would otherwise visit each of the paths for task inputs;
                # it hands the task the list itself (mypy cannot see through quote)
                result.extend(land_batch(con, where, quote(batch),  # type: ignore[call-overload]
                                         flow_run.id))
            progress.advance("landing files", len(to_read), len(to_read))
        finally:
            con.close()
    logger = get_run_logger()
    logger.info("landing: %s", result.counts())
    for refused in result.quarantined + result.unreadable + result.skipped:
        logger.warning("not landed: %s", refused)
    return result.to_dict()
