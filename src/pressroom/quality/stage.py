"""Validate one stage: every suite of the stage against its warehouse table.

Work stays proportional to what is new: suites check, row by row, only the rows of files the
stage has not validated yet, or for the tables dbt rebuilds whole (contacts), only the rows
whose values have not passed the suite before (pressroom.quality.batch); table-wide rules
(uniqueness, for the keys of the batch's rows; row counts) are one DuckDB aggregate each
(pressroom.quality.aggregates); rows
reach GX in chunks, so memory stays bounded however large the batch. A critical failure on a
few staging rows quarantines them (pressroom.quality.quarantine) instead of stopping the run.
GX starts only when some rows are to be checked, and then once per process (the gates of a run
share its context); a gate that passes may leave its data docs pages to the run's last gate.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Iterator
from contextlib import nullcontext
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np

from pressroom.arrow_sql import registered
from pressroom.quality.aggregates import aggregate_outcomes, has_row_rules, row_rules_query
from pressroom.quality.batch import (
    BATCH_VIEW,
    batch_query,
    is_batched,
    mark_rows_validated,
    mark_validated,
    stage_content_batch,
    suite_version,
)
from pressroom.quality.batch import pending_files as pending_validation
from pressroom.quality.frames import table_exists
from pressroom.quality.outcomes import (
    MAX_EXAMPLES,
    ExpectationOutcome,
    fill_message,
    missing_table_outcome,
    outcome_from_result,
)
from pressroom.quality.quarantine import (
    QUARANTINE_STAGES,
    Candidate,
    QuarantinePlan,
    ensure_quarantine_table,
    is_structural,
    quarantine,
)
from pressroom.quality.report import StageReport
from pressroom.quality.store import store_outcomes, suites_failed_last
from pressroom.quality.suites import SuiteFile, load_all_suites, load_stage_suites
from pressroom.settings import Paths, quarantine_max_share

if TYPE_CHECKING:
    import pandas as pd

    from pressroom.quality.checkpoints import QualityContext

log = logging.getLogger(__name__)

#: Rows per frame handed to GX (64 DuckDB vectors of 2,048 rows).
CHUNK_ROWS = 64 * 2048
#: DuckDB vectors fetched at a time while a frame is gathered.
CHUNK_VECTORS = 64


def validate_stage(con: duckdb.DuckDBPyConnection, paths: Paths, stage: str, run_id: str, *,
                   whole_tables: bool = False, max_share: float | None = None,
                   build_docs: bool = True) -> StageReport:
    """Run the stage's suites, quarantine what may be quarantined, store every outcome in
    quality.results, update the data docs, and return the report (this never raises on
    failed expectations: `StageReport.raise_for_critical()` does).

    `whole_tables` validates every row instead of the new files' rows; `max_share` overrides
    the quarantine threshold (settings.quarantine_max_share()). `build_docs=False` leaves the
    data docs to a later gate of the same process (or `build_data_docs`) when the stage
    passes; a failed stage always renders them.
    """
    started = time.perf_counter()
    validated_at = datetime.now(UTC)
    run = _StageRun(con, paths, stage, run_id, validated_at,
                    quarantine_max_share() if max_share is None else max_share)
    files = pending_validation(con, stage) if is_batched(stage) else None
    scope = registered(con, BATCH_VIEW, files) if files is not None else nullcontext()
    with scope:
        for suite in load_stage_suites(paths.expectations, stage):
            run.validate(suite, batched=files is not None and not whole_tables)
    report = run.finish(build_docs)
    if files is not None and report.success:
        mark_validated(con, stage, files, run_id)
        for suite in run.content_batched:
            mark_rows_validated(con, suite.query, suite.name, suite_version(suite.definition))
    report.seconds = time.perf_counter() - started
    return report


class _StageRun:
    """The outcomes, quarantine candidates and GX context of one stage validation."""

    def __init__(self, con: duckdb.DuckDBPyConnection, paths: Paths, stage: str, run_id: str,
                 validated_at: datetime, max_share: float) -> None:
        self.con, self.paths, self.stage, self.run_id = con, paths, stage, run_id
        self.validated_at = validated_at
        self.report = StageReport(stage=stage, run_id=run_id, validated_at=validated_at)
        self.plan = QuarantinePlan([], {}, max_share)
        self._gx: QualityContext | None = None
        #: suites that failed an expectation when last validated: checked in detail at once
        self.failed_before = suites_failed_last(con, stage)
        #: suites batched by content (no batch key): their rows are recorded if the gate passes
        self.content_batched: list[SuiteFile] = []

    @property
    def gx(self) -> QualityContext:
        """The GX context, made only when some rows are to be checked (it takes seconds)."""
        if self._gx is None:
            from pressroom.lazy_imports import defer_unused_by_suites

            defer_unused_by_suites()
            from pressroom.quality.checkpoints import shared_context  # GX imports slowly

            # All suites, not only this stage's, so the data docs keep every suite's page.
            self._gx = shared_context(self.paths, load_all_suites(self.paths.expectations))
        return self._gx

    def validate(self, suite: SuiteFile, batched: bool) -> None:
        if not table_exists(self.con, suite.table):
            log.warning("quality: table %s is missing", suite.table)
            self.report.outcomes.append(missing_table_outcome(self.stage, suite.name,
                                                              suite.table))
            return
        by_file = batched and suite.batch_key is not None
        query = (batch_query(suite.query, suite.batch_key)
                 if batched and suite.batch_key is not None else suite.query)
        self.report.outcomes += aggregate_outcomes(self.con, self.stage, suite,
                                                   query if by_file else None)
        if not has_row_rules(suite):
            return
        if batched and not by_file:
            query = stage_content_batch(self.con, suite.query, suite.name,
                                        suite_version(suite.definition))
            self.content_batched.append(suite)
        (rows,), = self.con.execute(f"select count(*) from ({query})").fetchall()
        if batched and not rows:
            return  # nothing new in this table
        self.plan.rows_validated[suite.table] = rows
        self._check_rows(suite, row_rules_query(suite, query), rows)

    def _check_rows(self, suite: SuiteFile, query: str, rows: int) -> None:
        """GX on the rows of `query`, chunk by chunk; gather the keys of quarantinable rows."""
        may_quarantine = self.stage in QUARANTINE_STAGES
        per_chunk: list[list[ExpectationOutcome]] = []
        keys: dict[int, list[dict[str, Any]]] = {}
        too_many: set[int] = set()
        for frame in _chunks(self.con, query):
            results = self.gx.validate_frame(suite, frame, self.run_id, self.validated_at,
                                            suite.name in self.failed_before)
            outcomes = [outcome_from_result(self.stage, suite.name, suite.table, r)
                        for r in results]
            per_chunk.append(outcomes)
            for i, o in enumerate(outcomes):
                if not (may_quarantine and o.is_blocking):
                    continue
                if is_structural(o, suite.row_keys) or (o.unexpected_count or 0) > (
                        self.plan.max_share * rows):
                    too_many.add(i)
                else:
                    keys.setdefault(i, []).extend(self.gx.failing_rows(suite, frame, o))
        offset = len(self.report.outcomes)
        self.report.outcomes += merge_chunks(per_chunk)
        self.plan.candidates += [Candidate(offset + i, suite.table, suite.row_keys, k)
                                 for i, k in keys.items() if i not in too_many]

    def finish(self, build_docs: bool) -> StageReport:
        """Quarantine if that lets every blocking failure through; store; build data docs
        (if asked, or if the stage failed)."""
        report = self.report
        ensure_quarantine_table(self.con)
        if self.plan.feasible(report.outcomes):
            report.outcomes = quarantine(self.con, self.plan, report.outcomes, self.run_id,
                                         self.validated_at)
            log.warning("quality %s: %d row(s) quarantined (quality.quarantined_rows)",
                        self.stage, sum(o.quarantined for o in report.outcomes))
        report.data_docs = (build_data_docs(self.paths) if build_docs or not report.success
                            else None) or _docs_index(self.paths)
        store_outcomes(self.con, self.run_id, self.validated_at, report.outcomes)
        return report


def build_data_docs(paths: Paths) -> Path | None:
    """Render the data docs pages of every validation this process has not rendered yet (and
    every suite's page); return the index, or None when there was nothing to render. Never
    loads GX by itself: without a validation in this process there is nothing to render."""
    checkpoints = sys.modules.get("pressroom.quality.checkpoints")
    context = checkpoints.current_context(paths) if checkpoints else None
    if context is None or not context.has_unrendered:
        return None
    return context.build_data_docs()


def _docs_index(paths: Paths) -> Path | None:
    index = paths.gx_docs_dir / "index.html"
    return index if index.is_file() else None


def _chunks(con: duckdb.DuckDBPyConnection, query: str) -> Iterator[pd.DataFrame]:
    """The rows of `query` as pandas frames of about CHUNK_ROWS rows (at least one frame).

    DuckDB hands rows over in vectors of up to 2,048 rows, sparse when the query keeps few
    rows of its table (a batch's rows among the whole table's): vectors are gathered until
    they hold CHUNK_ROWS rows, since every frame costs GX the same fixed time.
    DATE columns hold `datetime.date` objects: GX compares those with the ISO dates a suite
    writes ("1990-01-01"), not the timestamps pandas would make.
    """
    import pandas as pd

    result = con.execute(query)
    parts: list[pd.DataFrame] = []
    held, yielded = 0, False
    while True:
        frame = result.fetch_df_chunk(CHUNK_VECTORS, date_as_object=True)
        if not frame.empty:
            parts.append(frame)
            held += len(frame)
        if held >= CHUNK_ROWS or (frame.empty and (parts or not yielded)):
            yield _wide_ints(pd.concat(parts, ignore_index=True) if len(parts) > 1
                             else (parts or [frame])[0])
            parts, held, yielded = [], 0, True
        if frame.empty:
            return


def _wide_ints(frame: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its NumPy integer columns as int64: GX compares int64 and float64 columns
    with bounds in one vectorised step but calls Python once per value for int32 (DuckDB's
    INTEGER) columns. The values are the same."""
    narrow = {c: "int64" for c, t in frame.dtypes.items()
              if isinstance(t, np.dtype) and t.kind in "iu" and t.itemsize < 8}
    return frame.astype(narrow) if narrow else frame


def merge_chunks(per_chunk: list[list[ExpectationOutcome]]) -> list[ExpectationOutcome]:
    """One outcome per expectation from its outcomes on each chunk: counts add up, examples
    are the first failing ones, and it succeeds only if it succeeded on every chunk."""
    if len(per_chunk) == 1:
        return per_chunk[0]
    merged = []
    for parts in zip(*per_chunk, strict=True):
        failed = [p for p in parts if not p.success]
        base = failed[0] if failed else parts[0]
        counted = [p.unexpected_count for p in parts if p.unexpected_count is not None]
        unexpected = sum(counted) if counted else None
        elements = sum(p.element_count or 0 for p in parts) if counted else None
        observed = base.observed_value
        if isinstance(observed, dict) and "unexpected_count" in observed and counted:
            assert unexpected is not None and elements is not None
            observed = observed | {"element_count": elements, "unexpected_count": unexpected,
                                   "unexpected_percent": 100 * unexpected / max(elements, 1)}
            missing = [p.observed_value.get("missing_count") for p in parts
                       if isinstance(p.observed_value, dict)]
            if "missing_count" in observed and all(isinstance(m, int) for m in missing):
                observed["missing_count"] = sum(missing)
        message = base.message
        if failed and base.message_template:  # the whole batch's counts, not one chunk's
            message = fill_message(base.message_template, table=base.table,
                                   observed=observed, unexpected=unexpected)
        merged.append(replace(
            base, success=not failed, unexpected_count=unexpected, element_count=elements,
            observed_value=observed, message=message,
            examples=[e for p in failed for e in p.examples][:MAX_EXAMPLES]))
    return merged
