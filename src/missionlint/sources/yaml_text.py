"""Reading YAML into sections: the values of keys that name a kind (missie, visie, ...).

The file is composed, not constructed, so every scalar keeps its position: a section is
the span of its value's characters, with quotes, escapes, keys and indentation blanked.
"""

from __future__ import annotations

import re

import yaml

from missionlint.errors import InputError
from missionlint.sources.headings import heading_kind
from missionlint.sources.model import Section, mask

_YAML_SHAPE = "YAML moet een mapping zijn met sleutels zoals missie, visie, waarden, strategie"
_STR_TAG = "tag:yaml.org,2002:str"
_NULL_TAG = "tag:yaml.org,2002:null"
_DQ_ESCAPE = re.compile(r"\\(?:([\"\\/])|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|\n|.)")
_YAML_KEYS = {
    "missie": "missie",
    "mission": "missie",
    "visie": "visie",
    "vision": "visie",
    "waarden": "waarden",
    "values": "waarden",
    "kernwaarden": "waarden",
    "strategie": "strategie",
    "strategy": "strategie",
    "ambitie": "ambitie",
    "ambition": "ambitie",
    "ambities": "ambitie",
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


def yaml_sections(path: str, text: str) -> list[Section]:
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
