"""Checks of spaCy token patterns (Matcher and DependencyMatcher) in rule files.

These run at load time without spaCy, so `missionlint rules` refuses a misspelt pattern
instantly; spaCy's own validation runs when the rules are compiled, with the same error
format. Regular expressions that can backtrack catastrophically are refused here too.
"""

from __future__ import annotations

import importlib
import re
import sys
from typing import Any

from missionlint.errors import RuleError
from missionlint.hints import did_you_mean
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail

# A group that repeats and itself contains a repeat, e.g. (a+)+ or (\w*)*: the classic
# shape of catastrophic backtracking. Rules with it are refused at load.
NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,\d*\})")
MAX_REGEX_LENGTH = 200

# The token attributes and value operators spaCy's Matcher accepts (spacy.schemas.TokenPattern),
# checked here too so that `missionlint rules` refuses a misspelt pattern without importing spaCy.
TOKEN_KEYS = frozenset(
    "ORTH TEXT LOWER POS TAG MORPH DEP LEMMA SHAPE ENT_TYPE ENT_IOB ENT_ID ENT_KB_ID NORM LENGTH SPACY "
    "IS_ALPHA IS_ASCII IS_DIGIT IS_LOWER IS_UPPER IS_TITLE IS_PUNCT IS_SPACE IS_BRACKET IS_QUOTE "
    "IS_LEFT_PUNCT IS_RIGHT_PUNCT IS_CURRENCY IS_STOP IS_SENT_START SENT_START LIKE_NUM LIKE_URL "
    "LIKE_EMAIL OP _".split()
)
VALUE_KEYS = frozenset(
    "REGEX IN NOT_IN IS_SUBSET IS_SUPERSET INTERSECTS FUZZY == != >= <= > <".split()
    + [f"FUZZY{n}" for n in range(1, 10)]
)
DEPENDENCY_KEYS = frozenset(("RIGHT_ID", "RIGHT_ATTRS", "LEFT_ID", "REL_OP"))
OPERATOR = re.compile(r"[!?*+]|\{(?:\d+|\d+,\d*|,\d+)\}")

# the regular expression parser, to find nested repeats NESTED_QUANTIFIER cannot see
_sre_parse: Any = importlib.import_module("re._parser" if sys.version_info >= (3, 11) else "sre_parse")
_REPEATS = {_sre_parse.MAX_REPEAT, _sre_parse.MIN_REPEAT} | (
    {_sre_parse.POSSESSIVE_REPEAT} if hasattr(_sre_parse, "POSSESSIVE_REPEAT") else set()
)


def _nested_repeat(node, in_repeat: bool = False) -> bool:
    """Whether a parsed expression repeats (max > 1) something that itself repeats, at any
    depth: ((ab)+)+ and (?:(?:a|b)+)* as well as the (a+)+ that NESTED_QUANTIFIER sees."""
    if isinstance(node, _sre_parse.SubPattern):
        node = node.data
    if not isinstance(node, (list, tuple)):
        return False
    for item in node:
        if isinstance(item, tuple) and len(item) == 2 and item[0] in _REPEATS:
            _low, high, body = item[1]
            if high > 1 and in_repeat:
                return True
            if _nested_repeat(body, in_repeat or high > 1):
                return True
        elif isinstance(item, (tuple, list, _sre_parse.SubPattern)) and _nested_repeat(item, in_repeat):
            return True
    return False


def check_regex(expression: str, fail: Fail, field: str) -> None:
    if len(expression) > MAX_REGEX_LENGTH:
        raise fail(f"reguliere expressie langer dan {MAX_REGEX_LENGTH} tekens", field)
    try:
        nested = bool(NESTED_QUANTIFIER.search(expression)) or _nested_repeat(_sre_parse.parse(expression))
    except (re.error, RecursionError, OverflowError):
        nested = False  # reported as invalid just below
    if nested:
        raise fail(
            "reguliere expressie met een geneste herhaling zoals (a+)+ kan eindeloos blijven zoeken; "
            "schrijf haar zonder de geneste herhaling",
            field,
        )
    try:
        re.compile(expression)
    except re.error as error:
        where = "" if error.pos is None else f" (bij teken {error.pos + 1})"
        raise fail(f"ongeldige reguliere expressie{where}", field) from None


