"""`type: suppression`: ML000, the suppression comment that suppressed nothing.

Its findings do not come from the text but from the comments, after linting:
`lint.suppressions.unused_findings` makes them when `check --report-unused` asks. The
type exists so that ML000 is a rule like the others, with its file, explanation and
examples, known to `rules`, `explain`, `--select` and `--ignore`.
"""

from __future__ import annotations

from missionlint.checks.base import Checker, RuleType, SectionContext
from missionlint.findings import Finding
from missionlint.rulebook.model import Rule


class SuppressionType(RuleType):
    name = "suppression"

    def compile(self, rules: list[Rule], nlp) -> Checker:
        return NoTextChecker()


class NoTextChecker(Checker):
    """Nothing to find in a section's text."""

    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        return []
