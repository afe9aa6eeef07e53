"""The transform flow on the five sample releases, landed and parsed by the real pipeline code."""

from __future__ import annotations

import json
from collections import Counter

import duckdb
import pytest
from conftest import SEEDS_EXPECTED, SEEDS_RAW

from pressroom import db
from pressroom.landing import land_files
from pressroom.staging import parse_pending

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def transformed(tmp_path_factory, prefect_harness):
    """A root whose seeds were landed and parsed, then run through the `transform` flow."""
    from flows.transform import transform
    from pressroom.settings import Paths

    paths = Paths(tmp_path_factory.mktemp("seeds") / "pressroom")
    con = db.connect(paths.warehouse)
    try:
        land_files(con, paths, sorted(SEEDS_RAW.iterdir()), None)
        parse_pending(con, paths)
        # the flow runs dbt in this process while the pipeline's connection stays open
        result = transform(root=str(paths.root))
        marts = con.execute("select count(*) from marts.releases").fetchone()[0]
    finally:
        con.close()
    return paths, result, marts


def test_flow_builds_one_row_per_release_contact_and_link(transformed):
    paths, result, releases_seen_by_open_connection = transformed
    assert releases_seen_by_open_connection == 5
    counts = result["marts"]
    assert (counts["releases"], counts["contacts"], counts["release_contacts"]) == (5, 5, 5)
    assert result["results"].get("fail", 0) == result["results"].get("error", 0) == 0
    assert (paths.docs_dir / "index.html").is_file()
    assert result["docs"] == str(paths.docs_dir)


def test_every_expected_figure_of_the_seeds_is_in_the_mart(transformed):
    paths = transformed[0]
    with duckdb.connect(str(paths.warehouse), read_only=True) as con:
        rows = con.execute("""
            select r.source_file_name, s.value, s.unit
            from marts.statistics s join marts.releases r using (release_key)""").fetchall()
    in_mart = Counter((name.removesuffix(".txt"), value, unit) for name, value, unit in rows)
    required = Counter()
    optional = 0
    for path in SEEDS_EXPECTED.glob("*.json"):
        for figure in json.loads(path.read_text())["statistics"]:
            if figure.get("optional"):
                optional += 1
            else:
                required[(path.stem, float(figure["value"]), figure["unit"])] += 1
    assert required - in_mart == Counter()  # none missing
    assert required.total() <= in_mart.total() <= required.total() + optional


def test_contacts_keep_their_phones(transformed):
    paths = transformed[0]
    with duckdb.connect(str(paths.warehouse), read_only=True) as con:
        phones = dict(con.execute("""
            select name, list_sort([p.e164 for p in phones]) from marts.contacts""").fetchall())
    assert phones["Carolina Santos"] == ["+5112217209", "+51968216777"]
    # one office switchboard, two people: phones never merge contacts
    assert phones["Juan Pablo Casapia"] == ["+5112217209"]


def test_every_number_turned_down_is_in_the_mart_with_its_rule(transformed):
    paths, result, _ = transformed
    with duckdb.connect(str(paths.warehouse), read_only=True) as con:
        rows = con.execute("""
            select r.source_file_name, f.span, f.rule, f.reason, f.sentence, f.country_code
            from marts.rejected_figures f join marts.releases r using (release_key)""").fetchall()
        (in_staging,) = con.execute("select count(*) from staging.rejected_figures").fetchone()
        (counted,) = con.execute("select sum(rejected_figure_count) from marts.releases").fetchone()
    assert len(rows) == in_staging == counted == result["marts"]["rejected_figures"]
    by_span = {(name.removesuffix(".txt"), span): (rule, reason, sentence, country)
               for name, span, rule, reason, sentence, country in rows}
    # the Colombian hotline is one rejection of the whole number, with its sentence
    rule, reason, sentence, country = by_span[("002_ee27f2e9299fc903", "01 8000 52 20 20")]
    assert (rule, country) == ("masked", "CO")
    assert "phone number" in reason and "01 8000 52 20 20" in sentence
    assert by_span[("003_63d047cdf7482d67", "cinq mois")][0] == "duration"
    assert all(reason for _, _, _, reason, _, _ in rows)
    # the site's "175 Etats membres" banner is boilerplate: never read, so never rejected
    assert [row for row in rows if "175" in row[1] or "175 Etats" in (row[4] or "")] == []
