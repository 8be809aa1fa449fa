"""Dutch adjective morphology for the role -> outcome rewrite.

"de stad schoonmaken" becomes "een schonere stad": the result verb carries an adjective
(schoon), which we raise to its comparative (schoner) and inflect for the noun it will
modify (schonere before a de-word). Spelling is where generated forms go wrong (groot ->
groter, wit -> witter, lief -> liever), so we prefer forms attested in spacy-lookups-data's
Dutch lemma table (form -> lemma, inverted to lemma -> forms) and only fall back on the
spelling rules for adjectives the table knows but has no matching form for.

The data is read lazily and cached; nothing here imports spaCy.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import re
from functools import lru_cache

VOWELS = "aeiou"
LONG_VOWELS = ("aa", "ee", "oo", "uu")
# Vowel groups after which a final f/s is voiced before a vowel (lief -> lieve, boos -> boze).
VOICING_GROUPS = LONG_VOWELS + ("ie", "ei", "ij", "ui", "ou", "au", "eu", "oe")
DIGRAPHS = frozenset(VOICING_GROUPS)

IRREGULAR_COMPARATIVES = {"goed": "beter", "veel": "meer", "weinig": "minder", "graag": "liever"}
# Stems that break the short-vowel rule (grof -> grover, not groffer).
SPELLING_EXCEPTIONS = {"grof": "grov"}
# Quantity comparatives: used without article and never inflected ("minder uitstoot").
UNINFLECTED = frozenset({"meer", "minder"})

# Result verbs that are no regular derivation, or whose derivation is already a comparative.
RESULT_VERBS: dict[str, tuple[str, bool] | None] = {
    "verbeteren": ("beter", True),
    "verminderen": ("minder", True),
    "verslechteren": ("slechter", True),
    "verergeren": ("erger", True),
    "verlengen": ("lang", False),
    "vergroten": ("groot", False),
    "versterken": ("sterk", False),
    "verduurzamen": ("duurzaam", False),
    "verhogen": ("hoog", False),
    "verbreden": ("breed", False),
    "vereenvoudigen": ("eenvoudig", False),
    "verkleinen": ("klein", False),
    "verrijken": ("rijk", False),
    "verzachten": ("zacht", False),
    "zuiveren": ("schoon", False),  # "het water zuiveren" -> "schoner water"
    "optimaliseren": None,  # no adjective to raise ("optimaler" is not a word)
    "vermeerderen": None,  # "meer" does not combine with "een": "een meer omzet"
}

# ver-X-en verbs whose X looks like an adjective but which do not mean "make X-er"
# (verklaren is not "make clearer", verlangen is not "make longer").
NOT_RESULT_VERBS = frozenset(
    """
    veranderen verachten verachtelozen verbijsteren verbloeden verdolen verdommen verdrukken
    verdubbelen vereenzelvigen verenigen verenkelen verevenen vergaren vergelijken vergenoegen
    vergewissen vergissen vergoeden vergoelijken verhelen verheerlijken verhippen verijdelen
    verkiezen verklaren verkletsen verknallen verknijpen verkonden verkrimpen verkwikken
    verlakken verlangen verlaten verlossen verluiden vermaken vermalen vermiljoenen vermissen
    vernietigen veroveren verpassen verpraten verprutsen verrassen verschonen verschuilen
    verslapen versluizen verslijken versmoren verstoken verstokken verstoppen verstrijken
    vertegenwoordigen verteren verteuten vertrouwen verwaardigen vervaardigen vervalen
    vervalsen vervaren vervelen verwelkomen verwezenlijken verwijderen verwijzen verwittigen
    verwonden verwonderen verzaden verzekeren verzilveren verzoeken verouderen verlichten
    verwerkelijken verdriedubbelen vertiendubbelen verhonderdvoudigen verduizendvoudigen
    vernieuwen
    """.split()
)

# X-maken verbs (or "X maken") that are idioms, not "make X": goedmaken, klaarmaken, ...
NOT_RESULT_MAKEN = frozenset(
    """
    af bang bekend belachelijk bij dicht dood duidelijk een fijn gek gereed gevangen glazen goed
    hard kapot kenbaar klaar kwaad kwijt los mis mogelijk na onaf onmogelijk ongedaan open
    openbaar over rond stuk uit vast vol voor vrij waar wakker wijs zeker zoek zwart
    """.split()
)


# --------------------------------------------------------------------------- data


def _read_gz_json(name: str):
    data = importlib.resources.files("spacy_lookups_data") / "data" / name
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=1)
def lemma_lookup() -> dict[str, str]:
    """Dutch form -> lemma (spacy-lookups-data). Lists only forms that differ from the lemma."""
    return _read_gz_json("nl_lemma_lookup.json.gz")


def lemma_index() -> dict[str, frozenset[str]]:
    """spacy-lookups-data's Dutch lemma lists by word class ("adj", "noun", "verb", ...)."""
    return _index()


