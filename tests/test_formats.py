"""The output formats through the real CLI on the examples: SARIF, GitHub annotations,
JUnit XML, Markdown and the HTML report (parsed, and rendered by a real headless browser
when chromium is installed). The JSON report is the oracle for what every format must carry."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest
from typer.testing import CliRunner

from missionlint.cli import app
from missionlint.formatters import FORMATS
from missionlint.formatters.github import escape_data, escape_property

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = "examples/"
SCHEMAS = Path(__file__).resolve().parents[2] / "shared/data/schemas"
SARIF_SCHEMA = SCHEMAS / "sarif-schema-2.1.0.json"
CHROMIUM = Path("/usr/bin/chromium")
runner = CliRunner()
_cache: dict[tuple, object] = {}


@pytest.fixture(autouse=True)
def _in_repo(monkeypatch):
    monkeypatch.chdir(ROOT)  # paths in the reports are relative to the working directory


def run(fmt: str, *args: str, stdin: str | None = None):
    """`missionlint check ARGS --format FMT`, cached per arguments (the pipeline is slow)."""
    key = (fmt, args, stdin)
    if key not in _cache:
        _cache[key] = runner.invoke(app, ["check", *args, "--format", fmt], input=stdin)
    return _cache[key]


def output(fmt: str, *args: str, stdin: str | None = None, codes=(0, 1)) -> str:
    result = run(fmt, *args, stdin=stdin)
    assert result.exit_code in codes, result.output
    return result.stdout


def oracle(*args: str, stdin: str | None = None, codes=(0, 1)) -> dict:
    return json.loads(output("json", *args, stdin=stdin, codes=codes))


def findings(report: dict) -> list[tuple[dict, dict]]:
    return [(f, x) for f in report["files"] for x in f["findings"]]


def test_every_format_is_a_check_choice():
    result = runner.invoke(app, ["check", "--help"])
    for name in FORMATS:
        assert name in result.stdout


# --- SARIF ------------------------------------------------------------------------------------


def _validate_sarif(data: dict) -> None:
    if not SARIF_SCHEMA.exists():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA} (a clone without ../shared)")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(data)


def test_sarif_is_valid_and_carries_every_finding():
    data = json.loads(output("sarif", EXAMPLES))
    _validate_sarif(data)
    run_ = data["runs"][0]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "missionlint" and driver["version"]
    rules = driver["rules"]
    expected = findings(oracle(EXAMPLES))
    assert len(run_["results"]) == len(expected) > 0
    for result, (file, finding) in zip(run_["results"], expected):
        assert result["ruleId"] == finding["rule"] == rules[result["ruleIndex"]]["id"]
        assert result["level"] == {"error": "error", "warning": "warning", "info": "note"}[finding["severity"]]
        assert result["message"]["text"] == finding["message"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"]["uri"] == file["path"]
        region = location["region"]
        assert (region["startLine"], region["startColumn"]) == (finding["start"]["line"], finding["start"]["column"])
        assert (region["endLine"], region["endColumn"]) == (finding["end"]["line"], finding["end"]["column"])
        assert region["charOffset"] == finding["start"]["offset"]
        assert region["charLength"] == finding["end"]["offset"] - finding["start"]["offset"]
        source = (ROOT / file["path"]).read_text(encoding="utf-8")
        assert region["snippet"]["text"] == source[region["charOffset"] : region["charOffset"] + region["charLength"]]
    for rule in rules:
        assert rule["shortDescription"]["text"] and rule["fullDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("error", "warning", "note")
        assert rule["properties"]["category"] in rule["properties"]["tags"]
    invocation = run_["invocations"][0]
    assert invocation["executionSuccessful"] is True
    assert invocation["toolExecutionNotifications"] == []


def test_sarif_fixes_replace_the_span():
    text = "De stad schoonmaken.\n"
    data = json.loads(output("sarif", "-", "--kind", "missie", stdin=text))
    _validate_sarif(data)
    expected = findings(oracle("-", "--kind", "missie", stdin=text))
    with_fix = [(r, f) for r, (_, f) in zip(data["runs"][0]["results"], expected) if f["fix"]]
    assert all(("fixes" in r) == bool(f["fix"]) for r, (_, f) in zip(data["runs"][0]["results"], expected))
    if not with_fix:
        pytest.skip("no finding with a safe fix for this text")
    for result, finding in with_fix:
        replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
        deleted = replacement["deletedRegion"]
        assert deleted["charOffset"] == finding["start"]["offset"]
        assert text[deleted["charOffset"] : deleted["charOffset"] + deleted["charLength"]] == finding["text"]
        assert replacement["insertedContent"]["text"] == finding["fix"]


def test_sarif_input_errors_are_notifications():
    result = run("sarif", "examples/gemeente-zuidhoven-sterk.md", "missing-file.md")
    assert result.exit_code == 2
    data = json.loads(result.stdout)
    _validate_sarif(data)
    invocation = data["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    notes = invocation["toolExecutionNotifications"]
    assert [n["level"] for n in notes] == ["error"]
    assert notes[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "missing-file.md"


# --- GitHub Actions -----------------------------------------------------------------------------

COMMAND = re.compile(r"^::(error|warning|notice)(?: ([^:]*))?::(.*)$")


def _unescape(value: str, prop: bool = False) -> str:
    if prop:
        value = value.replace("%3A", ":").replace("%2C", ",")
    return value.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%")


def parse_command(line: str) -> tuple[str, dict, str]:
    match = COMMAND.match(line)
    assert match, line
    props = {}
    for pair in (match.group(2) or "").split(","):
        key, _, value = pair.partition("=")
        props[key] = _unescape(value, prop=True)
    return match.group(1), props, _unescape(match.group(3))


def test_github_annotations_parse_and_point_at_the_finding():
    lines = output("github", EXAMPLES).splitlines()
    expected = findings(oracle(EXAMPLES))
    assert len(lines) == len(expected) > 0
    for line, (file, finding) in zip(lines, expected):
        command, props, message = parse_command(line)
        assert command == {"error": "error", "warning": "warning", "info": "notice"}[finding["severity"]]
        assert props["file"] == file["path"] and (ROOT / props["file"]).is_file()
        assert int(props["line"]) == finding["start"]["line"]
        assert int(props["col"]) == finding["start"]["column"]
        assert int(props["endLine"]) == finding["end"]["line"]
        assert int(props["endColumn"]) == finding["end"]["column"]
        assert props["title"] == f"{finding['rule']} {finding['name']}"
        assert message.startswith(finding["message"])


def test_github_escaping():
    assert escape_data("50% klaar\r\nnu") == "50%25 klaar%0D%0Anu"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    result = run("github", "missing-file.md")
    assert result.exit_code == 2
    command, props, _ = parse_command(result.stdout.strip())
    assert command == "error" and props["file"] == "missing-file.md"


# --- JUnit -----------------------------------------------------------------------------------------


def test_junit_parses_and_counts_failures():
    root = ET.fromstring(output("junit", EXAMPLES))
    report = oracle(EXAMPLES)
    assert root.tag == "testsuites"
    suites = root.findall("testsuite")
    assert [s.get("name") for s in suites] == [f["path"] for f in report["files"]]
    failing_sections = sum(len({x["section"] for x in f["findings"]}) for f in report["files"])
    assert int(root.get("failures")) == len(root.findall(".//failure")) == failing_sections > 0
    for suite, file in zip(suites, report["files"]):
        assert len(suite.findall("testcase")) == int(suite.get("tests")) == len(file["sections"])
        text = "\n".join(f.text or "" for f in suite.iter("failure"))
        for finding in file["findings"]:
            assert f"{file['path']}:{finding['start']['line']}:{finding['start']['column']}: {finding['rule']}" in text


def test_junit_input_errors():
    result = run("junit", "missing-file.md")
    assert result.exit_code == 2
    root = ET.fromstring(result.stdout)
    assert root.get("errors") == "1" and root.find(".//error") is not None


# --- Markdown --------------------------------------------------------------------------------------


def test_markdown_has_the_table_and_every_finding():
    text = output("markdown", EXAMPLES)
    report = oracle(EXAMPLES)
    assert "| Bestand | Score | Ernstig | Verbeterpunten | Aandachtspunten |" in text
    assert "|---|---:|---:|---:|---:|" in text
    for file in report["files"]:
        by = file_counts(file)
        row = f"| `{file['path']}` | {file['score']:.0f} | {by['error']} | {by['warning']} | {by['info']} |"
        assert row in text
        for finding in file["findings"]:
            assert (
                f"`{file['path']}:{finding['start']['line']}:{finding['start']['column']}` **{finding['rule']}**"
                in text
            )
    rewritten = [x for _, x in findings(report) if x["rewrites"] and x["text"].strip()]
    if rewritten:
        assert "```diff" in text


def file_counts(file: dict) -> dict:
    return {level: sum(1 for x in file["findings"] if x["severity"] == level) for level in ("error", "warning", "info")}


# --- HTML ------------------------------------------------------------------------------------------


class ReportParser(HTMLParser):
    """Collects the text inside highlight elements per finding token, and the finding cards."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, list[str]]] = []
        self.marked: dict[str, str] = {}
        self.cards: dict[str, dict] = {}
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag in ("br", "meta", "img", "link", "input", "hr"):
            return
        tokens = (attrs.get("data-f") or "").split() if "hl" in (attrs.get("class") or "").split() else []
        self.stack.append((tag, tokens))
        if "finding" in (attrs.get("class") or "").split():
            self.cards[attrs["id"]] = attrs

    def handle_endtag(self, tag):
        if tag in ("br", "meta", "img", "link", "input", "hr"):
            return
        while self.stack:
            open_tag, _ = self.stack.pop()
            if open_tag == tag:
                break

    def handle_data(self, data):
        self.text.append(data)
        for token in {t for _, tokens in self.stack for t in tokens}:
            self.marked[token] = self.marked.get(token, "") + data


