"""How the command line talks: exit codes, error and warning lines, the rich console.

Exit codes live here and only here: 0 clean, 1 findings (or a score below --fail-under),
2 a usage, configuration, rule or input error.
"""

from __future__ import annotations

import os

import typer

from missionlint.errors import MissionlintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def fail(message: str | MissionlintError) -> typer.Exit:
    """Print one clear line to stderr and return the exit for usage/input errors."""
    text = message.describe() if isinstance(message, MissionlintError) else message
    typer.echo(f"missionlint: error: {text}", err=True)
    return typer.Exit(EXIT_ERROR)


def error_line(error: MissionlintError) -> None:
    """An error that does not end the run (a file that cannot be read)."""
    typer.echo(f"missionlint: error: {error.location()}: {error.message}", err=True)


def warning_line(message: str) -> None:
    typer.echo(f"missionlint: warning: {message}", err=True)


def note_line(message: str) -> None:
    typer.echo(f"missionlint: let op: {message}", err=True)


def console(no_color: bool = False, stderr: bool = False):
    from rich.console import Console

    return Console(
        no_color=no_color or bool(os.environ.get("NO_COLOR")), stderr=stderr, highlight=False, soft_wrap=True
    )
