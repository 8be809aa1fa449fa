"""Reading files (Markdown, plain text, YAML) into labelled sections.

Every section's `text` is the original file span `start:end` with markup blanked (see
`sections.py`): offsets inside a section plus `section.start` are offsets in `Source.text`.
Line endings are normalised to "\\n" when decoding, so `Source.text` is what offsets and
`Source.position` refer to.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys

import yaml

from missionlint.sources.model import LINTED_KINDS, InputError, Section, Source, mask

SUFFIXES = {".md": "markdown", ".markdown": "markdown", ".txt": "text", ".yaml": "yaml", ".yml": "yaml"}
DOCX_SUFFIX = ".docx"  # Word files: read by docx_source.py, collected from folders too
MAX_BYTES = 1_000_000  # documented size limit
FORMATS = ("markdown", "text", "yaml")
_FORMAT_ALIASES = {"md": "markdown", "markdown": "markdown", "text": "text", "txt": "text", "yaml": "yaml", "yml": "yaml"}
_SKIP_DIRS = {"node_modules"}
_BINARY_PROBE = 8192
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# --------------------------------------------------------------------------- decoding


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, path: str) -> tuple[str, str, list[str]]:
    """Decode file bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else cp1252.

    Returns (text, encoding, warnings); newlines are normalised to "\\n".
    """
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _normalise_newlines(data[3:].decode("utf-8")), "utf-8-sig", []
        except UnicodeDecodeError:
            pass
    elif data.startswith(_UTF16_BOMS):
        try:
            return _normalise_newlines(data.decode("utf-16")), "utf-16", []
        except UnicodeDecodeError:
            pass
    else:
        try:
            return _normalise_newlines(data.decode("utf-8")), "utf-8", []
        except UnicodeDecodeError:
            pass
    text = data.decode("cp1252", errors="replace")
    return _normalise_newlines(text), "cp1252", ["niet als UTF-8 te lezen; gelezen als cp1252"]


def _is_binary(data: bytes) -> bool:
    if b"\x00" not in data[:_BINARY_PROBE]:
        return False
    if data.startswith(_UTF16_BOMS):
        try:
            data.decode("utf-16")
            return False
        except UnicodeDecodeError:
            return True
    return True


def _format_limit() -> str:
    return f"{MAX_BYTES:,}".replace(",", ".")


def _too_big(path: str, size: int | None) -> InputError:
    if size is None:  # stdin is read up to one byte past the limit: its full size is unknown
        return InputError(path, f"invoer is te groot (meer dan {_format_limit()} bytes, de grens)")
    return InputError(
        path, f"bestand is te groot ({size} bytes); de grens is {_format_limit()} bytes"
    )


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
                    raise _too_big(path, size)
                with open(path, "rb") as handle:
                    data = handle.read(MAX_BYTES + 1)
            except OSError as exc:
                raise InputError(path, f"kan bestand niet lezen: {exc.strerror or exc}") from exc
        if fmt is None:
            fmt = SUFFIXES.get(os.path.splitext(path)[1].lower(), "text")
    if len(data) > MAX_BYTES:
        raise _too_big(display, None if path == "-" else len(data))
    if _is_binary(data):
        raise InputError(display, "binair bestand, geen tekst")
    text, encoding, warnings = decode(data, display)
    return _parse(display, text, fmt, kind, encoding, tuple(warnings), hashlib.sha256(data).hexdigest())


def parse_text(path: str, text: str, fmt: str, kind: str = "auto") -> Source:
    """Parse already-decoded text (no I/O)."""
    return _parse(path, text, fmt, kind, "utf-8", ())


def _parse(path: str, text: str, fmt: str, kind: str, encoding: str, warnings: tuple[str, ...],
           digest: str = "") -> Source:
    if kind != "auto" and kind not in LINTED_KINDS:
        raise ValueError(f"kind must be 'auto' or one of {LINTED_KINDS}, not {kind!r}")
    fmt_name = _FORMAT_ALIASES.get((fmt or "").lower())
    if fmt_name is None:
        raise InputError(path, f"onbekend formaat {fmt!r} (kies uit: markdown, text, yaml)")
    text = _normalise_newlines(text)
    if fmt_name == "markdown":
        sections = _markdown_sections(text, kind)
    elif fmt_name == "yaml":
        sections = _yaml_sections(path, text)
    else:
        sections = _text_sections(text, kind)
    return Source(path=path, text=text, format=fmt_name, sections=tuple(sections), encoding=encoding, warnings=warnings,
                  digest=digest)


def _unheaded_section(masked: str, start: int, end: int, kind: str) -> Section | None:
    """A section without a heading (plain text, or Markdown without headings)."""
    section = _trimmed_section(masked, start, end, "unknown", "inferred", None)
    if section is not None and kind != "auto":
        section = Section(kind, "option", section.start, section.end, section.text, None)
    return section


def _trimmed_section(masked: str, start: int, end: int, kind: str, kind_source: str, title: str | None) -> Section | None:
    """The section masked[start:end] with surrounding whitespace cut off; None if blank."""
    chunk = masked[start:end]
    stripped = chunk.strip()
    if not stripped:
        return None
    s = start + (len(chunk) - len(chunk.lstrip()))
    e = s + len(stripped)
    return Section(kind, kind_source, s, e, masked[s:e], title)


def _text_sections(text: str, kind: str) -> list[Section]:
    section = _unheaded_section(text, 0, len(text), kind)
    return [section] if section else []


# --------------------------------------------------------------------------- heading names

_HEADING_NAMES = {
    "missie": (
        "missie", "mission", "missie en visie", "missie & visie", "missie/visie", "missie-visie",
        "mission and vision", "mission & vision", "missie statement", "missieverklaring",
        "mission statement", "waar we voor staan", "waar wij voor staan", "waarvoor we staan",
        "waarvoor wij staan",
    ),
    "visie": ("visie", "vision", "toekomstvisie", "onze toekomstvisie", "visie en missie", "visie & missie"),
    "waarden": ("kernwaarden", "waarden", "values", "core values", "bedrijfswaarden", "onze kernwaarden"),
    "strategie": (
        "strategie", "strategy", "strategische doelen", "strategische doelstellingen", "speerpunten",
        "kernkwaliteiten", "aanpak", "strategische speerpunten",
    ),
    "ambitie": ("ambitie", "ambities", "ambition", "ambitions"),
}
_HEADING_KIND = {name: kind for kind, names in _HEADING_NAMES.items() for name in names}
_HEADING_PREFIX = re.compile(r"^(?:onze|ons|de|het|our|the)\s+")
_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+")
_HEADING_TRIM = " \t\"'`*_#.,:;!?()[]-–—"


def heading_kind(title: str) -> str:
    """The kind a heading (or YAML key) names: "Onze missie" -> "missie"; else "unknown"."""
    name = " ".join(title.lower().split())
    name = name.strip(_HEADING_TRIM)
    name = _HEADING_NUMBER.sub("", name)
    name = name.strip(_HEADING_TRIM)
    for _ in range(2):  # "onze" / "de" once, e.g. "Onze missie"
        name = _HEADING_PREFIX.sub("", name)
    name = name.strip(_HEADING_TRIM)
    return _HEADING_KIND.get(name, "unknown")


# --------------------------------------------------------------------------- Markdown

_FENCE_OPEN = re.compile(r" {0,3}(`{3,}|~{3,})(.*)$")
_ATX = re.compile(r" {0,3}(#{1,6})(?:[ \t]+(.*?))??(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r" {0,3}(=+|-+)[ \t]*$")
_THEMATIC = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_BLOCK_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?)")
_LINK_DEF = re.compile(r" {0,3}\[[^\]\n]+\]:[ \t]*\S+.*$")
_TABLE_DELIM = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")
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
_NO_MATCH = re.compile("").match("")
_ESCAPABLE = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


class _Masker:
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


def _line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line, end excluding the newline."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _front_matter_end(text: str, lines: list[tuple[int, int]]) -> int:
    """Index of the first line after YAML front matter (0 if there is none)."""
    if not lines or text[lines[0][0]:lines[0][1]].rstrip() != "---":
        return 0
    for i in range(1, len(lines)):
        if text[lines[i][0]:lines[i][1]].rstrip() in ("---", "..."):
            return i + 1
    return 0


def _block_scan(text: str, lines: list[tuple[int, int]], m: _Masker) -> set[int]:
    """Blank front matter, fenced code and HTML comments; return the lines that are
    entirely outside the text (so they cannot be headings)."""
    dead: set[int] = set()
    i = _front_matter_end(text, lines)
    if i:
        m.blank(0, lines[i - 1][1])
        dead.update(range(i))
    n = len(lines)
    resume = None  # position inside line i to continue scanning after a comment
    while i < n:
        ls, le = lines[i]
        pos = ls if resume is None else resume
        if resume is None:
            fence = _FENCE_OPEN.match(text, ls, le)
            if fence and not (fence.group(1)[0] == "`" and "`" in fence.group(2)):
                char, size = fence.group(1)[0], len(fence.group(1))
                close = re.compile(r" {0,3}" + re.escape(char) + "{" + str(size) + r",}[ \t]*$")
                j = i + 1
                while j < n and not close.match(text, lines[j][0], lines[j][1]):
                    j += 1
                last = min(j, n - 1)
                m.blank(ls, lines[last][1])
                dead.update(range(i, last + 1))
                i = last + 1
                continue
        resume = None
        start = text.find("<!--", pos, le)
        if start < 0:
            i += 1
            continue
        stop = text.find("-->", start + 4)
        stop = len(text) if stop < 0 else stop + 3
        m.blank(start, stop)
        if not text[ls:start].strip() and i not in dead:
            dead.add(i)  # a line starting with a comment is no heading
        while i < n and lines[i][1] < stop:
            if lines[i][0] > start:
                dead.add(i)
            i += 1
        if i < n:
            if lines[i][0] > start and not text[stop:lines[i][1]].strip():
                dead.add(i)
            resume = stop
    return dead


def _markdown_sections(text: str, kind: str) -> list[Section]:
    lines = _line_spans(text)
    m = _Masker(text)
    dead = _block_scan(text, lines, m)
    pre = m.result()  # text with front matter, code and comments blanked

    def line(i: int) -> str:
        return pre[lines[i][0]:lines[i][1]]

    def blank_line(i: int) -> bool:
        return not line(i).strip()

    # headings: (line index of the heading, first line of its section, title)
    headings: list[tuple[int, int, str]] = []
    heading_lines: set[int] = set()
    n = len(lines)
    for i in range(n):
        if i in dead or i in heading_lines:
            continue
        ls, le = lines[i]
        atx = _ATX.match(pre, ls, le)
        if atx:
            headings.append((i, i + 1, (atx.group(2) or "").strip()))
            heading_lines.add(i)
            m.blank(ls, le)
            continue
        nxt = i + 1
        if (
            nxt < n
            and nxt not in dead
            and not blank_line(i)
            and _SETEXT.match(pre, lines[nxt][0], lines[nxt][1])
            and (i == 0 or blank_line(i - 1) or (i - 1) in heading_lines or (i - 1) in dead)
            and not (_BLOCK_PREFIX.match(line(i)) or _NO_MATCH).group(0).strip()
            and not _THEMATIC.match(line(i))
        ):
            headings.append((i, i + 2, line(i).strip()))
            heading_lines.update((i, nxt))
            m.blank(ls, le)
            m.blank(*lines[nxt])
            continue

    _mask_blocks(pre, lines, dead | heading_lines, m)
    _mask_inline(m)
    masked = m.result()
    assert len(masked) == len(text)

    sections: list[Section] = []
    starts = [lines[h[0]][0] for h in headings] + [len(text)]
    if not headings:
        section = _unheaded_section(masked, 0, len(text), kind)
        return [section] if section else []
    first = _trimmed_section(masked, 0, starts[0], "unknown", "heading", None)
    if first:
        sections.append(first)
    for idx, (_h, body_line, title) in enumerate(headings):
        start = lines[body_line][0] if body_line < n else len(text)
        end = starts[idx + 1]
        title = _clean_title(title)
        section = _trimmed_section(masked, min(start, end), end, heading_kind(title), "heading", title)
        if section:
            sections.append(section)
    return sections


def _clean_title(title: str) -> str:
    """Heading text without inline markup (emphasis, links, code marks)."""
    tm = _Masker(title)
    _mask_inline(tm)
    return " ".join(tm.result().split())


def _mask_blocks(pre: str, lines: list[tuple[int, int]], skip: set[int], m: _Masker) -> None:
    """Blank line-level markup: quotes, list bullets, rules, tables, link definitions."""
    n = len(lines)
    table_lines: set[int] = set()
    for i in range(n):
        if i in skip:
            continue
        ls, le = lines[i]
        if _TABLE_DELIM.match(pre, ls, le) and "|" in pre[ls:le] and i > 0 and "|" in pre[lines[i - 1][0]:lines[i - 1][1]]:
            table_lines.update((i - 1, i))
            j = i + 1
            while j < n and j not in skip and "|" in pre[lines[j][0]:lines[j][1]]:
                table_lines.add(j)
                j += 1
    for i in range(n):
        if i in skip:
            continue
        ls, le = lines[i]
        text_line = pre[ls:le]
        if _THEMATIC.match(text_line) or _SETEXT.match(text_line) or _LINK_DEF.match(text_line):
            m.blank(ls, le)
            continue
        if i in table_lines and _TABLE_DELIM.match(text_line):
            m.blank(ls, le)
            continue
        pos = ls
        while pos < le:
            prefix = _BLOCK_PREFIX.match(pre, pos, le)
            if not prefix or prefix.end() == pos or not pre[pos:prefix.end()].strip():
                break
            pos = prefix.end()
        m.blank(ls, pos)
        if i in table_lines or text_line.lstrip().startswith("|"):
            for k in range(pos, le):
                if pre[k] == "|" and pre[k - 1] != "\\":
                    m.blank(k, k + 1)


def _mask_inline(m: _Masker) -> None:
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


# --------------------------------------------------------------------------- YAML

_YAML_SHAPE = "YAML moet een mapping zijn met sleutels zoals missie, visie, waarden, strategie"
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_DQ_ESCAPE = re.compile(r"\\(?:([\"\\/])|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n|.)")
_YAML_KEYS = {
    "missie": "missie", "mission": "missie",
    "visie": "visie", "vision": "visie",
    "waarden": "waarden", "values": "waarden", "kernwaarden": "waarden",
    "strategie": "strategie", "strategy": "strategie",
    "ambitie": "ambitie", "ambition": "ambitie", "ambities": "ambitie",
}


def _yaml_key_kind(key: str) -> str:
    name = key.strip().lower()
    if name in _YAML_KEYS:
        return _YAML_KEYS[name]
    return heading_kind(name.replace("_", " "))


def _node_error(path: str, node: yaml.Node, message: str) -> InputError:
    mark = node.start_mark
    return InputError(path, message, mark.line + 1, mark.column + 1)


def _next_token(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isspace():
        pos += 1
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _scalar_spans(text: str, node: yaml.ScalarNode) -> list[tuple[int, int]]:
    """The spans of a scalar's own characters (no quotes, no block indicator line)."""
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("'", '"'):
        first = text.find(node.style, start, end)  # skip a tag or anchor before the quote
        start, end = (first + 1 if first >= 0 else start + 1), end - 1
    elif node.style is None:
        while start < end and text[start] in "!&":  # a tag or anchor before the value
            start = _next_token(text, start, end)
    elif node.style in ("|", ">"):
        newline = text.find("\n", start, end)
        start = end if newline < 0 else newline + 1
    if node.style == '"':
        spans, pos = [], start
        for esc in _DQ_ESCAPE.finditer(text, start, end):
            spans.append((pos, esc.start()))
            # keep an escaped quote, backslash or slash; blank other escapes whole
            pos = esc.start(1) if esc.group(1) else esc.end()
        spans.append((pos, end))
    else:
        spans = [(start, end)]
    result = []
    for s, e in spans:  # drop surrounding whitespace so spans are tight
        chunk = text[s:e]
        stripped = chunk.strip()
        if stripped:
            s += len(chunk) - len(chunk.lstrip())
            result.append((s, s + len(stripped)))
    return result


