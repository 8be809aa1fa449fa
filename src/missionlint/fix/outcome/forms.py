"""The role forms: purpose formulas, fragments, an aim in front, and the clauses with the
organisation as subject (effort, offers, help, self-image, "maken"), with the
subordinate clauses they lift into outcomes. They call each other (a purpose formula
holds an effort frame, an effort frame a nominalisation), so they stay together."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from missionlint.fix import phrases
from missionlint.fix.model import Applicability
from missionlint.fix.outcome.lexicon import (
    AIM_CLAUSES,
    APPOSITION_MARKS,
    ASIDES,
    COORDINATED_HELP,
    CREATE_VERBS,
    DEMONSTRATIVES,
    DETERMINERS,
    DIRECTION_VERBS,
    FRAME_FILLERS,
    FRAME_NEEDS,
    FRAMES,
    GIVEN_MODIFIERS,
    GOVERNED,
    GUARANTEE_VERBS,
    HEDGES,
    HELP_VERBS,
    MEANS_FRAMES,
    MEANS_PREPOSITIONS,
    MEETINGS,
    MODALS,
    OFFER_VERBS,
    ORGANISATION_PRONOUNS,
    OWN_CLAUSE,
    OWN_DETERMINERS,
    PARTICIPLE_STATES,
    PLACE_RELATIVES,
    POSSESSIVES,
    PREPOSITIONS,
    QUOTES,
    REALISE_VERBS,
    RECEIVED_CARE,
    RELATIVES,
    RIGHT_VERBS,
    SAFE,
    SCOPE_PREPOSITIONS,
    STATE_VERBS,
    SUBORDINATE_TAIL,
    SUPPORT_NOUNS,
    TARGETS,
    TRAIN_VERBS,
    UNSAFE,
    VERB_MODIFIERS,
    WAAR_PREPOSITIONS,
    adjective_like,
    after_adverbs,
    is_adjective,
    is_finite,
    is_infinitive,
    is_modifier,
    is_name,
    lemma_of,
    lower_at,
    points_at_action,
    received_verb,
)
from missionlint.fix.outcome.noun_phrases import (
    adverbial_end,
    free_relative,
    is_organisation,
    means_at,
    names_offer,
    organisation_place,
    own_phrase,
    people_pair,
    people_phrase,
    read_np,
    she_the_organisation,
    simple_phrase,
    still_offered,
)
from missionlint.fix.outcome.states import (
    nominalised,
    object_verb,
    organising,
    skip_means,
    skip_time,
    state_object,
    state_of,
)
from missionlint.fix.outcome.writing import (
    clause_of,
    comparative_phrase,
    finite_form,
    fits_to_end,
    joined,
    text_of,
    unsafe_clause,
)
from missionlint.nlp import morphology
from missionlint.rulebook.vocabulary import is_compound_of, words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def _te_clause(doc: Doc, start: int, end: int) -> tuple[list[Token], int, int, int] | None:
    """ "[middle] [particle] te V (en te V)* [post]" from `start`: the verbs, the index of
    the first "te", the end of the verbs, and the particle's index (or -1). None when a
    second "te" follows in the post ("hun woning te isoleren en energie te besparen"): a
    clause with its own object, which no one outcome holds (in a relative clause it may)."""
    te = next((k for k in range(start, end) if doc[k].lower_ == "te"), None)
    if te is None or te + 1 >= end:
        return None
    verbs, j = [], te
    while j < end and doc[j].lower_ == "te" and j + 1 < end and is_infinitive(doc[j + 1]):
        verbs.append(doc[j + 1])
        j += 2
        if lower_at(doc, j) == "en" and lower_at(doc, j + 1) == "te":
            j += 1
    # a "te" in a relative clause after the verbs is that clause's ("... waar ze de kans krijgen om te ontdekken")
    if not verbs or any(t.lower_ == "te" for t in doc[j : _relative_from(doc, j, end)]):
        return None
    particle = te - 1 if te - 1 >= start and doc[te - 1].lower_ in morphology.PARTICLES else -1
    if particle >= 0 and morphology.separable(doc[te - 1].lower_ + verbs[0].lower_) is None:
        particle = -1
    return verbs, te, j, particle


def _relative_from(doc: Doc, start: int, end: int) -> int:
    """Where the first relative clause in doc[start:end] begins ("... waarin ze ..."), or end."""
    return next((k for k in range(start, end) if doc[k].lower_ in RELATIVES), end)


def _subject_does(
    doc: Doc, subject: phrases.NounPhrase, start: int, end: int, allow_offer: bool = True
) -> tuple[str, Applicability] | None:
    """ "X om ... te V [post]" -> "X V-t ... [post]": the people do what the organisation
    helps, lets or makes them do."""
    clause = _te_clause(doc, start, end)
    if clause is None:
        return None
    verbs, te, verbs_end, particle = clause
    if _second_verb_phrase(doc, verbs_end, end):
        return None  # "om zich te ontwikkelen, hun talenten ontdekken en ...": the later verbs would dangle
    joined_particle = ""
    middle_start = start + 1 if lower_at(doc, start) == "om" else start
    if lower_at(doc, middle_start) in ("en", "of", ","):
        return None  # the people's phrase was cut off in the middle of a coordination
    if any(
        is_finite(t) and not morphology.is_noun(t.lower_) or t.lower_ in RELATIVES | SUBORDINATE_TAIL
        for t in doc[middle_start:te]
    ) or any(t.lower_ == "om" for t in doc[middle_start : te - 1]):  # (right before "te", "om" is a particle)
        # the "te" belongs to another clause ("..., waarin iedereen ... om ... waar te maken"), or
        # the people's phrase was cut before its "om" ("ondernemers | in het mkb om grip te houden")
        return None
    lemmas = [lemma_of(v) for v in verbs]
    if lemmas[0] == "laten" and lower_at(doc, start) == "om":
        # "helpen boeren om minder mest te laten afspoelen": the people let, what they let does
        return None
    if lemmas[0] == "laten" and len(verbs) == 1:
        # "(om) de kinderen respectvol met elkaar om te laten gaan": the people do the second verb
        if verbs_end >= end or not is_infinitive(doc[verbs_end]):
            return None
        verbs, verbs_end = [doc[verbs_end]], verbs_end + 1
        lemmas = [lemma_of(verbs[0])]
        split = morphology.separable(lemmas[0])  # "te laten kennismaken" -> "maken ... kennis"
        if split is not None:
            joined_particle, lemmas = split[0], [split[1]]
    middle_end = particle if particle >= 0 else te
    # "langer thuis te blijven wonen": "blijven" with a verb is how long, not a copula
    lasting = lemmas == ["blijven"] and verbs_end < end and is_infinitive(doc[verbs_end])
    # "bewuste keuzes te maken": "maken" with an object, not with the object's new state
    made = lemmas[0] in STATE_VERBS and middle_end > middle_start and not adjective_like(doc[middle_end - 1])
    if not (lasting or made) and (lemmas[0] in ("zijn", "worden", "blijven", "helpen") or lemmas[0] in STATE_VERBS):
        return None  # "Nederland veiliger te maken" is the object's state (object_verb)
    if allow_offer and lemmas[0] in OFFER_VERBS and len(verbs) == 1:
        given = read_np(doc, middle_start, middle_end)
        if given is None or given.end != middle_end or given.head.lower_ in phrases.INWARD:
            return None
        verb = received_verb(lemmas[0], given.head.lower_)
        return unsafe_clause(doc, subject, verb, text_of(doc, given.start, given.end), text_of(doc, verbs_end, end))
    finites = []
    particle_word = doc[particle].lower_ if particle >= 0 else joined_particle
    for lemma in lemmas:
        finite = finite_form(lemma, subject.number)
        if finite is None:
            return None
        finites.append(finite)
    verb_text = " en ".join(finites)
    middle = text_of(doc, middle_start, middle_end)
    post = text_of(doc, verbs_end, end)
    before = doc[te - 1].lower_
    # "mee te blijven doen": the particle is the second verb's ("blijven meedoen"); "thuis" and
    # "samen" stay apart ("thuis wonen", "samen werken")
    if (
        lasting
        and middle_start < te
        and before in morphology.PARTICLES - {"samen", "thuis", "kennis"}
        and morphology.separable(before + doc[verbs_end].lower_)
    ):
        middle, particle_word, post = text_of(doc, middle_start, te - 1), "", before + post
    text = clause_of(doc, subject, verb_text, middle, particle_word, post)
    return (text, UNSAFE) if text else None


def _stranded(doc: Doc, start: int, end: int) -> bool:
    """Whether a "waar" clause has a preposition left behind ("waar ... naartoe gaan",
    "waar ... op kunnen rekenen"), not a verb's particle ("waar iedereen mee kan doen")."""
    if lower_at(doc, start - 1) != "waar":
        return False
    words = {t.lower_ for t in doc[start:end]}
    if any(lemma_of(t) in ("komen", "gaan") for t in doc[start:end] if phrases.is_verb(t)) and not words & (
        PREPOSITIONS | {"samen", "terecht"}
    ):
        return True  # "waar inwoners graag komen": "waar" was where they come to
    for k in range(start, end):
        word = doc[k].lower_
        if word in ("naartoe", "heen", "vandaan"):
            if word == "heen" and any(t.lower_ == "om" for t in doc[max(start, k - 4) : k]):
                continue  # "de mensen om zich heen": a phrase of its own, nothing left behind
            return True
        # tagged as one, or right before the verbs ("waar ouders als eerste aan denken")
        if word in WAAR_PREPOSITIONS and (
            doc[k].tag_.startswith("VZ|fin") or k + 1 < end and phrases.is_verb(doc[k + 1])
        ):
            verbs = [t for t in doc[k + 1 : end] if phrases.is_verb(t)]
            if not any(morphology.separable(word + lemma_of(v)) for v in verbs):
                return True
    return False


def _opens_clause(doc: Doc, k: int) -> bool:
    """Whether doc[k] begins a clause of its own: a relative, "zodat", "omdat", or "als"
    before its subject ("als het thuis moeilijk gaat"; not "als eerste")."""
    word = doc[k].lower_
    if word == "als":
        return lower_at(doc, k + 1) in phrases.SUBJECT_PRONOUNS | DETERMINERS
    return word in RELATIVES | SUBORDINATE_TAIL | (phrases.SUBORDINATORS - PREPOSITIONS)


def _with_aside(doc: Doc, subject: phrases.NounPhrase, end: int) -> phrases.NounPhrase:
    """The subject with a short aside between commas after it, the closing comma included
    ("elk kind, met of zonder zorgnood,"): the aside stays with it in the main clause. As it
    was when what follows the comma is no such aside (a verb, a relative, no closing comma)."""
    close = next((k for k in range(subject.end + 1, min(end, subject.end + 8)) if doc[k].text == ","), None)
    inside = doc[subject.end + 1 : close] if close is not None else []
    if close is None or close + 1 >= end or any(phrases.is_verb(t) or t.lower_ in RELATIVES for t in inside):
        return subject
    return replace(subject, end=close + 1, aside=True)


# Verbs that take no object: a noun phrase before them after "en" is a new subject.
SUBJECT_ONLY_VERBS = phrases.COPULAS | {"dalen", "stijgen", "groeien", "toenemen", "afnemen", "verdwijnen"}


