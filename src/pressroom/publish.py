"""Publish the marts for BI tools: a DuckDB file replaced atomically, and Parquet files.

The published database is built beside the live one, checkpointed and closed, then renamed over
it (`os.replace`, atomic on POSIX). A reader that holds the old file open keeps reading the old
file (its open descriptor points at the old inode) and never sees a half-built table; it sees the
new publish when it reconnects.

Parquet files are written into a fresh versioned folder `.parquet-<publish_id>/`, and
`published/parquet` is a symbolic link to the current version, swapped by renaming a new link over
it: one atomic step, so a reader listing `parquet/*.parquet` sees either the whole old set or the
whole new set. The previous version is kept (a reader may still be opening its files); older
ones are removed.

The working database may be held open read-write by dbt-duckdb in this same process, so
everything is read through a connection to the working database (DuckDB shares one instance per
file in a process) and the new file is ATTACHed to it.

A run that adds a few files changes a few rows of each mart, and writing the whole warehouse
again (compressing every row of a file of hundreds of MB) made publishing grow with the
warehouse. So the new file starts as a byte copy of the current published file (a kernel-side
copy: no row is decoded or compressed), and each table is brought up to date in it: rows are
compared on their key and a hash of all their columns, rows that changed in a few columns are
updated in those columns where they stand, rows that left or changed more are deleted, new and
those changed rows inserted (`_sync_table`). A mart whose dbt config names its row version
(`meta: {row_version: [columns]}`: the columns a row cannot change without, such as the time
its release was parsed) is compared on those columns alone, when the marts come from the same
dbt project as the published ones (`meta.publish_info.dbt_project`): reading two narrow
columns instead of every column of both sides. A table whose columns changed, or whose first
column is not a unique key, is copied whole; so is everything when there is no published file
yet. The published file is still a new file renamed over the old one: readers never see it
change. A table whose rows did not change keeps its Parquet file (a hard link to the previous
version's); a table that only gained rows (most marts on a daily run) gets a copy of the
previous file with the new rows appended as row groups (pressroom.parquet_append: no old row is
decoded); the others are written again.
"""

from __future__ import annotations

import json
import os
import shutil
import time
import uuid
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from pressroom.comments import describe_published, manifest_path
from pressroom.db import open_warehouse
from pressroom.settings import PARSER_VERSION, Paths
from pressroom.transform import built_project

#: Schema holding the dbt marts: every table or view in it is published.
MARTS_SCHEMA = "marts"
#: Published too when present, so BI can show data quality next to the data.
EXTRA_TABLES: tuple[tuple[str, str], ...] = (("quality", "results"),
                                             ("quality", "quarantined_rows"))
#: Schema of the published file describing the publish itself.
META_SCHEMA = "meta"
#: On-disk format of the published file. DuckDB 2 writes a format older DuckDB builds cannot
#: read, and BI tools often bundle an older DuckDB (JDBC/ODBC drivers, the 1.x CLI): the
#: 1.0 format is readable by every DuckDB since 1.0 (measured with the 1.5 CLI).
PUBLISHED_STORAGE_VERSION = "v1.0.0"
#: The storage version number DuckDB writes in the header of a PUBLISHED_STORAGE_VERSION file.
_STORAGE_NUMBER = 64
_ALIAS = "pressroom_publish_new"
_META_TABLES = ((META_SCHEMA, "publish_info"), (META_SCHEMA, "published_tables"))
_PARQUET_PREFIX = ".parquet-"
#: A table that only gained rows gets them appended to its previous Parquet file as new row
#: groups (a +1 % run's: a few thousand rows each), until it holds this many row groups more
#: than a file written whole would; then it is written whole again (few large row groups read
#: faster).
MAX_APPENDED_ROW_GROUPS = 16
#: Rows per row group in a Parquet file DuckDB writes (its ROW_GROUP_SIZE default).
DUCKDB_ROW_GROUP_ROWS = 122_880
#: The key of a dbt model's `meta` naming the columns without which none of its rows changes
#: while the dbt project stays the same (a row of `statistics` is its release's parse, so
#: `[parsed_at]`); `_sync_table` then compares rows on those columns.
ROW_VERSION_META = "row_version"


class PublishError(RuntimeError):
    """The working warehouse cannot be published (nothing was changed)."""


