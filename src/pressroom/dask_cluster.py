"""The local Dask cluster that parses on every core (the `parse` flow and its benchmark)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from distributed import LocalCluster

#: Dask settings of a local cluster's workers. Dask's statistical profiler samples each
#: worker's stack every 10 ms (taking the GIL from the parse) for a dashboard that a local
#: cluster here does not serve, so nobody reads it.
LOCAL_CLUSTER_CONFIG = {"distributed.worker.profile.enabled": False}


def local_cluster(workers: int | None = None, env: dict[str, str] | None = None) -> LocalCluster:
    """A cluster of `workers` single-threaded worker processes (default one per core): parsing
    is CPU-bound Python, so threads would share a GIL."""
    import dask
    from distributed import LocalCluster

    with dask.config.set(LOCAL_CLUSTER_CONFIG):  # handed to each worker process as it starts
        return LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1,
                            processes=True, dashboard_address=None, env=env or {})
