"""Shared fixtures: a throw-away pressroom root with the sample inbox, and a Prefect harness."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pressroom.settings import Paths, apply_environment

apply_environment()

TESTS_DIR = Path(__file__).resolve().parent
SEEDS_RAW = TESTS_DIR / "data" / "seeds" / "raw"
SEEDS_EXPECTED = TESTS_DIR / "data" / "seeds" / "expected"


@pytest.fixture
def root(tmp_path: Path) -> Paths:
    """An empty pressroom root whose inbox holds copies of the five seed releases."""
    paths = Paths(tmp_path / "pressroom")
    paths.inbox.mkdir(parents=True)
    for f in SEEDS_RAW.iterdir():
        shutil.copy2(f, paths.inbox / f.name)
    return paths


@pytest.fixture(scope="session")
def prefect_harness():
    """A real, temporary Prefect server and database for flow tests (one per test session)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
