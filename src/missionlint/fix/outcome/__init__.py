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
`forms` (the role forms, which call each other), `prose` (what an outcome must be
between full sentences), and here the entry points: `clause_bounds`, `rewrite_clause`
and `offer_draft`.
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
    LIST_BULLETS,
    OFFER_VERBS,
    RELATIVES,
    is_modifier,
    lemma_of,
    lower_at,
    points_at_action,
    received_verb,
)
from missionlint.fix.outcome.noun_phrases import organisation_place, people_phrase, read_np
from missionlint.fix.outcome.prose import (
    as_clause,
    bare_phrase,
    in_running_prose,
    opens_the_text,
    sentence_among_others,
    verbless,
)
from missionlint.fix.outcome.writing import phrase_text, sentence_start
from missionlint.nlp.segmentation import SENTENCE_END, label_mark
from missionlint.rulebook.vocabulary import words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


@dataclass(frozen=True)
class Outcome:
    """The outcome sentence for a clause, and who may apply it."""

    text: str
    applicability: Applicability


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
            if in_running_prose(section, clause_start):
                if bare_phrase(doc, start, end, text):
                    return None  # "Het goede leven." between sentences says for no one what changes
                text = as_clause(doc, start, end, text) or text
                if verbless(doc, start, end, text):
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
                or opens_the_text(section, clause_start)
            ):
                text = sentence_start(text)
            if text == doc[start:end].text:
                return None
            # in running prose the means after a fronted aim stays, as a sentence after the
            # outcome (readers of published statements rejected losing it); a text of one
            # sentence stays one (ML308)
            if fronted and sentence_among_others(section, clause_start) is not None:
                text = f"{text}. {aim_means(doc, start, end)}"
            return Outcome(text, applicability)
    return None


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
