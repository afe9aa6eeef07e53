"""Parse landed files into the staging tables, batch by batch, once per parser version.

A file is pending when `staging.parsed_files` has no row for it at the current
`settings.PARSER_VERSION`. Parsing a batch replaces every staging row of its files (whatever
version wrote them) and adds a `parsed_files` row, so bumping the version re-parses everything
without duplicates while `parsed_files` keeps the history. Rows reach DuckDB as one Arrow table
per staging table per batch, in one transaction.

Parsing and writing are apart so batches can be parsed anywhere (another process, a Dask
worker): `parse_to_tables` reads and parses files into Arrow tables and needs no database;
`write_batch` puts one parsed batch into DuckDB, from the one process that writes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime
from itertools import pairwise
from pathlib import Path

import duckdb
import pyarrow as pa

from pressroom import attempts
from pressroom.arrow_sql import registered
from pressroom.db import bulk_writes, transaction, write_in_bulk
from pressroom.landing import LandedFileError, discover, display_path, read_landed, stored_file
from pressroom.limits import limit_release
from pressroom.model import ParsedFile, Problem, Release
from pressroom.parsing.boilerplate import CORPUS_SAMPLE
from pressroom.settings import PARSER_VERSION, Paths

log = logging.getLogger(__name__)

#: Files per batch: one Prefect task and one set of INSERTs each; bounds memory.
BATCH_SIZE = 500
#: Files per batch on a Dask cluster (the `parse` flow). Each batch costs a round trip through
#: Dask and a write in the flow's process whatever its size (it was also a Prefect task run,
#: ~0.5 CPU s, when the batch size was chosen). A 1,000-file batch is ~10 MB of Arrow tables,
#: a fraction of a second of DuckDB writing, and ~46 MB more peak RSS in the process that
#: parses it (its rows as Python objects before they become Arrow tables).
CLUSTER_BATCH_SIZE = 2 * BATCH_SIZE
#: Batches handed to a Dask cluster per worker thread (the `parse` flow and its benchmark): the
#: one it parses and the next. Between two batches of one worker, the result travels to the
#: flow's process, which writes it, counts the next batch's attempt and submits it; with a
#: single batch per thread the worker idled through all of it. Dask queues the second batch on
#: the worker, which starts it as soon as the first is done.
BATCHES_PER_THREAD = 2
#: The last batches of a run on several workers are this many times smaller (`batch_slices`).
TAIL_SPLIT = 4
#: Landed files (most recent first) whose text teaches which lines are site boilerplate.
BOILERPLATE_SAMPLE = CORPUS_SAMPLE

Parser = Callable[..., ParsedFile]  # parse_bytes(data, source, *, boilerplate) -> ParsedFile

_TS = pa.timestamp("us", tz="UTC")
SCHEMAS: dict[str, pa.Schema] = {
    "parsed_files": pa.schema([
        ("sha256", pa.string()), ("parser_version", pa.string()), ("status", pa.string()),
        ("release_count", pa.int32()), ("parsed_at", _TS),
    ]),
    "releases": pa.schema([
        ("release_id", pa.string()), ("sha256", pa.string()), ("release_index", pa.int32()),
        ("parser_version", pa.string()), ("title", pa.string()), ("language", pa.string()),
        ("template", pa.string()), ("dateline", pa.string()), ("country", pa.string()),
        ("published_on", pa.date32()), ("lead", pa.string()), ("word_count", pa.int32()),
        ("parsed_at", _TS),
    ]),
    "paragraphs": pa.schema([
        ("release_id", pa.string()), ("sha256", pa.string()), ("parser_version", pa.string()),
        ("position", pa.int32()), ("section", pa.string()), ("text", pa.string()),
    ]),
    "contacts": pa.schema([
        ("contact_id", pa.string()), ("release_id", pa.string()), ("sha256", pa.string()),
        ("parser_version", pa.string()), ("position", pa.int32()), ("name", pa.string()),
        ("office", pa.string()),
    ]),
    "contact_points": pa.schema([
        ("contact_id", pa.string()), ("release_id", pa.string()), ("sha256", pa.string()),
        ("parser_version", pa.string()), ("position", pa.int32()), ("kind", pa.string()),
        ("value", pa.string()), ("extension", pa.string()), ("raw", pa.string()),
        ("is_valid", pa.bool_()),
    ]),
    "statistics": pa.schema([
        ("statistic_id", pa.string()), ("release_id", pa.string()), ("sha256", pa.string()),
        ("parser_version", pa.string()), ("position", pa.int32()), ("value", pa.float64()),
        ("value_max", pa.float64()), ("unit", pa.string()), ("qualifier", pa.string()),
        ("subject", pa.string()), ("period_start", pa.int32()), ("period_end", pa.int32()),
        ("text", pa.string()), ("sentence", pa.string()), ("paragraph", pa.int32()),
        ("char_start", pa.int32()), ("char_end", pa.int32()),
    ]),
    "rejected_figures": pa.schema([
        ("release_id", pa.string()), ("sha256", pa.string()), ("parser_version", pa.string()),
        ("position", pa.int32()), ("text", pa.string()), ("rule", pa.string()),
        ("reason", pa.string()), ("sentence", pa.string()), ("paragraph", pa.int32()),
        ("char_start", pa.int32()), ("char_end", pa.int32()),
    ]),
    "parse_problems": pa.schema([
        ("sha256", pa.string()), ("parser_version", pa.string()), ("stage", pa.string()),
        ("reason", pa.string()), ("detail", pa.string()), ("recorded_at", _TS),
    ]),
}
#: Tables whose rows belong to one parse of a file: replaced when the file is parsed again.
REPLACED_TABLES = ("releases", "paragraphs", "contacts", "contact_points", "statistics",
                   "rejected_figures", "parse_problems")


@dataclass(frozen=True)
class PendingFile:
    """A landed file the current parser version has not parsed yet."""

    sha256: str
    original_name: str
    stored_path: str
    encoding: str | None


_FILES_SCHEMA = pa.schema([
    ("sha256", pa.string()), ("original_name", pa.string()), ("stored_path", pa.string()),
    ("encoding", pa.string()), ("attempts", pa.int32()),
])


def files_table(files: Sequence[PendingFile],
                given_up: Sequence[tuple[PendingFile, int]] = ()) -> pa.Table:
    """A batch's files as one Arrow table: the form a batch travels in to a worker.

    A task runner handles one object instead of a thousand dataclasses: Dask tokenizes and
    Prefect walks every parameter of every task it submits, ~60 ms of the writing process's
    CPU per 1,000-file batch for a list of PendingFile, under 1 ms for this table.
    `attempts` is null for a file to parse, else the attempts after which it was given up."""
    rows = [(f, None) for f in files] + list(given_up)
    return pa.table([
        pa.array([f.sha256 for f, _ in rows], pa.string()),
        pa.array([f.original_name for f, _ in rows], pa.string()),
        pa.array([f.stored_path for f, _ in rows], pa.string()),
        pa.array([f.encoding for f, _ in rows], pa.string()),
        pa.array([n for _, n in rows], pa.int32()),
    ], schema=_FILES_SCHEMA)


def files_of_table(table: pa.Table
                   ) -> tuple[list[PendingFile], list[tuple[PendingFile, int]]]:
    """The files to parse and the files given up on (with their attempts) of `files_table`."""
    columns = table.to_pydict()
    to_parse: list[PendingFile] = []
    given_up: list[tuple[PendingFile, int]] = []
    for sha, name, stored, encoding, tried in zip(*columns.values(), strict=True):
        pending = PendingFile(sha, name, stored, encoding)
        if tried is None:
            to_parse.append(pending)
        else:
            given_up.append((pending, tried))
    return to_parse, given_up


@dataclass
class ParseSummary:
    """What a parse run (or one batch of it) wrote to staging."""

    parser_version: str = PARSER_VERSION
    files_parsed: int = 0
    files_failed: int = 0
    releases: int = 0
    contacts: int = 0
    statistics: int = 0
    rejected_figures: int = 0
    problems: int = 0
    batches: int = 0

    def add(self, other: ParseSummary) -> None:
        for name in ("files_parsed", "files_failed", "releases", "contacts", "statistics",
                     "rejected_figures", "problems", "batches"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Rows:
    """The staging rows of one batch, table by table, before they become Arrow tables."""

    parser_version: str
    now: datetime
    tables: dict[str, list[dict]] = field(
        default_factory=lambda: {name: [] for name in SCHEMAS})

    def problem(self, sha256: str, problem: Problem) -> None:
        self.tables["parse_problems"].append({
            "sha256": sha256, "parser_version": self.parser_version, "stage": problem.stage,
            "reason": problem.reason, "detail": problem.detail, "recorded_at": self.now,
        })

    def file(self, sha256: str, status: str, release_count: int) -> None:
        self.tables["parsed_files"].append({
            "sha256": sha256, "parser_version": self.parser_version, "status": status,
            "release_count": release_count, "parsed_at": self.now,
        })

    def release(self, sha256: str, index: int, release: Release) -> None:
        release_id = f"{sha256}-{index}"
        common = {"release_id": release_id, "sha256": sha256,
                  "parser_version": self.parser_version}
        self.tables["releases"].append(common | {
            "release_index": index, "title": release.title, "language": release.language,
            "template": release.template, "dateline": release.dateline,
            "country": release.country,
            "published_on": self._date(sha256, index, release.published_on),
            "lead": release.lead, "word_count": release.word_count, "parsed_at": self.now,
        })
        self.tables["paragraphs"] += [
            common | {"position": i, "section": p.section, "text": p.text}
            for i, p in enumerate(release.paragraphs)
        ]
        for c_pos, contact in enumerate(release.contacts):
            contact_id = f"{release_id}-c{c_pos}"
            self.tables["contacts"].append(common | {
                "contact_id": contact_id, "position": c_pos, "name": contact.name,
                "office": contact.office,
            })
            points = [("email", e.lower(), None, e, True) for e in contact.emails] + [
                (p.kind, p.e164, p.extension, p.raw or None, p.valid) for p in contact.phones
            ]
            self.tables["contact_points"] += [
                common | {"contact_id": contact_id, "position": pos, "kind": kind,
                          "value": value, "extension": ext, "raw": raw, "is_valid": valid}
                for pos, (kind, value, ext, raw, valid) in enumerate(points)
            ]
        self.tables["statistics"] += [
            common | {
                "statistic_id": f"{release_id}-s{pos}", "position": pos, "value": s.value,
                "value_max": s.value_max, "unit": s.unit, "qualifier": s.qualifier,
                "subject": s.subject, "period_start": s.period_start,
                "period_end": s.period_end, "text": s.text, "sentence": s.sentence,
                "paragraph": s.paragraph, "char_start": s.start, "char_end": s.end,
            }
            for pos, s in enumerate(release.statistics)
        ]
        self.tables["rejected_figures"] += [
            common | {
                "position": pos, "text": r.text, "rule": r.rule, "reason": r.reason,
                "sentence": r.sentence or None, "paragraph": r.paragraph,
                "char_start": r.start, "char_end": r.end,
            }
            for pos, r in enumerate(release.rejected)
        ]

    def _date(self, sha256: str, index: int, value: str | None) -> date | None:
        if not value:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.problem(sha256, Problem(
                "load", f"release {index}: published_on {value!r} is not an ISO date; "
                "stored as null"))
            return None

    def arrow(self, table: str) -> pa.Table:
        # One struct array from the row dicts, split into columns: the same table as
        # `pa.Table.from_pylist(rows, schema)` in ~55 % of its CPU (43 against 79 ms for a
        # 1,000-file batch's tables; Arrow's struct conversion looks each field up in C).
        schema = SCHEMAS[table]
        rows = pa.array(self.tables[table], pa.struct(list(schema)))
        return pa.Table.from_batches([pa.RecordBatch.from_struct_array(rows)], schema=schema)


@dataclass
class ParsedBatch:
    """One batch parsed into Arrow tables (one per staging table), ready to be written."""

    hashes: list[str]  # every file of the batch, parsed or failed
    tables: dict[str, pa.Table]
    summary: ParseSummary

    @property
    def nbytes(self) -> int:
        """The bytes its Arrow tables hold."""
        return sum(table.nbytes for table in self.tables.values())


def combined(batches: Sequence[ParsedBatch]) -> ParsedBatch:
    """`batches` as one batch, written with one INSERT per table (no row is copied: the Arrow
    tables are chained). Their summaries add up, batches included."""
    summary = ParseSummary(parser_version=batches[0].summary.parser_version if batches
                           else PARSER_VERSION)
    for batch in batches:
        summary.add(batch.summary)
    names = [name for name in SCHEMAS if any(name in batch.tables for batch in batches)]
    return ParsedBatch([sha for batch in batches for sha in batch.hashes],
                       {name: pa.concat_tables([batch.tables[name] for batch in batches
                                                if name in batch.tables]) for name in names},
                       summary)


def batch_slices(count: int, size: int, workers: int = 1) -> list[slice]:
    """Where to cut `count` files into batches of `size`. With several workers, the last
    `workers` × `size` files go in batches TAIL_SPLIT times smaller: the workers then finish
    within a small batch of one another, instead of all but one idling while the last one
    parses a full batch (~3 s of a 1,000-file batch on one core)."""
    tail = min(count, workers * size) if workers > 1 else 0
    bounds = [*range(0, count - tail, size),
              *range(count - tail, count, max(1, size // TAIL_SPLIT)), count]
    return [slice(start, end) for start, end in pairwise(bounds) if end > start]


def pending_files(con: duckdb.DuckDBPyConnection, parser_version: str = PARSER_VERSION,
                  limit: int | None = BATCH_SIZE) -> list[PendingFile]:
    """Up to `limit` (None: all) landed files not yet parsed by `parser_version`, oldest
    first."""
    rows = con.execute(
        f"""
        select f.sha256, f.original_name, f.stored_path, f.encoding
        from landing.files f
        where not exists (select 1 from staging.parsed_files p
                          where p.sha256 = f.sha256 and p.parser_version = $version)
        order by f.landed_at, f.sha256
        {"limit $limit" if limit is not None else ""}
        """,
        {"version": parser_version} | ({"limit": limit} if limit is not None else {}),
    ).fetchall()
    return [PendingFile(*row) for row in rows]


def count_pending(con: duckdb.DuckDBPyConnection, parser_version: str = PARSER_VERSION) -> int:
    """How many landed files `parser_version` has not parsed yet (for progress bars)."""
    return con.execute(
        """
        select count(*) from landing.files f
        where not exists (select 1 from staging.parsed_files p
                          where p.sha256 = f.sha256 and p.parser_version = $version)
        """,
        {"version": parser_version},
    ).fetchall()[0][0]


def files_to_parse_estimate(paths: Paths, inbox: Path) -> int:
    """About how many files a run on `inbox` will parse, before it lands them: the files
    pending already, plus the inbox's files that landing has not read before (landing's
    `inbox_index`; an inbox keeps its files after they land, or may hold only new ones).
    Read-only, cheap (file names are looked up, not read; inside `landing.one_listing` the
    inbox is listed once for this and the landing): it only decides whether to start a Dask
    cluster early (flows.pipeline)."""
    in_inbox = [display_path(path) for path in discover([inbox]).files]
    if not paths.warehouse.is_file():
        return len(in_inbox)
    try:
        con = duckdb.connect(str(paths.warehouse), read_only=True)
    except duckdb.Error:  # another process writes: the parse flow decides for itself
        return 0
    names = pa.table({"source_path": pa.array(in_inbox, pa.string())})
    with con, registered(con, "inbox_paths", names):
        try:
            (read_before,), = con.execute(
                "select count(*) from inbox_paths "
                "semi join landing.inbox_index using (source_path)").fetchall()
            return len(in_inbox) - read_before + count_pending(con)
        except duckdb.CatalogException:  # no tables yet
            return len(in_inbox)


def pending_batches(con: duckdb.DuckDBPyConnection, parser_version: str = PARSER_VERSION,
                    batch_size: int = BATCH_SIZE) -> Iterator[list[PendingFile]]:
    """Batches of pending files until none is left; each must be parsed before the next."""
    while batch := pending_files(con, parser_version, batch_size):
        yield from attempts.isolate_retried(con, batch, parser_version)


def corpus_boilerplate(con: duckdb.DuckDBPyConnection, paths: Paths,
                       sample: int = BOILERPLATE_SAMPLE) -> frozenset[str]:
    """Lines that repeat across landed pages (site navigation, footers), learned once per run.

    Learned from the `sample` most recently landed files, so a single new file still benefits
    from the corpus, while the work and memory stay bounded however large the corpus grows.
    """
    from pressroom.parsing.boilerplate import learn_from_files

    rows = con.execute(
        "select stored_path from landing.files order by landed_at desc, sha256 limit $n",
        {"n": sample},
    ).fetchall()
    # unreadable files are skipped here; parse_batch records them with their reason
    return learn_from_files(stored_file(paths, row[0]) for row in rows)


def parse_batch(
    con: duckdb.DuckDBPyConnection,
    paths: Paths,
    files: list[PendingFile],
    boilerplate: frozenset[str] = frozenset(),
    *,
    parser_version: str = PARSER_VERSION,
    parser: Parser | None = None,
) -> ParseSummary:
    """Parse `files` and replace their staging rows; a file that fails is recorded, not raised.

    Each file's attempt is counted first (`attempts.begin`): a file that keeps killing the
    process is given up on after `attempts.MAX_ATTEMPTS` instead of being parsed forever.
    """
    to_parse, given_up = attempts.begin(con, files, parser_version)
    batch = parse_to_tables(paths, to_parse, boilerplate, given_up=given_up,
                            parser_version=parser_version, parser=parser)
    return write_batch(con, batch)


def parse_to_tables(
    paths: Paths,
    files: list[PendingFile],
    boilerplate: frozenset[str] = frozenset(),
    *,
    given_up: Sequence[tuple[PendingFile, int]] = (),
    parser_version: str = PARSER_VERSION,
    parser: Parser | None = None,
) -> ParsedBatch:
    """Read and parse `files` (from `paths.raw`) into Arrow tables; touches no database.

    A file that cannot be read or parsed is recorded (status failed, a parse problem), and so
    is each file of `given_up` (attempts exhausted: see `attempts`), which is not parsed.
    """
    parse = parser or _default_parser()
    rows = _Rows(parser_version, datetime.now(UTC))
    summary = ParseSummary(parser_version=parser_version, batches=1)
    for pending, count in given_up:
        rows.problem(pending.sha256, Problem("attempts", attempts.given_up_reason(count)))
        rows.file(pending.sha256, "failed", 0)
        summary.files_failed += 1
    for pending in files:
        kept = _parse_one(paths, pending, boilerplate, parse, rows)
        rows.file(pending.sha256, "parsed" if kept else "failed", kept)
        summary.files_parsed += bool(kept)
        summary.files_failed += not kept
    summary.releases = len(rows.tables["releases"])
    summary.contacts = len(rows.tables["contacts"])
    summary.statistics = len(rows.tables["statistics"])
    summary.rejected_figures = len(rows.tables["rejected_figures"])
    summary.problems = len(rows.tables["parse_problems"])
    tables = {name: rows.arrow(name) for name in SCHEMAS if rows.tables[name]}
    return ParsedBatch([f.sha256 for f in files] + [f.sha256 for f, _ in given_up], tables,
                       summary)


def parse_files_table(root: str, files: pa.Table, boilerplate: frozenset[str]) -> ParsedBatch:
    """Parse one batch given as `files_table` under the pressroom root `root`: what a Dask
    worker runs for each batch (plain arguments, no database, no Prefect)."""
    to_parse, given_up = files_of_table(files)
    return parse_to_tables(Paths(Path(root)), to_parse, boilerplate, given_up=given_up)


def write_batch(con: duckdb.DuckDBPyConnection, batch: ParsedBatch) -> ParseSummary:
    """Replace the staging rows of the batch's files with its tables; its summary."""
    write_in_bulk(con, lambda: _write(con, batch.hashes, batch.tables))
    return batch.summary


