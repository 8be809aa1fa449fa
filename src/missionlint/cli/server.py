"""`missionlint server`: the language server, for findings and rewrites while writing."""

from __future__ import annotations

from pathlib import Path

import typer

from missionlint.cli.app import app, cache_options
from missionlint.cli.usage import COMMANDS, DutchCommand

SERVER_NO_CACHE, SERVER_CACHE_DIR = cache_options(" (een relatieve map: in de werkmap)")


@app.command("server", cls=DutchCommand, rich_help_panel=COMMANDS)
def language_server(
    stdio: bool = typer.Option(
        True,
        "--stdio",
        help="Spreek LSP over standaardinvoer en -uitvoer (de enige manier; editors mogen het meegeven).",
        show_default=False,
    ),
    no_cache: bool = SERVER_NO_CACHE,
    cache_dir: Path = SERVER_CACHE_DIR,
) -> None:
    """Start de taalserver (LSP over stdio): bevindingen, herschrijvingen en uitleg in elke editor."""
    from missionlint.server.app import serve

    raise typer.Exit(serve(None if no_cache else cache_dir))
