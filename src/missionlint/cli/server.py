"""`missionlint server`: the language server, for findings and rewrites while writing."""

from __future__ import annotations

from pathlib import Path

import typer

from missionlint.cli.app import app


@app.command("server")
def language_server(
    stdio: bool = typer.Option(
        True, "--stdio", help="Speak LSP over standard input and output (the only transport; editors may pass it)."
    ),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the result cache."),
    cache_dir: Path = typer.Option(
        Path(".missionlint_cache"), "--cache-dir", help="Where the result cache lives (relative: to the workspace)."
    ),
) -> None:
    """Start the language server (LSP over stdio): findings, rewrites and explanations in any editor."""
    from missionlint.server.app import serve

    raise typer.Exit(serve(None if no_cache else cache_dir))
