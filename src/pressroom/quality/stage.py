"""Validate one stage: every suite of the stage against its warehouse table."""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

import duckdb

from pressroom.quality.frames import read_frame, table_exists
from pressroom.quality.outcomes import missing_table_outcome, outcome_from_result
from pressroom.quality.report import StageReport
from pressroom.quality.store import store_outcomes
from pressroom.quality.suites import load_all_suites, load_stage_suites
from pressroom.settings import Paths

log = logging.getLogger(__name__)


def validate_stage(con: duckdb.DuckDBPyConnection, paths: Paths, stage: str,
                   run_id: str) -> StageReport:
    """Run the stage's suites through GX checkpoints, store every outcome in
    quality.results, update the data docs, and return the report (this never raises on
    failed expectations: `StageReport.raise_for_critical()` does)."""
    started = time.perf_counter()
    suites = load_stage_suites(paths.expectations, stage)
    validated_at = datetime.now(UTC)
    report = StageReport(stage=stage, run_id=run_id, validated_at=validated_at)

    # Imported here: GX takes seconds to import, and `pressroom.quality` must stay light for
    # code that only needs QualityGateFailed.
    from pressroom.quality.checkpoints import QualityContext

    # All suites, not only this stage's, so the data docs keep every suite's page.
    gx_run = QualityContext(paths, load_all_suites(paths.expectations))
    for suite in suites:
        if not table_exists(con, suite.table):
            log.warning("quality: table %s is missing", suite.table)
            report.outcomes.append(missing_table_outcome(stage, suite.name, suite.table))
            continue
        frame = read_frame(con, suite.query)
        results = gx_run.run_checkpoint(suite, frame, run_id, validated_at)
        report.outcomes += [outcome_from_result(stage, suite.name, suite.table, r)
                            for r in results]
    report.data_docs = gx_run.build_data_docs()
    store_outcomes(con, run_id, validated_at, report.outcomes)
    report.seconds = time.perf_counter() - started
    return report
