"""The command line talks to people: a version, short errors with a non-zero exit, progress
lines, and Prefect's logs only when asked for (-v)."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from pressroom.settings import PROJECT_DIR, Paths


def pressroom(*args: str, root: Paths | None = None, timeout: int = 300,
              **env: str) -> subprocess.CompletedProcess:
    environ = {**os.environ, **env, **({"PRESSROOM_ROOT": str(root.root)} if root else {})}
    environ.pop("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", None)  # set by in-process CLI tests
    return subprocess.run([sys.executable, "-m", "pressroom.cli", *args], env=environ,
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port something already listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def short_error(result: subprocess.CompletedProcess) -> str:
    """The error printed, checked to be one or two lines with no traceback and exit code 1."""
    assert result.returncode == 1, result
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert 1 <= len(lines) <= 2 and lines[0].startswith("error: "), result.stderr
    return result.stderr


def test_version():
    result = pressroom("--version")
    assert result.returncode == 0
    assert result.stdout.startswith("pressroom 0.") and "(parser " in result.stdout


def test_docs_serve_on_a_busy_port_is_a_two_line_error(root: Paths, busy_port: int):
    root.docs_dir.mkdir(parents=True)
    (root.docs_dir / "index.html").write_text("<html></html>")
    stderr = short_error(pressroom("docs", "--serve", "--port", str(busy_port), root=root))
    assert f"127.0.0.1:{busy_port}" in stderr and "--port" in stderr


def test_docs_serve_started_in_the_background_still_stops_on_ctrl_c(root: Paths) -> None:
    """A shell or CI job starts background processes with SIGINT ignored; `kill -INT` (what
    Ctrl-C sends) must still stop the server, exit 0."""
    root.docs_dir.mkdir(parents=True)
    (root.docs_dir / "index.html").write_text("<html><title>site</title></html>")
    environ = {**os.environ, "PRESSROOM_ROOT": str(root.root)}
    server = subprocess.Popen(
        [sys.executable, "-m", "pressroom.cli", "docs", "--serve", "--port", "0"], env=environ,
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    try:
        url = re.search(r"http://\S+/", server.stdout.readline())
        assert url, "the server did not say where it serves"
        with urllib.request.urlopen(url.group(0), timeout=30) as page:
            assert b"<title>site</title>" in page.read()
    finally:
        server.send_signal(signal.SIGINT)
        try:
            code = server.wait(timeout=30)
        finally:
            server.kill()
    assert code == 0


def test_dashboard_on_a_busy_port_is_a_two_line_error(root: Paths, busy_port: int):
    stderr = short_error(pressroom("dashboard", "--port", str(busy_port), root=root))
    assert "in use" in stderr


def test_deployment_run_without_a_server_says_so_in_two_lines(tmp_path: Path):
    with socket.socket() as sock:  # a port nothing listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = subprocess.run([PROJECT_DIR / "scripts" / "prefect-local.sh", "run"],
                            env={**os.environ, "PRESSROOM_PREFECT_PORT": str(port),
                                 "PREFECT_HOME": str(tmp_path)},
                            capture_output=True, text=True, timeout=60)
    stderr = short_error(result)
    assert "no Prefect server" in stderr and "prefect-local.sh server" in stderr


def test_generate_corpus_shows_its_progress(tmp_path: Path):
    result = pressroom("generate-corpus", "3", str(tmp_path / "corpus"), "--seed", "1")
    assert result.returncode == 0, result.stderr
    assert "generating corpus: 3/3 files" in result.stderr
    assert "3 files" in result.stdout


@pytest.mark.slow
def test_land_is_quiet_by_default_and_verbose_with_v(root: Paths, tmp_path: Path):
    home = {"PREFECT_HOME": str(tmp_path / "prefect")}
    quiet = pressroom("land", str(root.inbox), root=root, **home)
    assert quiet.returncode == 0, quiet.stderr
    assert quiet.stderr.strip().splitlines() == ["landing files: 5/5 files"]
    assert quiet.stdout.startswith("Landed 5 new file(s)")

    verbose = pressroom("-v", "land", str(root.inbox), root=root, **home)
    assert verbose.returncode == 0, verbose.stderr
    assert "| INFO    | Flow run" in verbose.stderr  # Prefect's own log lines
    assert verbose.stdout.startswith("Landed 0 new file(s); 5 already landed")


def test_a_run_that_fails_on_a_database_error_ends_on_its_summary(root: Paths, tmp_path: Path):
    """A DuckDB error (here: out of memory under a tiny limit) is reported in the run's
    summary, and nothing follows it: no dump of the database bindings' objects at exit."""
    result = pressroom("run", root=root, PREFECT_HOME=str(tmp_path / "prefect"),
                       PRESSROOM_DUCKDB_MEMORY_LIMIT="5MB")
    assert result.returncode == 1
    assert "Out of Memory" in result.stdout + result.stderr
    assert "nothing was published" in result.stdout
    assert "leaked" not in result.stderr, result.stderr[-2000:]
