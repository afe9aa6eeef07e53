"""The `parse` flow: parse landed files into staging (pressroom.staging), batches in parallel.

Batches of files are parsed on a Dask cluster reached through prefect-dask's `DaskTaskRunner`:
a local one with one single-threaded worker process per core by default
(pressroom.dask_cluster), or an existing cluster when `dask_address` (or
`PRESSROOM_DASK_ADDRESS`) names its scheduler. The batches go to the runner's Dask client as
plain Dask tasks (`staging.parse_files_table`), and Prefect tracks the whole cluster parse as
one task run (`parse_on_cluster`), not one per batch: a task run per batch cost each worker
Prefect's task engine and each batch API calls to Prefect's server, CPU taken from the parse on
the same cores. Workers read the landed files from the root (a shared path for remote workers)
and return Arrow tables; this flow alone writes them into DuckDB (one writer), WRITE_GROUP
completed batches at a time. A run with fewer than LOCAL_CLUSTER_MIN_FILES files to parse, and
no cluster named, parses in-process, one Prefect task per batch: starting a cluster would cost
more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

import duckdb
import pyarrow as pa
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from pressroom import attempts, heap, overhead, progress
from pressroom.db import bulk_writes, connect
from pressroom.settings import PARSER_VERSION, Paths
from pressroom.staging import (
    BATCH_SIZE,
    BATCHES_PER_THREAD,
    CLUSTER_BATCH_SIZE,
    ParsedBatch,
    ParseSummary,
    PendingFile,
    batch_slices,
    combined,
    corpus_boilerplate,
    files_table,
    parse_files_table,
    pending_files,
    write_batch,
)

if TYPE_CHECKING:
    from distributed import Client
    from prefect_dask import DaskTaskRunner

    from pressroom.dask_cluster import Starting

#: Names the scheduler of an existing Dask cluster, e.g. tcp://10.0.0.5:8786.
DASK_ADDRESS_ENV = "PRESSROOM_DASK_ADDRESS"

#: Fewer pending files than this are parsed in-process unless a cluster is named: a local
#: cluster takes 3-5 s to start and stop on two shared cores (the `dask cluster` column of
#: `pressroom bench throughput`), about what a core parses 1,000-2,000 files in.
LOCAL_CLUSTER_MIN_FILES = 2000

#: Parsed batches written together, in one transaction and one INSERT per staging table, by
#: the flow's process (or fewer, once they hold WRITE_GROUP_BYTES of Arrow tables). Each
#: write costs DuckDB a commit and its rows a pass through the write-ahead log (and
#: checkpoints, `db.BULK_CHECKPOINT_THRESHOLD`): 100 batches of 1,000 files counted and written
#: one by one took the writer 22.6-24.6 CPU s, four at a time 12.0-12.7 (at a 128 MB
#: threshold; one by one at 128 MB, 16.2). The batches held are at most ~40 MB;
#: their attempts are taken back as they arrive (`attempts.finished`), so a run killed before
#: it writes them parses their files together again, not one by one.
WRITE_GROUP = 4
WRITE_GROUP_BYTES = 64 * 1024 * 1024

#: A local cluster this process started early for its next parse run (`started_early`).
_early: Starting | None = None


@task(retries=2, retry_delay_seconds=2, cache_policy=NO_CACHE)
def learn_boilerplate(con: duckdb.DuckDBPyConnection, paths: Paths) -> frozenset[str]:
    """Learn the site's repeated lines from a sample of landed files (retried: file reads)."""
    return corpus_boilerplate(con, paths)


@task(cache_policy=NO_CACHE)  # no retries: parsing the same bytes again gives the same result
def parse_files(root: str, files: pa.Table, boilerplate: frozenset[str]) -> ParsedBatch:
    """Parse one batch of files (`staging.files_table`) into Arrow tables, in this process."""
    return parse_files_table(root, files, boilerplate)


def _started(con: duckdb.DuckDBPyConnection, batch: list[PendingFile],
             tried: dict[str, int]) -> pa.Table:
    """Count one more attempt for the batch's files (committed before they are parsed;
    `tried`: the run's attempt counts, looked up once); the batch as the task takes it."""
    return files_table(*attempts.begin(con, batch, PARSER_VERSION, tried))


@flow(name="parse")
def parse(root: str | None = None, dask_address: str | None = None,
          workers: int | None = None) -> dict:
    """Parse every landed file the current parser version has not parsed yet.

    `dask_address`: scheduler of an existing Dask cluster (default: PRESSROOM_DASK_ADDRESS,
    else a local cluster of `workers` processes, default one per core).
    """
    where = Paths.for_root(root)
    address = dask_address or os.environ.get(DASK_ADDRESS_ENV) or None
    summary = ParseSummary()
    con = connect(where.warehouse)
    try:
        files = pending_files(con, limit=None)
        on_dask = (bool(address) or _early is not None
                   or _worth_a_local_cluster(len(files), workers))
        cuts = (batch_slices(len(files), CLUSTER_BATCH_SIZE, _cluster_workers(address, workers))
                if on_dask else batch_slices(len(files), BATCH_SIZE))
        # earlier attempts looked up once for the run, not with each batch
        tried = attempts.counts(con, [f.sha256 for f in files], PARSER_VERSION) if files else {}
        # cut, and each batch's attempt counted, as batches are handed out, not all up front
        batches = (_started(con, batch, tried) for cut in cuts
                   for batch in attempts.isolate_retried(con, files[cut], PARSER_VERSION,
                                                         tried))
        if files:
            heap.release_free_memory()  # what the stages before left free, before the peak
            boilerplate = learn_boilerplate(con, where)
            with bulk_writes(con, incoming=len(files)):
                if on_dask:
                    summary.add(parse_on_cluster(con, where, batches, len(files), boilerplate,
                                                 address, workers))
                else:
                    for batch in batches:  # one Prefect task run each
                        progress.advance("parsing files", summary.files_parsed
                                         + summary.files_failed, len(files))
                        summary.add(write_batch(con, parse_files(
                            str(where.root), batch, boilerplate)))
            progress.advance("parsing files", len(files), len(files))
    finally:
        con.close()
    get_run_logger().info("parsing: %s", summary.to_dict())
    return summary.to_dict()


