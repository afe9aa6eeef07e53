"""The quality gates on real DuckDB files and real GX checkpoints: what passes, what stops a run,
what is only a warning, and where the results end up."""

from __future__ import annotations

import hashlib
import json
import logging

import duckdb
import pytest

from pressroom.db import connect
from pressroom.quality import QualityGateFailed, StageReport, validate_stage
from pressroom.settings import PARSER_VERSION, PROJECT_DIR, Paths

SHA = hashlib.sha256(b"release one").hexdigest()
SHA2 = hashlib.sha256(b"release two").hexdigest()
V = PARSER_VERSION  # the gates validate rows of the current parser version
R0, R1 = f"{SHA}-0", f"{SHA}-1"
C0 = f"{R0}-c0"

LANDING = f"""
insert into landing.files values
  ('{SHA}', 'peru.txt', '/inbox/peru.txt', 4096, 'utf_8', 'landing/raw/{SHA[:2]}/{SHA}', 1,
   now(), null);
insert into landing.quarantine values
  ('{SHA2}', 'empty.txt', '/inbox/empty.txt', 0, 'empty', 'the file is empty (0 bytes)',
   'landing/quarantine/{SHA2[:2]}/{SHA2}', now(), null);
"""

STAGING = f"""
insert into staging.parsed_files values ('{SHA}', '{V}', 'parsed', 2, now());
insert into staging.releases values
  ('{R0}', '{SHA}', 0, '{V}', 'Le Pérou et l’OIM luttent contre la traite', 'fr', 'web_page',
   'Lima', 'PE', date '2019-07-30', 'Lima - L’OIM a formé 300 agents.', 250, now()),
  ('{R1}', '{SHA}', 1, '{V}', 'IOM supports returnees in Honduras', 'en', 'communique',
   null, 'HN', null, 'More than 1,000 people returned.', 180, now());
insert into staging.paragraphs values
  ('{R0}', '{SHA}', '{V}', 0, 'lead', 'Lima - L’OIM a formé 300 agents.'),
  ('{R0}', '{SHA}', '{V}', 1, 'body', 'Plus de 3 900 victimes de traite ont été identifiées.'),
  ('{R0}', '{SHA}', '{V}', 2, 'contact', 'Pour plus d’informations : Jorge Gallo, OIM Pérou'),
  ('{R1}', '{SHA}', '{V}', 0, 'lead', 'More than 1,000 people returned.');
insert into staging.contacts values
  ('{C0}', '{R0}', '{SHA}', '{V}', 0, 'Jorge Gallo', 'OIM Pérou');
insert into staging.contact_points values
  ('{C0}', '{R0}', '{SHA}', '{V}', 0, 'email', 'jgallo@iom.int', null, 'jgallo@iom.int', true),
  ('{C0}', '{R0}', '{SHA}', '{V}', 1, 'phone', '+5112217209', '113', '+51.1.221.7209 ext 113',
   true),
  ('{C0}', '{R0}', '{SHA}', '{V}', 2, 'mobile', '+51987654321', null, '987 654 321', true);
insert into staging.statistics values
  ('{R0}-s0', '{R0}', '{SHA}', '{V}', 0, 3900, null, 'count', 'more_than',
   'victimes de traite', null, null, 'Plus de 3 900 victimes', 's', 1, 0, 22),
  ('{R0}-s1', '{R0}', '{SHA}', '{V}', 1, 45.5, null, 'percent', 'about', 'femmes',
   2018, 2019, 'près de 45,5 %', 's', 1, 30, 44),
  ('{R0}-s2', '{R0}', '{SHA}', '{V}', 2, 150, 180, 'count', 'range', 'agents',
   null, null, 'entre 150 et 180 agents', 's', 0, 5, 28),
  ('{R0}-s3', '{R0}', '{SHA}', '{V}', 3, 3700000, null, 'currency:USD', 'exact', null,
   2019, 2019, '3,7 millions de dollars', 's', -1, 0, 23);
insert into staging.rejected_figures values
  ('{R0}', '{SHA}', '{V}', 0, '2019', 'year', 'A year, not a quantity.', 's', 1, 50, 54),
  ('{R0}', '{SHA}', '{V}', 1, '221 7209', 'masked', 'Part of a phone number.', 's', 2, 3, 11);
"""

