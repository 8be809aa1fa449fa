"""The YAML, TOML and JSON parsers' error messages in Dutch, with where they point.

PyYAML and tomllib explain a syntax error in English ("mapping values are not allowed
here"); a user of missionlint reads Dutch. Their messages are a fixed set, translated
here by pattern; one that is not known becomes "syntaxisfout", never English. Input
files, configuration files and rule files all report YAML errors through `yaml_error`;
the suppressions file reports JSON errors through `json_error`.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

import yaml

# PyYAML's token names, as its messages quote them.
_YAML_TOKENS = {
    "<block end>": "het einde van een blok",
    "<block mapping start>": "het begin van een mapping",
    "<block sequence start>": "het begin van een lijst",
    "<block entry>": "een lijstitem",
    "<flow mapping start>": "'{'",
    "<flow mapping end>": "'}'",
    "<flow sequence start>": "'['",
    "<flow sequence end>": "']'",
    "<flow entry>": "','",
    "<scalar>": "een waarde",
    "<key>": "een sleutel",
    "<value>": "een waarde",
    "<alias>": "een alias",
    "<anchor>": "een anker",
    "<tag>": "een tag",
    "<document start>": "het begin van een document",
    "<document end>": "het einde van een document",
    "<stream end>": "het einde van het bestand",
    "<stream start>": "het begin van het bestand",
    "<directive>": "een directief",
    "a comment or a line break": "commentaar of een regeleinde",
    "the node content": "een waarde",
    "the empty value": "een lege waarde",
    "a digit": "een cijfer",
    "a digit or ' '": "een cijfer of een spatie",
    "a digit or '.'": "een cijfer of '.'",
    "alphabetic or numeric character": "een letter of cijfer",
    "chomping or indentation indicators": "'+', '-' of een cijfer voor de inspringing",
    "a single document in the stream": "één document in het bestand",
    "URI": "een URI",
}

_YAML_EXPECTED = re.compile(r"expected (.+?), but (?:found|got) (.+)")


SYNTAX_ERROR = "syntaxisfout"


@cache
def _tables() -> dict[str, list[list[str]]]:
    """The translation tables (parser_messages.yaml, package data), read at the first error."""
    text = resources.files("missionlint").joinpath("parser_messages.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _translate(message: str, parser: str) -> str | None:
    for pattern, dutch in _tables()[parser]:
        match = re.fullmatch(pattern, message.strip())
        if match:
            return match.expand(dutch)
    return None


def _yaml_thing(thing: str) -> str:
    thing = thing.strip()
    quoted = thing[1:-1] if len(thing) > 2 and thing[0] == thing[-1] == "'" else thing
    if quoted in _YAML_TOKENS:
        return _YAML_TOKENS[quoted]
    return _YAML_TOKENS.get(thing, thing.replace(" or ", " of "))


def yaml_problem(problem: str | None) -> str:
    """A PyYAML problem ("mapping values are not allowed here") in Dutch."""
    if not problem:
        return SYNTAX_ERROR
    known = _translate(problem, "yaml")
    if known:
        return known
    expected = _YAML_EXPECTED.fullmatch(problem.strip())
    if expected:
        return f"verwacht {_yaml_thing(expected.group(1))}, maar vond {_yaml_thing(expected.group(2))}"
    return SYNTAX_ERROR


def line_and_column(text: str, index: int) -> tuple[int, int]:
    """1-based line and column of a character of `text`, lines broken at "\n" only."""
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def mark_position(mark) -> tuple[int, int]:
    """1-based line and column of a PyYAML mark as everything else in missionlint counts
    them: YAML also breaks lines at NEL and U+2028, a file's lines do not."""
    if mark.buffer is None:  # a mark without its text (the C loader): PyYAML's own count
        return mark.line + 1, mark.column + 1
    return line_and_column(mark.buffer, mark.index)


def yaml_error(error: Exception, text: str) -> tuple[str, int | None, int | None]:
    """("ongeldige YAML: ...", line, column) of an error PyYAML raised on `text` (lines
    and columns 1-based; None where PyYAML does not say)."""
    if isinstance(error, RecursionError):  # PyYAML builds nested collections recursively
        return "ongeldige YAML: te diep geneste lijsten of mappings", None, None
    if isinstance(error, yaml.reader.ReaderError):  # a control character YAML does not allow
        line, column = line_and_column(text, error.position)
        char = error.character if isinstance(error.character, str) else chr(error.character)
        return f"ongeldige YAML: teken #x{ord(char):04x} is niet toegestaan", line, column
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        message = f"ongeldige YAML: {yaml_problem(error.problem or error.context)}"
        return (message, *mark_position(mark)) if mark else (message, None, None)
    return f"ongeldige YAML: {SYNTAX_ERROR}", None, None


def toml_problem(message: str) -> str:
    """A tomllib message ("Invalid value") in Dutch."""
    return _translate(message, "toml") or SYNTAX_ERROR


def json_error(error: json.JSONDecodeError) -> tuple[str, int, int]:
    """("ongeldige JSON: ...", line, column) of an error the json module raised."""
    return f"ongeldige JSON: {_translate(error.msg, 'json') or SYNTAX_ERROR}", error.lineno, error.colno
