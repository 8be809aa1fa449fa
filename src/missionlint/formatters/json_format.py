"""The JSON report; its keys are documented in the README and kept stable."""

from __future__ import annotations

import json
from collections import Counter

from missionlint import __version__
from missionlint.findings import FileError, FileResult, Finding
from missionlint.scoring import summary_score

SCHEMA_VERSION = 1


def _position(result: FileResult, offset: int) -> dict:
    line, column = result.source.position(offset)
    position = {"line": line, "column": column, "offset": offset}
    paragraph = result.source.paragraph_position(offset)  # .docx files only
    if paragraph is not None:
        position.update(paragraph=paragraph[0], paragraph_offset=paragraph[1] - 1)
    return position


def finding_dict(result: FileResult, finding: Finding) -> dict:
    rule = finding.rule
    return {
        "rule": rule.id, "name": rule.name, "category": rule.category, "severity": finding.level,
        "confidence": finding.confidence, "section": finding.section, "message": finding.message,
        "start": _position(result, finding.start), "end": _position(result, finding.end),
        "text": finding.text, "rewrites": list(finding.rewrites), "fix": finding.fix,
    }


def file_dict(result: FileResult) -> dict:
    return {
        "path": result.path,
        "score": result.score,
        "encoding": result.source.encoding,
        "warnings": list(result.source.warnings),
        "sections": [
            {
                "kind": s.section.kind, "kind_source": s.section.kind_source, "title": s.section.title,
                "linted_as": s.kind, "inferred_kind": s.inferred_kind,
                "inferred_confidence": s.inferred_confidence,
                "start": _position(result, s.section.start), "end": _position(result, s.section.end),
                "words": s.words, "score": s.score,
            }
            for s in result.sections
        ],
        "findings": [finding_dict(result, f) for f in result.findings],
    }


def report(results: list[FileResult], errors: list[FileError], model: dict | None) -> dict:
    findings = [f for r in results for f in r.findings]
    by_severity = Counter(f.level for f in findings)
    return {
        "version": __version__,
        "schema": SCHEMA_VERSION,
        "model": model,
        "files": [file_dict(r) for r in results],
        "errors": [{"path": e.path, "line": e.line, "column": e.column, "message": e.message} for e in errors],
        "summary": {
            "files": len(results),
            "findings": len(findings),
            "errors": len(errors),
            "score": summary_score(results),
            "by_severity": {level: by_severity.get(level, 0) for level in ("error", "warning", "info")},
        },
    }


def render(results: list[FileResult], errors: list[FileError], model: dict | None) -> str:
    return json.dumps(report(results, errors, model), ensure_ascii=False, indent=2)
