"""TriggeredMatcher: the same matches as one spaCy Matcher, with keys skipped by trigger words."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher

from missionlint.checks.classify import match_view
from missionlint.checks.matching import TriggeredMatcher, pattern_requirements

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@pytest.mark.parametrize(
    "pattern, required",
    [
        ([{"LOWER": "wil"}, {"POS": "VERB"}], [("LOWER", {"wil"})]),
        (
            [{"LOWER": {"IN": ["wij", "we", "ons"]}}, {"LEMMA": {"IN": ["bieden", "leveren"]}}],
            [("LOWER", {"wij", "we", "ons"}), ("LEMMA", {"bieden", "leveren"})],
        ),
        ([{"LOWER": "zodat", "OP": "?"}, {"POS": "ADJ"}], []),  # optional: a match need not contain it
        ([{"LOWER": {"REGEX": "^over"}}, {"IS_PUNCT": False, "OP": "+"}], []),  # no literal word
        ([{"POS": "NOUN"}, {"TEXT": "Wij", "OP": "+"}], [("TEXT", {"Wij"})]),
        ([{"LOWER": {"NOT_IN": ["wij"]}}], []),
    ],
)
def test_the_required_words_are_those_every_match_contains(pattern, required):
    assert [(name, set(words)) for name, words in pattern_requirements(pattern)] == required


def _all_patterns(rules):
    """Every token pattern of the built-in rules and cues, under distinct keys."""
    for rule in rules:
        if rule.type == "pattern":
            yield rule.id, rule.spec["patterns"], rule.spec.get("greedy", "LONGEST")
            if rule.spec.get("unless"):
                yield rule.id + ":unless", rule.spec["unless"], None
        elif rule.type == "cues":
            for kind, cues in rule.spec["cues"].items():
                for i, cue in enumerate(cues):
                    yield f"{rule.id}:{kind}:{i}", [cue["pattern"]], "LONGEST"


def test_same_matches_as_one_spacy_matcher_on_every_example(nlp, rules):
    plain, triggered = Matcher(nlp.vocab), TriggeredMatcher(nlp.vocab)
    for key, patterns, greedy in _all_patterns(rules):
        plain.add(key, patterns, greedy=greedy)
        triggered.add(key, patterns, greedy=greedy)
    assert len(triggered) == len(plain)
    texts = [t for rule in rules for t in (*rule.bad, *rule.good) if isinstance(t, str)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))]
    matched = 0
    for doc in nlp.pipe(texts):
        view, _ = match_view(doc)
        expected = sorted(plain(view), key=lambda m: (m[1], m[2], m[0]))
        got = sorted(triggered(view), key=lambda m: (m[1], m[2], m[0]))
        assert got == expected, doc.text
        matched += bool(got)
    assert matched > len(texts) // 2, "the comparison must see matches, not only empty lists"
