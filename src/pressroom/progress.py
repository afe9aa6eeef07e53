"""Progress of long work, told through the `pressroom.progress` logger: no display code here.

Flows and library loops call `stage` and `advance`; the command line shows these records as stage
lines and progress bars (pressroom.console). Anywhere else (a Prefect worker, a test) nothing
listens and they cost one logger call.
"""

from __future__ import annotations

import logging
from typing import Literal

LOGGER = logging.getLogger("pressroom.progress")
LOGGER.propagate = False  # never in Prefect's or the root logger's output
LOGGER.addHandler(logging.NullHandler())

StageEvent = Literal["start", "done", "failed"]


def stage(name: str, event: StageEvent) -> None:
    """A pipeline stage started, finished or failed."""
    LOGGER.info("%s %s", name, event, extra={"stage": (name, event)})


def advance(task: str, done: int, total: int | None, unit: str = "files") -> None:
    """`done` of `total` items of `task` are finished (total None: not known)."""
    LOGGER.info("%s %d/%s", task, done, total, extra={"advance": (task, done, total, unit)})
