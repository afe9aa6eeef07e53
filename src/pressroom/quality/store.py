"""Keep every expectation outcome in the warehouse table `quality.results`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime

import duckdb
import pyarrow as pa

from pressroom.arrow_sql import registered
from pressroom.quality.outcomes import ExpectationOutcome

_DDL = """
create schema if not exists quality;
create table if not exists quality.results (
    run_id              varchar not null,    -- the pipeline (root Prefect flow) run
    validated_at        timestamptz not null,
    stage               varchar not null,    -- landing | staging | marts
    suite               varchar not null,    -- expectations/<stage>/<suite>.json
    table_name          varchar not null,
    expectation         varchar not null,    -- GX expectation type
    column_name         varchar,             -- column(s) it is about, comma-separated
    kwargs              json,                -- its parameters (regex, value set, row condition...)
    severity            varchar not null,    -- critical | warning
    success             boolean not null,
    observed_value      json,
    unexpected_count    bigint,
    unexpected_examples json,                -- up to 20 failing rows: row keys and value
    error               varchar,             -- 'table missing', or what GX could not compute
    message             varchar,             -- the suite's words for the failure (meta.message)
    quarantined_rows    bigint               -- failing rows moved to quality.quarantined_rows
);
alter table quality.results add column if not exists message varchar;  -- older warehouses
alter table quality.results add column if not exists quarantined_rows bigint;
"""

_SCHEMA = pa.schema([
    ("run_id", pa.string()), ("validated_at", pa.timestamp("us", tz="UTC")),
    ("stage", pa.string()), ("suite", pa.string()), ("table_name", pa.string()),
    ("expectation", pa.string()), ("column_name", pa.string()), ("kwargs", pa.string()),
    ("severity", pa.string()), ("success", pa.bool_()), ("observed_value", pa.string()),
    ("unexpected_count", pa.int64()), ("unexpected_examples", pa.string()),
    ("error", pa.string()), ("message", pa.string()), ("quarantined_rows", pa.int64()),
])


def ensure_results_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create quality.results if needed."""
    con.execute(_DDL)


def store_outcomes(con: duckdb.DuckDBPyConnection, run_id: str, validated_at: datetime,
                   outcomes: Sequence[ExpectationOutcome]) -> int:
    """Insert the outcomes of one stage in one statement; return how many rows."""
    ensure_results_table(con)
    if not outcomes:
        return 0
    rows = pa.Table.from_pylist([_row(run_id, validated_at, o) for o in outcomes], schema=_SCHEMA)
    with registered(con, "quality_new_results", rows):
        con.execute("insert into quality.results by name select * from quality_new_results")
    return len(outcomes)


def _row(run_id: str, validated_at: datetime, o: ExpectationOutcome) -> dict:
    return {
        "run_id": run_id, "validated_at": validated_at, "stage": o.stage, "suite": o.suite,
        "table_name": o.table, "expectation": o.expectation, "column_name": o.column,
        "kwargs": _json(o.kwargs), "severity": o.severity, "success": o.success,
        "observed_value": _json(o.observed_value), "unexpected_count": o.unexpected_count,
        "unexpected_examples": _json(o.examples) if o.examples else None, "error": o.error,
        "message": o.message, "quarantined_rows": o.quarantined or None,
    }


def _json(value: object) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, default=str)


def suites_failed_last(con: duckdb.DuckDBPyConnection, stage: str) -> set[str]:
    """The suites of `stage` of which an expectation failed the last time the suite was
    validated (a warning included): GX checks their next rows in detail at once
    (`QualityContext.validate_frame`)."""
    ensure_results_table(con)
    rows = con.execute(
        """select suite from (
               select suite, success, validated_at,
                      max(validated_at) over (partition by suite) as last_validated
               from quality.results where stage = ?)
           where validated_at = last_validated
           group by suite having bool_or(not success)""", [stage]).fetchall()
    return {suite for (suite,) in rows}
