"""Role or outcome, sentence by sentence: the framing profile of a section.

Framing is a property of each main clause, and a statement's framing is the mix of its
sentences (domain.md). Each sentence gets one label:

- `role`: the main clause is about the organisation: what it does or offers, an effort
  ("wij zetten ons in voor"), what it is or wants to be ("wij willen een school zijn waar
  ..." : the relative clause is decoration), its qualities, a nominalised activity or a
  purpose formula ("Het is onze missie om ... te bevorderen");
- `mixed`: such a main clause that names a concrete result for others in a result clause
  ("..., zodat ouderen langer thuis wonen", "zorgen ervoor dat inwoners ...");
- `outcome`: the people or the world in a desired state ("Ouderen wonen veilig thuis",
  "Een schonere stad", "Een wereld zonder kinderarbeid", a belief about what people
  deserve);
- `neutral`: context, trends, the problem the organisation answers ("Te veel kinderen
  wachten te lang op hulp"), history, an introduction ("Onze waarden:"). A neutral
  sentence that states how the field is is marked as a view: a `belief` (what the
  organisation believes, how people are, what something is for) or `context` (a trend,
  the problem, what people want). Visions are made of them.

The decision reads the sentence's main clause: who the subject is (the organisation, "wij",
its people; the people and places it is for; something else) and what is said of it. The
subject comes from the parse where the parser found one in the main clause, else from
Dutch word order (the subject stands next to the finite verb). Word lists live in
rules/vocabulary/. Each label keeps the words it rests on, so a finding can name them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from missionlint.checks.base import Checker, RuleType, span_finding
from missionlint.findings import Finding, SentenceFraming
from missionlint.fix.model import Applicability, Fix
from missionlint.fix.outcome.lexicon import NEGATORS
from missionlint.fix.phrases import SUBJECT_PRONOUNS
from missionlint.nlp.morphology import (
    adjective_lemma,
    comparative_base,
    infinitive,
    is_adjective,
    is_noun,
    is_verb,
    names_people,
    plural_noun_lemma,
    singular,
)
from missionlint.nlp.parsing import parse_sentences
from missionlint.nlp.segmentation import is_word, label_mark, sentences, starts_line
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail, require_choice
from missionlint.rulebook.vocabulary import is_compound_of
from missionlint.rulebook.vocabulary import words as vocabulary

if TYPE_CHECKING:
    from missionlint.checks.base import SectionContext
    from missionlint.sources.model import Section

FRAMINGS = ("role", "mixed", "outcome", "neutral")
FIRST_PERSON = frozenset({"wij", "we", "ik"})
POSSESSIVE = frozenset({"onze", "ons", "mijn"})
NAME_LINKS = frozenset({"van", "de", "het", "en", "voor", "der", "den", "'t"})  # small words inside a name
RESULT_MARKERS = frozenset({"zodat", "opdat", "waardoor"})
# "zorgen ervoor dat ...", "willen bereiken dat ...", "willen dat ...": the organisation
# aims at a state of others, told in a dat-clause
AIM_VERBS = frozenset({"zorgen", "zorgt", "bereiken", "bereikt", "willen", "wil", "wilt", "streven", "streeft"})
BELIEF_VERBS = frozenset(
    {"geloven", "gelooft", "dromen", "droomt", "hopen", "hoopt", "wensen", "wenst", "zien", "ziet"}
)
# verbs of working towards something: the object decides (a state with people in it: mixed)
TOWARDS_VERBS = frozenset(
    {
        "werken",
        "werkt",
        "bouwen",
        "bouwt",
        "streven",
        "streeft",
        "gaan",
        "gaat",
        "zetten",
        "zet",
        "bijdragen",
        "dragen",
        "draagt",
        "kiezen",
        "kiest",
        "strijden",
        "strijdt",
        "staan",
        "staat",
        "toe",
    }
)
HORIZON = re.compile(r"^20[2-9][0-9]$")
SUBORDINATORS = frozenset(
    {
        "zodat",
        "opdat",
        "waardoor",
        "omdat",
        "doordat",
        "terwijl",
        "wanneer",
        "indien",
        "waar",
        "waarin",
        "waarbij",
        "waarmee",
        "waarop",
        "die",
        "dat",
        "om",
        "zoals",
        "als",
        "ook",
        "hoe",
        "wat",
        "wie",
    }
)
CENTRE_WORDS = frozenset(
    {"centraal", "voorop", "uitgangspunt", "kompas", "leidraad", "basis", "hart", "fundament", "leidend"}
)
# what a copula with these says is that something matters, not that a state is reached
# ("Naast boeken zijn games belangrijk", "Biodiversiteit is noodzakelijk")
IMPORTANCE = frozenset({"belangrijk", "essentieel", "cruciaal", "noodzakelijk", "nodig", "onmisbaar", "waardevol"})
LABEL_WORDS = frozenset(
    {
        "missie",
        "visie",
        "waarden",
        "kernwaarden",
        "werkwijze",
        "pijlers",
        "acties",
        "stappen",
        "belangrijk",
        "betekent",
        "doelen",
        "speerpunten",
        "ambities",
        "beloften",
        "houding",
        "principes",
    }
)
QUANTIFIERS = frozenset({"elk", "elke", "ieder", "iedere", "alle", "geen", "meer", "minder", "jong"})
SERVICE_PLACES = frozenset({"ons", "onze"})  # "krijgen hulp bij ons": the service, not the state
# Joining the organisation or its activities: "meetrainen", "zich aanmelden", "inschrijven"
JOINING = frozenset({"meetrainen", "meespelen", "aanmelden", "inschrijven", "doorstromen"})
# what people want or expect: context for what the organisation does, not a state reached
OBJECT_CLAUSES = frozenset({"wat", "dat", "hoe", "waar", "wie", "welke"})  # "... ontdekken wat ze kunnen"
LIVING_VERBS = frozenset({"wonen", "leven", "samenleven", "opgroeien", "leren", "werken", "sporten", "bewegen"})
PARTNER_WORDS = frozenset({"partner", "partners", "gesprekspartner", "gesprekspartners", "bondgenoten"})
WANTING = frozenset({"verwachten", "verwacht", "vragen", "vraagt", "zoeken", "zoekt", "willen", "wil", "wensen"})
CONJUNCTIONS = frozenset({"en", "maar", "want", "ook", "dus", "toch"})
TIME_SPANS = frozenset({"jaren", "decennia", "maanden", "weken", "periode"})


@dataclass(frozen=True)
class Subject:
    kind: str  # "org", "people", "other" or "none"
    words: str
    position: int  # token index of the subject's head (or of the finite verb when none)


TIME_WORDS = frozenset({"dag", "week", "maand", "jaar", "keer", "moment"})


def _lists():
    return (
        vocabulary("people", "everyone"),
        vocabulary("places"),
        vocabulary("organisation-words"),
        vocabulary("offers"),
        vocabulary("trends"),
    )


# "te veel", "te vaak", "te lang": more than it should be, so a problem
EXCESS = frozenset({"veel", "vaak", "lang", "laat", "weinig"})


def profile(doc) -> list[SentenceFraming]:
    """The framing of every sentence of a parsed section."""
    out = []
    lead_in = ""  # "Wij willen:" before a list: its items are what the organisation wants to do
    image = ""  # "Wij zijn een school:" before a list of "waar ..." items: they describe the school
    previous: list = []  # the sentence before: what a plural "Ze ..." goes on about
    for number, sent in enumerate(sentences(doc), 1):
        tokens = [t for t in sent if is_word(t)]
        if not tokens:
            continue
        they = _continued_as_they(previous) if previous and tokens[0].lower_ in ("ze", "zij") else "people"
        framing, cue = classify(sent, tokens, they)
        previous = tokens
        if lead_in and starts_line(sent.doc, tokens[0].i):
            if framing == "outcome" and _infinitive_item(tokens):
                framing, cue = "role", f"{lead_in} ... {_text(tokens[:3])}"  # "mantelzorgers ontlasten"
        elif image and starts_line(sent.doc, tokens[0].i) and tokens[0].lower_ in RELATIVE_PRONOUNS | RELATIVE_ADVERBS:
            # "Wij zijn een school:" / "- waar elk kind ...": each item goes on the self-image
            framing, cue = "role", f"{image} ... {tokens[0].text}"
        else:
            lead_in = _wanting_lead_in(sent, tokens)
            image = _image_lead_in(sent, tokens, framing)
        view = framing if framing in VIEW_KINDS else ""
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        vague = framing in ("outcome", "mixed") and _names_no_one(tokens)
        out.append(SentenceFraming(start, end, "neutral" if view else framing, cue, number, view, vague))
    return out


# The world at large: an outcome for it alone names no one and nowhere ("Een betere wereld").
VAGUE_WORLD = frozenset({"wereld", "samenleving", "maatschappij", "toekomst", "aarde"})
# Pronouns that name people ("iedereen", "hun", "wie"): an outcome with one is for someone.
PEOPLE_PRONOUNS = frozenset(
    {"ze", "zij", "hun", "hen", "iedereen", "niemand", "je", "jij", "u", "wie", "elkaar", "hij"}
)


def _names_no_one(tokens) -> bool:
    """An outcome for no one and nowhere: no people, no place (the world at large is none),
    no name ("Een mooiere wereld", "Samen voor een duurzame toekomst").
    LABELS.md calls such an outcome vague: it does not make a text outcome-framed."""
    people, places = vocabulary("people", "everyone"), vocabulary("places")
    for token in tokens:
        word = token.lower_
        if word in PEOPLE_PRONOUNS or is_compound_of(word, people) or _a_name(token):
            return False
        if word not in VAGUE_WORLD and _is_place_word(word, places):
            return False
    return True


def _continued_as_they(previous) -> str:
    """What a plural "Ze ..." goes on about after the sentence `previous`: the organisation
    or its own things ("Onze waarden vormen de basis van de club. Ze sturen hoe we trainen"), or
    its offer, when that sentence's subject is; else the people."""
    main, _rest = _main_clause(previous)
    finite = _finite(main)
    if finite is None:
        return "people"
    subject = _subject(main, finite, _lists())
    first_word = subject.words.lower().split()[:1]
    if first_word and first_word[0] in FIRST_PERSON:
        return "people"  # "Wij zijn geslaagd als onze leerlingen slagen. Zij ...": "zij" is never "wij"
    return subject.kind if subject.kind in ("org", "offer") else "people"