def _norm(text: str) -> str:
    return " ".join(text.split())


def test_html_highlights_every_finding_and_loads_nothing():
    page = output("html", EXAMPLES)
    report = oracle(EXAMPLES)
    parser = ReportParser()
    parser.feed(page)
    lowered = page.lower()
    assert "<link" not in lowered
    assert not re.search(r"<script[^>]*\bsrc", lowered)
    assert not re.search(r"<img[^>]*src\s*=\s*[\"']?https?:", lowered)
    assert "@import" not in lowered and "url(" not in lowered
    for _, attrs in parser.tags:
        for name in ("src", "href", "srcset", "data", "poster", "action"):
            assert not (attrs.get(name) or "").startswith(("http:", "https:", "//")), attrs
    cards = list(parser.cards.values())
    assert len(cards) == len(findings(report)) > 0
    for index, file in enumerate(report["files"], 1):
        source = (ROOT / file["path"]).read_text(encoding="utf-8")
        for finding in file["findings"]:
            start, end = finding["start"]["offset"], finding["end"]["offset"]
            card = next(
                c
                for token, c in parser.cards.items()
                if token.startswith(f"f{index}-")
                and c["data-start"] == str(start)
                and c["data-end"] == str(end)
                and c["data-rule"] == finding["rule"]
            )
            assert _norm(parser.marked.get(card["id"], "")) == _norm(source[start:end]), finding
    assert "<details" in page and "@media print" in page
    assert "Totaalscore" in page and "taalmodel" in page


