"""Connections to the working warehouse, with the landing and staging schema in place, and
DuckDB's memory held to a bound."""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path
from typing import TypeVar

import duckdb

log = logging.getLogger(__name__)
T = TypeVar("T")

#: DuckDB's memory (its block cache and the working memory of queries) in each process that
#: opens the warehouse. DuckDB's default is 80 % of the machine's RAM, and it keeps every block
#: it read or wrote cached up to that: a run's process grew with the warehouse (2.6 GB peak RSS
#: at 100,000 files), the start-up check alone caching every table it reads. Held to this,
#: DuckDB drops cached blocks it no longer needs and spills big joins and sorts to a temporary
#: folder beside the database. `PRESSROOM_DUCKDB_MEMORY_LIMIT` overrides it (DuckDB's units:
#: "512MB", "2GB").
MEMORY_LIMIT = "512MB"
MEMORY_LIMIT_ENV = "PRESSROOM_DUCKDB_MEMORY_LIMIT"


def memory_limit() -> str:
    """The DuckDB memory limit in force (DuckDB's notation, e.g. "512MB")."""
    return os.environ.get(MEMORY_LIMIT_ENV) or MEMORY_LIMIT


def open_warehouse(path: Path | str, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """`duckdb.connect(path)` with DuckDB's memory limit set (`memory_limit()`).

    The limit is a setting of the database instance, which every connection of this process to
    the file shares (dbt-duckdb's too): it is SET, not passed as connect config, since DuckDB
    refuses a second connection to a file with a config other than the first one's."""
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        con.execute(f"set memory_limit = '{memory_limit()}'")
    except BaseException:
        con.close()
        raise
    return con


#: Staging tables that once had a PRIMARY KEY and no longer do (sql/schema.sql says why).
UNKEYED_STAGING_TABLES = ("releases", "paragraphs", "contacts", "contact_points", "statistics",
                          "rejected_figures")


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the working DuckDB file and ensure the pipeline's tables."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = open_warehouse(path)
    try:
        con.execute(_schema_sql())
        drop_staging_keys(con)
    except BaseException:
        con.close()
        raise
    return con


def _schema_sql() -> str:
    return resources.files("pressroom").joinpath("sql/schema.sql").read_text("utf-8")


def drop_staging_keys(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Rebuild, without its PRIMARY KEY, each staging table of a warehouse made before the key
    was dropped (DuckDB cannot drop a constraint); return the tables rebuilt.

    One transaction: each keyed table is renamed aside, schema.sql creates it again (without
    the key), its rows are copied over and the old table dropped. A failure changes nothing."""
    keyed = [table for (table,) in con.execute(
        "select distinct table_name from duckdb_constraints() where schema_name = 'staging' "
        "and constraint_type = 'PRIMARY KEY' and list_contains($tables, table_name) "
        "order by table_name", {"tables": list(UNKEYED_STAGING_TABLES)}).fetchall()]
    if not keyed:
        return []
    with transaction(con):
        for table in keyed:
            con.execute(f"alter table staging.{table} rename to {table}__keyed")
        con.execute(_schema_sql())
        for table in keyed:
            con.execute(f"insert into staging.{table} by name "
                        f"select * from staging.{table}__keyed")
            con.execute(f"drop table staging.{table}__keyed")
    return keyed


#: DuckDB's checkpoint threshold while batch after batch is written (`bulk_writes`). DuckDB
#: checkpoints when its write-ahead log passes checkpoint_threshold (default 16 MB): every
#: other 1,000-file parse batch, each checkpoint compressing the new rows again and rewriting
#: the tables' partly filled row groups and the keyed tables' whole indexes (parsed_files,
#: parse_attempts). The rows written since the last checkpoint stay in the writer's memory: at
#: 256 MB the writer of 100 identical batches peaked 360 MB above its start, at 32 MB 135 MB
#: above (docs/performance.md, The one writer). Since the parse flow writes four batches at a time
#: (flows.parse.WRITE_GROUP), 100 batches of 1,000 files as the flow writes them (attempts
#: counted) took 22.6-24.6 CPU s at 32 MB, 16.6 at 64 MB, 12.0-12.7 at 128 MB, with the same
#: peak RSS (675-680 MB: DuckDB's memory limit bounds it).
BULK_CHECKPOINT_THRESHOLD = "128MB"

#: DuckDB's memory limit while batch after batch is written (`bulk_writes`), in place of
#: `memory_limit()`. The writes only append: what they need in memory is the rows written
#: since the last checkpoint (~125 MB at the 128 MB threshold) and the keyed tables' indexes
#: (~30 MB at 100,000 files), while every block a checkpoint wrote stayed cached, never read
#: again, up to the 512 MB limit: DuckDB held ~340 MB at the end of a 100,000-file parse, the
#: stage in which the Dask workers and Prefect's server are alive too (the run's peak). Held
#: to this, DuckDB drops those blocks instead (nothing spilled to disk, same writer CPU).
#: `PRESSROOM_DUCKDB_BULK_MEMORY_LIMIT` overrides it (DuckDB's units); without it, a limit set
#: with `PRESSROOM_DUCKDB_MEMORY_LIMIT` holds here too.
BULK_MEMORY_LIMIT = "256MB"
BULK_MEMORY_LIMIT_ENV = "PRESSROOM_DUCKDB_BULK_MEMORY_LIMIT"

#: The bulk limit holds for a warehouse of up to this many parsed files (after the parse).
#: Past it the keyed tables' indexes, which DuckDB cannot drop (~30 MB per 100,000 files), and
#: the rows written since the last checkpoint (up to ~125 MB) would outgrow it: the run's
#: limit stays (DuckDB failed every write of a 5,000-file parse held to 16 MB).
BULK_LIMIT_MAX_FILES = 200_000


def bulk_memory_limit(files: int = 0) -> str:
    """The DuckDB memory limit while `bulk_writes` writes, for a warehouse of `files` parsed
    files once the block is done (e.g. "256MB")."""
    if os.environ.get(BULK_MEMORY_LIMIT_ENV):
        return os.environ[BULK_MEMORY_LIMIT_ENV]
    if files > BULK_LIMIT_MAX_FILES:
        return memory_limit()
    return os.environ.get(MEMORY_LIMIT_ENV) or BULK_MEMORY_LIMIT


@contextmanager
def bulk_writes(con: duckdb.DuckDBPyConnection,
                threshold: str = BULK_CHECKPOINT_THRESHOLD, incoming: int = 0) -> Iterator[None]:
    """Checkpoint seldom while the block writes many batches (of `incoming` files), then once
    when it ends well; meanwhile DuckDB's memory is held to `bulk_memory_limit()`.

    Both settings are DuckDB's for the whole database in this process, reset on the way out.
    After a failure the log is left for DuckDB to replay at the next open, as at any crash."""
    (parsed,), = con.execute("select count(*) from staging.parsed_files").fetchall()
    con.execute(f"set checkpoint_threshold = '{threshold}'")
    con.execute(f"set memory_limit = '{bulk_memory_limit(parsed + incoming)}'")
    try:
        yield
    except BaseException:
        with suppress(duckdb.Error):  # the error that happened is the one raised
            _end_bulk_writes(con)
        raise
    _end_bulk_writes(con)
    con.execute("checkpoint")


def write_in_bulk(con: duckdb.DuckDBPyConnection, write: Callable[[], T]) -> T:
    """Run `write` (one transaction) inside `bulk_writes`; if DuckDB runs out of memory under
    the bulk limit (the keyed tables' indexes must stay in memory, and grow with the warehouse:
    ~30 MB per 100,000 files), the run's own limit comes back and `write` runs once more."""
    try:
        return write()
    except duckdb.Error as exc:
        if not _out_of_memory(exc):
            raise
        log.warning("DuckDB ran out of memory under the bulk limit (%s): writing again under"
                    " the run's limit (%s)", bulk_memory_limit(), memory_limit())
        con.execute(f"set memory_limit = '{memory_limit()}'")
        return write()


def _out_of_memory(exc: duckdb.Error) -> bool:
    """DuckDB's out-of-memory error, raised as such or by a COMMIT that could not allocate."""
    return (isinstance(exc, duckdb.OutOfMemoryException)
            or "failed to allocate" in str(exc).lower())


def _end_bulk_writes(con: duckdb.DuckDBPyConnection) -> None:
    """The settings `bulk_writes` changed, back as they were."""
    con.execute("reset checkpoint_threshold")
    con.execute(f"set memory_limit = '{memory_limit()}'")


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """BEGIN … COMMIT, rolled back on error, and the error that happened is the one raised.

    When COMMIT itself fails (a full disk), DuckDB has already rolled back; a second
    ROLLBACK would fail with "no transaction is active" and hide the cause, so it is ignored.
    """
    con.begin()
    try:
        yield
        con.commit()
    except BaseException:
        with suppress(duckdb.Error):
            con.rollback()
        raise