@dataclass(frozen=True)
class PublishResult:
    """What one publish wrote."""

    publish_id: str
    published_at: datetime
    database: Path
    parquet_dir: Path
    #: rows per published table, keyed "schema.table"
    row_counts: dict[str, int] = field(default_factory=dict)


def publish(
    con: duckdb.DuckDBPyConnection, paths: Paths, *, flow_run_id: str | None = None,
    prepared: PreparedPublish | None = None,
) -> PublishResult:
    """Publish the marts of the working database `con` to `paths.published` and Parquet.

    `prepared`: the marts brought up to date beforehand (`PreparedPublish`, started while the
    marts gate ran: their rows must not have changed since), finished here; when it failed or
    the set of tables changed, it is dropped and the publish is built as without it."""
    tables = tables_to_publish(con)
    if not any(schema == MARTS_SCHEMA for schema, _ in tables):
        if prepared is not None:
            prepared.discard()
        raise PublishError(
            f"nothing to publish: the working warehouse has no tables in schema "
            f"{MARTS_SCHEMA!r} (run the transform first)"
        )
    done = prepared.wait(tables) if prepared is not None else None
    if prepared is not None and done is None:
        prepared.discard()  # failed, or the marts changed since: build as without it
        prepared = None
    published_at = datetime.now(UTC)
    publish_id = prepared.publish_id if prepared is not None else _new_publish_id(published_at)
    paths.published_dir.mkdir(parents=True, exist_ok=True)
    if prepared is None:
        _remove_stale_files(paths)
    new_db, new_parquet = _new_files(paths, publish_id)
    try:
        previous = _previous_publish(paths)
        if prepared is None and previous is not None:
            shutil.copyfile(previous[0], new_db)  # copy_file_range: no row is decoded
            new_db.chmod(0o644)
        build_con = prepared.connection if prepared is not None else con
        row_counts = _build(build_con, tables, new_db, new_parquet, publish_id, published_at,
                            flow_run_id, manifest_path(paths),
                            previous[1] if previous else None, built_project(paths), done)
        if prepared is not None:
            prepared.close()
        _fsync(new_db)
        make_read_only(new_db, new_parquet)
        os.replace(new_db, paths.published)
        _fsync(paths.published_dir)
        _swap_link(paths.parquet_dir, new_parquet)
    except BaseException:
        if prepared is not None:
            prepared.close()
        new_db.unlink(missing_ok=True)
        if _current_parquet(paths.parquet_dir) != new_parquet:
            _remove_tree(new_parquet)
        raise
    _remove_old_parquet(paths.parquet_dir, keep=2)
    return PublishResult(publish_id, published_at, paths.published, paths.parquet_dir,
                         row_counts)


class PreparedPublish:
    """The marts of the next publish brought up to date in its new file, and their Parquet
    files written, in a thread, while the marts gate runs (its checks are Python, on one
    core; this is DuckDB's work, mostly on the other). Nothing is published until
    `publish(..., prepared=)` finishes it after the gate passed: the quality tables (which
    the gate writes), the publish's own tables, the rename. `discard()` drops it (the gate
    failed). Started only to update a previous publish (`can_prepare`): a first publish copies
    every table whole, a memory peak better not added to the gate's."""

    def __init__(self, paths: Paths) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.paths = paths
        self.publish_id = _new_publish_id(datetime.now(UTC))
        self.connection = open_warehouse(paths.warehouse)  # its own: temp tables are per connection
        self._tables: list[tuple[str, str]] = []
        self._closed = False
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="publish-marts")
        self._future = self._pool.submit(self._prepare)
        self._pool.shutdown(wait=False)

    def _prepare(self) -> dict[tuple[str, str], _Change]:
        paths, con = self.paths, self.connection
        paths.published_dir.mkdir(parents=True, exist_ok=True)
        _remove_stale_files(paths)
        previous = _previous_publish(paths)
        if previous is None:
            raise PublishError("no previous publish to update")
        new_db, new_parquet = _new_files(paths, self.publish_id)
        shutil.copyfile(previous[0], new_db)  # copy_file_range: no row is decoded
        new_db.chmod(0o644)
        self._tables = tables_to_publish(con)
        marts = [t for t in self._tables if t[0] == MARTS_SCHEMA]
        done = _start_build(con, self._tables, marts, new_db, new_parquet,
                            manifest_path(paths), previous[1], built_project(paths))
        # written to the new file now, while the gate runs, rather than by the publish's
        # final checkpoint after it
        con.execute(f"checkpoint {_quote(_ALIAS)}")
        return done

    def wait(self, tables: list[tuple[str, str]]) -> dict[tuple[str, str], _Change] | None:
        """How the marts changed, once prepared; None when preparing failed or `tables` (the
        working warehouse's now) are not those it prepared."""
        try:
            done = self._future.result()
        except Exception:
            return None
        return done if tables == self._tables else None

    def discard(self) -> None:
        """Drop what was prepared (waits for the thread to end)."""
        with suppress(BaseException):
            self._future.result()
        self.close()
        new_db, new_parquet = _new_files(self.paths, self.publish_id)
        new_db.unlink(missing_ok=True)
        if _current_parquet(self.paths.parquet_dir) != new_parquet:
            _remove_tree(new_parquet)

    def close(self) -> None:
        """Detach the new file and close the connection (what `publish` left, if anything)."""
        if self._closed:
            return
        self._closed = True
        with suppress(duckdb.Error):
            _drop_diffs(self.connection)
        with suppress(duckdb.Error):
            self.connection.execute(f"detach database if exists {_quote(_ALIAS)}")
        self.connection.close()