@pytest.mark.skipif(not CHROMIUM.exists(), reason="chromium is not installed (/usr/bin/chromium)")
def test_html_in_a_headless_browser(tmp_path):
    page = output("html", EXAMPLES)
    report_file = tmp_path / "report.html"
    report_file.write_text(page, encoding="utf-8")
    base = [
        str(CHROMIUM),
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    url = report_file.as_uri()

    def browse(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([*base, *args, url], capture_output=True, text=True, timeout=180)

    dom = browse("--dump-dom").stdout
    assert "Totaalscore" in dom
    parser = ReportParser()
    parser.feed(dom)
    report = oracle(EXAMPLES)
    assert len(parser.cards) == len(findings(report))
    rendered = _norm("".join(parser.text))
    for _, finding in findings(report):
        assert _norm(finding["message"]) in rendered

    screenshot = tmp_path / "report.png"
    browse(f"--screenshot={screenshot}", "--window-size=1200,2000", "--hide-scrollbars")
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"

    pdf = tmp_path / "report.pdf"
    browse(f"--print-to-pdf={pdf}", "--no-pdf-header-footer")
    assert pdf.read_bytes()[:5] == b"%PDF-"
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
        assert pages > len(report["files"])  # a page break before every document


# --- what readers of the output rely on ----------------------------------------------------------

# Attributes the Jenkins JUnit schema (xunit plugin, junit-10.xsd) allows per element.
JENKINS_JUNIT_ATTRIBUTES = {
    "testsuites": {"name", "time", "tests", "failures", "errors"},
    "testsuite": {
        "name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp",
        "hostname", "id", "package", "file", "log", "url",
    },
    "testcase": {"name", "time", "classname", "group"},
    "failure": {"type", "message"},
    "error": {"type", "message"},
    "skipped": {"type", "message"},
    "properties": set(),
    "property": {"name", "value"},
    "system-out": set(),
    "system-err": set(),
}  # fmt: skip


def test_junit_uses_only_the_jenkins_schema_attributes():
    root = ET.fromstring(output("junit", EXAMPLES, "missing-file.md", codes=(2,)))
    for element in root.iter():
        assert element.tag in JENKINS_JUNIT_ATTRIBUTES, element.tag
        assert set(element.attrib) <= JENKINS_JUNIT_ATTRIBUTES[element.tag], (element.tag, element.attrib)
    for suite in root.iter("testsuite"):
        assert {"name", "tests", "failures", "errors"} <= set(suite.attrib)


def test_html_ids_are_unique_in_a_report():
    page = output("html", EXAMPLES)
    ids = re.findall(r'\sid="([^"]+)"', page)
    assert len(ids) > 20 and len(ids) == len(set(ids)), [i for i in set(ids) if ids.count(i) > 1]
    for target in re.findall(r'href="#([^"]+)"', page):
        assert target in ids


def test_text_context_of_a_whole_section_finding_is_capped(tmp_path):
    line = ("De stad schoonmaken, de parken onderhouden en de wijken verbeteren, " * 700).strip() + "\n"
    path = tmp_path / "lang.txt"
    path.write_text(line, encoding="utf-8")
    result = runner.invoke(app, ["check", str(path), "--kind", "missie", "--no-cache", "--no-color"])
    assert result.exit_code == 1, result.output
    whole = list(oracle(str(path), "--kind", "missie", "--no-cache")["files"][0]["findings"])
    assert any(x["end"]["offset"] - x["start"]["offset"] > 10_000 for x in whole)  # a whole-section finding
    assert len(result.stdout) < 40 * 1_000  # each finding shows a line, not the section again
    assert max(len(out) for out in result.stdout.splitlines()) < 400
    assert " … " in result.stdout


def test_rules_wraps_names_and_shows_user_text_as_written(tmp_path):
    folder = tmp_path / "eigen"
    folder.mkdir()
    (folder / "ML901-eigen.yaml").write_text(
        "id: ML901\nname: eigen-regel-met-een-heel-lange-naam\ncategory: language\ntype: terms\n"
        "severity: info\nweight: 1\napplies_to: [missie]\n"
        "summary: 'Zegt [wie] iets [bold]vets[/bold] over {x}?'\nmessage: \"'{text}' [wie].\"\n"
        "explanation: Uitleg.\nattr: LOWER\nterms: [{term: sowieso}]\n"
        "examples: {bad: ['Wij doen het sowieso.'], good: ['Wij doen het.']}\n",
        encoding="utf-8",
    )
    for width in (60, 80, 120):
        result = runner.invoke(app, ["rules", "--rules", str(folder)], env={"COLUMNS": str(width)})
        assert result.exit_code == 0, result.output
        assert all(len(out) <= width for out in result.stdout.splitlines())
        for name in ("ML901", "eigen-regel-met-een-heel-lange-naam", "organisation-as-aspiration", "ML000"):
            assert name in result.stdout.split(), (width, name)
        assert "[wie] iets [bold]vets[/bold]" in " ".join(result.stdout.split())
        assert "…" not in result.stdout


def test_ml000_is_a_rule_like_the_others(tmp_path):
    explained = runner.invoke(app, ["explain", "ML000"])
    assert explained.exit_code == 0, explained.output
    assert "unused-suppression" in explained.stdout and "Waarom" in explained.stdout
    listed = json.loads(runner.invoke(app, ["rules", "--format", "json"]).stdout)
    assert "ML000" in [r["id"] for r in listed]
    path = tmp_path / "m.md"
    path.write_text("## Missie\n\n<!-- missionlint-disable-next-line ML103 -->\nEen schonere stad.\n", encoding="utf-8")
    reported = runner.invoke(app, ["check", str(path), "--no-cache", "--report-unused", "--format", "json"])
    assert reported.exit_code == 1
    assert [x["rule"] for x in json.loads(reported.stdout)["files"][0]["findings"]] == ["ML000"]
    ignored = runner.invoke(app, ["check", str(path), "--no-cache", "--report-unused", "--ignore", "ML000"])
    assert ignored.exit_code == 0, ignored.output
    assert "ML000" not in ignored.stdout
