"""Noun phrases read from the tagged words (`read_np`), and what a phrase names: people,
the organisation itself, its offer, a group."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.outcome.lexicon import (
    ADJECTIVE_JOINERS,
    ADVERBIAL_NOUNS,
    DETERMINERS,
    GOVERNMENT,
    MEANS_PREPOSITIONS,
    ORGANISATION_PRONOUNS,
    OWN_DETERMINERS,
    PLACE_RELATIVES,
    PREPOSITIONS,
    QUANTITIES,
    RELATIVES,
    RESULT_CONJUNCTIONS,
    STATE_QUANTITIES,
    VERB_PREPOSITIONS,
    adjective_like,
    is_adjective,
    is_finite,
    is_infinitive,
    is_modifier,
    is_name,
    lower_at,
    reads_as_noun,
)
from missionlint.nlp import morphology
from missionlint.rulebook.vocabulary import is_compound_of, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# words that round a number: "de ruim 250.000 inwoners"
APPROXIMATELY = frozenset({"ruim", "bijna", "circa", "ongeveer", "zo'n", "pakweg"})


@dataclass
class _Simple:
    end: int
    determiner: Token | None
    head: Token
    quality: bool
    quantified: bool


def simple_phrase(doc: Doc, i: int, end: int, verbs: bool) -> _Simple | None:
    """[determiner | quantity] modifier* noun name* from doc index i ("de kleine kernen",
    "al onze medewerkers", "betaalbaar en duurzaam wonen" when `verbs`)."""
    j, determiner, quantified, quality = i, None, False, False
    if j >= end:
        return None
    first = doc[j]
    if first.lower_ == "al" and lower_at(doc, j + 1) in DETERMINERS:
        j, quantified = j + 2, True
    elif first.lower_ in DETERMINERS:
        determiner, j = first, j + 1
        if lower_at(doc, j) in APPROXIMATELY and j + 1 < end and doc[j + 1].like_num:
            j += 1  # "de ruim 250.000 inwoners"
        if j < end and doc[j].like_num and j + 1 < end and not doc[j + 1].like_num:
            quantified, j = True, j + 1  # "de 40 deelnemers"
    elif first.lower_ in QUANTITIES or morphology.is_number(first):
        quality = first.lower_ in STATE_QUANTITIES
        quantified, j = True, j + 1
        if lower_at(doc, j) in ("tot", "en") and j + 1 < end and morphology.is_number(doc[j + 1]):
            j += 2  # "0 tot 4 jaar", "zes tot achttien jaar", "(tussen) 12 en 25 jaar"
    elif first.lower_ == "heel" and j + 1 < end and is_name(doc[j + 1]):
        j += 1
    elif first.lower_ in ("iedereen", "niemand"):
        return _Simple(j + 1, None, first, False, True)
    modifiers = 0
    while j < end:
        token = doc[j]
        if is_modifier(doc, j, end):
            if token.lower_ in STATE_QUANTITIES:
                quality = True
            modifiers, j = modifiers + 1, j + 1
        elif (
            token.pos_ == "ADV"
            and j + 1 < end
            and is_modifier(doc, j + 1, end)
            or token.lower_ in ADJECTIVE_JOINERS
            and modifiers
            and j + 1 < end
            and is_modifier(doc, j + 1, end)
        ):
            j += 1
        else:
            break
    if j >= end:
        return None
    token = doc[j]
    while token.text.endswith("-") and lower_at(doc, j + 1) in ("en", "of", ",") and j + 2 < end:
        j += 2  # "dak- en thuislozen", "angst-, stemmings- en persoonlijkheidsproblemen"
        token = doc[j]
    coordinated = lower_at(doc, j + 1) in ("en", "of") and j + 2 < end and reads_as_noun(doc[j + 2], False)
    nominal = (verbs or modifiers > 0 or coordinated) and is_infinitive(token)
    if not (reads_as_noun(token, bool(determiner or modifiers)) or is_name(token) or nominal):
        return None
    head, j = token, j + 1
    if verbs and j < end and is_infinitive(doc[j]) and (head.tag_.startswith("ADJ") or is_adjective(head)):
        head, j = doc[j], j + 1  # "gezond oud worden"
    people = head.lower_ in words("people", "everyone")
    while j < end and not people and (is_name(doc[j]) or (doc[j].text[:1].isupper() and doc[j].is_alpha)):
        j += 1  # "de stad Utrecht", "de wijken Molenrade en ..."; not "mensen God (ontmoeten)"
    return _Simple(j, determiner, head, quality or modifiers > 0, quantified)


def read_np(
    doc: Doc, i: int, end: int, final: bool = False, verbs: bool = False, stop: frozenset[str] = frozenset()
) -> phrases.NounPhrase | None:
    """The noun phrase from doc index i: coordinated phrases, prepositional modifiers and,
    when it ends the clause (`final`), a relative clause. `verbs` allows nominal
    infinitives as heads ("sport en bewegen")."""
    first = simple_phrase(doc, i, end, verbs)
    if first is None:
        return None
    j, coordinated, quality = first.end, False, first.quality
    heads: list[Token] = []
    while j < end:
        word = doc[j].lower_
        if word in ("en", "of", ",") and j + 1 < end:
            if doc[j + 1].lower_ in RELATIVES:
                break  # "de wijk, waar jongeren ...": a relative clause, not a second phrase
            following = simple_phrase(doc, j + 1, end, True)
            if following is None or following.head.tag_.startswith("ADJ|vrij"):
                break  # ", dicht bij huis": an adverbial, not a second phrase
            coordinated, quality, j = True, quality or following.quality, following.end
            heads.append(following.head)
        elif word in PREPOSITIONS and word not in VERB_PREPOSITIONS and j + 1 < end:
            if (word in stop and word != "in") or (
                word == "in" and "in" in stop and lower_at(doc, j + 1) in ("staat", "het")
            ):
                break
            if word in MEANS_PREPOSITIONS and lower_at(doc, j + 1) in OWN_DETERMINERS:
                break  # "kinderen met onze vrijwilligers ... geven": the organisation's means
            if word == "vanaf" and not doc[j + 1].like_num:
                break  # "kinderen vanaf vijf jaar" are who; "vanaf de eerste signalen" is when
            inner = read_np(doc, j + 1, end, stop=stop)
            if inner is None:
                break
            quality = quality or word == "zonder"
            j = inner.end
        elif (word == "dichtbij" or (word == "dicht" and lower_at(doc, j + 1) == "bij")) and j + 2 < end and not stop:
            inner = read_np(doc, j + (1 if word == "dichtbij" else 2), end, stop=stop)
            if inner is None:
                break
            j = inner.end
        elif final and word in RELATIVES:
            quality = quality or word in PLACE_RELATIVES
            j = _relative_end(doc, j + 1, end)
        else:
            break
    head = first.head
    number = "Plur" if coordinated else phrases.number(head, first.determiner)
    if not coordinated and is_infinitive(head) and not head.tag_.startswith("N|"):
        number = "Sing"  # "duurzaam wonen is ..."
    return phrases.NounPhrase(
        i, j, first.determiner, head, phrases.gender(head, first.determiner), number, coordinated, quality, tuple(heads)
    )


def own_phrase(phrase: phrases.NounPhrase) -> bool:
    """Whether "ons" or "onze" makes the phrase the organisation's own ("onze school")."""
    return phrase.determiner is not None and phrase.determiner.lower_ in OWN_DETERMINERS


