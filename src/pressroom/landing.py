"""Land received files: keep every byte, content-addressed, and record each file once.

Accepted files go to `landing/raw/<sha256[:2]>/<sha256>` and the `landing.files` manifest;
files that cannot be a release go to `landing/quarantine/<sha256[:2]>/<sha256>` and the
`landing.quarantine` table, with a reason (`pressroom.text_check` judges the content). Inbox
entries that are not regular files inside the inbox (symbolic links, FIFOs, sockets, devices)
and hidden entries are never opened: they are recorded in `landing.skipped` with a reason.
Sources are never modified. A name that is not valid UTF-8 is stored with its odd bytes
escaped (`caf\\xe9.txt`).
A stored file is flushed to disk before it is recorded (one `syncfs` per batch), so a
recorded file survives a crash.

Content already landed or quarantined is a no-op (a duplicate). A known name with new content
is a new version (`name_version` 2, 3, ...); every version is kept.

An inbox grows: a daily run finds 100,000 files it has landed and a few new ones. Reading and
hashing them all would make every run as slow as the first, so `landing.inbox_index` keeps the
file-system signature of each path read (size, modification and change times in
nanoseconds, inode, device) with the sha256 its content had then. A path whose signature is
unchanged is a duplicate without being opened; anything else (new, rewritten, touched,
replaced, moved) is read and hashed again. This is git's index and rsync's quick check,
stricter than both: a rewrite changes the change time (`ctime`), which no user program can
set back. As in git, a file changed less than `RACY_NS` before it was read is not trusted
(file times are coarse: a rewrite in the same clock tick could keep the signature); it is
read again next time.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import logging
import os
import re
import stat
import tempfile
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import BinaryIO, TypeVar

import duckdb

from pressroom.arrow_sql import list_rows
from pressroom.db import transaction
from pressroom.settings import MAX_FILE_BYTES, Paths
from pressroom.text_check import TextCheck, check_text, oversize

log = logging.getLogger(__name__)

T = TypeVar("T")

#: Files recorded per SQL statement (and made durable with one flush of the file system).
BATCH_SIZE = 2000
#: Threads reading, hashing, judging and writing files: their system calls and hashing release
#: the GIL, so the kernel's work on one file overlaps the Python work on another.
IO_THREADS = 4
#: Files handed to a thread at a time, and chunks read ahead of the one being recorded (the
#: files in flight, and so the memory they hold, stay bounded whatever the batch size).
IO_CHUNK = 32
IO_AHEAD = 2 * IO_THREADS
#: Bytes of file content held in memory before a batch is stored and recorded.
BATCH_BYTES = 64 * 1024 * 1024
_CHUNK = 1 << 20
#: A file whose change time is this close to the moment it was read is read again next time.
RACY_NS = 1_000_000_000
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class LandedFile:
    """A file stored under landing/raw and recorded in landing.files."""

    sha256: str
    original_name: str
    source_path: str
    size_bytes: int
    encoding: str


@dataclass(frozen=True)
class Duplicate:
    """A file whose content was already landed or quarantined: nothing was written."""

    sha256: str
    source_path: str


@dataclass(frozen=True)
class QuarantinedFile:
    """A file that cannot be a release, kept under landing/quarantine."""

    sha256: str
    original_name: str
    source_path: str
    size_bytes: int
    reason_code: str
    reason: str


@dataclass(frozen=True)
class Unreadable:
    """A source that could not be read at all (missing, permissions): nothing to keep."""

    source_path: str
    reason: str


@dataclass(frozen=True)
class Skipped:
    """An inbox entry refused without being opened: a link, a special or a hidden file."""

    source_path: str
    reason_code: str  # symlink | special | hidden
    reason: str


@dataclass
class LandingResult:
    """What one landing did, file by file."""

    landed: list[LandedFile] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    quarantined: list[QuarantinedFile] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def extend(self, other: LandingResult) -> None:
        self.landed += other.landed
        self.duplicates += other.duplicates
        self.quarantined += other.quarantined
        self.unreadable += other.unreadable
        self.skipped += other.skipped

    def counts(self) -> dict[str, int]:
        return {"landed": len(self.landed), "duplicates": len(self.duplicates),
                "quarantined": len(self.quarantined), "unreadable": len(self.unreadable),
                "skipped": len(self.skipped)}

    def to_dict(self) -> dict:
        """A JSON-ready summary: counts, and the name and reason of every refused file."""
        return self.counts() | {
            "quarantined_files": [
                {"name": q.original_name, "sha256": q.sha256, "reason": q.reason}
                for q in self.quarantined
            ],
            "unreadable_files": [
                {"path": u.source_path, "reason": u.reason} for u in self.unreadable
            ],
            "skipped_files": [
                {"path": s.source_path, "reason": s.reason} for s in self.skipped
            ],
        }


def describe(summary: dict) -> str:
    """A landing summary (`LandingResult.to_dict()`) as lines a person reads."""
    lines = [f"Landed {summary['landed']} new file(s); {summary['duplicates']} already landed "
             f"(no-op); {summary['quarantined']} quarantined; "
             f"{summary['unreadable']} unreadable; {summary.get('skipped', 0)} skipped."]
    lines += [f"  quarantined {f['name']}: {f['reason']}" for f in summary["quarantined_files"]]
    lines += [f"  unreadable {f['path']}: {f['reason']}" for f in summary["unreadable_files"]]
    lines += [f"  skipped {f['path']}: {f['reason']}" for f in summary.get("skipped_files", [])]
    return "\n".join(lines)


@dataclass(frozen=True)
class Signature:
    """What the file system says of a file without reading it; equal signatures, equal bytes."""

    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    device: int
    taken_ns: int = 0  # when the file was looked at (wall clock): not compared

    @classmethod
    def of(cls, st: os.stat_result, taken_ns: int = 0) -> Signature:
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev, taken_ns)


@dataclass(slots=True)
class _Received:
    """A file read and judged, waiting to be stored: its bytes, or a temporary copy if large."""

    sha256: str
    original_name: str
    source_path: str
    size_bytes: int
    check: TextCheck | None  # None: not judged yet (judged only when the content is new)
    data: bytes | None = None  # the content, when it is held in memory
    temp_path: Path | None = None  # a temporary copy under .incoming/, for oversize files
    signature: Signature | None = None  # the file's, taken before it was read


@dataclass
class Discovery:
    """What walking the sources found: regular files to land, and entries refused."""

    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)


def _check(item: _Received) -> TextCheck:
    """The content check of a received file (every file is judged before it is stored)."""
    assert item.check is not None, item.source_path
    return item.check


#: The listings `discover` made inside `one_listing()`, by sources (None: outside it).
_listings: dict[tuple[str, ...], Discovery] | None = None


@contextmanager
def one_listing() -> Iterator[None]:
    """Within this block, `discover` lists the same sources once and answers again from that
    listing: a run's checks (is anything new? how many files to parse?) and its landing see
    the inbox as it was when the run first looked, and a 100,000-file inbox is walked once,
    not three times. A file added meanwhile is landed by the next run. Nested blocks share
    the outer one's listings."""
    global _listings
    if _listings is not None:
        yield
        return
    _listings = {}
    try:
        yield
    finally:
        _listings = None


