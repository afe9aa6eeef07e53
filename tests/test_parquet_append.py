"""Appending row groups to a Parquet file written by DuckDB, without decoding its rows."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from pressroom.parquet_append import CannotAppend, append_row_groups, shape

ROWS = """select 'k' || i as key, i::double / 3 as value, date '2020-01-01' + i::int as day,
                 timestamptz '2026-11-30 10:00:00+00' + to_seconds(i) as at,
                 ['a', 'b' || (i % 3)] as tags, case when i % 7 = 0 then null else 'x' end as x
          from range({start}, {stop}) t(i)"""


def write(con: duckdb.DuckDBPyConnection, path: Path, start: int, stop: int) -> Path:
    con.execute(f"copy ({ROWS.format(start=start, stop=stop)}) to '{path}' (format parquet)")
    return path


def test_appended_file_holds_both_files_rows_and_keeps_their_bloom_filters(
        tmp_path: Path) -> None:
    con = duckdb.connect()
    base = write(con, tmp_path / "base.parquet", 0, 300_000)  # three row groups
    extra = write(con, tmp_path / "extra.parquet", 300_000, 302_000)
    target = tmp_path / "target.parquet"

    assert append_row_groups(base, extra, target) == 302_000

    assert shape(target) == (shape(base)[0] + 1, 302_000)
    assert target.read_bytes()[:shape_end(base)] == base.read_bytes()[:shape_end(base)]
    both = f"(select * from '{base}' union all select * from '{extra}')"
    appended = f"(select * from '{target}')"
    for a, b in ((appended, both), (both, appended)):
        assert con.execute(f"select count(*) from ({a} except all {b})").fetchone() == (0,)
    # a reader filtering on a key of the appended rows finds them through the statistics and
    # the bloom filter of the appended row group, moved to where its bytes now are
    assert con.execute(f"select value from '{target}' where key = 'k301999'").fetchone() == (
        301_999 / 3,)
    probe = con.execute(f"select row_group_id, bloom_filter_excludes from "
                        f"parquet_bloom_probe('{target}', 'x', 'y') order by 1").fetchall()
    assert len(probe) == 4 and all(excludes for _, excludes in probe)
    probe = con.execute(f"select bloom_filter_excludes from parquet_bloom_probe("
                        f"'{target}', 'key', 'k301999') where row_group_id = 3").fetchone()
    assert probe == (False,)


def shape_end(path: Path) -> int:
    """The byte where `path`'s footer starts (its row groups end)."""
    data = path.read_bytes()
    return len(data) - 8 - int.from_bytes(data[-8:-4], "little")


def test_files_of_other_schemas_are_refused_and_nothing_is_written(tmp_path: Path) -> None:
    con = duckdb.connect()
    base = write(con, tmp_path / "base.parquet", 0, 10)
    other = tmp_path / "other.parquet"
    con.execute(f"copy (select 'k' as key, 1 as value) to '{other}' (format parquet)")
    target = tmp_path / "target.parquet"

    with pytest.raises(CannotAppend, match="differ"):
        append_row_groups(base, other, target)
    assert not target.exists()
    (tmp_path / "text.parquet").write_text("not parquet")
    with pytest.raises(CannotAppend):
        append_row_groups(base, tmp_path / "text.parquet", target)
    assert not target.exists()
