"""States of things: an object with its result verb ("de stad schoonmaken" -> "Een
schonere stad"), a nominalisation, the aim after an effort frame, and the time or
means phrases on the way that an outcome leaves out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.model import Applicability
from missionlint.fix.outcome.lexicon import (
    DIRECTION_VERBS,
    GOVERNED,
    GOVERNMENT,
    NEGATORS,
    PARTICIPLE_STATES,
    PREPOSITIONS,
    QUALITY_COMPARATIVES,
    QUALITY_NOUNS,
    REALISE_VERBS,
    SAFE,
    STATE_QUANTITIES,
    STATE_VERBS,
    TIME_NOUNS,
    TIME_PREPOSITIONS,
    UNSAFE,
    is_adjective,
    is_infinitive,
    lemma_of,
    lower_at,
)
from missionlint.fix.outcome.noun_phrases import a_category, people_phrase, read_np, still_offered
from missionlint.fix.outcome.writing import comparative_phrase, finite_form, fits_to_end, joined, phrase_text, text_of
from missionlint.nlp import morphology
from missionlint.rulebook.vocabulary import is_compound_of, words

if TYPE_CHECKING:
    from spacy.tokens import Doc


def skip_time(doc: Doc, j: int, end: int) -> tuple[int, bool]:
    """Past a time phrase at the start of the middle field ("wil de komende jaren ...",
    "willen in 2030 ...", "wil over vijf jaar ...", "verbeteren elk jaar ..."): an outcome
    names no horizon or rhythm, so dropping it makes the rewrite unsafe; and it is no
    object ("Een beter elk jaar")."""
    k = j + 1 if lower_at(doc, j) in TIME_PREPOSITIONS else j
    if k > j and k < end and doc[k].text.isdigit() and len(doc[k].text) == 4:
        return k + 1, True  # "in 2030"
    m = k + 1 if lower_at(doc, k) in ("de", "deze", "elk", "elke", "ieder", "iedere") else k
    m = m + 1 if lower_at(doc, m) in ("komende", "volgende") else m
    m = m + 1 if m < end and doc[m].like_num else m
    if m > k and m < end and (doc[m].lower_ in TIME_NOUNS or doc[m].lower_ in words("periods")):
        return m + 1, True
    return j, False


def skip_means(doc: Doc, j: int, end: int) -> tuple[int, bool]:
    """Past "samen met ..." or "via ..." at the start of the middle field: the partners and
    means are not the outcome (dropping them makes the rewrite unsafe)."""
    if lower_at(doc, j) == "samen" and lower_at(doc, j + 1) == "met":
        partners = read_np(doc, j + 2, end)
        if partners is not None:
            return partners.end, True
    if lower_at(doc, j) == "via":
        means = read_np(doc, j + 1, end)
        if means is not None:
            return means.end, True
    return j, False


def organising(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether a phrase names the organising of what follows ("de organisatie van een
    kwaliteitsvolle thuiszorg"): the aim is what follows "van"."""
    return phrase.head.lower_ in ("organisatie", "realisatie") and lower_at(doc, phrase.head.i + 1) == "van"


