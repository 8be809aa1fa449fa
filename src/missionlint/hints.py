"""The "did you mean" hint of every error message about an unknown name."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(options), n=1)
    return close[0] if close else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """ " (did you mean 'x'?)" for the closest option, or "" when none is close."""
    close = closest(word, options)
    return f" (did you mean '{close}'?)" if close else ""
