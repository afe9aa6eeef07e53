"""Quarantine: a critical failure on a few staging rows moves those rows aside instead of
stopping the run.

A failed critical expectation is quarantinable when it is about row values (not the table's
structure: keys, uniqueness, columns, row counts, or an expectation GX could not compute) and
its rows are few: at most `max_share` of the rows the gate validated in that table. Then the
failing rows, with their release's dependent rows, are moved out of the staging tables into
`quality.quarantined_rows` (table, key, expectation, reason, and the whole row as JSON), so dbt
never sees them and the rest is published. Otherwise the failure blocks the run as before.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import duckdb
import pyarrow as pa

from pressroom.arrow_sql import registered
from pressroom.quality.outcomes import ExpectationOutcome

#: Stages whose rows can be quarantined: landing quarantines whole files itself, and a failing
#: mart row is a modelling error that must stop the run.
QUARANTINE_STAGES = ("staging",)
#: Expectation types about a table's structure: failing them always stops the run.
STRUCTURAL = frozenset({
    "expect_column_values_to_be_unique", "expect_compound_columns_to_be_unique",
    "expect_select_column_values_to_be_unique_within_record", "expect_table_to_exist",
    "expect_column_to_exist", "expect_table_columns_to_match_set",
    "expect_table_columns_to_match_ordered_list", "expect_table_column_count_to_equal",
    "expect_table_column_count_to_be_between", "expect_column_values_to_be_of_type",
    "expect_table_row_count_to_be_between", "expect_table_row_count_to_equal",
})
#: Rows that depend on a quarantined row and go with it: table -> [(child table, link column)].
DEPENDENTS: dict[str, list[tuple[str, str]]] = {
    "staging.releases": [("staging.paragraphs", "release_id"), ("staging.contacts", "release_id"),
                         ("staging.contact_points", "release_id"),
                         ("staging.statistics", "release_id"),
                         ("staging.rejected_figures", "release_id")],
    "staging.contacts": [("staging.contact_points", "contact_id")],
}

_DDL = """
create schema if not exists quality;
create table if not exists quality.quarantined_rows (
    run_id          varchar not null,     -- the pipeline run that quarantined the row
    quarantined_at  timestamptz not null,
    stage           varchar not null,
    table_name      varchar not null,     -- where the row was: staging.<table>
    row_key         varchar not null,     -- its key values, '/'-joined (key_columns)
    key_columns     varchar not null,
    sha256          varchar,              -- the landed file it came from
    expectation     varchar not null,     -- the failed expectation (GX type)
    column_name     varchar,
    reason          varchar not null,     -- what a person reads
    row_data        json not null         -- the whole row, as it was in staging
);
"""


def ensure_quarantine_table(con: duckdb.DuckDBPyConnection) -> None:
    """Create quality.quarantined_rows if needed (empty: nothing quarantined yet)."""
    con.execute(_DDL)


def is_structural(outcome: ExpectationOutcome, row_keys: tuple[str, ...]) -> bool:
    """Whether a failure is about the table's shape or keys rather than some rows' values."""
    if outcome.error or outcome.unexpected_count is None or outcome.expectation in STRUCTURAL:
        return True
    return bool(set((outcome.column or "").split(",")) & set(row_keys))


@dataclass
class Candidate:
    """A quarantinable failure: the expectation and every failing row's keys."""

    outcome_index: int  # position in the stage report's outcomes
    table: str
    row_keys: tuple[str, ...]
    keys: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class QuarantinePlan:
    """What a stage would quarantine, or why it cannot."""

    candidates: list[Candidate]
    rows_validated: dict[str, int]  # table -> rows the gate validated (the batch)
    max_share: float

    def table_shares(self) -> dict[str, float]:
        failing: dict[str, set] = defaultdict(set)
        for c in self.candidates:
            failing[c.table] |= {tuple(k[col] for col in c.row_keys) for k in c.keys}
        return {t: len(keys) / max(self.rows_validated.get(t, 0), 1)
                for t, keys in failing.items()}

    def feasible(self, outcomes: list[ExpectationOutcome]) -> bool:
        """True when every blocking failure is a candidate and no table passes the share."""
        indexes = {c.outcome_index for c in self.candidates}
        blocking = {i for i, o in enumerate(outcomes) if o.is_blocking}
        return bool(blocking) and blocking <= indexes and all(
            share <= self.max_share for share in self.table_shares().values())


