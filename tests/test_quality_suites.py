"""The suite files in expectations/: they load, GX accepts them, and they name real columns."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
import yaml

from pressroom.db import connect
from pressroom.quality.suites import STAGES, SuiteError, load_all_suites, load_stage_suites
from pressroom.settings import PROJECT_DIR

EXPECTATIONS = PROJECT_DIR / "expectations"
MARTS_YML = PROJECT_DIR / "dbt" / "models" / "marts" / "_marts__models.yml"
SUITES = load_all_suites(EXPECTATIONS)


def columns_named(definition: dict) -> set[str]:
    """Every column an expectation or its row condition refers to."""
    names: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("column", "column_A", "column_B") and isinstance(value, str):
                    names.add(value)
                elif key == "column_list":
                    names.update(value)
                elif key == "column" and isinstance(value, dict):
                    names.add(value["name"])
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for expectation in definition["expectations"]:
        walk(expectation["kwargs"])
    return names


def test_every_stage_has_suites_for_its_tables():
    tables = {stage: {s.table for s in load_stage_suites(EXPECTATIONS, stage)}
              for stage in STAGES}
    assert tables == {
        "landing": {"landing.files", "landing.quarantine"},
        "staging": {"staging.releases", "staging.paragraphs", "staging.contacts",
                    "staging.contact_points", "staging.statistics",
                    "staging.rejected_figures", "staging.parse_problems"},
        "marts": {"marts.releases", "marts.contacts", "marts.release_contacts",
                  "marts.statistics", "marts.rejected_figures"},
    }


def test_gx_accepts_every_suite():
    import great_expectations as gx

    gx.get_context(mode="ephemeral")
    for suite in SUITES:
        built = gx.ExpectationSuite(**suite.definition)
        assert len(built.expectations) == len(suite.definition["expectations"]), suite.name
        assert {str(e.severity.value) for e in built.expectations} <= {"critical", "warning"}


@pytest.mark.parametrize("suite", [s for s in SUITES if s.stage != "marts"], ids=lambda s: s.name)
def test_landing_and_staging_suites_name_columns_of_schema_sql(tmp_path, suite):
    with connect(tmp_path / "w.duckdb") as con:
        rows = con.sql(suite.query).limit(0)
        assert columns_named(suite.definition) <= set(rows.columns)
        assert set(suite.row_keys) <= set(rows.columns)


@pytest.mark.parametrize("suite", [s for s in SUITES if s.stage == "marts"], ids=lambda s: s.name)
def test_mart_suites_name_columns_of_the_dbt_contracts(suite):
    """Build empty marts with the contracted column types, then ask DuckDB for the columns."""
    models = yaml.safe_load(MARTS_YML.read_text("utf-8"))["models"]
    con = duckdb.connect()
    con.execute("create schema marts")
    for model in models:
        columns = ", ".join(f'"{c["name"]}" {c["data_type"]}' for c in model["columns"])
        con.execute(f"create table marts.{model['name']} ({columns})")
    rows = con.sql(suite.query).limit(0)
    assert columns_named(suite.definition) <= set(rows.columns)
    assert set(suite.row_keys) <= set(rows.columns)


def test_a_suite_without_severity_is_refused(tmp_path: Path):
    folder = tmp_path / "staging"
    folder.mkdir()
    (folder / "staging.releases.json").write_text(json.dumps({
        "name": "staging.releases",
        "meta": {"row_keys": ["release_id"]},
        "expectations": [{"type": "expect_column_values_to_not_be_null",
                          "kwargs": {"column": "title"}}],
    }))
    with pytest.raises(SuiteError, match="severity"):
        load_stage_suites(tmp_path, "staging")


def test_an_unknown_stage_is_refused():
    with pytest.raises(ValueError, match="unknown stage 'publish'"):
        load_stage_suites(EXPECTATIONS, "publish")