def can_prepare(paths: Paths) -> bool:
    """Whether a publish of `paths` can be prepared ahead (`PreparedPublish`): it updates a
    previous publish."""
    return _previous_publish(paths) is not None


def _new_publish_id(published_at: datetime) -> str:
    return published_at.strftime("%Y%m%dT%H%M%S%fZ") + "-" + uuid.uuid4().hex[:8]


def _new_files(paths: Paths, publish_id: str) -> tuple[Path, Path]:
    """The new DuckDB file and Parquet folder of the publish `publish_id`."""
    return (paths.published_dir / f".{paths.published.name}.{publish_id}.tmp",
            paths.published_dir / f"{_PARQUET_PREFIX}{publish_id}")


def tables_to_publish(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str]]:
    """(schema, table) of every mart, plus the extra tables that exist, in a stable order."""
    rows = con.execute(
        "select table_schema, table_name from information_schema.tables "
        "where table_catalog = current_database() order by table_schema, table_name"
    ).fetchall()
    present = set(rows)
    marts = [(schema, name) for schema, name in rows if schema == MARTS_SCHEMA]
    return marts + [t for t in EXTRA_TABLES if t in present]


def parquet_name(schema: str, table: str) -> str:
    """File name of a table in the Parquet folder: marts keep their name, others are prefixed."""
    return f"{table}.parquet" if schema == MARTS_SCHEMA else f"{schema}_{table}.parquet"


def _previous_publish(paths: Paths) -> tuple[Path, Path | None] | None:
    """The current published file and Parquet folder, when the file is one a publish can
    start from (written in PUBLISHED_STORAGE_VERSION); None: build from nothing."""
    if not paths.published.is_file():
        return None
    with paths.published.open("rb") as file:  # the header only, not the whole file
        header = file.read(20)
    if header[8:12] != b"DUCK" or int.from_bytes(header[12:20], "little") != _STORAGE_NUMBER:
        return None
    return paths.published, _current_parquet(paths.parquet_dir)


