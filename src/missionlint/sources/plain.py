"""Reading plain text (and stdin) into one section, and where its paragraphs and list
items begin."""

from __future__ import annotations

import re

from missionlint.sources.model import Section, unheaded_section

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


def text_sections(text: str, kind: str) -> tuple[list[Section], tuple[int, ...]]:
    section = unheaded_section(text, 0, len(text), kind)
    return ([section] if section else []), block_starts(text)