def quarantine(con: duckdb.DuckDBPyConnection, plan: QuarantinePlan,
               outcomes: list[ExpectationOutcome], run_id: str,
               at: datetime) -> list[ExpectationOutcome]:
    """Move the plan's rows (and their dependents) to quality.quarantined_rows; return the
    outcomes with each quarantined failure marked, so it no longer blocks."""
    updated = list(outcomes)
    con.begin()
    try:
        for c in plan.candidates:
            outcome = outcomes[c.outcome_index]
            reason = _reason(outcome)
            moved = _move(con, c.table, c.row_keys, c.keys, outcome, reason, run_id, at)
            updated[c.outcome_index] = replace(outcome, quarantined=moved)
        con.commit()
    except Exception:
        con.rollback()
        raise
    return updated


def _move(con: duckdb.DuckDBPyConnection, table: str, row_keys: tuple[str, ...],
          keys: list[dict[str, Any]], outcome: ExpectationOutcome, reason: str,
          run_id: str, at: datetime) -> int:
    """Record and delete the rows of `table` with these keys, then their dependents."""
    params = {"run": run_id, "at": at, "stage": outcome.stage, "exp": outcome.expectation,
              "col": outcome.column, "reason": reason}
    key_table = pa.Table.from_pylist(keys)
    match = " and ".join(f't."{k}" = k."{k}"' for k in row_keys)
    with registered(con, "quality_quarantine_keys", key_table):
        moved = _record_and_delete(con, table, row_keys, params,
                                   f"exists (select 1 from quality_quarantine_keys k "
                                   f"where {match})")
    for child, link in _dependents(table):
        child_keys = _row_keys_of(child)
        parent_key = row_keys[0]
        parent = "release" if table == "staging.releases" else "contact"
        with registered(con, "quality_quarantine_keys", key_table):
            _record_and_delete(
                con, child, child_keys, params | {"reason": f"its {parent} was quarantined: "
                                                            f"{reason}"},
                f't."{link}" in (select "{parent_key}" from quality_quarantine_keys)')
    return moved


def _record_and_delete(con: duckdb.DuckDBPyConnection, table: str, row_keys: tuple[str, ...],
                       params: dict[str, Any], where: str) -> int:
    key_text = " || '/' || ".join(f't."{k}"::varchar' for k in row_keys)
    (n,), = con.execute(
        f"""insert into quality.quarantined_rows
            select $run, $at, $stage, '{table}', {key_text}, '{",".join(row_keys)}', t.sha256,
                   $exp, $col, $reason, to_json(t)
            from {table} t where {where}""", params).fetchall()
    con.execute(f"delete from {table} t where {where}")
    return n


def _reason(outcome: ExpectationOutcome) -> str:
    """Why a row was quarantined: the suite's message, else the rule and why it holds."""
    if outcome.message:
        return outcome.message
    return outcome.describe() + (f" ({outcome.notes})" if outcome.notes else "")


def _dependents(table: str) -> list[tuple[str, str]]:
    """Every table whose rows hang off `table`'s rows, directly or not, with the link column."""
    return DEPENDENTS.get(table, [])


def _row_keys_of(table: str) -> tuple[str, ...]:
    """The columns that identify a row of a staging table (unique by construction, checked
    by the staging gate)."""
    keys = {"staging.paragraphs": ("release_id", "position"),
            "staging.contacts": ("contact_id",),
            "staging.contact_points": ("contact_id", "position"),
            "staging.statistics": ("statistic_id",),
            "staging.rejected_figures": ("release_id", "position")}
    return keys[table]