def _build(
    con: duckdb.DuckDBPyConnection,
    tables: list[tuple[str, str]],
    new_db: Path,
    new_parquet: Path,
    publish_id: str,
    published_at: datetime,
    flow_run_id: str | None,
    manifest: Path,
    previous_parquet: Path | None = None,
    dbt_project: str | None = None,
    done: dict[tuple[str, str], _Change] | None = None,
) -> dict[str, int]:
    """Bring `tables` into the DuckDB file `new_db` (new, or a copy of the published file to
    update) and write a Parquet folder; return their row counts.

    Tables and columns get the descriptions of the dbt `manifest` as comments. `dbt_project`:
    the fingerprint of the dbt project the marts come from, when known. `done`: the tables
    already brought up to date (and their Parquet written) by `_start_build` on `con`.
    """
    dst = _quote(_ALIAS)
    try:
        if done is None:
            done = _start_build(con, tables, [], new_db, new_parquet, manifest,
                                previous_parquet, dbt_project)
        changes = {**done, **_bring_up_to_date(
            con, tables, [t for t in tables if t not in done], new_parquet, previous_parquet,
            row_versions(manifest) if _same_project(con, dbt_project) else {})}
        row_counts = {
            f"{schema}.{table}": con.execute(
                f"select count(*) from {dst}.{_quote(schema)}.{_quote(table)}"
            ).fetchall()[0][0]
            for schema, table in tables
        }
        con.execute(
            f"create or replace table {dst}.{META_SCHEMA}.publish_info as "
            "select ?::varchar as publish_id, "
            "?::timestamptz as published_at, ?::varchar as flow_run_id, "
            "?::varchar as parser_version, ?::varchar as dbt_project",
            [publish_id, published_at, flow_run_id, PARSER_VERSION, dbt_project],
        )
        con.execute(
            f"create or replace table {dst}.{META_SCHEMA}.published_tables "
            "(table_schema varchar, table_name varchar, row_count bigint)"
        )
        con.executemany(
            f"insert into {dst}.{META_SCHEMA}.published_tables values (?, ?, ?)",
            [[*key.split(".", 1), count] for key, count in row_counts.items()],
        )
        _write_parquets(con, _META_TABLES, new_parquet, previous_parquet, changes)
        describe_published(con, _ALIAS, [*tables, *_META_TABLES], manifest)
        con.execute(f"checkpoint {dst}")
    finally:
        with suppress(duckdb.Error):  # the error to raise is the build's
            _drop_diffs(con)
        with suppress(duckdb.Error):
            con.execute(f"detach database if exists {dst}")
    return row_counts


def _start_build(
    con: duckdb.DuckDBPyConnection,
    tables: list[tuple[str, str]],
    first: list[tuple[str, str]],
    new_db: Path,
    new_parquet: Path,
    manifest: Path,
    previous_parquet: Path | None,
    dbt_project: str | None,
) -> dict[tuple[str, str], _Change]:
    """Attach `new_db` as `_ALIAS` (left attached), create the Parquet folder, and bring the
    tables `first` of `tables` up to date in it; return how they changed."""
    new_parquet.mkdir()
    con.execute(f"attach {_literal(new_db)} as {_quote(_ALIAS)} "
                f"(storage_version {_literal(PUBLISHED_STORAGE_VERSION)})")
    versions = row_versions(manifest) if _same_project(con, dbt_project) else {}
    return _bring_up_to_date(con, tables, first, new_parquet, previous_parquet, versions)


def _same_project(con: duckdb.DuckDBPyConnection, dbt_project: str | None) -> bool:
    """Whether the marts come from the dbt project the attached copy's marts came from."""
    return dbt_project is not None and _published_project(con) == dbt_project


def _bring_up_to_date(
    con: duckdb.DuckDBPyConnection,
    tables: list[tuple[str, str]],
    only: list[tuple[str, str]],
    new_parquet: Path,
    previous_parquet: Path | None,
    versions: dict[tuple[str, str], list[str]],
) -> dict[tuple[str, str], _Change]:
    """`_sync_tables` for the tables `only` of `tables`, then write their Parquet files."""
    src = _quote(con.execute("select current_database()").fetchall()[0][0])
    changes = _sync_tables(con, src, tables, versions, only=only)
    _write_parquets(con, only, new_parquet, previous_parquet, changes)
    return changes


def _write_parquets(con: duckdb.DuckDBPyConnection, tables, new_parquet: Path,
                    previous_parquet: Path | None,
                    changes: dict[tuple[str, str], _Change]) -> None:
    """`_write_parquet` for each of `tables` (of the attached new file)."""
    for schema, table in tables:
        target = new_parquet / parquet_name(schema, table)
        kept = previous_parquet / target.name if previous_parquet else None
        _write_parquet(con, f"{_quote(_ALIAS)}.{_quote(schema)}.{_quote(table)}", target,
                       kept if kept is not None and kept.is_file() else None,
                       changes.get((schema, table), _REWRITTEN))


@dataclass(frozen=True)
class _Change:
    """How a table of the new file changed: rows deleted, inserted and updated in place by key
    (`_sync_table`); `added`: SQL giving the inserted rows, when rows were only inserted."""

    deleted: int
    inserted: int
    added: str | None = None
    updated: int = 0


#: A table copied whole (new, other columns, no key): its Parquet file is written whole.
_REWRITTEN = _Change(-1, -1)


