"""Parse many files in-process and time the parse alone (reading files is not counted)."""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from pressroom import progress


@dataclass
class ParseRun:
    """The contract objects of each file's releases, and how long parsing took."""

    predictions: dict[str, list[dict]]  # file stem -> releases (to_contract objects)
    seconds: float
    files: int
    releases: int  # releases the parser returned


def parse_files(paths: list[Path], boilerplate: frozenset[str] = frozenset()) -> ParseRun:
    """Run `pressroom.parsing.parse_bytes` on every file, timing only the parse calls.

    `boilerplate`: the corpus's learned lines, passed to every parse as the pipeline does.
    """
    from pressroom.parsing import parse_bytes

    blobs = [(p.stem, p.name, p.read_bytes()) for p in paths]
    predictions: dict[str, list[dict]] = {}
    releases = 0
    if blobs:  # one untimed parse loads the language models once, outside the measure
        parse_bytes(blobs[0][2], source=blobs[0][1], boilerplate=boilerplate)
    start = time.perf_counter()
    for done, (stem, name, data) in enumerate(blobs, start=1):
        parsed = parse_bytes(data, source=name, boilerplate=boilerplate)
        predictions[stem] = [r.to_contract(name) for r in parsed.releases]
        releases += len(parsed.releases)
        progress.advance("parsing", done, len(blobs))
    seconds = time.perf_counter() - start
    return ParseRun(predictions, seconds, len(blobs), releases)
