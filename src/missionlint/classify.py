"""Which kind of text a section reads as: missie, visie, waarden or strategie.

A weighted vote of cue patterns (from the `cues` rules) plus two structural cues that
token patterns cannot see: a list of short verbless items reads as values, and a short
text without any cue is most likely a mission. The same classification gives `unknown`
sections their inferred kind and lets the kind rules compare label and content.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.matcher import Matcher
from spacy.tokens import Doc

from missionlint.metrics import sentences, words

KINDS = ("missie", "visie", "waarden", "strategie")
MAX_HITS_PER_CUE = 2
LIST_WEIGHT = 3.0
SHORT_TEXT_PRIOR = 0.5


@dataclass
class Classification:
    scores: dict[str, float]
    cues: dict[str, list[str]] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        best = max(self.scores, key=lambda k: self.scores[k])
        return best if self.scores[best] > 0 else "unknown"

    @property
    def confidence(self) -> float:
        total = sum(self.scores.values())
        return round(self.scores[self.kind] / total, 2) if total and self.kind != "unknown" else 0.0


class KindClassifier:
    def __init__(self, nlp, cue_rules: list):
        self.nlp = nlp
        self.matcher = Matcher(nlp.vocab, validate=True)
        self.weights: dict[str, tuple[str, str, float]] = {}
        for rule in cue_rules:
            for kind, cues in rule.spec["cues"].items():
                for i, cue in enumerate(cues):
                    key = f"{rule.id}:{kind}:{i}"
                    self.weights[key] = (kind, cue.get("label", ""), float(cue.get("weight", 1)))
                    self.matcher.add(key, [cue["pattern"]], greedy="LONGEST")

    def classify(self, doc: Doc) -> Classification:
        scores = {kind: 0.0 for kind in KINDS}
        cues: dict[str, list[str]] = defaultdict(list)
        hits: dict[str, int] = defaultdict(int)
        for match_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[match_id]
            kind, _label, weight = self.weights[key]
            if hits[key] >= MAX_HITS_PER_CUE:
                continue
            hits[key] += 1
            scores[kind] += weight
            text = doc[start:end].text.lower()
            if text not in cues[kind]:
                cues[kind].append(text)
        items = sentences(doc)
        short_verbless = [s for s in items if len(words(s)) <= 4 and not any(t.pos_ in ("VERB", "AUX") for t in s)]
        if len(items) >= 3 and len(short_verbless) >= 0.6 * len(items):
            scores["waarden"] += LIST_WEIGHT
            cues["waarden"].append("lijst van korte kernwoorden")
        if sum(scores.values()) == 0 and 0 < len(words(doc)) <= 30:
            scores["missie"] += SHORT_TEXT_PRIOR
        return Classification(scores, dict(cues))
