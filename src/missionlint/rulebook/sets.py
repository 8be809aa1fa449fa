"""Named sets of token patterns that several rules share (`rules/sets/*.yaml`).

The role rules fall silent when a text also names what changes for others ("..., zodat
...", "Daar werken wij aan.", "In 2035 wonen alle ouderen ..."), and ML108 counts the same
forms as a purpose. Written out in every rule those lists drifted apart, so a rule names
the set instead:

    unless:
      - use: outcome-named
      - [{LOWER: ...}]        # patterns of this rule only

An entry `{use: NAME}` in `patterns` or `unless` is replaced by the set's patterns when the
rule is parsed, so the engine and spaCy's pattern validation see plain patterns. Sets ship
with the package; user rules can use them but not define new ones.
"""

from __future__ import annotations

from functools import cache

from missionlint.checks.patterns import check_token_patterns
from missionlint.errors import RuleError
from missionlint.rulebook.data import SETS_FOLDER, builtin_rules_dir, read_builtin
from missionlint.rulebook.schema import Fail, expand_uses
from missionlint.rulebook.vocabulary import expand_words

SET_FIELDS = {"name": str, "description": str, "patterns": list}


@cache
def builtin_sets() -> dict[str, list]:
    """Every built-in set by name, validated once per process."""
    sets: dict[str, list] = {}
    for path in sorted((builtin_rules_dir() / SETS_FOLDER).glob("*.yaml")):
        data = read_builtin(path)
        if not isinstance(data, dict) or set(data) != set(SET_FIELDS):
            raise RuleError(str(path), f"een patroonset heeft precies de velden {', '.join(SET_FIELDS)}")

        def fail(message: str, field: str, path=path) -> RuleError:
            return RuleError(str(path), message, None, field)

        patterns = expand_words(data["patterns"], fail, "patterns")
        check_token_patterns(patterns, fail, "patterns")
        sets[data["name"]] = patterns
    return sets


def expand(entries: list, fail: Fail, field: str) -> list:
    """`entries` with each `{use: NAME}` replaced by the patterns of set NAME."""
    return expand_uses(entries, builtin_sets(), "patroonset", fail, field)
