"""Memory: what the throughput benchmark samples per stage, and DuckDB held to its limit."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pytest

from pressroom.arrow_sql import registered
from pressroom.bench.throughput import (
    MemorySampler,
    RunFigures,
    StageMemory,
    format_cpu,
    format_memory,
)
from pressroom.db import (
    BULK_LIMIT_MAX_FILES,
    BULK_MEMORY_LIMIT_ENV,
    MEMORY_LIMIT_ENV,
    bulk_writes,
    connect,
    open_warehouse,
    transaction,
    write_in_bulk,
)
from pressroom.health import check_database

MB = 1024 * 1024

# A parent that writes a stage line, then starts a child holding ~150 MB until told to stop.
_PARENT = textwrap.dedent("""
    import subprocess, sys, time
    print("✓ land (0.1 s)", flush=True)
    child = subprocess.Popen([sys.executable, "-c",
        "import sys; b = b'x' * (150 * 1024 * 1024); sys.stdin.read()"],
        stdin=subprocess.PIPE)
    time.sleep(3)
    child.communicate(b"")
""")


def test_the_sampler_files_each_process_peak_under_the_stage_running(tmp_path: Path):
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        parent = subprocess.Popen([sys.executable, "-c", _PARENT], stdout=out)
        with MemorySampler(parent.pid, log, interval=0.05) as sampler:
            parent.wait(timeout=60)

    after_land = sampler.stages["validate landing"]  # the stage after the last "✓" line
    assert after_land.child > 140  # the child's bytearray, sampled
    assert after_land.tree >= after_land.run + after_land.child - 1
    assert after_land.run < 100  # the parent itself holds little


def test_the_sampler_reads_a_stage_line_written_in_pieces(tmp_path: Path):
    log = tmp_path / "run.log"
    line = "✓ land (0.1 s)\n".encode()
    sampler = MemorySampler(0, log)
    with log.open("wb") as out:
        for piece in (line[:1], line[1:5], line[5:]):  # the first piece cuts "✓" in two
            assert sampler._stage() == "land"
            out.write(piece)
            out.flush()
        assert sampler._stage() == "validate landing"
        out.write("✓ validate landing (0.2 s)\n".encode())
    assert sampler._stage() == "parse"


def test_the_memory_table_names_each_stage_and_the_largest_child():
    run = RunFigures("first run", 100, wall=1.0, peak_rss_mb=900, releases=1, seconds={},
                     status="completed", memory={"parse": StageMemory(600, 480, "dask worker",
                                                                      1700)})
    lines = format_memory([run]).splitlines()
    assert lines[2] == "| first run | parse | 600 | 480 (dask worker) | 1700 |"


# A parent that writes a stage line, then runs a child that spins a core for ~1.5 s.
_SPINNER = textwrap.dedent("""
    import subprocess, sys
    print("✓ land (0.1 s)", flush=True)
    subprocess.run([sys.executable, "-c",
        "import time; end = time.process_time() + 1.5\\nwhile time.process_time() < end: pass"])
    print("spun", flush=True)
    sys.stdin.read()  # alive until the test is done sampling
