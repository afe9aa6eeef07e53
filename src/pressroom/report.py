"""The run summary: what each stage did, what was refused, and where the results are.

`summarize` gathers a JSON-ready dict from the stages' results and the working warehouse;
`to_markdown` renders it for the Prefect artifact, `to_text` for the terminal.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb

from pressroom.errors import one_line
from pressroom.settings import Paths

#: Marts counted in the summary, in this order (others are listed after them).
MAIN_MARTS = ("releases", "contacts", "release_contacts", "statistics")
#: The gates, by stage validated.
GATES = ("landing", "staging", "marts")


def summarize(
    paths: Paths,
    stages: Mapping[str, Any],
    *,
    started_at: datetime,
    error: BaseException | None = None,
    failed_stage: str | None = None,
    run_id: str | None = None,
    seconds: Mapping[str, float] | None = None,
    skipped: list[str] | None = None,
    overhead: Mapping[str, float] | None = None,
) -> dict[str, Any]:
    """The summary of one pipeline run; `stages` maps stage name to the flow's result dict.

    `run_id` is the pipeline's flow run: the quality gates record their results under it.
    `seconds` is each stage's wall time; `skipped` the stages a run with nothing new skipped;
    `overhead` the time spent outside the stages' work (pressroom.overhead: start-up, Prefect's
    server, the Dask cluster, importing dbt).
    """
    land = stages.get("land") or {}
    gates = {g: _gate_status(stages, g, failed_stage) for g in GATES}
    publish = stages.get("publish") or {}
    return {
        "status": "failed" if error else "completed",
        "started_at": started_at.isoformat(),
        "finished_at": datetime.now(UTC).isoformat(),
        "failed_stage": failed_stage,
        "error": _error_text(error) if error else None,
        "error_details": _error_details(error, failed_stage),
        "stages": {name: _counts(result) for name, result in stages.items()},
        "seconds": dict(seconds or {}),
        "overhead": dict(overhead or {}),
        "skipped": list(skipped or []),
        "quarantined_files": list(land.get("quarantined_files", [])),
        "unreadable_files": list(land.get("unreadable_files", [])),
        "skipped_files": list(land.get("skipped_files", [])),
        "gates": gates,
        "failed_files": failed_files(paths.warehouse, started_at),
        "problem_files": problem_files(paths.warehouse, started_at),
        "failed_expectations": (failed_expectations(paths.warehouse, run_id)
                                if run_id else []) or _gate_failures(error),
        "quarantined_rows": quarantined_rows(paths.warehouse, run_id) if run_id else [],
        "marts": mart_counts(paths.warehouse),
        "published": bool(publish),
        "publish_id": publish.get("publish_id"),
        "paths": {
            "working_database": str(paths.warehouse),
            "published_database": str(paths.published),
            "parquet_dir": str(paths.parquet_dir),
            "docs_site": str(paths.docs_dir / "index.html"),
        },
    }


def write_summary(paths: Paths, summary: Mapping[str, Any]) -> Path:
    """Write the summary as JSON beside the working warehouse (last_run.json); its path."""
    import json

    target = paths.warehouse.parent / "last_run.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(summary, indent=2, default=str, ensure_ascii=False), "utf-8")
    return target


def mart_counts(warehouse: Path) -> dict[str, int]:
    """Rows per table of the `marts` schema of the working database (empty if none yet)."""
    if not warehouse.exists():
        return {}
    # A plain connection: dbt may hold the file read-write in this process (same instance).
    with duckdb.connect(str(warehouse)) as con:
        names = [n for (n,) in con.execute(
            "select table_name from information_schema.tables "
            "where table_catalog = current_database() and table_schema = 'marts'"
        ).fetchall()]
        ordered = [n for n in MAIN_MARTS if n in names] + sorted(set(names) - set(MAIN_MARTS))
        return {n: con.execute(f'select count(*) from marts."{n}"').fetchall()[0][0]
                for n in ordered}


def failed_files(warehouse: Path, since: datetime) -> list[dict[str, str]]:
    """Files that failed to parse since `since` (this run), each with its first reason."""
    rows = _staging_rows(warehouse, """
        select coalesce(f.original_name, p.sha256), p.sha256,
               (select pp.reason from staging.parse_problems pp
                where pp.sha256 = p.sha256 and pp.parser_version = p.parser_version
                order by pp.stage <> 'integrity', pp.recorded_at limit 1),
               exists (select 1 from staging.parse_problems pp
                       where pp.sha256 = p.sha256 and pp.parser_version = p.parser_version
                       and pp.stage = 'integrity')
        from staging.parsed_files p
        left join landing.files f using (sha256)
        where p.status = 'failed' and p.parsed_at >= ?
        order by 1
        """, since)
    return [{"name": name, "sha256": sha, "reason": reason or "no release found",
             "integrity": integrity}
            for name, sha, reason, integrity in rows]


def problem_files(warehouse: Path, since: datetime) -> list[dict[str, Any]]:
    """Files parsed since `since` (this run) that the parser could only partly read, each with
    its number of problems and the first reason; files that failed are `failed_files`."""
    rows = _staging_rows(warehouse, """
        select coalesce(any_value(f.original_name), pp.sha256), count(*),
               arg_min(pp.reason, pp.recorded_at)
        from staging.parse_problems pp
        join staging.parsed_files p
          on p.sha256 = pp.sha256 and p.parser_version = pp.parser_version
        left join landing.files f on f.sha256 = pp.sha256
        where pp.recorded_at >= ? and p.status <> 'failed'
        group by pp.sha256
        order by 1
        """, since)
    return [{"name": name, "problems": n, "reason": reason} for name, n, reason in rows]


def _staging_rows(warehouse: Path, sql: str, since: datetime) -> list[tuple[Any, ...]]:
    """The rows `sql` (one `?`: `since`) returns from the working warehouse; none before its
    first parse created the staging tables."""
    if not warehouse.exists():
        return []
    with duckdb.connect(str(warehouse)) as con:
        if not con.execute("select count(*) from information_schema.tables where "
                           "table_schema = 'staging' and table_name = 'parsed_files'"
                           ).fetchall()[0][0]:
            return []
        return con.execute(sql, [since]).fetchall()


def failed_expectations(warehouse: Path, run_id: str) -> list[str]:
    """Every expectation that failed in the run, critical first, from `quality.results`."""
    if not warehouse.exists():
        return []
    with duckdb.connect(str(warehouse)) as con:
        if not con.execute("select count(*) from information_schema.tables where "
                           "table_schema = 'quality' and table_name = 'results'"
                           ).fetchall()[0][0]:
            return []
        con.execute("alter table quality.results add column if not exists "
                    "quarantined_rows bigint")  # results stored by an older pressroom
        rows = con.execute(
            """
            select severity || coalesce(', ' || quarantined_rows || ' row(s) quarantined', ''),
                   table_name || coalesce('.' || column_name, ''), expectation,
                   coalesce(error, unexpected_count || ' unexpected',
                            'observed ' || observed_value),
                   unexpected_examples::varchar, message
            from quality.results
            where run_id = ? and not success
            order by severity = 'critical' desc, validated_at, table_name, expectation
            """,
            [run_id],
        ).fetchall()
        names = _file_names(con, {sha for row in rows for sha in SHA256.findall(row[4] or "")})
    return [f"[{sev}] " + (message or f"{target} {exp}: {what}")
            + _where(examples, names, worded=bool(message))
            for sev, target, exp, what, examples, message in rows]


#: A file's content hash inside a row key ("<sha256>-0-c0"): named by its file in messages.
SHA256 = re.compile(r"(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])")
#: Columns that only identify a row: left out of the examples people read.
ID_COLUMN = re.compile(r"(_id|_key|sha256)$")


def _file_names(con: duckdb.DuckDBPyConnection, shas: set[str]) -> dict[str, str]:
    """sha256 -> original file name, for the hashes found in failing rows."""
    if not shas or not con.execute("select count(*) from information_schema.tables where "
                                   "table_schema = 'landing' and table_name = 'files'"
                                   ).fetchall()[0][0]:
        return {}
    return dict(con.execute("select sha256, any_value(original_name) from landing.files "
                            "where list_contains($shas, sha256) group by sha256",
                            {"shas": sorted(shas)}).fetchall())


def _where(examples: str | None, names: Mapping[str, str], worded: bool) -> str:
    """The failing rows in words: one row's values without its ids (unless the suite's own
    message already says what is wrong), and the files they come from."""
    text = ""
    rows = json.loads(examples) if examples else []
    if not worded and rows and isinstance(rows[0], dict):
        shown = {k: v for k, v in rows[0].items() if not ID_COLUMN.search(k)} or rows[0]
        text = ", e.g. " + _clip(", ".join(f"{k} {json.dumps(v, ensure_ascii=False)}"
                                           for k, v in shown.items()))
    files = sorted({names[s] for s in SHA256.findall(examples or "") if s in names})
    if files:
        more = f" and {len(files) - 3} more" if len(files) > 3 else ""
        text += f" (in {', '.join(files[:3])}{more})"
    return text


def quarantined_rows(warehouse: Path, run_id: str, limit: int = 100) -> list[dict[str, str]]:
    """The rows the run's gates quarantined (table, key, expectation, reason), first `limit`."""
    if not warehouse.exists():
        return []
    with duckdb.connect(str(warehouse)) as con:
        if not con.execute("select count(*) from information_schema.tables where table_schema"
                           " = 'quality' and table_name = 'quarantined_rows'").fetchall()[0][0]:
            return []
        cursor = con.execute(
            "select table_name as table, row_key as key, expectation, reason"
            " from quality.quarantined_rows where run_id = ?"
            " order by table_name, row_key limit ?", [run_id, limit])
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def to_markdown(summary: Mapping[str, Any]) -> str:
    """The Prefect artifact: counts per stage, quarantined files, failed expectations."""
    ok = summary["status"] == "completed"
    lines = [f"# Pressroom pipeline: {'completed' if ok else 'FAILED'}", ""]
    if not ok:
        lines += [f"**Stopped at `{summary['failed_stage']}`**: {summary['error']}", ""]
        if summary.get("error_details"):
            lines += ["```", *summary["error_details"], "```", ""]
        lines += ["Nothing was published; the previously published warehouse is unchanged.", ""]
    lines += ["## Counts per stage", "", "| stage | counts |", "| --- | --- |"]
    for name, counts in summary["stages"].items():
        lines.append(f"| {name} | {_inline(counts) or '—'} |")
    lines += ["", "## Gates", "", "| stage | result |", "| --- | --- |"]
    lines += [f"| {gate} | {status} |" for gate, status in summary["gates"].items()]
    lines += ["", "## Quarantined files", ""]
    refused = (summary["quarantined_files"] + summary["unreadable_files"]
               + summary.get("skipped_files", []))
    if refused:
        lines += ["| file | reason |", "| --- | --- |"]
        lines += [f"| {_cell(f.get('name') or f.get('path'))} | {_cell(f['reason'])} |"
                  for f in refused]
    else:
        lines.append("None.")
    if summary.get("failed_files"):
        lines += ["", "## Files that failed to parse", "", "| file | reason |", "| --- | --- |"]
        lines += [f"| {_cell(f['name'])} | {_cell(f['reason'])} |"
                  for f in summary["failed_files"]]
    if summary.get("problem_files"):
        lines += ["", "## Files parsed with problems", "",
                  "Partly read; every problem is in table `staging.parse_problems`.", "",
                  "| file | problems | first reason |", "| --- | ---: | --- |"]
        lines += [f"| {_cell(f['name'])} | {f['problems']} | {_cell(f['reason'])} |"
                  for f in summary["problem_files"]]
    lines += ["", "## Quarantined rows", ""]
    if summary.get("quarantined_rows"):
        lines += ["Moved out of staging (not published as data), all in table"
                  " `quality.quarantined_rows`:", "",
                  "| table | key | expectation | reason |", "| --- | --- | --- | --- |"]
        lines += [f"| {_cell(q['table'])} | {_cell(q['key'])} | {_cell(q['expectation'])} | "
                  f"{_cell(q['reason'])} |" for q in summary["quarantined_rows"]]
    else:
        lines.append("None.")
    lines += ["", "## Failed expectations", ""]
    if summary["failed_expectations"]:
        lines += [f"- {_cell(e)}" for e in summary["failed_expectations"]]
    else:
        lines.append("None.")
    if summary["marts"]:
        lines += ["", "## Marts", "", "| table | rows |", "| --- | ---: |"]
        lines += [f"| {t} | {n} |" for t, n in summary["marts"].items()]
    lines += ["", "## Files", ""]
    if summary["publish_id"]:
        lines.append(f"- publish id: `{summary['publish_id']}` (table meta.publish_info)")
    lines += [f"- {label.replace('_', ' ')}: `{path}`"
              for label, path in summary["paths"].items()]
    return "\n".join(lines) + "\n"


