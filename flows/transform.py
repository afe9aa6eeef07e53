"""The `transform` flow: dbt build (seeds, marts, tests), then the docs site."""

from __future__ import annotations

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from pressroom import transform as dbt
from pressroom.settings import Paths


@task(cache_policy=NO_CACHE)  # no retries: the same staging rows fail the same tests again
def dbt_build(paths: Paths, full_refresh: bool = False) -> dict:
    """Build the marts and run every dbt test; fails naming the failing models and tests."""
    return dbt.build(paths, full_refresh=full_refresh)


@task(cache_policy=NO_CACHE)
def dbt_docs(paths: Paths) -> str:
    """Generate the dbt docs site into Paths.docs_dir."""
    return str(dbt.docs(paths))


@flow(name="transform")
def transform(root: str | None = None, full_refresh: bool = False) -> dict:
    """Build the marts from staging with dbt, test them, and write the docs site."""
    paths = Paths.for_root(root)
    built = dbt_build(paths, full_refresh)
    docs_dir = dbt_docs(paths)
    get_run_logger().info("marts: %s; docs: %s", built["marts"], docs_dir)
    return {**built, "docs": docs_dir}
