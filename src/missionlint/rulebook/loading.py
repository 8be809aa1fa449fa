"""Rules as data: load and validate the YAML rule files.

One rule per file, in folders per category (`rules/framing/ML101-role-phrasing.yaml`).
Loading checks the schema strictly (unknown fields are errors) and reports the file, the
rule and the field. It never imports spaCy, so `missionlint rules` and `explain` start
fast; spaCy validates the token patterns when the engine compiles them.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from missionlint.checks.registry import RULE_TYPES
from missionlint.errors import RuleError, os_reason
from missionlint.hints import did_you_mean
from missionlint.parser_messages import yaml_error
from missionlint.rulebook.data import TRUSTED_LOADER, builtin_rules_dir, is_data_file
from missionlint.rulebook.model import APPLIES_TO, CATEGORIES, SEVERITIES, SIGNALS, Example, Rule
from missionlint.rulebook.schema import check_fields, require_choice
from missionlint.rulebook.vocabulary import Vocabulary, expand_words, parse_vocabulary

ID_PATTERN = re.compile(r"^ML\d{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")
COMMON_FIELDS = {
    "id": str,
    "name": str,
    "category": str,
    "type": str,
    "severity": str,
    "weight": (int, float),
    "confidence": (int, float),
    "applies_to": list,
    "summary": str,
    "message": str,
    "explanation": str,
    "examples": dict,
    "rewrite": dict,
    "notes": str,
    "signals": str,
    "accept_list": bool,
}
REQUIRED = (
    "id",
    "name",
    "category",
    "type",
    "severity",
    "weight",
    "applies_to",
    "summary",
    "message",
    "explanation",
    "examples",
)
REWRITE_FIELDS = {"helper": str, "template": str, "replace": str, "safe": bool}
EXAMPLE_FIELDS = {"bad": list, "good": list}


def _examples(raw: list, path: Path | str, rule: str | None, name: str) -> tuple[Example, ...]:
    out = []
    for i, item in enumerate(raw):
        where = f"examples.{name}[{i}]"
        if isinstance(item, str):
            out.append(Example(item))
            continue
        if not isinstance(item, dict):
            raise RuleError(path, "verwacht tekst of een mapping met 'text'", rule, where)
        check_fields(
            item, {"text": str, "kind": str, "rewrite": str, "format": str, "vocabulary": dict}, path, rule, where + "."
        )
        if item.get("format", "text") not in ("text", "markdown", "yaml"):
            raise RuleError(path, "moet text, markdown of yaml zijn", rule, where + ".format")
        if "text" not in item:
            raise RuleError(path, "'text' ontbreekt", rule, where)
        if item.get("kind") and item["kind"] not in APPLIES_TO:
            raise RuleError(path, f"onbekende soort '{item['kind']}'", rule, where + ".kind")
        vocabulary = Vocabulary()
        if "vocabulary" in item:

            def fail(message: str, field: str, where: str = where) -> RuleError:
                return RuleError(path, message, rule, f"{where}.{field}")

            vocabulary = parse_vocabulary(item["vocabulary"], fail)
        out.append(Example(item["text"], item.get("kind"), item.get("rewrite"), item.get("format", "text"), vocabulary))
    return tuple(out)


def parse_rule(data: Any, path: Path | str) -> Rule:
    """Validate one rule file's content and build the Rule."""
    if not isinstance(data, dict):
        raise RuleError(path, "een regelbestand bevat één mapping met velden")
    rule = data.get("id") if isinstance(data.get("id"), str) else None

    def fail(message: str, name: str) -> RuleError:
        return RuleError(str(path), message, rule, name)

    one_of = "moet een van deze zijn: {choices}"
    rule_type = require_choice(data, "type", list(RULE_TYPES), fail, one_of)["type"]
    definition = RULE_TYPES[rule_type]
    check_fields(data, {**COMMON_FIELDS, **definition.fields}, path, rule)
    for key in REQUIRED:
        if key not in data:
            raise RuleError(path, "verplicht veld ontbreekt", rule, key)
    if not ID_PATTERN.match(data["id"]):
        raise RuleError(path, "moet eruitzien als ML101", rule, "id")
    if not NAME_PATTERN.match(data["name"]):
        raise RuleError(path, "moet kleine letters met streepjes zijn, zoals role-phrasing", rule, "name")
    for key, allowed in (("category", CATEGORIES), ("severity", SEVERITIES)):
        require_choice(data, key, allowed, fail, one_of)
    for kind in data["applies_to"]:
        if kind not in APPLIES_TO:
            choices = ", ".join(f"'{k}'" for k in APPLIES_TO)
            raise RuleError(path, f"onbekende soort '{kind}' (kies uit {choices})", rule, "applies_to")
    if data.get("signals") is not None:
        require_choice(data, "signals", SIGNALS, fail, one_of)
    if not 0 <= float(data.get("confidence", 0.8)) <= 1:
        raise RuleError(path, "moet tussen 0 en 1 liggen", rule, "confidence")
    rewrite = data.get("rewrite", {})
    check_fields(rewrite, REWRITE_FIELDS, path, rule, "rewrite.")
    from missionlint.rulebook.templating import template_error

    for name, template in (("message", data["message"]), ("rewrite.template", rewrite.get("template"))):
        problem = template_error(template) if template is not None else None
        if problem:
            raise RuleError(path, problem, rule, name)
    if "helper" in rewrite:
        from missionlint.fix.rewrite import REWRITE_HELPERS as HELPER_NAMES

        if rewrite["helper"] not in HELPER_NAMES:
            raise RuleError(
                path,
                f"onbekende herschrijfhulp '{rewrite['helper']}'{did_you_mean(rewrite['helper'], HELPER_NAMES)}",
                rule,
                "rewrite.helper",
            )
    examples = data["examples"]
    check_fields(examples, EXAMPLE_FIELDS, path, rule, "examples.")
    bad = _examples(examples.get("bad", []), path, rule, "bad")
    good = _examples(examples.get("good", []), path, rule, "good")
    if not bad or not good:
        raise RuleError(path, "elke regel heeft minstens één fout en één goed voorbeeld nodig", rule, "examples")
    spec = {k: v for k, v in data.items() if k in definition.fields}
    spec = definition.prepare(expand_words(spec, fail, ""), fail)
    return Rule(
        id=data["id"],
        name=data["name"],
        category=data["category"],
        type=rule_type,
        severity=data["severity"],
        weight=float(data["weight"]),
        applies_to=tuple(data["applies_to"]),
        summary=data["summary"].strip(),
        message=data["message"].strip(),
        explanation=data["explanation"].strip(),
        bad=bad,
        good=good,
        path=str(path),
        confidence=float(data.get("confidence", 0.8)),
        rewrite=rewrite,
        spec=spec,
        signals=data.get("signals"),
        accept_list=bool(data.get("accept_list", False)),
    )


