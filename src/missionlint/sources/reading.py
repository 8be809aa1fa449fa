"""Reading a file (or stdin) into a `Source`: its decoded text and labelled sections.

Every section's `text` is the original file span `start:end` with markup blanked (see
`sources/model.py`): offsets inside a section plus `section.start` are offsets in
`Source.text`. One reader per format: `markdown`, `plain`, `yaml_text`, `html_page`,
`docx`; the labels that cut a text into sections are found the same way in all but YAML
(`sources.labels`).
"""

from __future__ import annotations

import hashlib
import os
import sys

from missionlint.errors import InputError, os_reason
from missionlint.kinds import LINTED_KINDS
from missionlint.sources.decoding import MAX_BYTES, decode, is_binary, normalise_newlines, too_big
from missionlint.sources.discovery import DOCX_SUFFIX, SUFFIXES
from missionlint.sources.html_page import html_sections
from missionlint.sources.markdown import markdown_sections
from missionlint.sources.model import Source
from missionlint.sources.plain import block_starts, text_sections
from missionlint.sources.yaml_text import yaml_sections

FORMATS = ("markdown", "text", "yaml", "html")
_FORMAT_ALIASES = {
    "md": "markdown",
    "markdown": "markdown",
    "text": "text",
    "txt": "text",
    "yaml": "yaml",
    "yml": "yaml",
    "html": "html",
    "htm": "html",
}

__all__ = ["MAX_BYTES", "FORMATS", "read_source", "parse_text"]


def read_source(path: str, data: bytes | None = None, kind: str = "auto", fmt: str | None = None) -> Source:
    """Read (or take) the bytes of `path` and parse them into a `Source`.

    `path` "-" means stdin: the caller passes `data` (read from stdin when omitted), the
    display path is "<stdin>" and the format is `fmt` or "text". For files the format is
    `fmt` or follows from the suffix (unknown suffix: text).
    """
    if path == "-":
        display = "<stdin>"
        if data is None:
            data = sys.stdin.buffer.read(MAX_BYTES + 1)
        fmt = fmt or "text"
    else:
        display = path
        if fmt == "docx" or (fmt is None and os.path.splitext(path)[1].lower() == DOCX_SUFFIX):
            from missionlint.sources.docx import read_docx

            return read_docx(path, data=data, kind=kind)
        if data is None:
            try:
                size = os.stat(path).st_size
                if size > MAX_BYTES:
                    raise too_big(path, size)
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
            except OSError as exc:
                raise InputError(path, f"kan bestand niet lezen: {os_reason(exc)}") from exc
        if fmt is None:
            fmt = SUFFIXES.get(os.path.splitext(path)[1].lower(), "text")
    if len(data) > MAX_BYTES:
        raise too_big(display, None if path == "-" else len(data))
    if is_binary(data):
        raise InputError(display, "binair bestand, geen tekst")
    text, encoding, warnings = decode(data, display)
    return _parse(display, text, fmt, kind, encoding, tuple(warnings), hashlib.sha256(data).hexdigest())


def parse_text(path: str, text: str, fmt: str, kind: str = "auto") -> Source:
    """Parse already-decoded text (no I/O)."""
    return _parse(path, text, fmt, kind, "utf-8", ())


def _parse(
    path: str, text: str, fmt: str, kind: str, encoding: str, warnings: tuple[str, ...], digest: str = ""
) -> Source:
    if kind != "auto" and kind not in LINTED_KINDS:
        raise ValueError(f"kind must be 'auto' or one of {LINTED_KINDS}, not {kind!r}")
    fmt_name = _FORMAT_ALIASES.get((fmt or "").lower())
    if fmt_name is None:
        raise InputError(path, f"onbekend formaat {fmt!r} (kies uit: {', '.join(FORMATS)})")
    text = normalise_newlines(text)
    paragraphs: tuple[int, ...] = ()
    if fmt_name == "markdown":
        sections, breaks, paragraphs = markdown_sections(text, kind)
    elif fmt_name == "yaml":
        sections, breaks = yaml_sections(path, text), block_starts(text)
    elif fmt_name == "html":
        sections, breaks, paragraphs = html_sections(text, kind)
    else:
        sections, breaks, paragraphs = text_sections(text, kind)
    return Source(
        path=path,
        text=text,
        format=fmt_name,
        sections=tuple(sections),
        encoding=encoding,
        warnings=warnings,
        digest=digest,
        breaks=breaks,
        paragraph_starts=paragraphs,
    )
