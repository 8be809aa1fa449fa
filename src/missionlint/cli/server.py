"""`missionlint server`: the language server, for findings and rewrites while writing."""

from __future__ import annotations

from pathlib import Path

import typer

from missionlint.cli.app import app
from missionlint.cli.usage import COMMANDS, DutchCommand


@app.command("server", cls=DutchCommand, rich_help_panel=COMMANDS)
def language_server(
    stdio: bool = typer.Option(
        True,
        "--stdio",
        help="Spreek LSP over standaardinvoer en -uitvoer (de enige manier; editors mogen het meegeven).",
        show_default=False,
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Lees en schrijf de resultatencache niet."),
    cache_dir: Path = typer.Option(
        Path(".missionlint_cache"),
        "--cache-dir",
        metavar="MAP",
        help="Waar de resultatencache staat (relatief: aan de werkmap). Standaard: .missionlint_cache.",
        show_default=False,
    ),
) -> None:
    """Start de taalserver (LSP over stdio): bevindingen, herschrijvingen en uitleg in elke editor."""
    from missionlint.server.app import serve

    raise typer.Exit(serve(None if no_cache else cache_dir))
