"""Output formats, all fed by the same file results.

Every format is a module with one function, `write(out, results, errors, model, options)
-> Totals`: it writes the report of `results` (an iterable, consumed once) to the text
stream `out` and returns the run's totals. `text` and `json` write file by file as the
results come, so a long run never holds them all; the others need every result before
they write. Modules are imported only when used.
"""

from __future__ import annotations

import io
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from missionlint.errors import InputError
    from missionlint.findings import FileResult, SectionResult
    from missionlint.lint.scoring import Totals

# format name -> module in this package
MODULES = {
    "text": "text",
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "markdown": "markdown",
    "html": "html",
}
FORMATS = tuple(MODULES)

# Dutch labels shared by the human-readable formats (markdown, html).
SEVERITIES = ("error", "warning", "info")  # the order reports list them in
SEVERITY_LABELS = {"error": "ernstig", "warning": "verbeterpunt", "info": "aandachtspunt"}
SEVERITY_PLURALS = {"error": "ernstig", "warning": "verbeterpunten", "info": "aandachtspunten"}
KIND_LABELS = {
    "missie": "Missie",
    "visie": "Visie",
    "waarden": "Waarden",
    "strategie": "Strategie",
    "ambiguous": "Niet beoordeeld",
    "unknown": "Niet beoordeeld",
}
MODEL_SOURCES = {"bundled": "meegeleverd", "package": "geïnstalleerd pakket", "directory": "map"}
NOT_CHECKED = "niet gecontroleerd"  # instead of the score of what was not checked


def kind_word(kind: str) -> str:
    """A kind as a report names it: "unknown" (the value in JSON) is "onbekend"."""
    return "onbekend" if kind == "unknown" else kind


def section_label(section: SectionResult) -> str:
    """A section's name in a report: its heading or key, else its kind, else "tekst"."""
    return section.section.name


def score_text(score: float | None) -> str:
    """A score as the reports print it: rounded, or "niet gecontroleerd" without one."""
    return NOT_CHECKED if score is None else f"{score:.0f}"


def model_text(model: dict | None) -> str:
    """The pipeline as a reader sees it: "nl_missionlint_sm 0.1.0 (meegeleverd)"."""
    if not model:
        return "onbekend"
    source = MODEL_SOURCES.get(str(model.get("source")), str(model.get("source")))
    return f"{model.get('name')} {model.get('version')} ({source})"


def checked_text(result: FileResult) -> str:
    """How many of a file's sections count in its score: "2 van 4 secties gecontroleerd"."""
    checked, total = result.checked, len(result.sections)
    noun = "sectie" if checked == 1 and total <= 1 else "secties"
    return f"{checked} {noun} gecontroleerd" if checked == total else f"{checked} van {total} {noun} gecontroleerd"


def checked_as(section: SectionResult) -> str:
    """What a section was checked as, in the words of the reports: "missie", "gelezen als
    visie" (an ambiguous label such as "Ambitie"), "niet gecontroleerd: Engels"."""
    from missionlint.checks.language import DUTCH, NAMES
    from missionlint.kinds import AMBIGUOUS, UNKNOWN

    if section.language != DUTCH:
        return f"{NOT_CHECKED}: {NAMES.get(section.language, section.language)}"
    if section.kind == UNKNOWN:
        return NOT_CHECKED
    if section.section.kind == AMBIGUOUS:
        return f"gelezen als {section.kind}"
    return section.kind


def suppressed_text(suppressed: dict[str, int]) -> str | None:
    """How many findings a suppression took away, in a few words: "5 onderdrukt (3 via het
    onderdrukkingsbestand, 2 via commentaar)"; None when none was."""
    total = sum(suppressed.values())
    if not total:
        return None
    parts = [
        f"{suppressed[how]} via {where}"
        for how, where in (("file", "het onderdrukkingsbestand"), ("comments", "commentaar"))
        if suppressed.get(how)
    ]
    return f"{total} onderdrukt ({', '.join(parts)})"


def suppressed_counts(suppressed: dict[str, int]) -> dict[str, int]:
    """The counts as JSON and SARIF give them: total, comments, file."""
    return {
        "total": sum(suppressed.values()),
        "comments": suppressed.get("comments", 0),
        "file": suppressed.get("file", 0),
    }


@dataclass(frozen=True)
class Options:
    """What the reader of a report asked for (the text format reads them)."""

    no_color: bool = False
    quiet: bool = False  # only files and sections with findings
    verbose: bool = False  # each finding's rule summary too


def write(
    name: str,
    out: TextIO,
    results: Iterable[FileResult],
    errors: list[InputError],
    model: dict | None,
    options: Options = Options(),
) -> Totals:
    """Write the report in the format `name` (any of FORMATS) to `out`."""
    module = import_module(f"{__name__}.{MODULES[name]}")
    return module.write(out, results, errors, model, options)


def render(
    name: str,
    results: Iterable[FileResult],
    errors: list[InputError],
    model: dict | None,
    options: Options = Options(no_color=True),
) -> str:
    """The report in the format `name` as one string."""
    out = io.StringIO()
    write(name, out, results, errors, model, options)
    return out.getvalue()


def framing_summary(sentences) -> str | None:
    """The section's framing profile in a few words: "2 van 3 zinnen gaan over wat de
    organisatie doet; 1 noemt de uitkomst". None for a section without sentences."""
    if not sentences:
        return None
    counts = {label: sum(1 for s in sentences if s.framing == label) for label in ("role", "mixed", "outcome")}
    organisation = counts["role"] + counts["mixed"]
    total = len(sentences)
    if total == 1:
        text = {
            "role": "de zin gaat over wat de organisatie doet",
            "mixed": "de zin gaat over wat de organisatie doet, met het resultaat erbij",
            "outcome": "de zin noemt de uitkomst",
        }.get(sentences[0].framing)
        return text
    parts = [f"{organisation} van {total} zinnen gaan over wat de organisatie doet"]
    if counts["mixed"]:
        parts[0] += f" ({counts['mixed']} met het resultaat erbij)"
    if counts["outcome"]:
        parts.append(f"{counts['outcome']} {'noemt' if counts['outcome'] == 1 else 'noemen'} de uitkomst")
    return "; ".join(parts)
