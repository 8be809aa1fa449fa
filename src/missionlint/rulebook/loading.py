"""Rules as data: load and validate the YAML rule files.

One rule per file, in folders per category (`rules/framing/ML101-role-phrasing.yaml`).
Loading checks the schema strictly (unknown fields are errors) and reports the file, the
rule and the field. It never imports spaCy, so `missionlint rules` and `explain` start
fast; spaCy validates the token patterns when the engine compiles them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from missionlint.sources.model import LINTED_KINDS

RULE_TYPES = ("pattern", "dependency", "terms", "metric", "cues", "consistency")
CATEGORIES = ("framing", "kind", "language", "consistency", "ambition", "learning")
SEVERITIES = ("info", "warning", "error")
OPTIONAL_CATEGORIES = ("ambition", "learning")  # packs that run only when selected
APPLIES_TO = LINTED_KINDS + ("ambitie", "unknown")
ID_PATTERN = re.compile(r"^ML\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")

COMMON_FIELDS = {
    "id": str, "name": str, "category": str, "type": str, "severity": str, "weight": (int, float),
    "confidence": (int, float), "applies_to": list, "summary": str, "message": str,
    "explanation": str, "examples": dict, "rewrite": dict, "notes": str,
}
TYPE_FIELDS = {
    "pattern": {"patterns": list, "greedy": str, "unless": list, "unless_scope": str, "absent": bool},
    "dependency": {"patterns": list, "unless": list, "unless_scope": str},
    "terms": {"attr": str, "terms": list},
    "metric": {"metric": str, "max": (int, float), "min": (int, float)},
    "cues": {"cues": dict, "margin": (int, float)},
    "consistency": {"check": str},
}
REQUIRED = ("id", "name", "category", "type", "severity", "weight", "applies_to", "summary", "message",
            "explanation", "examples")
REWRITE_FIELDS = {"helper": str, "template": str, "replace": str, "safe": bool}
EXAMPLE_FIELDS = {"bad": list, "good": list}


class RuleError(Exception):
    """A rule file that does not validate: names the file, the rule and the field."""

    def __init__(self, path: Path | str, message: str, rule: str | None = None, field: str | None = None,
                 line: int | None = None, column: int | None = None):
        self.path, self.rule, self.field, self.line, self.column = str(path), rule, field, line, column
        where = self.path + (f":{line}" if line else "") + (f":{column}" if line and column else "")
        parts = [where]
        if rule:
            parts.append(f"rule {rule}")
        if field:
            parts.append(f"field '{field}'")
        super().__init__(": ".join(parts) + ": " + message)


@dataclass(frozen=True)
class Example:
    text: str
    kind: str | None = None
    rewrite: str | None = None
    format: str = "text"  # "markdown" or "yaml" for examples with several sections


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    category: str
    type: str
    severity: str
    weight: float
    applies_to: tuple[str, ...]
    summary: str
    message: str
    explanation: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    path: str
    confidence: float = 0.8
    rewrite: dict = field(default_factory=dict)
    spec: dict = field(default_factory=dict)  # the type's own fields, as written

    @property
    def optional(self) -> bool:
        return self.category in OPTIONAL_CATEGORIES

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id, "name": self.name, "category": self.category, "type": self.type,
            "severity": self.severity, "weight": self.weight, "applies_to": list(self.applies_to),
            "optional": self.optional, "summary": self.summary,
        }


def _type_name(expected) -> str:
    names = {str: "text", int: "number", float: "number", list: "list", dict: "mapping", bool: "true/false"}
    if isinstance(expected, tuple):
        return " or ".join(sorted({names[t] for t in expected}))
    return names[expected]


def _check_fields(data: dict, allowed: dict, path, rule, prefix: str = "") -> None:
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in allowed:
            hint = _did_you_mean(str(key), allowed)
            raise RuleError(path, f"unknown field{hint}", rule, name)
        expected = allowed[key]
        if isinstance(value, bool) and expected is not bool:
            raise RuleError(path, f"expected {_type_name(expected)}, got true/false", rule, name)
        if not isinstance(value, expected):
            raise RuleError(path, f"expected {_type_name(expected)}, got {type(value).__name__}", rule, name)


def _did_you_mean(word: str, options) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _examples(raw: list, path, rule: str, name: str) -> tuple[Example, ...]:
    out = []
    for i, item in enumerate(raw):
        where = f"examples.{name}[{i}]"
        if isinstance(item, str):
            out.append(Example(item))
            continue
        if not isinstance(item, dict):
            raise RuleError(path, "expected text or a mapping with 'text'", rule, where)
        _check_fields(item, {"text": str, "kind": str, "rewrite": str, "format": str}, path, rule, where + ".")
        if item.get("format", "text") not in ("text", "markdown", "yaml"):
            raise RuleError(path, "must be text, markdown or yaml", rule, where + ".format")
        if "text" not in item:
            raise RuleError(path, "missing 'text'", rule, where)
        if item.get("kind") and item["kind"] not in APPLIES_TO:
            raise RuleError(path, f"unknown kind '{item['kind']}'", rule, where + ".kind")
        out.append(Example(item["text"], item.get("kind"), item.get("rewrite"), item.get("format", "text")))
    return tuple(out)


def parse_rule(data: Any, path: Path | str) -> Rule:
    """Validate one rule file's content and build the Rule."""
    if not isinstance(data, dict):
        raise RuleError(path, "a rule file holds one mapping of fields")
    rule = data.get("id") if isinstance(data.get("id"), str) else None
    rule_type = data.get("type")
    if rule_type not in RULE_TYPES:
        raise RuleError(path, f"must be one of {', '.join(RULE_TYPES)}", rule, "type")
    _check_fields(data, {**COMMON_FIELDS, **TYPE_FIELDS[rule_type]}, path, rule)
    for key in REQUIRED:
        if key not in data:
            raise RuleError(path, "missing required field", rule, key)
    if not ID_PATTERN.match(data["id"]):
        raise RuleError(path, "must look like ML101", rule, "id")
    if not NAME_PATTERN.match(data["name"]):
        raise RuleError(path, "must be kebab-case, e.g. role-phrasing", rule, "name")
    for key, allowed in (("category", CATEGORIES), ("severity", SEVERITIES)):
        if data[key] not in allowed:
            raise RuleError(path, f"must be one of {', '.join(allowed)}", rule, key)
    for kind in data["applies_to"]:
        if kind not in APPLIES_TO:
            raise RuleError(path, f"unknown kind '{kind}' (one of {', '.join(APPLIES_TO)})", rule, "applies_to")
    if not 0 <= float(data.get("confidence", 0.8)) <= 1:
        raise RuleError(path, "must lie between 0 and 1", rule, "confidence")
    rewrite = data.get("rewrite", {})
    _check_fields(rewrite, REWRITE_FIELDS, path, rule, "rewrite.")
    from missionlint.rulebook.templating import template_error

    for name, template in (("message", data["message"]), ("rewrite.template", rewrite.get("template"))):
        problem = template_error(template) if template is not None else None
        if problem:
            raise RuleError(path, problem, rule, name)
    if "helper" in rewrite:
        from missionlint.fix.rewrite import REWRITE_HELPERS as HELPER_NAMES

        if rewrite["helper"] not in HELPER_NAMES:
            raise RuleError(path, f"unknown rewrite helper '{rewrite['helper']}'"
                            f"{_did_you_mean(rewrite['helper'], HELPER_NAMES)}", rule, "rewrite.helper")
    examples = data["examples"]
    _check_fields(examples, EXAMPLE_FIELDS, path, rule, "examples.")
    bad = _examples(examples.get("bad", []), path, rule, "bad")
    good = _examples(examples.get("good", []), path, rule, "good")
    if not bad or not good:
        raise RuleError(path, "every rule needs at least one bad and one good example", rule, "examples")
    spec = {k: v for k, v in data.items() if k in TYPE_FIELDS[rule_type]}
    from missionlint.rulebook.sets import expand
    from missionlint.checks.patterns import validate_spec

    fail = lambda message, name: RuleError(path, message, rule, name)  # noqa: E731
    for name in ("patterns", "unless"):
        if isinstance(spec.get(name), list) and not (rule_type == "dependency" and name == "patterns"):
            spec[name] = expand(spec[name], fail, name)
    validate_spec(rule_type, spec, fail)
    return Rule(
        id=data["id"], name=data["name"], category=data["category"], type=rule_type,
        severity=data["severity"], weight=float(data["weight"]), applies_to=tuple(data["applies_to"]),
        summary=data["summary"].strip(), message=data["message"].strip(), explanation=data["explanation"].strip(),
        bad=bad, good=good, path=str(path), confidence=float(data.get("confidence", 0.8)),
        rewrite=rewrite, spec=spec,
    )