def discover(sources: Iterable[Path]) -> Discovery:
    """The regular files named by `sources`: files as given, folders walked in name order.

    Nothing outside a folder is ever read: symbolic links inside it are refused (not followed),
    FIFOs, sockets and devices are skipped (never opened), and so are hidden entries (names
    starting with "."); each is recorded with its reason. A missing source is unreadable.
    Inside `one_listing()`, sources listed before are not walked again.
    """
    sources = [Path(source) for source in sources]
    key = tuple(str(source.absolute()) for source in sources)
    found = _listings.get(key) if _listings is not None else None
    if found is None:
        found = _list(sources)
        if _listings is not None:
            _listings[key] = found
    # copies: callers extend these lists
    return Discovery(list(found.files), list(found.skipped), list(found.unreadable))


def _list(sources: list[Path]) -> Discovery:
    """`discover` without the listings kept by `one_listing`."""
    found = Discovery()
    for source in sources:
        if source.is_dir():  # the folder named by the operator may itself be a link
            _walk(source, found)
        elif source.is_file():
            found.files.append(source)
        elif source.exists():
            found.skipped.append(_special(source, source.stat()))
        else:
            found.unreadable.append(Unreadable(display_path(source), "no such file or folder"))
    return found


def _walk(folder: Path, found: Discovery) -> None:
    """Add `folder`'s regular files, recursively, refusing links and special files."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: os.fsencode(e.name))
    except OSError as exc:
        found.unreadable.append(Unreadable(display_path(folder), _os_reason(exc)))
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_file(follow_symlinks=False) and not entry.name.startswith("."):
                found.files.append(path)  # the common case first (a link is no file here)
            elif entry.name.startswith("."):
                what = "folder" if entry.is_dir(follow_symlinks=False) else "file"
                found.skipped.append(Skipped(
                    display_path(path), "hidden",
                    f"hidden {what} (name starts with '.'): not landed"))
            elif entry.is_symlink():
                target = display_name(os.readlink(path))
                found.skipped.append(Skipped(
                    display_path(path), "symlink",
                    f"symbolic link to {target}: links are not followed, only files inside "
                    "the folder are landed"))
            elif entry.is_dir(follow_symlinks=False):
                _walk(path, found)
            else:
                found.skipped.append(_special(path, entry.stat(follow_symlinks=False)))
        except OSError as exc:
            found.unreadable.append(Unreadable(display_path(path), _os_reason(exc)))


def _special(path: Path, st: os.stat_result) -> Skipped:
    kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(st.st_mode)
            else "a socket" if stat.S_ISSOCK(st.st_mode)
            else "a device" if stat.S_ISBLK(st.st_mode) or stat.S_ISCHR(st.st_mode)
            else "not a regular file")
    return Skipped(display_path(path), "special", f"{kind}: only regular files are landed")


def display_name(name: str | bytes) -> str:
    """A file name as valid, printable text: bytes that are not UTF-8 and control characters
    are written as \\xNN escapes (so the name is stored and shown on one line, never lost)."""
    if isinstance(name, str) and name.isprintable():
        return name  # the common case: no odd byte (a surrogate escape is not printable)
    raw = name if isinstance(name, bytes) else os.fsencode(name)
    text = raw.decode("utf-8", errors="backslashreplace")
    return _CONTROL_CHARS.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def display_path(path: Path) -> str:
    """`display_name` of the absolute path."""
    return display_name(str(path.absolute()))


def land_files(
    con: duckdb.DuckDBPyConnection,
    paths: Paths,
    sources: list[Path],
    flow_run_id: str | None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    batch_size: int = BATCH_SIZE,
) -> LandingResult:
    """Land the files and folders in `sources`; see the module docstring."""
    found = discover(sources)
    result = LandingResult(skipped=found.skipped, unreadable=found.unreadable)
    record_skipped(con, found.skipped, flow_run_id)
    to_read, result.duplicates = split_unchanged(con, found.files)
    result.extend(land_batch(con, paths, to_read, flow_run_id, max_bytes=max_bytes,
                             batch_size=batch_size))
    return result


def land_batch(
    con: duckdb.DuckDBPyConnection,
    paths: Paths,
    files: list[Path],
    flow_run_id: str | None,
    *,
    max_bytes: int = MAX_FILE_BYTES,
    batch_size: int = BATCH_SIZE,
) -> LandingResult:
    """Read, judge, store and record regular files, `batch_size` at a time (one INSERT per
    table and batch).

    Threads read and hash the files ahead while the main thread collects them; once it holds
    a batch (or `BATCH_BYTES` of content), the new content is judged and written by the
    threads, then flushed to disk and recorded by `_Recorder` while the next batch is
    written. A file that cannot be read is reported as unreadable; the rest goes on.
    """
    incoming = _incoming(paths)
    result = LandingResult()
    received: list[_Received] = []
    held = 0
    recorder = _Recorder(con, paths, flow_run_id)
    with ThreadPoolExecutor(IO_THREADS, thread_name_prefix="landing") as pool, \
            closing(recorder):
        for path, item in zip(files, _read_ahead(pool, files, incoming, max_bytes), strict=True):
            if isinstance(item, _NotRegular):
                result.skipped.append(item.skipped)
            elif isinstance(item, OSError):
                log.warning("cannot read %s: %s", display_path(path), item)
                result.unreadable.append(Unreadable(display_path(path), _os_reason(item)))
            else:
                received.append(item)
                held += len(item.data or b"")
                # memory stays bounded whatever the files' sizes
                if len(received) >= batch_size or held > BATCH_BYTES:
                    result.extend(_store_batch(con, paths, pool, recorder, received))
                    received, held = [], 0
        record_skipped(con, result.skipped, flow_run_id)
        result.extend(_store_batch(con, paths, pool, recorder, received))
    return result


def _read_ahead(pool: ThreadPoolExecutor, files: list[Path], incoming: Path, max_bytes: int
                ) -> Iterator[_Received | _NotRegular | OSError]:
    """`_receive` of each of `files`, in order: `pool` reads them in chunks of `IO_CHUNK`, at
    most `IO_AHEAD` chunks ahead of the one being consumed."""
    chunks = batched(files, IO_CHUNK)
    pending: deque[Future[list]] = deque(
        pool.submit(_receive_all, chunk, incoming, max_bytes)
        for chunk in islice(chunks, IO_AHEAD))
    while pending:
        outcomes = pending.popleft().result()
        for chunk in islice(chunks, 1):
            pending.append(pool.submit(_receive_all, chunk, incoming, max_bytes))
        yield from outcomes


def _receive_all(files: list[Path], incoming: Path, max_bytes: int
                 ) -> list[_Received | _NotRegular | OSError]:
    """`_receive` of each file, with the refusal or read error returned rather than raised."""
    outcomes: list[_Received | _NotRegular | OSError] = []
    for path in files:
        try:
            outcomes.append(_receive(path, incoming, max_bytes))
        except (_NotRegular, OSError) as exc:
            outcomes.append(exc)
    return outcomes


class _NotRegular(Exception):
    """The path turned out not to be a regular file when opened (a link or FIFO swapped in)."""

    def __init__(self, skipped: Skipped):
        super().__init__(skipped.reason)
        self.skipped = skipped


def _incoming(paths: Paths) -> Path:
    """The folder for temporary copies (same file system as raw/ and quarantine/: moves)."""
    incoming = paths.raw / ".incoming"
    incoming.mkdir(parents=True, exist_ok=True)
    cutoff = time.time() - 3600
    for stale in incoming.glob("part-*"):  # copies left by an interrupted landing
        with suppress(OSError):
            if stale.stat().st_mtime < cutoff:
                stale.unlink()
    return incoming


def _receive(path: Path, incoming: Path, max_bytes: int) -> _Received:
    """Read `path` (never following a link, never blocking on a FIFO) and hash it.

    Files within the size limit are held in memory (they are small); a larger one is copied
    to a temporary file while hashed, one chunk in memory at a time. Plain system calls on the
    descriptor: a Python file object would cost two more per file (fstat, isatty).
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK | os.O_CLOEXEC)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise _NotRegular(Skipped(display_path(path), "symlink",
                                      "symbolic link: links are not followed")) from exc
        raise
    try:
        taken_ns = time.time_ns()  # before the stat: a later change shows in ctime
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise _NotRegular(_special(path, st))
        name, source = display_name(path.name), display_path(path)
        if st.st_size <= max_bytes:
            data = _read_up_to(fd, st.st_size, max_bytes)
            if data is not None:  # judged later, only if the content is new
                return _Received(hashlib.sha256(data).hexdigest(), name, source, len(data),
                                 None, data=data, signature=Signature.of(st, taken_ns))
            os.lseek(fd, 0, os.SEEK_SET)  # it grew while being read: the large file it is
        with os.fdopen(fd, "rb", closefd=False) as src:
            digest, size, temp = _copy_hashing(src, incoming)
    finally:
        os.close(fd)
    return _Received(digest, name, source, size, oversize(size, max_bytes), temp_path=temp,
                     signature=Signature.of(st, taken_ns))


