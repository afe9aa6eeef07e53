"""The `pressroom` command line. Each command is a thin call into the library or a flow."""

from __future__ import annotations

import json
import signal
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Final

import typer

from pressroom.settings import apply_environment

#: Options shared by the bench and corpus commands.
CorpusOption = Annotated[
    Path | None, typer.Option(help="A folder of release files (or with raw/) instead.")]
SeedOption = Annotated[int, typer.Option(help="Seed of the generated corpus.")]
WorkdirOption = Annotated[
    Path | None, typer.Option(help="Scratch folder (default: a temporary one, removed).")]


@contextmanager
def _scratch(workdir: Path | None) -> Iterator[Path]:
    """`workdir` as given (kept), or a temporary folder removed afterwards."""
    if workdir is not None:
        yield workdir
        return
    with tempfile.TemporaryDirectory(prefix="pressroom-bench-") as scratch:
        yield Path(scratch)

apply_environment()

#: Help texts are Markdown: typer's "rich" mode keeps the docstrings' hard line breaks, which
#: broke every wrapped sentence in two on an 80-column terminal; Markdown joins them.
HELP_MARKUP: Final = "markdown"

app = typer.Typer(no_args_is_help=True, add_completion=False, rich_markup_mode=HELP_MARKUP)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        from pressroom.settings import PARSER_VERSION

        typer.echo(f"pressroom {version('pressroom')} (parser {PARSER_VERSION})")
        raise typer.Exit()


