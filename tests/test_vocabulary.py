"""The organisation's vocabulary (`vocabulary: {accept, reject}`), through the real CLI and pipeline."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import write
from typer.testing import CliRunner

from missionlint.cli import app

runner = CliRunner()
pytestmark = pytest.mark.usefixtures("pipeline_once", "in_tmp")

ISSUE_CONFIG = "vocabulary: {accept: [integraal], reject: [excellent]}\n"


def findings(*args: str, cache: bool = False) -> dict[str, list[tuple[str, str, str]]]:
    """path -> (rule, text, message) of each finding of `check ... --format json`."""
    extra = [] if cache else ["--no-cache"]
    result = runner.invoke(app, ["check", *args, *extra, "--format", "json"])
    assert result.exit_code in (0, 1), result.output
    report = json.loads(result.stdout)
    return {f["path"]: [(x["rule"], x["text"], x["message"]) for x in f["findings"]] for f in report["files"]}


def rules_on(found: list[tuple[str, str, str]], text: str) -> set[str]:
    return {rule for rule, flagged, _ in found if text in flagged}


def test_the_issues_example(tmp_path):
    """With `vocabulary: {accept: [integraal], reject: [excellent]}`, "integrale zorg" gets no
    buzzword finding and "excellente zorg" gets the rejected-word finding."""
    write(tmp_path / ".missionlint.yaml", ISSUE_CONFIG)
    write(tmp_path / "integraal.md", "# Missie\n\nOuderen in de regio krijgen integrale zorg.\n")
    write(tmp_path / "excellent.md", "# Missie\n\nOuderen in de regio krijgen excellente zorg.\n")
    found = findings("integraal.md", "excellent.md")
    assert "ML305" not in rules_on(found["integraal.md"], "integrale")
    assert "ML309" in rules_on(found["excellent.md"], "excellente")
    message = next(m for rule, _, m in found["excellent.md"] if rule == "ML309")
    assert message == "'excellente' staat op de lijst met woorden die de organisatie niet gebruikt."
    # without the configuration: the buzzword is flagged, and nothing is rejected
    (tmp_path / ".missionlint.yaml").unlink()
    found = findings("integraal.md", "excellent.md")
    assert "ML305" in rules_on(found["integraal.md"], "integrale")
    assert "ML309" not in {rule for rule, _, _ in found["excellent.md"]}


def test_pyproject_and_the_reason_as_message(tmp_path):
    write(
        tmp_path / "pyproject.toml",
        '[tool.missionlint]\nvocabulary = {accept = ["integraal"], reject = [{word = "excellent", '
        'reason = "Zeg wat de cliënt merkt, niet hoe goed wij zijn."}]}\n',
    )
    write(tmp_path / "m.md", "# Missie\n\nOuderen krijgen integrale en excellente zorg.\n")
    found = findings("m.md")["m.md"]
    assert "ML305" not in rules_on(found, "integrale")
    assert ("ML309", "excellente", "'excellente': Zeg wat de cliënt merkt, niet hoe goed wij zijn.") in found


def test_accepted_words_are_never_flagged_as_buzzword_hedging_or_self_rating(tmp_path):
    text = "# Strategie\n\nWij lossen klachten in principe binnen een week op met onze integrale aanpak.\n"
    write(tmp_path / "s.md", text)
    write(tmp_path / "m.md", "# Missie\n\nOns topklinisch ziekenhuis behandelt patiënten uit de hele regio.\n")
    before = findings("s.md", "m.md")
    assert {"ML304", "ML305"} <= {rule for rule, _, _ in before["s.md"]}
    assert "ML103" in {rule for rule, _, _ in before["m.md"]}
    write(tmp_path / ".missionlint.yaml", "vocabulary: {accept: [integraal, in principe, topklinisch]}\n")
    after = findings("s.md", "m.md")
    assert not {"ML304", "ML305"} & {rule for rule, _, _ in after["s.md"]}
    assert "ML103" not in {rule for rule, _, _ in after["m.md"]}


def test_lemmas_match_in_both_lists(tmp_path):
    """A word given as its lemma covers its inflected forms, in either list."""
    write(tmp_path / ".missionlint.yaml", "vocabulary: {accept: [innovatief], reject: [toonaangevend, wachtlijst]}\n")
    write(
        tmp_path / "m.md",
        "# Missie\n\nWij zijn een toonaangevende en innovatieve organisatie die wachtlijsten wegwerkt.\n",
    )
    found = findings("m.md")["m.md"]
    assert "ML305" not in rules_on(found, "innovatieve")
    assert "ML309" in rules_on(found, "toonaangevende")
    assert "ML309" in rules_on(found, "wachtlijsten")  # a plural noun


def test_vocabulary_is_per_path_like_other_settings(tmp_path):
    write(tmp_path / ".missionlint.yaml", "vocabulary: {reject: [excellent]}\n")
    write(tmp_path / "zorg" / ".missionlint.yaml", "vocabulary: {accept: [integraal]}\n")
    text = "# Missie\n\nOuderen krijgen integrale en excellente zorg.\n"
    write(tmp_path / "m.md", text)
    write(tmp_path / "zorg" / "m.md", text)
    found = findings("m.md", "zorg")
    root, nested = found["m.md"], found[str(Path("zorg") / "m.md")]
    assert "ML309" in rules_on(root, "excellente") and "ML305" in rules_on(root, "integrale")
    assert "ML309" not in rules_on(nested, "excellente") and "ML305" not in rules_on(nested, "integrale")


def test_the_cache_knows_the_vocabulary(tmp_path):
    """The same text under another vocabulary is linted again, not read from the cache."""
    write(tmp_path / "m.md", "# Missie\n\nOuderen krijgen integrale zorg.\n")
    assert "ML305" in rules_on(findings("m.md", cache=True)["m.md"], "integrale")
    write(tmp_path / ".missionlint.yaml", "vocabulary: {accept: [integraal], reject: [zorg]}\n")
    found = findings("m.md", cache=True)["m.md"]
    assert "ML305" not in rules_on(found, "integrale") and "ML309" in rules_on(found, "zorg")


def test_the_rejected_word_rule_is_a_rule_like_the_others(tmp_path):
    write(tmp_path / ".missionlint.yaml", ISSUE_CONFIG)
    write(tmp_path / "m.md", "# Missie\n\nOuderen krijgen excellente zorg.\n")
    listed = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert any(r["id"] == "ML309" and r["name"] == "rejected-word" for r in listed)
    explained = runner.invoke(app, ["explain", "rejected-word"])
    assert explained.exit_code == 0 and "vocabulary: {reject: [excellent]}" in explained.stdout
    assert "ML309" not in {r for r, _, _ in findings("m.md", "--ignore", "ML309")["m.md"]}
    assert {r for r, _, _ in findings("m.md", "--select", "rejected-word")["m.md"]} == {"ML309"}


@pytest.mark.parametrize(
    "name, text, expected",
    [
        (
            ".missionlint.yaml",
            "vocabulary: [integraal]\n",
            ".missionlint.yaml: sleutel 'vocabulary': verwacht een mapping met accept en/of reject, niet een lijst",
        ),
        (
            ".missionlint.yaml",
            "vocabulary: {reject: [excellent, {word: integraal, resaon: x}]}\n",
            ".missionlint.yaml: sleutel 'vocabulary.reject[1]': onbekende sleutel 'resaon' (bedoelt u 'reason'?)",
        ),
        (
            ".missionlint.yaml",
            "vocabulary: {accept: [integraal, '']}\n",
            ".missionlint.yaml: sleutel 'vocabulary.accept[1]': verwacht een woord of een mapping met word "
            "(en reason), niet tekst ('')",
        ),
        (
            "pyproject.toml",
            '[tool.missionlint]\nvocabulary = {reject = [{word = "x", reason = 3}]}\n',
            "pyproject.toml [tool.missionlint]: sleutel 'vocabulary.reject[0].reason': verwacht tekst, "
            "niet een getal (3)",
        ),
    ],
)
def test_validation_errors_name_the_file_and_the_field(tmp_path, name, text, expected):
    write(tmp_path / name, text)
    write(tmp_path / "m.md", "# Missie\n\nOuderen krijgen zorg.\n")
    result = runner.invoke(app, ["check", "m.md", "--no-cache"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"missionlint: fout: {expected}"]
