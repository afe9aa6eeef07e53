"""The `parse` flow: parse landed files into staging, one task per batch (pressroom.staging)."""

from __future__ import annotations

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from pressroom import progress
from pressroom.db import connect
from pressroom.settings import Paths
from pressroom.staging import (
    ParseSummary,
    PendingFile,
    corpus_boilerplate,
    count_pending,
    parse_batch,
    pending_batches,
)


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def learn_boilerplate(con: duckdb.DuckDBPyConnection, paths: Paths) -> frozenset[str]:
    """Learn the site's repeated lines from a sample of landed files (retried: file reads)."""
    return corpus_boilerplate(con, paths)


@task(cache_policy=NO_CACHE)  # no retries: parsing the same bytes again gives the same result
def parse_files(con: duckdb.DuckDBPyConnection, paths: Paths, files: list[PendingFile],
                boilerplate: frozenset[str]) -> ParseSummary:
    """Parse one batch of files and replace their staging rows."""
    return parse_batch(con, paths, files, boilerplate)


@flow(name="parse")
def parse(root: str | None = None) -> dict:
    """Parse every landed file the current parser version has not parsed yet."""
    where = Paths.for_root(root)
    summary = ParseSummary()
    con = connect(where.warehouse)
    try:
        boilerplate: frozenset[str] | None = None
        total, done = count_pending(con), 0
        for batch in pending_batches(con):
            if boilerplate is None:
                boilerplate = learn_boilerplate(con, where)
            progress.advance("parsing files", done, total)
            summary.add(parse_files(con, where, batch, boilerplate))
            done += len(batch)
        if total:
            progress.advance("parsing files", total, total)
    finally:
        con.close()
    get_run_logger().info("parsing: %s", summary.to_dict())
    return summary.to_dict()
