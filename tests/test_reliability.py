"""Reliability: a hostile inbox, concurrent runs, faults and signals (`make reliability`).

Everything runs for real: `pressroom run` / `pressroom land` as subprocesses on throw-away
roots, reporting to the test session's Prefect server. Every file is made by the test.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest
from conftest import SEEDS_RAW

from pressroom.landing import display_name
from pressroom.settings import Paths

pytestmark = pytest.mark.slow

PRESSROOM = str(Path(sys.executable).parent / "pressroom")
SEEDS = sorted(SEEDS_RAW.iterdir())
RELEASE = SEEDS[0].read_bytes()
RELEASE_TEXT = RELEASE.decode("utf-8")
SECRET = b"TOP SECRET outside the inbox: this must never be landed, it has enough words " * 3


# --- the hostile inbox -------------------------------------------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of hostile entry: how to make it, and what landing must do with it."""

    name: str
    make: Callable[[Path, Path], None]  # (inbox, outside) -> None
    outcome: str  # landed | duplicate | quarantined[:code] | skipped:code | nothing


def _write(relative: str | bytes, data: bytes) -> Callable[[Path, Path], None]:
    def make(inbox: Path, _outside: Path) -> None:
        path = Path(os.fsdecode(os.path.join(os.fsencode(inbox), os.fsencode(relative))))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return make


def _variant(n: int) -> bytes:
    """A real release made unique (new content, so it is not a duplicate of the seed)."""
    return RELEASE + f"\nNote {n}: mise à jour de la rédaction.\n".encode()


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("release.txt", RELEASE)
    return buf.getvalue()


def _docx() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return buf.getvalue()


def _link(name: str, target: Callable[[Path, Path], str]) -> Callable[[Path, Path], None]:
    def make(inbox: Path, outside: Path) -> None:
        (inbox / name).symlink_to(target(inbox, outside))
    return make


def _fifo(inbox: Path, _outside: Path) -> None:
    os.mkfifo(inbox / "named-pipe.txt")


def _socket(inbox: Path, _outside: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(inbox / "unix.sock"))
    s.close()


def _loop(inbox: Path, _outside: Path) -> None:
    (inbox / "loop-a").symlink_to(inbox / "loop-b")
    (inbox / "loop-b").symlink_to(inbox / "loop-a")


def _hardlink(inbox: Path, _outside: Path) -> None:
    os.link(inbox / SEEDS[1].name, inbox / "hardlink-to-seed.txt")


def _empty_dir(inbox: Path, _outside: Path) -> None:
    (inbox / "empty-folder").mkdir()


lines_100k = "".join(f"{i} migrants\n" for i in range(1, 100_001))
head, tail = RELEASE_TEXT.split("\n", 6)[:6], RELEASE_TEXT.split("\n", 6)[6]
CSV = b"name,country,value\n" + b"".join(b"City%d,PE,%d\n" % (i, i) for i in range(50))