def row_versions(manifest: Path) -> dict[tuple[str, str], list[str]]:
    """(schema, table) -> the row version columns of each dbt model whose config names them
    (ROW_VERSION_META); empty without a manifest."""
    try:
        nodes = json.loads(manifest.read_text("utf-8"))["nodes"].values()
    except (OSError, ValueError, KeyError):
        return {}
    return {(node["schema"], node.get("alias") or node["name"]): list(versions)
            for node in nodes if node.get("resource_type") == "model"
            and (versions := (node.get("config", {}).get("meta") or {}).get(ROW_VERSION_META))}


def _published_project(con: duckdb.DuckDBPyConnection) -> str | None:
    """The dbt project the marts of the attached new file (a copy of the published file) come
    from; None when it is new or its publish did not record one."""
    has_column = con.execute(
        "select count(*) from duckdb_columns() where database_name = ? and schema_name = ? "
        "and table_name = 'publish_info' and column_name = 'dbt_project'",
        [_ALIAS, META_SCHEMA]).fetchall() == [(1,)]
    if not has_column:
        return None
    rows = con.execute(f"select dbt_project from {_quote(_ALIAS)}.{META_SCHEMA}.publish_info"
                       ).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def _sync_tables(con: duckdb.DuckDBPyConnection, src: str, tables: list[tuple[str, str]],
                 versions: dict[tuple[str, str], list[str]] | None = None,
                 only: list[tuple[str, str]] | None = None,
                 ) -> dict[tuple[str, str], _Change]:
    """Make the tables of the attached new file (`_ALIAS`) hold the rows of `tables` in `src`,
    and only those tables (besides META_SCHEMA's); return how each table changed. `versions`:
    the row version columns of the tables whose rows may be compared on them alone. `only`:
    bring only these of `tables` up to date (default: all)."""
    dst = _quote(_ALIAS)
    present = set(con.execute(
        "select schema_name, table_name from duckdb_tables() where database_name = ?",
        [_ALIAS]).fetchall())
    for schema, table in sorted(present - set(tables)):
        if schema != META_SCHEMA:
            con.execute(f"drop table {dst}.{_quote(schema)}.{_quote(table)}")
    for schema in sorted({s for s, _ in tables} | {META_SCHEMA}):
        con.execute(f"create schema if not exists {dst}.{_quote(schema)}")
    changes = {}
    for schema, table in tables if only is None else only:
        qualified = f"{_quote(schema)}.{_quote(table)}"
        if (schema, table) not in present:
            con.execute(f"create table {dst}.{qualified} as select * from {src}.{qualified}")
            changes[schema, table] = _REWRITTEN
        else:
            changes[schema, table] = _sync_table(con, src, schema, table,
                                                 (versions or {}).get((schema, table)))
    return changes


def _sync_table(con: duckdb.DuckDBPyConnection, src: str, schema: str, table: str,
                version: list[str] | None = None) -> _Change:
    """Update one table of the new file from `src`; return how it changed.

    Rows are matched on the first column when it is a key (unique, never null) in the
    source, and compared on a hash of every column (DuckDB's 64-bit `hash`; two different rows
    with the same key and hash are the one risk, about 1 in 10^19 per changed row), or of the
    `version` columns when given (and all in the table). Otherwise,
    or when the columns differ, the table is copied whole. The new file's side is not checked
    for duplicate keys beforehand (a second count-distinct over the table): every key of the
    source is then once in it, unless the copy held duplicates of a row that did not change,
    which leaves it with more rows than the source: then it too is copied whole.
    """
    dst = _quote(_ALIAS)
    qualified = f"{_quote(schema)}.{_quote(table)}"
    columns = [con.execute(
        "select list([column_name, data_type] order by column_index) from duckdb_columns() "
        "where database_name = ? and schema_name = ? and table_name = ?",
        [database, schema, table]).fetchall()[0][0] for database in (_unquote(src), _ALIAS)]
    key = columns[0][0][0] if columns[0] else None
    if columns[0] != columns[1] or key is None:
        return _copy_whole(con, src, qualified)
    rows = _key_rows(con, src, qualified, key)
    if rows is None:
        return _copy_whole(con, src, qualified)
    names = [name for name, _ in columns[0]]
    if version and set(version) <= set(names):
        names = version
    row = f"{_quote(key)} as k, hash({', '.join(_quote(n) for n in names)}) as h"
    # One pass over each side: the keys whose row changed, left (only old) or came (only new).
    diff = _quote(f"{_ALIAS}_diff_{schema}_{table}")  # kept for `_Change.added` (_drop_diffs)
    con.execute(f"""create or replace temp table {diff} as
                    select coalesce(new.k, old.k) as k, old.k is not null as gone,
                           new.k is not null as come
                    from (select {row} from {src}.{qualified}) new
                    full join (select {row} from {dst}.{qualified}) old on new.k = old.k
                    where new.h is distinct from old.h""")
    updated = _update_in_place(con, src, qualified, key, [n for n, _ in columns[0]], diff)
    # rows updated in place are neither deleted nor inserted
    kept = " and not (gone and come)" if updated else ""
    (deleted,), = con.execute(f"delete from {dst}.{qualified} where {_quote(key)} in "
                              f"(select k from {diff} where gone{kept})").fetchall()
    (inserted,), = con.execute(f"insert into {dst}.{qualified} select * from {src}.{qualified} "
                               f"where {_quote(key)} in (select k from {diff} where come{kept})"
                               ).fetchall()
    (now,), = con.execute(f"select count(*) from {dst}.{qualified}").fetchall()
    if now != rows:  # duplicate keys in the copy (see above)
        return _copy_whole(con, src, qualified)
    added = (f"select * from {dst}.{qualified} where {_quote(key)} in "
             f"(select k from {diff} where come)"
             ) if inserted and not deleted and not updated else None
    return _Change(deleted, inserted, added, updated)


