"""The `pipeline` deployment of prefect.yaml, run by a real local Prefect server and worker."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import httpx
import pytest

from pressroom.settings import PROJECT_DIR, Paths

pytestmark = pytest.mark.slow

PREFECT = str(Path(sys.executable).parent / "prefect")
POOL = "pressroom-local"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stop(proc: subprocess.Popen) -> None:
    """Stop a process we started, by its PID: SIGINT twice (a worker needs two), then kill."""
    for sig in (signal.SIGINT, signal.SIGINT, signal.SIGKILL):
        if proc.poll() is not None:
            return
        proc.send_signal(sig)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture
def prefect_server(tmp_path: Path) -> Iterator[dict[str, str]]:
    """A real Prefect server on a free local port, with its own PREFECT_HOME; yields the env."""
    port = free_port()
    env = os.environ | {
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
    }
    env.pop("PREFECT_PROFILES_PATH", None)
    log = (tmp_path / "server.log").open("wb")
    server = subprocess.Popen(
        [PREFECT, "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 120
        while True:
            assert server.poll() is None, (tmp_path / "server.log").read_text()
            try:
                if httpx.get(f"{env['PREFECT_API_URL']}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, "Prefect server did not start in 120 s"
            time.sleep(1)
        yield env
    finally:
        stop(server)
        log.close()


def prefect(env: dict[str, str], *args: str, timeout: float = 300) -> str:
    """Run a `prefect` command from the checkout; fail with its output if it fails."""
    proc = subprocess.run([PREFECT, "--no-prompt", *args], cwd=PROJECT_DIR, env=env,
                          capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, f"prefect {' '.join(args)}:\n{proc.stdout}\n{proc.stderr}"
    return proc.stdout


def test_deployed_pipeline_runs_to_completion(prefect_server: dict[str, str], root: Paths,
                                              tmp_path: Path) -> None:
    env = prefect_server
    api = env["PREFECT_API_URL"]
    prefect(env, "work-pool", "create", POOL, "--type", "process")
    prefect(env, "deploy", "--all")

    deployment = httpx.get(f"{api}/deployments/name/pipeline/pipeline").json()
    assert deployment["entrypoint"] == "flows/pipeline.py:pipeline"
    assert deployment["work_pool_name"] == POOL
    assert deployment["parameters"]["inbox"] == "landing/inbox"
    (schedule,) = deployment["schedules"]
    assert schedule["schedule"]["cron"] == "0 6 * * *"
    assert deployment["pull_steps"] == [{"prefect.deployments.steps.set_working_directory": {
        "directory": str(PROJECT_DIR)}}]

    # a run on a throw-away root, so the checkout's warehouse is left alone
    run = httpx.post(f"{api}/deployments/{deployment['id']}/create_flow_run",
                     json={"parameters": {"root": str(root.root)}}).json()
    log = (tmp_path / "worker.log").open("wb")
    worker = subprocess.Popen(
        [PREFECT, "worker", "start", "--pool", POOL, "--run-once"],
        cwd=tmp_path, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 720  # a guard against a hang, not a timing: loaded CI
        while (state := httpx.get(f"{api}/flow_runs/{run['id']}").json()["state"])["type"] in {
                "SCHEDULED", "PENDING", "RUNNING"}:
            assert time.monotonic() < deadline, (
                "the flow run did not finish in 12 minutes: "
                + (tmp_path / "worker.log").read_text()[-5000:])
            time.sleep(2)
    finally:
        stop(worker)
        log.close()
    assert state["type"] == "COMPLETED", (tmp_path / "worker.log").read_text()[-5000:]

    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select count(*) from marts.releases").fetchone() == (5,)
        assert bi.execute("select flow_run_id from meta.publish_info").fetchone() == (run["id"],)
    artifacts = httpx.post(f"{api}/artifacts/filter", json={
        "artifacts": {"flow_run_id": {"any_": [run["id"]]}}}).json()
    assert [a["key"] for a in artifacts] == ["pressroom-run-summary"]
    assert "completed" in artifacts[0]["data"]
