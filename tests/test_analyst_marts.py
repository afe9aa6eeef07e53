"""What an analyst groups by: figure categories in four languages, years, countries, facts
reported twice, contacts as of their latest release, and descriptions in the published file.

One warehouse is built from hand-made staging rows (real DuckDB file, real dbt build with its
tests), then published; every test reads it.
"""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from sqlalchemy import create_engine, inspect

from pressroom import db, transform
from pressroom.publish import publish
from pressroom.settings import Paths

pytestmark = pytest.mark.slow

LANDED = dt.datetime(2025, 3, 1, 9, 0, tzinfo=dt.UTC)


def add_release(con, letter: str, *, language: str, country: str | None,
                published_on: dt.date | None = None) -> str:
    sha = letter * 64
    con.execute("insert into landing.files values (?, ?, ?, 100, 'utf-8', ?, 1, ?, null)",
                [sha, f"{letter}.txt", f"/inbox/{letter}.txt", f"landing/raw/{letter}", LANDED])
    con.execute("insert into staging.parsed_files values (?, 't', 'parsed', 1, ?)", [sha, LANDED])
    con.execute(
        "insert into staging.releases values "
        "(?, ?, 0, 't', ?, ?, 'plain', null, ?, ?, 'Lead.', 99, ?)",
        [f"{sha}-0", sha, f"Release {letter.upper()}", language, country, published_on, LANDED])
    return f"{sha}-0"


def add_figure(con, release: str, position: int, value: float, unit: str, subject: str | None,
               span: str, sentence: str | None = None, *, period: tuple[int, int] | None = None,
               ) -> str:
    key = f"{release}-s{position}"
    start, end = period or (None, None)
    con.execute(
        "insert into staging.statistics values "
        "(?, ?, ?, 't', ?, ?, null, ?, 'exact', ?, ?, ?, ?, ?, 1, 0, ?)",
        [key, release, release[:64], position, value, unit, subject, start, end, span,
         sentence or f"{span}.", len(span)])
    return key


def add_contact(con, release: str, position: int, name: str, office: str | None,
                points: list[tuple[str, str, str | None, bool]]) -> None:
    """A contact block entry with its (kind, value, extension, is_valid) points."""
    entry = f"{release}-c{position}"
    con.execute("insert into staging.contacts values (?, ?, ?, 't', ?, ?, ?)",
                [entry, release, release[:64], position, name, office])
    for i, (kind, value, extension, valid) in enumerate(points):
        con.execute("insert into staging.contact_points values (?, ?, ?, 't', ?, ?, ?, ?, ?, ?)",
                    [entry, release, release[:64], i, kind, value, extension, value, valid])


#: (language, subject, span, sentence, unit) -> (category, is_people, subject_en, basis)
TAXONOMY_CASES = {
    "fr_trafficking": (("fr", "victimes de traite", "3 900 victimes de traite", None, "count"),
                       ("trafficking_victims", True, "trafficking victim", "subject")),
    "fr_share_children": (("fr", None, "26 % sont des enfants", None, "percent"),
                          ("children", False, "child", "span")),
    "fr_asylum": (("fr", "demandeurs d’asile", "1 200 demandeurs d’asile", None, "count"),
                  ("asylum_seekers", True, "asylum seeker", "subject")),
    "fr_households": (("fr", "ménages", "300 ménages", None, "count"),
                      ("households", False, "household", "subject")),
    "fr_sentence": (("fr", None, "210",
                     "Parmi elles, 210 ont abouti à une décision de non-entrée en matière.",
                     "count"), ("cases_applications", False, "case or application", "sentence")),
    "en_assisted": (("en", "people reached with aid", "six million people reached with aid",
                     None, "count"), ("people_assisted", True, "person assisted", "subject")),
    "en_migrant_children": (("en", "unaccompanied migrant children",
                             "1,827 unaccompanied migrant children", None, "count"),
                            ("migrants", True, "migrant", "subject")),
    "en_bare_victims": (("en", "victims", "150 victims",
                         "Police identified 150 victims of human trafficking last year.",
                         "count"), ("trafficking_victims", True, "trafficking victim", "subject")),
    "es_minors": (("es", None, "26% son menores de edad", None, "percent"),
                  ("children", False, "child", "span")),
    "es_displaced": (("es", "personas desplazadas", "2.000 personas desplazadas", None, "count"),
                     ("internally_displaced", True, "displaced person", "subject")),
    "es_returnees": (("es", "migrantes retornados", "500 migrantes retornados", None, "count"),
                     ("returnees", True, "returnee", "subject")),
    "pt_trafficking": (("pt", "vítimas de tráfico de pessoas", "80 vítimas de tráfico de pessoas",
                        None, "count"), ("trafficking_victims", True, "trafficking victim",
                                         "subject")),
    "pt_children": (("pt", "crianças", "1.500 crianças", None, "count"),
                    ("children", True, "child", "subject")),
    "pt_rescued": (("pt", "pessoas resgatadas", "40 pessoas resgatadas", None, "count"),
                   ("survivors_rescued", True, "rescued person", "subject")),
    "money": (("en", None, "$5 million", "IOM appeals for $5 million to help refugees.",
               "currency:USD"), ("money", False, "money", "unit")),
    "other": (("fr", "juin", "018 du 26 juin", None, "count"), ("other", False, None, None)),
}


