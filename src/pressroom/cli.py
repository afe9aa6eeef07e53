"""The `pressroom` command line. Each command is a thin call into the library or a flow."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from pressroom.settings import apply_environment

apply_environment()

app = typer.Typer(
    help="Turn press releases into a DuckDB warehouse: land, parse, validate, model, publish.",
    no_args_is_help=True,
    add_completion=False,
)
bench_app = typer.Typer(help="Benchmarks that print figures.", no_args_is_help=True)
app.add_typer(bench_app, name="bench")


@app.command()
def run(
    inbox: Annotated[
        Path | None, typer.Option(help="Folder of releases to land (default: landing/inbox).")
    ] = None,
) -> None:
    """Run the whole pipeline: land, parse, validate, build the marts, publish, docs."""
    from flows.pipeline import pipeline
    from pressroom.report import to_text

    try:
        summary = pipeline(inbox=str(inbox.resolve()) if inbox else None)
    except Exception as exc:
        # The pipeline attached its summary to the error as a note (see flows/pipeline.py).
        typer.echo("\n".join(getattr(exc, "__notes__", [])) or f"Pipeline failed: {exc}",
                   err=True)
        raise typer.Exit(1) from exc
    typer.echo(to_text(summary))


@app.command()
def land(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to land.")],
) -> None:
    """Land files: store them byte for byte, record them, quarantine what is not a release."""
    from flows.land import land as land_flow
    from pressroom.landing import describe

    typer.echo(describe(land_flow(paths=[str(p.resolve()) for p in paths])))


@app.command()
def parse(
    files: Annotated[list[Path], typer.Argument(help="Release files to parse.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the parse as JSON.")] = False,
) -> None:
    """Parse release files and print what they yield; needs no database or server."""
    from pressroom.parsing import parse_bytes

    objects = []
    for path in files:
        parsed = parse_bytes(path.read_bytes(), source=path.name)
        objects.extend(r.to_contract(path.name) for r in parsed.releases)
    if as_json:
        out = objects[0] if len(objects) == 1 else objects
        typer.echo(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for obj in objects:
            rel = obj["release"]
            typer.echo(f"{obj['source']}: {rel['title']!r} [{rel['language']}, {rel['country']}] "
                       f"{len(obj['contacts'])} contacts, {len(obj['statistics'])} statistics")


if __name__ == "__main__":
    app()
