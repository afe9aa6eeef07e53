"""The run summary: counts per stage, refused files with reasons, failed expectations."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import duckdb

from pressroom.quality.store import ensure_results_table
from pressroom.report import summarize, to_markdown, to_text
from pressroom.settings import Paths

LAND = {
    "landed": 4, "duplicates": 1, "quarantined": 1, "unreadable": 0,
    "quarantined_files": [{"name": "photo.jpg", "sha256": "ab", "reason": "binary | not text"}],
    "unreadable_files": [],
}


class GateFailed(Exception):
    def __init__(self, failures: list[str]) -> None:
        super().__init__(f"{len(failures)} critical expectation(s) failed")
        self.failures = failures


def test_completed_run_lists_counts_refused_files_marts_and_paths(root: Paths) -> None:
    root.warehouse.parent.mkdir(parents=True)
    with duckdb.connect(str(root.warehouse)) as con:
        con.execute("create schema marts")
        con.execute("create table marts.statistics as select * from range(12)")
        con.execute("create table marts.releases as select * from range(4)")
    stages = {"land": LAND, "validate landing": {"success": True},
              "parse": {"files": 4, "releases": 4}, "validate staging": {},
              "transform": {}, "validate marts": {}, "publish": {"publish_id": "p1"}}

    summary = summarize(root, stages, started_at=datetime.now(UTC))
    md = to_markdown(summary)
    text = to_text(summary)

    assert summary["status"] == "completed"
    assert summary["marts"] == {"releases": 4, "statistics": 12}  # main marts first
    assert summary["gates"] == {"landing": "passed", "staging": "passed", "marts": "passed"}
    assert "| land | landed 4, duplicates 1, quarantined 1, unreadable 0 |" in md
    assert "| photo.jpg | binary \\| not text |" in md  # the pipe cannot break the table
    assert "| statistics | 12 |" in md
    assert "landed 4, duplicates 1, quarantined 1" in text
    assert "quarantined photo.jpg: binary | not text" in text
    assert f"published DB: {root.published}\n" in text + "\n"
    assert str(root.docs_dir / "index.html") in text


def test_failed_gate_names_the_stage_and_the_failed_expectations(root: Paths) -> None:
    error = GateFailed(["staging.contact_points.value: 1 invalid e-mail ('not-an-email')"])
    stages = {"land": LAND, "validate landing": {}, "parse": {}}

    summary = summarize(root, stages, started_at=datetime.now(UTC), error=error,
                        failed_stage="validate staging")
    md = to_markdown(summary)
    text = to_text(summary)

    assert summary["status"] == "failed"
    assert summary["published"] is False
    assert summary["gates"] == {"landing": "passed", "staging": "failed", "marts": "not run"}
    assert "**Stopped at `validate staging`**: GateFailed: 1 critical expectation(s)" in md
    assert "Nothing was published" in md
    assert "- staging.contact_points.value: 1 invalid e-mail ('not-an-email')" in md
    assert text.startswith("Pipeline FAILED at validate staging")
    assert "(not updated)" in text
    assert summary["marts"] == {}  # no working database yet: nothing to count, no error


def test_failed_expectations_of_the_run_come_from_quality_results(root: Paths) -> None:
    root.warehouse.parent.mkdir(parents=True)
    with duckdb.connect(str(root.warehouse)) as con:
        ensure_results_table(con)
        con.execute("""insert into quality.results (run_id, validated_at, stage, suite,
                table_name, column_name, expectation, severity, success, observed_value,
                unexpected_count, unexpected_examples, error, message)
            select 'run-' || run, now(), 'staging', 's', table_name, column_name, expectation,
                severity, success, observed, unexpected, examples, error, message
            from (values
            (1, 'staging.contact_points', 'is_valid', 'expect_in_set', 'warning',
             false, null, 2, '[{"is_valid": false}, {"is_valid": false}]', null, null),
            (1, 'staging.contact_points', 'value', 'expect_regex', 'critical',
             false, null, 1, '[{"value": "not-an-email"}]', null, null),
            (1, 'staging.parse_problems', null, 'expect_row_count', 'warning', false,
             '3', null, null, null, '3 parse problem(s) recorded'),
            (1, 'staging.paragraphs', null, 'expect_row_count', 'warning', false,
             '0', null, null, null, null),
            (1, 'staging.releases', null, 'expect_rows', 'critical', true,
             null, null, null, null, null),
            (0, 'staging.releases', null, 'expect_rows', 'critical', false,
             null, null, null, 'table missing', null))
            as t(run, table_name, column_name, expectation, severity, success, observed,
                 unexpected, examples, error, message)""")

    summary = summarize(root, {"land": LAND}, started_at=datetime.now(UTC), run_id="run-1",
                        error=GateFailed(["from the exception"]), failed_stage="validate staging")

    # this run's failures only, critical first, each with one failing row
    assert summary["failed_expectations"] == [
        '[critical] staging.contact_points.value expect_regex: 1 unexpected, '
        'e.g. value "not-an-email"',
        '[warning] staging.contact_points.is_valid expect_in_set: 2 unexpected, '
        'e.g. is_valid false',
        '[warning] staging.paragraphs expect_row_count: observed 0',
        '[warning] 3 parse problem(s) recorded',  # the suite's own words (meta.message)
    ]
    assert "failed expectations:\n    - [critical]" in to_text(summary)


def test_failed_transform_lists_the_failing_dbt_tests_next_to_the_run_warnings(
        root: Paths) -> None:
    from pressroom.transform import TransformFailed

    root.warehouse.parent.mkdir(parents=True)
    with duckdb.connect(str(root.warehouse)) as con:  # a warning of an earlier gate of the run
        ensure_results_table(con)
        con.execute("""insert into quality.results (run_id, validated_at, stage, suite,
                table_name, expectation, severity, success, message)
            values ('run-1', now(), 'staging', 's', 'staging.parse_problems', 'expect_rows',
                    'warning', false, '2 parse problem(s) recorded')""")
    error = TransformFailed("build", [
        "test assert_percent_between_0_and_100: Got 1 result, configured to fail if != 0"
        "\n    {'statistic_key': 'k-s7', 'span': '150 %'}"])
    stages = {"land": LAND, "validate landing": {}, "parse": {}, "validate staging": {}}

    summary = summarize(root, stages, started_at=datetime.now(UTC), error=error,
                        failed_stage="transform", run_id="run-1")
    text = to_text(summary)
    md = to_markdown(summary)

    assert "  error: TransformFailed: dbt build failed:\n" \
           "    - test assert_percent_between_0_and_100: Got 1 result" in text
    assert "\n      {'statistic_key': 'k-s7', 'span': '150 %'}" in text
    assert "[warning] 2 parse problem(s) recorded" in text
    assert "```\ntest assert_percent_between_0_and_100: Got 1 result" in md


def test_failing_rows_are_named_by_their_files_not_by_hashes(root: Paths) -> None:
    """A warning about rows keyed by a file's sha256 names the file, with no JSON or hash."""
    from pressroom.db import connect
    from pressroom.landing import land_files

    with connect(root.warehouse) as con:
        land_files(con, root, sorted(root.inbox.iterdir())[:2], None)
        shas = [s for (s,) in con.execute("select sha256 from landing.files order by 1").fetchall()]
        ensure_results_table(con)
        con.execute("""insert into quality.results (run_id, validated_at, stage, suite,
                table_name, column_name, expectation, severity, success, unexpected_count,
                unexpected_examples, message)
            values ('run-1', now(), 'staging', 's', 'staging.contact_points', 'is_valid',
                'expect_in_set', 'warning', false, 2, ?, '2 historical phone number(s)')""",
                    [json.dumps([{"is_valid": False, "contact_id": f"{s}-0-c0"} for s in shas])])
        names = {n for (n,) in con.execute("select original_name from landing.files").fetchall()}

    [line] = summarize(root, {}, started_at=datetime.now(UTC), run_id="run-1")[
        "failed_expectations"]
    assert line == f"[warning] 2 historical phone number(s) (in {', '.join(sorted(names))})"
    assert not any(s in line for s in shas)


