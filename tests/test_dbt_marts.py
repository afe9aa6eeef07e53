"""The dbt marts built from hand-made staging rows: real DuckDB files, real dbt runs.

dbt runs take seconds each, so the module builds one warehouse and derives the incremental
and bad-data cases from copies of it: four dbt commands in all.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import threading
import urllib.request
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from pressroom import db, transform
from pressroom.settings import Paths

pytestmark = pytest.mark.slow

T0 = dt.datetime(2025, 1, 1, 9, 0, tzinfo=dt.UTC)
T1 = T0 + dt.timedelta(days=1)


def sha(letter: str) -> str:
    return letter * 64


def rid(letter: str) -> str:
    return f"{sha(letter)}-0"


def add_release(con, letter: str, *, language: str, template: str, country: str | None,
                landed_at: dt.datetime = T0, published_on: dt.date | None = None) -> str:
    """A landed file holding one parsed release."""
    con.execute("insert into landing.files values (?, ?, ?, 100, 'utf-8', ?, 1, ?, null)",
                [sha(letter), f"{letter}.txt", f"/inbox/{letter}.txt",
                 f"landing/raw/{letter}", landed_at])
    con.execute("insert into staging.parsed_files values (?, 't', 'parsed', 1, ?)",
                [sha(letter), landed_at])
    con.execute(
        "insert into staging.releases values (?, ?, 0, 't', ?, ?, ?, null, ?, ?, 'Lead.', 120, ?)",
        [rid(letter), sha(letter), f"Release {letter.upper()}", language, template, country,
         published_on, landed_at])
    return rid(letter)


def add_contact(con, release: str, position: int, name: str | None, office: str | None,
                points: list[tuple[str, str, str | None, str]] = ()) -> None:
    """A contact block entry with its (kind, value, extension, as written) points."""
    entry = f"{release}-c{position}"
    con.execute("insert into staging.contacts values (?, ?, ?, 't', ?, ?, ?)",
                [entry, release, release[:64], position, name, office])
    for i, (kind, value, extension, raw) in enumerate(points):
        con.execute("insert into staging.contact_points values (?, ?, ?, 't', ?, ?, ?, ?, ?, true)",
                    [entry, release, release[:64], i, kind, value, extension, raw])


def add_figure(con, release: str, position: int, value: float, unit: str, text: str, *,
               qualifier: str = "exact", value_max: float | None = None) -> None:
    con.execute(
        "insert into staging.statistics values "
        "(?, ?, ?, 't', ?, ?, ?, ?, ?, 'personnes', 2014, 2015, ?, ?, 1, 0, ?)",
        [f"{release}-s{position}", release, release[:64], position, value, value_max, unit,
         qualifier, text, f"Une phrase avec {text}.", len(text)])


def add_rejected(con, release: str, position: int, text: str, rule: str) -> None:
    """A number the parser turned down, in paragraph 1."""
    con.execute(
        "insert into staging.rejected_figures values (?, ?, 't', ?, ?, ?, ?, ?, 1, 0, ?)",
        [release, release[:64], position, text, rule, f"Rule {rule}.",
         f"Une phrase avec {text}.", len(text)])


def make_staging(paths: Paths) -> None:
    """Three releases whose contacts overlap by e-mail and by folded name only."""
    con = db.connect(paths.warehouse)
    a = add_release(con, "a", language="fr", template="web_page", country="PE",
                    published_on=dt.date(2014, 6, 1))
    add_contact(con, a, 0, "Inés Calderón", "OIM Pérou",
                [("email", "icalderon@iom.int", None, "icalderon@iom.int"),
                 ("phone", "+5116330000", None, "(51 1) 633 0000")])
    add_contact(con, a, 1, "Carolina Santos", "OIM Pérou",
                [("email", "casantos@iom.int", None, "casantos@iom.int")])
    add_figure(con, a, 0, 3900, "count", "plus de 3 900 victimes", qualifier="more_than")
    add_figure(con, a, 1, 80, "percent", "près de 80%", qualifier="about")
    add_figure(con, a, 2, 150, "count", "entre 150 et 180", qualifier="range", value_max=180)
    add_figure(con, a, 3, 2_500_000, "currency:USD", "2,5 millions de dollars")
    add_rejected(con, a, 0, "2014", "year")
    add_rejected(con, a, 1, "633 0000", "masked")

    b = add_release(con, "b", language="es", template="press_release", country="CO")
    add_contact(con, b, 0, "Ines  Calderon", "OIM Perú",  # same e-mail, spelled otherwise
                [("email", "icalderon@iom.int", None, "ICalderon@iom.int")])
    add_contact(con, b, 1, "Jorge Andrés Gallo", "OIM Colombia",
                [("phone", "+5715946410", "142", "+57 1 594 6410 ext. 142")])
    add_contact(con, b, 2, "gabriela rodríguez", None)  # name only: joins her e-mail person
    add_figure(con, b, 0, 12, "count", "12 casos")
    add_rejected(con, b, 0, "cinco meses", "duration")

    c = add_release(con, "c", language="en", template="communique", country="CL")
    add_contact(con, c, 0, "JORGE ANDRES GALLO", "IOM Colombia")  # folded name only
    add_contact(con, c, 1, "Gabriela Rodriguez", "IOM Santiago",
                [("email", "iomsantiago@iom.int", None, "iomsantiago@iom.int")])
    add_contact(con, c, 2, "Carolina Santos", "UNHCR",  # a namesake: another e-mail
                [("email", "csantos@unhcr.org", None, "csantos@unhcr.org")])
    con.close()


def query(paths: Paths, sql: str, *params) -> list[tuple]:
    with duckdb.connect(str(paths.warehouse)) as con:
        return con.execute(sql, list(params)).fetchall()


def contact(paths: Paths, folded_name: str) -> dict:
    with duckdb.connect(str(paths.warehouse)) as con:
        cur = con.execute("select * from marts.contacts where folded_name = ?", [folded_name])
        names = [d[0] for d in cur.description]
        rows = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    assert len(rows) == 1, rows
    return rows[0]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Paths, dict]:
    """A warehouse built from the hand-made staging rows, with its docs site."""
    paths = Paths(tmp_path_factory.mktemp("built") / "pressroom")
    make_staging(paths)
    result = transform.build(paths)
    transform.docs(paths)
    return paths, result


def copy_root(paths: Paths, tmp_path: Path) -> Paths:
    """A new root holding a copy of `paths`' warehouse (no dbt target: parsed afresh)."""
    other = Paths(tmp_path / "pressroom")
    other.warehouse.parent.mkdir(parents=True)
    shutil.copy2(paths.warehouse, other.warehouse)
    return other


