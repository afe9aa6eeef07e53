"""`pressroom bench landing` lands a generated inbox three times and counts what each did."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from pressroom.cli import app


def test_bench_landing_lands_everything_once_then_only_the_new_files(tmp_path: Path):
    result = CliRunner().invoke(app, ["bench", "landing", "--n", "100",
                                      "--workdir", str(tmp_path)])
    assert result.exit_code == 0, result.output
    rows = [line.split("|")[1:-1] for line in result.output.splitlines()
            if line.startswith("| ") and "---" not in line][1:]
    counts = {cells[0].strip(): [c.strip() for c in cells[1:4]] for cells in rows}
    assert counts["every file new"] == ["99", "99", "0"]
    assert counts["again (every file landed)"] == ["99", "0", "99"]
    assert counts["+1 new files (1 %)"] == ["100", "1", "99"]
    assert counts["floor: bare read + sha256 + create"][:2] == ["99", "99"]
    raw = tmp_path / "landing-root" / "landing" / "raw"
    assert sum(1 for p in raw.rglob("*") if p.is_file()) == 100
