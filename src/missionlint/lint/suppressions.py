"""Suppression comments: turn rules off for a line, a stretch of a file or a YAML entry.

Markdown and plain text (HTML comments; a selector is a rule id, name or category, several
separated by spaces or commas, none means every rule):

    <!-- missionlint-disable-next-line ML101 -->   the next line with text on it
    <!-- missionlint-disable framing -->           from here ...
    <!-- missionlint-enable framing -->            ... to here (bare enable: ends all)
    <!-- missionlint-disable -->                   every rule, to the next enable or the end

YAML (`#` comments):

    missie: De stad schoonmaken.  # missionlint: ignore ML101    that key or list item
    # missionlint: ignore ML101                                  on its own line: the next
    missie: De stad schoonmaken.                                 key or list item

A finding is suppressed when its start lies in a covered stretch. Suppression happens
after linting and before scoring, so suppressed findings count nowhere (as in ruff). The
comments are read from the original file text (`Source.text`), not from the section text,
where the Markdown and plain-text readers have blanked them. Comments inside fenced code are ignored.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

import yaml

from missionlint.findings import FileResult, Finding
from missionlint.fix.model import Edit
from missionlint.rulebook import selectors
from missionlint.rulebook.model import Rule
from missionlint.rulebook.templating import render
from missionlint.sources.markdown import code_ranges
from missionlint.sources.model import Source, line_starts
from missionlint.sources.plain import SUPPRESSION_COMMENT

HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
YAML_DIRECTIVE = re.compile(r"#\s*missionlint\s*:\s*ignore(?![\w-])([^#\n]*)")
EVERY_RULE = ""  # the selector of a comment that names no rule

UNUSED = "ML000"  # the rule of a suppression that suppressed nothing (rules/suppression/)


@dataclass
class Directive:
    """One suppression comment and the stretches of the file it covers, per selector."""

    form: str  # "disable-next-line", "disable" or "ignore"
    selectors: tuple[str, ...]  # () means every rule
    start: int  # the comment's offsets in Source.text
    end: int
    ranges: dict[str, tuple[int, int]] = field(default_factory=dict)  # selector -> [from, to)
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding) -> list[str]:
        """The selectors of this directive that suppress `finding`."""
        return [
            s
            for s, (a, b) in self.ranges.items()
            if a <= finding.start < b and (s == EVERY_RULE or selectors.matches(finding.rule, s))
        ]

    @property
    def unused(self) -> list[str]:
        return [s for s in self.ranges if s not in self.used]


def _selectors(text: str) -> tuple[str, ...]:
    return tuple(part for part in re.split(r"[\s,]+", text.strip()) if part)


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _without_comments(text: str) -> str:
    """`text` with every HTML comment blanked (newlines kept), offsets unchanged."""
    return HTML_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _next_line(masked: str, pos: int) -> tuple[int, int] | None:
    """[start, end) of the first line after the one holding `pos` with text on it
    (`masked` has its comments blanked, so lines holding only comments are skipped)."""
    start = _line_end(masked, pos) + 1
    while start < len(masked):
        end = _line_end(masked, start)
        if masked[start:end].strip():
            return start, end + 1
        start = end + 1
    return None


def html_directives(text: str, markdown: bool = True) -> list[Directive]:
    """The HTML-comment directives of a Markdown or plain-text file."""
    # code blocks need a Markdown parse: only when there is a comment to place
    fences = code_ranges(text) if markdown and SUPPRESSION_COMMENT.search(text) else []
    masked = _without_comments(text)
    directives: list[Directive] = []
    open_ranges: list[tuple[Directive, str]] = []  # (disable directive, selector) not yet enabled
    for match in SUPPRESSION_COMMENT.finditer(text):
        if any(a <= match.start() < b for a, b in fences):
            continue
        form, named = match.group(1), _selectors(match.group(2))
        if form == "enable":
            closing = [(d, s) for d, s in open_ranges if not named or s in named]
            for directive, selector in closing:
                directive.ranges[selector] = (directive.ranges[selector][0], match.start())
                open_ranges.remove((directive, selector))
            continue
        directive = Directive(form, named, match.start(), match.end())
        if form == "disable-next-line":
            target = _next_line(masked, match.end())
            span = target or (len(text), len(text))
            directive.ranges = dict.fromkeys(named or (EVERY_RULE,), span)
        else:
            directive.ranges = {s: (match.end(), len(text)) for s in named or (EVERY_RULE,)}
            open_ranges.extend((directive, s) for s in named or (EVERY_RULE,))
        directives.append(directive)
    return directives


def _yaml_entries(text: str, starts: list[int]) -> tuple[dict[int, tuple[int, int]], list[tuple[int, int]]]:
    """Per line (`starts`: where each line begins), the widest key/value entry or list item
    starting on it; and the spans of all scalars (where a '#' is text, not a comment)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        return {}, []
    entries: dict[int, tuple[int, int]] = {}
    scalars: list[tuple[int, int]] = []

    def add(start_mark, end: int) -> None:
        # the line counted at "\n" only, as everywhere else (PyYAML also breaks at NEL and U+2028)
        start = start_mark.index
        line = bisect.bisect_right(starts, start) - 1
        if line not in entries or end - start > entries[line][1] - entries[line][0]:
            entries[line] = (start, end)

    def walk(node) -> None:
        if isinstance(node, yaml.ScalarNode):
            start = node.start_mark.index
            if node.style in ("|", ">"):  # the header line ("|-", ">") may carry a comment
                start = text.find("\n", start) + 1 or node.end_mark.index
            scalars.append((start, node.end_mark.index))
        elif isinstance(node, yaml.SequenceNode):
            for item in node.value:
                add(item.start_mark, item.end_mark.index)
                walk(item)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                add(key.start_mark, max(key.end_mark.index, value.end_mark.index))
                walk(key)
                walk(value)

    if root is not None:
        walk(root)
    return entries, scalars


