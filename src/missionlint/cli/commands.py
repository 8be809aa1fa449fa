"""`init`, `rules`, `explain` and `model info`: the commands that never parse text.

They never import spaCy, so they start instantly. Text from rule files is printed as rich
`Text`, never as markup: a template's "[wie]" is shown, not taken for a style.
"""

from __future__ import annotations

import json
from enum import Enum
from pathlib import Path

import typer

from missionlint.cli.app import app, model_app
from missionlint.cli.output import console, fail
from missionlint.errors import MissionlintError


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


def _load_rules(extra: list[Path]):
    from missionlint.rulebook.loading import load_rules

    try:
        return load_rules(extra)
    except MissionlintError as error:
        raise fail(error) from None


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), help="Folder to write .missionlint.yaml in."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing .missionlint.yaml."),
) -> None:
    """Write a commented starter .missionlint.yaml (every key, with its default)."""
    from missionlint.config.settings import CONFIG_NAME, display_path
    from missionlint.config.starter import STARTER

    target = folder / CONFIG_NAME
    if not folder.is_dir():
        raise fail(f"{folder}: folder does not exist")
    if target.exists() and not force:
        raise fail(f"{display_path(target)} already exists; use --force to overwrite it")
    try:
        target.write_text(STARTER, encoding="utf-8")
    except OSError as error:
        raise fail(f"{display_path(target)}: cannot write: {error.strerror or error}") from None
    typer.echo(f"{display_path(target)} aangemaakt; pas de instellingen daar aan.")


@app.command("rules")
def list_rules(
    output_format: RulesFormat = typer.Option(RulesFormat.text, "--format", "-f", help="Output format."),
    rules_dirs: list[Path] | None = typer.Option(None, "--rules", help="Extra rule folder (repeatable)."),
) -> None:
    """List every rule: id, name, category, severity, applies-to and summary."""
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


@app.command()
def explain(
    rule: str = typer.Argument(..., help="Rule id or name, e.g. ML101 or role-phrasing."),
    rules_dirs: list[Path] | None = typer.Option(None, "--rules", help="Extra rule folder (repeatable)."),
) -> None:
    """Explain a rule: what it checks, why, a bad and a good example, and the rewrite."""
    from rich.text import Text

    from missionlint.hints import did_you_mean
    from missionlint.rulebook import selectors
    from missionlint.rulebook.explanation import blocks, heading

    rules = _load_rules(list(rules_dirs or []))
    found = selectors.find(rules, rule)
    if found is None:
        raise fail(f"unknown rule '{rule}'" + did_you_mean(rule, [r.id for r in rules] + [r.name for r in rules]))
    out = console()
    name, scope = heading(found)
    out.print(Text.assemble((name, "bold"), f"  {scope}"))
    styles = {"bad": "red", "good": "green"}
    for block in blocks(found):
        indent = "  " if block.example else ""
        out.print(Text.assemble("\n", (block.title, "bold"), "\n", indent, (block.body, styles.get(block.tone, ""))))


@model_app.command("info")
def model_info(
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    model: str = typer.Option(
        "auto", "--model", help="auto, bundled, an installed spaCy package or a pipeline folder."
    ),
) -> None:
    """Print the pipeline's name, version, path, source and measured accuracy."""
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
    for key in ("name", "version", "source", "path", "license"):
        typer.echo(f"{key:8} {data[key]}")
    for dataset, scores in (info.accuracy or {}).items():
        if isinstance(scores, dict):
            figures = ", ".join(f"{k} {v}" for k, v in scores.items())
            typer.echo(f"{'accuracy':8} {dataset}: {figures}")
