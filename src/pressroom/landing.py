"""Land received files: keep every byte, content-addressed, and record each file once.

Accepted files go to `landing/raw/<sha256[:2]>/<sha256>` and the `landing.files` manifest;
files that cannot be a release go to `landing/quarantine/<sha256[:2]>/<sha256>` and the
`landing.quarantine` table, with a reason. Sources are never modified.

Content already landed or quarantined is a no-op (a duplicate). A known name with new content
is a new version (`name_version` 2, 3, ...); every version is kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path

import duckdb
import pyarrow as pa

from pressroom.arrow_sql import registered
from pressroom.settings import MAX_FILE_BYTES, Paths
from pressroom.text_check import TextCheck, check_text, oversize

log = logging.getLogger(__name__)

#: Files recorded per SQL statement; the bytes themselves are never held for a whole batch.
BATCH_SIZE = 1000
_CHUNK = 1 << 20


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


@dataclass
class LandingResult:
    """What one landing did, file by file."""

    landed: list[LandedFile] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    quarantined: list[QuarantinedFile] = field(default_factory=list)
    unreadable: list[Unreadable] = field(default_factory=list)

    def extend(self, other: LandingResult) -> None:
        self.landed += other.landed
        self.duplicates += other.duplicates
        self.quarantined += other.quarantined
        self.unreadable += other.unreadable

    def counts(self) -> dict[str, int]:
        return {"landed": len(self.landed), "duplicates": len(self.duplicates),
                "quarantined": len(self.quarantined), "unreadable": len(self.unreadable)}

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
        }


def describe(summary: dict) -> str:
    """A landing summary (`LandingResult.to_dict()`) as lines a person reads."""
    lines = [f"Landed {summary['landed']} new file(s); {summary['duplicates']} already landed "
             f"(no-op); {summary['quarantined']} quarantined; "
             f"{summary['unreadable']} unreadable."]
    lines += [f"  quarantined {f['name']}: {f['reason']}" for f in summary["quarantined_files"]]
    lines += [f"  unreadable {f['path']}: {f['reason']}" for f in summary["unreadable_files"]]
    return "\n".join(lines)


@dataclass(frozen=True)
class _Received:
    """A file copied to a temporary place while hashed, waiting to be judged and stored."""

    sha256: str
    original_name: str
    source_path: str
    size_bytes: int
    temp_path: Path


def discover(sources: Iterable[Path]) -> tuple[list[Path], list[Unreadable]]:
    """The files named by `sources`: files as given, folders walked recursively in name order.

    Hidden entries inside folders (".DS_Store", ".gitkeep") are skipped; a missing source is
    reported as unreadable.
    """
    files: list[Path] = []
    missing: list[Unreadable] = []
    for source in sources:
        source = Path(source)
        if source.is_dir():
            files += sorted(
                p for p in source.rglob("*")
                if p.is_file() and not any(
                    part.startswith(".") for part in p.relative_to(source).parts)
            )
        elif source.is_file():
            files.append(source)
        else:
            missing.append(Unreadable(str(source.absolute()), "no such file or folder"))
    return files, missing


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
    files, missing = discover(sources)
    result = LandingResult(unreadable=missing)
    incoming = paths.raw / ".incoming"  # same file system as raw/ and quarantine/: moves
    incoming.mkdir(parents=True, exist_ok=True)
    for stale in incoming.glob("part-*"):  # copies left by an interrupted landing
        stale.unlink()
    for batch in batched(files, batch_size):
        received: list[_Received] = []
        for path in batch:
            try:
                received.append(_receive(path, incoming))
            except OSError as exc:
                log.warning("cannot read %s: %s", path, exc)
                result.unreadable.append(Unreadable(str(path.absolute()), _os_reason(exc)))
        result.extend(_record(con, paths, received, flow_run_id, max_bytes))
    return result


def _receive(path: Path, incoming: Path) -> _Received:
    """Copy `path` to a temporary file while hashing it, one chunk in memory at a time."""
    digest = hashlib.sha256()
    size = 0
    with open(path, "rb") as src, tempfile.NamedTemporaryFile(
        dir=incoming, prefix="part-", delete=False
    ) as tmp:
        try:
            while chunk := src.read(_CHUNK):
                digest.update(chunk)
                tmp.write(chunk)
                size += len(chunk)
        except OSError:
            Path(tmp.name).unlink(missing_ok=True)
            raise
    return _Received(digest.hexdigest(), path.name, str(path.absolute()), size,
                     Path(tmp.name))


def _check(item: _Received, max_bytes: int) -> TextCheck:
    """Judge a new file; only files within the limit are read into memory."""
    if item.size_bytes > max_bytes:
        return oversize(item.size_bytes, max_bytes)
    return check_text(item.temp_path.read_bytes())


def _record(
    con: duckdb.DuckDBPyConnection,
    paths: Paths,
    received: list[_Received],
    flow_run_id: str | None,
    max_bytes: int,
) -> LandingResult:
    """Judge and store new content under raw/ or quarantine/ and record it; drop duplicates."""
    result = LandingResult()
    if not received:
        return result
    known = _known_hashes(con, [r.sha256 for r in received])
    accepted: list[tuple[_Received, TextCheck]] = []
    refused: list[tuple[_Received, TextCheck]] = []
    for item in received:
        if item.sha256 in known:
            item.temp_path.unlink()
            result.duplicates.append(Duplicate(item.sha256, item.source_path))
            continue
        known.add(item.sha256)
        check = _check(item, max_bytes)
        area = paths.raw if check.accepted else paths.quarantine
        destination = area / item.sha256[:2] / item.sha256
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.replace(item.temp_path, destination)
        destination.chmod(0o444)  # stored content never changes
        (accepted if check.accepted else refused).append((item, check))

    now = datetime.now(UTC)
    con.begin()
    try:
        if accepted:
            _insert_files(con, paths, accepted, now, flow_run_id)
        if refused:
            _insert_quarantine(con, paths, refused, now, flow_run_id)
        con.commit()
    except Exception:
        con.rollback()
        raise
    result.landed = [
        LandedFile(r.sha256, r.original_name, r.source_path, r.size_bytes, c.encoding or "")
        for r, c in accepted
    ]
    result.quarantined = [
        QuarantinedFile(r.sha256, r.original_name, r.source_path, r.size_bytes,
                        c.reason_code or "", c.reason or "")
        for r, c in refused
    ]
    for q in result.quarantined:
        log.warning("quarantined %s: %s", q.original_name, q.reason)
    return result


def _known_hashes(con: duckdb.DuckDBPyConnection, hashes: list[str]) -> set[str]:
    """Which of `hashes` are already landed or quarantined."""
    candidates = pa.table({"sha256": pa.array(hashes, pa.string())})
    with registered(con, "candidates", candidates):
        rows = con.execute(
            """
            select sha256 from landing.files where sha256 in (select sha256 from candidates)
            union
            select sha256 from landing.quarantine
            where sha256 in (select sha256 from candidates)
            """
        ).fetchall()
    return {row[0] for row in rows}


def _insert_files(con, paths: Paths, items: list[tuple[_Received, TextCheck]],
                  now: datetime, flow_run_id: str | None) -> None:
    """One INSERT for the batch; `name_version` continues each name's count in SQL."""
    batch = pa.table({
        "seq": pa.array(range(len(items)), pa.int32()),
        "sha256": [r.sha256 for r, _ in items],
        "original_name": [r.original_name for r, _ in items],
        "source_path": [r.source_path for r, _ in items],
        "size_bytes": pa.array([r.size_bytes for r, _ in items], pa.int64()),
        "encoding": [c.encoding for _, c in items],
        "stored_path": [_relative(paths, paths.raw, r.sha256) for r, _ in items],
    })
    with registered(con, "batch", batch):
        con.execute(
            """
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
                       from landing.files group by original_name) v using (original_name)
            """,
            {"now": now, "run": flow_run_id},
        )


