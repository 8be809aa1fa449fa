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

    @property
    def label(self) -> str:
        """Who applies it, in the reports' words (Dutch)."""
        return {
            "safe": "past --fix toe",
            "unsafe": "alleen met --fix --unsafe-fixes",
            "display": "voorstel; wordt niet automatisch toegepast",
        }[self.value]


SENTENCE_ENDS = ".!?;\n"


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
    def start(self) -> int:
        return min(e.start for e in self.edits)

    @property
    def end(self) -> int:
        return max(e.end for e in self.edits)

    def preview(self, text: str, start: int, end: int) -> tuple[str, str]:
        """The sentence(s) of `text` around start:end and this fix's span, before and after
        the fix: the reports show the rewritten sentence in full, not only the new words."""
        lo, hi = min(start, self.start), max(end, self.end)
        while lo > 0 and text[lo - 1] not in SENTENCE_ENDS:
            lo -= 1
        while hi < len(text) and text[hi] not in SENTENCE_ENDS:
            hi += 1
        if hi < len(text) and text[hi] != "\n":
            hi += 1
        after = text[lo:hi]
        for edit in sorted(self.edits, key=lambda e: e.start, reverse=True):
            after = after[: edit.start - lo] + edit.replacement + after[edit.end - lo :]
        return " ".join(text[lo:hi].split()), " ".join(after.split())

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