def _lift(doc: Doc, start: int, end: int, people_only: bool = False) -> tuple[str, Applicability] | None:
    """A subordinate clause as a main clause: "dat iedere inwoner schoon drinkwater heeft"
    -> "Iedere inwoner heeft schoon drinkwater". The finite verb moves to second place in
    each coordinated verb phrase ("waar bewoners elkaar ontmoeten en samen activiteiten
    opzetten" -> "Bewoners ontmoeten elkaar en zetten samen activiteiten op"). With
    `people_only`, only a clause whose subject names people is lifted."""
    if lower_at(doc, start) in ORGANISATION_PRONOUNS:
        return None  # "zorgen ervoor dat we ...": still what the organisation does
    subject = read_np(doc, start, end, stop=VERB_MODIFIERS)
    if subject is not None and own_phrase(subject) and not people_phrase(subject):
        return None  # "dat onze school ...": the organisation's own
    if subject is None and lower_at(doc, start) in ("iedereen", "niemand"):
        subject = phrases.NounPhrase(start, start + 1, None, doc[start], "Com", "Sing")
    if subject is not None:  # "jeugdspelers in een veilige omgeving": the verb's setting, not which players
        setting = next((k for k in range(subject.head.i + 1, subject.end) if adverbial_end(doc, k, end)), None)
        subject = replace(subject, end=setting) if setting is not None else subject
    if subject is not None and subject.end < end and doc[subject.end].text == ",":
        subject = _with_aside(doc, subject, end)  # "waar elk kind, met of zonder zorgnood, welkom is"
    if subject is None or subject.end >= end or doc[subject.end].text == ",":
        return None
    if people_only and not (people_phrase(subject, first_only=True) or people_pair(doc, subject)):
        return None
    if (
        lower_at(doc, subject.end) in VERB_MODIFIERS | {"dichtbij", "dicht"}
        and adverbial_end(doc, subject.end, end) is None
    ):
        # "mensen met een beperking wonen" or "mensen met hun buren praten"? Not from word order;
        # a phrase of when or how ("in een veilige omgeving", "met plezier") belongs to the verb
        return None
    setting_first = adverbial_end(doc, subject.end, end) is not None
    if any(t.text in (":", ";") for t in doc[start:end]):
        return None  # what follows a colon is a sentence of its own
    if _stranded(doc, start, end):
        return None  # "waar kinderen graag naartoe gaan": the main clause needs an "er" we cannot place
    plural = subject.number == "Plur"

    def finite_at(k: int) -> bool:  # a plural's finite verb looks like an infinitive ("waar kinderen leren", "staan")
        token = doc[k]
        bare = (
            plural
            and phrases.is_verb(token)
            and token.lower_.endswith("n")
            and not token.tag_.startswith("WW|vd")  # "gezien worden": the participle is not the finite verb
            and lower_at(doc, k - 1) != "te"
        )
        return is_finite(token) or bare

    # the second of two verbs may be tagged as the noun it also is ("samen leren en leven")
    second_verb = finite_at(end - 1) or (plural and morphology.is_verb(doc[end - 1].lower_))
    if subject.end < end - 3 and doc[end - 2].lower_ == "en" and finite_at(end - 3) and second_verb:
        # two verbs with one object: "waar ze elkaar kennen en respecteren" -> "kennen en respecteren elkaar"
        # (an adverb or a place is not shared: "veilig opgroeien en leren" is read below)
        middle = doc[subject.end : end - 3]
        shared = read_np(doc, subject.end, end - 3) if middle[0].lower_ != "elkaar" else None
        setting = adverbial_end(doc, subject.end, end - 3) == end - 3  # "in hun eigen tempo leren en groeien"
        setting = setting or (len(middle) == 1 and middle[0].pos_ == "ADV")  # "samen leren en leven"
        if (
            (len(middle) == 1 and middle[0].lower_ == "elkaar")
            or (shared is not None and shared.end == end - 3)
            or setting
        ):
            if any(morphology.separable(doc[k].lower_) for k in (end - 3, end - 1)):
                return None
            clause = clause_of(doc, subject, f"{doc[end - 3].text} en {doc[end - 1].text}", middle.text)
            return (clause, SAFE) if clause else None
    parts, j = [], subject.end
    while j < end:
        finite = next((k for k in range(j, end) if finite_at(k)), None)
        # a clause of its own before the verb ("..., ook als het thuis moeilijk gaat") is no second verb phrase
        if finite is None or any(_opens_clause(doc, k) for k in range(j, finite)):
            return None
        cluster_start, cluster_end = finite, finite + 1
        while cluster_start - 1 >= j and is_infinitive(doc[cluster_start - 1]):
            cluster_start -= 1
        while cluster_end < end and is_infinitive(doc[cluster_end]):
            cluster_end += 1
        following = next(
            (
                k
                for k in range(cluster_end, end)
                if doc[k].lower_ in ("en", ",") and any(finite_at(m) for m in range(k + 1, end))
            ),
            end,
        )
        after = doc[cluster_end] if cluster_end < following else None
        # after the verbs only what Dutch puts there: a prepositional phrase, a relative or
        # result clause, an "om ... te" clause ("uitgedaagd worden om het beste uit zichzelf te halen"),
        # an aside after a comma (", van de jongste tot de oudste")
        aside = (
            after is not None
            and after.text == ","
            and lower_at(doc, cluster_end + 1) in ASIDES | PREPOSITIONS
            and not any(phrases.is_verb(t) for t in doc[cluster_end + 1 : end])
        )
        if after is not None and after.lower_ not in PREPOSITIONS | RELATIVES | SUBORDINATE_TAIL | {"om"} and not aside:
            return None  # the verb is not last: a main clause already ("elk verhaal mag er verteld worden")
        if following < end and setting_first:
            return None  # "in een veilige sfeer samen spelen en leren": the setting is for both verbs
        if j > subject.end and _own_passive_subject(doc, j, cluster_end):
            return None  # "... en talenten ontwikkeld worden": "en worden talenten ..." would put the verb first
        if j > subject.end and lower_at(doc, j) in ("de", "het") and lemma_of(doc[finite]) in SUBJECT_ONLY_VERBS:
            return None  # "... daalt en de opbrengst in de regio blijft": a subject of its own, no object
        if following < end and cluster_end - cluster_start > 1 and lemma_of(doc[finite]) not in ("leren", "blijven"):
            # "waar kinderen na school kunnen spelen en huiswerk maken": whether "maken" shares
            # "kunnen" or not, "Kinderen kunnen na school spelen en huiswerk maken" says it, as
            # long as the modal is the finite verb and no other finite verb follows
            if lemma_of(doc[finite]) not in MODALS or any(is_finite(doc[k]) for k in range(cluster_end, end)):
                return None
            following = end
        verb, particle = doc[finite].text, ""
        form = doc[finite].lower_
        split = morphology.separable(form if form.endswith("en") else lemma_of(doc[finite]))
        if split is not None and form.startswith(split[0]) and len(form) > len(split[0]):
            particle, verb = split[0], verb[len(split[0]) :]  # "opzetten" -> "zetten ... op", "meedoet" -> "doet mee"
        elif cluster_end - cluster_start == 1 and morphology.may_split(lemma_of(doc[finite])):
            return None  # "waar het plezier voorgaat": "gaat voor" or "voorgaat"?
        others = [t.text for t in doc[cluster_start:cluster_end] if t.i != finite]
        middle_end = cluster_start
        if others and middle_end > j and morphology.separable(doc[middle_end - 1].lower_ + others[-1].lower()):
            others[-1] = doc[middle_end - 1].text + others[-1]  # "mee kan doen" -> "kan meedoen"
            middle_end -= 1
        if any(doc[k].text == "," for k in range(j, middle_end)):
            return None  # "waar inwoners veilig fietsen, betaalbaar wonen": a verb the tagger took for a noun
        middle = text_of(doc, j, middle_end)
        if not middle and not others and lemma_of(doc[finite]) in phrases.COPULAS:
            return None  # "waar het aangenaam wonen is": the predicate was read into the subject
        parts.append(joined(verb, middle, " ".join(others), particle, text_of(doc, cluster_end, following)))
        if following < end:
            parts.append(doc[following].text)
        j = following + 1
    clause = clause_of(doc, subject, " ".join(parts).replace(" ,", ","))
    return (clause, SAFE) if clause else None


def _verb_before_clause(doc: Doc, start: int, end: int) -> bool:
    """Whether a verb (or "te") comes in doc[start:end] before any relative, result or
    "om" clause, which may hold verbs of their own ("..., zodat zij ... belanden")."""
    for token in doc[start:end]:
        if token.lower_ in OWN_CLAUSE - {"te"}:
            return False
        if token.lower_ == "te" or phrases.is_verb(token):
            return True
    return False


def _own_passive_subject(doc: Doc, start: int, end: int) -> bool:
    """Whether a later verb phrase doc[start:end] of a lifted clause is a passive with a
    noun of its own ("waar leerlingen gezien worden en talenten ontwikkeld (kunnen)
    worden"): that noun is its subject, which a main clause would put before the verb."""
    words = doc[start:end]
    passive = any(lemma_of(t) == "worden" for t in words) and any(t.tag_.startswith("WW|vd") for t in words)
    return passive and any(t.pos_ in ("NOUN", "PROPN") for t in words)


