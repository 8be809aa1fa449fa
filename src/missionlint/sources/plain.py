"""Reading plain text (and stdin) into sections: one per label ("Missie:", "MISSIE", a
line "Onze visie"), or one section for a text without labels; and where its paragraphs
and list items begin. Suppression comments (`<!-- missionlint-disable ... -->`) work in
plain text as in Markdown; they are blanked here, so they are never linted as text."""

from __future__ import annotations

import re

from missionlint.sources.labels import Block, find_labels, labelled_sections
from missionlint.sources.model import Section

# The suppression comments of Markdown and plain text (read by lint.suppressions).
SUPPRESSION_COMMENT = re.compile(r"<!--\s*missionlint-(disable-next-line|disable|enable)(?![\w-])(.*?)-->", re.S)
LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)])\s")
_BULLET = re.compile(r"[ \t]*[-*+•][ \t]")
_MARKERS = " \t-*+•0123456789.)"
_CELL = re.compile(r"\S(?:[^\t]*\S)?")  # a cell between tabs, without the spaces around it


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


def paragraph_starts(text: str) -> tuple[int, ...]:
    """Offsets of the first character of every paragraph after the first (a line with
    text after a blank line)."""
    return tuple(m.end() for m in re.finditer(r"\n[ \t]*\n\s*(?=\S)", text))


def line_blocks(text: str) -> list[Block]:
    """Every line with text as a block; a line with tabs (a table pasted from Word or a
    spreadsheet) also has its cells."""
    blocks, pos, blank_before = [], 0, True
    for line in text.split("\n"):
        end = pos + len(line)
        if line.strip():
            cells = (
                tuple((pos + m.start(), pos + m.end()) for m in _CELL.finditer(line)) if "\t" in line.strip() else ()
            )
            blocks.append(
                Block(
                    pos,
                    end,
                    cells=cells,
                    paragraph=blank_before,
                    item=bool(_BULLET.match(line)),
                )
            )
        blank_before = not line.strip()
        pos = end + 1
    return blocks


def text_sections(text: str, kind: str) -> tuple[list[Section], tuple[int, ...], tuple[int, ...]]:
    """The sections of a plain text, where its blocks begin (sentence starts), and where
    its paragraphs begin (as the other readers return them)."""
    masked = blank_suppression_comments(text)
    sections = labelled_sections(masked, find_labels(masked, line_blocks(masked)), kind)
    return sections, block_starts(masked), paragraph_starts(text)
