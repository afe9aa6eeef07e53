"""Parsing into staging: once per parser version, batched, failures recorded, no duplicates."""

from __future__ import annotations

import pytest

from pressroom.db import connect
from pressroom.landing import land_files
from pressroom.model import ParsedFile, Release
from pressroom.parsing import parse_bytes
from pressroom.settings import PARSER_VERSION, Paths
from pressroom.staging import REPLACED_TABLES, corpus_boilerplate, parse_pending

TABLES = ("parsed_files", *REPLACED_TABLES)


def counts(con) -> dict[str, int]:
    return {t: con.execute(f"select count(*) from staging.{t}").fetchall()[0][0] for t in TABLES}


def duplicated_keys(con) -> int:
    """Rows sharing a natural key in any staging table (0 when loading is idempotent)."""
    keys = {"releases": "release_id", "paragraphs": "release_id, position",
            "contacts": "contact_id", "contact_points": "contact_id, position",
            "statistics": "statistic_id", "rejected_figures": "release_id, position"}
    return sum(
        con.execute(f"select count(*) - count(distinct ({k})) from staging.{t}").fetchall()[0][0]
        for t, k in keys.items()
    )


@pytest.fixture
def landed(root: Paths):
    """The working warehouse with the five seeds landed."""
    con = connect(root.warehouse)
    land_files(con, root, [root.inbox], None)
    yield con
    con.close()


def test_staging_holds_exactly_what_the_parser_yields_for_each_landed_file(root, landed):
    summary = parse_pending(landed, root)

    boilerplate = corpus_boilerplate(landed, root)
    expected = {}
    for sha, name, stored_path in landed.execute(
            "select sha256, original_name, stored_path from landing.files").fetchall():
        parsed = parse_bytes((root.root / stored_path).read_bytes(), name,
                             boilerplate=boilerplate)
        expected[sha] = [(r.title, len(r.paragraphs), len(r.contacts), len(r.statistics))
                         for r in parsed.releases]
    staged = {}
    for sha, title, paragraphs, contacts, statistics in landed.execute(
        """
        select r.sha256, r.title,
               (select count(*) from staging.paragraphs p where p.release_id = r.release_id),
               (select count(*) from staging.contacts c where c.release_id = r.release_id),
               (select count(*) from staging.statistics s where s.release_id = r.release_id)
        from staging.releases r order by r.sha256, r.release_index
        """
    ).fetchall():
        staged.setdefault(sha, []).append((title, paragraphs, contacts, statistics))
    assert staged == expected
    assert (summary.files_parsed, summary.files_failed) == (5, 0)
    assert summary.releases == sum(len(v) for v in expected.values())
    assert summary.contacts == sum(c for v in expected.values() for *_, c, _ in v) > 0
    assert summary.statistics == sum(s for v in expected.values() for *_, s in v)
    versions = landed.execute(
        "select distinct parser_version from staging.releases union "
        "select distinct parser_version from staging.statistics").fetchall()
    assert versions == [(PARSER_VERSION,)]


def test_landing_and_parsing_twice_adds_nothing(root, landed):
    parse_pending(landed, root)
    before = counts(landed)

    land_files(landed, root, [root.inbox], None)
    again = parse_pending(landed, root)

    assert (again.files_parsed, again.files_failed, again.batches) == (0, 0, 0)
    assert counts(landed) == before
    assert landed.execute("select count(*) from landing.files").fetchall()[0][0] == 5
    assert duplicated_keys(landed) == 0


def test_only_new_files_are_parsed(root, landed, tmp_path):
    parse_pending(landed, root)
    new = tmp_path / "new.txt"
    new.write_bytes((root.inbox / "000_b79f4a02808386c2.txt").read_bytes() + b"\nFin.\n")
    land_files(landed, root, [new], None)

    summary = parse_pending(landed, root)

    assert summary.files_parsed + summary.files_failed == 1
    assert landed.execute("select count(*) from staging.parsed_files").fetchall()[0][0] == 6


def test_a_new_parser_version_reparses_and_replaces_rows(root, landed):
    parse_pending(landed, root)
    before = counts(landed)

    summary = parse_pending(landed, root, parser_version="next", batch_size=2)

    assert (summary.files_parsed, summary.batches) == (5, 3)
    after = counts(landed)
    assert after == before | {"parsed_files": 10}  # the record keeps both versions
    for table in REPLACED_TABLES:
        versions = landed.execute(
            f"select distinct parser_version from staging.{table}").fetchall()
        assert versions in ([], [("next",)]), table
    assert duplicated_keys(landed) == 0
    assert landed.execute(
        "select parser_version, count(*) from staging.parsed_files group by all order by 1"
    ).fetchall() == sorted([(PARSER_VERSION, 5), ("next", 5)])


