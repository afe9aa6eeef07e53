"""Publishing the marts: atomic DuckDB file, Parquet folder swap, nothing changed on failure."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import duckdb
import pytest

from pressroom.publish import PublishError, publish
from pressroom.settings import Paths


def make_working(paths: Paths, releases: int = 5, with_quality: bool = True):
    """A working warehouse with small marts made by SQL, open read-write (as after dbt)."""
    paths.warehouse.parent.mkdir(parents=True, exist_ok=True)
    con = duckdb.connect(str(paths.warehouse))
    con.execute("create schema if not exists marts")
    con.execute(
        "create or replace table marts.releases as "
        "select 'r' || i as release_id, 'Titre ' || i as title from range(?) t(i)",
        [releases],
    )
    con.execute(
        "create or replace table marts.statistics as "
        "select 'r' || (i % ?) as release_id, i::double as value from range(?) t(i)",
        [releases, releases * 3],
    )
    con.execute("create or replace view marts.release_count as "
                "select count(*) n from marts.releases")
    if with_quality:
        con.execute("create schema if not exists quality")
        con.execute(
            "create or replace table quality.results as "
            "select 'marts' as stage, 'expect_x' as expectation, true as success"
        )
    con.execute("create schema if not exists staging")
    con.execute("create or replace table staging.secret as select 1 as x")
    return con


def snapshot(paths: Paths) -> dict[str, str]:
    """sha256 of the published file and of every Parquet file, by path."""
    files = [paths.published, *sorted(paths.parquet_dir.glob("*.parquet"))]
    return {str(f.relative_to(paths.root)): hashlib.sha256(f.read_bytes()).hexdigest()
            for f in files}


def test_publish_writes_marts_to_duckdb_and_parquet(root: Paths) -> None:
    con = make_working(root)
    result = publish(con, root, flow_run_id="run-1")

    assert result.row_counts == {"marts.release_count": 1, "marts.releases": 5,
                                 "marts.statistics": 15, "quality.results": 1}
    with duckdb.connect(str(root.published), read_only=True) as bi:
        tables = bi.execute("select table_schema || '.' || table_name "
                            "from information_schema.tables order by 1").fetchall()
        assert [t for (t,) in tables] == [
            "marts.release_count", "marts.releases", "marts.statistics",
            "meta.publish_info", "meta.published_tables", "quality.results"]
        assert bi.execute("select count(*) from marts.statistics").fetchone() == (15,)
        # views are materialised: the published file stands alone
        assert bi.execute("select n from marts.release_count").fetchone() == (5,)
        assert bi.execute("select publish_id, flow_run_id from meta.publish_info").fetchone() == (
            result.publish_id, "run-1")
    assert root.parquet_dir.is_symlink()
    assert sorted(p.name for p in root.parquet_dir.iterdir()) == [
        "meta_publish_info.parquet", "meta_published_tables.parquet", "quality_results.parquet",
        "release_count.parquet", "releases.parquet", "statistics.parquet"]
    pq = duckdb.execute(f"select count(*) from '{root.parquet_dir}/statistics.parquet'").fetchone()
    assert pq == (15,)
    # readable by older DuckDB builds, as bundled by BI tools: storage format 64 = DuckDB 1.0
    header = root.published.read_bytes()[:20]
    assert header[8:12] == b"DUCK" and int.from_bytes(header[12:20], "little") == 64
    # no temporary file or folder is left beside the published ones
    assert sorted(p.name for p in root.published_dir.iterdir() if p.name.startswith(".")) == [
        f".parquet-{result.publish_id}"]


def test_republish_replaces_and_old_reader_keeps_a_consistent_view(root: Paths) -> None:
    con = make_working(root, releases=5)
    first = publish(con, root)
    reader = duckdb.connect(str(root.published), read_only=True)
    assert reader.execute("select count(*) from marts.releases").fetchone() == (5,)

    make_working(root, releases=7)
    second = publish(con, root)
    third = publish(con, root)

    # the open reader still reads the file it opened, whole
    assert reader.execute("select count(*) from marts.releases").fetchone() == (5,)
    assert reader.execute("select count(*) from marts.statistics").fetchone() == (15,)
    info = reader.execute("select publish_id from meta.publish_info").fetchone()
    assert info == (first.publish_id,)
    reader.close()
    # reconnecting sees the newest publish
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select count(*) from marts.releases").fetchone() == (7,)
        info = bi.execute("select publish_id from meta.publish_info").fetchone()
        assert info == (third.publish_id,)
    # the current Parquet version and the previous one are kept, older ones removed
    versions = sorted(p.name for p in root.published_dir.glob(".parquet-*"))
    assert versions == [f".parquet-{second.publish_id}", f".parquet-{third.publish_id}"]
    assert Path(root.parquet_dir.readlink()).name == f".parquet-{third.publish_id}"


def test_nothing_to_publish_is_a_clear_error_and_changes_nothing(root: Paths) -> None:
    con = make_working(root)
    publish(con, root)
    before = snapshot(root)
    con.execute("drop schema marts cascade")

    with pytest.raises(PublishError, match="no tables in schema 'marts'"):
        publish(con, root)
    assert snapshot(root) == before


def test_failure_while_building_leaves_the_published_warehouse_byte_identical(root: Paths) -> None:
    con = make_working(root)
    publish(con, root)
    before = snapshot(root)
    entries = sorted(p.name for p in root.published_dir.iterdir())
    # a mart that fails when read, after others were already copied
    con.execute("create table marts.zz_source as select 1 as x")
    con.execute("create view marts.zz_broken as select * from marts.zz_source")
    con.execute("drop table marts.zz_source")

    with pytest.raises(duckdb.Error):
        publish(con, root)
    assert snapshot(root) == before
    assert sorted(p.name for p in root.published_dir.iterdir()) == entries


def test_publish_works_while_another_connection_holds_the_working_file(root: Paths) -> None:
    """As after an in-process dbt run: the working file is already open read-write."""
    holder = make_working(root)
    con = duckdb.connect(str(root.warehouse))  # shares the instance holder opened
    result = publish(con, root)
    con.close()
    assert holder.execute("select count(*) from marts.releases").fetchone() == (5,)
    assert result.row_counts["marts.releases"] == 5


def test_a_plain_parquet_folder_from_an_older_layout_is_replaced(root: Paths) -> None:
    con = make_working(root)
    root.parquet_dir.mkdir(parents=True)
    (root.parquet_dir / "stale.parquet").write_bytes(b"old")
    publish(con, root)
    assert root.parquet_dir.is_symlink()
    assert not (root.parquet_dir / "stale.parquet").exists()


def test_files_left_by_a_killed_publish_are_removed_later(root: Paths) -> None:
    con = make_working(root)
    root.published_dir.mkdir(parents=True)
    old = root.published_dir / ".pressroom.duckdb.20200101T000000Z-dead.tmp"
    recent = root.published_dir / ".pressroom.duckdb.20990101T000000Z-busy.tmp"
    for f in (old, recent):
        f.write_bytes(b"half a database")
    os.utime(old, (0, 0))

    publish(con, root)
    assert not old.exists()
    assert recent.exists()  # may belong to a publish still running


def published_rows(paths: Paths) -> dict[str, list[tuple]]:
    """Every published table's columns and rows (sorted), meta tables left out."""
    with duckdb.connect(str(paths.published), read_only=True) as bi:
        tables = [t for (t,) in bi.execute(
            "select table_schema || '.' || table_name from information_schema.tables "
            "where table_schema <> 'meta' order by 1").fetchall()]
        return {t: [tuple(d[0] for d in bi.execute(f"select * from {t} limit 0").description),
                    *bi.execute(f"select * from {t} order by all").fetchall()] for t in tables}