#: Rows of a table that changed under the same key are updated in place, in the columns that
#: changed, when those are at most this share of its columns; else deleted and inserted.
#: Deleting and inserting rows scattered over a table made the new file's checkpoint rewrite
#: every row group they were in: on a +1 % run at 100,000 files, the ~5,000 figures whose
#: `is_first_report` or `fact_report_count` changed (another release reports their fact)
#: took 2.2 s to checkpoint that way, 0.25 s updated in place.
IN_PLACE_MAX_SHARE = 0.25


def _update_in_place(con: duckdb.DuckDBPyConnection, src: str, qualified: str, key: str,
                     names: list[str], diff: str) -> int:
    """Update, in the new file, the rows of the `diff` table (`_sync_table`) present on both
    sides, in the columns where they differ, when those are few (IN_PLACE_MAX_SHARE); return
    how many rows were updated (0: none, the caller deletes and inserts them)."""
    dst = _quote(_ALIAS)
    both = f"(select k from {diff} where gone and come)"
    others = [n for n in names if n != key]
    if not others:
        return 0
    (flags,), = con.execute(
        "select [" + ", ".join(f"coalesce(bool_or(new.{_quote(n)} is distinct from "
                               f"old.{_quote(n)}), false)" for n in others) + "] "
        f"from (select * from {src}.{qualified} where {_quote(key)} in {both}) as new "
        f"join (select * from {dst}.{qualified} where {_quote(key)} in {both}) as old "
        f"using ({_quote(key)})").fetchall()
    changed = [n for n, flag in zip(others, flags, strict=True) if flag]
    if not changed or len(changed) > IN_PLACE_MAX_SHARE * len(names):
        return 0
    assigned = ", ".join(f"{_quote(n)} = new.{_quote(n)}" for n in changed)
    (updated,), = con.execute(
        f"update {dst}.{qualified} as old set {assigned} "
        f"from (select {', '.join(_quote(n) for n in [key, *changed])} from {src}.{qualified} "
        f"where {_quote(key)} in {both}) as new "
        f"where old.{_quote(key)} = new.{_quote(key)}").fetchall()
    return updated


def _drop_diffs(con: duckdb.DuckDBPyConnection) -> None:
    """Drop the temporary tables `_sync_table` left."""
    for (name,) in con.execute("select table_name from duckdb_tables() where temporary "
                               "and starts_with(table_name, ?)", [_ALIAS + "_diff_"]).fetchall():
        con.execute(f"drop table temp.{_quote(name)}")


def _key_rows(con: duckdb.DuckDBPyConnection, src: str, qualified: str, column: str
              ) -> int | None:
    """The source table's row count when `column` is unique and never null in it, else None."""
    (rows, keys), = con.execute(f"select count(*), count(distinct {_quote(column)}) "
                                f"from {src}.{qualified}").fetchall()
    return rows if rows == keys else None