# libyaml parses our 30 rule files in a tenth of the time of the pure-Python parser (this is
# most of the start-up of `rules` and `explain`), but it recurses in C and crashes the process
# on pathologically nested input, so it reads only the rule files shipped with the package.
TRUSTED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_rule_file(path: Path, trusted: bool = False) -> Rule:
    """One rule from `path`; `trusted` (built-in) files may use the fast C parser."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=TRUSTED_LOADER if trusted else yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise RuleError(path, f"invalid YAML: {error.problem or error.context}",
                        line=mark.line + 1 if mark else None, column=mark.column + 1 if mark else None) from error
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as error:
        raise RuleError(path, f"cannot read rule file: {error}") from error
    except RecursionError as error:  # PyYAML builds nested collections recursively
        raise RuleError(path, "invalid YAML: lists or mappings nested too deeply") from error
    return parse_rule(data, path)


def builtin_rules_dir() -> Path:
    return Path(str(resources.files("missionlint.rules")))


def load_rules(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> list[Rule]:
    """All built-in rules plus those in `extra_dirs`, sorted by id; ids and names are unique."""
    from missionlint.rulebook.sets import is_set_file

    rules: list[Rule] = []
    builtin = builtin_rules_dir()
    for folder in [builtin, *map(Path, extra_dirs)]:
        if not folder.is_dir():
            raise RuleError(folder, "rule folder does not exist")
        for path in sorted(folder.rglob("*.yaml")) + sorted(folder.rglob("*.yml")):
            if folder == builtin and is_set_file(path, folder):
                continue  # shared pattern sets, not rules
            rules.append(load_rule_file(path, trusted=folder == builtin))
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.id, rule.name):
            if key in seen:
                raise RuleError(rule.path, f"duplicate {'id' if key == rule.id else 'name'} '{key}' "
                                f"(also in {seen[key].path})", rule.id, "id" if key == rule.id else "name")
            seen[key] = rule
    return sorted(rules, key=lambda r: r.id)


def select_rules(rules: list[Rule], select: list[str], ignore: list[str]) -> list[Rule]:
    """Resolve selectors (id, then name, then category) like sqlfluff; optional packs need selecting."""
    def matches(rule: Rule, selector: str) -> bool:
        return selector in (rule.id, rule.name, rule.category) or selector == "all"

    known = {r.id for r in rules} | {r.name for r in rules} | set(CATEGORIES) | {"all"}
    for selector in [*select, *ignore]:
        if selector not in known:
            raise ValueError(f"unknown rule or category '{selector}'{_did_you_mean(selector, known)}")
    chosen = []
    for rule in rules:
        if select:
            picked = any(matches(rule, s) for s in select)
            # Packs come along only when named themselves, never with "all" alone.
            if rule.optional and not any(s in (rule.id, rule.name, rule.category) for s in select):
                picked = False
        else:
            picked = not rule.optional
        if picked and not any(matches(rule, s) for s in ignore):
            chosen.append(rule)
    return chosen


def split_selectors(values: list[str] | None) -> list[str]:
    """`--select a,b --select c` -> ["a", "b", "c"]."""
    return [part.strip() for value in values or [] for part in value.split(",") if part.strip()]


def find_rule(rules: list[Rule], key: str) -> Rule | None:
    for rule in rules:
        if key in (rule.id, rule.name) or key.upper() == rule.id:
            return rule
    return None
