"""Build the marts with dbt and write the dbt docs site.

dbt runs in this process (`dbtRunner`), not as a subprocess: measured on the sample data, a
subprocess pays dbt's ~3.5 s start-up for each command (build 6.5 s + docs 5.3 s), in-process
pays it once (build 2.4 s + docs 0.5 s after the first import); and the pipeline may keep its
own DuckDB connection open meanwhile, because connections of one process share the database
(a subprocess would be locked out). dbt-duckdb keeps the file open read-write after a command;
`_release_warehouse` closes it so other processes (BI tools, `duckdb` CLI) can open it next.
"""

from __future__ import annotations

import os
import shutil
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from pressroom import dbt_parse_cache, overhead, stopping
from pressroom.settings import Paths, apply_environment

#: What `docs()` copies into Paths.docs_dir: the site, its data, and a single-file copy.
DOCS_FILES = ("index.html", "manifest.json", "catalog.json", "static_index.html")

#: What `build` always leaves out: dbt's unit tests check a model's SQL on fixtures, not the
#: warehouse's rows, so they belong to the test suite (tests/test_dbt_marts.py runs them), as
#: dbt's docs advise for production builds.
UNIT_TESTS = "resource_type:unit_test"

#: What `build` also leaves out when the dbt project is unchanged since the last build:
#: reloading the seeds (and their tests), which come from the project alone.
PROJECT_ONLY = ("resource_type:seed",)

#: What `build` selects when the project is unchanged and its views are in the warehouse:
#: the tables and incremental models, which hold data, and every test. A view is a stored
#: query: its SQL comes from the project alone, so creating it again changes nothing. Its tests
#: still run (they read the new rows through it): they are selected directly, because
#: excluding a view would also leave out the tests on it (dbt's indirect selection).
DATA_ONLY = ("config.materialized:table", "config.materialized:incremental",
             "resource_type:test")

#: dbt's command-line flags and global state are per process: one command at a time.
_DBT_LOCK = threading.Lock()


class TransformFailed(RuntimeError):
    """dbt failed: the message names every failing model and test."""

    def __init__(self, command: str, failures: list[str]):
        self.command = command
        self.failures = failures
        super().__init__(f"dbt {command} failed:\n" + "\n".join(f"- {f}" for f in failures))


@dataclass(frozen=True)
class DbtDirs:
    """Where dbt writes for one pressroom root, so a run never writes into the checkout."""

    target: Path
    logs: Path

    @classmethod
    def for_paths(cls, paths: Paths) -> DbtDirs:
        base = paths.warehouse.parent / "dbt"
        return cls(target=base / "target", logs=base / "logs")


def build(paths: Paths, *, full_refresh: bool = False) -> dict:
    """`dbt build` (seeds, models, tests) into Paths.warehouse; return counts per status and mart.

    When the dbt project changed since the last build into this warehouse (an upgrade of
    pressroom, an edited model or seed), the build is a full refresh: an incremental model
    whose columns changed is rebuilt from staging instead of failing. Otherwise seeds and
    views are left out (PROJECT_ONLY, and DATA_ONLY when every view of the last build is
    still there): the tables, the incremental models and every data test run. dbt's unit
    tests never run here (UNIT_TESTS).

    Raises TransformFailed naming the failing models and tests.
    """
    from pressroom.report import mart_counts

    project = project_fingerprint(paths)
    full_refresh = full_refresh or _project_changed(paths, project)
    args = ["build"] + (["--full-refresh"] if full_refresh else [])
    excluded = [UNIT_TESTS]
    if not full_refresh and _seeds_current(paths, project):
        if _views_current(paths):
            args += ["--select", *DATA_ONLY]
        excluded += PROJECT_ONLY
    args += ["--exclude", *excluded]
    started = time.perf_counter()
    if full_refresh:  # until it succeeds, the marts are of no known project
        _build_stamp(paths).parent.mkdir(parents=True, exist_ok=True)
        _build_stamp(paths).write_text("", "utf-8")
    results = _invoke(paths, args)
    elapsed = time.perf_counter() - started
    _build_stamp(paths).write_text(project, "utf-8")
    statuses: dict[str, int] = {}
    for r in results:
        statuses[str(r.status)] = statuses.get(str(r.status), 0) + 1
    return {
        "results": statuses,
        "marts": mart_counts(paths.warehouse),
        "seconds": round(elapsed, 1),
    }


def _build_stamp(paths: Paths) -> Path:
    """The dbt project fingerprint of the last successful build into this root's warehouse."""
    return DbtDirs.for_paths(paths).target.parent / ".built-project-sha256"