def published_comments(paths: Paths) -> list[tuple]:
    """Every table's and column's comment in the published file (what BI tools show)."""
    with duckdb.connect(str(paths.published), read_only=True) as bi:
        return bi.execute(
            "select schema_name, table_name, null, comment from duckdb_tables() "
            "where database_name = current_database() union all "
            "select schema_name, table_name, column_name, comment from duckdb_columns() "
            "where database_name = current_database() order by all").fetchall()


def assert_as_published_from_scratch(con: duckdb.DuckDBPyConnection, root: Paths,
                                     fresh: Path, comments: bool = False) -> None:
    """`root`'s published warehouse holds the rows (and with `comments`, the comments) that a
    publish of the same working database into the empty root `fresh` gives."""
    scratch = Paths(fresh)
    publish(con, scratch)
    assert published_rows(root) == published_rows(scratch)
    if comments:
        assert published_comments(root) == published_comments(scratch)


def test_a_republish_updates_a_copy_of_the_published_file_to_what_a_fresh_one_holds(
        root: Paths, tmp_path: Path) -> None:
    con = make_working(root, releases=5)
    first = publish(con, root)
    # rows added, changed and removed; a table whose columns change; a table without a key
    # in its first column; a table gone; one table unchanged (quality.results)
    con.execute("insert into marts.releases values ('r9', 'Titre 9')")
    con.execute("update marts.releases set title = 'Titre deux' where release_id = 'r2'")
    con.execute("delete from marts.releases where release_id = 'r4'")
    con.execute("create or replace table marts.statistics as "
                "select 'r' || (i % 5) as release_id, i::double as value, 'count' as unit "
                "from range(15) t(i)")
    con.execute("create table marts.pairs as select 1 as a, 2 as b union all select 1, 3")
    con.execute("drop view marts.release_count")

    second = publish(con, root)

    assert_as_published_from_scratch(con, root, tmp_path / "fresh", comments=True)
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select publish_id from meta.publish_info").fetchone() == (
            second.publish_id,)
        assert bi.execute("select * from meta.published_tables order by all").fetchall() == [
            ("marts", "pairs", 2), ("marts", "releases", 5), ("marts", "statistics", 15),
            ("quality", "results", 1)]
    header = root.published.read_bytes()[:20]  # still readable by DuckDB 1.0
    assert int.from_bytes(header[12:20], "little") == 64
    # the unchanged table keeps its Parquet file; changed ones are written again
    previous = root.published_dir / f".parquet-{first.publish_id}"
    assert (root.parquet_dir / "quality_results.parquet").stat().st_ino == (
        previous / "quality_results.parquet").stat().st_ino
    assert (root.parquet_dir / "releases.parquet").stat().st_ino != (
        previous / "releases.parquet").stat().st_ino
    assert not (root.parquet_dir / "release_count.parquet").exists()
    assert duckdb.execute(f"select count(*) from '{root.parquet_dir}/releases.parquet'"
                          ).fetchone() == (5,)


