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


def test_a_run_on_its_temporary_server_has_no_heartbeat_a_lasting_server_gets_them(
        prefect_harness):
    """No heartbeat thread (and no wait of up to a second for it at the end) when the server
    exits with the run; a lasting server (PREFECT_API_URL) keeps Prefect's heartbeats."""
    from prefect import flow
    from prefect.settings import get_current_settings

    from pressroom.guarded import _heartbeats_only_for_a_lasting_server

    @flow
    def pipeline() -> int | None:
        return get_current_settings().flows.heartbeat_frequency

    with _heartbeats_only_for_a_lasting_server(temporary=True):
        temporary = pipeline()
    with _heartbeats_only_for_a_lasting_server(temporary=False):
        lasting = pipeline()

    assert temporary is None
    assert lasting is not None and lasting == get_current_settings().flows.heartbeat_frequency