def test_files_parsed_with_problems_in_this_run_are_named_with_their_first_reason(
        root: Paths) -> None:
    """A run's partly read files are named (not counted over every run), failed ones apart."""
    from pressroom.db import connect
    from pressroom.landing import land_files

    started = datetime.now(UTC)
    with connect(root.warehouse) as con:
        land_files(con, root, sorted(root.inbox.iterdir())[:3], None)
        files = con.execute("select sha256, original_name from landing.files order by 2").fetchall()
        (old, _), (new, new_name), (failed, _) = files
        con.executemany("insert into staging.parsed_files values (?, 'v1', ?, 1, now())",
                        [(old, "parsed"), (new, "parsed"), (failed, "failed")])
        problems = [(old, "contacts", "an earlier run's problem", "2000-01-01"),
                    (new, "contacts", "contact text names no one", str(started)),
                    (new, "contacts", "phone number cannot be parsed",
                     str(started + timedelta(seconds=1))),
                    (failed, "parse", "no release found", str(started))]
        con.executemany("insert into staging.parse_problems values (?, 'v1', ?, ?, null, ?)",
                        problems)

    summary = summarize(root, {}, started_at=started)

    assert summary["problem_files"] == [
        {"name": new_name, "problems": 2, "reason": "contact text names no one"}]
    assert f"    partly read {new_name}: contact text names no one (+1 more)" in to_text(summary)
    assert f"| {new_name} | 2 | contact text names no one |" in to_markdown(summary)


