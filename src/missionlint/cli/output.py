"""How the command line talks: exit codes, the lines on stderr, the rich console.

Exit codes live here and only here: 0 clean, 1 findings (or a score below --fail-under),
2 a usage, configuration, rule or input error. Every line on stderr starts with
"missionlint: ", then "fout: " (something could not be done), "waarschuwing: " (it was
done, but look) or nothing (what happened, such as fixes written).
"""

from __future__ import annotations

import os

import typer

from missionlint.errors import MissionlintError

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
ERROR_PREFIX = "missionlint: fout: "
WARNING_PREFIX = "missionlint: waarschuwing: "
STATUS_PREFIX = "missionlint: "


def fail(message: str | MissionlintError) -> typer.Exit:
    """Print one clear line to stderr and return the exit for usage/input errors."""
    error_line(message)
    return typer.Exit(EXIT_ERROR)


def error_line(error: str | MissionlintError) -> None:
    """An error on stderr, also one that does not end the run (a file that cannot be read)."""
    text = error.describe() if isinstance(error, MissionlintError) else error
    typer.echo(ERROR_PREFIX + text, err=True)


def warning_line(message: str) -> None:
    typer.echo(WARNING_PREFIX + message, err=True)


def status_line(message: str) -> None:
    """What a run did, or why it exits as it does (a score below --fail-under)."""
    typer.echo(STATUS_PREFIX + message, err=True)


def decimal(number: float) -> str:
    """A number as Dutch readers write it: 98,9 and 70 (no ".0")."""
    return f"{number:.1f}".rstrip("0").rstrip(".").replace(".", ",")


def console(no_color: bool = False, stderr: bool = False):
    from rich.console import Console

    return Console(
        no_color=no_color or bool(os.environ.get("NO_COLOR")), stderr=stderr, highlight=False, soft_wrap=True
    )
