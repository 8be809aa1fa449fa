"""`missionlint check`: lint files, folders or stdin; report, diff, fix or watch."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer

from missionlint.cli.app import CACHE_DIR, NO_CACHE, RULES, app
from missionlint.cli.output import (
    EXIT_CLEAN,
    EXIT_ERROR,
    EXIT_FINDINGS,
    console,
    decimal,
    error_line,
    fail,
    status_line,
    warning_line,
)
from missionlint.cli.usage import COMMANDS, DutchCommand
from missionlint.errors import InputError, MissionlintError

if TYPE_CHECKING:
    from missionlint.lint.bulk import BulkSuppressions

FIX_ROUNDS = 10  # --fix applies, lints again and applies again at most this often
SUPPRESSIONS_PANEL = "Onderdrukkingsbestand"  # the options of bulk suppressions, in a panel of their own


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


class Severity(str, Enum):
    info = "info"
    warning = "warning"
    error = "error"


# The options `check` shares with `review` (one definition, one help text).
KIND = typer.Option(
    Kind.auto,
    "--kind",
    help="Soort tekst van een tekst zonder kopjes, zoals een .txt-bestand of standaardinvoer (auto: afgeleid uit de tekst). Standaard: auto.",
    show_default=False,
)
SELECT = typer.Option(
    None,
    "--select",
    metavar="REGELS",
    help="Alleen deze regels (id, naam of categorie; gescheiden door komma's, herhaalbaar). "
    "Optionele pakketten: ambition, learning.",
)
IGNORE = typer.Option(None, "--ignore", metavar="REGELS", help="Sla deze regels over (id, naam of categorie).")
EXTEND_SELECT = typer.Option(
    None,
    "--extend-select",
    metavar="REGELS",
    help="Voeg deze regels aan de keuze toe (bijvoorbeeld de pakketten ambition, learning).",
)
MODEL = typer.Option(
    None,
    "--model",
    metavar="MODEL",
    help="auto, bundled, een geïnstalleerd spaCy-pakket of een pipelinemap. Standaard: auto.",
)


@app.command(cls=DutchCommand, rich_help_panel=COMMANDS)
def check(
    paths: list[str] = typer.Argument(
        None,
        metavar="[PAD]...",
        help="Bestanden of mappen (.md .markdown .txt .yaml .yml .html .htm .docx); '-' leest standaardinvoer.",
        show_default=False,
    ),
    kind: Kind = KIND,
    output_format: OutputFormat = typer.Option(
        OutputFormat.text, "--format", "-f", help="Uitvoerformaat. Standaard: text.", show_default=False
    ),
    select: list[str] | None = SELECT,
    ignore: list[str] | None = IGNORE,
    extend_select: list[str] | None = EXTEND_SELECT,
    min_severity: Severity | None = typer.Option(
        None, "--min-severity", help="Meld alleen bevindingen vanaf deze ernst. Standaard: info."
    ),
    fail_under: float | None = typer.Option(
        None,
        "--fail-under",
        min=0,
        max=100,
        metavar="SCORE",
        help="Exitcode 1 als de totaalscore lager is dan deze score (0 tot 100).",
    ),
    model: str | None = MODEL,
    rules_dirs: list[Path] | None = RULES,
    organisation: bool | None = typer.Option(
        None,
        "--organisation/--no-organisation",
        help="Lees alle bestanden als de teksten van één organisatie: de consistentieregels (één missie, "
        "gedeelde kernwoorden, gebruikte waarden) kijken over de bestanden heen in plaats van per bestand.",
        show_default=False,
    ),
    jobs: int = typer.Option(
        1,
        "--jobs",
        "-j",
        min=1,
        metavar="AANTAL",
        help="Ontleed in zoveel processen (elk laadt de pipeline). Standaard: 1.",
        show_default=False,
    ),
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
    no_color: bool = typer.Option(False, "--no-color", help="Geen kleuren (NO_COLOR werkt ook)."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Alleen bestanden en secties met bevindingen."),
    verbose: bool = typer.Option(False, "-v", "--verbose", help="Toon ook de samenvatting van elke regel."),
    diff: bool = typer.Option(
        False, "--diff", help="Toon de veilige herschrijvingen als unified diff en schrijf niets (gaat voor --fix)."
    ),
    fix: bool = typer.Option(
        False,
        "--fix",
        help="Pas de veilige herschrijvingen toe op de bestanden (niet op standaardinvoer of .docx) en "
        "controleer opnieuw.",
    ),
    unsafe_fixes: bool = typer.Option(
        False,
        "--unsafe-fixes",
        help="Met --diff of --fix: ook de onveilige herschrijvingen (grammaticaal, maar de betekenis kan verschuiven).",
    ),
    watch: bool = typer.Option(
        False, "--watch", help="Controleer opnieuw bij elke keer opslaan, met de pipeline geladen; Ctrl-C stopt."
    ),
    report_unused: bool = typer.Option(
        False,
        "--report-unused",
        help="Meld onderdrukkingscommentaar dat niets onderdrukt (als ML000; exitcode 1).",
    ),
    suppress_all: bool = typer.Option(
        False,
        "--suppress-all",
        rich_help_panel=SUPPRESSIONS_PANEL,
        help="Leg de huidige bevindingen per bestand en regel vast in het onderdrukkingsbestand; latere "
        "controles melden en falen alleen op wat erbij komt.",
    ),
    prune_suppressions: bool = typer.Option(
        False,
        "--prune-suppressions",
        rich_help_panel=SUPPRESSIONS_PANEL,
        help="Haal vastgelegde bevindingen die niet meer voorkomen uit het onderdrukkingsbestand.",
    ),
    suppressions_file: Path | None = typer.Option(
        None,
        "--suppressions",
        rich_help_panel=SUPPRESSIONS_PANEL,
        metavar="BESTAND",
        help="Het onderdrukkingsbestand. Standaard: missionlint-suppressions.json naast de configuratie "
        "(zonder configuratie: in de huidige map).",
        show_default=False,
    ),
    fail_on_score_drop: bool = typer.Option(
        False,
        "--fail-on-score-drop",
        rich_help_panel=SUPPRESSIONS_PANEL,
        help="Exitcode 1 als de score van een bestand lager is dan de score in het onderdrukkingsbestand.",
    ),
) -> None:
    """Controleer bestanden, mappen of standaardinvoer en toon de bevindingen met scores en
    herschrijvingen."""
    from missionlint.sources.discovery import collect_paths
    from missionlint.sources.reading import MAX_BYTES, read_source

    if not paths:
        raise fail(
            "geen paden gegeven; probeer `missionlint check examples/`, of `missionlint check -` voor standaardinvoer"
        )
    _check_fix_watch_options(paths, fix and not diff, diff, watch, output_format)
    _check_suppression_options(suppress_all, prune_suppressions, fix or diff or watch)
    files, path_errors = collect_paths(list(paths))
    overrides = command_overrides(
        select,
        ignore,
        # --report-unused turns on ML000 (as ruff's RUF100); --ignore ML000 still turns it off
        [*(extend_select or []), *(["ML000"] if report_unused else [])],
        model,
        rules_dirs,
        min_severity=min_severity.value if min_severity else None,
        fail_under=fail_under,
        organisation=organisation,
    )
    try:
        setup = linting(
            list(paths),
            files,
            overrides,
            cache_dir=None if no_cache else cache_dir,
            jobs=jobs,
            report_unused=report_unused,
            bulk=lambda run: _suppressions(
                run, suppressions_file, suppress_all, prune_suppressions, fail_on_score_drop
            ),
        )
    except MissionlintError as error:
        raise fail(error) from None
    run, model_info, finisher, linter = setup.run, setup.model, setup.finisher, setup.linter
    files = run.files  # without the files `exclude` leaves out

    errors: list[InputError] = list(path_errors)

    def sources():
        """The files read one by one (a stream: a long run never holds them all); files
        that cannot be read become errors."""
        for path in files:
            try:
                data = sys.stdin.buffer.read(MAX_BYTES + 1) if path == "-" else None  # bounded, like files
                yield read_source(path, data=data, kind=kind.value)
            except InputError as error:
                errors.append(error)

    if watch:
        _watch(linter, list(paths), kind.value, no_color, quiet, verbose, lambda: _echo_warnings(finisher))
    if not diff and not fix and output_format in (OutputFormat.text, OutputFormat.json):
        # Printed file by file as results come: memory stays flat however many files.
        totals = _print_stream(
            linter.lint_stream(sources()), errors, output_format, model_info, no_color, quiet, verbose
        )
        _echo_warnings(finisher)
        _save_suppressions(finisher, prune_suppressions)
        _exit(run, finisher, totals, errors)

    try:
        results = linter.lint(list(sources()))
    except MissionlintError as error:
        raise fail(error) from None
    _echo_warnings(finisher)
    if diff:
        raise typer.Exit(_show_diff(results, errors, unsafe_fixes))
    fix_failed = False
    for _round in range(FIX_ROUNDS if fix else 0):
        # Like ruff: apply, lint again (the pipeline stays loaded), and apply what the new
        # text offers (a rewrite left out for overlapping another) until nothing changes,
        # so that a second --fix has nothing left to do; the report is of what remains.
        failed, relint = _apply_fixes(results, unsafe_fixes)
        fix_failed = fix_failed or failed
        if not relint:
            break
        errors = list(path_errors)
        finisher.reset()
        results = linter.lint(list(sources()))
        _echo_warnings(finisher)
    if output_format is not OutputFormat.json:  # the JSON report alone carries its errors
        for problem in errors:
            error_line(problem)
    totals = _write(output_format, results, errors, model_info, no_color, quiet, verbose)
    _save_suppressions(finisher, prune_suppressions)
    _exit(run, finisher, totals, errors, fix_failed)


@dataclass
class Linting:
    """What a command lints with: the run (configuration per file), the pipeline's
    description, the linter and the finisher it hands each file to."""

    run: Any
    model: Any
    linter: Any
    finisher: Any


def command_overrides(
    select: list[str] | None,
    ignore: list[str] | None,
    extend_select: list[str] | None,
    model: str | None,
    rules_dirs: list[Path] | None,
    **settings: Any,
):
    """The command line's settings (`Overrides`), which win over every configuration file."""
    from missionlint.config.settings import Overrides
    from missionlint.rulebook import selectors

    return Overrides(
        select=selectors.split(select) if select is not None else None,
        extend_select=selectors.split(extend_select),
        ignore=selectors.split(ignore),
        model=model,
        rules=list(rules_dirs or []),
        **settings,
    )