def _walk_regexes(value, field: str):
    """Yield (regex, field path) for every REGEX operator inside a token pattern."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key == "REGEX" and isinstance(inner, str):
                yield inner, f"{field}.{key}"
            else:
                yield from _walk_regexes(inner, f"{field}.{key}")
    elif isinstance(value, list):
        for i, inner in enumerate(value):
            yield from _walk_regexes(inner, f"{field}[{i}]")


def check_token(token: dict, fail: Fail, field: str) -> None:
    """The attribute names, value operators and OP of one token of a Matcher pattern."""
    for key, value in token.items():
        name = str(key).upper()
        if name not in TOKEN_KEYS:
            raise fail(f"onbekend tokenattribuut '{key}'{did_you_mean(name, TOKEN_KEYS)}", field)
        if name == "OP":
            if not isinstance(value, str) or not OPERATOR.fullmatch(value):
                raise fail(
                    f"OP moet !, ?, *, + of {{n}}, {{n,m}}, {{n,}}, {{,m}} zijn, niet '{value}'", f"{field}.{key}"
                )
        elif name != "_" and isinstance(value, dict):
            for operator in value:
                if str(operator).upper() not in VALUE_KEYS:
                    raise fail(
                        f"onbekende operator '{operator}'{did_you_mean(str(operator).upper(), VALUE_KEYS)}",
                        f"{field}.{key}",
                    )


def check_token_patterns(patterns, fail: Fail, field: str, dependency: bool = False) -> None:
    if not isinstance(patterns, list) or not patterns:
        raise fail("verwacht een niet-lege lijst met tokenpatronen", field)
    for i, pattern in enumerate(patterns):
        if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
            raise fail("een tokenpatroon is een lijst met mappings, één per token", f"{field}[{i}]")
        for j, token in enumerate(pattern):
            where = f"{field}[{i}][{j}]"
            if dependency:
                unknown = [k for k in token if k not in DEPENDENCY_KEYS]
                if unknown:
                    raise fail(
                        f"onbekende sleutel '{unknown[0]}' (kies uit {', '.join(sorted(DEPENDENCY_KEYS))})", where
                    )
                if isinstance(token.get("RIGHT_ATTRS"), dict):
                    check_token(token["RIGHT_ATTRS"], fail, where + ".RIGHT_ATTRS")
            else:
                check_token(token, fail, where)
    for regex, where in _walk_regexes(patterns, field):
        check_regex(regex, fail, where)


_PYDANTIC_PROBLEMS = {
    "Extra inputs are not permitted": "is niet toegestaan",
    "Input should be a valid string": "moet tekst zijn",
    "Input should be a valid integer": "moet een geheel getal zijn",
    "Input should be a valid boolean": "moet true of false zijn",
    "Input should be a valid list": "moet een lijst zijn",
}


def spacy_problem(message: str) -> str:
    """What spaCy (or its pydantic schema) says is wrong with a pattern, in Dutch: the
    place it names ("0 -> CASEINSENSITIVE") and the kind of problem, or its error code."""
    located = re.match(r"\[(?:pattern -> )?(.*?)\] (.*)", message.strip())
    if located:
        detail = _PYDANTIC_PROBLEMS.get(located.group(2).strip(), "heeft een ongeldige waarde")
        return f"ongeldig tokenpatroon: {located.group(1)} {detail}"
    code = re.search(r"\[(E\d+)\]", message)
    return f"ongeldig spaCy-patroon ({code.group(1)})" if code else "ongeldig spaCy-patroon"


def validate_with_spacy(patterns: list, fail: Fail, field: str) -> None:
    """spaCy's own validation of Matcher patterns (imports spaCy: run when compiling)."""
    from spacy.schemas import validate_token_pattern

    for i, pattern in enumerate(patterns):
        errors = validate_token_pattern(pattern)
        if errors:
            raise fail(spacy_problem(errors[0]), f"{field}[{i}]")


def rule_fail(rule: Rule) -> Fail:
    """An error about one of the rule's fields, naming its file and id."""

    def fail(message: str, field: str) -> RuleError:
        return RuleError(rule.path, message, rule.id, field)

    return fail


def add_to_matcher(rule: Rule, matcher: Any, **options: Any) -> None:
    """Add the rule's patterns to a spaCy matcher (with `options`), then validate its
    `unless` patterns: what spaCy rejects becomes an error naming the rule's file, id and
    field."""
    fail = rule_fail(rule)
    try:
        matcher.add(rule.id, rule.spec["patterns"], **options)
    except (ValueError, KeyError, TypeError) as error:
        raise fail(spacy_problem(str(error)), "patterns") from None
    validate_with_spacy(rule.spec.get("unless", []), fail, "unless")
