"""The real CLI (Typer's CliRunner, or a subprocess where start-up matters) on the real pipeline."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from missionlint import __version__
from missionlint.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp_dir(tmp_path, monkeypatch):
    """Run each CLI call from an empty folder, so its result cache starts empty."""
    monkeypatch.chdir(tmp_path)


def check(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["check", *args], input=stdin)


def check_json(*args: str, stdin: str | None = None) -> tuple[int, dict]:
    result = check(*args, "--format", "json", stdin=stdin)
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.stdout


@pytest.mark.parametrize("command", [["--version"], ["rules"], ["explain", "ML101"]])
def test_fast_commands_do_not_import_spacy(command):
    code = (
        "import sys\n"
        "from missionlint.cli import app\n"
        f"try:\n    app({command!r})\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().endswith("NO-SPACY")


def test_examples_have_findings_and_weak_scores_lower():
    code, report = check_json(str(EXAMPLES))
    assert code == 1
    scores = {Path(f["path"]).name: f["score"] for f in report["files"]}
    for weak in [name for name in scores if "-zwak" in name]:
        strong = weak.replace("-zwak", "-sterk")
        assert scores[weak] < scores[strong], (weak, scores[weak], scores[strong])


def test_json_has_documented_keys():
    _, report = check_json(str(EXAMPLES / "gemeente-zuidhoven-zwak.md"))
    assert {"version", "model", "files", "summary"} <= set(report)
    assert set(report["model"]) >= {"name", "version", "source"}
    assert set(report["summary"]) >= {"files", "findings", "score", "by_severity"}
    file = report["files"][0]
    assert {"path", "score", "sections", "findings"} <= set(file)
    section_keys = {"kind", "kind_source", "inferred_kind", "inferred_confidence", "start", "end", "score"}
    assert all(section_keys <= set(s) for s in file["sections"])
    finding_keys = {
        "rule",
        "name",
        "category",
        "severity",
        "confidence",
        "section",
        "message",
        "start",
        "end",
        "text",
        "rewrites",
    }
    assert file["findings"] and all(finding_keys <= set(f) for f in file["findings"])
    assert all(set(f["start"]) == {"line", "column", "offset"} for f in file["findings"])


@pytest.mark.parametrize(
    "name",
    [
        "gemeente-zuidhoven-zwak.md",
        "zorggroep-de-linde-zwak.yaml",
        "bakkerij-brood-en-co-zwak.txt",
        "scholengroep-de-horizon.md",
    ],
)
def test_finding_offsets_slice_the_original_file(name):
    """Offsets and line:column point at the finding's text in the file, inside Markdown and YAML."""
    path = EXAMPLES / name
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    _, report = check_json(str(path))
    findings = report["files"][0]["findings"]
    assert findings
    for f in findings:
        start, end = f["start"]["offset"], f["end"]["offset"]
        assert text[start:end].split() == f["text"].split()
        line, column = f["start"]["line"], f["start"]["column"]
        assert lines[line - 1][column - 1 :].startswith(f["text"].split()[0])


def test_stdin_with_kind():
    code, report = check_json("-", "--kind", "missie", stdin="De stad schoonmaken.\n")
    assert code == 1
    finding = next(f for f in report["files"][0]["findings"] if f["rule"] == "ML101")
    assert finding["text"] == "De stad schoonmaken"
    assert "Een schonere stad" in finding["rewrites"]


def test_clean_text_exits_zero():
    code, report = check_json("-", "--kind", "missie", "--select", "ML101", stdin="Een schonere stad.\n")
    assert code == 0
    assert report["summary"]["findings"] == 0


def test_select_ignore_and_min_severity():
    text = "De stad schoonmaken.\n"
    _, selected = check_json("-", "--kind", "missie", "--select", "framing", stdin=text)
    assert {f["category"] for f in selected["files"][0]["findings"]} == {"framing"}
    _, ignored = check_json("-", "--kind", "missie", "--ignore", "ML101,kind", stdin=text)
    assert not [f for f in ignored["files"][0]["findings"] if f["rule"] == "ML101" or f["category"] == "kind"]
    result = check("-", "--kind", "missie", "--select", "ML101", "--min-severity", "error", stdin=text)
    assert result.exit_code == 0


def test_fail_under():
    text = "Een schonere stad.\n"
    assert check("-", "--kind", "missie", "--select", "ML101", "--fail-under", "90", stdin=text).exit_code == 0
    weak = "De stad schoonmaken.\n"
    assert check("-", "--kind", "missie", "--select", "ML101", "--fail-under", "99", stdin=weak).exit_code == 1


def test_unknown_selector_is_a_usage_error():
    result = check("-", "--select", "ML999", stdin="Een schonere stad.\n")
    assert result.exit_code == 2
    assert "ML999" in result.stderr


