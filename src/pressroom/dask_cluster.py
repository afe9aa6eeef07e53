"""The local Dask cluster that parses on every core (the `parse` flow, the `pipeline` flow and
the parse-scaling benchmark).

Its workers warm up as they start (`dask_setup`, Dask's preload hook): they load the parser's
models, then parse a batch of one file the way a batch is parsed (read, parse, Arrow tables),
so that what a first batch imports or loads on first use (lazily loaded tables) is loaded
before the parse starts and the first batch costs what the others do. Before that, pandas is
kept out of the worker (`keep_out_of_workers`): nothing a worker runs needs it; after it, the
worker's garbage collector is set for parsing (`parsing.dedicate_to_parsing`).
Workers run plain Dask tasks (`staging.parse_files_table`) and never import Prefect.
`Starting` starts a cluster in a background thread, for a caller that has other work to do
meanwhile (the pipeline lands files while it starts), and `close_in_background` stops one
without waiting for its worker processes to exit.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.abc
import os
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from distributed import LocalCluster, Worker

#: Dask settings of a local cluster (its scheduler, in the process that starts it, and its
#: workers). Dask's statistical profiler samples each worker's stack every 10 ms (taking the
#: GIL from the parse) for a dashboard that a local cluster here does not serve, so nobody
#: reads it. Dask's monitors feed that dashboard too: the system monitor reads /proc every
#: 500 ms, each worker checks its memory every 100 ms and every server times its event loop
#: every 20 ms. At those rates an idle cluster of two workers took ~8 % of one core (2.1 % per
#: worker, 3.7 % in the scheduler's process), CPU the two cores' parse loses; at the rates
#: below, ~2 % (a worker's memory is still checked every second, against its limit). The
#: preload runs `dask_setup` below in each worker process before it joins the cluster.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False,
                        "distributed.admin.system-monitor.interval": "5s",
                        "distributed.worker.memory.monitor-interval": "1s",
                        "distributed.admin.tick.interval": "1s",
                        "distributed.worker.preload": [__name__]}

#: A short release the warm-up parses: it loads what the parser loads on first use (lexicons,
#: gazetteer, phone metadata, compiled patterns, the language codes a row of language links is
#: checked against). Its language is left for lingua to decide, so that lingua's models load too.
WARM_UP_TEXT = """BG CS DA DE EL EN ES FR
Ministry of Health
Press release

PARIS, 12 March 2024 - The ministry said on Tuesday that 1,250 new clinics will open by 2026,
a rise of 12.5 % over 2023, for a cost of EUR 3.4 million.

Contact: Jane Doe, press office, +33 1 40 56 60 00, press@example.org
"""


#: Packages a parse worker never uses. pyarrow imports pandas (~40 MB of RSS, ~0.4 CPU s) the
#: first time it turns a Python list into an array (the batch's Arrow tables), only to ask
#: whether the list is a pandas object; with pandas missing it asks nothing.
NOT_IN_WORKERS = ("pandas",)


class _KeptOut(importlib.abc.MetaPathFinder):
    """An import finder that makes `import` of the NOT_IN_WORKERS packages fail, as if they
    were not installed (what pyarrow checks for)."""

    def find_spec(self, name: str, path: object = None, target: object = None) -> None:
        if name.partition(".")[0] in NOT_IN_WORKERS:
            raise ModuleNotFoundError(f"{name} is kept out of parse workers "
                                      "(pressroom.dask_cluster.NOT_IN_WORKERS)", name=name)


def dask_setup(worker: Worker) -> None:  # Dask's preload hook
    """Warm the worker process up before it joins the cluster (see the module docstring)."""
    from pressroom.parsing import dedicate_to_parsing

    keep_out_of_workers()
    warm_up()
    dedicate_to_parsing()  # a worker only parses: the GC may skip the loaded models


def dask_teardown(worker: Worker) -> None:  # Dask's preload hook, as the worker closes
    """Give what `dask_setup` froze back to the garbage collector: left frozen, the
    interpreter's exit never frees DuckDB's objects, and its bindings print dozens of
    "nanobind: leaked ..." lines into the run's output (workers share its stderr)."""
    gc.unfreeze()


def keep_out_of_workers() -> None:
    """Keep the NOT_IN_WORKERS packages out of this process, a local cluster's worker (its
    preload): never call it in the flow's own process, which needs pandas (Great Expectations).
    A package imported already stays."""
    if not any(isinstance(finder, _KeptOut) for finder in sys.meta_path):
        sys.meta_path.insert(0, _KeptOut())


def warm_up() -> None:
    """Load the parser's models and run the batch path once, once per process."""
    from pressroom.parsing import load_resources

    load_resources()
    parse_one_file_batch(WARM_UP_TEXT.encode())


def parse_one_file_batch(data: bytes) -> None:
    """Land `data` in a scratch root and parse it as a batch (`staging.parse_to_tables`):
    the batch path end to end, results dropped."""
    from pressroom.settings import Paths
    from pressroom.staging import PendingFile, parse_to_tables

    sha256 = hashlib.sha256(data).hexdigest()
    with tempfile.TemporaryDirectory(prefix="pressroom-warm-up-") as scratch:
        stored = Path(scratch) / sha256
        stored.write_bytes(data)
        parse_to_tables(Paths(Path(scratch)), [PendingFile(sha256, "warm-up.txt", sha256, None)])


def local_cluster(workers: int | None = None) -> LocalCluster:
    """A cluster of `workers` single-threaded worker processes (default one per core): parsing
    is CPU-bound Python, so threads would share a GIL."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # handed to each worker process as it starts
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None)


class Starting:
    """A local cluster starting in a background thread: `cluster()` waits for it, `close()`
    stops it whether it started, failed or is still starting."""

    def __init__(self, workers: int | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dask-cluster")
        self._future: Future[LocalCluster] = self._pool.submit(local_cluster, workers)
        self._pool.shutdown(wait=False)
        self._closed = False

    def cluster(self) -> LocalCluster:
        """The started cluster (waits for it; raises what its start raised)."""
        return self._future.result()

    def close(self, wait: bool = True) -> None:
        """Stop the cluster once it has started (`wait=False`: in a background thread); a
        second call does nothing."""
        if self._closed:
            return
        self._closed = True

        def stop() -> None:
            if self._future.exception() is None:
                self._future.result().close()

        if wait:
            stop()
        else:
            close_in_background(stop)


def close_in_background(stop: Callable[[], object]) -> threading.Thread:
    """Run `stop` (a cluster's close) in a thread this process waits for at exit: the caller
    goes on while the worker processes exit (seconds: each ends its Prefect clients first)."""
    thread = threading.Thread(target=stop, name="dask-cluster-close", daemon=False)
    thread.start()
    return thread
