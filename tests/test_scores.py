"""Scores through the real CLI: only checked sections count, and --fail-under says why it fails."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from missionlint.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
# A mission that scores 0 (role framing, self-rating, hedging, buzzwords, targets, ...).
ZERO_MISSION = (
    "Wij zijn de beste, klantgerichte en toonaangevende organisatie en wij proberen zo veel mogelijk "
    "integraal en innovatief 20% meer diensten te leveren, de stad schoon te maken en de parken te "
    "onderhouden, in synergie met onze partners, in 2026.\n"
)
CONTACT = " ".join(["U kunt ons bellen of mailen op werkdagen tussen negen en vijf uur."] * 40) + "\n"


@pytest.fixture(autouse=True)
def in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)


def check(*args: str):
    return runner.invoke(app, ["check", "--no-cache", *args])


def report(*args: str) -> dict:
    result = check(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def test_unchecked_sections_do_not_lift_the_score(tmp_path):
    page = tmp_path / "pagina.md"
    page.write_text(f"## Missie\n\n{ZERO_MISSION}\n## Contact\n\n{CONTACT}", encoding="utf-8")
    file = report(str(page))["files"][0]
    mission, contact = file["sections"]
    assert mission["score"] < 20 and contact["words"] > 400
    assert contact["linted_as"] == "unknown" and contact["score"] is None
    assert file["score"] == mission["score"] < 60
    assert file["checked_sections"] == 1

    result = check(str(page), "--min-severity", "error", "--fail-under", "70")
    assert result.exit_code == 1
    assert "0 bevinding(en)" in result.stdout  # nothing shown at error level ...
    line = f"missionlint: score {str(file['score']).replace('.', ',').removesuffix(',0')} is lager dan --fail-under 70"
    assert result.stderr.strip() == line  # ... so stderr says why the exit code is 1
    assert "1 van 2 secties gecontroleerd" in result.stdout


def test_weak_example_scores_its_checked_sections_only():
    file = report(str(ROOT / "examples" / "gemeente-zuidhoven-zwak.md"))["files"][0]
    checked = [s for s in file["sections"] if s["linted_as"] != "unknown"]
    expected = sum(s["score"] * s["words"] for s in checked) / sum(s["words"] for s in checked)
    assert file["score"] == pytest.approx(expected, abs=0.1)
    assert file["score"] < 40
    assert file["checked_sections"] == len(checked) < len(file["sections"])


def test_a_file_without_checked_sections_has_no_score(tmp_path):
    (tmp_path / "contact.md").write_text(f"## Contact\n\n{CONTACT}", encoding="utf-8")
    (tmp_path / "missie.md").write_text("## Missie\n\nEen schonere stad voor iedereen.\n", encoding="utf-8")
    data = report("contact.md", "missie.md")
    scores = {f["path"]: f["score"] for f in data["files"]}
    assert scores["contact.md"] is None
    assert data["summary"]["score"] == scores["missie.md"]  # the unscored file does not count

    result = check("contact.md", "--fail-under", "99")
    assert result.exit_code == 0, result.output  # nothing was checked, so nothing fails
    assert "contact.md  niet gecontroleerd" in result.stdout
    assert "score" not in result.stdout.splitlines()[-1]
    assert not result.stderr


def test_fail_under_names_the_unrounded_score():
    """The report rounds (score 99 for 98.7); the line on stderr gives the score itself."""
    example = str(ROOT / "examples" / "gemeente-zuidhoven-sterk.md")
    score = report(example)["summary"]["score"]
    threshold = math.floor(score) + 1  # just above the score
    result = check(example, "--fail-under", str(threshold))
    assert result.exit_code == 1
    assert f"score {score:.0f}" in result.stdout.splitlines()[-1]
    shown = f"{score:.1f}".replace(".", ",").removesuffix(",0")
    assert result.stderr.splitlines() == [f"missionlint: score {shown} is lager dan --fail-under {threshold}"]