def _inner(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """What follows a purpose formula ("om", "is", "heeft als doel", ":")."""
    if start >= end:
        return None
    if doc[start].text == ":":  # "Het doel van de stichting is: ..."
        return _inner(doc, start + 1, end)
    if doc[start].text in QUOTES:  # "Onze opdracht is: 'Het verbeteren van ...'"
        return _inner(doc, start + 1, end - 1 if doc[end - 1].text in QUOTES else end)
    lowers = [t.lower_ for t in doc[start : min(end, start + 4)]]
    if lowers[:3] == ["ervoor", "te", "zorgen"] and lower_at(doc, start + 3) == "dat":
        return _lift(doc, start + 4, end)
    if lowers[:1] == ["om"]:
        return _inner(doc, start + 1, end)
    if lowers[:2] in (["dat", "we"], ["dat", "wij"]):  # "(Onze missie is) dat we ... zorg bieden aan ..."
        offer = _offer_at(doc, start + 2, end)  # the verb comes last; with "we" it looks like an infinitive
        return _offer(doc, lemma_of(doc[offer]), start + 2, end, skip=offer) if offer is not None else None
    if lowers[:1] == ["dat"]:  # "(is erop gericht) dat ouderen zelfstandig wonen"
        return _lift(doc, start + 1, end)
    if lowers[:1] == ["van"] and lower_at(doc, end - 2) == "te" and lower_at(doc, end - 1) == "maken":
        return _make(doc, start, end - 2)  # "(om) van de wijk een plek ... te maken"
    effort_start, dropped = start, False
    if lowers[:1] == ["met"]:  # "(om) met sport en spel bij te dragen aan ...": the means goes
        means = read_np(doc, start + 1, end)
        effort_start, dropped = (means.end, True) if means is not None else (start, False)
    framed = _effort(doc, "", effort_start, end)
    if framed is not None:
        return framed[0], UNSAFE if dropped else framed[1]
    nominal = nominalised(doc, start, end) or _nominal_help(doc, start, end)
    if nominal is not None:
        return nominal
    subject = read_np(doc, start, end)
    supported = (
        subject is not None and lower_at(doc, subject.end) == "te" and lower_at(doc, subject.end + 1) in SUPPORT_NOUNS
    )
    if (
        supported
        and subject is not None
        and (subject.end + 2 == end or lower_at(doc, subject.end + 2) in ("bij", "met"))
    ):
        if not people_phrase(subject):
            return None
        helper, after = lower_at(doc, subject.end + 1), subject.end + 2
        if lower_at(doc, after) == "bij" or after == end:  # "(om) jongeren te begeleiden (bij ...)"
            return _supported(doc, subject, SUPPORT_NOUNS[helper], after, end)
        given = read_np(doc, after + 1, end) if lower_at(doc, after) == "met" else None
        if given is None or given.end != end:
            return None
        return unsafe_clause(
            doc, subject, "krijgen", text_of(doc, after + 1, end)
        )  # "mensen ... te ondersteunen met voedsel en kleding"
    if lemma_of(doc[end - 1]) == "voorzien":
        return _provided(doc, start, end)
    if (
        subject is not None
        and lower_at(doc, subject.end) == "te"
        and lower_at(doc, subject.end + 1) in ("laten", "helpen")
    ):
        verb = doc[subject.end + 2] if subject.end + 2 < end else None
        if verb is None or not (is_infinitive(verb) or morphology.is_verb(verb.lower_)):
            return None
        te = subject.end
        result = next((k for k in range(subject.head.i + 1, te) if doc[k].lower_ == "tot"), None)
        if result is not None:
            # "de stadswal tot een ontmoetingsplek te laten uitgroeien": the "tot" phrase is
            # what the verb makes of it, not part of the subject; it follows the verb
            subject = read_np(doc, subject.start, result)
            if subject is None or subject.end != result:
                return None
            return _lifted_verb(doc, subject, verb, te + 3, end, text_of(doc, result, te))
        return _lifted_verb(doc, subject, verb, te + 3, end)
    if _training(doc, "", start, end):  # "(om) studenten op te leiden": they are not who leads
        return _trained(doc, start, end)
    if (
        subject is not None
        and lower_at(doc, subject.end) != "te"
        and people_phrase(subject)
        and _receive_or_let(doc, subject.end, end)
    ):
        done = _subject_does(doc, subject, subject.end, end)  # "jongeren een baan te bieden"
        if done is not None:
            return done
    return object_verb(doc, start, end)


def _receive_or_let(doc: Doc, start: int, end: int) -> bool:
    """Whether the people before "[...] te V" can become its subject: they receive what is
    offered ("jongeren een baan te bieden") or do what they are let or helped to do
    ("kinderen samen te laten spelen"). Otherwise they are its object: "(om) de inwoners zo
    goed mogelijk te dienen" does not make the inwoners serve."""
    clause = _te_clause(doc, start, end)
    return clause is not None and lemma_of(clause[0][0]) in OFFER_VERBS | {"laten", "helpen"}


def _lifted_verb(
    doc: Doc, subject: phrases.NounPhrase, verb: Token, after: int, end: int, result: str = ""
) -> tuple[str, Applicability] | None:
    """ "X (te) laten V [rest]" -> "X V-t [rest]"; a separable V splits ("kennismaken met" -> "maken kennis met").
    `result` is a "tot" phrase that stood before the verb ("tot een ontmoetingsplek laten
    uitgroeien"): it follows the verb and its particle ("groeit uit tot een ontmoetingsplek")."""
    lemma = lemma_of(verb)
    split = morphology.separable(lemma)
    base, particle = (split[1], split[0]) if split else (lemma, "")
    rest = text_of(doc, after, end)
    if result:
        return unsafe_clause(doc, subject, base, particle, result, rest)
    if particle and after < end and lower_at(doc, after) not in PREPOSITIONS:
        # an object comes before the particle ("vullen formulieren in"), a phrase with a
        # preposition may follow it ("maken kennis met cultuur")
        return unsafe_clause(doc, subject, base, rest, particle)
    return unsafe_clause(doc, subject, base, particle, rest)


def purpose_formula(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Het is onze missie om ...", "Onze opdracht is ...", "Ons doel: ...", "Het doel van X is ..."."""
    lowers = [t.lower_ for t in doc[start : min(end, start + 5)]]
    purpose = words("purpose") | {"visie"}  # "Onze visie is dat we ...": said as the aim
    if (
        lowers[:2] == ["het", "is"]
        and len(lowers) >= 5
        and lowers[2] in OWN_DETERMINERS
        and lowers[3] in purpose
        and lowers[4] == "om"
    ):
        return _inner(doc, start + 5, end)
    if (
        len(lowers) >= 3
        and lowers[0] in OWN_DETERMINERS | {"de", "het"}
        and lowers[1] in purpose
        and lowers[2] in (":", "is")
    ):
        return _inner(doc, start + 3, end)
    if len(lowers) >= 3 and lowers[0] in ("de", "het") and lowers[1] in purpose and lowers[2] == "van":
        copula = next((k for k in range(start + 3, end) if doc[k].lower_ == "is"), None)
        if copula is not None:
            return _inner(doc, copula + 1, end)
    return None


def fragment(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """A clause without subject: a nominalisation or an object with its result verb."""
    if any(doc[k].lower_ in ORGANISATION_PRONOUNS for k in range(start, end)):
        return None
    nominal = nominalised(doc, start, end) or _nominal_help(doc, start, end)
    if nominal is not None:
        return nominal
    subject = read_np(doc, start, end)
    if (
        subject is not None
        and lower_at(doc, subject.end) == "laten"
        and subject.end + 1 < end
        and is_infinitive(doc[subject.end + 1])
    ):
        return _lifted_verb(doc, subject, doc[subject.end + 1], subject.end + 2, end)
    # "begrijpelijke informatie verschaffen aan de patiënt" (a bullet under "We willen:")
    offer = _offer_at(doc, start + 1, end)
    # a relative clause after the verb has its own finite verb ("... te geven waarin ze ... krijgen")
    if (
        offer is not None
        and not any(is_finite(t) for t in doc[start : _relative_from(doc, offer + 1, end)])
        and not _object_after(doc, offer + 1, end)
    ):
        return _offer(doc, lemma_of(doc[offer]), start, end, skip=offer)
    return object_verb(doc, start, end) or _unsaid_we(doc, start, end)


def _unsaid_we(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """A goal in note form whose subject, the organisation, is left unsaid ("kinderen
    helpen om hun talenten te ontdekken", "ouders actief betrekken bij het schoolleven"):
    read as the main clause it shortens ("Wij helpen kinderen om ..."), with the
    organisation's forms. Only for one infinitive after its object, no finite verb."""
    import spacy.tokens  # only here; the module loads without spaCy

    verb = next((k for k in range(start + 1, end) if is_infinitive(doc[k]) and lower_at(doc, k - 1) != "te"), None)
    if verb is None or any(is_finite(t) for t in doc[start:end]) or read_np(doc, start, verb) is None:
        return None
    if lemma_of(doc[verb]) in OFFER_VERBS and _object_after(doc, verb + 1, end):
        return None
    if lower_at(doc, verb + 1) in ("en", "of") and verb + 2 < end and is_infinitive(doc[verb + 2]):
        return None  # "projecten stimuleren en opzetten": the clause would keep the second verb after its object
    order = [doc[verb], *doc[start:verb], *doc[verb + 1 : end]]
    words = ["wij", *(t.text for t in order)]
    clause = spacy.tokens.Doc(  # "wij" and its finite verb, tagged as the tagger tags them
        doc.vocab,
        words=words,
        spaces=[True] * (len(words) - 1) + [False],
        tags=["VNW|pers|pron|nomin|vol|1|mv", "WW|pv|tgw|mv", *(t.tag_ for t in order[1:])],
        pos=["PRON", "VERB", *(t.pos_ for t in order[1:])],
        morphs=["", "", *(str(t.morph) for t in order[1:])],
        lemmas=["wij", lemma_of(doc[verb]), *(t.lemma_ for t in order[1:])],
        sent_starts=[True] + [False] * (len(words) - 1),
    )
    return organisation_clause(clause, 0, len(words))


def aim_comma(doc: Doc, start: int, end: int) -> int | None:
    """The comma after a fronted "Om ... te V," followed by the main clause's finite verb."""
    if lower_at(doc, start) != "om":
        return None
    comma = next((k for k in range(start + 2, end - 2) if doc[k].text == ","), None)
    if comma is None or all(t.lower_ != "te" for t in doc[start + 1 : comma]) or not is_finite(doc[comma + 1]):
        return None
    return comma


def fronted_aim(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Om de zelfstandigheid van bewoners te vergroten, werken wij samen met buurtteams"
    -> "Een grotere zelfstandigheid van bewoners": the aim stands in front, the main clause
    after it says what the organisation does for it (unsafe: the aim becomes a fact, and
    the main clause goes unless `aim_means` keeps it)."""
    comma = aim_comma(doc, start, end)
    if comma is None:
        return None
    after = read_np(doc, comma + 2, end)
    if lower_at(doc, comma + 2) not in ORGANISATION_PRONOUNS and (
        after is None or not is_organisation(doc, comma + 2, after.end)
    ):
        return None  # "Om ..., krijgen bewoners ...": the main clause is not about the organisation
    found = _inner(doc, start + 1, comma)
    return (found[0], UNSAFE) if found else None


def aim_means(doc: Doc, start: int, end: int) -> str:
    """The main clause after a fronted aim as a sentence of its own that follows the aim's
    outcome: "Daarvoor werken wij samen met buurtteams". "Daarvoor" takes the aim's place
    before the finite verb, so the word order stays the writer's."""
    comma = aim_comma(doc, start, end)
    return joined("Daarvoor", text_of(doc, comma + 1, end)) if comma is not None else ""


def _subject_and_verb(doc: Doc, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """(finite verb, subject start, subject end, adjunct dropped) of a main clause whose
    subject is the organisation, or None."""
    finite = next((k for k in range(start, end) if is_finite(doc[k]) and lower_at(doc, k - 1) != "te"), None)
    if finite is None or finite == start:
        return None
    if lower_at(doc, finite + 1) in ORGANISATION_PRONOUNS or (
        finite + 1 < end and she_the_organisation(doc, finite + 1, finite)
    ):
        # "De komende jaren zetten wij ...", "Daarnaast organiseert zij ...": what stands first is no subject
        return finite, finite + 1, _past_apposition(doc, finite + 2, end), True
    if is_organisation(doc, start, finite):
        return finite, start, finite, False
    if doc[start].lower_ in ORGANISATION_PRONOUNS and _past_apposition(doc, start + 1, finite + 1) == finite:
        return finite, start, finite, False  # "Wij, de medewerkers van het ziekenhuis, bieden ..."
    after = read_np(doc, finite + 1, end)
    if after is None or doc[finite + 1].lower_ not in DETERMINERS or people_phrase(after):
        return None
    return (finite, finite + 1, after.end, True) if is_organisation(doc, finite + 1, after.end) else None


def _past_apposition(doc: Doc, k: int, end: int) -> int:
    """Past an apposition to "wij" between commas or dashes ("wij – artsen en medewerkers –"),
    or k when none starts there."""
    if k >= end or doc[k].text not in APPOSITION_MARKS:
        return k
    close = next((j for j in range(k + 1, end) if doc[j].text == doc[k].text), None)
    return close + 1 if close is not None and close > k + 1 else k


def clause_front(doc: Doc, start: int, end: int) -> tuple[int, int, int, bool] | None:
    """(finite verb, where what is said of the organisation begins, where it ends, whether
    a word was dropped on the way) of a main clause with the organisation as subject: a
    time phrase after the verb ("de komende jaren") and a coordinated "en doen dat ..."
    are left out."""
    found = _subject_and_verb(doc, start, end)
    if found is None:
        return None
    finite, subject_start, subject_end, dropped = found
    middle = subject_end if subject_start > finite else finite + 1
    middle, timed = skip_time(doc, middle, end)
    how = _how_tail(doc, middle, end)
    if how is not None:
        end, dropped = how, True
    return finite, middle, end, dropped or timed


def organisation_clause(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """The organisation as subject: effort frames, "maken", offers, help, result verbs, self-image."""
    front = clause_front(doc, start, end)
    if front is None:
        return None
    finite, middle, end, dropped = front
    if _fronted_means(doc, start, finite):
        return None
    verb, middle, support = _help_verbs(doc, lemma_of(doc[finite]), middle, end)
    if support:  # "Wij stimuleren en ondersteunen inwoners in hun ontwikkeling"
        helped = _help(doc, verb, middle, end, support)
        return (helped[0], UNSAFE) if helped else None
    cuts = []
    for k in range(middle + 1, end - 1):
        if doc[k].lower_ in RELATIVES | SUBORDINATE_TAIL:
            break
        coordinated = doc[k - 1].lower_ in (",", "en", "of") and lower_at(doc, k + 1) not in ("en", "of", ",")
        # "een warme en vertrouwde plek": a participle between adjectives and a noun, not a verb
        second_adjective = k - 2 >= middle and adjective_like(doc[k - 2]) and is_modifier(doc, k, end)
        # "gezinnen en alleenstaanden": a noun the tagger's features call a finite verb
        noun = doc[k].pos_ == "NOUN" or doc[k].tag_.startswith("N|")
        if is_finite(doc[k]) and coordinated and not noun and not second_adjective:
            cuts.append(k)
    if cuts:  # "we werken samen met ... en leveren een bijdrage aan ...": at most one of them is an aim
        return _one_aim(doc, verb, middle, end, cuts)
    result = _framed(doc, verb, middle, end)
    if result is None:
        return None
    text, applicability = result
    scope = _fronted_scope(doc, start, finite)
    if scope and not any(w in RELATIVES or w == "," for w in text.lower().replace(",", " , ").split()):
        text = joined(text, scope)  # (after a clause of its own it would read as part of that clause)
    return text, UNSAFE if dropped else applicability


def _fronted_means(doc: Doc, start: int, finite: int) -> bool:
    """Whether a means with a verb of its own stands before the verb ("Door op te trekken
    met scholen dragen wij bij aan ..."): an outcome in its place drops half of what the
    sentence says, which readers of published statements rejected, and keeping it would
    leave its "te" without the subject it had."""
    return lower_at(doc, start) in MEANS_PREPOSITIONS and any(t.lower_ == "te" for t in doc[start:finite])


def _fronted_scope(doc: Doc, start: int, finite: int) -> str:
    """The phrase before the verb that says where or when in which cases the clause holds,
    as it reads at the end of the outcome ("Betaalbaar wonen in Zuidhoven"); "" when there
    is none, or when it is a time ("in de komende jaren"), a manner or a link ("op die
    manier", "in dat kader") or the organisation ("bij ons", "in onze school")."""
    if lower_at(doc, start) not in SCOPE_PREPOSITIONS or finite - start < 2:
        return ""
    if skip_time(doc, start, finite)[1] or lower_at(doc, start + 1) in DEMONSTRATIVES:
        return ""
    phrase = read_np(doc, start + 1, finite)
    if phrase is None or phrase.end != finite or phrase.head.pos_ == "PRON":
        return ""
    organisation = any(is_compound_of(t.lower_, words("organisation-words")) for t in doc[start + 1 : finite])
    if own_phrase(phrase) or organisation:
        return ""  # "In onze school", "Bij Zorggroep Dorrevelde": the organisation, which the outcome leaves
    return text_of(doc, start, finite)


def place_image(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "De stad Rodenbeke wil een warme en zorgzame stad zijn" -> "Een warm en zorgzaam
    Rodenbeke": a city or municipality that wants to be a kind of place names the state of
    the place itself (a name is neuter: the adjectives take no -e)."""
    front = clause_front(doc, start, end)
    if front is None or lemma_of(doc[front[0]]) not in ("willen", "blijven"):
        return None
    finite, middle, end, _dropped = front
    place = organisation_place(doc, start, end)
    subject = {t.lower_ for t in doc[start:finite]}
    if place is None or not subject & (phrases.PLACE_CLASSIFIERS | {"bestuur"}) or lower_at(doc, middle) != "een":
        return None  # the city itself, not its library or OCMW
    if (
        lemma_of(doc[end - 1]) not in ("zijn", "worden", "blijven")
        or doc[end - 2].lower_ not in phrases.PLACE_CLASSIFIERS
    ):
        return None
    adjectives = []
    for token in doc[middle + 1 : end - 2]:
        if token.lower_ in ("en", ","):
            adjectives.append(token.text)
            continue
        base = morphology.adjective_lemma(token.text) if token.pos_ == "ADJ" else None
        if base is None:
            return None  # "een stad met ...", "een klimaatneutrale stad": only adjectives we can inflect
        adjectives.append(morphology.attributive(base, "Neut", "Sing", definite=False))
    if not adjectives or adjectives[0] in ("en", ","):
        return None
    return joined("een", " ".join(adjectives).replace(" ,", ","), place), UNSAFE


def place_future(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Klaverdonk wil in 2035 een gemeente zijn waar iedereen veilig woont" -> "Klaverdonk
    is in 2035 een gemeente waar iedereen veilig woont": a place that wants to be a kind of
    place by a year is the picture of that year. Only the wanting goes; the place, the
    horizon a vision needs and the relative clause stay."""
    finite = next((k for k in range(start, end) if is_finite(doc[k])), None)
    if finite is None or doc[finite].lower_ not in ("wil", "wilt"):
        return None
    horizon = next((k for k in range(start + 1, end) if _horizon_year(doc, k)), None)
    infinitive = next(
        (
            k
            for k in range(end - 1, finite + 2, -1)
            if doc[k].lower_ in ("zijn", "blijven") and doc[k - 1].lower_ in phrases.PLACE_CLASSIFIERS
        ),
        None,
    )
    if horizon is None or infinitive is None:
        return None
    after = infinitive + 1
    if after < end and doc[after].lower_ not in ("waar", "waarin", "die", "dat", ","):
        return None  # the clause goes on after "zijn": not only a picture of the place
    if finite > start and _year_phrase(doc, start, finite):  # "Tegen 2040 wil de provincie X een regio ..."
        first, last = finite + 1, _predicate_start(doc, finite + 1, infinitive)
        predicate = last
    else:
        first, last = start, finite
        predicate = finite + 3 if _year_phrase(doc, finite + 1, finite + 3) else finite + 1
    if predicate is None or lower_at(doc, predicate) != "een":
        return None  # "de meest duurzame gemeente van de provincie": a ranking, not a kind of place
    name = _place_name(doc, first, last) if last is not None else None
    if name is None or last is None:
        return None
    # the place by its name alone: "de gemeente Oudewater" is also its council, the name is the place
    place = doc[name:last].text
    verb = "blijft" if doc[infinitive].lower_ == "blijven" else "is"
    if first == start:
        parts = [place, verb, text_of(doc, finite + 1, infinitive)]
    else:
        parts = [text_of(doc, start, finite), verb, place, text_of(doc, last, infinitive)]
    return joined(*parts, text_of(doc, after, end)), UNSAFE


def _horizon_year(doc: Doc, k: int) -> bool:
    """A year as a horizon: "in 2035", "tegen 2030", "vanaf 2028"."""
    text = doc[k].text
    return (
        len(text) == 4 and text.startswith("20") and text.isdigit() and lower_at(doc, k - 1) in ("in", "tegen", "vanaf")
    )


def _year_phrase(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] is only a horizon ("Tegen 2040", "In 2035")."""
    return end - start == 2 and _horizon_year(doc, start + 1)


def _predicate_start(doc: Doc, start: int, end: int) -> int | None:
    """Where the kind of place begins after an inverted subject ("de provincie X een regio")."""
    return next((k for k in range(start + 1, end) if doc[k].lower_ == "een"), None)


def _place_name(doc: Doc, start: int, end: int) -> int | None:
    """Where the name begins in a place named as subject ("Klaverdonk", "de provincie
    Oost-Haverland", "Stad Leiebrugge"), or None if the subject is no such place."""
    k = start + 1 if lower_at(doc, start) in ("de", "het") else start
    k = k + 1 if k < end and doc[k].lower_ in phrases.PLACE_CLASSIFIERS else k
    names = [t for t in doc[k:end] if t.text != "-"]
    return k if names and all(is_name(t) for t in names) else None


def _help_verbs(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, int, str]:
    """Help verbs in a row ("stimuleren, ondersteunen en faciliteren"): the first with a noun
    for the help, where their object begins, and the help named by the nouns of all
    ("begeleiding en ondersteuning"); "" when there is no such row."""
    verbs, k = [verb], middle
    while k + 1 < end and doc[k].lower_ in ("en", "én", ",") and lemma_of(doc[k + 1]) in COORDINATED_HELP:
        verbs.append(lemma_of(doc[k + 1]))
        k += 2
    nouns = [SUPPORT_NOUNS[v] for v in verbs if v in SUPPORT_NOUNS]
    if len(verbs) == 1 or verb not in COORDINATED_HELP or not nouns:
        return verb, middle, ""
    first = next(v for v in verbs if v in SUPPORT_NOUNS)
    return first, k, " en ".join(dict.fromkeys(nouns))


def _one_aim(doc: Doc, verb: str, middle: int, end: int, cuts: list[int]) -> tuple[str, Applicability] | None:
    """Coordinated verb phrases of one subject, of which exactly one is an effort towards a
    state ("Wij werken samen met inwoners en leveren een bijdrage aan een mooiere
    samenleving" -> "Een mooiere samenleving"): that state is the outcome, and the other
    phrases say how (dropped, so unsafe). Two aims, or none, give no rewrite."""
    parts: list[tuple[str, int, int]] = []
    start, lemma = middle, verb
    for cut in [*cuts, end]:
        stop = cut
        while stop > start and doc[stop - 1].lower_ in (",", "en", "of"):
            stop -= 1
        parts.append((lemma, start, stop))
        if cut < end:
            lemma, start = lemma_of(doc[cut]), cut + 1
            if lower_at(doc, start) in ORGANISATION_PRONOUNS:
                start += 1  # "en werken wij ..."
    efforts = [(part, _effort(doc, *part)) for part in parts]
    aims = [found for _part, found in efforts if found is not None]
    if aims:
        others = [part for part, found in efforts if found is None]
        if len(aims) > 1 or any(_done_for_people(doc, *part) for part in others):
            return None  # "ontvangen bezoekers vriendelijk en zorgen voor een rustige omgeving": two things done
        return aims[0][0], UNSAFE
    # "ondersteunt mensen ... bij wonen en werken, en werkt daarbij samen met familie": how the
    # organisation works beside one thing it does, which is read alone
    doing = [(lemma, a, b) for lemma, a, b in parts if not _working_together(doc, lemma, a, b)]
    if len(doing) != 1 or len(doing) == len(parts):
        return None
    found = _framed(doc, *doing[0])
    return (found[0], UNSAFE) if found else None


def _done_for_people(doc: Doc, lemma: str, start: int, end: int) -> bool:
    """Whether a verb phrase does something for people it names ("ontvangen patiënten
    vriendelijk", "betrekken inwoners bij ..."): the outcome cannot leave it out as a means,
    as it can leave out how the organisation works ("laten ons inspireren", "werken samen")."""
    if _working_together(doc, lemma, start, end):
        return False
    return any(
        (phrase := read_np(doc, k, end)) is not None and people_phrase(phrase, first_only=True)
        for k in range(start, end)
        if doc[k].pos_ in ("NOUN", "PROPN", "DET", "PRON", "ADJ")
        and doc[k].lower_ not in ORGANISATION_PRONOUNS | OWN_DETERMINERS | {"elkaar"}
    )


def _working_together(doc: Doc, lemma: str, start: int, end: int) -> bool:
    """ "werkt (daarbij nauw) samen met ...", "werken met vrijwilligers": how, not what."""
    words = {t.lower_ for t in doc[start:end]}
    return lemma in ("werken", "samenwerken") and ("samen" in words or "met" in words)


def _how_tail(doc: Doc, start: int, end: int) -> int | None:
    """Where a coordinated "en doen dat ..." / "en dat doen we ..." starts: how the
    organisation works ("... en doen dat met vrijwilligers"), which no outcome keeps."""
    for k in range(start + 1, end - 2):
        if doc[k].lower_ != "en":
            continue
        if points_at_action(doc[k + 1 : k + 3]):
            return k - 1 if doc[k - 1].text == "," else k  # without the comma before it
    return None


def _framed(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    lowers = [t.lower_ for t in doc[middle:end]]
    for frame in AIM_CLAUSES.get(verb, ()):
        if tuple(lowers[: len(frame)]) == frame:
            return _inner(doc, middle + len(frame), end)
    # purpose: "heeft als doel", "doen ons uiterste best om"
    if verb == "hebben" and len(lowers) > 2 and lowers[0] in ("als", "tot", "ten") and lowers[1] in words("purpose"):
        # "heeft als doel om ...", "heeft als missie, mensen ... aan te bieden"
        return _inner(doc, middle + (3 if lowers[2] == "," else 2), end)
    if verb == "doen" and "best" in lowers[:4] and "om" in lowers[:5]:
        return _inner(doc, middle + lowers.index("om") + 1, end)
    if verb in ("waken", "zorgen") and lowers[:2] in (["erover", "dat"], ["ervoor", "dat"]):
        return _lift(doc, middle + 2, end)
    if verb == "zorgen" and lowers[:1] == ["dat"]:
        return _lift(doc, middle + 1, end)
    if (
        verb == "vinden"
        and lowers[:1] == ["het"]
        and lowers[1:2] in (["belangrijk"], ["essentieel"])
        and lowers[2:3] == ["dat"]
    ):
        # "Wij vinden het belangrijk dat kinderen zich veilig voelen": what matters, said as true
        lifted = _lift(doc, middle + 3, end)
        return (lifted[0], UNSAFE) if lifted else None
    framed = _effort(doc, verb, middle, end)
    if framed is not None:
        return framed
    trained = _trained(doc, middle, end) if _training(doc, verb, middle, end) else None
    if trained is not None:
        return trained
    if (
        verb in ("willen", "zullen")
        and lowers[2:3] == ["om"]
        and (lowers[0], "om") in AIM_CLAUSES.get(lemma_of(doc[middle + 1]), ())
    ):  # "willen/zullen ons inspannen om ...": the aim clause of the verb after the modal
        return _inner(doc, middle + 3, end)
    if verb in ("willen", "blijven", "zullen"):
        if lowers[:1] == ["van"] and "maken" in lowers:
            return _made_of(doc, middle, middle + lowers.index("maken"), end)
        main_words = lowers[: _relative_from(doc, middle, end) - middle]  # not a relative clause's "zijn"
        if "zijn" in main_words:  # "een school zijn waar ...", "een gemeente zijn die bijdraagt aan ..."
            image = _self_image(doc, middle, end)
            if image is not None or any(w in PLACE_RELATIVES for w in lowers):
                return image
        offer = _offer_at(doc, middle, end)
        if offer is not None:  # "willen goede zorg verlenen aan iedere patiënt", "willen iedereen de kans geven om ..."
            return _offer(doc, lemma_of(doc[offer]), middle, end, skip=offer)
        guarantee = _offer_at(doc, middle, end, GUARANTEE_VERBS)
        guaranteed = _offer(doc, "garanderen", middle, end, skip=guarantee) if guarantee is not None else None
        if guaranteed is not None:  # "willen een vlotte dienstverlening garanderen aan alle burgers"
            return guaranteed
        support = _support_at(doc, middle, end)
        if support is not None:  # "willen kinderen begeleiden in hun ontwikkeling"
            return _help(doc, lemma_of(doc[support]), middle, end, skip=support)
        if end - middle >= 3 and doc[end - 2].lower_ == "laten" and is_infinitive(doc[end - 1]):
            return _let_last(doc, middle, end)
        let = next(
            (k for k in range(middle + 1, end - 2) if doc[k].lower_ == "laten" and is_infinitive(doc[k + 1])), None
        )
        if let is not None:
            return _let_then_phrase(doc, middle, let, end)
        return object_verb(doc, middle, end)
    if verb == "voorzien":
        return _provide(doc, middle, end)
    right = _right(doc, middle, end) if verb in RIGHT_VERBS else None
    if right is not None:
        return right
    guaranteed = _offer(doc, verb, middle, end) if verb in GUARANTEE_VERBS else None
    if guaranteed is not None:  # "garanderen elke patiënt een vaste huisarts"
        return guaranteed
    if verb == "laten":  # "We laten kinderen ontdekken wat ze kunnen" -> "Kinderen ontdekken wat ze kunnen"
        return _let(doc, middle, end)
    if verb == "leren":  # "Wij leren kinderen samenwerken" -> "Kinderen leren samenwerken"
        return _teach(doc, middle, end)
    if verb in ("zijn", "worden"):  # "De bibliotheek wordt een plek waar ..."
        return _self_image(doc, middle, end, copula_first=True)
    if verb in STATE_VERBS:  # "maken de stad groener", "houden de huren laag"
        return _make(doc, middle, end, STATE_VERBS[verb])
    if verb == "brengen":
        return _bring(doc, middle, end)
    if verb in OFFER_VERBS or verb in CREATE_VERBS:
        # "Wij bieden ouderen goede zorg"; "Wij bieden een plek waar ouderen elkaar ontmoeten"
        offered = _offer(doc, verb, middle, end) if verb in OFFER_VERBS else None
        return offered or _self_image(doc, middle, end, copula_first=True)
    if verb in HELP_VERBS:
        helped = _help(doc, verb, middle, end)
        if helped is not None or verb not in DIRECTION_VERBS:
            return helped
    if (
        morphology.result_adjective(verb)
        or verb in REALISE_VERBS
        or verb in DIRECTION_VERBS
        or verb in PARTICIPLE_STATES
    ):
        return _finite_activity(doc, verb, middle, end)
    return None


def _effort(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "zetten ons in voor X", "werken aan X", "willen bijdragen aan X", "staan in voor X" -> X.
    A partner ("samen met") or a time ("de komende jaren") on the way is dropped: unsafe."""
    seen = {verb}
    dropped = False
    k = middle
    while k < end:
        word = doc[k].lower_
        if word in PREPOSITIONS and any((v, word) in FRAMES and FRAME_NEEDS.get(v, "") in seen | {""} for v in seen):
            if word == "in" and lower_at(doc, k + 1) in ("voor", "op"):
                seen.add("in")
                k += 1
                continue
            if seen & MEANS_FRAMES and not _place_aim(doc, k + 1, end):
                return None  # "investeren in een nieuwe sporthal": an asset, not a state reached
            found = _offered_to_people(doc, k + 1, end) or state_object(doc, k + 1, end)
            if found is None and word == "voor" and ("zorgen" in seen or {"staan", "in"} <= seen):
                # "staat in voor een vlotte dienstverlening aan alle inwoners": what the people get
                found = _offer(doc, "bieden", k + 1, end) or _care_of(doc, k + 1, end)
            if found is None:
                return None
            text, applicability = found
            return text, UNSAFE if dropped or seen & MEANS_FRAMES else applicability
        after_time, timed = skip_time(doc, k, end)
        if timed:
            k, dropped = after_time, True
            continue
        if word == "samen" and lower_at(doc, k + 1) == "met":
            dropped = True
        if is_infinitive(doc[k]) or morphology.is_verb(word) or is_finite(doc[k]):
            seen.add(lemma_of(doc[k]) if is_infinitive(doc[k]) or is_finite(doc[k]) else word)
        adjective = doc[k].pos_ == "ADJ" and lower_at(doc, k + 1) == "bijdrage"  # "een stevige bijdrage leveren aan"
        verbal = is_infinitive(doc[k]) or morphology.is_verb(word) or doc[k].tag_.startswith("WW")  # "gericht"
        if word in FRAME_FILLERS or adjective or verbal or dropped:
            seen.add(word)
            k += 1
            continue
        return None
    return None


def _place_aim(doc: Doc, start: int, end: int) -> bool:
    """Whether the aim names a place ("leefbare wijken", "prettige, veilige buurten"): what
    money is invested in is then a state of that place."""
    aim = read_np(doc, start, end)
    return aim is not None and is_compound_of(aim.head.lower_, words("places"))


def _offered_to_people(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """An offer after an effort frame, with its people ("staan voor goed onderwijs voor alle
    kinderen") -> "Alle kinderen krijgen goed onderwijs", or with what it is for ("streven
    naar onderwijs waarin elk kind zijn talenten ontplooit") -> "Elk kind ontplooit zijn
    talenten": the offer on its own ("Goed onderwijs voor alle kinderen") would still read
    as the organisation's."""
    where = next((k for k in range(start, end) if doc[k].lower_ in PLACE_RELATIVES), end)
    phrase = read_np(doc, start, where - (lower_at(doc, where - 1) == ","), stop=frozenset({"aan", "voor"}))
    if phrase is not None and organising(doc, phrase):
        return _offered_to_people(doc, phrase.head.i + 2, end)
    if phrase is None or not names_offer(phrase, every=True) or not still_offered(doc, phrase):
        # "staan voor kwaliteit, veiligheid en respect voor ...": values, not an offer;
        # "werken aan betere zorg voor ...": a change, which reads as an outcome as it is
        return None
    if where < end and phrase.end + (lower_at(doc, phrase.end) == ",") == where:
        if any(t.lower_ in ORGANISATION_PRONOUNS for t in doc[where:end]):
            return None  # "een aanpak waarbij ... en wij de drempels wegwerken": still what we do
        return _place_clauses(doc, where, end)
    return _offer(doc, "bieden", start, end)


def _self_image(doc: Doc, middle: int, end: int, copula_first: bool = False) -> tuple[str, Applicability] | None:
    """ "(Wij willen) een school zijn waar kinderen veilig leren" -> "Kinderen leren veilig":
    the relative clause names the outcome; the main clause is only about the school (or,
    after an offer, about the place offered: "bieden een plek waar ..."; `copula_first`
    when the verb before the phrase is not "zijn" at its end). "De club zijn waar ..." is
    read alike."""
    if lower_at(doc, middle) not in ("een", "de", "dé", "het"):
        return None
    if copula_first:  # the place with where it is: "een basisschool in het centrum van Kleiwijk, waar ..."
        j = next((k for k in range(middle + 1, end) if doc[k].lower_ in PLACE_RELATIVES | {"die", "dat"}), end)
        phrase_end = j - 1 if doc[j - 1].text == "," else j
        phrase = read_np(doc, middle, phrase_end, stop=frozenset({"met", "voor"})) if j < end else None
        if phrase is not None and phrase.end < phrase_end and lower_at(doc, phrase.end) in ("met", "voor"):
            # "een school voor havo en vwo, waar ...": the clause is the school's; after "een
            # vereniging voor iedereen die ..." it is the people's, and says who they are
            inner = read_np(doc, phrase.end + 1, phrase_end)
            if inner is not None and not people_phrase(inner):
                phrase = read_np(doc, middle, phrase_end) or phrase
        if phrase is None or phrase.end != phrase_end:
            return None
    else:
        simple = simple_phrase(doc, middle, end, False)
        if simple is None or lower_at(doc, simple.end) != "zijn":
            return None
        j = simple.end + 1
    if lower_at(doc, j) in ("die", "dat"):
        # "Wij zijn een overheid die bijdraagt aan het goede leven" -> "Het goede leven"
        framed = _effort(doc, "", j + 1, end) or _relative_offer(doc, j + 1, end)
        return (framed[0], UNSAFE) if framed else None
    return _place_clauses(doc, j, end)


# Words that say people meet: a meeting place's clause that has none of them drops the meeting.
MEETING = ("elkaar", "ontmoet", "samen")


def _place_clauses(doc: Doc, j: int, end: int) -> tuple[str, Applicability] | None:
    """The "waar" clauses from doc[j] on as clauses of their own: "een club waar jeugdspelers
    veilig voetballen en waar iedereen zich thuis voelt" -> "Jeugdspelers voetballen veilig
    en iedereen voelt zich thuis" (each is lifted, and they are joined as they stood). Each
    must be about people: without its place, "waar de toekomst begint" or "waar talent
    groeit" is an empty claim ("De toekomst begint")."""
    if lower_at(doc, j) not in PLACE_RELATIVES:
        return None
    cuts = [k for k in range(j + 2, end - 1) if doc[k].lower_ in ("en", ",") and doc[k + 1].lower_ in PLACE_RELATIVES]
    found = [
        _lift(doc, a + 1, b, people_only=True) for a, b in zip([j, *(k + 1 for k in cuts)], [*cuts, end], strict=True)
    ]
    lifted = [clause for clause, _ in filter(None, found)]
    if len(lifted) < len(found):
        return None  # "Een school waar ..." would still be about the school
    place = doc[j - 2] if doc[j - 1].text == "," and j >= 2 else doc[j - 1]
    if place.lower_.startswith("ontmoeting") and not any(w in " ".join(lifted).lower() for w in MEETING):
        return None  # "een ontmoetingsplek waar jong en oud groeien": meeting each other is an aim of its own
    parts = lifted[:1]
    for k, clause in zip(cuts, lifted[1:], strict=True):
        parts += [doc[k].text, clause]
    return joined(*parts), UNSAFE


def _relative_offer(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """The organisation's relative clause, with its verb last, read as its offer or help:
    "een school die kinderen goed onderwijs biedt" -> "Kinderen krijgen goed onderwijs";
    "een bank die ondernemers helpt om ... te maken" -> "Ondernemers maken ...". The
    finite verb stands where the infinitive does after "willen", and is left out alike."""
    verb = next((k for k in range(start, end) if is_finite(doc[k])), None)
    if verb is None or verb == start:
        return None
    lemma = lemma_of(doc[verb])
    if lemma in OFFER_VERBS | GUARANTEE_VERBS:
        return _offer(doc, lemma, start, end, skip=verb)
    if lemma in HELP_VERBS:
        return _help(doc, lemma, start, end, skip=verb)
    return None


def _made_of(doc: Doc, middle: int, verb: int, end: int) -> tuple[str, Applicability] | None:
    """ "(willen) van de wijk een veilige plek maken [waar ...]" -> "De wijk is een veilige
    plek [waar ...]": a relative clause after the verb goes back to its noun."""
    if verb + 1 < end and lower_at(doc, verb + 1) not in PLACE_RELATIVES:
        return None
    made = _make(doc, middle, verb)
    return (joined(made[0], text_of(doc, verb + 1, end)), made[1]) if made and verb + 1 < end else made


def _make(doc: Doc, middle: int, end: int, copula: str = "zijn") -> tuple[str, Applicability] | None:
    """ "maken X ADJ [rest]" -> "X is ADJ [rest]"; "maken van X een Y" -> "X is een Y";
    with `copula` "blijven", "houden X ADJ" -> "X blijft ADJ" ("de huren laag houden")."""
    if lower_at(doc, middle) == "van" and copula == "zijn":
        place = read_np(doc, middle + 1, end)
        if place is None or lower_at(doc, place.end) not in ("een", "de"):
            return None
        own = own_phrase(place)
        if own or place.head.lower_ in words("organisation-words"):
            return None  # "van de bibliotheek een plek maken": "De bibliotheek is ..." is still about the organisation
        return joined(text_of(doc, place.start, place.end), "is", text_of(doc, place.end, end)), SAFE
    phrase = read_np(doc, middle, end, verbs=True)
    if phrase is None or phrase.head.lower_ in phrases.INWARD or "mogelijk" in [t.lower_ for t in doc[middle:end]]:
        return None  # "zo toegankelijk mogelijk" is a hedge, not a state
    if own_phrase(phrase):
        return None  # "ons werk zichtbaar maken": about the organisation itself
    head = phrase.head
    if (
        not phrase.coordinated
        and phrase.number == "Plur"
        and head.lower_.endswith("en")
        and morphology.is_verb(head.lower_)
    ):
        return None  # "zwemmen" or "wijken": a verb or a plural, so "is" or "zijn"?
    j = phrase.end
    for hedge in HEDGES:
        if [t.lower_ for t in doc[j : j + len(hedge)]] == list(hedge):
            j += len(hedge)
    predicate_start, adjectives = j, 0
    while j < end:
        token = doc[j]
        if token.tag_.startswith("ADJ|prenom"):
            return None  # "vijftig kilometer provinciale weg ... maken": the phrase goes on
        if is_adjective(token) or token.lower_ in ("dichterbij", "mogelijk", "klaar"):
            adjectives, j = adjectives + 1, j + 1
        elif (
            token.lower_ in ("en", ",")
            and adjectives
            and j + 1 < end
            and is_adjective(doc[j + 1])
            or token.pos_ == "ADV"
            and j + 1 < end
            and is_adjective(doc[j + 1])
        ):
            j += 1
        else:
            break
    if not adjectives or (j < end and lower_at(doc, j) not in PREPOSITIONS and doc[j].text != ","):
        return None
    finite = finite_form(copula, phrase.number)
    applicability = SAFE if predicate_start == phrase.end else UNSAFE
    predicate = text_of(doc, predicate_start, end)
    if copula == "blijven" and j - predicate_start == 1 and _ongoing(doc[predicate_start].lower_):
        predicate = text_of(doc, predicate_start, end).replace(
            doc[predicate_start].text, doc[predicate_start].text[:-1], 1
        )
    return joined(text_of(doc, phrase.start, phrase.end), finite or "", predicate), applicability


def _ongoing(word: str) -> bool:
    """A present participle whose verb goes on ("levend", "brandend"): after "blijven" Dutch
    says the verb ("blijft leven"), not the participle ("blijft levend")."""
    return word.endswith("end") and morphology.is_verb(word[:-1])


def _training(doc: Doc, verb: str, start: int, end: int) -> bool:
    """Whether the clause's own verb educates people: the finite verb, or the first
    infinitive ("(willen) X opleiden tot", "(om) X op te leiden"); not a verb of a
    clause further on ("..., zodat zij hun leven kunnen leiden")."""
    first = next((t for t in doc[start:end] if is_infinitive(t) or t.lower_ in RELATIVES | SUBORDINATE_TAIL), None)
    return verb in TRAIN_VERBS or (first is not None and lemma_of(first) in TRAIN_VERBS)


def _trained(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "leiden X op tot Y", "vormen X tot Y" -> "X worden Y": what people become through
    their education (unsafe: the school's part goes). The people are the verb's object,
    never its subject ("studenten leiden op"); their phrase may hold a "tot" of its own
    ("jongeren met een afstand tot de arbeidsmarkt op tot bakker")."""
    if doc[middle].pos_ == "ADV" or doc[middle].tag_.startswith("ADJ|vrij"):
        return None  # "leidt jaarlijks ... studenten op": the adverb would open the outcome
    for k in reversed(range(middle + 1, end)):
        if doc[k].lower_ != "tot":
            continue
        people_end = k
        while people_end > middle and (
            doc[people_end - 1].lower_ in ("op", "te") or lemma_of(doc[people_end - 1]) in TRAIN_VERBS
        ):
            people_end -= 1  # the particle and the verb of "op te leiden", "opleiden", "te vormen"
        people = read_np(doc, middle, people_end)
        if people is None or people.end != people_end or not people_phrase(people):
            continue
        if not fits_to_end(doc, read_np(doc, k + 1, end, final=True), end):
            return None  # "vormt studenten tot ..., en verricht onderzoek": a second thing done
        return unsafe_clause(doc, people, "worden", text_of(doc, k + 1, end))
    return None


def _bring(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "brengen X (met elkaar) in contact / samen / bij elkaar" -> "X komen (met elkaar) in
    contact": people who meet, said of them. Where the meeting begins is found first, so
    the people are the words before it ("jongeren en werkgevers in contact")."""
    for k in range(middle + 1, end):
        if not any(tuple(t.lower_ for t in doc[k : k + len(m)]) == m for m in MEETINGS):
            continue
        people_end = k - 2 if [t.lower_ for t in doc[k - 2 : k]] == ["met", "elkaar"] else k
        people = read_np(doc, middle, people_end)
        if people is None or people.end != people_end or not people_phrase(people):
            return None
        return unsafe_clause(doc, people, "komen", text_of(doc, people.end, end))
    return None


def _chance(doc: Doc, people: phrases.NounPhrase, start: int, end: int, skip: int) -> tuple[str, Applicability] | None:
    """ "(geven/bieden) X de kans om [...] te V [rest]" -> "X kunnen [...] V [rest]": the
    chance is what the people can do ("Iedereen in Wessinge kan sporten"), not a thing
    they get. `skip` is the offer verb's infinitive ("de kans geven om ...")."""
    j = start + 1 if lower_at(doc, start) in ("de", "een") else start
    if lower_at(doc, j) not in ("kans", "mogelijkheid"):
        return None
    k = j + 2 if j + 1 == skip else j + 1
    clause = _te_clause(doc, k + 1, end) if lower_at(doc, k) == "om" else None
    if clause is None:
        return None
    verbs, te, verbs_end, particle = clause
    if any(is_finite(t) or t.lower_ in RELATIVES | SUBORDINATE_TAIL for t in doc[k + 1 : te]):
        return None
    # "mee te doen" -> "meedoen"; "thuis te wonen" stays two words as the writer wrote them
    joined_particle = particle >= 0 and doc[particle].lower_ in PREPOSITIONS | {"mee", "af", "toe", "terug", "samen"}
    prefix = doc[particle].lower_ if joined_particle else ""
    infinitives = [prefix + verbs[0].lower_, *(v.lower_ for v in verbs[1:])]
    middle = text_of(doc, k + 1, particle if joined_particle else te)
    return unsafe_clause(doc, people, "kunnen", middle, " en ".join(infinitives), text_of(doc, verbs_end, end))


def _offer(doc: Doc, verb: str, middle: int, end: int, skip: int = -1) -> tuple[str, Applicability] | None:
    """ "bieden X Y" / "bieden Y aan X" -> "X krijgen Y" (a place or goods: "hebben").
    `skip` is the offer verb's infinitive after "willen" ("willen goede zorg verlenen aan ..."),
    which the outcome leaves out."""

    def text(a: int, b: int) -> str:
        return joined(text_of(doc, a, skip), text_of(doc, skip + 1, b)) if a <= skip < b else text_of(doc, a, b)

    if skip >= 0 and _second_verb_phrase(doc, skip + 1, end):
        return None
    j = after_adverbs(doc, middle, end)  # "dagelijks"
    j = _past_setting(doc, j, end)  # "in een kleine setting"
    adverbs = text_of(doc, middle, j)
    # the receiver first, as Flemish writes it: "biedt aan kinderen de kans ...", "biedt voor iedereen een plek ..."
    if lower_at(doc, j) in ("aan", "voor"):
        if not _receiver_at(doc, j, end):
            return None
        j += 1
    first = read_np(doc, j, end, stop=frozenset({"aan", "voor"}))
    if first is None:
        return None
    given: phrases.NounPhrase | None
    receiver: phrases.NounPhrase | None
    if people_phrase(first) and first.end < end and doc[first.end].lower_ not in PREPOSITIONS | {"en", ","}:
        chance = _chance(doc, first, first.end, end, skip)
        if chance is not None:
            return chance
        given_start = after_adverbs(doc, first.end, end)  # "ouderen in de wijk dagelijks een maaltijd"
        receiver, given = first, read_np(doc, given_start, end, final=True)
        adverbs = joined(adverbs, text_of(doc, first.end, given_start))
        comma = next((k for k in range(first.end, end) if doc[k].text == ","), end)
        if given is None and comma < end and _where_given(doc, comma, end, -1):
            given = read_np(doc, first.end, comma)  # "een fijn thuis in het hart van X, vlak bij de kerk"
            given = given if given is not None and given.end == comma else None
        if given is None:
            return None
        if skip >= 0 and skip != given.end:
            return None
        given_text, rest = text(given.start, end), ""
    else:
        k, receiver = first.end, None
        givers = ("aan",) if verb in GUARANTEE_VERBS else ("aan", "voor")
        for k in range(first.end, end):
            if doc[k].lower_ in givers:
                receiver = read_np(doc, k + 1, end, final=True, stop=GIVEN_MODIFIERS) or free_relative(doc, k + 1, end)
                if receiver is not None and people_phrase(receiver):
                    break
                receiver = None
        if receiver is None:
            return None
        if any(_receiver_at(doc, r, receiver.end) for r in range(receiver.head.i + 1, receiver.end)) or any(
            _receiver_at(doc, r, k, alone=True) for r in range(first.end, k)
        ):
            return None  # "dagopvang voor peuters en naschoolse opvang voor kinderen": two offers, two receivers
        given = read_np(doc, j, k)
        if given is None or not _where_given(doc, given.end, k, skip):
            return None
        if (
            doc[k].lower_ == "voor"
            and given.coordinated
            and any(t.lower_ in DETERMINERS for t in doc[given.head.i + 1 : given.end])
        ):
            return None  # "tennis, padel en een beweeguur voor senioren": "voor" may be the last item's only
        if skip >= 0 and not given.end <= skip < k:
            return None
        if lower_at(doc, k - 1) == "ook":
            return None  # "les in kleine groepen, ook aan kinderen die ...": they are not the only ones
        given_text, rest = text(j, k).rstrip(" ,"), text_of(doc, receiver.end, end)
        if receiver.end < end and (
            lower_at(doc, receiver.end) in ("en", "of", "van")
            or lower_at(doc, receiver.end + 1) in ("en", "of")
            or any(_receiver_at(doc, k, end) for k in range(receiver.end, min(end, receiver.end + 3)))
        ):
            # "aan nieuwkomers en aan ...", "aan alle burgers, ook aan wie ...": a second
            # receiver; "van ...": the receiver goes on
            return None
        if lower_at(doc, receiver.end) == "," and lower_at(doc, receiver.end + 1) == "zoals":
            # "volwassenen met ... problemen, zoals trauma, ...": it names the problems, so it stays with the people
            if any(phrases.is_verb(t) for t in doc[receiver.end : end]):
                return None
            receiver, rest = replace(receiver, end=end), ""
    # what the organisation's work is, not what people receive; "dienstverlening" given to
    # people is received ("maatschappelijke dienstverlening aan wie dat nodig heeft")
    if given.head.lower_ in phrases.INWARD - {"dienstverlening"} or given.head.lower_ in ("activiteiten",):
        return None
    played = _played(given)
    if played is not None:  # "biedt hockey voor jeugd en senioren" -> "Jeugd en senioren kunnen hockeyen"
        return unsafe_clause(doc, receiver, "kunnen", adverbs, played, rest)
    return unsafe_clause(doc, receiver, received_verb(verb, given.head.lower_), adverbs, given_text, rest)


def _played(given: phrases.NounPhrase) -> str | None:
    """The verb of a sport offered on its own ("hockey" -> "hockeyen"), or None."""
    sport = given.head.lower_
    if (
        given.determiner is not None
        or given.coordinated
        or given.end - given.start != 1
        or sport not in words("sports")
    ):
        return None
    return next((verb for ending in ("en", "len", "sen", "ën") if morphology.is_verb(verb := sport + ending)), None)


def _second_verb_phrase(doc: Doc, after: int, end: int) -> bool:
    """Whether "en"/"of" or a comma after a verb opens a second verb phrase ("kinderen
    onderwijs bieden en ouders nauw betrekken", "kansen geven, talenten ontwikkelen en
    ..."), which an outcome built on the first verb could not keep. A verb inside a clause
    of its own ("aan wie het nodig heeft", "om ... te") or named as an activity ("bij wonen
    en werken") is no second one."""
    coordinated = False
    for k in range(after, end):
        token = doc[k]
        if token.lower_ in OWN_CLAUSE:
            return False
        if coordinated and (is_finite(token) or is_infinitive(token)):
            return True
        activity = k >= 2 and is_infinitive(doc[k - 1]) and lower_at(doc, k - 2) in PREPOSITIONS | {"het"}
        coordinated = coordinated or (token.lower_ in ("en", "of", ",") and not activity)
    return False


def _care_of(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "(instaan voor) de opvang van kinderen tot drie jaar" -> "Kinderen tot drie jaar
    krijgen opvang": care named with its people is what they receive."""
    if lower_at(doc, start) not in ("de", "het") or lower_at(doc, start + 2) != "van":
        return None
    if not is_compound_of(doc[start + 1].lower_, RECEIVED_CARE):
        return None
    people = read_np(doc, start + 3, end, final=True)
    if people is None or not people_phrase(people) or not fits_to_end(doc, people, end):
        return None
    return unsafe_clause(doc, people, "krijgen", doc[start + 1].lower_, text_of(doc, people.end, end))


def _past_setting(doc: Doc, j: int, end: int) -> int:
    """Past where or how an offer is given, before what is given ("bieden in een kleine
    setting persoonlijke zorg aan ..."): it goes with the verb into the outcome."""
    if lower_at(doc, j) not in ("in", "op"):
        return j
    setting = read_np(doc, j + 1, end, stop=frozenset({"aan", "voor"}))
    if setting is None or setting.end >= end or doc[setting.end].pos_ not in ("DET", "ADJ", "ADV", "NOUN"):
        return j
    return setting.end


def _receiver_at(doc: Doc, k: int, end: int, alone: bool = False) -> bool:
    """Whether people receive at doc[k] ("aan wie ...", "voor alle ouders"), not a purpose
    ("voor lichaam en geest"); `alone`: people first, whatever is coordinated with them
    ("voor peuters en naschoolse opvang")."""
    if doc[k].lower_ not in ("aan", "voor"):
        return False
    if free_relative(doc, k + 1, end) is not None:
        return True
    people = read_np(doc, k + 1, end)
    return people is not None and people_phrase(people, first_only=alone)


def _right(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "waarborgen (aan/voor) X het recht op Y", "... het recht op Y voor X", "... het recht van X
    op Y" -> "X hebben recht op Y": a secured right, said as the people's (unsafe: the guarantee goes)."""
    lowers = [t.lower_ for t in doc[middle:end]]
    at = next((k for k in range(len(lowers) - 1) if lowers[k : k + 2] == ["het", "recht"]), None)
    if at is None:
        return None
    right, receiver = middle + at + 2, None
    if at > 0:  # the receiver before the right
        first = middle + (1 if lowers[0] in ("aan", "voor") else 0)
        receiver = read_np(doc, first, middle + at)
        if receiver is None or receiver.end != middle + at:
            return None
    elif lower_at(doc, right) == "van":  # "het recht van elke inwoner op ..."
        receiver = read_np(doc, right + 1, end, stop=frozenset({"op"}))
        right = receiver.end if receiver is not None else right
    if lower_at(doc, right) != "op":
        return None
    what = read_np(doc, right + 1, end, stop=frozenset({"voor", "aan"}))
    if what is None:
        return None
    rest_start = what.end
    if receiver is None and lower_at(doc, what.end) in ("voor", "aan"):  # "... op hulp voor elke inwoner"
        receiver = read_np(doc, what.end + 1, end, final=True)
        rest_start = receiver.end if receiver is not None else rest_start
    if receiver is None or not people_phrase(receiver):
        return None
    return unsafe_clause(
        doc, receiver, "hebben", "recht op", text_of(doc, right + 1, what.end), text_of(doc, rest_start, end)
    )


def _provide(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "voorzien X van Y" -> "X krijgen Y"."""
    receiver = read_np(doc, middle, end, stop=frozenset({"van"}))
    if receiver is None or not people_phrase(receiver) or lower_at(doc, receiver.end) != "van":
        return None
    given = read_np(doc, receiver.end + 1, end, final=True)
    if given is None or given.head.lower_ in phrases.INWARD:
        return None
    return unsafe_clause(doc, receiver, "krijgen", text_of(doc, receiver.end + 1, end))


def _provided(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "(om) onze klanten van voldoende eten te (kunnen) voorzien" -> "Onze klanten krijgen voldoende eten"."""
    receiver = read_np(doc, start, end, stop=frozenset({"van"}))
    if receiver is None or not people_phrase(receiver) or lower_at(doc, receiver.end) != "van":
        return None
    te = next((k for k in range(receiver.end + 1, end) if doc[k].lower_ == "te"), end)
    given = read_np(doc, receiver.end + 1, te)
    if given is None or given.end != te or not all(is_infinitive(t) for t in doc[te + 1 : end]):
        return None
    return unsafe_clause(doc, receiver, "krijgen", text_of(doc, given.start, given.end))


def _where_given(doc: Doc, start: int, end: int, skip: int) -> bool:
    """Whether doc[start:end], between what is given and its receiver, only says how or where
    it is given: adverbs ("voedsel gratis aan ...") or prepositional phrases ("palliatieve zorg
    in een huiselijke omgeving, midden in het dorp, aan ..."), which stay with it."""
    words = [t for t in doc[start:end] if t.i != skip and t.text != ","]
    if not words:
        return True
    if any(is_finite(t) or t.lower_ in RELATIVES | SUBORDINATE_TAIL for t in words):
        return False
    adverbs = all(t.pos_ == "ADV" or t.tag_.startswith("ADJ|vrij") for t in words)
    if adverbs:
        return True
    # a preposition with its own phrase, not a verb's particle ("biedt tennis aan voor jong en oud")
    place = words[0].i + 1 if words[0].lower_ in PREPOSITIONS else words[0].i + 2
    return words[0].lower_ in PREPOSITIONS | {"midden", "dicht", "vlak"} and place < end


def _support_at(doc: Doc, start: int, end: int) -> int | None:
    """The infinitive of a verb of support right after its people ("kinderen begeleiden")."""
    found = next((k for k in range(start + 1, end) if is_infinitive(doc[k])), None)
    return found if found is not None and lemma_of(doc[found]) in SUPPORT_NOUNS else None


def _object_after(doc: Doc, start: int, end: int) -> bool:
    """Whether a noun phrase of its own follows an infinitive in note form, where only
    phrases with a preposition may: "Buurthuizen bieden voor jongeren een veilige plek"
    has its object after the verb, so "bieden" is finite and "Buurthuizen" its subject,
    not the offer ("Goede zorg bieden aan iedereen"). A relative clause after it is its own."""
    return any(
        doc[k].lower_ in DETERMINERS and (k == start or doc[k - 1].pos_ not in ("ADP", "CCONJ", "PUNCT"))
        for k in range(start, _relative_from(doc, start, end))
    )


def _offer_at(doc: Doc, start: int, end: int, verbs: frozenset[str] = OFFER_VERBS) -> int | None:
    """The first infinitive of an offer verb in doc[start:end] ("goede zorg verlenen")."""
    return next((k for k in range(start, end) if is_infinitive(doc[k]) and lemma_of(doc[k]) in verbs), None)


def _let(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "laten X V [rest]" -> "X V-t [rest]", when X names people."""
    people = read_np(doc, middle, end)
    if people is None or not people_phrase(people) or people.end >= end:
        return None
    verb = doc[people.end]
    if not is_infinitive(verb) or lemma_of(verb) in phrases.COPULAS | OFFER_VERBS:
        return None
    return _lifted_verb(doc, people, verb, people.end + 1, end)


def _let_last(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "(willen) elke leerling tot zijn recht laten komen" -> "Elke leerling komt tot zijn recht":
    after a modal "laten" and its verb stand last, what is between goes with the verb."""
    people = read_np(doc, middle, end - 2, stop=frozenset({"tot", "in", "op", "naar", "bij"}))  # "tot zijn recht"
    verb = doc[end - 1]
    if people is None or not people_phrase(people) or lemma_of(verb) in phrases.COPULAS | OFFER_VERBS:
        return None
    if any(is_finite(t) or is_infinitive(t) for t in doc[people.end : end - 2]):
        return None
    return _lifted_verb(doc, people, verb, people.end, end - 2)


def _let_then_phrase(doc: Doc, middle: int, let: int, end: int) -> tuple[str, Applicability] | None:
    """ "(willen) ieder kind laten uitgroeien tot een zelfstandig mens" -> "Ieder kind groeit
    uit tot een zelfstandig mens": the people right before "laten", and after its verb only
    a phrase with a preposition."""
    people = read_np(doc, middle, let)
    verb = doc[let + 1]
    if people is None or people.end != let or not people_phrase(people):
        return None
    if lemma_of(verb) in phrases.COPULAS | OFFER_VERBS or lower_at(doc, let + 2) not in PREPOSITIONS:
        return None
    if any(is_finite(t) or is_infinitive(t) or t.lower_ in RELATIVES | SUBORDINATE_TAIL for t in doc[let + 2 : end]):
        return None
    return _lifted_verb(doc, people, verb, let + 2, end)


def _teach(doc: Doc, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "leren X V ..." / "leren X iets" (teaching) -> "X leren V ..." (what they learn),
    when X names people. Not "leren X kennen" (getting to know them), not a te-infinitive."""
    people = read_np(doc, middle, end)
    if people is None or not people_phrase(people) or people.end >= end:
        return None
    learned = doc[people.end : end]
    if learned[0].lower_ in ("kennen", "om") or any(
        t.lower_ == "te" or is_finite(t) or t.lower_ in RELATIVES | SUBORDINATE_TAIL for t in learned
    ):
        return None
    if not (is_infinitive(learned[0]) or read_np(doc, people.end, end, verbs=True) is not None):
        return None
    return unsafe_clause(doc, people, "leren", text_of(doc, people.end, end))


def _help(
    doc: Doc, verb: str, middle: int, end: int, support: str = "", skip: int = -1
) -> tuple[str, Applicability] | None:
    """ "helpen X (om) ... te V" -> "X V-t ..."; "begeleiden X naar Y" -> "X hebben Y";
    "ondersteunen X bij Y" -> "X krijgen ondersteuning bij Y". `support` names the help of
    several verbs ("begeleiding en ondersteuning"); else the verb's noun does. `skip` is
    the help verb's infinitive after a modal, right after the people ("willen kinderen
    begeleiden in hun ontwikkeling")."""
    support = support or SUPPORT_NOUNS.get(verb, "")
    if skip >= 0 and (lower_at(doc, skip + 1) in RELATIVES or _second_verb_phrase(doc, skip + 1, end)):
        return None  # "mensen helpen die het moeilijk hebben": the clause after the verb names the people
    governed = GOVERNED.get(verb, frozenset())
    receiver = read_np(doc, middle, end, stop=frozenset({"naar", "aan", "bij", "in", "om"}) | governed)
    if receiver is None:
        return None
    if skip >= 0:
        if receiver.end != skip:
            return None
        if lower_at(doc, skip + 1) == "in" and lower_at(doc, skip + 2) in POSSESSIVES and support:
            return _supported(doc, receiver, support, skip + 1, end)  # "begeleiden in hun ontwikkeling"
    elif lower_at(doc, receiver.end) == "in" and any(t.lower_ == "bij" for t in doc[receiver.end : end]):
        # "ondernemers in het mkb bij hun boekhouding": the "in" phrase is part of the people
        receiver = read_np(doc, middle, end, stop=frozenset({"naar", "aan", "bij", "om"})) or receiver
    j = receiver.end + 1 if skip >= 0 else receiver.end
    if verb == "stellen":
        if [t.lower_ for t in doc[j : j + 2]] != ["in", "staat"]:
            return None
        j += 2
    word = lower_at(doc, j)
    if any(doc[k].lower_ == "door" and lower_at(doc, k + 1) != "te" for k in range(j, end)):
        return None  # "helpen gezinnen door ze ... te voorzien van ...": a means, not what the people reach
    domain = next(
        (
            k
            for k in range(receiver.head.i + 1, receiver.end - 1)
            if doc[k].lower_ == "in" and doc[k + 1].lower_ in POSSESSIVES
        ),
        None,
    )  # "kinderen in hun ontwikkeling": where the help is, read into the people
    if word in ("naar", "aan", "richting") and verb in ("helpen", "begeleiden", "activeren"):
        goal = read_np(doc, j + 1, end, final=True)
        if goal is None or goal.end != end or domain is not None:
            return None
        verb = "behalen" if is_compound_of(goal.head.lower_, OBTAINED) else "hebben"  # a diploma is obtained
        return unsafe_clause(doc, receiver, verb, text_of(doc, j + 1, end))
    if (
        word in ("bij", "in")
        and lower_at(doc, j + 1) == "het"
        and j + 2 < end
        and is_infinitive(doc[j + 2])
        and lower_at(doc, j + 3) == "van"
    ):
        if any(doc[k].lower_ == "het" and k + 1 < end and is_infinitive(doc[k + 1]) for k in range(j + 4, end)):
            return None  # "bij het leren van de taal en het vinden van werk": two activities, one verb
        action = doc[j + 2]
        return _lifted_verb(doc, receiver, action, j + 4, end)
    if (word == "bij" or word in governed) and support:
        return _supported(doc, receiver, support, j, end)
    if support and j == end and people_phrase(receiver):
        first_met = _means_met(doc, receiver)
        if first_met is not None:
            # "helpen ondernemers met advies": help named by its noun is what they get
            people, given = read_np(doc, receiver.start, first_met), read_np(doc, first_met + 1, end)
            if people is None or people.end != first_met or given is None or given.end != end:
                return None
            if not names_offer(given, every=True):
                return None  # "ondersteunen gezinnen met voedselpakketten": their "met" or the means?
            return unsafe_clause(doc, people, "krijgen", text_of(doc, first_met + 1, end))
        if domain is not None:  # "ondersteunen kinderen in hun ontwikkeling": what the support is in
            people = read_np(doc, receiver.start, domain)
            if people is not None and people.end == domain:
                return _supported(doc, people, support, domain, end)
        return _supported(doc, receiver, support, end, end)  # "begeleiden jongeren in een moeilijke thuissituatie"
    if verb == "helpen" and j < end and not any(t.lower_ == "te" for t in doc[j:end]):
        if is_infinitive(doc[j]):  # "helpen kinderen opgroeien tot ..."
            clause_end = next((k for k in range(j + 1, end) if doc[k].text == "," or doc[k].lower_ in RELATIVES), end)
            if any(is_infinitive(t) or is_finite(t) for t in doc[j + 1 : clause_end]):
                return None  # "helpen elk kind kiezen en groeien": one verb would agree, the other not
            return _lifted_verb(doc, receiver, doc[j], j + 1, end)
        if is_infinitive(doc[end - 1]):  # "helpen ouderen langer thuis wonen"
            return _helped_to(doc, receiver, j, end)
    if word == "om" or any(doc[k].lower_ == "te" for k in range(j, end)):
        if domain is not None:
            return None  # "ouderen in hun wens om ... te blijven": the wish would become part of who they are
        receiver = _without_means(doc, receiver)
        predicate = _adjective_predicate(doc, receiver, j, end)
        if predicate is not None:
            return predicate
        if not people_phrase(receiver) and receiver.number != "Plur":
            # "de samenwerking stimuleren om samen ... te versterken": a thing, not who does the verb
            # (people, or organisations: "helpt zorginstellingen om te vernieuwen")
            return None
        return _subject_does(doc, receiver, j, end, allow_offer=False)
    return None


# What people are helped to obtain rather than to have: "behalen een passend diploma".
OBTAINED = frozenset({"diploma", "kwalificatie", "startkwalificatie", "certificaat", "rijbewijs", "getuigschrift"})


def _means_met(doc: Doc, people: phrases.NounPhrase) -> int | None:
    """The "met" after the people's head that may give the means ("ondernemers met advies"),
    not who they are ("gezinnen met een kind met kanker"), or None."""
    first_met = next((k for k in range(people.head.i + 1, people.end) if doc[k].lower_ == "met"), None)
    return first_met if first_met is not None and means_at(doc, first_met, people.end) else None


def _without_means(doc: Doc, people: phrases.NounPhrase) -> phrases.NounPhrase:
    """The people without a "met" phrase that may give the means ("boeren met advies en
    subsidie om ..."): the outcome says what they do, not how they were helped."""
    first_met = _means_met(doc, people)
    if first_met is None:
        return people
    means = read_np(doc, first_met + 1, people.end)
    if means is None or not names_offer(means, every=True):
        return people  # "inwoners met geldzorgen", "met een afstand tot de arbeidsmarkt": who they are
    cut = read_np(doc, people.start, first_met)
    return cut if cut is not None and cut.end == first_met else people


def _helped_to(doc: Doc, people: phrases.NounPhrase, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "helpen X [...] V" with a bare infinitive last -> "X V-t [...]": "helpen ouderen
    langer thuis wonen" -> "Ouderen wonen langer thuis"."""
    if any(is_infinitive(t) or is_finite(t) for t in doc[start : end - 1]):
        return None  # a second verb: "helpen jongeren kiezen en groeien"
    split = morphology.separable(lemma_of(doc[end - 1]))  # "opgroeien" -> "groeien ... op"
    base, particle = (split[1], split[0]) if split else (lemma_of(doc[end - 1]), "")
    return unsafe_clause(doc, people, base, text_of(doc, start, end - 1), particle)


def _nominal_help(doc: Doc, start: int, end: int) -> tuple[str, Applicability] | None:
    """ "Het ondersteunen van mantelzorgers in Hamveld" -> "Mantelzorgers in Hamveld krijgen
    ondersteuning": help named by its verb, read as the clause `_help` reads."""
    if lower_at(doc, start) != "het" or lower_at(doc, start + 2) != "van" or start + 3 >= end:
        return None
    verb = lemma_of(doc[start + 1])
    return _help(doc, verb, start + 3, end) if verb in SUPPORT_NOUNS else None


def _supported(
    doc: Doc, receiver: phrases.NounPhrase, support: str, start: int, end: int
) -> tuple[str, Applicability] | None:
    """ "ondersteunen/begeleiden X bij Y" -> "X krijgen ondersteuning/begeleiding bij Y"."""
    if any(t.lower_ == "aan" for t in doc[receiver.head.i + 1 : receiver.end]):
        return None  # "mensen aan het werk helpen": what they are helped to, read into the people
    return unsafe_clause(doc, receiver, "krijgen", support, text_of(doc, start, end))


def _adjective_predicate(
    doc: Doc, receiver: phrases.NounPhrase, start: int, end: int
) -> tuple[str, Applicability] | None:
    """ "helpen X (om) ADJ te zijn/worden" -> "ADJ-e X" (the existing help-to-outcome form)."""
    j = start + 1 if lower_at(doc, start) == "om" else start
    if not (
        j + 3 == end and doc[j + 1].lower_ == "te" and doc[j + 2].lower_ in phrases.COPULAS and is_adjective(doc[j])
    ):
        return None
    made = comparative_phrase(doc, receiver, doc[j].lower_, False)
    return (made, UNSAFE) if made else None


def _finite_activity(doc: Doc, verb: str, middle: int, end: int) -> tuple[str, Applicability] | None:
    """ "De gemeente versterkt de lokale economie" -> "Een sterkere lokale economie"."""
    middle, dropped = skip_means(doc, middle, end)
    governed = GOVERNED.get(verb, frozenset())  # "betrekken X bij/als ..."
    phrase = read_np(doc, middle, end, stop=TARGETS | governed)
    if phrase is None or phrase.head.lower_ in phrases.INWARD or (doc[middle].like_num and phrase.determiner is None):
        return None  # "2000 woningen verduurzamen": a count, not a state
    # "betrekken inwoners actief bij ..." -> "Inwoners zijn actief betrokken bij ..."
    after = after_adverbs(doc, phrase.end, end) if verb in PARTICIPLE_STATES else phrase.end
    tail = text_of(doc, after, end)
    if tail and lower_at(doc, after) not in PREPOSITIONS | governed and doc[after].text != ",":
        return None
    if lower_at(doc, after) == "," and _verb_before_clause(doc, after + 1, end):
        return None  # "onze leden, elkaar en ... beter te leren kennen": the comma does not end the clause
    if lower_at(doc, after) in TARGETS:
        return None  # "de wachttijd verkorten tot tien dagen": a target, which no state keeps
    if tail and governed and lower_at(doc, after) not in governed:
        return None  # "ouders van bij de start nauw betrekken bij ...": the phrase would follow the participle
    return state_of(doc, phrase, [verb], [], tail, dropped, manner=text_of(doc, phrase.end, after))
