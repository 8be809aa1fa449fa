"""Named rewrite helpers that rules refer to by name (rule YAML never carries code).

A helper takes the matched spaCy `Span` and returns replacement strings for exactly that
span's text, or an empty list when it cannot rewrite safely. A wrong suggestion costs more
trust than a missing one, so every helper checks the shape it expects and gives up on
anything else (finite clauses, modal verbs, te-infinitives, quantifiers, unknown gender).

The parser is small, so helpers read shapes mostly from positions, tags and the Dutch
lexicon (morphology.py) and do not rely on dependency labels: "de stad schoonmaken" is
sometimes parsed with "stad" as subject of a finite plural "schoonmaken".

Shapes are read in the sentence around the span (its "context"), because the rewrite has
to fit there: "de stad schoonmaken" inside "Wij moeten de stad schoonmaken." is left
alone, and so is a span that cuts a noun phrase in two ("regio verbeteren" inside "de zorg
in de regio verbeteren").
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # spaCy is imported only by code that parses: `missionlint rules` stays fast
    from spacy.tokens import Span, Token

from missionlint.nlp import morphology
from missionlint.nlp.segmentation import SENTENCE_END

RewriteHelper = Callable[["Span"], list[str]]
REWRITE_HELPERS: dict[str, RewriteHelper] = {}


def rewrite_helper(name: str) -> Callable[[RewriteHelper], RewriteHelper]:
    """Register a helper under `name`, the value of `rewrite: {helper: ...}` in a rule."""

    def register(helper: RewriteHelper) -> RewriteHelper:
        REWRITE_HELPERS[name] = helper
        return helper

    return register


# Determiners the outcome phrase drops: it gets its own article ("een" or none).
DROPPED_DETERMINERS = frozenset("de het 't een onze ons mijn uw jouw haar hun jullie deze dit".split())
NEUTER_DETERMINERS = frozenset({"het", "'t", "ons", "dit"})
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


# --------------------------------------------------------------------------- tokens


def _is_verb(token: Token) -> bool:
    if token.lower_ in DROPPED_DETERMINERS:  # "onze" is sometimes tagged as a participle
        return False
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("WW")


def _infinitive_evidence(token: Token) -> str | None:
    """ "strong" when tagged infinitive, "weak" for a plural-looking -en verb, else None.

    Dutch infinitives look like present plurals, and the small model often tags them so.
    """
    if not _is_verb(token) or not token.lower_.endswith("n"):
        return None
    if "Inf" in token.morph.get("VerbForm") or token.tag_.startswith("WW|inf"):
        return "strong"
    plural = token.tag_.startswith("WW|pv|") and "|mv" in token.tag_  # "verbreden" tagged past plural
    if plural or (not token.tag_.startswith("WW|") and token.lower_.endswith("en")):
        return "weak"
    return None


def _is_tagged_noun(token: Token) -> bool:
    if token.lower_ in DROPPED_DETERMINERS or token.lower_ in QUANTIFIERS or token.is_punct:
        return False
    return token.pos_ in ("NOUN", "PROPN") or token.tag_.startswith("N|")


def _is_lexicon_noun(token: Token, after_modifier: bool) -> bool:
    """A noun the tagger missed ("ouderen" tagged as a verb). A word that is also a verb
    ("wijken") is trusted only after a determiner or adjective ("onze wijken")."""
    if not token.is_alpha or token.lower_ in DROPPED_DETERMINERS or not morphology.is_noun(token.lower_):
        return False
    return after_modifier or not morphology.is_verb(token.lower_)


def _is_attributive_adjective(token: Token) -> bool:
    if token.lower_ in DROPPED_DETERMINERS or token.lower_ in QUANTIFIERS or not token.is_alpha:
        return False
    if token.pos_ == "ADJ" or token.tag_.startswith("ADJ"):
        return True
    return token.lower_.endswith("e") and morphology.adjective_lemma(token.lower_) is not None


def _is_comparative(token: Token) -> bool:
    if "Cmp" in token.morph.get("Degree") or "|comp|" in token.tag_:
        return True
    lower = token.lower_
    return not morphology.is_adjective(lower) and morphology.comparative_base(lower) is not None


def _is_preposition(token: Token) -> bool:
    return token.pos_ == "ADP" or token.tag_.startswith("VZ|init")


def _gender(head: Token, determiner: Token | None) -> str | None:
    """Com/Neut from the noun's morphology or tag, else from its determiner; place names are Neut."""
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