def own_thing_at(doc: Doc, k: int, end: int) -> bool:
    """Whether "ons"/"onze" at k begins something of the organisation's own ("ons onderwijs"),
    not the people it serves ("onze bewoners", whose state is an outcome)."""
    if doc[k].lower_ not in OWN_DETERMINERS:
        return False
    owned = read_np(doc, k, end)
    return owned is None or not people_phrase(owned)


def people_phrase(phrase: phrases.NounPhrase, first_only: bool = False) -> bool:
    """Whether a noun phrase names people (ouderen, inwoners van ..., elke leerling), each of
    its coordinated phrases too ("ouderen, naschoolse sport en ..." does not; `first_only`:
    its first phrase does)."""
    if phrase.head.lower_ == "wie":
        return True  # "wie dat nodig heeft" (free_relative)
    return all(_person(head, phrase.number) for head in (phrase.head, *(() if first_only else phrase.heads)))


def _person(head: Token, number: str) -> bool:
    if head.lower_ in words("people", "everyone", "organisations") or _adjectival_people(head):
        return True
    plural = number == "Plur" or "Plur" in head.morph.get("Number")
    return plural and morphology.names_people(head.lower_)


def people_pair(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether a phrase is two adjectives that name people together ("jong en oud", "groot
    en klein"), with no noun."""
    words_in = [t.lower_ for t in doc[phrase.start : phrase.end]]
    return (
        len(words_in) == 3
        and words_in[1] in ("en", "of")
        and all(morphology.is_adjective(w) for w in (words_in[0], words_in[2]))
    )


def _adjectival_people(head: Token) -> bool:
    """An adjective as people ("zieken", "armen"), whatever the tagger says (not "waarden")."""
    if head.tag_.startswith("ADJ|nom"):
        return True
    word = head.lower_
    return word.endswith("en") and morphology.is_adjective(word[:-2]) and not morphology.is_noun(word)


def a_category(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether people are named by an adjective as a noun with only uninflected words before
    it ("chronisch zieken", "armen"): a group, where "gezonde ouderen" and "tevreden
    huurders" name a state of people."""
    head = phrase.head
    before = doc[phrase.start : head.i]
    return _adjectival_people(head) and not any(t.lower_.endswith("e") and adjective_like(t) for t in before)


def still_offered(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether a phrase still names the organisation's offer or the organisation itself
    ("goede zorg", "een kwaliteitsvol sportaanbod", "een betrouwbare lokale overheid"): as an
    outcome it would read as the same role; in a coordination, any of its phrases does
    ("kleine klasgroepen, brede evaluatie en een sterke samenwerking met ouders"). A
    comparative makes it a change ("betere zorg")."""
    if any(phrases.is_comparative(t) or t.lower_ in STATE_QUANTITIES for t in doc[phrase.start : phrase.head.i]):
        return False
    heads = [head.lower_ for head in (phrase.head, *phrase.heads)]
    return names_offer(phrase) or any(head in words("organisation-words") or head in GOVERNMENT for head in heads)


def names_offer(phrase: phrases.NounPhrase, every: bool = False) -> bool:
    """Whether one of the phrase's heads (`every`: each of them) is an offer, also as a
    compound ("zorgkwaliteit", "sportaanbod")."""
    offers = (is_compound_of(head.lower_, words("offers")) for head in (phrase.head, *phrase.heads))
    return all(offers) if every else any(offers)


def free_relative(doc: Doc, i: int, end: int) -> phrases.NounPhrase | None:
    """ "wie dat nodig heeft" as a phrase for people: whoever the clause describes."""
    if lower_at(doc, i) != "wie":
        return None
    stop = _relative_end(doc, i + 1, end)
    if not any(phrases.is_verb(t) for t in doc[i + 1 : stop]):
        return None
    return phrases.NounPhrase(i, stop, None, doc[i], "Com", "Sing")


def _relative_end(doc: Doc, start: int, end: int) -> int:
    """Where a relative clause from `start` ends: at the clause end, or where the main
    clause goes on after it: a result clause (", zodat ..."), words without a verb after the
    comma after its verbs ("die daarom vraagt, snel en zonder oordeel"; not the comma of a
    list inside it, "meedoen aan werk, onderwijs en ..."), or a verb phrase of the main clause
    ("die niet rondkomen en verwijst hen door ...": verb second; "..., en wij zetten ons
    ..."). A comma before more of its own verbs ("waar mensen elkaar kennen, elkaar
    helpen en ...") keeps it going."""

    def number(k: int) -> str:
        return "".join(doc[k].morph.get("Number"))

    verb_seen = False
    # the verb the relative clause agrees with: its own finite verb once seen; before that
    # the noun "die" refers to, its subject ("huishoudens die ... kunnen komen")
    agrees_with: int | None = start - 2 if lower_at(doc, start - 1) in ("die", "dat") and start >= 2 else None
    for k in range(start, end):
        word = doc[k].lower_
        if word in (":", ";"):
            return end  # what follows a colon spells the place out
        if verb_seen and word == "," and lower_at(doc, k + 1) in RESULT_CONJUNCTIONS:
            return k
        if verb_seen and word == "," and phrases.is_verb(doc[k - 1]):  # its verbs close it
            stop = next((j for j in range(k + 1, end) if doc[j].text == ","), end)
            if not any(phrases.is_verb(doc[j]) for j in range(k + 1, stop)):
                return k
        # "die niet rondkomen en verwijst hen door": a verb that does not agree with the
        # relative clause's own is the main clause's ("elk kind ... voelt en mag groeien" does)
        other = (
            agrees_with is not None and k + 2 < end and is_finite(doc[k + 1]) and number(k + 1) != number(agrees_with)
        ) or lower_at(doc, k + 1) in ORGANISATION_PRONOUNS
        # "..., en gaan onze medewerkers ...": a verb first and the organisation after it
        inverted = (
            k + 2 < end
            and phrases.is_verb(doc[k + 1])
            and lower_at(doc, k + 2) in ORGANISATION_PRONOUNS | OWN_DETERMINERS
        )
        if verb_seen and word == "en" and (other or inverted):
            return k - 1 if doc[k - 1].text == "," else k
        verb_seen = verb_seen or phrases.is_verb(doc[k])
        agrees_with = k if is_finite(doc[k]) else agrees_with
    return end


def is_organisation(doc: Doc, start: int, end: int) -> bool:
    """Is doc[start:end] the organisation: wij/we, or a noun phrase that names no people,
    no quantity and no expletive "het"?"""
    if end - start == 1 and (doc[start].lower_ in ORGANISATION_PRONOUNS or she_the_organisation(doc, start, end)):
        return True
    phrase = read_np(doc, start, end)
    if phrase is None or phrase.end != end or doc[start].lower_ in QUANTITIES:
        return False
    if phrase.head.lower_ in words("purpose") | {"visie", "droom"}:
        return False  # "Onze ambitie is een gemeente waar ...": the aim itself, not who acts
    if (
        phrase.determiner is None
        and phrase.end - start == 1
        and (morphology.is_verb(phrase.head.lower_) or phrases.is_mass_noun(phrase.head.lower_))
    ):
        return False  # "Lezen maakt mensen sterker", "Cultuur verbindt": an activity or a field, not who acts
    if phrase.determiner is not None and phrase.determiner.lower_ == "een":
        return False  # "Een museum bewaart ...": any museum, a view of the field
    return phrase.head.lower_ not in words("people", "everyone") and not phrase.head.tag_.startswith("ADJ|nom")


def she_the_organisation(doc: Doc, pronoun: int, finite: int) -> bool:
    """ "Zij"/"ze" with a singular verb ("De bibliotheek ... Zij biedt ..."): a mission's
    singular she is the organisation (de bibliotheek, de stichting) it named before."""
    if doc[pronoun].lower_ not in ("zij", "ze") or not 0 <= finite < len(doc) or not is_finite(doc[finite]):
        return False
    return "Sing" in doc[finite].morph.get("Number")


def organisation_place(doc: Doc, start: int, end: int) -> str | None:
    """The place an organisation's subject names ("Het OCMW van Velzegem", "De gemeente
    Ravensdijk", "Als bibliotheek van Wessinge ... wij", "Het Uilennest in Kievitsdal"):
    dropped with the subject, it has to go to the people of the outcome, or the rewrite
    loses where."""
    finite = next((k for k in range(start, end) if is_finite(doc[k])), None)
    if finite is None:
        return None
    for k in range(start, finite - 1):
        # "van" before a place; "Van" is part of a name ("Mulder & Van Daalen")
        if doc[k].text in ("van", "in") or doc[k].lower_ in ("gemeente", "stad", "provincie", "ocmw"):
            name = k + 1
            while name < finite and (is_name(doc[name]) or doc[name].text == "-"):
                name += 1
            if name > k + 1 and doc[k + 1].lower_ in words("organisation-words"):
                return None  # "Het doel van Stichting Vrienden van De Linde": names, no place
            if name > k + 1 and doc[name - 1].text != "-":
                return doc[k + 1 : name].text
    return None


def adverbial_inside(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether a prepositional phrase read into the people is the verb's time or manner
    ("kinderen op jonge leeftijd laten kennismaken", "jongeren op een speelse manier
    ..."): as the subject of the outcome it would stand in the wrong place."""
    return any(adverbial_end(doc, k, phrase.end) is not None for k in range(phrase.head.i + 1, phrase.end))


def adverbial_end(doc: Doc, k: int, end: int) -> int | None:
    """Where the prepositional phrase at k ends if it says when or how ("in een veilige
    omgeving", "op hun eigen niveau", "met plezier"), else None."""
    if doc[k].lower_ not in PREPOSITIONS:
        return None
    j = k + 1  # the phrase's own noun, after its determiner and adjectives ("op een speelse manier")
    while j < end and (
        doc[j].pos_ in ("DET", "ADJ", "CCONJ") or doc[j].text == "," or doc[j].tag_.startswith("VNW|bez")
    ):
        j += 1  # ("in hun eigen tempo")
    return j + 1 if j < end and doc[j].lower_ in ADVERBIAL_NOUNS else None


def means_at(doc: Doc, k: int, end: int) -> bool:
    """Whether the "met" at k may give the means ("met voedselpakketten"), not a property of
    the people before it: people ("gezinnen met een kind met kanker") and what people live
    with ("volwassenen met hersenletsel", "met psychische problemen") are no means."""
    after = read_np(doc, k + 1, end)
    if after is None:
        return True
    return not people_phrase(after) and not is_compound_of(after.head.lower_, words("conditions", "problems"))