def test_a_file_that_fails_is_recorded_and_the_batch_goes_on(root, landed):
    failing, untitled = landed.execute(
        "select sha256 from landing.files order by original_name limit 2").fetchall()
    fail_sha, untitled_sha = failing[0], untitled[0]
    names = dict(landed.execute("select sha256, original_name from landing.files").fetchall())

    def parser(data: bytes, source: str, *, boilerplate=frozenset()) -> ParsedFile:
        if source == names[fail_sha]:
            raise ValueError("unexpected layout")
        if source == names[untitled_sha]:
            return ParsedFile(source, "utf-8", releases=[Release(title=None)])
        return parse_bytes(data, source, boilerplate=boilerplate)

    summary = parse_pending(landed, root, parser=parser)

    assert (summary.files_parsed, summary.files_failed) == (3, 2)
    status = dict(landed.execute("select sha256, status from staging.parsed_files").fetchall())
    assert status[fail_sha] == status[untitled_sha] == "failed"
    assert sorted(status.values()).count("parsed") == 3
    problems = landed.execute(
        "select sha256, stage, reason, detail from staging.parse_problems "
        "where sha256 in ($1, $2) order by stage", [fail_sha, untitled_sha]).fetchall()
    assert (fail_sha, "parse", "the parser failed on this file",
            "ValueError: unexpected layout") in problems
    assert (untitled_sha, "release", "release 0 has neither title nor text: not kept",
            None) in problems
    staged = {s for (s,) in landed.execute("select sha256 from staging.releases").fetchall()}
    assert staged == set(status) - {fail_sha, untitled_sha}


def test_a_release_with_no_headline_is_kept_with_a_null_title(root, landed):
    """An aggregator copy that starts at its lead has no headline: its text, contacts and
    figures still reach staging."""
    (sha,), = landed.execute("select sha256 from landing.files order by sha256 limit 1").fetchall()

    def parser(data: bytes, source: str, *, boilerplate=frozenset()) -> ParsedFile:
        parsed = parse_bytes(data, source, boilerplate=boilerplate)
        for release in parsed.releases:
            release.title = None
        return parsed

    summary = parse_pending(landed, root, parser=parser)

    assert summary.files_failed == 0
    rows = landed.execute("select title, (select count(*) from staging.statistics s "
                          "where s.release_id = r.release_id) from staging.releases r "
                          "where sha256 = $1", [sha]).fetchall()
    assert rows and all(title is None for title, _ in rows)
    assert sum(figures for _, figures in rows) > 0


def test_a_landed_copy_that_went_missing_is_a_recorded_failure(root, landed):
    sha, stored_path = landed.execute(
        "select sha256, stored_path from landing.files order by sha256 limit 1").fetchall()[0]
    (root.root / stored_path).unlink()

    summary = parse_pending(landed, root)

    assert (summary.files_parsed, summary.files_failed) == (4, 1)
    [(stage, reason)] = landed.execute(
        "select stage, reason from staging.parse_problems where sha256 = $1", [sha]).fetchall()
    assert stage == "integrity" and reason.startswith("landed copy missing: landing/raw/")


def test_the_estimate_of_files_to_parse_counts_what_is_not_landed_or_parsed_yet(root: Paths):
    """It decides whether a run starts a Dask cluster while it lands (flows.pipeline)."""
    from pressroom.staging import files_to_parse_estimate

    assert files_to_parse_estimate(root, root.inbox) == 5  # no warehouse yet
    with connect(root.warehouse) as con:
        land_files(con, root, [root.inbox], None)
    assert files_to_parse_estimate(root, root.inbox) == 5  # landed, none parsed
    with connect(root.warehouse) as con:
        parse_pending(con, root)
    assert files_to_parse_estimate(root, root.inbox) == 0  # the inbox keeps its landed files
    (root.inbox / "new.txt").write_text("PARIS - A new release.\n", encoding="utf-8")
    assert files_to_parse_estimate(root, root.inbox) == 1
    fresh = root.root / "another-inbox"  # an inbox of new files only, fewer than the landed
    fresh.mkdir()
    for i in range(3):
        (fresh / f"new-{i}.txt").write_text(f"PARIS - Release {i}.\n", encoding="utf-8")
    assert files_to_parse_estimate(root, fresh) == 3


#: The primary keys the big staging tables had before they were dropped (pressroom.db).
OLD_KEYS = {"releases": "release_id", "paragraphs": "release_id, position",
            "contacts": "contact_id", "contact_points": "contact_id, position",
            "statistics": "statistic_id", "rejected_figures": "release_id, position"}


