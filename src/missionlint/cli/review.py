"""`missionlint review`: a Word copy of a text with every finding as a comment.

For a reader who works in Word (a board member, a client): the findings sit in the
margin of their own document. The input is never written; the copy is written
atomically and never over an existing file without `--force`. The exit code is 0
whatever the findings (the copy is the report), 2 on errors.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from missionlint.cli.app import CACHE_DIR, NO_CACHE, RULES, app
from missionlint.cli.check import EXTEND_SELECT, IGNORE, KIND, MODEL, SELECT, Kind, command_overrides, linting
from missionlint.cli.output import EXIT_CLEAN, fail, status_line, warning_line
from missionlint.cli.usage import COMMANDS, DutchCommand
from missionlint.errors import MissionlintError

REVIEW_SUFFIX = ".docx"
NO_REVIEW_FORMATS = ("html",)  # a web page's text is its markup: no copy to comment on


@app.command(cls=DutchCommand, rich_help_panel=COMMANDS)
def review(
    path: str = typer.Argument(
        None,
        metavar="BESTAND",
        help="De tekst (.docx .md .markdown .txt .yaml .yml); '-' leest standaardinvoer.",
        show_default=False,
    ),
    output: str = typer.Option(
        None,
        "--output",
        "-o",
        metavar="KOPIE.docx",
        help="Waar de Word-kopie met opmerkingen komt (nooit het bestand zelf).",
        show_default=False,
    ),
    force: bool = typer.Option(False, "--force", help="Overschrijf een bestaande KOPIE.docx."),
    kind: Kind = KIND,
    select: list[str] | None = SELECT,
    ignore: list[str] | None = IGNORE,
    extend_select: list[str] | None = EXTEND_SELECT,
    model: str | None = MODEL,
    rules_dirs: list[Path] | None = RULES,
    no_cache: bool = NO_CACHE,
    cache_dir: Path = CACHE_DIR,
) -> None:
    """Maak een Word-kopie van een tekst met elke bevinding als opmerking bij de passage, en
    de scores in de eerste opmerking."""
    from missionlint.formatters.docx_review import review_docx, review_text, save
    from missionlint.sources.discovery import DOCX_SUFFIX
    from missionlint.sources.docx import read_word
    from missionlint.sources.reading import read_source

    if not path:
        raise fail("geef een bestand; bijvoorbeeld: missionlint review klant.docx -o klant-review.docx")
    if not output:
        raise fail(f"geef met -o waar de kopie komt; bijvoorbeeld: missionlint review {path} -o review.docx")
    _check_paths(path, output, force)
    word = path != "-" and os.path.splitext(path)[1].lower() == DOCX_SUFFIX
    try:
        if word:  # the document is opened and walked once, for the Source and for the copy
            source, document, found = read_word(path, kind=kind.value)
        else:
            source, document, found = read_source(path, kind=kind.value), None, []
        if source.format in NO_REVIEW_FORMATS:
            raise fail(f"{path}: review maakt geen kopie van een webpagina; gebruik check")
        overrides = command_overrides(select, ignore, extend_select, model, rules_dirs)
        # No suppressions file: a review shows every finding, as the language server does.
        setup = linting([path], [path], overrides, cache_dir=None if no_cache else cache_dir)
        (result,) = setup.linter.lint([source])
        for warning in setup.finisher.warnings:
            warning_line(warning)
        copy = review_docx(result, document, found) if document is not None else review_text(result)
        save(copy.document, output, replace=force)
    except MissionlintError as error:
        raise fail(error) from None
    line = f"{output}: review-kopie geschreven met {copy.comments} opmerking(en): de scores en {copy.comments - 1} bevinding(en)"
    if copy.unanchored:
        line += (
            f"; {copy.unanchored} bevinding(en) die Word niet bij de tekst kan plaatsen, staan in de eerste opmerking"
        )
    status_line(line)
    raise typer.Exit(EXIT_CLEAN)


def _check_paths(path: str, output: str, force: bool) -> None:
    """The copy is a .docx file, never the input itself, and never over an existing file
    without --force; the input is one file."""
    if os.path.splitext(output)[1].lower() != REVIEW_SUFFIX:
        raise fail(f"{output}: de kopie is een Word-bestand; geef een naam die op .docx eindigt")
    if path != "-":
        if os.path.isdir(path):
            raise fail(f"{path}: review leest één bestand, geen map")
        same = os.path.realpath(path) == os.path.realpath(output)
        if same or (os.path.exists(path) and os.path.exists(output) and os.path.samefile(path, output)):
            raise fail(f"{output}: dat is het bestand zelf; review schrijft nooit over het origineel")
    if os.path.isdir(output):
        raise fail(f"{output}: is een map")
    if os.path.exists(output) and not force:
        raise fail(f"{output} bestaat al; gebruik --force om het te overschrijven")