def linting(
    paths: list[str],
    files: list[str],
    overrides,
    cache_dir: Path | None = None,
    jobs: int = 1,
    report_unused: bool = False,
    bulk: Callable[[Any], BulkSuppressions | None] | None = None,
) -> Linting:
    """The run, rules, pipeline, cache, finisher and linter for `files` (found from `paths`),
    as every command that lints builds them. `bulk(run)` gives the finisher the run's
    suppressions file (`check` only). Raises MissionlintError (configuration, rules,
    model)."""
    from missionlint.config.run import Run
    from missionlint.lint.finish import Finisher
    from missionlint.lint.linter import Linter
    from missionlint.nlp import pipeline
    from missionlint.rulebook.loading import load_rules

    # the nearest configuration of every file; command-line options win (see config/run.py)
    run = Run(paths, files, overrides)
    all_rules = load_rules(run.rule_dirs)
    active = run.select(all_rules)
    model_info = pipeline.resolve(run.model)
    suppressions = bulk(run) if bulk is not None else None
    # The linter keeps every finding; the finisher applies each file's configuration, the
    # suppression comments and min-severity, and scores what remains.
    finisher = Finisher.for_run(run, all_rules, report_unused=report_unused, bulk=suppressions)
    linter = Linter.for_rules(
        all_rules,
        active,
        model_info,
        cache_dir,
        organisation=run.organisation,
        jobs=jobs,
        finish=finisher,
        vocabularies=run.vocabularies,
    )
    return Linting(run, model_info, linter, finisher)


