"""The `pipeline` flow: land → gate → parse → gate → dbt → gate → publish, then a run artifact.

Each stage is a subflow; a gate that fails stops the run before anything is published, and the
run artifact records why. The flow is deployed by prefect.yaml (daily, process work pool).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.runtime import flow_run

from flows.land import land
from flows.parse import DASK_ADDRESS_ENV, LOCAL_CLUSTER_MIN_FILES, parse, started_early
from flows.transform import transform
from flows.validate import validate
from pressroom import freshness, overhead, progress
from pressroom.db import connect, open_warehouse
from pressroom.errors import one_line
from pressroom.health import preflight, remember_sound
from pressroom.landing import one_listing
from pressroom.publish import PreparedPublish, can_prepare, publish
from pressroom.quality.stage import build_data_docs
from pressroom.report import summarize, to_markdown, write_summary
from pressroom.runlock import run_lock
from pressroom.settings import Paths
from pressroom.staging import files_to_parse_estimate
from pressroom.stopping import stop_on_signals

if TYPE_CHECKING:
    from pressroom.dask_cluster import Starting

ARTIFACT_KEY = "pressroom-run-summary"


@task(retries=2, retry_delay_seconds=5)
def publish_marts(root: str) -> dict[str, Any]:
    """Publish the validated marts (retried: a failed attempt changes nothing, so it is safe)."""
    paths = Paths(Path(root))
    prepared = _PREPARED.pop(paths.root, None)  # a retry builds from scratch
    # Not `connect` (no schema DDL): dbt-duckdb may hold the file read-write in this process.
    with open_warehouse(paths.warehouse) as con:
        result = publish(con, paths, flow_run_id=flow_run.get_id(), prepared=prepared)
    return {"publish_id": result.publish_id, "tables": len(result.row_counts),
            "rows": sum(result.row_counts.values())}


#: The publish prepared while the marts gate runs, per root (`_prepare_publish`).
_PREPARED: dict[Path, PreparedPublish] = {}


def _prepare_publish(paths: Paths, full_refresh: bool) -> None:
    """Start bringing the published marts up to date (pressroom.publish.PreparedPublish) while
    the marts gate runs: on an incremental run, the gate's checks and the publish's DuckDB
    work overlap on the two cores. Nothing is published before the gate passed."""
    if not full_refresh and can_prepare(paths):
        _PREPARED[paths.root] = PreparedPublish(paths)


def _discard_prepared(paths: Paths) -> None:
    """Drop a prepared publish that will not be finished (a stage failed)."""
    prepared = _PREPARED.pop(paths.root, None)
    if prepared is not None:
        prepared.discard()


@task
def published_state(root: str) -> tuple[str, bool]:
    """The fingerprint of what dbt would build from, and whether it is published already."""
    paths = Paths(Path(root))
    with connect(paths.warehouse) as con:
        state = freshness.current_state(con, paths)
        return state, freshness.is_published(con, paths, state)


@task
def record_published(root: str, state: str, publish_id: str | None) -> None:
    """Remember which state the published marts were built from."""
    with open_warehouse(Paths(Path(root)).warehouse) as con:
        freshness.record_published(con, state, publish_id)


@flow(name="pipeline")
def pipeline(
    inbox: str | None = None, root: str | None = None, full_refresh: bool = False,
    dask_address: str | None = None,
) -> dict[str, Any]:
    """Run every stage in order on `inbox` (relative to `root`; default: landing/inbox).

    `full_refresh` rebuilds the incremental marts from scratch (after a mart's columns change).
    `dask_address`: parse on this Dask scheduler (default: PRESSROOM_DASK_ADDRESS, else a local
    cluster when there are flows.parse.LOCAL_CLUSTER_MIN_FILES files or more to parse).
    """
    paths = Paths.for_root(root)
    inbox_dir = paths.root / inbox if inbox else paths.inbox  # an absolute inbox stays as is
    # one listing of the inbox serves the stages (landing.one_listing)
    with run_lock(paths, "run"), stop_on_signals(), one_listing():
        preflight(paths, [inbox_dir])  # raises before any work: missing inbox, full disk...
        summary = _run_stages(paths, inbox_dir, full_refresh, dask_address)
        remember_sound(paths.warehouse)  # closed now: the next run's check need not read it
        return summary


def _run_stages(paths: Paths, inbox_dir: Path, full_refresh: bool,
                dask_address: str | None = None) -> dict[str, Any]:
    """The stages in order; a failure is summarized (artifact, exception) and re-raised."""
    overhead.record("startup", overhead.since_process_start())  # process start -> first stage
    cluster = None
    if not (dask_address or os.environ.get(DASK_ADDRESS_ENV)) and _many_files_to_parse(
            paths, inbox_dir, reuse=True):
        cluster = _start_local_cluster()  # starts and warms up while the files land
    try:
        return _stages(paths, inbox_dir, full_refresh, dask_address, cluster)
    finally:
        if cluster is not None:
            cluster.close(wait=False)


#: A parse that re-read more than this share of the warehouse's files (a new parser version)
#: rebuilds the marts rather than replacing their rows by key: a delete+insert of every figure
#: of a 100,000-file warehouse ran out of DuckDB's 512 MB, while a build from scratch spills.
REBUILD_SHARE = 0.5


def _parse_replaced_most(paths: Paths, parsed: dict[str, Any] | None) -> bool:
    """Whether this run's parse re-read most of a warehouse that held parsed files before."""
    files = (parsed or {}).get("files_parsed", 0)
    if not files:
        return False
    with open_warehouse(paths.warehouse) as con:
        (total,), = con.execute("select count(distinct sha256) from staging.parsed_files"
                                ).fetchall()
        (built,), = con.execute("select count(*) from information_schema.tables"
                                " where table_schema = 'marts'").fetchall()
    return bool(built) and files > REBUILD_SHARE * total


def parses_on_dask(paths: Paths, inbox_dir: Path) -> bool:
    """Whether a run on `inbox_dir` will parse on a Dask cluster (a named one, or a local one
    for many files), not in this process."""
    return bool(os.environ.get(DASK_ADDRESS_ENV)) or _many_files_to_parse(paths, inbox_dir)


#: The last estimate per (root, inbox) that the flow has not used yet: `pressroom run` asks
#: `parses_on_dask` just before it runs the flow, and the flow reuses that answer once instead
#: of listing the inbox and opening the warehouse again (~1 s for 100,000 files).
_ESTIMATES: dict[tuple[Path, Path], bool] = {}


def _many_files_to_parse(paths: Paths, inbox_dir: Path, reuse: bool = False) -> bool:
    """Whether this run will likely parse enough files for a local Dask cluster (`reuse`:
    take the estimate made since the last run, if any)."""
    key = (paths.root, inbox_dir)
    if reuse and key in _ESTIMATES:
        return _ESTIMATES.pop(key)
    many = ((os.cpu_count() or 1) > 1
            and files_to_parse_estimate(paths, inbox_dir) >= LOCAL_CLUSTER_MIN_FILES)
    if not reuse:  # for the flow about to run
        _ESTIMATES[key] = many
    return many


def _start_local_cluster() -> Starting:
    """A local Dask cluster for the parse stage, starting in the background now: its worker
    processes start and warm up (pressroom.dask_cluster) while the files land and the landing
    gate runs, instead of at the start of the parse stage."""
    from pressroom.dask_cluster import Starting

    return Starting()


def _stages(paths: Paths, inbox_dir: Path, full_refresh: bool, dask_address: str | None,
            cluster: Starting | None) -> dict[str, Any]:
    """Run the stages; parse on `cluster` (a local cluster started early) when given."""

    def parse_stage() -> dict:
        if cluster is None:
            return parse(root=r, dask_address=dask_address)
        try:
            with started_early(cluster):  # waited for (timed) as the first batch goes out
                return parse(root=r)
        finally:
            cluster.close(wait=False)  # its workers exit while the next stages run

    r = str(paths.root)
    started_at = datetime.now(UTC)
    stages: dict[str, Any] = {}
    steps = [
        ("land", lambda: land(paths=[str(inbox_dir)], root=r)),
        ("validate landing", lambda: validate("landing", root=r, build_docs=False)),
        ("parse", parse_stage),
        ("validate staging", lambda: validate("staging", root=r, build_docs=False)),
        ("transform", lambda: transform(root=r, full_refresh=full_refresh)),
        ("validate marts", lambda: validate("marts", root=r, whole_tables=full_refresh)),
        ("publish", lambda: publish_marts(r)),
    ]
    seconds: dict[str, float] = {}
    skipped: list[str] = []
    state = None
    # each stage is a subflow of this run, whose heartbeat goes on (_without_subflow_heartbeats)
    with _without_subflow_heartbeats():
        for name, step in steps:
            if name == "transform" and not full_refresh and _parse_replaced_most(
                    paths, stages.get("parse")):
                full_refresh = True  # the marts are rebuilt, not merged into row by row
            if name == "transform":
                state, current = published_state(r)
                if current and not full_refresh:  # nothing new since the last publish
                    skipped = [n for n, _ in steps[steps.index((name, step)):]]
                    break
            started = time.perf_counter()
            progress.stage(name, "start")
            try:
                if name == "validate marts":
                    _prepare_publish(paths, full_refresh)
                stages[name] = step()
            except BaseException as exc:  # RunInterrupted (SIGTERM) is summarized too
                progress.stage(name, "failed")
                _discard_prepared(paths)
                if isinstance(exc, Exception):  # not when stopping: SIGTERM gives it 10 s
                    with suppress(Exception):  # the error to show is the stage's
                        build_data_docs(paths)  # the pages of the gates that passed before it
                _report_failure(exc, paths, stages, started_at, name, seconds)
                raise
            progress.stage(name, "done")
            seconds[name] = round(time.perf_counter() - started, 2)
    build_data_docs(paths)  # when the marts gate did not run (nothing new since the last publish)
    if "publish" in stages and state:
        record_published(r, state, stages["publish"].get("publish_id"))
    summary = summarize(paths, stages, started_at=started_at, run_id=flow_run.get_id(),
                        seconds=seconds, skipped=skipped, overhead=overhead.seconds())
    _report(summary, paths)
    return summary


@contextmanager
def _without_subflow_heartbeats() -> Iterator[None]:
    """Run the stages' subflows without heartbeats of their own.

    Prefect gives every flow run a heartbeat thread (crash detection) that sleeps in steps of
    a second and joins it when the run ends: each stage waited ~0.9 s for it after its work
    (an empty subflow: 1.25-1.45 s with it, 0.25-0.6 s without, at load ~9). The stages run in
    this process, inside the pipeline's flow run, whose own heartbeat (started before this)
    goes on: a crash still stops the pipeline run's heartbeats."""
    from prefect.settings import PREFECT_FLOWS_HEARTBEAT_FREQUENCY, temporary_settings

    with temporary_settings(updates={PREFECT_FLOWS_HEARTBEAT_FREQUENCY: None}):
        yield


def _report_failure(exc: BaseException, paths: Paths, stages: dict[str, Any],
                    started_at: datetime, failed_stage: str,
                    seconds: dict[str, float]) -> None:
    """Summarize a failed run onto `exc` (for `pressroom run` to print) and as the artifact.

    The summary reads the working database; if that fails too (a corrupt or full disk), the
    original error is what the operator must see, so the secondary one is only logged.
    """
    try:
        summary = summarize(paths, stages, started_at=started_at, error=exc,
                            failed_stage=failed_stage, run_id=flow_run.get_id(),
                            seconds=seconds, overhead=overhead.seconds())
        _report(summary, paths)
    except Exception as secondary:
        get_run_logger().warning("no run summary (%s); the run failed at %s: %s",
                                 one_line(secondary), failed_stage, one_line(exc))
        return
    exc.pressroom_summary = summary  # type: ignore[attr-defined]  # for `pressroom run`


def _report(summary: dict[str, Any], paths: Paths) -> None:
    """Log the summary, write it as JSON (warehouse/last_run.json) and publish it as the run's
    markdown artifact."""
    write_summary(paths, summary)
    get_run_logger().info("pipeline %s; marts %s; publish %s (details: artifact %s)",
                          summary["status"], summary["marts"], summary["publish_id"],
                          ARTIFACT_KEY)
    create_markdown_artifact(
        markdown=to_markdown(summary),
        key=ARTIFACT_KEY,
        description=f"pressroom pipeline run: {summary['status']}",
    )