def test_rows_changed_in_a_few_columns_are_updated_in_place(root: Paths, tmp_path: Path
                                                             ) -> None:
    """Rows whose key stays and a few columns change (a figure's `is_first_report` when another
    release reports its fact) are updated where they stand, not deleted and appended: the
    published table keeps its row order, holds what a fresh publish holds, and its Parquet
    file is written again."""
    con = make_working(root, releases=5)
    con.execute("alter table marts.releases add column a integer default 1")
    con.execute("alter table marts.releases add column b integer default 1")
    con.execute("alter table marts.releases add column c integer default 1")
    con.execute("alter table marts.releases add column d integer default 1")
    publish(con, root)

    def published_order(paths: Paths) -> list[str]:
        with duckdb.connect(str(paths.published), read_only=True) as bi:
            return [k for (k,) in bi.execute("select release_id from marts.releases").fetchall()]

    order = published_order(root)
    con.execute("update marts.releases set a = 2 where release_id in ('r1', 'r3')")
    con.execute("insert into marts.releases values ('r9', 'Titre 9', 1, 1, 1, 1)")
    publish(con, root)
    assert published_order(root) == [*order, "r9"]  # r1 and r3 where they were
    assert_as_published_from_scratch(con, root, tmp_path / "fresh")
    assert duckdb.execute(f"select count(*) filter (where a = 2) from "
                          f"'{root.parquet_dir}/releases.parquet'").fetchone() == (2,)

    # most columns changed: deleted and inserted, same rows
    con.execute("update marts.releases set title = 'x', a = 3, b = 3, c = 3 "
                "where release_id = 'r2'")
    publish(con, root)
    assert published_order(root)[-1] == "r2"
    assert_as_published_from_scratch(con, root, tmp_path / "fresh-2")


