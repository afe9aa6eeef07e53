"""Connections to the working warehouse, with the landing and staging schema in place."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from importlib import resources
from pathlib import Path

import duckdb


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the working DuckDB file and ensure the pipeline's tables."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(resources.files("pressroom").joinpath("sql/schema.sql").read_text("utf-8"))
    return con


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
