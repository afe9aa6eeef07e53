"""`pressroom bench parse`: pure parse throughput, single process, and each stage's share.

The files are read into memory first; only `parse_bytes` is timed. A second pass times each
step of `pressroom.parsing` (decode, segment, language, country, contacts, statistics) by
wrapping the functions that `parse_bytes` calls, so the shares add up to the parse time minus
the glue between steps ("other").
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
    """Best-of-N parse time of a set of files, and the seconds spent in each stage."""

    files: int
    releases: int
    seconds: list[float]  # one entry per timed pass
    stages: dict[str, float] = field(default_factory=dict)

    @property
    def best(self) -> float:
        return min(self.seconds)

    @property
    def releases_per_s(self) -> float:
        return self.releases / self.best if self.best else 0.0


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
    seconds, releases = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        releases = sum(len(parse_bytes(data, source=name).releases) for name, data in blobs)
        seconds.append(time.perf_counter() - start)
    with _stage_timers() as stages:
        start = time.perf_counter()
        for name, data in blobs:
            parse_bytes(data, source=name)
        whole = time.perf_counter() - start
    stages = dict(stages)
    stages["other"] = max(0.0, whole - sum(stages.values()))
    return ParseSpeed(len(blobs), releases, seconds, stages)


@contextmanager
def _stage_timers() -> Iterator[dict[str, float]]:
    """Wrap the step functions `pressroom.parsing` calls; yield seconds per stage."""
    import pressroom.parsing as parsing

    totals: dict[str, float] = defaultdict(float)
    originals = {name: getattr(parsing, name) for name in STAGES}

    def timed(name: str, fn: Callable) -> Callable:
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                totals[STAGES[name]] += time.perf_counter() - start
        return wrapper

    for name, fn in originals.items():
        setattr(parsing, name, timed(name, fn))
    try:
        yield totals
    finally:
        for name, fn in originals.items():
            setattr(parsing, name, fn)


def format_parse_speed(speed: ParseSpeed) -> str:
    """Releases/s (best pass), every pass's seconds, and each stage's share of a timed pass."""
    passes = ", ".join(f"{s:.2f}" for s in speed.seconds)
    lines = [f"{speed.files} files, {speed.releases} releases: "
             f"{speed.releases_per_s:,.0f} releases/s "
             f"({speed.files / speed.best:,.0f} files/s; passes {passes} s)"]
    total = sum(speed.stages.values())
    for stage, secs in sorted(speed.stages.items(), key=lambda kv: -kv[1]):
        lines.append(f"  {stage:<11} {secs:6.2f} s  {secs / total:5.1%}" if total else stage)
    return "\n".join(lines)
