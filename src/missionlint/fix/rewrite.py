"""Named rewrite helpers that rules refer to by name (rule YAML never carries code).

A helper takes the matched spaCy `Span` and returns `Rewrite`s: token ranges of the span's
doc (any range: the span itself, or the whole sentence around it) with their replacement
and applicability, or an empty list when it cannot rewrite safely. The rule type maps the
ranges to file offsets (`checks.base.span_finding`). A wrong suggestion costs more trust
than a missing one, so every helper checks the shape it expects and gives up on anything
else (finite clauses, modal verbs, te-infinitives, quantifiers, unknown gender).

The parser is small, so helpers read shapes mostly from positions, tags and the Dutch
lexicon (phrases.py, morphology.py) and do not rely on dependency labels.

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

from missionlint.fix import outcome, phrases
from missionlint.fix.model import Applicability
from missionlint.fix.phrases import COPULAS, HELPER_VERBS, noun_phrase, outcome_phrase
from missionlint.nlp import morphology


@dataclass(frozen=True)
class Rewrite:
    """Replace the tokens [start, end) of the helper's doc by `text`."""

    start: int
    end: int
    text: str
    applicability: Applicability = Applicability.SAFE


RewriteHelper = Callable[["Span"], list[Rewrite]]
REWRITE_HELPERS: dict[str, RewriteHelper] = {}


def rewrite_helper(name: str) -> Callable[[RewriteHelper], RewriteHelper]:
    """Register a helper under `name`, the value of `rewrite: {helper: ...}` in a rule."""

    def register(helper: RewriteHelper) -> RewriteHelper:
        REWRITE_HELPERS[name] = helper
        return helper

    return register


@rewrite_helper("role-to-outcome")
def role_to_outcome(span: Span) -> list[Rewrite]:
    """Object + result verb -> the state it aims at: "de stad schoonmaken" -> "een schonere stad".

    A role ("what we do") makes outsiders say "good luck with that"; the outcome it serves is
    something they can want too. The result verb carries the adjective (schoonmaken -> schoon,
    verbeteren -> beter), raised to a comparative that agrees with the object noun. Result
    infinitives coordinated in one sentence are rewritten together ("X verbeteren en Y
    versterken"); if one of them cannot be, none is.
    """
    context = phrases.context(span)
    found = phrases.role_regions(context)
    targets = [(rv, phrase) for rv, phrase in found if span.start <= rv.verb.i < span.end]
    if not targets:
        return []
    if any(phrases.is_finite_clause(context, rv.verb) for rv, _ in found):  # a subject outweighs the tag
        return []  # "wij verbeteren de zorg"
    objects = {rv.verb.i: phrase for rv, phrase in found if phrase is not None}
    if len(objects) < len(found):
        return []
    replacements = []
    for rv, _ in targets:
        phrase = objects[rv.verb.i]
        if phrase.start < span.start:
            return []  # the span cuts the noun phrase in two
        if phrase.start > context.start and context.doc[phrase.start - 1].pos_ == "NOUN":
            return []  # "zorg de stad schoonmaken": a noun before the object, the parse is unsure
        if phrase.head.lower_ in phrases.INWARD:
            return []  # "onze dienstverlening verbeteren" stays about the organisation
        text = outcome_phrase(span, phrase, rv.adjective, rv.quantity)
        if text is None:
            return []
        replacements.append((phrase.start, rv.verb.i + 1, text))
    if not phrases.context_is_safe(context, [(objects[rv.verb.i].start, rv.verb.i + 1) for rv, _ in found]):
        return []
    return [Rewrite(span.start, span.end, phrases.splice(span, replacements))]


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
    if not (morphology.is_adjective(adjective.lower_) or phrases.is_comparative(adjective)):
        return None
    if any(m.pos_ not in ("ADV", "ADJ") and not morphology.is_adjective(m.lower_) for m in modifiers):
        return None
    return modifiers, adjective, index + 2


@rewrite_helper("help-to-outcome")
def help_to_outcome(span: Span) -> list[Rewrite]:
    """Helper verb + people + predicate -> the people as they will be:
    "mensen helpen om zelfredzaam te worden" -> "zelfredzame mensen".

    "Helping" puts the organisation in the centre; the outcome names the beneficiaries and
    the state they reach. Only "X helpen/ondersteunen/in staat stellen (om) ADJ te
    zijn/worden/blijven" is rewritten; other shapes ("helpen met ...") give [].
    """
    context = phrases.context(span)
    for token in span:
        if token.lower_ not in HELPER_VERBS or phrases.infinitive_evidence(token) is None:
            continue
        phrase_end = token.i
        if token.lower_ == "stellen":
            if [t.lower_ for t in token.doc[max(token.i - 2, span.start) : token.i]] != ["in", "staat"]:
                continue
            phrase_end = token.i - 2
        if phrases.infinitive_evidence(token) == "weak" and phrases.is_finite_clause(context, token):
            return []
        predicate = _predicate(span, token.i + 1)
        phrase = noun_phrase(context, phrase_end)
        if predicate is None or phrase is None or phrase.start < span.start:
            return []
        modifiers, adjective, end = predicate
        words = "".join(m.lower_ + " " for m in modifiers)  # "financieel zelfstandige ouderen"
        text = outcome_phrase(span, phrase, adjective.lower_, modifiers=words)
        if text is None or not phrases.context_is_safe(context, [(phrase.start, end)]):
            return []
        return [Rewrite(span.start, span.end, phrases.splice(span, [(phrase.start, end, text)]))]
    return []


@rewrite_helper("role-sentence-to-outcome")
def role_sentence_to_outcome(span: Span) -> list[Rewrite]:
    """The role sentence or main clause around `span` as an outcome sentence of its own
    words ("Wij zetten ons in voor betaalbaar wonen" -> "Betaalbaar wonen"), replacing the
    clause without its final punctuation; else the rewrites of the object + result verb or
    helper verb inside it; else, for an offer to no one named, a draft in its words with
    placeholders (display). See the `outcome` package for the forms and their applicability."""
    concrete = _concrete_outcome(span)
    if concrete:
        return concrete
    start, end = outcome.clause_bounds(span)
    draft = outcome.offer_draft(span.doc, start, end)
    return [Rewrite(start, end, draft, Applicability.DISPLAY)] if draft else []


@rewrite_helper("value-to-outcome")
def value_to_outcome(span: Span) -> list[Rewrite]:
    """The concrete rewrites of role-sentence-to-outcome, without its draft: a value
    explained as the organisation's conduct becomes what people get or do ("Spel: wij geven
    kinderen de ruimte om te ontdekken" -> "Spel: kinderen krijgen de ruimte om te
    ontdekken"; the label stays). Where there is none, the values rule's own template says
    what such a sentence needs better than an offer's draft with "zodat"."""
    return _concrete_outcome(span)


def _concrete_outcome(span: Span) -> list[Rewrite]:
    """The clause around `span` rewritten as an outcome, else the rewrites of the object +
    result verb or helper verb inside it: what both sentence helpers offer."""
    start, end = outcome.clause_bounds(span)
    found = outcome.rewrite_clause(span.doc, start, end)
    if found is not None:
        return [Rewrite(start, end, found.text, found.applicability)]
    return role_to_outcome(span) or help_to_outcome(span)
