"""What an outcome must be between full sentences, where it stands as a sentence of its own.

Readers of published statements accepted a goal without a verb in a list or on a line of
its own, and judged the same phrase standing between full sentences a fragment that reads
as a heading. So in running prose the outcome is written as a clause where the sentence
gives one (`as_clause`), and a phrase that stays without a verb (`verbless`) or names no
one and nowhere (`bare_phrase`) is not offered. `in_running_prose` decides where that
holds: a list item, with or without its bullet, and a line of its own are not prose.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.outcome.lexicon import LIST_BULLETS, RELATIVES, SUBORDINATE_TAIL, is_name, lower_at
from missionlint.fix.outcome.noun_phrases import people_phrase, read_np
from missionlint.fix.outcome.writing import clause_of, finite_form
from missionlint.nlp import morphology
from missionlint.nlp.segmentation import SENTENCE_END, is_word, on_lines_of_its_own
from missionlint.rulebook.vocabulary import is_compound_of, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


# What an outcome phrase may consist of and still say for no one, nowhere, what changes.
BARE_WORDS = frozenset({"een", "de", "het", "en", "of", ","})


def bare_phrase(doc: Doc, start: int, end: int, text: str) -> bool:
    """Whether the outcome is a noun phrase of adjectives and nouns only ("Een sterkere
    kracht", "Het goede leven", "Een betere wereld"): no people, no place or name, no
    phrase after a preposition, no clause. Each word is read as the clause's token of the
    same form; a word the rewrite made must be an adjective ("sterkere")."""
    tokens = {t.lower_: t for t in doc[start:end]}
    someone_or_somewhere = words("people") | words("everyone") | words("places")
    for word in text.lower().replace(",", " , ").split():
        token = tokens.get(word)
        if word in BARE_WORDS:
            continue
        if token is None:
            if morphology.adjective_lemma(word) is None:
                return False
        elif token.pos_ not in ("ADJ", "NOUN") or is_compound_of(word, someone_or_somewhere) or is_name(token):
            return False
    return True


# The comparatives of a direction: the quality of people then has more of it, or less.
MORE = frozenset({"grotere", "betere", "sterkere", "hogere"})
LESS = frozenset({"minder", "kleinere", "lagere"})


def as_clause(doc: Doc, start: int, end: int, text: str) -> str | None:
    """The outcome phrase `text` of the clause doc[start:end] written as a clause, where the
    sentence gives one: people become what their quality names, the object it named becomes
    what the comparative says, a name gets its adjectives; else None."""
    return (
        _people_become(doc, start, end, text)
        or _object_becomes(doc, start, end, text)
        or _name_is(doc, start, end, text)
    )


def _people_become(doc: Doc, start: int, end: int, text: str) -> str | None:
    """ "Een grotere zelfstandigheid van onze huurders" as a clause, "Onze huurders worden
    zelfstandiger" ("Minder eenzaamheid van ouderen": "Ouderen worden minder eenzaam"): in
    running prose a verbless phrase reads as a fragment (readers of published statements
    asked for the clause). Only for a quality named by "-heid" after an adjective, of
    people who end the phrase; None for anything else."""
    parts = text.split()
    if parts[0].lower() == "een":
        parts = parts[1:]
    if len(parts) < 4 or parts[0].lower() not in MORE | LESS or parts[2] != "van":
        return None
    quality = parts[1].lower()
    base = quality[: -len("heid")] if quality.endswith("heid") else ""
    if not morphology.is_adjective(base):
        return None
    adjective = morphology.comparative(base) if parts[0].lower() in MORE else f"minder {base}"
    at = next((t.i for t in doc[start:end] if t.lower_ == quality and lower_at(doc, t.i + 1) == "van"), None)
    if adjective is None or at is None:
        return None
    people = read_np(doc, at + 2, end)
    if people is None or not people_phrase(people) or doc[people.start : people.end].text != " ".join(parts[3:]):
        return None  # the people end the phrase: no place appended, no comma or relative clause after them
    if any(t.text == "," or t.lower_ in RELATIVES for t in doc[people.start : people.end]):
        return None
    clause = clause_of(doc, people, finite_form("worden", people.number), adjective)
    return clause or None


def _object_becomes(doc: Doc, start: int, end: int, text: str) -> str | None:
    """ "Een sterkere sociale samenhang in de wijk" as a clause, "De sociale samenhang in de
    wijk wordt sterker", when the sentence named its object with "de" or "het" ("versterken
    de sociale samenhang in de wijk"): in running prose a verbless phrase reads as a
    fragment. One comparative or two joined by "en"; the object as the sentence wrote it."""
    parts = text.split()
    if parts[0].lower() == "een":
        parts = parts[1:]
    if parts[0].lower() in GROWTH:  # "Meer deelname van ...": the amount grows or shrinks
        return _object_grows(doc, start, end, parts)
    count = 3 if len(parts) > 3 and parts[1] == "en" else 1
    grades = [parts[0], parts[2]] if count == 3 else [parts[0]]
    bases = [morphology.comparative_base(grade.lower().removesuffix("e")) for grade in grades]
    if any(base is None for base in bases):
        return None
    phrase = _named_object(doc, start, end, " ".join(parts[count:]))
    if phrase is None:
        return None  # the object as the sentence wrote it, and nothing after it
    grown = [morphology.comparative(base) or "" for base in bases if base]
    if len(grown) == 1 and grown[0] in CHANGE_VERBS:  # "De kwaliteit van de zorg verbetert"
        verb, particle = CHANGE_VERBS[grown[0]]
        clause = clause_of(doc, phrase, finite_form(verb, phrase.number), particle)
    else:
        clause = clause_of(doc, phrase, finite_form("worden", phrase.number), " en ".join(grown))
    return clause or None


# A comparative that Dutch says with a verb of its own: "verbetert", not "wordt beter".
CHANGE_VERBS = {
    "beter": ("verbeteren", ""),
    "groter": ("nemen", "toe"),
    "hoger": ("stijgen", ""),
    "lager": ("dalen", ""),
}


# How an amount changes: "meer X" -> "X neemt toe", "minder X" -> "X neemt af".
GROWTH = {"meer": "toe", "minder": "af"}


def _object_grows(doc: Doc, start: int, end: int, parts: list[str]) -> str | None:
    """ "Meer deelname van jongeren aan sport" as "De deelname van jongeren aan sport neemt
    toe", when the sentence named that object with "de" or "het"."""
    phrase = _named_object(doc, start, end, " ".join(parts[1:]))
    if phrase is None:
        return None
    clause = clause_of(doc, phrase, finite_form("nemen", phrase.number), GROWTH[parts[0].lower()])
    return clause or None


def _named_object(doc: Doc, start: int, end: int, rest: str) -> phrases.NounPhrase | None:
    """The noun phrase "de/het <rest>" as the clause doc[start:end] wrote it, ending where
    `rest` ends, or None."""
    if not rest:
        return None
    at = next(
        (t.i for t in doc[start:end] if t.lower_ in ("de", "het") and doc[t.i + 1 : end].text.startswith(rest)), None
    )
    phrase = read_np(doc, at, end) if at is not None else None
    if phrase is None or doc[phrase.start + 1 : phrase.end].text != rest:
        return None
    return phrase


def _name_is(doc: Doc, start: int, end: int, text: str) -> str | None:
    """ "Een veilig Ravenzijl" as a clause, "Ravenzijl is veilig" ("Een schoner Zuidhoven":
    "Zuidhoven wordt schoner"): adjectives before a name that ends the phrase, the name as
    the sentence wrote it."""
    parts = text.split()
    if len(parts) < 3 or parts[0].lower() != "een" or parts[-2].lower() in ("en", "of"):
        return None
    name, adjectives = parts[-1], [p.rstrip(",") for p in parts[1:-1] if p.lower() != "en"]
    named = next((t for t in doc[start:end] if t.text == name), None)
    if named is None or not is_name(named) or not adjectives:
        return None
    bases = [morphology.adjective_lemma(a.lower()) or a.lower() for a in adjectives]
    if not all(morphology.is_adjective(b) or morphology.comparative_base(b) for b in bases):
        return None
    grown = any(morphology.comparative_base(b) for b in bases)
    place = _place_said(doc, start, end)
    if place is not None and not grown:
        return f"{name} is {place}"  # "wil een warme, zorgzame stad zijn": "warm" needs its noun
    listed = ", ".join(bases[:-1]) + " en " + bases[-1] if len(bases) > 1 else bases[0]
    return f"{name} {'wordt' if grown else 'is'} {listed}"


def _place_said(doc: Doc, start: int, end: int) -> str | None:
    """The phrase "een <adjectives> <place>" the clause says the name is or wants to be
    ("een warme, zorgzame en inclusieve stad"), as written, or None."""
    places = words("places")
    for token in doc[start:end]:
        if token.lower_ == "een":
            phrase = read_np(doc, token.i, end)
            if (
                phrase is not None
                and phrase.end - phrase.start > 2
                and phrase.head.i == phrase.end - 1
                and is_compound_of(phrase.head.lower_, places)
            ):
                return doc[phrase.start : phrase.end].text
    return None


def verbless(doc: Doc, start: int, end: int, text: str) -> bool:
    """Whether the outcome is a noun phrase without a clause: no verb the rewrite wrote
    ("krijgen", "zijn", "groeit"), no verb of the sentence it kept ("waar kinderen veilig
    leren" -> "Kinderen leren veilig"; a noun like "betaalbaar wonen" is none), no relative
    clause ("Een regio waar ouderen ..."). Readers of published statements judged such a
    phrase standing between full sentences a fragment; alone or in a list it is a goal."""
    tokens = {t.lower_: t for t in doc[start:end]}
    for word in text.lower().replace(",", " ").split():
        if word in RELATIVES or word in SUBORDINATE_TAIL:
            return False
        token = tokens.get(word)
        if token is None:
            if _written_verb(word):
                return False
        elif token.tag_.startswith("WW") and "|nom|" not in token.tag_ and "|vd|" not in token.tag_:
            return False
    return True


def _written_verb(word: str) -> bool:
    """A verb form the rewrite wrote: a plural or infinitive ("krijgen"), or the singular of
    a known verb ("krijgt", "is", "groeit"), not a word that only looks like one ("meer")."""
    if morphology.is_verb(word) and morphology.adjective_lemma(word) is None:
        return True
    found = morphology.infinitive(word)
    return found is not None and morphology.is_verb(found) and morphology.singular(found) == word


def in_running_prose(doc: Doc, k: int) -> bool:
    """Whether doc[k] is in a sentence of a paragraph: closed by a full stop, a question or
    an exclamation mark, among other sentences on its lines. A list item (with its bullet,
    as plain text keeps it, or without, as Markdown gives it) or a sentence on a line of
    its own is not: there a phrase without a verb reads as a goal, not as a fragment."""
    sentence = sentence_among_others(doc, k)
    if sentence is None:
        return False
    first = next((t for t in sentence if not t.is_space), None)
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if first is None or last is None or first.text in LIST_BULLETS:
        return False
    if on_lines_of_its_own(doc, first.i, last.i + 1):
        return False  # a list item (its bullet kept or not), a line of its own
    return last.text in SENTENCE_END


def opens_the_text(doc: Doc, k: int) -> bool:
    """Whether doc[k] is the first word of the text: a sentence begins there, whatever the
    case of the word (a name written in lower case: "vzw ...")."""
    return not any(not t.is_space for t in doc[:k])


def sentence_among_others(doc: Doc, k: int) -> Span | None:
    """The sentence of doc[k] when the text has another sentence with words, else None."""
    if not doc.has_annotation("SENT_START"):
        return None
    sentence = doc[k].sent
    others = any(is_word(t) for t in doc[: sentence.start]) or any(is_word(t) for t in doc[sentence.end :])
    return sentence if others else None
