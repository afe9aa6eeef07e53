"""The README's command line is true: every command of its table exists with the options the
table shows, every command has a row, and each `--help` reads as its docstring is written
(a sentence is not cut in two where the docstring's source line ends)."""

from __future__ import annotations

import re
from typing import Any

import pytest
import typer
from typer.testing import CliRunner

from pressroom.cli import app
from pressroom.settings import PROJECT_DIR

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
