"""Named measurements of a parsed section, for `metric` rules.

Each metric takes the section's Doc and returns a Measurement: the value and the span it
is about (the whole section, or e.g. the longest sentence), so a finding can point at it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from missionlint.nlp.segmentation import is_word, segments, sentences
from missionlint.rulebook.vocabulary import words as words_of

FIRST_PERSON = {"wij", "we", "ons", "onze", "mij", "ik", "mijn", "me", "onszelf"}


@dataclass(frozen=True)
class Measurement:
    value: float
    start: int  # character offsets in the Doc
    end: int


_WORDS_KEY = "missionlint.words"


def words(doc) -> list:
    """The tokens that are words (no punctuation, no whitespace) of a Doc or Span.

    Most rules and metrics ask for a section's words, so a Doc's are computed once and
    kept in its `user_data`; callers must not change the list."""
    user_data = getattr(doc, "user_data", None)  # a Doc has it, a Span not
    if user_data is None:
        return [t for t in doc if not (t.is_punct or t.is_space)]
    cached = user_data.get(_WORDS_KEY)
    if cached is None:
        cached = user_data[_WORDS_KEY] = [t for t in doc if not (t.is_punct or t.is_space)]
    return cached


def _whole(doc, value: float) -> Measurement:
    content = words(doc)
    if not content:
        return Measurement(value, 0, 0)
    return Measurement(value, content[0].idx, content[-1].idx + len(content[-1]))


def word_count(doc) -> Measurement:
    return _whole(doc, len(words(doc)))


def sentence_count(doc) -> Measurement:
    return _whole(doc, len(sentences(doc)))


def longest_sentence(doc) -> Measurement:
    sents = sentences(doc)
    if not sents:
        return Measurement(0, 0, 0)
    longest = max(sents, key=lambda s: len(words(s)))
    content = words(longest)
    return Measurement(len(content), content[0].idx, content[-1].idx + len(content[-1]))


def first_person_share(doc) -> Measurement:
    """Share of first-person words (wij, we, ons, onze, ...) among the section's words."""
    content = words(doc)
    if not content:
        return Measurement(0.0, 0, 0)
    share = sum(t.lower_ in FIRST_PERSON for t in content) / len(content)
    return _whole(doc, round(share, 3))


# Words that point outward, at the people an organisation is for or the world it wants to
# change (rules/vocabulary); set against the first-person words by `inward_share`.
OUTWARD_LISTS = ("people", "everyone", "places")
INWARD_MIN = 3  # first-person words before a text can look inward at all: one "wij" is fine


def inward_share(doc) -> Measurement:
    """First-person words against those words plus mentions of the people and the world
    the organisation is for: how much of what the text points at is the organisation.

    "Wij ... onze ... ons" five times and "inwoners" once is 0.83; a text that says "we"
    three times but names inwoners, kinderen and de wijk is 0.5. Texts with fewer than
    INWARD_MIN first-person words are 0.
    """
    content = words(doc)
    inward = sum(t.lower_ in FIRST_PERSON for t in content)
    if inward < INWARD_MIN:
        return Measurement(0.0, 0, 0)
    outward_words = words_of(*OUTWARD_LISTS)
    outward = sum(t.lower_ in outward_words for t in content)
    return _whole(doc, round(inward / (inward + outward), 3))


@lru_cache(maxsize=1)
def _hyphenator():
    import pyphen

    return pyphen.Pyphen(lang="nl_NL")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables of a Dutch word, from pyphen's Dutch hyphenation dictionary."""
    letters = "".join(c for c in word if c.isalpha())
    if not letters:
        return 0
    return len(_hyphenator().positions(letters.lower())) + 1


def flesch_douma(doc) -> Measurement:
    """Flesch-Douma reading ease: 206.835 - 0.93 x words/sentence - 77 x syllables/word."""
    content = [t for t in words(doc) if any(c.isalpha() for c in t.text)]
    n_sents = max(1, len(sentences(doc)))
    if not content:
        return Measurement(100.0, 0, 0)
    per_sentence = len(content) / n_sents
    per_word = sum(syllables(t.text) for t in content) / len(content)
    return _whole(doc, round(206.835 - 0.93 * per_sentence - 77 * per_word, 1))


READING_EASE_MIN_WORDS = 25


def reader_sentences(doc) -> list[list]:
    """The words of each sentence that has a letter ("1", "2030" alone do not count).

    The sentences are the ones `nlp.segmentation` sets: split at . ! ? … before a capital,
    at blank lines and at list items, not where a paragraph is merely wrapped. Counts that
    users are judged on (a mission of one sentence, no sentence over 30 words) follow
    them, not the parser's guesses.
    """
    out = [[t for t in s if is_word(t)] for s in sentences(doc)]
    return [s for s in out if any(c.isalpha() for t in s for c in t.text)]


