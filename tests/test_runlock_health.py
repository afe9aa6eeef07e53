"""One run at a time, checks before work, and errors that name their cause in one line."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest

from pressroom.errors import one_line
from pressroom.health import check_database, check_writable, preflight
from pressroom.runlock import RunInProgress, holder, run_lock
from pressroom.settings import Paths

HOLD = """
import sys, time
from pathlib import Path
from pressroom.runlock import run_lock
from pressroom.settings import Paths
with run_lock(Paths(Path(sys.argv[1])), "run"):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def hold_lock(root: Path, seconds: float) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(root), str(seconds)],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_run_is_refused_naming_the_holder_then_waits_for_it(tmp_path: Path):
    paths = Paths(tmp_path)
    other = hold_lock(tmp_path, 3)

    with pytest.raises(RunInProgress) as refused, run_lock(paths, "run", wait=0):
        pass
    started = time.monotonic()
    with run_lock(paths, "run", wait=30):
        waited = time.monotonic() - started
        assert holder(paths)["command"] == "run"

    message = str(refused.value)
    assert message.startswith("another run is in progress since ")
    assert f"pid {other.pid} (run)" in message
    assert 0 < waited < 30
    other.wait()


def test_a_lock_left_by_a_killed_process_is_taken_over(tmp_path: Path):
    paths = Paths(tmp_path)
    other = hold_lock(tmp_path, 60)
    other.kill()
    other.wait()

    with run_lock(paths, "land", wait=0):
        assert holder(paths)["command"] == "land"


def test_the_lock_is_reentrant_within_a_process(tmp_path: Path):
    paths = Paths(tmp_path)
    with run_lock(paths, "run", wait=0), run_lock(paths, "land", wait=0):
        pass
    with run_lock(paths, "run", wait=0):  # released: free again
        pass


def test_preflight_names_a_missing_inbox(tmp_path: Path):
    with pytest.raises(Exception, match=r"^inbox not found: .*/nope does not exist$"):
        preflight(Paths(tmp_path), [tmp_path / "nope"])


def test_preflight_refuses_when_free_space_is_short(tmp_path: Path):
    with pytest.raises(Exception, match=r"^disk full: .* MB free in .*, a run needs at least"):
        check_writable(Paths(tmp_path), min_free=1 << 60)


@pytest.mark.parametrize(("offset", "words"), [(0, "not a valid DuckDB database file"),
                                               (None, "Corrupt database file")])
def test_a_corrupt_database_is_found_before_any_work(tmp_path: Path, offset, words):
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema landing; create table landing.files as "
                    "select range as i, md5(range::varchar) as s from range(200000)")
    size = db.stat().st_size
    with open(db, "r+b") as f:
        f.seek(size // 2 if offset is None else offset)
        f.write(b"\xa5" * 8192)

    with pytest.raises(Exception) as error:
        check_database(db)

    assert str(error.value).startswith(f"working database {db}: corrupt database: ")
    assert words in str(error.value)


def test_a_database_read_whole_is_read_again_only_once_written(tmp_path: Path):
    """`pressroom run` and its pipeline flow both check the warehouse: the second check of an
    unchanged file reads nothing (it passes while another process holds the file), but a file
    written since is read again, and its corruption found."""
    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema landing; create table landing.files as "
                    "select range as i, md5(range::varchar) as s from range(200000)")
    check_database(db)
    holder_proc = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1], "
         "read_only=True); print('open', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True)
    assert holder_proc.stdout.readline().strip() == "open"
    try:
        check_database(db)  # unchanged since it was read whole: not opened again
    finally:
        holder_proc.kill()
        holder_proc.wait()
    with open(db, "r+b") as f:
        f.seek(db.stat().st_size // 2)
        f.write(b"\xa5" * 8192)

    with pytest.raises(Exception, match="corrupt database"):
        check_database(db)


def test_a_database_a_run_left_sound_is_read_whole_again_once_written(tmp_path: Path):
    """`remember_sound` (the end of a run that went well) vouches for the file as it is: the
    next check only opens it. Once anything writes to it, it is read whole again."""
    from pressroom import health

    db = tmp_path / "w.duckdb"
    with duckdb.connect(str(db)) as con:
        con.execute("create schema landing; create table landing.files as "
                    "select range as i, md5(range::varchar) as s from range(200000)")
    health.remember_sound(db)
    stat = db.stat()
    with open(db, "r+b") as f:  # damage that keeps the file's size and time: not looked for
        f.seek(stat.st_size // 2)
        f.write(b"\xa5" * 8192)
    os.utime(db, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    health._READ_WHOLE.clear()
    check_database(db)

    os.utime(db)  # written since the run: read whole, the damage found
    health._READ_WHOLE.clear()
    with pytest.raises(Exception, match="corrupt database"):
        check_database(db)


def test_a_database_held_by_another_process_is_named_locked(tmp_path: Path):
    db = tmp_path / "w.duckdb"
    duckdb.connect(str(db)).close()
    holder_proc = subprocess.Popen(
        [sys.executable, "-c", "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); "
         "print('open', flush=True); time.sleep(60)", str(db)], stdout=subprocess.PIPE,
        text=True)
    assert holder_proc.stdout.readline().strip() == "open"
    try:
        with pytest.raises(Exception) as error:
            check_database(db)
    finally:
        holder_proc.kill()
        holder_proc.wait()
    assert f"database locked by process {holder_proc.pid}" in str(error.value)


@pytest.mark.parametrize(("exc", "line"), [
    (OSError(errno.ENOSPC, "No space left on device", "/w/x"),
     "disk full: no space left on device (/w/x)"),
    (OSError(errno.EROFS, "Read-only file system", "/w/x"),
     "read-only file system: cannot write (/w/x)"),
    (duckdb.IOException('IO Error: Could not write file "x": No space left on device\nmore'),
     'disk full: IO Error: Could not write file "x": No space left on device'),
])
def test_errors_read_as_one_line_naming_the_cause(exc: BaseException, line: str):
    assert one_line(exc) == line