def yaml_directives(text: str) -> list[Directive]:
    """`# missionlint: ignore ...` comments of a YAML file (the file is composed only when it
    has one: most have none, and composing costs as much as reading it)."""
    if not YAML_DIRECTIVE.search(text):
        return []
    starts = line_starts(text)
    entries, scalars = _yaml_entries(text, starts)
    lines = text.split("\n")
    directives = []
    for number, line in enumerate(lines):
        for match in YAML_DIRECTIVE.finditer(line):
            at = starts[number] + match.start()
            if (match.start() and not line[match.start() - 1].isspace()) or any(a <= at < b for a, b in scalars):
                continue  # a '#' inside a word or inside a string is no comment
            target = number
            if not line[: match.start()].strip():  # a comment on its own line: the next entry
                target = number + 1
                while target < len(lines) and (not lines[target].strip() or lines[target].lstrip().startswith("#")):
                    target += 1
            if target >= len(lines):
                span = (len(text), len(text))
            else:
                span = entries.get(target, (starts[target], starts[target] + len(lines[target]) + 1))
            named = _selectors(match.group(1))
            directive = Directive("ignore", named, at, starts[number] + match.end())
            directive.ranges = dict.fromkeys(named or (EVERY_RULE,), span)
            directives.append(directive)
            break
    return directives


def comment_edit(source: Source, rule_id: str, offset: int) -> Edit:
    """Insert the comment that suppresses `rule_id` at `offset`: a line of its own, indented
    like the line it precedes, before the line holding `offset` (Markdown and plain text:
    `disable-next-line`) or before the YAML key or list item holding it (`ignore`: a comment
    inside a block scalar would be text)."""
    text = source.text
    if source.format == "yaml":
        entries, _scalars = _yaml_entries(text, line_starts(text))
        holding = [start for start, end in entries.values() if start <= offset < end]
        offset = max(holding, default=offset)  # the innermost entry
        comment = f"# missionlint: ignore {rule_id}"
    else:
        comment = f"<!-- missionlint-disable-next-line {rule_id} -->"
    start = text.rfind("\n", 0, offset) + 1
    line = text[start : _line_end(text, start)]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    return Edit(start, start, f"{indent}{comment}\n")


def directives(source: Source) -> list[Directive]:
    if source.format == "yaml":
        return yaml_directives(source.text)
    return html_directives(source.text, markdown=source.format == "markdown")


def apply(source: Source, findings: list[Finding]) -> tuple[list[Finding], list[Directive]]:
    """Drop the findings a suppression comment covers; returns the rest and the
    directives, each knowing which of its selectors suppressed something."""
    found = directives(source)
    if not found:
        return findings, found
    kept = []
    for finding in findings:
        suppressed = False
        for directive in found:
            hits = directive.covers(finding)
            directive.used.update(hits)
            suppressed = suppressed or bool(hits)
        if not suppressed:
            kept.append(finding)
    return kept, found


def unknown_selectors(found: list[Directive], rules: list[Rule]) -> list[tuple[Directive, str, str]]:
    """(directive, selector, did-you-mean hint) for selectors naming no rule or category."""
    return [
        (directive, selector, selectors.hint(selector, rules))
        for directive in found
        for selector in selectors.unknown(directive.selectors, rules)
    ]


def _section_of(result: FileResult, offset: int) -> int:
    """The section holding `offset`, else the next one after it, else the last one."""
    sections = [s.section for s in result.sections]
    for index, section in enumerate(sections):
        if section.start <= offset < section.end or offset < section.start:
            return index
    return max(len(sections) - 1, 0)


def unused_findings(result: FileResult, found: list[Directive], rule: Rule) -> list[Finding]:
    """Findings of `rule` (ML000) for the suppressions that suppressed nothing."""
    out = []
    for directive in found:
        unused = directive.unused
        if not unused:
            continue
        named = "alle regels" if unused == [EVERY_RULE] else ", ".join(unused)
        out.append(
            Finding(
                rule=rule,
                section=_section_of(result, directive.start),
                start=directive.start,
                end=directive.end,
                text=result.source.text[directive.start : directive.end],
                message=render(rule.message, selectors=named),
                confidence=rule.confidence,
            )
        )
    return out
