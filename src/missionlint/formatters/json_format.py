"""The JSON report; its keys are documented in the README and kept stable."""

from __future__ import annotations

import json
import textwrap
from collections.abc import Iterable, Iterator
from typing import TextIO

from missionlint import __version__
from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding
from missionlint.formatters import SEVERITIES, Options, suppressed_counts
from missionlint.lint.scoring import Totals

SCHEMA_VERSION = 2  # 2: findings carry `suggestions` (spans and applicability)


def _position(result: FileResult, offset: int) -> dict:
    line, column = result.source.position(offset)
    position = {"line": line, "column": column, "offset": offset}
    paragraph = result.source.paragraph_position(offset)  # .docx files only
    if paragraph is not None:
        position.update(paragraph=paragraph[0], paragraph_offset=paragraph[1] - 1)
    return position


def finding_dict(result: FileResult, finding: Finding) -> dict:
    rule = finding.rule
    return {
        "rule": rule.id,
        "name": rule.name,
        "category": rule.category,
        "severity": finding.level,
        "confidence": finding.confidence,
        "section": finding.section,
        "message": finding.message,
        "start": _position(result, finding.start),
        "end": _position(result, finding.end),
        "text": finding.text,
        "suggestions": [
            {
                "replacement": fix.replacement,
                "start": _position(result, fix.start),
                "end": _position(result, fix.end),
                "applicability": fix.applicability.value,
            }
            for fix in finding.fixes
            if len(fix.edits) == 1
        ],
        "rewrites": list(finding.rewrites),
        "fix": finding.fix,
    }


def file_dict(result: FileResult) -> dict:
    return {
        "path": result.path,
        "score": result.score,
        "checked_sections": result.checked,
        "encoding": result.source.encoding,
        "warnings": list(result.warnings),
        "sections": [
            {
                "kind": s.section.kind,
                "kind_source": s.section.kind_source,
                "title": s.section.title,
                "linted_as": s.kind,
                "inferred_kind": s.inferred_kind,
                "inferred_confidence": s.inferred_confidence,
                "language": s.language,
                "start": _position(result, s.section.start),
                "end": _position(result, s.section.end),
                "words": s.words,
                "score": s.score,
                "sentences": [
                    {"start": _position(result, x.start), "end": _position(result, x.end), "framing": x.framing}
                    for x in s.sentences
                ],
            }
            for s in result.sections
        ],
        "findings": [finding_dict(result, f) for f in result.findings],
        "suppressed": suppressed_counts(result.suppressed),
    }


def _summary(totals: Totals, errors: list[InputError]) -> dict:
    return {
        "files": totals.files,
        "findings": totals.findings,
        "errors": len(errors),
        "score": totals.score,
        "by_severity": {level: totals.by_severity.get(level, 0) for level in SEVERITIES},
        "suppressed": suppressed_counts(totals.suppressed),
    }


def _errors(errors: list[InputError]) -> list[dict]:
    return [{"path": e.path, "line": e.line, "column": e.column, "message": e.message} for e in errors]


def report(results: list[FileResult], errors: list[InputError], model: dict | None) -> dict:
    totals = Totals.of(results)
    return {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "model": model,
        "files": [file_dict(r) for r in results],
        "errors": _errors(errors),
        "summary": _summary(totals, errors),
    }


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=2)


def stream(
    results: Iterable[FileResult], errors: list[InputError], model: dict | None, totals: Totals | None = None
) -> Iterator[str]:
    """The report of `render`, in pieces, one file at a time: the same text, but a run
    never holds more than one file's dict (json.dumps of the whole report held a
    million small strings for 2,000 files). `totals` (if given) is filled as files pass."""
    totals = Totals() if totals is None else totals
    head = _dumps({"version": __version__, "schema": SCHEMA_VERSION, "model": model})
    yield head[:-2] + ',\n  "files": ['  # without the closing "\n}"
    count = 0
    for result in results:
        totals.add(result)
        yield ("," if count else "") + "\n" + textwrap.indent(_dumps(file_dict(result)), "    ")
        count += 1
    yield "\n  ]," if count else "],"
    tail = _dumps({"errors": _errors(errors), "summary": _summary(totals, errors)})
    yield tail[1:]  # without the opening "{"


def render(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    return "".join(stream(results, errors, model))


def write(
    out: TextIO, results: Iterable[FileResult], errors: list[InputError], model: dict | None, options: Options
) -> Totals:
    totals = Totals()
    for piece in stream(results, errors, model, totals):
        out.write(piece)
    out.write("\n")
    out.flush()
    return totals