def _copy_whole(con: duckdb.DuckDBPyConnection, src: str, qualified: str) -> _Change:
    """Replace a table of the new file by a copy of the source's."""
    con.execute(f"create or replace table {_quote(_ALIAS)}.{qualified} "
                f"as select * from {src}.{qualified}")
    return _REWRITTEN


def _write_parquet(con: duckdb.DuckDBPyConnection, table: str, target: Path, kept: Path | None,
                   change: _Change) -> None:
    """Write the Parquet file of `table` (qualified) at `target`: a hard link to the previous
    version's file `kept` when no row changed; `kept`'s bytes and the inserted rows' row groups
    when rows were only inserted (pressroom.parquet_append); else the whole table."""
    if kept is not None and change.deleted == change.inserted == change.updated == 0:
        os.link(kept, target)  # the same rows: the previous version's file
        return
    if kept is not None and change.added is not None and _append(con, change.added, kept,
                                                                  target):
        return
    con.execute(f"copy {table} to {_literal(target)} (format parquet)")


def _append(con: duckdb.DuckDBPyConnection, added: str, kept: Path, target: Path) -> bool:
    """Write at `target` the rows of `kept` followed by those of the query `added`; False when
    that cannot be done by appending row groups (or `kept` holds too many already)."""
    from pressroom.parquet_append import CannotAppend, append_row_groups, shape

    part = target.with_name(f".{target.name}.added")
    try:
        groups, rows = shape(kept)
        if groups > MAX_APPENDED_ROW_GROUPS + -(-rows // DUCKDB_ROW_GROUP_ROWS):
            return False
        con.execute(f"copy ({added}) to {_literal(part)} (format parquet)")
        append_row_groups(kept, part, target)
        return True
    except CannotAppend:
        return False
    finally:
        part.unlink(missing_ok=True)


def make_read_only(database: Path, parquet_dir: Path) -> None:
    """Make a publish read-only on disk (files 0444, Parquet folder 0555).

    A BI tool that forgets `read_only` opens DuckDB files read-write, and one read-write
    connection locks every read-only reader out. On a 0444 file, DuckDB 2.0's default
    connection fails at once ("Cannot open file …: Permission denied") instead, and the
    read-only readers go on (measured as an unprivileged user). Permissions do not bind root:
    a tool running as root can still lock the file, until the next publish replaces it.
    """
    database.chmod(0o444)
    for item in parquet_dir.iterdir():
        item.chmod(0o444)
    parquet_dir.chmod(0o555)


def _remove_tree(folder: Path) -> None:
    """Delete a Parquet version (made read-only by `make_read_only`)."""
    with suppress(OSError):
        folder.chmod(0o755)
    shutil.rmtree(folder, ignore_errors=True)


def _swap_link(link: Path, target: Path) -> None:
    """Point the symbolic link `link` at `target` in one rename (a real folder is moved aside)."""
    if link.exists() and not link.is_symlink():
        # A plain folder from an older layout: move it aside, as a version to clean up.
        link.rename(link.parent / f"{_PARQUET_PREFIX}legacy-{uuid.uuid4().hex[:8]}")
    tmp_link = link.parent / f".{link.name}.{target.name}.link"
    tmp_link.symlink_to(target.name, target_is_directory=True)
    os.replace(tmp_link, link)
    _fsync(link.parent)


def _current_parquet(link: Path) -> Path | None:
    return link.parent / os.readlink(link) if link.is_symlink() else None


def _remove_old_parquet(link: Path, keep: int) -> None:
    """Delete Parquet versions but the newest `keep` (the current one always stays)."""
    current = _current_parquet(link)
    versions = sorted(
        (p for p in link.parent.glob(f"{_PARQUET_PREFIX}*") if p.is_dir() and p != current),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    for old in versions[max(keep - 1, 0):]:
        _remove_tree(old)


def _remove_stale_files(paths: Paths, older_than_s: float = 3600) -> None:
    """Delete new files left by a publish that was killed (older than any running publish)."""
    cutoff = time.time() - older_than_s
    for leftover in paths.published_dir.glob(f".{paths.published.name}.*.tmp*"):
        if leftover.stat().st_mtime < cutoff:
            leftover.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    """Flush a file or folder entry to disk, so a rename survives a crash."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _unquote(identifier: str) -> str:
    return identifier[1:-1].replace('""', '"')


def _literal(value: str | Path) -> str:
    return "'" + str(value).replace("'", "''") + "'"
