"""Whether the published warehouse already reflects the working one: then a run skips dbt,
the marts gate and publishing (a run with nothing new returns in seconds).

The state is a fingerprint of what the marts are built from: the staging rows (files parsed,
row counts, rows quarantined), the parser version, and the dbt project and expectation
suites as written. `record_published` stores the fingerprint a publish was built from, in
`pipeline.published_state` of the working warehouse (never published itself).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from pressroom.settings import PARSER_VERSION, Paths
from pressroom.transform import project_fingerprint

_DDL = """
create schema if not exists pipeline;
create table if not exists pipeline.published_state (
    state         varchar not null,     -- the fingerprint the published marts were built from
    publish_id    varchar,
    recorded_at   timestamptz not null default now()
);
"""

#: Aggregates of the tables the marts depend on; any new, re-parsed or quarantined row
#: changes one of them.
_STATE_SQL = """
select
  (select count(*) || '/' || coalesce(max(landed_at)::varchar, '') from landing.files),
  (select count(*) || '/' || coalesce(max(parsed_at)::varchar, '') from staging.parsed_files),
  (select count(*) from staging.releases),
  (select count(*) from staging.statistics),
  (select count(*) from staging.contact_points),
  (select count(*) from quality.quarantined_rows)
"""


def current_state(con: duckdb.DuckDBPyConnection, paths: Paths) -> str:
    """The fingerprint of what a dbt build would read now."""
    from pressroom.quality.batch import pending_files  # creates quality.validated_files
    from pressroom.quality.quarantine import ensure_quarantine_table

    pending_files(con, "staging")
    ensure_quarantine_table(con)
    return _state_read_only(con, paths)


def _state_read_only(con: duckdb.DuckDBPyConnection, paths: Paths) -> str:
    """`current_state` on a warehouse whose quality tables exist (read-only connections)."""
    digest = hashlib.sha256(PARSER_VERSION.encode())
    digest.update(repr(con.execute(_STATE_SQL).fetchall()).encode())
    digest.update(project_fingerprint(paths).encode())
    for file in sorted(paths.expectations.rglob("*.json")):
        digest.update(str(file.relative_to(paths.expectations)).encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()


def is_published(con: duckdb.DuckDBPyConnection, paths: Paths, state: str) -> bool:
    """Whether the published file exists and was built from `state`."""
    if not paths.published.is_file():
        return False
    con.execute(_DDL)
    last = con.execute("select state from pipeline.published_state "
                       "order by recorded_at desc limit 1").fetchall()
    return bool(last) and last[0][0] == state


def record_published(con: duckdb.DuckDBPyConnection, state: str, publish_id: str | None) -> None:
    """Remember that the marts published as `publish_id` were built from `state`."""
    con.execute(_DDL)
    con.execute("insert into pipeline.published_state (state, publish_id) values (?, ?)",
                [state, publish_id])




def nothing_new(paths: Paths, inbox: Path) -> bool:
    """Whether a run on `inbox` would change nothing: every file's content is landed (or
    quarantined) already, nothing waits to be parsed or validated, and the published marts
    were built from the current state. Read-only; False whenever in doubt (no warehouse, an
    unreadable file, a file with new content...)."""
    from pressroom.landing import discover
    from pressroom.staging import pending_files

    if not paths.warehouse.is_file() or not paths.published.is_file():
        return False
    found = discover([inbox])
    if found.unreadable:
        return False
    try:
        con = duckdb.connect(str(paths.warehouse), read_only=True)
    except duckdb.Error:  # another process writes: let the run handle it
        return False
    with con:
        try:
            if not _all_landed(con, found.files):
                return False
            if pending_files(con, limit=1):
                return False
            for stage in ("landing", "staging"):
                if _pending_validation(con, stage):
                    return False
            last = con.execute("select state from pipeline.published_state "
                               "order by recorded_at desc limit 1").fetchall()
            return bool(last) and last[0][0] == _state_read_only(con, paths)
        except duckdb.CatalogException:  # a warehouse from before these tables
            return False


def _all_landed(con: duckdb.DuckDBPyConnection, files: list[Path]) -> bool:
    """Whether the content of every file is landed or quarantined. Files unchanged since a
    landing read them (landing.inbox_index) are not read again; the others are hashed.

    The files the index does not know are hashed first: a daily run's new files answer the
    question (no) before the 100,000 known ones are looked at (an `lstat` each, ~1 CPU s)."""
    from pressroom.landing import display_path, indexed, split_unchanged

    shown = [display_path(path) for path in files]
    index = indexed(con, shown)
    unknown = [path for path, source in zip(files, shown, strict=True) if source not in index]
    if not _contents_landed(con, unknown):
        return False
    known = [path for path, source in zip(files, shown, strict=True) if source in index]
    to_read, _ = split_unchanged(con, known, index)
    return _contents_landed(con, to_read)


def _contents_landed(con: duckdb.DuckDBPyConnection, files: list[Path]) -> bool:
    """Whether the content of every file (read and hashed now) is landed or quarantined."""
    try:
        hashes = list({hashlib.sha256(f.read_bytes()).hexdigest() for f in files})
    except OSError:
        return False
    if not hashes:
        return True
    (landed,), = con.execute(
        """select count(*) from (select unnest($h) as sha256) h
           where sha256 in (select sha256 from landing.files)
              or sha256 in (select sha256 from landing.quarantine)""", {"h": hashes}).fetchall()
    return landed == len(hashes)


def _pending_validation(con: duckdb.DuckDBPyConnection, stage: str) -> int:
    from pressroom.quality.batch import _CANDIDATES
    from pressroom.settings import PARSER_VERSION as version

    query = _CANDIDATES[stage]
    (n,), = con.execute(
        f"""select count(*) from ({query}) c anti join quality.validated_files v
            on v.stage = $stage and v.sha256 = c.sha256 and v.parser_version = c.parser_version""",
        {"stage": stage} | ({"version": version} if "$version" in query else {})).fetchall()
    return n
