"""Bad rule folders: every broken rule is refused with one line naming the file, the rule and
the field, through the real CLI (`check --rules DIR` and `rules --rules DIR`), exit code 2,
no traceback.

Each row writes one or more rule files into a fresh folder; `expect` lists the fragments
the single stderr line must contain.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from test_bad_input import english_words
from typer.testing import CliRunner

from missionlint.cli import app

runner = CliRunner()


def rule(**changes) -> dict:
    """A small valid pattern rule; `changes` replace fields (None removes one)."""
    data = {
        "id": "ML990",
        "name": "test-rule",
        "category": "framing",
        "type": "pattern",
        "severity": "warning",
        "weight": 10,
        "applies_to": ["missie"],
        "summary": "Een testregel.",
        "message": "'{text}' is een testvondst.",
        "explanation": "Alleen voor de tests.",
        "examples": {"bad": ["De stad schoonmaken."], "good": ["Een schonere stad."]},
        "patterns": [[{"LOWER": "schoonmaken"}]],
    }
    for key, value in changes.items():
        if value is None:
            data.pop(key, None)
        else:
            data[key] = value
    return data


def dump(data) -> str:
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def pattern(*tokens) -> dict:
    return {"patterns": [list(tokens)]}


def cues_rule(kind: str, pattern: list | None = None, **changes) -> str:
    """A small cues rule with one cue "x" for `kind`; `changes` as for `rule`."""
    cue = {"label": "x", "weight": 1, "pattern": pattern or [{"LOWER": "x"}]}
    return dump(rule(type="cues", patterns=None, cues={kind: [cue]}, **changes))


GOOD = dump(rule())

# id, files {name: text}, fragments the error line must contain
CASES = [
    (
        "malformed-yaml",
        {"ML990-test-rule.yaml": GOOD.replace("applies_to:\n- missie", "applies_to: [missie\nsummary: x")},
        ["ML990-test-rule.yaml:", "ongeldige YAML"],
    ),
    (
        "malformed-yaml-line-col",
        {"ML990-test-rule.yaml": "id: ML990\nname: test-rule\ncategory: [framing\n"},
        ["ML990-test-rule.yaml:4:1:", "ongeldige YAML"],
    ),
    (
        "not-a-mapping",
        {"ML990-test-rule.yaml": "- id: ML990\n- name: test-rule\n"},
        ["ML990-test-rule.yaml", "één mapping"],
    ),
    ("empty-file", {"ML990-test-rule.yaml": ""}, ["ML990-test-rule.yaml", "één mapping"]),
    (
        "unknown-field",
        {"ML990-test-rule.yaml": dump({**rule(severity=None), "severty": "warning"})},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'severty'", "onbekend veld", "bedoelt u 'severity'"],
    ),
    (
        "unknown-type",
        {"ML990-test-rule.yaml": dump(rule(type="regex"))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'type'", "moet een van deze zijn"],
    ),
    (
        "missing-field",
        {"ML990-test-rule.yaml": dump(rule(message=None))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'message'", "verplicht veld ontbreekt"],
    ),
    (
        "wrong-type-number",
        {"ML990-test-rule.yaml": dump(rule(weight="zwaar"))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'weight'", "verwacht een getal"],
    ),
    (
        "wrong-type-list",
        {"ML990-test-rule.yaml": dump(rule(applies_to="missie"))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'applies_to'", "verwacht een lijst"],
    ),
    (
        # an "Ambitie" heading is read as one of the linted kinds: no section is ever "ambitie"
        "kind-no-section-has",
        {"ML990-test-rule.yaml": dump(rule(applies_to=["ambitie"]))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'applies_to'", "onbekende soort 'ambitie'"],
    ),
    (
        "wrong-type-bool",
        {"ML990-test-rule.yaml": dump(rule(rewrite={"safe": "ja"}))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'rewrite.safe'", "verwacht true/false"],
    ),
    (
        "wrong-type-id",
        {"ML990-test-rule.yaml": dump(rule(id=990))},
        ["ML990-test-rule.yaml", "veld 'id'", "verwacht tekst"],
    ),
    (
        "bad-example-shape",
        {"ML990-test-rule.yaml": dump(rule(examples={"bad": [{"tekst": "x"}], "good": ["y"]}))},
        ["ML990-test-rule.yaml", "regel ML990", "examples.bad[0].tekst", "onbekend veld"],
    ),
    (
        "duplicate-id",
        {"ML990-test-rule.yaml": GOOD, "ML990-other.yaml": dump(rule(name="other-rule"))},
        ["ML990-", "regel ML990", "id 'ML990' komt twee keer voor", "ook in"],
    ),
    (
        "duplicate-builtin-id",
        {"ML101-again.yaml": dump(rule(id="ML101"))},
        ["ML101-again.yaml", "regel ML101", "id 'ML101' komt twee keer voor"],
    ),
    (
        "duplicate-name",
        {"ML990-test-rule.yaml": GOOD, "ML991-test-rule.yaml": dump(rule(id="ML991"))},
        ["ML991-test-rule.yaml", "regel ML991", "veld 'name'", "naam 'test-rule' komt twee keer voor"],
    ),
    (
        "spacy-pattern-unknown-attribute",
        {"ML990-test-rule.yaml": dump(rule(**pattern({"LOWER": "schoonmaken", "CASEINSENSITIVE": True})))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0][0]", "CASEINSENSITIVE"],
    ),
    (
        "spacy-pattern-bad-operator",
        {"ML990-test-rule.yaml": dump(rule(**pattern({"LOWER": "schoonmaken", "OP": "x"})))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0][0].OP", "'x'"],
    ),
    (
        "spacy-pattern-unknown-predicate",
        {"ML990-test-rule.yaml": dump(rule(**pattern({"LOWER": {"ONE_OF": ["a", "b"]}})))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0][0].LOWER", "ONE_OF"],
    ),
    (
        "spacy-pattern-not-a-list",
        {"ML990-test-rule.yaml": dump(rule(patterns=[{"LOWER": "schoonmaken"}]))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0]", "lijst met mappings"],
    ),
    (
        "invalid-regex",
        {"ML990-test-rule.yaml": dump(rule(**pattern({"LOWER": {"REGEX": "(schoon"}})))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0][0].LOWER.REGEX", "ongeldige reguliere expressie"],
    ),
    (
        "catastrophic-regex",
        {"ML990-test-rule.yaml": dump(rule(**pattern({"LOWER": {"REGEX": "^(a+)+$"}})))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0][0].LOWER.REGEX", "geneste herhaling"],
    ),
    (
        "catastrophic-regex-nested-group",
        {"ML990-test-rule.yaml": dump(rule(**pattern({"LOWER": {"REGEX": "^((ab)+)+$"}})))},
        ["ML990-test-rule.yaml", "regel ML990", "patterns[0][0].LOWER.REGEX", "geneste herhaling"],
    ),
    (
        "unknown-pattern-set",
        {"ML990-test-rule.yaml": dump(rule(unless=[{"use": "outcome-nammed"}]))},
        [
            "ML990-test-rule.yaml",
            "regel ML990",
            "veld 'unless[0].use'",
            "onbekende patroonset",
            "bedoelt u 'outcome-named'",
        ],
    ),
    (
        "pattern-set-entry-with-extra-keys",
        {"ML990-test-rule.yaml": dump(rule(unless=[{"use": "outcome-named", "LOWER": "zodat"}]))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'unless[0]'", "{use: NAAM}"],
    ),
    (
        "catastrophic-regex-in-unless",
        {"ML990-test-rule.yaml": dump(rule(unless=[[{"TEXT": {"REGEX": r"(\w*)*x"}}]]))},
        ["ML990-test-rule.yaml", "regel ML990", "unless[0][0].TEXT.REGEX", "geneste herhaling"],
    ),
    (
        "catastrophic-regex-in-cue",
        {"ML990-test-rule.yaml": cues_rule("missie", [{"LOWER": {"REGEX": "(x+)+y"}}])},
        ["ML990-test-rule.yaml", "regel ML990", "cues.missie[0].pattern", "geneste herhaling"],
    ),
    (
        "unknown-rewrite-helper",
        {"ML990-test-rule.yaml": dump(rule(rewrite={"helper": "role-to-outcom"}))},
        [
            "ML990-test-rule.yaml",
            "regel ML990",
            "veld 'rewrite.helper'",
            "onbekende herschrijfhulp",
            "bedoelt u 'role-to-outcome'",
        ],
    ),
    (
        "ignore-under-unknown-cue",
        {"ML990-test-rule.yaml": cues_rule("missie", ignore_under={"strategie": ["een gewenste toestand"]})},
        [
            "ML990-test-rule.yaml",
            "regel ML990",
            "veld 'ignore_under.strategie[0]'",
            "een gewenste toestand, zonder horizon",
        ],
    ),
    (
        "decisive-unknown-cue",
        {"ML990-test-rule.yaml": cues_rule("waarden", decisive={"waarden": ["een lijst"]})},
        # the message names the kind's cues and the structural cues a decisive list may name
        ["ML990-test-rule.yaml", "regel ML990", "veld 'decisive.waarden[0]'", "'x'", "lijst van losse kernwoorden"],
    ),
    (
        "decisive-under-unknown-kind",
        {"ML990-test-rule.yaml": cues_rule("waarden", decisive_under=["missies"])},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'decisive_under[0]'", "onbekende soort"],
    ),
    (
        "outside-role-without-absent",
        {"ML990-test-rule.yaml": dump(rule(outside_role=[[{"LOWER": "iedereen"}]]))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'outside_role'", "absent: true"],
    ),
    (
        "unknown-metric",
        {"ML990-test-rule.yaml": dump(rule(type="metric", patterns=None, metric="woorden", max=3))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'metric'", "onbekende maat"],
    ),
    (
        "message-template-unbalanced",
        {"ML990-test-rule.yaml": dump(rule(message="'{text' is fout"))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'message'", "sjabloon"],
    ),
    (
        "message-template-attribute",
        {"ML990-test-rule.yaml": dump(rule(message="{text.__class__}"))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'message'", "{text.__class__}"],
    ),
    (
        "rewrite-template-huge-width",
        {"ML990-test-rule.yaml": dump(rule(rewrite={"template": "{text:>999999999}"}))},
        ["ML990-test-rule.yaml", "regel ML990", "veld 'rewrite.template'", ">999999999"],
    ),
    (
        "python-object-tag",
        {"ML990-test-rule.yaml": GOOD + "notes: !!python/object/apply:os.system ['echo gehackt']\n"},
        ["ML990-test-rule.yaml:", "ongeldige YAML", "python/object"],
    ),
    (
        "nested-too-deep",
        {"ML990-test-rule.yaml": GOOD + "notes: " + "[" * 3000 + "]" * 3000 + "\n"},
        ["ML990-test-rule.yaml", "ongeldige YAML", "te diep geneste"],
    ),
    (
        "not-utf8",
        {"ML990-test-rule.yaml": GOOD.replace("Een testregel.", "Een test\udce9regel.")},
        ["ML990-test-rule.yaml", "kan het regelbestand niet lezen"],
    ),
]


def write_rules(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_bytes(text.encode("utf-8", errors="surrogateescape"))


def one_error_line(result) -> str:
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


COMMANDS = {
    "check": lambda folder: ["check", "-", "--kind", "missie", "--rules", str(folder)],
    "rules": lambda folder: ["rules", "--rules", str(folder)],
}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("files, expect", [pytest.param(f, e, id=i) for i, f, e in CASES])
def test_bad_rule_is_one_line_exit_2(tmp_path, command, files, expect):
    folder = tmp_path / "regels"
    write_rules(folder, files)
    result = runner.invoke(app, COMMANDS[command](folder), input="De stad schoonmaken.\n")
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    line = one_error_line(result)
    assert line.startswith("missionlint: fout: ")
    assert not english_words(line), line
    for fragment in expect:
        assert fragment in line, (fragment, line)
    assert not result.stdout.strip(), "nothing is linted or listed with a broken rule folder"


def test_good_rule_folder_loads(tmp_path):
    """The base rule of the table is valid, so every row fails for its own reason."""
    folder = tmp_path / "regels"
    write_rules(folder, {"ML990-test-rule.yaml": GOOD})
    listed = runner.invoke(app, ["rules", "--format", "json", "--rules", str(folder)])
    assert listed.exit_code == 0, listed.stderr
    assert "ML990" in [r["id"] for r in json.loads(listed.stdout)]
    result = runner.invoke(
        app,
        ["check", "-", "--kind", "missie", "--select", "ML990", "--format", "json", "--rules", str(folder)],
        input="De stad schoonmaken.\n",
    )
    assert result.exit_code == 1, result.stderr
    assert [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]] == ["ML990"]


def test_missing_rule_folder(tmp_path):
    for command in COMMANDS.values():
        result = runner.invoke(app, command(tmp_path / "nergens"), input="x\n")
        assert result.exit_code == 2
        line = one_error_line(result)
        assert "nergens" in line and "bestaat niet" in line


def test_templates_render_only_plain_placeholders():
    """Belt and braces at run time: attribute access and odd formats never reach Python objects."""
    from missionlint.rulebook.templating import render

    assert render("{text} en {onbekend}", text="x") == "x en {onbekend}"
    assert render("{value:.0f}", value=2.4) == "2"
    assert render("{text:.0f}", text="geen getal") == "geen getal"
    assert render("{text.__class__}", text="x") == "{text.__class__}"
    assert render("{0} {text[0]}", text="x") == "{0} {text[0]}"
    assert render("{text:>999999999}", text="x") == "x"
    assert render("{text", text="x") == "{text"


# --------------------------------------------------------------------------- configuration

# id, file name, text, fragments the error line must contain (after "missionlint: fout: ")
CONFIG_CASES = [
    ("malformed-yaml", ".missionlint.yaml", "select: [framing\n", [".missionlint.yaml:2:1: ongeldige YAML"]),
    (
        "unknown-key",
        ".missionlint.yaml",
        "slect: [framing]\n",
        [".missionlint.yaml: onbekende sleutel 'slect'", "bedoelt u 'select'"],
    ),
    (
        "wrong-type",
        ".missionlint.yaml",
        "fail-under: hoog\n",
        [".missionlint.yaml: sleutel 'fail-under'", "verwacht een getal"],
    ),
    (
        "unknown-severity",
        ".missionlint.yaml",
        "severity: {ML101: kritiek}\n",
        [".missionlint.yaml: sleutel 'severity.ML101'", "verwacht 'info', 'warning' of 'error'"],
    ),
    ("not-a-mapping", ".missionlint.yaml", "- framing\n", [".missionlint.yaml", "verwacht een mapping"]),
    (
        "python-tag",
        ".missionlint.yaml",
        "ignore: !!python/object/apply:os.system ['true']\n",
        [".missionlint.yaml:1:9: ongeldige YAML", "python/object"],
    ),
    (
        "nested-too-deep",
        ".missionlint.yaml",
        "ignore: " + "[" * 3000 + "]" * 3000 + "\n",
        [".missionlint.yaml: ongeldige YAML", "te diep geneste"],
    ),
    (
        "missing-rule-folder",
        ".missionlint.yaml",
        "rules: [nergens]\n",
        [".missionlint.yaml: sleutel 'rules'", "'nergens' bestaat niet"],
    ),
    (
        "pyproject-malformed-toml",
        "pyproject.toml",
        "[tool.missionlint]\nselect = [framing\n",
        ["pyproject.toml:", "ongeldige TOML"],
    ),
    (
        "pyproject-nested-too-deep",
        "pyproject.toml",
        "[tool.missionlint]\nignore = " + "[" * 3000 + "]" * 3000 + "\n",
        ["pyproject.toml", "ongeldige TOML", "te diep geneste"],
    ),
]


@pytest.mark.parametrize("name, text, expect", [pytest.param(n, t, e, id=i) for i, n, t, e in CONFIG_CASES])
def test_bad_config_is_one_line_exit_2(tmp_path, monkeypatch, name, text, expect):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "missie.txt").write_text("De stad schoonmaken.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "missie.txt", "--kind", "missie", "--no-cache"])
    assert result.exit_code == 2, (result.exit_code, result.output, result.stderr)
    line = one_error_line(result)
    assert line.startswith("missionlint: fout: ")
    for fragment in expect:
        assert fragment in line, (fragment, line)


def test_unrelated_deep_pyproject_is_ignored(tmp_path, monkeypatch):
    """Someone else's pyproject.toml (no [tool.missionlint]) never stops a run, however odd."""
    (tmp_path / "pyproject.toml").write_text("[tool.other]\nx = " + "[" * 3000 + "]" * 3000 + "\n", encoding="utf-8")
    (tmp_path / "missie.txt").write_text("Een schonere stad.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "missie.txt", "--kind", "missie", "--select", "ML101", "--no-cache"])
    assert result.exit_code == 0, (result.output, result.stderr)


def test_user_rule_can_use_a_shared_pattern_set(tmp_path):
    """`{use: outcome-named}` expands to the set's patterns: the rule then falls silent on a
    text that names the outcome, through the real CLI."""
    from missionlint.rulebook.sets import builtin_sets

    (tmp_path / "ML990-test-rule.yaml").write_text(
        dump(rule(unless=[{"use": "outcome-named"}], unless_scope="section")), encoding="utf-8"
    )
    args = ["check", "-", "--kind", "missie", "--rules", str(tmp_path), "--select", "ML990", "--format", "json"]
    plain = runner.invoke(app, args, input="De stad schoonmaken.\n")
    with_outcome = runner.invoke(app, args, input="De stad schoonmaken, zodat kinderen veilig buiten spelen.\n")
    assert [f["rule"] for f in json.loads(plain.stdout)["files"][0]["findings"]] == ["ML990"]
    assert json.loads(with_outcome.stdout)["files"][0]["findings"] == []
    assert len(builtin_sets()["outcome-named"]) > 10
