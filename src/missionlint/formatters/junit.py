"""JUnit XML for CI test reports (GitLab, Jenkins, Azure DevOps).

One <testsuite> per file, one <testcase> per section. A section with findings has one
<failure> (type: its highest severity) whose text lists every finding; sections that are
not mission texts are <skipped>. Each input error is a testsuite with an <error>. Each
testsuite's properties say how many findings were suppressed (`suppressed`,
`suppressed.comments`, `suppressed.file`), and so does its <system-out>.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from missionlint import __version__
from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding
from missionlint.formatters import checked_as, section_label, suppressed_counts, suppressed_text
from missionlint.formatters.whole import writer
from missionlint.rulebook.model import SEVERITY_ORDER


def _finding_text(result: FileResult, finding: Finding) -> str:
    line, column = result.source.position(finding.start)
    text = f"{result.path}:{line}:{column}: {finding.rule.id} {finding.rule.name} [{finding.level}] {finding.message}"
    if finding.template:
        text += f"\n    suggestie: {finding.template}"
    for before, after, applicability in [] if finding.template else finding.previews(result.source.text, 1):
        text += f"\n    - {before}\n    + {after} ({applicability.label})"
    return text


def _suite(result: FileResult, model: dict | None) -> ET.Element:
    suite = ET.Element("testsuite", name=result.path)
    props = ET.SubElement(suite, "properties")
    if result.score is not None:
        ET.SubElement(props, "property", name="score", value=f"{result.score:g}")
    ET.SubElement(props, "property", name="checked_sections", value=str(result.checked))
    for key, number in suppressed_counts(result.suppressed).items():
        name = "suppressed" if key == "total" else f"suppressed.{key}"
        ET.SubElement(props, "property", name=name, value=str(number))
    for key, value in (model or {}).items():
        ET.SubElement(props, "property", name=f"model.{key}", value=str(value))
    failures = skipped = 0
    for index, section in enumerate(result.sections):
        findings = [f for f in result.findings if f.section == index]
        line, _ = result.source.position(section.section.start)
        case = ET.SubElement(
            suite,
            "testcase",
            classname=result.path,
            name=f"{section_label(section)} ({checked_as(section)}; regel {line})",
            time="0",
        )
        if findings:
            failures += 1
            worst = max(findings, key=lambda f: SEVERITY_ORDER[f.level]).level
            count = f"{len(findings)} bevinding" + ("en" if len(findings) != 1 else "")
            scored = "" if section.score is None else f", score {section.score:g}"
            failure = ET.SubElement(case, "failure", type=worst, message=count + scored)
            failure.text = "\n".join(_finding_text(result, f) for f in findings)
        elif section.kind == "unknown":
            skipped += 1
            ET.SubElement(case, "skipped", message="geen missie-, visie-, waarden- of strategietekst")
    suppressed = suppressed_text(result.suppressed)
    if suppressed:
        ET.SubElement(suite, "system-out").text = f"{result.path}: {suppressed}"
    if result.warnings:
        ET.SubElement(suite, "system-err").text = "\n".join(result.warnings)
    suite.set("tests", str(len(result.sections)))
    suite.set("failures", str(failures))
    suite.set("errors", "0")
    suite.set("skipped", str(skipped))
    suite.set("time", "0")
    return suite


def _error_suite(error: InputError) -> ET.Element:
    suite = ET.Element("testsuite", name=error.path, tests="1", failures="0", errors="1", skipped="0", time="0")
    case = ET.SubElement(suite, "testcase", classname=error.path, name="inlezen", time="0")
    ET.SubElement(case, "error", type="input", message=f"{error.location()}: {error.message}")
    return suite


def render(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    root = ET.Element("testsuites", name=f"missionlint {__version__}")
    suites = [_suite(r, model) for r in results] + [_error_suite(e) for e in errors]
    for key in ("tests", "failures", "errors"):  # the Jenkins schema has no `skipped` here
        root.set(key, str(sum(int(s.get(key, 0)) for s in suites)))
    root.set("time", "0")
    root.extend(suites)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


write = writer(render)