def _read_up_to(fd: int, expected: int, max_bytes: int) -> bytes | None:
    """The whole content of `fd` (read to its end), or None if it is over `max_bytes`.

    `expected` (the size fstat gave) sizes the first read: one byte more than the file held.
    Getting exactly `expected` bytes is the end (a regular file reads short only there), so
    most files take one read; otherwise (the file changed since) it is read to its end. A file
    that grows after the read has a new signature and is read again by the next landing."""
    parts = [os.read(fd, expected + 1)]
    total = len(parts[0])
    if total == expected:
        return parts[0]
    while total <= max_bytes and (part := os.read(fd, min(_CHUNK, max_bytes + 1 - total))):
        parts.append(part)
        total += len(part)
    if total > max_bytes:
        return None
    return parts[0] if len(parts) == 1 else b"".join(parts)


def _copy_hashing(src: BinaryIO, incoming: Path) -> tuple[str, int, Path]:
    """Copy `src` to a temporary file under `incoming` while hashing it."""
    digest = hashlib.sha256()
    size = 0
    with tempfile.NamedTemporaryFile(dir=incoming, prefix="part-", delete=False) as tmp:
        try:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                tmp.write(chunk)
                size += len(chunk)
        except OSError:
            Path(tmp.name).unlink(missing_ok=True)
            raise
    return digest.hexdigest(), size, Path(tmp.name)