""")


def test_the_sampler_counts_each_process_cpu_under_the_stage_running(tmp_path: Path):
    log = tmp_path / "run.log"
    with log.open("wb") as out:
        parent = subprocess.Popen([sys.executable, "-c", _SPINNER], stdout=out,
                                  stdin=subprocess.PIPE)
        with MemorySampler(parent.pid, log, interval=0.05) as sampler:
            deadline = time.monotonic() + 60
            while b"spun" not in log.read_bytes() and time.monotonic() < deadline:
                time.sleep(0.05)
        parent.communicate(b"", timeout=60)

    after_land = sampler.cpu["validate landing"]  # the stage after the last "✓" line
    child = sum(s for name, s in after_land.items() if name != "run process")
    assert 1.0 < child < 1.7  # the child's 1.5 s, but for what it spun after its last sample
    assert after_land["run process"] < 0.5  # the parent only waits


def test_the_cpu_table_puts_the_workers_and_the_server_in_their_columns():
    run = RunFigures("first run", 100, wall=1.0, peak_rss_mb=900, releases=1, seconds={},
                     status="completed", cpu={"parse": {"run process": 2.8, "dask worker": 35.04,
                                                        "prefect server": 0.5, "python": 0.1}})
    lines = format_cpu([run]).splitlines()
    assert lines[0] == "| run | stage | run process | dask worker | prefect server | other |"
    assert lines[2] == "| first run | parse | 2.8 | 35.0 | 0.5 | 0.1 |"
    assert len(lines) == 3  # stages without samples are left out


def _limit(con: duckdb.DuckDBPyConnection) -> str:
    return con.execute("select current_setting('memory_limit')").fetchall()[0][0]


def test_duckdb_is_held_to_the_memory_limit_on_every_connection_of_the_process(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv(MEMORY_LIMIT_ENV, "300MB")
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:
        assert _limit(con).endswith("MiB") and float(_limit(con).split()[0]) < 300
        # a plain connection of the same process shares the instance, and its limit
        with duckdb.connect(str(warehouse)) as other:
            assert _limit(other) == _limit(con)
    with open_warehouse(warehouse) as con:
        assert float(_limit(con).split()[0]) < 300


def test_the_start_up_check_passes_on_a_table_larger_than_duckdbs_memory_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    warehouse = tmp_path / "w.duckdb"
    with connect(warehouse) as con:  # ~60 MB of incompressible text in a checked schema
        con.execute("create table landing.big as select md5(i::varchar) || md5((i * 7)::varchar)"
                    " as t from range(1000000) r(i)")
    monkeypatch.setenv(MEMORY_LIMIT_ENV, "20MB")
    check_database(warehouse)  # reads every block, evicting as it goes: no out-of-memory error


def _mib(con: duckdb.DuckDBPyConnection) -> float:
    value, unit = _limit(con).split()
    return float(value) * {"KiB": 1 / 1024, "MiB": 1, "GiB": 1024}[unit]


def test_the_parse_writes_under_the_bulk_memory_limit_and_puts_the_run_limit_back(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """While the parse writes (db.bulk_writes) DuckDB is held to the bulk limit, then to the
    run's limit again, after a failed write too."""
    monkeypatch.setenv(MEMORY_LIMIT_ENV, "400MB")
    monkeypatch.setenv(BULK_MEMORY_LIMIT_ENV, "100MB")
    with connect(tmp_path / "w.duckdb") as con:
        with bulk_writes(con):
            assert 90 < _mib(con) <= 100
        assert 350 < _mib(con) <= 400
        with pytest.raises(RuntimeError, match="disk on fire"), bulk_writes(con):
            assert _mib(con) <= 100
            raise RuntimeError("disk on fire")
        assert 350 < _mib(con) <= 400
        monkeypatch.delenv(BULK_MEMORY_LIMIT_ENV)  # the run's limit, set, holds for the parse
        with bulk_writes(con):
            assert 350 < _mib(con) <= 400


def test_a_write_that_outgrows_the_bulk_limit_is_written_under_the_run_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A warehouse whose keyed indexes outgrow the bulk limit still takes the batch: DuckDB's
    out-of-memory error gives the run's limit back and the write runs again, once."""
    monkeypatch.setenv(MEMORY_LIMIT_ENV, "400MB")
    monkeypatch.setenv(BULK_MEMORY_LIMIT_ENV, "2MB")
    rows = pa.table({"k": [f"key-{i:08d}-{'x' * 24}" for i in range(200_000)]})
    with connect(tmp_path / "w.duckdb") as con:
        con.execute("create table keyed (k varchar primary key)")
        attempts = []

        def write() -> None:
            attempts.append(_mib(con))
            with transaction(con), registered(con, "rows", rows):
                con.execute("insert into keyed select k from rows")

        with bulk_writes(con):
            write_in_bulk(con, write)
        assert len(attempts) == 2 and attempts[0] <= 2 < attempts[1]
        assert con.execute("select count(*) from keyed").fetchone() == (200_000,)


def test_a_failed_write_raises_its_own_error_not_the_aborted_transaction(tmp_path: Path):
    """The error that aborted a write's transaction is the one raised (it was hidden behind
    DuckDB's "Current transaction is aborted" from unregistering the Arrow table)."""
    with connect(tmp_path / "w.duckdb") as con:
        con.execute("create table keyed (k varchar primary key)")
        twice = pa.table({"k": ["a", "a"]})
        with (pytest.raises(duckdb.ConstraintException), transaction(con),
              registered(con, "rows", twice)):
            con.execute("insert into keyed select k from rows")


def test_a_warehouse_past_the_bulk_bound_keeps_the_run_limit_while_the_parse_writes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Past BULK_LIMIT_MAX_FILES parsed files the indexes would outgrow the bulk limit: the
    run's limit holds (unless the bulk limit is set explicitly)."""
    monkeypatch.delenv(MEMORY_LIMIT_ENV, raising=False)
    monkeypatch.delenv(BULK_MEMORY_LIMIT_ENV, raising=False)
    with connect(tmp_path / "w.duckdb") as con:
        with bulk_writes(con, incoming=BULK_LIMIT_MAX_FILES):
            assert 200 < _mib(con) <= 256
        with bulk_writes(con, incoming=BULK_LIMIT_MAX_FILES + 1):
            assert 450 < _mib(con) <= 512
        monkeypatch.setenv(BULK_MEMORY_LIMIT_ENV, "100MB")
        with bulk_writes(con, incoming=BULK_LIMIT_MAX_FILES + 1):
            assert _mib(con) <= 100