def test_missing_path_is_reported_and_others_still_linted(tmp_path):
    good = tmp_path / "missie.txt"
    good.write_text("De stad schoonmaken.\n", encoding="utf-8")
    result = check(str(tmp_path / "nope.md"), str(good), "--kind", "missie", "--format", "json")
    assert result.exit_code == 2
    report = json.loads(result.stdout)
    assert report["errors"][0]["path"].endswith("nope.md")
    assert report["files"][0]["findings"]


def test_unknown_model_is_one_line_with_install_hint():
    result = check("-", "--model", "nl_does_not_exist", stdin="x\n")
    assert result.exit_code == 2
    assert "nl_core_news_sm" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_bad_rule_folder_names_file_rule_and_field(tmp_path):
    rule = tmp_path / "ML901-broken.yaml"
    rule.write_text(
        (ROOT / "rules/framing/ML101-role-phrasing.yaml")
        .read_text(encoding="utf-8")
        .replace("id: ML101", "id: ML901")
        .replace("name: role-phrasing", "name: broken")
        .replace("applies_to:", "aplies_to:"),
        encoding="utf-8",
    )
    result = check("-", "--rules", str(tmp_path), stdin="x\n")
    assert result.exit_code == 2
    assert "ML901-broken.yaml" in result.stderr and "ML901" in result.stderr and "aplies_to" in result.stderr
    assert "bedoelt u 'applies_to'" in result.stderr


def test_invalid_spacy_pattern_is_reported(tmp_path):
    rule = tmp_path / "ML902-bad-pattern.yaml"
    rule.write_text(
        (ROOT / "rules/framing/ML101-role-phrasing.yaml")
        .read_text(encoding="utf-8")
        .replace("id: ML101", "id: ML902")
        .replace("name: role-phrasing", "name: bad-pattern")
        .replace('{POS: DET, OP: "?"}', '{POS: DET, OP: "?", CASEINSENSITIVE: true}', 1),
        encoding="utf-8",
    )
    result = check("-", "--kind", "missie", "--rules", str(tmp_path), stdin="De stad schoonmaken.\n")
    assert result.exit_code == 2
    assert "ML902" in result.stderr and "patterns" in result.stderr and "CASEINSENSITIVE" in result.stderr


def test_rules_lists_every_rule(rules):
    result = runner.invoke(app, ["rules", "--format", "json"])
    assert result.exit_code == 0
    listed = json.loads(result.stdout)
    assert [r["id"] for r in listed] == [r.id for r in rules]
    assert all({"id", "name", "category", "severity", "applies_to", "summary"} <= set(r) for r in listed)


def test_explain_shows_why_examples_and_rewrite():
    result = runner.invoke(app, ["explain", "role-phrasing"])
    assert result.exit_code == 0
    assert "Waarom" in result.stdout and "De stad schoonmaken." in result.stdout
    assert "Een schonere stad" in result.stdout
    assert runner.invoke(app, ["explain", "ML999"]).exit_code == 2


def test_model_info_json():
    result = runner.invoke(app, ["model", "info", "--json", "--model", "bundled"])
    assert result.exit_code == 0
    info = json.loads(result.stdout)
    assert info["source"] == "bundled" and Path(info["path"]).is_dir()


