"""The `validate` flow: the quality gate of one stage (landing, staging or marts).

Runs the stage's Great Expectations suites (expectations/<stage>/) on the rows of files the
stage has not validated yet, logs every failed expectation with its failing rows, and raises
QualityGateFailed when a critical one failed, so the pipeline stops before anything is
published. A critical failure on a few staging rows (at most PRESSROOM_QUARANTINE_MAX_SHARE of
the batch, not a key or uniqueness failure) quarantines those rows and lets the run go on.
Warnings are logged and let it go on. The pipeline renders the data docs once, after its
last gate (`build_docs=False` on the earlier ones; a failed gate renders them at once).
"""

from __future__ import annotations

import duckdb
from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.runtime import flow_run

from pressroom.db import connect
from pressroom.quality import STAGES, StageReport, validate_stage
from pressroom.settings import Paths


@task(name="run-checkpoints", cache_policy=NO_CACHE)  # no retries: same data, same verdict
def run_checkpoints(con: duckdb.DuckDBPyConnection, paths: Paths, stage: str,
                    run_id: str, whole_tables: bool = False,
                    build_docs: bool = True) -> StageReport:
    """Validate the stage's tables and record the results (quality.results, data docs)."""
    return validate_stage(con, paths, stage, run_id, whole_tables=whole_tables,
                          build_docs=build_docs)


@flow(name="validate")
def validate(stage: str, root: str | None = None, whole_tables: bool = False,
             build_docs: bool = True) -> dict:
    """Validate `stage`; raise `QualityGateFailed` if a critical expectation failed.

    `whole_tables` checks every row, not only the rows of files the stage has not validated.
    `build_docs=False` leaves the data docs of a passing stage to a later gate of the process.
    """
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}: expected one of {', '.join(STAGES)}")
    paths = Paths.for_root(root)
    # Results of all stages of one pipeline run share the pipeline's (root flow's) run id.
    run_id = flow_run.root_flow_run_id or flow_run.get_id() or "local"
    con = connect(paths.warehouse)
    try:
        report = run_checkpoints(con, paths, stage, run_id, whole_tables, build_docs)
    finally:
        con.close()
    logger = get_run_logger()
    for outcome in report.critical_failures:
        logger.error("quality %s: %s", stage, outcome.failure_text())
    for outcome in report.warnings + report.quarantined:
        logger.warning("quality %s: %s", stage, outcome.failure_text())
    summary = report.summary()
    logger.info("quality %s: %s, %d expectations on %d tables, %d critical and %d warning "
                "failed, %d row(s) quarantined (data docs: %s)", stage,
                "passed" if report.success else "FAILED", summary["expectations"],
                len(summary["tables"]), summary["failed_critical"], summary["failed_warning"],
                summary["quarantined_rows"], summary["data_docs"])
    report.raise_for_critical()
    return summary