MARTS = f"""
create schema if not exists marts;
create table marts.releases as select
  r.release_id as release_key, title, language, template, dateline, country as country_code,
  'Peru' as country_name, 'Pérou' as country_name_local, published_on, lead, word_count,
  1::bigint as statistic_count, 2::bigint as rejected_figure_count, 1::bigint as contact_count,
  'peru.txt' as source_file_name,
  1 as name_version, r.sha256, release_index, now() as landed_at, parser_version, parsed_at
from staging.releases r;
create table marts.contacts as select
  'k-jgallo' as contact_key, 'Jorge Gallo' as name, 'jorge gallo' as folded_name,
  'email:jgallo@iom.int' as identity, ['OIM Pérou'] as offices, ['jgallo@iom.int'] as emails,
  [{{'e164': '+5112217209', 'extension': '113', 'kind': 'phone', 'is_valid': true}}] as phones,
  '{R0}' as first_release_key, date '2019-07-30' as first_seen_on,
  '{R1}' as last_release_key, date '2020-01-15' as last_seen_on, 2::bigint as release_count;
create table marts.release_contacts as select
  '{R0}/k-jgallo' as release_contact_key, '{R0}' as release_key, 'k-jgallo' as contact_key,
  0 as position, 'Jorge Gallo' as name_as_written, 'OIM Pérou' as office_as_written;
create table marts.statistics as select
  statistic_id as statistic_key, release_id as release_key, position, value, value_max, unit,
  split_part(unit, ':', 1) as unit_family,
  case when unit like 'currency:%' then split_part(unit, ':', 2) end as currency_code,
  qualifier, subject, period_start, period_end, 'PE' as country_code, text as span, sentence,
  paragraph, char_start, char_end, now() as parsed_at
from staging.statistics;
create table marts.rejected_figures as select
  release_id || '-r' || position as rejected_figure_key, release_id as release_key, position,
  text as span, rule, reason, sentence, paragraph, char_start, char_end, 'fr' as language,
  'PE' as country_code, now() as parsed_at
from staging.rejected_figures;
"""


@pytest.fixture
def warehouse(tmp_path) -> tuple[duckdb.DuckDBPyConnection, Paths]:
    """A working warehouse holding a small, correct landing, staging and marts."""
    paths = Paths(tmp_path / "pressroom")
    con = connect(paths.warehouse)
    con.execute(LANDING + STAGING + MARTS)
    yield con, paths
    con.close()


def failed(report: StageReport, expectation: str, column: str) -> list:
    return [o for o in report.outcomes
            if not o.success and o.expectation == expectation and o.column == column]


def stored(con: duckdb.DuckDBPyConnection, where: str) -> list[tuple]:
    return con.execute(
        "select stage, suite, expectation, column_name, severity, success, unexpected_count,"
        f" unexpected_examples, error from quality.results where {where} order by suite"
    ).fetchall()


def test_correct_data_passes_every_stage(warehouse):
    con, paths = warehouse
    for stage in ("landing", "staging", "marts"):
        report = validate_stage(con, paths, stage, run_id="run-good")
        assert report.success, [o.failure_text() for o in report.critical_failures]
        assert [o.failure_text() for o in report.outcomes if not o.success] == []
        assert len(report.outcomes) > 10
    (count, failures), = con.execute(
        "select count(*), count(*) filter (not success) from quality.results"
        " where run_id = 'run-good'").fetchall()
    assert failures == 0
    assert count > 60


