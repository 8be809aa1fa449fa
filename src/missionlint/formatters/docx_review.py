"""The review copy: a Word document with every finding as a comment on its passage.

Not a `--format`: it annotates a document (a copy of the user's .docx, or a new one made
from a Markdown, text or YAML file) and is written as a file, not to a stream.

Findings are placed by file offsets. A .docx file's text is its paragraphs joined by
"\\n" in the order `sources.docx.read_word` walks them, and `Source.paragraphs` holds
where each starts; for other formats the new document's paragraphs are made from spans
of the file's text, so the same mapping serves both. A comment is anchored on whole
runs, so the runs at a finding's boundaries are cut in two (each part keeps the run's
formatting). Paragraphs Word cannot hang a comment on (those in text boxes) get none:
their findings are listed in the first comment, which also carries the scores.
"""

from __future__ import annotations

import bisect
import copy
import re
from dataclasses import dataclass
from typing import Any

from missionlint.errors import InputError, os_reason
from missionlint.files import write_atomically
from missionlint.findings import FileResult, Finding
from missionlint.fix.model import Applicability
from missionlint.formatters import SEVERITY_LABELS, checked_as, checked_text, score_text, section_label
from missionlint.hints import one_line
from missionlint.sources.docx import paragraph_text

AUTHOR = "missionlint"
INITIALS = "ML"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_RPR = f"{_W}rPr"
_TEXT = f"{_W}t"
# the run children python-docx reads as text (Run.text), each one character except w:t
_CHARACTERS = {f"{_W}{name}" for name in ("tab", "br", "cr", "noBreakHyphen", "ptab")}
_RUNS = "./w:r | ./w:hyperlink/w:r"  # the runs of Paragraph.text, in order
# characters XML 1.0 cannot hold: a space instead (same length, so offsets stay)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
IN_TEXT_BOX = "in een tekstvak"  # why a finding is listed in the first comment
NO_TEXT = "in een lege paragraaf"


@dataclass(frozen=True)
class Place:
    """A paragraph of the review document and the file offset its text starts at;
    `paragraph` is None where Word cannot anchor a comment (a text box)."""

    start: int
    length: int
    paragraph: Any  # docx.text.paragraph.Paragraph | None


@dataclass(frozen=True)
class Anchor:
    """A finding's passage: from character `start` of place `first` to character `end`
    of place `last` (characters within each paragraph's text)."""

    first: int
    start: int
    last: int
    end: int


@dataclass(frozen=True)
class Review:
    document: Any  # docx.document.Document
    comments: int  # how many comments were added, the scores' comment included
    unanchored: int  # findings listed in the first comment because their passage cannot carry one


def review_docx(result: FileResult, document, found: list[tuple[Any, bool]]) -> Review:
    """Annotate `document`, the .docx file `result` was read from, whose paragraphs in
    reading order are `found` (`sources.docx.read_word`)."""
    places = []
    text = result.source.text
    starts = result.source.paragraphs
    for index, (paragraph, boxed) in enumerate(found):
        start = starts[index] if index < len(starts) else len(text)
        own = paragraph_text(paragraph)
        length = len(own)
        # a paragraph whose text is not the source's (never expected) gets no comment
        same = text[start : start + length] == own
        places.append(Place(start, length, None if boxed or not same else paragraph))
    return _annotate(document, result, places)


def review_text(result: FileResult) -> Review:
    """A new document with the text of a Markdown, text or YAML file, annotated: a
    paragraph per paragraph, list item or line block of the file, Markdown headings as
    Word headings."""
    import docx

    document = docx.Document()
    source = result.source
    places = []
    for start, end, level in _blocks(source.text, source.breaks, source.format == "markdown"):
        shown = _NOT_XML.sub(" ", source.text[start:end].replace("\n", " "))
        if level is None:
            paragraph = document.add_paragraph(shown)
        else:
            paragraph = document.add_heading(shown, level)
        places.append(Place(start, end - start, paragraph))
    if not places:
        document.add_paragraph("")
    return _annotate(document, result, places)


