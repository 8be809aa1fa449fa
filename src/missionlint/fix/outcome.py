"""Role sentences rewritten as outcome sentences, from the sentence's own words.

A role sentence says what the organisation does ("Wij zetten ons in voor betaalbaar
wonen", "Wij bieden ouderen goede zorg"); its outcome says what is then true for others
("Betaalbaar wonen", "Ouderen krijgen goede zorg"). Each transformation below reads one
form on the tagged sentence (who the subject is, which frame verb, where the object noun
phrase starts and ends, number and gender), and gives up on anything else: a wrong rewrite
costs more trust than none. Like the other helpers it reads tags, morphology and word
order, not dependency labels, which the small parser gets wrong too often (see phrases.py).

A rewrite is `safe` when it keeps the aim in the sentence's own words and only drops the
frame around it (subject, effort verb, purpose formula) or turns a result verb into its
adjective; `unsafe` when it changes who does what (an offer becomes what people get, help
becomes what people do), drops a means ("met onze projecten"), or adds a direction the
sentence does not name ("bevorderen" -> "betere").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.model import Applicability
from missionlint.nlp import morphology
from missionlint.rulebook.vocabulary import is_compound_of, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SAFE, UNSAFE = Applicability.SAFE, Applicability.UNSAFE

DETERMINERS = frozenset("de het 't een onze ons mijn uw hun haar jullie deze dit".split())
QUANTITIES = frozenset(
    "alle al elke elk iedere ieder veel vele enkele beide meer minder voldoende extra zoveel".split()
)
STATE_QUANTITIES = frozenset({"meer", "minder", "voldoende", "extra"})
PREPOSITIONS = frozenset(
    "van voor in uit met zonder tussen rond rondom bij op aan tot tegen over onder langs naar binnen buiten "
    "nabij richting dichtbij boven naast".split()
)
# Prepositions after a subordinate clause's subject that may start its own modifier or an
# adverbial ("mensen met een beperking" / "kinderen met plezier"): word order cannot tell.
VERB_MODIFIERS = PREPOSITIONS - {"van", "uit"}
# Prepositions whose phrase belongs to the verb, not to the noun before it ("beschermen tegen hoog water").
VERB_PREPOSITIONS = frozenset({"tegen", "richting"})
RELATIVES = frozenset("die dat waar waarin waarbij waarmee wat".split())
# Words that open an aside after a comma ("..., ongeacht hun afkomst").
ASIDES = frozenset({"ongeacht", "zoals", "ook", "vooral", "in", "van", "met"})
PLACE_RELATIVES = frozenset({"waar", "waarin", "waarbij"})
# Prepositions that "waar" leaves behind in its clause ("waar ... op rekenen" = "waarop ... rekenen").
WAAR_PREPOSITIONS = frozenset("op aan voor mee in over door naar uit van bij tegen onder achter om".split())
SUBORDINATE_TAIL = frozenset("zodat waardoor opdat omdat waar waarin die dat".split())
ORGANISATION_PRONOUNS = frozenset({"wij", "we"})
POSSESSIVES = frozenset({"hun", "zijn", "haar"})  # of the people: "in hun ontwikkeling"
REFLEXIVES = frozenset({"ons", "zich"})
# Words that may stand between a frame verb and its preposition: "zetten ons elke dag in voor".
FRAME_FILLERS = frozenset(
    "ons zich graag bewust samen actief volop maximaal voluit sterk ook zo elke dag dagelijks in bij mee "
    "een bijdrage leveren willen wil wilt blijven blijft te".split()
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
}
# Frame verbs that need a word beside them to be a frame: "zetten (ons) in voor", "dragen bij aan".
FRAME_NEEDS = {"zetten": "in", "dragen": "bij", "leveren": "bijdrage"}
# A quality noun the sentence works on without naming a direction: "bijdragen aan de leefbaarheid" -> beter.
QUALITY_NOUNS = frozenset("kwaliteit welzijn welbevinden leefbaarheid gezondheid bereikbaarheid".split())
OFFER_VERBS = frozenset("bieden aanbieden leveren verzorgen verlenen geven verstrekken verschaffen".split())
# Making a place: what happens there may be the outcome ("een plek creëren waar ...").
CREATE_VERBS = frozenset({"creëren", "scheppen"})
# After the receiver, these begin a modifier of what is given, not of the people:
# "informatie verschaffen aan de patiënt over de behandeling".
GIVEN_MODIFIERS = frozenset({"over", "bij", "rond"})
# What people have rather than get: a place, a home, goods delivered.
HAVE_NOUNS = frozenset("plek plaats thuis huis woning dak onderdak stroom water drinkwater energie".split())
# Help named by its noun: "begeleiden X bij Y" -> "X krijgen begeleiding bij Y".
SUPPORT_NOUNS = {
    "ondersteunen": "ondersteuning",
    "begeleiden": "begeleiding",
    "helpen": "hulp",
    "steunen": "steun",
    "adviseren": "advies",
}
HELP_VERBS = frozenset("helpen ondersteunen begeleiden coachen stimuleren stellen activeren steunen adviseren".split())
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
    "leeftijd manier wijze tijd moment termijn tempo basis sfeer omgeving klimaat plezier".split()
)
TIME_PREPOSITIONS = frozenset({"in", "tegen", "tot", "vanaf", "over", "binnen", "tijdens"})
TIME_NOUNS = frozenset(
    "jaar jaren maanden periode decennium beleidsperiode bestuursperiode planperiode legislatuur".split()
)
# The organisation as a public body: "een betrouwbare lokale overheid" is its self-image.
GOVERNMENT = frozenset({"overheid", "bestuur"})
# Finite verbs and the words after them that introduce the aim as a clause: purpose
# formulas ("bestaan om", "zijn er om", "engageert zich om") and effort ("streven ernaar
# (om)", "spannen ons in om").
AIM_CLAUSES = {
    "bestaan": (("om",),),
    "zijn": (("er", "om"), ("erop", "gericht", "om"), ("erop", "gericht")),
    "engageren": (("zich", "om"),),
    "inzetten": (("zich", "om"),),
    "streven": (("ernaar",),),
    "spannen": (("ons", "in", "om"), ("zich", "in", "om")),
    "inspannen": (("ons", "om"), ("zich", "om")),
    "zetten": (("ons", "in", "om"), ("zich", "in", "om")),
}


@dataclass(frozen=True)
class Outcome:
    """The outcome sentence for a clause, and who may apply it."""

    text: str
    applicability: Applicability


# --------------------------------------------------------------------------- reading


def _lower(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _lemma(token: Token) -> str:
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


def _is_finite(token: Token) -> bool:
    return token.tag_.startswith("WW|pv") or ("Fin" in token.morph.get("VerbForm") and phrases.is_verb(token))


def _is_noun(token: Token, modified: bool) -> bool:
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


def _adjective_like(token: Token) -> bool:
    """An adjective, or a past participle or lower-case word the tagger took for something else."""
    if _is_adjective(token) or token.tag_.startswith("WW|vd"):
        return True
    return token.pos_ == "PROPN" and token.text.islower() and morphology.adjective_lemma(token.lower_) is not None


def _is_modifier(doc: Doc, j: int, end: int) -> bool:
    """An adjective before its noun ("goede zorg", "een schoon en groen Molenrade"); the
    tagger sometimes calls such adjectives nouns."""
    token = doc[j]
    if token.tag_.startswith("ADJ|nom|sup") and j + 1 < end and doc[j + 1].tag_.startswith("ADJ|prenom"):
        return True  # "de best mogelijke zorg": the tagger reads "best" as a noun
    if not _adjective_like(token) or token.tag_.startswith("ADJ|nom") or j + 1 >= end:
        return False
    following = doc[j + 1]
    if following.lower_ in ("en", "of", ","):
        return j + 2 < end and _adjective_like(doc[j + 2])
    return _is_noun(following, True) or _is_name(following) or _adjective_like(following) or _is_infinitive(following)


def _is_adjective(token: Token) -> bool:
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


def _is_infinitive(token: Token) -> bool:
    # "-en", and the short ones: "gaan", "staan", "zien", "doen" ("omgaan", "voorzien")
    return phrases.infinitive_evidence(token) is not None and token.lower_.endswith(("en", "aan", "ien", "oen"))


def _is_name(token: Token) -> bool:
    """A name: tagged as one, or capitalised inside the sentence ("Zuidwolde-Oost")."""
    if token.tag_.startswith(("N|eigen", "SPEC|deeleigen")) or token.pos_ == "PROPN":
        return True
    doc = token.doc
    after_start = token.is_sent_start or token.i == 0 or doc[token.i - 1].text in (":", "-", "•", ".")
    return (
        token.text[:1].isupper() and token.text[1:2].islower() and not after_start and token.lower_ not in DETERMINERS
    )


@dataclass
class _Simple:
    end: int
    determiner: Token | None
    head: Token
    quality: bool
    quantified: bool


def _simple(doc: Doc, i: int, end: int, verbs: bool) -> _Simple | None:
    """[determiner | quantity] modifier* noun name* from doc index i ("de kleine kernen",
    "al onze medewerkers", "betaalbaar en duurzaam wonen" when `verbs`)."""
    j, determiner, quantified, quality = i, None, False, False
    if j >= end:
        return None
    first = doc[j]
    if first.lower_ == "al" and _lower(doc, j + 1) in DETERMINERS:
        j, quantified = j + 2, True
    elif first.lower_ in DETERMINERS:
        determiner, j = first, j + 1
    elif first.lower_ in QUANTITIES or first.like_num:
        quality = first.lower_ in STATE_QUANTITIES
        quantified, j = True, j + 1
        if _lower(doc, j) == "tot" and j + 1 < end and doc[j + 1].like_num:
            j += 2  # "0 tot 4 jaar"
    elif first.lower_ == "heel" and j + 1 < end and _is_name(doc[j + 1]):
        j += 1
    elif first.lower_ in ("iedereen", "niemand"):
        return _Simple(j + 1, None, first, False, True)
    modifiers = 0
    while j < end:
        token = doc[j]
        if _is_modifier(doc, j, end):
            if token.lower_ in STATE_QUANTITIES:
                quality = True
            modifiers, j = modifiers + 1, j + 1
        elif (
            token.pos_ == "ADV"
            and j + 1 < end
            and _is_modifier(doc, j + 1, end)
            or token.lower_ in ("en", "of", ",")
            and modifiers
            and j + 1 < end
            and _is_modifier(doc, j + 1, end)
        ):
            j += 1
        else:
            break
    if j >= end:
        return None
    token = doc[j]
    while token.text.endswith("-") and _lower(doc, j + 1) in ("en", "of", ",") and j + 2 < end:
        j += 2  # "dak- en thuislozen", "angst-, stemmings- en persoonlijkheidsproblemen"
        token = doc[j]
    coordinated = _lower(doc, j + 1) in ("en", "of") and j + 2 < end and _is_noun(doc[j + 2], False)
    nominal = (verbs or modifiers > 0 or coordinated) and _is_infinitive(token)
    if not (_is_noun(token, bool(determiner or modifiers)) or _is_name(token) or nominal):
        return None
    head, j = token, j + 1
    if verbs and j < end and _is_infinitive(doc[j]) and (head.tag_.startswith("ADJ") or _is_adjective(head)):
        head, j = doc[j], j + 1  # "gezond oud worden"
    while j < end and (_is_name(doc[j]) or (doc[j].text[:1].isupper() and doc[j].is_alpha)):
        j += 1  # "de stad Utrecht", "bedrijventerrein De Hoge Akker"
    return _Simple(j, determiner, head, quality or modifiers > 0, quantified)


def read_np(
    doc: Doc, i: int, end: int, final: bool = False, verbs: bool = False, stop: frozenset[str] = frozenset()
) -> phrases.NounPhrase | None:
    """The noun phrase from doc index i: coordinated phrases, prepositional modifiers and,
    when it ends the clause (`final`), a relative clause. `verbs` allows nominal
    infinitives as heads ("sport en bewegen")."""
    first = _simple(doc, i, end, verbs)
    if first is None:
        return None
    j, coordinated, quality = first.end, False, first.quality
    heads: list[Token] = []
    while j < end:
        word = doc[j].lower_
        if word in ("en", "of", ",") and j + 1 < end:
            if doc[j + 1].lower_ in RELATIVES:
                break  # "de wijk, waar jongeren ...": a relative clause, not a second phrase
            following = _simple(doc, j + 1, end, True)
            if following is None or following.head.tag_.startswith("ADJ|vrij"):
                break  # ", dicht bij huis": an adverbial, not a second phrase
            coordinated, quality, j = True, quality or following.quality, following.end
            heads.append(following.head)
        elif word in PREPOSITIONS and word not in VERB_PREPOSITIONS and j + 1 < end:
            if (word in stop and word != "in") or (
                word == "in" and "in" in stop and _lower(doc, j + 1) in ("staat", "het")
            ):
                break
            inner = read_np(doc, j + 1, end, stop=stop)
            if inner is None:
                break
            quality = quality or word == "zonder"
            j = inner.end
        elif (word == "dichtbij" or (word == "dicht" and _lower(doc, j + 1) == "bij")) and j + 2 < end and not stop:
            inner = read_np(doc, j + (1 if word == "dichtbij" else 2), end, stop=stop)
            if inner is None:
                break
            j = inner.end
        elif final and word in RELATIVES:
            quality = quality or word in PLACE_RELATIVES
            j = end
        else:
            break
    head = first.head
    number = "Plur" if coordinated else phrases.number(head, first.determiner)
    if not coordinated and _is_infinitive(head) and not head.tag_.startswith("N|"):
        number = "Sing"  # "duurzaam wonen is ..."
    return phrases.NounPhrase(
        i, j, first.determiner, head, phrases.gender(head, first.determiner), number, coordinated, quality, tuple(heads)
    )


def _own(phrase: phrases.NounPhrase) -> bool:
    """Whether "ons" or "onze" makes the phrase the organisation's own ("onze school")."""
    return phrase.determiner is not None and phrase.determiner.lower_ in ("ons", "onze")