def test_invalid_email_stops_the_run_naming_expectation_and_rows(warehouse):
    con, paths = warehouse
    con.execute(f"""insert into staging.contact_points values
        ('{C0}', '{R0}', '{SHA}', '{V}', 3, 'email', 'mailto:jgallo@iom.int', null, 'x', true)""")

    report = validate_stage(con, paths, "staging", run_id="run-bad-email")

    assert not report.success
    (outcome,) = failed(report, "expect_column_values_to_match_regex", "value")
    assert outcome.severity == "critical"
    assert outcome.unexpected_count == 1
    assert outcome.examples == [{"value": "mailto:jgallo@iom.int", "contact_id": C0,
                                 "position": 3}]
    with pytest.raises(QualityGateFailed) as caught:
        report.raise_for_critical()
    message = str(caught.value)
    for part in ("staging.contact_points.value", "expect_column_values_to_match_regex",
                 "kind == 'email'", "mailto:jgallo@iom.int", C0):
        assert part in message
    assert caught.value.failures == [outcome]

    rows = stored(con, "run_id = 'run-bad-email' and not success")
    assert [r[:7] for r in rows] == [
        ("staging", "staging.contact_points", "expect_column_values_to_match_regex", "value",
         "critical", False, 1)]
    assert json.loads(rows[0][7])[0]["value"] == "mailto:jgallo@iom.int"


def test_warning_only_failure_does_not_stop_the_run(warehouse):
    con, paths = warehouse
    # A historical number today's plan rejects: kept, flagged, reported as a warning only.
    con.execute(f"""insert into staging.contact_points values
        ('{C0}', '{R0}', '{SHA}', '{V}', 3, 'fax', '+511221720', null, '221-720', false)""")

    report = validate_stage(con, paths, "staging", run_id="run-warn")

    assert report.success
    report.raise_for_critical()  # does not raise
    (warning,) = report.warnings
    assert (warning.expectation, warning.column) == ("expect_column_values_to_be_in_set",
                                                     "is_valid")
    assert warning.examples[0]["position"] == 3
    assert warning.failure_text().startswith(
        "[warning] 1 phone number(s) in staging.contact_points that today's numbering plan"
        " rejects (historical numbers): kept as written, is_valid = false, e.g. [{")
    assert stored(con, "run_id = 'run-warn' and not success")[0][4:6] == ("warning", False)


def test_parse_problems_and_quarantined_files_are_reported_without_stopping_the_run(
        warehouse):
    from pressroom.report import failed_expectations

    con, paths = warehouse
    con.execute(f"""insert into staging.parse_problems values
        ('{SHA}', '{V}', 'contacts', 'contact text names no one', 'écrivez-nous', now()),
        ('{SHA}', '{V}', 'contacts', 'phone number cannot be parsed', '12', now())""")

    landing = validate_stage(con, paths, "landing", run_id="run-problems")
    staging = validate_stage(con, paths, "staging", run_id="run-problems")

    # the fixture's quarantined file is what quarantine is for: no failure at all
    assert [o.failure_text() for o in landing.outcomes if not o.success] == []
    assert staging.success
    (warning,) = staging.warnings
    expected = ("[warning] 2 parse problem(s) in staging.parse_problems (all runs); the summary"
                " names this run's files")
    assert warning.failure_text() == expected
    assert failed_expectations(paths.warehouse, "run-problems") == [expected]


