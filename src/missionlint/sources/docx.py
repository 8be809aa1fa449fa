"""Reading Word (.docx) files into labelled sections with python-docx.

The source text is the body's paragraphs joined by "\\n", in document order: paragraphs,
the paragraphs of table cells (row by row) and of text boxes (after the paragraph they
are anchored in), so offsets, lines and columns work as for the other formats.
Paragraphs with a Heading style (Heading 1-9, "Kop 1" in Dutch Word, or a style based on
one) or the Title style are headings; the other labels are found as in plain text
(`sources.labels`): a paragraph "Missie" (bold or not), "Missie: ...", and a table row
whose first cell names a kind. `Source.paragraphs` keeps the start offset of every
paragraph, so findings can say "paragraaf N, positie M" (a paragraph may hold a line
break, so lines and paragraphs can differ). Headers, footers and footnotes are not read.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile
from typing import Any

from missionlint.errors import InputError, os_reason
from missionlint.sources.decoding import MAX_BYTES
from missionlint.sources.labels import Block, find_labels, labelled_sections
from missionlint.sources.model import Source

MAX_DOCX_BYTES = 20_000_000  # the file itself (pictures make .docx files big)
MAX_XML_BYTES = 50_000_000  # the unpacked XML parts: a guard against zip bombs
NOT_DOCX = "geen geldig .docx-bestand"
_HEADING_STYLE = re.compile(r"(?:heading|kop)\s*(\d+)|title|titel", re.I)
_MAX_STYLE_DEPTH = 10
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BOX = f"{_W}txbxContent"


def _heading_level(paragraph) -> int | None:
    """The level of a Heading paragraph (Title: 0), also when its style is based on one."""
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return None
    for _ in range(_MAX_STYLE_DEPTH):
        if style is None:
            return None
        for name in (style.name or "", getattr(style, "style_id", "") or ""):
            match = _HEADING_STYLE.fullmatch(name.strip())
            if match:
                return int(match.group(1)) if match.group(1) else 0
        style = style.base_style
    return None


def paragraph_text(paragraph) -> str:
    """A Word paragraph's text as the source holds it (line breaks as "\\n"): the reader
    and the review copy must agree on it to the character."""
    return paragraph.text.replace("\r\n", "\n").replace("\r", "\n")


def _text_boxes(paragraph) -> list:
    """The paragraphs of the text boxes anchored in `paragraph` (python-docx has no API
    for them; a box saved twice, as a drawing and as its VML fallback, is read once). A
    box inside a box is read with the outer box's paragraphs, once."""
    from docx.text.paragraph import Paragraph

    found: list[Paragraph] = []
    for box in paragraph._p.iter(_TEXT_BOX):
        if any(parent.tag in (_FALLBACK, _TEXT_BOX) for parent in box.iterancestors()):
            continue
        found.extend(Paragraph(p, paragraph._parent) for p in box.iter(f"{_W}p"))
    return found


class _Body:
    """The document's paragraphs as lines of one text, and the blocks labels are found in."""

    def __init__(self) -> None:
        self.texts: list[str] = []
        self.starts: list[int] = []
        self.blocks: list[Block] = []
        self.size = 0
        self.paragraphs: list[tuple[Any, bool]] = []  # each line's python-docx Paragraph, and in a text box?

    def line(self, text: str, paragraph, boxed: bool = False) -> tuple[int, int]:
        self.starts.append(self.size)
        self.texts.append(text)
        self.paragraphs.append((paragraph, boxed))
        self.size += len(text) + 1
        return self.starts[-1], self.starts[-1] + len(text)

    def paragraph(self, paragraph, boxed: bool = False) -> None:
        text = paragraph_text(paragraph)
        start, end = self.line(text, paragraph, boxed)
        level = _heading_level(paragraph) if text.strip() else None
        if level is not None:
            title = " ".join(text.split())
            lead = len(text) - len(text.lstrip())
            span = (start + lead, start + lead + len(text.strip()))
            self.blocks.append(Block(start, end, level=level, title=title, title_span=span))
        elif text.strip():
            self.blocks.append(Block(start, end, paragraph=True))
        if not boxed:  # a boxed paragraph's own boxes came with its box
            for inner in _text_boxes(paragraph):
                self.paragraph(inner, boxed=True)

    def table(self, table) -> None:
        for row in table.rows:
            cells = []
            boxes = []  # text boxes anchored in the row's cells: read after the row, like a paragraph's
            seen = set()
            for cell in row.cells:
                if id(cell._tc) in seen:  # a merged cell appears once per grid column
                    continue
                seen.add(id(cell._tc))
                texts = []
                for inner_paragraph in cell.paragraphs:
                    text = paragraph_text(inner_paragraph)
                    span = self.line(text, inner_paragraph)
                    if text.strip():
                        texts.append(span)
                    boxes.extend(_text_boxes(inner_paragraph))
                if texts:
                    cells.append((texts[0][0], texts[-1][1]))
                for inner in cell.tables:
                    self.table(inner)
            if len(cells) >= 2:
                self.blocks.append(Block(cells[0][0], cells[-1][1], cells=tuple(cells)))
            elif cells:
                self.blocks.append(Block(cells[0][0], cells[0][1], paragraph=True))
            for inner in boxes:
                self.paragraph(inner, boxed=True)


