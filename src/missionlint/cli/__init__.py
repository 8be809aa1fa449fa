"""The `missionlint` command line: the Typer app with its commands.

`--version`, `rules` and `explain` never import spaCy, so they start instantly.
"""

from __future__ import annotations

from missionlint.cli import check, commands, review, server  # noqa: F401  (register the commands on the app)
from missionlint.cli.app import app


def main() -> None:
    app()
