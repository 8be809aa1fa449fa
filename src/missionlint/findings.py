"""What the engine returns: findings per section, section results and file results."""

from __future__ import annotations

from dataclasses import dataclass, field

from missionlint.fix.model import Applicability, Fix
from missionlint.kinds import LINTED_KINDS
from missionlint.rulebook.model import Rule
from missionlint.sources.model import Section, Source


@dataclass(frozen=True)
class Finding:
    rule: Rule
    section: int  # index into the file's sections
    start: int  # character offsets in the original file
    end: int
    text: str
    message: str
    confidence: float
    fixes: tuple[Fix, ...] = ()  # the preferred one first
    severity: str = ""  # overrides the rule's severity when set

    @property
    def level(self) -> str:
        return self.severity or self.rule.severity

    @property
    def rewrites(self) -> tuple[str, ...]:
        """The concrete rewrites of `text`, or the fill-in template when there is none."""
        concrete = tuple(f.replacement for f in self.fixes if f.concrete)
        return concrete or tuple(f.replacement for f in self.fixes)

    @property
    def fix(self) -> str | None:
        """The safe rewrite of `text` (what `--fix` applies), or None."""
        return next((f.replacement for f in self.fixes if f.applicability is Applicability.SAFE), None)

    def previews(self, text: str, limit: int = 2) -> list[tuple[str, str, Applicability]]:
        """(sentence now, sentence rewritten, applicability) of the first concrete fixes:
        what the reports show, the whole sentence, marked as JSON marks it."""
        concrete = [f for f in self.fixes if f.concrete][:limit]
        return [(*f.preview(text, self.start, self.end), f.applicability) for f in concrete]

    @property
    def template(self) -> str | None:
        """A fill-in suggestion, offered only when there is no concrete rewrite."""
        if any(f.concrete for f in self.fixes):
            return None
        return next((f.replacement for f in self.fixes), None)


@dataclass(frozen=True)
class SentenceFraming:
    start: int  # character offsets (in the section's doc, or the file once linted): first word to last
    end: int
    framing: str  # one of FRAMINGS
    cue: str  # the words the label rests on
    index: int  # 1-based number of the sentence in its section
    view: str = ""  # a neutral sentence that states how the field is: "belief" or "context" (checks.framing)
    vague: bool = False  # an outcome that names no one and nowhere ("Een betere wereld"): it does not count as one


@dataclass
class SectionResult:
    section: Section
    kind: str  # the kind rules were applied for ("unknown" when none)
    inferred_kind: str
    inferred_confidence: float
    cues: dict[str, list[str]] = field(default_factory=dict)
    words: int = 0
    score: float | None = None  # None for a section that was not checked (lint.scoring)
    sentences: list[SentenceFraming] = field(default_factory=list)  # the framing profile, file offsets
    language: str = "nl"  # the language the text is written in (`checks.language`); not "nl": not checked

    @property
    def checked(self) -> bool:
        """Was the section linted as one of the four kinds (and so scored)?"""
        return self.kind in LINTED_KINDS


@dataclass
class FileResult:
    source: Source
    sections: list[SectionResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    score: float | None = None  # None when no section was checked (lint.scoring)
    # What the report says about the file besides its findings (one line each): the
    # reader's warnings, text not in Dutch, nothing checked (`lint.finish`).
    warnings: list[str] = field(default_factory=list)
    # findings that would have been reported but for a suppression: "comments", "file" (lint.finish)
    suppressed: dict[str, int] = field(default_factory=dict)

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def checked(self) -> int:
        """How many sections were checked (and count in the score)."""
        return sum(1 for s in self.sections if s.checked)

    @property
    def checked_words(self) -> int:
        return sum(s.words for s in self.sections if s.checked)