def _blocks(text: str, breaks: tuple[int, ...], markdown: bool) -> list[tuple[int, int, int | None]]:
    """(start, end, heading level or None) of each paragraph to make: lines run together
    until a blank line, a line where the reader starts a block (a list item), or a
    Markdown heading (as the Markdown reader finds them: not a "#" line in code), which is
    a block of its own without its marks."""
    headings = _markdown_headings(text) if markdown else {}
    blocks: list[list] = []
    open_block = False
    offset = 0
    for number, line in enumerate(text.split("\n")):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            open_block = False
            continue
        if number in headings:
            heading = headings[number]
            if heading is not None:
                blocks.append([start + heading[0], start + heading[1], heading[2]])
            open_block = False
            continue
        lead = start + len(line) - len(line.lstrip())
        trail = start + len(line.rstrip())
        starts_block = bisect.bisect_left(breaks, start) < bisect.bisect_left(breaks, end) if breaks else False
        if open_block and not starts_block:
            blocks[-1][1] = trail
        else:
            blocks.append([lead, trail, None])
            open_block = True
    return [(start, end, level) for start, end, level in blocks]


def _markdown_headings(text: str) -> dict[int, tuple[int, int, int] | None]:
    """Line index -> (start, end, level) of the heading's words within the line, as the
    Markdown reader finds them; None for the underline of a "Titel / ====" heading."""
    from missionlint.sources.markdown import blocks, line_spans, title_span

    lines = line_spans(text)
    found: dict[int, tuple[int, int, int] | None] = {}
    for first, last, raw, level in blocks(text).headings:
        span = title_span(text, lines[first], raw)
        if span is None:
            continue  # a heading without words ("##"): an ordinary line
        found[first] = (span[0] - lines[first][0], span[1] - lines[first][0], level)
        for underline in range(first + 1, last):
            found[underline] = None
    return found


def _annotate(document, result: FileResult, places: list[Place]) -> Review:
    """Add the scores' comment on the first paragraph, then a comment per finding."""
    starts = [p.start for p in places]
    anchors = [(finding, _anchor(finding, places, starts)) for finding in result.findings]
    unanchored = [(finding, anchor) for finding, anchor in anchors if isinstance(anchor, str)]
    first = next((p.paragraph for p in places if p.paragraph is not None and p.length), None)
    if first is None:  # no text Word can anchor on: the comment hangs on an empty run
        first = next((p.paragraph for p in places if p.paragraph is not None), None)
        first = first if first is not None else document.add_paragraph("")
        first.add_run("")
    runs = [run for run, _start, _end in _text_runs(first) or _runs(first)]
    document.add_comment(runs, _clean(_summary(result, unanchored)), AUTHOR, INITIALS)
    count = 1
    for finding, anchor in anchors:
        if isinstance(anchor, Anchor):
            document.add_comment(_cut(places, anchor), _clean(comment_text(finding)), AUTHOR, INITIALS)
            count += 1
    return Review(document, count, len(unanchored))


def _anchor(finding: Finding, places: list[Place], starts: list[int]) -> Anchor | str:
    """Where a finding's passage is in the document, or why it cannot carry a comment
    there (a paragraph it starts or ends in is in a text box, or has no text). `starts`
    are the places' start offsets."""
    if not places:
        return NO_TEXT
    first = max(bisect.bisect_right(starts, finding.start) - 1, 0)
    last = max(bisect.bisect_right(starts, max(finding.end - 1, finding.start)) - 1, first)
    start = finding.start - places[first].start
    end = finding.end - places[last].start
    while start >= places[first].length and first < last:  # past a paragraph's end: the next one
        first, start = first + 1, 0
    start = min(max(start, 0), places[first].length)
    end = min(max(end, 0), places[last].length)
    if first == last and start >= end:  # nothing of the passage is text here: the paragraph
        start, end = 0, places[first].length
    if places[first].paragraph is None or places[last].paragraph is None:
        return IN_TEXT_BOX
    if not places[first].length:
        return NO_TEXT
    return Anchor(first, start, last, end)


def _where(result: FileResult, finding: Finding) -> str:
    """Paragraph (a .docx file) or line of a finding, as the text report says it."""
    paragraph = result.source.paragraph_position(finding.start)
    if paragraph is None:
        return f"regel {result.source.position(finding.start)[0]}"
    return f"paragraaf {paragraph[0]}"


def _summary(result: FileResult, unanchored: list[tuple[Finding, str]]) -> str:
    """The first comment: the document's score, each section's, the file's warnings and the
    findings that could not be anchored, in the words of the text report."""
    lines = [f"missionlint: score {score_text(result.score)}"]
    if result.score is not None:
        lines[0] += f" ({checked_text(result)})"
    for section in result.sections:
        score = f": score {score_text(section.score)}" if section.score is not None else ""
        lines.append(f"{section_label(section)} ({checked_as(section)}){score}")
    lines += [f"Waarschuwing: {warning}" for warning in result.warnings]
    anchored = len(result.findings) - len(unanchored)
    lines.append(f"{anchored} bevinding(en) staan als opmerking bij de tekst.")
    if unanchored:
        lines.append(f"{len(unanchored)} bevinding(en) staan hieronder, omdat Word ze niet bij de tekst kan plaatsen:")
        for finding, reason in unanchored:
            lines.append(
                f"{_where(result, finding)} ({reason}), '{one_line(finding.text, 80)}': {comment_text(finding)}"
            )
    return "\n".join(lines)


