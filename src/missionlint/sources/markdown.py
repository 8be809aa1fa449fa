"""Reading Markdown into sections: one per heading, markup blanked.

Block structure comes from markdown-it-py (CommonMark, with tables): which lines are
headings, code, HTML blocks, list items, quotes, rules and tables, with their line maps.
Inline markup (emphasis, links, code spans, tags, URLs) is blanked with patterns over the
text, because that needs character offsets, which markdown-it's inline tokens do not keep.
Every blanked character becomes a space (newlines stay), so offsets into a section are
offsets into the file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from missionlint.sources.labels import Block, find_labels, labelled_sections
from missionlint.sources.model import Section

# Any character, but not across a blank line; bounded so unmatched openers stay cheap.
_PARA_BREAK = r"(?:[^\n]|\n(?![ \t]*\n))"
_INLINE_CODE = re.compile(r"(?<!`)(`+)(?!`)(" + _PARA_BREAK + r"{1,1000}?)(?<!`)\1(?!`)")
_ANGLE_AUTOLINK = re.compile(r"<(?:https?|mailto|ftp):[^\s<>]*>|<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>", re.I)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
_LINK_DEST = r"\((?:[^()\n]|\([^()\n]*\))*\)"
_IMAGE = re.compile(r"!\[[^\[\]]*\](?:" + _LINK_DEST + r"|\[[^\[\]\n]*\])?")
_LINK = re.compile(r"(\[)([^\[\]]+)(\]" + _LINK_DEST + r"|\]\[[^\[\]\n]*\])")
_FOOTNOTE = re.compile(r"\[\^[^\[\]\s]+\]")
_BARE_URL = re.compile(r"https?://[^\s<>]+", re.I)
_URL_TRAIL = ".,;:!?)]}'\"»”’"
_EMPHASIS = [
    re.compile(r"(?<![\w*\\])(\*{1,3})(?![\s*])(" + _PARA_BREAK + r"{1,300}?)(?<![\s*\\])\1(?![\w*])"),
    re.compile(r"(?<![\w_\\])(_{1,3})(?![\s_])(" + _PARA_BREAK + r"{1,300}?)(?<![\s_\\])\1(?![\w_])"),
    re.compile(r"(?<![\w~\\])(~~?)(?![\s~])(" + _PARA_BREAK + r"{1,300}?)(?<![\s~\\])\1(?![\w~])"),
]
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class Masker:
    """The file text with spans blanked; `work` is what inline patterns are matched on."""

    def __init__(self, text: str):
        self.text = text
        self.out = list(text)
        self.work = list(text)

    def blank(self, start: int, end: int) -> None:
        for i in range(start, end):
            if self.out[i] != "\n":
                self.out[i] = " "
                self.work[i] = " "

    def protect(self, i: int) -> None:
        """An escaped character: kept in the output, inert for markup patterns."""
        self.work[i] = "\x01"

    def work_text(self) -> str:
        return "".join(self.work)

    def result(self) -> str:
        return "".join(self.out)


def mask_inline(m: Masker) -> None:
    """Blank inline markup in the whole (block-masked) text."""
    text = m.work_text()
    for i, ch in enumerate(text[:-1]):
        if ch == "\\" and text[i + 1] in _ESCAPABLE and m.work[i] == "\\":
            m.blank(i, i + 1)
            m.protect(i + 1)
    text = m.work_text()
    for match in _INLINE_CODE.finditer(text):
        m.blank(match.start(), match.end())
    text = m.work_text()
    for pattern in (_ANGLE_AUTOLINK, _IMAGE, _HTML_TAG, _FOOTNOTE):
        for match in pattern.finditer(text):
            m.blank(match.start(), match.end())
        text = m.work_text()
    for match in _LINK.finditer(text):
        m.blank(match.start(1), match.end(1))
        m.blank(match.start(3), match.end(3))
    text = m.work_text()
    for match in _BARE_URL.finditer(text):
        end = match.end()
        while end > match.start() and text[end - 1] in _URL_TRAIL:
            end -= 1
        m.blank(match.start(), end)
    for _ in range(4):  # nested emphasis: outer pairs first, then the inner ones
        changed = False
        for pattern in _EMPHASIS:
            text = m.work_text()
            for match in pattern.finditer(text):
                m.blank(match.start(1), match.end(1))
                m.blank(match.end(2), match.end())
                changed = True
        if not changed:
            break


_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_CONTAINER_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?)")
_TABLE_DELIM = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


@cache
def _parser():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def front_matter_lines(text: str, lines: list[tuple[int, int]]) -> int:
    """The number of lines of YAML front matter at the top (0 if there is none)."""
    if not lines or text[lines[0][0] : lines[0][1]].rstrip() != "---":
        return 0
    for i in range(1, len(lines)):
        if text[lines[i][0] : lines[i][1]].rstrip() in ("---", "..."):
            return i + 1
    return 0


@dataclass
class Blocks:
    """What markdown-it finds in a file, by line index."""

    headings: list[tuple[int, int, str, int]] = field(default_factory=list)  # (first line, body line, raw title, level)
    code: set[int] = field(default_factory=set)  # fenced or indented code, and front matter
    markers: set[int] = field(default_factory=set)  # lines that start a list item or lie in a quote
    bullets: set[int] = field(default_factory=set)  # lines that start a bulleted (not numbered) list item
    html: set[int] = field(default_factory=set)  # HTML blocks
    paragraphs: list[int] = field(default_factory=list)  # first lines of top-level paragraphs, lists, tables, quotes
    rules: set[int] = field(default_factory=set)  # thematic breaks
    tables: set[int] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)  # first lines of paragraphs, list items and table rows
    covered: set[int] = field(default_factory=set)  # lines inside any block


def blocks(text: str) -> Blocks:
    """The block structure of a Markdown text (front matter blanked first)."""
    lines = line_spans(text)
    front = front_matter_lines(text, lines)
    found = Blocks(code=set(range(front)), covered=set(range(front)))
    end = lines[front - 1][1] if front else 0
    body = "".join(c if c == "\n" else " " for c in text[:end]) + text[end:]
    tokens = _parser().parse(body)
    for n, token in enumerate(tokens):
        if token.map is None:
            continue
        first, last = token.map
        found.covered.update(range(first, last))
        if token.type in ("fence", "code_block"):
            found.code.update(range(first, last))
        elif token.type == "heading_open" and token.level == 0:
            setext = token.markup in ("=", "-")
            if setext and last - first != 2:  # a wrapped paragraph above "---": a paragraph and a rule
                found.starts.append(first)
                found.rules.add(last - 1)
                continue
            found.headings.append((first, last, tokens[n + 1].content, int(token.tag[1:])))
        elif token.type == "list_item_open":
            found.markers.add(first)
            if token.markup in ("-", "*", "+"):
                found.bullets.add(first)
        elif token.type == "blockquote_open":
            found.markers.update(range(first, last))
        elif token.type == "hr":
            found.rules.add(first)
        elif token.type == "table_open":
            found.tables.update(range(first, last))
        elif token.type in ("paragraph_open", "tr_open", "html_block"):
            found.starts.append(first)
            if token.type == "html_block":
                found.html.update(range(first, last))
        if token.level == 0 and token.type in (
            "paragraph_open",
            "bullet_list_open",
            "ordered_list_open",
            "table_open",
            "blockquote_open",
        ):
            found.paragraphs.append(first)
    return found


def code_ranges(text: str, found: Blocks | None = None) -> list[tuple[int, int]]:
    """Character spans of code blocks and front matter (where comments are not comments);
    `found` is the text's blocks when the caller has them already."""
    lines = line_spans(text)
    spans: list[tuple[int, int]] = []
    for i in sorted((found or blocks(text)).code):
        start, end = lines[i]
        if spans and spans[-1][1] + 1 == start:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def markdown_sections(text: str, kind: str) -> tuple[list[Section], tuple[int, ...], tuple[int, ...]]:
    """The sections of a Markdown text, the offsets where a paragraph, list item or table
    row begins (hard sentence starts), and those where a top-level paragraph, list, table
    or quote begins."""
    lines = line_spans(text)
    found = blocks(text)
    m = Masker(text)
    pipes: dict[int, list[int]] = {}  # table line -> its cell separators
    for i in found.code:
        m.blank(*lines[i])
    code = code_ranges(text, found)
    for match in _COMMENT.finditer(text):
        if not any(a <= match.start() < b for a, b in code):
            m.blank(match.start(), match.end())
    heading_lines = {i for first, last, _title, _level in found.headings for i in range(first, last)}
    for i in heading_lines | found.rules:
        m.blank(*lines[i])
    for i in range(len(lines)):
        if i in found.code or i in heading_lines:
            continue
        if i not in found.covered and text[lines[i][0] : lines[i][1]].strip():
            m.blank(*lines[i])  # a link reference definition: markdown-it keeps no token for it
            continue
        start, end = lines[i]
        if i in found.markers:
            pos = start
            while pos < end:
                prefix = _CONTAINER_PREFIX.match(text, pos, end)
                if not prefix or prefix.end() == pos or not text[pos : prefix.end()].strip():
                    break
                pos = prefix.end()
            m.blank(start, pos)
        if i in found.tables:
            if _TABLE_DELIM.match(text, start, end):
                m.blank(start, end)
            pipes[i] = _pipes(text, start, end)
            for k in pipes[i]:
                m.blank(k, k + 1)
    mask_inline(m)
    masked = m.result()
    assert len(masked) == len(text)
    starts = []
    for i in found.starts:
        start, end = lines[i]
        chunk = masked[start:end]
        if chunk.strip():
            starts.append(start + len(chunk) - len(chunk.lstrip()))
    breaks = tuple(sorted(set(starts)))
    labels = find_labels(masked, _label_blocks(masked, lines, found, heading_lines, pipes, text))
    paragraphs = []
    for i in found.paragraphs[1:]:
        start, end = lines[i]
        chunk = text[start:end]
        paragraphs.append(start + len(chunk) - len(chunk.lstrip(" \t>")))
    return labelled_sections(masked, labels, kind), breaks, tuple(paragraphs)


