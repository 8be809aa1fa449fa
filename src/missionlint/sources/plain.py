"""Reading plain text (and stdin) into one section, and where its paragraphs and list
items begin. Suppression comments (`<!-- missionlint-disable ... -->`) work in plain text as
in Markdown; they are blanked here, so they are never linted as text."""

from __future__ import annotations

import re

from missionlint.sources.model import Section, unheaded_section

# The suppression comments of Markdown and plain text (read by lint.suppressions).
SUPPRESSION_COMMENT = re.compile(r"<!--\s*missionlint-(disable-next-line|disable|enable)(?![\w-])(.*?)-->", re.S)
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)])\s")
_MARKERS = " \t-*+•0123456789.)"


def block_starts(text: str) -> tuple[int, ...]:
    """Offsets of the first character of every line that starts a list item or follows a
    blank line (a new paragraph): hard sentence starts. Line 1 is the text's own start."""
    starts, pos = [], text.find("\n")
    while pos >= 0:
        line_start = pos + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        previous = text[text.rfind("\n", 0, pos) + 1 : pos]
        line = text[line_start:line_end]
        if LIST_ITEM.match(text, line_start) or not previous.strip():
            starts.append(line_start + len(line) - len(line.lstrip(_MARKERS)))
        pos = text.find("\n", line_start)
    return tuple(starts)


def blank_suppression_comments(text: str) -> str:
    """`text` with every suppression comment replaced by spaces (newlines kept), so
    offsets stay those of the file."""
    return SUPPRESSION_COMMENT.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def text_sections(text: str, kind: str) -> tuple[list[Section], tuple[int, ...]]:
    masked = blank_suppression_comments(text)
    section = unheaded_section(masked, 0, len(masked), kind)
    return ([section] if section else []), block_starts(masked)
