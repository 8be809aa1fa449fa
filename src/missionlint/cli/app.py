"""The Typer application that the commands register on (`missionlint.cli` wires them).

Every help text is Dutch; `cli.usage` gives Typer's own words (usage line, panels, the
help and completion options, usage errors) in Dutch too.
"""

from __future__ import annotations

from pathlib import Path

import typer

from missionlint import __version__
from missionlint.cli.usage import COMMANDS, DutchGroup

app = typer.Typer(
    name="missionlint",
    cls=DutchGroup,
    help="Controleer Nederlandse en Vlaamse missie-, visie-, waarden- en strategieteksten: wat "
    "de organisatie doet in plaats van wat er beter wordt, teksten die van soort verwarren, en meer; "
    "met scores en voorstellen om te herschrijven.",
    rich_markup_mode="rich",
    no_args_is_help=True,
    add_completion=True,
)
model_app = typer.Typer(
    cls=DutchGroup, help="Toon welke Nederlandse spaCy-pipeline missionlint gebruikt.", no_args_is_help=True
)
app.add_typer(model_app, name="model", rich_help_panel=COMMANDS)


def cache_options(relative_to: str = "") -> tuple:
    """`--no-cache` and `--cache-dir`, as `check` and `server` both take them."""
    no_cache = typer.Option(False, "--no-cache", help="Lees en schrijf de resultatencache niet.")
    cache_dir = typer.Option(
        Path(".missionlint_cache"),
        "--cache-dir",
        metavar="MAP",
        help=f"Waar de resultatencache staat{relative_to}. Standaard: .missionlint_cache.",
        show_default=False,
    )
    return no_cache, cache_dir


NO_CACHE, CACHE_DIR = cache_options()
RULES = typer.Option(None, "--rules", metavar="MAP", help="Extra map met regels (herhaalbaar).")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"missionlint {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Toon de versie en stop."),
) -> None:
    """missionlint: een linter voor Nederlandse missieteksten."""