def _label_blocks(
    masked: str,
    lines: list[tuple[int, int]],
    found: Blocks,
    heading_lines: set[int],
    pipes: dict[int, list[int]],
    text: str,
) -> list[Block]:
    """Headings, table rows (with their cells, cut at the `pipes` found while masking) and
    the other lines with text, in order."""
    headings = {first: (last, raw, level) for first, last, raw, level in found.headings}
    paragraph_lines = set(found.starts) | found.markers
    out = []
    for i, (start, end) in enumerate(lines):
        if i in headings:
            last, raw, level = headings[i]
            span = title_span(text, lines[i], raw) or lines[i]
            out.append(Block(start, lines[last - 1][1], level=level, title=clean_title(raw), title_span=span))
            continue
        if i in heading_lines or i in found.code or i in found.html or not masked[start:end].strip():
            continue
        if i in found.tables:
            cells = _cells(masked, start, end, pipes[i])
            out.append(Block(start, end, cells=cells if len(cells) >= 2 else ()))
            continue
        out.append(Block(start, end, paragraph=i in paragraph_lines, item=i in found.bullets))
    return out


def title_span(text: str, line: tuple[int, int], raw: str) -> tuple[int, int] | None:
    """Where a heading's words (`raw`, as markdown-it gives them) stand in its first
    line, or None for a heading without words ("##")."""
    words = raw.strip()
    at = text.find(words, line[0], line[1]) if words else -1
    return (at, at + len(words)) if at >= 0 else None


def _cells(masked: str, start: int, end: int, pipes: list[int]) -> tuple[tuple[int, int], ...]:
    """The cells of a table row: the text between its unescaped `pipes`, trimmed (blanked
    emphasis or two spaces inside a cell do not cut it)."""
    cells = []
    for a, b in zip([start, *(k + 1 for k in pipes)], [*pipes, end], strict=True):
        chunk = masked[a:b]
        if chunk.strip():
            lead = len(chunk) - len(chunk.lstrip())
            cells.append((a + lead, a + len(chunk.rstrip())))
    return tuple(cells)


def _pipes(text: str, start: int, end: int) -> list[int]:
    """The offsets of a table row's cell separators: its unescaped pipes."""
    return [k for k in range(start, end) if text[k] == "|" and (k == 0 or text[k - 1] != "\\")]


def clean_title(title: str) -> str:
    """Heading text without inline markup (emphasis, links, code marks)."""
    tm = Masker(title)
    mask_inline(tm)
    return " ".join(tm.result().split())
