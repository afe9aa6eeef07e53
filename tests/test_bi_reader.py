"""A BI tool reading the published warehouse while the pipeline runs and publishes again.

The reader is another process, as a BI tool is. It holds one read-only connection open for the
whole run, and also reconnects again and again; every read checks that each table has exactly
the rows the publish recorded for it (a half-built mart could not match).
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pressroom.settings import Paths

pytestmark = pytest.mark.slow

READER = r'''
import json, os, sys, time
import duckdb

mode, published, parquet_dir, stop_file = sys.argv[1:5]
COUNTS = """select t.table_name, t.row_count, c.n from meta.published_tables t
    join (select 'releases' k, count(*) n from marts.releases
          union all select 'statistics', count(*) from marts.statistics
          union all select 'contacts', count(*) from marts.contacts) c on c.k = t.table_name"""

def snapshot(con):
    """(publish_id, {table: rows}); raises if a table's rows differ from what was published."""
    con.execute("begin transaction")  # one consistent view for the whole snapshot
    (publish_id,) = con.execute("select publish_id from meta.publish_info").fetchone()
    rows = con.execute(COUNTS).fetchall()
    con.execute("commit")
    bad = [r for r in rows if r[1] != r[2]]
    if bad or len(rows) != 3:
        raise AssertionError(f"inconsistent publish {publish_id}: {rows}")
    return publish_id, {r[0]: r[2] for r in rows}

def parquet_snapshot():
    """The same check on the Parquet folder, resolved once so one version is read."""
    folder = os.path.realpath(parquet_dir)
    (publish_id,) = duckdb.execute(
        f"select publish_id from '{folder}/meta_publish_info.parquet'").fetchone()
    expected = dict(duckdb.execute(
        f"select table_name, row_count from '{folder}/meta_published_tables.parquet' "
        "where table_schema = 'marts'").fetchall())
    for table in ("releases", "statistics", "contacts"):
        (n,) = duckdb.execute(f"select count(*) from '{folder}/{table}.parquet'").fetchone()
        if n != expected[table]:
            raise AssertionError(f"inconsistent parquet {publish_id}: {table} {n}")
    return publish_id

def read(con):
    """One look at the published data by `con`, or by a new connection (a BI refresh)."""
    if con is not None:
        return snapshot(con)
    with duckdb.connect(published, read_only=True) as fresh:
        result = snapshot(fresh)
    parquet_ids.add(parquet_snapshot())
    return result

# "hold": one connection open for the whole run; "reconnect": a new connection every read.
# Two processes, because DuckDB shares one open instance per file within a process: a new
# connection next to an open one would see what the open one sees.
held = duckdb.connect(published, read_only=True) if mode == "hold" else None
reads, errors, ids, parquet_ids = 0, [], set(), set()
first_id, first_counts = read(held)
print(json.dumps({"ready": first_id}), flush=True)
deadline = time.monotonic() + 600
while not os.path.exists(stop_file) and time.monotonic() < deadline:
    try:
        publish_id, counts = read(held)
        ids.add(publish_id)
        if counts != first_counts:
            errors.append(f"counts changed: {first_counts} -> {counts}")
        reads += 1
    except Exception as exc:
        errors.append(f"{type(exc).__name__}: {exc}")
    time.sleep(0.05)
if held is not None:
    held.close()  # then reconnect: the newest publish
last_id, last_counts = read(None)
print(json.dumps({"reads": reads, "errors": errors[:20], "ids": sorted(ids),
                  "parquet_ids": sorted(parquet_ids), "first_counts": first_counts,
                  "last_id": last_id, "last_counts": last_counts,
                  "last_parquet": parquet_snapshot()}), flush=True)
'''


def test_bi_reader_never_fails_the_pipeline_nor_sees_a_partial_mart(
        prefect_harness, root: Paths, tmp_path: Path) -> None:
    from flows.pipeline import pipeline

    first = pipeline(root=str(root.root))
    stop_file = tmp_path / "stop"
    readers = {
        mode: subprocess.Popen(
            [sys.executable, "-c", READER, mode, str(root.published), str(root.parquet_dir),
             str(stop_file)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for mode in ("hold", "reconnect")
    }
    seen = {}
    try:
        for reader in readers.values():
            ready = json.loads(reader.stdout.readline() or "{}")
            assert ready.get("ready") == first["publish_id"], reader.stderr.read()
        # the whole run, both readers reading throughout (full refresh: with nothing new, a run
        # would skip dbt and publishing)
        second = pipeline(root=str(root.root), full_refresh=True)
        time.sleep(1)  # let the reconnecting reader read the new publish a few times
        stop_file.touch()
        for mode, reader in readers.items():
            out, err = reader.communicate(timeout=60)
            assert reader.returncode == 0, err
            seen[mode] = json.loads(out.splitlines()[-1])
    finally:
        for reader in readers.values():
            if reader.poll() is None:
                reader.kill()
    both = {first["publish_id"], second["publish_id"]}

    assert second["status"] == "completed" and second["publish_id"] != first["publish_id"]
    for mode in readers:
        assert seen[mode]["errors"] == [], mode
        assert seen[mode]["reads"] >= 10, mode
        assert seen[mode]["first_counts"]["releases"] == 5
        # after reconnecting, every reader sees the new publish, whole
        assert seen[mode]["last_id"] == second["publish_id"]
        assert seen[mode]["last_counts"] == seen[mode]["first_counts"]
        assert seen[mode]["last_parquet"] == second["publish_id"]
    # the held connection saw the first publish only, whole, during the whole run
    assert seen["hold"]["ids"] == [first["publish_id"]]
    # reconnecting saw complete publishes only: the old one, then the new one
    assert set(seen["reconnect"]["ids"]) == both
    assert set(seen["reconnect"]["parquet_ids"]) == both