# The verbs of a lead-in that makes its list items the organisation's own intentions.
INTENTION_VERBS = frozenset({"wil", "willen", "gaan", "gaat", "zal", "zullen"})


def _wanting_lead_in(sent, tokens) -> str:
    """ "Wij willen:", "De gemeente wil ...": the words of a lead-in whose list items go on
    its sentence as infinitives, or ""."""
    if len(tokens) > 8 or tokens[-1].lower_ not in INTENTION_VERBS:
        return ""  # (checked first: this runs for every sentence)
    closing = {t.text for t in sent if t.i > tokens[-1].i}  # ":" and what a plain text's bullet leaves
    if not closing & {":", "…", "..."}:
        return ""
    finite = _finite(tokens)
    return _text(tokens) if finite is not None and _subject(tokens, finite, _lists()).kind == "org" else ""


def _image_lead_in(sent, tokens, framing: str) -> str:
    """ "Wij zijn een school:", "Het ziekenhuis is het ziekenhuis:": the words of a role
    sentence, or a label, that ends in a colon after a copula and the noun it says the
    organisation is, whose list items go on as its relative clauses ("- waar ...", "- die
    ..."), or ""."""
    if framing not in ("role", "neutral") or len(tokens) > 12 or tokens[-1].pos_ not in ("NOUN", "PROPN"):
        return ""
    if not any(t.text == ":" for t in sent if t.i > tokens[-1].i):
        return ""
    return _text(tokens) if any(t.lower_ in ("is", "zijn", "wil", "willen") for t in tokens) else ""


def _infinitive_item(tokens) -> bool:
    """A list item read as people doing something that is, after a lead-in, what the
    organisation does: no singular verb, no "dat" clause ("mantelzorgers ontlasten")."""
    return tokens[0].lower_ not in ("dat", "zodat") and not any(_singular_finite(t) for t in tokens)


def _after_label(sent, tokens) -> list:
    """The words after a short label and its colon ("Respect: wij benaderen elke cliënt
    ..."), or all of them."""
    colon = next((t for t in sent if label_mark(t) and t.i < tokens[-1].i), None)
    if colon is not None:
        after = [t for t in tokens if t.i > colon.i]
        label = [t for t in tokens if t.i < colon.i]
        if len(after) >= 2 and (len(label) <= 4 or (len(label) <= 6 and _finite(label) is None)):
            return after
        named = {t.lower_ for t in label} & STATEMENT_NOUNS
        if len(after) >= 3 and len(label) <= 10 and named and _finite(label) is not None:
            return after  # "Onze missie vatten wij samen in één zin: ...": the statement follows its lead-in
    return tokens


# The names a lead-in gives the statement after its colon ("Onze missie vatten wij zo
# samen: ..."); fewer than the purpose nouns: "De gemeente ziet voor zichzelf een andere
# rol: ..." is no lead-in.
STATEMENT_NOUNS = frozenset({"missie", "visie", "opdracht", "doel", "doelstelling", "ambitie"})


# What `classify` calls a neutral sentence that states a view of the field; the profile
# marks it as such (SentenceFraming.view).
BELIEF = "belief"  # what the organisation believes, how people are, what something is for
CONTEXT = "context"  # a trend, the problem, what people want
VIEW_KINDS = (BELIEF, CONTEXT)


def classify(sent, tokens, they: str = "people") -> tuple[str, str]:
    """(framing, cue words) of one sentence; a neutral sentence that states a view of the
    field is BELIEF or CONTEXT. A view followed by what the organisation does about it
    ("Ieder kind is anders en wij stemmen ons onderwijs af op ...") is the organisation's
    role."""
    framing, cue = _classify(sent, tokens, they)
    if framing in VIEW_KINDS:
        response = _organisation_responds(tokens)
        if response:
            return "role", response
    return framing, cue


def _organisation_responds(tokens) -> str:
    """ "... en wij/we <finite verb> ...", "...; we <finite verb> ...": a main clause of the
    organisation's own after the first; its words, or ""."""
    for k in range(2, len(tokens) - 1):  # after a first clause, not "En wij geloven ..."
        pronoun, verb = tokens[k], tokens[k + 1]
        finite = "|pv|" in verb.tag_ or (verb.lower_.endswith("en") and is_verb(verb.lower_))  # "wij stemmen"
        if pronoun.lower_ not in ("wij", "we") or not finite:
            continue
        coordinated = tokens[k - 1].lower_ in ("en", "maar") and tokens[k - 1].i == pronoun.i - 1
        if coordinated or pronoun.doc[pronoun.i - 1].text == ";":
            return f"{pronoun.text} {verb.text}"
    return ""


def _classify(sent, tokens, they: str = "people") -> tuple[str, str]:
    lists = _lists()
    people, places, organisations, offers, trends = lists
    if _is_label(sent, tokens) or _is_question(sent):
        return "neutral", _text(tokens[:4])
    after = _after_label(sent, tokens)
    if len(after) < len(tokens) and _trend(tokens[: len(tokens) - len(after)], trends):
        return CONTEXT, _text(tokens[:4])  # "De zorg verandert snel: patiënten worden ouder, ..."
    tokens = after
    main, rest = _main_clause(tokens)
    finite = _finite(main)
    if finite is None or _way_of_living(main, finite):
        return _fragment(main, rest, lists)
    subject = _subject(main, finite, lists, they)
    if subject.kind != "org" and _how_it_was(finite):
        return CONTEXT, f"{subject.words} {finite.text}" if subject.position < finite.i else finite.text
    result = _result_clause(tokens, lists)
    cue = f"{subject.words} {finite.text}" if subject.position < finite.i else f"{finite.text} {subject.words}"
    if _bare_infinitive(main, finite, subject, people):
        return "role", _text(main[: main.index(finite) + 1][-4:])
    if subject.kind != "org" and _what_it_is(main, rest, finite):
        return BELIEF, cue  # "Onderwijs is de sleutel tot ...": a view of the field
    lowers = {t.lower_ for t in main}
    if lowers & CENTRE_WORDS and finite.lemma_ in ("staan", "zijn", "vormen"):
        return "role", cue  # "De cliënt staat centraal": a way of working
    # "Onze missie is ...", "Het doel van Stichting X is ...": a purpose formula
    named_purpose = len(main) > 3 and main[0].lower_ in ("het", "de") and main[2].lower_ == "van"
    # "Het (uiteindelijke) doel is dat ...": the text's own aim, named without "ons"
    named_purpose = named_purpose or _the_aim(main[: main.index(finite)])
    aim = any(is_compound_of(w, vocabulary("purpose")) for w in lowers)  # and compounds: "kernopdracht"
    if finite.lemma_ == "zijn" and (aim or "visie" in lowers) and (lowers & POSSESSIVE or named_purpose):
        if _describes_a_place(rest, lists):
            return "outcome", cue  # "Onze ambitie is een gemeente waar ...", "Onze visie is een regio waarin ..."
        if aim:
            return _aim(sent, tokens, finite, cue, lists)
    if _means_we(finite, rest):
        return "role", f"{cue} dat we"  # "Respect betekent dat we ...": a value as the organisation's conduct
    if subject.kind == "org" or (subject.kind in ("place", "other") and finite.lemma_ == "willen"):
        # what wants something is an organisation: "Zuidhoven wil ... uitbouwen", "Installatiebedrijf X wil ..."
        return _org_clause(main, rest, finite, cue, result or _purpose(tokens), lists)
    if _trend(main, trends) or _problem(main, finite):
        return CONTEXT, cue
    if subject.kind == "people":
        if finite.lower_ in WANTING:
            return CONTEXT, cue  # "Bezoekers verwachten beleving": what people ask of the organisation
        if _how_people_are(main, finite):
            return BELIEF, cue  # "Kinderen leren het best als ...": a view of people, not a state to reach
        served = _served(tokens)
        if served:
            return "role", cue if served in cue.split() else f"{cue} ... {served}"
        return "outcome", cue
    if subject.kind == "offer":
        return "role", cue
    if _says_welcome(main):
        # "Familie is altijd welkom": whoever is welcome, the welcome is the organisation's
        return "role", f"{cue} ... welkom"
    if result:
        return "outcome", result
    if subject.kind == "place" or (_state(main, finite) and not lowers & IMPORTANCE):
        return "outcome", cue
    if _us(main):
        return "role", f"{cue} ... ons"  # "Wederzijds respect is bij ons een kernwaarde": about the organisation
    return "neutral", cue


def _way_of_living(main, finite) -> bool:
    """ "Betaalbaar wonen in de Kempen": the tagger may take the verb after adjectives for a
    finite plural, but nothing before it can be its subject: a way of living, a fragment."""
    return _living(finite) and _adjectives_only(main[: main.index(finite)])


def _living(token) -> bool:
    """A verb of how people live, also "oud worden" ("Gezond oud worden in ...")."""
    if token.lower_ == "worden":
        return token.i > 0 and token.doc[token.i - 1].lower_ in ("oud", "ouder")
    return token.lower_ in LIVING_VERBS


def _adjectives_only(before) -> bool:
    """Words before a way of living that are only its manner: adjectives and adverbs, at
    least one adjective ("Betaalbaar en duurzaam", "Gezond en veilig")."""
    return (
        bool(before)
        and all(t.pos_ in ("ADJ", "ADV", "CCONJ", "PUNCT") for t in before)
        and any(_adjective(t) for t in before)
    )


def _the_aim(before) -> bool:
    """Whether the words before the verb are "het" or "de", adjectives and a purpose noun
    ("Het uiteindelijke doel", "De belangrijkste opdracht")."""
    return (
        len(before) >= 2
        and before[0].lower_ in ("het", "de")
        and all(t.pos_ == "ADJ" for t in before[1:-1])
        and before[-1].lower_ in vocabulary("purpose")
    )