def to_text(summary: Mapping[str, Any]) -> str:
    """A short summary for the terminal."""
    ok = summary["status"] == "completed"
    land = summary["stages"].get("land", {})
    lines = [
        "Pipeline " + ("completed" if ok else f"FAILED at {summary['failed_stage']}"),
        f"  landed {land.get('landed', 0)}, duplicates {land.get('duplicates', 0)}, "
        f"quarantined {land.get('quarantined', 0)}"
        + (f", skipped {land['skipped']}" if land.get("skipped") else ""),
    ]
    lines += [f"    quarantined {f.get('name') or f.get('path')}: {f['reason']}"
              for f in summary["quarantined_files"] + summary["unreadable_files"]]
    lines += [f"    skipped {f['path']}: {f['reason']}" for f in summary.get("skipped_files", [])]
    if "parse" in summary["stages"]:
        parsed = {k: v for k, v in summary["stages"]["parse"].items()
                  if isinstance(v, int) and k != "batches"}
        lines.append(f"  parsed: {_inline(parsed)}")
    lines += [f"    failed {f['name']}: {f['reason']}" for f in summary.get("failed_files", [])]
    lines += _problem_lines(summary.get("problem_files", []))
    lines.append("  gates: " + ", ".join(f"{g} {s}" for g, s in summary["gates"].items()))
    if summary.get("skipped"):
        lines.append("  nothing new since the last publish: the published warehouse is current"
                     f" ({', '.join(summary['skipped'])} skipped)")
    if summary.get("seconds"):
        lines.append("  seconds: " + _inline(summary["seconds"]))
    if summary["marts"]:
        lines.append("  marts: " + ", ".join(f"{t} {n}" for t, n in summary["marts"].items()))
    quarantined = summary.get("quarantined_rows") or []
    if quarantined:
        lines.append(f"  quarantined rows: {len(quarantined)}"
                     + ("+" if len(quarantined) >= 100 else "")
                     + " (not published; table quality.quarantined_rows)")
        lines += [f"    - {q['table']} {q['key']}: {_clip(q['reason'])}" for q in quarantined[:10]]
    if not ok:
        lines.append(f"  error: {summary['error']}")
        lines += ["    - " + "\n      ".join(part.strip() for part in d.splitlines())
                  for d in summary.get("error_details", [])]
    if summary["failed_expectations"]:
        lines.append("  failed expectations:" if not ok
                     else "  warnings (failed expectations that do not block):")
        lines += [f"    - {e}" for e in summary["failed_expectations"]]
    if not ok:
        lines.append("  nothing was published; the published warehouse is unchanged")
    paths = summary["paths"]
    lines += [
        f"  working DB:   {paths['working_database']}",
        f"  published DB: {paths['published_database']}"
        + ("" if summary["published"] else " (not updated)"),
        f"  parquet:      {paths['parquet_dir']}",
        f"  docs site:    {paths['docs_site']}",
    ]
    return "\n".join(lines)