def _parse_one(paths: Paths, pending: PendingFile, boilerplate: frozenset[str],
               parse: Parser, rows: _Rows) -> int:
    """Add one file's rows; return how many releases were kept (0 = the file failed)."""
    sha = pending.sha256
    try:
        data = read_landed(paths, pending.stored_path, sha)  # verified against its sha256
    except LandedFileError as exc:
        rows.problem(sha, Problem(exc.stage, str(exc), exc.detail))
        return 0
    try:
        parsed = parse(data, pending.original_name, boilerplate=boilerplate)
    except Exception as exc:  # one bad file must not stop the batch
        log.exception("parser failed on %s (%s)", pending.original_name, sha)
        rows.problem(sha, Problem("parse", "the parser failed on this file",
                                  f"{type(exc).__name__}: {exc}"))
        return 0
    for problem in parsed.problems:
        rows.problem(sha, problem)
    kept = 0
    for index, release in enumerate(parsed.releases):
        if not (release.title or "").strip() and not release.paragraphs:
            rows.problem(sha, Problem("release", f"release {index} has neither title nor text:"
                                      " not kept"))
            continue
        for problem in limit_release(index, release):  # per-file caps, recorded
            rows.problem(sha, problem)
        rows.release(sha, index, release)
        kept += 1
    if not kept and not parsed.problems and not parsed.releases:
        rows.problem(sha, Problem("segment", "no release found in the file"))
    return kept


