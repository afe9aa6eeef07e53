"""Landing throughput: land a folder into a throw-away root and print files per second.

    .venv/bin/pressroom generate-corpus 10000 --seed 1 /tmp/c10k
    .venv/bin/python scripts/bench_landing.py /tmp/c10k/raw

Times `pressroom.landing.land_files` alone (no Prefect), twice: a first landing (everything
new) and a second one (everything a duplicate), after a warm-up landing of one file (imports).
For scale, it also times the floor: creating the same files with bare os.open/os.write.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

from pressroom.db import connect
from pressroom.landing import land_files
from pressroom.settings import Paths


def main(source: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="pressroom-bench-") as tmp:
        warm = Paths(Path(tmp) / "warm-up")
        with connect(warm.warehouse) as con:
            land_files(con, warm, sorted(source.iterdir())[:1], None)
        paths = Paths(Path(tmp) / "root")
        con = connect(paths.warehouse)
        for label in ("first landing", "landing again (duplicates)"):
            start = time.perf_counter()
            result = land_files(con, paths, [source], None)
            seconds = time.perf_counter() - start
            files = sum(result.counts().values())
            print(f"{label}: {files:,} files in {seconds:.2f} s = {files / seconds:,.0f} files/s "
                  f"{result.counts()}")
        con.close()
        floor(source, Path(tmp) / "floor")


def floor(source: Path, target: Path) -> None:
    """Read, hash and create every file with bare system calls: what the disk allows."""
    target.mkdir()
    files = sorted(p for p in source.iterdir() if p.is_file())
    start = time.perf_counter()
    for path in files:
        data = path.read_bytes()
        fd = os.open(target / hashlib.sha256(data).hexdigest(), os.O_WRONLY | os.O_CREAT, 0o444)
        os.write(fd, data)
        os.close(fd)
    seconds = time.perf_counter() - start
    print(f"floor (bare read + sha256 + create, one folder): {len(files) / seconds:,.0f} files/s")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