def _echo_warnings(finisher) -> None:
    """The warnings of the files finished since the last call (unknown comment selectors)."""
    for warning in finisher.warnings:
        warning_line(warning)
    finisher.warnings.clear()


def _print_stream(results, errors, output_format, model_info, no_color: bool, quiet: bool, verbose: bool):
    """Print text or JSON while the files are linted; returns the run's Totals.

    The first result is computed before anything is printed, so that a rule or model
    error (raised when the pipeline loads) is still one clean line and no half report."""
    from itertools import chain

    try:
        first = next(results, None)
    except MissionlintError as error:
        raise fail(error) from None
    results = chain([first], results) if first is not None else iter(())
    totals = _write(output_format, results, errors, model_info, no_color, quiet, verbose)
    if output_format is not OutputFormat.json:
        for problem in errors:
            error_line(problem)
    return totals


def _write(output_format, results, errors, model_info, no_color: bool, quiet: bool, verbose: bool):
    """The report on stdout; the text report leaves input errors to stderr."""
    from missionlint import formatters

    shown = errors if output_format is not OutputFormat.text else []
    options = formatters.Options(no_color=no_color, quiet=quiet, verbose=verbose)
    return formatters.write(output_format.value, sys.stdout, results, shown, model_info.as_dict(), options)


