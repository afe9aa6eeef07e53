"""The inbox is read safely and files are judged by content (landing.discover, text_check)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SEEDS_RAW

from pressroom.db import connect
from pressroom.landing import land_files
from pressroom.settings import Paths
from pressroom.text_check import check_text

RELEASE = sorted(SEEDS_RAW.iterdir())[0].read_bytes()


def skipped(con) -> dict[str, str]:
    rows = con.execute("select source_path, reason_code from landing.skipped").fetchall()
    return {Path(p).name: code for p, code in rows}


def test_a_symlink_is_refused_and_its_target_never_read(root: Paths, tmp_path: Path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(RELEASE.replace(b"OIM", b"SECRET"))
    (root.inbox / "link.txt").symlink_to(secret)
    (root.inbox / "linked-dir").symlink_to(tmp_path, target_is_directory=True)
    con = connect(root.warehouse)

    result = land_files(con, root, [root.inbox], None)

    assert result.counts()["landed"] == 5
    assert skipped(con) == {"link.txt": "symlink", "linked-dir": "symlink"}
    stored = [p.read_bytes() for p in root.raw.rglob("*") if p.is_file()]
    assert secret.read_bytes() not in stored
    assert any(str(secret) in s.reason for s in result.skipped)


def test_fifos_and_hidden_entries_are_skipped_with_a_reason_without_blocking(root: Paths):
    os.mkfifo(root.inbox / "pipe.txt")  # opening it for reading would block forever
    (root.inbox / ".hidden.txt").write_bytes(RELEASE)
    (root.inbox / ".git").mkdir()
    con = connect(root.warehouse)

    result = land_files(con, root, [root.inbox], None)

    assert result.counts()["landed"] == 5
    assert skipped(con) == {"pipe.txt": "special", ".hidden.txt": "hidden", ".git": "hidden"}
    assert "FIFO" in next(s.reason for s in result.skipped if s.source_path.endswith("pipe.txt"))


def test_a_name_that_is_not_utf8_is_landed_under_an_escaped_name(root: Paths):
    name = os.fsdecode(b"caf\xe9\nnouveau.txt")
    (root.inbox / name).write_bytes(RELEASE + b"\nUne ligne de plus.\n")
    con = connect(root.warehouse)

    result = land_files(con, root, [root.inbox], None)

    assert result.counts()["landed"] == 6
    [(original, stored)] = con.execute(
        "select original_name, stored_path from landing.files where original_name like 'caf%'"
    ).fetchall()
    assert original == "caf\\xe9\\x0anouveau.txt"
    assert (root.root / stored).read_bytes() == RELEASE + b"\nUne ligne de plus.\n"


CONTACT_BLOCK = ("Contact presse\nJean Dupont\nOIM Genève\nTél. : +41 22 717 91 11\n"
                 "Courriel : jdupont@iom.int\n\nMaria Lopez, OIM Lima\nTel: +51 1 633 1000\n"
                 "Email: mlopez@iom.int\n").encode()


@pytest.mark.parametrize(("data", "code", "words"), [
    (b'{"title": "Lima", "body": "' + RELEASE[:200].replace(b'"', b"'").replace(b"\n", b" ")
     + b'"}', "not_a_release", "JSON"),
    (b'{"a": 1}\n{"a": 2}\n{"a": 3}\n', "not_a_release", "JSON lines"),
    (b"name,country,value\nLima,PE,3900\nGeneva,CH,12\nParis,FR,5\n", "not_a_release", "CSV"),
    (b"12 34 56\n78 90 1234\n3.5 6.7\n" * 20, "not_a_release", "almost no words"),
    (CONTACT_BLOCK, "not_a_release", "contact block"),
    (b"%PDF-1.4\n" + RELEASE, "binary", "PDF"),
    (b"PK\x03\x04" + b"\x14\x00" * 20 + RELEASE, "binary", "ZIP"),
    (b"\xff\xd8\xff\xe0" + RELEASE, "binary", "JPG"),
    (RELEASE.replace(b" ", b" \x1b", 60), "binary", "control characters"),  # > 1 % of it
])
def test_what_is_not_a_release_is_refused_by_content(data: bytes, code: str, words: str):
    check = check_text(data)
    assert (check.accepted, check.reason_code) == (False, code)
    assert words in check.reason


@pytest.mark.parametrize("data", [
    RELEASE[:500] + b"\x07\x1b\x0b" + RELEASE[500:],  # a few control bytes
    RELEASE[:300] + b"\xff" * 10 + RELEASE[300:],  # ten invalid UTF-8 bytes
    RELEASE + "Café français, déjà vu.\n".encode("cp1252"),  # mixed cp1252 / UTF-8
    RELEASE[:100] + b"\x00" + RELEASE[100:],  # one NUL byte
    RELEASE.decode().encode("utf-16-le"),  # UTF-16 without a byte-order mark
    b"<html><body>" + RELEASE + b"</body></html>",
])
def test_a_nearly_clean_release_is_accepted(data: bytes):
    check = check_text(data)
    assert check.accepted, check.reason