def _insert_quarantine(con, paths: Paths, items: list[tuple[_Received, TextCheck]],
                       now: datetime, flow_run_id: str | None) -> None:
    batch = pa.table({
        "sha256": [r.sha256 for r, _ in items],
        "original_name": [r.original_name for r, _ in items],
        "source_path": [r.source_path for r, _ in items],
        "size_bytes": pa.array([r.size_bytes for r, _ in items], pa.int64()),
        "reason_code": [c.reason_code for _, c in items],
        "reason": [c.reason for _, c in items],
        "stored_path": [_relative(paths, paths.quarantine, r.sha256) for r, _ in items],
    })
    with registered(con, "batch", batch):
        con.execute(
            """
            insert into landing.quarantine (sha256, original_name, source_path, size_bytes,
                                            reason_code, reason, stored_path, quarantined_at,
                                            flow_run_id)
            select sha256, original_name, source_path, size_bytes, reason_code, reason,
                   stored_path, $now, $run
            from batch
            """,
            {"now": now, "run": flow_run_id},
        )


def stored_file(paths: Paths, stored_path: str) -> Path:
    """The absolute path of a `stored_path` recorded in landing.files or landing.quarantine."""
    return paths.root / stored_path


def _relative(paths: Paths, area: Path, sha256: str) -> str:
    return (area / sha256[:2] / sha256).relative_to(paths.root).as_posix()


def _os_reason(exc: OSError) -> str:
    return f"the file could not be read: {exc.strerror or exc}"


def batched(items: list[Path], size: int) -> Iterator[list[Path]]:
    """`items` in lists of at most `size` (itertools.batched needs Python 3.12)."""
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch
