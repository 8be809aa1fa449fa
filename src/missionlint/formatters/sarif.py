"""SARIF 2.1.0, for code scanning (GitHub, Azure DevOps, VS Code's SARIF viewer).

One run; the driver lists the rules that have findings. Locations carry line and column
(1-based, end column exclusive, as SARIF wants) and the character offset and length.
Findings carry their safe and unsafe rewrites as `fixes` (each replaces its own span,
which may be the whole sentence around the finding); templates and advice are not fixes. Input errors and
source warnings become tool execution notifications of the invocation.
How many findings
the suppression comments and the suppressions file took away is in the run's and each
file's `properties.suppressed` (suppressed results are left out, so code scanning never
opens an alert for a finding the suppressions file accepted).
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

from missionlint import __version__
from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding
from missionlint.formatters import suppressed_counts
from missionlint.formatters.whole import writer
from missionlint.lint.scoring import Totals
from missionlint.rulebook.loading import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
SRCROOT = "%SRCROOT%"


def artifact_uri(path: str) -> tuple[str, bool]:
    """A URI reference for `path`: relative (to the working directory) when possible.

    Returns the URI and whether it is relative to %SRCROOT%.
    """
    if path == "<stdin>":
        return "stdin", True
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            candidate = candidate.relative_to(Path.cwd())
        except ValueError:
            return candidate.as_uri(), False
    return quote(candidate.as_posix(), safe="/._-~"), True


def artifact_location(path: str) -> dict:
    uri, relative = artifact_uri(path)
    return {"uri": uri, "uriBaseId": SRCROOT} if relative else {"uri": uri}


def region(result: FileResult, start: int, end: int, snippet: bool = True) -> dict:
    start_line, start_column = result.source.position(start)
    end_line, end_column = result.source.position(end)
    out: dict = {
        "startLine": start_line,
        "startColumn": start_column,
        "endLine": end_line,
        "endColumn": end_column,
        "charOffset": start,
        "charLength": end - start,
    }
    if snippet:
        out["snippet"] = {"text": result.source.text[start:end]}
    return out


def rule_descriptor(rule: Rule) -> dict:
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.explanation.strip()},
        "help": {"text": rule.explanation.strip()},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"category": rule.category, "tags": ["missionlint", rule.category], "weight": rule.weight},
    }


def sarif_result(result: FileResult, finding: Finding, rule_index: int) -> dict:
    location = {
        "physicalLocation": {
            "artifactLocation": artifact_location(result.path),
            "region": region(result, finding.start, finding.end),
        }
    }
    kind = result.sections[finding.section].kind if finding.section < len(result.sections) else None
    out = {
        "ruleId": finding.rule.id,
        "ruleIndex": rule_index,
        "level": LEVELS[finding.level],
        "message": {"text": finding.message},
        "locations": [location],
        "properties": {
            "confidence": finding.confidence,
            "section": finding.section,
            "kind": kind,
            "rewrites": list(finding.rewrites),
        },
    }
    fixes = [fix for fix in finding.fixes if fix.concrete]
    if fixes:
        out["fixes"] = [
            {
                "description": {"text": f"Vervang door '{fix.replacement}' ({fix.applicability.label})"},
                "artifactChanges": [
                    {
                        "artifactLocation": artifact_location(result.path),
                        "replacements": [
                            {
                                "deletedRegion": region(result, edit.start, edit.end, snippet=False),
                                "insertedContent": {"text": edit.replacement},
                            }
                            for edit in fix.edits
                        ],
                    }
                ],
                "properties": {"applicability": fix.applicability.value},
            }
            for fix in fixes
        ]
    return out


def notification(path: str, message: str, level: str, line: int | None = None, column: int | None = None) -> dict:
    location: dict = {"artifactLocation": artifact_location(path)}
    if line is not None:
        location["region"] = {"startLine": line, "startColumn": column or 1}
    return {"level": level, "message": {"text": message}, "locations": [{"physicalLocation": location}]}


def report(results: list[FileResult], errors: list[InputError], model: dict | None) -> dict:
    totals = Totals.of(results)
    rules: dict[str, Rule] = {}
    for finding in sorted((f for r in results for f in r.findings), key=lambda f: f.rule.id):
        rules.setdefault(finding.rule.id, finding.rule)
    index = {rule_id: i for i, rule_id in enumerate(rules)}
    notifications = [notification(e.path, e.message, "error", e.line, e.column) for e in errors]
    notifications += [notification(r.path, w, "warning") for r in results for w in r.warnings]
    run = {
        "tool": {
            "driver": {
                "name": "missionlint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [rule_descriptor(rule) for rule in rules.values()],
            }
        },
        "invocations": [
            {
                "executionSuccessful": not errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": [sarif_result(r, f, index[f.rule.id]) for r in results for f in r.findings],
        "properties": {
            "model": model,
            "score": totals.score,
            "suppressed": suppressed_counts(totals.suppressed),
            "files": [
                {"path": r.path, "score": r.score, "suppressed": suppressed_counts(r.suppressed)} for r in results
            ],
        },
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def render(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    return json.dumps(report(results, errors, model), ensure_ascii=False, indent=2)


write = writer(render)