def _judge_and_store_all(items: list[_Received], paths: Paths, incoming: Path) -> None:
    """Judge each new item (`check_text`) and write it under raw/ or quarantine/."""
    raw, quarantine = str(paths.raw), str(paths.quarantine)
    for item in items:
        if item.check is None:
            item.check = check_text(item.data or b"")
        area = raw if item.check.reason_code is None else quarantine
        _store(item, os.path.join(area, item.sha256[:2], item.sha256), incoming)


def _store(item: _Received, destination: str, incoming: Path) -> None:
    """Write the content to `destination`, read-only.

    Small files are created in place (O_EXCL: one system call fewer than a temporary file
    and a rename, which is what landing speed comes down to). A file left half-written by a
    killed landing is not recorded, so the next landing of that content rewrites it whole
    through a temporary file and a rename; a recorded file is verified against its sha256
    before it is parsed (`read_landed`). Nothing is flushed here: `_make_durable` flushes the
    whole batch at once before it is recorded.
    """
    if item.temp_path is not None:
        os.chmod(item.temp_path, 0o444)
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        os.replace(item.temp_path, destination)
        return
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC
    try:
        fd = os.open(destination, flags, 0o444)
    except FileNotFoundError:  # the first file of this <sha[:2]> folder
        os.makedirs(os.path.dirname(destination), exist_ok=True)
        fd = os.open(destination, flags, 0o444)
    except FileExistsError:  # left by a killed landing, never recorded: replace it whole
        temp = incoming / f"part-{os.getpid()}-{threading.get_ident()}-{item.sha256}"
        with open(temp, "wb") as out:
            out.write(item.data or b"")
        os.chmod(temp, 0o444)
        os.replace(temp, destination)
        return
    try:
        _write_all(fd, item.data or b"")
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    """os.write until every byte is written (a write may be short, e.g. on a nearly full disk)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


#: syncfs(2) flushes one file system; Python's os module has only sync() (every file system)
#: and fsync() (one file), hence the C library through ctypes (None where there is none).
_SYNCFS = getattr(ctypes.CDLL(None, use_errno=True), "syncfs", None)


def _make_durable(folders: Iterable[Path]) -> None:
    """Put the files just written under `folders` on disk before they are recorded, so a
    recorded file survives a crash. One syncfs per file system for the whole batch, instead of
    an fsync per file and per folder (each a journal commit); sync() where there is no syncfs.
    """
    devices: set[int] = set()
    for folder in folders:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        try:
            device = os.fstat(fd).st_dev
            if device in devices:
                continue
            devices.add(device)
            if _SYNCFS is None:
                os.sync()
            elif _SYNCFS(fd) != 0:
                code = ctypes.get_errno()
                raise OSError(code, f"syncfs {folder}: {os.strerror(code)}")
        finally:
            os.close(fd)


def _store_batch(
    con: duckdb.DuckDBPyConnection,
    paths: Paths,
    pool: ThreadPoolExecutor,
    recorder: _Recorder,
    received: list[_Received],
) -> LandingResult:
    """Store new content under raw/ or quarantine/ and hand it to `recorder`; drop
    duplicates (content recorded before, or stored earlier in this landing)."""
    result = LandingResult()
    if not received:
        return result
    incoming = _incoming(paths)
    known = _known_hashes(con, [r.sha256 for r in received])
    new: list[_Received] = []
    for item in received:
        if item.sha256 in known or item.sha256 in recorder.hashes:
            if item.temp_path is not None:
                item.temp_path.unlink(missing_ok=True)
            result.duplicates.append(Duplicate(item.sha256, item.source_path))
            continue
        known.add(item.sha256)
        new.append(item)
    # Judged and written by the threads: the kernel's work of creating a file (which releases
    # the GIL) overlaps the judging of the next one.
    for done in [pool.submit(_judge_and_store_all, chunk, paths, incoming)
                 for chunk in batched(new, IO_CHUNK)]:
        done.result()
    accepted: list[_Received] = []
    refused: list[_Received] = []
    for item in new:
        (accepted if _check(item).accepted else refused).append(item)
    for item in received:
        item.data = None  # stored: the recorder needs only what describes it
    recorder.submit(accepted, refused, received)
    result.landed = [
        LandedFile(r.sha256, r.original_name, r.source_path, r.size_bytes,
                   _check(r).encoding or "")
        for r in accepted
    ]
    result.quarantined = [
        QuarantinedFile(r.sha256, r.original_name, r.source_path, r.size_bytes,
                        _check(r).reason_code or "", _check(r).reason or "")
        for r in refused
    ]
    for q in result.quarantined:
        log.warning("quarantined %s: %s", q.original_name, q.reason)
    return result


class _Recorder:
    """Flushes stored batches to disk and records them, in a thread of its own with its own
    connection, one batch at a time: the threads write the next batch meanwhile.

    A batch is recorded only after it is on disk, and after every batch before it (names'
    versions count in order). `hashes` is the content handed over so far (committed or about
    to be), so that a later batch counts it as a duplicate. An error recording a batch is
    raised by the next `submit` or by `close`.
    """

    def __init__(self, con: duckdb.DuckDBPyConnection, paths: Paths, flow_run_id: str | None):
        self._con = con.cursor()  # a connection of its own to the same database
        self._paths = paths
        self._run = flow_run_id
        self._thread = ThreadPoolExecutor(1, thread_name_prefix="landing-record")
        self._pending: Future[None] | None = None
        self.hashes: set[str] = set()

    def submit(self, accepted: list[_Received], refused: list[_Received],
               received: list[_Received]) -> None:
        """Record this batch once the previous one is recorded (waits for that one)."""
        self.wait()
        self.hashes.update(r.sha256 for r in accepted + refused)
        self._pending = self._thread.submit(self._record, accepted, refused, received)

    def wait(self) -> None:
        """Wait until every batch handed over is recorded; raise the error of one that failed."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self._thread.shutdown()
            self._con.close()

    def _record(self, accepted: list[_Received], refused: list[_Received],
                received: list[_Received]) -> None:
        paths, con = self._paths, self._con
        _make_durable([area for area, items in ((paths.raw, accepted),
                                                (paths.quarantine, refused)) if items])
        now = datetime.now(UTC)
        with transaction(con):
            if accepted:
                _insert_files(con, paths, accepted, now, self._run)
            if refused:
                _insert_quarantine(con, paths, refused, now, self._run)
            _index(con, received, now)


