"""`pressroom bench parse`: parse throughput of one process, and each stage's share."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pressroom.bench.parse_speed import STAGES, measure_parse
from pressroom.cli import app

SEEDS = Path(__file__).parent / "data" / "seeds"
runner = CliRunner()


def test_bench_parse_prints_releases_per_second_and_every_stage():
    """Five files: one warms the parser up, then two passes parse two files each."""
    result = runner.invoke(app, ["bench", "parse", "--corpus", str(SEEDS), "--repeat", "2"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert re.match(r"4 files, 4 releases: [\d,]+ releases/s wall, [\d,]+ per CPU second "
                    r"\(passes [\d.]+, [\d.]+ s wall, [\d.]+, [\d.]+ s CPU\)$", lines[0])
    stages = {line.split()[0] for line in lines[2:]}
    assert stages == {*STAGES.values(), "other"}


def test_stage_timers_leave_the_parser_as_it_was():
    import pressroom.parsing as parsing

    before = {name: getattr(parsing, name) for name in STAGES}
    speed = measure_parse(sorted((SEEDS / "raw").iterdir()), repeat=1)
    assert {name: getattr(parsing, name) for name in STAGES} == before
    assert speed.releases == 4 and speed.stages["statistics"] > 0  # one file warmed it up


def test_each_timed_pass_parses_files_no_other_pass_parsed(monkeypatch):
    """The parser's caches must not serve a pass what an earlier pass parsed."""
    import pressroom.parsing as parsing

    seen: list[str] = []
    parse = parsing.parse_bytes
    monkeypatch.setattr(parsing, "parse_bytes",
                        lambda data, source, **kw: seen.append(source) or parse(data, source, **kw))
    speed = measure_parse(sorted((SEEDS / "raw").iterdir()), repeat=2)
    assert len(seen) == len(set(seen)) == 5  # the warm-up file and two passes of two
    assert speed.pass_releases == [2, 2] and speed.files == 4


def test_bench_parse_generates_a_corpus_without_one():
    result = runner.invoke(app, ["bench", "parse", "--n", "5", "--seed", "1", "--repeat", "1"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("4 files, ")  # one of the five warmed the parser up


@pytest.mark.slow
def test_bench_parse_on_workers_parses_every_file_on_one_then_two_workers():
    """`--workers 2`: the corpus landed, parsed by the flow's worker function on a local
    cluster of 1, then 2, worker processes; each row counts every file and release."""
    result = runner.invoke(app, ["bench", "parse", "--corpus", str(SEEDS), "--workers", "2"])
    assert result.exit_code == 0, result.output
    rows = [line.split("|")[1:-1] for line in result.stdout.splitlines()
            if re.match(r"\| \d+ \|", line)]
    assert [(r[0].strip(), r[1].strip(), r[3].strip()) for r in rows] == [
        ("1", "5", "5"), ("2", "5", "5")]
    header = [cell.strip() for cell in result.stdout.splitlines()[0].split("|")[1:-1]]
    speedup = header.index("speed-up (wall)")
    assert rows[0][speedup].strip() == "1.00x"  # the speed-up of the first row over itself
    # the peak RSS of the writer and of the largest worker during each timed parse
    peaks = [header.index("peak RSS MB this process"), header.index("peak RSS MB largest worker")]
    assert all(int(row[i].strip().replace(",", "")) > 50 for row in rows for i in peaks)


def test_the_bench_parses_with_a_parse_workers_collector_and_gives_back_its_own(monkeypatch):
    """While it parses, the garbage collector is tuned as a parse worker's (the loaded models
    frozen, young collections less often); after, the calling process's collector is as it
    was: frozen objects would never be freed (the tests run the bench in their own process)."""
    import gc

    import pressroom.parsing as parsing

    before = gc.get_freeze_count(), gc.get_threshold()
    during: list[tuple[int, int]] = []
    parse = parsing.parse_bytes

    def parse_noting_the_collector(data, source, **kw):
        during.append((gc.get_freeze_count(), gc.get_threshold()[0]))
        return parse(data, source, **kw)

    monkeypatch.setattr(parsing, "parse_bytes", parse_noting_the_collector)
    measure_parse(sorted((SEEDS / "raw").iterdir()), repeat=1)
    assert during and all(frozen > 0 and threshold > before[1][0] for frozen, threshold in during)
    assert (gc.get_freeze_count(), gc.get_threshold()) == before