def read_bytes(path: str) -> bytes:
    """The bytes of a .docx file, within MAX_DOCX_BYTES; InputError otherwise."""
    try:
        size = os.stat(path).st_size
        if size > MAX_DOCX_BYTES:
            raise InputError(
                path,
                f"bestand is te groot ({size} bytes); de grens voor .docx is {MAX_DOCX_BYTES:,} bytes".replace(
                    ",", "."
                ),
            )
        with open(path, "rb") as handle:
            return handle.read(MAX_DOCX_BYTES + 1)
    except OSError as exc:
        raise InputError(path, f"kan bestand niet lezen: {os_reason(exc)}") from exc


def open_document(path: str, data: bytes):
    """The python-docx Document, or InputError "geen geldig .docx-bestand"."""
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise InputError(path, f"{NOT_DOCX} (geen zip-archief)")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(i.file_size for i in archive.infolist() if i.filename.endswith((".xml", ".rels")))
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError(path, f"{NOT_DOCX} ({exc})") from exc
    if unpacked > MAX_XML_BYTES:
        raise InputError(path, f"{NOT_DOCX} (uitgepakt te groot: {unpacked} bytes)")
    import docx  # python-docx; imported here so other formats do not pay for it

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many types for a broken package
        raise InputError(path, f"{NOT_DOCX} (het zip-archief bevat geen leesbaar Word-document)") from exc


def _walk(document) -> _Body:
    """The body in reading order: the order of the source text's lines."""
    body = _Body()
    for item in document.iter_inner_content():
        if hasattr(item, "rows"):
            body.table(item)
        else:
            body.paragraph(item)
    return body


def read_docx(path: str, data: bytes | None = None, kind: str = "auto") -> Source:
    """Read a .docx file (or its bytes) into a Source with one section per heading."""
    return read_word(path, data, kind)[0]


def read_word(path: str, data: bytes | None = None, kind: str = "auto") -> tuple[Source, Any, list[tuple[Any, bool]]]:
    """The Source of a .docx file, the opened document, and its paragraphs in the order
    the Source reads them (the paragraph `n` of a finding is item `n - 1`), each with
    whether it is in a text box: the review copy annotates the document it was read from."""
    if data is None:
        data = read_bytes(path)
    if len(data) > MAX_DOCX_BYTES:
        raise InputError(path, f"bestand is te groot ({len(data)} bytes)")
    document = open_document(path, data)
    body = _walk(document)
    text = "\n".join(body.texts)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(
            path,
            f"tekst is te groot ({len(text.encode('utf-8'))} bytes); de grens is {MAX_BYTES:,} bytes".replace(",", "."),
        )
    sections = labelled_sections(text, find_labels(text, body.blocks), kind)
    starts = body.starts
    source = Source(
        path=path,
        text=text,
        format="docx",
        sections=tuple(sections),
        encoding="utf-8",
        paragraphs=tuple(starts),
        breaks=tuple(starts[1:]),
        paragraph_starts=tuple(b.start for b in body.blocks[1:]),
        digest=hashlib.sha256(data).hexdigest(),
    )
    return source, document, body.paragraphs
