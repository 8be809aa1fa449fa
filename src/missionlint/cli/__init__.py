"""The `missionlint` command line.

Exit codes live here and only here: 0 clean, 1 findings (or a score below --fail-under),
2 usage, config, rule or input errors. `--version`, `rules` and `explain` never import
spaCy, so they start instantly.
"""

from __future__ import annotations

import json
import os
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from missionlint import __version__

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

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


class Kind(str, Enum):
    auto = "auto"
    missie = "missie"
    visie = "visie"
    waarden = "waarden"
    strategie = "strategie"


class OutputFormat(str, Enum):
    """Formats of `check` (see formatters.FORMATS)."""

    text = "text"
    json = "json"
    sarif = "sarif"
    github = "github"
    junit = "junit"
    markdown = "markdown"
    html = "html"


class RulesFormat(str, Enum):
    text = "text"
    json = "json"


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


def fail(message: str) -> typer.Exit:
    """Print one clear line to stderr and return the exit for usage/input errors."""
    typer.echo(f"missionlint: error: {message}", err=True)
    return typer.Exit(EXIT_ERROR)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"missionlint {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """missionlint: a linter for Dutch mission texts."""


def _load_rules(extra: list[Path]):
    from missionlint.rulebook.loading import RuleError, load_rules

    try:
        return load_rules(extra)
    except RuleError as error:
        raise fail(str(error)) from None


def _console(no_color: bool, stderr: bool = False):
    from rich.console import Console

    return Console(no_color=no_color or bool(os.environ.get("NO_COLOR")), stderr=stderr,
                   highlight=False, soft_wrap=True)


@app.command()
def check(
    paths: List[str] = typer.Argument(None, help="Files or folders (.md .markdown .txt .yaml .yml .docx); '-' reads stdin."),
    kind: Kind = typer.Option(Kind.auto, "--kind", help="Kind of a .txt file or stdin (auto: inferred)."),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", "-f", help="Output format."),
    select: Optional[List[str]] = typer.Option(None, "--select", help="Only these rules (id, name or category; comma-separated, repeatable). Optional packs: ambition, learning."),
    ignore: Optional[List[str]] = typer.Option(None, "--ignore", help="Skip these rules (id, name or category)."),
    extend_select: Optional[List[str]] = typer.Option(None, "--extend-select", help="Add these rules to the selection (e.g. the packs ambition, learning)."),
    min_severity: Optional[Severity] = typer.Option(None, "--min-severity", help="Report only findings at or above this severity [default: info]."),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", min=0, max=100, help="Exit 1 when the overall score is below this."),
    model: Optional[str] = typer.Option(None, "--model", help="auto, bundled, an installed spaCy package or a pipeline folder [default: auto]."),
    rules_dirs: Optional[List[Path]] = typer.Option(None, "--rules", help="Extra rule folder (repeatable)."),
    organisation: Optional[bool] = typer.Option(None, "--organisation/--no-organisation", help="Treat all files as one organisation's texts: consistency rules (one mission, shared terms, values used) look across files instead of within each file."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Parse in this many processes (each loads the pipeline)."),
    no_cache: bool = typer.Option(False, "--no-cache", help="Do not read or write the result cache."),
    cache_dir: Path = typer.Option(Path(".missionlint_cache"), "--cache-dir", help="Where the result cache lives."),
    no_color: bool = typer.Option(False, "--no-color", help="No colours (NO_COLOR is honoured too)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Only files and sections with findings."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Also print each rule's summary."),
    diff: bool = typer.Option(False, "--diff", help="Print the safe rewrites as a unified diff and write nothing (wins over --fix)."),
    fix: bool = typer.Option(False, "--fix", help="Apply the safe rewrites to the files (not stdin, not .docx), then lint again."),
    watch: bool = typer.Option(False, "--watch", help="Lint again on every save, with the pipeline kept loaded; Ctrl-C stops."),
    report_unused: bool = typer.Option(False, "--report-unused", help="Report suppression comments that suppress nothing (as ML000; exit 1)."),
) -> None:
    """Lint files, folders or stdin and print findings with scores and rewrites."""
    from missionlint.nlp import pipeline
    from missionlint.findings import FileError
    from missionlint.config.settings import ConfigError, Overrides, Run
    from missionlint.rulebook.loading import RuleError, split_selectors
    from missionlint.sources.model import InputError
    from missionlint.sources.reading import MAX_BYTES, collect_paths, read_source

    if not paths:
        raise fail("no paths given; try `missionlint check examples/` or `missionlint check -` for stdin")
    _check_fix_watch_options(paths, fix and not diff, diff, watch, output_format)
    files, path_errors = collect_paths(list(paths))
    overrides = Overrides(
        select=split_selectors(select) if select is not None else None, extend_select=split_selectors(extend_select),
        ignore=split_selectors(ignore), min_severity=min_severity.value if min_severity else None,
        fail_under=fail_under, model=model, rules=list(rules_dirs or []), organisation=organisation)
    try:  # the nearest configuration of every file; command-line options win (see config.py)
        run = Run(list(paths), files, overrides)
        files = run.files  # without the files `exclude` leaves out
        all_rules = _load_rules(run.rule_dirs)
        active = run.select(all_rules)
    except ConfigError as error:
        raise fail(str(error)) from None
    try:
        model_info = pipeline.resolve(run.model)
    except pipeline.ModelError as error:
        raise fail(str(error)) from None

    errors = [FileError(e.path, e.message, e.line, e.column) for e in path_errors]

    def sources():
        """The files read one by one (a stream: a long run never holds them all); files
        that cannot be read become errors."""
        for path in files:
            try:
                data = sys.stdin.buffer.read(MAX_BYTES + 1) if path == "-" else None  # bounded, like files
                yield read_source(path, data=data, kind=kind.value)
            except InputError as error:
                errors.append(FileError(error.path, error.message, error.line, error.column))

    from missionlint.lint.linter import Linter

    classifier_rules = [r for r in all_rules if r.type == "cues"]
    cache = None
    if not no_cache:
        from missionlint.lint.cache import ResultCache, fingerprint

        settings = {"min_severity": "info", "rules": [r.id for r in active]}
        cache = ResultCache(cache_dir, fingerprint(active + classifier_rules, model_info.meta, str(model_info.path),
                                                   settings), active)
    # The linter keeps every finding; run.apply then applies each file's configuration,
    # the suppression comments and min-severity, and scores what remains.
    linter = Linter(rules=active, classifier_rules=classifier_rules, model=model_info,
                    min_severity="info", organisation=run.organisation, jobs=jobs, cache=cache)

    if watch:
        def finish(results):
            results = run.apply(results, all_rules, report_unused)
            _echo_warnings(run)
            return results

        _watch(linter, list(paths), kind.value, no_color, quiet, verbose, finish)
    if not diff and not fix and output_format in (OutputFormat.text, OutputFormat.json):
        # Printed file by file as results come: memory stays flat however many files.
        results = (run.apply_one(r, all_rules, report_unused) for r in linter.lint_stream(sources()))
        totals = _print_stream(results, errors, output_format, model_info, no_color, quiet, verbose)
        _echo_warnings(run)
        _exit(run, totals, errors)

    try:
        results = run.apply(linter.lint(list(sources())), all_rules, report_unused)
    except (RuleError, pipeline.ModelError) as error:
        raise fail(str(error)) from None
    _echo_warnings(run)
    if diff:
        raise typer.Exit(_show_diff(results, errors))
    fix_failed = False
    if fix:
        fix_failed, relint = _apply_fixes(results)
        if relint:  # lint again, with the pipeline still loaded, and report what remains
            errors = [FileError(e.path, e.message, e.line, e.column) for e in path_errors]
            results = run.apply(linter.lint(list(sources())), all_rules, report_unused)
            _echo_warnings(run)
    if output_format is not OutputFormat.text:
        from missionlint.formatters import render

        if output_format is not OutputFormat.json:  # the JSON report alone carries its errors
            for error in errors:
                typer.echo(f"missionlint: error: {error.location()}: {error.message}", err=True)
        typer.echo(render(output_format.value, results, errors, model_info.as_dict()))
    else:
        from missionlint.formatters.text import print_report

        for error in errors:
            typer.echo(f"missionlint: error: {error.location()}: {error.message}", err=True)
        print_report(_console(no_color), results, [], quiet=quiet, verbose=verbose)

    from missionlint.lint.scoring import Totals

    _exit(run, Totals.of(results), errors, fix_failed)


def _echo_warnings(run) -> None:
    for warning in run.warnings:
        typer.echo(f"missionlint: warning: {warning}", err=True)


def _print_stream(results, errors, output_format, model_info, no_color: bool, quiet: bool, verbose: bool):
    """Print text or JSON while the files are linted; returns the run's Totals.

    The first result is computed before anything is printed, so that a rule or model
    error (raised when the pipeline loads) is still one clean line and no half report."""
    from itertools import chain

    from missionlint.nlp import pipeline
    from missionlint.rulebook.loading import RuleError
    from missionlint.lint.scoring import Totals

    try:
        first = next(results, None)
    except (RuleError, pipeline.ModelError) as error:
        raise fail(str(error)) from None
    results = chain([first], results) if first is not None else iter(())
    totals = Totals()
    if output_format is OutputFormat.json:
        from missionlint.formatters.json_format import stream

        out = sys.stdout
        for piece in stream(results, errors, model_info.as_dict(), totals):
            out.write(piece)
        out.write("\n")
        out.flush()
    else:
        from missionlint.formatters.text import print_report

        print_report(_console(no_color), results, [], quiet=quiet, verbose=verbose, totals=totals)
        for error in errors:
            typer.echo(f"missionlint: error: {error.location()}: {error.message}", err=True)
    return totals


def _exit(run, totals, errors, fix_failed: bool = False):
    """Exit 2 on read errors (or a failed fix), 1 on findings at or above min-severity, a
    score below --fail-under or unused suppressions, else 0."""
    from missionlint.findings import SEVERITY_ORDER

    if errors or fix_failed:
        raise typer.Exit(EXIT_ERROR)
    threshold = SEVERITY_ORDER[run.min_severity]
    has_findings = any(n for level, n in totals.by_severity.items() if SEVERITY_ORDER.get(level, 0) >= threshold)
    below = run.fail_under is not None and totals.score < run.fail_under
    raise typer.Exit(EXIT_FINDINGS if has_findings or below or run.unused else EXIT_CLEAN)


def _check_fix_watch_options(paths: list[str], fix: bool, diff: bool, watch: bool, output_format) -> None:
    """--fix never writes stdin; --watch watches files only, prints text, and does not fix."""
    if fix and "-" in paths:
        raise fail("--fix herschrijft geen standaardinvoer; gebruik --diff om de herschrijvingen te zien")
    if watch and "-" in paths:
        raise fail("--watch kan standaardinvoer niet volgen; geef bestanden of mappen")
    if watch and (fix or diff):
        raise fail("--watch gaat niet samen met --fix of --diff")
    if watch and output_format is not OutputFormat.text:
        raise fail("--watch werkt alleen met --format text")


def _watch(linter, paths: list[str], kind: str, no_color: bool, quiet: bool, verbose: bool,
           finish=lambda results: results) -> None:
    """check --watch: lint, then lint again on every save until Ctrl-C (exit 0)."""
    from missionlint.nlp import pipeline
    from missionlint.formatters.text import print_report
    from missionlint.rulebook.loading import RuleError
    from missionlint.cli.watch import Watcher

    console = _console(no_color)
    watcher = Watcher(linter, paths, kind, console,
                      lambda results, errors: print_report(console, results, errors, quiet=quiet, verbose=verbose),
                      finish=finish)  # finished before scores are compared
    try:
        watcher.start()
        watcher.run()
    except KeyboardInterrupt:
        pass
    except (RuleError, pipeline.ModelError) as error:
        raise fail(str(error)) from None
    raise typer.Exit(EXIT_CLEAN)


def _show_diff(results, errors) -> int:
    """check --diff: the safe rewrites as a unified diff on stdout; nothing is written."""
    from missionlint.fix import apply as fixes

    for error in errors:
        typer.echo(f"missionlint: error: {error.location()}: {error.message}", err=True)
    count = changed = 0
    for result in results:
        plan = fixes.plan(result)
        for reason in plan.skipped:
            typer.echo(f"missionlint: let op: {plan.path}: {reason}; niet herschreven", err=True)
        if not plan.edits:
            continue
        if result.source.format == "docx":
            typer.echo(f"missionlint: let op: {plan.path}: --diff en --fix herschrijven geen .docx-bestanden "
                       f"({len(plan.edits)} herschrijving(en) overgeslagen)", err=True)
            continue
        typer.echo(fixes.unified_diff(plan), nl=False)
        count += len(plan.edits)
        changed += 1
    typer.echo(f"missionlint: {count} herschrijving(en) in {changed} bestand(en); niets geschreven "
               f"(--fix past ze toe)", err=True)
    return EXIT_ERROR if errors else EXIT_FINDINGS if count else EXIT_CLEAN


def _apply_fixes(results) -> tuple[bool, bool]:
    """check --fix: write the safe rewrites; returns (a file was refused, something was written)."""
    from missionlint.fix import apply as fixes

    outcomes = fixes.apply(results)
    for outcome in outcomes:
        for reason in outcome.skipped:
            typer.echo(f"missionlint: let op: {outcome.path}: {reason}; niet herschreven", err=True)
        if outcome.note:
            typer.echo(f"missionlint: let op: {outcome.path}: {outcome.note}", err=True)
        elif outcome.error:
            typer.echo(f"missionlint: error: {outcome.path}: {outcome.error}", err=True)
        elif outcome.applied:
            typer.echo(f"missionlint: {outcome.path}: {outcome.applied} herschrijving(en) toegepast", err=True)
    return any(o.error for o in outcomes), any(o.applied for o in outcomes)


@app.command()
def init(
    folder: Path = typer.Argument(Path("."), help="Folder to write .missionlint.yaml in."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing .missionlint.yaml."),
) -> None:
    """Write a commented starter .missionlint.yaml (every key, with its default)."""
    from missionlint.config.settings import CONFIG_NAME, STARTER, display_path

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
    rules_dirs: Optional[List[Path]] = typer.Option(None, "--rules", help="Extra rule folder (repeatable)."),
) -> None:
    """List every rule: id, name, category, severity, applies-to and summary."""
    rules = _load_rules(list(rules_dirs or []))
    if output_format is RulesFormat.json:
        typer.echo(json.dumps([r.as_dict() for r in rules], ensure_ascii=False, indent=2))
        return
    from rich.table import Table

    table = Table(box=None, header_style="bold")
    for column in ("id", "name", "category", "severity", "applies to", "summary"):
        table.add_column(column)
    for rule in rules:
        category = rule.category + (" (optioneel)" if rule.optional else "")
        table.add_row(rule.id, rule.name, category, rule.severity, ", ".join(rule.applies_to), rule.summary)
    _console(False).print(table)


@app.command()
def explain(
    rule: str = typer.Argument(..., help="Rule id or name, e.g. ML101 or role-phrasing."),
    rules_dirs: Optional[List[Path]] = typer.Option(None, "--rules", help="Extra rule folder (repeatable)."),
) -> None:
    """Explain a rule: what it checks, why, a bad and a good example, and the rewrite."""
    from missionlint.rulebook.loading import find_rule

    rules = _load_rules(list(rules_dirs or []))
    found = find_rule(rules, rule)
    if found is None:
        import difflib

        close = difflib.get_close_matches(rule, [r.id for r in rules] + [r.name for r in rules], n=1)
        raise fail(f"unknown rule '{rule}'" + (f" (did you mean '{close[0]}'?)" if close else ""))
    console = _console(False)
    console.print(f"[bold]{found.id} {found.name}[/bold]  ({found.category}, {found.severity}, "
                  f"voor: {', '.join(found.applies_to)})")
    console.print(f"\n[bold]Wat het controleert[/bold]\n{found.summary}")
    console.print(f"\n[bold]Waarom[/bold]\n{found.explanation}")
    bad, good = found.bad[0], found.good[0]
    console.print(f"\n[bold]Fout voorbeeld[/bold]\n  [red]{bad.text}[/red]")
    if bad.rewrite:
        console.print(f"\n[bold]Herschrijving die missionlint geeft[/bold]\n  [green]{bad.rewrite}[/green]")
    elif found.rewrite.get("template"):
        console.print(f"\n[bold]Sjabloon om in te vullen[/bold]\n  {found.rewrite['template']}")
    console.print(f"\n[bold]Goed voorbeeld[/bold]\n  [green]{good.text}[/green]")


@model_app.command("info")
def model_info(
    as_json: bool = typer.Option(False, "--json", help="Print JSON."),
    model: str = typer.Option("auto", "--model", help="auto, bundled, an installed spaCy package or a pipeline folder."),
) -> None:
    """Print the pipeline's name, version, path, source and measured accuracy."""
    from missionlint.nlp import pipeline

    try:
        info = pipeline.resolve(model)
    except pipeline.ModelError as error:
        raise fail(str(error)) from None
    data = {**info.as_dict(), "path": str(info.path), "accuracy": info.accuracy,
            "license": info.meta.get("license"), "sources": [s.get("name") for s in info.meta.get("sources", [])]}
    if as_json:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for key in ("name", "version", "source", "path", "license"):
        typer.echo(f"{key:8} {data[key]}")
    for dataset, scores in (info.accuracy or {}).items():
        if isinstance(scores, dict):
            figures = ", ".join(f"{k} {v}" for k, v in scores.items())
            typer.echo(f"{'accuracy':8} {dataset}: {figures}")


def main() -> None:
    app()