def primary_keys(con) -> list[str]:
    return [t for (t,) in con.execute(
        "select table_name from duckdb_constraints() where schema_name = 'staging' "
        "and constraint_type = 'PRIMARY KEY' order by 1").fetchall()]


def test_a_warehouse_made_with_keyed_staging_tables_loses_the_keys_and_no_row(root, landed):
    """A warehouse from before the keys were dropped: `connect` rebuilds those tables without
    their PRIMARY KEY, every row kept as it was, NOT NULL kept, and parsing goes on."""
    parse_pending(landed, root)
    for table, key in OLD_KEYS.items():  # as the schema made them before
        landed.execute(f"alter table staging.{table} add primary key ({key})")
    assert primary_keys(landed) == sorted([*OLD_KEYS, "parse_attempts", "parsed_files"])
    rows = {t: sorted(landed.execute(f"select * from staging.{t}").fetchall(),
                      key=repr) for t in TABLES}
    landed.close()

    con = connect(root.warehouse)

    assert primary_keys(con) == ["parse_attempts", "parsed_files"]
    assert {t: sorted(con.execute(f"select * from staging.{t}").fetchall(), key=repr)
            for t in TABLES} == rows
    assert all(rows[t] for t in ("releases", "paragraphs", "contacts", "statistics"))
    (not_null,), = con.execute(
        "select count(*) from duckdb_constraints() where schema_name = 'staging' "
        "and table_name = 'statistics' and constraint_type = 'NOT NULL'").fetchall()
    assert not_null == 9  # statistic_id ... text
    con.close()
    con = connect(root.warehouse)  # nothing left to migrate: a plain connect
    land_files(con, root, [root.inbox], None)
    parse_pending(con, root, parser_version="next")  # replaces the rows, as before
    assert duplicated_keys(con) == 0
    assert counts(con) == {t: len(v) for t, v in rows.items()} | {
        "parsed_files": 2 * len(rows["parsed_files"])}
    con.close()


def checkpoint_threshold(con) -> str:
    return con.execute("select current_setting('checkpoint_threshold')").fetchall()[0][0]


def test_parsing_checkpoints_once_at_the_end_and_restores_duckdbs_threshold(root, landed):
    """Batches are written under a large checkpoint threshold (pressroom.db.bulk_writes); the
    parse ends with the rows checkpointed into the file and DuckDB's threshold as it was."""
    default = checkpoint_threshold(landed)
    wal = root.warehouse.with_name(root.warehouse.name + ".wal")

    parse_pending(landed, root)

    assert checkpoint_threshold(landed) == default
    assert not wal.exists() or wal.stat().st_size == 0
    assert counts(landed)["releases"] > 0


def test_a_failed_bulk_write_raises_its_error_and_restores_the_threshold(landed):
    from pressroom.db import bulk_writes

    default = checkpoint_threshold(landed)
    with pytest.raises(RuntimeError, match="disk on fire"), bulk_writes(landed):
        assert checkpoint_threshold(landed) != default
        raise RuntimeError("disk on fire")
    assert checkpoint_threshold(landed) == default


def test_a_batch_travels_to_a_worker_as_one_table_and_comes_back_whole():
    from pressroom.staging import PendingFile, files_of_table, files_table

    files = [PendingFile("a" * 64, "un.txt", "landing/raw/aa/a", "utf_8"),
             PendingFile("b" * 64, "deux.txt", "landing/raw/bb/b", None)]
    given_up = [(PendingFile("c" * 64, "trois.txt", "landing/raw/cc/c", "cp1252"), 3)]

    table = files_table(files, given_up)

    assert table.num_rows == 3
    assert files_of_table(table) == (files, given_up)
    assert files_of_table(files_table([])) == ([], [])


def test_batches_cover_every_file_once_and_shrink_at_the_end_on_several_workers():
    from pressroom.staging import TAIL_SPLIT, batch_slices

    files = list(range(9_899))
    cuts = batch_slices(len(files), 1000, workers=2)
    sizes = [len(files[cut]) for cut in cuts]

    assert [f for cut in cuts for f in files[cut]] == files  # in order, none lost or doubled
    assert sizes[:7] == [1000] * 7  # full batches while most files remain
    assert sum(sizes[-2 * TAIL_SPLIT:]) == 2 * 1000  # the last two batches' worth ...
    assert max(sizes[-2 * TAIL_SPLIT:]) == 1000 // TAIL_SPLIT  # ... in smaller ones
    # one process: plain batches; nothing to parse: none
    assert [len(files[c]) for c in batch_slices(1200, 500)] == [500, 500, 200]
    assert batch_slices(0, 1000, workers=2) == []