def reader_sentence_count(doc) -> Measurement:
    """Number of sentences by punctuation and line breaks (see reader_sentences)."""
    return _whole(doc, len(reader_sentences(doc)))


def longest_reader_sentence(doc) -> Measurement:
    """Words in the longest sentence by punctuation, pointing at that sentence.

    Unlike `longest_sentence`, a sentence the parser wrongly cut in two still counts whole,
    and two sentences it wrongly glued together still count apart.
    """
    sents = reader_sentences(doc)
    if not sents:
        return Measurement(0, 0, 0)
    longest = max(sents, key=len)
    return Measurement(len(longest), longest[0].idx, longest[-1].idx + len(longest[-1]))


def reading_ease(doc) -> Measurement:
    """Flesch-Douma over reader sentences, for sections of at least 25 words.

    The formula averages over sentences and words; on a one-line slogan or a list of value
    words a single long compound swings it by tens of points, so shorter sections get an
    empty span (no finding) instead of a number nobody should act on.
    """
    content = [t for t in words(doc) if any(c.isalpha() for c in t.text)]
    if len(content) < READING_EASE_MIN_WORDS:
        return Measurement(100.0, 0, 0)
    per_sentence = len(content) / max(1, len(reader_sentences(doc)))
    per_word = sum(syllables(t.text) for t in content) / len(content)
    return _whole(doc, round(206.835 - 0.93 * per_sentence - 77 * per_word, 1))


# --------------------------------------------------------------------------- value lists

LIST_SEPARATORS = {",", "en", "of", "&", ";", "/", "-", "–", "—", "|", "·", "•", "*"}
# "Onze waarden zijn ...", "werken vanuit ...", "Wij vinden ... belangrijk", "Wij werken
# veilig, open en ...", "Bij ons staan ..., ... en ... centraal"
LIST_INTRODUCERS = {":", "zijn", "is", "vanuit", "vinden", "vindt", "werken", "werkt", "handelen", "staan", "staat"}
INVERTED_SUBJECT = {"we", "wij", "ze", "zij"}
BASED_ON = {"gebaseerd", "gebouwd", "steunt", "steunen", "rust", "rusten", "berust"}  # + "op"
# Two words before a list: "gebaseerd op ...", "Wij staan voor ...", "werkt met ..."
INTRODUCING_PAIRS = (
    {(verb, "op") for verb in BASED_ON}
    | {(verb, "voor") for verb in ("staan", "staat")}
    | {(verb, "met") for verb in ("werken", "werkt", "handelen", "handelt")}
    | {("belang", "aan"), ("waarde", "aan")}
)  # "Wij hechten belang aan ..."
NOT_A_VALUE_WORD = {
    "de",
    "het",
    "een",
    "onze",
    "ons",
    "uw",
    "hun",
    "mijn",
    "jouw",
    "haar",
    "zijn",
    "wij",
    "we",
    "ze",
    "zij",
    "die",
    "dat",
    "deze",
    "dit",
    "elk",
    "elke",
    "ieder",
    "iedere",
    "alle",
    "al",
    "geen",
    "er",
    "niet",
    "meer",
    "minder",
    "waar",
    "waarin",
    "wie",
    "wat",
}
MAX_ITEM_WORDS = 3
MIN_LIST_ITEMS = 3


def _value_word(token, alone: bool = False) -> bool:
    """A word that can be (part of) a bare value item: noun, adjective, participle, adverb;
    a verb only `alone` on its line, where it is a nominal infinitive or a noun the tagger
    took for a verb ("Vertrouwen", "Inzet")."""
    if token.is_punct or token.is_space or token.like_num or token.lower_ in NOT_A_VALUE_WORD:
        return False
    if token.lower_ in LIST_SEPARATORS:
        return False
    if token.pos_ == "ADP" and token.tag_.startswith("VZ|fin"):
        return True  # adverbial "dichtbij", "voorop"
    if token.pos_ in ("DET", "NUM", "PRON", "ADP", "SCONJ", "CCONJ", "AUX", "SYM", "INTJ"):
        return False
    return token.pos_ != "VERB" or "Part" in token.morph.get("VerbForm") or alone


_SEGMENTS_KEY = "missionlint.segments"


def _segments(doc) -> list[list]:
    """`nlp.segmentation.segments`, kept in a Doc's `user_data` like `words`: the
    value-list measures all read them."""
    user_data = getattr(doc, "user_data", None)
    if user_data is None:
        return segments(doc)
    cached = user_data.get(_SEGMENTS_KEY)
    if cached is None:
        cached = user_data[_SEGMENTS_KEY] = segments(doc)
    return cached