def test_quarantined_rows_are_listed_in_the_summary_text_and_artifact(root: Paths) -> None:
    from pressroom.quality.quarantine import ensure_quarantine_table

    root.warehouse.parent.mkdir(parents=True)
    with duckdb.connect(str(root.warehouse)) as con:
        ensure_results_table(con)
        ensure_quarantine_table(con)
        con.execute("""insert into quality.results (run_id, validated_at, stage, suite,
            table_name, expectation, column_name, severity, success, unexpected_count,
            quarantined_rows) values ('run-q', now(), 'staging', 'staging.statistics',
            'staging.statistics', 'expect_column_values_to_be_between', 'value', 'critical',
            false, 1, 1)""")
        con.execute("""insert into quality.quarantined_rows values ('run-q', now(), 'staging',
            'staging.statistics', 'abc-0-s3', 'statistic_id', 'abc',
            'expect_column_values_to_be_between', 'value', 'A figure of zero is a misread',
            '{"value": 0}')""")
    stages = {"land": LAND, "validate landing": {}, "parse": {},
              "validate staging": {"quarantined_rows": 1}, "transform": {},
              "validate marts": {}, "publish": {"publish_id": "p1"}}

    summary = summarize(root, stages, started_at=datetime.now(UTC), run_id="run-q")
    text, md = to_text(summary), to_markdown(summary)

    assert summary["quarantined_rows"] == [{
        "table": "staging.statistics", "key": "abc-0-s3",
        "expectation": "expect_column_values_to_be_between",
        "reason": "A figure of zero is a misread"}]
    assert summary["gates"]["staging"] == "passed (1 row(s) quarantined)"
    assert ("  quarantined rows: 1 (not published; table quality.quarantined_rows)\n"
            "    - staging.statistics abc-0-s3: A figure of zero is a misread") in text
    assert "[critical, 1 row(s) quarantined] staging.statistics.value" in text
    assert ("| staging.statistics | abc-0-s3 | expect_column_values_to_be_between | "
            "A figure of zero is a misread |") in md
