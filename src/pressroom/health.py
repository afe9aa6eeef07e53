"""Checks before any work: the inbox exists, there is room to write, the database is sound.

`preflight` raises `PressroomError` with one line naming the first problem, before anything is
landed or any server started, so a typo in `--inbox` or a corrupt warehouse never half-runs.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path

import duckdb

from pressroom.db import open_warehouse
from pressroom.errors import PressroomError, one_line
from pressroom.settings import Paths

#: Below this much free space under the root, a run does not start (landed copies, the
#: working database, its write-ahead log and a new published copy all need room).
MIN_FREE_BYTES = 200 * 1024 * 1024
#: Schemas whose every table is read through once to find corrupt blocks.
CHECKED_SCHEMAS = ("landing", "staging", "marts", "quality")


def preflight(paths: Paths, sources: list[Path], *, what: str = "inbox",
              min_free: int | None = None, database: bool = True) -> None:
    """Raise `PressroomError` unless `sources` exist, the root is writable with room to spare,
    and (unless not `database`: the caller checks it later) the working database opens and
    reads back whole."""
    check_sources(sources, what)
    check_writable(paths, MIN_FREE_BYTES if min_free is None else min_free)
    if database:
        check_database(paths.warehouse)


def check_sources(sources: list[Path], what: str = "inbox") -> None:
    """Every source exists and can be read (`what` names them in the message)."""
    for source in sources:
        if not source.exists():
            raise PressroomError(f"{what} not found: {source} does not exist")
        if not os.access(source, os.R_OK | (os.X_OK if source.is_dir() else 0)):
            raise PressroomError(f"{what} not readable: permission denied on {source}")


def check_writable(paths: Paths, min_free: int) -> None:
    """The warehouse and landing folders can be written and the disk has `min_free` bytes."""
    for folder in (paths.warehouse.parent, paths.raw.parent):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryFile(dir=folder, prefix=".write-check-"):
                pass
        except OSError as exc:
            raise PressroomError(f"cannot write in {folder}: {one_line(exc)}") from exc
        free = shutil.disk_usage(folder).free
        if free < min_free:
            raise PressroomError(
                f"disk full: {free / 2**20:,.0f} MB free in {folder}, a run needs at least "
                f"{min_free / 2**20:,.0f} MB")


def check_database(warehouse: Path) -> None:
    """The working database opens (not locked, not corrupt) and every table reads back whole.

    Each table is read through once (all columns): DuckDB verifies a checksum on every block it
    reads, so a corrupt block is found now rather than halfway through a run. DuckDB's memory
    limit (pressroom.db) keeps it from caching the whole warehouse while it reads.

    A file a run left sound and nothing wrote since (`remember_sound`) is only opened, not
    read whole: reading a 100,000-file warehouse took ~1.8 CPU s of every run's start-up.
    Anything that writes to the file (or its write-ahead log) changes its size or
    modification time, and the next check reads it whole again.
    """
    if not warehouse.exists():
        return
    signature = _file_signature(warehouse)
    if signature in _READ_WHOLE:
        return
    sound = _stamp(warehouse) == _stamp_text(signature)
    try:
        with open_warehouse(warehouse) as con:
            if not sound:
                tables = con.execute(
                    "select table_schema, table_name from information_schema.tables "
                    "where table_catalog = current_database() and table_type = 'BASE TABLE' "
                    "and table_schema in ?", [list(CHECKED_SCHEMAS)]).fetchall()
                for schema, table in tables:
                    con.execute(f'select count(*), sum(hash(columns(*))) '
                                f'from "{schema}"."{table}"').fetchall()
    except duckdb.Error as exc:
        raise PressroomError(f"working database {warehouse}: {one_line(exc)}") from exc
    _READ_WHOLE.add(_file_signature(warehouse))  # as it is now that it is closed


def remember_sound(warehouse: Path) -> None:
    """Record that the working database, as it is now (closed, after a run that ended well),
    is sound: the next `check_database` opens it without reading it whole, unless it was
    written since. The record is a small file beside it (`_stamp_file`)."""
    if not warehouse.is_file():
        return
    stamp = _stamp_file(warehouse)
    temporary = stamp.with_name(stamp.name + ".tmp")
    temporary.write_text(_stamp_text(_file_signature(warehouse)), "utf-8")
    os.replace(temporary, stamp)


def _stamp_file(warehouse: Path) -> Path:
    return warehouse.with_name(f".{warehouse.name}.sound")


def _stamp(warehouse: Path) -> str | None:
    try:
        return _stamp_file(warehouse).read_text("utf-8")
    except OSError:
        return None


def _stamp_text(signature: tuple) -> str:
    """The sizes and modification times of a signature (`_file_signature`): the stamp lies
    beside the file, and a copy of the root (`cp -a`) keeps them."""
    return json.dumps([None if s is None else list(s[1:]) for s in signature[1:]])


#: The warehouses this process read whole, as they were then (`_file_signature`): `pressroom
#: run` checks before Prefect starts, and the pipeline flow checks again (as a deployment it
#: runs alone); reading a 100,000-file warehouse twice cost ~3 CPU s. A file written since
#: (another size or modification time, or its write-ahead log's) is read again.
_READ_WHOLE: set[tuple] = set()


def _file_signature(warehouse: Path) -> tuple:
    """What changes when the database file (or its write-ahead log) is written."""
    signature: list = [str(warehouse.resolve())]
    for file in (warehouse, warehouse.with_name(warehouse.name + ".wal")):
        try:
            stat = file.stat()
        except FileNotFoundError:
            signature.append(None)
            continue
        signature.append((stat.st_ino, stat.st_size, stat.st_mtime_ns))
    return tuple(signature)