def _number(head: Token, determiner: Token | None) -> str:
    if head.pos_ in ("NOUN", "PROPN") and head.morph.get("Number"):
        return head.morph.get("Number")[0]
    if "|mv|" in head.tag_:
        return "Plur"
    if "|ev|" in head.tag_ or (determiner is not None and determiner.lower_ in NEUTER_DETERMINERS | {"een"}):
        return "Sing"
    return "Plur" if morphology.plural_noun_lemma(head.lower_) else "Sing"


def _is_finite_clause(context: Span, verb: Token) -> bool:
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


def _context(span: Span) -> Span:
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
    if not _is_tagged_noun(doc[index]):
        before = doc[index - 1] if index > lo else None
        modified = before is not None and (before.lower_ in DROPPED_DETERMINERS or _is_attributive_adjective(before))
        if not _is_lexicon_noun(doc[index], modified):
            return None
    while index > lo and doc[index].pos_ == "PROPN" and _is_tagged_noun(doc[index - 1]):
        index -= 1  # "de stad Utrecht": the first noun is the head
    head = doc[index]
    while index > lo and _is_attributive_adjective(doc[index - 1]):
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
    while found is not None and found.start > context.start and _is_preposition(context.doc[found.start - 1]):
        found = _chunk(context, found.start - 1)
    if found is None or found.quantified:
        return None
    gender, number = _gender(found.head, found.determiner), _number(found.head, found.determiner)
    return NounPhrase(found.start, end, found.determiner, found.head, gender, number)


def _phrase_words(span: Span, phrase: NounPhrase) -> str | None:
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
        if uninflect and token.i < phrase.head.i and _is_attributive_adjective(token):
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


def _capitalise(span: Span, phrase: NounPhrase, text: str) -> str:
    """Keep a capital that started the span ("De stad ..." -> "Een ..."), but not one that
    belongs to a name ("Nederland veiliger maken" -> "een veiliger Nederland") unless the
    span starts a punctuated sentence ("Nederland veiliger maken." -> "Een veiliger ...")."""
    first = span.doc[phrase.start]
    if phrase.start != span.start or not first.text[:1].isupper():
        return text
    name = first.pos_ == "PROPN" or first.tag_.startswith("N|eigen") or first.text.isupper()
    context = _context(span)
    if name and not (first.i == context.start and context[-1].text in SENTENCE_END):
        return text
    return text[:1].upper() + text[1:]


def outcome_phrase(
    span: Span, phrase: NounPhrase, adjective: str, quantity: bool = False, modifiers: str = ""
) -> str | None:
    """ "een" + attributive adjective + the phrase's words: "een schonere openbare ruimte".

    Plurals and the quantity words meer/minder take no article ("schonere straten",
    "minder uitstoot"). A singular noun of unknown gender gives None.
    """
    if phrase.number == "Sing" and phrase.gender is None and not quantity:
        return None
    words = _phrase_words(span, phrase)
    if words is None:
        return None
    form = morphology.attributive(adjective, phrase.gender, phrase.number, definite=False)
    article = "" if quantity or phrase.number == "Plur" else "een "
    return _capitalise(span, phrase, f"{article}{modifiers}{form} {words}")


# --------------------------------------------------------------------------- splicing


def _context_is_safe(context: Span, regions: list[tuple[int, int]]) -> bool:
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
        if not _is_verb(token) or (token.i >= last and subordinate):
            continue
        if token.i < first and token.lower_ in NOUN_TAKING_VERBS:
            continue
        return False
    return True


def _splice(span: Span, replacements: list[tuple[int, int, str]]) -> str:
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


def _result_verb(span: Span, token: Token) -> ResultVerb | None:
    """The comparative a result infinitive carries: "schoonmaken" -> schoner,
    "veiliger maken" -> veiliger, "verbeteren" -> beter."""
    if _infinitive_evidence(token) is None:
        return None
    first, found = token.i, morphology.result_adjective(token.lower_)
    if found is None and token.lower_ == "maken" and token.i > span.start:
        particle = token.doc[token.i - 1]
        lexical = morphology.adjective_lemma(particle.lower_) is not None and particle.pos_ != "PROPN"
        if particle.is_alpha and (particle.pos_ == "ADJ" or particle.tag_.startswith("ADJ") or lexical):
            comparative = _is_comparative(particle)
            base = (morphology.comparative_base(particle.lower_) or particle.lower_) if comparative else particle.lower_
            if morphology.result_adjective(base + "maken") is not None:
                found, first = (particle.lower_, comparative), particle.i
    if found is None:
        return None
    adjective, is_comparative = found
    raised = adjective if is_comparative else morphology.comparative(adjective)
    if raised is None:
        return None
    adjective = raised
    return ResultVerb(token, first, adjective, adjective in morphology.UNINFLECTED)