def _text_scalar(path: str, key: str, node: yaml.Node) -> list[tuple[int, int]] | None:
    """Spans of a string scalar; None for an empty (null) value; error for other shapes."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag == _NULL_TAG:
            return None
        if node.tag != _STR_TAG:
            raise _node_error(path, node, f"'{key}' moet tekst zijn, geen getal of ja/nee-waarde ({node.value})")
        return []
    what = "lijst" if isinstance(node, yaml.SequenceNode) else "mapping"
    raise _node_error(path, node, f"'{key}' bevat een geneste {what}; verwacht tekst of een lijst met teksten")


def _value_spans(path: str, key: str, text: str, node: yaml.Node) -> list[tuple[int, int]]:
    if isinstance(node, yaml.ScalarNode):
        if _text_scalar(path, key, node) is None:
            return []
        return _scalar_spans(text, node)
    spans: list[tuple[int, int]] = []
    if isinstance(node, yaml.SequenceNode):
        for item in node.value:
            if _text_scalar(path, key, item) is not None:
                spans.extend(_scalar_spans(text, item))
        return spans
    if isinstance(node, yaml.MappingNode):
        for sub_key, sub_value in node.value:
            if _text_scalar(path, key, sub_key) is not None:
                spans.extend(_scalar_spans(text, sub_key))
            if _text_scalar(path, key, sub_value) is not None:
                spans.extend(_scalar_spans(text, sub_value))
        return spans
    raise _node_error(path, node, f"'{key}' heeft een onbekende vorm")


_SAFE_TAGS = frozenset(tag for tag in yaml.SafeLoader.yaml_constructors if tag)


def _check_tags(path: str, root: yaml.Node) -> None:
    """Refuse tags `yaml.safe_load` would refuse (!!python/object, local !tags): the file is
    composed, not constructed, so this is where such tags are caught."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:  # an alias of a node already checked
            continue
        seen.add(id(node))
        if node.tag not in _SAFE_TAGS:
            raise _node_error(path, node, f"ongeldige YAML: tag '{node.tag}' wordt niet ondersteund")
        if isinstance(node, yaml.SequenceNode):  # reversed: the first bad tag in the file is reported
            stack.extend(reversed(node.value))
        elif isinstance(node, yaml.MappingNode):
            stack.extend(reversed([item for pair in node.value for item in pair]))


