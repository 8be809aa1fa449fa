"""The YAML and TOML parsers' error messages in Dutch, with where they point.

PyYAML and tomllib explain a syntax error in English ("mapping values are not allowed
here"); a user of missionlint reads Dutch. Their messages are a fixed set, translated
here by pattern; one that is not known becomes "syntaxisfout", never English. Input
files, configuration files and rule files all report YAML errors through `yaml_error`.
"""

from __future__ import annotations

import re

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
_YAML_MESSAGES = [
    (r"mapping values are not allowed here", "een dubbele punt (sleutel: waarde) mag hier niet staan"),
    (r"mapping keys are not allowed here", "een sleutel mag hier niet staan"),
    (r"sequence entries are not allowed here", "een lijstitem ('- ') mag hier niet staan"),
    (r"could not find expected ':'", "een ':' na de sleutel ontbreekt"),
    (r"found unexpected end of stream", "het bestand houdt onverwacht op (een aanhalingsteken of haakje niet gesloten?)"),
    (r"found unexpected document separator", "onverwacht scheidingsteken tussen documenten"),
    (r"found character (.+) that cannot start any token", r"teken \1 kan hier niet staan"),
    (r"found undefined alias (.+)", r"onbekende alias \1"),
    (r"found undefined tag handle (.+)", r"onbekende tag \1"),
    (r"found unknown escape character (.+)", r"onbekende escape \\\1"),
    (r"found duplicate anchor (.+?);.*", r"anker \1 komt twee keer voor"),
    (r"found unhashable key", "deze waarde kan geen sleutel zijn"),
    (r"invalid indentation or unclosed '\[' or '\{'", "ongeldige inspringing, of een '[' of '{' die niet gesloten is"),
    (r"expected indentation indicator in the range 1-9, but found 0", "de inspringing moet 1 tot 9 zijn, niet 0"),
    (r"expected escape sequence of (\d+) hexadecimal numbers, but found (.+)", r"verwacht \1 hexadecimale cijfers na de escape, maar vond \2"),
    (r"but found another document", "maar er volgt nog een document"),
    (r"special characters are not allowed", "speciale tekens zijn niet toegestaan"),
    (r"could not determine a constructor for the tag '(.+)'", r"tag '\1' wordt niet ondersteund"),
    (r"found duplicate key", "een sleutel staat er twee keer"),
]  # fmt: skip
_YAML_EXPECTED = re.compile(r"expected (.+?), but (?:found|got) (.+)")

_TOML_MESSAGES = [
    (r"Expected '=' after a key in a key/value pair", "'=' na de sleutel ontbreekt"),
    (r"Expected ']' at the end of a table declaration", "']' aan het eind van de tabelnaam ontbreekt"),
    (r"Expected ']]' at the end of an array declaration", "']]' aan het eind van de tabelnaam ontbreekt"),
    (r"Expected newline or end of document after a statement", "na een regel met een waarde hoort een nieuwe regel"),
    (r"Expected (.+)", r"verwacht \1"),
    (r"Invalid value", "ongeldige waarde"),
    (r"Invalid statement", "ongeldige regel"),
    (r"Invalid date or datetime", "ongeldige datum of tijd"),
    (r"Invalid hex value", "ongeldige hexadecimale waarde"),
    (r"Invalid initial character for a key part", "ongeldig eerste teken van een sleutel"),
    (r"Unclosed array", "lijst niet gesloten"),
    (r"Unclosed inline table", "tabel niet gesloten"),
    (r"Unterminated string", "tekst niet afgesloten (aanhalingsteken ontbreekt)"),
    (r"Unescaped '\\' in a string", "losse '\\' in een tekst"),
    (r"Escaped character is not a Unicode scalar value", "ongeldig escapeteken"),
    (r"Found invalid character (.+)", r"ongeldig teken \1"),
    (r"Illegal character (.+)", r"ongeldig teken \1"),
    (r"Cannot declare (.+) twice", r"\1 staat er twee keer"),
    (r"Duplicate inline table key (.+)", r"sleutel \1 staat er twee keer"),
    (r"Cannot (?:overwrite a value|mutate immutable namespace .+|redefine namespace .+)", "een waarde wordt opnieuw gezet"),
    (r"(?:An object other than list found|There is no nest) behind this key", "deze sleutel is al iets anders"),
]  # fmt: skip

SYNTAX_ERROR = "syntaxisfout"


def _translate(message: str, table: list[tuple[str, str]]) -> str | None:
    for pattern, dutch in table:
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
    known = _translate(problem, _YAML_MESSAGES)
    if known:
        return known
    expected = _YAML_EXPECTED.fullmatch(problem.strip())
    if expected:
        return f"verwacht {_yaml_thing(expected.group(1))}, maar vond {_yaml_thing(expected.group(2))}"
    return SYNTAX_ERROR


def yaml_error(error: Exception, text: str) -> tuple[str, int | None, int | None]:
    """("ongeldige YAML: ...", line, column) of an error PyYAML raised on `text` (lines
    and columns 1-based; None where PyYAML does not say)."""
    if isinstance(error, RecursionError):  # PyYAML builds nested collections recursively
        return "ongeldige YAML: te diep geneste lijsten of mappings", None, None
    if isinstance(error, yaml.reader.ReaderError):  # a control character YAML does not allow
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        char = error.character if isinstance(error.character, str) else chr(error.character)
        return f"ongeldige YAML: teken #x{ord(char):04x} is niet toegestaan", line, column
    if isinstance(error, yaml.MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        message = f"ongeldige YAML: {yaml_problem(error.problem or error.context)}"
        return message, (mark.line + 1 if mark else None), (mark.column + 1 if mark else None)
    return f"ongeldige YAML: {SYNTAX_ERROR}", None, None


def toml_problem(message: str) -> str:
    """A tomllib message ("Invalid value") in Dutch."""
    return _translate(message, _TOML_MESSAGES) or SYNTAX_ERROR
