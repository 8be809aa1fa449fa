"""The closed word lists the outcome forms know, and what a token is (finite, an
infinitive, a name, an adjective): the words every other part of the package reads by."""

from __future__ import annotations

from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.model import Applicability
from missionlint.nlp import morphology
from missionlint.nlp.segmentation import label_mark
from missionlint.rulebook.vocabulary import is_compound_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE
# Between two adjectives before one noun: "schoon en groen", "lichte tot matige (klachten)".
ADJECTIVE_JOINERS = frozenset({"en", "of", ",", "tot"})
DETERMINERS = frozenset("de dé het 't een onze ons mijn uw hun haar jullie deze dit".split())  # "dé school"
QUANTITIES = frozenset(
    "alle al elke elk iedere ieder veel vele enkele beide meer minder voldoende extra zoveel".split()
)
STATE_QUANTITIES = frozenset({"meer", "minder", "voldoende", "extra"})
PREPOSITIONS = frozenset(
    "van voor in uit met zonder tussen rond rondom bij op aan tot tegen over onder langs naar binnen buiten "
    "nabij richting dichtbij boven naast vanaf".split()
)
# Prepositions after a subordinate clause's subject that may start its own modifier or an
# adverbial ("mensen met een beperking" / "kinderen met plezier"): word order cannot tell.
VERB_MODIFIERS = PREPOSITIONS - {"van", "uit"}
# Prepositions whose phrase belongs to the verb, not to the noun before it ("beschermen tegen hoog water").
VERB_PREPOSITIONS = frozenset({"tegen", "richting"})
RELATIVES = frozenset("die dat waar waarin waarbij waarmee wat".split())
# Quotation marks around a quoted aim ("Onze opdracht is: 'Het verbeteren van ...'").
QUOTES = frozenset("\"'‘’“”„")
# Words that open an aside after a comma ("..., ongeacht hun afkomst").
ASIDES = frozenset({"ongeacht", "zoals", "ook", "vooral", "in", "van", "met", "ieder", "elk"})
PLACE_RELATIVES = frozenset({"waar", "waarin", "waarbij"})
# Prepositions that "waar" leaves behind in its clause ("waar ... op rekenen" = "waarop ... rekenen").
WAAR_PREPOSITIONS = frozenset("op aan voor mee in over door naar uit van bij tegen onder achter om".split())
# Conjunctions that open a result or reason clause of the whole sentence ("..., zodat ...").
RESULT_CONJUNCTIONS = frozenset("zodat waardoor opdat omdat".split())
SUBORDINATE_TAIL = RESULT_CONJUNCTIONS | frozenset("waar waarin die dat".split())
# What opens a clause of its own, whose verbs are its own ("aan wie het nodig heeft", "om ... te").
OWN_CLAUSE = RELATIVES | SUBORDINATE_TAIL | {"om", "te"}
# Words that turn a problem into its absence ("Niemand groeit op in armoede", "werken aan
# minder eenzaamheid"): with one of them a problem word names the state wanted.
NEGATORS = frozenset({"niemand", "geen", "niet", "zonder", "minder", "nooit"})
# The bullets a plain text keeps before a list item.
LIST_BULLETS = frozenset({"-", "•", "*", "–"})
ORGANISATION_PRONOUNS = frozenset({"wij", "we"})
OWN_DETERMINERS = frozenset({"ons", "onze"})  # the organisation's own: "onze school", "met onze vrijwilligers"
# Prepositions of a fronted phrase that says where or in which cases ("In Zuidhoven zetten
# we ons in voor ...", "Bij elke renovatie kiezen we voor ..."): it stays with the outcome.
SCOPE_PREPOSITIONS = frozenset({"in", "bij", "op", "binnen"})
DEMONSTRATIVES = frozenset({"die", "dat", "deze", "dit"})  # "op die manier", "in dat kader": a link, no place
# Prepositions of means: "met onze scholen", "via ons netwerk" say how the organisation
# works, not which people or things are meant.
MEANS_PREPOSITIONS = frozenset({"met", "door", "via", "dankzij", "middels"})
# What opens and closes an apposition to "wij" ("Wij, de medewerkers van ..., bieden").
APPOSITION_MARKS = frozenset({",", "–", "—", "-"})
POSSESSIVES = frozenset({"hun", "zijn", "haar"})  # of the people: "in hun ontwikkeling"
REFLEXIVES = frozenset({"ons", "zich"})
# Words that may stand between a frame verb and its preposition: "zetten ons elke dag in voor".
FRAME_FILLERS = frozenset(
    "ons zich graag bewust samen actief volop maximaal voluit sterk ook zo elke dag dagelijks in bij mee "
    "een bijdrage leveren willen wil wilt blijven blijft te belang veel groot".split()
)
# (frame verb, preposition) -> the object after the preposition is the aim.
FRAMES = {
    ("zetten", "voor"),
    ("zetten", "op"),
    ("inzetten", "voor"),
    ("inzetten", "op"),
    ("staan", "voor"),
    ("instaan", "voor"),
    ("kiezen", "voor"),
    ("gaan", "voor"),
    ("streven", "naar"),
    ("werken", "aan"),
    ("bouwen", "aan"),
    ("dragen", "aan"),
    ("bijdragen", "aan"),
    ("leveren", "aan"),
    ("zorgen", "voor"),
    ("richten", "op"),
    ("gericht", "op"),
    ("hechten", "aan"),
    ("investeren", "in"),
}
# Frames whose aim is where the means go, not what is reached ("investeren in betaalbare
# woningen"): the aim as the outcome shifts the meaning (unsafe).
MEANS_FRAMES = frozenset({"investeren"})
# Frame verbs that need a word beside them to be a frame: "zetten (ons) in voor", "dragen bij aan".
FRAME_NEEDS = {"zetten": "in", "dragen": "bij", "leveren": "bijdrage", "hechten": "belang"}
# A quality noun the sentence works on without naming a direction: "bijdragen aan de leefbaarheid" -> beter.
QUALITY_NOUNS = frozenset("kwaliteit welzijn welbevinden leefbaarheid gezondheid bereikbaarheid".split())
# What a quality grows into: "een betere kwaliteit", "een hogere kwaliteit", "een grotere
# leefbaarheid"; "een sterkere kwaliteit" or "een sterker welzijn" is not said, whatever the
# verb ("versterken").
QUALITY_COMPARATIVES = frozenset({"beter", "hoger", "groter"})
OFFER_VERBS = frozenset(
    "bieden aanbieden leveren verzorgen verlenen geven verstrekken verschaffen verdelen uitdelen verhuren".split()
)
# A guarantee to people named is an offer ("garanderen elke patiënt een vaste huisarts");
# one "voor" them guarantees a state ("een veilige leefomgeving garanderen voor ...").
GUARANTEE_VERBS = frozenset({"garanderen"})
# "dat"/"dit" with "doen" ("en doen dat met ...", "Dat doen we ...") points back at the
# organisation's action, which an outcome no longer names.
ACTION_POINTERS = frozenset({"dit", "dat"})
# Participles that already say a thing was received: "krijgen ontvangen goederen" says it twice.
RECEIVED_PARTICIPLES = frozenset({"ontvangen", "verkregen", "gekregen"})
# What the receiver does with an offer, where "krijgen" would lose the deal: a rented home is not given.
RECEIVED_AS = {"verhuren": "huren"}
# Verbs that educate people into what they become: "leiden X op tot Y", "vormen X tot Y".
TRAIN_VERBS = frozenset({"opleiden", "leiden", "vormen"})
# Verbs that secure a right for people: "het recht op hulp waarborgen voor elke inwoner".
RIGHT_VERBS = frozenset("waarborgen garanderen verzekeren".split())
# Making a place: what happens there may be the outcome ("een plek creëren waar ...").
CREATE_VERBS = frozenset({"creëren", "scheppen"})
# After the receiver, these begin a modifier of what is given, not of the people:
# "informatie verschaffen aan de patiënt over de behandeling".
GIVEN_MODIFIERS = frozenset({"over", "bij", "rond"})
# What people have rather than get: a place, a home, goods delivered, a life ("een menswaardig bestaan").
HAVE_NOUNS = frozenset(
    "plek plaats thuis huis woning dak onderdak stroom water drinkwater energie bestaan leven omgeving".split()
)
# Help named by its noun: "begeleiden X bij Y" -> "X krijgen begeleiding bij Y".
SUPPORT_NOUNS = {
    "ondersteunen": "ondersteuning",
    "begeleiden": "begeleiding",
    "helpen": "hulp",
    "steunen": "steun",
    "adviseren": "advies",
}
# Care that people receive, named as a noun with its people: "de opvang van kinderen" -> "Kinderen krijgen opvang".
RECEIVED_CARE = frozenset(SUPPORT_NOUNS.values()) | {"opvang", "zorg", "behandeling", "verzorging", "huisvesting"}
# Help verbs: those with a noun for the help, and those whose people then do something.
HELP_VERBS = frozenset(SUPPORT_NOUNS) | {"coachen", "stimuleren", "stellen", "activeren"}
# Verbs that stand in a row with help verbs ("stimuleren, ondersteunen en faciliteren")
COORDINATED_HELP = (HELP_VERBS - {"stellen"}) | {"faciliteren", "versterken", "inspireren"}
# Verbs without an adjective that still point one way: "bevorderen" -> beter (a choice: unsafe).
DIRECTION_VERBS = {
    "bevorderen": ("beter", False),
    "stimuleren": ("meer", True),
    "bestrijden": ("minder", True),
    "voorkomen": ("minder", True),
    "tegengaan": ("minder", True),
    "terugdringen": ("minder", True),
    "beperken": ("minder", True),
}
# Verbs that bring about their object: the object, when it names a state, is the outcome
# ("goede zorg garanderen" -> "goede zorg"; "mogelijk maken" is read with the adjectives).
REALISE_VERBS = frozenset("realiseren bereiken waarborgen garanderen verzekeren".split())
# Verbs whose participle is the state: kept ("het erfgoed blijft behouden"), protected, involved
# ("iedereen betrekken bij de school" -> "Iedereen is betrokken bij de school").
PARTICIPLE_STATES = {
    "behouden": ("blijven", "behouden"),
    "beschermen": ("zijn", "beschermd"),
    "bewaren": ("blijven", "bewaard"),
    "betrekken": ("zijn", "betrokken"),
    "voorbereiden": ("zijn", "voorbereid"),
}
# The words such a verb governs, which are no part of its object ("betrekken inwoners bij
# het beleid" -> "Inwoners zijn betrokken bij het beleid"; "ouders betrekken als partners").
GOVERNED = {
    "betrekken": frozenset({"bij", "als"}),
    "voorbereiden": frozenset({"op"}),
    "adviseren": frozenset({"over"}),  # "adviseren huiseigenaren over isolatie": what the advice is about
}
# Adjective + verb: the adjective is the state ("veilig houden" -> veilig, "schoner maken" -> schoner).
STATE_VERBS = {"maken": "zijn", "houden": "blijven"}  # and the copula of the state they bring
# What people come to when they are brought together: "brengen X in contact" -> "X komen in contact".
MEETINGS = (("in", "contact"), ("samen",), ("bij", "elkaar"), ("tot", "elkaar"))
MODALS = frozenset({"kunnen", "mogen", "willen", "moeten", "zullen"})
HEDGES = (("een", "stukje"), ("een", "beetje"), ("wat",))
# Prepositions that give a change its target ("verlagen tot ...", "verduurzamen naar label B").
TARGETS = frozenset({"tot", "naar"})
# Heads of a prepositional phrase that says when or how, not which people ("op jonge leeftijd").
ADVERBIAL_NOUNS = frozenset(
    "leeftijd manier wijze tijd moment termijn tempo niveau basis sfeer omgeving klimaat plezier".split()
)
TIME_PREPOSITIONS = frozenset({"in", "tegen", "tot", "vanaf", "over", "binnen", "tijdens"})
# (with the terms of office and plans of the vocabulary "periods": "deze legislatuur")
TIME_NOUNS = frozenset("dag dagen week weken maand maanden jaar jaren periode decennium".split())
# The organisation as a public body: "een betrouwbare lokale overheid" is its self-image.
GOVERNMENT = frozenset({"overheid", "bestuur"})
# Finite verbs and the words after them that introduce the aim as a clause: purpose
# formulas ("bestaan om", "zijn er om", "engageert zich om") and effort ("streven ernaar
# (om)", "spannen ons in om").
AIM_CLAUSES = {
    "bestaan": (("om",),),
    "zijn": (("er", "om"), ("erop", "gericht", "om"), ("erop", "gericht")),
    "engageren": (("zich", "om"), ("ons", "om")),
    "inzetten": (("zich", "om"), ("ons", "om")),
    "streven": (("ernaar",),),
    "spannen": (("ons", "in", "om"), ("zich", "in", "om")),
    "inspannen": (("ons", "om"), ("zich", "om")),
    "zetten": (("ons", "in", "om"), ("zich", "in", "om")),
}


