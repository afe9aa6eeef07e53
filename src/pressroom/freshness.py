"""Whether the published warehouse already reflects the working one: then a run skips dbt,
the marts gate and publishing (a run with nothing new returns in seconds).

The state is a fingerprint of what the marts are built from: the staging rows (files parsed,
rows quarantined, files validated), the parser version, and the dbt project and expectation
suites as written. `record_published` stores the fingerprint a publish was built from, in
`pipeline.published_state` of the working warehouse (never published itself).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import duckdb

from pressroom.settings import PARSER_VERSION, Paths

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
  (select count(*) from quality.validated_files),
  (select count(*) from quality.quarantined_rows)
"""


def current_state(con: duckdb.DuckDBPyConnection, paths: Paths) -> str:
    """The fingerprint of what a dbt build would read now."""
    from pressroom.quality.batch import pending_files  # creates quality.validated_files
    from pressroom.quality.quarantine import ensure_quarantine_table

    pending_files(con, "staging")
    ensure_quarantine_table(con)
    digest = hashlib.sha256(PARSER_VERSION.encode())
    digest.update(repr(con.execute(_STATE_SQL).fetchall()).encode())
    for folder in (paths.dbt_project / "models", paths.dbt_project / "seeds",
                   paths.dbt_project / "macros", paths.expectations):
        for file in sorted(folder.rglob("*")) if folder.is_dir() else []:
            if file.is_file():
                digest.update(str(file.relative_to(folder)).encode())
                digest.update(file.read_bytes())
    digest.update(_project_file(paths.dbt_project / "dbt_project.yml"))
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


def _project_file(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""
