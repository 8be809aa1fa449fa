"""What a finding offers instead of the flagged text: one model for every consumer.

As in ruff (`Fix { edits, applicability }`), a suggestion is a list of edits of the file's
text with an applicability that says who may apply it:

- `safe`: the meaning is kept; `--fix` applies it;
- `unsafe`: grammatical, but the meaning may shift (an offer becomes a state); shown,
  applied only with `--unsafe-fixes`;
- `display`: a template with placeholders or advice; shown, never applied.

`--diff`, `--fix`, the result cache, JSON, SARIF and the reports all read this model.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Applicability(str, Enum):
    SAFE = "safe"
    UNSAFE = "unsafe"
    DISPLAY = "display"


@dataclass(frozen=True)
class Edit:
    """Replace the file's characters start:end (offsets in `Source.text`) by `replacement`."""

    start: int
    end: int
    replacement: str


@dataclass(frozen=True)
class Fix:
    edits: tuple[Edit, ...]
    applicability: Applicability

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, applicability: Applicability) -> Fix:
        return cls((Edit(start, end, replacement),), applicability)

    @property
    def replacement(self) -> str:
        """The text of the first edit: what the suggestion reads as."""
        return self.edits[0].replacement if self.edits else ""

    @property
    def concrete(self) -> bool:
        """A rewrite of the user's text, not a template or advice."""
        return self.applicability is not Applicability.DISPLAY

    def applies(self, unsafe: bool = False) -> bool:
        """Whether `--fix` applies it (with `--unsafe-fixes` when `unsafe`)."""
        return self.applicability is Applicability.SAFE or (unsafe and self.applicability is Applicability.UNSAFE)

    def as_dict(self) -> dict:
        return {
            "edits": [[e.start, e.end, e.replacement] for e in self.edits],
            "applicability": self.applicability.value,
        }

    @classmethod
    def from_dict(cls, data: dict) -> Fix:
        return cls(
            tuple(Edit(int(s), int(e), str(r)) for s, e, r in data["edits"]), Applicability(data["applicability"])
        )
