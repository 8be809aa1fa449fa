"""Writing the outcome: the one place that builds a clause or a phrase from the doc's
words (case, agreement, the comparative phrase)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.model import Applicability
from missionlint.fix.outcome.lexicon import (
    ASIDES,
    DETERMINERS,
    ORGANISATION_PRONOUNS,
    POSSESSIVES,
    PREPOSITIONS,
    RECEIVED_PARTICIPLES,
    REFLEXIVES,
    RELATIVES,
    SUBORDINATE_TAIL,
    UNSAFE,
    is_name,
    lower_at,
    stands_first,
)
from missionlint.fix.outcome.noun_phrases import adverbial_inside, own_phrase, own_thing_at, people_phrase
from missionlint.nlp import morphology

if TYPE_CHECKING:
    from spacy.tokens import Doc


# The possessives that can point to the organisation in the people's phrase ("haar
# huurders", "zijn leden"); the people's own "hun" stays.
OWNERS = POSSESSIVES - {"hun"}


def _subject_text(doc: Doc, phrase: phrases.NounPhrase) -> str | None:
    """The phrase as the subject of a new main clause; a comma closes it when it ends in a
    clause of its own or an aside ("mensen die het moeilijk hebben, krijgen hulp";
    "iedereen, ongeacht zijn afkomst, krijgt ..."), so the finite verb that follows is
    not read as part of it. None when a dropped possessive needs "de" or "het" before a
    singular noun whose gender is only the tagger's guess."""
    text = text_of(doc, phrase.start, phrase.end)
    words = doc[phrase.start : phrase.end]
    if words[0].lower_ in OWNERS and len(words) > 1:
        # "haar huurders": the organisation it pointed to is gone with the subject
        article = "de"
        if phrase.number == "Sing":
            gender = phrases.known_gender(phrase.head, phrase.determiner)
            if gender is None:
                return None
            article = "het" if gender == "Neut" else "de"
        text = article + text[len(words[0].text) :]
    # a verb last closes a clause only after a relative ("die ... hebben"), not a noun the
    # tagger read as a verb ("chronisch zieken")
    clause = (phrases.is_verb(words[-1]) and any(t.lower_ in RELATIVES for t in words)) or words[0].lower_ == "wie"
    aside = any(t.text == "," and lower_at(doc, t.i + 1) in ASIDES for t in words)
    if phrase.aside:
        return text  # it ends with the comma that closes the aside
    return text + "," if clause or aside else text


def clause_of(doc: Doc, subject: phrases.NounPhrase, finite: str | None, *rest: str) -> str | None:
    """A main clause with `subject` first, the one place that writes one: None when the
    verb has no form for the subject, or when a time or manner phrase was read into it
    ("kinderen op jonge leeftijd", "leerlingen met plezier"), which would stand in the wrong
    place."""
    if finite is None or adverbial_inside(doc, subject):
        return None
    text = _subject_text(doc, subject)
    return joined(text, finite, *rest) if text is not None else None


def unsafe_clause(doc: Doc, subject: phrases.NounPhrase, verb: str, *rest: str) -> tuple[str, Applicability] | None:
    """`clause_of` with `verb` (an infinitive) agreeing with `subject`, as an unsafe outcome:
    what people get, have or do once the organisation offers, helps or lets them. None
    where what they get is already called received ("ontvangen goederen")."""
    got = " ".join(rest).lower().split()[:3]
    if verb in ("krijgen", "hebben") and RECEIVED_PARTICIPLES.intersection(got):
        return None
    text = clause_of(doc, subject, finite_form(verb, subject.number), *rest)
    return (text, UNSAFE) if text else None


def text_of(doc: Doc, start: int, end: int) -> str:
    """The words doc[start:end], the first lower-cased when it was only capitalised for
    starting the sentence."""
    if start >= end:
        return ""
    text = doc[start:end].text
    first = doc[start]
    if stands_first(first) and not is_name(first) and not first.text.isupper() and not first.text[1:2].isupper():
        text = text[:1].lower() + text[1:]
    return text


def sentence_start(text: str) -> str:
    """The text with a capital, as a sentence begins: "één" becomes "Eén" (Dutch drops the
    first accent with the capital)."""
    if text[:3].lower() == "één":
        return "Eén" + text[3:]
    return text[:1].upper() + text[1:]


def joined(*parts: str) -> str:
    return " ".join(p for p in parts if p).replace(" ,", ",")


def phrase_text(doc: Doc, phrase: phrases.NounPhrase) -> str:
    """The phrase as it stands, without "een" before a mass noun ("een kwaliteitsvolle thuiszorg"),
    unless a relative clause makes it one of a kind ("een cultuur waarin ...")."""
    start = phrase.start
    described = any(t.lower_ in RELATIVES for t in phrase.head.doc[phrase.head.i + 1 : phrase.head.i + 3])
    if (
        phrase.determiner is not None
        and phrase.determiner.lower_ == "een"
        and phrases.is_mass_noun(phrase.head.lower_)
        and not described
    ):
        start += 1
    return text_of(doc, start, phrase.end)


def comparative_phrase(doc: Doc, phrase: phrases.NounPhrase, adjective: str, quantity: bool) -> str | None:
    """ "een schonere stad" for the phrase: the one place that builds it (phrases.outcome_phrase)."""
    if phrase.coordinated and (phrase.determiner is not None and phrase.number != "Plur"):
        return None
    if phrase.coordinated:
        later = [t for t in doc[phrase.head.i + 1 : phrase.end] if t.lower_ in DETERMINERS]
        if later:
            return None  # "de natuur en het landschap": no one adjective (or "meer") fits both
    if own_phrase(phrase) and not people_phrase(phrase):
        return None  # "onze rol versterken": "een sterkere rol" would drop whose it is
    if any(own_thing_at(doc, k, phrase.end) for k in range(phrase.head.i + 1, phrase.end)):
        return None  # "de kwaliteit van ons onderwijs": the organisation's own, not a state of others
    span = doc[phrase.start : phrase.end]
    return phrases.outcome_phrase(span, phrase, adjective, quantity)


def finite_form(verb: str, number: str) -> str | None:
    """The present tense of `verb` for a subject of `number`."""
    return verb if number == "Plur" else morphology.singular(verb)


def fits_to_end(doc: Doc, phrase: phrases.NounPhrase | None, end: int) -> bool:
    """Whether a phrase runs to the clause end, or is followed only by a result clause or
    a comma and words without a verb ("..., nu en voor de generaties na ons")."""
    if phrase is None:
        return False
    if phrase.end == end:
        return True
    if doc[phrase.end].text != ",":
        return False
    if lower_at(doc, phrase.end + 1) in SUBORDINATE_TAIL:
        return True
    rest = doc[phrase.end + 1 : end]
    if any(t.lower_ in ("en", "of") and lower_at(doc, t.i + 1) in PREPOSITIONS for t in rest):
        return False  # "inzetten op X, zoals ..., en op Y": a second aim after the aside
    return not any(phrases.is_verb(t) or t.lower_ in ORGANISATION_PRONOUNS | REFLEXIVES for t in rest)
