"""Which rows a gate validates: the files that stage has not validated yet (this run's batch).

Landing and staging rows all carry their file's `sha256`, the release and figure marts a
`release_key` starting with it (a suite's `meta.batch_key` says how). A gate validates the rows
of files it has not validated before, and records them in `quality.validated_files` once the gate
lets them through (passed, or failing rows quarantined). A gate that stops the run records
nothing, so the same rows are validated again next run.

Suites without a batch key (the contact marts, rebuilt whole by dbt each run: a new release
changes the rows of the people it names, and of people it merges) are batched by content
instead: a row goes through GX unless a row with the very same values already passed this
suite, as written now (`quality.validated_rows` keeps a hash of each row the suite let
through). Row rules look at one row at a time, so a row that passed once passes again;
table-wide rules (uniqueness, counts) are SQL aggregates over the whole table every time.
"""

from __future__ import annotations

import hashlib
import json

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
create table if not exists quality.validated_rows (
    suite           varchar not null,    -- the suite's name
    suite_sha256    varchar not null,    -- its definition when the rows passed
    row_hash        varchar not null     -- hash of the row as the suite's query gives it
);
"""

#: The alias of a row in `content_batch_query` (the whole row, as a struct, is hashed).
_ROW = "validated_row"

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


def suite_version(definition: dict) -> str:
    """sha256 of a suite's definition: rows passed by another version are checked again."""
    return hashlib.sha256(json.dumps(definition, sort_keys=True).encode()).hexdigest()


#: The column holding a row's hash in a content batch's temporary table.
_HASH = "pressroom_row_hash"
#: A suite's recorded row hashes are rebuilt from its table's rows once they outnumber them
#: this many times (rows that changed leave their old hash behind).
_STALE_FACTOR = 2


def _row_hash() -> str:
    """SQL of a row's hash (the row as one struct value: NULL and 'NULL' differ).

    DuckDB's own 64-bit hash, not an md5 of the row as text: casting every row of the contact
    marts to text and hashing that took ~0.9 CPU s per gate at 100,000 files, seven times
    what `hash` takes. A row escapes the check only if its hash equals one of a row that
    passed before: with ~150,000 recorded hashes, a chance of ~1e-14 per changed row. Should
    a DuckDB upgrade change `hash`, every row is checked again once, never skipped."""
    return f"hash({_ROW})::varchar"


def _row_hashes(query: str) -> str:
    return f"select {_row_hash()} as row_hash from ({query}) {_ROW}"


def content_batch_table(suite: str) -> str:
    """The temporary table holding a content batch's rows (`stage_content_batch`)."""
    return "quality_rows_" + "".join(c if c.isalnum() else "_" for c in suite)


def stage_content_batch(con: duckdb.DuckDBPyConnection, query: str, suite: str,
                        version: str) -> str:
    """Keep, in a temporary table, the rows of `query` no row of the same values passed
    `suite` (as of `version`) before, with their hash; return the SQL of those rows.

    Every row of the table is hashed once per gate: counting, checking and recording the
    batch read the temporary table, not the whole table again.
    """
    con.execute(_DDL)
    con.execute(
        f"create or replace temp table {content_batch_table(suite)} as "
        f"select * from (select {_row_hash()} as {_HASH}, {_ROW}.* from ({query}) {_ROW}) "
        f"where {_HASH} not in (select row_hash from quality.validated_rows "
        f"where suite = {_literal(suite)} and suite_sha256 = {_literal(version)})")
    return f"select * exclude ({_HASH}) from {content_batch_table(suite)}"


def mark_rows_validated(con: duckdb.DuckDBPyConnection, query: str, suite: str,
                        version: str) -> None:
    """Record that the rows of the suite's content batch (`stage_content_batch`) passed
    `suite` (as of `version`): called once the gate let the batch through, the other rows
    of `query` having passed before. Hashes of other versions go; once the hashes of rows
    that no longer exist pile up (_STALE_FACTOR), the record is rebuilt from `query`."""
    batch = content_batch_table(suite)
    con.execute("delete from quality.validated_rows where suite = ? and suite_sha256 <> ?",
                [suite, version])
    con.execute(f"insert into quality.validated_rows select ?, ?, {_HASH} from {batch} "
                f"group by {_HASH}", [suite, version])
    con.execute(f"drop table {batch}")
    (recorded,), = con.execute("select count(*) from quality.validated_rows where suite = ?",
                               [suite]).fetchall()
    (rows,), = con.execute(f"select count(*) from ({query})").fetchall()
    if recorded > _STALE_FACTOR * max(rows, 1):
        con.execute("delete from quality.validated_rows where suite = ?", [suite])
        con.execute(f"insert into quality.validated_rows select ?, ?, row_hash "
                    f"from ({_row_hashes(query)}) group by row_hash", [suite, version])


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"
