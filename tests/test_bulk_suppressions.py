"""Bulk suppressions (`missionlint-suppressions.json`), through the real CLI and pipeline."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from helpers import write
from typer.testing import CliRunner

from missionlint.cli import app
from missionlint.cli.output import decimal
from missionlint.lint.bulk import FILE_NAME

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("pipeline_once", "in_tmp")

# A weak mission: a role phrase, hedging, a buzzword, first-person activity, two sentences.
WEAK = "# Missie\n\nDe stad schoonmaken. Wij bieden zo veel mogelijk integrale zorg aan ouderen in de regio.\n"
NEW_SENTENCE = "Wij organiseren activiteiten voor jongeren.\n"  # role-framed: ML105 'Wij organiseren'
FIXED = "# Missie\n\nEen schonere stad waarin ouderen in de regio zelfstandig thuis wonen.\n"


def check(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["check", *args, "--no-cache"], input=stdin)


def report(*args: str) -> tuple[int, dict]:
    result = check(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def recorded(folder: Path) -> dict:
    return json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))


def test_the_issues_scenario(tmp_path):
    """In a folder with a weak mission file: --suppress-all exits 0 and writes the file;
    check then exits 0; a new role-framed sentence makes check exit 1 and report only the
    new finding; after fixing the file, --prune-suppressions removes the stale entries."""
    mission = write(tmp_path / "missie.md", WEAK)
    assert check("missie.md").exit_code == 1  # the weak file fails without suppressions

    first = check("missie.md", "--suppress-all")
    assert first.exit_code == 0, first.output
    assert "5 onderdrukt (5 via het onderdrukkingsbestand)" in first.stdout
    assert f"missionlint: {FILE_NAME}: 5 bevinding(en) in 1 bestand(en) vastgelegd" in first.stderr
    rules = recorded(tmp_path)["files"]["missie.md"]["rules"]
    assert set(rules) == {"ML101", "ML105", "ML304", "ML305", "ML308"}
    assert rules["ML101"] == {"count": 1, "passages": ["De stad schoonmaken"]}

    again = check("missie.md")
    assert again.exit_code == 0, again.output
    assert "0 bevinding(en)" in again.stdout and "5 onderdrukt" in again.stdout

    mission.write_text(WEAK + NEW_SENTENCE, encoding="utf-8")
    code, data = report("missie.md")
    assert code == 1
    findings = data["files"][0]["findings"]
    assert [(f["rule"], f["text"]) for f in findings] == [("ML105", "Wij organiseren")]
    assert data["summary"]["suppressed"] == {"total": 5, "comments": 0, "file": 5}

    mission.write_text(FIXED, encoding="utf-8")
    stale = check("missie.md")
    assert stale.exit_code == 0
    assert "5 vastgelegde bevinding(en) komen niet meer voor; ruim ze op met --prune-suppressions" in stale.stderr
    pruned = check("missie.md", "--prune-suppressions")
    assert pruned.exit_code == 0, pruned.output
    assert f"missionlint: {FILE_NAME}: 5 vastgelegde bevinding(en) opgeruimd" in pruned.stderr
    assert recorded(tmp_path)["files"]["missie.md"]["rules"] == {}
    assert not check("missie.md").stderr  # nothing stale any more


def test_counts_not_lines_so_edits_elsewhere_do_not_break_them(tmp_path):
    mission = write(tmp_path / "missie.md", WEAK)
    assert check("missie.md", "--suppress-all").exit_code == 0
    mission.write_text(
        "# Over ons\n\nWij zijn opgericht in 1998.\n\nContact: info@gemeente.example\n\n" + WEAK.replace(". ", ".\n"),
        encoding="utf-8",
    )
    result = check("missie.md")
    assert result.exit_code == 0, result.output


def test_beyond_the_count_the_new_passage_is_reported_or_else_the_last(tmp_path):
    """One more finding of a recorded rule: its passage tells it from the old one; a
    passage copied word for word cannot be told apart, so the last one is reported."""
    write(tmp_path / "s.md", "# Strategie\n\nWij werken met een integrale aanpak.\n")
    assert check("s.md", "--suppress-all").exit_code == 0
    write(tmp_path / "s.md", "# Strategie\n\nWij werken met innovatieve teams en een integrale aanpak.\n")
    _, data = report("s.md")
    assert [f["text"] for f in data["files"][0]["findings"] if f["rule"] == "ML305"] == ["innovatieve"]
    write(tmp_path / "s.md", "# Strategie\n\nWij werken met een integrale aanpak.\nEen integrale wijkaanpak.\n")
    _, data = report("s.md")
    reported = [f for f in data["files"][0]["findings"] if f["rule"] == "ML305"]
    assert [(f["text"], f["start"]["line"]) for f in reported] == [("integrale", 4)]


def test_the_file_lives_next_to_the_configuration(tmp_path, monkeypatch):
    write(tmp_path / ".missionlint.yaml", "ignore: [ML107]\n")
    write(tmp_path / "teksten" / "missie.md", WEAK)
    monkeypatch.chdir(tmp_path / "teksten")
    assert check("missie.md", "--suppress-all").exit_code == 0
    assert not (tmp_path / "teksten" / FILE_NAME).exists()
    assert "teksten/missie.md" in recorded(tmp_path)["files"]
    assert check("missie.md").exit_code == 0


def test_without_a_configuration_the_working_directory_and_another_file_with_suppressions(tmp_path):
    write(tmp_path / "docs" / "missie.md", WEAK)
    assert check("docs", "--suppress-all").exit_code == 0
    assert "docs/missie.md" in recorded(tmp_path)["files"]
    other = tmp_path / "ci" / "baseline.json"
    other.parent.mkdir()
    assert check("docs", "--suppress-all", "--suppressions", str(other)).exit_code == 0
    assert "../docs/missie.md" in json.loads(other.read_text(encoding="utf-8"))["files"]
    (tmp_path / FILE_NAME).unlink()
    assert check("docs").exit_code == 1
    assert check("docs", "--suppressions", str(other)).exit_code == 0


def test_the_file_is_sorted_and_stable(tmp_path):
    write(tmp_path / "b.md", WEAK)
    write(tmp_path / "a.md", WEAK.replace("schoonmaken", "opruimen"))
    assert check("b.md", "a.md", "--suppress-all").exit_code == 0
    first = (tmp_path / FILE_NAME).read_bytes()
    assert check("a.md", "b.md", "--suppress-all").exit_code == 0
    assert (tmp_path / FILE_NAME).read_bytes() == first
    text = first.decode("utf-8")
    data = json.loads(text)
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    assert list(data["files"]) == ["a.md", "b.md"]


def test_suppress_all_keeps_the_entries_of_files_not_linted(tmp_path):
    write(tmp_path / "a.md", WEAK)
    write(tmp_path / "b.md", WEAK)
    assert check("a.md", "b.md", "--suppress-all").exit_code == 0
    write(tmp_path / "a.md", FIXED)
    assert check("a.md", "--suppress-all").exit_code == 0
    assert set(recorded(tmp_path)["files"]) == {"a.md", "b.md"}
    (tmp_path / "b.md").unlink()
    assert check("a.md", "--prune-suppressions").exit_code == 0
    assert set(recorded(tmp_path)["files"]) == {"a.md"}  # the file that is gone


def test_fail_on_score_drop_uses_the_recorded_score_as_floor(tmp_path):
    """With --min-severity error no warning fails the run: only the score can."""
    mission = write(tmp_path / "missie.md", WEAK)
    assert check("missie.md", "--suppress-all").exit_code == 0
    floor = recorded(tmp_path)["files"]["missie.md"]["score"]
    assert check("missie.md", "--fail-on-score-drop").exit_code == 0
    mission.write_text(WEAK.replace("de regio.", "de regio; wij proberen dat waar mogelijk snel te doen."))
    _, data = report("missie.md", "--min-severity", "error")
    score = data["files"][0]["score"]
    assert score < floor and data["files"][0]["findings"] == []
    assert check("missie.md", "--min-severity", "error").exit_code == 0
    dropped = check("missie.md", "--min-severity", "error", "--fail-on-score-drop")
    assert dropped.exit_code == 1
    assert dropped.stderr.splitlines() == [
        f"missionlint: missie.md: score {decimal(score)} is lager dan de vastgelegde {decimal(floor)} "
        "(--fail-on-score-drop)"
    ]
    mission.write_text(FIXED, encoding="utf-8")
    assert check("missie.md", "--prune-suppressions").exit_code == 0
    assert recorded(tmp_path)["files"]["missie.md"]["score"] == 100.0  # the floor rises with the text


def test_formats_say_how_many_were_suppressed(tmp_path):
    """SARIF, JSON and JUnit (and the text summary) count suppressed findings: by the
    suppressions file and by comments."""
    write(tmp_path / "missie.md", WEAK)
    assert check("missie.md", "--suppress-all").exit_code == 0
    write(tmp_path / "missie.md", "# Missie\n\n<!-- missionlint-disable-next-line ML304 -->\n" + WEAK.split("\n\n")[1])
    counts = {"total": 5, "comments": 1, "file": 4}

    _, data = report("missie.md")
    assert data["files"][0]["suppressed"] == counts and data["summary"]["suppressed"] == counts

    sarif = json.loads(check("missie.md", "--format", "sarif").stdout)
    run = sarif["runs"][0]
    assert run["properties"]["suppressed"] == counts
    assert run["properties"]["files"][0]["suppressed"] == counts
    assert run["results"] == []

    junit = ET.fromstring(check("missie.md", "--format", "junit").stdout)
    props = {p.get("name"): p.get("value") for p in junit.iter("property")}
    assert (props["suppressed"], props["suppressed.comments"], props["suppressed.file"]) == ("5", "1", "4")
    assert junit.find("testsuite/system-out").text == (
        "missie.md: 5 onderdrukt (4 via het onderdrukkingsbestand, 1 via commentaar)"
    )

    text = check("missie.md").stdout
    assert "5 onderdrukt (4 via het onderdrukkingsbestand, 1 via commentaar)" in text
    markdown = check("missie.md", "--format", "markdown").stdout
    assert "5 onderdrukt (4 via het onderdrukkingsbestand, 1 via commentaar)" in markdown


def test_standard_input_is_never_recorded(tmp_path):
    result = check("-", "--kind", "missie", "--suppress-all", stdin="De stad schoonmaken.\n")
    assert result.exit_code == 1  # nothing to record it under, so its findings stay
    assert recorded(tmp_path)["files"] == {}


@pytest.mark.parametrize(
    "content, expected",
    [
        ('{\n  "version": 1,\n  "files": {\n', f"{FILE_NAME}:4:1: ongeldige JSON: verwacht een veldnaam tussen"),
        ('{"version": 1, "files": {}} extra', f"{FILE_NAME}:1:29: ongeldige JSON: er staat nog iets na"),
        ('{"version": 2, "files": {}}', f"{FILE_NAME}: veld 'version': verwacht 1, niet een getal (2)"),
        ('["missie.md"]', f"{FILE_NAME}: verwacht een JSON-object met 'version' en 'files', niet een lijst"),
        (
            '{"version": 1, "files": {"missie.md": {"rules": {"ML101": {"count": 0}}}}}',
            f"{FILE_NAME}: veld 'files.missie.md.rules.ML101.count': verwacht een geheel getal vanaf 1, "
            "niet een getal (0)",
        ),
        (
            '{"version": 1, "files": {"missie.md": {"rules": {"ML101": {"count": 1, "passage": []}}}}}',
            f"{FILE_NAME}: veld 'files.missie.md.rules.ML101': onbekend veld 'passage' (bedoelt u 'passages'?)",
        ),
        (
            '{"version": 1, "files": {"missie.md": {"rules": {"role-phrasing": {"count": 1}}}}}',
            f"{FILE_NAME}: veld 'files.missie.md.rules.role-phrasing': verwacht een regel-id zoals ML101",
        ),
        (
            '{"version": 1, "files": {"missie.md": {"score": "hoog"}}}',
            f"{FILE_NAME}: veld 'files.missie.md.score': verwacht een score van 0 tot 100 of null, niet tekst ('hoog')",
        ),
        (
            '{"version": 1, "files": {"missie.md": {"rules": {"ML101": {"count": 1, "passages": ["a", "b"]}}}}}',
            f"{FILE_NAME}: veld 'files.missie.md.rules.ML101.passages': 2 passages bij count 1; verwacht er ten "
            "hoogste 1",
        ),
    ],
)
def test_a_corrupt_or_hand_edited_file_is_one_line_and_exit_2(tmp_path, content, expected):
    write(tmp_path / "missie.md", WEAK)
    write(tmp_path / FILE_NAME, content)
    result = check("missie.md")
    assert result.exit_code == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"missionlint: fout: {expected}"), result.stderr


@pytest.mark.parametrize(
    "args, expected",
    [
        (["--suppress-all", "--prune-suppressions"], "--suppress-all gaat niet samen met --prune-suppressions"),
        (["--suppress-all", "--fix"], "--suppress-all gaat niet samen met --fix, --diff of --watch"),
        (
            ["--prune-suppressions"],
            f"{FILE_NAME}: --prune-suppressions: bestand bestaat niet; maak het met --suppress-all",
        ),
        (
            ["--fail-on-score-drop"],
            f"{FILE_NAME}: --fail-on-score-drop: bestand bestaat niet; maak het met --suppress-all",
        ),
    ],
)
def test_options_that_cannot_be_used(tmp_path, args, expected):
    write(tmp_path / "missie.md", WEAK)
    result = check("missie.md", *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"missionlint: fout: {expected}"]