def received_verb(offer_verb: str, given: str) -> str:
    """What people do with what an offer gives them: "huren" a rented home, "hebben" a
    place or a home ("een veilige leeromgeving", "een eigen woonplek"), else "krijgen"."""
    if offer_verb in RECEIVED_AS:
        return RECEIVED_AS[offer_verb]
    return "hebben" if is_compound_of(given, HAVE_NOUNS) else "krijgen"


def lower_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def lemma_of(token: Token) -> str:
    """The verb's infinitive: from the word itself where the lexicon knows it, else the
    lemmatiser's."""
    lower = token.lower_
    if lower.endswith("en") and (morphology.is_verb(lower) or token.tag_.startswith("WW|inf")):
        return lower
    found = morphology.infinitive(lower)
    if found is not None:
        return found
    lemma = token.lemma_.lower()
    return lemma if lemma.endswith("n") else lower


def points_at_action(tokens) -> bool:
    """Whether the tokens (two in a row) are "doen" and "dat"/"dit", in either order."""
    return any(lemma_of(t) == "doen" for t in tokens) and any(t.lower_ in ACTION_POINTERS for t in tokens)


def is_finite(token: Token) -> bool:
    return token.tag_.startswith("WW|pv") or ("Fin" in token.morph.get("VerbForm") and phrases.is_verb(token))


