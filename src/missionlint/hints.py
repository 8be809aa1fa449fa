"""The "did you mean" hint of every error message about an unknown name."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(options), n=1)
    return close[0] if close else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """ " (bedoelt u 'x'?)" for the closest option, or "" when none is close."""
    return suggestion(closest(word, options))


def suggestion(close: str | None) -> str:
    """The hint itself, in the form of address of every message (see docs/taal-en-toon.md)."""
    return f" (bedoelt u '{close}'?)" if close else ""