def _aim(sent, tokens, copula, cue, lists) -> tuple[str, str]:
    """What a purpose formula says the aim is: an activity ("om ... te bevorderen", "het
    bevorderen van ...") is the role; a state ("een gezonde regio", "dat iedereen meedoet")
    is the outcome, read as a sentence of its own."""
    after = [t for t in tokens if t.i > copula.i]
    if tokens[0].lower_ == "het" and tokens[1] is copula:
        after = after[next((k for k, t in enumerate(after) if t.lower_ in ("om", "dat")), len(after)) :]
    if not after or after[0].lower_ == "om":
        return "role", cue  # "Het is onze missie om ... te bevorderen", "Onze missie is om ..."
    if after[0].lower_ == "dat" and len(after) > 2:
        framing, _cue = classify(sent, after[1:])
        return (framing, cue) if framing in ("outcome", "mixed") else ("role", cue)
    framing, _cue = _fragment(*_main_clause(after), lists)
    return ("outcome", cue) if framing == "outcome" else ("role", cue)


def _org_clause(main, rest, finite, cue, result, lists) -> tuple[str, str]:
    people, places = lists[0], lists[1]
    seen = [t for t in [*main, *rest] if t.i > finite.i]  # not "zien graag dat ...": a wish
    if (
        finite.lemma_ in PERCEIVING
        and "graag" not in {t.lower_ for t in seen[:2]}
        and _names_the_problem(seen, lists[4])
    ):
        return CONTEXT, cue  # "Wij zien dat steeds meer ouderen eenzaam zijn": what the organisation sees in its field
    belief = _belief(main, rest, finite, people)
    if belief:
        return belief, cue
    verbs = {t.lower_ for t in main if t.pos_ in ("VERB", "AUX") or "|pv|" in t.tag_}
    if verbs & BELIEF_VERBS and _believes_in_a_state(main, rest, finite, people, places):
        return "outcome", cue
    if result:
        return "mixed", f"{cue} ..., {result}"
    if verbs & TOWARDS_VERBS and _towards_a_state(main, rest, places):
        return "mixed", cue
    return "role", cue


def _bare_infinitive(main, finite, subject: Subject, people) -> bool:
    """An infinitive clause the tagger read as finite, its subject the organisation left
    unsaid: "De beste zorg leveren in ...", "Toonaangevend worden in ...", "Willen
    economisch gezond blijven" (list items under "Wij willen ...", goals in note form).
    The words before the verb do not agree with it as a subject: nothing nominal, or a
    singular noun before a plural verb form."""
    if not finite.lower_.endswith(("en", "zijn")) or "|ev|" in finite.tag_ or "Sing" in finite.morph.get("Number"):
        return False
    if finite.sent[-1].text == "?":
        return False
    if subject.position > finite.i:  # the verb first: no subject unless a real one follows
        return finite.i == main[0].i and subject.kind in ("other", "none")
    before = [t for t in main if t.i < finite.i]
    if subject.kind == "none" or (before and before[0].pos_ in ("ADP", "ADV", "SCONJ")):
        return False  # a fronted phrase: the subject follows the verb
    verbs = [t for t in before if t.pos_ in ("VERB", "AUX")]
    if verbs and all(t.tag_.startswith("WW|inf") for t in verbs):
        # infinitives in a row after one object: "Het sportpark verduurzamen en toegankelijker maken"
        return not _plural_subject([t for t in before if t.i < verbs[0].i], people)
    if any(t.lower_ in ("en", "of") for t in before) or verbs:
        return False  # coordinated subjects are plural ("Jong en oud wonen ..."); clauses in a row
    return not _plural_subject(before, people)


def _plural_subject(before, people) -> bool:
    """Can the words before a plural verb form be its subject? Not when nothing in them is
    nominal ("Toonaangevend worden"), nor when their head is a singular noun ("De beste
    zorg leveren"); yes for "Mensen met een beperking", "Steeds meer jongeren"."""
    nominal = [
        t for t in before if t.pos_ in ("NOUN", "PROPN", "PRON", "NUM") or "|nom|" in t.tag_ or t.lower_ in people
    ]
    if not nominal:
        return False
    head = nominal[0]  # "Mensen met een beperking wonen ...": the head comes before its modifiers
    singular_head = "Sing" in head.morph.get("Number") or "|ev|" in head.tag_
    return not (head.pos_ == "NOUN" and singular_head and head.lower_ not in people)


def _is_question(sent) -> bool:
    """ "Waarom bestaat onze club?": a question asks what the statement will answer; it
    says nothing of the organisation or of others yet."""
    words = [t for t in sent if not t.is_space]
    return bool(words) and words[-1].text == "?"


def _is_label(sent, tokens) -> bool:
    """An introduction that ends in a colon: "Onze kernwaarden zijn:", "Wat wij belangrijk vinden:"."""
    after = [t for t in sent if t.i > tokens[-1].i and not t.is_space]
    return bool(after) and after[0].text == ":" and len(tokens) <= 10


def _main_clause(tokens) -> tuple[list, list]:
    """The tokens of the main clause, and those of the subordinate clause after it.

    A sentence that opens with a subordinate clause ("Als het nodig is, ...", "Om ... te
    ..., kiezen wij ...") has its main clause after the first comma."""
    if (
        tokens
        and tokens[0].lower_ in ("als", "wanneer", "omdat", "om", "doordat", "terwijl", "indien")
        or (len(tokens) > 1 and tokens[0].lower_ in ("en", "maar") and tokens[1].lower_ in ("als", "wanneer"))
    ):
        # the opening clause ends at the comma after its verb ("Om de zorg betaalbaar, bereikbaar en
        # goed te houden, kiest ..."): after "te" for a purpose clause
        te = next((k for k, t in enumerate(tokens) if t.lower_ == "te"), 0) if tokens[0].lower_ == "om" else 0
        comma = next(
            (k for k, t in enumerate(tokens) if k >= te and t.i + 1 < len(t.doc) and t.nbor(1).text == ","), None
        )
        if comma is not None and comma + 1 < len(tokens) and not _in_the_capacity_of(tokens[: comma + 1]):
            tokens = tokens[comma + 1 :]
    if tokens and tokens[0].lower_ == "wie" and (resumed := _resumed_after_relative(tokens, 0)) is not None:
        main, rest = _main_clause(tokens[resumed:])  # "Wie ziek is of ouder wordt, wil ...", "Wie ... heeft krijgt ..."
        return tokens[:1] + main, tokens[1:resumed] + rest
    for k, token in enumerate(tokens):
        if k == 0:
            continue
        lower = token.lower_
        relative = lower in RELATIVE_ADVERBS and tokens[k - 1].pos_ in ("NOUN", "PROPN")
        if relative or lower in RESULT_MARKERS or (lower in SUBORDINATORS and token.pos_ in ("SCONJ", "PRON")):
            if lower == "dat" and token.pos_ == "DET":
                continue
            resumed = _resumed_after_relative(tokens, k) if relative or lower in RELATIVE_PRONOUNS else None
            if resumed is not None:
                main, rest = _main_clause(tokens[resumed:])
                return tokens[:k] + main, tokens[k:resumed] + rest
            return tokens[:k], tokens[k:]
    return tokens, []


INVERTED_SUBJECTS = SUBJECT_PRONOUNS | {"het", "men"}  # "Als spaarbank bieden wij ...", "..., is het ..."


def _in_the_capacity_of(opening) -> bool:
    """Whether "Als ..." before the first comma names a capacity, not a condition: its
    finite verb has the subject after it ("Als lokale spaarbank bieden wij ..."), so the
    main clause has begun."""
    if opening[0].lower_ != "als":
        return False
    return any(
        "|pv|" in t.tag_ and k + 1 < len(opening) and opening[k + 1].lower_ in INVERTED_SUBJECTS
        for k, t in enumerate(opening)
    )


# Relative pronouns, and the relative adverbs that open a relative clause after a noun ("de
# wijk waar ..."): such a clause inside the subject ends at a comma or at its verbs, and
# the main clause goes on after it.
RELATIVE_PRONOUNS = frozenset({"die", "dat"})
RELATIVE_ADVERBS = frozenset({"waar", "waarin", "waarbij", "waarmee", "waarop"})


def _resumed_after_relative(tokens, k: int) -> int | None:
    """Where the main clause goes on after a relative clause in its subject ("Jongeren die
    bij ons aankloppen, hebben vaak al ..."): the finite verb right after the comma that
    closes it, or, without a comma, the finite verb right after the clause's own verbs, which
    stand last ("De wereld waarin kinderen opgroeien verandert snel"); None when something before
    the relative pronoun is a finite verb, or for a heading ("Wie wij zijn")."""
    if _finite(tokens[:k]) is not None:
        return None
    for j in range(k + 1, len(tokens) - 1):
        token, following = tokens[j], tokens[j + 1]
        if token.i + 1 < len(token.doc) and token.nbor(1).text == ",":
            return j + 1 if following.i == token.i + 2 and "|pv|" in following.tag_ else None
        if "|pv|" in following.tag_ and following.i == token.i + 1 and ("|pv|" in token.tag_ or "|inf" in token.tag_):
            return j + 1
    return None


def _finite(tokens):
    """The finite verb of a clause ("biedt", "zijn", "willen"), or None for a fragment.

    After a fronted phrase ("In Graafdonk wonen ... mensen") the verb stands second even
    when the tagger took it for an infinitive."""
    for k, token in enumerate(tokens):
        if "|pv|" in token.tag_ or ("Fin" in token.morph.get("VerbForm") and token.pos_ in ("VERB", "AUX")):
            following = tokens[k + 1] if k + 1 < len(tokens) else None
            if k <= 1 and token.lower_.endswith("en") and following is not None and _singular_finite(following):
                return following  # "Ouder worden is geen ziekte": the infinitive is the subject
            return token
    if len(tokens) > 3 and tokens[0].pos_ == "ADP":
        for token in tokens[1:4]:
            if token.pos_ == "VERB" and token.tag_.startswith("WW"):
                return token
    for k, token in enumerate(tokens[1:8], 1):  # the first participle decides
        if token.tag_.startswith("WW|vd"):
            # "Campus Wilgenduin gelooft in ...", "Het beeld van de zorg verandert ...": a present
            # form the tagger took for a participle, right after a noun phrase (with its
            # modifiers), in a clause with no other verb
            nominal = all(
                t.pos_ in ("NOUN", "PROPN", "DET", "ADJ", "PRON") or (j > 0 and t.pos_ == "ADP")
                for j, t in enumerate(tokens[:k])
            )
            verb = infinitive(token.lower_)
            return token if nominal and verb is not None and singular(verb) == token.lower_ else None
    return None


