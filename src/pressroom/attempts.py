"""Parse attempts: a file that kills the parser (out of memory, a hang ended by SIGKILL) is
tried a bounded number of times, never forever.

Before a batch is parsed its files' attempt counts go up by one, committed. A batch that
finishes writes `staging.parsed_files`, so its files are no longer pending. A file still
pending with an attempt on record was in a batch that never finished: it is parsed on its own
(so it cannot take 499 good files down with it again), and after `MAX_ATTEMPTS` it is marked
`failed` with the reason instead of being parsed again. A writer that holds parsed batches
before writing them together (the `parse` flow) takes their attempts back as each result
arrives (`finished`): a run killed meanwhile leaves no attempt on files that were parsed.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa

from pressroom.arrow_sql import registered
from pressroom.db import transaction

if TYPE_CHECKING:
    from pressroom.staging import PendingFile

#: Unfinished attempts after which a file is given up on (at this parser version).
MAX_ATTEMPTS = 3


def counts(con: duckdb.DuckDBPyConnection, hashes: list[str], version: str) -> dict[str, int]:
    """Attempts on record for each of `hashes` at `version` (absent: 0)."""
    table = pa.table({"sha256": pa.array(hashes, pa.string())})
    with registered(con, "attempt_files", table):
        rows = con.execute(
            "select sha256, attempts from staging.parse_attempts "
            "where parser_version = ? and sha256 in (select sha256 from attempt_files)",
            [version]).fetchall()
    return dict(rows)


def isolate_retried(con: duckdb.DuckDBPyConnection, batch: list[PendingFile],
                    version: str, tried: dict[str, int] | None = None
                    ) -> Iterator[list[PendingFile]]:
    """`batch` as batches to parse: each file tried before alone, then the others together.

    `tried`: the files' `counts`, when the caller looked them up for a whole run at once."""
    if tried is None:
        tried = counts(con, [f.sha256 for f in batch], version)
    yield from ([f] for f in batch if tried.get(f.sha256, 0) > 0)
    fresh = [f for f in batch if tried.get(f.sha256, 0) == 0]
    if fresh:
        yield fresh


def begin(con: duckdb.DuckDBPyConnection, files: list[PendingFile], version: str,
          tried: dict[str, int] | None = None
          ) -> tuple[list[PendingFile], list[tuple[PendingFile, int]]]:
    """Count one more attempt for `files`; return (files to parse, files given up on with
    their attempt count). `tried`: their `counts` before this attempt, if already looked up
    (only `begin` changes them: valid for a whole run of the one writing process)."""
    if tried is None:
        tried = counts(con, [f.sha256 for f in files], version)
    given_up = [(f, tried[f.sha256]) for f in files if tried.get(f.sha256, 0) >= MAX_ATTEMPTS]
    to_parse = [f for f in files if tried.get(f.sha256, 0) < MAX_ATTEMPTS]
    if to_parse:
        table = pa.table({"sha256": pa.array([f.sha256 for f in to_parse], pa.string())})
        with transaction(con), registered(con, "attempt_files", table):
            con.execute(
                """
                insert into staging.parse_attempts as a
                select sha256, ?, 1, ? from attempt_files
                on conflict (sha256, parser_version) do update
                set attempts = a.attempts + 1, last_started_at = excluded.last_started_at
                """,
                [version, datetime.now(UTC)])
    return to_parse, given_up


def finished(con: duckdb.DuckDBPyConnection, hashes: list[str], version: str) -> None:
    """Take back the attempt `begin` counted for `hashes`: their parse finished (its rows may
    not be written yet), so it is no attempt that killed the process."""
    if not hashes:
        return
    table = pa.table({"sha256": pa.array(hashes, pa.string())})
    with transaction(con), registered(con, "attempt_files", table):
        con.execute(
            """
            update staging.parse_attempts set attempts = attempts - 1
            where parser_version = ? and attempts > 0
              and sha256 in (select sha256 from attempt_files)
            """,
            [version])


def given_up_reason(attempts: int) -> str:
    return (f"the parser never finished this file in {attempts} attempts (the process was "
            "stopped or ran out of memory on it): not parsed again at this parser version")
