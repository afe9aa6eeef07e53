"""Landing: files stored byte for byte, recorded once, bad input quarantined with a reason."""

from __future__ import annotations

import os
import time
from pathlib import Path

import duckdb
import pytest

from pressroom.db import connect
from pressroom.landing import (
    RACY_NS,
    describe,
    discover,
    land_files,
    one_listing,
    split_unchanged,
)
from pressroom.settings import Paths

FRENCH = (
    "L’OIM lance à Lima une campagne « contre la traite » – été 2012\n\n"
    "Lima - Près de 3 900 migrants ont reçu une aide de l’OIM au Pérou.\n"
)


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    """Every file of `folder` with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in folder.iterdir()}


def manifest(con) -> list[tuple]:
    return con.execute(
        "select original_name, sha256, size_bytes, encoding, stored_path, name_version, "
        "flow_run_id from landing.files order by original_name, name_version"
    ).fetchall()


def quarantine(con) -> list[tuple]:
    return con.execute(
        "select original_name, sha256, size_bytes, reason_code, reason, stored_path "
        "from landing.quarantine order by original_name"
    ).fetchall()


def test_landing_the_seeds_stores_each_byte_for_byte_and_leaves_the_inbox_alone(root: Paths):
    before = snapshot(root.inbox)
    con = connect(root.warehouse)

    result = land_files(con, root, [root.inbox], "run-1")

    rows = manifest(con)
    assert [r[0] for r in rows] == sorted(before)
    assert result.counts() == {"landed": 5, "duplicates": 0, "quarantined": 0,
                               "unreadable": 0, "skipped": 0}
    for name, sha, size, encoding, stored_path, version, run_id in rows:
        stored = root.root / stored_path
        assert stored_path == f"landing/raw/{sha[:2]}/{sha}"
        assert stored.read_bytes() == before[name][0]
        assert size == len(before[name][0])
        assert (encoding, version, run_id) == ("utf-8", 1, "run-1")
    assert snapshot(root.inbox) == before
    assert quarantine(con) == []


def test_landing_the_same_content_again_is_a_no_op(root: Paths):
    (root.inbox / "empty.txt").write_bytes(b"")
    con = connect(root.warehouse)
    land_files(con, root, [root.inbox], "run-1")
    first = (manifest(con), quarantine(con))

    again = land_files(con, root, [root.inbox], "run-2")

    assert again.counts() == {"landed": 0, "duplicates": 6, "quarantined": 0,
                               "unreadable": 0, "skipped": 0}
    assert (manifest(con), quarantine(con)) == first
    assert sorted(p.name for p in root.raw.rglob("*") if p.is_file()) == sorted(
        r[1] for r in first[0])


def test_same_name_with_new_content_is_a_new_version_and_both_are_kept(root: Paths, tmp_path):
    old, new = tmp_path / "old" / "release.txt", tmp_path / "new" / "release.txt"
    for path, text in ((old, FRENCH), (new, FRENCH + "Une phrase ajoutée.\n")):
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
    con = connect(root.warehouse)

    land_files(con, root, [old], None)
    land_files(con, root, [new], None)

    rows = manifest(con)
    assert [(r[0], r[5]) for r in rows] == [("release.txt", 1), ("release.txt", 2)]
    assert [(root.root / r[4]).read_bytes() for r in rows] == [old.read_bytes(),
                                                               new.read_bytes()]


def test_two_new_versions_of_one_name_in_one_call_are_numbered_in_order(root: Paths, tmp_path):
    sources = []
    for i in range(3):
        path = tmp_path / f"v{i}" / "same.txt"
        path.parent.mkdir()
        path.write_text(f"{FRENCH}Version {i}.\n", encoding="utf-8")
        sources.append(path)
    con = connect(root.warehouse)

    land_files(con, root, sources, None)

    versions = con.execute(
        "select name_version, source_path from landing.files order by name_version").fetchall()
    assert versions == [(i + 1, str(p)) for i, p in enumerate(sources)]


def test_batches_of_two_land_what_one_batch_lands(root: Paths, tmp_path, monkeypatch):
    """Files recorded two at a time, read one per thread task: versions of a name, the same
    content twice and a refused file straddle the batches and are counted as in one batch."""
    import pressroom.landing

    monkeypatch.setattr(pressroom.landing, "IO_CHUNK", 1)
    sources = []
    for i, text in enumerate([f"{FRENCH}Version 0.\n", "42;17\n1;2\n3;4\n5;6\n",
                              f"{FRENCH}Version 1.\n", f"{FRENCH}Version 0.\n",
                              f"{FRENCH}Version 2.\n"]):
        path = tmp_path / f"v{i}" / ("numbers.csv" if i == 1 else "same.txt")
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        sources.append(path)
    con = connect(root.warehouse)

    result = land_files(con, root, sources, None, batch_size=2)

    assert result.counts() == {"landed": 3, "duplicates": 1, "quarantined": 1,
                               "unreadable": 0, "skipped": 0}
    rows = con.execute("select name_version, source_path, stored_path from landing.files "
                       "order by name_version").fetchall()
    assert [(v, s) for v, s, _ in rows] == [(1, str(sources[0])), (2, str(sources[2])),
                                            (3, str(sources[4]))]
    for (_, source, stored) in rows:
        assert (root.root / stored).read_bytes() == Path(source).read_bytes()
    [(name, code, stored)] = con.execute(
        "select original_name, reason_code, stored_path from landing.quarantine").fetchall()
    assert (name, code) == ("numbers.csv", "not_a_release")
    assert (root.root / stored).read_bytes() == sources[1].read_bytes()
    assert con.execute("select count(*) from landing.inbox_index").fetchall() == [(5,)]


def test_a_warehouse_from_before_the_inbox_index_is_read_whole_then_indexed(root: Paths):
    con = connect(root.warehouse)
    con.execute("drop table landing.inbox_index")
    con.close()
    with duckdb.connect(str(root.warehouse), read_only=True) as old:
        to_read, duplicates = split_unchanged(old, sorted(root.inbox.iterdir()))
    assert (len(to_read), duplicates) == (5, [])

    con = connect(root.warehouse)  # the schema adds the table
    assert land_files(con, root, [root.inbox], None).counts()["landed"] == 5
    assert con.execute("select count(*) from landing.inbox_index").fetchall() == [(5,)]


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("empty.txt", b"", "empty", "empty"),
        ("blank.txt", b"  \n\t\n", "empty", "blank"),
        ("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" * 8, "binary",
         "binary"),
        ("nul.txt", b"Titre\x00\x00\x00 avec des octets nuls\n", "binary", "binary"),
        ("garbage.txt", bytes(range(0x80, 0x100)) * 8, "undecodable", "not text"),
    ],
)
def test_a_file_that_cannot_be_a_release_is_quarantined_byte_for_byte_with_a_reason(
    root: Paths, tmp_path, name: str, data: bytes, code: str, words: str
):
    bad = tmp_path / name
    bad.write_bytes(data)
    con = connect(root.warehouse)

    result = land_files(con, root, [bad, root.inbox], None)

    assert result.counts()["landed"] == 5  # the good files of the same call still land
    [(q_name, sha, size, reason_code, reason, stored_path)] = quarantine(con)
    assert (q_name, size, reason_code) == (name, len(data), code)
    assert words in reason
    assert (root.root / stored_path).read_bytes() == data
    assert stored_path == f"landing/quarantine/{sha[:2]}/{sha}"
    assert name not in [r[0] for r in manifest(con)]
    assert [q.reason for q in result.quarantined] == [reason]


def test_an_oversize_file_is_quarantined_with_the_limit_in_the_reason(root: Paths, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(FRENCH * 10, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(FRENCH, encoding="utf-8")
    con = connect(root.warehouse)

    land_files(con, root, [big, small], None, max_bytes=200)

    [(name, _, size, code, reason, stored_path)] = quarantine(con)
    assert (name, code, size) == ("big.txt", "oversize", big.stat().st_size)
    assert f"{size:,} bytes" in reason and "200-byte limit" in reason
    assert (root.root / stored_path).read_bytes() == big.read_bytes()
    assert [r[0] for r in manifest(con)] == ["small.txt"]


@pytest.mark.parametrize(("codec", "recorded"), [("cp1252", "cp1252"),
                                                 ("utf-16", "utf-16"),
                                                 ("utf-8-sig", "utf-8-sig")])
def test_legacy_and_bom_encodings_are_accepted_and_recorded(
    root: Paths, tmp_path, codec: str, recorded: str
):
    from pressroom.parsing.decode import decode_bytes

    data = FRENCH.encode(codec)
    path = tmp_path / f"release-{codec}.txt"
    path.write_bytes(data)
    con = connect(root.warehouse)

    result = land_files(con, root, [path], None)

    [(_, _, _, encoding, stored_path, _, _)] = manifest(con)
    assert result.counts()["landed"] == 1
    assert encoding.startswith(recorded)
    stored = (root.root / stored_path).read_bytes()
    assert stored == data
    assert decode_bytes(stored).text == FRENCH


def test_a_missing_source_is_reported_and_the_rest_still_lands(root: Paths, tmp_path):
    missing = tmp_path / "nowhere.txt"
    con = connect(root.warehouse)

    result = land_files(con, root, [missing, root.inbox], None)

    assert result.counts() == {"landed": 5, "duplicates": 0, "quarantined": 0,
                               "unreadable": 1, "skipped": 0}
    assert result.unreadable[0].source_path == str(missing)
    text = describe(result.to_dict())
    assert "Landed 5 new file(s)" in text
    assert f"unreadable {missing}: no such file or folder" in text


def test_hidden_files_inside_folders_are_skipped_and_recorded(root: Paths):
    (root.inbox / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    con = connect(root.warehouse)

    result = land_files(con, root, [root.inbox], None)

    assert result.counts() == {"landed": 5, "duplicates": 0, "quarantined": 0, "unreadable": 0,
                               "skipped": 1}
    assert con.execute("select source_path, reason_code from landing.skipped").fetchall() == [
        (str(root.inbox / ".DS_Store"), "hidden")]


def test_files_unchanged_since_landing_are_not_read_again_and_a_rewrite_is(root: Paths):
    con = connect(root.warehouse)
    files = sorted(root.inbox.iterdir())
    land_files(con, root, [root.inbox], None)
    # Read within a second of being written (the fixture just copied them): file times are
    # too coarse to trust, so they are read again.
    assert split_unchanged(con, files)[0] == files
    time.sleep(RACY_NS / 1e9)
    land_files(con, root, [root.inbox], None)

    to_read, known = split_unchanged(con, files)
    assert to_read == []
    landed = dict(con.execute("select source_path, sha256 from landing.files").fetchall())
    assert {d.source_path: d.sha256 for d in known} == landed

    # Rewritten with the same size and its old modification time put back: the change time
    # still tells, so the file is read again and its new content lands as a new version.
    rewritten = files[0]
    before = rewritten.stat()
    data = rewritten.read_bytes()
    rewritten.write_bytes(data[:-1] + (b"!" if data[-1:] != b"!" else b"?"))
    os.utime(rewritten, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert split_unchanged(con, files)[0] == [rewritten]

    time.sleep(RACY_NS / 1e9)
    again = land_files(con, root, [root.inbox], None)

    assert again.counts()["landed"] == 1 and again.counts()["duplicates"] == 4
    assert con.execute("select max(name_version) from landing.files where original_name = ?",
                       [rewritten.name]).fetchall() == [(2,)]
    assert split_unchanged(con, files)[0] == []


def test_one_listing_serves_a_run_and_a_later_file_waits_for_the_next_run(root: Paths):
    """A run lists its inbox once (its checks and its landing share the listing): a file
    added after the run looked is landed by the next run, not lost."""
    con = connect(root.warehouse)
    with one_listing():
        first = discover([root.inbox])
        first.files.clear()  # a caller's changes do not reach the listing
        (root.inbox / "late.txt").write_text(FRENCH * 3, encoding="utf-8")
        in_run = discover([root.inbox])
        result = land_files(con, root, [root.inbox], "run-1")
    assert len(in_run.files) == 5 and "late.txt" not in {p.name for p in in_run.files}
    assert result.counts()["landed"] == 5

    after = land_files(con, root, [root.inbox], "run-2")
    assert after.counts()["landed"] == 1
    [(stored,)] = con.execute("select stored_path from landing.files "
                              "where original_name = 'late.txt'").fetchall()
    assert (root.root / stored).read_bytes() == (root.inbox / "late.txt").read_bytes()


def test_the_no_op_check_sees_new_content_whether_its_path_is_known_or_not(root: Paths):
    """`pressroom run`'s no-op check (freshness._all_landed): content landed before is not new,
    under any name; new content is, in a new file or rewritten into a known one."""
    from pressroom.freshness import _all_landed

    con = connect(root.warehouse)
    files = sorted(root.inbox.iterdir())
    time.sleep(RACY_NS / 1e9)  # the fixture just wrote them: let the index vouch for them
    land_files(con, root, [root.inbox], None)
    assert _all_landed(con, files)

    copy = root.inbox / "copy-of-a-landed-file.txt"
    copy.write_bytes(files[0].read_bytes())
    assert _all_landed(con, [*files, copy])  # a path the index lacks, content landed

    new = root.inbox / "new.txt"
    new.write_text(FRENCH * 2, encoding="utf-8")
    assert not _all_landed(con, [*files, copy, new])

    data = files[1].read_bytes()
    files[1].write_bytes(data + b"\nUne ligne de plus.\n")
    assert not _all_landed(con, [*files, copy])  # a known path, rewritten
