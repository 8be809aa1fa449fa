"""The Typer application that the commands register on (`missionlint.cli` wires them)."""

from __future__ import annotations

import typer

from missionlint import __version__

app = typer.Typer(
    name="missionlint",
    help="Controleer Nederlandse en Vlaamse missie-, visie-, waarden- en strategieteksten.\n\n"
    "Lint Dutch mission, vision, values and strategy texts: role versus outcome framing, "
    "kind confusion and more, with scores and suggested rewrites.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=True,
)
model_app = typer.Typer(help="Show which Dutch spaCy pipeline missionlint uses.", no_args_is_help=True)
app.add_typer(model_app, name="model")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"missionlint {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """missionlint: a linter for Dutch mission texts."""