def _before_noun(token) -> bool:
    """An inflected adjective in front of a noun ("betrouwbare, betaalbare energie"): the
    list is one noun phrase. An uninflected one ("Betrouwbaar – Samen") stands alone."""
    return "prenom" in token.tag_ and "met-e" in token.tag_


def _list_items(segment: list, start: int) -> tuple[list[list], bool, int]:
    """Items of a list that begins at segment[start], whether it fills the segment, and
    the index of the first word after the list (and its separators).

    An item is 1-3 value words; items are separated by commas, "en", "of" and the like.
    An item followed by a colon is a label that gets explained ("Respect: we luisteren
    ..."), so it is not bare and ends the list.
    """
    items: list[list] = []
    words = (t for t in segment[start:] if not (t.is_punct or t.is_space))
    alone = next(words, None) is not None and next(words, None) is None  # one word on its line
    i = start
    while i < len(segment):
        j = i
        while j < len(segment) and _value_word(segment[j], alone):
            j += 1
        item = segment[i:j]
        if not item or len(item) > MAX_ITEM_WORDS or _before_noun(item[-1]):
            return items, False, i  # "betrouwbare, betaalbare ... energie" is one noun phrase
        if j < len(segment) and segment[j].text == ":":
            return items, False, j
        items.append(item)
        if j == len(segment):
            return items, True, j
        if segment[j].lower_ not in LIST_SEPARATORS:
            return items, False, j  # "zorgzaamheid vormen ...": the list ends with this item
        i = j + 1
        while i < len(segment) and segment[i].lower_ in LIST_SEPARATORS:
            i += 1
    return items, True, i


def _things_or_people(items: list[list]) -> bool:
    """A list whose items are mostly plural nouns names people or things ("studenten,
    docenten en onderzoekers", "zorg, energie en water" is singular), not values, which
    are qualities: singular nouns or adjectives. So does a list of mostly adjective + noun
    items: states or goods ("droge voeten, genoeg water en schoon water")."""
    plural = sum(1 for item in items if item[-1].pos_ == "NOUN" and "Plur" in item[-1].morph.get("Number"))
    phrases = sum(1 for item in items if len(item) >= 2 and item[-1].pos_ == "NOUN" and item[-2].pos_ in ("ADJ", "DET"))
    return plural * 2 >= len(items) or phrases * 2 > len(items)


# A list followed by one of these says why it matters ("..., zodat ...", "... om ... te"),
# or, with "voor" + everyone, what all others should get ("... voor elke cliënt"; "respect
# voor onze klanten" is still the organisation's own conduct): explained, not bare.
LIST_PURPOSE = {"zodat", "opdat", "waardoor", "om", "waarmee"}
EVERYONE = {"elke", "iedere", "ieder", "elk", "alle", "iedereen"}


def _explained_after(segment: list, end: int) -> bool:
    if end >= len(segment):
        return False
    if segment[end].lower_ in LIST_PURPOSE:
        return True
    return segment[end].lower_ == "voor" and end + 1 < len(segment) and segment[end + 1].lower_ in EVERYONE


def value_list_items(doc, bare: bool = False) -> list[list]:
    """Bare value items: words listed without saying what they mean in practice.

    Counts items of lists of at least three short noun or adjective items ("Respect,
    openheid en vakmanschap", "Wij zijn betrokken, betrouwbaar en duidelijk", "Onze
    waarden: ..."), and of at least three consecutive sentences or bullets that each hold
    only such an item ("Duurzaam. Dichtbij. Eerlijk."). A list starts a sentence or
    follows a colon, a copula or "gebaseerd op / vanuit"; lists inside a phrase ("vragen
    over welzijn, geld en wonen") do not count, nor items that a colon explains, nor
    lists of plural nouns (people or things). With `bare`, a list that goes on to say for
    whom or what for ("voor elke cliënt", "zodat ...") does not count either: that is
    still a list of values (the classifier's question) but not one without meaning (ML109's).
    """
    found: list[list] = []
    single: list[list] = []  # consecutive segments that are one bare item each
    listed: list[list] = []  # items of every segment that is one or two bare items
    listed_segments = 0
    segmented = _segments(doc)
    for segment in segmented:
        lead = 0
        while lead < len(segment) and segment[lead].is_punct:
            lead += 1  # bullets
        items, whole, _end = _list_items(segment, lead)
        if whole and len(items) <= 2:
            listed.extend(items)
            listed_segments += 1
        if whole and len(items) == 1:
            single.append(items[0])
            continue
        if len(single) >= MIN_LIST_ITEMS:
            found.extend(single)
        single = []
        starts = [lead] + [
            k + 1
            for k in range(lead, len(segment) - 1)
            if segment[k].lower_ in LIST_INTRODUCERS
            or (k > 0 and (segment[k - 1].lower_, segment[k].lower_) in INTRODUCING_PAIRS)
        ]
        # after a verb that introduces a list, the subject may come first: "vinden we ..."
        starts = [
            k + 1 if k < len(segment) and k > lead and segment[k].lower_ in INVERTED_SUBJECT else k for k in starts
        ]
        for k in starts:
            items, _whole, end = _list_items(segment, k)
            if len(items) >= MIN_LIST_ITEMS:
                explained = bare and _explained_after(segment, end)
                if not explained and not _things_or_people(items):
                    found.extend(items)
                break
    if len(single) >= MIN_LIST_ITEMS:
        found.extend(single)
    # a list of values with a longer bullet here and there ("Respect", "Eerlijkheid en
    # loyaliteit", "Zorgvuldig omgaan met middelen", ...): its bare bullets, when they are
    # at least three items and half the segments
    if (
        not found
        and len(listed) >= MIN_LIST_ITEMS
        and listed_segments * 2 >= len(segmented)
        and not _things_or_people(listed)
    ):
        found.extend(listed)
    return found