def _yaml_sections(path: str, text: str) -> list[Section]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "onbekende fout"
        if mark is None:
            raise InputError(path, f"ongeldige YAML: {problem}") from exc
        raise InputError(path, f"ongeldige YAML: {problem}", mark.line + 1, mark.column + 1) from exc
    except yaml.reader.ReaderError as exc:  # control characters YAML does not allow
        line = text.count("\n", 0, exc.position) + 1
        column = exc.position - (text.rfind("\n", 0, exc.position) + 1) + 1
        char = exc.character if isinstance(exc.character, str) else chr(exc.character)
        message = f"ongeldige YAML: teken #x{ord(char):04x} is niet toegestaan"
        raise InputError(path, message, line, column) from exc
    except yaml.YAMLError as exc:
        raise InputError(path, f"ongeldige YAML: {exc}") from exc
    except RecursionError as exc:  # PyYAML composes nested collections recursively
        raise InputError(path, "ongeldige YAML: te diep geneste lijsten of mappings") from exc
    if root is None:
        return []
    _check_tags(path, root)
    if not isinstance(root, yaml.MappingNode):
        raise _node_error(path, root, _YAML_SHAPE)
    sections: list[Section] = []
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or not isinstance(key_node.value, str):
            continue
        kind = _yaml_key_kind(key_node.value)
        if kind == "unknown":
            continue
        spans = _value_spans(path, key_node.value, text, value_node)
        if not spans:
            continue
        start = min(s for s, _ in spans)
        end = max(e for _, e in spans)
        section_text = mask(text[start:end], [(max(s, start) - start, min(e, end) - start) for s, e in spans])
        sections.append(Section(kind, "key", start, end, section_text, key_node.value))
    sections.sort(key=lambda s: s.start)
    return sections


