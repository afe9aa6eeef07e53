"""The `pipeline` flow: land → gate → parse → gate → dbt → gate → publish, then a run artifact.

Each stage is a subflow; a gate that fails stops the run before anything is published, and the
run artifact records why. The flow is deployed by prefect.yaml (daily, process work pool).
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from flows.land import land
from flows.parse import parse
from flows.transform import transform
from flows.validate import validate
from pressroom import progress
from pressroom.publish import publish
from pressroom.report import summarize, to_markdown
from pressroom.settings import Paths

ARTIFACT_KEY = "pressroom-run-summary"


@task(retries=2, retry_delay_seconds=5)
def publish_marts(root: str) -> dict[str, Any]:
    """Publish the validated marts (retried: a failed attempt changes nothing, so it is safe)."""
    paths = Paths(Path(root))
    # A plain connection: dbt-duckdb still holds the working file read-write in this process.
    with duckdb.connect(str(paths.warehouse)) as con:
        result = publish(con, paths, flow_run_id=flow_run.get_id())
    return {"publish_id": result.publish_id, "tables": len(result.row_counts),
            "rows": sum(result.row_counts.values())}


@flow(name="pipeline")
def pipeline(
    inbox: str | None = None, root: str | None = None, full_refresh: bool = False
) -> dict[str, Any]:
    """Run every stage in order on `inbox` (relative to `root`; default: landing/inbox).

    `full_refresh` rebuilds the incremental marts from scratch (after a mart's columns change).
    """
    paths = Paths.for_root(root)
    inbox_dir = paths.root / inbox if inbox else paths.inbox  # an absolute inbox stays as is
    r = str(paths.root)
    started_at = datetime.now(UTC)
    stages: dict[str, Any] = {}
    steps = [
        ("land", lambda: land(paths=[str(inbox_dir)], root=r)),
        ("validate landing", lambda: validate("landing", root=r)),
        ("parse", lambda: parse(root=r)),
        ("validate staging", lambda: validate("staging", root=r)),
        ("transform", lambda: transform(root=r, full_refresh=full_refresh)),
        ("validate marts", lambda: validate("marts", root=r)),
        ("publish", lambda: publish_marts(r)),
    ]
    for name, step in steps:
        progress.stage(name, "start")
        try:
            stages[name] = step()
        except Exception as exc:
            progress.stage(name, "failed")
            summary = summarize(paths, stages, started_at=started_at, error=exc,
                                failed_stage=name, run_id=flow_run.get_id())
            _report(summary)
            exc.pressroom_summary = summary  # type: ignore[attr-defined]  # for `pressroom run`
            raise
        progress.stage(name, "done")
    summary = summarize(paths, stages, started_at=started_at, run_id=flow_run.get_id())
    _report(summary)
    return summary


def _report(summary: dict[str, Any]) -> None:
    """Log the summary and publish it as the run's markdown artifact."""
    get_run_logger().info("pipeline %s; marts %s; publish %s (details: artifact %s)",
                          summary["status"], summary["marts"], summary["publish_id"],
                          ARTIFACT_KEY)
    create_markdown_artifact(
        markdown=to_markdown(summary),
        key=ARTIFACT_KEY,
        description=f"pressroom pipeline run: {summary['status']}",
    )