ITEM_EXPLAINERS = {":", "–", "—", "-"}
MOTTO_MAX_WORDS = 4
COMPARATIVE_WORDS = {"meer", "minder", "geen", "beter"}


# The words that open an audience's part of a text ("Cliënt: ...", "Organisatie: ...").
AUDIENCE_LISTS = ("people", "everyone", "organisation-words")


def explained_value_items(doc) -> int:
    """How many value words are each followed by their own explanation.

    Values are often written as a word plus what it means in practice: "Eerlijk: we
    zeggen ...", "Nabij – we komen ...", or the word on a line of its own with the
    explanation on the next line. Neither is a bare list (value_list_items leaves them
    out on purpose), yet both read as values, so the classifier counts them here: a
    segment that opens with one value word followed by a colon or dash and more words, or
    a segment that is only that word and is followed by a longer segment. Two words
    ("Passende zorg: ...") make a strategic theme, not a value.
    An explanation with a number is a target per theme ("Wonen: 500 woningen"), which is
    strategy, so it does not count; the article "een", which spaCy's `like_num` also
    takes for a number, is no target ("Kwaliteit: een kritische houding ..."). A word for
    people or for the organisation opens what it means for them ("Cliënt: ...",
    "Medewerkers: ..."), an audience, not a value.
    """
    segments = _segments(doc)
    audiences = words_of(*AUDIENCE_LISTS)
    count = 0
    for n, segment in enumerate(segments):
        lead = 0
        while lead < len(segment) and segment[lead].is_punct:
            lead += 1  # bullets
        j = lead + 1
        if j > len(segment) or not _value_word(segment[lead]) or (j < len(segment) and _value_word(segment[j])):
            continue
        if segment[lead].lower_ in audiences:
            continue
        if j < len(segment) - 1 and segment[j].text in ITEM_EXPLAINERS:
            explanation = segment[j + 1 :]
        elif j == len(segment) and n + 1 < len(segments) and len(segments[n + 1]) > 3:
            explanation = segments[n + 1]
        else:
            continue
        if not any(t.like_num and t.pos_ != "DET" for t in explanation):
            count += 1
    return count


def motto_lines(doc) -> int:
    """The longest run of short slogan-like sentences or bullets ("Verbinden. Verrassen.").

    Values are also written as a few very short lines: verbs ("Verbinden. Verdiepen."),
    imperatives ("Durf te vragen.", "Deel wat je weet.") or slogans ("Samen sterk."). The
    tagger often reads a sentence-initial imperative as a noun, so this counts by shape:
    consecutive segments of at most four words, without numbers or comparatives (a
    short bullet like "25 nieuwe winkels" or "Meer groen" is a target, not a motto).
    """
    best = run = 0
    for segment in _segments(doc):
        content = [t for t in segment if not t.is_punct]
        if 0 < len(content) <= MOTTO_MAX_WORDS and not any(
            t.like_num or t.lower_ in COMPARATIVE_WORDS or "Cmp" in t.morph.get("Degree") for t in content
        ):
            run += 1
            best = max(best, run)
        else:
            run = 0
    return best


def bare_value_items(doc) -> Measurement:
    """Number of bare value items (see value_list_items), pointing at the first to the last."""
    items = value_list_items(doc, bare=True)
    if not items:
        return Measurement(0, 0, 0)
    first, last = items[0][0], items[-1][-1]
    return Measurement(len(items), first.idx, last.idx + len(last))


METRICS: dict[str, Callable] = {
    "words": word_count,
    "sentences": sentence_count,
    "longest_sentence": longest_sentence,
    "first_person_share": first_person_share,
    "inward_share": inward_share,
    "bare_value_items": bare_value_items,
    "flesch_douma": flesch_douma,
    "reader_sentences": reader_sentence_count,
    "longest_reader_sentence": longest_reader_sentence,
    "reading_ease": reading_ease,
}