@pytest.mark.parametrize(
    ("stage", "break_data", "expectation", "column", "severity"),
    [
        ("staging", "update staging.statistics set value = 120 where unit = 'percent'",
         "expect_column_values_to_be_between", "value", "critical"),
        ("staging", "update staging.releases set language = 'de' where release_index = 1",
         "expect_column_values_to_be_in_set", "language", "critical"),
        ("staging", "update staging.releases set title = null where release_index = 1",
         "expect_column_values_to_not_be_null", "title", "warning"),  # a copy with no headline
        ("staging", "update staging.statistics set unit = 'kilometres' where position = 0",
         "expect_column_values_to_match_regex", "unit", "critical"),
        ("staging", "update staging.statistics set value_max = 100 where qualifier = 'range'",
         "expect_column_pair_values_a_to_be_greater_than_b", "value_max,value", "critical"),
        ("staging", "update staging.releases set published_on = date '1901-05-01'",
         "expect_column_values_to_be_between", "published_on", "warning"),
        ("staging", "update staging.rejected_figures set rule = 'Year rule' where position = 0",
         "expect_column_values_to_match_regex", "rule", "critical"),
        ("staging", "update staging.rejected_figures set char_end = char_start",
         "expect_column_pair_values_a_to_be_greater_than_b", "char_end,char_start", "critical"),
        ("marts", "update marts.rejected_figures set reason = null where position = 1",
         "expect_column_values_to_not_be_null", "reason", "critical"),
        ("landing", "update landing.files set sha256 = upper(sha256)",
         "expect_column_values_to_match_regex", "sha256", "critical"),
        ("marts", "insert into marts.releases select * from marts.releases limit 1",
         "expect_column_values_to_be_unique", "release_key", "critical"),
        ("marts", "update marts.contacts set phones = [{'e164': '0051 1 221', 'extension': null,"
                  " 'kind': 'phone', 'is_valid': true}]",
         "expect_column_values_to_match_regex", "e164", "critical"),
    ],
)
def test_each_kind_of_bad_data_is_caught(warehouse, stage, break_data, expectation, column,
                                         severity):
    con, paths = warehouse
    con.execute(break_data)

    report = validate_stage(con, paths, stage, run_id="run-broken")

    outcomes = failed(report, expectation, column)
    assert outcomes, [o.failure_text() for o in report.outcomes if not o.success]
    assert {o.severity for o in outcomes} == {severity}
    assert report.success == (severity == "warning")


def row_checked(report: StageReport, suite: str) -> int | None:
    """How many rows of `suite` GX checked (its not-null rule's element count), None: none."""
    counts = [o.element_count for o in report.outcomes if o.suite == suite
              and o.expectation == "expect_column_values_to_not_be_null"]
    return counts[0] if counts else None


def test_rebuilt_contact_rows_are_checked_again_only_when_their_values_change(warehouse):
    con, paths = warehouse
    first = validate_stage(con, paths, "marts", run_id="run-1")
    assert first.success and row_checked(first, "marts.contacts") == 1

    # dbt rebuilt the same contacts: nothing new to check row by row, uniqueness still checked
    con.execute("create or replace table marts.contacts as select * from marts.contacts")
    again = validate_stage(con, paths, "marts", run_id="run-2")
    assert again.success and row_checked(again, "marts.contacts") is None
    assert any(o.suite == "marts.contacts" and o.expectation ==
               "expect_column_values_to_be_unique" for o in again.outcomes)

    # a new person, and a known one whose values changed: both are checked, and a bad one stops
    con.execute("insert into marts.contacts select * replace ('k-ines' as contact_key, "
                "'email:ines@iom.int' as identity, ['ines@iom.int'] as emails, "
                "-1::bigint as release_count) "
                "from marts.contacts")
    con.execute("update marts.contacts set last_seen_on = date '2020-02-01' "
                "where contact_key = 'k-jgallo'")
    changed = validate_stage(con, paths, "marts", run_id="run-3")
    assert row_checked(changed, "marts.contacts") == 2
    assert not changed.success
    assert failed(changed, "expect_column_values_to_be_between", "release_count")
    # a gate that stopped the run records nothing: the bad row is checked (and stops) again
    assert not validate_stage(con, paths, "marts", run_id="run-4").success

    # fixed, it passes; a whole-table validation (--full-refresh) checks every row
    con.execute("update marts.contacts set release_count = 1 where contact_key = 'k-ines'")
    assert validate_stage(con, paths, "marts", run_id="run-5").success
    whole = validate_stage(con, paths, "marts", run_id="run-6", whole_tables=True)
    assert row_checked(whole, "marts.contacts") == 2


