"""Running suites through GX checkpoints, and the data docs they feed.

One ephemeral GX context per stage run. Suites are loaded from expectations/ each time, so the
checkout never receives GX state. Validation results persist under warehouse/quality-results so
the data docs (warehouse/quality-docs) show every stage of the recent runs, not only the last.
"""

from __future__ import annotations

import logging
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


def results_dir(paths: Paths) -> Path:
    """Where GX keeps validation result JSON for the data docs (next to the warehouse)."""
    return paths.warehouse.parent / "quality-results"


class QualityContext:
    """A GX context for one run: suites, a pandas datasource, checkpoints, data docs."""

    def __init__(self, paths: Paths, suites: list[SuiteFile]) -> None:
        self.paths = paths
        self.context = gx.get_context(mode="ephemeral", project_config=_config(paths))
        self.datasource = self.context.data_sources.add_pandas(DATASOURCE)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", DeprecationWarning)
            self.suites = {s.name: self.context.suites.add(gx.ExpectationSuite(**row_rules(s)))
                           for s in suites}
        self._validated: list[ValidationResultIdentifier] = []

    def run_checkpoint(self, suite: SuiteFile, frame: pd.DataFrame, run_id: str,
                       run_time: datetime) -> list[dict[str, Any]]:
        """Validate `frame` against `suite` through a checkpoint; the results as JSON dicts."""
        asset = self.datasource.add_dataframe_asset(name=suite.name)
        batch = asset.add_batch_definition_whole_dataframe("whole_table")
        definition = self.context.validation_definitions.add(
            gx.ValidationDefinition(name=suite.name, data=batch, suite=self.suites[suite.name]))
        # One checkpoint per table: a checkpoint hands the same dataframe to all its
        # validation definitions. Data docs are built once per stage, not per checkpoint.
        checkpoint = self.context.checkpoints.add(gx.Checkpoint(
            name=f"{suite.stage}.{suite.name}",
            validation_definitions=[definition],
            actions=[],
            result_format={
                "result_format": "SUMMARY",
                "unexpected_index_column_names": list(suite.row_keys),
                "partial_unexpected_count": MAX_EXAMPLES,
            },
        ))
        result = checkpoint.run(batch_parameters={"dataframe": frame},
                                run_id=RunIdentifier(run_name=run_id, run_time=run_time))
        self._validated.extend(result.run_results)
        return [r.to_json_dict() for suite_result in result.run_results.values()
                for r in suite_result.results]

    def failing_rows(self, suite: SuiteFile, frame: pd.DataFrame,
                     outcome: ExpectationOutcome) -> list[dict[str, Any]]:
        """The row keys of EVERY row of `frame` failing `outcome`'s expectation (the checkpoint
        keeps only 20 examples): what quarantining those rows needs."""
        asset = self.datasource.get_asset(suite.name)
        batch = asset.batch_definitions[0].get_batch(batch_parameters={"dataframe": frame})
        expectation = get_expectation_impl(outcome.expectation)(**outcome.kwargs)
        result = batch.validate(expectation, result_format={
            "result_format": "COMPLETE",
            "unexpected_index_column_names": list(suite.row_keys),
        })
        rows = (result.result or {}).get("unexpected_index_list") or []
        return [{k: _plain(row[k]) for k in suite.row_keys} for row in rows]

    def build_data_docs(self) -> Path:
        """Render this run's validations and every suite, readable offline; drop old runs."""
        self._prune_old_runs()
        identifiers: list[Any] = [ExpectationSuiteIdentifier(name=n) for n in self.suites]
        identifiers += self._validated
        self.context.build_data_docs(site_names=[DOCS_SITE], resource_identifiers=identifiers)
        make_offline(self.paths.gx_docs_dir)
        return self.paths.gx_docs_dir / "index.html"

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
