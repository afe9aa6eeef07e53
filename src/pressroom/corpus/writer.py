"""Write a generated corpus to disk.

Layout of OUTDIR (compatible with shared/tools/score_parse.py for single-release files):
  raw/NAME.txt               the page, UTF-8 (a few with CRLF line ends)
  expected/NAME.json         one JSON object: the page holds one release
  expected/multi/NAME.json   a JSON list, one object per release in page order (score_parse.py
                             globs expected/*.json only, so it never sees these)
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from pressroom import progress
from pressroom.corpus.generate import Document, generate_document


@dataclass
class CorpusSummary:
    """What was written."""

    files: int
    releases: int
    statistics: int
    multi_files: int


def document_paths(outdir: Path, doc: Document) -> tuple[Path, Path]:
    """(raw file, expected file) of a document."""
    expected_dir = outdir / "expected" / ("multi" if doc.multi else "")
    return outdir / "raw" / f"{doc.name}.txt", expected_dir / f"{doc.name}.json"


def write_corpus(n: int, seed: int, outdir: Path) -> CorpusSummary:
    """Generate n documents with `seed` into outdir (created; existing files are overwritten)."""
    for sub in ("raw", "expected", "expected/multi"):
        (outdir / sub).mkdir(parents=True, exist_ok=True)
    releases = statistics = multi = 0
    for i in range(n):
        doc = generate_document(seed, i)
        raw, exp = document_paths(outdir, doc)
        raw.write_bytes(doc.data)
        payload = doc.expected if doc.multi else doc.expected[0]
        exp.write_text(json.dumps(payload, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        releases += len(doc.expected)
        statistics += sum(len(e["statistics"]) for e in doc.expected)
        multi += doc.multi
        progress.advance("generating corpus", i + 1, n)
    return CorpusSummary(n, releases, statistics, multi)
