"""Hand Arrow tables, or columns as Python lists, to DuckDB SQL: the set-based way rows get into
the warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import duckdb
import pyarrow as pa


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[None]:
    """Make `table` queryable as `name` in SQL for the duration of the block."""
    con.register(name, table)
    try:
        yield
    except BaseException:
        # In a transaction the error aborted, DuckDB refuses even this ("Current transaction
        # is aborted"): the block's own error is the one to raise, not that one.
        with suppress(duckdb.Error):
            con.unregister(name)
        raise
    con.unregister(name)


def list_rows(columns: dict[str, list[Any]]) -> tuple[str, dict[str, list[Any]]]:
    """A SELECT giving one row per position of the equal-length `columns`, and its parameters.

    The lists travel as query parameters (`select unnest($a) as a, unnest($b) as b`: DuckDB
    unnests them side by side). Unlike an Arrow table, this never makes DuckDB import pandas
    (about a second), which matters to a command that only lands files.
    """
    select = ", ".join(f'unnest(${name}) as "{name}"' for name in columns)
    return f"select {select}", dict(columns)
