"""Reading a saved web page (.html, .htm) into sections: its main content, cut at labels.

Python's `html.parser` gives the position of every piece of text, so the page keeps its
offsets like the other formats: tags, comments and everything outside the main content
are blanked with spaces. An entity (`&amp;`, `&eacute;`) becomes its one character: a
section with entities carries `offsets` (`sources.model`), so "caf&eacute;s" reads as
one word and findings still point into the file.

The main content is `<main>` (or `role="main"`) when the page has one, else the body;
navigation, the page header and footer, asides, forms, scripts, styles, hidden elements
and cookie or consent banners are left out. Headings (`h1`-`h6`) are headings; bold
labels (`<strong>Missie</strong>`, `<b>Visie:</b> ...`), definition lists and two-column
tables are labels as in the other formats (`sources.labels`); every block element and
`<br>` starts a new block.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from html.parser import HTMLParser

from missionlint.sources.labels import Block, find_labels, labelled_sections
from missionlint.sources.model import Section, line_starts

_SKIP = {
    "script",
    "style",
    "noscript",
    "template",
    "head",
    "nav",
    "aside",
    "form",
    "button",
    "select",
    "textarea",
    "svg",
    "iframe",
    "dialog",
    "object",
    "canvas",
}
_PAGE_PARTS = {"header", "footer"}  # left out at page level, kept inside an article or section
_SKIP_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
_CONSENT = re.compile(r"cookie|consent|gdpr|avg-melding|privacy-?banner", re.I)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
_BLOCK = {
    "address",
    "article",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
    *_PAGE_PARTS,
}
_HEADING = re.compile(r"h([1-6])")
_ENTITY = re.compile(r"&(?:#[0-9]{1,8};?|#[xX][0-9A-Fa-f]{1,8};?|[A-Za-z][A-Za-z0-9]{0,31};?)")
_SECTIONING = {"article", "section", "main"}
MAX_UNCLOSED = 64


@dataclass
class _Run:
    """The text pieces of one block of the page."""

    pieces: list[tuple[int, int]]
    main: bool
    level: int | None = None
    cells: tuple[tuple[int, int], ...] = ()
    paragraph: bool = True  # begins a paragraph, a list or a table (not a later list item)


class _PageReader(HTMLParser):
    """Collects the page's text pieces (with their offsets) in blocks."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = line_starts(text)
        # the open elements: (tag, skipped, in the main content, inside an article or section)
        self.open: list[tuple[str, bool, bool, bool]] = []
        self.pieces: list[tuple[int, int, str]] = []  # (start, end, what the pipeline reads)
        self.runs: list[_Run] = []
        self.current: list[tuple[int, int]] = []
        self.row: list[list[tuple[int, int]]] | None = None  # the cells of an open table row
        self.level: int | None = None
        self.lists = 0  # open ul/ol elements
        self.list_started = False  # a block was found since the outer list opened

    def read(self) -> list[_Run]:
        self.feed(self.text)
        self.close()
        self._close_row()
        self._close_block()
        return self.runs

    # ---------------------------------------------------------------- where we are

    def _offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    @property
    def skipped(self) -> bool:
        return bool(self.open) and self.open[-1][1]

    @property
    def in_main(self) -> bool:
        return bool(self.open) and self.open[-1][2]

    @property
    def sectioned(self) -> bool:
        return bool(self.open) and self.open[-1][3]

    def _skips(self, tag: str, attrs: dict[str, str | None]) -> bool:
        if tag in _SKIP or (attrs.get("role") or "").lower() in _SKIP_ROLES:
            return True
        if tag in _PAGE_PARTS and not self.sectioned:
            return True
        if "hidden" in attrs or (attrs.get("aria-hidden") or "").lower() == "true":
            return True
        if _HIDDEN_STYLE.search(attrs.get("style") or ""):
            return True
        return bool(_CONSENT.search(" ".join(filter(None, (attrs.get("id"), attrs.get("class"))))))

    # ---------------------------------------------------------------- blocks

    def _close_block(self) -> None:
        if not self.current:
            return
        if self.row is not None:
            if not self.row:
                self.row.append([])
            self.row[-1].extend(self.current)
        else:
            first_in_list = not (self.lists and self.list_started)
            self.runs.append(_Run(self.current, self.in_main, self.level, paragraph=first_in_list))
            self.list_started = self.list_started or bool(self.lists)
        self.current = []

    def _close_row(self) -> None:
        if self.row is None:
            return
        self._close_block()
        cells = [cell for cell in self.row if cell]
        self.row = None
        if cells:
            spans = tuple((cell[0][0], cell[-1][1]) for cell in cells)
            pieces = [piece for cell in cells for piece in cell]
            self.runs.append(_Run(pieces, self.in_main, cells=spans if len(spans) >= 2 else ()))

    # ---------------------------------------------------------------- parser callbacks

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = {k.lower(): v for k, v in attrs}
        if tag in _BLOCK or tag == "tr":
            if tag in ("tr", "table"):
                self._close_row()
            self._close_block()
        if tag == "tr":
            self.row = []
        elif tag in ("td", "th") and self.row is not None:
            self.row.append([])
        elif tag in ("ul", "ol"):
            self.list_started = self.list_started and self.lists > 0
            self.lists += 1
        heading = _HEADING.fullmatch(tag)
        if heading:
            self.level = int(heading.group(1))
        if tag in _VOID:
            return
        main = self.in_main or tag == "main" or (named.get("role") or "").lower() == "main"
        self.open.append((tag, self.skipped or self._skips(tag, named), main, self.sectioned or tag in _SECTIONING))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK:
            self._close_block()

    def handle_endtag(self, tag: str) -> None:
        if tag in _BLOCK or tag == "tr":
            self._close_block()
        if tag in ("tr", "table"):
            self._close_row()
        if tag in ("ul", "ol") and self.lists:
            self.lists -= 1
            self.list_started = self.list_started and self.lists > 0
        if _HEADING.fullmatch(tag):
            self.level = None
        # close it and whatever was left open inside; a stray end tag closes nothing (only
        # the nearest MAX_UNCLOSED elements are searched, so broken pages stay linear)
        for i in range(len(self.open) - 1, max(len(self.open) - MAX_UNCLOSED, 0) - 1, -1):
            if self.open[i][0] == tag:
                del self.open[i:]
                break

    def handle_data(self, data: str) -> None:
        if self.skipped or not data.strip():
            return
        start = self._offset()
        lead = len(data) - len(data.lstrip())
        piece = (start + lead, start + len(data.rstrip()))
        self.pieces.append((*piece, self.text[piece[0] : piece[1]]))
        self.current.append(piece)

    def _entity(self) -> None:
        if self.skipped:
            return
        start = self._offset()
        match = _ENTITY.match(self.text, start)
        if not match:
            return
        char = html.unescape(match.group())
        if len(char) != 1 or char.isspace():
            return  # a space (&nbsp;) stays blank; an unknown entity reads as nothing
        self.pieces.append((start, match.end(), char))
        self.current.append((start, match.end()))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()


