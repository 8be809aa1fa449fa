"""The one finishing step of a linted file, between the engine and the report.

The engine (and the result cache) keep every finding of every rule that any file needs.
Finishing a file applies, in this order: its configuration's rule selection and severity
overrides, its suppression comments, the scores (of what remains: suppressed and
deselected findings count nowhere, as in ruff), then `min-severity` (which hides
findings but does not change scores), and with `report_unused` the findings of ML000
(when the file selects it) for suppressions that suppressed nothing. It also writes the
file's warnings: never a silent pass, so a file where nothing was checked, or text that
is not Dutch, says so. Last comes the
suppressions file (`lint.bulk`), which hides what was recorded but leaves the score as
the text's (so a recorded score can serve as a floor). Each file's result says how many
findings the comments and the suppressions file took away (`FileResult.suppressed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace

from missionlint.checks.language import DUTCH, NAMES
from missionlint.findings import FileResult, Finding
from missionlint.kinds import LINTED_KINDS
from missionlint.lint import suppressions
from missionlint.lint.bulk import BulkSuppressions
from missionlint.lint.scoring import score_file
from missionlint.rulebook.model import SEVERITY_ORDER, Rule


@dataclass
class Finisher:
    rules: list[Rule] = field(default_factory=list)  # every known rule (to check comment selectors)
    rules_for: Callable[[str], frozenset[str] | None] | None = None  # path -> selected ids (None: all)
    severity_for: Callable[[str], dict[str, str]] | None = None  # path -> severity overrides
    min_severity: str = "info"
    report_unused: bool = False
    warnings: list[str] = field(default_factory=list)  # unknown selectors in suppression comments
    unused: int = 0  # ML000 findings reported
    bulk: BulkSuppressions | None = None  # the suppressions file, when the run uses one
    drops: list[tuple[str, float, float]] = field(default_factory=list)  # (path, score, recorded score)

    @classmethod
    def for_run(
        cls, run, rules: list[Rule], report_unused: bool = False, bulk: BulkSuppressions | None = None
    ) -> Finisher:
        """The finishing step of a `config.run.Run`: each file's selection and severities,
        the run's min-severity; `rules` are every rule known (for comment selectors);
        `bulk`: the suppressions file, when the run uses one."""
        return cls(
            rules=rules,
            rules_for=run.rules_for,
            severity_for=run.severity_for,
            min_severity=run.min_severity,
            report_unused=report_unused,
            bulk=bulk,
        )

    def reset(self) -> None:
        """Forget the counts of the files finished so far (before the files are linted again)."""
        self.unused = 0
        self.drops.clear()

    def __call__(self, result: FileResult) -> FileResult:
        selected = self.rules_for(result.path) if self.rules_for else None
        levels = self.severity_for(result.path) if self.severity_for else {}
        kept = [
            replace(f, severity=levels[f.rule.id]) if f.rule.id in levels else f
            for f in result.findings
            if selected is None or f.rule.id in selected
        ]
        findings, found = suppressions.apply(result.source, kept)
        result.findings = findings
        score_file(result)
        threshold = SEVERITY_ORDER[self.min_severity]
        result.findings = [f for f in findings if SEVERITY_ORDER[f.level] >= threshold]
        # what the comments took away: findings that would be shown had no comment covered them
        by_comments = sum(1 for f in kept if SEVERITY_ORDER[f.level] >= threshold) - len(result.findings)
        for directive, selector, hint in suppressions.unknown_selectors(found, self.rules):
            line, column = result.source.position(directive.start)
            self.warnings.append(
                f"{result.path}:{line}:{column}: onbekende regel of categorie '{selector}' in een "
                f"onderdrukkingscommentaar{hint}"
            )
        unused_rule = self._unused_rule
        extra = []
        if self.report_unused and unused_rule is not None and (selected is None or unused_rule.id in selected):
            extra = [
                replace(f, severity=levels[f.rule.id]) if f.rule.id in levels else f
                for f in suppressions.unused_findings(result, found, unused_rule)
            ]
            result.findings = sorted(result.findings + extra, key=lambda f: (f.start, f.rule.id))
        result.warnings = [*result.source.warnings, *file_warnings(result)]
        result.suppressed = {"comments": by_comments, "file": self._apply_bulk(result, findings + extra)}
        self.unused += sum(1 for f in result.findings if f.rule.id == suppressions.UNUSED)
        return result

    def _apply_bulk(self, result: FileResult, every: list[Finding]) -> int:
        """The suppressions file on a finished file: note `every` finding (shown or not),
        record them (--suppress-all), compare the score with the recorded one, then drop
        the shown findings it covers; returns how many."""
        if self.bulk is None:
            return 0
        self.bulk.observe(result, every)
        floor = self.bulk.floor(result.path)
        if self.bulk.score_floor and floor is not None and result.score is not None and result.score < floor:
            self.drops.append((result.path, result.score, floor))
        if self.bulk.record_all:
            self.bulk.record(result)
        return self.bulk.apply(result)

    @property
    def _unused_rule(self) -> Rule | None:
        return next((r for r in self.rules if r.id == suppressions.UNUSED), None)


NOT_DUTCH = "{what} is {language}, geen Nederlands: niet gecontroleerd"
NOTHING_CHECKED = (
    "geen missie, visie, waarden of strategie herkend: niets gecontroleerd "
    "(zet een kopje als 'Missie' boven de tekst, of gebruik --kind)"
)


def file_warnings(result: FileResult) -> list[str]:
    """A line for text not written in Dutch, or for a file where no section was checked."""
    foreign = [s for s in result.sections if s.language != DUTCH]
    checked = any(s.kind in LINTED_KINDS for s in result.sections)
    if not foreign:
        return [] if checked else [NOTHING_CHECKED]
    languages = {NAMES.get(s.language, s.language) for s in foreign}
    if not checked and len(languages) == 1:
        return [NOT_DUTCH.format(what="de tekst", language=languages.pop())]
    warnings = []
    for section in foreign:
        line, _ = result.source.position(section.section.start)
        what = f"'{section.section.name}' (regel {line})"
        warnings.append(NOT_DUTCH.format(what=what, language=NAMES.get(section.language, section.language)))
    return warnings