def reads_as_noun(token: Token, modified: bool) -> bool:
    if token.lower_ in DETERMINERS or token.lower_ in RELATIVES or token.is_punct or not token.text[:1].isalnum():
        return False
    if token.tag_.startswith("ADJ|nom"):  # ouderen, jongeren
        return True
    if phrases.is_tagged_noun(token):
        return True
    if token.pos_ not in ("VERB", "X", "ADJ") or token.tag_.startswith("ADJ|prenom"):
        return False  # a preposition or an attributive adjective is no noun ("voor", "laag")
    if phrases.is_verb(token) and token.lower_.endswith("en") and not modified:
        return False
    return phrases.is_lexicon_noun(token, modified)


def adjective_like(token: Token) -> bool:
    """An adjective, or a past participle or lower-case word the tagger took for something else."""
    if is_adjective(token) or token.tag_.startswith("WW|vd"):
        return True
    return token.pos_ == "PROPN" and token.text.islower() and morphology.adjective_lemma(token.lower_) is not None


def is_modifier(doc: Doc, j: int, end: int) -> bool:
    """An adjective before its noun ("goede zorg", "een schoon en groen Molenrade"); the
    tagger sometimes calls such adjectives nouns."""
    token = doc[j]
    if token.tag_.startswith("ADJ|nom|sup") and j + 1 < end and doc[j + 1].tag_.startswith("ADJ|prenom"):
        return True  # "de best mogelijke zorg": the tagger reads "best" as a noun
    if not adjective_like(token) or token.tag_.startswith("ADJ|nom") or j + 1 >= end:
        return False
    following = doc[j + 1]
    if _uninflected_before_plural(token, following):
        return False  # "bieden dagelijks ouderen ...": an adverb, not the people's adjective
    if following.lower_ in ADJECTIVE_JOINERS:
        return j + 2 < end and adjective_like(doc[j + 2])
    if following.text.endswith("-") and lower_at(doc, j + 2) in ("en", "of", ","):
        return True  # "een goed leef- en leerklimaat": the first part of a compound
    return reads_as_noun(following, True) or is_name(following) or adjective_like(following) or is_infinitive(following)