def test_python_dash_m_entry_point():
    out = subprocess.run([sys.executable, "-m", "missionlint", "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and __version__ in out.stdout


def test_cache_gives_identical_output_and_skips_spacy(tmp_path):
    (tmp_path / "docs").mkdir()
    for name in ("gemeente-zuidhoven-zwak.md", "zorggroep-de-linde-zwak.yaml"):
        (tmp_path / "docs" / name).write_text((EXAMPLES / name).read_text(encoding="utf-8"), encoding="utf-8")
    first = check(str(tmp_path / "docs"), "--format", "json").stdout
    uncached = check(str(tmp_path / "docs"), "--format", "json", "--no-cache").stdout
    assert first == uncached
    code = (
        "import sys\nfrom missionlint.cli import app\n"
        f"try:\n    app(['check', {str(tmp_path / 'docs')!r}, '--format', 'json'])\nexcept SystemExit:\n    pass\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path)
    assert run.stdout == first
    assert run.stderr.strip().endswith("NO-SPACY")


def test_corrupt_cache_entries_are_recomputed(tmp_path):
    doc = tmp_path / "missie.txt"
    doc.write_text("De stad schoonmaken.\n", encoding="utf-8")
    first = check(str(doc), "--kind", "missie", "--format", "json").stdout
    for entry in (tmp_path / ".missionlint_cache").rglob("*.json"):
        entry.write_text("{not json", encoding="utf-8")
    assert check(str(doc), "--kind", "missie", "--format", "json").stdout == first


def test_jobs_give_the_same_result():
    one = check(str(EXAMPLES), "--format", "json", "--no-cache").stdout
    two = check(str(EXAMPLES), "--format", "json", "--no-cache", "--jobs", "2").stdout
    assert one == two


def test_dependency_rule_type_from_a_user_rule_folder(tmp_path):
    """A `dependency` rule (spaCy DependencyMatcher) written by a user: future tense in a mission."""
    folder = tmp_path / "rules"
    folder.mkdir()
    (folder / "ML901-future-mission.yaml").write_text(
        """
id: ML901
name: future-mission
category: kind
type: dependency
severity: info
weight: 5
applies_to: [missie]
summary: Een missie in de toekomende tijd.
message: "'{text}' staat in de toekomende tijd; een missie zegt waarom u nu bestaat."
explanation: Een missie beschrijft waarom de organisatie nu bestaat; de toekomst hoort in de visie thuis en niet in de missie, dus schrijf de missie in de tegenwoordige tijd.
patterns:
  - - {RIGHT_ID: verb, RIGHT_ATTRS: {POS: VERB}}
    - {LEFT_ID: verb, REL_OP: ">", RIGHT_ID: aux, RIGHT_ATTRS: {LEMMA: zullen}}
examples:
  bad: ["Wij zullen de stad schoonmaken."]
  good: ["Een schonere stad."]
""",
        encoding="utf-8",
    )
    code, report = check_json(
        "-", "--kind", "missie", "--rules", str(folder), "--select", "ML901", stdin="Wij zullen de stad schoonmaken.\n"
    )
    findings = report["files"][0]["findings"]
    assert code == 1 and [f["rule"] for f in findings] == ["ML901"]
    assert "zullen" in findings[0]["text"] and "schoonmaken" in findings[0]["text"]


def test_streamed_json_is_the_report_of_the_whole_run(model_info, rules):
    """The CLI prints JSON file by file; the text must be exactly the one-piece report."""
    from missionlint.errors import InputError
    from missionlint.formatters.json_format import report, stream
    from missionlint.lint.linter import Linter
    from missionlint.sources.reading import read_source

    linter = Linter(rules=rules, classifier_rules=[r for r in rules if r.type == "cues"], model=model_info)
    results = linter.lint([read_source(str(path)) for path in sorted(EXAMPLES.glob("*.md"))[:3]])
    errors = [InputError("kapot.yaml", "geen geldige YAML", 3, 1)]
    whole = json.dumps(report(results, errors, model_info.as_dict()), ensure_ascii=False, indent=2)
    assert "".join(stream(iter(results), errors, model_info.as_dict())) == whole
    empty = json.dumps(report([], [], None), ensure_ascii=False, indent=2)
    assert "".join(stream(iter([]), [], None)) == empty


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_unreadable_file_between_good_ones_is_an_error_and_the_rest_is_linted(tmp_path, fmt):
    for name in ("a.txt", "c.txt"):
        (tmp_path / name).write_text("De stad schoonmaken.\n", encoding="utf-8")
    (tmp_path / "b.yaml").write_text("missie: [niet gesloten\n", encoding="utf-8")
    result = check(*(str(tmp_path / n) for n in ("a.txt", "b.yaml", "c.txt")), "--kind", "missie", "--format", fmt)
    assert result.exit_code == 2
    if fmt == "json":
        report = json.loads(result.stdout)
        assert [Path(e["path"]).name for e in report["errors"]] == ["b.yaml"]
        assert [Path(f["path"]).name for f in report["files"]] == ["a.txt", "c.txt"]
        assert report["summary"]["errors"] == 1
    else:
        assert "b.yaml" in result.stderr and "Traceback" not in result.output
        assert "a.txt" in result.stdout and "c.txt" in result.stdout


def test_cache_key_follows_compiled_patterns_and_model_files(rules, model_info, tmp_path):
    """A change to a shared pattern set (not in the rule's own file) or to a model's weights
    (same meta.json) must not serve old results from the cache."""
    from dataclasses import replace

    from missionlint.lint.cache import fingerprint

    settings = {"min_severity": "info"}
    model = tmp_path / "model"
    model.mkdir()
    (model / "weights").write_bytes(b"1")
    base = fingerprint(rules, model_info.meta, str(model), settings)
    assert fingerprint(rules, model_info.meta, str(model), settings) == base
    changed = [replace(r, spec={**r.spec, "unless": [[{"LOWER": "zodat"}]]}) if r.id == "ML105" else r for r in rules]
    assert fingerprint(changed, model_info.meta, str(model), settings) != base
    (model / "weights").write_bytes(b"22")
    assert fingerprint(rules, model_info.meta, str(model), settings) != base