def test_build_passes_every_test_and_fills_the_marts(built):
    paths, result = built
    assert set(result["results"]) == {"success", "pass"}
    assert result["results"]["pass"] > 50  # the YAML and singular tests all ran
    assert result["marts"] == {"releases": 3, "statistics": 5, "figures": 5, "contacts": 5,
                               "release_contacts": 8, "rejected_figures": 3,
                               "parse_problems": 0}
    # dbt's own files go under the root, not into the checkout
    assert (paths.warehouse.parent / "dbt" / "target" / "run_results.json").is_file()


def test_releases_mart_has_counts_country_names_and_file(built):
    paths, _ = built
    rows = query(paths, """
        select release_key, language, template, country_code, country_name, country_name_local,
               statistic_count, contact_count, source_file_name, sha256, landed_at
        from marts.releases order by release_key""")
    assert rows == [
        (rid("a"), "fr", "web_page", "PE", "Peru", "Pérou", 4, 2, "a.txt", sha("a"), T0),
        (rid("b"), "es", "press_release", "CO", "Colombia", "Colombia", 1, 3, "b.txt", sha("b"),
         T0),
        (rid("c"), "en", "communique", "CL", "Chile", "Chile", 0, 3, "c.txt", sha("c"), T0),
    ]


def test_contacts_merge_on_email_despite_spelling(built):
    paths, _ = built
    ines = contact(paths, "ines calderon")
    assert ines["emails"] == ["icalderon@iom.int"]
    assert ines["offices"] == ["OIM Perú", "OIM Pérou"]
    assert ines["phones"] == [{"e164": "+5116330000", "extension": None, "kind": "phone",
                               "is_valid": True}]
    assert ines["release_count"] == 2
    # release a is dated 2014, b only by its landing (2025): a comes first
    assert (ines["first_release_key"], ines["last_release_key"]) == (rid("a"), rid("b"))
    assert ines["first_seen_on"] == dt.date(2014, 6, 1)