def _singular_finite(token) -> bool:
    """A finite verb in the singular ("is", "biedt"): its subject is no plural or infinitive form."""
    return "|pv|" in token.tag_ and ("|ev|" in token.tag_ or "Sing" in token.morph.get("Number"))


def _np(token, clause):
    """The words of the noun phrase headed by `token`, within the clause."""
    inside = {t.i for t in clause}
    words = [t for t in token.subtree if t.i in inside]
    if not words:
        return [token]
    end = next((k for k, t in enumerate(words) if t.lower_ in SUBORDINATORS or t.pos_ in ("VERB", "AUX")), len(words))
    return words[:end] or [token]


def _np_kind(np, lists) -> str:
    """org (the organisation or its people), people (those it is for), place, offer, name
    (a bare name: decided by what is said of it), other or none."""
    people, places, organisations, offers, _trends = lists
    cut = next((k for k, t in enumerate(np) if k and t.pos_ == "ADP"), len(np))
    if any(t.pos_ in ("NOUN", "PROPN") for t in np[:cut]):  # not "negen op de tien ouderen"
        np = np[:cut]  # "Huishoudens in Kortevaart": the name in the modifier does not make a name of the head
    lowers = [t.lower_ for t in np]
    if not lowers:
        return "none"
    if lowers[0] in FIRST_PERSON:
        return "org"
    content = [t for t in np if t.pos_ in ("NOUN", "PROPN", "ADJ", "PRON", "NUM") and t.lower_ not in POSSESSIVE]
    head = content[0].lower_ if content else lowers[-1]
    if head in ("zij", "ze", "hij"):
        return "they"
    if head in ("je", "jij", "u"):
        return "people"  # the reader: a client, a visitor
    if lowers == ["wie"]:
        return "people"  # "Wie dat nodig heeft, krijgt hulp": whoever the clause describes
    quantified = (
        lowers[0] in QUANTIFIERS
        and head not in TIME_WORDS | offers
        and not any(_is_org_word(w, organisations) for w in lowers)  # "alle pedagogisch medewerkers"
    )
    if lowers[0] in POSSESSIVE and head not in people and not _is_place_word(head, places):
        return "org"  # "onze verzorgenden", "onze docenten": the organisation's people
    if _is_org_word(lowers[0], organisations) and _is_name_phrase(np[1:]):
        return "org"  # "Stichting Kansrijk Kind", "Vzw Kind en Gezin": the name does not make it people
    if quantified or any(w in people for w in lowers) or (head.endswith(("ende", "enden")) and len(head) > 6):
        return "people"
    if any(_is_org_word(w, organisations) for w in lowers):
        return "org"
    served = vocabulary("organisations")  # "bedrijven", "gemeenten": those a text may serve
    if any(t.pos_ == "NOUN" and t.lower_ not in served and _is_org_word(t.lemma_.lower(), organisations) for t in np):
        return "org"  # a plural: "De voedselbanken helpen ...", "De bibliotheken bieden ..."
    if any(w in POSSESSIVE for w in lowers):
        return "place" if head in places else "org"
    if _is_place_word(head, places):
        return "place"
    if head in offers:
        return "offer"
    capitals = [t for t in np if t.text[:1].isupper() and not t.is_sent_start]
    if len(np) == 1 and not capitals and is_verb(np[0].lower_):
        return "other"  # "Lezen is de sleutel tot ...": an activity, the tagger's name
    if (any(t.pos_ == "PROPN" for t in np) or capitals) and not names_people(np[-1].lower_):
        return "name"  # (a capitalised people word is no name: "Statushouders in ...")
    if content and content[0].pos_ == "NOUN" and "Plur" in content[0].morph.get("Number") and names_people(head):
        return "people"
    return "other"


def _is_name_phrase(tokens) -> bool:
    """Capitalised words, with the small words a name may hold ("Vrienden van het Kind",
    "Kind en Gezin")."""
    words = [t for t in tokens if t.is_alpha]
    return (
        bool(words)
        and words[0].text[:1].isupper()
        and all(t.text[:1].isupper() or t.lower_ in NAME_LINKS for t in words)
    )


def _is_place_word(word: str, places) -> bool:
    """A place or community, also inside a compound ("plattelandsgemeente", "woonwijk")."""
    if word.endswith(ORG_COMPOUND_ENDINGS) and word not in ORG_COMPOUND_ENDINGS:
        return False
    return is_compound_of(word, places)


def _is_org_word(word: str, organisations) -> bool:
    """An organisation noun, also inside a compound ("korfbalvereniging", "welzijnsorganisatie")."""
    if word.endswith(ORG_COMPOUND_ENDINGS) and word not in ORG_COMPOUND_ENDINGS:
        return True
    return is_compound_of(word, organisations, exclude=("huis",))


def _subject(main, finite, lists, they: str = "people") -> Subject:
    """The subject of the main clause. Dutch puts the finite verb second: the subject is
    everything before it, or, after a fronted phrase ("In 2035 is ...", "Daarom kiezen
    wij ..."), the noun phrase right after it. A plural "ze"/"zij" is of kind `they`."""
    following = next((t for t in main if t.i > finite.i), None)
    if following is not None and following.lower_ in FIRST_PERSON:
        # a nominative pronoun right after the verb is its subject, whatever stands first
        # ("Ook de ouders blijven we betrekken")
        return Subject("org", following.text, following.i)
    before = [t for t in main if t.i < finite.i]
    while before and before[0].lower_ in CONJUNCTIONS:  # "En we zijn ...", "Maar de gemeente ..."
        before = before[1:]
    family_name = bool(before) and before[0].lower_ == "van" and _is_name_phrase(before[1:])
    fronted = (
        not before
        or (before[0].pos_ in ("ADP", "ADV", "SCONJ") and not family_name)  # "Van Dorsten Installaties levert"
        or (before[0].like_num and before[0].pos_ != "DET")  # "In 2035", not "Een huisarts"
        or (before[0].lower_ in ("daarom", "daarvoor", "zo", "samen", "dan", "nu", "vandaag"))
        or any(t.lower_ in TIME_WORDS | TIME_SPANS for t in before[-2:])  # "De komende jaren wil ..."
    )
    if not fronted:
        return _named(_np_kind(before, lists), before, before[-1].i, finite, lists, they)
    after: list = []
    for token in main:
        if token.i <= finite.i:
            continue
        partitive = bool(after) and after[-1].like_num or (len(after) > 1 and after[-2].like_num)
        if (
            (token.pos_ in ("VERB", "AUX", "ADP") and not partitive)
            or token.is_punct
            or (after and token.pos_ == "ADV")
        ):
            break
        after.append(token)
        if token.like_num and token.i + 3 < len(token.doc) and token.nbor(1).lower_ in ("op", "van", "uit"):
            continue  # "negen op de tien ouderen": the noun comes after the partitive
        name_goes_on = token.text[:1].isupper() and token.i + 1 < len(token.doc) and token.nbor(1).text[:1].isupper()
        if (
            token.pos_ in ("PRON", "NOUN", "PROPN")
            and token.lower_ not in POSSESSIVE | QUANTIFIERS
            and not name_goes_on
        ):
            break
    if after:
        return _named(_np_kind(after, lists), after, after[0].i, finite, lists, they)
    for token in main:  # the parser's subject, where word order gives none
        if token.dep_ in ("nsubj", "nsubj:pass") and token.i != finite.i:
            np = _np(token, main)
            return _named(_np_kind(np, lists), np, token.i, finite, lists, they)
    return Subject("none", "", finite.i)


def _named(kind: str, np, position: int, finite, lists, they: str = "people") -> Subject:
    """A bare name is an organisation when it acts, a place when it is described; a
    plural "ze"/"zij" is of kind `they` (what the sentence before was about)."""
    if kind == "name":
        copula = finite.lemma_ in ("zijn", "worden", "blijven")
        horizon = any(HORIZON.match(t.text) for t in finite.sent) or any(t.lower_ == "heel" for t in np)
        kind = "place" if (copula and _place_predicate(finite, position, lists)) or (horizon and not copula) else "org"
    if kind == "they":  # "zij doet ..." is the organisation, "zij hebben ..." the people
        kind = "org" if "Sing" in finite.morph.get("Number") or "|ev|" in finite.tag_ else they
    return Subject(kind, _text(np), position)


def _place_predicate(finite, subject_position: int, lists) -> bool:
    """What a copula says of a name: a place ("een gemeente waar ...", "groener") or an
    organisation ("een klein team", "de spil van ...")."""
    places = lists[1]
    start = max(finite.i, subject_position) + 1
    following = [t for t in finite.doc[start : finite.sent.end] if not t.is_punct and not t.text[:1].isupper()][:8]
    for token in following:
        if "Cmp" in token.morph.get("Degree"):
            return True
        if token.pos_ == "NOUN":
            return token.lower_ in places or token.lower_ in WORLD_NOUNS
    return False


# The words before a "dat" that make it the aim's conjunction ("zorgen ervoor dat ...").
AIMING = AIM_VERBS | {"ervoor", "eraan", "bijdragen", "voorkomen", "bereiken", "doel"}  # "(stellen ons) tot doel dat"


def _result_clause(tokens, lists) -> str:
    """The start of a result clause that names others as its subject ("zodat ouderen ...",
    "zorgen ervoor dat inwoners ...", "willen voorkomen dat cliënten ..."), or ""."""
    for k, token in enumerate(tokens):
        lower = token.lower_
        aimed = (
            lower == "dat"
            and (token.pos_ == "SCONJ" or _right_after(tokens, k, AIMING | {"ernaar", "bij"}))
            and any(t.lower_ in AIMING for t in tokens[:k])
        )
        if lower in RESULT_MARKERS or aimed:
            clause = tokens[k + 1 : k + 10]
            # the clause's first noun or pronoun: its subject, or what a fronted phrase names
            # ("zodat met het geld van onze spaarders windparken ...")
            first = next(
                (w for w in clause if w.pos_ in ("NOUN", "PROPN", "PRON") and w.lower_ not in ("er", "het")), None
            )
            # "zodat partners weten wat zij bij ons kunnen halen": about the organisation
            about_us = any(
                w.lower_ == "ons" and "bez" not in w.tag_ and w.i > 0 and w.nbor(-1).pos_ == "ADP" for w in clause
            )
            # "zodat onze medewerkers ...", "zodat de hulp ...": the organisation's people or service
            ours = first is not None and (
                first.lower_ in lists[3] or (first.i > 0 and first.nbor(-1).lower_ in POSSESSIVE)
            )
            if first is not None and first.lower_ not in FIRST_PERSON and not about_us and not ours:
                return _text([token, *clause[:4]])
    return ""