def _write(con: duckdb.DuckDBPyConnection, hashes: list[str],
           tables: dict[str, pa.Table]) -> None:
    """Replace the batch's staging rows: one DELETE and one INSERT per table, one transaction."""
    batch_files = pa.table({"sha256": pa.array(hashes, pa.string())})
    with transaction(con):  # a failed COMMIT (full disk) raises its own cause
        with registered(con, "batch_files", batch_files):
            # Files parsed before (another parser version) have rows to replace; new files,
            # nearly all of them, have none: no scan of every staging table per batch.
            (seen,), = con.execute("select count(*) from staging.parsed_files "
                                   "where sha256 in (select sha256 from batch_files)").fetchall()
            for table in REPLACED_TABLES if seen else ():
                con.execute(f"delete from staging.{table} "
                            "where sha256 in (select sha256 from batch_files)")
        for table in SCHEMAS:
            if table not in tables:
                continue
            verb = "insert or replace" if table == "parsed_files" else "insert"
            with registered(con, "batch_rows", tables[table]):
                con.execute(f"{verb} into staging.{table} by name select * from batch_rows")


def parse_pending(
    con: duckdb.DuckDBPyConnection,
    paths: Paths,
    *,
    batch_size: int = BATCH_SIZE,
    parser_version: str = PARSER_VERSION,
    parser: Parser | None = None,
) -> ParseSummary:
    """Parse every landed file the parser version has not parsed yet, batch by batch."""
    summary = ParseSummary(parser_version=parser_version)
    boilerplate: frozenset[str] | None = None
    with bulk_writes(con):
        for batch in pending_batches(con, parser_version, batch_size):
            if boilerplate is None:  # learned only when there is something to parse
                boilerplate = corpus_boilerplate(con, paths)
            summary.add(parse_batch(con, paths, batch, boilerplate,
                                    parser_version=parser_version, parser=parser))
    return summary


def _default_parser() -> Parser:
    from pressroom.parsing import parse_bytes

    return parse_bytes
