"""Dutch morphology and the role -> outcome rewrite helpers, on the real bundled pipeline.

The phrases are typical, well-formed mission fragments; the helpers must rewrite them
grammatically or return [] (never a broken sentence).
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from missionlint.fix.rewrite import REWRITE_HELPERS, rewrite_helper
from missionlint.nlp import morphology, pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load(pipeline.resolve("bundled"))


def rewrite(nlp, helper: str, text: str) -> list[str]:
    doc = nlp(text)
    return [r.text for r in REWRITE_HELPERS[helper](doc[:])]


# --------------------------------------------------------------------------- morphology


def test_morphology_does_not_import_spacy():
    code = "import sys, missionlint.nlp.morphology as m; m.comparative('schoon'); print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("word", ["schoon", "veilig", "duurzaam", "zelfredzaam", "succesvol", "groot"])
def test_is_adjective(word):
    assert morphology.is_adjective(word)


@pytest.mark.parametrize("word", ["stad", "schoonmaken", "verbeteren", "xyzzy"])
def test_is_not_adjective(word):
    assert not morphology.is_adjective(word)


@pytest.mark.parametrize(
    "adjective, expected",
    [
        # irregular
        ("goed", "beter"),
        ("veel", "meer"),
        ("weinig", "minder"),
        ("graag", "liever"),
        # regular, no spelling change
        ("veilig", "veiliger"),
        ("sterk", "sterker"),
        ("klein", "kleiner"),
        ("rijk", "rijker"),
        ("zacht", "zachter"),
        ("nieuw", "nieuwer"),
        ("mooi", "mooier"),
        ("vrij", "vrijer"),
        ("eenvoudig", "eenvoudiger"),
        ("toegankelijk", "toegankelijker"),
        ("logisch", "logischer"),
        ("simpel", "simpeler"),
        ("gezond", "gezonder"),
        ("groen", "groener"),
        ("vals", "valser"),
        # -der after r
        ("duur", "duurder"),
        ("zwaar", "zwaarder"),
        ("ver", "verder"),
        ("lekker", "lekkerder"),
        # doubled consonant after a short vowel
        ("wit", "witter"),
        ("dun", "dunner"),
        ("snel", "sneller"),
        ("slim", "slimmer"),
        ("fris", "frisser"),
        ("succesvol", "succesvoller"),
        # long vowel written single in an open syllable
        ("groot", "groter"),
        ("schoon", "schoner"),
        ("breed", "breder"),
        ("hoog", "hoger"),
        ("duurzaam", "duurzamer"),
        ("sociaal", "socialer"),
        ("gemeen", "gemener"),
        # f -> v, s -> z
        ("lief", "liever"),
        ("boos", "bozer"),
        ("wijs", "wijzer"),
        ("innovatief", "innovatiever"),
        ("actief", "actiever"),
        ("grof", "grover"),
    ],
)
def test_comparative(adjective, expected):
    assert morphology.comparative(adjective) == expected


def test_comparative_of_unknown_word_is_none():
    assert morphology.comparative("stad") is None
    assert morphology.comparative("xyzzy") is None


@pytest.mark.parametrize(
    "form, base",
    [
        ("veiliger", "veilig"),
        ("groter", "groot"),
        ("schoner", "schoon"),
        ("duurder", "duur"),
        ("witter", "wit"),
        ("bozer", "boos"),
        ("socialer", "sociaal"),
        ("beter", "goed"),
    ],
)
def test_comparative_base(form, base):
    assert morphology.comparative_base(form) == base


@pytest.mark.parametrize(
    "form, gender, number, definite, expected",
    [
        # de-words and plurals: -e
        ("schoner", "Com", "Sing", False, "schonere"),
        ("beter", "Com", "Sing", False, "betere"),
        ("veiliger", "Com", "Sing", False, "veiligere"),
        ("duurzamer", None, "Plur", False, "duurzamere"),
        ("schoon", "Com", "Sing", False, "schone"),
        ("succesvol", None, "Plur", False, "succesvolle"),
        ("zelfredzaam", None, "Plur", False, "zelfredzame"),
        ("zelfstandig", None, "Plur", False, "zelfstandige"),
        ("groot", "Com", "Sing", False, "grote"),
        ("lief", "Com", "Sing", False, "lieve"),
        ("boos", "Com", "Sing", False, "boze"),
        ("wit", "Com", "Sing", False, "witte"),
        ("duur", "Com", "Sing", False, "dure"),
        ("sociaal", "Com", "Sing", False, "sociale"),
        ("innovatief", "Com", "Sing", False, "innovatieve"),
        # het-word after "een": no -e
        ("veiliger", "Neut", "Sing", False, "veiliger"),
        ("schoner", "Neut", "Sing", False, "schoner"),
        ("beter", "Neut", "Sing", False, "beter"),
        ("zelfstandig", "Neut", "Sing", False, "zelfstandig"),
        # het-word after "het": -e
        ("schoner", "Neut", "Sing", True, "schonere"),
        ("openbaar", "Neut", "Sing", True, "openbare"),
        # never inflected
        ("meer", "Com", "Sing", False, "meer"),
        ("minder", None, "Plur", True, "minder"),
        ("oranje", "Com", "Sing", False, "oranje"),
        ("open", "Com", "Sing", False, "open"),
        ("houten", "Com", "Sing", False, "houten"),
        ("tevreden", None, "Plur", False, "tevreden"),
        # capital kept
        ("Nederlands", "Com", "Sing", True, "Nederlandse"),
    ],
)
def test_attributive(form, gender, number, definite, expected):
    assert morphology.attributive(form, gender, number, definite) == expected


@pytest.mark.parametrize(
    "noun, expected",
    [
        ("klimaat", "Neut"),  # the lexicon
        ("leefklimaat", "Neut"),  # a compound's last part, after a verb stem
        ("gezondheidszorg", "Com"),
        ("diagnostiek", "Com"),  # an ending that decides
        ("toerisme", "Neut"),
        ("aanpak", "Com"),  # not "het pak": a particle is no first part
        ("verkeer", "Neut"),  # not "de keer": a derivation
        ("consument", None),  # -ment, but a person
        ("kastanje", None),  # -je, but no diminutive
        ("samenhang", None),
    ],
)
def test_noun_gender(noun, expected):
    assert morphology.noun_gender(noun) == expected


def test_the_tagger_s_guess_is_no_known_gender(nlp):
    from missionlint.fix import phrases

    doc = nlp("Samenhang tussen de clubs verbeteren.")
    head = doc[0]
    assert phrases.known_gender(head, None) is None
    assert phrases.gender(head, None) in ("Com", "Neut")  # the guess is still there for what needs one


def test_a_dropped_possessive_gets_de_or_het_only_where_the_gender_is_known(nlp):
    from missionlint.fix import phrases
    from missionlint.fix.outcome.writing import clause_of

    def subject(text: str):
        doc = nlp(text)
        head = doc[1]
        return doc, phrases.NounPhrase(0, 2, doc[0], head, phrases.gender(head, doc[0]), "Sing")

    doc, known = subject("Haar publiek krijgt een gevarieerd aanbod.")
    assert clause_of(doc, known, "krijgt", "een gevarieerd aanbod") == "het publiek krijgt een gevarieerd aanbod"
    doc, guessed = subject("Haar samenhang krijgt aandacht.")
    assert clause_of(doc, guessed, "krijgt", "aandacht") is None


@pytest.mark.parametrize(
    "text, noun, expected",
    [
        ("Wij bieden ouderen een fijn thuis.", "thuis", "Neut"),  # the user's uninflected adjective
        ("Wij bieden goede diagnostiek.", "diagnostiek", "Com"),
        ("Wij verbeteren onze aanpak.", "aanpak", "Com"),  # "onze" shows a de-word
        ("Wij verbeteren ons aanbod.", "aanbod", "Neut"),
    ],
)
def test_the_users_own_words_show_the_gender(nlp, text, noun, expected):
    from missionlint.fix import phrases

    doc = nlp(text)
    head = next(t for t in doc if t.text == noun)
    before = doc[head.i - 1]
    determiner = before if before.lower_ in phrases.GENDERED_DETERMINERS | {"een"} else None
    if determiner is None and head.i > 1 and doc[head.i - 2].lower_ in phrases.GENDERED_DETERMINERS | {"een"}:
        determiner = doc[head.i - 2]
    assert phrases.gender(head, determiner) == expected


@pytest.mark.parametrize(
    "verb, expected",
    [
        ("schoonmaken", ("schoon", False)),
        ("veiligmaken", ("veilig", False)),
        ("groenmaken", ("groen", False)),
        ("verbeteren", ("beter", True)),
        ("verminderen", ("minder", True)),
        ("versterken", ("sterk", False)),
        ("vergroten", ("groot", False)),
        ("verduurzamen", ("duurzaam", False)),
        ("verbreden", ("breed", False)),
        ("verhogen", ("hoog", False)),
        ("verlagen", ("laag", False)),
        ("vereenvoudigen", ("eenvoudig", False)),
        ("verkleinen", ("klein", False)),
        ("verzachten", ("zacht", False)),
        ("verrijken", ("rijk", False)),
        ("versnellen", ("snel", False)),
        ("verzwakken", ("zwak", False)),
        ("verscherpen", ("scherp", False)),
        ("vergroenen", ("groen", False)),
        ("verzelfstandigen", ("zelfstandig", False)),
    ],
)
def test_result_adjective(verb, expected):
    assert morphology.result_adjective(verb) == expected


@pytest.mark.parametrize(
    "verb",
    # no adjective, idioms that only look like "make X", and plain verbs
    [
        "optimaliseren",
        "vernieuwen",  # renewed is not newer: "nieuwere jeugdlokalen" is not what was meant
        "verklaren",
        "verlangen",
        "vertrouwen",
        "verzekeren",
        "vergoeden",
        "verenigen",
        "vergelijken",
        "verwijderen",
        "goedmaken",
        "klaarmaken",
        "bekendmaken",
        "vrijmaken",
        "helpen",
        "maken",
        "verzorgen",
        "vertellen",
        "verkopen",
        "ondersteunen",
    ],
)
def test_result_adjective_none(verb):
    assert morphology.result_adjective(verb) is None


# --------------------------------------------------------------------------- registry


def test_helpers_are_registered():
    assert {"role-to-outcome", "help-to-outcome"} <= set(REWRITE_HELPERS)


def test_rewrite_helper_decorator_registers():
    @rewrite_helper("test-noop")
    def noop(span):
        return []

    try:
        assert REWRITE_HELPERS["test-noop"] is noop
    finally:
        del REWRITE_HELPERS["test-noop"]


# --------------------------------------------------------------------------- role-to-outcome


@pytest.mark.parametrize(
    "text, expected",
    [
        ("de stad schoonmaken", "een schonere stad"),
        ("Nederland veiliger maken", "een veiliger Nederland"),
        ("Nederland veilig maken", "een veiliger Nederland"),
        ("de straten schoonmaken", "schonere straten"),
        ("onze wijken verduurzamen", "duurzamere wijken"),
        ("de zorg verbeteren", "betere zorg"),
        ("het onderwijs verbeteren", "beter onderwijs"),
        ("de openbare ruimte schoonmaken", "een schonere openbare ruimte"),
        ("de zorg in Utrecht verbeteren", "betere zorg in Utrecht"),
        ("De stad schoonmaken.", "Een schonere stad."),
        ("Straten schoonmaken.", "Schonere straten."),
        ("de stad schoon maken", "een schonere stad"),
        ("het milieu schoonmaken", "een schoner milieu"),
        ("de economie versterken", "een sterkere economie"),
        ("de impact vergroten", "een grotere impact"),
        ("het aanbod verbreden", "een breder aanbod"),
        ("de drempels verlagen", "lagere drempels"),
        ("de uitstoot verminderen", "minder uitstoot"),
        ("het Nederlandse onderwijs verbeteren", "beter Nederlands onderwijs"),
        ("het openbaar vervoer verbeteren", "beter openbaar vervoer"),
        ("de kwaliteit van het onderwijs verbeteren", "een betere kwaliteit van het onderwijs"),
        ("de wereld mooier maken", "een mooiere wereld"),
        ("de stad toegankelijk maken", "een toegankelijkere stad"),
        ("de stad schoonmaken voor onze bewoners", "een schonere stad voor onze bewoners"),
        ("Onze missie: de stad schoonmaken.", "Onze missie: een schonere stad."),
        ("Wij willen de stad schoonmaken.", "Wij willen een schonere stad."),
        ("De stad schoonmaken en de zorg verbeteren.", "Een schonere stad en betere zorg."),
    ],
)
def test_role_to_outcome(nlp, text, expected):
    assert rewrite(nlp, "role-to-outcome", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Wij verbeteren de zorg.",  # finite clause
        "Wij moeten de stad schoonmaken.",  # modal: "Wij moeten een schonere stad" is broken
        "om de stad schoon te maken",  # te-infinitive
        "de zorg te verbeteren",
        "De zorg verbeteren en mensen helpen.",  # a role we cannot rewrite stays behind
        "onze stad en de regio verduurzamen",  # coordinated object
        "elke wijk verduurzamen",  # quantifier would be lost
        "500 bedrijven verduurzamen",
        "de stad snel schoonmaken",  # adverb between object and verb
        "de zorg optimaliseren",  # no adjective in the verb
        "de rekening vergoeden",  # looks like ver-goed-en, is not a result verb
        "mensen bekend maken met kunst",  # idiom
        "de stad mogelijk maken",
        "ons verbeteren",  # no noun phrase
        "mensen helpen met hun administratie",
    ],
)
def test_role_to_outcome_declines(nlp, text):
    assert rewrite(nlp, "role-to-outcome", text) == []


# --------------------------------------------------------------------------- help-to-outcome


@pytest.mark.parametrize(
    "text, expected",
    [
        ("onze klanten helpen succesvol te zijn", "succesvolle klanten"),
        ("mensen helpen om zelfredzaam te worden", "zelfredzame mensen"),
        ("ouderen ondersteunen om zelfstandig te blijven", "zelfstandige ouderen"),
        ("mensen in staat stellen om zelfredzaam te zijn", "zelfredzame mensen"),
        ("Ondernemers helpen succesvol te zijn.", "Succesvolle ondernemers."),
        ("de ondernemer helpen succesvol te zijn", "een succesvolle ondernemer"),
        ("het kind helpen zelfstandig te worden", "een zelfstandig kind"),
        ("jongeren helpen financieel zelfstandig te worden", "financieel zelfstandige jongeren"),
        ("mensen met een beperking helpen zelfstandig te blijven", "zelfstandige mensen met een beperking"),
    ],
)
def test_help_to_outcome(nlp, text, expected):
    assert rewrite(nlp, "help-to-outcome", text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "mensen helpen met hun administratie",  # no predicate adjective
        "Wij helpen onze klanten succesvol te zijn.",  # finite clause with subject
        "ouderen en mensen met een beperking helpen zelfstandig te blijven",  # coordination
        "de stad schoonmaken",
    ],
)
def test_help_to_outcome_declines(nlp, text):
    assert rewrite(nlp, "help-to-outcome", text) == []


def test_helpers_rewrite_only_their_span(nlp):
    doc = nlp("Wij bestaan al veertig jaar. De stad schoonmaken.")
    sentence = list(doc.sents)[-1]
    assert [r.text for r in REWRITE_HELPERS["role-to-outcome"](sentence)] == ["Een schonere stad."]


# --------------------------------------------------------------------------- span inside a sentence


def _subspan(doc, text: str):
    words = text.split()
    for i in range(len(doc) - len(words) + 1):
        if [t.text for t in doc[i : i + len(words)]] == words:
            return doc[i : i + len(words)]
    raise AssertionError(f"{text!r} not in {doc.text!r}")


@pytest.mark.parametrize(
    "sentence, part, expected",
    [
        (
            "Wij willen de zorg in de regio verbeteren.",
            "de zorg in de regio verbeteren",
            ["betere zorg in de regio"],
        ),
        (
            "Ons doel: de gezondheid van alle inwoners verbeteren.",
            "de gezondheid van alle inwoners verbeteren",
            ["een betere gezondheid van alle inwoners"],
        ),
        # coordinated result verbs are rewritten one span at a time, consistently
        ("De stad schoonmaken en de zorg verbeteren.", "De stad schoonmaken", ["Een schonere stad"]),
        ("De stad schoonmaken en de zorg verbeteren.", "de zorg verbeteren", ["betere zorg"]),
        # a name that starts a punctuated sentence: the rewrite starts the sentence
        ("Nederland veiliger maken.", "Nederland veiliger maken", ["Een veiliger Nederland"]),
        ("Wij willen Nederland veiliger maken.", "Nederland veiliger maken", ["een veiliger Nederland"]),
        # the sentence around the span decides
        ("Wij moeten de stad schoonmaken.", "de stad schoonmaken", []),
        ("De zorg verbeteren en mensen helpen.", "De zorg verbeteren", []),
        ("Het is belangrijk om de zorg te verbeteren.", "de zorg te verbeteren", []),
        ("Dat is nodig omdat wij de zorg verbeteren.", "de zorg verbeteren", []),
        # a span that cuts the noun phrase in two
        ("Wij willen de zorg in de regio verbeteren.", "regio verbeteren", []),
        ("De leefbaarheid van kleine kernen vergroten.", "kleine kernen vergroten", []),
    ],
)
def test_role_to_outcome_in_sentence(nlp, sentence, part, expected):
    span = _subspan(nlp(sentence), part)
    assert [r.text for r in REWRITE_HELPERS["role-to-outcome"](span)] == expected


@pytest.mark.parametrize(
    "sentence, part, expected",
    [
        (
            "Wij willen ouderen helpen zelfstandig te blijven.",
            "ouderen helpen zelfstandig te blijven",
            ["zelfstandige ouderen"],
        ),
        ("Dat kan omdat wij ouderen helpen zelfstandig te blijven.", "ouderen helpen zelfstandig te blijven", []),
        ("Wij moeten ouderen helpen zelfstandig te blijven.", "ouderen helpen zelfstandig te blijven", []),
    ],
)
def test_help_to_outcome_in_sentence(nlp, sentence, part, expected):
    span = _subspan(nlp(sentence), part)
    assert [r.text for r in REWRITE_HELPERS["help-to-outcome"](span)] == expected