def _exit(run, finisher, totals, errors, fix_failed: bool = False):
    """Exit 2 on read errors (or a failed fix), 1 on findings at or above min-severity, a
    score below --fail-under or below a recorded score (--fail-on-score-drop) or unused
    suppressions, else 0. A score below either says so on stderr (the report may show no
    finding at all, or a rounded score)."""
    from missionlint.rulebook.model import SEVERITY_ORDER

    if errors or fix_failed:
        raise typer.Exit(EXIT_ERROR)
    threshold = SEVERITY_ORDER[run.min_severity]
    has_findings = any(n for level, n in totals.by_severity.items() if SEVERITY_ORDER.get(level, 0) >= threshold)
    below = run.fail_under is not None and totals.score is not None and totals.score < run.fail_under
    if below:
        status_line(f"score {decimal(totals.score)} is lager dan --fail-under {decimal(run.fail_under)}")
    for path, score, floor in finisher.drops:
        status_line(
            f"{path}: score {decimal(score)} is lager dan de vastgelegde {decimal(floor)} (--fail-on-score-drop)"
        )
    failed = has_findings or below or finisher.unused or finisher.drops
    raise typer.Exit(EXIT_FINDINGS if failed else EXIT_CLEAN)


def _suppressions(
    run, path: Path | None, suppress_all: bool, prune: bool, score_floor: bool
) -> BulkSuppressions | None:
    """The run's suppressions file (`--suppressions`, else missionlint-suppressions.json
    next to the run's configuration or in the working directory), when it exists or is
    to be written, with how the run uses it. Raises ConfigError for a file that
    cannot be read, or one that --prune-suppressions or --fail-on-score-drop needs and
    that is not there."""
    from missionlint.errors import ConfigError
    from missionlint.lint.bulk import FILE_NAME, BulkSuppressions

    folder = run.run_config.path.parent if run.run_config.path is not None else run.cwd
    bulk = BulkSuppressions.read(path if path is not None else folder / FILE_NAME)
    if not bulk.exists and (prune or score_floor):
        option = "--prune-suppressions" if prune else "--fail-on-score-drop"
        raise ConfigError(bulk.display, f"{option}: bestand bestaat niet; maak het met --suppress-all")
    if not bulk.exists and not suppress_all:
        return None
    bulk.record_all, bulk.score_floor = suppress_all, score_floor
    return bulk