def built_project(paths: Paths) -> str | None:
    """The fingerprint of the dbt project whose successful build the marts of this root's
    warehouse come from; None when unknown (no build recorded, or a full refresh that did not
    complete)."""
    return _stamp(paths) or None


def _stamp(paths: Paths) -> str | None:
    """The build stamp as written: a project fingerprint, "" while a full refresh has not
    completed, None when there is none."""
    stamp = _build_stamp(paths)
    return stamp.read_text("utf-8") if stamp.is_file() else None


def _project_changed(paths: Paths, project: str) -> bool:
    """Whether this root's warehouse was last built by another dbt project, or by a full
    refresh that did not complete (no record: no)."""
    return _stamp(paths) not in (None, project)


def _built_with(paths: Paths, project: str) -> bool:
    """Whether the last successful build into this root's warehouse was of this dbt project."""
    return built_project(paths) == project


def _seeds_current(paths: Paths, project: str) -> bool:
    """Whether the last build loaded the seeds of this very project into the warehouse (and
    they are still there): then the seeds, which depend on the project alone, need not be
    loaded again."""
    import duckdb

    if not _built_with(paths, project):
        return False
    seeds = sorted(p.stem for p in (paths.dbt_project / "seeds").glob("*.csv"))
    with duckdb.connect(str(paths.warehouse)) as con:
        (found,) = con.execute(
            "select count(*) from information_schema.tables where table_schema = 'reference' "
            "and table_name in (select unnest(?))", [seeds]).fetchall()[0]
    return found == len(seeds)


def _views_current(paths: Paths) -> bool:
    """Whether every view model of the last build's manifest is a view in the warehouse (the
    project is known unchanged since that build: `_seeds_current`)."""
    import json

    import duckdb

    manifest = DbtDirs.for_paths(paths).target / "manifest.json"
    try:
        nodes = json.loads(manifest.read_text("utf-8"))["nodes"].values()
    except (OSError, ValueError, KeyError):
        return False
    views = [[n["schema"], n["alias"]] for n in nodes if n.get("resource_type") == "model"
             and n.get("config", {}).get("materialized") == "view"]
    with duckdb.connect(str(paths.warehouse)) as con:
        (found,) = con.execute(
            "select count(*) from information_schema.tables where table_type = 'VIEW' "
            "and [table_schema, table_name] in (select unnest(?::varchar[][]))",
            [views]).fetchall()[0]
    return found == len(views)


def docs(paths: Paths) -> Path:
    """`dbt docs generate`, then copy the site into Paths.docs_dir; return that folder.

    `index.html` loads `manifest.json` and `catalog.json` beside it, which browsers refuse over
    file://: serve the folder (`pressroom docs --serve`), or open `static_index.html`, the same
    site with the data embedded.

    The site describes models and columns, not rows: it is generated again only when the dbt
    project changed since the last site (or the site is missing). When the last build compiled
    every model and test of this project (a first build, a full refresh), the site takes their
    SQL from that build's manifest instead of compiling the project again (`--no-compile`).
    """
    stamp = paths.docs_dir / ".dbt-project-sha256"
    project = project_fingerprint(paths)
    if all((paths.docs_dir / name).is_file() for name in DOCS_FILES) and stamp.is_file() \
            and stamp.read_text("utf-8") == project:
        return paths.docs_dir
    compiled = _built_with(paths, project) and _manifest_compiled(paths)
    _invoke(paths, ["docs", "generate", "--static", *(["--no-compile"] if compiled else [])])
    target = DbtDirs.for_paths(paths).target
    paths.docs_dir.mkdir(parents=True, exist_ok=True)
    for name in DOCS_FILES:
        shutil.copy2(target / name, paths.docs_dir / name)
    stamp.write_text(project, "utf-8")
    return paths.docs_dir


def _manifest_compiled(paths: Paths) -> bool:
    """Whether dbt's manifest.json in the root's target holds the compiled SQL of every model
    and data test (what the docs site shows), as a build of every node leaves it."""
    import json

    manifest = DbtDirs.for_paths(paths).target / "manifest.json"
    try:
        nodes = json.loads(manifest.read_text("utf-8"))["nodes"].values()
    except (OSError, ValueError, KeyError):
        return False
    return all(n.get("compiled_code") is not None for n in nodes
               if n.get("resource_type") in ("model", "test"))


