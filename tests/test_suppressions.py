"""Suppression comments through the real CLI: every form, scores and --report-unused."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from missionlint.cli import app

runner = CliRunner()
# Two sentences that fire ML101 (role-phrasing, category framing), one finding each.
TWO = "De stad schoonmaken.\n\nDe parken onderhouden.\n"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def lint(tmp_path: Path, name: str, text: str, *args: str):
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["check", name, "--no-cache", "--format", "json", "--select", "ML101", *args])
    assert result.exit_code in (0, 1), result.output
    return result, json.loads(result.stdout)["files"][0]


def lines(file: dict, rule: str = "ML101") -> list[int]:
    return [f["start"]["line"] for f in file["findings"] if f["rule"] == rule]


def test_without_comments_both_sentences_fire(tmp_path):
    _, file = lint(tmp_path, "m.md", "## Missie\n\n" + TWO)
    assert lines(file) == [3, 5]


@pytest.mark.parametrize("selector", ["ML101", "ml101", "role-phrasing", "framing", "ML107, ML101", ""])
def test_disable_next_line_by_id_name_or_category(tmp_path, selector):
    text = f"## Missie\n\n<!-- missionlint-disable-next-line {selector} -->\n\n" + TWO
    _, file = lint(tmp_path, "m.md", text)
    assert lines(file) == [7]  # the next line with text (after a blank one) only


def test_disable_next_line_for_another_rule_does_not_suppress(tmp_path):
    text = "## Missie\n\n<!-- missionlint-disable-next-line ML103 language -->\n" + TWO
    _, file = lint(tmp_path, "m.md", text)
    assert lines(file) == [4, 6]


def test_disable_enable_block(tmp_path):
    text = (
        "## Missie\n\n<!-- missionlint-disable framing -->\nDe stad schoonmaken.\n"
        "<!-- missionlint-enable framing -->\n\nDe parken onderhouden.\n"
    )
    _, file = lint(tmp_path, "m.md", text)
    assert lines(file) == [7]


def test_enable_for_another_selector_keeps_the_block_open(tmp_path):
    text = (
        "## Missie\n\n<!-- missionlint-disable ML101 -->\nDe stad schoonmaken.\n"
        "<!-- missionlint-enable language -->\n\nDe parken onderhouden.\n"
    )
    _, file = lint(tmp_path, "m.md", text)
    assert lines(file) == []


def test_bare_disable_covers_everything_to_the_end(tmp_path):
    text = "## Missie\n\nDe stad schoonmaken.\n<!-- missionlint-disable -->\n\nDe parken onderhouden.\n"
    _, file = lint(tmp_path, "m.md", text, "--select", "framing")
    assert {f["start"]["line"] for f in file["findings"]} <= {3}
    assert lines(file) == [3]


def test_bare_enable_ends_every_block(tmp_path):
    text = (
        "## Missie\n\n<!-- missionlint-disable -->\n<!-- missionlint-disable ML101 -->\n"
        "De stad schoonmaken.\n<!-- missionlint-enable -->\nDe parken onderhouden.\n"
    )
    _, file = lint(tmp_path, "m.md", text)
    assert lines(file) == [7]


def test_comments_in_fenced_code_do_not_count(tmp_path):
    text = "## Missie\n\n```\n<!-- missionlint-disable -->\n```\n\n" + TWO
    _, file = lint(tmp_path, "m.md", text)
    assert lines(file) == [7, 9]


def test_suppressed_findings_do_not_count_in_scores(tmp_path):
    _, clean = lint(tmp_path, "schoon.md", "## Missie\n\nEen schonere stad.\n")
    _, suppressed = lint(
        tmp_path, "m.md", "## Missie\n\n<!-- missionlint-disable-next-line -->\nDe stad schoonmaken.\n"
    )
    assert suppressed["findings"] == []
    assert suppressed["score"] == clean["score"] == 100


def test_plain_text_uses_the_html_form(tmp_path):
    text = "<!-- missionlint-disable-next-line ML101 -->\n" + TWO
    _, file = lint(tmp_path, "m.txt", text, "--kind", "missie")
    assert lines(file) == [4]


def test_stdin_comment_is_not_text_and_names_only_its_rule():
    """The issue's example: the comment is no part of the mission (3 words, not 7), and it
    suppresses ML303 only, so ML101 still fires."""
    text = "<!-- missionlint-disable-next-line ML303 -->\nDe stad schoonmaken.\n"
    result = runner.invoke(app, ["check", "-", "--kind", "missie", "--no-cache", "--format", "json"], input=text)
    file = json.loads(result.stdout)["files"][0]
    assert file["sections"][0]["words"] == 3
    assert file["sections"][0]["start"]["line"] == 2
    assert "ML101" in [f["rule"] for f in file["findings"]]
    assert all("missionlint" not in f["text"] for f in file["findings"])


def test_plain_text_disable_on_line_one_covers_whole_section_findings(tmp_path):
    text = "<!-- missionlint-disable -->\nDe stad schoonmaken.\n"
    result, file = lint(tmp_path, "m.txt", text, "--kind", "missie", "--select", "all", "--report-unused")
    assert file["findings"] == [], file["findings"]  # ML107/ML108 start at the section: covered
    assert result.exit_code == 0


def test_yaml_comment_on_the_key_line_covers_its_value(tmp_path):
    text = (
        "naam: Gemeente\n"
        "missie: >-  # missionlint: ignore ML101\n  De stad schoonmaken.\n"
        "visie: De parken onderhouden.\n"
    )
    _, file = lint(tmp_path, "m.yaml", text)
    assert lines(file) == [4]


def test_yaml_comment_on_its_own_line_covers_the_next_entry(tmp_path):
    text = "# missionlint: ignore role-phrasing\n\nmissie: De stad schoonmaken.\nvisie: De parken onderhouden.\n"
    _, file = lint(tmp_path, "m.yaml", text)
    assert lines(file) == [4]


def test_yaml_comment_after_a_line_separator_in_a_string_covers_the_next_entry(tmp_path):
    # PyYAML counts U+2028 inside a string as a line break; the comments' lines do not
    text = 'naam: "Gemeente\u2028Zuidhoven"\n# missionlint: ignore ML101\nmissie: |\n  De stad schoonmaken.\n'
    _, file = lint(tmp_path, "m.yaml", text)
    assert "ML101" not in [f["rule"] for f in file["findings"]]


def test_yaml_comment_on_a_list_item_and_hash_inside_a_string(tmp_path):
    text = (
        "missie:\n  - De stad schoonmaken.  # missionlint: ignore framing\n"
        'visie:\n  - "Een schone stad # missionlint: ignore ML101"\n  - De parken onderhouden.\n'
    )
    _, file = lint(tmp_path, "m.yaml", text, "--report-unused")
    assert lines(file) == [5]
    assert lines(file, "ML000") == []  # a '#' inside a quoted string is text, not a suppression


def test_report_unused(tmp_path):
    text = (
        "## Missie\n\n<!-- missionlint-disable-next-line ML101 -->\nDe stad schoonmaken.\n\n"
        "<!-- missionlint-disable-next-line ML101, ML103 -->\nEen schonere stad.\n"
    )
    result, file = lint(tmp_path, "m.md", text)
    assert result.exit_code == 0 and file["findings"] == []
    result, file = lint(tmp_path, "m.md", text, "--report-unused")
    assert result.exit_code == 1
    unused = [f for f in file["findings"] if f["rule"] == "ML000"]
    assert [(f["start"]["line"], f["name"]) for f in unused] == [(6, "unused-suppression")]
    assert "ML101, ML103" in unused[0]["message"] and "ML101" not in lines(file, "ML000")
    text_result = runner.invoke(app, ["check", "m.md", "--no-cache", "--select", "ML101", "--report-unused"])
    assert text_result.exit_code == 1
    assert "ML000" in text_result.stdout and "missionlint-disable-next-line ML101, ML103" in text_result.stdout


def test_unknown_selector_in_a_comment_is_a_warning(tmp_path):
    text = "## Missie\n\n<!-- missionlint-disable-next-line ML1O1 -->\nDe stad schoonmaken.\n"
    result, file = lint(tmp_path, "m.md", text)
    assert lines(file) == [4]
    assert "m.md:3:1: onbekende regel of categorie 'ML1O1'" in result.stderr
    assert "bedoelt u 'ML101'" in result.stderr


@pytest.mark.parametrize(
    ("name", "text", "comment"),
    [
        ("m.md", "## Missie\n\nWij helpen.\n\n" + TWO, "<!-- missionlint-disable-next-line ML101 -->\n"),
        ("m.md", "## Missie\n\n- De stad schoonmaken.\n- De parken onderhouden.\n", "<!-- missionlint-disable"),
        ("m.txt", TWO, "<!-- missionlint-disable-next-line ML101 -->\n"),
        (
            "m.yaml",
            "missie:\n  - De stad schoonmaken.\n  - De parken onderhouden.\n",
            "  # missionlint: ignore ML101\n",
        ),
        ("m.yaml", "missie: >-\n  Wij helpen.\n  De stad schoonmaken.\n", "# missionlint: ignore ML101\nmissie"),
    ],
)
def test_the_comment_the_editor_inserts_suppresses_that_finding_only(tmp_path, name, text, comment):
    """`comment_edit` (the language server's "negeer hier") on the last finding: it goes,
    the others stay."""
    from missionlint.fix.apply import apply_edits
    from missionlint.lint.suppressions import comment_edit
    from missionlint.sources.reading import parse_text

    _, before = lint(tmp_path, name, text)
    last = before["findings"][-1]["start"]["offset"]
    source = parse_text(name, text, {"md": "markdown", "txt": "text", "yaml": "yaml"}[name[2:]])
    edited = apply_edits(text, [comment_edit(source, "ML101", last)])
    assert comment in edited
    _, after = lint(tmp_path, name, edited)
    assert len(lines(after)) == len(lines(before)) - 1
