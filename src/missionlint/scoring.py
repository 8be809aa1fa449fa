"""Scores: 100 minus the weighted findings of a section, and length-weighted file scores.

    section score = max(0, 100 - sum(weight x confidence of its findings))
    file score    = sum(section score x words) / sum(words)   (100 for a file without text)
"""

from __future__ import annotations

from missionlint.findings import FileResult, Finding, SectionResult


def section_score(findings: list[Finding]) -> float:
    penalty = sum(f.rule.weight * f.confidence for f in findings)
    return round(max(0.0, 100.0 - penalty), 1)


def file_score(sections: list[SectionResult]) -> float:
    total = sum(s.words for s in sections)
    if not total:
        return 100.0
    return round(sum(s.score * s.words for s in sections) / total, 1)


def score_file(result: FileResult) -> None:
    """Fill in the section scores and the file score of a linted file."""
    for index, section in enumerate(result.sections):
        section.score = section_score([f for f in result.findings if f.section == index])
    result.score = file_score(result.sections)


def summary_score(results: list[FileResult]) -> float:
    linted = [r for r in results if r.sections]
    if not linted:
        return 100.0
    total = sum(sum(s.words for s in r.sections) for r in linted)
    if not total:
        return 100.0
    return round(sum(r.score * sum(s.words for s in r.sections) for r in linted) / total, 1)
