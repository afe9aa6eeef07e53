"""The expectation suites, read from `expectations/<stage>/<suite>.json`.

Each file is a Great Expectations suite in GX's own JSON format. By default a suite named
`<schema>.<table>` validates that whole table; `meta.table` and `meta.query` point it at
another table or at a SQL query over it (e.g. the e-mails unnested from a list column).
`meta.batch_key` (SQL over a row giving its file's sha256; default `sha256` for landing and
staging) makes a suite check only the rows of files its gate has not validated yet.
Checked here so that a typo fails loudly instead of silently: every expectation states its
`severity` ("critical" stops the run, "warning" is logged), and `meta.row_keys` names the
columns that identify a row in failure reports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

STAGES = ("landing", "staging", "marts")
SEVERITIES = ("critical", "warning")
_TABLE = re.compile(r"^[a-z_][a-z0-9_]*\.[a-z_][a-z0-9_]*$")


class SuiteError(ValueError):
    """A suite file that cannot be used as written."""


@dataclass(frozen=True)
class SuiteFile:
    """One suite: the rows it validates, how a row is named, and the GX suite JSON."""

    stage: str
    name: str  # the file name, also the GX suite name
    table: str  # "<schema>.<table>" the rows come from; missing -> a failed critical result
    query: str  # SQL giving the rows to validate
    row_keys: tuple[str, ...]
    definition: dict[str, Any]
    path: Path
    #: SQL giving a row's landed file (sha256): the suite then checks only the rows of files
    #: its gate has not validated yet. None: the whole table every time.
    batch_key: str | None = None


def load_stage_suites(expectations_dir: Path, stage: str) -> list[SuiteFile]:
    """The suites of one stage, sorted by name."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}: expected one of {', '.join(STAGES)}")
    return [_load(path, stage) for path in sorted((expectations_dir / stage).glob("*.json"))]


def load_all_suites(expectations_dir: Path) -> list[SuiteFile]:
    """Every suite of every stage."""
    return [suite for stage in STAGES for suite in load_stage_suites(expectations_dir, stage)]


def _load(path: Path, stage: str) -> SuiteFile:
    try:
        definition = json.loads(path.read_text("utf-8"))
    except json.JSONDecodeError as exc:
        raise SuiteError(f"{path}: not valid JSON ({exc})") from exc
    name = definition.get("name")
    if name != path.stem:
        raise SuiteError(f"{path}: 'name' must be the file name {path.stem!r}, got {name!r}")
    meta = definition.get("meta", {})
    table = meta.get("table", name)
    if not _TABLE.match(table):
        raise SuiteError(f"{path}: the table {table!r} is not '<schema>.<table>' (set meta.table)")
    row_keys = meta.get("row_keys")
    if not row_keys or not all(isinstance(k, str) for k in row_keys):
        raise SuiteError(f"{path}: meta.row_keys must list the columns that identify a row")
    for i, expectation in enumerate(definition.get("expectations", [])):
        where = f"{path}: expectation {i} ({expectation.get('type')})"
        if not isinstance(expectation.get("kwargs"), dict):
            raise SuiteError(f"{where}: 'kwargs' must be an object")
        if expectation.get("severity") not in SEVERITIES:
            raise SuiteError(f"{where}: 'severity' must be one of {SEVERITIES}")
    query = meta.get("query") or "select * from {}".format(
        ".".join(f'"{part}"' for part in table.split(".")))
    batch_key = meta.get("batch_key", "sha256" if stage in ("landing", "staging") else None)
    return SuiteFile(stage=stage, name=name, table=table, query=query,
                     row_keys=tuple(row_keys), definition=definition, path=path,
                     batch_key=batch_key)