@app.callback()
def main(
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also print Prefect's per-task logs.")
    ] = False,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True,
                           help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn press releases into a DuckDB warehouse: land, parse, validate, model, publish.

    Quiet by default: stage lines, progress bars and a summary (--verbose for Prefect's logs)."""
    from pressroom.console import set_verbosity

    set_verbosity(verbose)


bench_app = typer.Typer(help="Benchmarks that print figures.", no_args_is_help=True,
                        rich_markup_mode=HELP_MARKUP)
app.add_typer(bench_app, name="bench")


@app.command()
def run(
    inbox: Annotated[
        Path | None, typer.Option(help="Folder of releases to land (default: landing/inbox).")
    ] = None,
    full_refresh: Annotated[
        bool, typer.Option(help="Rebuild the incremental marts from scratch (after an upgrade).")
    ] = False,
    wait: Annotated[
        float, typer.Option(help="Seconds to wait for another run or landing to end "
                            "(default: fail at once, naming it).", min=0)
    ] = 0,
) -> None:
    """Run the whole pipeline: land, parse, validate, build the marts, publish, docs.

    Checks first (inbox, free space, working database) and exits 1 with one line naming the
    cause before doing anything; one run at a time per root; SIGTERM/Ctrl-C stop it cleanly.
    When every inbox file is landed already and the published warehouse is current, it says so
    and returns at once (no Prefect run).
    """
    from pressroom.guarded import run_pipeline

    raise typer.Exit(run_pipeline(inbox, full_refresh=full_refresh, wait=wait, echo=typer.echo))


@app.command()
def land(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to land.")],
    wait: Annotated[
        float, typer.Option(help="Seconds to wait for a run in progress to end.", min=0)
    ] = 0,
) -> None:
    """Land files: store them byte for byte, record them, quarantine what is not a release.

    A path that does not exist is an error (exit 1) and nothing is landed.
    """
    from pressroom.guarded import land_paths

    raise typer.Exit(land_paths(paths, wait=wait, echo=typer.echo))


@app.command()
def parse(
    files: Annotated[
        list[Path],
        typer.Argument(help="Release files to parse.", exists=True, dir_okay=False, readable=True),
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print the parse as JSON.")] = False,
) -> None:
    """Parse release files and print what they yield; needs no database or server.

    With --json: one object per release (shared/seeds/README.md), a list when there are several.

    A file that yields no release prints "release": null with its "problems"; the exit code is 1.
    """
    from pressroom.parsing import parse_bytes

    objects, failed = [], False
    for path in files:
        parsed = parse_bytes(path.read_bytes(), source=path.name)
        for problem in parsed.problems:
            typer.echo(f"{path}: {problem.stage}: {problem.reason}", err=True)
        if not parsed.releases:
            failed = True
            objects.append(_unparsed_contract(path.name, parsed.problems))
        objects.extend(r.to_contract(path.name) for r in parsed.releases)
    if as_json:
        out = objects[0] if len(objects) == 1 else objects
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for obj in objects:
            typer.echo(f"{obj['source']}: {_one_line(obj)}")
    if failed:
        raise typer.Exit(1)


def _one_line(obj: dict) -> str:
    """A release's contract object in one line: title, language, country and counts."""
    rel = obj["release"]
    if rel is None:  # its problems are on stderr already
        return "no release"
    return (f"{rel['title']!r} [{rel['language']}, {rel['country']}] "
            f"{len(obj['contacts'])} contacts, {len(obj['statistics'])} statistics")


def _unparsed_contract(source: str, problems: list) -> dict:
    """The --json object of a file that yielded no release: empty, with the reasons."""
    return {"source": source, "release": None, "contacts": [], "statistics": [],
            "problems": [{"stage": p.stage, "reason": p.reason} for p in problems]}


@app.command()
def docs(
    serve: Annotated[
        bool, typer.Option("--serve", help="Serve the site over http until Ctrl-C.")
    ] = False,
    port: Annotated[int, typer.Option(help="Port for --serve (on 127.0.0.1).")] = 8080,
) -> None:
    """Print where the dbt docs site is (written by each run); --serve serves it."""
    from contextlib import suppress

    from pressroom.console import fail
    from pressroom.settings import Paths
    from pressroom.transform import docs_server

    site = Paths.default().docs_dir
    if not (site / "index.html").is_file():
        typer.echo(f"No docs site in {site}: run `pressroom run` first.", err=True)
        raise typer.Exit(1)
    if not serve:
        typer.echo(site / "index.html")
        typer.echo(f"Serve it with `pressroom docs --serve`, or open {site / 'static_index.html'}"
                   " (the same site in one file).")
        return
    try:
        server = docs_server(site, port=port)
    except OSError as exc:  # the port is taken (or not ours to bind)
        fail(f"cannot serve on 127.0.0.1:{port}: {exc.strerror}.",
             "Choose another port with --port.")
    # A process started in the background by a shell or a CI job inherits SIGINT ignored:
    # Ctrl-C (or `kill -INT`) must still stop the server it says it stops.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    with server, suppress(KeyboardInterrupt):
        typer.echo(f"Serving {site} on http://127.0.0.1:{server.server_port}/ (Ctrl-C stops)")
        server.serve_forever()


@app.command()
def dashboard(
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8501,
) -> None:
    """Serve the dashboard over the published warehouse on http://127.0.0.1:PORT (Ctrl-C stops).

    It reads warehouse/published/pressroom.duckdb read-only and follows each new publish."""
    import os
    import sys

    from pressroom.console import fail, port_in_use
    from pressroom.settings import PROJECT_DIR

    if port_in_use(port):
        fail(f"cannot serve on 127.0.0.1:{port}: the port is in use.",
             "Choose another port with --port.")
    typer.echo(f"Dashboard on http://127.0.0.1:{port}/ (Ctrl-C stops)")
    app_file = PROJECT_DIR / "dashboard" / "app.py"
    # -P: a stray module in the working folder cannot shadow the standard library
    os.execv(sys.executable, [sys.executable, "-P", "-m", "streamlit", "run", str(app_file),
                              *STREAMLIT_FLAGS, f"--server.port={port}"])


#: Streamlit settings for a local, offline, private dashboard.
STREAMLIT_FLAGS = ["--server.headless=true", "--server.address=127.0.0.1",
                   "--browser.gatherUsageStats=false", "--server.fileWatcherType=none",
                   "--global.developmentMode=false", "--client.toolbarMode=viewer"]


@app.command("generate-corpus")
def generate_corpus(
    n: Annotated[int, typer.Argument(help="How many files to write.", min=1)],
    outdir: Annotated[Path, typer.Argument(help="Folder for raw/ and expected/.")],
    seed: Annotated[int, typer.Option(help="Same seed, same corpus.")] = 0,
) -> None:
    """Write N realistic release files (fr/en/es/pt, some holding several releases) with the JSON
    a correct parse yields."""
    import time

    from pressroom.console import show_progress
    from pressroom.corpus import write_corpus

    start = time.perf_counter()
    with show_progress():
        summary = write_corpus(n, seed, outdir)
    typer.echo(f"{summary.files} files ({summary.multi_files} with several releases), "
               f"{summary.releases} releases, {summary.statistics} statistics in {outdir} "
               f"({time.perf_counter() - start:.1f} s)")


@bench_app.command("accuracy")
def bench_accuracy(
    corpus: Annotated[
        Path | None, typer.Option(help="Labelled corpus (raw/, expected/) instead of generating.")
    ] = None,
    n: Annotated[
        int, typer.Option(help="Release files to generate (without --corpus).", min=1)
    ] = 2000,
    seed: SeedOption = 20160512,
    seeds: Annotated[
        Path | None, typer.Option(help="Seed releases (raw/, expected/); default tests/data/seeds.")
    ] = None,
    misses: Annotated[
        int, typer.Option(help="Print the misses of this many files of each data set.")
    ] = 0,
    dev: Annotated[
        Path | None,
        typer.Option(help="Real labelled releases (raw/, expected/) scored in a third column; "
                     "default ../shared/dev beside the checkout when it exists."),
    ] = None,
    no_dev: Annotated[bool, typer.Option("--no-dev", help="Leave out the dev set.")] = False,
    by_layout: Annotated[
        bool, typer.Option("--by-layout", help="Also score N generated files (--n, --seed) per "
                           "layout and per language: which layouts the parser still misses.")
    ] = False,
) -> None:
    """Score the parser on the seeds, on a corpus (generated unless --corpus) and on the real
    dev set; print P/R/F1, the other figures and throughput."""
    from pressroom.bench.accuracy import (
        DEFAULT_DEV,
        format_groups,
        format_misses,
        format_report,
        run_accuracy,
        score_by_layout,
    )
    from pressroom.console import show_progress

    seeds = seeds or Path(__file__).resolve().parents[2] / "tests" / "data" / "seeds"
    if dev is None and not no_dev and DEFAULT_DEV.is_dir():
        dev = DEFAULT_DEV
    with show_progress():
        results = run_accuracy(seeds, corpus, n, seed, None if no_dev else dev)
    typer.echo(format_report(results))
    for result in results if misses else []:
        if result.misses:
            typer.echo(format_misses(result, misses))
    if by_layout:
        typer.echo(format_groups(score_by_layout(n, seed)))


@bench_app.command("parse")
def bench_parse(
    corpus: CorpusOption = None,
    n: Annotated[int | None, typer.Option(
        help="Release files to generate (without --corpus; default 600 per timed pass, "
        "4000 with --workers).",
        min=1)] = None,
    seed: SeedOption = 7,
    repeat: Annotated[int, typer.Option(
        help="Timed passes, each on its own share of the files (the parser remembers what it "
        "met: a page parsed twice would flatter it); the best one is quoted.", min=1)] = 3,
    workers: Annotated[int | None, typer.Option(
        help="Instead, parse the corpus landed in a scratch root on a local Dask cluster of 1, "
        "then N, worker processes (the parse flow's worker function and batches): releases/s, "
        "CPU seconds and the speed-up.", min=2)] = None,
) -> None:
    """Parse a corpus in this one process (files read first, only parsing timed, each file
    once): print releases/s of the best pass (per wall and per CPU second) and each parse
    stage's CPU share.
    With --workers N: how parsing scales from 1 to N Dask worker processes."""
    from pressroom.bench.parse_speed import corpus_files, format_parse_speed, measure_parse
    from pressroom.corpus import write_corpus

    with _scratch(None) as scratch:
        if corpus is None:
            corpus = scratch / "corpus"
            write_corpus(n or (4000 if workers else 600 * repeat + 1), seed, corpus)
        if workers:
            from pressroom.bench.parse_scaling import format_scaling, land_corpus, measure_scaling

            paths = land_corpus(corpus_files(corpus), scratch / "root")
            typer.echo(format_scaling(measure_scaling(paths, [1, workers])))
        else:
            typer.echo(format_parse_speed(measure_parse(corpus_files(corpus), repeat)))


@bench_app.command("throughput")
def bench_throughput(
    n: Annotated[int, typer.Option(help="Release files to generate (without --corpus).",
                                   min=100)] = 1000,
    corpus: CorpusOption = None,
    seed: SeedOption = 20160512,
    workdir: WorkdirOption = None,
) -> None:
    """Run the whole pipeline in a scratch root: a first run on 99 % of the files, a no-op
    rerun, then the last 1 % added. Prints wall time, releases/s, peak RSS and seconds per
    stage of each run (each run is a fresh `pressroom run` process), then the peak RSS sampled
    in each stage: the run process, its largest child and the whole process tree, and the CPU
    seconds sampled in each stage: the run process, the Dask workers, Prefect's server."""
    from pressroom.bench.throughput import (
        format_cpu,
        format_memory,
        format_throughput,
        run_throughput,
    )

    with _scratch(workdir) as scratch:
        figures = run_throughput(n, scratch, corpus, seed)
    typer.echo(format_throughput(figures))
    typer.echo("\nPeak RSS (MB) sampled per stage (`land` includes the start-up before it):\n")
    typer.echo(format_memory(figures))
    typer.echo("\nCPU seconds sampled per stage (user + system; the Dask workers together):\n")
    typer.echo(format_cpu(figures))


@bench_app.command("landing")
def bench_landing(
    n: Annotated[int, typer.Option(help="Release files to generate (without --corpus).",
                                   min=100)] = 10000,
    corpus: CorpusOption = None,
    seed: SeedOption = 20160512,
    workdir: WorkdirOption = None,
) -> None:
    """Time landing alone (in-process, no Prefect) in a scratch root: 99 % of the files new,
    the same inbox again, then the last 1 % added. Prints files/s, MB/s and CPU seconds of each,
    beside the floor of a bare read + sha256 + create of the same files."""
    from pressroom.bench.landing import format_landing, run_landing

    with _scratch(workdir) as scratch:
        figures = run_landing(n, scratch, corpus, seed)
    typer.echo(format_landing(figures))


def entry_point() -> None:
    """The `pressroom` command: `app`, then exit without the interpreter's teardown (seconds
    after a run: `pressroom.stopping.exit_without_teardown`)."""
    from pressroom.stopping import exit_without_teardown

    try:
        app()
    except SystemExit as exc:
        exit_without_teardown(exc.code)
    exit_without_teardown(0)


if __name__ == "__main__":
    entry_point()