def split_unchanged(con: duckdb.DuckDBPyConnection, files: list[Path],
                    index: dict[str, tuple[tuple[int, int, int, int, int], str]] | None = None
                    ) -> tuple[list[Path], list[Duplicate]]:
    """`files` split into those to read and those whose signature matches landing.inbox_index:
    content landed or quarantined before, duplicates without being opened.

    Only the paths the index holds are looked at (`lstat`): on a first landing, none is.
    `index`: what `indexed` gave for these files' paths, when the caller has it already."""
    shown = [display_path(path) for path in files]
    path_of = dict(zip(shown, files, strict=True))
    known: dict[str, str] = {}
    if index is None:
        index = indexed(con, shown)
    for source, (signature, sha256) in index.items():
        if source not in path_of:
            continue
        with suppress(OSError):  # gone or unreadable now: read it, and report why
            st = os.lstat(path_of[source])
            if signature == (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev):
                known[source] = sha256
    to_read = [p for p, source in zip(files, shown, strict=True) if source not in known]
    return to_read, [Duplicate(sha, source) for source, sha in known.items()]


def indexed(con: duckdb.DuckDBPyConnection, sources: list[str]
            ) -> dict[str, tuple[tuple[int, int, int, int, int], str]]:
    """source path -> ((size, mtime, ctime, inode, device), sha256): the signature (as in
    `Signature`) and content that landing.inbox_index holds for those of
    `sources` it can vouch for (read at least `RACY_NS` after their last change); nothing for
    a warehouse opened read-only from before the table."""
    if not sources:
        return {}
    try:
        rows = con.execute(
            """select i.source_path, i.size_bytes, i.mtime_ns, i.ctime_ns, i.inode, i.device,
                      i.sha256
               from landing.inbox_index i semi join (select unnest($sources) as source_path)
                    using (source_path)
               where i.ctime_ns < i.read_ns - $racy""",
            {"sources": sources, "racy": RACY_NS}).fetchall()
    except duckdb.CatalogException:  # read-only, from before landing.inbox_index: read all
        return {}
    return {source: ((size, mtime, ctime, inode, device), sha256)
            for source, size, mtime, ctime, inode, device, sha256 in rows}


