"""The commented starter configuration that `missionlint init` writes (Dutch: users read it)."""

from __future__ import annotations

STARTER = """\
# Instellingen voor missionlint. Dit bestand geldt voor alle teksten in deze map en
# de mappen eronder (tot een dichterbij gelegen .missionlint.yaml of pyproject.toml
# met [tool.missionlint]). Opties op de opdrachtregel gaan voor.

# Welke regels: een id (ML101), een naam (role-phrasing) of een categorie (framing,
# kind, language, consistency; de optionele pakketten: ambition, learning).
# select vervangt de standaardset, extend-select voegt toe, ignore haalt weg.
# select: [framing, kind]
extend-select: []          # bijvoorbeeld [ambition, learning]
ignore: []                 # bijvoorbeeld [ML307, readability]

# Ernst per regel (id, naam of categorie): info, warning of error.
severity: {}
#   ML101: error
#   language: info

# Toon alleen bevindingen vanaf deze ernst; exitcode 1 bij een score onder fail-under.
min-severity: info
# fail-under: 70

# auto, bundled, een geïnstalleerd spaCy-pakket of een pipelinemap.
model: auto

# Extra regelmappen, relatief aan dit bestand.
rules: []

# Bestanden en mappen die niet gecontroleerd worden als een map wordt doorlopen
# (globpatronen zoals in .gitignore, relatief aan dit bestand).
exclude: []                # bijvoorbeeld [concepten/, "archief/**/*.md"]

# Regels die voor sommige bestanden niet gelden.
per-file-ignores: {}
#   "nieuws/*.md": [kind, ML308]

# Alle bestanden samen zijn de teksten van een organisatie (consistentieregels over
# bestanden heen).
organisation: false

# De eigen woorden van de organisatie. accept: nooit gemeld als modewoord, voorbehoud
# of zelfbeoordeling; reject: altijd gemeld (ML309), met de reden als melding als u die
# geeft. Verbuigingen tellen mee ("integraal" geldt ook voor "integrale").
vocabulary: {}
#   accept: [integraal]
#   reject:
#     - excellent
#     - {word: klantgericht, reason: "Zeg wat de klant merkt."}
"""