def load_rule_file(path: Path, trusted: bool = False) -> Rule:
    """One rule from `path`; `trusted` (built-in) files may use the fast C parser."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "geen UTF-8"
        raise RuleError(path, f"kan het regelbestand niet lezen: {reason}") from error
    try:
        data = yaml.load(text, Loader=TRUSTED_LOADER if trusted else yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError) as error:
        message, line, column = yaml_error(error, text)
        raise RuleError(path, message, line=line, column=column) from error
    return parse_rule(data, path)


def load_rules(extra_dirs: list[Path] | tuple[Path, ...] = ()) -> list[Rule]:
    """All built-in rules plus those in `extra_dirs`, sorted by id; ids and names are unique."""
    rules: list[Rule] = []
    builtin = builtin_rules_dir()
    for folder in [builtin, *map(Path, extra_dirs)]:
        if not folder.is_dir():
            raise RuleError(folder, "regelmap bestaat niet")
        for path in sorted(folder.rglob("*.yaml")) + sorted(folder.rglob("*.yml")):
            if folder == builtin and is_data_file(path, folder):
                continue  # shared pattern sets and word lists, not rules
            rules.append(load_rule_file(path, trusted=folder == builtin))
    seen: dict[str, Rule] = {}
    for rule in rules:
        for key in (rule.id, rule.name):
            if key in seen:
                raise RuleError(
                    rule.path,
                    f"{'id' if key == rule.id else 'naam'} '{key}' komt twee keer voor (ook in {seen[key].path})",
                    rule.id,
                    "id" if key == rule.id else "name",
                )
            seen[key] = rule
    return sorted(rules, key=lambda r: r.id)