def _index(con: duckdb.DuckDBPyConnection, received: list[_Received], now: datetime) -> None:
    """Remember the signature and sha256 of every file read (landed, refused or duplicate)."""
    items = [(r, r.signature) for r in received if r.signature is not None]
    if not items:
        return
    rows, params = list_rows({
        "source_path": [r.source_path for r, _ in items],
        "size_bytes": [s.size for _, s in items],
        "mtime_ns": [s.mtime_ns for _, s in items],
        "ctime_ns": [s.ctime_ns for _, s in items],
        "inode": [s.inode for _, s in items],
        "device": [s.device for _, s in items],
        "read_ns": [s.taken_ns for _, s in items],
        "sha256": [r.sha256 for r, _ in items],
    })
    con.execute(
        f"""insert or replace into landing.inbox_index
            select distinct on (source_path) source_path, size_bytes, mtime_ns, ctime_ns,
                   inode, device, read_ns, sha256, $now
            from ({rows})""", params | {"now": now})



def record_skipped(con: duckdb.DuckDBPyConnection, skipped: list[Skipped],
                   flow_run_id: str | None) -> None:
    """Record refused inbox entries in landing.skipped (one row per path and reason)."""
    if not skipped:
        return
    rows, params = list_rows({
        "source_path": [s.source_path for s in skipped],
        "reason_code": [s.reason_code for s in skipped],
        "reason": [s.reason for s in skipped],
    })
    with transaction(con):
        con.execute(
            f"""
            insert or replace into landing.skipped
                (source_path, reason_code, reason, seen_at, flow_run_id)
            select distinct on (source_path, reason_code) source_path, reason_code, reason,
                   $now, $run
            from ({rows})
            """,
            params | {"now": datetime.now(UTC), "run": flow_run_id},
        )


