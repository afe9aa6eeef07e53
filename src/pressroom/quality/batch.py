"""Which rows a gate validates: the files that stage has not validated yet (this run's batch).

Landing and staging rows all carry their file's `sha256`, the release and figure marts a
`release_key` starting with it (a suite's `meta.batch_key` says how). A gate validates the rows
of files it has not validated before, and records them in `quality.validated_files` once the gate
lets them through (passed, or failing rows quarantined). A gate that stops the run records
nothing, so the same rows are validated again next run. Suites without a batch key (the contact
marts, rebuilt whole by dbt each run) validate their whole table.
"""

from __future__ import annotations

import duckdb
import pyarrow as pa

from pressroom.arrow_sql import registered
from pressroom.settings import PARSER_VERSION

#: Name of the temporary view holding the batch's files while a stage is validated.
BATCH_VIEW = "quality_batch_files"

_DDL = """
create schema if not exists quality;
create table if not exists quality.validated_files (
    stage           varchar not null,    -- landing | staging | marts
    sha256          varchar not null,
    parser_version  varchar not null,    -- '' for landing
    run_id          varchar not null,
    validated_at    timestamptz not null default now(),
    primary key (stage, sha256, parser_version)
);
"""

#: The files each batched stage can validate: (sha256, parser_version) pairs.
_CANDIDATES = {
    "landing": "select sha256, '' as parser_version from landing.files "
               "union select sha256, '' from landing.quarantine",
    "staging": "select sha256, parser_version from staging.parsed_files "
               "where parser_version = $version",
    "marts": "select sha256, parser_version from staging.parsed_files "
             "where parser_version = $version",
}


def is_batched(stage: str) -> bool:
    """Whether the stage's suites with a batch key validate only new files' rows."""
    return stage in _CANDIDATES


def pending_files(con: duckdb.DuckDBPyConnection, stage: str,
                  parser_version: str = PARSER_VERSION) -> pa.Table:
    """The (sha256, parser_version) of the files `stage` has not validated yet."""
    con.execute(_DDL)
    return con.sql(
        f"""select c.sha256, c.parser_version from ({_CANDIDATES[stage]}) c
            anti join quality.validated_files v
              on v.stage = $stage and v.sha256 = c.sha256
             and v.parser_version = c.parser_version""",
        params={"stage": stage} | ({"version": parser_version}
                                   if "$version" in _CANDIDATES[stage] else {}),
    ).to_arrow_table()


def batch_query(query: str, batch_key: str) -> str:
    """`query` restricted to the rows whose `batch_key` (SQL over a row: its file's sha256) is
    one of the batch's files (BATCH_VIEW must be registered)."""
    return (f"select * from ({query}) q "
            f"where ({batch_key}) in (select sha256 from {BATCH_VIEW})")


def mark_validated(con: duckdb.DuckDBPyConnection, stage: str, files: pa.Table,
                   run_id: str) -> int:
    """Record that `stage` let `files` through in `run_id`; return how many."""
    if not files.num_rows:
        return 0
    with registered(con, "quality_validated_new", files):
        con.execute(
            "insert or replace into quality.validated_files (stage, sha256, parser_version, "
            "run_id) select $stage, sha256, parser_version, $run from quality_validated_new",
            {"stage": stage, "run": run_id})
    return files.num_rows
