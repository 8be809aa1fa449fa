"""Configuration through the real CLI: discovery, precedence, validation, init."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import write
from typer.testing import CliRunner

from missionlint.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
pytestmark = pytest.mark.usefixtures("in_tmp")  # each test in its own folder: no repository configuration applies
MISSION = "## Missie\n\nDe stad schoonmaken.\n"  # fires ML101 (role-phrasing, framing), ML107, ML108


def check(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["check", *args, "--no-cache"], input=stdin)


def check_json(*args: str, stdin: str | None = None) -> tuple[int, dict]:
    result = check(*args, "--format", "json", stdin=stdin)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def rules_by_file(report: dict) -> dict[str, set[str]]:
    return {Path(f["path"]).as_posix(): {x["rule"] for x in f["findings"]} for f in report["files"]}


def error_line(result) -> str:
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


# --------------------------------------------------------------------------- discovery


def test_config_is_found_walking_up_from_the_file(tmp_path):
    write(tmp_path / "proj" / ".missionlint.yaml", "select: [ML101]\n")
    deep = write(tmp_path / "proj" / "docs" / "2024" / "missie.md", MISSION)
    _, report = check_json(str(deep))
    assert rules_by_file(report) == {deep.as_posix(): {"ML101"}}


def test_nearest_config_wins_per_file_in_one_run(tmp_path):
    write(tmp_path / "proj" / ".missionlint.yaml", "select: [ML101]\n")
    write(tmp_path / "proj" / "team" / ".missionlint.yaml", "select: [ML107]\n")
    top = write(tmp_path / "proj" / "missie.md", MISSION)
    team = write(tmp_path / "proj" / "team" / "missie.md", MISSION)
    _, report = check_json(str(tmp_path / "proj"))
    assert rules_by_file(report) == {top.as_posix(): {"ML101"}, team.as_posix(): {"ML107"}}


def test_yaml_beats_pyproject_in_the_same_folder(tmp_path):
    write(tmp_path / ".missionlint.yaml", "select: [ML101]\n")
    write(tmp_path / "pyproject.toml", '[tool.missionlint]\nselect = ["ML107"]\n')
    write(tmp_path / "missie.md", MISSION)
    _, report = check_json("missie.md")
    assert rules_by_file(report) == {"missie.md": {"ML101"}}


def test_pyproject_tool_table_is_a_config_and_one_without_it_is_skipped(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.missionlint]\nselect = ["ML107"]\n')
    write(tmp_path / "sub" / "pyproject.toml", '[project]\nname = "x"\n[tool.other]\na = 1\n')
    mission = write(tmp_path / "sub" / "missie.md", MISSION)
    _, report = check_json(str(mission))
    assert rules_by_file(report) == {mission.as_posix(): {"ML107"}}


def test_stdin_uses_the_config_of_the_current_directory(tmp_path):
    write(tmp_path / ".missionlint.yaml", "select: [role-phrasing]\n")
    _, report = check_json("-", "--kind", "missie", stdin="De stad schoonmaken.\n")
    assert rules_by_file(report) == {"<stdin>": {"ML101"}}


# --------------------------------------------------------------------------- settings and overrides


def test_command_line_overrides_config(tmp_path):
    write(tmp_path / ".missionlint.yaml", "select: [ML101]\nmin-severity: error\nfail-under: 99\n")
    write(tmp_path / "missie.md", MISSION)
    code, report = check_json("missie.md")
    assert rules_by_file(report) == {"missie.md": set()}  # ML101 is a warning, below min-severity error
    assert code == 1  # the score (ML101 counts) is below fail-under 99
    code, report = check_json("missie.md", "--select", "ML107", "--min-severity", "info", "--fail-under", "0")
    assert rules_by_file(report) == {"missie.md": {"ML107"}}
    assert code == 1  # ML107 is shown now


def test_layered_selection_config_ignore_then_cli_extend_select(tmp_path):
    write(tmp_path / ".missionlint.yaml", "ignore: [framing]\n")
    write(tmp_path / "missie.md", MISSION)
    _, report = check_json("missie.md")
    assert not {"ML101", "ML107", "ML108"} & rules_by_file(report)["missie.md"]
    _, report = check_json("missie.md", "--extend-select", "ML101")
    assert "ML101" in rules_by_file(report)["missie.md"]


def test_per_rule_severity_reaches_findings_and_min_severity(tmp_path):
    write(
        tmp_path / ".missionlint.yaml",
        "select: [framing]\nseverity:\n  role-phrasing: info\n  framing: error\nmin-severity: error\n",
    )
    write(tmp_path / "missie.md", MISSION)
    code, report = check_json("missie.md")
    findings = report["files"][0]["findings"]
    assert sorted((f["rule"], f["severity"]) for f in findings) == [("ML107", "error"), ("ML108", "error")]
    assert report["summary"]["by_severity"]["error"] == 2
    assert code == 1
    code, report = check_json("missie.md", "--min-severity", "info")
    levels = {f["rule"]: f["severity"] for f in report["files"][0]["findings"]}
    assert levels == {"ML101": "info", "ML107": "error", "ML108": "error"}  # a rule's name beats its category


def test_exclude_applies_when_walking_not_to_files_named(tmp_path):
    write(tmp_path / ".missionlint.yaml", "select: [ML101]\nexclude: [concepten/, '**/oud-*.md']\n")
    write(tmp_path / "docs" / "missie.md", MISSION)
    write(tmp_path / "docs" / "concepten" / "missie.md", MISSION)
    write(tmp_path / "docs" / "archief" / "oud-missie.md", MISSION)
    _, report = check_json("docs")
    assert set(rules_by_file(report)) == {"docs/missie.md"}
    _, report = check_json("docs/concepten/missie.md")
    assert rules_by_file(report) == {"docs/concepten/missie.md": {"ML101"}}


def test_per_file_ignores(tmp_path):
    write(
        tmp_path / ".missionlint.yaml",
        "select: [ML101, ML107]\nper-file-ignores:\n  'nieuws/*.md': [framing]\n  'missie.md': [ML107]\n",
    )
    write(tmp_path / "missie.md", MISSION)
    write(tmp_path / "nieuws" / "bericht.md", MISSION)
    write(tmp_path / "andere" / "tekst.md", MISSION)
    _, report = check_json(".")
    assert rules_by_file(report) == {
        "missie.md": {"ML101"},
        "nieuws/bericht.md": set(),
        "andere/tekst.md": {"ML101", "ML107"},
    }


def test_scores_count_only_selected_rules(tmp_path):
    write(tmp_path / ".missionlint.yaml", "select: [ML107]\nfail-under: 80\n")
    write(tmp_path / "missie.md", MISSION)
    result = check("missie.md", "--format", "json")
    assert result.exit_code == 1  # ML107 is an info finding: exit 1 for findings
    assert json.loads(result.stdout)["files"][0]["score"] > 80  # without ML101 and ML108


def test_extra_rule_folder_is_relative_to_the_config_file(tmp_path):
    rule = (ROOT / "rules" / "framing" / "ML101-role-phrasing.yaml").read_text(encoding="utf-8")
    rule = rule.replace("id: ML101", "id: ML901").replace("name: role-phrasing", "name: role-phrasing-copy")
    write(tmp_path / "proj" / "eigen-regels" / "ML901.yaml", rule)
    write(tmp_path / "proj" / ".missionlint.yaml", "rules: [eigen-regels]\nselect: [ML901]\n")
    mission = write(tmp_path / "proj" / "missie.md", MISSION)
    _, report = check_json(str(mission))  # run from tmp_path, not from proj/
    assert rules_by_file(report) == {mission.as_posix(): {"ML901"}}


# --------------------------------------------------------------------------- errors


def test_unknown_key_names_file_key_and_suggestion(tmp_path):
    write(tmp_path / ".missionlint.yaml", "selekt: [framing]\n")
    write(tmp_path / "missie.md", MISSION)
    line = error_line(check("missie.md"))
    assert line == "missionlint: fout: .missionlint.yaml: onbekende sleutel 'selekt' (bedoelt u 'select'?)"


def test_unknown_key_in_pyproject(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.missionlint]\nfail_under = 70\n")
    write(tmp_path / "missie.md", MISSION)
    line = error_line(check("missie.md"))
    assert "pyproject.toml" in line and "'fail_under'" in line and "bedoelt u 'fail-under'" in line


@pytest.mark.parametrize(
    "setting, key",
    [
        ("fail-under: hoog", "fail-under"),
        ("fail-under: 120", "fail-under"),
        ("organisation: ja", "organisation"),
        ("select: framing", "select"),
        ("min-severity: fout", "min-severity"),
        ("severity: {ML101: fatal}", "severity.ML101"),
        ("per-file-ignores: {'a/*.md': ML101}", "per-file-ignores.a/*.md"),
        ("rules: [bestaat-niet]", "rules"),
    ],
)
def test_wrong_type_names_file_and_key(tmp_path, setting, key):
    write(tmp_path / ".missionlint.yaml", setting + "\n")
    write(tmp_path / "missie.md", MISSION)
    line = error_line(check("missie.md"))
    assert line.startswith("missionlint: fout: .missionlint.yaml: ") and f"sleutel '{key}'" in line


def test_unknown_selector_in_config_names_file_and_key(tmp_path):
    write(tmp_path / ".missionlint.yaml", "ignore: [ML101, framng]\n")
    write(tmp_path / "missie.md", MISSION)
    line = error_line(check("missie.md"))
    assert ".missionlint.yaml: sleutel 'ignore'" in line and "'framng'" in line and "bedoelt u 'framing'" in line


def test_malformed_yaml_and_toml_give_file_line_column(tmp_path):
    write(tmp_path / "a" / ".missionlint.yaml", "select: [ML101\nignore: []\n")
    write(tmp_path / "a" / "missie.md", MISSION)
    assert error_line(check("a/missie.md")).startswith("missionlint: fout: a/.missionlint.yaml:2:")
    write(tmp_path / "b" / "pyproject.toml", "[tool.missionlint]\nselect = ML101\n")
    write(tmp_path / "b" / "missie.md", MISSION)
    assert error_line(check("b/missie.md")).startswith("missionlint: fout: b/pyproject.toml:2:10: ongeldige TOML")


def test_broken_pyproject_of_another_tool_is_not_an_error(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.other\n")
    write(tmp_path / "missie.md", MISSION)
    assert check("missie.md", "--select", "ML101").exit_code == 1


# --------------------------------------------------------------------------- init


def test_init_writes_a_starter_config_that_validates(tmp_path):
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0, result.output
    text = (tmp_path / ".missionlint.yaml").read_text(encoding="utf-8")
    assert "# " in text and "per-file-ignores" in text
    write(tmp_path / "missie.md", MISSION)
    code, report = check_json("missie.md")
    assert {"ML101", "ML107", "ML108"} <= rules_by_file(report)["missie.md"]  # the defaults


def test_init_refuses_to_overwrite_without_force(tmp_path):
    write(tmp_path / ".missionlint.yaml", "select: [ML101]\n")
    line = error_line(runner.invoke(app, ["init"]))
    assert ".missionlint.yaml bestaat al" in line and "--force" in line
    assert (tmp_path / ".missionlint.yaml").read_text(encoding="utf-8") == "select: [ML101]\n"
    assert runner.invoke(app, ["init", "--force"]).exit_code == 0
    assert "extend-select" in (tmp_path / ".missionlint.yaml").read_text(encoding="utf-8")