@lru_cache(maxsize=1)
def _index() -> dict[str, frozenset[str]]:
    return {pos: frozenset(words) for pos, words in _read_gz_json("nl_lemma_index.json.gz").items()}


def is_adjective(word: str) -> bool:
    """Is `word` a Dutch adjective lemma (21.8K in spacy-lookups-data's `adj` index)?"""
    return word.lower() in _index()["adj"]


def is_noun(word: str) -> bool:
    """Is `word` a Dutch noun lemma, or a form whose lemma is one (wijken, straten)?"""
    lower = word.lower().rsplit("-", 1)[-1]  # mkb-bedrijven: the last part decides
    nouns = _index()["noun"]
    return lower in nouns or lemma_lookup().get(lower) in nouns or plural_noun_lemma(lower) is not None


def is_verb(word: str) -> bool:
    """Is `word` a Dutch verb lemma (an infinitive such as "wijken")?"""
    return word.lower() in _index()["verb"]


def plural_noun_lemma(word: str) -> str | None:
    """The singular noun of a plural (wijken -> wijk, straten -> straat, kinderen -> kind, auto's -> auto)."""
    prefix, _, lower = word.lower().rpartition("-")
    nouns = _index()["noun"]
    lemma = lemma_lookup().get(lower)
    joined = prefix + "-" if prefix else ""
    if lemma in nouns and lemma != lower and lower.endswith(("en", "s")):
        return joined + lemma
    if lower.endswith("en") and len(lower) > 4:
        for candidate in _unsuffixed_candidates(lower[:-2]):
            if candidate in nouns:
                return joined + candidate
        if lower.endswith("eren") and lower[:-4] in nouns:
            return joined + lower[:-4]  # kinderen -> kind
    if lower.endswith(("'s", "s")) and len(lower) > 3:
        candidate = lower[:-2] if lower.endswith("'s") else lower[:-1]
        if candidate in nouns:
            return joined + candidate
    return None


def _known_as(lower: str, known) -> str | None:
    """`lower` itself or its lookup lemma, when the word list `known` has it."""
    if known(lower):
        return lower
    lemma = lemma_lookup().get(lower)
    return lemma if lemma is not None and known(lemma) else None


def adjective_lemma(form: str) -> str | None:
    """The adjective lemma of an inflected or comparative form (schonere -> schoon)."""
    lower = form.lower()
    known = _known_as(lower, is_adjective)
    if known is not None:
        return known
    for base, comp in IRREGULAR_COMPARATIVES.items():
        if lower in (comp, comp + "e"):
            return base
    comparative_of = comparative_base(lower)
    if comparative_of is not None:
        return comparative_of
    if lower.endswith("e"):
        for candidate in _unsuffixed_candidates(lower[:-1]):
            if is_adjective(candidate) and attributive(candidate, "Com", "Sing", True) == lower:
                return candidate
    return None


# --------------------------------------------------------------------------- spelling


def _is_vowel(word: str, index: int) -> bool:
    """a/e/i/o/u, and the j of "ij" (vrij, rijk)."""
    return word[index] in VOWELS or (word[index] == "j" and index > 0 and word[index - 1] == "i")


def _final_vowel_group(word: str) -> tuple[str, str, str]:
    """Split into (rest, last vowel group, final consonants): "groot" -> ("gr", "oo", "t")."""
    end = len(word)
    while end > 0 and not _is_vowel(word, end - 1):
        end -= 1
    start = end
    while start > 0 and _is_vowel(word, start - 1):
        start -= 1
    return word[:start], word[start:end], word[end:]


def _syllables(word: str) -> int:
    count, previous = 0, False
    for index in range(len(word)):
        vowel = _is_vowel(word, index)
        if vowel and not previous:
            count += 1
        previous = vowel
    return count


