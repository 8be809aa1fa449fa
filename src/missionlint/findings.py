"""What the engine returns: findings per section, section results and file results."""

from __future__ import annotations

from dataclasses import dataclass, field

from missionlint.rulebook.loading import Rule
from missionlint.sources.model import Section, Source

SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Finding:
    rule: Rule
    section: int  # index into the file's sections
    start: int  # character offsets in the original file
    end: int
    text: str
    message: str
    confidence: float
    rewrites: tuple[str, ...] = ()
    fix: str | None = None  # a safe replacement for text, when there is one
    template: str | None = None  # a fill-in suggestion when no concrete rewrite exists
    severity: str = ""

    @property
    def level(self) -> str:
        return self.severity or self.rule.severity


@dataclass
class SectionResult:
    section: Section
    kind: str  # the kind rules were applied for ("unknown" when none)
    inferred_kind: str
    inferred_confidence: float
    cues: dict[str, list[str]] = field(default_factory=dict)
    words: int = 0
    score: float = 100.0


@dataclass
class FileResult:
    source: Source
    sections: list[SectionResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    score: float = 100.0

    @property
    def path(self) -> str:
        return self.source.path


@dataclass(frozen=True)
class FileError:
    """An input that could not be linted (reported, other files still linted)."""

    path: str
    message: str
    line: int | None = None
    column: int | None = None

    def location(self) -> str:
        return self.path if self.line is None else f"{self.path}:{self.line}:{self.column or 1}"
