"""The marts depend on the data, not on the order it arrived in.

Two warehouses receive the same 300 generated files: one in two runs (100 files, then the
rest), the other in one run. Every mart must hold the same rows, except the columns that
record when pressroom did something (landing and parsing times).
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pressroom import db, transform
from pressroom.corpus.writer import write_corpus
from pressroom.landing import land_files
from pressroom.publish import MARTS_SCHEMA
from pressroom.settings import Paths
from pressroom.staging import parse_pending

pytestmark = pytest.mark.slow

#: Columns that say when pressroom landed or parsed a file: they differ between histories.
WHEN_COLUMNS = {"landed_at", "parsed_at", "recorded_at"}


def run_history(root: Path, batches: list[list[Path]]) -> Paths:
    """Land, parse and build the marts once per batch of files."""
    paths = Paths(root)
    for files in batches:
        con = db.connect(paths.warehouse)
        try:
            land_files(con, paths, files, None)
            parse_pending(con, paths)
        finally:
            con.close()
        transform.build(paths)
    return paths


def marts(paths: Paths) -> dict[str, list[tuple]]:
    """Every mart's rows, sorted, without the WHEN_COLUMNS."""
    with duckdb.connect(str(paths.warehouse), read_only=True) as con:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = ? "
            "order by table_name", [MARTS_SCHEMA]).fetchall()]
        rows = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema = ? "
                "and table_name = ? order by ordinal_position", [MARTS_SCHEMA, table]).fetchall()
                       if c not in WHEN_COLUMNS]
            select = ", ".join(f'"{c}"' for c in columns)
            rows[table] = con.execute(
                f"select {select} from {MARTS_SCHEMA}.{table} order by all").fetchall()
    return rows


def test_two_runs_and_one_run_of_the_same_files_give_the_same_marts(tmp_path):
    write_corpus(300, seed=20260512, outdir=tmp_path / "corpus")
    files = sorted((tmp_path / "corpus" / "raw").iterdir())
    in_two_runs = marts(run_history(tmp_path / "two", [files[:100], files]))
    in_one_run = marts(run_history(tmp_path / "one", [files]))
    assert set(in_two_runs) >= {"contacts", "release_contacts", "figures", "statistics"}
    assert len(in_one_run["contacts"]) > 50  # people seen in several releases: ties to break
    for table, rows in in_one_run.items():
        assert in_two_runs[table] == rows, f"marts.{table} depends on the landing history"
