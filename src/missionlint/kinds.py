"""The four kinds of text missionlint checks, in one place.

A section is labelled with one of these (by its heading, YAML key or `--kind`), with
AMBIGUOUS (a heading such as "Ambitie" that can name more than one kind: the text
decides among the section's candidates) or with UNKNOWN; the rules run for the four
`LINTED_KINDS`.
"""

from __future__ import annotations

LINTED_KINDS = ("missie", "visie", "waarden", "strategie")
AMBIGUOUS = "ambiguous"
UNKNOWN = "unknown"
KIND_SOURCES = ("heading", "key", "option", "inferred")
# The usual heading of each kind, for texts written from labelled data (scripts/evaluate.py,
# benchmarks/run.py).
HEADINGS = {"missie": "Missie", "visie": "Visie", "waarden": "Kernwaarden", "strategie": "Strategie"}
