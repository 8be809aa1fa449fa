"""GitHub Actions workflow commands: one annotation line per finding.

    ::warning file=examples/x.md,line=7,col=1,endLine=7,endColumn=20,title=ML101 role-phrasing::message

Severity maps to the command (error, warning, info -> notice). Data is escaped as the
runner expects (% \\r \\n), property values also : and , ; the suggested rewrite goes on a
second annotation line (an escaped newline, so each finding stays one output line).
Input errors are ::error lines, source warnings ::warning lines without a position.
"""

from __future__ import annotations

from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding
from missionlint.formatters.whole import writer

COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(value: str) -> str:
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def command(name: str, message: str, **properties) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items() if value is not None)
    return f"::{name}{' ' + props if props else ''}::{escape_data(message)}"


def finding_line(result: FileResult, finding: Finding) -> str:
    line, column = result.source.position(finding.start)
    end_line, end_column = result.source.position(finding.end)
    message = finding.message
    if finding.template:
        message += "\nSuggestie: " + finding.template
    elif finding.rewrites:
        message += "\nVoorstel: " + finding.rewrites[0]
    return command(
        COMMANDS[finding.level],
        message,
        file=result.path,
        line=line,
        col=column,
        endLine=end_line,
        endColumn=end_column,
        title=f"{finding.rule.id} {finding.rule.name}",
    )


def render(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    lines = [
        command(
            "error", error.message, file=error.path, line=error.line, col=error.column, title="missionlint: invoerfout"
        )
        for error in errors
    ]
    for result in results:
        lines += [command("warning", warning, file=result.path, title="missionlint") for warning in result.warnings]
        lines += [finding_line(result, finding) for finding in result.findings]
    return "\n".join(lines)


write = writer(render)
