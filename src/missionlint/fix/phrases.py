"""Shapes of Dutch mission phrases that the rewrites read: tokens, noun phrases, result verbs.

The parser is small, so shapes are read mostly from positions, tags and the Dutch lexicon
(morphology.py), not from dependency labels: "de stad schoonmaken" is sometimes parsed
with "stad" as subject of a finite plural "schoonmaken".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

from missionlint.nlp import morphology
from missionlint.nlp.segmentation import SENTENCE_END

# Determiners the outcome phrase drops: it gets its own article ("een" or none).
DROPPED_DETERMINERS = frozenset("de het 't een onze ons mijn uw jouw haar hun jullie deze dit".split())
# Determiners that show a singular noun's gender: "onze aanpak" is a de-word, "ons plan" a het-word.
NEUTER_DETERMINERS = frozenset({"het", "'t", "ons", "dit", "dat", "elk", "ieder", "welk"})
GENDERED_DETERMINERS = NEUTER_DETERMINERS | {"de", "onze", "deze", "die", "elke", "iedere", "welke"}
# whose the thing is, when it is someone else's: dropping the word would drop who benefits
OTHERS_POSSESSIVES = frozenset("hun uw jouw jullie".split())
# Quantifiers we cannot drop without changing the meaning ("elke wijk"), and determiners
# we cannot tell apart from a verb or pronoun (zijn, die, dat).
QUANTIFIERS = frozenset(
    "alle al elke ieder iedere veel vele enkele sommige geen welke meer minder weinig beide "
    "andere diverse verschillende meerdere zoveel zijn die dat".split()
)
SUBJECT_PRONOUNS = frozenset("ik jij je hij zij ze wij we jullie u".split())
# Finite verbs after which an infinitive phrase may become a noun phrase:
# "Wij willen een schonere stad", "Ons doel is een schonere stad".
NOUN_TAKING_VERBS = frozenset("wil wilt willen wilde wilden is zijn was waren".split())
SUBORDINATORS = frozenset("zodat waardoor omdat om opdat zoals die dat waar waarin waarbij wanneer als door".split())
HELPER_VERBS = frozenset({"helpen", "ondersteunen", "stellen"})
COPULAS = frozenset({"zijn", "worden", "blijven"})

COORDINATORS = frozenset({"en", "of", ",", "&", "noch"})
# The organisation's own offer, processes or standing: an outcome made of these is still
# about the organisation ("een betere dienstverlening"), so no rewrite offers one.
INWARD = frozenset(
    "dienstverlening organisatie service werk processen proces naamsbekendheid marktpositie positie "
    "producten diensten bedrijfsvoering maatwerk beheer".split()
)
# Mass nouns (and compounds ending in one) take no article: "betere zorg", "schoner water",
# "beter onderwijs", not "een betere zorg". Abstract -heid nouns do take one ("een grotere
# leefbaarheid"), so this is a list, not a rule.
MASS_NOUNS = frozenset(
    "zorg water onderwijs opvang voeding energie stroom lucht natuur groen cultuur kunst "
    "informatie hulp ondersteuning begeleiding huisvesting vervoer verkeer kennis armoede".split()
)
# Adjectives that say what kind, not how much ("sociale", "culturele", "digitale",
# "economische"): "meer sociale cohesie" is more of it, where "meer blijvende groei" reads
# as "more lasting".
RELATIONAL_ADJECTIVE = re.compile(
    r"(ale|ele|ische|aire|ieke|iële|uele)$"
    r"|^(onderlinge|openbare|persoonlijke|maatschappelijke|gemeentelijke|stedelijke|landelijke|plaatselijke"
    r"|lichamelijke|geestelijke|wetenschappelijke|dagelijkse)$"
)
# A place noun followed by its name: the outcome names the place ("de stad Zuidhoven
# schoonmaken" -> "een schoner Zuidhoven"; place names are het-words).
PLACE_CLASSIFIERS = frozenset("stad gemeente dorp regio provincie streek wijk buurt land".split())


# --------------------------------------------------------------------------- tokens


def is_verb(token: Token) -> bool:
    if token.lower_ in DROPPED_DETERMINERS:  # "onze" is sometimes tagged as a participle
        return False
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("WW")


def infinitive_evidence(token: Token) -> str | None:
    """ "strong" when tagged infinitive, "weak" for a plural-looking -en verb, else None.

    Dutch infinitives look like present plurals, and the small model often tags them so.
    """
    if not is_verb(token) or not token.lower_.endswith("n"):
        return None
    if "Inf" in token.morph.get("VerbForm") or token.tag_.startswith("WW|inf"):
        return "strong"
    plural = token.tag_.startswith("WW|pv|") and "|mv" in token.tag_  # "verbreden" tagged past plural
    if plural or (not token.tag_.startswith("WW|") and token.lower_.endswith("en")):
        return "weak"
    return None


def is_tagged_noun(token: Token) -> bool:
    if token.lower_ in DROPPED_DETERMINERS or token.lower_ in QUANTIFIERS or token.is_punct:
        return False
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("N|")


def is_lexicon_noun(token: Token, after_modifier: bool) -> bool:
    """A noun the tagger missed ("ouderen" tagged as a verb). A word that is also a verb
    ("wijken") is trusted only after a determiner or adjective ("onze wijken")."""
    if not token.is_alpha or token.lower_ in DROPPED_DETERMINERS or not morphology.is_noun(token.lower_):
        return False
    return after_modifier or not morphology.is_verb(token.lower_)


def is_attributive_adjective(token: Token) -> bool:
    if token.lower_ in DROPPED_DETERMINERS or token.lower_ in QUANTIFIERS or not token.is_alpha:
        return False
    if token.pos_ == "ADJ" or token.tag_.startswith("ADJ"):
        return True
    return token.lower_.endswith("e") and morphology.adjective_lemma(token.lower_) is not None


def is_comparative(token: Token) -> bool:
    if "Cmp" in token.morph.get("Degree") or "|comp|" in token.tag_:
        return True
    lower = token.lower_
    return not morphology.is_adjective(lower) and morphology.comparative_base(lower) is not None


def is_preposition(token: Token) -> bool:
    return token.pos_ == "ADP" or token.tag_.startswith("VZ|init")


def gender(head: Token, determiner: Token | None) -> str | None:
    """Com/Neut: the gender the user's words or the noun list show (`known_gender`), else
    the tagger's guess, which it makes for words it has not seen ("een beter diagnostiek").
    Place names are Neut."""
    known = known_gender(head, determiner)
    if known is not None:
        return known
    if head.pos_ in ("NOUN", "PROPN") and head.morph.get("Gender"):
        return head.morph.get("Gender")[0]
    if "|zijd|" in head.tag_:
        return "Com"
    if "|onz|" in head.tag_:
        return "Neut"
    if determiner is not None and determiner.lower_ != "een":
        return "Neut" if determiner.lower_ in NEUTER_DETERMINERS else "Com"
    if head.pos_ == "PROPN" or head.tag_.startswith("N|eigen"):
        return "Neut"  # "een veiliger Nederland"
    return None


def known_gender(head: Token, determiner: Token | None) -> str | None:
    """Com/Neut of a singular noun from the user's own words: a determiner that shows it
    ("de", "het", "onze", "dit"), how the user inflected an adjective after "een" or no
    article ("een stevig fundament", "goede zorg"); else from the noun list (the word, an
    ending that decides, a compound's last part); a name that is no noun is a place name,
    a het-word. None when only a guess is left."""
    if "|mv|" in head.tag_ or "Plur" in head.morph.get("Number"):
        return None
    article = determiner.lower_ if determiner is not None else ""
    if article in GENDERED_DETERMINERS:
        return "Neut" if article in NEUTER_DETERMINERS else "Com"
    shown = _gender_shown_by_adjective(head, article)
    if shown is not None:
        return shown
    if head.pos_ == "PROPN" and not morphology.is_noun(head.lower_):
        return morphology.noun_gender(head.text) or "Neut"  # a place name: "een veiliger Nederland"
    return morphology.noun_gender(head.text) if head.pos_ == "NOUN" else None


def _gender_shown_by_adjective(head: Token, article: str) -> str | None:
    """After "een", "geen" or no article, an adjective right before a singular noun has -e
    for a de-word and none for a het-word. Adjectives that never take -e ("oranje",
    "houten", "gratis"), and "meer" or "minder", show nothing."""
    if article not in ("", "een", "geen") or head.i == 0:
        return None
    adjective = head.doc[head.i - 1]
    if not is_attributive_adjective(adjective):
        return None
    form = adjective.lower_
    lemma = morphology.adjective_lemma(form)
    inflected = morphology.attributive(lemma, "Com", "Sing", False) if lemma is not None else None
    if lemma is None or inflected == lemma:
        return None
    if form == lemma:
        return "Neut"
    return "Com" if form == inflected else None


def number(head: Token, determiner: Token | None) -> str:
    if head.pos_ in ("NOUN", "PROPN") and head.morph.get("Number"):
        return head.morph.get("Number")[0]
    if "|mv|" in head.tag_:
        return "Plur"
    if "|ev|" in head.tag_ or (determiner is not None and determiner.lower_ in NEUTER_DETERMINERS | {"een"}):
        return "Sing"
    return "Plur" if morphology.plural_noun_lemma(head.lower_) else "Sing"


def is_finite_clause(context: Span, verb: Token) -> bool:
    """Is a verb tagged like a plural ("verbeteren") the finite verb of a clause?

    Yes when a subject pronoun comes right after it ("verbeteren wij") or before it with
    no "willen"/"zijn" in between ("wij verbeteren", "omdat wij de zorg verbeteren");
    "Wij willen de zorg verbeteren" has an infinitive.
    """
    if verb.i + 1 < context.end and context.doc[verb.i + 1].lower_ in SUBJECT_PRONOUNS:
        return True
    governor = False
    for token in reversed(context.doc[context.start : verb.i]):
        if token.lower_ in NOUN_TAKING_VERBS:
            governor = True
        elif token.lower_ in SUBJECT_PRONOUNS and not governor:
            return True
    return False


def context(span: Span) -> Span:
    """The sentence(s) the span is part of, or the span itself without sentence boundaries."""
    doc = span.doc
    if not len(span) or not doc.has_annotation("SENT_START"):
        return span
    return doc[span[0].sent.start : span[-1].sent.end]


# --------------------------------------------------------------------------- noun phrases


@dataclass
class NounPhrase:
    """An object noun phrase at doc indices [start, end): its determiner, head and agreement."""

    start: int
    end: int
    determiner: Token | None
    head: Token
    gender: str | None
    number: str
    coordinated: bool = False  # "straten en pleinen"
    quality: bool = False  # names a state: an adjective, meer/minder, "waar ...", "zonder ..."
    heads: tuple[Token, ...] = ()  # the heads of coordinated phrases after the first ("pleinen")
    aside: bool = False  # ends in an aside and its closing comma ("elk kind, met of zonder zorgnood,")


def is_mass_noun(word: str) -> bool:
    """Zorg, water, onderwijs and their compounds (mondzorg, drinkwater, kinderopvang)."""
    lower = word.lower()
    return any(lower == m or (lower.endswith(m) and len(lower) >= len(m) + 3) for m in MASS_NOUNS)


def is_name(token: Token) -> bool:
    return token.pos_ == "PROPN" or token.tag_.startswith("N|eigen") or (token.is_title and not token.is_sent_start)


def place_name(phrase: NounPhrase) -> int | None:
    """Doc index of the name in "de stad Zuidhoven" (a place noun right before a name), or None."""
    doc, after = phrase.head.doc, phrase.head.i + 1
    if phrase.head.lower_ not in PLACE_CLASSIFIERS or after >= phrase.end or not is_name(doc[after]):
        return None
    if any(is_attributive_adjective(t) for t in doc[phrase.start : phrase.head.i]):
        return None
    return after


@dataclass
class _Chunk:
    start: int
    determiner: Token | None
    head: Token
    quantified: bool  # starts with a quantifier or number ("alle inwoners", "500 wijken")


def _chunk(context: Span, end: int) -> _Chunk | None:
    """[determiner | quantifier] adjective* noun+ ending just before doc index `end`,
    read backwards within `context`."""
    doc, lo, index = context.doc, context.start, end - 1
    if index < lo:
        return None
    if not is_tagged_noun(doc[index]):
        before = doc[index - 1] if index > lo else None
        modified = before is not None and (before.lower_ in DROPPED_DETERMINERS or is_attributive_adjective(before))
        if not is_lexicon_noun(doc[index], modified):
            return None
    while index > lo and doc[index].pos_ == "PROPN" and is_tagged_noun(doc[index - 1]):
        index -= 1  # "de stad Utrecht": the first noun is the head
    head = doc[index]
    while index > lo and is_attributive_adjective(doc[index - 1]):
        index -= 1
    before = doc[index - 1] if index > lo else None
    if before is not None and before.lower_ in DROPPED_DETERMINERS:
        return _Chunk(index - 1, before, head, False)
    if before is not None and (before.lower_ in QUANTIFIERS or before.like_num or before.pos_ == "NUM"):
        return _Chunk(index - 1, None, head, True)
    return _Chunk(index, None, head, False)


def noun_phrase(context: Span, end: int) -> NounPhrase | None:
    """The noun phrase ending just before doc index `end`, with the prepositional
    modifiers it has ("de zorg in Utrecht", "de gezondheid van alle inwoners").

    None when there is no clean noun phrase, when it is the object of a preposition
    ("voor het milieu ...") or when it starts with a quantifier or number we would have to
    drop ("elke wijk", "500 bedrijven").
    """
    found = _chunk(context, end)
    while found is not None and found.start > context.start and is_preposition(context.doc[found.start - 1]):
        found = _chunk(context, found.start - 1)
    if found is None or found.quantified:
        return None
    return NounPhrase(
        found.start,
        end,
        found.determiner,
        found.head,
        gender(found.head, found.determiner),
        number(found.head, found.determiner),
    )


def phrase_words(span: Span, phrase: NounPhrase) -> str | None:
    """The phrase's text without its determiner, ready to follow "een" + adjective.

    After "het" an adjective has -e ("het openbare vervoer"); after "een" before a singular
    het-word it has none ("een beter openbaar vervoer"), so those adjectives lose theirs.
    """
    doc = span.doc
    first = phrase.start + (1 if phrase.determiner is not None else 0)
    uninflect = phrase.determiner is not None and phrase.gender == "Neut" and phrase.number == "Sing"
    words = []
    for token in doc[first : phrase.end]:
        text = token.text
        if uninflect and token.i < phrase.head.i and is_attributive_adjective(token):
            lemma = morphology.adjective_lemma(token.lower_)
            if lemma is None:
                return None
            text = morphology.attributive(lemma, "Neut", "Sing", False)
            if token.text[:1].isupper():
                text = text[:1].upper() + text[1:]  # Nederlandse -> Nederlands
        if token.i == span.start and token.pos_ != "PROPN" and not token.text.isupper():
            text = text[:1].lower() + text[1:]  # the sentence capital moves to the new first word
        words.append(text + token.whitespace_)
    return "".join(words).rstrip()


def capitalise(span: Span, phrase: NounPhrase, text: str) -> str:
    """Keep a capital that started the span ("De stad ..." -> "Een ..."), but not one that
    belongs to a name ("Nederland veiliger maken" -> "een veiliger Nederland") unless the
    span starts a punctuated sentence ("Nederland veiliger maken." -> "Een veiliger ...")."""
    first = span.doc[phrase.start]
    if phrase.start != span.start or not first.text[:1].isupper():
        return text
    name = first.pos_ == "PROPN" or first.tag_.startswith("N|eigen") or first.text.isupper()
    around = context(span)
    if name and not (first.i == around.start and around[-1].text in SENTENCE_END):
        return text
    return text[:1].upper() + text[1:]


def judged(doc: Doc, phrase: NounPhrase) -> bool:
    """Whether an adjective of judgement stands before the phrase's head ("blijvende groei",
    "een veilige speelplek"), not only adjectives of kind ("sociale samenhang", "Vlaamse
    scholen": one made from a name keeps its capital): a "meer" or "beter" before it would
    read as its comparative or stack a second judgement."""
    return any(
        is_attributive_adjective(t)
        and not RELATIONAL_ADJECTIVE.search(t.lower_)
        and not (t.text[:1].isupper() and not t.is_sent_start)
        for t in doc[phrase.start : phrase.head.i]
    )


def outcome_phrase(
    span: Span, phrase: NounPhrase, adjective: str, quantity: bool = False, modifiers: str = ""
) -> str | None:
    """ "een" + attributive adjective + the phrase's words: "een schonere openbare ruimte".

    Plurals and the quantity words meer/minder take no article ("schonere straten",
    "minder uitstoot"). A singular noun of unknown gender gives None.
    """
    if phrase.determiner is not None and phrase.determiner.lower_ in OTHERS_POSSESSIVES:
        return None  # "hun leefomgeving verbeteren": "een betere leefomgeving" no longer says whose
    name, original = place_name(phrase), phrase
    if name is not None:  # "een schoner Zuidhoven", not "een schonere stad Zuidhoven"
        phrase = NounPhrase(name, phrase.end, None, phrase.head.doc[name], "Neut", "Sing")
        words = span.doc[name : phrase.end].text
    else:
        if (
            phrase.number == "Sing"
            and not quantity
            and (phrase.gender is None or _inflection_guessed(phrase, adjective))
        ):
            return None  # better no rewrite than "een beter samenhang"
        words = phrase_words(span, phrase)
    if words is None:
        return None
    if quantity and phrase.number == "Sing" and judged(span.doc, phrase):
        return None  # "meer blijvende groei" reads as "more lasting", not as more of the growth
    forms = [morphology.attributive(a, phrase.gender, phrase.number, definite=False) for a in adjective.split(" en ")]
    form = " en ".join(forms)
    mass = phrase.number == "Sing" and is_mass_noun(phrase.head.lower_) and name is None
    article = "" if quantity or mass or phrase.number == "Plur" else "een "
    return capitalise(span, original, f"{article}{modifiers}{form} {words}")


def _inflection_guessed(phrase: NounPhrase, adjective: str) -> bool:
    """Whether the adjective's ending before the phrase's singular noun would rest on the
    tagger's guess of its gender: the form differs for a de-word and a het-word, and
    neither the user's words nor the noun list show which it is."""
    differs = any(
        morphology.attributive(a, "Com", "Sing", False) != morphology.attributive(a, "Neut", "Sing", False)
        for a in adjective.split(" en ")
    )
    return differs and known_gender(phrase.head, phrase.determiner) is None


# --------------------------------------------------------------------------- splicing


def context_is_safe(context: Span, regions: list[tuple[int, int]]) -> bool:
    """Can the verb phrases at `regions` become noun phrases in this sentence?

    Not when a verb outside them governs them ("Wij moeten ...", "... en mensen helpen"),
    a "te" precedes them, or their object is coordinated with a noun phrase we would leave
    behind ("onze stad en de regio verduurzamen"). "willen"/"zijn" before the first region
    and the verbs of a subordinate clause after the last ("... zodat iedereen er veilig
    woont") are fine.
    """
    first, last = regions[0][0], regions[-1][1]
    inside = {i for start, end in regions for i in range(start, end)}
    ends = {end - 1 for _, end in regions}
    for start, _ in regions:  # after another region ("X verbeteren en Y ...") is fine
        if start - 2 >= context.start and context.doc[start - 1].lower_ in COORDINATORS and start - 2 not in ends:
            return False
    subordinate = False
    for token in context:
        if token.i in inside:
            continue
        if token.i >= last and token.lower_ in SUBORDINATORS:
            subordinate = True
        if token.lower_ == "te" and token.i < last:
            return False
        if not is_verb(token) or (token.i >= last and subordinate):
            continue
        if token.i < first and token.lower_ in NOUN_TAKING_VERBS:
            continue
        return False
    return True


def splice(span: Span, replacements: list[tuple[int, int, str]]) -> str:
    """The span's text with the doc index ranges [start, end) replaced, whitespace kept."""
    doc, parts, index = span.doc, [], span.start
    for start, end, text in sorted(replacements):
        parts.append(doc[index:start].text_with_ws)
        parts.append(text + doc[end - 1].whitespace_)
        index = end
    parts.append(doc[index : span.end].text_with_ws)
    text, trailing = "".join(parts), span[-1].whitespace_
    return text[: len(text) - len(trailing)] if trailing and text.endswith(trailing) else text


# --------------------------------------------------------------------------- role -> outcome


@dataclass
class ResultVerb:
    verb: Token
    first: int  # doc index where the verb group starts (the adjective of "veiliger maken")
    adjective: str  # the comparative to put before the noun
    quantity: bool  # meer/minder: no article, no inflection


def result_verb(span: Span, token: Token) -> ResultVerb | None:
    """The comparative a result infinitive carries: "schoonmaken" -> schoner,
    "veiliger maken" -> veiliger, "verbeteren" -> beter."""
    if infinitive_evidence(token) is None:
        return None
    first, found = token.i, morphology.result_adjective(token.lower_)
    if found is None and token.lower_ == "maken" and token.i > span.start:
        particle = token.doc[token.i - 1]
        lexical = morphology.adjective_lemma(particle.lower_) is not None and particle.pos_ != "PROPN"
        if particle.is_alpha and (particle.pos_ == "ADJ" or particle.tag_.startswith("ADJ") or lexical):
            comparative = is_comparative(particle)
            base = (morphology.comparative_base(particle.lower_) or particle.lower_) if comparative else particle.lower_
            if morphology.result_adjective(base + "maken") is not None:
                found, first = (particle.lower_, comparative), particle.i
    if found is None:
        return None
    adjective, already = found
    raised = adjective if already else morphology.comparative(adjective)
    if raised is None:
        return None
    adjective = raised
    return ResultVerb(token, first, adjective, adjective in morphology.UNINFLECTED)


def role_regions(context: Span) -> list[tuple[ResultVerb, NounPhrase | None]]:
    """Every result infinitive in the context with its object (None when it has none)."""
    found = [rv for token in context if (rv := result_verb(context, token)) is not None]
    return [(rv, noun_phrase(context, rv.first)) for rv in found]
