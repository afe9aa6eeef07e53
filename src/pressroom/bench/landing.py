"""Landing throughput (`pressroom bench landing`): land N files into a scratch root in-process,
without Prefect, and time `pressroom.landing.land_files` alone.

Three landings, as a pipeline meets them: every file new, the same inbox again (every file a
duplicate: read and hashed, nothing written), then 1 % new files added to the inbox. For scale,
a fourth row times the floor: reading, hashing and creating the same files with bare system
calls (what the disk allows; on a shared machine it varies several-fold from one run to the next).
CPU seconds (user + system, every thread) are printed beside wall seconds: on a shared machine
they move less.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

from pressroom.bench.throughput import corpus_files, link_files


@dataclass
class LandingFigures:
    """One landing of an inbox: how many files it saw and landed, and how long it took."""

    label: str
    files: int  # files in the inbox
    landed: int
    duplicates: int
    seconds: float
    megabytes: float  # bytes in the inbox, in MB
    cpu_seconds: float  # user + system CPU of the process (every thread) during the landing

    @property
    def files_per_s(self) -> float:
        return self.files / self.seconds if self.seconds else 0.0


def run_landing(n: int, workdir: Path, corpus: Path | None = None,
                seed: int = 20160512) -> list[LandingFigures]:
    """Land 99 % of `n` generated files (or of `corpus`), the same again, then the last 1 %."""
    from pressroom.db import connect
    from pressroom.settings import Paths

    raw = corpus_files(n, workdir, corpus, seed)
    held = max(1, len(raw) // 100)
    first, added = raw[:-held], raw[-held:]
    root, inbox = workdir / "landing-root", workdir / "landing-inbox"
    for scratch in (root, inbox):
        shutil.rmtree(scratch, ignore_errors=True)
    inbox.mkdir(parents=True)
    link_files(first, inbox)
    paths = Paths(root)
    con = connect(paths.warehouse)
    try:
        figures = [_measure(con, paths, inbox, "every file new"),
                   _measure(con, paths, inbox, "again (every file landed)")]
        link_files(added, inbox)
        figures.append(_measure(con, paths, inbox, f"+{len(added)} new files (1 %)"))
    finally:
        con.close()
    figures.append(_floor(first, workdir / "landing-floor"))
    return figures


def format_landing(figures: list[LandingFigures]) -> str:
    """A markdown table: files, landed, duplicates, seconds, files/s and MB/s per landing."""
    lines = ["| landing | files | landed | duplicates | seconds | files/s | MB/s | CPU s "
             "| files per CPU s |",
             "|---|---|---|---|---|---|---|---|---|"]
    lines += [f"| {f.label} | {f.files} | {f.landed} | {f.duplicates} | {f.seconds:.2f} "
              f"| {f.files_per_s:,.0f} | {f.megabytes / f.seconds if f.seconds else 0:.1f} "
              f"| {f.cpu_seconds:.2f} "
              f"| {f.files / f.cpu_seconds if f.cpu_seconds else 0:,.0f} |"
              for f in figures]
    return "\n".join(lines)


def _measure(con, paths, inbox: Path, label: str) -> LandingFigures:
    from pressroom.landing import land_files

    files = sorted(inbox.iterdir())
    size = sum(f.stat().st_size for f in files)
    cpu, start = _cpu_seconds(), time.perf_counter()
    result = land_files(con, paths, [inbox], None)
    seconds = time.perf_counter() - start
    return LandingFigures(label, len(files), len(result.landed), len(result.duplicates),
                          seconds, size / 1e6, _cpu_seconds() - cpu)


def _floor(files: list[Path], target: Path) -> LandingFigures:
    """Read, hash and create every file with bare system calls, into <sha[:2]>/ folders."""
    shutil.rmtree(target, ignore_errors=True)
    for prefix in range(256):
        (target / f"{prefix:02x}").mkdir(parents=True)
    size = 0
    cpu, start = _cpu_seconds(), time.perf_counter()
    for path in files:
        data = path.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        fd = os.open(target / digest[:2] / digest, os.O_WRONLY | os.O_CREAT, 0o444)
        os.write(fd, data)
        os.close(fd)
        size += len(data)
    seconds, cpu = time.perf_counter() - start, _cpu_seconds() - cpu
    shutil.rmtree(target, ignore_errors=True)
    return LandingFigures("floor: bare read + sha256 + create", len(files), len(files), 0,
                          seconds, size / 1e6, cpu)


def _cpu_seconds() -> float:
    """User + system CPU seconds of this process so far (all threads: the machine's work,
    steadier than wall time on a shared machine)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime
