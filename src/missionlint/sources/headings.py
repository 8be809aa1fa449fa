"""Which kind a heading, a label or a YAML key names: "Onze missie" -> missie."""

from __future__ import annotations

import re

_HEADING_NAMES = {
    "missie": (
        "missie",
        "mission",
        "missie en visie",
        "missie & visie",
        "missie/visie",
        "missie-visie",
        "mission and vision",
        "mission & vision",
        "missie statement",
        "missieverklaring",
        "mission statement",
        "waar we voor staan",
        "waar wij voor staan",
        "waarvoor we staan",
        "waarvoor wij staan",
    ),
    "visie": ("visie", "vision", "toekomstvisie", "onze toekomstvisie", "visie en missie", "visie & missie"),
    "waarden": ("kernwaarden", "waarden", "values", "core values", "bedrijfswaarden", "onze kernwaarden"),
    "strategie": (
        "strategie",
        "strategy",
        "strategische doelen",
        "strategische doelstellingen",
        "speerpunten",
        "kernkwaliteiten",
        "aanpak",
        "strategische speerpunten",
    ),
    "ambitie": ("ambitie", "ambities", "ambition", "ambitions"),
}
_HEADING_KIND = {name: kind for kind, names in _HEADING_NAMES.items() for name in names}
_HEADING_PREFIX = re.compile(r"^(?:onze|ons|de|het|our|the)\s+")
_HEADING_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*\.?|[ivx]+\.)\s+")
_HEADING_TRIM = " \t\"'`*_#.,:;!?()[]-–—"


def heading_kind(title: str) -> str:
    """The kind a heading (or YAML key) names: "Onze missie" -> "missie"; else "unknown"."""
    name = " ".join(title.lower().split())
    name = name.strip(_HEADING_TRIM)
    name = _HEADING_NUMBER.sub("", name)
    name = name.strip(_HEADING_TRIM)
    for _ in range(2):  # "onze" / "de" once, e.g. "Onze missie"
        name = _HEADING_PREFIX.sub("", name)
    name = name.strip(_HEADING_TRIM)
    return _HEADING_KIND.get(name, "unknown")