def _ends_in_schwa(word: str) -> bool:
    """oranje, beige: a final unstressed e (not ee/ie/oe)."""
    return word.endswith("e") and not word.endswith(("ee", "ie", "oe", "ue"))


def _stem_candidates(word: str) -> list[str]:
    """Spellings of `word` before a vowel-initial ending (-e, -er), most likely first.

    groot -> grot (open syllable), wit -> witt (short vowel), lief -> liev, boos -> boz.
    """
    rest, vowel, coda = _final_vowel_group(word)
    if not vowel:
        return [word]
    candidates: list[str] = []
    if word in SPELLING_EXCEPTIONS:
        candidates.append(SPELLING_EXCEPTIONS[word])
    if len(coda) == 1:
        if vowel[-2:] in LONG_VOWELS:
            candidates.append(rest + vowel[:-1] + coda)  # groot -> grot, ideaal -> ideal
        elif len(vowel) == 1 and coda not in "wjxh":
            doubled = word + coda
            unstressed = _syllables(word) > 1 and (vowel == "e" or word.endswith(("ig", "ik")))
            candidates.extend([word, doubled] if unstressed else [doubled, word])
        if coda in "fs" and vowel[-2:] in VOICING_GROUPS:
            voiced = {"f": "v", "s": "z"}[coda]
            candidates = [c[:-1] + voiced for c in candidates or [word]] + candidates
    candidates.append(word)
    seen: list[str] = []
    for candidate in candidates:
        if candidate not in seen:
            seen.append(candidate)
    return seen


def _unsuffixed_candidates(stem: str) -> list[str]:
    """Undo `_stem_candidates`: possible base spellings of a stem found before -e/-er/-en.

    grot -> groot, witt -> wit, liev -> lief, boz -> boos, duurzam -> duurzaam.
    """
    candidates = [stem]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        candidates.append(stem[:-1])
    rest, vowel, coda = _final_vowel_group(stem)
    if len(coda) == 1 and vowel[-1:] in ("a", "e", "o", "u") and vowel[-2:] not in DIGRAPHS:
        candidates.append(rest + vowel + vowel[-1] + coda)  # grot -> groot, social -> sociaal
    devoiced = []
    for candidate in candidates:
        if candidate.endswith("v"):
            devoiced.append(candidate[:-1] + "f")
        elif candidate.endswith("z"):
            devoiced.append(candidate[:-1] + "s")
    return candidates + devoiced


def _attested(lemma: str, candidates: list[str], endings: tuple[str, ...] = ("",)) -> str | None:
    """The first candidate stem that, with one of `endings`, is a listed form of `lemma`.

    Looked up form by form rather than through an inverted table: inverting 213K entries
    cost 0.6 s at every start for the handful of words a run checks."""
    lookup = lemma_lookup()
    for candidate in candidates:
        if any(lookup.get(candidate + ending) == lemma for ending in endings):
            return candidate
    return None


# --------------------------------------------------------------------------- public API


def comparative(adjective: str) -> str | None:
    """The comparative of a Dutch adjective (schoon -> schoner, duur -> duurder).

    Irregular forms come from a table; for the rest we generate the spelling candidates and
    keep the one the lookup table attests (as comparative or its inflected -e form), falling
    back to the rule form. Unknown words give None.
    """
    lower = adjective.lower()
    if lower in IRREGULAR_COMPARATIVES:
        return IRREGULAR_COMPARATIVES[lower]
    if not is_adjective(lower):
        return None
    if lower.endswith("r"):
        candidates = [lower + "d"]  # duur -> duurder, lekker -> lekkerder
    elif _ends_in_schwa(lower):
        candidates = [lower[:-1]]  # oranje -> oranjer
    else:
        candidates = _stem_candidates(lower)
    generated = [candidate + "er" for candidate in candidates]
    return _attested(lower, generated, ("", "e", "en")) or generated[0]


def comparative_base(form: str) -> str | None:
    """The adjective whose comparative is `form` (veiliger -> veilig, groter -> groot)."""
    lower = form.lower()
    for base, comp in IRREGULAR_COMPARATIVES.items():
        if lower == comp:
            return base
    if not lower.endswith("er") or len(lower) < 4:
        return None
    stems = [lower[:-2]]
    if lower.endswith("der"):
        stems.append(lower[:-3])
    for stem in stems:
        for candidate in _unsuffixed_candidates(stem):
            if is_adjective(candidate) and comparative(candidate) == lower:
                return candidate
    return None


