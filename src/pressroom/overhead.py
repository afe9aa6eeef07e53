"""Where a run's time goes outside its stages: interpreter and imports, Prefect's temporary
server, the Dask cluster, dbt's import. Each piece is timed where it happens, kept for this
process, and written into the run summary (`overhead`) for `pressroom bench throughput`.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

_SECONDS: dict[str, float] = {}


def since_process_start() -> float:
    """Seconds since this process was created (as the kernel records it), interpreter start-up
    included."""
    import psutil  # type: ignore[import-untyped]  # no stubs in the lock

    return max(0.0, time.time() - psutil.Process().create_time())


def record(name: str, seconds: float) -> None:
    """Add `seconds` to the piece `name`."""
    _SECONDS[name] = round(_SECONDS.get(name, 0.0) + seconds, 2)


@contextmanager
def timed(name: str) -> Iterator[None]:
    """Time the block as the piece `name` (added to what it already has)."""
    started = time.perf_counter()
    try:
        yield
    finally:
        record(name, time.perf_counter() - started)


def seconds() -> dict[str, float]:
    """The pieces timed so far in this process."""
    return dict(_SECONDS)
