"""Human output with rich: per file and section a header with kind and score, each finding
with its position, the sentence with the span highlighted, the message and the rewrite."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console
from rich.text import Text

from missionlint.checks.language import DUTCH
from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding
from missionlint.fix.model import Applicability
from missionlint.formatters import (
    Options,
    checked_as,
    checked_text,
    framing_summary,
    kind_word,
    score_text,
    section_label,
    suppressed_text,
)
from missionlint.kinds import UNKNOWN
from missionlint.lint.scoring import Totals

SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}
CONTEXT = 60


def _score_style(score: float | None) -> str:
    if score is None:
        return "dim"
    return "green" if score >= 80 else "yellow" if score >= 60 else "red"


def _score(score: float | None) -> Text:
    return Text(score_text(score) if score is None else f"score {score_text(score)}", style=_score_style(score))


def _context(result: FileResult, finding: Finding) -> Text:
    """One line around the finding, with the finding's span highlighted: at most CONTEXT
    characters of its line on either side, and of a long span (a whole section) only its
    beginning and end, so that a finding never reprints a whole section."""
    text = result.source.text
    start = max(text.rfind("\n", 0, finding.start) + 1, finding.start - CONTEXT)
    end = text.find("\n", finding.end)
    end = len(text) if end < 0 else min(end, finding.end + CONTEXT)
    line = Text("    ")
    line.append(" ".join(text[start : finding.start].split(" ")).replace("\n", " "))
    span = text[finding.start : finding.end].replace("\n", " ")
    if len(span) > 2 * CONTEXT:
        line.append(span[:CONTEXT], style="bold reverse")
        line.append(" … ", style="dim")
        line.append(span[-CONTEXT:], style="bold reverse")
    else:
        line.append(span, style="bold reverse")
    line.append(text[finding.end : end].replace("\n", " "))
    return line


def print_finding(console: Console, result: FileResult, finding: Finding, verbose: bool) -> None:
    line, column = result.source.position(finding.start)
    paragraph = result.source.paragraph_position(finding.start)  # .docx files only
    where = f"{line}:{column}" if paragraph is None else f"paragraaf {paragraph[0]}, positie {paragraph[1]}"
    head = Text(f"  {where} ", style="dim")
    head.append(f"{finding.rule.id} ", style="bold")
    head.append(f"[{finding.level}] ", style=SEVERITY_STYLE[finding.level])
    head.append(finding.message)
    head.append(f"  ({finding.rule.name}, {finding.confidence:.2f})", style="dim")
    lines = [head, _context(result, finding)]
    if finding.template:
        suggestion = Text("    suggestie: " + finding.template, style="green")
        suggestion.append(f"  ({Applicability.DISPLAY.label})", style="dim")
        lines.append(suggestion)
    for before, after, applicability in finding.previews(result.source.text):
        lines.append(Text("    - " + before, style="red"))
        rewritten = Text("    + " + after, style="green")
        rewritten.append(f"  ({applicability.label})", style="dim")
        lines.append(rewritten)
    if verbose:
        lines.append(Text("    " + finding.rule.summary, style="dim italic"))
    console.print(Text("\n").join(lines))  # one print per finding: each print costs rich a layout pass


def print_report(
    console: Console,
    results: Iterable[FileResult],
    errors: list[InputError],
    quiet: bool = False,
    verbose: bool = False,
    totals: Totals | None = None,
) -> Totals:
    """Print each file as it comes (`results` may be a stream), then the summary line."""
    totals = Totals() if totals is None else totals
    for error in errors:
        console.print(Text(f"{error.location()}: fout: {error.message}", style="bold red"))
    for result in results:
        totals.add(result)
        if quiet and not result.findings and not result.warnings:
            continue
        header = Text(result.path, style="bold underline")
        header.append("  ")
        header.append(_score(result.score))
        if result.score is not None:
            header.append(f" ({checked_text(result)})", style="dim")
        console.print(header)
        for warning in result.warnings:
            console.print(Text(f"  waarschuwing: {warning}", style="yellow"))
        for index, section in enumerate(result.sections):
            findings = [f for f in result.findings if f.section == index]
            if quiet and not findings:
                continue
            line, _ = result.source.position(section.section.start)
            title = Text(f" {section_label(section)} ", style="bold")
            paragraph = result.source.paragraph_position(section.section.start)
            where = f"regel {line}" if paragraph is None else f"paragraaf {paragraph[0]}"
            title.append(f"({checked_as(section)}; {where}) ", style="dim")
            if section.language == DUTCH and section.section.kind == UNKNOWN and section.words:
                title.append(
                    f"leest als {kind_word(section.inferred_kind)} ({section.inferred_confidence:.0%}) ", style="dim"
                )
            if section.score is not None:
                title.append(_score(section.score))
            console.print(title)
            profile = framing_summary(section.sentences) if findings or verbose else None
            if profile:
                console.print(Text(f"   {profile}", style="dim"))
            for finding in findings:
                print_finding(console, result, finding, verbose)
        console.print()
    summary = Text(f"{totals.files} bestand(en), {totals.findings} bevinding(en)", style="bold")
    summary.append(", ")
    summary.append(_score(totals.score))
    suppressed = suppressed_text(totals.suppressed)
    if suppressed:
        summary.append(f", {suppressed}", style="dim")
    if errors:
        summary.append(f", {len(errors)} fout(en) bij inlezen", style="bold red")
    console.print(summary)
    return totals


def write(
    out: TextIO, results: Iterable[FileResult], errors: list[InputError], model: dict | None, options: Options
) -> Totals:
    console = Console(
        file=out, no_color=options.no_color or bool(os.environ.get("NO_COLOR")), highlight=False, soft_wrap=True
    )
    return print_report(console, results, errors, quiet=options.quiet, verbose=options.verbose)
