"""Whether a section is written in Dutch, or in English or French (and so not checked).

Every rule reads Dutch; an English mission linted as Dutch gets findings that make no
sense and a score that means nothing. The language is read from the text itself, with no
service: function words that only one language uses (`rules/vocabulary/*-function-words`)
are counted, and a text with clearly more English or French than Dutch ones is that
language. The pipeline's lexicon (`nlp.lexicon`: which words Dutch knows) confirms it: a
text most of whose words Dutch knows stays Dutch ("Wij zijn de place to be voor
jongeren"). Pipelines without the lexicon flags are judged on function words alone.
"""

from __future__ import annotations

from functools import cache

from missionlint.checks.metrics import words
from missionlint.nlp.lexicon import FLAG_ADJECTIVE, FLAG_NOUN, FLAG_VERB
from missionlint.rulebook.vocabulary import words as word_list

DUTCH = "nl"
LANGUAGES = {"en": "english-function-words", "fr": "french-function-words"}
NAMES = {DUTCH: "Nederlands", "en": "Engels", "fr": "Frans"}  # as reports say them
MIN_WORDS = 3  # shorter texts are taken to be Dutch
SHORT_TEXT = 6  # up to this many words, one foreign function word and no Dutch one decide
DUTCH_LEXICON_SHARE = 0.6  # a text whose words Dutch mostly knows is Dutch
_FLAGS = (FLAG_ADJECTIVE, FLAG_NOUN, FLAG_VERB)


@cache
def _function_words() -> dict[str, frozenset[str]]:
    return {DUTCH: word_list("dutch-function-words"), **{code: word_list(name) for code, name in LANGUAGES.items()}}


def language(doc) -> str:
    """ "nl", or the code of the language the text is written in instead ("en", "fr")."""
    tokens = [t for t in words(doc) if t.is_alpha]
    if len(tokens) < MIN_WORDS:
        return DUTCH
    lower = [t.lower_ for t in tokens]
    lists = _function_words()
    dutch = sum(w in lists[DUTCH] for w in lower)
    hits = {code: sum(w in lists[code] for w in lower) for code in LANGUAGES}
    code = max(hits, key=lambda c: hits[c])
    found = hits[code]
    clear = found >= 2 or (found == 1 and dutch == 0 and len(tokens) <= SHORT_TEXT)
    if not clear or found <= 2 * dutch:
        return DUTCH
    flagged = [any(t.check_flag(flag) for flag in _FLAGS) for t in tokens]
    if any(flagged):  # the pipeline has the lexicon flags
        known = sum(f or w in lists[DUTCH] for f, w in zip(flagged, lower))
        if known / len(tokens) >= DUTCH_LEXICON_SHARE:
            return DUTCH
    return code
