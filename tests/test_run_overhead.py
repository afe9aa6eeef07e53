"""Where a run's time goes outside its stages, and the temporary Prefect server behind it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from pressroom.bench.throughput import RunFigures, format_throughput
from pressroom.settings import Paths
from pressroom.stopping import configured_api_url


def test_the_bench_splits_the_time_outside_the_stages_into_startup_and_orchestration():
    run = RunFigures("+10 new files (1 %)", 1000, wall=30.0, peak_rss_mb=500, releases=12,
                     seconds={"land": 2.0, "parse": 3.0, "transform": 5.0}, status="completed",
                     overhead={"startup": 12.5, "prefect server": 4.0, "dbt import": 0.0})

    header, _, row = format_throughput([run]).splitlines()
    cells = dict(zip(header.strip("| ").split(" | "), row.strip("| ").split(" | "),
                     strict=True))

    assert (cells["startup"], cells["orchestration"]) == ("12.5", "7.5")  # 30 - 12.5 - 10
    assert (cells["prefect server"], cells["dbt import"], cells["dask cluster"]) == (
        "4.0", "0.0", "-")


def test_a_server_named_by_the_active_prefect_profile_is_used(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.delenv("PREFECT_PROFILE", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path))
    assert configured_api_url() is None

    (tmp_path / "profiles.toml").write_text(
        'active = "team"\n[profiles.team]\nPREFECT_API_URL = "http://10.0.0.5:4200/api"\n'
        '[profiles.ephemeral]\n', "utf-8")
    assert configured_api_url() == "http://10.0.0.5:4200/api"

    monkeypatch.setenv("PREFECT_PROFILE", "ephemeral")
    assert configured_api_url() is None


@pytest.mark.slow
def test_a_run_on_its_own_temporary_server_records_where_its_time_went(root: Paths,
                                                                       tmp_path: Path):
    """...and Prefect's records of the run are complete, on a server started for the first
    time (its database created by this run; no block types registered: prefect_server)."""
    env = {k: v for k, v in os.environ.items() if k not in ("PREFECT_API_URL", "PREFECT_PROFILE")}
    env |= {"PRESSROOM_ROOT": str(root.root), "PREFECT_HOME": str(tmp_path / "prefect-home")}
    run = subprocess.run([str(Path(sys.executable).parent / "pressroom"), "run"], env=env,
                         capture_output=True, text=True, timeout=900)

    assert run.returncode == 0, run.stdout + run.stderr
    summary = json.loads((root.warehouse.parent / "last_run.json").read_text("utf-8"))
    overhead = summary["overhead"]
    assert {"imports", "flow imports", "preload", "prefect server", "startup"} <= set(overhead)
    assert overhead["startup"] >= overhead["imports"] + overhead["flow imports"]
    assert overhead["dbt import"] < 0.5  # imported while the server started, not in transform
    assert "parser warm-up" in overhead  # 5 files, parsed in-process: warmed while it started
    assert summary["status"] == "completed" and summary["marts"]["releases"] == 5
    with sqlite3.connect(tmp_path / "prefect-home" / "prefect.db") as prefect_db:
        flow_runs = prefect_db.execute("select state_type from flow_run").fetchall()
        artifacts = prefect_db.execute("select key from artifact").fetchall()
        task_runs, = prefect_db.execute("select count(*) from task_run").fetchone()
    assert flow_runs == [("COMPLETED",)] * 7  # the pipeline and its six stages
    assert artifacts == [("pressroom-run-summary",)] and task_runs > 0


def test_great_expectations_loads_without_scipy_stats_or_altair_until_they_are_used():
    """pressroom.lazy_imports: GX imported as a run imports it does not load scipy.stats nor
    altair, nor does dbt's look at every module's file when it makes its adapter (its behaviour
    flags name their source module through `inspect.stack()`), and an expectation that uses
    them still gets the real modules."""
    code = """
import sys
from pressroom.lazy_imports import defer_unused_by_suites
defer_unused_by_suites()
import great_expectations
from dbt_common.behavior_flags import BehaviorFlagRendered
source = BehaviorFlagRendered._default_source()
loaded = ['scipy.stats._stats_py' in sys.modules, 'altair.vegalite.v6.schema.core' in sys.modules]
from scipy import stats
import altair
chart = altair.Chart().mark_bar().to_dict()["mark"]
print(*loaded, round(float(stats.entropy([0.5, 0.5], [0.25, 0.75])), 4), chart["type"])
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False", "0.1438", "bar"]