@task(cache_policy=NO_CACHE)  # a failed batch fails the run; its files are parsed next run
def parse_on_cluster(con: duckdb.DuckDBPyConnection, paths: Paths,
                     batches: Iterator[pa.Table], total: int,
                     boilerplate: frozenset[str], address: str | None,
                     workers: int | None) -> ParseSummary:
    """Parse `batches` (`staging.files_table`s, each counted as an attempt as it is drawn; of
    `total` files) on a Dask cluster, BATCHES_PER_THREAD per worker thread, as plain Dask
    tasks (`staging.parse_files_table`), and write the results WRITE_GROUP at a time as they
    complete. One Prefect task run for them all: its log and the progress line count the
    batches.

    A batch's attempt is counted when it is handed out, so only batches a worker is parsing
    or holds next have one: after an interrupted run, the batches that were never handed out
    are parsed in batches again, not file by file (pressroom.attempts)."""
    from distributed import as_completed

    summary = ParseSummary()
    with _timed(address, workers) as runner:
        client: Client = runner.client
        slots = BATCHES_PER_THREAD * max(1, sum(client.nthreads().values()))
        # sent once to every worker, not with each batch
        [shared] = client.scatter([boilerplate], broadcast=True, hash=False)
        running = as_completed(loop=client.loop)

        to_parse: dict[Hashable, list[str]] = {}  # files whose attempt each batch counted

        def hand_out() -> None:
            while running.count() < slots and (batch := next(batches, None)) is not None:
                future = client.submit(parse_files_table, str(paths.root), batch, shared,
                                       pure=False)
                to_parse[future.key] = [sha for sha, tried in zip(
                    batch["sha256"].to_pylist(), batch["attempts"].to_pylist(), strict=True)
                    if tried is None]
                running.add(future)

        hand_out()
        held: list[ParsedBatch] = []
        for done in running:
            hand_out()  # before writing this result, so that no worker waits meanwhile
            parsed = done.result()
            done.release()
            attempts.finished(con, to_parse.pop(done.key), PARSER_VERSION)
            held.append(parsed)
            if len(held) >= WRITE_GROUP or sum(b.nbytes for b in held) >= WRITE_GROUP_BYTES:
                summary.add(write_batch(con, combined(held)))
                held = []
                heap.release_free_memory()  # the buffers of the batches just written
            progress.advance("parsing files", summary.files_parsed + summary.files_failed
                             + sum(b.summary.files_parsed + b.summary.files_failed
                                   for b in held), total)
        if held:
            summary.add(write_batch(con, combined(held)))
    return summary


def _cluster_workers(address: str | None, workers: int | None) -> int:
    """How many workers parse: a local cluster's (`workers`, default one per core); for a
    named cluster, assumed two (its size is known only once connected)."""
    return 2 if address else workers or os.cpu_count() or 1


def _worth_a_local_cluster(files: int, workers: int | None) -> bool:
    """Whether parsing `files` on a local cluster saves more than starting it costs."""
    return files >= LOCAL_CLUSTER_MIN_FILES and (workers or os.cpu_count() or 1) > 1


@contextmanager
def started_early(cluster: Starting) -> Iterator[None]:
    """Parse runs of this process inside the block parse on `cluster`, a local cluster still
    starting in the background (flows.pipeline starts it before landing), when no cluster is
    named. The run waits for it only when it hands out its first batch: its flow run starts,
    the pending files are looked up and the boilerplate is learned while the workers finish
    warming up. The caller stops the cluster."""
    global _early
    _early = cluster
    try:
        yield
    finally:
        _early = None


@contextmanager
def _timed(address: str | None, workers: int | None) -> Iterator[DaskTaskRunner]:
    """prefect-dask's task runner on the cluster at `address`, else on the local cluster
    started early (`started_early`), else on a new local cluster (pressroom.dask_cluster:
    single-threaded worker processes that warm up as they start, Dask's profiler off),
    entered; the wait for the cluster is timed as 'dask cluster'. A new local cluster stops
    in the background: the run goes on while its worker processes exit."""
    from prefect_dask import DaskTaskRunner

    from pressroom.dask_cluster import close_in_background, local_cluster

    cluster = None
    with overhead.timed("dask cluster"):
        if not address and _early is not None:  # what is left of its start
            address = _early.cluster().scheduler_address
        elif not address:
            cluster = local_cluster(workers)
        runner = DaskTaskRunner(address=cluster.scheduler_address if cluster else address)
        runner.__enter__()
    try:
        yield runner
    finally:
        with overhead.timed("dask cluster"):
            runner.__exit__(None, None, None)
        if cluster is not None:
            close_in_background(cluster.close)
