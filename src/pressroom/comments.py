"""Table and column descriptions for the published warehouse, so BI tools show them.

The descriptions are written once, in dbt's YAML files (models, seeds and sources); dbt
renders them into its `manifest.json` at every build. `describe_published` reads that manifest
and writes each description as a DuckDB comment (`COMMENT ON TABLE / COLUMN`) on the tables of
the new published file, where SQLAlchemy (`inspect(engine).get_table_comment`), DBeaver,
Superset and `duckdb_columns()` find them. The two tables publishing itself adds (`meta.*`)
are described here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from pressroom.settings import Paths

#: dbt resource types whose descriptions are copied (tests and macros have no table).
_DESCRIBED_TYPES = ("model", "seed", "snapshot")


@dataclass(frozen=True)
class TableDoc:
    """The description of one table and of its columns."""

    description: str
    columns: dict[str, str] = field(default_factory=dict)


#: The tables `pressroom.publish` writes about the publish itself.
META_DOCS: dict[tuple[str, str], TableDoc] = {
    ("meta", "publish_info"): TableDoc(
        "One row about this published file: which publish wrote it, when, and with which parser.",
        {
            "publish_id": "Identifier of the publish (UTC time and a random suffix).",
            "published_at": "When the file was published.",
            "flow_run_id": "The Prefect flow run that published it; null outside Prefect.",
            "parser_version": "Version of the parser that produced the staging rows.",
            "dbt_project": "Fingerprint (sha256) of the dbt project that built the marts; "
                           "null when unknown.",
        },
    ),
    ("meta", "published_tables"): TableDoc(
        "The tables of this published file, with their row counts.",
        {
            "table_schema": "Schema of the table.",
            "table_name": "Name of the table.",
            "row_count": "Rows the table held when published.",
        },
    ),
}


def load_docs(manifest: Path) -> dict[tuple[str, str], TableDoc]:
    """(schema, table) -> descriptions, from a dbt manifest; empty when there is no manifest."""
    if not manifest.is_file():
        return {}
    data = json.loads(manifest.read_text(encoding="utf-8"))
    docs: dict[tuple[str, str], TableDoc] = {}
    nodes = [n for n in data.get("nodes", {}).values()
             if n.get("resource_type") in _DESCRIBED_TYPES]
    for node in [*nodes, *data.get("sources", {}).values()]:
        table = node.get("alias") or node.get("identifier") or node["name"]
        columns = {name: _clean(col.get("description")) for name, col in node["columns"].items()}
        docs[(node["schema"], table)] = TableDoc(
            _clean(node.get("description")), {k: v for k, v in columns.items() if v}
        )
    return docs


def describe_published(
    con: duckdb.DuckDBPyConnection,
    catalog: str,
    tables: Iterable[tuple[str, str]],
    manifest: Path,
) -> list[str]:
    """Comment every table of `tables` in the attached database `catalog` and its columns.

    Returns "schema.table.column" of each column left without a description (none, when the
    YAML files describe everything published). A comment the table or column has already (a
    publish that updates a copy of the previous file) is not written again: each one is a
    change to the file's catalog.
    """
    docs = {**load_docs(manifest), **META_DOCS}
    undescribed: list[str] = []
    for schema, table in tables:
        doc = docs.get((schema, table), TableDoc(""))
        qualified = ".".join(_quote(part) for part in (catalog, schema, table))
        where = [catalog, schema, table]
        (current,), = con.execute(
            "select comment from duckdb_tables() "
            "where database_name = ? and schema_name = ? and table_name = ?", where).fetchall()
        if doc.description and doc.description != current:
            con.execute(f"comment on table {qualified} is {_literal(doc.description)}")
        columns = con.execute(
            "select column_name, comment from duckdb_columns() "
            "where database_name = ? and schema_name = ? and table_name = ? order by column_index",
            where,
        ).fetchall()
        for column, comment in columns:
            text = doc.columns.get(column)
            if not text:
                undescribed.append(f"{schema}.{table}.{column}")
            elif text != comment:
                con.execute(f"comment on column {qualified}.{_quote(column)} is {_literal(text)}")
    return undescribed


def _clean(text: str | None) -> str:
    """A description as one paragraph: dbt keeps the YAML's line breaks inside doc blocks."""
    return " ".join((text or "").split())


def _quote(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def manifest_path(paths: Paths) -> Path:
    """Where the last dbt build of this root wrote its manifest."""
    from pressroom.transform import DbtDirs

    return DbtDirs.for_paths(paths).target / "manifest.json"