def test_contacts_merge_on_folded_name_without_email(built):
    paths, _ = built
    jorge = contact(paths, "jorge andres gallo")
    assert jorge["release_count"] == 2
    assert jorge["emails"] == []
    assert jorge["phones"] == [{"e164": "+5715946410", "extension": "142", "kind": "phone",
                                "is_valid": True}]
    assert jorge["identity"] == "name:jorge andres gallo"


def test_name_only_entry_joins_the_person_with_that_name_and_an_email(built):
    paths, _ = built
    gabriela = contact(paths, "gabriela rodriguez")
    assert gabriela["emails"] == ["iomsantiago@iom.int"]
    assert gabriela["release_count"] == 2


def test_namesakes_with_different_emails_stay_two_people(built):
    paths, _ = built
    rows = query(paths, "select emails, release_count from marts.contacts "
                        "where folded_name = 'carolina santos' order by emails")
    assert rows == [(["casantos@iom.int"], 1), (["csantos@unhcr.org"], 1)]


def test_release_contacts_link_each_release_to_its_people(built):
    paths, _ = built
    rows = query(paths, """
        select rc.release_key, c.folded_name, rc.name_as_written
        from marts.release_contacts rc join marts.contacts c using (contact_key)
        where c.folded_name in ('ines calderon', 'jorge andres gallo')
        order by 1, 2""")
    assert rows == [
        (rid("a"), "ines calderon", "Inés Calderón"),
        (rid("b"), "ines calderon", "Ines Calderon"),
        (rid("b"), "jorge andres gallo", "Jorge Andrés Gallo"),
        (rid("c"), "jorge andres gallo", "JORGE ANDRES GALLO"),
    ]


def test_statistics_keep_ranges_money_and_the_release_country(built):
    paths, _ = built
    rows = query(paths, """
        select value, value_max, unit, unit_family, currency_code, qualifier, country_code, span
        from marts.statistics where release_key = ? order by position""", rid("a"))
    assert rows == [
        (3900, None, "count", "count", None, "more_than", "PE", "plus de 3 900 victimes"),
        (80, None, "percent", "percent", None, "about", "PE", "près de 80%"),
        (150, 180, "count", "count", None, "range", "PE", "entre 150 et 180"),
        (2_500_000, None, "currency:USD", "currency", "USD", "exact", "PE",
         "2,5 millions de dollars"),
    ]


def test_rejected_figures_keep_rule_reason_and_the_release_country(built):
    paths, _ = built
    rows = query(paths, """
        select rejected_figure_key, release_key, span, rule, reason, sentence, language,
               country_code
        from marts.rejected_figures order by rejected_figure_key""")
    assert rows == [
        (f"{rid('a')}-r0", rid("a"), "2014", "year", "Rule year.", "Une phrase avec 2014.",
         "fr", "PE"),
        (f"{rid('a')}-r1", rid("a"), "633 0000", "masked", "Rule masked.",
         "Une phrase avec 633 0000.", "fr", "PE"),
        (f"{rid('b')}-r0", rid("b"), "cinco meses", "duration", "Rule duration.",
         "Une phrase avec cinco meses.", "es", "CO"),
    ]
    counts = query(paths, "select release_key, rejected_figure_count from marts.releases "
                          "order by release_key")
    assert counts == [(rid("a"), 2), (rid("b"), 1), (rid("c"), 0)]


