"""Hand Arrow tables to DuckDB SQL: the set-based way rows get into the warehouse."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import duckdb
import pyarrow as pa


@contextmanager
def registered(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[None]:
    """Make `table` queryable as `name` in SQL for the duration of the block."""
    con.register(name, table)
    try:
        yield
    finally:
        con.unregister(name)