def attributive(form: str, gender: str | None, number: str | None, definite: bool) -> str:
    """The form of an adjective before a noun (schoner -> schonere before "stad").

    -e before a de-word (Gender=Com), before a plural, and after a definite article; no -e
    before a singular het-word (Gender=Neut) without definite article: "een schoner milieu",
    "een veiliger Nederland". An unknown gender counts as Com. "meer"/"minder" and words
    that never inflect (ending in a schwa or in unstressed -en: oranje, open, houten) stay.
    """
    lower = form.lower()
    needs_e = definite or number == "Plur" or gender != "Neut"
    if not needs_e or lower in UNINFLECTED or _ends_in_schwa(lower):
        return form
    rest, vowel, coda = _final_vowel_group(lower)
    if coda == "n" and vowel == "e" and _syllables(lower) > 1:
        return form  # open, tevreden, houten, gesloten
    if not coda and len(vowel) == 1 and vowel in "aiouy":
        return form  # prima, lila
    if lower.endswith("er") and _syllables(lower) > 1:
        inflected = lower + "e"  # comparatives and lekker/donker: no spelling change
    else:
        candidates = _stem_candidates(lower)
        inflected = (_attested(lower, candidates, ("e",)) or candidates[0]) + "e"
    return form[0] + inflected[1:] if form[:1].isupper() else inflected


# Noun endings that fix the gender (compounds follow their last part): de kwaliteit, de
# diagnostiek, de ambitie; het toerisme, het fundament, het museum, het huisje. Endings with
# many exceptions (-schap, -nis, -sel, -uur) are left to the lexicon and the tagger.
COMMON_GENDER_ENDING = re.compile(r"(heid|teit|ing|tie|sie|gie|tiek|niek|giek|ziek|erij)$")
NEUTER_GENDER_ENDING = re.compile(r"(isme|(?<!su)ment|(?<!dat)um|(?<!n)je)$")
# Before these a noun is a derivation, not a compound: het verkeer is not "de keer".
DERIVATION_PREFIXES = frozenset({"ver", "ont", "her"})