def _uninflected_before_plural(token: Token, following: Token) -> bool:
    """ "dagelijks ouderen": a time adverb in -lijks, which before a plural would read
    "dagelijkse". (Other uninflected adjectives do stand there: "pedagogisch medewerkers",
    "zoveel mogelijk Nederlanders".)"""
    nominal = following.pos_ == "NOUN" or following.tag_.startswith("ADJ|nom")  # "ouderen", "kwetsbaren"
    verbal = morphology.is_verb(following.lower_) and not morphology.is_noun(following.lower_)  # "schoolverlaten"
    plural = nominal and not verbal and ("Plur" in following.morph.get("Number") or "|mv" in following.tag_)
    return plural and token.lower_.endswith("lijks")


def is_adjective(token: Token) -> bool:
    """An adjective, a participle used as one ("geletterd"), or a word the lexicon knows as one."""
    if token.tag_.startswith(("ADJ|nom", "N|eigen", "SPEC")) or token.lower_ in DETERMINERS:
        return False
    if not token.text.replace("-", "").isalpha():
        return False  # "medisch-specialistische" is one
    known = morphology.adjective_lemma(token.lower_) is not None or morphology.compound_adjective(token.lower_)
    if token.text[:1].isupper() and not token.is_sent_start and not known:
        return False  # a name the tagger took for an adjective ("in Rodenbeke gratis ...")
    if token.pos_ == "ADJ" or token.tag_.startswith(("ADJ", "WW|vd|prenom", "WW|od|prenom")):
        return True
    return token.pos_ in ("NOUN", "VERB", "X", "ADV") and known


