"""The parts of messages: the "did you mean" hint, what a value was ("verwacht een lijst,
niet een getal (3)"), and a passage cut to one line."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from typing import Any


def closest(word: str, options: Iterable[str]) -> str | None:
    close = difflib.get_close_matches(word, sorted(options), n=1)
    return close[0] if close else None


def did_you_mean(word: str, options: Iterable[str]) -> str:
    """ " (bedoelt u 'x'?)" for the closest option, or "" when none is close."""
    return suggestion(closest(word, options))


def suggestion(close: str | None) -> str:
    """The hint itself, in the form of address of every message (see docs/taal-en-toon.md)."""
    return f" (bedoelt u '{close}'?)" if close else ""


def describe(value: Any) -> str:
    """What a configuration value is, for "verwacht ..., niet <this>"."""
    if value is None:
        return "niets"
    if isinstance(value, bool):
        return f"ja/nee ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"een getal ({value})"
    if isinstance(value, str):
        return f"tekst ('{value}')"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een mapping"
    return "een waarde van een ander soort"


def one_line(text: str, limit: int) -> str:
    """`text` on one line, cut to `limit` characters with "…"."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
