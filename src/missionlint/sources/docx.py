"""Reading Word (.docx) files into labelled sections with python-docx.

The source text is the body paragraphs joined by "\\n", so offsets, lines and columns
work as for the other formats. Paragraphs with a Heading style (Heading 1-9, "Kop 1" in
Dutch Word, or a style based on one) or the Title style are section headings, named like
Markdown headings (`sources.headings.heading_kind`); the other paragraphs are the sections' text.
`Source.paragraphs` keeps the start offset of every paragraph, so findings can say
"paragraaf N, positie M" (a paragraph may hold a line break, so lines and paragraphs can
differ). Text in tables, headers, footers, footnotes and text boxes is not read.
"""

from __future__ import annotations

import hashlib
import io
import os
import re
import zipfile

from missionlint.errors import InputError, os_reason
from missionlint.sources.decoding import MAX_BYTES
from missionlint.sources.headings import heading_kind
from missionlint.sources.model import Section, Source, trimmed_section, unheaded_section

MAX_DOCX_BYTES = 20_000_000  # the file itself (pictures make .docx files big)
MAX_XML_BYTES = 50_000_000  # the unpacked XML parts: a guard against zip bombs
NOT_DOCX = "geen geldig .docx-bestand"
_HEADING_STYLE = re.compile(r"(?:heading|kop)\s*\d+|title|titel", re.I)
_MAX_STYLE_DEPTH = 10


def _is_heading(paragraph) -> bool:
    """A Heading/Title paragraph, or one whose style is based on such a style."""
    try:
        style = paragraph.style
    except (KeyError, ValueError, AttributeError):
        return False
    for _ in range(_MAX_STYLE_DEPTH):
        if style is None:
            return False
        names = (style.name or "", getattr(style, "style_id", "") or "")
        if any(_HEADING_STYLE.fullmatch(name.strip()) for name in names):
            return True
        style = style.base_style
    return False


def _read_bytes(path: str) -> bytes:
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


def _open_document(path: str, data: bytes):
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


def read_docx(path: str, data: bytes | None = None, kind: str = "auto") -> Source:
    """Read a .docx file (or its bytes) into a Source with one section per heading."""
    if data is None:
        data = _read_bytes(path)
    if len(data) > MAX_DOCX_BYTES:
        raise InputError(path, f"bestand is te groot ({len(data)} bytes)")
    document = _open_document(path, data)
    paragraphs = list(document.paragraphs)
    texts = [p.text.replace("\r\n", "\n").replace("\r", "\n") for p in paragraphs]
    text = "\n".join(texts)
    if len(text.encode("utf-8")) > MAX_BYTES:
        raise InputError(
            path,
            f"tekst is te groot ({len(text.encode('utf-8'))} bytes); de grens is {MAX_BYTES:,} bytes".replace(",", "."),
        )
    starts, pos = [], 0
    for chunk in texts:
        starts.append(pos)
        pos += len(chunk) + 1
    headings = [i for i, (p, t) in enumerate(zip(paragraphs, texts)) if t.strip() and _is_heading(p)]
    sections: list[Section] = []
    if not headings:
        section = unheaded_section(text, 0, len(text), kind)
        sections = [section] if section else []
    else:
        first = trimmed_section(text, 0, starts[headings[0]], "unknown", "heading", None)
        if first:
            sections.append(first)
        for n, index in enumerate(headings):
            title = " ".join(texts[index].split())
            body = starts[index] + len(texts[index]) + 1
            end = starts[headings[n + 1]] if n + 1 < len(headings) else len(text)
            section = trimmed_section(text, min(body, end), end, heading_kind(title), "heading", title)
            if section:
                sections.append(section)
    warnings: tuple[str, ...] = ()
    if any(cell.text.strip() for table in document.tables for row in table.rows for cell in row.cells):
        warnings = ("tekst in tabellen wordt niet gecontroleerd",)
    return Source(
        path=path,
        text=text,
        format="docx",
        sections=tuple(sections),
        encoding="utf-8",
        warnings=warnings,
        paragraphs=tuple(starts),
        breaks=tuple(starts[1:]),
        digest=hashlib.sha256(data).hexdigest(),
    )