def test_every_model_and_column_is_described_in_docs_and_warehouse(built):
    paths, _ = built
    site = paths.docs_dir
    assert {p.name for p in site.iterdir()} >= {"index.html", "manifest.json", "catalog.json",
                                                "static_index.html"}
    manifest = json.loads((site / "manifest.json").read_text())
    catalog = json.loads((site / "catalog.json").read_text())
    missing = []
    for uid, entry in catalog["nodes"].items():
        node = manifest["nodes"][uid]
        if not node["description"].strip():
            missing.append(uid)
        described = {k for k, c in node["columns"].items() if c["description"].strip()}
        missing += [f"{uid}.{col}" for col in entry["columns"] if col not in described]
    assert {uid.split(".")[-1] for uid in catalog["nodes"]} >= {
        "releases", "contacts", "release_contacts", "statistics", "countries",
        "rejected_figures"}
    assert missing == []
    # persist_docs: BI tools reading the warehouse see the descriptions as comments
    undocumented = query(paths, "select table_name, column_name from duckdb_columns() "
                                "where schema_name = 'marts' and comment is null")
    assert undocumented == []


def test_the_docs_site_shows_the_compiled_sql_of_every_model_and_test(built, tmp_path):
    """The first site takes the SQL the first build compiled; a site made after a build that
    left the views out compiles the project itself."""
    def uncompiled(site: Path) -> list[str]:
        nodes = json.loads((site / "manifest.json").read_text("utf-8"))["nodes"]
        return [uid for uid, n in nodes.items()
                if n["resource_type"] in ("model", "test") and not n.get("compiled_code")]

    assert uncompiled(built[0].docs_dir) == []

    paths = Paths(tmp_path / "pressroom")
    shutil.copytree(built[0].warehouse.parent, paths.warehouse.parent)  # with dbt's target
    transform.build(paths)  # the project is unchanged: the views are left out
    assert not [n for n in run_results(paths) if n.startswith("model.pressroom.stg_")]
    (paths.docs_dir / ".dbt-project-sha256").write_text("another project", "utf-8")
    transform.docs(paths)
    assert uncompiled(paths.docs_dir) == []


def test_the_models_pass_their_dbt_unit_tests_which_the_build_leaves_out(built, tmp_path):
    """dbt's unit tests (fixtures in the YAML) run here, in the test suite, not in each
    production build."""
    dbt_dir = built[0].warehouse.parent / "dbt"
    unit_tests = set(json.loads((dbt_dir / "target" / "manifest.json").read_text("utf-8"))
                     ["unit_tests"])
    assert len(unit_tests) >= 3
    summaries = [line for line in (dbt_dir / "logs" / "dbt.log").read_text("utf-8").splitlines()
                 if "Finished running" in line and "data tests" in line]
    assert summaries and not [line for line in summaries if "unit test" in line]

    paths = copy_root(built[0], tmp_path)
    results = transform._invoke(paths, ["test", "--select", "test_type:unit"])

    ran = {r.node.unique_id: str(r.status) for r in results
           if r.node.unique_id.startswith("unit_test.")}
    assert ran == dict.fromkeys(unit_tests, "pass")


def test_docs_command_prints_the_site_and_serves_it(built, monkeypatch):
    from pressroom.cli import app

    paths, _ = built
    monkeypatch.setenv("PRESSROOM_ROOT", str(paths.root))
    out = CliRunner().invoke(app, ["docs"])
    assert out.exit_code == 0, out.output
    assert str(paths.docs_dir / "index.html") in out.output

    with transform.docs_server(paths.docs_dir, port=0) as server:
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            base = f"http://127.0.0.1:{server.server_port}"
            catalog = json.load(urllib.request.urlopen(f"{base}/catalog.json", timeout=10))
            page = urllib.request.urlopen(f"{base}/", timeout=10).read()
        finally:
            server.shutdown()
            thread.join()
    assert "model.pressroom.releases" in catalog["nodes"]
    assert b"dbt" in page


