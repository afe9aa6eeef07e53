"""The README's command line is true: every command of its table exists with the options the
table shows, every command has a row, and each `--help` reads as its docstring is written
(a sentence is not cut in two where the docstring's source line ends)."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from pressroom.cli import app
from pressroom.settings import PROJECT_DIR, Paths

#: Wide enough that no help paragraph wraps: a line break in the output is one in the text.
WIDE = {"COLUMNS": "3000"}


def command_table() -> list[str]:
    """The commands of the README's "The command line" table, as written in its first column."""
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    start = readme.index("## The command line")
    section = readme[start:readme.index("\n## ", start + 1)]
    return re.findall(r"^\| `(pressroom[^`]*)` \|", section, flags=re.M)


def words(row: str) -> list[str]:
    """The subcommand of a table row: `pressroom bench parse [--corpus DIR]` -> bench, parse."""
    return [w for w in re.findall(r"[a-z][a-z-]*", row.split("[")[0].split("--")[0])][1:]


def help_text(*args: str) -> str:
    result = CliRunner().invoke(app, [*args, "--help"], env=WIDE)
    assert result.exit_code == 0, result.output
    return result.output


def commands() -> dict[tuple[str, ...], Any]:
    """Every command and group of the CLI (click objects) by its words, the root as ()."""
    found: dict[tuple[str, ...], Any] = {}

    def visit(path: tuple[str, ...], command: Any) -> None:
        found[path] = command
        for name, sub in getattr(command, "commands", {}).items():
            visit((*path, name), sub)

    visit((), typer.main.get_command(app))
    return found


def test_every_command_of_the_table_has_the_options_it_shows() -> None:
    rows = command_table()
    assert len(rows) >= 10
    for row in rows:
        shown = help_text(*words(row))
        for option in re.findall(r"--[a-z][a-z-]*", row):
            assert option in shown, f"{row}: {option} is not in its --help"


def test_every_command_has_a_row_in_the_table() -> None:
    listed = {tuple(words(row)) for row in command_table()}
    leaves = {path for path, command in commands().items()
              if path and not hasattr(command, "commands")}
    assert leaves <= listed, f"not in the README's table: {sorted(leaves - listed)}"


def paragraphs(command: Any) -> list[str]:
    """The paragraphs of a command's docstring as --help should print them, each on one line."""
    doc = (command.help or "").strip()
    return [" ".join(p.split()).replace("`", "") for p in re.split(r"\n\s*\n", doc)]


@pytest.mark.parametrize("path", sorted(commands()), ids=lambda p: " ".join(p) or "pressroom")
def test_help_prints_each_paragraph_of_the_docstring_whole(path: tuple[str, ...]) -> None:
    command = commands()[path]
    shown = help_text(*path)
    for line in paragraphs(command):
        assert line in shown, f"not printed as one line:\n{line}\n---\n{shown}"
    for sub in getattr(command, "commands", {}).values():  # the list of its commands
        assert paragraphs(sub)[0] in shown, f"not printed as one line:\n{paragraphs(sub)[0]}"


def quickstart_output() -> tuple[list[str], str]:
    """The Quickstart's sample output of `make run`, and the line it says a second run prints."""
    readme = (PROJECT_DIR / "README.md").read_text(encoding="utf-8")
    start = readme.index("## Quickstart")
    section = readme[start:readme.index("\n## ", start + 1)]
    block = re.search(r"then the summary:\n\n```\n(.*?)```", section, flags=re.S)
    again = re.search(r"it prints `(Nothing new:[^`]*)`", " ".join(section.split()))
    assert block and again
    return block.group(1).splitlines(), again.group(1)


def timeless(lines: list[str], root: str) -> list[str]:
    """Lines with their seconds as "N" and the root folder as "…", as the README writes it."""
    out = []
    for line in lines:
        line = re.sub(r"\(\d+(?:\.\d+)? s\)$", "(N s)", line.replace(root, "…"))
        if line.startswith("  seconds: "):
            line = re.sub(r"\d+(?:\.\d+)?", "N", line)
        out.append(line)
    return out


@pytest.mark.slow
def test_quickstart_prints_what_the_readme_shows_and_its_docs_site_serves(
        root: Paths, tmp_path: Path) -> None:
    """`make run` on the sample inbox (as `pressroom run`, Prefect's temporary server and all),
    then again, then `pressroom docs --serve`: what the README's Quickstart and Docs site say."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_API")}
    env |= {"PRESSROOM_ROOT": str(root.root), "PREFECT_HOME": str(tmp_path / "prefect")}
    cli = [sys.executable, "-m", "pressroom.cli"]
    shown, again = quickstart_output()

    first = subprocess.run([*cli, "run"], env=env, capture_output=True, text=True, timeout=600)
    assert first.returncode == 0, first.stdout + first.stderr
    printed = (first.stderr + first.stdout).splitlines()  # stage lines (stderr), then summary
    assert timeless(printed, str(root.root)) == timeless(shown, str(root.root))

    second = subprocess.run([*cli, "run"], env=env, capture_output=True, text=True, timeout=120)
    assert second.returncode == 0 and second.stdout.startswith(again + "\n"), second.stdout

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([*cli, "docs", "--serve", "--port", str(port)], env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert f"http://127.0.0.1:{port}/" in server.stdout.readline()
        base = f"http://127.0.0.1:{port}"
        with urllib.request.urlopen(f"{base}/", timeout=30) as page:
            assert "<title>dbt Docs</title>" in page.read().decode("utf-8")
        with urllib.request.urlopen(f"{base}/manifest.json", timeout=30) as manifest:
            assert "model.pressroom.figures" in json.load(manifest)["nodes"]
        with urllib.request.urlopen(f"{base}/catalog.json", timeout=30) as catalog:
            assert "model.pressroom.figures" in json.load(catalog)["nodes"]
    finally:
        server.send_signal(signal.SIGINT)  # Ctrl-C, as the README says
        assert server.wait(timeout=30) == 0
