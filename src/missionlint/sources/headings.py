"""Which kind a heading, a label or a YAML key names: "Onze missie" -> missie.

The names are data (`rules/sections/headings.yaml`): a list per kind, the names that can
mean more than one kind ("Ambitie": the text decides), and the headings of what is not a
mission text at all ("Contact"). A heading and a name match once both are normalised
the same way (`normalise`), so "1. Onze missie (2024)", "Visie 2030" and the YAML key
`visie_2030` name their kinds without each form being listed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from missionlint.errors import RuleError
from missionlint.kinds import AMBIGUOUS, LINTED_KINDS, UNKNOWN
from missionlint.rulebook.data import SECTIONS_FOLDER, builtin_rules_dir, read_builtin

HEADINGS_FILE = "headings.yaml"
_TRIM = " \t\"'`*_#.,:;!?[]|»«“”‘’"
_NUMBER = re.compile(r"^(?:\d+(?:\.\d+)*[.)]?|[ivx]+[.)]|[a-h][.)])\s+")
_ARTICLE = re.compile(r"^(?:onze|ons|de|het|our|the|nos|notre|la|le|les)\s+")
_YEAR = r"(?:19|20)\d\d"
# "2030", "2024-2028", "2024 – 2028", "2024/'28", "tot 2030", "t/m 2030", "(concept)", "v2"
_NOTE = re.compile(
    r"\s*(?:\([^()]*\)|\[[^\[\]]*\]"
    rf"|(?:\b(?:tot en met|tot|t/m|voor|naar|op|in|richting|vanaf|anno|versie)\s+)?{_YEAR}(?:\s*[-/]\s*'?(?:{_YEAR}|\d\d))?"
    r"|\bv(?:ersie)?\s*\d+(?:\.\d+)?)\s*$"
)
_JOINERS = re.compile(r"\s*[&/+]\s*")
_DASHES = re.compile(r"[‐-―−]")  # hyphen, en dash, em dash, minus: one "-"
_SUBTITLE = re.compile(r"\s*(?::|\s-\s)\s*")


@dataclass(frozen=True)
class Naming:
    """What a heading names: a kind, several kinds (AMBIGUOUS: the text chooses among
    `candidates`), or UNKNOWN; `other` marks a known heading of something that is not a
    mission text ("Contact")."""

    kind: str = UNKNOWN
    candidates: tuple[str, ...] = ()
    other: bool = False

    @property
    def names_kind(self) -> bool:
        """A kind, or kinds to choose from: the text under it is checked."""
        return self.kind != UNKNOWN

    @property
    def is_label(self) -> bool:
        """A heading the vocabulary knows: it starts a section in any label form."""
        return self.names_kind or self.other


NOTHING = Naming()


def normalise(title: str) -> str:
    """A heading as the vocabulary compares it: "1. Onze Missie (2024):" -> "missie"."""
    name = _DASHES.sub("-", " ".join(title.lower().replace("_", " ").split()))
    for _ in range(3):  # numbering, articles and notes can come in any order
        before = name
        name = name.strip(_TRIM)
        name = _NUMBER.sub("", name)
        name = _NOTE.sub("", name)
        name = _ARTICLE.sub("", name)
        if name == before:
            break
    name = _JOINERS.sub(" en ", name)
    name = re.sub(r"(?<=\w)-(?=\w)", " ", name)  # onze-missie, missie-visie
    name = _ARTICLE.sub("", name.strip(_TRIM + "-"))
    return " ".join(name.split())


@cache
def vocabulary() -> dict[str, Naming]:
    """Every name in the heading vocabulary, normalised, with what it names."""
    path = builtin_rules_dir() / SECTIONS_FOLDER / HEADINGS_FILE
    data = read_builtin(path)
    if not isinstance(data, dict) or set(data) != {"kinds", "ambiguous", "other"}:
        raise RuleError(str(path), "the heading vocabulary has exactly the keys kinds, ambiguous and other")
    names: dict[str, Naming] = {}

    def add(name: object, naming: Naming) -> None:
        key = normalise(name) if isinstance(name, str) else ""
        if not key:
            raise RuleError(str(path), f"not a heading name: {name!r}")
        if key in names:
            raise RuleError(str(path), f"'{name}' is listed twice (as '{key}')")
        names[key] = naming

    kinds = data["kinds"]
    if not isinstance(kinds, dict) or set(kinds) != set(LINTED_KINDS):
        raise RuleError(str(path), f"'kinds' has one list for each of {', '.join(LINTED_KINDS)}")
    for kind, listed in kinds.items():
        for name in listed:
            add(name, Naming(kind))
    for entry in data["ambiguous"]:
        choices = entry.get("kinds") if isinstance(entry, dict) else None
        if not choices or len(choices) < 2 or not set(choices) <= set(LINTED_KINDS) or set(entry) != {"name", "kinds"}:
            raise RuleError(str(path), f"an ambiguous name has 'name' and two or more 'kinds': {entry!r}")
        add(entry["name"], Naming(AMBIGUOUS, tuple(choices)))
    for name in data["other"]:
        add(name, Naming(other=True))
    return names


def naming(title: str, subtitle: bool = False) -> Naming:
    """What a label (or YAML key) names. With `subtitle` (real headings), "Visie 2030: een
    gezonde regio" names a vision through the part before its subtitle."""
    names = vocabulary()
    found = names.get(normalise(title))
    if found is None and subtitle:
        whole = _DASHES.sub("-", title).strip(_TRIM)
        head = _SUBTITLE.split(whole, maxsplit=1)[0]
        found = names.get(normalise(head)) if head != whole else None
    return found or NOTHING


def heading_kind(title: str) -> str:
    """The kind a heading names: "Onze missie" -> "missie"; AMBIGUOUS or UNKNOWN."""
    return naming(title, subtitle=True).kind
