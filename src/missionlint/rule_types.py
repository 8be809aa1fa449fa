"""The handful of rule types and the checks on their own fields.

These checks run at load time without spaCy; spaCy's own pattern validation runs when
the engine compiles the rules (`engine.compile_rules`), with the same error format.
"""

from __future__ import annotations

import re
from typing import Callable

from missionlint.metrics import METRICS

Fail = Callable[[str, str], Exception]

# A group that repeats and itself contains a repeat, e.g. (a+)+ or (\w*)*: the classic
# shape of catastrophic backtracking. Rules with it are refused at load.
NESTED_QUANTIFIER = re.compile(r"\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*(?:[+*]|\{\d*,\d*\})")
MAX_REGEX_LENGTH = 200
CUE_KINDS = ("missie", "visie", "waarden", "strategie")


def check_regex(expression: str, fail: Fail, field: str) -> None:
    if len(expression) > MAX_REGEX_LENGTH:
        raise fail(f"regular expression longer than {MAX_REGEX_LENGTH} characters", field)
    if NESTED_QUANTIFIER.search(expression):
        raise fail("regular expression with a nested quantifier such as (a+)+ can backtrack "
                   "catastrophically; rewrite it without the nested repeat", field)
    try:
        re.compile(expression)
    except re.error as error:
        raise fail(f"invalid regular expression: {error}", field) from None


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


def check_token_patterns(patterns, fail: Fail, field: str) -> None:
    if not isinstance(patterns, list) or not patterns:
        raise fail("expected a non-empty list of token patterns", field)
    for i, pattern in enumerate(patterns):
        if not isinstance(pattern, list) or not pattern or not all(isinstance(t, dict) for t in pattern):
            raise fail("a token pattern is a list of mappings, one per token", f"{field}[{i}]")
    for regex, where in _walk_regexes(patterns, field):
        check_regex(regex, fail, where)


def validate_spec(rule_type: str, spec: dict, fail: Fail) -> None:
    if rule_type in ("pattern", "dependency"):
        if "patterns" not in spec:
            raise fail("missing required field", "patterns")
        check_token_patterns(spec["patterns"], fail, "patterns")
        if "unless" in spec:
            check_token_patterns(spec["unless"], fail, "unless")
        if spec.get("greedy", "LONGEST") not in ("LONGEST", "FIRST"):
            raise fail("must be LONGEST or FIRST", "greedy")
        if spec.get("unless_scope", "sentence") not in ("sentence", "section"):
            raise fail("must be sentence or section", "unless_scope")
    elif rule_type == "terms":
        if spec.get("attr", "LOWER") not in ("LOWER", "LEMMA"):
            raise fail("must be LOWER or LEMMA", "attr")
        terms = spec.get("terms")
        if not terms:
            raise fail("expected a non-empty list of terms", "terms")
        for i, term in enumerate(terms):
            if isinstance(term, str):
                continue
            if not isinstance(term, dict) or not isinstance(term.get("term"), str):
                raise fail("a term is text or a mapping with 'term' (and optional 'replacement', 'question')",
                           f"terms[{i}]")
            unknown = set(term) - {"term", "replacement", "question"}
            if unknown:
                raise fail(f"unknown field '{sorted(unknown)[0]}'", f"terms[{i}]")
    elif rule_type == "metric":
        if spec.get("metric") not in METRICS:
            raise fail(f"unknown metric; one of {', '.join(sorted(METRICS))}", "metric")
        if "max" not in spec and "min" not in spec:
            raise fail("a metric rule needs 'max' or 'min'", "max")
    elif rule_type == "consistency":
        from missionlint.consistency import CHECKS

        if spec.get("check") not in CHECKS:
            raise fail(f"unknown check; one of {', '.join(CHECKS)}", "check")
    elif rule_type == "cues":
        cues = spec.get("cues")
        if not cues:
            raise fail("missing required field", "cues")
        for kind, items in cues.items():
            where = f"cues.{kind}"
            if kind not in CUE_KINDS:
                raise fail(f"unknown kind; one of {', '.join(CUE_KINDS)}", where)
            if not isinstance(items, list):
                raise fail("expected a list of cues", where)
            for i, cue in enumerate(items):
                if not isinstance(cue, dict) or set(cue) - {"label", "weight", "pattern"} or "pattern" not in cue:
                    raise fail("a cue is a mapping with 'label', 'weight' and 'pattern'", f"{where}[{i}]")
                if not isinstance(cue.get("weight", 1), (int, float)):
                    raise fail("expected a number", f"{where}[{i}].weight")
                check_token_patterns([cue["pattern"]], fail, f"{where}[{i}].pattern")