@lru_cache(maxsize=1)
def _noun_genders() -> dict[str, str]:
    """noun -> Com/Neut, counted from the UD Dutch treebanks (training/noun_genders.py)."""
    text = (importlib.resources.files("missionlint.nlp") / "noun_genders.tsv").read_text(encoding="utf-8")
    rows = (line.partition("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {word: gender for word, _, gender in rows}


def noun_gender(noun: str) -> str | None:
    """Com or Neut for a singular common noun when the lexicon or its ending knows it, else
    None: the word itself, an ending that decides ("-heid", "-isme"), or the last part of a
    compound ("leefklimaat" is "het klimaat"). A last part after a particle or a derivation
    prefix does not count ("de aanpak" is not "het pak")."""
    lower = noun.lower()
    if not lower.isalpha():
        return None
    genders = _noun_genders()
    if lower in genders:
        return genders[lower]
    if len(lower) >= 5:
        if COMMON_GENDER_ENDING.search(lower):
            return "Com"
        if NEUTER_GENDER_ENDING.search(lower):
            return "Neut"
    for k in range(3, len(lower) - 3):  # the longest last part first
        if lower[k:] in genders and _first_part(lower[:k], genders):
            return genders[lower[k:]]
    return None


def _first_part(prefix: str, genders: dict[str, str]) -> bool:
    """Is `prefix` a word a compound can start with ("gezondheids", "leerlingen", "zorg")?
    Particles and derivation prefixes are not: "aanpak", "verkeer" are no compounds."""
    if prefix in DERIVATION_PREFIXES or prefix in PARTICLES or prefix in AMBIGUOUS_PARTICLES:
        return False
    index = _index()
    if any(infinitive in index["verb"] for infinitive in _infinitives_of_stem(prefix)):
        return True  # a verb stem: "speeltuin", "leefklimaat", "zwembad"
    words = {
        prefix,
        prefix.removesuffix("s"),
        prefix.removesuffix("e"),
        prefix.removesuffix("en"),
    }  # linking -s-, -e-, -en-
    return any(word in genders or word in index["noun"] or word in index["adj"] for word in words if len(word) > 2)


def _infinitives_of_stem(stem: str) -> tuple[str, ...]:
    """speel -> spelen, leef -> leven, reis -> reizen, zwem -> zwemmen, werk -> werken."""
    body, last = stem[:-1], stem[-1]
    if len(body) > 1 and body[-1] == body[-2] and body[-1] in "aeou":
        body = body[:-1]
    return (stem + "en", stem + last + "en", body + {"f": "v", "s": "z"}.get(last, last) + "en", body + last + "en")


def result_adjective(verb_lemma: str) -> tuple[str, bool] | None:
    """The adjective a result verb carries, and whether it is already a comparative.

    schoonmaken -> ("schoon", False); verbeteren -> ("beter", True); vergroten -> ("groot",
    False). Separable X-maken and ver-X-en derivations are recognised by checking X against
    the adjective list (after undoing spelling changes: grot -> groot, duurzam -> duurzaam);
    idioms (goedmaken, verklaren) are excluded. None when unsure.
    """
    lower = verb_lemma.lower().replace(" ", "")
    if lower in RESULT_VERBS:
        return RESULT_VERBS[lower]
    if lower in NOT_RESULT_VERBS:
        return None
    if lower.endswith("maken") and len(lower) > 5:
        particle = lower[:-5]
        if particle in NOT_RESULT_MAKEN:
            return None
        if is_adjective(particle):
            return (particle, False)
        base = comparative_base(particle)
        if base is not None and base not in NOT_RESULT_MAKEN:
            return (particle, True)
        return None
    if lower.startswith("ver") and lower.endswith("en") and len(lower) > 6:
        for candidate in _unsuffixed_candidates(lower[3:-2]):
            if is_adjective(candidate):
                return (candidate, False)
    return None


# --------------------------------------------------------------------------- numbers

# Dutch number words spaCy's `like_num` misses: the teens from 15 ("achttien") and
# compounds ("vijfentwintig", "tweehonderd").
_UNITS = "een|één|twee|drie|vier|vijf|zes|zeven|acht|negen"
_TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig"
NUMBER_WORD = re.compile(
    rf"(?:(?:{_UNITS})?(?:honderd|duizend))?(?:(?:{_UNITS})(?:en|ën)(?:{_TENS})|{_TENS}|"
    rf"vijftien|zestien|zeventien|achttien|negentien|tien|elf|twaalf|dertien|veertien|{_UNITS})?"
)


def is_number(token) -> bool:
    """A number in digits or words ("12", "zes", "achttien", "vijfentwintig")."""
    return bool(token.like_num or (token.is_alpha and NUMBER_WORD.fullmatch(token.lower_)))


# --------------------------------------------------------------------------- people

# Plural endings of nouns for people (bewoners, cliënten, leerlingen, huisgenoten, ouders, daklozen).
PEOPLE_SUFFIX = re.compile(r"(ers|eren|enten|lingen|genoten|ouders|enden|igden|ieren|aren|lozen)$")


# Plurals of things with the same endings: nouns in -ment ("momenten", "instrumenten"),
# -ing ("afdelingen", "voorstellingen", "regelingen"), things in -er ("pijlers", "cijfers"),
# and in -ent ("de talenten van elk kind": gifts, not gifted people).
THING_SUFFIX = re.compile(
    r"(menten|talenten|accenten|patenten|"
    r"llingen|(af|ver|de|in)delingen|handelingen|regelingen|wikkelingen|veilingen|wandelingen|"
    r"pijlers|cijfers|kaders|kamers|meters|roosters|oevers|akkers|kelders|containers|computers|buffers)$"
)


def names_people(plural: str) -> bool:
    """Whether a plural noun looks like one for people ("deelnemers", "statushouders")."""
    lower = plural.lower()
    return bool(PEOPLE_SUFFIX.search(lower)) and not THING_SUFFIX.search(lower)


# --------------------------------------------------------------------------- verbs

# Third person singular present of the verbs whose stem is no rule's: "zij kan", "het is".
IRREGULAR_SINGULAR = {
    "zijn": "is",
    "hebben": "heeft",
    "kunnen": "kan",
    "zullen": "zal",
    "willen": "wil",
    "mogen": "mag",
    "moeten": "moet",
    "gaan": "gaat",
    "staan": "staat",
    "slaan": "slaat",
    "doen": "doet",
    "zien": "ziet",
    "komen": "komt",
    "krijgen": "krijgt",
    "blijven": "blijft",
    "vinden": "vindt",
}
# Separable particles ("mee te doen" -> "doen mee"); door, over, onder, om and achter are
# left out: they also start inseparable verbs (onderhouden, overleven, doorgronden).
PARTICLES = frozenset("aan af bij in mee na op terug toe uit vast weg samen kennis los thuis voort".split())
# The particles left out: a verb they start may split or not ("gaat voor", but "voorziet").
AMBIGUOUS_PARTICLES = frozenset("voor door over onder om achter".split())


def may_split(verb: str) -> bool:
    """Whether a verb starts with a particle that may or may not split off ("voorgaan":
    "het plezier gaat voor"; "voorzien": "de gemeente voorziet"), so its main-clause order
    cannot be known from the word."""
    lower = verb.lower()
    return any(lower.startswith(p) and is_verb(lower[len(p) :]) for p in AMBIGUOUS_PARTICLES)


def singular(infinitive: str) -> str | None:
    """The third person singular present of a verb ("ontdekken" -> "ontdekt", "leven" ->
    "leeft", "verlaten" -> "verlaat"), from the attested forms where the lookup table has
    them and from the spelling rules otherwise; None for a word that is no verb."""
    lower = infinitive.lower()
    if lower in IRREGULAR_SINGULAR:
        return IRREGULAR_SINGULAR[lower]
    if not lower.endswith("en") or len(lower) < 4:
        return None
    stem = lower[:-2]
    rest, vowel, coda = _final_vowel_group(stem)
    if len(stem) > 1 and stem[-1] == stem[-2] and stem[-1] not in VOWELS:
        candidates = [stem[:-1]]  # zetten -> zet, kennen -> ken
    elif len(coda) == 1 and len(vowel) == 1 and vowel in "aeou":
        doubled = rest + vowel + vowel + coda  # maken -> maak, verlaten -> verlaat
        unstressed = vowel == "e" and _syllables(stem) > 1 and stem.endswith(("el", "er", "en", "em"))
        candidates = [stem, doubled] if unstressed else [doubled, stem]  # ontwikkelen -> ontwikkel
    else:
        candidates = [stem]  # werken -> werk, voeren -> voer
    candidates = [c[:-1] + {"v": "f", "z": "s"}[c[-1]] if c[-1:] in ("v", "z") else c for c in candidates]
    forms = [c if c.endswith("t") else c + "t" for c in candidates]
    lookup = lemma_lookup()
    for form in forms:
        if lookup.get(form) == lower:
            return form
    return forms[0]


def infinitive(form: str) -> str | None:
    """The infinitive of a present-tense form ("zet" -> "zetten", "maakt" -> "maken",
    "leeft" -> "leven"), or None."""
    lower = form.lower()
    known = _known_as(lower, is_verb)
    if known is not None:
        return known
    for verb, singular_form in IRREGULAR_SINGULAR.items():
        if lower == singular_form:
            return verb
    stem = lower[:-1] if lower.endswith("t") and len(lower) > 3 else lower
    rest, vowel, coda = _final_vowel_group(stem)
    candidates = [stem + "en", stem + stem[-1:] + "en", stem + "ten"]
    if len(vowel) == 2 and vowel[0] == vowel[1]:
        candidates.append(rest + vowel[0] + coda + "en")  # maak -> maken
    voiced = {"f": "v", "s": "z"}.get(stem[-1:])
    if voiced:
        candidates += [c[: -len(coda) - 2] + voiced + "en" for c in candidates[-1:] if coda] + [
            stem[:-1] + voiced + "en"
        ]
    for candidate in candidates:
        if is_verb(candidate) and singular(candidate) in (lower, lower + "t"):
            return candidate
    return None


def compound_adjective(word: str) -> bool:
    """A noun + adjective compound the lexicon lacks ("toekomstbestendig", "kindvriendelijk")."""
    lower = word.lower()
    nouns = _index()["noun"]
    for cut in range(3, len(lower) - 4):
        left, right = lower[:cut], lower[cut:]
        if is_adjective(right) and (left in nouns or (left.endswith("s") and left[:-1] in nouns)):
            return True
    return False


def separable(infinitive: str) -> tuple[str, str] | None:
    """(particle, verb) of a separable verb: "meedoen" -> ("mee", "doen"), "kennismaken"
    -> ("kennis", "maken"); None for others."""
    lower = infinitive.lower()
    for particle in sorted(PARTICLES, key=len, reverse=True):
        rest = lower[len(particle) :]
        if lower.startswith(particle) and len(rest) > 3 and is_verb(rest) and is_verb(lower):
            return particle, rest
    return None