def test_missing_table_is_a_failed_critical_result_not_a_crash(warehouse):
    con, paths = warehouse
    con.execute("drop table marts.statistics")

    report = validate_stage(con, paths, "marts", run_id="run-missing")

    (missing,) = [o for o in report.outcomes if o.table == "marts.statistics"]
    assert (missing.success, missing.severity, missing.error) == (False, "critical",
                                                                  "table missing")
    assert "marts.statistics" in str(QualityGateFailed(report))
    assert any(o.table == "marts.releases" and o.success for o in report.outcomes)
    assert stored(con, "run_id = 'run-missing' and not success") == [
        ("marts", "marts.statistics", "expect_table_to_exist", None, "critical", False, None,
         None, "table missing")]


def test_data_docs_show_every_stage_and_nothing_lands_in_the_checkout(warehouse):
    con, paths = warehouse
    checkout_before = sorted(p for p in (PROJECT_DIR / "expectations").rglob("*"))

    validate_stage(con, paths, "landing", run_id="run-docs")
    report = validate_stage(con, paths, "staging", run_id="run-docs")

    index = paths.gx_docs_dir / "index.html"
    assert report.data_docs == index
    html = index.read_text("utf-8")
    for suite in ("landing.files", "staging.contact_points", "marts.releases"):
        assert suite in html
    assert len(list((paths.gx_docs_dir / "validations" / "landing").rglob("*.html"))) == 2
    # staging.parse_problems has no row of the batch's file: nothing of it to check row by row
    assert len(list((paths.gx_docs_dir / "validations" / "staging").rglob("*.html"))) == 6
    assert sorted(p for p in (PROJECT_DIR / "expectations").rglob("*")) == checkout_before
    assert not (PROJECT_DIR / "gx").exists()


def test_the_seed_releases_pass_the_landing_and_staging_gates(root):
    """The parser's real output meets every critical expectation."""
    from pressroom.landing import land_files
    from pressroom.staging import parse_pending

    with connect(root.warehouse) as con:
        land_files(con, root, sorted(root.inbox.iterdir()), None)
        parse_pending(con, root)
        for stage in ("landing", "staging"):
            report = validate_stage(con, root, stage, run_id="run-seeds")
            assert report.success, [o.failure_text() for o in report.critical_failures]
        (releases,) = con.execute("select count(*) from staging.releases").fetchone()
    assert releases == 5


def test_data_docs_keep_only_the_latest_runs(warehouse, monkeypatch):
    from pressroom.quality import checkpoints

    con, paths = warehouse
    monkeypatch.setattr(checkpoints, "KEEP_RUNS", 2)
    for run in ("run-1", "run-2", "run-3"):  # whole tables: each run validates rows
        validate_stage(con, paths, "landing", run_id=run, whole_tables=True)

    # <schema>/<table>/<run>/<time>/<batch>.json
    kept = {p.parent.parent.name for p in checkpoints.results_dir(paths).rglob("*.json")}
    assert kept == {"run-2", "run-3"}
    html = (paths.gx_docs_dir / "index.html").read_text("utf-8")
    assert "run-3" in html and "run-1" not in html
    (runs,) = con.execute("select count(distinct run_id) from quality.results").fetchone()
    assert runs == 3  # the warehouse keeps every run


