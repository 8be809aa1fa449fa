"""Strict checks of the fields of a rule file: unknown fields and wrong types are errors
that name the file, the rule and the field (as Vale's `definition.go`)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from missionlint.errors import RuleError
from missionlint.hints import did_you_mean

Fail = Callable[[str, str], Exception]  # (message, field) -> the error to raise

_TYPE_NAMES = {
    str: "tekst",
    int: "een getal",
    float: "een getal",
    list: "een lijst",
    dict: "een mapping",
    bool: "true/false",
}


def require_choice(spec: dict, field: str, choices: Sequence[str], fail: Fail, message: str, default=None) -> dict:
    """`spec` when its `field` (or `default` when absent) is one of `choices`; else
    `message` ("... {choices}") as the rule's error on that field."""
    if spec.get(field, default) not in choices:
        raise fail(message.format(choices=", ".join(choices)), field)
    return spec


def type_name(expected) -> str:
    if isinstance(expected, tuple):
        return " of ".join(sorted({_TYPE_NAMES[t] for t in expected}))
    return _TYPE_NAMES[expected]


def _what(value) -> str:
    for kind, name in _TYPE_NAMES.items():
        if isinstance(value, kind):
            return name
    return "iets anders" if value is not None else "niets"


def check_fields(data: dict, allowed: dict, path: Path | str, rule: str | None, prefix: str = "") -> None:
    """Every key of `data` is in `allowed` ({field: type or tuple of types})."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in allowed:
            raise RuleError(str(path), f"onbekend veld{did_you_mean(str(key), allowed)}", rule, name)
        expected = allowed[key]
        if isinstance(value, bool) and expected is not bool:
            raise RuleError(str(path), f"verwacht {type_name(expected)}, niet true/false", rule, name)
        if not isinstance(value, expected):
            raise RuleError(str(path), f"verwacht {type_name(expected)}, niet {_what(value)}", rule, name)


def expand_uses(entries: list, shared: Mapping[str, Sequence], what: str, fail: Fail, field: str) -> list:
    """`entries` with each `{use: NAME}` replaced by the items of `shared[NAME]` (shared
    pattern sets, word lists); other entries are kept as they are."""
    out: list = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or "use" not in entry:
            out.append(entry)  # an item, or a mistake that later validation reports
            continue
        name = entry.get("use")
        if set(entry) != {"use"} or not isinstance(name, str):
            raise fail(f"een gedeelde {what} noemt u als {{use: NAAM}}", f"{field}[{i}]")
        if name not in shared:
            raise fail(f"onbekende {what} '{name}'{did_you_mean(name, shared)}", f"{field}[{i}].use")
        out.extend(shared[name])
    return out