# --------------------------------------------------------------------------- paths

_EMPTY_DIR = "map bevat geen bestanden om te controleren (" + ", ".join([*SUFFIXES, DOCX_SUFFIX]) + ")"


def collect_paths(paths: list[str]) -> tuple[list[str], list[InputError]]:
    """Expand directories into the lintable files below them (recursively, sorted).

    Hidden directories and files (".git", ".venv", ...) and node_modules are skipped;
    files given explicitly are kept whatever their suffix; "-" (stdin) stays "-".
    Duplicates are dropped (first occurrence wins).
    """
    found: list[str] = []
    errors: list[InputError] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = p if p == "-" else os.path.normpath(os.path.abspath(p))
        if key not in seen:
            seen.add(key)
            found.append(p)

    for path in paths:
        if path == "-":
            add(path)
        elif os.path.isdir(path):
            files = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".") and d not in _SKIP_DIRS]
                for name in names:
                    suffix = os.path.splitext(name)[1].lower()
                    if name.startswith(".") or (suffix not in SUFFIXES and suffix != DOCX_SUFFIX):
                        continue
                    full = os.path.join(root, name)
                    if os.path.isfile(full):
                        files.append(full)
            if not files:
                errors.append(InputError(path, _EMPTY_DIR))
            for full in sorted(files, key=lambda f: os.path.relpath(f, path).split(os.sep)):
                add(full)
        elif os.path.exists(path):
            add(path)
        else:
            errors.append(InputError(path, "bestand of map bestaat niet"))
    return found, errors
