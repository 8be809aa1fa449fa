"""A rule as loaded from its YAML file: metadata, documentation, examples and the fields
of its type (`spec`). The rule types in `missionlint.checks` give `spec` its meaning."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from missionlint.kinds import LINTED_KINDS, UNKNOWN
from missionlint.rulebook.vocabulary import Vocabulary

CATEGORIES = ("framing", "kind", "language", "consistency", "suppression", "ambition", "learning")
SEVERITIES = ("info", "warning", "error")
SEVERITY_ORDER = {"info": 0, "warning": 1, "error": 2}
SIGNALS = ("role",)
OPTIONAL_CATEGORIES = ("ambition", "learning")  # packs that run only when selected
APPLIES_TO = (*LINTED_KINDS, UNKNOWN)  # an "Ambitie" heading becomes one of the linted kinds


@dataclass(frozen=True)
class Example:
    text: str
    kind: str | None = None
    rewrite: str | None = None
    format: str = "text"  # "markdown" or "yaml" for examples with several sections
    vocabulary: Vocabulary = Vocabulary()  # the configuration's `vocabulary` the example is linted with


@dataclass(frozen=True)
class Rule:
    id: str
    name: str
    category: str
    type: str
    severity: str
    weight: float
    applies_to: tuple[str, ...]
    summary: str
    message: str
    explanation: str
    bad: tuple[Example, ...]
    good: tuple[Example, ...]
    path: str
    confidence: float = 0.8
    rewrite: dict = field(default_factory=dict)
    spec: dict = field(default_factory=dict)  # the type's own fields, as written
    signals: str | None = None  # "role": its findings say a sentence frames a role (checks.framing)
    accept_list: bool = False  # never flags a word of the configuration's `vocabulary.accept`

    @property
    def optional(self) -> bool:
        return self.category in OPTIONAL_CATEGORIES

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "type": self.type,
            "severity": self.severity,
            "weight": self.weight,
            "applies_to": list(self.applies_to),
            "optional": self.optional,
            "summary": self.summary,
        }