def test_a_table_that_only_gained_rows_gets_them_appended_to_its_parquet_file(
        root: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pressroom import publish as publishing
    from pressroom.parquet_append import shape

    con = make_working(root, releases=5)
    publish(con, root)
    monkeypatch.setattr(publishing, "MAX_APPENDED_ROW_GROUPS", 1)
    for run in range(3):
        con.execute("insert into marts.releases values (?, 'Nouveau')", [f"n{run}"])
        before = (root.parquet_dir / "releases.parquet").read_bytes()
        publish(con, root)
        after = (root.parquet_dir / "releases.parquet").read_bytes()
        assert_as_published_from_scratch(con, root, tmp_path / f"fresh{run}")
        assert duckdb.execute(
            f"select list(release_id order by release_id) from "
            f"'{root.parquet_dir}/releases.parquet'").fetchone() == (
            sorted([f"r{i}" for i in range(5)] + [f"n{i}" for i in range(run + 1)]),)
        footer = int.from_bytes(before[-8:-4], "little")
        if run < 2:  # appended: the previous file's row groups kept byte for byte
            assert after[:len(before) - 8 - footer] == before[:len(before) - 8 - footer]
            assert shape(root.parquet_dir / "releases.parquet") == (run + 2, 6 + run)
        else:  # one row group more than a whole file would hold: written whole again
            assert shape(root.parquet_dir / "releases.parquet") == (1, 8)


def test_marts_whose_dbt_config_names_a_row_version_are_compared_on_it_alone(
        root: Paths) -> None:
    """A mart declaring `meta: {row_version: [...]}` is compared on those columns while the
    marts come from the dbt project the published ones came from; rows are compared whole
    when the project changed (a full refresh may change every row with the same version)."""
    import json

    from pressroom.transform import DbtDirs

    target = DbtDirs.for_paths(root).target
    target.mkdir(parents=True)
    (target / "manifest.json").write_text(json.dumps({"nodes": {"model.p.releases": {
        "resource_type": "model", "schema": "marts", "name": "releases", "alias": "releases",
        "config": {"meta": {"row_version": ["version"]}}, "columns": {}}}}), "utf-8")
    stamp = target.parent / ".built-project-sha256"
    stamp.write_text("project-1", "utf-8")
    con = make_working(root, releases=3)
    con.execute("alter table marts.releases add column version integer default 1")
    publish(con, root)

    def published_titles() -> list[tuple]:
        with duckdb.connect(str(root.published), read_only=True) as bi:
            return bi.execute("select title from marts.releases order by all").fetchall()

    con.execute("update marts.releases set title = 'Unseen' where release_id = 'r0'")
    con.execute("update marts.releases set title = 'Seen', version = 2 where release_id = 'r1'")
    publish(con, root)  # r0 changed but kept its version: not looked at
    assert published_titles() == [("Seen",), ("Titre 0",), ("Titre 2",)]

    stamp.write_text("project-2", "utf-8")
    publish(con, root)  # another project: every column compared
    assert published_titles() == [("Seen",), ("Titre 2",), ("Unseen",)]
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select dbt_project from meta.publish_info").fetchone() == (
            "project-2",)


def test_a_publish_prepared_while_the_marts_gate_runs_holds_what_a_fresh_one_holds(
        root: Paths, tmp_path: Path) -> None:
    """The marts are brought up to date in a thread (pressroom.publish.PreparedPublish) while
    the marts gate runs; the quality results the gate writes meanwhile are published too."""
    from pressroom.publish import PreparedPublish

    con = make_working(root, releases=5)
    first = publish(con, root)
    before = snapshot(root)
    con.execute("insert into marts.releases values ('r9', 'Titre 9')")
    con.execute("update marts.releases set title = 'Titre deux' where release_id = 'r2'")

    prepared = PreparedPublish(root)
    # the gate's results, written while the publish is prepared
    con.execute("insert into quality.results values ('marts', 'expect_y', false)")
    assert snapshot(root) == before  # nothing is published before the gate passed
    second = publish(con, root, prepared=prepared)

    assert_as_published_from_scratch(con, root, tmp_path / "fresh", comments=True)
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select publish_id from meta.publish_info").fetchone() == (
            second.publish_id,)
        assert bi.execute("select count(*) from quality.results").fetchone() == (2,)
    assert duckdb.execute(f"select count(*) from '{root.parquet_dir}/quality_results.parquet'"
                          ).fetchone() == (2,)
    assert second.publish_id == prepared.publish_id != first.publish_id  # its work was used
    assert sorted(p.name for p in root.published_dir.iterdir() if p.name.endswith(".tmp")) == []


def test_a_prepared_publish_discarded_when_the_gate_fails_changes_nothing(
        root: Paths) -> None:
    from pressroom.publish import PreparedPublish

    con = make_working(root, releases=5)
    publish(con, root)
    before = snapshot(root)
    entries = sorted(p.name for p in root.published_dir.iterdir())
    con.execute("insert into marts.releases values ('r9', 'Titre 9')")

    PreparedPublish(root).discard()

    assert snapshot(root) == before
    assert sorted(p.name for p in root.published_dir.iterdir()) == entries
    publish(con, root)  # the next publish is not hindered by it
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select count(*) from marts.releases").fetchone() == (6,)


def test_a_prepared_publish_whose_marts_changed_since_is_built_again(
        root: Paths, tmp_path: Path) -> None:
    from pressroom.publish import PreparedPublish

    con = make_working(root, releases=5)
    publish(con, root)
    prepared = PreparedPublish(root)
    prepared.wait([])  # let it finish before the marts change under it
    con.execute("create table marts.pairs as select 1 as a")

    publish(con, root, prepared=prepared)

    assert_as_published_from_scratch(con, root, tmp_path / "fresh")
    assert sorted(p.name for p in root.published_dir.iterdir() if p.name.endswith(".tmp")) == []
