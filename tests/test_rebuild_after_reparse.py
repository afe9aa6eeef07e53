"""A parse that re-reads most of the warehouse (a new parser version) rebuilds the marts."""

from __future__ import annotations

from pathlib import Path

from flows.pipeline import _parse_replaced_most
from pressroom.db import connect
from pressroom.settings import Paths


def _warehouse(tmp_path: Path, files: int, marts: bool) -> Paths:
    paths = Paths(tmp_path)
    with connect(paths.warehouse) as con:
        con.execute("insert into staging.parsed_files select 'sha' || i, 'v1', 'parsed', 1,"
                    " now() from range(?) r(i)", [files])
        if marts:
            con.execute("create schema marts; create table marts.releases (release_key varchar)")
    return paths


def test_a_parse_of_most_files_of_a_built_warehouse_rebuilds_the_marts(tmp_path: Path):
    paths = _warehouse(tmp_path, files=100, marts=True)
    assert _parse_replaced_most(paths, {"files_parsed": 51})
    assert not _parse_replaced_most(paths, {"files_parsed": 50})  # half: merged by key
    assert not _parse_replaced_most(paths, {"files_parsed": 0})
    assert not _parse_replaced_most(paths, None)  # the parse did not run


def test_a_first_run_builds_the_marts_as_usual(tmp_path: Path):
    """No marts yet: dbt builds them from scratch anyway, nothing to rebuild."""
    assert not _parse_replaced_most(_warehouse(tmp_path, files=100, marts=False),
                                    {"files_parsed": 100})
