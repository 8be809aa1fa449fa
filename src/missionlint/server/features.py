"""A document's result as the editor sees it: diagnostics, code actions and a hover.

Every offset goes through `positions.Lines`; every rewrite comes from the findings' fixes
(`fix.model`), every "fix all" from the plan `--fix` applies, every suppression comment
from `lint.suppressions`, and every explanation from what `explain` prints.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lsprotocol import types

from missionlint.findings import FileResult, Finding
from missionlint.fix.apply import plan
from missionlint.fix.model import Applicability, Edit
from missionlint.formatters import NOT_CHECKED, checked_as, framing_summary, section_label
from missionlint.lint.suppressions import comment_edit
from missionlint.rulebook.explanation import blocks, heading
from missionlint.rulebook.model import Rule
from missionlint.server.positions import Lines

SOURCE = "missionlint"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "info": types.DiagnosticSeverity.Information,
}
FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.missionlint"
QUICK_FIX = types.CodeActionKind.QuickFix.value

# Edits of one document as the client wants them (versioned when it can check the version)
WorkspaceEditFor = Callable[[list[Edit]], types.WorkspaceEdit]


def rule_link(rule: Rule) -> types.CodeDescription | None:
    """The rule's file: its explanation and examples, next to the check itself."""
    path = Path(rule.path)
    return types.CodeDescription(href=path.resolve().as_uri()) if path.is_file() else None


def diagnostic(finding: Finding, lines: Lines) -> types.Diagnostic:
    return types.Diagnostic(
        range=lines.range(finding.start, finding.end),
        message=finding.message,
        severity=SEVERITY.get(finding.level, types.DiagnosticSeverity.Information),
        code=finding.rule.id,
        code_description=rule_link(finding.rule),
        source=SOURCE,
    )


def diagnostics(result: FileResult, lines: Lines) -> list[types.Diagnostic]:
    return [diagnostic(f, lines) for f in result.findings]


def wanted(kind: str, only: list[str] | None) -> bool:
    """Whether the client asked for actions of `kind` (`only` lists kinds and their parents)."""
    return only is None or any(kind == o or kind.startswith(f"{o}.") for o in only)


def code_actions(
    result: FileResult, lines: Lines, start: int, end: int, only: list[str] | None, edit: WorkspaceEditFor
) -> list[types.CodeAction]:
    """For each finding that overlaps start:end, its rewrites (the safe ones first, one of
    them preferred) and "negeer hier"; then "fix all" for the document's safe rewrites."""
    actions: list[types.CodeAction] = []
    if wanted(QUICK_FIX, only):
        ignored: set[tuple[str, int]] = set()
        for finding in result.findings:
            if finding.start > end or finding.end < start:
                continue
            about = [diagnostic(finding, lines)]
            actions += rewrites(finding, about, edit)
            comment = comment_edit(result.source, finding.rule.id, finding.start)
            if finding.rule.type != "suppression" and (finding.rule.id, comment.start) not in ignored:
                ignored.add((finding.rule.id, comment.start))
                actions.append(
                    types.CodeAction(
                        title=f"Negeer {finding.rule.id} hier",
                        kind=QUICK_FIX,
                        diagnostics=about,
                        edit=edit([comment]),
                    )
                )
    safe = plan(result)
    if safe.edits and wanted(FIX_ALL, only):
        actions.append(
            types.CodeAction(
                title=f"Alle veilige herschrijvingen toepassen ({len(safe.edits)})",
                kind=FIX_ALL,
                edit=edit(safe.edits),
            )
        )
    return actions


def rewrites(finding: Finding, about: list[types.Diagnostic], edit: WorkspaceEditFor) -> list[types.CodeAction]:
    """A quick fix per concrete rewrite; templates (`display`) are advice, never applied."""
    fixes = sorted(
        (f for f in finding.fixes if f.concrete and f.edits and f.replacement != finding.text),
        key=lambda f: f.applicability is not Applicability.SAFE,
    )
    actions = []
    for index, fix in enumerate(fixes):
        title = f"Vervang door '{' '.join(fix.replacement.split())}' ({finding.rule.id})"
        if fix.applicability is Applicability.UNSAFE:
            title += ": controleer of de betekenis klopt"
        actions.append(
            types.CodeAction(
                title=title,
                kind=QUICK_FIX,
                diagnostics=about,
                edit=edit(list(fix.edits)),
                is_preferred=index == 0 and fix.applicability is Applicability.SAFE,
            )
        )
    return actions


def hover(result: FileResult, lines: Lines, offset: int, markdown: bool) -> types.Hover | None:
    """What `explain` says about each rule flagged at `offset`, and its section's score and
    framing profile."""
    hits = [f for f in result.findings if f.start <= offset <= f.end]
    if not hits:
        return None
    parts, seen = [], set()
    for finding in hits:
        if finding.rule.id in seen:
            continue
        seen.add(finding.rule.id)
        parts.append("\n\n".join([explanation(finding.rule, markdown), *section_lines(result, finding, markdown)]))
    kind = types.MarkupKind.Markdown if markdown else types.MarkupKind.PlainText
    return types.Hover(
        contents=types.MarkupContent(kind=kind, value="\n\n---\n\n".join(parts)),
        range=lines.range(hits[0].start, hits[0].end),
    )


_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _escaped(text: str, markdown: bool) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text) if markdown else text


def explanation(rule: Rule, markdown: bool) -> str:
    """The rule's `explain` text; examples as code blocks, so their markup shows as written."""
    name, scope = heading(rule)
    out = [f"**{name}** {_escaped(scope, True)}" if markdown else f"{name} {scope}"]
    for block in blocks(rule):
        title = f"**{block.title}**" if markdown else block.title
        if not block.example:
            body = _escaped(block.body, markdown)
        elif markdown:
            fence = "~~~" if "```" in block.body else "```"
            body = f"{fence}text\n{block.body}\n{fence}"
        else:
            body = "\n".join("  " + line for line in block.body.split("\n"))
        out.append(f"{title}\n{body}" if not markdown or block.example else f"{title}  \n{body}")
    return "\n\n".join(out)


def section_lines(result: FileResult, finding: Finding, markdown: bool) -> list[str]:
    """The score and framing profile of the finding's section (none for a file without sections)."""
    if finding.section >= len(result.sections):
        return []
    section = result.sections[finding.section]
    title = section_label(section)
    label = "**Score van de sectie**" if markdown else "Score van de sectie"
    score = NOT_CHECKED if section.score is None else f"{section.score:.0f} van 100"
    lines = [f"{label} '{_escaped(title, markdown)}' ({checked_as(section)}): {score}"]
    profile = framing_summary(section.sentences)
    if profile:
        lines.append(f"{'**Framing**' if markdown else 'Framing'}: {profile}")
    return lines