def test_docs_command_without_a_site_says_to_run_first(tmp_path, monkeypatch):
    from pressroom.cli import app

    monkeypatch.setenv("PRESSROOM_ROOT", str(tmp_path))
    out = CliRunner().invoke(app, ["docs"])
    assert out.exit_code == 1
    assert "pressroom run" in out.output


@pytest.fixture(scope="module")
def rebuilt(built, tmp_path_factory) -> Paths:
    """The built warehouse after a new file, a re-parsed file and a file parsed to nothing,
    built again incrementally. Mart rows of untouched releases are marked beforehand."""
    paths = copy_root(built[0], tmp_path_factory.mktemp("rebuilt"))
    con = db.connect(paths.warehouse)
    # marks a rebuild would erase
    con.execute("update marts.releases set title = 'KEPT' where release_key = ?", [rid("a")])
    con.execute("update marts.statistics set subject = 'KEPT' where release_key = ?", [rid("a")])
    con.execute("update marts.rejected_figures set reason = 'KEPT' where release_key = ?",
                [rid("a")])
    # a new file naming Inés again
    d = add_release(con, "d", language="fr", template="plain", country="PE", landed_at=T1)
    add_contact(con, d, 0, "Inés Calderón", "OIM Lima",
                [("email", "icalderon@iom.int", None, "icalderon@iom.int")])
    add_figure(con, d, 0, 75, "percent", "75 %")
    add_rejected(con, d, 0, "2015", "year")
    # b parsed again: a new title and no figure any more
    con.execute("update staging.releases set title = 'B again', parsed_at = ? "
                "where release_id = ?", [T1, rid("b")])
    con.execute("delete from staging.statistics where release_id = ?", [rid("b")])
    con.execute("delete from staging.rejected_figures where release_id = ?", [rid("b")])
    # c parsed again into no release at all
    for table in ("contact_points", "contacts", "releases"):
        con.execute(f"delete from staging.{table} where release_id = ?", [rid("c")])
    con.close()
    transform.build(paths)
    return paths


def test_incremental_run_keeps_untouched_rows(rebuilt):
    assert query(rebuilt, "select title from marts.releases where release_key = ?",
                 rid("a")) == [("KEPT",)]
    assert query(rebuilt, "select distinct subject from marts.statistics where release_key = ?",
                 rid("a")) == [("KEPT",)]
    assert query(rebuilt, "select distinct reason from marts.rejected_figures "
                          "where release_key = ?", rid("a")) == [("KEPT",)]


def test_incremental_run_adds_new_and_replaces_reparsed_releases(rebuilt):
    rows = query(rebuilt, "select release_key, title, statistic_count from marts.releases "
                          "order by release_key")
    assert rows == [(rid("a"), "KEPT", 4), (rid("b"), "B again", 0), (rid("d"), "Release D", 1)]
    assert query(rebuilt, "select release_key, span from marts.statistics "
                          "where release_key <> ?", rid("a")) == [(rid("d"), "75 %")]
    # b's rejected number left staging with its re-parse: it leaves the mart too
    assert query(rebuilt, "select release_key, span from marts.rejected_figures "
                          "where release_key <> ?", rid("a")) == [(rid("d"), "2015")]


def test_contacts_are_rebuilt_with_the_new_release(rebuilt):
    ines = contact(rebuilt, "ines calderon")
    assert ines["release_count"] == 3
    assert ines["last_release_key"] == rid("d")
    assert "OIM Lima" in ines["offices"]
    jorge = contact(rebuilt, "jorge andres gallo")  # release c is gone
    assert jorge["release_count"] == 1


def run_results(paths: Paths) -> dict[str, str]:
    """The nodes the last dbt command ran, with their status."""
    results = paths.warehouse.parent / "dbt" / "target" / "run_results.json"
    return {r["unique_id"]: r["status"]
            for r in json.loads(results.read_text("utf-8"))["results"]}


