"""`pressroom parse` as a user runs it: the JSON contract, and clear failures on bad files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import SEEDS_EXPECTED, SEEDS_RAW

PRESSROOM = Path(sys.executable).with_name("pressroom")


def _parse(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(PRESSROOM), "parse", *args], capture_output=True, text=True,
                          timeout=120)


def test_several_files_print_a_list_in_order() -> None:
    raws = sorted(SEEDS_RAW.iterdir())[:2]
    result = _parse("--json", *map(str, raws))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [o["source"] for o in out] == [r.name for r in raws]
    for obj, raw in zip(out, raws, strict=True):
        expected = json.loads((SEEDS_EXPECTED / f"{raw.stem}.json").read_text("utf-8"))
        assert obj["release"] == expected["release"]


def test_a_file_with_no_release_says_why_and_fails(tmp_path: Path) -> None:
    binary = tmp_path / "logo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    result = _parse("--json", str(binary))
    assert result.returncode == 1
    obj = json.loads(result.stdout)
    assert obj["release"] is None and obj["statistics"] == []
    assert obj["problems"][0]["stage"] == "decode"
    assert "logo.png: decode:" in result.stderr


def test_a_missing_file_is_a_usage_error_not_a_traceback(tmp_path: Path) -> None:
    result = _parse("--json", str(tmp_path / "absent.txt"))
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_without_json_a_file_with_no_release_says_so_in_its_line(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _parse(str(empty), str(sorted(SEEDS_RAW.iterdir())[0]))
    assert result.returncode == 1
    first, second = result.stdout.splitlines()
    assert first == "empty.txt: no release"
    assert "None" not in second and "statistics" in second
    assert "empty.txt: decode: empty file" in result.stderr
