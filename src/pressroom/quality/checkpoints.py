"""Running suites through GX validation definitions, and the data docs they feed.

One ephemeral GX context per process (`shared_context`): building it, its suites and their
validation definitions takes about a second, so the three gates of a run share one, and each
suite's validation definition is made once and then run on each new frame. They are run as
such, not through checkpoints: a checkpoint without actions adds nothing to a validation
definition's run but bookkeeping (each checkpoint serialised into its store when added, then
checked against it, with its validation definitions, on every run: ~0.6 CPU s of the +1 %
gates at 10,000 files). Suites are read from expectations/ (an
edited suite gives a new context), so the checkout never receives GX state. Validation results
persist under warehouse/quality-results so the data docs (warehouse/quality-docs) show every
stage of the recent runs, not only the last; the docs are rendered once per run, after the last
gate (`build_data_docs`), from every validation the context has not rendered yet.
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
import warnings
from datetime import datetime
from pathlib import Path
from typing import Any

import great_expectations as gx
import pandas as pd
from great_expectations.core.run_identifier import RunIdentifier
from great_expectations.data_context.types.base import DataContextConfig
from great_expectations.data_context.types.resource_identifiers import (
    ExpectationSuiteIdentifier,
    ValidationResultIdentifier,
)
from great_expectations.execution_engine import pandas_execution_engine
from great_expectations.expectations.registry import get_expectation_impl

from pressroom.quality.aggregates import row_rules
from pressroom.quality.docs_assets import make_offline
from pressroom.quality.outcomes import MAX_EXAMPLES, ExpectationOutcome
from pressroom.quality.suites import SuiteFile
from pressroom.settings import Paths

log = logging.getLogger(__name__)

DATASOURCE = "pressroom"
DOCS_SITE = "pressroom_quality"
#: Runs whose validation results (and data docs pages) are kept; quality.results keeps all.
KEEP_RUNS = 30
#: A file of the data docs site naming the suites (context key) its suite pages were made from.
SUITES_MARKER = ".suites-key"


#: GX fingerprints each frame smaller than this (an md5 over a pandas hash of every cell,
#: about a tenth of a gate's time) only to label the batch in the result's metadata. Frames
#: here are chunks of a query, labelled by the run: no frame is fingerprinted.
pandas_execution_engine.HASH_THRESHOLD = 0


def results_dir(paths: Paths) -> Path:
    """Where GX keeps validation result JSON for the data docs (next to the warehouse)."""
    return paths.warehouse.parent / "quality-results"


_SHARED: QualityContext | None = None


def shared_context(paths: Paths, suites: list[SuiteFile]) -> QualityContext:
    """This process's GX context for `paths` and these suites, made on first use."""
    global _SHARED
    key = context_key(paths, suites)
    if _SHARED is None or _SHARED.key != key:
        _SHARED = QualityContext(paths, suites)
    return _SHARED


def current_context(paths: Paths) -> QualityContext | None:
    """The shared context if one was made for `paths` in this process (GX started), else None."""
    if _SHARED is None or _SHARED.paths.root.resolve() != paths.root.resolve():
        return None
    return _SHARED


def context_key(paths: Paths, suites: list[SuiteFile]) -> str:
    """What a context is made from: the root and every suite's definition."""
    digest = hashlib.sha256(str(paths.root.resolve()).encode())
    for suite in suites:
        digest.update(json.dumps([suite.stage, suite.definition], sort_keys=True).encode())
    return digest.hexdigest()


