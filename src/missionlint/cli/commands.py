"""`init`, `rules`, `explain` and `model info`: the commands that never parse text.

They never import spaCy, so they start instantly. Text from rule files is printed as rich
`Text`, never as markup: a template's "[wie]" is shown, not taken for a style.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from missionlint.cli.app import RULES, app, model_app
from missionlint.cli.output import console, fail
from missionlint.cli.usage import COMMANDS, DutchCommand
from missionlint.errors import MissionlintError, os_reason


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


def _load_rules(extra: list[Path]):
    from missionlint.rulebook.loading import load_rules

    try:
        return load_rules(extra)
    except MissionlintError as error:
        raise fail(error) from None


@app.command(cls=DutchCommand, rich_help_panel=COMMANDS)
def init(
    folder: str = typer.Argument(
        ".",
        metavar="[MAP]",
        help="Map waarin .missionlint.yaml komt. Standaard: de huidige map.",
        show_default=False,
    ),
    force: bool = typer.Option(False, "--force", help="Overschrijf een bestaande .missionlint.yaml."),
) -> None:
    """Schrijf een startbestand .missionlint.yaml met toelichting (elke sleutel, met haar standaardwaarde)."""
    from missionlint.config.settings import CONFIG_NAME, display_path
    from missionlint.config.starter import STARTER

    target = Path(folder) / CONFIG_NAME
    if not Path(folder).is_dir():
        raise fail(f"{folder}: map bestaat niet")
    if target.exists() and not force:
        raise fail(f"{display_path(target)} bestaat al; gebruik --force om het te overschrijven")
    try:
        target.write_text(STARTER, encoding="utf-8")
    except OSError as error:
        raise fail(f"{display_path(target)}: kan niet schrijven: {os_reason(error)}") from None
    typer.echo(f"{display_path(target)} aangemaakt; pas de instellingen daar aan.")


@app.command("rules", cls=DutchCommand, rich_help_panel=COMMANDS)
def list_rules(
    output_format: RulesFormat = typer.Option(
        RulesFormat.text, "--format", "-f", help="Uitvoerformaat. Standaard: text.", show_default=False
    ),
    rules_dirs: list[Path] | None = RULES,
) -> None:
    """Toon elke regel: id, naam, categorie, ernst, voor welke soorten, en wat ze controleert."""
    rules = _load_rules(list(rules_dirs or []))
    if output_format is RulesFormat.json:
        typer.echo(json.dumps([r.as_dict() for r in rules], ensure_ascii=False, indent=2))
        return
    from rich.padding import Padding
    from rich.text import Text

    from missionlint.rulebook.explanation import applies

    # A rule per block, never a table: a table cuts or breaks ids and names (what users type
    # into --select) on a narrow terminal. Lines wrap at spaces; rule text is never markup.
    out = console()
    for rule in rules:
        category = rule.category + (" (optioneel)" if rule.optional else "")
        about = f"{category} · {rule.severity} · voor {applies(rule)}"
        out.print(
            Text.assemble((rule.id, "bold"), "  ", (rule.name, "bold cyan"), "  ", (about, "dim")), soft_wrap=False
        )
        out.print(Padding(Text(rule.summary), (0, 0, 0, 7)), soft_wrap=False)


@app.command(cls=DutchCommand, rich_help_panel=COMMANDS)
def explain(
    rule: str | None = typer.Argument(
        None, metavar="REGEL", help="Id of naam van een regel, bijvoorbeeld ML101 of role-phrasing.", show_default=False
    ),
    rules_dirs: list[Path] | None = RULES,
) -> None:
    """Leg een regel uit: wat ze controleert, waarom, een fout en een goed voorbeeld, en de herschrijving."""
    from rich.text import Text

    from missionlint.hints import did_you_mean
    from missionlint.rulebook import selectors
    from missionlint.rulebook.explanation import blocks, heading

    if not rule:
        raise fail("geef een regel, bijvoorbeeld: missionlint explain ML101")
    rules = _load_rules(list(rules_dirs or []))
    found = selectors.find(rules, rule)
    if found is None:
        raise fail(f"onbekende regel '{rule}'" + did_you_mean(rule, [r.id for r in rules] + [r.name for r in rules]))
    out = console()
    name, scope = heading(found)
    out.print(Text.assemble((name, "bold"), f"  {scope}"))
    styles = {"bad": "red", "good": "green"}
    for block in blocks(found):
        indent = "  " if block.example else ""
        body = (
            block.body.rstrip("\n").replace("\n", "\n" + indent) if indent else block.body
        )  # examples of several lines
        out.print(Text.assemble("\n", (block.title, "bold"), "\n", indent, (body, styles.get(block.tone, ""))))


@model_app.command("info", cls=DutchCommand, rich_help_panel=COMMANDS)
def model_info(
    as_json: bool = typer.Option(False, "--json", help="Toon JSON."),
    model: str = typer.Option(
        "auto",
        "--model",
        metavar="MODEL",
        help="auto, bundled, een geïnstalleerd spaCy-pakket of een pipelinemap. Standaard: auto.",
        show_default=False,
    ),
) -> None:
    """Toon naam, versie, map, bron en gemeten nauwkeurigheid van de pipeline."""
    from missionlint.formatters import MODEL_SOURCES
    from missionlint.nlp import pipeline

    try:
        info = pipeline.resolve(model)
    except MissionlintError as error:
        raise fail(error) from None
    data = {
        **info.as_dict(),
        "path": str(info.path),
        "accuracy": info.accuracy,
        "license": info.meta.get("license"),
        "sources": [s.get("name") for s in info.meta.get("sources", [])],
    }
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    labels = {"name": "naam", "version": "versie", "source": "bron", "path": "map", "license": "licentie"}
    shown = {**data, "source": MODEL_SOURCES.get(str(data["source"]), data["source"])}
    for key, label in labels.items():
        typer.echo(f"{label:15} {shown[key]}")
    for dataset, scores in (info.accuracy or {}).items():
        if isinstance(scores, dict):
            figures = ", ".join(f"{k} {v}" for k, v in scores.items())
            typer.echo(f"{'nauwkeurigheid':15} {dataset}: {figures}")
