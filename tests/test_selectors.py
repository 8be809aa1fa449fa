"""One selector semantics: the command line, the configuration and suppression comments
resolve `ml101`, `ML101`, `role-phrasing` and `framing` the same way."""

from __future__ import annotations

import json
import re

import pytest
from typer.testing import CliRunner

from missionlint.cli import app
from missionlint.rulebook import selectors
from missionlint.rulebook.loading import load_rules
from missionlint.rulebook.templating import PLACEHOLDER_NAMES

runner = CliRunner()
TEXT = "De stad schoonmaken.\n"


def rule_ids(*args: str, stdin: str = TEXT) -> list[str]:
    result = runner.invoke(
        app, ["check", "-", "--kind", "missie", "--format", "json", "--no-cache", *args], input=stdin
    )
    assert result.exit_code in (0, 1), result.output
    return sorted({f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]})


@pytest.mark.parametrize("selector", ["ML101", "ml101", "Ml101", "role-phrasing", "ROLE-PHRASING"])
def test_select_on_the_command_line(selector):
    assert rule_ids("--select", selector) == ["ML101"]


@pytest.mark.parametrize("selector", ["ml101", "ML101", "role-phrasing"])
def test_ignore_on_the_command_line(selector):
    assert "ML101" not in rule_ids("--ignore", selector)
    assert "ML101" in rule_ids()


@pytest.mark.parametrize("selector", ["ml101", "ML101", "role-phrasing", "framing"])
def test_select_in_the_configuration(tmp_path, monkeypatch, selector):
    (tmp_path / ".missionlint.yaml").write_text(f"select: [{selector}]\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    ids = rule_ids()
    assert "ML101" in ids and all(i.startswith("ML1") for i in ids)


@pytest.mark.parametrize("selector", ["ml101", "ML101", "role-phrasing", "framing"])
def test_select_in_a_suppression_comment(selector):
    ids = rule_ids(stdin=f"<!-- missionlint-disable {selector} -->\n{TEXT}")
    assert "ML101" not in ids


def test_unknown_selector_is_refused_with_a_hint():
    result = runner.invoke(app, ["check", "-", "--select", "ML1O1"], input=TEXT)
    assert result.exit_code == 2
    assert "'ML1O1'" in result.output and "ML101" in result.output


def test_selector_semantics_directly():
    rules = load_rules()
    assert selectors.pick(rules, ["ml101"]) == {"ML101"}
    assert selectors.pick(rules, ["all"]) == {r.id for r in rules if not r.optional}
    assert selectors.pick(rules, ["ambition"]) == {"ML501"}
    assert selectors.unknown(["ml101", "framing", "all", "nope"], rules) == ["nope"]


@pytest.mark.parametrize("rule", [r for r in load_rules() if r.rewrite.get("template")], ids=lambda r: r.id)
def test_explain_shows_the_template_with_its_placeholders(rule):
    result = runner.invoke(app, ["explain", rule.id])
    assert result.exit_code == 0, result.output
    template = rule.rewrite["template"]
    for bracketed in re.findall(r"\[[^\]]+\]", template):
        assert bracketed in result.stdout, (rule.id, bracketed)
    for name in re.findall(r"\{(\w+)", template):  # {text}, {value}: explained, never shown raw
        assert "{" + name not in result.stdout
        assert name == "threshold" or PLACEHOLDER_NAMES[name] in result.stdout
