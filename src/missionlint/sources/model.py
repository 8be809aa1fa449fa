"""The labelled sections a source file is read into.

A section's `text` has exactly the length of the span `start:end` it covers in the
file: markup (heading marks, list bullets, emphasis, quotes, YAML keys) is replaced by
spaces, never removed. So an offset inside a section plus `section.start` is always the
offset in the original file, and findings point at the right place in Markdown and YAML.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

KINDS = ("missie", "visie", "waarden", "strategie", "ambitie", "unknown")
LINTED_KINDS = ("missie", "visie", "waarden", "strategie")
KIND_SOURCES = ("heading", "key", "option", "inferred")


class InputError(Exception):
    """A source that cannot be read; reported as one line, exit code 2."""

    def __init__(self, path: str, message: str, line: int | None = None, column: int | None = None):
        self.path, self.message, self.line, self.column = path, message, line, column
        super().__init__(self.location() + ": " + message)

    def location(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}:{self.line}:{self.column or 1}"


@dataclass(frozen=True)
class Section:
    kind: str
    kind_source: str
    start: int
    end: int
    text: str
    title: str | None = None


@dataclass(frozen=True)
class Source:
    """A decoded file (or stdin) and its sections."""

    path: str
    text: str
    format: str
    sections: tuple[Section, ...]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    _line_starts: list[int] = field(default_factory=list, repr=False, compare=False)
    # Start offsets of the paragraphs of a .docx file (empty for other formats).
    paragraphs: tuple[int, ...] = ()
    # sha256 of the bytes the source was read from ("" when parsed from text): --fix
    # refuses to write a file whose bytes changed since.
    digest: str = ""

    def __post_init__(self) -> None:
        starts = [0]
        for i, ch in enumerate(self.text):
            if ch == "\n":
                starts.append(i + 1)
        self._line_starts.extend(starts)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset."""
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def paragraph_position(self, offset: int) -> tuple[int, int] | None:
        """1-based (paragraph, position) of an offset in a .docx file; None for other files."""
        if not self.paragraphs:
            return None
        index = max(bisect.bisect_right(self.paragraphs, offset) - 1, 0)
        return index + 1, offset - self.paragraphs[index] + 1


def mask(text: str, keep: list[tuple[int, int]]) -> str:
    """`text` with every character outside the `keep` spans blanked (newlines stay)."""
    out = [c if c == "\n" else " " for c in text]
    for start, end in keep:
        out[start:end] = text[start:end]
    return "".join(out)
