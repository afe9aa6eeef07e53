"""`pressroom bench parse`: pure parse throughput, single process, and each stage's share.

The files are read into memory first; only `parse_bytes` is timed. Each timed pass parses its
own share of the files, so no file is parsed twice: the parser remembers answers about words,
lines and places it met (lru caches), and a second parse of the same pages would be served from
them, flattering the figure beyond what new pages get. The passes also time each step of
`pressroom.parsing` (decode, segment, language, country, contacts, statistics) by wrapping the
functions that `parse_bytes` calls (CPU time: the machine may be shared); what the steps leave
of the whole is "other". While it parses, the garbage collector is tuned as a Dask parse
worker's (`parsing.parsing_only`), and given back as it was after.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

#: The steps `pressroom.parsing` calls by name, and the stage each one is counted under.
STAGES = {
    "decode_bytes": "decode",
    "segment_page": "segment",
    "detect_language": "language",
    "main_country": "country",
    "scan_contacts": "contacts",
    "scan_statistics": "statistics",
}


@dataclass
class ParseSpeed:
    """Best-of-N parse time of a set of files (wall and CPU seconds), and the CPU seconds
    spent in each stage. On a shared machine the CPU time is the steadier figure."""

    files: int
    releases: int  # of every pass together
    pass_releases: list[int]  # releases of each timed pass (each parses its own files)
    seconds: list[float]  # wall seconds, one entry per timed pass
    cpu_seconds: list[float]  # this process's CPU seconds, one entry per timed pass
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def releases_per_s(self) -> float:
        """Of the best pass."""
        return max(map(_rate, self.pass_releases, self.seconds), default=0.0)

    @property
    def releases_per_cpu_s(self) -> float:
        """Of the best pass."""
        return max(map(_rate, self.pass_releases, self.cpu_seconds), default=0.0)


def _rate(releases: int, seconds: float) -> float:
    return releases / seconds if seconds else 0.0


def corpus_files(root: Path) -> list[Path]:
    """The release files of ROOT (or ROOT/raw), sorted by name."""
    folder = root / "raw" if (root / "raw").is_dir() else root
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix != ".json")


def measure_parse(paths: list[Path], repeat: int = 3) -> ParseSpeed:
    """Parse the files in `repeat` timed passes, each on its own share (every repeat-th file),
    after an untimed warm-up on files of no pass; time each stage along the way."""
    from pressroom.parsing import load_resources, parsing_only

    blobs = [(p.name, p.read_bytes()) for p in paths]
    load_resources()  # as a parse worker does when it starts
    with parsing_only():  # the collector tuned as a parse worker's (`dask_cluster.dask_setup`)
        return _measure_loaded(blobs, repeat)


def _measure_loaded(blobs: list[tuple[str, bytes]], repeat: int) -> ParseSpeed:
    """`measure_parse` once the parser's resources are loaded."""
    from pressroom.parsing import parse_bytes

    # The warm-up loads the lexicons and fills the caches a long run keeps warm:
    # 1 % of the files, at least one, outside the measure.
    warm_up = len(blobs) - (max(1, len(blobs) // 100) if len(blobs) > repeat else 0)
    for name, data in blobs[warm_up:]:
        parse_bytes(data, source=name)
    del blobs[warm_up:]
    seconds, cpu_seconds, releases = [], [], []
    with _stage_timers() as stages:
        for share in (blobs[i::repeat] for i in range(min(repeat, len(blobs)))):
            start, cpu = time.perf_counter(), time.process_time()
            releases.append(sum(len(parse_bytes(data, source=name).releases)
                                for name, data in share))
            seconds.append(time.perf_counter() - start)
            cpu_seconds.append(time.process_time() - cpu)
    stages = dict(stages)
    stages["other"] = max(0.0, sum(cpu_seconds) - sum(stages.values()))
    return ParseSpeed(len(blobs), sum(releases), releases, seconds, cpu_seconds, stages)


@contextmanager
def _stage_timers() -> Iterator[dict[str, float]]:
    """Wrap the step functions `pressroom.parsing` calls; yield seconds per stage."""
    import pressroom.parsing as parsing

    totals: dict[str, float] = defaultdict(float)
    originals = {name: getattr(parsing, name) for name in STAGES}

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[STAGES[name]] += time.process_time() - start
        return wrapper

    for name, fn in originals.items():
        setattr(parsing, name, timed(name, fn))
    try:
        yield totals
    finally:
        for name, fn in originals.items():
            setattr(parsing, name, fn)


def format_parse_speed(speed: ParseSpeed) -> str:
    """Releases/s (best pass) per wall and per CPU second, every pass's seconds, and each
    stage's share of the CPU time of the timed passes."""
    passes = ", ".join(f"{s:.2f}" for s in speed.seconds)
    cpu = ", ".join(f"{s:.2f}" for s in speed.cpu_seconds)
    lines = [f"{speed.files} files, {speed.releases} releases: "
             f"{speed.releases_per_s:,.0f} releases/s wall, "
             f"{speed.releases_per_cpu_s:,.0f} per CPU second "
             f"(passes {passes} s wall, {cpu} s CPU)", "CPU seconds per stage:"]
    total = sum(speed.stages.values())
    for stage, secs in sorted(speed.stages.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {stage:<11} {secs:6.2f} s  {secs / total:5.1%}" if total else stage)
    return "\n".join(lines)
