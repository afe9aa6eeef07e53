"""`pressroom bench parse --workers N`: how parsing scales on a local Dask cluster.

A generated corpus (or `--corpus`) is landed into a scratch root, then parsed on the flow's
local Dask cluster (pressroom.dask_cluster) of 1, then N, single-threaded worker processes, with
the very function the `parse` flow's workers run (`pressroom.staging.parse_to_tables`: read the
landed files, parse them, return the Arrow tables), in the flow's batches (`staging.batch_slices`
for that many workers: the last ones smaller), and this process does what the flow's process
does: it counts each batch's attempt, hands batches out as workers free up, BATCHES_PER_THREAD
per worker, and writes each result into a copy of the landed warehouse (`staging.write_batch`,
under `db.bulk_writes`), one writer for every worker. The flow's batches
are plain Dask tasks too; only its one Prefect task run around them is left out.

The cluster's start and the workers' warm-up are timed apart and left out of the rate. The
start includes what each worker loads as it starts (pressroom.dask_cluster's preload: Prefect's
task engine, the parser, lingua's models); then each worker parses the corpus's first
WARM_UP_FILES files, untimed, which fills the parser's caches, as `pressroom bench parse` does
in its one process. Besides wall
time, the CPU seconds of the worker processes and of this process (Dask's scheduler and
client, the writer) are reported, and the writer's part apart: on a machine shared with other
work the wall ratio says how much CPU the machine gave, the CPU figures whether a second worker
wasted any, and whether the one writer keeps up. The peak RSS of this process (the writer)
and of the largest worker during the parse tell what a run's process tree holds while it parses
(`pressroom bench throughput` measures the whole run).
"""

from __future__ import annotations

import shutil
import time
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from pressroom.settings import Paths
from pressroom.staging import BATCHES_PER_THREAD, CLUSTER_BATCH_SIZE, ParsedBatch, PendingFile

if TYPE_CHECKING:
    import duckdb
    from distributed import Client

#: Files each worker parses, untimed, before the measure (a per-process warm-up).
WARM_UP_FILES = 100


@dataclass
class ClusterPass:
    """One parse of the whole corpus on a local cluster of `workers` processes."""

    workers: int
    files: int
    releases: int
    batches: int
    startup_seconds: float  # LocalCluster and client up, workers connected
    warmup_seconds: float  # every worker's untimed parse of the first WARM_UP_FILES files
    seconds: float  # wall seconds of the parse, first batch handed out to last result in
    worker_cpu_seconds: float  # CPU seconds of the worker processes during the parse
    task_cpu_seconds: float  # CPU seconds of the parse calls alone (their threads)
    main_cpu_seconds: float  # CPU seconds of this process (scheduler, client, writer) meanwhile
    write_cpu_seconds: float  # CPU seconds of this process counting attempts and writing
    main_peak_mb: int | None = None  # peak RSS of this process during the parse (None: unknown)
    worker_peak_mb: int | None = None  # peak RSS of the largest worker during the parse

    @property
    def releases_per_s(self) -> float:
        return self.releases / self.seconds if self.seconds else 0.0

    @property
    def releases_per_cpu_s(self) -> float:
        cpu = self.worker_cpu_seconds + self.main_cpu_seconds
        return self.releases / cpu if cpu else 0.0


def land_corpus(raw_files: list[Path], root: Path) -> Paths:
    """Land `raw_files` into a new pressroom root, as `pressroom land` does (no Prefect)."""
    from pressroom.db import connect
    from pressroom.landing import land_files

    paths = Paths(root)
    with connect(paths.warehouse) as con:
        land_files(con, paths, raw_files, None)
    return paths


def measure_scaling(paths: Paths, workers: list[int], batch_size: int = CLUSTER_BATCH_SIZE
                    ) -> list[ClusterPass]:
    """Parse every landed file of `paths` on a local cluster of each size in `workers`."""
    from pressroom.db import connect
    from pressroom.staging import batch_slices, corpus_boilerplate, pending_files

    with connect(paths.warehouse) as con:
        files = pending_files(con, limit=None)
        boilerplate = corpus_boilerplate(con, paths)
    return [_cluster_pass(paths, [files[cut] for cut in batch_slices(len(files), batch_size, n)],
                          boilerplate, n) for n in workers]


def _cluster_pass(paths: Paths, batches: list[list[PendingFile]],
                  boilerplate: frozenset[str], workers: int) -> ClusterPass:
    from distributed import Client

    from pressroom.dask_cluster import local_cluster
    from pressroom.db import connect
    from pressroom.staging import files_table

    warehouse = paths.warehouse.with_name(f"scaling-{workers}.duckdb")  # this pass's copy
    shutil.copyfile(paths.warehouse, warehouse)
    start = time.perf_counter()
    with (local_cluster(workers) as cluster, Client(cluster) as client,  # as the flow's
          connect(warehouse) as con):
        client.wait_for_workers(workers)
        started = time.perf_counter()
        client.run(_timed_parse, paths, files_table(batches[0][:WARM_UP_FILES]), boilerplate)
        warmed = time.perf_counter()
        client.run(reset_peak_rss)
        reset_peak_rss()
        before = client.run(_process_cpu)
        main_cpu = time.process_time()
        clock = time.perf_counter()
        releases, task_cpu, write_cpu = _parse_and_write(client, con, paths, batches,
                                                         boilerplate, workers)
        seconds = time.perf_counter() - clock
        main_cpu = time.process_time() - main_cpu
        after = client.run(_process_cpu)
        worker_peaks = [mb for mb in client.run(peak_rss_mb).values() if mb is not None]
        main_peak = peak_rss_mb()
    warehouse.unlink()
    return ClusterPass(
        workers=workers, files=sum(len(b) for b in batches), releases=releases,
        batches=len(batches), startup_seconds=started - start, warmup_seconds=warmed - started,
        seconds=seconds, worker_cpu_seconds=sum(after[w] - before[w] for w in after),
        task_cpu_seconds=task_cpu, main_cpu_seconds=main_cpu, write_cpu_seconds=write_cpu,
        main_peak_mb=main_peak, worker_peak_mb=max(worker_peaks, default=None))


def _parse_and_write(client: Client, con: duckdb.DuckDBPyConnection, paths: Paths,
                     batches: list[list[PendingFile]], boilerplate: frozenset[str],
                     workers: int) -> tuple[int, float, float]:
    """As the flow: count each batch's attempt and hand it out, BATCHES_PER_THREAD per worker
    at a time; write each result as it comes. Releases, CPU s of the parse calls, CPU s of
    the writer."""
    from distributed import as_completed

    from pressroom import attempts
    from pressroom.db import bulk_writes
    from pressroom.settings import PARSER_VERSION
    from pressroom.staging import files_table, write_batch

    [shared] = client.scatter([boilerplate], broadcast=True)
    waiting = iter(batches)
    running = as_completed()
    releases, task_cpu, write_cpu = 0, 0.0, 0.0

    slots = BATCHES_PER_THREAD * workers

    def hand_out() -> None:
        while running.count() < slots and (batch := next(waiting, None)) is not None:
            files = files_table(*attempts.begin(con, batch, PARSER_VERSION))
            running.add(client.submit(_timed_parse, paths, files, shared, pure=False))

    writing = time.process_time()
    with bulk_writes(con):  # its final checkpoint is the writer's too
        hand_out()
        write_cpu += time.process_time() - writing
        for future in running:
            parsed, cpu = future.result()
            writing = time.process_time()
            hand_out()  # before writing this result, so that no worker waits meanwhile
            write_batch(con, parsed)
            write_cpu += time.process_time() - writing
            releases += parsed.summary.releases
            task_cpu += cpu
        writing = time.process_time()
    return releases, task_cpu, write_cpu + time.process_time() - writing


def _process_cpu() -> float:
    return time.process_time()


def reset_peak_rss() -> None:
    """Start this process's peak RSS (VmHWM) again from its current RSS (Linux; elsewhere,
    nothing)."""
    with suppress(OSError):
        Path("/proc/self/clear_refs").write_text("5")


def peak_rss_mb() -> int | None:
    """This process's peak RSS in MB since it started or `reset_peak_rss` (None off Linux)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return None
    kb = next((line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")),
              None)
    return int(kb) // 1024 if kb else None


def _timed_parse(paths: Paths, files: pa.Table, boilerplate: frozenset[str]
                 ) -> tuple[ParsedBatch, float]:
    """The flow's worker call on one batch (`staging.files_table`): its Arrow tables (sent back
    to this process as in the flow) and the CPU seconds of the call."""
    from pressroom.staging import files_of_table, parse_to_tables

    cpu = time.thread_time()
    to_parse, given_up = files_of_table(files)
    parsed = parse_to_tables(paths, to_parse, boilerplate, given_up=given_up)
    return parsed, time.thread_time() - cpu


def format_scaling(passes: list[ClusterPass]) -> str:
    """A markdown table, one row per cluster size, and each size's speed-up over the first."""
    lines = ["| workers | files | batches | releases | cluster start s | warm-up s | parse s "
             "| releases/s | worker CPU s | parse-call CPU s | this process CPU s "
             "| of which writing | releases/CPU s | speed-up (wall) | CPU s per release vs first "
             "| peak RSS MB this process | peak RSS MB largest worker |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    first = passes[0] if passes else None
    for p in passes:
        speedup = p.releases_per_s / first.releases_per_s if first and first.releases_per_s else 0
        cost = (first.releases_per_cpu_s / p.releases_per_cpu_s
                if first and p.releases_per_cpu_s else 0)
        lines.append(
            f"| {p.workers} | {p.files} | {p.batches} | {p.releases} | {p.startup_seconds:.1f} "
            f"| {p.warmup_seconds:.1f} | {p.seconds:.1f} | {p.releases_per_s:,.0f} "
            f"| {p.worker_cpu_seconds:.1f} | {p.task_cpu_seconds:.1f} | {p.main_cpu_seconds:.1f} "
            f"| {p.write_cpu_seconds:.1f} | {p.releases_per_cpu_s:,.0f} | {speedup:.2f}x "
            f"| {cost:.2f}x | {_mb(p.main_peak_mb)} | {_mb(p.worker_peak_mb)} |")
    return "\n".join(lines)


def _mb(value: int | None) -> str:
    return "-" if value is None else f"{value:,}"
