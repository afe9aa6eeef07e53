"""Table-wide expectations computed in DuckDB SQL: uniqueness and row counts.

Row-by-row rules run through GX on a gate's new rows only; whether a key is unique or how many
rows a table holds is a property of the whole table, which DuckDB answers with one aggregate
instead of loading the table into pandas. When a gate checks a batch (the rows of new files),
uniqueness is checked for the keys the batch holds: the rest of the table passed before, so a
duplicate now involves a batch row, and DuckDB probes the table for those keys instead of
grouping all of it. Same expectation types and kwargs as GX's, same
outcome shape, so a suite file does not say (or care) where an expectation is computed.
"""

from __future__ import annotations

from typing import Any

import duckdb

from pressroom.quality.outcomes import MAX_EXAMPLES, ExpectationOutcome, fill_message
from pressroom.quality.suites import SuiteFile

UNIQUE = {"expect_column_values_to_be_unique": "column",
          "expect_compound_columns_to_be_unique": "column_list"}
ROW_COUNT = ("expect_table_row_count_to_be_between", "expect_table_row_count_to_equal")
#: Expectation types computed here, on the whole table, never by GX on a batch.
AGGREGATE_TYPES = frozenset(UNIQUE) | frozenset(ROW_COUNT)


def is_aggregate(expectation: dict[str, Any]) -> bool:
    """Whether this suite expectation is computed in SQL over the whole table."""
    return expectation["type"] in AGGREGATE_TYPES and "row_condition" not in expectation["kwargs"]


def aggregate_outcomes(con: duckdb.DuckDBPyConnection, stage: str, suite: SuiteFile,
                       batch: str | None = None) -> list[ExpectationOutcome]:
    """The outcomes of the suite's aggregate expectations on its whole table; uniqueness only
    for the keys of the rows of `batch` (SQL) when given, the other rows having passed."""
    return [_outcome(con, stage, suite, e, batch)
            for e in suite.definition.get("expectations", []) if is_aggregate(e)]


def _outcome(con: duckdb.DuckDBPyConnection, stage: str, suite: SuiteFile,
             expectation: dict[str, Any], batch: str | None) -> ExpectationOutcome:
    kind, kwargs = expectation["type"], expectation["kwargs"]
    if kind in UNIQUE:
        columns = kwargs[UNIQUE[kind]]
        columns = [columns] if isinstance(columns, str) else list(columns)
        total, duplicated, examples = _duplicates(con, suite, columns, batch)
        success = duplicated == 0
        observed: Any = {"element_count": total, "unexpected_count": duplicated}
        column = ",".join(columns)
        counts: dict[str, int] = {"unexpected_count": duplicated, "element_count": total}
    else:
        (rows,), = con.execute(f"select count(*) from ({suite.query})").fetchall()
        if kind == "expect_table_row_count_to_equal":
            success = rows == kwargs["value"]
        else:
            success = ((kwargs.get("min_value") is None or rows >= kwargs["min_value"])
                       and (kwargs.get("max_value") is None or rows <= kwargs["max_value"]))
        observed, column, examples, counts = rows, None, [], {}
    template = (expectation.get("meta") or {}).get("message")
    return ExpectationOutcome(
        stage=stage, suite=suite.name, table=suite.table, expectation=kind, column=column,
        kwargs=dict(kwargs), severity=expectation["severity"], success=success,
        observed_value=observed, examples=examples, notes=expectation.get("notes"),
        message=(fill_message(template, table=suite.table, observed=observed,
                              unexpected=counts.get("unexpected_count"))
                 if template and not success else None),
        unexpected_count=counts.get("unexpected_count"),
        element_count=counts.get("element_count"),
    )


def _duplicates(con: duckdb.DuckDBPyConnection, suite: SuiteFile, columns: list[str],
                batch: str | None = None) -> tuple[int, int, list[dict]]:
    """Rows of the table, rows sharing their key with another row (with a key found in
    `batch`, when given), and up to 20 of those."""
    cols = ", ".join(f'"{c}"' for c in columns)
    not_null = " and ".join(f'"{c}" is not null' for c in columns)
    shown = ", ".join(f'"{c}"' for c in dict.fromkeys([*suite.row_keys, *columns]))
    keys = "t" if batch is None else (
        f"t semi join (select distinct {cols} from ({batch}) where {not_null}) using ({cols})")
    with_dupes = f"""
        with t as ({suite.query}),
             d as (select {cols}, count(*) as n from {keys} where {not_null}
                   group by all having count(*) > 1)"""
    (total, duplicated), = con.execute(
        f"{with_dupes} select (select count(*) from t), (select coalesce(sum(n), 0) from d)"
    ).fetchall()
    examples: list[dict] = []
    if duplicated:
        cursor = con.execute(f"{with_dupes} select {shown} from t semi join d using ({cols}) "
                             f"limit {MAX_EXAMPLES}")
        names = [d[0] for d in cursor.description]
        examples = [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
    return total, int(duplicated), examples


def row_rules(suite: SuiteFile) -> dict[str, Any]:
    """The suite's definition without its table-wide expectations (computed in SQL by
    pressroom.quality.aggregates): what GX checks row by row on a batch."""
    kept = [e for e in suite.definition.get("expectations", []) if not is_aggregate(e)]
    return suite.definition | {"expectations": kept}


def has_row_rules(suite: SuiteFile) -> bool:
    """Whether GX has anything to check on the suite's rows."""
    return bool(row_rules(suite)["expectations"])


#: The kwargs of an expectation naming the columns it reads.
_COLUMN_KWARGS = ("column", "column_list", "column_A", "column_B")


def row_rule_columns(suite: SuiteFile) -> list[str] | None:
    """The columns GX needs for the suite's row rules: the ones they check or filter on
    (`row_condition`) and the row keys; None when a rule reads more than the columns it names
    (a table-level rule, a row condition written as a pandas query string), so it gets every
    column. Fewer columns make every frame GX reads, filters and copies narrower."""
    columns = dict.fromkeys(suite.row_keys)
    for expectation in row_rules(suite)["expectations"]:
        kwargs = expectation["kwargs"]
        named = [kwargs[k] for k in _COLUMN_KWARGS if k in kwargs]
        if not named:
            return None
        for value in named:
            columns.update(dict.fromkeys([value] if isinstance(value, str) else value))
        condition = kwargs.get("row_condition")
        if condition is not None:
            condition_columns = _condition_columns(condition)
            if condition_columns is None:
                return None
            columns.update(dict.fromkeys(condition_columns))
    return list(columns)


def _condition_columns(condition: Any) -> list[str] | None:
    """The columns a GX row condition (dict form) reads; None if it is not a known dict."""
    if not isinstance(condition, dict):
        return None
    if condition.get("type") in ("and", "or"):
        parts = [_condition_columns(c) for c in condition.get("conditions", [])]
        return None if any(p is None for p in parts) else [c for p in parts for c in p or []]
    column = condition.get("column")
    if isinstance(column, dict) and isinstance(column.get("name"), str):
        return [column["name"]]
    return None


def row_rules_query(suite: SuiteFile, query: str) -> str:
    """`query` keeping only the columns the suite's row rules read (`row_rule_columns`)."""
    columns = row_rule_columns(suite)
    if columns is None:
        return query
    return "select {} from ({}) q".format(", ".join(f'"{c}"' for c in columns), query)
