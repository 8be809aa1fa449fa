"""A pull-request comment in GitHub-flavoured Markdown.

A summary table with a row per file (score, findings per severity), then per file each
finding on a line with `path:line:col`, rule and message, and its rewrite as a diff
(before/after) or its fill-in suggestion. Labels are Dutch.
"""

from __future__ import annotations

import re
from collections import Counter

from missionlint import __version__
from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding
from missionlint.formatters import (
    NOT_CHECKED,
    SEVERITIES,
    SEVERITY_LABELS,
    SEVERITY_PLURALS,
    checked_text,
    model_text,
    score_text,
    suppressed_text,
)
from missionlint.formatters.whole import writer
from missionlint.lint.scoring import Totals

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~])")


def escape(text: str) -> str:
    """Text as literal Markdown (inline, one line)."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def code(text: str) -> str:
    """Inline code that survives backticks in the text."""
    ticks = "`" * (max((len(m) for m in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def fence(body: str, info: str = "") -> list[str]:
    ticks = "`" * max(3, max((len(m) for m in re.findall(r"`+", body)), default=0) + 1)
    return [f"{ticks}{info}", body, ticks]


def finding_lines(result: FileResult, finding: Finding) -> list[str]:
    line, column = result.source.position(finding.start)
    where = code(f"{result.path}:{line}:{column}")
    lines = [
        f"- {where} **{finding.rule.id}** {escape(finding.rule.name)} "
        f"({SEVERITY_LABELS[finding.level]}): {escape(finding.message)}"
    ]
    previews = finding.previews(result.source.text)
    if finding.template:
        lines.append(f"  <br>Suggestie: {escape(finding.template)}")
    elif previews:
        body = "\n".join([f"- {previews[0][0]}"] + [f"+ {after}" for _before, after, _a in previews])
        lines += ["", *("  " + part for part in fence(body, "diff"))]
        lines.append("  " + "; ".join(escape(a.label) for _b, _after, a in previews))
    return lines


def render(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    run = Totals.of(results)
    counts = ", ".join(f"{run.by_severity.get(s, 0)} {SEVERITY_PLURALS[s]}" for s in SEVERITIES)
    suppressed = suppressed_text(run.suppressed)
    out = [
        "## missionlint",
        "",
        f"**Score {score_text(run.score)}** · {len(results)} bestand(en) · "
        f"{run.findings} bevinding(en): {counts}" + (f" · {suppressed}" if suppressed else ""),
    ]
    if results:
        out += ["", "| Bestand | Score | Ernstig | Verbeterpunten | Aandachtspunten |", "|---|---:|---:|---:|---:|"]
    for result in results:
        by = Counter(f.level for f in result.findings)
        cell = code(result.path).replace("|", "\\|")  # a pipe ends a table cell, even in code
        out.append(
            f"| {cell} | {score_text(result.score)} | " + " | ".join(str(by.get(s, 0)) for s in SEVERITIES) + " |"
        )
    if errors:
        out += ["", "### Niet ingelezen", ""]
        out += [f"- {code(e.location())}: {escape(e.message)}" for e in errors]
    for result in results:
        if not result.findings and not result.warnings:
            continue
        scored = NOT_CHECKED if result.score is None else f"score {score_text(result.score)}, {checked_text(result)}"
        out += ["", f"### {code(result.path)} ({scored})", ""]
        out += [f"> Let op: {escape(w)}" for w in result.warnings]
        for finding in result.findings:
            out += finding_lines(result, finding)
    if model:
        out += [
            "",
            f"<sub>missionlint {__version__}, taalmodel {escape(model_text(model))}</sub>",
        ]
    return "\n".join(out) + "\n"


write = writer(render)