def test_a_build_of_an_unchanged_project_leaves_views_and_seeds_but_runs_every_test(
        built, tmp_path):
    paths = Paths(tmp_path / "pressroom")
    shutil.copytree(built[0].warehouse.parent, paths.warehouse.parent)  # with dbt's target
    con = db.connect(paths.warehouse)
    d = add_release(con, "d", language="fr", template="plain", country="PE", landed_at=T1)
    add_figure(con, d, 0, 75, "percent", "75 %")
    con.close()
    full = run_results(built[0])

    transform.build(paths)

    ran = run_results(paths)
    assert not [n for n in ran if n.startswith(("seed.", "unit_test."))]
    assert not [n for n in ran if n.startswith("model.pressroom.stg_")]  # views stay
    assert "model.pressroom.releases" in ran and "model.pressroom.contacts" in ran
    # every data test still runs, those reading a view included; only the tests of the
    # seeds (left out with them) do not
    manifest = json.loads((paths.warehouse.parent / "dbt" / "target" / "manifest.json")
                          .read_text("utf-8"))["nodes"]
    missing = [n for n in full if n.startswith("test.") and n not in ran]
    assert all(any(p.startswith("seed.") for p in manifest[n]["depends_on"]["nodes"])
               for n in missing), missing
    assert any(n.startswith("test.pressroom.unique_in_scope_stg_parsed__releases_release_key")
               for n in ran)
    assert query(paths, "select statistic_count from marts.releases where release_key = ?",
                 rid("d")) == [(1,)]

    # a view gone from the warehouse is created again
    with duckdb.connect(str(paths.warehouse)) as con:
        con.execute("drop view staging_models.stg_parsed__releases")
    transform.build(paths)
    assert "model.pressroom.stg_parsed__releases" in run_results(paths)


def test_a_build_after_the_project_changed_rebuilds_every_mart_from_staging(built, tmp_path):
    """An upgrade of pressroom (or an edited model) whose marts gained a column: the next run
    rebuilds them from staging instead of failing on the out-of-date incremental tables."""
    paths = Paths(tmp_path / "pressroom")
    shutil.copytree(built[0].warehouse.parent, paths.warehouse.parent)  # with dbt's target
    stamp = paths.warehouse.parent / "dbt" / ".built-project-sha256"
    stamp.write_text("the project of an older pressroom", "utf-8")
    with duckdb.connect(str(paths.warehouse)) as con:  # that older project's figures mart
        con.execute("alter table marts.figures drop column parsed_at")
        con.execute("update marts.releases set title = 'KEPT' where release_key = ?", [rid("a")])

    transform.build(paths)

    assert "parsed_at" in [r[0] for r in query(
        paths, "select column_name from information_schema.columns "
               "where table_schema = 'marts' and table_name = 'figures'")]
    assert query(paths, "select title from marts.releases where release_key = ?",
                 rid("a")) != [("KEPT",)]
    assert any(n.startswith("seed.") for n in run_results(paths))
    assert stamp.read_text("utf-8") == transform.project_fingerprint(paths)


def test_bad_rows_fail_the_build_naming_the_tests(built, tmp_path, capfd):
    paths = copy_root(built[0], tmp_path)
    con = db.connect(paths.warehouse)
    add_figure(con, rid("a"), 7, 150, "percent", "150 %")
    add_figure(con, rid("a"), 8, 6_330_000, "count", "633 0000")  # Inés's phone
    con.execute("update staging.releases set parsed_at = ? where release_id = ?",
                [T1, rid("a")])
    con.close()
    with pytest.raises(transform.TransformFailed) as failed:
        transform.build(paths)
    message = str(failed.value)
    assert "assert_percent_between_0_and_100" in message
    assert "assert_no_figure_is_a_phone_number" in message
    assert "'span': '150 %'" in message  # the offending rows are shown
    assert "'e164': '+5116330000'" in message
    assert len(failed.value.failures) == 2
    # the console shows the failures, not dbt's progress; dbt.log keeps everything
    console = capfd.readouterr().out
    assert "Failure in test assert_percent_between_0_and_100" in console
    assert "Failure in test assert_no_figure_is_a_phone_number" in console
    assert " START " not in console and "PASS=" not in console
    log = (paths.warehouse.parent / "dbt" / "logs" / "dbt.log").read_text("utf-8")
    assert "START sql incremental model marts.statistics" in log


