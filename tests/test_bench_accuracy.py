"""`pressroom bench accuracy` and `pressroom generate-corpus` from the command line."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from pressroom.cli import app

runner = CliRunner()
FIGURES = ("statistics precision", "statistics recall", "statistics F1", "qualifier accuracy",
           "period accuracy", "subject accuracy", "contacts recall", "phones recall",
           "e-mails recall", "titles recall", "countries recall", "parse releases/second")


def test_generate_corpus_writes_raw_and_expected(tmp_path: Path):
    result = runner.invoke(app, ["generate-corpus", "20", "--seed", "3", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert re.match(r"20 files \(\d+ with several releases\), \d+ releases, \d+ statistics",
                    result.output)
    raws = sorted(p.stem for p in (tmp_path / "raw").glob("*.txt"))
    labels = sorted(p.stem for p in (tmp_path / "expected").rglob("*.json"))
    assert len(raws) == 20 and raws == labels
    first = json.loads(next((tmp_path / "expected").glob("*.json")).read_text("utf-8"))
    assert first["statistics"] and first["contacts"]


def test_bench_accuracy_prints_every_figure_for_seeds_and_corpus():
    result = runner.invoke(app, ["bench", "accuracy", "--n", "50", "--seed", "7"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert "seeds" in lines[0] and "generated n=50 seed=7" in lines[0]
    assert re.search(r"5 / 5\s+50 / \d+", lines[1])
    for name in FIGURES:
        row = next(line for line in lines if line.startswith(name))
        values = [float(v) for v in row[len(name):].split()]
        assert len(values) == 2
        if name != "parse releases/second":
            assert all(0.0 <= v <= 1.0 for v in values), row
        else:
            assert all(v > 0 for v in values)


def test_bench_accuracy_on_a_given_corpus_with_misses(tmp_path: Path):
    assert runner.invoke(app, ["generate-corpus", "8", "--seed", "1", str(tmp_path)]).exit_code == 0
    result = runner.invoke(app, ["bench", "accuracy", "--corpus", str(tmp_path), "--misses", "3"])
    assert result.exit_code == 0, result.output
    assert f"corpus {tmp_path}" in result.output.splitlines()[0]
    assert re.search(r"5 / 5\s+8 / \d+", result.output)
