"""Reading YAML into sections: the values of keys that name a kind (missie, visie, ...).

The file is composed, not constructed, so every scalar keeps its position: a section is
the span of its value's characters, with quotes, escapes, keys and indentation blanked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import yaml
from yaml.scanner import Scanner

from missionlint.errors import InputError
from missionlint.parser_messages import mark_position, yaml_error
from missionlint.sources.headings import naming
from missionlint.sources.model import Section, mask

_YAML_SHAPE = "YAML moet een mapping zijn met sleutels zoals missie, visie, waarden, strategie"
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_DQ_ESCAPE = re.compile(r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n[ \t]*|.)")
_SQ_ESCAPE = re.compile("''")
# The field of a nested mapping that holds its text, in order of preference.
TEXT_FIELDS = ("tekst", "text", "nl", "omschrijving", "beschrijving", "inhoud", "description", "content")


def _node_error(path: str, node: yaml.Node, message: str) -> InputError:
    return InputError(path, message, *mark_position(node.start_mark))


def _next_token(text: str, pos: int, end: int) -> int:
    while pos < end and not text[pos].isspace():
        pos += 1
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


@dataclass(frozen=True)
class Run:
    """Characters of a section and the file span [start, end) they come from: the file's
    own characters (text == file[start:end]), or what an escape decodes to."""

    start: int
    end: int
    text: str


def _decode_escape(sequence: str) -> str:
    """One escape of a double-quoted string, decoded with the YAML scanner's own tables;
    whitespace (\\t, \\n, ...) becomes a space, an escaped line break nothing."""
    code = sequence[1]
    if code == "\n":
        return ""
    if code in Scanner.ESCAPE_CODES:
        decoded = chr(int(sequence[2:], 16))
    else:
        decoded = Scanner.ESCAPE_REPLACEMENTS.get(code, code)
    return " " if decoded.isspace() else decoded


def _content(text: str, node: yaml.ScalarNode) -> tuple[int, int]:
    """The span of a scalar's content: no quotes, tag, anchor or block header line."""
    start, end = node.start_mark.index, node.end_mark.index
    if node.style in ("'", '"'):
        first = text.find(node.style, start, end)  # skip a tag or anchor before the quote
        return (first + 1 if first >= 0 else start + 1), end - 1
    if node.style in ("|", ">"):
        newline = text.find("\n", start, end)
        return (end if newline < 0 else newline + 1), end
    while start < end and text[start] in "!&":  # a tag or anchor before a plain value
        start = _next_token(text, start, end)
    return start, end


def _scalar_runs(text: str, node: yaml.ScalarNode) -> list[Run]:
    """A string scalar as runs: its characters where they are in the file, its escapes
    (double quotes) and doubled quotes (single quotes) decoded. Whitespace is kept as in
    the file: line folding changes only whitespace, which the tokenizer reads alike."""
    start, end = _content(text, node)
    special = _DQ_ESCAPE if node.style == '"' else _SQ_ESCAPE if node.style == "'" else None
    runs, pos = [], start
    for match in special.finditer(text, start, end) if special else ():
        runs.append(Run(pos, match.start(), text[pos : match.start()]))
        decoded = _decode_escape(match.group()) if node.style == '"' else "'"
        runs.append(Run(match.start(), match.end(), decoded))
        pos = match.end()
    runs.append(Run(pos, end, text[pos:end]))
    return [run for run in runs if run.end > run.start]


def _text_field(path: str, key: str, node: yaml.MappingNode) -> yaml.Node:
    """The value of the text field of a nested mapping (`tekst`, `nl`, ...); other keys
    (an English `en`, a `datum`) are not read, and key names are never text."""
    fields = {k.value.strip().lower(): v for k, v in node.value if isinstance(k, yaml.ScalarNode)}
    for name in TEXT_FIELDS:
        if name in fields:
            return fields[name]
    raise _node_error(
        path,
        node,
        f"'{key}' bevat een mapping zonder tekstveld; verwacht tekst, een lijst met teksten of een "
        f"veld {', '.join(TEXT_FIELDS[:4])}, ...",
    )


def _value_runs(path: str, key: str, text: str, node: yaml.Node, in_list: bool = False) -> list[Run]:
    """The runs of a kind's value: a string, a list of strings, or a mapping's text field
    (each of which may again be a list or a mapping)."""
    if isinstance(node, yaml.MappingNode):
        return _value_runs(path, key, text, _text_field(path, key, node), in_list)
    if isinstance(node, yaml.SequenceNode):
        if in_list:
            raise _node_error(
                path, node, f"'{key}' bevat een lijst in een lijst; verwacht tekst of een lijst met teksten"
            )
        return [run for item in node.value for run in _value_runs(path, key, text, item, True)]
    if not isinstance(node, yaml.ScalarNode):
        raise _node_error(path, node, f"'{key}' heeft een onbekende vorm")
    if node.tag == _NULL_TAG:
        return []
    if node.tag != _STR_TAG:
        raise _node_error(path, node, f"'{key}' moet tekst zijn, geen getal of ja/nee-waarde ({node.value})")
    return _scalar_runs(text, node)


def _section(text: str, kind: str, title: str, runs: list[Run], candidates: tuple[str, ...] = ()) -> Section | None:
    """The section made of `runs`: the file between them blanked, its own characters (or
    decoded escapes) kept; with `offsets` when an escape changed the length."""
    runs = sorted(runs, key=lambda r: r.start)
    pieces, pos = [], runs[0].start
    for run in runs:
        if run.start > pos:
            pieces.append(Run(pos, run.start, mask(text[pos : run.start], [])))
        pieces.append(run)
        pos = max(pos, run.end)
    body = "".join(piece.text for piece in pieces)
    lead, trail = len(body) - len(body.lstrip()), len(body.rstrip())
    if lead >= trail:
        return None
    if all(len(piece.text) == piece.end - piece.start for piece in pieces):
        start = runs[0].start + lead
        return Section(kind, "key", start, start + trail - lead, body[lead:trail], title, candidates=candidates)
    offsets: list[int] = []
    for piece in pieces:
        if len(piece.text) == piece.end - piece.start:
            offsets.extend(range(piece.start, piece.end))
        else:  # a decoded escape: its character(s) point at the escape
            offsets.extend([piece.start] * len(piece.text))
    offsets.append(pieces[-1].end)
    kept = tuple(offsets[lead : trail + 1])
    return Section(kind, "key", kept[0], kept[-1], body[lead:trail], title, kept, candidates)


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


def yaml_sections(path: str, text: str) -> list[Section]:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError) as exc:
        message, line, column = yaml_error(exc, text)
        raise InputError(path, message, line, column) from exc
    if root is None:
        return []
    _check_tags(path, root)
    if not isinstance(root, yaml.MappingNode):
        raise _node_error(path, root, _YAML_SHAPE)
    sections: list[Section] = []
    for key_node, value_node in root.value:
        if not isinstance(key_node, yaml.ScalarNode) or not isinstance(key_node.value, str):
            continue
        named = naming(key_node.value)  # "onze-missie", "visie_2030": the heading vocabulary
        if not named.names_kind:
            continue
        runs = _value_runs(path, key_node.value, text, value_node)
        section = _section(text, named.kind, key_node.value, runs, named.candidates) if runs else None
        if section is None:  # "missie:" with nothing after it: an empty section on the key
            start, end = key_node.start_mark.index, key_node.end_mark.index
            section = Section.on_label(named.kind, "key", text[start:end], start, key_node.value, named.candidates)
        sections.append(section)
    sections.sort(key=lambda s: s.start)
    return sections
