"""The local Dask cluster that parses on every core (the `parse` flow, the `pipeline` flow and
the parse-scaling benchmark).

Its workers warm up as they start (`dask_setup`, Dask's preload hook): they import Prefect's
task engine and the parser and load lingua's language models before they take a batch, so the
first batch costs what the others do. `Starting` starts a cluster in a background thread, for a
caller that has other work to do meanwhile (the pipeline lands files while it starts), and
`close_in_background` stops one without waiting for its worker processes to exit.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
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
#: gazetteer, phone metadata, compiled patterns). Its language is left for lingua to decide,
#: so that lingua's models load too.
WARM_UP_TEXT = """Ministry of Health
Press release

PARIS, 12 March 2024 - The ministry said on Tuesday that 1,250 new clinics will open by 2026,
a rise of 12.5 % over 2023, for a cost of EUR 3.4 million.

Contact: Jane Doe, press office, +33 1 40 56 60 00, press@example.org
"""


def dask_setup(worker: Worker) -> None:  # Dask's preload hook
    """Warm the worker process up before it joins the cluster (see the module docstring)."""
    warm_up()


def warm_up() -> None:
    """Import what a parse batch runs and load the parser's models, once per process."""
    import prefect.task_engine  # noqa: F401  # runs each batch as a Prefect task run

    import pressroom.staging  # noqa: F401  # the batch's function and its Arrow schemas
    from pressroom.parsing import load_resources, parse_text

    load_resources()
    parse_text(WARM_UP_TEXT)


def local_cluster(workers: int | None = None, env: dict[str, str] | None = None) -> LocalCluster:
    """A cluster of `workers` single-threaded worker processes (default one per core): parsing
    is CPU-bound Python, so threads would share a GIL."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # handed to each worker process as it starts
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None, env=env or {})


class Starting:
    """A local cluster starting in a background thread: `cluster()` waits for it, `close()`
    stops it whether it started, failed or is still starting."""

    def __init__(self, workers: int | None = None, env: dict[str, str] | None = None) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dask-cluster")
        self._future: Future[LocalCluster] = self._pool.submit(local_cluster, workers, env)
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
