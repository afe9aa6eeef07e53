"""What the command line prints: stage lines, progress bars, warnings and short errors (rich).

The library and the flows report through small hooks (`progress`, `stage`); this module decides
how it looks on a terminal, so pressroom's output stays readable whatever runs underneath.
"""

from __future__ import annotations

import socket
from typing import NoReturn

import typer
from rich.console import Console

#: Messages for people go to stderr; stdout keeps what a script may read (paths, JSON, summary).
err = Console(stderr=True, highlight=False)


def fail(message: str, hint: str | None = None, code: int = 1) -> NoReturn:
    """Print an error in one or two lines and exit with `code` (no traceback)."""
    err.print(f"[bold red]error:[/] {message}")
    if hint:
        err.print(f"  {hint}")
    raise typer.Exit(code)


def port_in_use(port: int, host: str = "127.0.0.1") -> bool:
    """Whether something already listens on host:port."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex((host, port)) == 0