def make_staging(paths: Paths) -> dict[str, str]:
    """Releases in four languages; returns the statistic key of each named figure."""
    con = db.connect(paths.warehouse)
    keys: dict[str, str] = {}
    releases = {lang: add_release(con, letter, language=lang, country="PE",
                                  published_on=dt.date(2016, 5, 12) if lang == "en" else None)
                for lang, letter in (("fr", "f"), ("en", "e"), ("es", "s"), ("pt", "p"))}
    for position, (name, ((lang, subject, span, sentence, unit), _)) in enumerate(
            TAXONOMY_CASES.items()):
        keys[name] = add_figure(con, releases[lang], position, 100, unit, subject, span, sentence)

    # the same fact in two releases, and a country named by the sentence or as a donor
    early = add_release(con, "a", language="fr", country="PE", published_on=dt.date(2015, 1, 5))
    late = add_release(con, "b", language="fr", country="PE", published_on=dt.date(2016, 2, 1))
    fact = ("victimes de traite", "3 900 victimes de traite",
            "Plus de 3 900 victimes de traite ont été identifiées au Pérou entre 2009 et 2014.")
    keys["fact_late"] = add_figure(con, late, 0, 3900, "count", *fact, period=(2009, 2014))
    keys["fact_early"] = add_figure(con, early, 0, 3900, "count", *fact, period=(2009, 2014))
    keys["donor"] = add_figure(
        con, early, 1, 28000, "count", "appels", "28000 appels",
        "Ce service, financé par l'Ambassade des Pays-Bas, a reçu plus de 28000 appels.")
    keys["in_chile"] = add_figure(con, late, 1, 99, "count", "victimes de traite",
                                  "99 victimes de traite",
                                  "Au Chili, 99 victimes de traite ont été interrogées.")
    # names with an apostrophe, a hyphen, and a name inside another ("Guinée" in "Guinée-Bissau")
    keys["in_ivory_coast"] = add_figure(con, late, 2, 12, "count", "migrants", "12 migrants",
                                        "Selon l’OIM, 12 migrants sont rentrés en Côte d’Ivoire.")
    keys["in_guinea_bissau"] = add_figure(
        con, late, 3, 45, "count", "enfants", "45 enfants",
        "En Guinée-Bissau, 45 enfants ont été rapatriés de Côte d'Ivoire.")

    # one person seen in 2015 (Peru) and 2016 (Colombia, with a fax listed first)
    add_contact(con, early, 0, "Inés Calderón", "OIM Pérou",
                [("email", "icalderon@iom.int", None, True),
                 ("phone", "+5116330000", None, True)])
    colombia = add_release(con, "c", language="es", country="CO",
                           published_on=dt.date(2016, 9, 1))
    add_contact(con, colombia, 0, "Ines Calderon", "OIM Colombia",
                [("fax", "+5716221111", None, True),
                 ("phone", "+5715946410", "142", True),
                 ("email", "icalderon@iom.int", None, True)])
    con.execute("insert into staging.parse_problems values (?, 't', 'contacts', ?, ?, ?)",
                ["a" * 64, "Phone number not understood", "tél. 12", LANDED])
    con.close()
    return keys


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Paths, dict[str, str]]:
    paths = Paths(tmp_path_factory.mktemp("analyst") / "pressroom")
    keys = make_staging(paths)
    transform.build(paths)  # raises if a dbt test fails
    with duckdb.connect(str(paths.warehouse)) as con:
        publish(con, paths)
    return paths, keys


def figure(paths: Paths, key: str) -> dict:
    with duckdb.connect(str(paths.published), read_only=True) as con:
        cur = con.execute("select * from marts.figures where statistic_key = ?", [key])
        names = [d[0] for d in cur.description]
        return dict(zip(names, cur.fetchone(), strict=True))


@pytest.mark.parametrize("case", sorted(TAXONOMY_CASES))
def test_taxonomy_categorises_figures_in_every_language(built, case):
    paths, keys = built
    expected_category, expected_people, expected_term, _ = TAXONOMY_CASES[case][1]
    row = figure(paths, keys[case])
    assert (row["category"], row["is_people"], row["subject_en"]) == (
        expected_category, expected_people, expected_term)


def test_category_basis_says_which_text_set_it(built):
    paths, keys = built
    with duckdb.connect(str(paths.published), read_only=True) as con:
        basis = dict(con.execute("select statistic_key, category_basis from marts.statistics")
                     .fetchall())
    assert {case: basis[keys[case]] for case in TAXONOMY_CASES} == {
        case: expected[3] for case, (_, expected) in TAXONOMY_CASES.items()}