def comment_text(finding: Finding) -> str:
    """A finding as a comment: rule id, name and severity, the message, and the rewrite
    (the first concrete one) or else the template."""
    severity = SEVERITY_LABELS.get(finding.level, finding.level)
    lines = [f"{finding.rule.id} {finding.rule.name} ({severity})", finding.message]
    concrete = next((f for f in finding.fixes if f.concrete), None)
    if concrete is not None:
        label = "Herschrijving"
        if concrete.applicability is not Applicability.SAFE:
            label += " (controleer of de betekenis klopt)"
        lines.append(f"{label}: {concrete.replacement}")
    elif finding.template:
        lines.append(f"Suggestie: {finding.template}")
    return "\n".join(lines)


def _clean(text: str) -> str:
    return _NOT_XML.sub(" ", text)


def _runs(paragraph) -> list[tuple[Any, int, int]]:
    """(run, start, end) of each run of the paragraph's text, in order."""
    from docx.text.run import Run

    found = []
    position = 0
    for r in paragraph._p.xpath(_RUNS):
        length = len(r.text)
        found.append((Run(r, paragraph), position, position + length))
        position += length
    return found


def _text_runs(paragraph) -> list[tuple[Any, int, int]]:
    return [run for run in _runs(paragraph) if run[2] > run[1]]


def _cut(places: list[Place], anchor: Anchor) -> list:
    """The first and last run of the anchor's passage, after cutting the runs at its start
    and end so that the comment covers the passage and no more."""
    first = places[anchor.first].paragraph
    last = places[anchor.last].paragraph
    _split_at(first, anchor.start)
    _split_at(last, anchor.end)
    if anchor.first == anchor.last:
        head = tail = [run for run, start, end in _text_runs(first) if start >= anchor.start and end <= anchor.end]
    else:
        head = [run for run, start, _end in _text_runs(first) if start >= anchor.start]
        tail = [run for run, _start, end in _text_runs(last) if end <= anchor.end]
    if not head or not tail:  # cannot happen after the cuts; the whole paragraph then
        head = tail = [run for run, _start, _end in _text_runs(first)]
    return [head[0], tail[-1]]


def _split_at(paragraph, offset: int) -> None:
    """Cut the run that holds character `offset` of the paragraph in two there (no-op at a
    run boundary)."""
    for run, start, end in _runs(paragraph):
        if start < offset < end:
            _split_run(run._r, offset - start)
            return


def _split_run(r, at: int) -> None:
    """Cut run element `r` after its character `at`: the rest goes to a copy of the run
    (same properties) right after it. Elements without text (a field character, a
    picture) stay in the part they stand in."""
    rest = copy.deepcopy(r)
    r.addnext(rest)
    _keep(r, 0, at)
    _keep(rest, at, None)


def _keep(r, low: int, high: int | None) -> None:
    """Keep only characters low:high of run element `r` (its properties stay)."""
    position = 0
    for child in list(r):
        if child.tag == _RPR:
            continue
        if child.tag == _TEXT:
            text = child.text or ""
            size = len(text)
        else:
            size = len(str(child)) if child.tag in _CHARACTERS else 0
        start, end = position, position + size
        position = end
        inside = start >= low and (high is None or start < high)
        if child.tag == _TEXT and size:
            lo, hi = max(start, low), end if high is None else min(end, high)
            if lo >= hi:
                r.remove(child)
            elif (lo, hi) != (start, end):
                child.text = text[lo - start : hi - start]
                child.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        elif not inside:
            r.remove(child)


def save(document, path: str, replace: bool) -> None:
    """Write the document atomically; without `replace` an existing file is never
    overwritten, also not one made while the review was built. Raises InputError."""
    try:
        write_atomically(path, document.save, replace=replace)
    except FileExistsError:
        raise InputError(path, "bestaat al; gebruik --force om het te overschrijven") from None
    except OSError as error:
        raise InputError(path, f"kan niet schrijven: {os_reason(error)}") from None
