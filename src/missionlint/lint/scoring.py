"""Scores: 100 minus the weighted findings of a section, and length-weighted file scores.

section score = max(0, 100 - sum(weight x confidence of its findings))
file score    = sum(section score x words) / sum(words)   (100 for a file without text)

Findings that say a sentence frames a role (`signals: role`) count once per section, as
the heaviest of them times the section's role share: a text whose every sentence is about
the organisation loses the whole weight, one that names the outcome in most sentences
about half of it.
"""

from __future__ import annotations

from missionlint.checks.framing import role_share
from missionlint.findings import FileResult, Finding, SectionResult, SentenceFraming

ROLE_FLOOR = 0.5  # share of the role weight a section pays for one role sentence among many


def section_score(findings: list[Finding], sentences: list[SentenceFraming] | None = None) -> float:
    role = [f.rule.weight * f.confidence for f in findings if f.rule.signals == "role"]
    penalty = sum(f.rule.weight * f.confidence for f in findings if f.rule.signals != "role")
    if role:
        share = role_share(sentences) if sentences else 1.0
        penalty += max(role) * (ROLE_FLOOR + (1 - ROLE_FLOOR) * share)
    return round(max(0.0, 100.0 - penalty), 1)


def file_score(sections: list[SectionResult]) -> float:
    total = sum(s.words for s in sections)
    if not total:
        return 100.0
    return round(sum(s.score * s.words for s in sections) / total, 1)


def score_file(result: FileResult) -> None:
    """Fill in the section scores and the file score of a linted file."""
    for index, section in enumerate(result.sections):
        section.score = section_score([f for f in result.findings if f.section == index], section.sentences)
    result.score = file_score(result.sections)


class Totals:
    """What the summary of a run needs, gathered file by file, so results can be printed
    and dropped as they come (a run over 10,000 files keeps no findings in memory)."""

    @classmethod
    def of(cls, results) -> Totals:
        totals = cls()
        for result in results:
            totals.add(result)
        return totals

    def __init__(self) -> None:
        self.files = 0
        self.findings = 0
        self.by_severity = {"error": 0, "warning": 0, "info": 0}
        self._weighted = 0.0  # sum of file score x words over files with words
        self._words = 0

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.findings += len(result.findings)
        for finding in result.findings:
            self.by_severity[finding.level] = self.by_severity.get(finding.level, 0) + 1
        words = sum(s.words for s in result.sections)
        self._weighted += result.score * words
        self._words += words

    @property
    def score(self) -> float:
        """The files' scores weighted by their words (100 when no file has words)."""
        return round(self._weighted / self._words, 1) if self._words else 100.0


def summary_score(results: list[FileResult]) -> float:
    return Totals.of(results).score