def after_adverbs(doc: Doc, j: int, end: int) -> int:
    """Past the adverbs at doc index j ("dagelijks", "actief"), not an adjective before its
    noun."""
    while j < end and (doc[j].pos_ == "ADV" or doc[j].tag_.startswith("ADJ|vrij")) and not is_modifier(doc, j, end):
        j += 1
    return j


def is_infinitive(token: Token) -> bool:
    # "-en", and the short ones: "gaan", "staan", "zien", "doen" ("omgaan", "voorzien")
    return phrases.infinitive_evidence(token) is not None and token.lower_.endswith(("en", "aan", "ien", "oen"))


def stands_first(token: Token) -> bool:
    """Whether a word opens a sentence, a list item or what follows a label ("Samen – Wij
    ..."): capitalised there for its place, not for being a name."""
    if token.is_sent_start or token.i == 0:
        return True
    before = token.doc[token.i - 1]
    return before.text in ("-", "•") or label_mark(before)


def is_name(token: Token) -> bool:
    """A name: tagged as one, or capitalised inside the sentence ("Zuidwolde-Oost")."""
    if token.tag_.startswith(("N|eigen", "SPEC|deeleigen")) or token.pos_ == "PROPN":
        return True
    after_start = stands_first(token) or token.doc[token.i - 1].text == "."
    return (
        token.text[:1].isupper() and token.text[1:2].islower() and not after_start and token.lower_ not in DETERMINERS
    )
