"""The heading vocabulary (rules/sections/headings.yaml): every name in it names its kind,
however organisations decorate it, and headings outside it name nothing."""

from __future__ import annotations

import pytest
import yaml

from missionlint.kinds import AMBIGUOUS, UNKNOWN
from missionlint.rulebook.data import SECTIONS_FOLDER, builtin_rules_dir
from missionlint.sources.headings import HEADINGS_FILE, heading_kind, naming, normalise, vocabulary

DATA = yaml.safe_load((builtin_rules_dir() / SECTIONS_FOLDER / HEADINGS_FILE).read_text(encoding="utf-8"))
ENTRIES = (
    [
        pytest.param(name, kind, (), False, id=f"{kind}:{name}")
        for kind, names in DATA["kinds"].items()
        for name in names
    ]
    + [
        pytest.param(e["name"], AMBIGUOUS, tuple(e["kinds"]), False, id=f"ambiguous:{e['name']}")
        for e in DATA["ambiguous"]
    ]
    + [pytest.param(name, UNKNOWN, (), True, id=f"other:{name}") for name in DATA["other"]]
)


def decorated(name: str) -> list[str]:
    """The ways documents write a heading: capitalised, in capitals, numbered, with a
    possessive, a year, a period or a note, bold, with a colon, as a YAML key."""
    title = name[:1].upper() + name[1:]
    key = name.lower().replace(" ", "_")
    return [
        name,
        title,
        name.upper(),
        f"1. {title}",
        f"II. {title}",
        f"Onze {name}",
        f"{title} 2030",
        f"{title} 2024-2028",
        f"{title} (2024)",
        f"**{title}**",
        f"{title}:",
        key,
        key.replace("_", "-"),
        f"onze-{key.replace('_', '-')}",
        f"{key}_2030",
    ]


@pytest.mark.parametrize("name, kind, candidates, other", ENTRIES)
def test_every_vocabulary_entry_names_its_kind(name, kind, candidates, other):
    for form in decorated(name):
        found = naming(form)
        assert (found.kind, found.candidates, found.other) == (kind, candidates, other), form


def test_the_vocabulary_covers_the_issue_examples():
    assert DATA["kinds"]["missie"][:1] == ["missie"]
    for heading, kind in [
        ("Ons bestaansrecht", "missie"),
        ("Waarom wij er zijn", "missie"),
        ("Onze opdracht", "missie"),
        ("Doelstelling", "missie"),
        ("Waar we naartoe willen", "visie"),
        ("Stip op de horizon", "visie"),
        ("Onze droom", "visie"),
        ("Toekomstbeeld", "visie"),
        ("Waar wij in geloven", "waarden"),
        ("Zo werken wij", "waarden"),
        ("Koers 2030", "strategie"),
        ("Meerjarenstrategie", "strategie"),
        ("Strategie 2024-2028", "strategie"),
        ("Strategie 2024 – 2028", "strategie"),
        ("Speerpunten", "strategie"),
        ("Prioriteiten", "strategie"),
        ("Visie 2030", "visie"),
        ("Visie tot 2030", "visie"),
        ("Missie (2024)", "missie"),
        ("Missie (concept)", "missie"),
        ("onze-missie", "missie"),
        ("visie_2030", "visie"),
    ]:
        assert heading_kind(heading) == kind, heading
    for heading, candidates in [
        ("Ambitie", ("visie", "missie")),
        ("Onze ambities", ("visie", "missie")),
        ("Waar wij voor staan", ("missie", "waarden")),
        ("Doelen", ("strategie", "missie")),
        ("Doelstellingen", ("strategie", "missie")),
        ("Missie en visie", ("missie", "visie")),
        ("Missie & visie", ("missie", "visie")),
        ("Missie/visie", ("missie", "visie")),
    ]:
        assert (naming(heading).kind, naming(heading).candidates) == (AMBIGUOUS, candidates), heading


@pytest.mark.parametrize(
    "title",
    [
        "Missiewerk in Afrika",
        "De missie van de stichting",
        "Visie op zorg",
        "Nieuws uit de wijk",
        "Respect",
        "",
        "2030",
    ],
)
def test_other_headings_name_nothing(title):
    assert naming(title).kind == UNKNOWN and not naming(title).other


def test_a_real_heading_names_a_kind_through_the_part_before_its_subtitle():
    assert heading_kind("Visie 2030: een gezonde regio") == "visie"
    assert heading_kind("Missie – waarom wij bestaan") == "missie"
    assert naming("Missie: De stad schoonmaken").kind == UNKNOWN  # a label line is not a heading


def test_normalise():
    assert normalise("1.2 Onze Missie (versie 2):") == "missie"
    assert normalise("Strategisch plan 2024-'28") == "strategisch plan"
    assert normalise("De 3 speerpunten") == "speerpunten"


def test_names_are_unique_after_normalising():
    listed = sum(len(v) for v in DATA["kinds"].values()) + len(DATA["ambiguous"]) + len(DATA["other"])
    assert len(vocabulary()) == listed
