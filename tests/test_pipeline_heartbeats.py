"""The pipeline's stages run as subflows without heartbeat threads of their own (real Prefect)."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow


def test_stage_subflows_have_no_heartbeat_but_the_pipeline_run_keeps_its_own(prefect_harness):
    from prefect import flow
    from prefect.settings import get_current_settings

    from flows.pipeline import _without_subflow_heartbeats

    @flow
    def stage() -> int | None:
        # what Prefect's flow engine reads to start (or not) the run's heartbeat thread
        return get_current_settings().flows.heartbeat_frequency

    @flow
    def run() -> tuple[int | None, int | None, int | None]:
        with _without_subflow_heartbeats():
            inside = stage()
        return inside, stage(), get_current_settings().flows.heartbeat_frequency

    inside, outside, pipeline_run = run()

    assert inside is None  # no heartbeat thread: no wait for it when the stage ends
    assert outside is not None and pipeline_run is not None  # left as Prefect sets it
