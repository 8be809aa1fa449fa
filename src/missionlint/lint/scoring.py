"""Scores: 100 minus the weighted findings of a checked section, and file scores weighted
by the words of the checked sections only.

A section is checked when it was linted as one of the four kinds (missie, visie, waarden,
strategie); a section under another heading ("Contact") was not looked at, so it has no
score and does not dilute the file's score. A file without a checked section has no score
at all (None): it does not count in the summary and cannot fail `--fail-under`.

section score = max(0, 100 - sum(weight x confidence of its findings))   (checked sections)
file score    = sum(section score x words) / sum(words)                  (over checked sections)
summary score = sum(file score x checked words) / sum(checked words)     (over scored files)

Findings that say a sentence frames a role (`signals: role`) count once per section, as
the heaviest of them times the section's role share: a text whose every sentence is about
the organisation loses the whole weight, one that names the outcome in most sentences
about half of it.
"""

from __future__ import annotations

from collections.abc import Iterable

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


class WeightedMean:
    """Scores weighted by their words, summed as they come; the plain mean when none has
    words; None when there is no score."""

    def __init__(self) -> None:
        self.count, self.total, self.weighted, self.words = 0, 0.0, 0.0, 0

    def add(self, score: float, words: int) -> None:
        self.count += 1
        self.total += score
        self.weighted += score * words
        self.words += words

    @property
    def value(self) -> float | None:
        if not self.count:
            return None
        return round(self.weighted / self.words if self.words else self.total / self.count, 1)


def file_score(sections: list[SectionResult]) -> float | None:
    """The checked sections' scores weighted by their words; None when none was checked."""
    mean = WeightedMean()
    for section in sections:
        if section.checked and section.score is not None:
            mean.add(section.score, section.words)
    return mean.value


def score_file(result: FileResult) -> None:
    """Fill in the section scores and the file score of a linted file."""
    for index, section in enumerate(result.sections):
        if section.checked:
            section.score = section_score([f for f in result.findings if f.section == index], section.sentences)
        else:
            section.score = None
    result.score = file_score(result.sections)


class Totals:
    """What the summary of a run needs, gathered file by file, so results can be printed
    and dropped as they come (a run over 10,000 files keeps no findings in memory)."""

    @classmethod
    def of(cls, results: Iterable[FileResult]) -> Totals:
        totals = cls()
        for result in results:
            totals.add(result)
        return totals

    def __init__(self) -> None:
        self.files = 0
        self.scored = 0  # files with a score (at least one checked section)
        self.findings = 0
        self.by_severity = {"error": 0, "warning": 0, "info": 0}
        self.suppressed = {"comments": 0, "file": 0}  # findings the comments and the suppressions file took away
        self._mean = WeightedMean()  # of the file scores, by checked words

    def add(self, result: FileResult) -> None:
        self.files += 1
        self.findings += len(result.findings)
        for finding in result.findings:
            self.by_severity[finding.level] = self.by_severity.get(finding.level, 0) + 1
        for how, count in result.suppressed.items():
            self.suppressed[how] = self.suppressed.get(how, 0) + count
        if result.score is not None:
            self.scored += 1
            self._mean.add(result.score, result.checked_words)

    @property
    def score(self) -> float | None:
        """The scored files' scores weighted by their checked words; None when no file
        has a score."""
        return self._mean.value


def summary_score(results: Iterable[FileResult]) -> float | None:
    return Totals.of(results).score
