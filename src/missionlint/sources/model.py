"""The labelled sections a source file is read into.

A section's `text` has exactly the length of the span `start:end` it covers in the
file: markup (heading marks, list bullets, emphasis, quotes, YAML keys) is replaced by
spaces, never removed. So an offset inside a section plus `section.start` is the offset
in the original file, and findings point at the right place in Markdown and YAML.

One exception: text whose source spelled a character with several ("caf\\u00e9" in a
YAML string, "caf&eacute;" in a web page) is shorter than its span. Such a section
carries `offsets`, the file offset of each of its characters; `file_offset` and
`text_offset` map either way for every section.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property

from missionlint.kinds import UNKNOWN


@dataclass(frozen=True)
class Section:
    kind: str
    kind_source: str
    start: int
    end: int
    text: str
    title: str | None = None
    # The file offset of each character of `text` and of its end (len(text) + 1 entries),
    # only when they are not `start + i` (decoded YAML escapes); empty otherwise.
    offsets: tuple[int, ...] = ()

    def file_offset(self, index: int) -> int:
        """The file offset of `text[index]` (or of the end, for len(text))."""
        if not self.offsets:
            return self.start + index
        return self.offsets[min(max(index, 0), len(self.offsets) - 1)]

    def text_offset(self, offset: int) -> int:
        """The index in `text` of the first character at or after the file `offset`."""
        if not self.offsets:
            return offset - self.start
        return bisect.bisect_left(self.offsets, offset)

    # AMBIGUOUS sections ("Ambitie"): the kinds the text chooses among, the first when it
    # does not lean either way.
    candidates: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        """What a report calls the section: its heading or key, else its kind (`--kind`),
        else "tekst"; never "unknown"."""
        return self.title or (self.kind if self.kind != UNKNOWN else "tekst")

    def part(self, start: int, end: int, title: str) -> Section:
        """The stretch start:end of this section (file offsets; whitespace trimmed) as a
        section of its own, labelled as this one: paragraphs of an unlabelled text, or of
        a text under "Missie en visie", that read as another kind than the rest."""
        first, last = self.text_offset(start), self.text_offset(end)
        text = self.text[first:last]
        lead, trail = len(text) - len(text.lstrip()), len(text.rstrip())
        if not self.offsets:
            return replace(self, start=start + lead, end=start + trail, text=text[lead:trail], title=title)
        kept = self.offsets[first + lead : first + trail + 1]
        return replace(self, start=kept[0], end=kept[-1], text=text[lead:trail], title=title, offsets=kept)

    @property
    def empty(self) -> bool:
        """A label with no text under it: the section covers the label, blanked."""
        return not self.text.strip()

    @classmethod
    def on_label(
        cls, kind: str, kind_source: str, label: str, start: int, title: str | None, candidates: tuple[str, ...] = ()
    ) -> Section:
        """The empty section of a label with nothing under it ("Missie:", a "missie:" key):
        it covers the label's own text (`label`, from file offset `start`), blanked with its
        line breaks kept, so a finding on it points at the label."""
        blank = mask(label, [])
        return cls(kind, kind_source, start, start + len(label), blank, title, candidates=candidates)


@dataclass(frozen=True)
class Source:
    """A decoded file (or stdin) and its sections."""

    path: str
    text: str
    format: str
    sections: tuple[Section, ...]
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()
    # Start offsets of the paragraphs of a .docx file (empty for other formats).
    paragraphs: tuple[int, ...] = ()
    # Offsets where a paragraph or list item begins: sentences start there, whatever the
    # punctuation (each reader finds them in its own format).
    breaks: tuple[int, ...] = ()
    # Offsets where a paragraph, a whole list or a table begins: where an unlabelled text
    # can be cut into sections when its paragraphs read as different kinds.
    paragraph_starts: tuple[int, ...] = ()
    # sha256 of the bytes the source was read from ("" when parsed from text): --fix
    # refuses to write a file whose bytes changed since.
    digest: str = ""

    @cached_property
    def _line_starts(self) -> list[int]:
        """Where each line begins, computed on first use (not again for every copy with
        other sections)."""
        return line_starts(self.text)

    def with_sections(self, sections: tuple[Section, ...]) -> Source:
        """The same file read into other sections (an unlabelled text cut into parts)."""
        return replace(self, sections=sections)

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


def line_starts(text: str) -> list[int]:
    """The offset where each line of `text` begins."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def mask(text: str, keep: list[tuple[int, int]]) -> str:
    """`text` with every character outside the `keep` spans blanked (newlines stay)."""
    out = [c if c == "\n" else " " for c in text]
    for start, end in keep:
        out[start:end] = text[start:end]
    return "".join(out)


def unheaded_section(masked: str, start: int, end: int, kind: str) -> Section | None:
    """A section without a heading (plain text, or Markdown without headings)."""
    section = trimmed_section(masked, start, end, UNKNOWN, "inferred", None)
    if section is not None and kind != "auto":
        section = Section(kind, "option", section.start, section.end, section.text, None)
    return section


def trimmed_section(
    masked: str,
    start: int,
    end: int,
    kind: str,
    kind_source: str,
    title: str | None,
    candidates: tuple[str, ...] = (),
) -> Section | None:
    """The section masked[start:end] with surrounding whitespace cut off; None if blank."""
    chunk = masked[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    s = start + (len(chunk) - len(chunk.lstrip()))
    e = s + len(stripped)
    return Section(kind, kind_source, s, e, masked[s:e], title, candidates=candidates)