def _describes_a_place(rest, lists) -> bool:
    """A subordinate clause that describes a place or the world: "(een gemeente) waar ..."."""
    if not rest or rest[0].lower_ not in ("waar", "waarin") or rest[0].i == 0:
        return False
    before = rest[0].nbor(-1) if rest[0].nbor(-1).text != "," or rest[0].i < 2 else rest[0].nbor(-2)
    return _is_place_word(before.lower_, lists[1]) or before.lower_ in WORLD_NOUNS or _is_name(before)


def _is_name(token) -> bool:
    """A proper name in the middle of a sentence ("een Klaverwijk waarin ...")."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start)


def _a_name(token) -> bool:
    """`_is_name`, whatever part of speech the tagger gives the word ("een warm en groen
    Molenrade", tagged ADJ), but no capitalised adjective ("de Vlaamse overheid")."""
    return token.tag_.startswith("N|eigen") or (_is_name(token) and adjective_lemma(token.lower_) is None)


def _purpose(tokens) -> str:
    """A purpose clause that opens the sentence and names a state of others ("Om de
    waterkwaliteit te verbeteren, ...", "Om de zorg betaalbaar te houden, ..."), not the
    organisation's own goals ("Om onze ambities waar te maken, ...")."""
    if not tokens or tokens[0].lower_ != "om":
        return ""
    clause = []
    for token in tokens[1:]:
        if token.lower_ == "te":
            break
        clause.append(token)
    lowers = {t.lower_ for t in clause}
    people = vocabulary("people", "everyone")
    # "onze huurders", "onze leerlingen": those the organisation is for, not its own
    own = any(t.lower_ in POSSESSIVE and not _possessed_people(clause[k + 1 :], people) for k, t in enumerate(clause))
    if not clause or any(_own_goal(w) for w in lowers) or own or lowers & FIRST_PERSON:
        return ""
    return _text(tokens[: len(clause) + 3])


def _possessed_people(following, people) -> bool:
    """Whether the noun after a possessive, past its adjectives, names people ("onze
    (jongste) leerlingen")."""
    noun = next((t for t in following if t.pos_ not in ("ADJ", "ADV")), None)
    return noun is not None and noun.lower_ in people


def _right_after(tokens, k: int, words) -> bool:
    """Whether tokens[k] directly follows one of `words`, a comma between allowed: "dat"
    after "willen" or "ernaar," is the aim's conjunction, whatever the tagger says ("Wij
    streven ernaar, dat ..." is tagged as a pronoun), not a relative pronoun after a noun."""
    before = [t for t in tokens[:k] if t.text != ","]
    return bool(before) and before[-1].lower_ in words


def _believes_in_a_state(main, rest, finite, people, places) -> bool:
    """A belief or a picture of the world ("Wij geloven dat ieder kind ...", "Wij zien een
    samenleving waarin ..."), not of the organisation's own approach ("Wij geloven in
    onderwijs dat ...")."""
    after = [t for t in [*main, *rest] if t.i > finite.i]
    lowers = [t.lower_ for t in after]
    if lowers[:1] == ["dat"] or (len(lowers) > 1 and lowers[1] == "dat"):
        if finite.lower_ in ("zien", "ziet"):
            return False  # "Wij zien dat klanten ...": an observation, not a picture of the future
        subject = lowers[1:4] if lowers[0] == "dat" else lowers[2:5]
        return any(w in people or w in places or w in QUANTIFIERS for w in subject)
    nouns = [t for t in after if t.pos_ in ("NOUN", "PROPN") or _is_name(t)][:2]
    return any(_is_place_word(n.lower_, places) or n.lower_ in WORLD_NOUNS or _is_name(n) for n in nouns) and (
        any(w in ("waar", "waarin", "die", "dat", "zonder") for w in lowers)
    )


def _belief(main, rest, finite, people) -> str:
    """The framing of a belief the organisation states ("Wij geloven dat ...", "Wij zijn
    ervan overtuigd dat ...", "Het OCMW vertrekt vanuit de overtuiging dat ..."): a belief
    about how things are ("... dat ouders de eerste opvoeders zijn") is its view of the
    field, neutral; one about what people deserve or should be able to do ("... dat ieder
    mens recht heeft op ...") names a desired state, an outcome. "" when the sentence
    states no such belief, or one about the organisation itself ("... dat wij ...") or
    about what its work should be ("... dat zorg moet ...")."""
    lowers = [t.lower_ for t in [*main, *rest] if t.i > finite.i]
    if lowers[:1] and lowers[0] in FIRST_PERSON:
        lowers = lowers[1:]  # "Daarom geloven we dat ..."
    if finite.lemma_ == "zijn":  # "(ervan) overtuigd dat", "van mening dat"
        lowers = lowers[1:] if lowers[:1] == ["ervan"] else lowers
        if lowers[:2] == ["van", "mening"]:
            lowers = lowers[2:]
        elif lowers[:1] == ["overtuigd"]:
            lowers = lowers[1:]
        else:
            return ""
    elif finite.lemma_ == "geloven" and lowers[:1] in (["erin"], ["er"]):
        # "Wij geloven erin dat ...", "Wij geloven er rotsvast in dat ...": the belief follows "in"
        at = 0 if lowers[0] == "erin" else next((k for k, w in enumerate(lowers[:4]) if w == "in"), None)
        if at is None:
            return ""
        lowers = lowers[at + 1 :]
    elif finite.lemma_ not in ("geloven", "vinden"):  # "Wij vinden dat ...": what the organisation holds
        # "vertrekken vanuit / gaan uit van de overtuiging dat": the belief named by its noun
        at = next((k for k, w in enumerate(lowers[:6]) if w == "overtuiging"), None)
        if at is None:
            return ""
        lowers = lowers[at + 1 :]
    if lowers[:1] != ["dat"]:
        return ""  # "Wij geloven in onderwijs dat ...": what the organisation stands for
    clause = lowers[1:]
    subject = clause[1:2] if clause[:1] and clause[0] in ("ook", "juist", "alleen") else clause[:1]
    if set(subject) & (FIRST_PERSON | POSSESSIVE):
        return ""  # "... dat wij ...", "... dat onze school ...": about the organisation (not "dat ouderen onze ...")
    if set(clause) & NORMATIVE:  # what people deserve; what care or a school should do stays as it was read
        # people, or a quantifier before them ("ieder kind"), not before a thing ("elke oproep")
        named = [
            w
            for k, w in enumerate(clause[:3])
            if w in people or (w in QUANTIFIERS and clause[k + 1 : k + 2] and clause[k + 1] in people)
        ]
        return "outcome" if named else ""
    return BELIEF


def _how_people_are(main, finite) -> bool:
    """A general truth about people, as visions open ("Kinderen leren het best als ze zich
    veilig voelen", "Jongeren zijn van nature nieuwsgierig", "Elk kind is uniek",
    "Iedereen heeft weleens hulp nodig"): how they are, learn best, differ or what they
    need, not a state the organisation works for."""
    lowers = [t.lower_ for t in main]
    pairs = set(zip(lowers, lowers[1:], strict=False))
    if pairs & {("het", "best"), ("het", "meest"), ("van", "nature")}:  # not "haalt het beste uit"
        return True
    if pairs & OWN_WAY and not set(lowers) & ABILITY:
        return True  # "Elke jongere groeit op zijn eigen manier"; not "Elke jongere kan ... in zijn eigen tempo"
    if finite.lemma_ == "zijn" and set(lowers) & WORTH and not set(lowers) & NEGATORS:
        return True  # "Elke bewoner is waardevol": what people are worth, not a state to reach
    if set(lowers) & DIVERSITY and not set(lowers) & (NEGATORS - {"geen"} | NORMATIVE):
        # "Geen kind is hetzelfde"; not "Niemand wordt anders behandeld", nor "Elk kind is
        # uniek en heeft recht op ...": that names what the child deserves
        return True
    after = [t.lower_ for t in main if t.i > finite.i]
    if finite.lemma_ == "hebben" and after[:1] and after[0] in TALENTS:
        return True  # "Elke leerling heeft talenten": what people bring, not what they are given
    if finite.lemma_ == "zijn" and after[:2] in (["een", "mens"], ["een", "persoon"], ["mensen", "met"]):
        return True  # "Elke patiënt is een mens met een eigen verhaal"
    if set(lowers) & USUALLY:
        return True  # "Jongeren haken vaak af", "De meeste mensen redden zich, soms met hulp": how it goes
    if "al" in after and any(t.tag_.startswith("WW|vd") for t in main if t.i > finite.i):
        return True  # "Jongeren ... hebben vaak al veel hulpverleners gezien": where they come from
    return finite.lemma_ == "hebben" and "nodig" in lowers  # a need: what the organisation answers


# How often something happens to people: a description of how things go, not a state to reach
# ("vaker" is a change: not here).
USUALLY = frozenset({"vaak", "dikwijls", "meestal", "soms", "zelden", "doorgaans"})

# What people bring with them: "Elk kind heeft talenten" (a chance or a place is given: not these).
TALENTS = frozenset({"talent", "talenten", "kwaliteiten", "krachten", "dromen"})


# How people differ from each other: a view of them, whatever the subject says.
DIVERSITY = frozenset({"uniek", "hetzelfde", "verschillen", "verschilt", "verschillend", "anders"})
WORTH = frozenset({"waardevol", "gelijkwaardig", "kostbaar", "evenwaardig"})
# Each in their own way: how people differ, unless it is what they are enabled to do.
OWN_WAY = frozenset({("eigen", "manier"), ("eigen", "tempo"), ("eigen", "wijze")})
ABILITY = frozenset({"kan", "kunnen", "mag", "mogen"})  # (also: "steeds meer ... kunnen" is no trend)


def _what_it_is(main, rest, finite) -> bool:
    """A view of what something is or is for, as visions open ("Gezondheid is meer dan
    niet ziek zijn", "Armoede is geen keuze", "Goede zorg is dichtbij", "Onderwijs is de
    sleutel tot een vrij leven", "Een goed huis is de basis voor een goed leven"): a
    definition, not a state reached. Not when the organisation speaks of itself
    ("Respect is de basis van alles wat we doen")."""
    if finite.lemma_ != "zijn" or {t.lower_ for t in [*main, *rest]} & (FIRST_PERSON | POSSESSIVE):
        return False
    before = [t.lower_ for t in main if t.i < finite.i]
    if before[:1] in (["goede"], ["goed"]) and len(before) == 2:
        # "Goede huisartsenzorg is dichtbij en persoonlijk": what good care is, a view of it
        # ("Goede zorg is bereikbaar voor iedereen" names whom it reaches: a state)
        return not {t.lower_ for t in main if t.i > finite.i} & vocabulary("people", "everyone")
    after = [t for t in main if t.i > finite.i]
    lowers = [t.lower_ for t in after]
    if lowers[:2] == ["meer", "dan"]:
        return len(after) < 3 or after[2].pos_ != "ADJ"  # not "meer dan tevreden"
    if lowers[:1] == ["geen"] and "meer" not in lowers:
        return True  # "Gezondheid is geen luxe"; "Eenzaamheid is geen probleem meer" is a state reached
    if lowers[:1] in (["een"], ["de"], ["het"]) and len(lowers) > 2:
        return lowers[1] in FOUNDATIONS and lowers[2] in ("voor", "tot", "om", "van")
    return False


# What something is for another thing: "de basis voor", "de sleutel tot", "een voorwaarde om".
FOUNDATIONS = frozenset(
    {"basis", "basisvoorwaarde", "voorwaarde", "sleutel", "fundament", "bron", "voedingsbodem", "motor"}
)


# What people deserve or should be able to do: a belief in these words names a desired state.
NORMATIVE = frozenset({"verdient", "verdienen", "recht", "moet", "moeten", "hoort", "horen", "mag", "mogen"})

# Beside the places and the world (the `places` word list), the future is what a state can be
# of: "een toekomst waarin ...".
WORLD_NOUNS = frozenset({"toekomst"})
# compounds that name an organisation although their last part alone does not ("woonmaatschappij")
ORG_COMPOUND_ENDINGS = ("maatschappij",)
# plans of the organisation's own besides its purpose words ("Om onze strategie waar te maken")
PLANS = frozenset({"visie", "plan", "plannen", "strategie"})


def _own_goal(word: str) -> bool:
    """A goal named as the organisation's own plan, not a state of others ("Om onze ambities
    waar te maken"): a purpose word (vocabulary "purpose"), its plural, or a plan."""
    purpose = vocabulary("purpose")
    return word in purpose or word in PLANS or plural_noun_lemma(word) in purpose


def _towards_a_state(main, rest, places) -> bool:
    """Working towards a place or world where people are or can do something ("Wij werken
    aan een wijk waar iedereen veilig woont")."""
    lowers = [t.lower_ for t in [*main, *rest]]
    for k, word in enumerate(lowers[:-1]):
        if word in ("aan", "naar", "voor") and k > 0 and lowers[k - 1] in TOWARDS_VERBS | {"ons", "zich", "in"}:
            tail = lowers[k + 1 : k + 8]
            for j, w in enumerate(tail[1:], 1):
                if w in ("waar", "waarin", "zonder") and (tail[j - 1] in places or tail[j - 1] in WORLD_NOUNS):
                    return True
    return False


def _problem(main, finite) -> bool:
    """What is wrong today, as context: "Te veel kinderen wachten te lang op hulp", "Eén op
    de vier mensen krijgt ermee te maken", "Wachtlijsten zijn lang", "In Nederland groeit
    één op de twaalf kinderen op in armoede". Said of people, it reads like a state, but it
    is the one the organisation wants to end. A problem that only says who the people are
    ("mensen met psychische problemen") or what they overcome ("hun schulden aflossen") is
    no such context."""
    lowers = [t.lower_ for t in main]
    if any(w == "te" and lowers[k + 1 : k + 2] and lowers[k + 1] in EXCESS for k, w in enumerate(lowers)):
        return True
    subject_end = finite.i + 1  # the subject stands before the finite verb or right after it
    for k, token in enumerate(main[:-2]):
        if token.lower_ in ("één", "een") and lowers[k + 1] == "op" and token.i <= subject_end:
            return main[k + 2].like_num or lowers[k + 2] == "de"  # "één op de vier", "één op vier"
    if NEGATORS & set(lowers):
        return False
    problems = vocabulary("problems")
    for k, word in enumerate(lowers):
        if word not in problems:
            continue
        before = lowers[max(0, k - 3) : k]
        if main[k].i < finite.i and "met" not in before:
            return True  # "Wachtlijsten zijn lang", "Het tekort aan zorgpersoneel groeit"
        if any(w in ("in", "onder", "op") for w in before):
            return True  # "groeien op in armoede", "leven onder de armoedegrens"
        if finite.lemma_ in ("zijn", "worden", "raken") and main[k].i > finite.i:
            return True  # said of the subject: "Mantelzorgers zijn overbelast", "Ruimte is schaars"
    if finite.lemma_ in LIVING_WITH:
        conditions = problems | vocabulary("conditions")
        after_with = [w for k, w in enumerate(lowers) if main[k].i > finite.i and "met" in lowers[max(0, k - 4) : k]]
        if any(w in conditions for w in after_with):
            return True  # "Duizenden volwassenen leven met een ernstige aandoening"
    return "onder" in lowers and "druk" in lowers


# Verbs of the organisation seeing its field: what it sees is context when it is a trend or a problem.
PERCEIVING = frozenset({"zien", "merken", "constateren", "signaleren", "vaststellen"})


def _names_the_problem(words, trends) -> bool:
    """Whether `words` (what is seen) describe a change or what is wrong ("dat steeds meer
    ouderen eenzaam zijn", "een wereld van ongelijkheid"), not a state to reach."""
    lowers = {t.lower_ for t in words}
    return _trend(words, trends) or (bool(lowers & vocabulary("problems")) and not lowers & NEGATORS)


# Verbs of living with what is wrong: "leven met een ziekte", "kampen met schulden".
LIVING_WITH = frozenset({"leven", "kampen", "worstelen"})


def _how_it_was(finite) -> bool:
    """A main clause in the simple past: said of anyone but the organisation, how things
    were ("Lange tijd werden ouderen vooral gezien als ..."), which a vision
    sets against how it sees them now; neither a state to reach nor a role."""
    return "|verl" in finite.tag_


def _trend(main, trends) -> bool:
    """A description of how things are changing: "Steeds meer ouderen wonen alleen", "De
    zorg verandert snel" (context, not a desired state)."""
    lowers = [t.lower_ for t in main]
    if any(w in trends for w in lowers) or ("neemt" in lowers and "toe" in lowers):
        return True
    if any(_increasingly(t) for t in main) and not ABILITY & set(lowers):
        return True
    if any(_has_sequence(lowers, (adverb, *MOTION)) for adverb in CHANGING):
        return True  # "De wijk is sterk in beweging"; not "Iedereen is dagelijks in beweging"
    if any(_has_sequence(lowers, words) for words in CHANGE_PHRASES):
        return True
    return "sinds" in lowers and any(t.like_num for t in main)


def _increasingly(token) -> bool:
    """ "steeds" before a comparative ("steeds meer", "steeds complexer", "steeds vaker"):
    a change; not "steeds" as "always" ("Ouders zijn steeds welkom", as Flemish writes it)."""
    if token.lower_ != "steeds":
        return False
    return any(
        t.lower_ in ("meer", "minder", "vaker") or "Cmp" in t.morph.get("Degree")
        for t in token.doc[token.i + 1 : token.i + 3]
    )


MOTION = ("in", "beweging")
CHANGING = frozenset({"voortdurend", "continu", "constant", "sterk", "volop", "altijd"})  # ("steeds" is a trend alone)
# "De jeugdhulp staat niet stil", "Jongeren hebben meer dan ooit ...": the field changes.
CHANGE_PHRASES = (("staat", "niet", "stil"), ("staan", "niet", "stil"), ("meer", "dan", "ooit"))


def _has_sequence(lowers: list[str], words: tuple[str, ...]) -> bool:
    n = len(words)
    return any(tuple(lowers[k : k + n]) == words for k in range(len(lowers) - n + 1))


def _state(main, finite) -> bool:
    """A copula with a predicative adjective: "Herstel is mogelijk", "Zorg is dichtbij"
    (not one inside a phrase: "Het is ons streven om met muziekles ...")."""
    if finite.lemma_ not in ("zijn", "worden", "blijven"):
        return False
    after = [t for t in main if t.i > finite.i]
    if finite.lemma_ == "zijn" and any(t.tag_.startswith("WW|vd") for t in after):
        return True  # a change completed: "In 2035 is het verschil ... gehalveerd"
    return any(t.pos_ == "ADJ" and t.dep_ not in ("amod", "nmod", "obl") for t in after)


def _means_we(finite, rest) -> bool:
    """ "X betekent dat we ...", "X houdt in dat wij ...": what a value asks of the organisation."""
    words = [t.lower_ for t in rest[:2]]
    return (
        finite.lemma_ in ("betekenen", "inhouden")
        and len(words) == 2
        and words[0] == "dat"
        and words[1] in FIRST_PERSON
    )


def _served(tokens) -> str:
    """People receiving the organisation's service, and the words that say so: "Cliënten
    krijgen bij ons ...", "U kunt er terecht voor ...", "Ouders zijn welkom"; "" if not."""
    said = {t.lower_ for t in tokens}
    if _measured_access(tokens, said) or _feeling(said):
        return ""
    tokens = _without_who_they_are(tokens)
    lowers = [t.lower_ for t in tokens]
    pairs = list(zip(lowers, [*lowers[1:], ""], strict=True))
    if "terecht" in lowers:
        return "terecht"
    if _says_welcome(tokens):
        return "welkom"
    if any(w in ("kan", "kunnen", "kunt") and following == "er" for w, following in pairs):
        return "kunnen er"  # "Bezoekers kunnen er de molen beklimmen": at the organisation's place
    found = next((w for w in lowers if w in ("vind", "vindt")), "")
    if found and ("je" in lowers or "u" in lowers):
        return found  # "Onder één dak vind je de muziekschool, ...": what the organisation has on offer
    if "gebruikmaken" in lowers or ("gebruik", "maken") in pairs:
        return "gebruikmaken"  # "Iedereen kan gebruikmaken van de faciliteiten": using the service
    if any(w == "bij" and following in SERVICE_PLACES for w, following in pairs):
        return "bij ons"
    joining = next((w for w in lowers if w in JOINING), "")
    if joining or ("lid", "worden") in pairs:
        return joining or "lid worden"  # "Nieuwe leden mogen gratis meetrainen": joining the organisation
    if _us(tokens):
        return "ons"  # "Huurders kunnen ons dagelijks bereiken": the organisation as object
    partner = next((w for w in lowers if w in PARTNER_WORDS), None)
    if partner and any(t.lemma_ == "zijn" for t in tokens):
        return partner  # "Ouders zijn onze partners in de opvoeding": a relation to the organisation
    return ""


# Words that make access a target: by when, within what, faster than now.
ACCESS_TARGETS = frozenset({"straks", "binnen", "sneller"})


def _measured_access(tokens, lowers: set[str]) -> bool:
    """Access with a horizon or a measure ("Tegen 2032 kan elke oudere binnen wandelafstand
    terecht ...", "Zo kunnen zorgvragers sneller terecht"): a state people reach, where "U
    kunt bij ons terecht voor ..." is the offer. `lowers`: the sentence's words."""
    return "terecht" in lowers and bool(lowers & ACCESS_TARGETS or any(HORIZON.match(t.text) for t in tokens))


FEEL = frozenset({"voel", "voelt", "voelen", "voelde", "voelden"})


def _feeling(lowers: set[str]) -> bool:
    """ "Elk kind voelt zich bij ons gezien": how people feel is their state, wherever they
    feel it. `lowers`: the sentence's words."""
    return "zich" in lowers and bool(lowers & FEEL)


def _without_who_they_are(tokens) -> list:
    """The tokens without a relative clause that says who the subject's people are
    ("Kinderen die bij ons van school gaan, weten wat ze kunnen"): where they come from is
    not what they get."""
    for k, token in enumerate(tokens[1:5], 1):
        if token.lower_ in RELATIVE_PRONOUNS and tokens[k - 1].pos_ in ("NOUN", "PRON", "ADJ"):
            comma = next((t.i for t in token.doc[token.i : token.sent.end] if t.text == ","), None)
            if comma is not None:
                return tokens[:k] + [t for t in tokens if t.i > comma]
    return tokens


def _says_welcome(tokens) -> bool:
    """Whether a copula says someone is welcome, adverbs between ("Ouders zijn welkom",
    "Familie is altijd welkom", "Iedereen is dus van harte welkom"): the organisation's
    openness, not a state of the people ("Iedereen voelt zich welkom")."""
    for k, copula in enumerate(tokens):
        if copula.lower_ not in ("zijn", "is"):
            continue
        for token in tokens[k + 1 : k + 5]:
            if token.lower_ == "welkom":
                return True
            if token.pos_ != "ADV" and token.lower_ not in ("van", "harte"):
                break
    return False


def _us(tokens) -> bool:
    """ "ons" as a pronoun, not as "our" ("bij ons", "kunnen ons bereiken"): the organisation."""
    return any(t.lower_ == "ons" and "bez" not in t.tag_ for t in tokens)


def _after_for_whom(tokens) -> list:
    """The noun phrase after "Voor <people>" that opens a fragment ("Voor elke bewoner | een
    veilig en betaalbaar thuis ..."), or []."""
    if tokens[0].lower_ != "voor":
        return []
    for k in range(2, min(len(tokens) - 1, 6)):
        if tokens[k].lower_ == "een" and tokens[k - 1].pos_ in ("NOUN", "PRON") and tokens[k - 1].lower_ != "een":
            return tokens[k:]
    return []


def _fragment(main, rest, lists) -> tuple[str, str]:
    """A clause without a finite verb: an infinitive ("De stad schoonmaken"), a
    nominalised activity ("Het stimuleren van ..."), a slogan, or a noun phrase: of the
    organisation's offer ("Zorg met aandacht"), or of a state ("Een schonere stad",
    "Een Nederland waarin ieder kind kan sporten", "Schone energie voor iedereen")."""
    people, places, _organisations, offers, _trends = lists
    tokens = main
    # "Betaalbaar wonen", "Gezond en veilig opgroeien in ...": a way of living after
    # adjectives is a state, not the organisation's activity
    living = next((t for t in tokens if _living(t) and t.pos_ in ("VERB", "NOUN", "AUX")), None)
    before = tokens[: tokens.index(living)] if living is not None else []
    if (
        living is not None
        and _adjectives_only(before)
        and not (living.lower_ == "werken" and living is tokens[-1])  # "Duurzaam werken": how we work
    ):
        return "outcome", _text([*before, living])
    last = tokens[-1]
    if (
        len(tokens) >= 2
        and (last.tag_.startswith("WW|inf") or "Inf" in last.morph.get("VerbForm"))
        and last.pos_ == "VERB"
        # "het goede leven": after an inflected adjective the infinitive is a noun
        and not (tokens[-2].tag_.startswith("ADJ|prenom") and tokens[-2].lower_.endswith("e"))
        # a plural subject and a clause after the verb: finite ("Jonge mensen ontdekken wat ...")
        and not (rest and rest[0].lower_ in OBJECT_CLAUSES and _plural_subject(tokens[:-1], people))
    ):
        return "role", _text(tokens[-3:])
    first = tokens[0]
    verb = _infinitive_head(tokens)
    if verb is not None:  # "Bijdragen aan ...", "De beste zorg realiseren in een ... kader"
        return "role", _text(tokens[: tokens.index(verb) + 1][-4:])
    # "Het stimuleren van ...", "het actief bevorderen van ...": an adverb may come between
    adverb = len(tokens) > 3 and (tokens[1].pos_ == "ADV" or tokens[1].tag_.startswith("ADJ|vrij"))  # "actief"
    verb_at = 2 if adverb else 1
    if (
        first.lower_ in ("het", "de")
        and len(tokens) > verb_at + 1
        and tokens[verb_at].pos_ == "VERB"
        and tokens[verb_at].lower_.endswith("en")
    ):
        return "role", _text(tokens[: verb_at + 2])
    given = _after_for_whom(tokens)
    if given:  # "Voor iedere inwoner een veilig thuis": what they have, read on its own
        return _fragment(given, rest, lists)
    if first.pos_ == "ADP" or first.lower_ == "samen":
        return "role", _text(tokens[:4])  # "Voor en door bewoners", "Voor alle inwoners": for whom, not a state
    # not "elke jongere", nor a place name the tagger calls an adjective ("een warm en groen Molenrade"),
    # nor who after a preposition ("een beter welzijn voor jong en oud", "van jong tot oud")
    qualities = [
        t for t in tokens if _adjective(t) and t.lower_ not in people and not _a_name(t) and not _people_pair(t)
    ]
    if len(qualities) >= 2 and not any(
        (t.pos_ in ("NOUN", "PROPN") or _a_name(t)) and t.i > qualities[-1].i for t in tokens
    ):
        return "role", _text(qualities[:3])  # "verrassend, gastvrij en van iedereen": the organisation's qualities
    # the head is not a word inside a prepositional phrase ("voor iedereen toegankelijke voorziening")
    nouns = [
        t
        for t in tokens
        if ((t.pos_ in ("NOUN", "PROPN") and not _adjective(t)) or t.lower_ in people or _a_name(t))
        and not (t.i > first.i and t.doc[t.i - 1].pos_ == "ADP" and t.pos_ == "PRON")
    ]
    head = nouns[0] if nouns else None
    if head is None:
        return "role", _text(tokens[:4])  # "Samen leren, samen leven!"
    cue = _text(tokens[: tokens.index(head) + 1])
    lower = head.lower_
    described = bool(rest) and rest[0].lower_ in ("waar", "waarin", "die", "dat", "zonder")
    modified = any(t.pos_ == "ADJ" or _adjective(t) for t in tokens[: tokens.index(head)])
    # who or where the state is for: "Schone energie voor de inwoners van Keverdonk"
    for_whom = any(
        t.lower_ in people or _is_place_word(t.lower_, places) or _is_name(t) for t in tokens[tokens.index(head) + 1 :]
    )
    name = _is_name(head) and head.text[:1].isupper()  # a capitalised word, not a symbol the tagger calls a name
    if (_is_place_word(lower, places) or name) and (described or modified):
        return "outcome", cue  # "Een warme, groene gemeente waar ...", "Een kindvriendelijk Oostrode"
    if any(_more_or_less(t) for t in tokens[: tokens.index(head)]):
        return "outcome", cue  # "Betere zorg voor ...", "Minder laaggeletterdheid in ...": a change, not an offer
    if is_compound_of(lower, offers) or _is_org_word(lower, lists[2]):
        return "role", cue  # "Goede huisartsenzorg voor iedereen": the organisation's offer
    named = lower in people or _is_place_word(lower, places) or lower in WORLD_NOUNS
    if named and len(tokens) <= tokens.index(head) + 1 and not modified and not described:
        return "neutral", cue  # "Cliënt.": a heading in a list, no state
    if lower in people or _is_place_word(lower, places) or lower in WORLD_NOUNS or described:
        return "outcome", cue
    if modified and (for_whom or lower in vocabulary("states")):
        return "outcome", cue  # "Betaalbare woningen voor starters", "Sociale rechtvaardigheid"
    if "zonder" in {t.lower_ for t in tokens} or any("Cmp" in t.morph.get("Degree") for t in tokens):
        return "outcome", cue
    return "role", cue


def _people_pair(token) -> bool:
    """Whether an adjective is half of a pair after a preposition that names people ("voor
    jong en oud", "van jong tot oud", "voor groot en klein"), not a quality: no noun follows
    the pair ("met warm en persoonlijk contact" describes the contact)."""
    doc, i = token.doc, token.i
    first = i - 2 if i >= 2 and doc[i - 1].lower_ in ("en", "tot", "of") else i  # "tot" is also a preposition
    if first < 1 or first + 2 >= len(doc) or doc[first - 1].pos_ != "ADP":
        return False
    pair = (doc[first], doc[first + 2])
    noun_after = first + 3 < len(doc) and doc[first + 3].pos_ in ("NOUN", "PROPN")
    return (
        doc[first + 1].lower_ in ("en", "tot", "of")
        and all(_adjective(t) or t.tag_.startswith("ADJ") for t in pair)
        and not noun_after
    )


def _infinitive_head(tokens):
    """The infinitive that heads a clause without a finite verb: the parse's root, not a
    te-infinitive ("Een plek om te leren"), or a first word that can only be a verb
    ("Bijdragen aan ...", "Samenwerken met ...", the tagger often calls it a noun)."""
    for k, token in enumerate(tokens):
        infinitive = token.pos_ == "VERB" and token.tag_.startswith("WW|inf")
        if infinitive and token.dep_ == "ROOT" and (k == 0 or tokens[k - 1].lower_ != "te"):
            if k > 0 and tokens[k - 1].lower_ == "laten":
                return token  # "Kinderen laten opgroeien in ...": the people are who is let, in note form
            # "Ouderen in Eikenrode wonen ...": a finite verb the tagger took for an infinitive
            return None if _plural_subject(tokens[:k], _lists()[0]) else token
    first = tokens[0]
    if len(tokens) > 1 and first.lower_.endswith("en") and is_verb(first.lower_) and not is_noun(first.lower_):
        return first
    return None


def _adjective(token) -> bool:
    """An adjective, also one the tagger took for a noun or a name ("Schone, ...", "een
    schoon en groen Molenrade")."""
    if token.pos_ == "ADJ" or (token.tag_.startswith("ADJ") and not token.tag_.startswith("ADJ|nom")):
        return True
    # also inflected where the tagger took it for a name ("Goede en betaalbare ...")
    inflected = (
        token.pos_ in ("PROPN", "NOUN") and token.lower_.endswith("e") and adjective_lemma(token.lower_) is not None
    )
    if not is_adjective(token.lower_) and not inflected:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    before_noun = following is not None and (following.lower_ in ("en", ",") or following.pos_ in ("NOUN", "PROPN"))
    return before_noun or (token.i == token.sent.start and not is_noun(token.lower_))


def _more_or_less(token) -> bool:
    """A comparative or meer/minder before the head: the phrase names a change."""
    if token.lower_ in ("meer", "minder"):
        return True
    form = token.lower_[:-1] if token.lower_.endswith("ere") else token.lower_  # "betere" -> "beter"
    return _adjective(token) and ("Cmp" in token.morph.get("Degree") or comparative_base(form) is not None)


def _text(tokens) -> str:
    return " ".join(t.text for t in tokens if t is not None)


# --------------------------------------------------------------------------- the rule type

# Added to a role finding when the section names its outcome only later: the reader meets
# the organisation first and the point last.
OUTCOME_LATER = " De uitkomst staat pas in zin {n}: begin daarmee."


class FramingType(RuleType):
    """`type: framing`: a finding on each sentence of the profile with a given label.

        sentences: role
        clauses: true      # only sentences with a finite verb (not a bare value word)

    The message gets {text} (the sentence) and {cue} (the words the label rests on)."""

    name = "framing"
    fields = {"sentences": str, "clauses": bool}

    def prepare(self, spec: dict, fail: Fail) -> dict:
        return require_choice(spec, "sentences", FRAMINGS, fail, "moet een van deze zijn: {choices}", "role")

    def compile(self, rules: list[Rule], nlp) -> Checker:
        return FramingChecker()


class FramingChecker(Checker):
    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        out = []
        for rule in rules:
            wanted = rule.spec.get("sentences", "role")
            for sentence in ctx.profile:
                if sentence.framing != wanted:
                    continue
                span = ctx.doc.char_span(sentence.start, sentence.end, alignment_mode="expand")
                if span is not None and rule.spec.get("clauses") and not _has_clause(span):
                    continue  # "Respect", "Zorg die bij je past": a list item, not a sentence
                if span is not None:
                    out.append(span_finding(rule, span, ctx, values={"cue": sentence.cue}))
        return out


def _has_clause(span) -> bool:
    """Whether a sentence's main clause has a finite verb, read as `classify` reads it
    (after a label; a relative clause's verb does not count)."""
    tokens = [t for t in span if is_word(t)]
    main, _rest = _main_clause(_after_label(span, tokens) if tokens else tokens)
    return _finite(main) is not None


MOSTLY_ROLE_SHARE = 0.8  # four in five of the sentences that frame anything ...
MOSTLY_ROLE_SENTENCES = 4  # ... and at least four of them: one outcome is then a footnote
# A text with three role sentences or more before its first outcome has shown the reader
# the organisation's role first: role-framed as read, whatever follows.
ROLE_OPENING = 3


def settle(findings: list[Finding], profile: list[SentenceFraming], section: Section, kind: str) -> list[Finding]:
    """The section's framing decides what its role findings mean.

    A role finding (a rule with `signals: role`) in a sentence that names its own result
    ("..., zodat ouderen thuis wonen"), or after a sentence that names the outcome, is a
    means to that outcome: dropped. In a mission or vision, read from the top, a role
    finding before the first outcome stays as advice (info): the outcome should come
    first (a warning still where the section is mostly role sentences, or opens with
    ROLE_OPENING of them); in values and strategy, lists whose order says little, it is
    dropped too, unless the section is mostly role sentences: one outcome among many
    activities is then a footnote. In a section that names no outcome it stands as
    written. Of several role findings on one sentence, the sentence rule (`type:
    framing`) gives way to the rules that name a specific form.
    """
    # an outcome for no one and nowhere ("Een betere wereld") does not make the role a means
    first_outcome = next((s for s in profile if s.framing in ("outcome", "mixed") and not s.vague), None)
    # a text of mostly role sentences is role-framed even if one names an outcome
    mostly_role = (
        role_share(profile) >= MOSTLY_ROLE_SHARE and sum(s.framing == "role" for s in profile) >= MOSTLY_ROLE_SENTENCES
    )
    # read from the top (not a list): three role sentences before the outcome keep their warnings
    opens_with_role = (
        first_outcome is not None
        and kind not in ("waarden", "strategie")
        and sum(s.framing == "role" and s.start < first_outcome.start for s in profile) >= ROLE_OPENING
    )

    def sentence_of(finding: Finding) -> SentenceFraming | None:
        return sentence_at(profile, section.text_offset(finding.start))  # the profile has doc offsets

    specific = {id(sentence_of(f)) for f in findings if f.rule.signals == "role" and f.rule.type != "framing"}
    settled = []
    for finding in findings:
        if finding.rule.signals != "role":
            settled.append(finding)
            continue
        sentence = sentence_of(finding)
        if finding.rule.type == "framing" and id(sentence) in specific:
            continue
        if sentence is not None and sentence.framing == "mixed":
            continue
        if first_outcome is not None:
            listed = kind in ("waarden", "strategie") and not mostly_role
            if sentence is None or sentence.start > first_outcome.start or listed:
                continue
            finding = replace(
                finding,
                severity=finding.severity if mostly_role or opens_with_role else "info",
                message=finding.message + OUTCOME_LATER.format(n=first_outcome.index),
            )
        settled.append(finding)
    return settled


# How many rewrites' verdicts a run keeps (a language server runs for days).
REWRITE_MEMORY = 4096


def reads_as_outcome(sentences: list[SentenceFraming]) -> bool:
    """Whether no sentence reads as a role, or an outcome comes before the first that does:
    `settle` reads a role sentence after an outcome as its means ("Onze huurders
    worden zelfstandiger. Daarvoor werken wij samen met ...")."""
    for sentence in sentences:
        if sentence.framing in ("outcome", "mixed"):
            return True
        if sentence.framing == "role":
            return False
    return True


def rewrites_that_read_as_outcomes(nlp, findings: list[Finding], seen: dict[str, bool]) -> list[Finding]:
    """A framing finding's concrete rewrite is applied only if the sentence it makes reads
    as an outcome to this same profile: one that still reads as the organisation's offer or
    way of working ("Een sterke samenwerking met de buurgemeenten") is shown as a
    suggestion (display), so that following the advice never brings the finding back.
    `seen` keeps the latest REWRITE_MEMORY verdicts; new rewrites are parsed in one batch."""
    offered = [
        fix.replacement
        for finding in findings
        if finding.rule.category == "framing"
        for fix in finding.fixes
        if fix.concrete
    ]
    if not offered:
        return findings
    verdicts = {text: seen[text] for text in offered if text in seen}
    new = [text for text in dict.fromkeys(offered) if text not in verdicts]
    for text, doc in zip(new, parse_sentences(nlp, new), strict=True):
        verdicts[text] = seen[text] = reads_as_outcome(profile(doc))
    while len(seen) > REWRITE_MEMORY:
        del seen[next(iter(seen))]
    out = []
    for finding in findings:
        if finding.rule.category != "framing" or not any(f.concrete for f in finding.fixes):
            out.append(finding)
            continue
        fixes = tuple(
            Fix(fix.edits, Applicability.DISPLAY) if fix.concrete and not verdicts[fix.replacement] else fix
            for fix in finding.fixes
        )
        out.append(replace(finding, fixes=fixes))
    return out


def sentence_at(profile: list[SentenceFraming], offset: int) -> SentenceFraming | None:
    """The profile's sentence around doc offset `offset` (sentences do not overlap)."""
    return next((s for s in profile if s.start <= offset < s.end), None)


def role_share(profile: list[SentenceFraming]) -> float:
    """How much of what a section says is about the organisation: role sentences (mixed ones
    count half) among the sentences that frame anything."""
    framed = [s for s in profile if s.framing != "neutral"]
    if not framed:
        return 0.0
    return sum(1.0 if s.framing == "role" else 0.5 if s.framing == "mixed" else 0.0 for s in framed) / len(framed)
