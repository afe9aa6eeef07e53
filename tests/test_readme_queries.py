"""The README's "Query the warehouse" section is true: every SQL, Python and CLI snippet runs
on the sample inbox's published file, and the four questions answer what the README shows."""

from __future__ import annotations

import re

import duckdb
import pytest

from pressroom import db, transform
from pressroom.landing import land_files
from pressroom.publish import publish
from pressroom.settings import PROJECT_DIR, Paths
from pressroom.staging import parse_pending

pytestmark = pytest.mark.slow

#: Columns whose value is the day the sample was run when the release gives no date.
RUN_DAY_COLUMNS = {"year", "last_seen_on"}


def query_section() -> str:
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Query the warehouse")
    end = readme.index("\n## ", start + 1)
    return readme[start:end]


def snippets(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", query_section(), flags=re.S)


def shown_table(text: str) -> list[dict[str, str]]:
    """A README output block: a header line and rows, columns separated by 2+ spaces."""
    header, *rows = [re.split(r"\s{2,}", line.strip()) for line in text.strip().splitlines()]
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Paths:
    """The sample inbox landed, parsed, modelled and published (as `make run` does)."""
    paths = Paths(tmp_path_factory.mktemp("readme") / "pressroom")
    con = db.connect(paths.warehouse)
    try:
        land_files(con, paths, [PROJECT_DIR / "landing" / "inbox"], None)
        parse_pending(con, paths)
    finally:
        con.close()
    transform.build(paths)
    with duckdb.connect(str(paths.warehouse)) as con:
        publish(con, paths)
    return paths


def run(paths: Paths, sql: str) -> tuple[list[str], list[tuple]]:
    with duckdb.connect(str(paths.published), read_only=True) as con:
        cur = con.execute(sql)
        return [d[0] for d in cur.description], cur.fetchall()


def test_every_sql_snippet_returns_rows(published):
    sql = snippets("sql")
    assert len(sql) >= 5
    for query in sql:
        assert run(published, query)[1], f"no rows:\n{query}"


def test_the_four_questions_answer_what_the_readme_shows(published):
    questions, outputs = snippets("sql")[:4], snippets("text")[:4]
    assert len(outputs) == 4
    for query, output in zip(questions, outputs, strict=True):
        columns, rows = run(published, query)
        got = [{c: "NULL" if v is None else str(v).strip()
                for c, v in zip(columns, row, strict=True) if c not in RUN_DAY_COLUMNS}
               for row in rows]
        shown = [{c: v for c, v in row.items() if c not in RUN_DAY_COLUMNS}
                 for row in shown_table(output)]
        assert got == shown, query


def test_python_snippet_runs_from_the_checkout(published, monkeypatch):
    monkeypatch.chdir(published.root)
    (code,) = snippets("python")
    *body, last = code.strip().splitlines()
    namespace: dict = {}
    exec("\n".join(body), namespace)
    frame = eval(last, namespace)
    assert len(frame) > 0 and "category" in frame.columns
    namespace["con"].close()


def test_cli_snippet_queries_run(published):
    lines = [line[2:] for block in snippets("sh") for line in block.splitlines()
             if line.startswith("D ")]
    assert lines
    for sql in lines:
        assert run(published, sql)[1]
