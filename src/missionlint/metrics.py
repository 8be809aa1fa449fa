"""Named measurements of a parsed section, for `metric` rules.

Each metric takes the section's Doc and returns a Measurement: the value and the span it
is about (the whole section, or e.g. the longest sentence), so a finding can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

FIRST_PERSON = {"wij", "we", "ons", "onze", "mij", "ik", "mijn", "me", "onszelf"}


@dataclass(frozen=True)
class Measurement:
    value: float
    start: int  # character offsets in the Doc
    end: int


def words(doc) -> list:
    return [t for t in doc if not (t.is_punct or t.is_space)]


def sentences(doc) -> list:
    """Sentences that contain at least one word."""
    return [s for s in doc.sents if any(not (t.is_punct or t.is_space) for t in s)]


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


METRICS: dict[str, Callable] = {
    "words": word_count,
    "sentences": sentence_count,
    "longest_sentence": longest_sentence,
    "first_person_share": first_person_share,
    "flesch_douma": flesch_douma,
}