@pytest.mark.slow
def test_validate_flow_logs_failing_rows_and_raises(warehouse, prefect_harness):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import LogFilter, LogFilterFlowRunId
    from prefect.logging.handlers import APILogWorker

    from flows.validate import validate

    con, paths = warehouse
    con.close()  # the flow opens the warehouse itself
    assert validate("staging", root=str(paths.root))["success"] is True

    with connect(paths.warehouse) as con2:  # a new parse of the file, not validated yet
        con2.execute(f"""insert into staging.contact_points values
            ('{C0}', '{R0}', '{SHA}', '{V}', 3, 'email', 'jgallo at iom', null, 'x', true)""")
        con2.execute(f"delete from quality.validated_files where sha256 = '{SHA}'")
    state = validate("staging", root=str(paths.root), return_state=True)

    assert state.is_failed()
    with pytest.raises(QualityGateFailed, match="jgallo at iom"):
        state.result()
    APILogWorker.drain_all(timeout=10)
    with get_client(sync_client=True) as client:
        logs = client.read_logs(LogFilter(flow_run_id=LogFilterFlowRunId(
            any_=[state.state_details.flow_run_id])))
    errors = [log.message for log in logs if log.level == logging.ERROR]
    assert any("expect_column_values_to_match_regex" in m and "jgallo at iom" in m and C0 in m
               for m in errors), errors
    with connect(paths.warehouse) as con3:
        runs = con3.execute("select count(distinct run_id), count(*) filter (not success)"
                            " from quality.results").fetchall()
    assert runs == [(2, 1)]


def quarantined(con: duckdb.DuckDBPyConnection) -> list[tuple]:
    return con.execute(
        "select table_name, row_key, expectation, column_name, reason, row_data"
        " from quality.quarantined_rows order by table_name, row_key").fetchall()


def test_a_bad_staging_row_is_quarantined_with_its_reason_and_the_rest_goes_on(warehouse):
    con, paths = warehouse
    con.execute(f"update staging.statistics set value = 0 where statistic_id = '{R0}-s0'")

    report = validate_stage(con, paths, "staging", run_id="run-q", max_share=0.3)

    assert report.success, [o.failure_text() for o in report.critical_failures]
    (outcome,) = report.quarantined
    assert (outcome.expectation, outcome.column, outcome.quarantined) == (
        "expect_column_values_to_be_between", "value", 1)
    assert report.summary()["quarantined_rows"] == 1
    ((table, key, expectation, column, reason, row),) = quarantined(con)
    assert (table, key, expectation, column) == ("staging.statistics", f"{R0}-s0",
                                                 "expect_column_values_to_be_between", "value")
    assert "zero and negative figures are misreads" in reason
    assert json.loads(row)["text"] == "Plus de 3 900 victimes"  # the whole row is kept
    # moved out of staging (dbt never sees it); the other figures stay
    assert con.execute("select statistic_id from staging.statistics order by 1").fetchall() == [
        (f"{R0}-s1",), (f"{R0}-s2",), (f"{R0}-s3",)]
    assert stored(con, "run_id = 'run-q' and not success")[0][4:7] == ("critical", False, 1)
    (recorded,), = con.execute("select quarantined_rows from quality.results"
                               " where run_id = 'run-q' and not success").fetchall()
    assert recorded == 1


def test_a_quarantined_release_takes_its_dependent_rows_with_it(warehouse):
    con, paths = warehouse
    con.execute("update staging.releases set language = 'de' where release_index = 1")

    report = validate_stage(con, paths, "staging", run_id="run-q2", max_share=0.5)

    assert report.success
    rows = quarantined(con)
    assert [(t, k) for t, k, *_ in rows] == [("staging.paragraphs", f"{R1}/0"),
                                             ("staging.releases", R1)]
    assert rows[0][4].startswith("its release was quarantined: staging.releases.language "
                                 "expect_column_values_to_be_in_set(value_set=[")
    assert con.execute("select release_id from staging.releases").fetchall() == [(R0,)]