def _masked(text: str, pieces: list[tuple[int, int, str]]) -> tuple[str, set[int]]:
    """The page with everything but `pieces` blanked, and the offsets that follow an
    entity's character inside the entity (blanks the section text leaves out)."""
    out = [c if c == "\n" else " " for c in text]
    padding: set[int] = set()
    for start, end, shown in pieces:
        if shown == text[start:end]:
            out[start:end] = shown
        else:  # an entity: its character first, then blanks
            out[start] = shown
            padding.update(range(start + 1, end))
    return "".join(out), padding


def _read(masked: str, start: int, end: int, padding: set[int]) -> tuple[str, list[int]]:
    """The characters of masked[start:end] without the blanks inside entities, and the
    offset of each."""
    kept = [i for i in range(start, end) if i not in padding]
    return "".join(masked[i] for i in kept), kept


def _without_padding(section: Section, padding: set[int]) -> Section:
    """`section` with the blanks inside its entities left out, read from its own text (the
    empty section on a label is blanks), and its end past an entity it ends with."""
    kept = [i for i in range(len(section.text)) if section.start + i not in padding]
    end = section.end
    while end in padding:
        end += 1  # "caf&eacute;": the section ends after the entity, not after its "&"
    if len(kept) == len(section.text) and end == section.end:
        return section
    text = "".join(section.text[i] for i in kept)
    return replace(section, text=text, end=end, offsets=(*(section.start + i for i in kept), end))


def html_sections(text: str, kind: str) -> tuple[list[Section], tuple[int, ...], tuple[int, ...]]:
    """The sections of a web page, the offsets where its blocks begin (sentence starts),
    and those where its paragraphs, lists and tables begin."""
    reader = _PageReader(text)
    runs = reader.read()
    if any(run.main for run in runs):
        runs = [run for run in runs if run.main]
    kept = {piece for run in runs for piece in run.pieces}
    masked, padding = _masked(text, [p for p in reader.pieces if (p[0], p[1]) in kept])
    blocks = []
    for run in runs:
        start, end = run.pieces[0][0], run.pieces[-1][1]
        if run.level is not None:
            title = " ".join(_read(masked, start, end, padding)[0].split())
            blocks.append(Block(start, end, level=run.level, title=title, title_span=(start, end)))
        else:
            blocks.append(Block(start, end, cells=run.cells, paragraph=True))
    sections = labelled_sections(masked, find_labels(masked, blocks), kind)
    if padding:
        sections = [_without_padding(section, padding) for section in sections]
    breaks = tuple(b.start for b in blocks[1:])
    paragraphs = tuple(run.pieces[0][0] for run in runs[1:] if run.paragraph)
    return sections, breaks, paragraphs