def test_a_null_where_a_mart_forbids_one_fails_the_build_naming_model_and_column(
        built, tmp_path):
    """A mart column that must never be null is a `not_null` constraint (DuckDB checks every
    row written), not a test reading the whole column at each build."""
    paths = copy_root(built[0], tmp_path)
    con = db.connect(paths.warehouse)
    con.execute("update staging.releases set template = null, parsed_at = ? "
                "where release_id = ?", [T1, rid("a")])
    con.close()
    with pytest.raises(transform.TransformFailed) as failed:
        transform.build(paths)
    message = str(failed.value)
    assert "model marts.releases" in message
    assert "NOT NULL constraint failed" in message and "template" in message


def test_full_refresh_rebuilds_the_incremental_marts_from_staging(rebuilt, tmp_path):
    """`pressroom run --full-refresh` after an upgrade: marts rebuilt from staging, not patched."""
    paths = copy_root(rebuilt, tmp_path)
    transform.build(paths, full_refresh=True)
    assert query(paths, "select title from marts.releases where release_key = ?",
                 rid("a")) != [("KEPT",)]
    assert query(paths, "select count(*) from marts.statistics where subject = 'KEPT'") == [(0,)]
    assert query(paths, "select count(*) from marts.releases") == [(3,)]


def same_rows(one: Paths, other: Paths, table: str, exclude: str = "") -> bool:
    """Whether `table` holds the same rows (as a multiset) in two warehouses."""
    columns = f"* exclude ({exclude})" if exclude else "*"
    with duckdb.connect() as con:
        con.execute(f"attach '{one.warehouse}' as one (read_only)")
        con.execute(f"attach '{other.warehouse}' as other (read_only)")
        return con.execute(
            f"select count(*) from ((select {columns} from one.{table} except all "
            f"select {columns} from other.{table}) union all (select {columns} from "
            f"other.{table} except all select {columns} from one.{table}))").fetchall() == [(0,)]


def test_contact_marts_built_by_person_equal_a_full_rebuild(rebuilt, tmp_path):
    """The contact tables are incremental: after a release that merges two people (one entry
    giving both their e-mails) on top of the runs of `rebuilt` (a person losing a release, an
    entry changing person, a person gone), and after a release gone alone, they hold what a
    full rebuild gives."""
    paths = copy_root(rebuilt, tmp_path / "incremental")
    con = db.connect(paths.warehouse)
    f = add_release(con, "f", language="fr", template="plain", country="PE", landed_at=T1)
    add_contact(con, f, 0, "Inés Calderón", "OIM Lima",
                [("email", "icalderon@iom.int", None, "icalderon@iom.int"),
                 ("email", "casantos@iom.int", None, "casantos@iom.int")])
    con.close()
    transform.build(paths)
    merged = contact(paths, "ines calderon")
    assert merged["emails"] == ["casantos@iom.int", "icalderon@iom.int"]
    assert query(paths, "select count(*) from marts.contacts "
                        "where list_contains(emails, 'casantos@iom.int')") == [(1,)]

    assert_same_as_full_rebuild(paths, tmp_path / "full")
    # then a release gone, and nothing else: the merged person only loses a row
    con = db.connect(paths.warehouse)
    for table in ("contact_points", "contacts", "statistics", "rejected_figures", "releases"):
        con.execute(f"delete from staging.{table} where release_id = ?", [rid("d")])
    con.close()
    transform.build(paths)
    assert contact(paths, "ines calderon")["release_count"] == merged["release_count"] - 1
    assert_same_as_full_rebuild(paths, tmp_path / "full-again")


def assert_same_as_full_rebuild(paths: Paths, elsewhere: Path) -> None:
    """The contact tables of `paths` hold what a full rebuild of a copy of it gives."""
    full = copy_root(paths, elsewhere)
    transform.build(full, full_refresh=True)
    for table in ("marts.contacts", "marts.release_contacts",
                  "intermediate.int_contacts__identified"):
        assert same_rows(paths, full, table), table
    assert same_rows(paths, full, "intermediate.int_contacts__by_release", "built_at")