def _save_suppressions(finisher, prune: bool) -> None:
    """Write the suppressions file after --suppress-all (the file's `record_all`) or
    --prune-suppressions; otherwise say when recorded findings no longer occur."""
    bulk = finisher.bulk
    if bulk is None:
        return
    if not bulk.record_all and not prune:
        stale = bulk.stale()
        if stale:
            warning_line(
                f"{bulk.display}: {stale} vastgelegde bevinding(en) komen niet meer voor; "
                "ruim ze op met --prune-suppressions"
            )
        return
    removed = bulk.prune() if prune else 0
    try:
        bulk.write()
    except MissionlintError as error:
        raise fail(error) from None
    if prune:
        status_line(f"{bulk.display}: {removed} vastgelegde bevinding(en) opgeruimd")
    else:
        count = sum(r.count for entry in bulk.seen.values() for r in entry.rules.values())
        files = sum(1 for entry in bulk.seen.values() if entry.rules)
        status_line(f"{bulk.display}: {count} bevinding(en) in {files} bestand(en) vastgelegd")


def _check_suppression_options(suppress_all: bool, prune: bool, rewrites: bool) -> None:
    """--suppress-all and --prune-suppressions write the suppressions file once, after one plain run."""
    if suppress_all and prune:
        raise fail("--suppress-all gaat niet samen met --prune-suppressions")
    if (suppress_all or prune) and rewrites:
        option = "--suppress-all" if suppress_all else "--prune-suppressions"
        raise fail(f"{option} gaat niet samen met --fix, --diff of --watch")


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


def _watch(linter, paths: list[str], kind: str, no_color: bool, quiet: bool, verbose: bool, after_lint) -> None:
    """check --watch: lint, then lint again on every save until Ctrl-C (exit 0)."""
    from missionlint.cli.watch import Watcher
    from missionlint.formatters.text import print_report

    out = console(no_color)
    watcher = Watcher(
        linter,
        paths,
        kind,
        out,
        lambda results, errors: print_report(out, results, errors, quiet=quiet, verbose=verbose),
        after_lint=after_lint,
    )
    try:
        watcher.start()
        watcher.run()
    except KeyboardInterrupt:
        pass
    except MissionlintError as error:
        raise fail(error) from None
    raise typer.Exit(EXIT_CLEAN)


def _show_diff(results, errors, unsafe: bool = False) -> int:
    """check --diff: the safe (and with `unsafe` the unsafe) rewrites as a unified diff on
    stdout; nothing is written."""
    from missionlint.fix import apply as fixes

    for error in errors:
        error_line(error)
    count = changed = 0
    for result in results:
        plan = fixes.plan(result, unsafe)
        for reason in plan.skipped:
            warning_line(f"{plan.path}: {reason}; niet herschreven")
        if not plan.edits:
            continue
        if result.source.format == "docx":
            warning_line(
                f"{plan.path}: --diff en --fix herschrijven geen .docx-bestanden "
                f"({len(plan.edits)} herschrijving(en) overgeslagen)"
            )
            continue
        typer.echo(fixes.unified_diff(plan), nl=False)
        count += len(plan.edits)
        changed += 1
    status_line(
        f"{count} herschrijving(en) in {changed} bestand(en); niets geschreven "
        f"(--fix{' --unsafe-fixes' if unsafe else ''} past ze toe)"
    )
    return EXIT_ERROR if errors else EXIT_FINDINGS if count else EXIT_CLEAN


def _apply_fixes(results, unsafe: bool = False) -> tuple[bool, bool]:
    """check --fix: write the safe (with `unsafe` also the unsafe) rewrites; returns (a
    file was refused, something was written)."""
    from missionlint.fix import apply as fixes

    outcomes = fixes.apply(results, unsafe=unsafe)
    for outcome in outcomes:
        for reason in outcome.skipped:
            warning_line(f"{outcome.path}: {reason}; niet herschreven")
        if outcome.note:
            warning_line(f"{outcome.path}: {outcome.note}")
        elif outcome.error:
            error_line(f"{outcome.path}: {outcome.error}")
        elif outcome.applied:
            status_line(f"{outcome.path}: {outcome.applied} herschrijving(en) toegepast")
    return any(o.error for o in outcomes), any(o.applied for o in outcomes)
