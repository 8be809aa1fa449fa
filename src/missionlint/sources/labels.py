"""Where sections begin: labels in the forms people write them, in any format.

A reader cuts its file into blocks (lines of plain text, Markdown lines and headings, Word
paragraphs and table rows, HTML elements); this module decides which blocks are labels
and builds the sections between them. A block is a label when it is

- a real heading (Markdown `#`, a Word Heading style, HTML `h1`-`h6`), whatever it says;
- a line on its own that names a kind or a known other heading (`sources.headings`):
  "Missie", "**Onze visie**", "MISSIE", "Visie 2030:", "1. Kernwaarden";
- the start of a line up to a colon or dash: "Missie: De stad ...", "**Visie:** ...";
- the first cell of a table row: "Missie | De stad ...".

Markup around a label does not matter: Markdown readers match on the masked text, where
emphasis is already blanked, and the label's own characters never enter a section. Names
that also serve as value words or list items ("Ambitie", "Doelen") are labels only where
they do not sit inside a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from missionlint.kinds import AMBIGUOUS, UNKNOWN
from missionlint.nlp.segmentation import is_list_line
from missionlint.sources.headings import Naming, naming
from missionlint.sources.model import Section, trimmed_section, unheaded_section

MAX_LABEL = 60  # characters of a label line: longer lines are text
_MARKUP = " \t*_`~>#|"
_SENTENCE_END = ".!?;:"
# "Missie:", "Onze visie –", "Missie :" at the start of a line; the label has no colon itself
_INLINE = re.compile(r"(?P<label>[^\W\d_][^:\n]{0,50}?)[ \t*_]*(?::|[ \t][-–—][ \t])[ \t*_]*(?=\S)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
_BLANKED_ESCAPE = re.compile(r"(?<=\w) ([.)])(?= |$)")


@dataclass(frozen=True)
class Block:
    """A unit of text a reader found, by its span in the file."""

    start: int  # where the block begins (a section before it ends here)
    end: int
    level: int | None = None  # a real heading (always a label); 1 is the top level
    title: str | None = None  # a heading's text, markup removed
    title_span: tuple[int, int] | None = None  # where a heading's text stands in the file
    cells: tuple[tuple[int, int], ...] = ()  # a table row's cells
    paragraph: bool = False  # begins a paragraph, rather than continuing one
    item: bool = False  # a bulleted list item


@dataclass(frozen=True)
class Label:
    cut: int  # the section before the label ends here
    start: int  # the label's own text: an empty section points here
    end: int
    body: int  # the text under the label begins here
    title: str
    naming: Naming
    level: int | None = None
    stop: int | None = None  # the text under it ends here (a table row), else at the next label


def find_labels(masked: str, blocks: list[Block]) -> list[Label]:
    """The labels among `blocks` (in file order) of a text whose markup is blanked."""
    found: list[Label | None] = [_candidate(masked, block) for block in blocks]
    labels = []
    for i, label in enumerate(found):
        if label is None:
            continue
        ambiguous_name = label.naming.kind == AMBIGUOUS or label.naming.other
        if label.level is None and ambiguous_name and _in_list(masked, blocks, found, i):
            continue
        labels.append(label)
    return labels


def labelled_sections(masked: str, labels: list[Label], kind: str, kind_source: str = "heading") -> list[Section]:
    """The sections of a text cut at `labels`; without labels one section, of `kind` or
    inferred. The text before the first label is a section of unknown kind."""
    if not labels:
        section = unheaded_section(masked, 0, len(masked), kind)
        return [section] if section else []
    sections = []
    preamble = trimmed_section(masked, 0, labels[0].cut, UNKNOWN, kind_source, None)
    if preamble:
        sections.append(preamble)
    for n, label in enumerate(labels):
        following = labels[n + 1] if n + 1 < len(labels) else None
        end = following.cut if following else len(masked)
        stop = end if label.stop is None else min(label.stop, end)
        named = label.naming
        section = trimmed_section(
            masked, min(label.body, stop), stop, named.kind, kind_source, label.title, named.candidates
        )
        if section is not None:
            sections.append(section)
        elif named.names_kind and not _heads_group(label, following):
            label_text = masked[label.start : label.end]
            sections.append(
                Section.on_label(named.kind, kind_source, label_text, label.start, label.title, named.candidates)
            )
        rest = trimmed_section(masked, stop, end, UNKNOWN, kind_source, None) if stop < end else None
        if rest:
            sections.append(rest)
    return sections


def _heads_group(label: Label, following: Label | None) -> bool:
    """A heading whose text is the sections below it ("## Missie en visie", "### Missie")."""
    if following is None or label.level is None:
        return False
    return following.level is None or following.level > label.level


def _candidate(masked: str, block: Block) -> Label | None:
    if block.level is not None:
        title = block.title or ""
        start, end = block.title_span or (block.start, block.end)
        return Label(block.start, start, end, block.end, title, naming(title, subtitle=True), block.level)
    if len(block.cells) >= 2:
        (start, end), body = block.cells[0], block.cells[1][0]
        title = " ".join(masked[start:end].split())
        named = naming(title)
        return Label(block.start, start, end, body, title, named, stop=block.end) if named.is_label else None
    text = masked[block.start : block.end]
    lead = len(text) - len(text.lstrip(_MARKUP))
    core = text.strip(_MARKUP)
    if not core:
        return None
    start = block.start + lead
    after_sentence = block.paragraph or _ends_sentence(masked, block.start)
    first = next((c for c in core if c.isalpha()), "")
    shaped = len(core) <= MAX_LABEL and not block.item and core[-1] not in ".!?,;"
    label_named = naming(core) if shaped and (after_sentence or first.isupper()) else None
    if label_named is not None and label_named.is_label:
        return Label(block.start, start, start + len(core), block.end, _title(core), label_named)
    match = _INLINE.match(text, lead)
    if match and (after_sentence or first.isupper()):
        title = _title(match.group("label"))
        named = naming(title)
        if named.is_label:
            label_start = block.start + match.start("label")
            return Label(block.start, label_start, label_start + len(title), block.start + match.end(), title, named)
    return None


def _title(text: str) -> str:
    """A label as a report names it: markup off, and no space left where an escape was
    blanked ("**1\\. Missie**" -> "1. Missie")."""
    return _BLANKED_ESCAPE.sub(r"\1", " ".join(text.strip(_MARKUP + ":").split()))


def _ends_sentence(masked: str, pos: int) -> bool:
    """Whether the text before `pos` ends a sentence, a paragraph or nothing at all."""
    newlines, i = 0, pos - 1
    while i >= 0 and masked[i] in " \t*_\n":
        newlines += masked[i] == "\n"
        i -= 1
    return i < 0 or newlines >= 2 or masked[i] in _SENTENCE_END


def _in_list(masked: str, blocks: list[Block], found: list[Label | None], i: int) -> bool:
    """A name that is also a value word or list item, standing in a list: "Ambitie"
    between "Openheid" and "Vakmanschap", or "Ambitie: we leggen de lat hoog." among
    other explained values, or right under a label that names a kind."""
    label = found[i]
    assert label is not None
    inline = label.body < blocks[i].end
    before = found[i - 1] if i > 0 else None
    if before is not None and before.naming.names_kind and not inline and before.body >= blocks[i - 1].end:
        return True  # "Kernwaarden" / "Ambitie" / ...: the first value, not an empty section
    neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(blocks) and found[j] is None]
    for j in neighbours:
        text = masked[blocks[j].start : blocks[j].end].strip(_MARKUP)
        if inline and _INLINE.match(text):
            return True
        if (
            not inline
            and j == i - 1
            and is_list_line(text)
            and not _BLANK_LINE.search(masked, blocks[j].end, blocks[i].start)
        ):
            return True
    return False
