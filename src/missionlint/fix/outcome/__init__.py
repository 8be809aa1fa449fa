"""Role sentences rewritten as outcome sentences, from the sentence's own words.

A role sentence says what the organisation does ("Wij zetten ons in voor betaalbaar
wonen", "Wij bieden ouderen goede zorg"); its outcome says what is then true for others
("Betaalbaar wonen", "Ouderen krijgen goede zorg"). Each transformation (in `forms`) reads one
form on the tagged sentence (who the subject is, which frame verb, where the object noun
phrase starts and ends, number and gender), and gives up on anything else: a wrong rewrite
costs more trust than none. Like the other helpers it reads tags, morphology and word
order, not dependency labels, which the small parser gets wrong too often (see phrases.py).

A rewrite is `safe` when it keeps the aim in the sentence's own words and only drops the
frame around it (subject, effort verb, purpose formula) or turns a result verb into its
adjective; `unsafe` when it changes who does what (an offer becomes what people get, help
becomes what people do), drops a means ("met onze projecten"), or adds a direction the
sentence does not name ("bevorderen" -> "betere").

The package reads from the bottom up: `lexicon` (word lists, what a token is),
`noun_phrases` (reading a phrase and what it names), `writing` (the one place that
writes a clause), `states` (an object's state, nominalisations, the aim of an effort),
`forms` (the role forms, which call each other), and here the entry points:
`clause_bounds`, `rewrite_clause` and `offer_draft`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.model import Applicability
from missionlint.fix.outcome.forms import (
    aim_comma,
    aim_means,
    clause_front,
    fragment,
    fronted_aim,
    organisation_clause,
    place_future,
    place_image,
    purpose_formula,
)
from missionlint.fix.outcome.lexicon import (
    OFFER_VERBS,
    RELATIVES,
    SUBORDINATE_TAIL,
    is_modifier,
    is_name,
    lemma_of,
    lower_at,
    points_at_action,
    received_verb,
)
from missionlint.fix.outcome.noun_phrases import organisation_place, people_phrase, read_np
from missionlint.fix.outcome.writing import clause_of, finite_form, phrase_text, sentence_start
from missionlint.nlp import morphology
from missionlint.nlp.segmentation import SENTENCE_END, is_word, label_mark, on_lines_of_its_own
from missionlint.rulebook.vocabulary import is_compound_of, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Outcome:
    """The outcome sentence for a clause, and who may apply it."""

    text: str
    applicability: Applicability


LIST_BULLETS = frozenset({"-", "•", "*", "–"})


def clause_bounds(span: Span) -> tuple[int, int]:
    """The clause around a span: from the sentence start (or a colon or semicolon before the
    span) to the sentence end (or a semicolon after it), without bullets, a conjunction that
    ties it to the sentence before ("En", "Maar") and final punctuation."""
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
        or doc[start].text in LIST_BULLETS
        or (doc[start].lower_ in ("en", "maar") and start + 2 < end)  # "En wij zorgen ervoor dat ..."
        or (doc[start].like_num and lower_at(doc, start + 1) == ".")
    ):
        start += 2 if doc[start].like_num else 1
    while (
        end > start
        and (doc[end - 1].is_punct or doc[end - 1].is_space)
        and doc[end - 1].text not in (")", "'", '"', "’", "”")
    ):
        end -= 1
    label = _label_end(doc, start, end)
    if label is not None:
        start = label
        while start < end and doc[start].is_space:
            start += 1
    return start, end


def _label_end(doc: Doc, start: int, end: int) -> int | None:
    """Where the clause begins after a short label with a colon or a dash ("Geborgenheid: wij
    bieden ...", "Samen – wij ...", "Kortom: wij willen ..."): the label stays, the clause
    after it is rewritten. A purpose label ("Onze missie: ...") is part of the purpose
    formula and stays in."""
    colon = next((k for k in range(start + 1, min(end, start + 4)) if label_mark(doc[k])), None)
    if colon is None or colon + 2 >= end:
        return None
    label = doc[start:colon]
    if any(t.lower_ in words("purpose") for t in label):
        return None
    verb = next((t for t in label if phrases.is_verb(t)), None)
    if verb is not None and not _others_act(doc, start, verb.i):
        return None  # "Wij bieden: ...", "De gemeente wil: ...": the frame of what follows
    return colon + 1


def _others_act(doc: Doc, start: int, verb: int) -> bool:
    """Whether a clause used as a label has people as its subject ("Iedereen doet mee: ..."):
    a theme, not the organisation's frame around what follows."""
    if verb - start == 1 and doc[start].lower_ in words("everyone"):
        return True
    subject = read_np(doc, start, verb)
    return subject is not None and subject.end == verb and people_phrase(subject)


def offer_draft(doc: Doc, start: int, end: int) -> str | None:
    """A draft for an offer that names no one who receives it, in its own words: "Wij
    bieden kwalitatief goed onderwijs" -> "[wie] krijgen kwalitatief goed onderwijs, zodat
    [wat er voor hen beter wordt]". The sentence gives no outcome to rewrite to, so the
    draft has placeholders and is only shown."""
    doc, start, end = _readable(doc, start, end)
    front = clause_front(doc, start, end)
    if front is None or (verb := lemma_of(doc[front[0]])) not in OFFER_VERBS - {"verdelen"}:
        return None  # "verdelen ... over de campussen" spreads, it need not give
    _finite_verb, j, end, _dropped = front
    while j < end and doc[j].pos_ == "ADV" and not is_modifier(doc, j, end):
        j += 1  # "ook", "dagelijks"
    given = read_np(doc, j, end, final=True)
    if given is None or given.end != end or given.head.lower_ in phrases.INWARD or people_phrase(given):
        return None
    if any(t.lower_ in RELATIVES for t in doc[given.start : given.end]):
        return None  # "een plek waar kinderen ...": the clause may name who already
    if any(t.lower_ in ("aan", "voor") and _names_people(doc, t.i + 1, end) for t in doc[given.start : given.end]):
        return None  # "woningen aan gezinnen met ...": who receives it is named
    return (
        f"[wie] {received_verb(verb, given.head.lower_)} {phrase_text(doc, given)}, zodat [wat er voor hen beter wordt]"
    )


def _names_people(doc: Doc, start: int, end: int) -> bool:
    phrase = read_np(doc, start, end)
    return phrase is not None and people_phrase(phrase)


# A list led in by one of these ("We versterken het dorp door:") lists means: an item
# rewritten as an outcome no longer follows on from its lead-in.
MEANS_LEADS = frozenset({"door", "via", "middels", "dankzij"})


def _listed_means(doc: Doc, start: int) -> bool:
    """Whether doc[start] begins an item of a list whose lead-in ends in "door:" (or "via:"):
    the nearest colon before it, with no full stop between."""
    for k in range(start - 1, max(start - 200, 0) - 1, -1):
        if doc[k].text in SENTENCE_END:
            return False
        if doc[k].text == ":":
            return k > 0 and doc[k - 1].lower_ in MEANS_LEADS
    return False


# A means clause in which someone acts on the people ("door ze te laten meedraaien", "om hen
# te begeleiden"): kept in an outcome whose subject they now are, it has no one to do it.
ACTED_ON = re.compile(r"\b(door|om)\s+(ze|hen|haar|hem)\b.*\bte\b")


def rewrite_clause(doc: Doc, start: int, end: int) -> Outcome | None:
    """The outcome sentence for the role clause doc[start:end], or None."""
    if _done_next(doc, end):
        return None
    section, clause_start = doc, start  # before _readable: the section's sentences
    doc, start, end = _readable(doc, start, end)
    if end - start < 2 or _listed_means(doc, start):
        return None
    if any(t.text.endswith("%") or t.lower_ == "procent" for t in doc[start:end]):
        return None  # a target ("met 30%") is strategy, and no outcome sentence keeps it
    # after a fronted aim, the main clause is the means: the aim is the outcome, or there is none
    fronted = aim_comma(doc, start, end) is not None
    transforms = (
        (fronted_aim,) if fronted else (purpose_formula, fragment, place_future, organisation_clause, place_image)
    )
    for transform in transforms:
        found = transform(doc, start, end)
        if found is not None:
            text, applicability = found
            text = " ".join(text.split())
            # no placeholder, no one bare word ("Vriendschap" says too little to stand for
            # the sentence), no means that acts on the people who are now the subject
            if len(text.split()) < 2 or "[" in text or ACTED_ON.search(text):
                return None
            if _in_running_prose(section, clause_start):
                if _bare_phrase(doc, start, end, text):
                    return None  # "Het goede leven." between sentences says for no one what changes
                text = (
                    _people_become(doc, start, end, text)
                    or _object_becomes(doc, start, end, text)
                    or _name_is(doc, start, end, text)
                    or text
                )
                if _verbless(doc, start, end, text):
                    return None  # "Meer deelname van X aan Y." between sentences reads as a heading
            place = organisation_place(doc, start, end)
            if place is not None and place not in text:
                text = _with_place(text, place)
            # a capital where the writer put one, at a sentence start, and where the text begins
            # (also after a name written in lower case: "vzw ..."); not in a list whose items run
            # on in lower case ("- het bevorderen van ...,")
            if (
                doc[start].text[:1].isupper()
                or (doc[start].is_sent_start and not doc[start].text[:1].islower())
                or _opens_the_text(section, clause_start)
            ):
                text = sentence_start(text)
            if text == doc[start:end].text:
                return None
            # in running prose the means after a fronted aim stays, as a sentence after the
            # outcome (readers of published statements rejected losing it); a text of one
            # sentence stays one (ML308)
            if fronted and _sentence_among_others(section, clause_start) is not None:
                text = f"{text}. {aim_means(doc, start, end)}"
            return Outcome(text, applicability)
    return None


# What an outcome phrase may consist of and still say for no one, nowhere, what changes.
BARE_WORDS = frozenset({"een", "de", "het", "en", "of", ","})


def _bare_phrase(doc: Doc, start: int, end: int, text: str) -> bool:
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


def _verbless(doc: Doc, start: int, end: int, text: str) -> bool:
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


def _in_running_prose(doc: Doc, k: int) -> bool:
    """Whether doc[k] is in a sentence of a paragraph: closed by a full stop, a question or
    an exclamation mark, among other sentences on its lines. A list item (with its bullet,
    as plain text keeps it, or without, as Markdown gives it) or a sentence on a line of
    its own is not: there a phrase without a verb reads as a goal, not as a fragment."""
    sentence = _sentence_among_others(doc, k)
    if sentence is None:
        return False
    first = next((t for t in sentence if not t.is_space), None)
    last = next((t for t in reversed(sentence) if not t.is_space), None)
    if first is None or last is None or first.text in LIST_BULLETS:
        return False
    if on_lines_of_its_own(doc, first.i, last.i + 1):
        return False  # a list item (its bullet kept or not), a line of its own
    return last.text in SENTENCE_END


def _opens_the_text(doc: Doc, k: int) -> bool:
    """Whether doc[k] is the first word of the text: a sentence begins there, whatever the
    case of the word (a name written in lower case: "vzw ...")."""
    return not any(not t.is_space for t in doc[:k])


def _sentence_among_others(doc: Doc, k: int) -> Span | None:
    """The sentence of doc[k] when the text has another sentence with words, else None."""
    if not doc.has_annotation("SENT_START"):
        return None
    sentence = doc[k].sent
    others = any(is_word(t) for t in doc[: sentence.start]) or any(is_word(t) for t in doc[sentence.end :])
    return sentence if others else None


def _done_next(doc: Doc, end: int) -> bool:
    """Whether the sentence after doc[:end] opens with "Dit/Dat doen we": it points back at
    the organisation's action, which an outcome in its place no longer names (readers of
    published statements rejected "Een veiliger X. Dat doen we met ...")."""
    following = [t for t in doc[end : end + 4] if not (t.is_punct or t.is_space)]
    return len(following) >= 2 and following[0].is_sent_start and points_at_action(following[:2])


# The people of a place: "elke inwoner" of the OCMW of Velzegem is "elke inwoner van Velzegem".
RESIDENTS = frozenset({"inwoner", "inwoners", "bewoner", "bewoners", "burger", "burgers"})


def _with_place(text: str, place: str) -> str:
    """The outcome with the place the dropped subject named, after its first residents
    ("Een menswaardig bestaan voor elke inwoner" -> "... voor elke inwoner van Velzegem"),
    unless they already say where ("inwoners in de kernen"); else after other people that open
    it; else as it was."""
    texts = text.split(" ")
    for k, word in enumerate(texts):
        core = word.rstrip(",;")
        if core.lower() in RESIDENTS and (
            k + 1 == len(texts) or word != core or texts[k + 1] not in ("van", "in", "uit")
        ):
            texts[k] = f"{core} van {place}{word[len(core) :]}"
            return " ".join(texts)
    # other people opening the outcome, as a whole phrase: "Kwetsbare gezinnen in Wilderzele ..."
    people = words("people")
    first = next((k for k, word in enumerate(texts[:3]) if word.lower() in people), None)
    if first is not None and first + 1 < len(texts) and texts[first + 1] not in PEOPLE_GO_ON:
        texts[first] = f"{texts[first]} in {place}"
        return " ".join(texts)
    return text


# After people, words that say more of who they are: the place cannot go between.
PEOPLE_GO_ON = frozenset({"van", "in", "uit", "met", "die", "en", "of", "zonder", "tot"})


def _readable(doc: Doc, start: int, end: int) -> tuple[Doc, int, int]:
    """The clause as the forms read it: one that runs over a line break or a double space
    without the whitespace tokens between its words, which the forms do not expect."""
    if any(t.is_space for t in doc[start:end]):
        return _without_spaces(doc, start, end)
    return doc, start, end


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
