"""Word lists that rules and metrics share (`rules/vocabulary/*.yaml`), as Vale's
vocabularies: one list of the people an organisation is for, read by every rule that asks
"for whom?" and by the inward-focus metric, instead of copies that drift apart.

In a token pattern, an `IN` or `NOT_IN` list may name lists among its words:

    LOWER: {IN: [{use: people}, {use: everyone}, elkaar]}

The names are replaced by the words when the rule loads, so spaCy sees a plain list.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from missionlint.errors import RuleError
from missionlint.rulebook.data import VOCABULARY_FOLDER, builtin_rules_dir, read_builtin
from missionlint.rulebook.schema import Fail, expand_uses

LIST_FIELDS = {"name", "description", "words"}


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every built-in word list by name, validated once per process."""
    lists: dict[str, tuple[str, ...]] = {}
    for path in sorted((builtin_rules_dir() / VOCABULARY_FOLDER).glob("*.yaml")):
        data = read_builtin(path)
        if (
            not isinstance(data, dict)
            or set(data) != LIST_FIELDS
            or not all(isinstance(w, str) and w for w in data.get("words") or [None])
        ):
            raise RuleError(
                str(path),
                f"een woordenlijst heeft precies de velden {', '.join(sorted(LIST_FIELDS))}, en haar woorden zijn tekst",
            )
        lists[data["name"]] = tuple(data["words"])
    return lists


def words(*names: str) -> frozenset[str]:
    """The words of the named lists together."""
    return frozenset(word for name in names for word in vocabulary()[name])


def expand_words(value: Any, fail: Fail, field: str) -> Any:
    """`value` (a rule's fields, a pattern, ...) with every `{use: NAME}` inside an IN or
    NOT_IN list replaced by the words of list NAME."""
    if isinstance(value, list):
        return [expand_words(item, fail, f"{field}[{i}]") for i, item in enumerate(value)]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, inner in value.items():
        where = f"{field}.{key}" if field else str(key)
        if key in ("IN", "NOT_IN") and isinstance(inner, list):
            out[key] = _flatten(inner, fail, where)
        else:
            out[key] = expand_words(inner, fail, where)
    return out


def _flatten(items: list, fail: Fail, field: str) -> list:
    return list(dict.fromkeys(expand_uses(items, vocabulary(), "word list", fail, field)))