def test_topics_keep_every_group_a_figure_is_about(built):
    paths, keys = built
    row = figure(paths, keys["en_migrant_children"])
    assert row["topics"] == ["migrants", "children"]  # found by list_contains(topics, 'children')


def test_year_comes_from_period_else_publication_else_landing(built):
    paths, keys = built
    assert (figure(paths, keys["fact_early"])["year"],
            figure(paths, keys["fact_early"])["year_source"]) == (2014, "period")
    assert (figure(paths, keys["en_assisted"])["year"],
            figure(paths, keys["en_assisted"])["year_source"]) == (2016, "published")
    assert (figure(paths, keys["fr_households"])["year"],
            figure(paths, keys["fr_households"])["year_source"]) == (LANDED.year, "landed")


def test_figure_country_is_the_one_its_sentence_names_not_a_donor(built):
    paths, keys = built
    chile = figure(paths, keys["in_chile"])
    assert (chile["country_code"], chile["country_name"], chile["country_source"],
            chile["release_country_code"]) == ("CL", "Chile", "sentence", "PE")
    donor = figure(paths, keys["donor"])
    assert (donor["country_code"], donor["country_source"]) == ("PE", "release")
    ivory_coast = figure(paths, keys["in_ivory_coast"])
    assert (ivory_coast["country_code"], ivory_coast["country_source"]) == ("CI", "sentence")
    # the longest of the names nearest the figure, though "Guinée" is a name too
    bissau = figure(paths, keys["in_guinea_bissau"])
    assert (bissau["country_code"], bissau["country_source"]) == ("GW", "sentence")


def test_a_fact_quoted_twice_is_counted_once(built):
    paths, keys = built
    early, late = figure(paths, keys["fact_early"]), figure(paths, keys["fact_late"])
    assert early["fact_key"] == late["fact_key"]
    assert (early["is_first_report"], late["is_first_report"]) == (True, False)
    assert early["fact_report_count"] == 2
    with duckdb.connect(str(paths.published), read_only=True) as con:
        total = con.execute(
            "select sum(value) from marts.figures where category = 'trafficking_victims' "
            "and country_code = 'PE' and year = 2014 and is_first_report").fetchone()[0]
    assert total == 3900


def test_contact_gives_latest_office_country_and_phone_to_call(built):
    paths, _ = built
    with duckdb.connect(str(paths.published), read_only=True) as con:
        row = con.execute(
            "select name, office, country_code, country_name, email, phone, phone_extension, "
            "phone_kind, phone_seen_on, last_seen_on, release_count, len(phones) "
            "from marts.contacts where email = 'icalderon@iom.int'").fetchone()
    assert row == ("Ines Calderon", "OIM Colombia", "CO", "Colombia", "icalderon@iom.int",
                   "+5715946410", "142", "phone", dt.date(2016, 9, 1), dt.date(2016, 9, 1), 2, 3)


def test_release_contacts_keep_what_each_release_gave(built):
    paths, _ = built
    with duckdb.connect(str(paths.published), read_only=True) as con:
        rows = con.execute(
            "select office_as_written, emails, [p.e164 for p in phones], seen_on "
            "from marts.release_contacts order by seen_on").fetchall()
    assert rows == [
        ("OIM Pérou", ["icalderon@iom.int"], ["+5116330000"], dt.date(2015, 1, 5)),
        ("OIM Colombia", ["icalderon@iom.int"], ["+5716221111", "+5715946410"],
         dt.date(2016, 9, 1)),
    ]


def test_parse_problems_are_published(built):
    paths, _ = built
    with duckdb.connect(str(paths.published), read_only=True) as con:
        rows = con.execute("select source_file_name, stage, reason, detail "
                           "from marts.parse_problems").fetchall()
    assert rows == [("a.txt", "contacts", "Phone number not understood", "tél. 12")]


def test_bi_tools_see_a_description_of_every_published_table_and_column(built):
    paths, _ = built
    engine = create_engine(f"duckdb:///{paths.published}", connect_args={"read_only": True})
    try:
        inspector = inspect(engine)
        published = [(schema, table) for schema in ("marts", "meta", "quality")
                     for table in inspector.get_table_names(schema=schema)]
        assert ("marts", "figures") in published and ("marts", "parse_problems") in published
        missing = []
        for schema, table in published:
            if not (inspector.get_table_comment(table, schema=schema)["text"] or "").strip():
                missing.append(f"{schema}.{table}")
            missing += [f"{schema}.{table}.{c['name']}"
                        for c in inspector.get_columns(table, schema=schema)
                        if not (c.get("comment") or "").strip()]
        figures_comment = inspector.get_table_comment("figures", schema="marts")["text"]
    finally:
        engine.dispose()
    assert missing == []
    assert figures_comment.startswith("One row per figure")