def _problem_lines(files: list[Mapping[str, Any]], shown: int = 10) -> list[str]:
    """The terminal lines naming this run's files parsed with problems (the first `shown`)."""
    lines = [f"    partly read {f['name']}: {_clip(f['reason'])}"
             + (f" (+{f['problems'] - 1} more)" if f["problems"] > 1 else "")
             for f in files[:shown]]
    if len(files) > shown:
        lines.append(f"    … and {len(files) - shown} more file(s) (table staging.parse_problems)")
    return lines


def _gate_status(stages: Mapping[str, Any], gate: str, failed_stage: str | None) -> str:
    name = f"validate {gate}"
    if failed_stage == name:
        return "failed"
    if name not in stages:
        return "not run"
    quarantined = (stages[name] or {}).get("quarantined_rows") if isinstance(
        stages[name], Mapping) else None
    return f"passed ({quarantined} row(s) quarantined)" if quarantined else "passed"


def _counts(result: Any) -> dict[str, Any]:
    """The numbers of a stage's result (counts, seconds), without ids, paths and details."""
    if not isinstance(result, Mapping):
        return {}
    return {k: v for k, v in result.items() if isinstance(v, int | float)}


def _gate_failures(error: BaseException | None) -> list[str]:
    """The failures a quality gate's exception carries (ExpectationOutcome.failure_text)."""
    failures = getattr(error, "failures", None) or []
    return [f.failure_text() if hasattr(f, "failure_text") else str(f) for f in failures]


def _error_details(error: BaseException | None, failed_stage: str | None) -> list[str]:
    """What a failed stage that is not a gate lists below its error (the failing dbt models
    and tests, with their rows); a gate's failures are the failed expectations already."""
    if error is None or (failed_stage or "").startswith("validate "):
        return []
    return [str(f) for f in getattr(error, "failures", None) or []]


def _error_text(error: BaseException) -> str:
    """The error's cause in one line: a gate's exception lists its failures below it (shown
    apart); a disk, lock or corruption error is named (pressroom.errors.one_line)."""
    return one_line(error)


def _clip(text: str, limit: int = 160) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _inline(counts: Mapping[str, Any]) -> str:
    return ", ".join(f"{k} {v}" for k, v in counts.items())


def _cell(value: Any) -> str:
    """Text safe inside a markdown table cell."""
    return str(value).replace("|", "\\|").replace("\n", " ")