def _own_thing(doc: Doc, k: int, end: int) -> bool:
    """Whether "ons"/"onze" at k begins something of the organisation's own ("ons onderwijs"),
    not the people it serves ("onze bewoners", whose state is an outcome)."""
    if doc[k].lower_ not in ("ons", "onze"):
        return False
    owned = read_np(doc, k, end)
    return owned is None or not _people(owned)


def _people(phrase: phrases.NounPhrase) -> bool:
    """Whether a noun phrase names people (ouderen, inwoners van ..., elke leerling), each of
    its coordinated phrases too ("ouderen, naschoolse sport en ..." does not)."""
    return all(_person(head, phrase.number) for head in (phrase.head, *phrase.heads))


def _person(head: Token, number: str) -> bool:
    if head.lower_ in words("people", "everyone", "organisations") or head.tag_.startswith("ADJ|nom"):
        return True
    if head.lower_.endswith("en") and morphology.is_adjective(head.lower_[:-2]) and not morphology.is_noun(head.lower_):
        return True  # "zieken", "armen": an adjective as people, whatever the tagger says (not "waarden")
    plural = number == "Plur" or "Plur" in head.morph.get("Number")
    return plural and morphology.names_people(head.lower_)


def _a_category(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether people are named by an adjective as a noun with only uninflected words before
    it ("chronisch zieken", "armen"): a group, where "gezonde ouderen" and "tevreden
    huurders" name a state of people."""
    head = phrase.head
    adjectival = head.tag_.startswith("ADJ|nom") or (
        head.lower_.endswith("en") and morphology.is_adjective(head.lower_[:-2]) and not morphology.is_noun(head.lower_)
    )
    before = doc[phrase.start : head.i]
    return adjectival and not any(t.lower_.endswith("e") and _adjective_like(t) for t in before)


def _offered(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether a phrase still names the organisation's offer or the organisation itself
    ("goede zorg", "een kwaliteitsvol sportaanbod", "een betrouwbare lokale overheid"): as an
    outcome it would read as the same role. A comparative makes it a change ("betere zorg")."""
    head = phrase.head.lower_
    if any(phrases.is_comparative(t) or t.lower_ in STATE_QUANTITIES for t in doc[phrase.start : phrase.head.i]):
        return False
    offer = is_compound_of(head, words("offers"))  # also "zorgkwaliteit", "sportaanbod"
    return offer or head in words("organisation-words") or head in GOVERNMENT


def _organisation(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] the organisation: wij/we, or a noun phrase that names no people,
    no quantity and no expletive "het"?"""
    if end - start == 1 and doc[start].lower_ in ORGANISATION_PRONOUNS:
        return True
    phrase = read_np(doc, start, end)
    if phrase is None or phrase.end != end or doc[start].lower_ in QUANTITIES:
        return False
    if phrase.head.lower_ in words("purpose") | {"visie", "droom"}:
        return False  # "Onze ambitie is een gemeente waar ...": the aim itself, not who acts
    return phrase.head.lower_ not in words("people", "everyone") and not phrase.head.tag_.startswith("ADJ|nom")


# --------------------------------------------------------------------------- writing


def _subject_text(doc: Doc, phrase: phrases.NounPhrase) -> str:
    """The phrase as the subject of a new main clause; a comma closes it when it ends in a
    clause of its own or an aside ("mensen die het moeilijk hebben, krijgen hulp";
    "iedereen, ongeacht zijn afkomst, krijgt ..."), so the finite verb that follows is
    not read as part of it."""
    text = _text(doc, phrase.start, phrase.end)
    last = doc[phrase.end - 1]
    aside = any(t.text == "," and _lower(doc, t.i + 1) in ASIDES for t in doc[phrase.start : phrase.end])
    return text + "," if phrases.is_verb(last) or aside else text


def _clause_of(doc: Doc, subject: phrases.NounPhrase, finite: str | None, *rest: str) -> str | None:
    """A main clause with `subject` first, the one place that writes one: None when the
    verb has no form for the subject, or when a time or manner phrase was read into it
    ("kinderen op jonge leeftijd", "leerlingen met plezier"), which would stand in the wrong
    place."""
    if finite is None or _adverbial_inside(doc, subject):
        return None
    return _join(_subject_text(doc, subject), finite, *rest)


def _text(doc: Doc, start: int, end: int) -> str:
    """The words doc[start:end], the first lower-cased when it was only capitalised for
    starting the sentence."""
    if start >= end:
        return ""
    text = doc[start:end].text
    first = doc[start]
    opens = first.is_sent_start or start == 0 or doc[start - 1].text in (":", "-", "•")
    if opens and not _is_name(first) and not first.text.isupper() and not first.text[1:2].isupper():
        text = text[:1].lower() + text[1:]
    return text


def _join(*parts: str) -> str:
    return " ".join(p for p in parts if p).replace(" ,", ",")


def _phrase_text(doc: Doc, phrase: phrases.NounPhrase) -> str:
    """The phrase as it stands, without "een" before a mass noun ("een kwaliteitsvolle thuiszorg")."""
    start = phrase.start
    if phrase.determiner is not None and phrase.determiner.lower_ == "een" and phrases.is_mass_noun(phrase.head.lower_):
        start += 1
    return _text(doc, start, phrase.end)


def _comparative_phrase(doc: Doc, phrase: phrases.NounPhrase, adjective: str, quantity: bool) -> str | None:
    """ "een schonere stad" for the phrase: the one place that builds it (phrases.outcome_phrase)."""
    if phrase.coordinated and (phrase.determiner is not None and phrase.number != "Plur"):
        return None
    if phrase.coordinated:
        later = [t for t in doc[phrase.head.i + 1 : phrase.end] if t.lower_ in DETERMINERS]
        if later and not quantity:
            return None  # "de natuur en het landschap": no one adjective fits both
    if _own(phrase) and not _people(phrase):
        return None  # "onze rol versterken": "een sterkere rol" would drop whose it is
    if any(_own_thing(doc, k, phrase.end) for k in range(phrase.head.i + 1, phrase.end)):
        return None  # "de kwaliteit van ons onderwijs": the organisation's own, not a state of others
    span = doc[phrase.start : phrase.end]
    return phrases.outcome_phrase(span, phrase, adjective, quantity)


def _finite(verb: str, number: str) -> str | None:
    """The present tense of `verb` for a subject of `number`."""
    return verb if number == "Plur" else morphology.singular(verb)


def _fits(doc: Doc, phrase: phrases.NounPhrase | None, end: int) -> bool:
    """Whether a phrase runs to the clause end, or is followed only by a result clause or
    a comma and words without a verb ("..., nu en voor de generaties na ons")."""
    if phrase is None:
        return False
    if phrase.end == end:
        return True
    if doc[phrase.end].text != ",":
        return False
    if _lower(doc, phrase.end + 1) in SUBORDINATE_TAIL:
        return True
    rest = doc[phrase.end + 1 : end]
    if any(t.lower_ in ("en", "of") and _lower(doc, t.i + 1) in PREPOSITIONS for t in rest):
        return False  # "inzetten op X, zoals ..., en op Y": a second aim after the aside
    return not any(phrases.is_verb(t) or t.lower_ in ORGANISATION_PRONOUNS | REFLEXIVES for t in rest)


def _skip_time(doc: Doc, j: int, end: int) -> tuple[int, bool]:
    """Past a time phrase at the start of the middle field ("wil de komende jaren ...",
    "willen in 2030 ...", "wil over vijf jaar ..."): an outcome names no horizon, so
    dropping it makes the rewrite unsafe."""
    k = j + 1 if _lower(doc, j) in TIME_PREPOSITIONS else j
    if k > j and k < end and doc[k].text.isdigit() and len(doc[k].text) == 4:
        return k + 1, True  # "in 2030"
    m = k + 1 if _lower(doc, k) in ("de", "deze") else k
    m = m + 1 if _lower(doc, m) in ("komende", "volgende") else m
    m = m + 1 if m < end and doc[m].like_num else m
    if m > k and m < end and doc[m].lower_ in TIME_NOUNS:
        return m + 1, True
    return j, False


def _skip_means(doc: Doc, j: int, end: int) -> tuple[int, bool]:
    """Past "samen met ..." or "via ..." at the start of the middle field: the partners and
    means are not the outcome (dropping them makes the rewrite unsafe)."""
    if _lower(doc, j) == "samen" and _lower(doc, j + 1) == "met":
        partners = read_np(doc, j + 2, end)
        if partners is not None:
            return partners.end, True
    if _lower(doc, j) == "via":
        means = read_np(doc, j + 1, end)
        if means is not None:
            return means.end, True
    return j, False


# --------------------------------------------------------------------------- inner phrases


def _state_object(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """The aim after an effort frame, if it names a state: "betaalbaar wonen in de Kempen",
    "een inclusieve samenleving waarin ...", "het verhogen van ..." (nominalised)."""
    nominal = _nominalised(doc, start, end)
    if nominal is not None:
        return nominal
    phrase = read_np(doc, start, end, final=True, verbs=True)
    if not _fits(doc, phrase, end):
        return None
    assert phrase is not None
    if phrase.head.lower_ in ("organisatie", "realisatie") and _lower(doc, phrase.head.i + 1) == "van":
        return _state_object(doc, phrase.head.i + 2, end)  # "de organisatie van een kwaliteitsvolle thuiszorg"
    if _people(phrase) and _a_category(doc, phrase):
        return None  # "zorgen voor chronisch zieken": for whom, not a state ("tevreden huurders" is one)
    if phrase.head.lower_ in phrases.INWARD:
        return None
    activities = any(t.lower_ == "het" and _is_infinitive(doc[t.i + 1]) for t in doc[phrase.start : phrase.end - 1])
    if activities:
        return None  # "inzetten op zorgteams en het versterken van ...": a list of means
    tail = _text(doc, phrase.end, end)
    if phrase.quality:
        if phrase.head.lower_ in GOVERNMENT or (phrase.coordinated and _offered(doc, phrase)):
            return None  # "staan voor een betrouwbare overheid", "voor vakmanschap, korte lijnen en service"
        return _join(_phrase_text(doc, phrase), tail), SAFE
    head = phrase.head.lower_
    if phrase.coordinated:
        return None  # "staan voor kwaliteit, veiligheid en respect": values
    if head in QUALITY_NOUNS:
        made = _comparative_phrase(doc, phrase, "beter", False)
    elif head.endswith("heid") and morphology.is_adjective(head[:-4]):
        # a quality made from an adjective grows: "streven naar verdraagzaamheid" -> "meer
        # verdraagzaamheid", "de zelfredzaamheid van ouderen" -> "een grotere zelfredzaamheid van ..."
        grown = ("groter", False) if _lower(doc, phrase.head.i + 1) == "van" else ("meer", True)
        made = _comparative_phrase(doc, phrase, *grown)
    else:
        return None
    return (_join(made, tail), UNSAFE) if made else None


def _direction(lemma: str) -> tuple[str, bool, Applicability] | None:
    """The comparative a verb aims at, whether it is a quantity (meer/minder), and how sure
    that is: the verb's own adjective raised ("versterken" -> sterker: safe), or the one
    direction it implies ("bevorderen" -> beter, "bestrijden" -> minder: unsafe)."""
    if lemma in DIRECTION_VERBS:
        adjective, quantity = DIRECTION_VERBS[lemma]
        return adjective, quantity, UNSAFE
    found = morphology.result_adjective(lemma)
    if found is None:
        return None
    raised = found[0] if found[1] else morphology.comparative(found[0])
    return (raised, raised in morphology.UNINFLECTED, SAFE) if raised else None


def _state(
    doc: Doc, phrase: phrases.NounPhrase, lemmas: list[str], states: list[str], tail: str, dropped: bool = False
) -> tuple[str, Applicability] | None:
    """The object's state after its verbs: "een schonere stad", "veilig drinkwater", "het
    erfgoed blijft behouden". `lemmas` are the verbs' infinitives ("behouden" adds no state
    beside another verb), `states` the adjectives before maken/houden ("veilig houden")."""
    if phrase.head.lower_ in phrases.INWARD:
        return None
    if (lemmas and not states and all(lemma in REALISE_VERBS for lemma in lemmas)) or (
        not lemmas and states == ["mogelijk"]
    ):
        if not phrase.quality or _offered(doc, phrase):
            return None  # "de veiligheid waarborgen" names no state; "goede zorg" still reads as the offer
        return _join(_phrase_text(doc, phrase), tail), UNSAFE if dropped else SAFE
    if len(lemmas) == 1 and lemmas[0] in PARTICIPLE_STATES and not states:
        copula, participle = PARTICIPLE_STATES[lemmas[0]]
        finite = _finite(copula, phrase.number)
        return (_join(_text(doc, phrase.start, phrase.end), finite, participle, tail), UNSAFE) if finite else None
    adjectives, quantity, applicability = [], False, UNSAFE if dropped else SAFE
    for lemma in lemmas:
        found = _direction(lemma)
        if found is None:
            if lemma in PARTICIPLE_STATES and len(lemmas) > 1:
                continue  # "het behouden en versterken van": the other verb names the state
            return None
        adjective, quantity, sure = found
        applicability = UNSAFE if sure is UNSAFE else applicability
        if adjective not in adjectives:
            adjectives.append(adjective)
    for state in states:  # "veilig houden", "toegankelijker maken": a known adjective, as it stands
        base = morphology.comparative_base(state) or state
        if not morphology.is_adjective(base) or morphology.result_adjective(base + "maken") is None:
            return None
        adjectives.append(state)
    if not adjectives or (quantity and len(adjectives) > 1):
        return None
    made = _comparative_phrase(doc, phrase, " en ".join(adjectives), quantity)
    return (_join(made, tail), applicability) if made else None


def _nominalised(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """One nominalisation or several ("het verbeteren van de luchtkwaliteit en het tegengaan van
    geluidsoverlast" -> "een betere luchtkwaliteit en minder geluidsoverlast"); none when one of them
    cannot be rewritten, since the outcome would then drop part of the aim."""
    if _lower(doc, start) != "het":
        return None
    cuts = [
        k
        for k in range(start + 2, end - 2)
        if doc[k].lower_ in ("en", ",") and _lower(doc, k + 1) == "het" and phrases.infinitive_evidence(doc[k + 2])
    ]
    if not cuts:
        return _nominalisation(doc, start, end)
    parts, applicability = [], SAFE
    for part_start, part_end in zip([start] + [k + 1 for k in cuts], cuts + [end], strict=True):
        found = _nominalisation(doc, part_start, part_end)
        if found is None:
            return None
        parts.append(found[0])
        applicability = UNSAFE if found[1] is UNSAFE else applicability
    return ", ".join(parts[:-1]) + " en " + parts[-1], applicability


def _nominalisation(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Het versterken van de sociale samenhang" -> "een sterkere sociale samenhang";
    "Het toegankelijk maken van cultuur" -> "toegankelijke cultuur"."""
    if _lower(doc, start) != "het":
        return None
    j, verbs, adjective = start + 1, [], None
    while j < end and _lower(doc, j) != "van":
        token = doc[j]
        if _is_infinitive(token) or token.tag_.startswith("WW") or morphology.is_verb(token.lower_):
            verbs.append(token)
        elif token.lower_ in ("en", ","):
            pass
        elif _is_adjective(token) and _lower(doc, j + 1) in STATE_VERBS:
            adjective = token
        else:
            return None
        j += 1
    if not verbs or j >= end:
        return None
    phrase = read_np(doc, j + 1, end, final=True)
    if not _fits(doc, phrase, end) or phrase is None or phrase.head.lower_ in phrases.INWARD:
        return None
    tail = _text(doc, phrase.end, end)
    span = doc[phrase.start : phrase.end]
    if adjective is not None and len(verbs) == 1:
        if phrase.number == "Sing" and not phrases.is_mass_noun(phrase.head.lower_):
            return None
        made = phrases.outcome_phrase(span, phrase, adjective.lower_)
        return (_join(made, tail), SAFE) if made else None
    lemmas = [_lemma(v) for v in verbs]
    if len(verbs) == 1 and lemmas[0] == "beschermen":
        protected = phrases.outcome_phrase(span, phrase, "beschermd")
        return (_join(protected, tail), UNSAFE) if protected and (phrase.number == "Plur" or phrase.gender) else None
    return _state(doc, phrase, lemmas, [], tail)


def _object_verb(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "de stad schoonmaken", "het drinkwater veilig houden", "het sportpark verduurzamen en
    toegankelijker maken voor ...", "de sociale cohesie te versterken": the object's state."""
    phrase = read_np(doc, start, end)
    if phrase is None:
        return None
    j, verbs, states = phrase.end, [], []
    while j < end:
        token = doc[j]
        if token.lower_ in ("en", ",", "te"):
            j += 1
        elif _is_adjective(token) and _lower(doc, j + 1) in STATE_VERBS:
            states.append(token.lower_)
            verbs.append(doc[j + 1])
            j += 2
        elif _is_adjective(token) and _lower(doc, j + 1) == "te" and _lower(doc, j + 2) in STATE_VERBS:
            states.append(token.lower_)  # "(om) de wijk schoon te houden"
            verbs.append(doc[j + 2])
            j += 3
        elif _is_infinitive(token) or (token.tag_.startswith("WW") and token.lower_.endswith("en")):
            verbs.append(token)
            j += 1
        else:
            break
    if not verbs or doc[j - 1].lower_ in ("en", ",", "te"):
        return None
    tail = _text(doc, j, end)
    if tail and _lower(doc, j) not in PREPOSITIONS and doc[j].text != ",":
        return None
    lemmas = [_lemma(v) for v in verbs if v.lower_ not in STATE_VERBS]
    return _state(doc, phrase, lemmas, states, tail)


def _te_clause(doc: Doc, start: int, end: int) -> tuple[list[Token], int, int, int] | None:
    """ "[middle] [particle] te V (en te V)* [post]" from `start`: the verbs, the index of
    the first "te", the end of the verbs, and the particle's index (or -1)."""
    te = next((k for k in range(start, end) if doc[k].lower_ == "te"), None)
    if te is None or te + 1 >= end:
        return None
    verbs, j = [], te
    while j < end and doc[j].lower_ == "te" and j + 1 < end and _is_infinitive(doc[j + 1]):
        verbs.append(doc[j + 1])
        j += 2
        if _lower(doc, j) == "en" and _lower(doc, j + 1) == "te":
            j += 1
    if not verbs:
        return None
    particle = te - 1 if te - 1 >= start and doc[te - 1].lower_ in morphology.PARTICLES else -1
    if particle >= 0 and morphology.separable(doc[te - 1].lower_ + verbs[0].lower_) is None:
        particle = -1
    return verbs, te, j, particle


def _subject_does(
    doc: Doc, subject: phrases.NounPhrase, start: int, end: int, allow_offer: bool = True
) -> tuple[str, Applicability] | None:
    """ "X om ... te V [post]" -> "X V-t ... [post]": the people do what the organisation
    helps, lets or makes them do."""
    clause = _te_clause(doc, start, end)
    if clause is None:
        return None
    verbs, te, verbs_end, particle = clause
    if any(doc[k].lower_ == "te" for k in range(verbs_end, end)):
        return None  # "hun woning te isoleren en energie te besparen": a second clause with its own object
    joined_particle = ""
    middle_start = start + 1 if _lower(doc, start) == "om" else start
    if _lower(doc, middle_start) in ("en", "of", ","):
        return None  # the people's phrase was cut off in the middle of a coordination
    if any(
        _is_finite(t) and not morphology.is_noun(t.lower_) or t.lower_ in RELATIVES | SUBORDINATE_TAIL
        for t in doc[middle_start:te]
    ):
        return None  # the "te" belongs to another clause ("..., waarin iedereen ... om ... waar te maken")
    lemmas = [_lemma(v) for v in verbs]
    if lemmas[0] == "laten" and len(verbs) == 1:
        # "(om) de kinderen respectvol met elkaar om te laten gaan": the people do the second verb
        if verbs_end >= end or not _is_infinitive(doc[verbs_end]):
            return None
        verbs, verbs_end = [doc[verbs_end]], verbs_end + 1
        lemmas = [_lemma(verbs[0])]
        split = morphology.separable(lemmas[0])  # "te laten kennismaken" -> "maken ... kennis"
        if split is not None:
            joined_particle, lemmas = split[0], [split[1]]
    middle_end = particle if particle >= 0 else te
    if lemmas[0] in ("zijn", "worden", "blijven", "helpen") or lemmas[0] in STATE_VERBS:
        return None  # "Nederland veiliger te maken" is the object's state (_object_verb)
    if allow_offer and lemmas[0] in OFFER_VERBS and len(verbs) == 1:
        given = read_np(doc, middle_start, middle_end)
        if given is None or given.end != middle_end or given.head.lower_ in phrases.INWARD:
            return None
        verb = "hebben" if given.head.lower_ in HAVE_NOUNS else "krijgen"
        text = _clause_of(
            doc, subject, _finite(verb, subject.number), _text(doc, given.start, given.end), _text(doc, verbs_end, end)
        )
        return (text, UNSAFE) if text else None
    finites = []
    particle_word = doc[particle].lower_ if particle >= 0 else joined_particle
    for lemma in lemmas:
        finite = _finite(lemma, subject.number)
        if finite is None:
            return None
        finites.append(finite)
    verb_text = " en ".join(finites)
    middle = _text(doc, middle_start, middle_end)
    post = _text(doc, verbs_end, end)
    text = _clause_of(doc, subject, verb_text, middle, particle_word, post)
    return (text, UNSAFE) if text else None


def _stranded(doc: Doc, start: int, end: int) -> bool:
    """Whether a "waar" clause has a preposition left behind ("waar ... naartoe gaan",
    "waar ... op kunnen rekenen"), not a verb's particle ("waar iedereen mee kan doen")."""
    if _lower(doc, start - 1) != "waar":
        return False
    for k in range(start, end):
        word = doc[k].lower_
        if word in ("naartoe", "heen", "vandaan"):
            return True
        if word in WAAR_PREPOSITIONS and doc[k].tag_.startswith("VZ|fin"):
            verbs = [t for t in doc[k + 1 : end] if phrases.is_verb(t)]
            if not any(morphology.separable(word + _lemma(v)) for v in verbs):
                return True
    return False


def _lift(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """A subordinate clause as a main clause: "dat iedere inwoner schoon drinkwater heeft"
    -> "Iedere inwoner heeft schoon drinkwater". The finite verb moves to second place in
    each coordinated verb phrase ("waar bewoners elkaar ontmoeten en samen activiteiten
    opzetten" -> "Bewoners ontmoeten elkaar en zetten samen activiteiten op")."""
    if _lower(doc, start) in ORGANISATION_PRONOUNS:
        return None  # "zorgen ervoor dat we ...": still what the organisation does
    subject = read_np(doc, start, end, stop=VERB_MODIFIERS)
    if subject is not None and _own(subject) and not _people(subject):
        return None  # "dat onze school ...": the organisation's own
    if subject is None and _lower(doc, start) in ("iedereen", "niemand"):
        subject = phrases.NounPhrase(start, start + 1, None, doc[start], "Com", "Sing")
    if subject is None or subject.end >= end or doc[subject.end].text == ",":
        return None
    if _lower(doc, subject.end) in VERB_MODIFIERS | {"dichtbij", "dicht"}:
        return None  # "kinderen met plezier leren" or "mensen met een beperking"? Not from word order.
    if any(t.text in (":", ";") for t in doc[start:end]):
        return None  # what follows a colon is a sentence of its own
    if _stranded(doc, start, end):
        return None  # "waar kinderen graag naartoe gaan": the main clause needs an "er" we cannot place
    plural = subject.number == "Plur"

    def finite_at(k: int) -> bool:  # a plural's finite verb looks like an infinitive ("waar kinderen leren", "staan")
        token = doc[k]
        bare = (
            plural
            and phrases.is_verb(token)
            and token.lower_.endswith("n")
            and not token.tag_.startswith("WW|vd")  # "gezien worden": the participle is not the finite verb
            and _lower(doc, k - 1) != "te"
        )
        return _is_finite(token) or bare

    if subject.end < end - 3 and doc[end - 2].lower_ == "en" and finite_at(end - 3) and finite_at(end - 1):
        # two verbs with one object: "waar ze elkaar kennen en respecteren" -> "kennen en respecteren elkaar"
        # (an adverb or a place is not shared: "veilig opgroeien en leren" is read below)
        middle = doc[subject.end : end - 3]
        shared = read_np(doc, subject.end, end - 3) if middle[0].lower_ != "elkaar" else None
        if (len(middle) == 1 and middle[0].lower_ == "elkaar") or (shared is not None and shared.end == end - 3):
            if any(morphology.separable(doc[k].lower_) for k in (end - 3, end - 1)):
                return None
            clause = _clause_of(doc, subject, f"{doc[end - 3].text} en {doc[end - 1].text}", middle.text)
            return (clause, SAFE) if clause else None
    parts, j = [], subject.end
    while j < end:
        finite = next((k for k in range(j, end) if finite_at(k)), None)
        if finite is None or any(doc[k].lower_ in RELATIVES | SUBORDINATE_TAIL for k in range(j, finite)):
            return None
        cluster_start, cluster_end = finite, finite + 1
        while cluster_start - 1 >= j and _is_infinitive(doc[cluster_start - 1]):
            cluster_start -= 1
        while cluster_end < end and _is_infinitive(doc[cluster_end]):
            cluster_end += 1
        following = next(
            (
                k
                for k in range(cluster_end, end)
                if doc[k].lower_ in ("en", ",") and any(finite_at(m) for m in range(k + 1, end))
            ),
            end,
        )
        after = doc[cluster_end] if cluster_end < following else None
        if after is not None and after.lower_ not in PREPOSITIONS | RELATIVES | SUBORDINATE_TAIL:
            return None  # the verb is not last: a main clause already ("elk verhaal mag er verteld worden")
        if following < end and cluster_end - cluster_start > 1:
            # "waar kinderen na school kunnen spelen en huiswerk maken": whether "maken" shares
            # "kunnen" or not, "Kinderen kunnen na school spelen en huiswerk maken" says it, as
            # long as the modal is the finite verb and no other finite verb follows
            if _lemma(doc[finite]) not in MODALS or any(_is_finite(doc[k]) for k in range(cluster_end, end)):
                return None
            following = end
        verb, particle = doc[finite].text, ""
        form = doc[finite].lower_
        split = morphology.separable(form if form.endswith("en") else _lemma(doc[finite]))
        if split is not None and form.startswith(split[0]) and len(form) > len(split[0]):
            particle, verb = split[0], verb[len(split[0]) :]  # "opzetten" -> "zetten ... op", "meedoet" -> "doet mee"
        others = [t.text for t in doc[cluster_start:cluster_end] if t.i != finite]
        middle_end = cluster_start
        if others and middle_end > j and morphology.separable(doc[middle_end - 1].lower_ + others[-1].lower()):
            others[-1] = doc[middle_end - 1].text + others[-1]  # "mee kan doen" -> "kan meedoen"
            middle_end -= 1
        middle = _text(doc, j, middle_end)
        if not middle and not others and _lemma(doc[finite]) in phrases.COPULAS:
            return None  # "waar het aangenaam wonen is": the predicate was read into the subject
        parts.append(_join(verb, middle, " ".join(others), particle, _text(doc, cluster_end, following)))
        if following < end:
            parts.append(doc[following].text)
        j = following + 1
    clause = _clause_of(doc, subject, " ".join(parts).replace(" ,", ","))
    return (clause, SAFE) if clause else None


def _inner(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """What follows a purpose formula ("om", "is", "heeft als doel", ":")."""
    if start >= end:
        return None
    lowers = [t.lower_ for t in doc[start : min(end, start + 4)]]
    if lowers[:3] == ["ervoor", "te", "zorgen"] and _lower(doc, start + 3) == "dat":
        return _lift(doc, start + 4, end)
    if lowers[:1] == ["om"]:
        return _inner(doc, start + 1, end)
    if lowers[:1] == ["dat"]:  # "(is erop gericht) dat ouderen zelfstandig wonen"
        return _lift(doc, start + 1, end)
    if lowers[:1] == ["van"] and _lower(doc, end - 2) == "te" and _lower(doc, end - 1) == "maken":
        return _make(doc, start, end - 2)  # "(om) van de wijk een plek ... te maken"
    effort_start, dropped = start, False
    if lowers[:1] == ["met"]:  # "(om) met sport en spel bij te dragen aan ...": the means goes
        means = read_np(doc, start + 1, end)
        effort_start, dropped = (means.end, True) if means is not None else (start, False)
    framed = _effort(doc, "", effort_start, end)
    if framed is not None:
        return framed[0], UNSAFE if dropped else framed[1]
    nominal = _nominalised(doc, start, end)
    if nominal is not None:
        return nominal
    subject = read_np(doc, start, end)
    supported = (
        subject is not None and _lower(doc, subject.end) == "te" and _lower(doc, subject.end + 1) in SUPPORT_NOUNS
    )
    if supported and subject is not None and (subject.end + 2 == end or _lower(doc, subject.end + 2) in ("bij", "met")):
        if not _people(subject):
            return None
        support, after = _lower(doc, subject.end + 1), subject.end + 2
        if _lower(doc, after) == "bij" or after == end:  # "(om) jongeren te begeleiden (bij ...)"
            return _supported(doc, subject, support, after, end)
        given = read_np(doc, after + 1, end) if _lower(doc, after) == "met" else None
        if given is None or given.end != end:
            return None
        text = _clause_of(doc, subject, _finite("krijgen", subject.number), _text(doc, after + 1, end))
        return (text, UNSAFE) if text else None  # "mensen ... te ondersteunen met voedsel en kleding"
    if _lemma(doc[end - 1]) == "voorzien":
        return _provided(doc, start, end)
    if subject is not None and _lower(doc, subject.end) == "te" and _lower(doc, subject.end + 1) in ("laten", "helpen"):
        verb = doc[subject.end + 2] if subject.end + 2 < end else None
        if verb is None or not (_is_infinitive(verb) or morphology.is_verb(verb.lower_)):
            return None
        return _lifted_verb(doc, subject, verb, subject.end + 3, end)
    if subject is not None and _lower(doc, subject.end) != "te" and _people(subject):
        done = _subject_does(doc, subject, subject.end, end)  # "jongeren een baan te bieden"
        if done is not None:
            return done
    return _object_verb(doc, start, end)


def _adverbial_inside(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether a prepositional phrase read into the people is the verb's time or manner
    ("kinderen op jonge leeftijd laten kennismaken", "jongeren op een speelse manier
    ..."): as the subject of the outcome it would stand in the wrong place."""
    for k in range(phrase.head.i + 1, phrase.end):
        if doc[k].lower_ not in PREPOSITIONS:
            continue
        j = k + 1  # the phrase's own noun, after its determiner and adjectives ("op een speelse manier")
        while j < phrase.end and (doc[j].pos_ in ("DET", "ADJ", "CCONJ") or doc[j].text == ","):
            j += 1
        if j < phrase.end and doc[j].lower_ in ADVERBIAL_NOUNS:
            return True
    return False


def _lifted_verb(
    doc: Doc, subject: phrases.NounPhrase, verb: Token, after: int, end: int
) -> tuple[str, Applicability] | None:
    """ "X (te) laten V [rest]" -> "X V-t [rest]"; a separable V splits ("kennismaken met" -> "maken kennis met")."""
    lemma = _lemma(verb)
    split = morphology.separable(lemma)
    base, particle = (split[1], split[0]) if split else (lemma, "")
    rest = _text(doc, after, end)
    if particle and after < end and _lower(doc, after) not in PREPOSITIONS:
        # an object comes before the particle ("vullen formulieren in"), a phrase with a
        # preposition may follow it ("maken kennis met cultuur")
        text = _clause_of(doc, subject, _finite(base, subject.number), rest, particle)
    else:
        text = _clause_of(doc, subject, _finite(base, subject.number), particle, rest)
    return (text, UNSAFE) if text else None


# --------------------------------------------------------------------------- clauses


def _purpose(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Het is onze missie om ...", "Onze opdracht is ...", "Ons doel: ...", "Het doel van X is ..."."""
    lowers = [t.lower_ for t in doc[start : min(end, start + 5)]]
    purpose = words("purpose")
    if (
        lowers[:2] == ["het", "is"]
        and len(lowers) >= 5
        and lowers[2] in ("onze", "ons")
        and lowers[3] in purpose
        and lowers[4] == "om"
    ):
        return _inner(doc, start + 5, end)
    if (
        len(lowers) >= 3
        and lowers[0] in ("onze", "ons", "de", "het")
        and lowers[1] in purpose
        and lowers[2] in (":", "is")
    ):
        return _inner(doc, start + 3, end)
    if len(lowers) >= 3 and lowers[0] in ("de", "het") and lowers[1] in purpose and lowers[2] == "van":
        copula = next((k for k in range(start + 3, end) if doc[k].lower_ == "is"), None)
        if copula is not None:
            return _inner(doc, copula + 1, end)
    return None


def _fragment(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """A clause without subject: a nominalisation or an object with its result verb."""
    if any(doc[k].lower_ in ORGANISATION_PRONOUNS for k in range(start, end)):
        return None
    nominal = _nominalised(doc, start, end)
    if nominal is not None:
        return nominal
    subject = read_np(doc, start, end)
    if (
        subject is not None
        and _lower(doc, subject.end) == "laten"
        and subject.end + 1 < end
        and _is_infinitive(doc[subject.end + 1])
    ):
        return _lifted_verb(doc, subject, doc[subject.end + 1], subject.end + 2, end)
    # "begrijpelijke informatie verschaffen aan de patiënt" (a bullet under "We willen:")
    offer = _offer_at(doc, start + 1, end)
    if offer is not None and not any(_is_finite(t) for t in doc[start:end]):
        return _offer(doc, _lemma(doc[offer]), start, end, skip=offer)
    return _object_verb(doc, start, end)


def _aim_comma(doc: Doc, start: int, end: int) -> int | None:
    """The comma after a fronted "Om ... te V," followed by the main clause's finite verb."""
    if _lower(doc, start) != "om":
        return None
    comma = next((k for k in range(start + 2, end - 2) if doc[k].text == ","), None)
    if comma is None or all(t.lower_ != "te" for t in doc[start + 1 : comma]) or not _is_finite(doc[comma + 1]):
        return None
    return comma


def _fronted_aim(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Om de zelfstandigheid van bewoners te vergroten, werken wij samen met buurtteams"
    -> "Een grotere zelfstandigheid van bewoners": the aim stands in front, the main clause
    after it says what the organisation does for it (dropped, so unsafe)."""
    comma = _aim_comma(doc, start, end)
    if comma is None:
        return None
    after = read_np(doc, comma + 2, end)
    if _lower(doc, comma + 2) not in ORGANISATION_PRONOUNS and (
        after is None or not _organisation(doc, comma + 2, after.end)
    ):
        return None  # "Om ..., krijgen bewoners ...": the main clause is not about the organisation
    found = _inner(doc, start + 1, comma)
    return (found[0], UNSAFE) if found else None


def _subject_and_verb(doc: Doc, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """(finite verb, subject start, subject end, adjunct dropped) of a main clause whose
    subject is the organisation, or None."""
    finite = next((k for k in range(start, end) if _is_finite(doc[k]) and _lower(doc, k - 1) != "te"), None)
    if finite is None or finite == start:
        return None
    if _lower(doc, finite + 1) in ORGANISATION_PRONOUNS:
        # "De komende jaren zetten wij ...": what stands first is no subject
        return finite, finite + 1, finite + 2, True
    if _organisation(doc, start, finite):
        return finite, start, finite, False
    after = read_np(doc, finite + 1, end)
    if after is None or doc[finite + 1].lower_ not in DETERMINERS or _people(after):
        return None
    return (finite, finite + 1, after.end, True) if _organisation(doc, finite + 1, after.end) else None


def _clause_front(doc: Doc, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """(finite verb, where what is said of the organisation begins, where it ends, whether
    a word was dropped on the way) of a main clause with the organisation as subject: a
    time phrase after the verb ("de komende jaren") and a coordinated "en doen dat ..."
    are left out."""
    found = _subject_and_verb(doc, start, end)
    if found is None:
        return None
    finite, subject_start, subject_end, dropped = found
    middle = subject_end if subject_start > finite else finite + 1
    middle, timed = _skip_time(doc, middle, end)
    how = _how_tail(doc, middle, end)
    if how is not None:
        end, dropped = how, True
    return finite, middle, end, dropped or timed


def _organisation_clause(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """The organisation as subject: effort frames, "maken", offers, help, result verbs, self-image."""
    front = _clause_front(doc, start, end)
    if front is None:
        return None
    finite, middle, end, dropped = front
    verb = _lemma(doc[finite])
    cuts = []
    for k in range(middle + 1, end - 1):
        if doc[k].lower_ in RELATIVES | SUBORDINATE_TAIL:
            break
        coordinated = doc[k - 1].lower_ in (",", "en", "of") and _lower(doc, k + 1) not in ("en", "of", ",")
        if _is_finite(doc[k]) and coordinated and doc[k].pos_ != "NOUN":
            cuts.append(k)
    if cuts:  # "we werken samen met ... en leveren een bijdrage aan ...": at most one of them is an aim
        return _one_aim(doc, verb, middle, end, cuts)
    result = _framed(doc, verb, middle, end)
    if result is None:
        return None
    text, applicability = result
    return text, UNSAFE if dropped else applicability


def _one_aim(doc: Doc, verb: str, middle: int, end: int, cuts: list[int]) -> tuple[str, Applicability] | None:
    """Coordinated verb phrases of one subject, of which exactly one is an effort towards a
    state ("Wij werken samen met inwoners en leveren een bijdrage aan een mooiere
    samenleving" -> "Een mooiere samenleving"): that state is the outcome, and the other
    phrases say how (dropped, so unsafe). Two aims, or none, give no rewrite."""
    parts: list[tuple[str, int, int]] = []
    start, lemma = middle, verb
    for cut in [*cuts, end]:
        stop = cut
        while stop > start and doc[stop - 1].lower_ in (",", "en", "of"):
            stop -= 1
        parts.append((lemma, start, stop))
        if cut < end:
            lemma, start = _lemma(doc[cut]), cut + 1
            if _lower(doc, start) in ORGANISATION_PRONOUNS:
                start += 1  # "en werken wij ..."
    aims = [found for lemma, a, b in parts if (found := _effort(doc, lemma, a, b)) is not None]
    if aims:
        return (aims[0][0], UNSAFE) if len(aims) == 1 else None
    # "ondersteunt mensen ... bij wonen en werken, en werkt daarbij samen met familie": how the
    # organisation works beside one thing it does, which is read alone
    doing = [(lemma, a, b) for lemma, a, b in parts if not _working_together(doc, lemma, a, b)]
    if len(doing) != 1 or len(doing) == len(parts):
        return None
    found = _framed(doc, *doing[0])
    return (found[0], UNSAFE) if found else None


def _working_together(doc: Doc, lemma: str, start: int, end: int) -> bool:
    """ "werkt (daarbij nauw) samen met ...", "werken met vrijwilligers": how, not what."""
    words = {t.lower_ for t in doc[start:end]}
    return lemma in ("werken", "samenwerken") and ("samen" in words or "met" in words)


def _how_tail(doc: Doc, start: int, end: int) -> int | None:
    """Where a coordinated "en doen dat ..." / "en dat doen we ..." starts: how the
    organisation works ("... en doen dat met vrijwilligers"), which no outcome keeps."""
    for k in range(start + 1, end - 2):
        if doc[k].lower_ != "en":
            continue
        following = (doc[k + 1], doc[k + 2])
        if any(_lemma(t) == "doen" for t in following) and any(t.lower_ in ("dat", "dit") for t in following):
            return k
    return None


def _framed(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    lowers = [t.lower_ for t in doc[middle:end]]
    for frame in AIM_CLAUSES.get(verb, ()):
        if tuple(lowers[: len(frame)]) == frame:
            return _inner(doc, middle + len(frame), end)
    # purpose: "heeft als doel", "doen ons uiterste best om"
    if verb == "hebben" and len(lowers) > 2 and lowers[0] in ("als", "tot", "ten") and lowers[1] == "doel":
        return _inner(doc, middle + 2, end)
    if verb == "doen" and "best" in lowers[:4] and "om" in lowers[:5]:
        return _inner(doc, middle + lowers.index("om") + 1, end)
    if verb in ("waken", "zorgen") and lowers[:2] in (["erover", "dat"], ["ervoor", "dat"]):
        return _lift(doc, middle + 2, end)
    if verb == "zorgen" and lowers[:1] == ["dat"]:
        return _lift(doc, middle + 1, end)
    framed = _effort(doc, verb, middle, end)
    if framed is not None:
        return framed
    if verb in ("willen", "blijven"):
        if "zijn" in lowers and any(w in PLACE_RELATIVES for w in lowers):
            return _self_image(doc, middle, end)
        image = _self_image(doc, middle, end) if "zijn" in lowers else None
        if image is not None:  # "een gemeente zijn die bijdraagt aan ..."
            return image
        offer = _offer_at(doc, middle, end)
        if offer is not None:  # "willen goede zorg verlenen aan iedere patiënt", "willen iedereen de kans geven om ..."
            return _offer(doc, _lemma(doc[offer]), middle, end, skip=offer)
        return _object_verb(doc, middle, end)
    if verb == "voorzien":
        return _provide(doc, middle, end)
    if verb == "laten":  # "We laten kinderen ontdekken wat ze kunnen" -> "Kinderen ontdekken wat ze kunnen"
        return _let(doc, middle, end)
    if verb == "zijn":
        return _self_image(doc, middle, end, copula_first=True)
    if verb in STATE_VERBS:  # "maken de stad groener", "houden de huren laag"
        return _make(doc, middle, end, STATE_VERBS[verb])
    if verb == "brengen":
        return _bring(doc, middle, end)
    if verb in OFFER_VERBS or verb in CREATE_VERBS:
        # "Wij bieden ouderen goede zorg"; "Wij bieden een plek waar ouderen elkaar ontmoeten"
        offered = _offer(doc, verb, middle, end) if verb in OFFER_VERBS else None
        return offered or _self_image(doc, middle, end, copula_first=True)
    if verb in HELP_VERBS:
        helped = _help(doc, verb, middle, end)
        if helped is not None or verb not in DIRECTION_VERBS:
            return helped
    if (
        morphology.result_adjective(verb)
        or verb in REALISE_VERBS
        or verb in DIRECTION_VERBS
        or verb in PARTICIPLE_STATES
    ):
        return _finite_activity(doc, verb, middle, end)
    return None


def _effort(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "zetten ons in voor X", "werken aan X", "willen bijdragen aan X", "staan in voor X" -> X.
    A partner ("samen met") or a time ("de komende jaren") on the way is dropped: unsafe."""
    seen = {verb}
    dropped = False
    k = middle
    while k < end:
        word = doc[k].lower_
        if word in PREPOSITIONS and any((v, word) in FRAMES and FRAME_NEEDS.get(v, "") in seen | {""} for v in seen):
            if word == "in" and _lower(doc, k + 1) in ("voor", "op"):
                seen.add("in")
                k += 1
                continue
            found = _state_object(doc, k + 1, end)
            if found is None:
                return None
            text, applicability = found
            return text, UNSAFE if dropped else applicability
        after_time, timed = _skip_time(doc, k, end)
        if timed:
            k, dropped = after_time, True
            continue
        if word == "samen" and _lower(doc, k + 1) == "met":
            dropped = True
        if _is_infinitive(doc[k]) or morphology.is_verb(word) or _is_finite(doc[k]):
            seen.add(_lemma(doc[k]) if _is_infinitive(doc[k]) or _is_finite(doc[k]) else word)
        adjective = doc[k].pos_ == "ADJ" and _lower(doc, k + 1) == "bijdrage"  # "een stevige bijdrage leveren aan"
        verbal = _is_infinitive(doc[k]) or morphology.is_verb(word) or doc[k].tag_.startswith("WW")  # "gericht"
        if word in FRAME_FILLERS or adjective or verbal or dropped:
            seen.add(word)
            k += 1
            continue
        return None
    return None


def _self_image(doc: Doc, middle: int, end: int, copula_first: bool = False) -> tuple[str, Applicability] | None:
    """ "(Wij willen) een school zijn waar kinderen veilig leren" -> "Kinderen leren veilig":
    the relative clause names the outcome; the main clause is only about the school (or,
    after an offer, about the place offered: "bieden een plek waar ..."; `copula_first`
    when the verb before the phrase is not "zijn" at its end). "De club zijn waar ..." is
    read alike."""
    if _lower(doc, middle) not in ("een", "de", "het"):
        return None
    if copula_first:  # the place with where it is: "een basisschool in het centrum van Kleiwijk, waar ..."
        j = next((k for k in range(middle + 1, end) if doc[k].lower_ in PLACE_RELATIVES | {"die", "dat"}), end)
        phrase_end = j - 1 if doc[j - 1].text == "," else j
        phrase = read_np(doc, middle, phrase_end, stop=frozenset({"met", "voor"})) if j < end else None
        if phrase is None or phrase.end != phrase_end:
            return None
    else:
        simple = _simple(doc, middle, end, False)
        if simple is None or _lower(doc, simple.end) != "zijn":
            return None
        j = simple.end + 1
    if _lower(doc, j) in ("die", "dat"):
        # "Wij zijn een overheid die bijdraagt aan het goede leven" -> "Het goede leven"
        framed = _effort(doc, "", j + 1, end)
        return (framed[0], UNSAFE) if framed else None
    if _lower(doc, j) not in PLACE_RELATIVES:
        return None
    lifted = _lift(doc, j + 1, end)
    return (lifted[0], UNSAFE) if lifted else None  # "Een school waar ..." would still be about the school


def _make(doc: Doc, middle: int, end: int, copula: str = "zijn") -> tuple[str, Applicability] | None:
    """ "maken X ADJ [rest]" -> "X is ADJ [rest]"; "maken van X een Y" -> "X is een Y";
    with `copula` "blijven", "houden X ADJ" -> "X blijft ADJ" ("de huren laag houden")."""
    if _lower(doc, middle) == "van" and copula == "zijn":
        place = read_np(doc, middle + 1, end)
        if place is None or _lower(doc, place.end) not in ("een", "de"):
            return None
        own = _own(place)
        if own or place.head.lower_ in words("organisation-words"):
            return None  # "van de bibliotheek een plek maken": "De bibliotheek is ..." is still about the organisation
        return _join(_text(doc, place.start, place.end), "is", _text(doc, place.end, end)), SAFE
    phrase = read_np(doc, middle, end, verbs=True)
    if phrase is None or phrase.head.lower_ in phrases.INWARD or "mogelijk" in [t.lower_ for t in doc[middle:end]]:
        return None  # "zo toegankelijk mogelijk" is a hedge, not a state
    if _own(phrase):
        return None  # "ons werk zichtbaar maken": about the organisation itself
    head = phrase.head
    if (
        not phrase.coordinated
        and phrase.number == "Plur"
        and head.lower_.endswith("en")
        and morphology.is_verb(head.lower_)
    ):
        return None  # "zwemmen" or "wijken": a verb or a plural, so "is" or "zijn"?
    j = phrase.end
    for hedge in HEDGES:
        if [t.lower_ for t in doc[j : j + len(hedge)]] == list(hedge):
            j += len(hedge)
    predicate_start, adjectives = j, 0
    while j < end:
        token = doc[j]
        if token.tag_.startswith("ADJ|prenom"):
            return None  # "vijftig kilometer provinciale weg ... maken": the phrase goes on
        if _is_adjective(token) or token.lower_ in ("dichterbij", "mogelijk", "klaar"):
            adjectives, j = adjectives + 1, j + 1
        elif (
            token.lower_ in ("en", ",")
            and adjectives
            and j + 1 < end
            and _is_adjective(doc[j + 1])
            or token.pos_ == "ADV"
            and j + 1 < end
            and _is_adjective(doc[j + 1])
        ):
            j += 1
        else:
            break
    if not adjectives or (j < end and _lower(doc, j) not in PREPOSITIONS and doc[j].text != ","):
        return None
    finite = _finite(copula, phrase.number)
    applicability = SAFE if predicate_start == phrase.end else UNSAFE
    return _join(_text(doc, phrase.start, phrase.end), finite or "", _text(doc, predicate_start, end)), applicability


def _bring(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "brengen X (met elkaar) in contact / samen / bij elkaar" -> "X komen (met elkaar) in
    contact": people who meet, said of them. Where the meeting begins is found first, so
    the people are the words before it ("jongeren en werkgevers in contact")."""
    for k in range(middle + 1, end):
        if not any(tuple(t.lower_ for t in doc[k : k + len(m)]) == m for m in MEETINGS):
            continue
        people_end = k - 2 if [t.lower_ for t in doc[k - 2 : k]] == ["met", "elkaar"] else k
        people = read_np(doc, middle, people_end)
        if people is None or people.end != people_end or not _people(people):
            return None
        text = _clause_of(doc, people, _finite("komen", people.number), _text(doc, people.end, end))
        return (text, UNSAFE) if text else None
    return None


def _offer(doc: Doc, verb: str, middle: int, end: int, skip: int = -1) -> tuple[str, Applicability] | None:
    """ "bieden X Y" / "bieden Y aan X" -> "X krijgen Y" (a place or goods: "hebben").
    `skip` is the offer verb's infinitive after "willen" ("willen goede zorg verlenen aan ..."),
    which the outcome leaves out."""

    def text(a: int, b: int) -> str:
        return _join(_text(doc, a, skip), _text(doc, skip + 1, b)) if a <= skip < b else _text(doc, a, b)

    j = middle
    while j < end and (doc[j].pos_ == "ADV" or doc[j].tag_.startswith("ADJ|vrij")) and not _is_modifier(doc, j, end):
        j += 1  # "dagelijks"
    adverbs = _text(doc, middle, j)
    first = read_np(doc, j, end, stop=frozenset({"aan", "voor"}))
    if first is None:
        return None
    given: phrases.NounPhrase | None
    receiver: phrases.NounPhrase | None
    if _people(first) and first.end < end and doc[first.end].lower_ not in PREPOSITIONS | {"en", ","}:
        receiver, given = first, read_np(doc, first.end, end, final=True)
        comma = next((k for k in range(first.end, end) if doc[k].text == ","), end)
        if given is None and comma < end and _where_given(doc, comma, end, -1):
            given = read_np(doc, first.end, comma)  # "een fijn thuis in het hart van X, vlak bij de kerk"
            given = given if given is not None and given.end == comma else None
        if given is None:
            return None
        if skip >= 0 and skip != given.end:
            return None
        given_text, rest = text(given.start, end), ""
    else:
        k, receiver = first.end, None
        for k in range(first.end, end):
            if doc[k].lower_ in ("aan", "voor"):
                receiver = read_np(doc, k + 1, end, final=True, stop=GIVEN_MODIFIERS)
                if receiver is not None and _people(receiver):
                    break
                receiver = None
        if receiver is None:
            return None
        given = read_np(doc, j, k)
        if given is None or not _where_given(doc, given.end, k, skip):
            return None
        if skip >= 0 and not given.end <= skip < k:
            return None
        given_text, rest = text(j, k).rstrip(" ,"), _text(doc, receiver.end, end)
        if receiver.end < end and (
            _lower(doc, receiver.end) in ("en", "of", "van") or _lower(doc, receiver.end + 1) in ("en", "of")
        ):
            return None  # "aan nieuwkomers en aan ...": a second receiver; "van ...": the receiver goes on
        if _lower(doc, receiver.end) == "," and _lower(doc, receiver.end + 1) == "zoals":
            return None  # "volwassenen met ... problemen, zoals trauma, ...": it names the problems, not the care
    if given.head.lower_ in phrases.INWARD or given.head.lower_ in ("activiteiten",):
        return None
    have = given.head.lower_ in HAVE_NOUNS
    clause = _clause_of(
        doc, receiver, _finite("hebben" if have else "krijgen", receiver.number), adverbs, given_text, rest
    )
    return (clause, UNSAFE) if clause else None


def _provide(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "voorzien X van Y" -> "X krijgen Y"."""
    receiver = read_np(doc, middle, end, stop=frozenset({"van"}))
    if receiver is None or not _people(receiver) or _lower(doc, receiver.end) != "van":
        return None
    given = read_np(doc, receiver.end + 1, end, final=True)
    if given is None or given.head.lower_ in phrases.INWARD:
        return None
    text = _clause_of(doc, receiver, _finite("krijgen", receiver.number), _text(doc, receiver.end + 1, end))
    return (text, UNSAFE) if text else None


def _provided(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "(om) onze klanten van voldoende eten te (kunnen) voorzien" -> "Onze klanten krijgen voldoende eten"."""
    receiver = read_np(doc, start, end, stop=frozenset({"van"}))
    if receiver is None or not _people(receiver) or _lower(doc, receiver.end) != "van":
        return None
    te = next((k for k in range(receiver.end + 1, end) if doc[k].lower_ == "te"), end)
    given = read_np(doc, receiver.end + 1, te)
    if given is None or given.end != te or not all(_is_infinitive(t) for t in doc[te + 1 : end]):
        return None
    text = _clause_of(doc, receiver, _finite("krijgen", receiver.number), _text(doc, given.start, given.end))
    return (text, UNSAFE) if text else None


def _where_given(doc: Doc, start: int, end: int, skip: int) -> bool:
    """Whether doc[start:end], between what is given and its receiver, only says how or where
    it is given: adverbs ("voedsel gratis aan ...") or prepositional phrases ("palliatieve zorg
    in een huiselijke omgeving, midden in het dorp, aan ..."), which stay with it."""
    words = [t for t in doc[start:end] if t.i != skip and t.text != ","]
    if not words:
        return True
    if any(_is_finite(t) or t.lower_ in RELATIVES | SUBORDINATE_TAIL for t in words):
        return False
    adverbs = all(t.pos_ == "ADV" or t.tag_.startswith("ADJ|vrij") for t in words)
    if adverbs:
        return True
    # a preposition with its own phrase, not a verb's particle ("biedt tennis aan voor jong en oud")
    place = words[0].i + 1 if words[0].lower_ in PREPOSITIONS else words[0].i + 2
    return words[0].lower_ in PREPOSITIONS | {"midden", "dicht", "vlak"} and place < end


def _offer_at(doc: Doc, start: int, end: int) -> int | None:
    """The first infinitive of an offer verb in doc[start:end] ("goede zorg verlenen")."""
    return next((k for k in range(start, end) if _is_infinitive(doc[k]) and _lemma(doc[k]) in OFFER_VERBS), None)


def _let(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "laten X V [rest]" -> "X V-t [rest]", when X names people."""
    people = read_np(doc, middle, end)
    if people is None or not _people(people) or people.end >= end:
        return None
    verb = doc[people.end]
    if not _is_infinitive(verb) or _lemma(verb) in phrases.COPULAS | OFFER_VERBS:
        return None
    return _lifted_verb(doc, people, verb, people.end + 1, end)


def _help(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "helpen X (om) ... te V" -> "X V-t ..."; "begeleiden X naar Y" -> "X hebben Y";
    "ondersteunen X bij Y" -> "X krijgen ondersteuning bij Y"."""
    receiver = read_np(doc, middle, end, stop=frozenset({"naar", "aan", "bij", "in", "om"}))
    if receiver is None:
        return None
    if _lower(doc, receiver.end) == "in" and any(t.lower_ == "bij" for t in doc[receiver.end : end]):
        # "ondernemers in het mkb bij hun boekhouding": the "in" phrase is part of the people
        receiver = read_np(doc, middle, end, stop=frozenset({"naar", "aan", "bij", "om"})) or receiver
    j = receiver.end
    if verb == "stellen":
        if [t.lower_ for t in doc[j : j + 2]] != ["in", "staat"]:
            return None
        j += 2
    word = _lower(doc, j)
    if any(doc[k].lower_ == "door" and _lower(doc, k + 1) != "te" for k in range(j, end)):
        return None  # "helpen gezinnen door ze ... te voorzien van ...": a means, not what the people reach
    domain = next(
        (
            k
            for k in range(receiver.head.i + 1, receiver.end - 1)
            if doc[k].lower_ == "in" and doc[k + 1].lower_ in POSSESSIVES
        ),
        None,
    )  # "kinderen in hun ontwikkeling": where the help is, read into the people
    if word in ("naar", "aan", "richting") and verb in ("helpen", "begeleiden", "activeren"):
        goal = read_np(doc, j + 1, end, final=True)
        if goal is None or goal.end != end or domain is not None:
            return None
        text = _clause_of(doc, receiver, _finite("hebben", receiver.number), _text(doc, j + 1, end))
        return (text, UNSAFE) if text else None
    if (
        word in ("bij", "in")
        and _lower(doc, j + 1) == "het"
        and j + 2 < end
        and _is_infinitive(doc[j + 2])
        and _lower(doc, j + 3) == "van"
    ):
        action = doc[j + 2]
        return _lifted_verb(doc, receiver, action, j + 4, end)
    if word == "bij" and verb in SUPPORT_NOUNS:
        return _supported(doc, receiver, verb, j, end)
    if verb in SUPPORT_NOUNS and j == end and _people(receiver):
        first_met = next((k for k in range(receiver.head.i + 1, receiver.end) if doc[k].lower_ == "met"), None)
        if first_met is not None and _means(doc, first_met, receiver.end):
            return None  # "ondersteunen gezinnen met voedselpakketten": their "met" or the means?
        if domain is not None:  # "ondersteunen kinderen in hun ontwikkeling": what the support is in
            people = read_np(doc, receiver.start, domain)
            if people is not None and people.end == domain:
                return _supported(doc, people, verb, domain, end)
        return _supported(doc, receiver, verb, end, end)  # "begeleiden jongeren in een moeilijke thuissituatie"
    if word == "om" or any(doc[k].lower_ == "te" for k in range(j, end)):
        predicate = _adjective_predicate(doc, receiver, j, end)
        if predicate is not None:
            return predicate
        return _subject_does(doc, receiver, j, end, allow_offer=False)
    return None


def _means(doc: Doc, k: int, end: int) -> bool:
    """Whether the "met" at k may give the means ("met voedselpakketten"), not a property of
    the people before it: people ("gezinnen met een kind met kanker") are no means."""
    after = read_np(doc, k + 1, end)
    return after is None or not _people(after)


def _supported(
    doc: Doc, receiver: phrases.NounPhrase, verb: str, start: int, end: int
) -> tuple[str, Applicability] | None:
    """ "ondersteunen/begeleiden X bij Y" -> "X krijgen ondersteuning/begeleiding bij Y"."""
    if any(t.lower_ == "aan" for t in doc[receiver.head.i + 1 : receiver.end]):
        return None  # "mensen aan het werk helpen": what they are helped to, read into the people
    text = _clause_of(doc, receiver, _finite("krijgen", receiver.number), SUPPORT_NOUNS[verb], _text(doc, start, end))
    return (text, UNSAFE) if text else None


def _adjective_predicate(
    doc: Doc, receiver: phrases.NounPhrase, start: int, end: int
) -> tuple[str, Applicability] | None:
    """ "helpen X (om) ADJ te zijn/worden" -> "ADJ-e X" (the existing help-to-outcome form)."""
    j = start + 1 if _lower(doc, start) == "om" else start
    if not (
        j + 3 == end and doc[j + 1].lower_ == "te" and doc[j + 2].lower_ in phrases.COPULAS and _is_adjective(doc[j])
    ):
        return None
    made = _comparative_phrase(doc, receiver, doc[j].lower_, False)
    return (made, UNSAFE) if made else None


def _finite_activity(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "De gemeente versterkt de lokale economie" -> "Een sterkere lokale economie"."""
    middle, dropped = _skip_means(doc, middle, end)
    phrase = read_np(doc, middle, end, stop=TARGETS)
    if phrase is None or phrase.head.lower_ in phrases.INWARD or (doc[middle].like_num and phrase.determiner is None):
        return None  # "2000 woningen verduurzamen": a count, not a state
    tail = _text(doc, phrase.end, end)
    if tail and _lower(doc, phrase.end) not in PREPOSITIONS and doc[phrase.end].text != ",":
        return None
    if _lower(doc, phrase.end) in TARGETS:
        return None  # "de wachttijd verkorten tot tien dagen": a target, which no state keeps
    return _state(doc, phrase, [verb], [], tail, dropped)


# --------------------------------------------------------------------------- entry


def clause_bounds(span: Span) -> tuple[int, int]:
    """The clause around a span: from the sentence start (or a colon or semicolon before the
    span) to the sentence end (or a semicolon after it), without bullets and final punctuation."""
    doc = span.doc
    if doc.has_annotation("SENT_START") and len(span):
        first, last = span[0].sent.start, span[-1].sent.end
    else:
        first, last = span.start, span.end
    start = first
    for k in range(first, span.start):
        if doc[k].text in (":", ";"):
            start = k + 1
    end = last
    for k in range(span.end, last):
        if doc[k].text == ";":
            end = k
            break
    while start < end and (
        doc[start].is_space
        or doc[start].text in ("-", "•", "*", "–")
        or (doc[start].like_num and _lower(doc, start + 1) == ".")
    ):
        start += 2 if doc[start].like_num else 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space) and doc[end - 1].text not in (")", "'", '"'):
        end -= 1
    label = _label_end(doc, start, end)
    if label is not None:
        start = label
        while start < end and doc[start].is_space:
            start += 1
    return start, end


def _label_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the clause begins after a short label with a colon ("Geborgenheid: wij bieden
    ...", "Kortom: wij willen ..."): the label stays, the clause after it is rewritten. A
    purpose label ("Onze missie: ...") is part of the purpose formula and stays in."""
    colon = next((k for k in range(start + 1, min(end, start + 4)) if doc[k].text == ":"), None)
    if colon is None or colon + 2 >= end:
        return None
    label = doc[start:colon]
    if any(t.lower_ in words("purpose") or phrases.is_verb(t) for t in label):
        return None
    return colon + 1


def offer_draft(doc: Doc, start: int, end: int) -> str | None:
    """A draft for an offer that names no one who receives it, in its own words: "Wij
    bieden kwalitatief goed onderwijs" -> "[wie] krijgen kwalitatief goed onderwijs, zodat
    [wat er voor hen beter wordt]". The sentence gives no outcome to rewrite to, so the
    draft has placeholders and is only shown."""
    front = _clause_front(doc, start, end)
    if front is None or _lemma(doc[front[0]]) not in OFFER_VERBS:
        return None
    _finite_verb, j, end, _dropped = front
    while j < end and doc[j].pos_ == "ADV" and not _is_modifier(doc, j, end):
        j += 1  # "ook", "dagelijks"
    given = read_np(doc, j, end, final=True)
    if given is None or given.end != end or given.head.lower_ in phrases.INWARD or _people(given):
        return None
    if any(t.lower_ in RELATIVES for t in doc[given.start : given.end]):
        return None  # "een plek waar kinderen ...": the clause may name who already
    return f"[wie] krijgen {_phrase_text(doc, given)}, zodat [wat er voor hen beter wordt]"


def rewrite_clause(doc: Doc, start: int, end: int) -> Outcome | None:
    """The outcome sentence for the role clause doc[start:end], or None. A clause that runs
    over a line break or a double space is read without the whitespace tokens between its
    words, which the forms below do not expect."""
    if any(t.is_space for t in doc[start:end]):
        doc, start, end = _without_spaces(doc, start, end)
    if end - start < 2:
        return None
    if any(t.text.endswith("%") or t.lower_ == "procent" for t in doc[start:end]):
        return None  # a target ("met 30%") is strategy, and no outcome sentence keeps it
    # after a fronted aim, the main clause is the means: the aim is the outcome, or there is none
    transforms = (
        (_fronted_aim,) if _aim_comma(doc, start, end) is not None else (_purpose, _fragment, _organisation_clause)
    )
    for transform in transforms:
        found = transform(doc, start, end)
        if found is not None:
            text, applicability = found
            text = " ".join(text.split())
            if not text or "[" in text:
                return None
            if doc[start].text[:1].isupper() or doc[start].is_sent_start:
                text = text[:1].upper() + text[1:]
            if text == doc[start:end].text:
                return None
            return Outcome(text, applicability)
    return None


def _without_spaces(doc: Doc, start: int, end: int) -> tuple[Doc, int, int]:
    """The sentence around doc[start:end] as a doc without whitespace tokens (tags,
    morphology, lemmas and sentence starts kept; no parse, which the forms do not use),
    and the clause's bounds in it."""
    import spacy.tokens  # only when a clause has whitespace tokens; the module loads without spaCy

    first = doc[start].sent.start if doc.has_annotation("SENT_START") else start
    last = doc[end - 1].sent.end if doc.has_annotation("SENT_START") else end
    kept = [t for t in doc[first:last] if not t.is_space]
    new_start = sum(1 for t in kept if t.i < start)
    new_end = sum(1 for t in kept if t.i < end)
    compact = spacy.tokens.Doc(
        doc.vocab,
        words=[t.text for t in kept],
        spaces=[bool(t.whitespace_) or t.nbor(1).is_space if t.i + 1 < len(doc) else False for t in kept],
        tags=[t.tag_ for t in kept],
        pos=[t.pos_ for t in kept],
        morphs=[str(t.morph) for t in kept],
        lemmas=[t.lemma_ for t in kept],
        sent_starts=[k == 0 or t.is_sent_start for k, t in enumerate(kept)],
    )
    return compact, new_start, new_end