def _known_hashes(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> set[str]:
    """Which of `hashes` are already landed or quarantined."""
    rows = con.execute(
        """
        with candidates as (select unnest($hashes::varchar[]) as sha256)
        select sha256 from landing.files semi join candidates using (sha256)
        union
        select sha256 from landing.quarantine semi join candidates using (sha256)
        """,
        {"hashes": hashes},
    ).fetchall()
    return {row[0] for row in rows}


def _insert_files(con, paths: Paths, items: list[_Received],
                  now: datetime, flow_run_id: str | None) -> None:
    """One INSERT for the batch; `name_version` continues each name's count in SQL."""
    rows, params = list_rows({
        "seq": list(range(len(items))),
        "sha256": [r.sha256 for r in items],
        "original_name": [r.original_name for r in items],
        "source_path": [r.source_path for r in items],
        "size_bytes": [r.size_bytes for r in items],
        "encoding": [_check(r).encoding for r in items],
        "stored_path": _stored_paths(paths, paths.raw, items),
    })
    con.execute(
        f"""
        with batch as materialized ({rows})  -- computed once, not once per reference
        insert into landing.files (sha256, original_name, source_path, size_bytes,
                                   encoding, stored_path, name_version, landed_at,
                                   flow_run_id)
        select b.sha256, b.original_name, b.source_path, b.size_bytes, b.encoding,
               b.stored_path,
               coalesce(v.latest, 0)
                 + row_number() over (partition by b.original_name order by b.seq),
               $now, $run
        from batch b
        left join (select original_name, max(name_version) as latest
                   from landing.files semi join batch using (original_name)
                   group by original_name) v using (original_name)
        """,
        params | {"now": now, "run": flow_run_id},
    )


def _insert_quarantine(con, paths: Paths, items: list[_Received],
                       now: datetime, flow_run_id: str | None) -> None:
    rows, params = list_rows({
        "sha256": [r.sha256 for r in items],
        "original_name": [r.original_name for r in items],
        "source_path": [r.source_path for r in items],
        "size_bytes": [r.size_bytes for r in items],
        "reason_code": [_check(r).reason_code for r in items],
        "reason": [_check(r).reason for r in items],
        "stored_path": _stored_paths(paths, paths.quarantine, items),
    })
    con.execute(
        f"""
        insert into landing.quarantine (sha256, original_name, source_path, size_bytes,
                                        reason_code, reason, stored_path, quarantined_at,
                                        flow_run_id)
        select sha256, original_name, source_path, size_bytes, reason_code, reason,
               stored_path, $now, $run
        from ({rows})
        """,
        params | {"now": now, "run": flow_run_id},
    )


class LandedFileError(Exception):
    """A landed copy is missing, unreadable or no longer matches its sha256."""

    def __init__(self, stage: str, reason: str, detail: str):
        super().__init__(reason)
        self.stage = stage  # "read" or "integrity", as recorded in staging.parse_problems
        self.detail = detail


def read_landed(paths: Paths, stored_path: str, sha256: str) -> bytes:
    """The bytes of a landed file, verified against the sha256 it was landed under.

    Raises `LandedFileError` naming the cause: missing, unreadable, or altered since landing.
    """
    try:
        data = stored_file(paths, stored_path).read_bytes()
    except FileNotFoundError as exc:
        raise LandedFileError("integrity", f"landed copy missing: {stored_path} was deleted "
                              "or moved since landing", str(exc)) from exc
    except OSError as exc:
        raise LandedFileError("read", "the landed copy of the file cannot be read",
                              f"{stored_path}: {exc.strerror or exc}") from exc
    found = hashlib.sha256(data).hexdigest()
    if found != sha256:
        raise LandedFileError("integrity", f"landed copy altered: {stored_path} no longer "
                              "matches its sha256 (changed since landing; not parsed)",
                              f"sha256 now {found}")
    return data


def stored_file(paths: Paths, stored_path: str) -> Path:
    """The absolute path of a `stored_path` recorded in landing.files or landing.quarantine."""
    return paths.root / stored_path


def _stored_paths(paths: Paths, area: Path, items: list[_Received]) -> list[str]:
    """`area/<sha[:2]>/<sha>` of each item, relative to the root (as recorded)."""
    prefix = area.relative_to(paths.root).as_posix()
    return [f"{prefix}/{r.sha256[:2]}/{r.sha256}" for r in items]


def _os_reason(exc: OSError) -> str:
    return f"the file could not be read: {exc.strerror or exc}"


def batched(items: list[T], size: int) -> Iterator[list[T]]:
    """`items` in lists of at most `size` (itertools.batched needs Python 3.12)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
