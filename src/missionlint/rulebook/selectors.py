"""Rule selectors, one semantics for the command line, the configuration and suppression
comments (as ruff's `RuleSelector`).

A selector names a rule by id (`ML101`, case-insensitive), by name (`role-phrasing`), or
a category (`framing`); `all` means every rule. Optional packs (`ambition`, `learning`)
are selected only when named themselves, never through `all` or the default set.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from missionlint.hints import suggestion
from missionlint.rulebook.model import CATEGORIES, Rule

ALL = "all"


def matches(rule: Rule, selector: str) -> bool:
    """Does `selector` name `rule` (by id, name or category), or is it `all`?"""
    return selector == ALL or names(rule, selector)


def names(rule: Rule, selector: str) -> bool:
    """Does `selector` name `rule` itself (not through `all`)?"""
    return selector.upper() == rule.id or selector.lower() in (rule.name, rule.category)


def known(rules: Iterable[Rule]) -> set[str]:
    rules = list(rules)
    return {r.id for r in rules} | {r.name for r in rules} | set(CATEGORIES) | {ALL}


def hint(selector: str, rules: Iterable[Rule]) -> str:
    """ " (bedoelt u 'x'?)" for an unknown selector; a rule id typed with look-alike
    letters ("ML1O1", "MLl02") means that id."""
    options = known(rules)
    upper = selector.upper()
    lookalike = "ML" + upper[2:].translate(str.maketrans("OIL", "011")) if upper.startswith("ML") else ""
    close = [lookalike] if lookalike in options else difflib.get_close_matches(selector, sorted(options), n=1)
    return suggestion(close[0] if close else None)


def unknown(selectors: Iterable[str], rules: Iterable[Rule]) -> list[str]:
    """The selectors that name no rule, category or `all`."""
    rules = list(rules)
    return [s for s in selectors if not (s == ALL or s.lower() in CATEGORIES or any(names(r, s) for r in rules))]


def validate(selectors: Iterable[str], rules: Iterable[Rule]) -> None:
    """ValueError naming the first unknown selector."""
    rules = list(rules)
    for selector in unknown(selectors, rules):
        raise ValueError(f"onbekende regel of categorie '{selector}'{hint(selector, rules)}")


def pick(rules: Iterable[Rule], selectors: Iterable[str]) -> set[str]:
    """The ids `selectors` select; an optional pack only when named itself."""
    selectors = list(selectors)
    return {r.id for r in rules if any(names(r, s) or (s == ALL and not r.optional) for s in selectors)}


def select(rules: list[Rule], chosen: list[str] | None, ignore: Iterable[str] = ()) -> list[Rule]:
    """The default set (every rule but the packs), or `chosen` instead; minus `ignore`."""
    ids = pick(rules, chosen) if chosen else {r.id for r in rules if not r.optional}
    ids -= {r.id for r in rules if any(matches(r, s) for s in ignore)}
    return [r for r in rules if r.id in ids]


def levels(rules: Iterable[Rule], severity: dict[str, str]) -> dict[str, str]:
    """Rule id -> level from a `severity` mapping; an id or name beats a category, which
    beats `all`."""
    out = {}
    for rule in rules:
        ranked = sorted(
            (
                (0 if s == ALL else 1 if s.lower() == rule.category else 2, level)
                for s, level in severity.items()
                if matches(rule, s)
            ),
            key=lambda p: p[0],
        )
        if ranked:
            out[rule.id] = ranked[-1][1]
    return out


def split(values: Iterable[str] | None) -> list[str]:
    """`--select a,b --select c` -> ["a", "b", "c"]."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def find(rules: Iterable[Rule], key: str) -> Rule | None:
    """The rule a single selector names by id or name (for `explain`)."""
    return next((r for r in rules if key.upper() == r.id or key.lower() == r.name), None)