def test_figures_first_report_moves_with_incremental_runs(built, tmp_path):
    """`figures` is incremental by fact: a new earlier report of a fact takes `is_first_report`
    from the mart's row, and gives it back when it leaves with a re-parse."""
    paths = copy_root(built[0], tmp_path)
    first = ("select statistic_key, is_first_report, fact_report_count from marts.figures "
             "where statistic_key in (?, ?) order by statistic_key")
    keys = (f"{rid('a')}-s1", f"{rid('e')}-s0")
    assert query(paths, first, *keys) == [(keys[0], True, 1)]
    con = db.connect(paths.warehouse)
    e = add_release(con, "e", language="fr", template="plain", country="PE", landed_at=T1,
                    published_on=dt.date(2013, 1, 1))  # a's 80 %, reported earlier
    add_figure(con, e, 0, 80, "percent", "près de 80%", qualifier="about")
    con.close()

    transform.build(paths)
    assert query(paths, first, *keys) == [(keys[0], False, 2), (keys[1], True, 2)]

    con = db.connect(paths.warehouse)  # e parsed again, without the figure
    con.execute("update staging.releases set parsed_at = ? where release_id = ?",
                [T1 + dt.timedelta(hours=1), e])
    con.execute("delete from staging.statistics where release_id = ?", [e])
    con.close()
    transform.build(paths)
    assert query(paths, first, *keys) == [(keys[0], True, 1)]
    assert query(paths, "select count(*) from marts.figures") == query(
        paths, "select count(*) from marts.statistics")


def test_tests_read_new_rows_until_a_build_passes_them(built, tmp_path):
    """The costly tests of an incremental build read the rows of releases parsed since the
    last build that passed every test: a bad new figure fails the build, and the next build
    still fails on it (a failed build records nothing); `dbt test` alone reads every row."""
    paths = copy_root(built[0], tmp_path)
    tested = "select release_key, parsed_at from intermediate.tested_releases order by 1"
    assert query(paths, tested) == [(rid("a"), T0), (rid("b"), T0), (rid("c"), T0)]
    con = db.connect(paths.warehouse)
    d = add_release(con, "d", language="fr", template="plain", country="PE", landed_at=T1)
    add_figure(con, d, 0, 175, "percent", "175 %")
    con.close()
    for _ in range(2):
        with pytest.raises(transform.TransformFailed, match="assert_percent_between_0_and_100"):
            transform.build(paths)
        assert query(paths, "select since from intermediate.test_scope") == [(T1,)]
        assert query(paths, tested) == [(rid("a"), T0), (rid("b"), T0), (rid("c"), T0)]
    with pytest.raises(transform.TransformFailed, match="assert_percent_between_0_and_100"):
        transform._invoke(paths, ["test", "--select", "assert_percent_between_0_and_100"])
    assert query(paths, "select since = '-infinity' from intermediate.test_scope") == [(True,)]


def test_a_new_row_repeating_a_tested_key_fails_its_uniqueness_test(built, tmp_path):
    """Uniqueness tests read the keys of the rows in scope (releases parsed since the last
    passing build), each counted over the whole model: a new release's figure repeating the
    key of a figure tested before fails the build."""
    paths = copy_root(built[0], tmp_path)
    con = db.connect(paths.warehouse)
    d = add_release(con, "d", language="fr", template="plain", country="PE", landed_at=T1)
    con.execute("insert into staging.statistics select * replace (? as release_id, "
                "? as sha256) from staging.statistics where statistic_id = ?",
                [d, sha("d"), f"{rid('a')}-s0"])
    con.close()
    with pytest.raises(transform.TransformFailed) as failed:
        transform.build(paths)
    assert "unique_in_scope_stg_parsed__statistics_statistic_key" in str(failed.value)
    assert f"'unique_field': '{rid('a')}-s0', 'n_records': 2" in str(failed.value)