def project_fingerprint(paths: Paths) -> str:
    """sha256 over the dbt project's files (models, seeds, macros, tests, dbt_project.yml)."""
    import hashlib

    digest = hashlib.sha256()
    for file in sorted(paths.dbt_project.rglob("*")):
        relative = file.relative_to(paths.dbt_project)
        if file.is_file() and relative.parts[0] not in ("target", "logs", "dbt_packages"):
            digest.update(str(relative).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()


def docs_server(site: Path, host: str = "127.0.0.1", port: int = 8080) -> ThreadingHTTPServer:
    """An http server for the docs site (call `serve_forever()`); port 0 picks a free port."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(site))
    return ThreadingHTTPServer((host, port), handler)


def _invoke(paths: Paths, args: list[str]) -> list:
    """Run one dbt command against the root's warehouse; return its node results."""
    apply_environment()
    with overhead.timed("dbt import"):  # seconds the first time in a process, then nothing
        from dbt.cli.main import dbtRunner

    dirs = DbtDirs.for_paths(paths)
    paths.warehouse.parent.mkdir(parents=True, exist_ok=True)
    flags = [
        "--project-dir", str(paths.dbt_project),
        "--profiles-dir", str(paths.dbt_project),
        "--target-path", str(dirs.target),
        "--log-path", str(dirs.logs),
        "--no-use-colors",
        # The console gets warnings and errors only (a failing test prints in full; the run
        # summary says what was built); DBT_LOG_LEVEL=info brings back dbt's progress lines.
        # The log file (DbtDirs.logs/dbt.log) keeps everything, as dbt does by default.
        "--log-level", os.environ.get("DBT_LOG_LEVEL", "warn"),
        "--log-level-file", os.environ.get("DBT_LOG_LEVEL_FILE", "debug"),
    ]
    with _DBT_LOCK, _warehouse_env(paths):
        dbt_parse_cache.seed(paths, dirs.target)  # a new root starts from the last parse
        try:
            with stopping.signals_held():  # a stop lands after dbt, not inside it
                outcome = dbtRunner().invoke([*args, *flags])
            if outcome.success:
                dbt_parse_cache.remember(paths, dirs.target)
        finally:
            _release_warehouse()
    command = " ".join(args)
    if outcome.exception is not None:
        raise TransformFailed(command, [f"{type(outcome.exception).__name__}: "
                                        f"{outcome.exception}"]) from outcome.exception
    results = list(getattr(outcome.result, "results", None) or [])
    failed = [r for r in results if str(r.status) in ("error", "fail")]
    failures = [_describe(r) + _sample_rows(paths, r) for r in failed]
    if failures or not outcome.success:
        raise TransformFailed(command, failures or ["dbt reported failure (see dbt logs)"])
    return results


def _describe(result) -> str:
    """'test assert_percent_between_0_and_100: Got 1 result, configured to fail if != 0'."""
    node = result.node
    kind = node.resource_type.value if hasattr(node.resource_type, "value") else node.resource_type
    name = f"{node.schema}.{node.name}" if kind in ("model", "seed") else node.name
    return f"{kind} {name}: {(result.message or '').strip()}"


def _sample_rows(paths: Paths, result, limit: int = 3) -> str:
    """The first rows a failing test returned, so the error shows what to fix."""
    sql = getattr(result.node, "compiled_code", None)
    if str(result.status) != "fail" or not sql:
        return ""
    import duckdb

    try:
        with duckdb.connect(str(paths.warehouse)) as con:
            cur = con.execute(f"select * from ({sql}) limit {limit}")
            names = [d[0] for d in cur.description]
            rows = [dict(zip(names, row, strict=True)) for row in cur.fetchall()]
    except duckdb.Error as exc:  # the message without rows is still useful
        return f" (rows unavailable: {exc})"
    return "".join(f"\n    {row}" for row in rows)


@contextmanager
def _warehouse_env(paths: Paths):
    """Point dbt's profile at this root's warehouse for the duration of a command."""
    saved = os.environ.get("PRESSROOM_WAREHOUSE")
    os.environ["PRESSROOM_WAREHOUSE"] = str(paths.warehouse)
    try:
        yield
    finally:
        if saved is None:
            del os.environ["PRESSROOM_WAREHOUSE"]
        else:
            os.environ["PRESSROOM_WAREHOUSE"] = saved


def _release_warehouse() -> None:
    """Close the DuckDB database dbt-duckdb keeps open after a command (it holds the file lock)."""
    from dbt.adapters.duckdb.connections import DuckDBConnectionManager

    env = DuckDBConnectionManager._ENV  # dbt-duckdb offers no public "close": see module doc
    if env is not None:
        env.close()
    DuckDBConnectionManager.close_all_connections()