def state_object(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """The aim after an effort frame, if it names a state: "betaalbaar wonen in de Kempen",
    "een inclusieve samenleving waarin ...", "het verhogen van ..." (nominalised)."""
    frame = lower_at(doc, start - 1) if start > 0 else ""
    if frame in ("aan", "voor", "op", "naar") and any(
        doc[k].lower_ == frame and lower_at(doc, k - 1) in ("en", "of", "ook", ",") for k in range(start + 1, end)
    ):
        return None  # "werken aan X, maar ook aan Y": the outcome would keep the frame's "aan"
    nominal = nominalised(doc, start, end)
    if nominal is not None:
        return nominal
    phrase = read_np(doc, start, end, final=True, verbs=True)
    if not fits_to_end(doc, phrase, end):
        return None
    assert phrase is not None
    if organising(doc, phrase):
        return state_object(doc, phrase.head.i + 2, end)  # "de organisatie van een kwaliteitsvolle thuiszorg"
    if people_phrase(phrase) and a_category(doc, phrase):
        return None  # "zorgen voor chronisch zieken": for whom, not a state ("tevreden huurders" is one)
    if phrase.head.lower_ in phrases.INWARD:
        return None
    if is_compound_of(phrase.head.lower_, words("problems", "trends")) and not any(
        t.lower_ in NEGATORS for t in doc[phrase.start : phrase.end]
    ):
        return None  # "bijdragen aan de maatschappelijke vraagstukken": the problem is not the state
    activities = any(t.lower_ == "het" and is_infinitive(doc[t.i + 1]) for t in doc[phrase.start : phrase.end - 1])
    if activities:
        return None  # "inzetten op zorgteams en het versterken van ...": a list of means
    tail = text_of(doc, phrase.end, end)
    if phrase.quality:
        if phrase.head.lower_ in GOVERNMENT or (phrase.coordinated and still_offered(doc, phrase)):
            return None  # "staan voor een betrouwbare overheid", "voor vakmanschap, korte lijnen en service"
        if _whom(doc, phrase):
            return None  # "staan voor alle katholieke scholen die ...": whom it stands for, no state
        return joined(phrase_text(doc, phrase), tail), SAFE
    head = phrase.head.lower_
    if phrase.coordinated:
        return None  # "staan voor kwaliteit, veiligheid en respect": values
    if head in QUALITY_NOUNS:
        made = comparative_phrase(doc, phrase, "beter", False)
    elif head.endswith("heid") and morphology.is_adjective(head[:-4]):
        # a quality made from an adjective grows: "streven naar verdraagzaamheid" -> "meer
        # verdraagzaamheid", "de zelfredzaamheid van ouderen" -> "een grotere zelfredzaamheid van ..."
        grown = ("groter", False) if lower_at(doc, phrase.head.i + 1) == "van" else ("meer", True)
        made = comparative_phrase(doc, phrase, *grown)
    else:
        return None
    return (joined(made, tail), UNSAFE) if made else None


def _whom(doc: Doc, phrase: phrases.NounPhrase) -> bool:
    """Whether the phrase names people or organisations with adjectives of kind only
    ("alle katholieke scholen", "de Vlaamse hogescholen"): after "staan voor" or "zorgen
    voor" it says whom the organisation represents or serves, where "tevreden huurders"
    and "sterke scholen" name a state they are in."""
    if not (people_phrase(phrase) or is_compound_of(phrase.head.lower_, words("organisations"))):
        return False
    before = doc[phrase.start : phrase.head.i]
    if any(t.lower_ in STATE_QUANTITIES for t in before) or phrases.judged(doc, phrase):
        return False
    return not any(t.lower_ == "zonder" for t in doc[phrase.head.i : phrase.end])


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


def state_of(
    doc: Doc,
    phrase: phrases.NounPhrase,
    lemmas: list[str],
    states: list[str],
    tail: str,
    dropped: bool = False,
    manner: str = "",
) -> tuple[str, Applicability] | None:
    """The object's state after its verbs: "een schonere stad", "veilig drinkwater", "het
    erfgoed blijft behouden". `lemmas` are the verbs' infinitives ("behouden" adds no state
    beside another verb), `states` the adjectives before maken/houden ("veilig houden"),
    `manner` adverbs that go before a participle ("zijn actief betrokken")."""
    if phrase.head.lower_ in phrases.INWARD:
        return None
    if (lemmas and not states and all(lemma in REALISE_VERBS for lemma in lemmas)) or (
        not lemmas and states == ["mogelijk"]
    ):
        if not phrase.quality or still_offered(doc, phrase):
            return None  # "de veiligheid waarborgen" names no state; "goede zorg" still reads as the offer
        if people_phrase(phrase):
            return None  # "meer jongeren bereiken": people reached are an audience, not a state
        return joined(phrase_text(doc, phrase), tail), UNSAFE if dropped else SAFE
    if len(lemmas) == 1 and lemmas[0] in PARTICIPLE_STATES and not states:
        copula, participle = PARTICIPLE_STATES[lemmas[0]]
        finite = finite_form(copula, phrase.number)
        return (
            (joined(text_of(doc, phrase.start, phrase.end), finite, manner, participle, tail), UNSAFE)
            if finite
            else None
        )
    if manner:
        return None  # only a participle takes the adverbs
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
    if quantity and people_phrase(phrase):
        return None  # "onze leerlingen stimuleren" is encouraging them, not "Meer leerlingen"
    if not quantity and is_compound_of(phrase.head.lower_, QUALITY_NOUNS) and set(adjectives) - QUALITY_COMPARATIVES:
        # "de kwaliteit van de zorg versterken": a quality gets better, not stronger
        adjectives, applicability = ["beter"], UNSAFE
    implied = any(lemma in DIRECTION_VERBS and not DIRECTION_VERBS[lemma][1] for lemma in lemmas)
    if implied and phrases.judged(doc, phrase):
        return None  # "een veilige speelomgeving bevorderen": "een betere veilige ..." stacks two judgements
    made = comparative_phrase(doc, phrase, " en ".join(adjectives), quantity)
    return (joined(made, tail), applicability) if made else None


def nominalised(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """One nominalisation or several ("het verbeteren van de luchtkwaliteit en het tegengaan van
    geluidsoverlast" -> "een betere luchtkwaliteit en minder geluidsoverlast"); none when one of them
    cannot be rewritten, since the outcome would then drop part of the aim."""
    if lower_at(doc, start) != "het":
        return None
    cuts = [
        k
        for k in range(start + 2, end - 2)
        if doc[k].lower_ in ("en", ",") and lower_at(doc, k + 1) == "het" and phrases.infinitive_evidence(doc[k + 2])
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
    if lower_at(doc, start) != "het":
        return None
    j, verbs, adjective = start + 1, [], None
    while j < end and lower_at(doc, j) != "van":
        token = doc[j]
        if is_infinitive(token) or token.tag_.startswith("WW") or morphology.is_verb(token.lower_):
            verbs.append(token)
        elif token.lower_ in ("en", ","):
            pass
        elif is_adjective(token) and lower_at(doc, j + 1) in STATE_VERBS:
            adjective = token
        else:
            return None
        j += 1
    if not verbs or j >= end:
        return None
    phrase = read_np(doc, j + 1, end, final=True)
    if not fits_to_end(doc, phrase, end) or phrase is None or phrase.head.lower_ in phrases.INWARD:
        return None
    tail = text_of(doc, phrase.end, end)
    span = doc[phrase.start : phrase.end]
    if adjective is not None and len(verbs) == 1:
        if phrase.number == "Sing" and not phrases.is_mass_noun(phrase.head.lower_):
            return None
        made = phrases.outcome_phrase(span, phrase, adjective.lower_)
        return (joined(made, tail), SAFE) if made else None
    lemmas = [lemma_of(v) for v in verbs]
    if len(verbs) == 1 and lemmas[0] == "beschermen":
        protected = phrases.outcome_phrase(span, phrase, "beschermd")
        return (joined(protected, tail), UNSAFE) if protected and (phrase.number == "Plur" or phrase.gender) else None
    return state_of(doc, phrase, lemmas, [], tail)


def object_verb(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "de stad schoonmaken", "het drinkwater veilig houden", "het sportpark verduurzamen en
    toegankelijker maken voor ...", "de sociale cohesie te versterken": the object's state."""
    phrase = read_np(doc, start, end)
    if phrase is None:
        return None
    j, verbs, states = phrase.end, [], []
    manner_end = _manner(doc, j, end)  # "ouders zoveel mogelijk betrekken"
    manner = text_of(doc, j, manner_end) if manner_end is not None else ""
    j = manner_end if manner_end is not None else j
    while j < end:
        token = doc[j]
        if token.lower_ in ("en", ",", "te"):
            j += 1
        elif is_adjective(token) and lower_at(doc, j + 1) in STATE_VERBS:
            states.append(token.lower_)
            verbs.append(doc[j + 1])
            j += 2
        elif is_adjective(token) and lower_at(doc, j + 1) == "te" and lower_at(doc, j + 2) in STATE_VERBS:
            states.append(token.lower_)  # "(om) de wijk schoon te houden"
            verbs.append(doc[j + 2])
            j += 3
        elif is_infinitive(token) or (token.tag_.startswith("WW") and token.lower_.endswith("en")):
            verbs.append(token)
            j += 1
        else:
            break
    if not verbs or doc[j - 1].lower_ in ("en", ",", "te"):
        return None
    tail = text_of(doc, j, end)
    lemmas = [lemma_of(v) for v in verbs if v.lower_ not in STATE_VERBS]
    governed = GOVERNED.get(lemmas[0], frozenset()) if len(lemmas) == 1 else frozenset()
    if tail and lower_at(doc, j) not in PREPOSITIONS | governed and doc[j].text != ",":
        return None  # (a governed "als": "ouders betrekken als partners")
    return state_of(doc, phrase, lemmas, states, tail, manner=manner)


def _manner(doc: Doc, start: int, end: int) -> int | None:
    """The end of adverbs between an object and its infinitive ("zoveel mogelijk",
    "actief"), or None when none stand there."""
    k = start
    while k < end and (doc[k].pos_ == "ADV" or (doc[k].lower_ == "mogelijk" and lower_at(doc, k - 1) in MOST)):
        k += 1
    return k if start < k < end and is_infinitive(doc[k]) else None


MOST = frozenset({"zoveel", "zo", "veel"})  # "zoveel mogelijk", "zo veel mogelijk"
