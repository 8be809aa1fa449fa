"""The four kinds of text missionlint checks, in one place.

A section is labelled with one of these (by its heading, YAML key or `--kind`), or with
"ambitie" (a heading that can mean either a mission or a vision) or "unknown"; the rules
run for the four `LINTED_KINDS`.
"""

from __future__ import annotations

LINTED_KINDS = ("missie", "visie", "waarden", "strategie")
KINDS = (*LINTED_KINDS, "ambitie", "unknown")
KIND_SOURCES = ("heading", "key", "option", "inferred")
