"""Message and rewrite templates: "{text}" placeholders, unknown ones left as they are."""

from __future__ import annotations

import string


class _Placeholders(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render(template: str, **values) -> str:
    return string.Formatter().vformat(template, (), _Placeholders(values))


def match_case(replacement: str, original: str) -> str:
    """Give a replacement the capital its original started with."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement
