"""The parse flow on a real Dask cluster: a `dask scheduler` and a `dask worker` on loopback."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from pressroom.db import connect
from pressroom.settings import PROJECT_DIR, Paths

pytestmark = pytest.mark.slow

DASK = Path(sys.executable).with_name("dask")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture
def dask_cluster(prefect_harness) -> Iterator[str]:
    """A scheduler and one single-threaded worker that reports to the test's Prefect API."""
    from distributed import Client
    from prefect.settings import PREFECT_API_URL

    port = free_port()
    address = f"tcp://127.0.0.1:{port}"
    env = os.environ | {"PREFECT_API_URL": PREFECT_API_URL.value(),
                        "PYTHONPATH": str(PROJECT_DIR)}
    started = [subprocess.Popen([str(DASK), "scheduler", "--host", "127.0.0.1", "--port",
                                 str(port), "--no-dashboard"], env=env, cwd=PROJECT_DIR,
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        wait_for_port(port)
        started.append(subprocess.Popen(
            [str(DASK), "worker", address, "--nthreads", "1", "--nworkers", "1",
             "--no-dashboard", "--host", "127.0.0.1"], env=env, cwd=PROJECT_DIR,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        with Client(address, timeout=60) as client:
            client.wait_for_workers(1, timeout=120)
        yield address
    finally:
        for process in reversed(started):  # only what this fixture started, by PID
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()


def test_parse_flow_runs_its_batches_on_a_dask_cluster(root: Paths, dask_cluster: str):
    from distributed import Client

    from flows.parse import parse
    from pressroom.landing import land_files

    with connect(root.warehouse) as con:
        land_files(con, root, sorted(root.inbox.iterdir()), None)

    state = parse(root=str(root.root), dask_address=dask_cluster, return_state=True)
    parsed = state.result()

    assert (parsed["files_parsed"], parsed["files_failed"], parsed["batches"]) == (5, 0, 1)
    with duckdb.connect(str(root.warehouse), read_only=True) as con:
        assert con.execute("select count(*) from staging.releases").fetchall() == [(5,)]
        assert con.execute("select count(*) from staging.statistics").fetchall()[0][0] >= 10
    # the batch ran on the cluster's worker, not in this process
    with Client(dask_cluster, timeout=30) as client:
        prefixes = client.run_on_scheduler(
            lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert "parse_files_table" in prefixes, prefixes
    # Prefect tracks the cluster's parse as one task run, not one per batch
    assert sorted(_task_run_names(state.state_details.flow_run_id)) == [
        "learn_boilerplate", "parse_on_cluster"]


def _task_run_names(flow_run_id) -> list[str]:
    """The task names of a flow run's task runs (`name-<suffix>` without the suffix)."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import FlowRunFilter, FlowRunFilterId

    with get_client(sync_client=True) as client:
        runs = client.read_task_runs(
            flow_run_filter=FlowRunFilter(id=FlowRunFilterId(any_=[flow_run_id])))
    return [run.name.rsplit("-", 1)[0] for run in runs]


def test_an_interrupted_dask_run_leaves_attempts_only_on_batches_a_worker_had(
        root: Paths, dask_cluster: str, monkeypatch: pytest.MonkeyPatch):
    """Attempts are counted as batches are handed to a worker, not for every batch up front,
    and taken back as their results arrive: after a run stopped while writing its first
    results, the rerun parses alone only the files a worker still had, the others together."""
    import flows.parse
    from flows.parse import parse
    from pressroom.landing import land_files

    with connect(root.warehouse) as con:
        land_files(con, root, sorted(root.inbox.iterdir()), None)

    def stopped(_con, _batch):
        raise RuntimeError("stands for the run being killed while writing its first batches")

    monkeypatch.setattr(flows.parse, "CLUSTER_BATCH_SIZE", 1)  # five batches for one worker
    monkeypatch.setattr(flows.parse, "WRITE_GROUP", 2)  # written two by two
    monkeypatch.setattr(flows.parse, "write_batch", stopped)
    with pytest.raises(RuntimeError, match="run being killed"):
        parse(root=str(root.root), dask_address=dask_cluster)
    with duckdb.connect(str(root.warehouse), read_only=True) as con:
        tried = con.execute("select count(*) from staging.parse_attempts "
                            "where attempts > 0").fetchone()[0]
        parsed = con.execute("select count(*) from staging.parsed_files").fetchone()[0]
    # the two batches parsed (their attempts taken back, not written) are not counted; the
    # two handed out after each of their results are (flows.parse.BATCHES_PER_THREAD); the
    # last one was never handed out
    assert (tried, parsed) == (2, 0)

    monkeypatch.undo()
    parsed = parse(root=str(root.root), dask_address=dask_cluster)

    # the two tried files alone (pressroom.attempts), the three others in one batch
    assert (parsed["files_parsed"], parsed["files_failed"], parsed["batches"]) == (5, 0, 3)


def test_a_local_clusters_workers_run_without_dasks_profiler():
    """The profiler's samples feed a dashboard a local cluster does not serve: off in the
    worker processes (where it would take the GIL from the parse every 10 ms); the monitors
    that feed it run seldom, in the workers and the scheduler."""
    import dask
    from distributed import Client

    from pressroom.dask_cluster import local_cluster

    def settings() -> tuple:
        return (dask.config.get("distributed.worker.profile.enabled"),
                dask.config.get("distributed.worker.memory.monitor-interval"),
                dask.config.get("distributed.admin.system-monitor.interval"))

    with local_cluster(2) as cluster, Client(cluster) as client:
        client.wait_for_workers(2)
        profiling = client.run(settings)
        scheduler_monitor = client.run_on_scheduler(
            lambda dask_scheduler: dask_scheduler.periodic_callbacks["monitor"].callback_time)
    assert list(profiling.values()) == [(False, "1s", "5s")] * 2
    assert scheduler_monitor == 5000  # ms: the scheduler's system monitor, every 5 s


def test_a_local_clusters_workers_are_warm_before_their_first_batch():
    """Each worker loads the parser and lingua's models as it starts (pressroom.dask_cluster's
    preload), not inside its first batch; it never imports Prefect (its batches are plain Dask
    tasks) nor pandas (~40 MB a worker that nothing it runs uses), and its garbage collector
    collects seldom. The process that started the cluster keeps pandas and its collector."""
    import gc
    import sys

    from distributed import Client

    from pressroom.dask_cluster import local_cluster

    def warmed() -> tuple[bool, bool, int, int]:
        from pressroom.parsing.language import detector

        return ("prefect" in sys.modules, "pandas" in sys.modules,
                detector.cache_info().currsize, gc.get_threshold()[0])

    threshold = gc.get_threshold()
    with local_cluster(1) as cluster, Client(cluster) as client:
        client.wait_for_workers(1)
        ((prefect, pandas_in, detectors, young),) = client.run(warmed).values()
    assert (prefect, pandas_in, detectors) == (False, False, 1)
    assert young > 700  # Python's default: the worker collects seldom
    import pandas

    assert pandas.DataFrame({"a": [1]}).shape == (1, 1)
    assert gc.get_threshold() == threshold


def test_a_local_clusters_workers_keep_the_parsers_resources_out_of_full_collections():
    """A worker only parses: once warm, what it loaded (lingua's models, the place tables, the
    lexicons) is frozen out of the garbage collector's full passes and young collections run
    less often (`parsing.dedicate_to_parsing`). The process that started the cluster (the
    pipeline's own) freezes nothing: what it froze would never be freed."""
    import gc

    from distributed import Client

    from pressroom.dask_cluster import local_cluster

    def collector() -> tuple[int, int]:
        return gc.get_freeze_count(), gc.get_threshold()[0]

    with local_cluster(1) as cluster, Client(cluster) as client:
        client.wait_for_workers(1)
        ((frozen, threshold),) = client.run(collector).values()
    assert frozen > 50_000  # the models and tables: ~120,000 objects
    assert threshold > 700  # Python's default
    assert gc.get_freeze_count() == 0


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="a local cluster needs two cores")
def test_a_run_with_many_files_to_parse_starts_its_cluster_before_landing(
        root: Paths, prefect_harness, monkeypatch: pytest.MonkeyPatch):
    """The pipeline starts a local cluster while it lands (here: from one file on), parses on
    it, and stops it in the background: no worker process outlives the run."""
    import threading

    import psutil

    import flows.pipeline
    from flows.pipeline import pipeline
    from pressroom import overhead

    monkeypatch.setattr(flows.pipeline, "LOCAL_CLUSTER_MIN_FILES", 1)
    monkeypatch.setattr(overhead, "_SECONDS", {})  # this run's pieces only
    monkeypatch.delenv("PRESSROOM_DASK_ADDRESS", raising=False)
    summary = pipeline(root=str(root.root))

    assert summary["status"] == "completed", summary
    # the parse flow (2,000 files for a cluster of its own) was handed the early one
    assert "dask cluster" in summary["overhead"]
    with duckdb.connect(str(root.warehouse), read_only=True) as con:
        assert con.execute("select count(*) from staging.releases").fetchall() == [(5,)]
    for thread in threading.enumerate():
        if thread.name == "dask-cluster-close":
            thread.join(timeout=120)
    workers = [p for p in psutil.Process().children(recursive=True)
               if "multiprocessing.spawn" in " ".join(p.cmdline())]  # not its resource tracker
    assert workers == []


def test_a_local_clusters_first_batch_loads_nothing_the_warm_up_left(root: Paths):
    """The warm-up runs the batch path itself: a worker's first real batch imports no module
    (date parsing...) that would have cost it a second or two.
    Per-country phone metadata is left out: phonenumbers loads a country's plan as its
    numbers first appear, a few ms each."""
    import sys

    from distributed import Client

    from pressroom.dask_cluster import local_cluster
    from pressroom.landing import land_files
    from pressroom.staging import files_of_table, files_table, parse_to_tables, pending_files

    with connect(root.warehouse) as con:
        land_files(con, root, sorted(root.inbox.iterdir()), None)
        files = files_table(pending_files(con, limit=None))

    def modules() -> set[str]:
        return {name for name in sys.modules if not name.startswith("phonenumbers.data.")}

    def parse(table):
        return parse_to_tables(root, files_of_table(table)[0]).summary.releases

    with local_cluster(1) as cluster, Client(cluster) as client:
        client.wait_for_workers(1)
        (before,) = client.run(modules).values()
        assert client.submit(parse, files).result() == 5
        (after,) = client.run(modules).values()
    assert sorted(after - before) == []


def test_a_local_clusters_workers_exit_without_leak_reports(tmp_path: Path):
    """A parse worker gives what it froze back to the collector as it closes: left frozen,
    the interpreter's exit never frees DuckDB's objects and its bindings print dozens of
    "nanobind: leaked ..." lines under the run's output (workers share its stderr)."""
    code = ("from distributed import Client\n"
            "from pressroom.dask_cluster import local_cluster\n"
            "with local_cluster(1) as cluster, Client(cluster) as client:\n"
            "    client.wait_for_workers(1)\n"
            "    print(client.submit(sum, [1, 2]).result(), flush=True)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                          text=True, timeout=300)

    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "3"
    assert "leaked" not in done.stderr
