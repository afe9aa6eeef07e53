"""`pressroom bench parse`: pure parse throughput, single process, and each stage's share.

The files are read into memory first; only `parse_bytes` is timed. A second pass times each
step of `pressroom.parsing` (decode, segment, language, country, contacts, statistics) by
wrapping the functions that `parse_bytes` calls (CPU time: the machine may be shared); what
the steps leave of the whole is "other".
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
    releases: int
    seconds: list[float]  # wall seconds, one entry per timed pass
    cpu_seconds: list[float]  # this process's CPU seconds, one entry per timed pass
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def releases_per_s(self) -> float:
        return self.releases / self.best if self.best else 0.0

    @property
    def releases_per_cpu_s(self) -> float:
        best = min(self.cpu_seconds)
        return self.releases / best if best else 0.0


def corpus_files(root: Path) -> list[Path]:
    """The release files of ROOT (or ROOT/raw), sorted by name."""
    folder = root / "raw" if (root / "raw").is_dir() else root
    return sorted(p for p in folder.iterdir() if p.is_file() and p.suffix != ".json")


def measure_parse(paths: list[Path], repeat: int = 3) -> ParseSpeed:
    """Parse every file `repeat` times (after one untimed warm-up file), then once more with
    each stage timed."""
    from pressroom.parsing import parse_bytes

    blobs = [(p.name, p.read_bytes()) for p in paths]
    if blobs:  # loads the language models and lexicons outside the measure
        parse_bytes(blobs[0][1], source=blobs[0][0])
    seconds, cpu_seconds, releases = [], [], 0
    for _ in range(repeat):
        start, cpu = time.perf_counter(), time.process_time()
        releases = sum(len(parse_bytes(data, source=name).releases) for name, data in blobs)
        seconds.append(time.perf_counter() - start)
        cpu_seconds.append(time.process_time() - cpu)
    with _stage_timers() as stages:
        cpu = time.process_time()
        for name, data in blobs:
            parse_bytes(data, source=name)
        whole = time.process_time() - cpu
    stages = dict(stages)
    stages["other"] = max(0.0, whole - sum(stages.values()))
    return ParseSpeed(len(blobs), releases, seconds, cpu_seconds, stages)


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
    stage's share of the CPU time of a timed pass."""
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