def _role_regions(context: Span) -> list[tuple[ResultVerb, NounPhrase | None]]:
    """Every result infinitive in the context with its object (None when it has none)."""
    found = [rv for token in context if (rv := _result_verb(context, token)) is not None]
    return [(rv, noun_phrase(context, rv.first)) for rv in found]


@rewrite_helper("role-to-outcome")
def role_to_outcome(span: Span) -> list[str]:
    """Object + result verb -> the state it aims at: "de stad schoonmaken" -> "een schonere stad".

    A role ("what we do") makes outsiders say "good luck with that"; the outcome it serves is
    something they can want too. The result verb carries the adjective (schoonmaken -> schoon,
    verbeteren -> beter), raised to a comparative that agrees with the object noun. Result
    infinitives coordinated in one sentence are rewritten together ("X verbeteren en Y
    versterken"); if one of them cannot be, none is.
    """
    context = _context(span)
    found = _role_regions(context)
    targets = [(rv, phrase) for rv, phrase in found if span.start <= rv.verb.i < span.end]
    if not targets:
        return []
    if any(_is_finite_clause(context, rv.verb) for rv, _ in found):  # a subject outweighs the tag
        return []  # "wij verbeteren de zorg"
    phrases = {rv.verb.i: phrase for rv, phrase in found if phrase is not None}
    if len(phrases) < len(found):
        return []
    replacements = []
    for rv, _ in targets:
        phrase = phrases[rv.verb.i]
        if phrase.start < span.start:
            return []  # the span cuts the noun phrase in two
        text = outcome_phrase(span, phrase, rv.adjective, rv.quantity)
        if text is None:
            return []
        replacements.append((phrase.start, rv.verb.i + 1, text))
    if not _context_is_safe(context, [(phrases[rv.verb.i].start, rv.verb.i + 1) for rv, _ in found]):
        return []
    return [_splice(span, replacements)]


# --------------------------------------------------------------------------- help -> outcome


def _predicate(span: Span, start: int) -> tuple[list[Token], Token, int] | None:
    """[om] modifier* ADJ te zijn/worden/blijven from doc index `start`: the modifiers, the
    adjective and the doc index after the copula."""
    doc, index = span.doc, start
    if index < span.end and doc[index].lower_ == "om":
        index += 1
    words = []
    while index < span.end and doc[index].lower_ != "te" and doc[index].is_alpha:
        words.append(doc[index])
        index += 1
    if not words or index + 1 >= span.end or doc[index + 1].lower_ not in COPULAS:
        return None
    *modifiers, adjective = words
    if not (morphology.is_adjective(adjective.lower_) or _is_comparative(adjective)):
        return None
    if any(m.pos_ not in ("ADV", "ADJ") and not morphology.is_adjective(m.lower_) for m in modifiers):
        return None
    return modifiers, adjective, index + 2


@rewrite_helper("help-to-outcome")
def help_to_outcome(span: Span) -> list[str]:
    """Helper verb + people + predicate -> the people as they will be:
    "mensen helpen om zelfredzaam te worden" -> "zelfredzame mensen".

    "Helping" puts the organisation in the centre; the outcome names the beneficiaries and
    the state they reach. Only "X helpen/ondersteunen/in staat stellen (om) ADJ te
    zijn/worden/blijven" is rewritten; other shapes ("helpen met ...") give [].
    """
    context = _context(span)
    for token in span:
        if token.lower_ not in HELPER_VERBS or _infinitive_evidence(token) is None:
            continue
        phrase_end = token.i
        if token.lower_ == "stellen":
            if [t.lower_ for t in token.doc[max(token.i - 2, span.start) : token.i]] != ["in", "staat"]:
                continue
            phrase_end = token.i - 2
        if _infinitive_evidence(token) == "weak" and _is_finite_clause(context, token):
            return []
        predicate = _predicate(span, token.i + 1)
        phrase = noun_phrase(context, phrase_end)
        if predicate is None or phrase is None or phrase.start < span.start:
            return []
        modifiers, adjective, end = predicate
        words = "".join(m.lower_ + " " for m in modifiers)  # "financieel zelfstandige ouderen"
        text = outcome_phrase(span, phrase, adjective.lower_, modifiers=words)
        if text is None or not _context_is_safe(context, [(phrase.start, end)]):
            return []
        return [_splice(span, [(phrase.start, end, text)])]
    return []
