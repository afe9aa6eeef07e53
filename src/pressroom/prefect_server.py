"""Prefect's temporary API server for one `pressroom run` or `pressroom land`, started early.

Without PREFECT_API_URL, Prefect starts a temporary server itself when the first flow starts:
after this process has imported the flows, and after importing Prefect's whole server package
into the client to do it (together 5–12 s on two shared cores, measured with `pressroom bench
throughput`). Here the same server process is started first and the flows are imported while
it boots; PREFECT_API_URL then points this process, and the Dask workers it starts, at it.

The command is the one Prefect's `SubprocessASGIServer` runs (uvicorn on Prefect's app
factory, UI off, the ephemeral set of services), so the server behaves as Prefect's own
temporary server does.

Prefect's API answers its health check before FastAPI has prepared its other routes (~180):
the first request that reaches them does (0.25-0.5 CPU s of the server, 0.7-1.3 s on two shared
cores). That request would be the pipeline flow's first (Prefect's API version check), with the
run waiting on it; a thread sends one as soon as the server is up instead, while this process
is still importing (`TemporaryServer._warm_up`).

With PREFECT_API_URL set (a server started once with `prefect server
start`), nothing is started: see the README ("Runs in seconds").
"""

from __future__ import annotations

import importlib.util
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

#: The setting Prefect reads for how long to wait for its temporary server (pressroom sets
#: it, see pressroom.settings.ENV_DEFAULTS; a first start creates Prefect's database).
STARTUP_TIMEOUT_ENV = "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS"

#: The environment Prefect gives its temporary server (prefect/server/api/server.py).
SERVER_ENV = {"PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1",
              "PREFECT__SERVER_FINAL": "1"}

#: Unless the environment sets PREFECT_API_BLOCKS_REGISTER_ON_START: the temporary server does
#: not register Prefect's block types at its start. Prefect's memoized registration imports
#: every installed Prefect collection first, to hash their blocks (prefect-dask, hence Dask's
#: `distributed`): ~0.4 of the ~4 CPU s the server takes to boot (measured: 4.46 -> 4.03 CPU s,
#: mean of 6 starts each, alternating). No pressroom flow saves or loads a block, and a
#: `prefect server start` on the same PREFECT_HOME registers them as it starts.
NO_BLOCK_REGISTRATION = {"PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
                         "PREFECT_MEMOIZE_BLOCK_AUTO_REGISTRATION": "false"}


class ServerDidNotStart(RuntimeError):
    """The temporary server exited or did not answer in time."""


@dataclass
class TemporaryServer:
    """A Prefect API server process on a free loopback port, owned by this process."""

    process: subprocess.Popen
    port: int
    errors: IO[bytes]  # the server's stderr, read when it fails to start
    #: waits for the API, then sends it its first request (`_warm_up`)
    warming: threading.Thread | None = field(default=None, repr=False)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    @property
    def pid(self) -> int:
        return self.process.pid

    @classmethod
    def launch(cls) -> TemporaryServer:
        """Start the server process and return at once (`wait_until_ready` before using it)."""
        port = _free_port()
        spec = importlib.util.find_spec("prefect")  # its folder, without importing Prefect
        assert spec is not None and spec.origin is not None, "prefect is not installed"
        # -P: the working folder stays off sys.path, so a stray `timeit.py` there cannot
        # shadow the standard library inside the server
        command = [sys.executable, "-P", "-m", "uvicorn",
                   "--app-dir", str(Path(spec.origin).parent.parent),
                   "--factory", "prefect.server.api.server:create_app",
                   "--host", "127.0.0.1", "--port", str(port),
                   "--log-level", "error", "--lifespan", "on"]
        # a file, not a pipe (a full pipe would block the server); closed with this object
        errors = tempfile.TemporaryFile()  # noqa: SIM115
        process = subprocess.Popen(command, env=_server_environment(),
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=errors)
        server = cls(process, port, errors)
        server.warming = threading.Thread(target=server._warm_up, name="prefect-server-warm-up",
                                          daemon=True)
        server.warming.start()
        return server

    def _warm_up(self, poll_s: float = 0.1) -> None:
        """Wait until the API answers its health check, then ask it for its version: its first
        request after the health check loads the rest of its API (see the module docstring).
        Best effort: gives up, silently, when the server exits or does not answer in time
        (`wait_until_ready` says why)."""
        deadline = time.monotonic() + float(os.environ.get(STARTUP_TIMEOUT_ENV) or 60)
        while self.process.poll() is None and time.monotonic() < deadline:
            if self._answers("health"):
                self._answers("admin/version", timeout_s=30)
                return
            time.sleep(poll_s)

    def _answers(self, path: str, timeout_s: float = 2) -> bool:
        """Whether GET `path` of the API answers 200 within `timeout_s`."""
        try:
            with urllib.request.urlopen(f"{self.api_url}/{path}", timeout=timeout_s) as response:
                return response.status == 200
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return False

    def wait_until_ready(self, timeout_s: float | None = None) -> None:
        """Block until the API answers its health check, and its warm-up request if it does;
        raise ServerDidNotStart otherwise (after `timeout_s`, default:
        PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS or 60)."""
        if timeout_s is None:
            timeout_s = float(os.environ.get(STARTUP_TIMEOUT_ENV) or 60)
        deadline = time.monotonic() + timeout_s
        if self.warming is not None:  # ready (and its API loaded) when the warm-up ends
            self.warming.join(timeout_s)
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.errors.seek(0)
                error = self.errors.read().decode(errors="replace").strip()
                raise ServerDidNotStart(
                    f"Prefect's temporary server exited with code {self.process.returncode}"
                    + (f": {error.splitlines()[-1]}" if error else ""))
            if self._answers("health"):
                return
            time.sleep(0.1)
        self.stop()
        raise ServerDidNotStart(f"Prefect's temporary server did not answer in {timeout_s:.0f} s")

    def stop(self, wait_s: float = 2) -> None:
        """Stop the server (SIGTERM, then SIGKILL after `wait_s`)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=wait_s)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _server_environment() -> dict[str, str]:
    """This process's environment, with SERVER_ENV and (unless set) NO_BLOCK_REGISTRATION."""
    defaults = ({} if "PREFECT_API_BLOCKS_REGISTER_ON_START" in os.environ
                else NO_BLOCK_REGISTRATION)
    return defaults | dict(os.environ) | SERVER_ENV


def _free_port() -> int:
    """A loopback port nobody listens on now (the kernel picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