@pytest.mark.parametrize(
    ("break_data", "max_share"),
    [
        # more failing rows than the threshold allows (1 of 4 figures > 1 %)
        (f"update staging.statistics set value = 0 where statistic_id = '{R0}-s0'", None),
        # structural: a malformed key is not a bad value, it is a broken table
        ("update staging.releases set release_id = 'R-one' where release_index = 1", 0.9),
    ],
)
def test_too_many_or_structural_failures_still_stop_the_run(warehouse, break_data, max_share):
    con, paths = warehouse
    con.execute(break_data)
    before = con.execute("select count(*) from staging.statistics").fetchall()

    report = validate_stage(con, paths, "staging", run_id="run-stop", max_share=max_share)

    assert not report.success
    assert not report.quarantined
    assert quarantined(con) == []
    assert con.execute("select count(*) from staging.statistics").fetchall() == before
    # not marked validated: the next run checks the same rows again
    assert validate_stage(con, paths, "staging", run_id="run-stop2",
                          max_share=max_share).success is False


#: The keys of the staging tables without a PRIMARY KEY (sql/schema.sql), as gates name them.
STAGING_KEYS = {"releases": "release_id", "paragraphs": "release_id,position",
                "contacts": "contact_id", "contact_points": "contact_id,position",
                "statistics": "statistic_id", "rejected_figures": "release_id,position"}


def test_a_duplicated_staging_key_stops_the_run(warehouse):
    """The big staging tables have no PRIMARY KEY (sql/schema.sql): the gate is what stops a
    row written twice, in any of them, as a structural failure however lenient the quarantine."""
    con, paths = warehouse
    for table in STAGING_KEYS:
        con.execute(f"insert into staging.{table} select * from staging.{table} limit 1")

    report = validate_stage(con, paths, "staging", run_id="run-dup", max_share=0.9)

    assert not report.success
    duplicated = {(o.table.removeprefix("staging."), o.column) for o in report.outcomes
                  if not o.success and o.expectation.endswith("_to_be_unique")
                  and o.unexpected_count == 2}
    assert duplicated >= set(STAGING_KEYS.items())
    assert not report.quarantined and quarantined(con) == []


def test_the_gates_of_a_process_share_one_gx_context_and_render_the_docs_once(warehouse):
    """A passing gate with build_docs=False renders no page; the run's last gate renders the
    pages of every gate; the GX context is made once for the three gates."""
    from pressroom.quality import checkpoints
    from pressroom.quality.stage import build_data_docs

    con, paths = warehouse
    validations = paths.gx_docs_dir / "validations"
    validate_stage(con, paths, "landing", run_id="run-once", build_docs=False)
    context = checkpoints.current_context(paths)
    assert context is not None and context.has_unrendered
    validate_stage(con, paths, "staging", run_id="run-once", build_docs=False)
    assert not validations.exists()  # nothing rendered yet

    report = validate_stage(con, paths, "marts", run_id="run-once")

    assert checkpoints.current_context(paths) is context  # one context for the three gates
    assert report.data_docs == paths.gx_docs_dir / "index.html"
    for stage in ("landing", "staging", "marts"):
        assert list((validations / stage).rglob("*.html")), stage
    assert not context.has_unrendered
    assert build_data_docs(paths) is None  # nothing left to render


def test_a_failing_gate_renders_its_docs_even_when_asked_not_to(warehouse):
    con, paths = warehouse
    con.execute(f"""insert into staging.contact_points values
        ('{C0}', '{R0}', '{SHA}', '{V}', 3, 'email', 'mailto:jgallo@iom.int', null, 'x', true)""")

    report = validate_stage(con, paths, "staging", run_id="run-fail-docs", build_docs=False,
                            max_share=0.0)

    assert not report.success
    pages = list((paths.gx_docs_dir / "validations" / "staging").rglob("*.html"))
    assert any("run-fail-docs" in str(p) for p in pages)
    page = next(p for p in pages if "contact_points" in str(p))
    assert "mailto:jgallo@iom.int" in page.read_text("utf-8")  # the failing row, not counts