KINDS: list[Kind] = [
    Kind("empty", _write("empty.txt", b""), "quarantined:empty"),
    Kind("spaces", _write("spaces.txt", b"    \t  "), "quarantined:empty"),
    Kind("newlines", _write("newlines.txt", b"\n\n\r\n\n"), "quarantined:empty"),
    Kind("bom only", _write("bom-only.txt", b"\xef\xbb\xbf"), "quarantined:empty"),
    Kind("nul bytes", _write("nul.txt", b"\x00" * 4096), "quarantined:binary"),
    Kind("random bytes", _write("random.bin", bytes((i * 7919 + 13) % 256 for i in range(8192))),
         "quarantined"),
    Kind("png", _write("photo.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + RELEASE),
         "quarantined:binary"),
    Kind("jpeg", _write("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + RELEASE),
         "quarantined:binary"),
    Kind("gif", _write("anim.gif", b"GIF89a" + RELEASE), "quarantined:binary"),
    Kind("ascii pdf", _write("release.pdf", b"%PDF-1.4\n%" + RELEASE * 3 + b"\n%%EOF\n"),
         "quarantined:binary"),
    Kind("pdf named .txt", _write("really-a-pdf.txt", b"%PDF-1.7\n" + RELEASE),
         "quarantined:binary"),
    Kind("zip", _write("archive.zip", _zip()), "quarantined:binary"),
    Kind("docx", _write("release.docx", _docx()), "quarantined:binary"),
    Kind("gzip", _write("release.txt.gz", gzip.compress(RELEASE)), "quarantined:binary"),
    Kind("elf", _write("program", b"\x7fELF\x02\x01\x01" + b"\x00" * 64), "quarantined:binary"),
    Kind("duckdb file", _write("warehouse.duckdb",
                               b"\x00" * 8 + b"DUCK" + b"\x00\x01\x02" * 2000),
         "quarantined:binary"),
    Kind("json object", _write("data.json", b'{"title": "Lima", "body": "'
                               + RELEASE_TEXT[:300].replace('"', "'").replace("\n", " ")
                               .encode() + b'"}'), "quarantined:not_a_release"),
    Kind("json array", _write("list.json", b'[{"a": 1}, {"a": 2}, {"b": "trois"}]'),
         "quarantined:not_a_release"),
    Kind("json lines", _write("events.jsonl", b'{"a": 1}\n{"a": 2}\n{"a": 3}\n'),
         "quarantined:not_a_release"),
    Kind("csv", _write("table.csv", CSV), "quarantined:not_a_release"),
    Kind("csv named .txt", _write("table.txt", CSV.replace(b",", b";")),
         "quarantined:not_a_release"),
    Kind("tsv", _write("table.tsv", CSV.replace(b",", b"\t")), "quarantined:not_a_release"),
    Kind("numbers only", _write("numbers.txt", b"12 34 56\n7.8 90\n1 234 567\n" * 40),
         "quarantined:not_a_release"),
    Kind("200k numbers", _write("many-numbers.txt",
                                " ".join(str(i) for i in range(200_000)).encode()),
         "quarantined:not_a_release"),
    Kind("one word", _write("word.txt", b"Bonjour\n"), "quarantined:not_a_release"),
    Kind("contact block alone", _write("contact.txt", (
        "Contact presse\nJean Dupont\nOIM Genève\nTél. : +41 22 717 91 11\n"
        "Courriel : jdupont@iom.int\n\nMaria Lopez, OIM Lima\nTel: +51 1 633 1000\n"
        "Email: mlopez@iom.int\n").encode()), "quarantined:not_a_release"),
    Kind("oversize", _write("huge.txt", RELEASE * (6 * 1024 * 1024 // len(RELEASE) + 1)),
         "quarantined:oversize"),
    Kind("utf-16 le bom", _write("utf16le.txt", RELEASE_TEXT.encode("utf-16")), "landed"),
    Kind("utf-16 be bom", _write("utf16be.txt", b"\xfe\xff" + RELEASE_TEXT.encode("utf-16-be")),
         "landed"),
    Kind("utf-32", _write("utf32.txt", RELEASE_TEXT.encode("utf-32")), "landed"),
    Kind("utf-8 bom", _write("bom.txt", b"\xef\xbb\xbf" + _variant(1)), "landed"),
    Kind("cp1252", _write("cp1252.txt", _variant(2).decode().encode("cp1252", "replace")),
         "landed"),
    Kind("latin-1", _write("latin1.txt", _variant(3).decode().encode("latin-1", "replace")),
         "landed"),
    Kind("control bytes", _write("control.txt", _variant(4)[:500] + b"\x07\x1b\x0b"
                                 + _variant(4)[500:]), "landed"),
    Kind("10 invalid utf-8 bytes", _write("invalid.txt", _variant(5)[:300] + b"\xff" * 10
                                          + _variant(5)[300:]), "landed"),
    Kind("mixed cp1252 and utf-8", _write("mixed.txt", _variant(6)
                                          + "Café, déjà.\n".encode("cp1252")), "landed"),
    Kind("crlf", _write("crlf.txt", _variant(7).replace(b"\n", b"\r\n")), "landed"),
    Kind("cr only", _write("cr.txt", _variant(8).replace(b"\n", b"\r")), "landed"),
    Kind("one nul byte", _write("one-nul.txt", _variant(9)[:200] + b"\x00"
                                + _variant(9)[200:]), "landed"),
    Kind("html page", _write("page.html", b"<html><body><pre>" + _variant(10)
                             + b"</pre></body></html>"), "landed"),
    Kind("zero-width and rtl", _write("zw.txt", _variant(11).replace(b" ", "\u200b ".encode(),
                                                                    20) + "\u202e".encode()),
         "landed"),
    Kind("one long line", _write("long-line.txt", _variant(12).replace(b"\n", b" ") * 20),
         "landed"),
    Kind("100,000 short lines", _write("short-lines.txt", ("\n".join(head) + "\n" + lines_100k
                                                           + tail).encode()), "landed"),
    Kind("sql in prose", _write("sql.txt", _variant(13) + b"'); DROP TABLE landing.files; --\n"),
         "landed"),
    Kind("three releases in one", _write("three.txt", _variant(14) + b"\n\n" + SEEDS[2]
                                         .read_bytes() + b"\n\n" + SEEDS[3].read_bytes()),
         "landed"),
    Kind("copy of a seed", _write("copy-of-seed.txt", SEEDS[2].read_bytes()), "duplicate"),
    Kind("hard link to a seed", _hardlink, "duplicate"),
    Kind("nested folder", _write("a/b/c/nested.txt", _variant(15)), "landed"),
    Kind("20 levels deep", _write("/".join("d" * 20) + "/deep.txt", _variant(16)), "landed"),
    Kind("same name in two folders", _write("x/seed.txt", _variant(17)), "landed"),
    Kind("same name in two folders (2)", _write("y/seed.txt", _variant(18)), "landed"),
    Kind("name not utf-8", _write(b"caf\xe9-\xff.txt", _variant(19)), "landed"),
    Kind("name with newline", _write("new\nline.txt", _variant(20)), "landed"),
    Kind("name with quotes", _write("it's \"quoted\"; drop table x; --.txt", _variant(21)),
         "landed"),
    Kind("name in unicode", _write("communiqué-été-🌍.txt", _variant(22)), "landed"),
    Kind("long name", _write("n" * 240 + ".txt", _variant(23)), "landed"),
    Kind("leading dash", _write("-rf.txt", _variant(24)), "landed"),
    Kind("no extension", _write("README", _variant(25)), "landed"),
    Kind("hidden file", _write(".hidden.txt", _variant(26)), "skipped:hidden"),
    Kind("hidden folder", _write(".git/release.txt", _variant(27)), "skipped:hidden"),
    Kind("link to /etc/passwd", _link("passwd.txt", lambda i, o: "/etc/passwd"),
         "skipped:symlink"),
    Kind("link to a secret outside", _link("secret.txt", lambda i, o: str(o / "secret.txt")),
         "skipped:symlink"),
    Kind("link to a folder outside", _link("outside-folder", lambda i, o: str(o)),
         "skipped:symlink"),
    Kind("relative link out", _link("up.txt", lambda i, o: "../outside/secret.txt"),
         "skipped:symlink"),
    Kind("dangling link", _link("dangling.txt", lambda i, o: str(o / "nowhere.txt")),
         "skipped:symlink"),
    Kind("link loop", _loop, "skipped:symlink"),
    Kind("link to a file inside", _link("inside-link.txt", lambda i, o: str(i / SEEDS[0].name)),
         "skipped:symlink"),
    Kind("fifo", _fifo, "skipped:special"),
    Kind("unix socket", _socket, "skipped:special"),
    Kind("empty folder", _empty_dir, "nothing"),
]


def make_inbox(base: Path) -> tuple[Path, Path]:
    """An inbox of the five seeds and every hostile kind, and a folder outside it."""
    inbox, outside = base / "inbox", base / "outside"
    inbox.mkdir(parents=True)
    outside.mkdir()
    (outside / "secret.txt").write_bytes(SECRET)
    for seed in SEEDS:
        shutil.copy2(seed, inbox / seed.name)
    for kind in KINDS:
        kind.make(inbox, outside)
    return inbox, outside


def entries(inbox: Path) -> list[Path]:
    """Every entry under the inbox, links not followed, hidden folders not entered."""
    found = []
    for dirpath, dirnames, filenames in os.walk(inbox):
        found += [Path(dirpath) / n for n in filenames + dirnames
                  if n.startswith(".") or os.path.islink(Path(dirpath) / n)
                  or not (Path(dirpath) / n).is_dir()]
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
    return found


# --- running pressroom -------------------------------------------------------------------


def env_for(root: Path) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    return os.environ | {"PRESSROOM_ROOT": str(root), "PREFECT_API_URL": PREFECT_API_URL.value()}


def pressroom(root: Path, *args: str, timeout: float = 900) -> subprocess.CompletedProcess[str]:
    return subprocess.run([PRESSROOM, *args], env=env_for(root), capture_output=True,
                          text=True, timeout=timeout)


def published_marts(paths: Paths) -> dict[str, list[tuple]]:
    """Every published mart's rows, without the columns that record when (sorted)."""
    with duckdb.connect(str(paths.published), read_only=True) as con:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' "
            "order by 1").fetchall()]
        marts = {}
        for table in tables:
            columns = [c for c, kind in con.execute(
                "select column_name, data_type from information_schema.columns "
                "where table_schema = 'marts' and table_name = ? order by ordinal_position",
                [table]).fetchall()
                if "TIMESTAMP" not in kind and not c.endswith(("_at", "run_id"))]
            marts[table] = sorted(con.execute(
                f"select {', '.join(columns)} from marts.{table}").fetchall(), key=repr)
    return marts


def published_state(paths: Paths) -> tuple[str, float]:
    data = paths.published.read_bytes()
    return hashlib.sha256(data).hexdigest(), paths.published.stat().st_mtime


def no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stdout + result.stderr, result.stdout + result.stderr


@pytest.fixture(scope="module")
def single_run(tmp_path_factory, prefect_harness) -> Paths:
    """The hostile inbox run once by one `pressroom run`: the reference."""
    base = tmp_path_factory.mktemp("single")
    inbox, _ = make_inbox(base)
    paths = Paths(base / "root")
    result = pressroom(paths.root, "run", "--inbox", str(inbox))
    no_traceback(result)
    assert result.returncode == 0, result.stdout + result.stderr
    return paths


# --- the tests ---------------------------------------------------------------------------


def test_a_hostile_inbox_loses_nothing_reads_nothing_outside_and_blocks_nothing(
        single_run: Paths):
    paths = single_run
    inbox = paths.root.parent / "inbox"
    with duckdb.connect(str(paths.warehouse), read_only=True) as con:
        landed = dict(con.execute("select sha256, stored_path from landing.files").fetchall())
        quarantined = dict(con.execute("select sha256, reason_code from landing.quarantine")
                           .fetchall())
        skipped = dict(con.execute("select source_path, reason_code from landing.skipped")
                       .fetchall())
        reasons = con.execute("select count(*) from landing.quarantine where reason = ''"
                              ).fetchone()[0]
        pending = con.execute("select count(*) from landing.files f where not exists (select 1 "
                              "from staging.parsed_files p where p.sha256 = f.sha256)"
                              ).fetchone()[0]
        failed = con.execute("select count(*) from staging.parsed_files p where status = "
                             "'failed' and not exists (select 1 from staging.parse_problems q "
                             "where q.sha256 = p.sha256)").fetchone()[0]
    assert (reasons, pending, failed) == (0, 0, 0)  # every refusal and failure has a reason

    # 0 bytes lost: every regular file is kept byte for byte; every other entry is recorded
    for entry in entries(inbox):
        if entry.is_symlink() or not entry.is_file() or entry.name.startswith("."):
            assert display_name(str(entry)) in skipped, entry
            continue
        data = entry.read_bytes()
        sha = hashlib.sha256(data).hexdigest()
        assert sha in landed or sha in quarantined, entry
        area = paths.raw if sha in landed else paths.quarantine
        assert (area / sha[:2] / sha).read_bytes() == data
    # nothing read outside the inbox: the secret is nowhere
    stored = b"".join(p.read_bytes() for p in paths.root.rglob("*")
                      if p.is_file() and "landing" in p.parts)
    assert SECRET not in stored
    assert b"root:x:0:0" not in stored
    # every good release published
    with duckdb.connect(str(paths.published), read_only=True) as con:
        published = {s for (s,) in con.execute("select sha256 from marts.releases").fetchall()}
    assert {hashlib.sha256(s.read_bytes()).hexdigest() for s in SEEDS} <= published
    assert len(KINDS) >= 60


def test_names_are_kept_escaped_and_each_kind_ends_where_expected(single_run: Paths):
    paths = single_run
    inbox = paths.root.parent / "inbox"
    with duckdb.connect(str(paths.warehouse), read_only=True) as con:
        by_sha = {sha: ("landed", None) for (sha,) in con.execute(
            "select sha256 from landing.files").fetchall()}
        by_sha |= {sha: ("quarantined", code) for sha, code in con.execute(
            "select sha256, reason_code from landing.quarantine").fetchall()}
        skipped = dict(con.execute("select source_path, reason_code from landing.skipped")
                       .fetchall())
        names = {n for (n,) in con.execute(
            "select original_name from landing.files union all "
            "select original_name from landing.quarantine").fetchall()}
    assert "caf\\xe9-\\xff.txt" in names and "new\\x0aline.txt" in names
    assert "communiqué-été-🌍.txt" in names
    seed_shas = {hashlib.sha256(s.read_bytes()).hexdigest() for s in SEEDS}
    wrong = []
    for kind in KINDS:
        files = kind_files(kind, inbox)
        what, _, code = kind.outcome.partition(":")
        assert files or what == "nothing", kind.name
        for path in files:
            if what == "skipped":
                got = skipped.get(display_name(str(path)))
                ok = got == code
            else:
                sha = hashlib.sha256(path.read_bytes()).hexdigest()
                got = by_sha.get(sha)
                if what == "duplicate":
                    ok = sha in seed_shas and got == ("landed", None)
                else:
                    ok = got is not None and got[0] == what and (not code or got[1] == code)
            if not ok:
                wrong.append((kind.name, path.name, kind.outcome, got))
    assert wrong == []


def kind_files(kind: Kind, inbox: Path) -> list[Path]:
    """The entries a kind made (compared by making the kind alone in a scratch inbox)."""
    scratch = inbox.parent / "scratch" / kind.name.replace("/", "_")
    if not scratch.exists():
        (scratch / "in").mkdir(parents=True)
        (scratch / "out").mkdir()
        for seed in SEEDS:
            shutil.copy2(seed, scratch / "in" / seed.name)
        kind.make(scratch / "in", scratch / "out")
    seeds = {s.name for s in SEEDS}
    relative = [p.relative_to(scratch / "in") for p in entries(scratch / "in")
                if p.name not in seeds or p.parent != scratch / "in"]
    return [inbox / r for r in relative]


def test_two_concurrent_runs_end_cleanly_and_match_a_single_run(
        tmp_path: Path, single_run: Paths, prefect_harness):
    inbox, _ = make_inbox(tmp_path)
    paths = Paths(tmp_path / "root")
    cmd = [PRESSROOM, "run", "--inbox", str(inbox)]
    env = env_for(paths.root)
    first = subprocess.Popen([*cmd, "--wait", "900"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    second = subprocess.Popen([*cmd, "--wait", "900"], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    time.sleep(1)
    third = pressroom(paths.root, "run", "--inbox", str(inbox))  # no --wait: told at once
    outs = [p.communicate(timeout=900) for p in (first, second)]

    for proc, (out, err) in zip((first, second), outs, strict=True):
        assert proc.returncode == 0, out + err
        assert "Traceback" not in out + err
    no_traceback(third)
    assert third.returncode == 1
    assert third.stderr.startswith("pressroom run: another run is in progress since ")
    assert "pid " in third.stderr and len(third.stderr.strip().splitlines()) == 1
    assert published_marts(paths) == published_marts(single_run)


def copy_root(source: Paths, target: Path) -> Paths:
    """A copy of a root that ran (landing, warehouse, published file)."""
    shutil.copytree(source.root, target, symlinks=True)
    return Paths(target)


def one_cause_line(result: subprocess.CompletedProcess[str], words: str) -> None:
    no_traceback(result)
    assert result.returncode == 1, result.stdout + result.stderr
    [line] = [x for x in result.stderr.splitlines() if x.startswith("pressroom ")]
    assert words in line, result.stderr


def test_a_missing_inbox_or_path_is_one_line_in_seconds_and_publishes_nothing(
        tmp_path: Path, single_run: Paths):
    paths = copy_root(single_run, tmp_path / "root")
    before = published_state(paths)

    started = time.monotonic()
    run = pressroom(paths.root, "run", "--inbox", str(tmp_path / "nope"))
    seconds = time.monotonic() - started
    land = pressroom(paths.root, "land", str(tmp_path / "typo"))

    one_cause_line(run, "inbox not found")
    assert seconds < 5
    one_cause_line(land, "not found")
    assert published_state(paths) == before


def test_a_run_that_ended_well_vouches_for_its_database(single_run: Paths):
    """The next run's start-up check only opens the working database (health.remember_sound),
    as the run left it: every connection closed, nothing written after the record."""
    from pressroom.health import _file_signature, _stamp, _stamp_text

    assert _stamp(single_run.warehouse) == _stamp_text(_file_signature(single_run.warehouse))


def test_a_corrupt_working_database_stops_before_any_work(tmp_path: Path, single_run: Paths):
    paths = copy_root(single_run, tmp_path / "root")
    before = published_state(paths)
    size = paths.warehouse.stat().st_size
    with open(paths.warehouse, "r+b") as f:
        f.seek(size // 4)
        f.write(os.urandom(size - size // 4))
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "new.txt").write_bytes(_variant(99))

    result = pressroom(paths.root, "run", "--inbox", str(inbox))

    one_cause_line(result, "corrupt database")
    assert published_state(paths) == before
    assert not any(paths.raw.rglob(hashlib.sha256(_variant(99)).hexdigest()))


def test_an_altered_landed_object_is_named_and_never_published(tmp_path: Path,
                                                                 single_run: Paths):
    paths = copy_root(single_run, tmp_path / "root")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "new.txt").write_bytes(_variant(98))
    assert pressroom(paths.root, "land", str(inbox)).returncode == 0
    sha = hashlib.sha256(_variant(98)).hexdigest()
    stored = paths.raw / sha[:2] / sha
    stored.chmod(0o644)
    stored.write_bytes(_variant(98).replace(b"OIM", b"XXX"))

    result = pressroom(paths.root, "run", "--inbox", str(inbox))

    no_traceback(result)
    assert f"new.txt: landed copy altered: landing/raw/{sha[:2]}/{sha}" in result.stdout
    with duckdb.connect(str(paths.published), read_only=True) as con:
        assert con.execute("select count(*) from marts.releases where sha256 = ?",
                           [sha]).fetchone()[0] == 0


def _mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True)
    return done.returncode == 0


def test_a_read_only_or_full_disk_is_one_line_and_publishes_nothing(tmp_path: Path,
                                                                    single_run: Paths):
    mount = tmp_path / "disk"
    if not _mount_tmpfs(mount, "400m"):
        pytest.skip("mounting a tmpfs needs privileges this machine does not give")
    try:
        paths = copy_root(single_run, mount / "root")
        before = published_state(paths)
        inbox = tmp_path / "inbox"
        inbox.mkdir()
        (inbox / "new.txt").write_bytes(_variant(97))
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)

        result = pressroom(paths.root, "run", "--inbox", str(inbox))

        one_cause_line(result, "read-only file system")
        assert published_state(paths) == before
        subprocess.run(["mount", "-o", "remount,rw", str(mount)], check=True)
        filler = mount / "filler"
        with open(filler, "wb") as f, pytest.raises(OSError):
            while True:
                f.write(b"\0" * 1024 * 1024)

        full = pressroom(paths.root, "run", "--inbox", str(inbox))

        one_cause_line(full, "disk full")
        assert published_state(paths) == before
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def test_sigterm_stops_a_run_within_10_s_and_a_rerun_gives_the_same_marts(
        tmp_path: Path, single_run: Paths):
    inbox, _ = make_inbox(tmp_path)
    paths = Paths(tmp_path / "root")
    # dbt's info lines tell when dbt itself runs: the signal lands inside it, where dbt would
    # print any exception's stack trace
    proc = subprocess.Popen([PRESSROOM, "run", "--inbox", str(inbox)],
                            env=env_for(paths.root) | {"DBT_LOG_LEVEL": "info"},
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output: list[str] = []
    in_dbt = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            output.append(line)
            if "Running with dbt=" in line:
                in_dbt.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert in_dbt.wait(600), "".join(output)
    proc.send_signal(signal.SIGTERM)
    stopped = time.monotonic()
    code = proc.wait(timeout=30)
    seconds = time.monotonic() - stopped
    reader.join(5)

    assert seconds < 10, "".join(output)
    assert code != 0
    assert "Traceback" not in "".join(output)
    assert "SIGTERM" in "".join(output)
    rerun = pressroom(paths.root, "run", "--inbox", str(inbox))
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert published_marts(paths) == published_marts(single_run)


def test_the_temporary_server_starts_beside_a_module_named_like_the_standard_library(
        tmp_path: Path):
    """A `timeit.py` in the folder pressroom runs from does not break Prefect's server."""
    folder = tmp_path / "work"
    folder.mkdir()
    (folder / "timeit.py").write_text('raise ImportError("a stray timeit.py was imported")\n')
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_API_URL": ""}
    code = ("from pressroom.stopping import watch_temporary_server\n"
            "server = watch_temporary_server()\n"
            "server.wait_until_ready()\n"
            "print('ready', flush=True)\n")
    # -P as the `pressroom` script runs: its own folder, not the working one, on sys.path
    done = subprocess.run([sys.executable, "-P", "-c", code], env=env, cwd=folder,
                          capture_output=True, text=True, timeout=120)

    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "ready"


def test_a_killed_run_leaves_no_temporary_prefect_server(tmp_path: Path):
    """The watcher stops Prefect's temporary server when its run is SIGKILLed (an OOM kill)."""
    env = {k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"}
    env |= {"PREFECT_HOME": str(tmp_path / "prefect-home"), "PREFECT_API_URL": ""}
    code = ("from pressroom.stopping import watch_temporary_server\n"
            "server = watch_temporary_server()\n"
            "server.wait_until_ready()\n"
            "print(server.pid, flush=True)\n"
            "import time; time.sleep(600)\n")
    proc = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE,
                            text=True)
    server = int(proc.stdout.readline())
    assert Path(f"/proc/{server}").exists()

    proc.kill()
    proc.wait()

    deadline = time.monotonic() + 15
    while Path(f"/proc/{server}").exists() and time.monotonic() < deadline:
        time.sleep(0.2)
    if Path(f"/proc/{server}").exists():  # a zombie waiting for init to reap it is gone too
        state = Path(f"/proc/{server}/stat").read_text().split(") ", 1)[1][:1]
        assert state == "Z"
