"""Warehouse rows as pandas frames, the form GX 1.x can validate (it has no working
DuckDB datasource)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import duckdb

if TYPE_CHECKING:
    import pandas as pd


def table_exists(con: duckdb.DuckDBPyConnection, table: str) -> bool:
    """Whether `<schema>.<table>` is a table or view of the open database."""
    schema, name = table.split(".", 1)
    found = con.execute(
        "select count(*) from information_schema.tables"
        " where table_catalog = current_database() and table_schema = ? and table_name = ?",
        [schema, name],
    ).fetchall()
    return found[0][0] > 0


def read_frame(con: duckdb.DuckDBPyConnection, query: str) -> pd.DataFrame:
    """The rows of `query`. DATE columns hold `datetime.date` objects: GX compares those with
    the ISO dates a suite writes ("1990-01-01"), not the timestamps pandas would make."""
    return con.sql(query).df(date_as_object=True)