def test_a_new_files_row_reusing_a_validated_key_stops_the_gate(warehouse):
    """Uniqueness is checked for the keys of the new files' rows, against the whole table."""
    con, paths = warehouse
    assert validate_stage(con, paths, "marts", run_id="run-1").success

    # a second file whose release has the key of the first file's release R0
    con.execute(f"insert into staging.parsed_files values ('{SHA2}', '{V}', 'parsed', 1, now())")
    con.execute(f"insert into marts.releases select * replace ('{SHA2}' as sha256) "
                f"from marts.releases where release_key = '{R0}'")
    report = validate_stage(con, paths, "marts", run_id="run-2")

    outcomes = failed(report, "expect_column_values_to_be_unique", "release_key")
    assert [(o.unexpected_count, o.element_count, o.severity) for o in outcomes] == [
        (2, 3, "critical")]
    assert not report.success
    # the gate let nothing through: the next run checks the same rows again
    again = validate_stage(con, paths, "marts", run_id="run-3")
    assert failed(again, "expect_column_values_to_be_unique", "release_key")


def test_a_content_batch_hashes_the_table_once_and_its_record_stays_bounded(tmp_path):
    """Rows of a table rebuilt whole are checked when their values are new; the record of
    passed rows keeps the hashes of changed rows until they outnumber the table's rows
    twice, then holds the current rows only."""
    from pressroom.quality.batch import mark_rows_validated, stage_content_batch

    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    con.execute("create table t as select range as k, 'v' as v from range(100)")
    query, suite = "select * from t", "marts.t"

    def batch() -> list[tuple]:
        rows = con.execute(stage_content_batch(con, query, suite, "v1")).fetchall()
        mark_rows_validated(con, query, suite, "v1")
        return rows

    def recorded() -> int:
        return con.execute("select count(*) from quality.validated_rows").fetchall()[0][0]

    assert len(batch()) == 100 and recorded() == 100
    assert batch() == []  # the same values: nothing to check again
    con.execute("update t set v = 'w' where k < 60")
    assert sorted(batch()) == [(k, "w") for k in range(60)]
    assert recorded() == 160  # the old values' hashes stay (they passed)
    con.execute("update t set v = 'x' where k < 60")
    assert len(batch()) == 60
    assert recorded() == 100  # 220 > 2 x 100: rebuilt from the current rows
    assert batch() == []


def test_rows_validated_in_several_frames_add_up_to_the_same_outcomes(warehouse, monkeypatch):
    import pressroom.quality.stage as stage

    con, paths = warehouse
    # 3,000 historical fax numbers (a warning each, with a suite message counting them),
    # more than one DuckDB vector (2,048 rows): GX sees them in two frames below.
    con.execute(f"""insert into staging.contact_points select '{C0}', '{R0}', '{SHA}', '{V}',
        i, 'fax', '+511221720', null, '221-720', false from range(3, 3003) t(i)""")
    whole = validate_stage(con, paths, "staging", run_id="run-one-frame", whole_tables=True)
    monkeypatch.setattr(stage, "CHUNK_ROWS", 2048)
    monkeypatch.setattr(stage, "CHUNK_VECTORS", 1)
    frames: list[int] = []
    chunks = stage._chunks
    monkeypatch.setattr(stage, "_chunks", lambda con, query: (
        frames.append(len(f)) or f for f in chunks(con, query)))
    split = validate_stage(con, paths, "staging", run_id="run-frames", whole_tables=True)

    assert 2048 in frames  # contact_points went to GX in more than one frame

    def counts(report: StageReport) -> list[tuple]:
        return [(o.suite, o.expectation, o.column, o.success, o.unexpected_count,
                 o.element_count, json.dumps(o.observed_value, sort_keys=True), o.message)
                for o in report.outcomes]
    assert counts(split) == counts(whole)
    (warning,) = split.warnings
    assert warning.unexpected_count == 3000
    assert warning.message.startswith("3000 phone number(s) in staging.contact_points")
    (extension,) = [o for o in split.outcomes if o.column == "extension"
                    and o.expectation == "expect_column_values_to_match_regex"]
    assert extension.observed_value["missing_count"] == 3000 + 2  # null extensions, all frames
