"""Per-file isolation in parsing: integrity checks, bounded retries and per-file caps."""

from __future__ import annotations

import os

import pytest
from conftest import SEEDS_RAW

from pressroom import attempts, limits
from pressroom.db import connect
from pressroom.landing import land_files
from pressroom.parsing import parse_bytes
from pressroom.settings import PARSER_VERSION, Paths
from pressroom.staging import parse_pending, pending_batches

RELEASE_LINES = sorted(SEEDS_RAW.iterdir())[0].read_text("utf-8").splitlines(keepends=True)


@pytest.fixture
def landed(root: Paths):
    con = connect(root.warehouse)
    land_files(con, root, [root.inbox], None)
    yield con
    con.close()


def problems(con, sha: str) -> list[tuple[str, str]]:
    return con.execute("select stage, reason from staging.parse_problems where sha256 = ?",
                       [sha]).fetchall()


def test_an_altered_landed_copy_is_not_parsed_and_the_others_are(root: Paths, landed):
    sha, stored = landed.execute(
        "select sha256, stored_path from landing.files order by sha256 limit 1").fetchone()
    path = root.root / stored
    os.chmod(path, 0o644)
    path.write_bytes(path.read_bytes().replace(b"OIM", b"XYZ"))

    summary = parse_pending(landed, root)

    assert (summary.files_parsed, summary.files_failed) == (4, 1)
    [(stage, reason)] = problems(landed, sha)
    assert stage == "integrity" and "no longer matches its sha256" in reason
    assert landed.execute("select count(*) from staging.releases where sha256 = ?",
                          [sha]).fetchone()[0] == 0


def test_a_file_that_kills_the_parser_is_isolated_then_given_up(root: Paths, landed):
    killer = landed.execute("select sha256 from landing.files order by sha256 limit 1"
                            ).fetchone()[0]

    def parser(data, source, *, boilerplate):
        if b"OIM" in data and source == name_of_killer:
            raise KeyboardInterrupt  # stands for the process being killed mid-batch
        return parse_bytes(data, source, boilerplate=boilerplate)

    name_of_killer = landed.execute("select original_name from landing.files where sha256 = ?",
                                    [killer]).fetchone()[0]
    for _ in range(attempts.MAX_ATTEMPTS):
        with pytest.raises(KeyboardInterrupt):
            parse_pending(landed, root, parser=parser)
    # once tried, files are parsed one by one: the killer no longer takes the others down
    assert len(next(pending_batches(landed))) == 1

    summary = parse_pending(landed, root, parser=parser)

    assert summary.files_failed == 1
    status = dict(landed.execute("select sha256, status from staging.parsed_files "
                                 "where parser_version = ?", [PARSER_VERSION]).fetchall())
    assert status.pop(killer) == "failed" and set(status.values()) == {"parsed"}
    [(stage, reason)] = problems(landed, killer)
    assert stage == "attempts" and f"in {attempts.MAX_ATTEMPTS} attempts" in reason
    assert next(pending_batches(landed), None) is None


def test_a_file_of_100000_short_lines_is_cut_and_the_cut_recorded():
    lines = "".join(f"{i} migrants\n" for i in range(100_000))
    data = ("".join(RELEASE_LINES[:6]) + lines + "".join(RELEASE_LINES[6:])).encode()

    parsed = parse_bytes(data, "huge.txt")
    for index, release in enumerate(parsed.releases):
        parsed.problems += limits.limit_release(index, release)

    reasons = [p.reason for p in parsed.problems if p.stage == "limits"]
    assert any(r.startswith("text cut: over 2,000 numbers") for r in reasons)
    for release in parsed.releases:
        assert len(release.statistics) <= limits.MAX_STATISTICS
        assert len(release.rejected) <= limits.MAX_REJECTED
        assert all(len(s.sentence) <= limits.MAX_SENTENCE_CHARS + 2
                   for s in release.statistics)
        assert all(s.text in s.sentence for s in release.statistics)
