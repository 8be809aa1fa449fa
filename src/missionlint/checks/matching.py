"""Token matching that runs only the rules a doc can match: those that apply to it and
whose trigger words it contains.

spaCy's Matcher starts every pattern afresh at every token, so its cost grows with
tokens x patterns, and our ~190 rule and cue patterns made matching cost half as much as
parsing. Most patterns need one literal word somewhere ("wil", "zodat", one of a list of
buzzwords): a match is impossible in a doc that lacks all of them. `TriggeredMatcher`
keeps one spaCy Matcher per key and runs it only on docs that contain, for one of the
key's patterns, a word of every mandatory literal token (checked with set intersections
on `doc.to_array`), a literal prefilter as regex search engines use; requiring every such
token, not only the rarest, skips a third of the calls (four in five found nothing). The
matches are the same as those of one Matcher with every key: keys never interact in
spaCy's Matcher, and each key keeps its own `greedy` filtering (tests/test_matching.py
compares the two on every rule example).
"""

from __future__ import annotations

from spacy.attrs import LEMMA, LOWER, NORM, ORTH
from spacy.matcher import Matcher

# Pattern keys whose value is compared with one token attribute, and that attribute.
TRIGGER_ATTRS = {"ORTH": ORTH, "TEXT": ORTH, "LOWER": LOWER, "NORM": NORM, "LEMMA": LEMMA}
# Quantifiers under which a token must occur at least once in every match.
MANDATORY_OPS = (None, "+")


def pattern_requirements(pattern: list[dict]) -> list[tuple[str, frozenset[str]]]:
    """(attribute, words) for every mandatory token with literal values (`LOWER: wil`,
    `LEMMA: {IN: [...]}`): every match of `pattern` contains one of each token's words."""
    found = []
    for token in pattern:
        if token.get("OP") not in MANDATORY_OPS:
            continue
        for name, value in token.items():
            if name not in TRIGGER_ATTRS:
                continue
            if isinstance(value, str):
                found.append((name, frozenset([value])))
            elif isinstance(value, dict) and set(value) == {"IN"} and isinstance(value["IN"], list):
                found.append((name, frozenset(str(v) for v in value["IN"])))
    return found


class TriggeredMatcher:
    """Drop-in for `spacy.matcher.Matcher` (add, len, call) that runs a key only on docs
    that contain the required words of one of its patterns (a key with a pattern without
    any always runs), and only when the caller asks for it: the engine skips rules that do
    not apply to the section's kind.

    Every call of a spaCy Matcher walks the whole doc once before matching, so keys with
    the same required words and the same `group` share one Matcher (one walk). The caller
    gives keys it always asks for together the same group (the engine: rules that apply
    to the same kinds), so a shared Matcher never runs for keys nobody asked for.
    """

    def __init__(self, vocab, validate: bool = False):
        self.vocab = vocab
        self.validate = validate
        # (group, signature: per pattern the (attribute id, word hashes) pairs it requires,
        # or None for "always") -> (keys, matcher)
        self._groups: dict[tuple, tuple[set[str], Matcher]] = {}
        self._attrs: list[int] = []

    def __len__(self) -> int:
        return len({key for keys, _matcher in self._groups.values() for key in keys})

    def add(self, key: str, patterns: list[list[dict]], greedy: str | None = None, group=None) -> None:
        """Without `greedy`, each pattern goes with its own required words, so that one
        pattern with a common trigger ("in 2035") does not make a key's other patterns run
        on every doc (the shared unless set has 40). With `greedy`, a key's patterns stay in
        one Matcher, which filters their overlapping matches against each other."""
        if greedy is None:
            buckets: dict = {}
            for pattern in patterns:
                buckets.setdefault(self._signature([pattern]), []).append(pattern)
        else:
            buckets = {self._signature(patterns): patterns}
        for signature, bucket in buckets.items():
            keys, matcher = self._groups.setdefault(
                (group, signature), (set(), Matcher(self.vocab, validate=self.validate))
            )
            matcher.add(key, bucket, greedy=greedy)
            keys.add(key)

    def _signature(self, patterns: list[list[dict]]):
        """What a doc must contain for one of `patterns` to match, or None (always run): per
        pattern, (attribute id, word hashes) pairs that must all meet the doc."""
        alternatives = []
        for pattern in patterns:
            required = pattern_requirements(pattern)
            if not required:
                return None
            pairs = []
            for name, words in required:
                attr = TRIGGER_ATTRS[name]
                pairs.append((attr, frozenset(self.vocab.strings.add(w) for w in words)))
                if attr not in self._attrs:
                    self._attrs.append(attr)
            alternatives.append(frozenset(pairs))
        return frozenset(alternatives) or None

    def __call__(self, doc, keys: set[str] | None = None) -> list[tuple[int, int, int]]:
        """(match_id, start, end) of every key (or of `keys`), ordered by position."""
        matches: list[tuple[int, int, int]] = []
        if not len(doc):
            return matches
        present = None
        for (_group, signature), (group_keys, matcher) in self._groups.items():
            if keys is not None and group_keys.isdisjoint(keys):
                continue
            if signature is not None:
                if present is None:
                    columns = doc.to_array(self._attrs).reshape(len(doc), len(self._attrs))
                    present = {attr: set(columns[:, i].tolist()) for i, attr in enumerate(self._attrs)}
                if not _may_match(signature, present):
                    continue
            found = matcher(doc)
            if keys is not None and not group_keys <= keys:
                strings = self.vocab.strings
                found = [m for m in found if strings[m[0]] in keys]
            matches.extend(found)
        # a key split over several Matchers can find one span twice
        return sorted(set(matches), key=lambda m: (m[1], m[2], m[0]))


def _may_match(signature: frozenset, present: dict[int, set[int]]) -> bool:
    """Whether, for one of the patterns in `signature`, the doc holds a word of each of its
    mandatory literal tokens (`present`: the doc's word hashes per attribute)."""
    return any(all(not words.isdisjoint(present[attr]) for attr, words in pairs) for pairs in signature)
