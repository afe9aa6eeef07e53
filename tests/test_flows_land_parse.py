"""The `land` and `parse` Prefect flows and the `pressroom land` command, on a real Prefect."""

from __future__ import annotations

import uuid

import duckdb
import pytest
from typer.testing import CliRunner

from pressroom.settings import Paths

pytestmark = pytest.mark.slow


def test_land_then_parse_flows_fill_the_warehouse_once(root: Paths, prefect_harness):
    from flows.land import land
    from flows.parse import parse

    (root.inbox / "empty.txt").write_bytes(b"")

    landed = land(root=str(root.root))
    parsed = parse(root=str(root.root))
    landed_again = land(root=str(root.root))
    parsed_again = parse(root=str(root.root))

    assert {k: landed[k] for k in ("landed", "duplicates", "quarantined", "unreadable")} == {
        "landed": 5, "duplicates": 0, "quarantined": 1, "unreadable": 0}
    assert [f["name"] for f in landed["quarantined_files"]] == ["empty.txt"]
    assert (parsed["files_parsed"], parsed["files_failed"], parsed["batches"]) == (5, 0, 1)
    assert parsed["releases"] >= 5 and parsed["contacts"] > 0
    assert (landed_again["landed"], landed_again["duplicates"]) == (0, 6)
    assert (parsed_again["files_parsed"], parsed_again["releases"]) == (0, 0)
    # The flows closed the database: another connection can open it read-only.
    with duckdb.connect(str(root.warehouse), read_only=True) as con:
        run_ids = con.execute("select distinct flow_run_id from landing.files").fetchall()
        releases = con.execute("select count(*) from staging.releases").fetchall()[0][0]
    assert len(run_ids) == 1 and uuid.UUID(run_ids[0][0])
    assert releases == parsed["releases"]


def test_pressroom_land_prints_a_readable_summary(root: Paths, prefect_harness, monkeypatch,
                                                  tmp_path):
    from pressroom.cli import app

    monkeypatch.setenv("PRESSROOM_ROOT", str(root.root))
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")

    result = CliRunner().invoke(app, ["land", str(root.inbox), str(bad)])

    assert result.exit_code == 0, result.output
    assert "Landed 5 new file(s); 0 already landed (no-op); 1 quarantined" in result.output
    assert "quarantined photo.png: binary data: the file is a PNG file" in result.output
