"""Connections to the working warehouse, with the landing and staging schema in place."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import duckdb


def connect(path: Path) -> duckdb.DuckDBPyConnection:
    """Open (creating if needed) the working DuckDB file and ensure the pipeline's tables."""
    path.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(path))
    con.execute(resources.files("pressroom").joinpath("sql/schema.sql").read_text("utf-8"))
    return con
