"""Lexicon features for the bundled pipeline: which word classes a Dutch word can have.

UD Dutch LassySmall is small (~75K tokens), so many words in real text were never seen
in training. spacy-lookups-data knows far more Dutch words: 21.8K adjectives, 161K nouns
and 19K verbs (its lemma index) and 213K inflected forms with their lemma. We give every
word four boolean lexeme flags from those lists, and the tok2vec layer embeds them next
to NORM, PREFIX, SUFFIX and SHAPE (`FLAG40`..`FLAG43` in training/config.cfg), so the
tagger can tell an unseen "verduurzaming" is a noun and an unseen "groenere" an adjective.

The flags are installed by a `before_creation` callback in the pipeline's config,
registered through the `spacy_callbacks` entry point, so `spacy.load(path)` sets them in
any process where missionlint is installed.
"""

from __future__ import annotations

from functools import lru_cache

FLAG_ADJECTIVE, FLAG_NOUN, FLAG_VERB, FLAG_INFLECTED = 40, 41, 42, 43


@lru_cache(maxsize=1)
def _word_classes() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    from missionlint.nlp.components import dutch_lemma_lookup
    from missionlint.nlp.morphology import lemma_index

    index = lemma_index()
    return {c: index.get(c, frozenset()) for c in ("adj", "noun", "verb")}, dutch_lemma_lookup()


def _has_class(word_class: str):
    def getter(text: str) -> bool:
        classes, lookup = _word_classes()
        lower = text.lower()
        words = classes[word_class]
        return lower in words or lookup.get(lower, lower) in words

    return getter


def _inflected(text: str) -> bool:
    lower = text.lower()
    return _word_classes()[1].get(lower, lower) != lower


LEXICON_FLAGS = {
    FLAG_ADJECTIVE: _has_class("adj"),
    FLAG_NOUN: _has_class("noun"),
    FLAG_VERB: _has_class("verb"),
    FLAG_INFLECTED: _inflected,
}


def make_lexicon_flags():
    """The `before_creation` callback: the language's lexemes get the four flags.

    spaCy requires the callback to return the very class it was given, so the getters are
    added to that class's defaults (for this process; extra flags harm no other pipeline).
    """

    def before_creation(lang_cls):
        lang_cls.Defaults.lex_attr_getters = {**lang_cls.Defaults.lex_attr_getters, **LEXICON_FLAGS}
        return lang_cls

    return before_creation
