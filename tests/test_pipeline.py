"""`pressroom run`: the whole pipeline, its summary and artifact; a gate stopping publication."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from pressroom.settings import Paths

pytestmark = pytest.mark.slow


def published_state(paths: Paths) -> dict[str, str]:
    """What a BI tool sees: the published file, the Parquet link and every Parquet file."""
    files = [paths.published, *sorted(paths.parquet_dir.glob("*.parquet"))]
    state = {str(f.relative_to(paths.root)): hashlib.sha256(f.read_bytes()).hexdigest()
             for f in files}
    return state | {"parquet ->": os.readlink(paths.parquet_dir)}


def pressroom_run(paths: Paths, **env_vars: str) -> subprocess.CompletedProcess[str]:
    """`pressroom run` as a user runs it, on `paths`, reporting to the test's Prefect server."""
    from prefect.settings import PREFECT_API_URL

    env = os.environ | {"PRESSROOM_ROOT": str(paths.root),
                        "PREFECT_API_URL": PREFECT_API_URL.value()} | env_vars
    return subprocess.run([str(Path(sys.executable).parent / "pressroom"), "run"], env=env,
                          capture_output=True, text=True, timeout=600)


def latest_artifacts(n: int) -> list[str]:
    """Markdown of the `n` newest run-summary artifacts, newest first."""
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey
    from prefect.client.schemas.sorting import ArtifactSort

    with get_client(sync_client=True) as client:
        found = client.read_artifacts(
            artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=["pressroom-run-summary"])),
            sort=ArtifactSort.CREATED_DESC, limit=n)
    return [a.data for a in found]


def test_run_publishes_then_a_bad_staging_row_stops_publication(
        prefect_harness, root: Paths) -> None:
    (root.inbox / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64))
    ok = pressroom_run(root)

    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "Pipeline completed" in ok.stdout
    assert "landed 5, duplicates 0, quarantined 1" in ok.stdout
    assert "quarantined logo.png: " in ok.stdout
    assert "gates: landing passed, staging passed, marts passed" in ok.stdout
    assert f"published DB: {root.published}\n" in ok.stdout
    assert (root.docs_dir / "index.html").is_file()
    # the data docs, rendered once after the last gate, show the validations of all three
    for stage in ("landing", "staging", "marts"):
        assert list((root.gx_docs_dir / "validations" / stage).rglob("*.html")), stage
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select count(*) from marts.releases").fetchone() == (5,)
        assert bi.execute("select count(*) from marts.statistics").fetchone()[0] >= 10
        assert bi.execute("select count(*) from marts.contacts").fetchone()[0] >= 5
        rejected = bi.execute("select count(*) from marts.rejected_figures").fetchone()[0]
        assert rejected >= 10  # every number turned down, published next to the figures
        assert bi.execute("select row_count from meta.published_tables where table_schema ="
                          " 'marts' and table_name = 'rejected_figures'").fetchone() == (rejected,)
    assert duckdb.execute(
        f"select count(*) from '{root.parquet_dir}/releases.parquet'").fetchone() == (5,)
    assert duckdb.execute(
        f"select count(*) from '{root.parquet_dir}/rejected_figures.parquet'"
    ).fetchone() == (rejected,)
    (artifact,) = latest_artifacts(1)
    assert artifact.startswith("# Pressroom pipeline: completed")
    assert "| logo.png |" in artifact
    before = published_state(root)

    # nothing new: the command says so at once, without a Prefect run
    again = pressroom_run(root)
    assert again.returncode == 0, again.stdout + again.stderr
    assert "Nothing new: every inbox file is landed" in again.stdout
    assert latest_artifacts(1) == [artifact]
    # a new file that is quarantined changes no mart: dbt, marts gate and publish are skipped
    (root.inbox / "blank.txt").write_bytes(b"   \n")
    skipped = pressroom_run(root)
    assert skipped.returncode == 0, skipped.stdout + skipped.stderr
    assert "quarantined blank.txt" in skipped.stdout
    assert ("nothing new since the last publish: the published warehouse is current"
            " (transform, validate marts, publish skipped)") in skipped.stdout
    assert published_state(root) == before

    # a staging row with an invalid e-mail, as a faulty parser could write (its file's rows
    # not validated yet, as after a parse)
    with duckdb.connect(str(root.warehouse)) as con:
        (sha,), = con.execute("""
            insert into staging.contact_points
            select contact_id, release_id, sha256, parser_version, 99, 'email', 'not-an-email',
                   null, 'not-an-email', true
            from staging.contact_points where kind = 'email' limit 1
            returning sha256""").fetchall()
        con.execute("delete from quality.validated_files where sha256 = ?", [sha])
    quarantined = pressroom_run(root, PRESSROOM_QUARANTINE_MAX_SHARE="0.5")

    assert quarantined.returncode == 0, quarantined.stdout + quarantined.stderr
    assert "Pipeline completed" in quarantined.stdout
    assert "quarantined rows: 1 (not published; table quality.quarantined_rows)" in \
        quarantined.stdout
    assert "staging.contact_points" in quarantined.stdout
    with duckdb.connect(str(root.published), read_only=True) as bi:
        assert bi.execute("select table_name, expectation, row_data->>'value'"
                          " from quality.quarantined_rows").fetchall() == [
            ("staging.contact_points", "expect_column_values_to_match_regex", "not-an-email")]
        emails = bi.execute("select flatten(list(emails)) from marts.contacts").fetchone()[0]
        assert emails and "not-an-email" not in emails  # the rest is published, not the row
        assert bi.execute("select count(*) from marts.releases").fetchone() == (5,)
    (artifact,) = latest_artifacts(1)
    assert "not-an-email" not in artifact.split("## Quarantined rows")[0]
    assert "| staging.contact_points |" in artifact.split("## Quarantined rows")[1]
    before = published_state(root)

    # a structural failure (a malformed key) still stops the run, whatever the share
    with duckdb.connect(str(root.warehouse)) as con:
        con.execute("update staging.releases set release_id = 'not-a-key' where release_id ="
                    " (select min(release_id) from staging.releases)")
        con.execute("delete from quality.validated_files where stage = 'staging'")
    bad = pressroom_run(root, PRESSROOM_QUARANTINE_MAX_SHARE="0.5")

    assert bad.returncode == 1
    assert "Pipeline FAILED at validate staging" in bad.stdout
    assert "not-a-key" in bad.stdout
    assert "nothing was published" in bad.stdout
    assert published_state(root) == before  # byte for byte, Parquet included
    failed, completed = latest_artifacts(2)
    assert completed == artifact  # the quarantining run's
    assert failed.startswith("# Pressroom pipeline: FAILED")
    assert "**Stopped at `validate staging`**" in failed
    assert "not-a-key" in failed.split("## Failed expectations")[1]