class QualityContext:
    """A GX context: suites, a pandas datasource, one validation definition per suite, data
    docs."""

    def __init__(self, paths: Paths, suites: list[SuiteFile]) -> None:
        self.paths = paths
        self.key = context_key(paths, suites)
        self.context = gx.get_context(mode="ephemeral", project_config=_config(paths))
        self.datasource = self.context.data_sources.add_pandas(DATASOURCE)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            self.suites = {s.name: self.context.suites.add(gx.ExpectationSuite(**row_rules(s)))
                           for s in suites}
        self._definitions: dict[str, gx.ValidationDefinition] = {}
        self._unrendered: list[ValidationResultIdentifier] = []
        #: suites whose last frame failed an expectation: their next frame is detailed at once
        self._failing: set[str] = set()

    @property
    def has_unrendered(self) -> bool:
        """Whether some validation has no data docs page yet."""
        return bool(self._unrendered)

    def validate_frame(self, suite: SuiteFile, frame: pd.DataFrame, run_id: str,
                       run_time: datetime, failed_before: bool = False) -> list[dict[str, Any]]:
        """Validate `frame` against `suite`; the results as JSON dicts.

        Failing rows' keys (up to 20 per expectation) need a detailed pass, dearer than
        counts alone: about a third on a large frame, and on the few thousand rows of a
        +1 % run's batch too (GX computes each detail metric per expectation, filtering the
        frame again each time; the staging gate of +1,000 files at 100,000 took 2.0 CPU s
        counts first against 2.8 detailed at once, with identical outcomes). So a frame is
        first checked for counts only, and checked again in detail only when an expectation
        failed. A suite that failed before goes straight to the detailed pass: a suite whose
        last validation failed (`failed_before`: a warning that fails on most batches, such as
        a release without a title) or whose last frame of this process failed; its failures
        are seldom alone. The stored validation result is the last pass's.
        """
        run = RunIdentifier(run_name=run_id, run_time=run_time)
        try:
            if suite.name not in self._failing and not failed_before:
                results = self._run(suite, frame, run, detailed=False)
                if all(r["success"] for r in results):
                    return results
            results = self._run(suite, frame, run, detailed=True)
            if all(r["success"] for r in results):
                self._failing.discard(suite.name)
            else:
                self._failing.add(suite.name)
            return results
        finally:
            self._forget_frames()

    def _forget_frames(self) -> None:
        """Drop the frames GX's pandas engine caches: it keeps the last frame of every asset
        (one per suite) for the context's life, so a process that ran the three gates held a
        chunk of every table it validated, up to ~130,000 rows each, through dbt and publish."""
        manager = self.datasource.get_execution_engine().batch_manager
        manager.reset_batch_cache()
        manager.batch_data_cache.clear()

    def _run(self, suite: SuiteFile, frame: pd.DataFrame, run: RunIdentifier,
             detailed: bool) -> list[dict[str, Any]]:
        """Run the suite's validation definition on `frame`; remember the stored result (as
        a checkpoint keys it) for the data docs.

        `detailed`: the failing rows' keys and values (SUMMARY), not only counts (BASIC)."""
        result_format: dict[str, Any] = {"result_format": "BASIC"}
        if detailed:
            result_format = {"result_format": "SUMMARY",
                             "unexpected_index_column_names": list(suite.row_keys),
                             "partial_unexpected_count": MAX_EXAMPLES}
        result = self._definition(suite).run(batch_parameters={"dataframe": frame},
                                             result_format=result_format, run_id=run)
        key = ValidationResultIdentifier(
            expectation_suite_identifier=ExpectationSuiteIdentifier(name=suite.name),
            run_id=run, batch_identifier=result.batch_id)
        if key not in self._unrendered:
            self._unrendered.append(key)
        return [r.to_json_dict() for r in result.results]

    def _definition(self, suite: SuiteFile) -> gx.ValidationDefinition:
        """The suite's validation definition (a dataframe asset and its whole-frame batch),
        made on first use."""
        if suite.name not in self._definitions:
            asset = self.datasource.add_dataframe_asset(name=suite.name)
            batch = asset.add_batch_definition_whole_dataframe("whole_table")
            self._definitions[suite.name] = self.context.validation_definitions.add(
                gx.ValidationDefinition(name=suite.name, data=batch,
                                        suite=self.suites[suite.name]))
        return self._definitions[suite.name]

    def failing_rows(self, suite: SuiteFile, frame: pd.DataFrame,
                     outcome: ExpectationOutcome) -> list[dict[str, Any]]:
        """The row keys of EVERY row of `frame` failing `outcome`'s expectation (the detailed pass
        keeps only 20 examples): what quarantining those rows needs."""
        asset = self.datasource.get_asset(suite.name)
        batch = asset.batch_definitions[0].get_batch(batch_parameters={"dataframe": frame})
        expectation = get_expectation_impl(outcome.expectation)(**outcome.kwargs)
        try:
            result = batch.validate(expectation, result_format={
                "result_format": "COMPLETE",
                "unexpected_index_column_names": list(suite.row_keys),
            })
        finally:
            self._forget_frames()
        rows = (result.result or {}).get("unexpected_index_list") or []
        return [{k: _plain(row[k]) for k in suite.row_keys} for row in rows]

    def build_data_docs(self) -> Path:
        """Render the validations not rendered yet, the index, and the suites' pages when the
        suites changed since the last build; readable offline; drop old runs."""
        started = time.time()
        self._prune_old_runs()
        site = self.paths.gx_docs_dir
        marker = site / SUITES_MARKER  # the suites the site's suite pages show
        identifiers: list[Any] = list(self._unrendered)
        if not marker.is_file() or marker.read_text("utf-8") != self.key:
            identifiers += [ExpectationSuiteIdentifier(name=n) for n in self.suites]
        self.context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=identifiers)
        self._unrendered = []
        make_offline(site, since=started - 1)  # file times run on a coarser clock
        marker.write_text(self.key, "utf-8")
        return site / "index.html"

    def _prune_old_runs(self) -> None:
        store = self.context.validation_results_store
        keys = store.list_keys()
        latest: dict[str, datetime] = {}
        for key in keys:
            name, time = key.run_id.run_name, key.run_id.run_time  # type: ignore[attr-defined]
            latest[name] = max(time, latest.get(name, time))
        kept = set(sorted(latest, key=latest.__getitem__, reverse=True)[:KEEP_RUNS])
        for key in keys:
            if key.run_id.run_name not in kept:  # type: ignore[attr-defined]
                store.remove_key(key)


def _plain(value: Any) -> Any:
    """A numpy scalar as the Python value it holds (Arrow and JSON take those)."""
    return value.item() if hasattr(value, "item") else value


def _config(paths: Paths) -> DataContextConfig:
    in_memory = {"class_name": "InMemoryStoreBackend"}
    return DataContextConfig(
        stores={
            "expectations_store": {"class_name": "ExpectationsStore",
                                   "store_backend": in_memory},
            "validation_results_store": {
                "class_name": "ValidationResultsStore",
                "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                                  "base_directory": str(results_dir(paths))},
            },
            "checkpoint_store": {"class_name": "CheckpointStore", "store_backend": in_memory},
            "validation_definition_store": {"class_name": "ValidationDefinitionStore",
                                            "store_backend": in_memory},
        },
        expectations_store_name="expectations_store",
        validation_results_store_name="validation_results_store",
        checkpoint_store_name="checkpoint_store",
        data_docs_sites={DOCS_SITE: {
            "class_name": "SiteBuilder",
            "show_how_to_buttons": False,
            "store_backend": {"class_name": "TupleFilesystemStoreBackend",
                              "base_directory": str(paths.gx_docs_dir)},
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
        }},
        analytics_enabled=False,
        progress_bars={"globally": False, "metric_calculations": False},  # type: ignore[arg-type]
    )
