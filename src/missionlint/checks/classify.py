"""Which kind of text a section reads as: missie, visie, waarden or strategie.

A weighted vote of cue patterns (from the `cues` rules) plus structural cues that
token patterns cannot see: a list of bare value words (`metrics.value_list_items`: three
or more short noun or adjective items, in one sentence or as short sentences or bullets)
reads as values, and so do value words that each get their own explanation ("Eerlijk:
we ...", "Nabij – ...", or the word on its own line) and runs of three or more very short
slogan-like lines ("Verbinden. Verrassen. Verdiepen.", "Durf te vragen."), forms that
organisations use for values as often as bare lists, while missions and visions are
written in full sentences. A belief about the field (the framing profile's `belief`: how
people are, what something is for) reads as a vision. A short text without any cue is
most likely a mission, a longer one a vision. The same classification gives `unknown`
sections their inferred kind and lets the kind rules compare label and content. Cue
patterns match on `match_view(doc)`, which leaves out whitespace tokens, so a line break inside a sentence
does not break a pattern.

An unlabelled text is classified paragraph by paragraph too (`KindClassifier.parts`):
when its paragraphs read clearly as different kinds (a mission, then a vision), it is
cut into parts that are checked as those kinds, instead of as one text of one kind.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from spacy.tokens import Doc

from missionlint.checks import framing
from missionlint.checks.cues import EXPLAINED_VALUES, MOTTOS, SLOGAN, TIMELESS_STATE, VALUE_LIST, VIEWS
from missionlint.checks.matching import TriggeredMatcher
from missionlint.checks.metrics import (
    explained_value_items,
    motto_lines,
    value_list_items,
    words,
)
from missionlint.findings import SentenceFraming
from missionlint.kinds import LINTED_KINDS
from missionlint.nlp.pipeline import KIND_MODEL
from missionlint.nlp.views import match_view

KINDS = LINTED_KINDS
MAX_HITS_PER_CUE = 2
LIST_WEIGHT = 3.0
EXPLAINED_MIN = 2  # value words with their own explanation, for the explained-values cue
MOTTO_MIN = 3  # consecutive very short lines, for the motto cue
SHORT_TEXT_PRIOR = 0.5
# The bundled pipeline's `kind_textcat` (a bag-of-words classifier trained on our labelled
# statements, `python -m missionlint.training.kind_model`) adds its probabilities times
# MODEL_WEIGHT: enough to decide between weak or no cues, not to overrule strong ones.
# Other pipelines have no such component; the cues then decide alone.
MODEL_WEIGHT = 4.0
MODEL_CUE = "woordgebruik zoals in {kind}teksten ({p:.0%})"
# Cutting a mission of three paragraphs into three texts is worse than leaving a mission
# and a vision together, so the bars are high (measured in eval/README.md): an unlabelled
# text that reads as a mission as a whole with MISSION_KEPT of the scores is never cut, and
# a paragraph reads clearly as a kind when the kind wins with PART_CONFIDENCE of the scores
# (of the label's kinds, under "Missie en visie") and either leads the runner-up by
# PART_MARGIN or the text model is PART_MODEL sure.
MISSION_KEPT = 0.6
PART_CONFIDENCE = 0.6
PART_MARGIN = 1.5
PART_MODEL = 0.8


@dataclass(frozen=True)
class Part:
    """A stretch of paragraphs of an unlabelled text that reads as one kind."""

    start: int  # character offsets in the text's doc
    end: int
    doc: Doc  # the stretch as a doc of its own (a copy of the parsed tokens)
    profile: list[SentenceFraming]  # its framing, sentence by sentence (checks.framing)
    classification: Classification
    paragraphs: tuple[int, int]  # first and last paragraph, counted from 1


@dataclass
class Classification:
    scores: dict[str, float]
    cues: dict[str, list[str]] = field(default_factory=dict)  # phrases found in the text, per kind
    model: dict[str, float] = field(default_factory=dict)  # the text model's probabilities, if any
    labels: dict[str, set[str]] = field(default_factory=dict)  # the labels of the cues found, per kind
    # what the text's shape added, per kind: cue label -> weight ("lijst van losse kernwoorden")
    structure: dict[str, dict[str, float]] = field(default_factory=dict)

    def without(self, ignored: set[str]) -> Classification:
        """The same reading without the structural cues labelled `ignored`."""
        if not any(ignored & weights.keys() for weights in self.structure.values()):
            return self
        scores, cues = dict(self.scores), {kind: list(found) for kind, found in self.cues.items()}
        for kind, weights in self.structure.items():
            for label, weight in weights.items():
                if label in ignored:
                    scores[kind] -= weight
                    cues[kind] = [c for c in cues.get(kind, []) if c != label]
        kept = {
            kind: {k: w for k, w in weights.items() if k not in ignored} for kind, weights in self.structure.items()
        }
        return Classification(scores, cues, self.model, self.labels, kept)

    @property
    def kind(self) -> str:
        best = max(self.scores, key=lambda k: self.scores[k])
        return best if self.scores[best] > 0 else "unknown"

    def evidence(self) -> dict[str, list[str]]:
        """What a reader is shown per kind: the phrases, then the text model's verdict
        where it is at least even."""
        shown = {kind: list(found) for kind, found in self.cues.items()}
        if self.model:
            top = max(self.model, key=lambda kind: self.model[kind])
            if self.model[top] >= 0.5:
                shown.setdefault(top, []).append(MODEL_CUE.format(kind=top, p=self.model[top]))
        return shown

    @property
    def confidence(self) -> float:
        total = sum(self.scores.values())
        return round(self.scores[self.kind] / total, 2) if total and self.kind != "unknown" else 0.0


class KindClassifier:
    def __init__(self, nlp, cue_rules: list):
        self.nlp = nlp
        self.matcher = TriggeredMatcher(nlp.vocab, validate=True)
        self.weights: dict[str, tuple[str, str, float]] = {}
        for rule in cue_rules:
            for kind, cues in rule.spec["cues"].items():
                for i, cue in enumerate(cues):
                    key = f"{rule.id}:{kind}:{i}"
                    self.weights[key] = (kind, cue.get("label", ""), float(cue.get("weight", 1)))
                    self.matcher.add(key, [cue["pattern"]], greedy="LONGEST")

    def classify(self, doc: Doc, profile: list | None = None) -> Classification:
        """The kind of a parsed section; `profile` is its framing (checks.framing), which
        tells a slogan from a noun phrase of an outcome."""
        scores = dict.fromkeys(KINDS, 0.0)
        cues: dict[str, list[str]] = defaultdict(list)
        labels: dict[str, set[str]] = defaultdict(set)
        hits: dict[str, int] = defaultdict(int)
        view, _ = match_view(doc)
        for match_id, start, end in self.matcher(view):
            key = self.nlp.vocab.strings[match_id]
            kind, label, weight = self.weights[key]
            if hits[key] >= MAX_HITS_PER_CUE:
                continue
            hits[key] += 1
            scores[kind] += weight
            labels[kind].add(label)
            # a long match reads badly in a message: show the cue's label instead
            text = view[start:end].text.lower() if end - start <= 4 else label
            if text not in cues[kind]:
                cues[kind].append(text)
        structure: dict[str, dict[str, float]] = defaultdict(dict)

        def shaped(kind: str, label: str, weight: float) -> None:
            scores[kind] += weight
            cues[kind].append(label)
            structure[kind][label] = weight

        if value_list_items(doc):
            shaped("waarden", VALUE_LIST, LIST_WEIGHT)
        elif explained_value_items(doc) >= EXPLAINED_MIN:
            shaped("waarden", EXPLAINED_VALUES, LIST_WEIGHT)
        if motto_lines(doc) >= MOTTO_MIN:
            shaped("waarden", MOTTOS, LIST_WEIGHT)
        elif profile is not None and _slogan(doc, profile):
            shaped("waarden", SLOGAN, LIST_WEIGHT)
        if profile is not None and not labels.get("visie") and _timeless_state(profile):
            shaped("missie", TIMELESS_STATE, STATE_WEIGHT)
        if profile is not None and any(s.view == framing.BELIEF for s in profile):
            shaped("visie", VIEWS, VIEW_WEIGHT)
        if sum(scores.values()) == 0 and 0 < len(words(doc)) <= 30:
            scores["missie"] += SHORT_TEXT_PRIOR
        elif sum(scores.values()) == 0 and len(words(doc)) > 30:
            # a longer text without any cue is mostly a description of how things are
            # (or should be): a picture of the desired state reads as a vision, whereas a
            # mission is one short sentence
            scores["visie"] += SHORT_TEXT_PRIOR
        model = {kind: p for kind, p in doc.cats.items() if kind in scores}
        for kind, p in model.items():
            scores[kind] += MODEL_WEIGHT * p
        return Classification(scores, dict(cues), model, dict(labels), dict(structure))

    def parts(
        self, doc: Doc, starts: list[int], whole: Classification | None = None, among: tuple[str, ...] = KINDS
    ) -> list[Part] | None:
        """The parts of a text, cut at paragraph starts (character offsets in `doc`) where
        the paragraphs read clearly as different kinds (of `among`: a label's kinds);
        None to keep it whole. An unlabelled text that reads as a mission as a `whole` is
        never cut.

        A paragraph that reads as no kind in particular joins the part before it (the
        first part, at the start), so only clear changes of kind cut."""
        if whole is not None and whole.kind == "missie" and whole.confidence >= MISSION_KEPT:
            return None
        bounds = [0, *sorted(s for s in set(starts) if 0 < s < len(doc.text)), len(doc.text)]
        # each paragraph without the whitespace around it (a masked list marker, a blank
        # line), so that a part's doc and its section start at the same character
        paragraphs = [
            (a + len(text) - len(text.lstrip()), a + len(text.rstrip()))
            for a, b in zip(bounds, bounds[1:])
            if (text := doc.text[a:b]).strip()
        ]
        if len(paragraphs) < 2:
            return None
        read: dict[tuple[int, int], tuple[Doc, list[SentenceFraming], Classification]] = {}

        def part(start: int, end: int):
            """A stretch read once: a group of one paragraph is that paragraph."""
            if (start, end) not in read:
                read[start, end] = self._part(doc, start, end)
            return read[start, end]

        groups: list[tuple[str, list[int]]] = []  # (kind, paragraph indexes)
        for i, (a, b) in enumerate(paragraphs):
            kind = self._clear_kind(part(a, b)[2], among)
            if groups and (kind is None or kind == groups[-1][0]):
                groups[-1][1].append(i)
            elif kind is None:
                groups.append(("", [i]))
            elif groups and not groups[-1][0]:  # unclear paragraphs at the start
                groups[-1] = (kind, [*groups[-1][1], i])
            else:
                groups.append((kind, [i]))
        if len(groups) < 2:
            return None
        parts = []
        for kind, members in groups:
            start, end = paragraphs[members[0]][0], paragraphs[members[-1]][1]
            part_doc, profile, classification = part(start, end)
            if self._clear_kind(classification, among) != kind:
                return None  # the paragraphs together read otherwise: keep the text whole
            parts.append(Part(start, end, part_doc, profile, classification, (members[0] + 1, members[-1] + 1)))
        return parts

    def _part(self, doc: Doc, start: int, end: int) -> tuple[Doc, list[SentenceFraming], Classification]:
        """A stretch of `doc` as a doc of its own, with the text model run on it, its
        framing profile and its classification."""
        span = doc.char_span(start, end, alignment_mode="expand")
        part = span.as_doc() if span is not None else doc
        if KIND_MODEL in self.nlp.pipe_names:
            part = self.nlp.get_pipe(KIND_MODEL)(part)
        profile = framing.profile(part)
        return part, profile, self.classify(part, profile)

    @staticmethod
    def _clear_kind(classification: Classification, among: tuple[str, ...]) -> str | None:
        """The kind of `among` a text reads as clearly, or None."""
        scores = {kind: classification.scores[kind] for kind in among}
        kind = max(scores, key=lambda k: scores[k])
        total = sum(scores.values())
        if not total or scores[kind] / total < PART_CONFIDENCE:
            return None
        if classification.model.get(kind, 0.0) >= PART_MODEL:
            return kind
        lead = scores[kind] - max(v for k, v in scores.items() if k != kind)
        return kind if lead >= PART_MARGIN else None


SLOGAN_MAX_WORDS = 8
# A desired state with no horizon and no belief about the future is what a mission should
# be ("Een regio waar ouderen zelfstandig oud worden"); a vision adds the future.
STATE_WEIGHT = 2.0
# A belief about the field (checks.framing: what the organisation believes, how people are)
# is what visions are made of, missions rarely; a trend or the problem also opens strategies
# ("De zorg verandert snel. Daarom ...") and is no cue (eval/README.md: inferred kind).
VIEW_WEIGHT = 2.0


def _timeless_state(profile: list) -> bool:
    framings = {s.framing for s in profile}
    return "outcome" in framings and framings <= {"outcome", "neutral"}


def _slogan(doc, profile: list) -> bool:
    """One short line without a finite verb that names no state: a motto ("Samen sterk!",
    "Lezen, ontdekken, ontmoeten.", "Zorg met een hart."), which reads as a value, not as
    a mission ("Een schonere stad." names a state: an outcome). An infinitive with a
    noun as its object ("De stad schoonmaken.") is a mission in note form, not a motto."""
    content = words(doc)
    if len(profile) != 1 or profile[0].framing != "role" or not 0 < len(content) <= SLOGAN_MAX_WORDS:
        return False
    if any(_object_of_infinitive(t) for t in content):
        return False
    return not any("|pv|" in t.tag_ for t in content)


def _object_of_infinitive(token) -> bool:
    return (
        token.dep_ in ("obj", "iobj")
        and token.pos_ in ("NOUN", "ADJ")
        and token.head.pos_ == "VERB"
        and "|inf" in token.head.tag_
    )
