"""`type: cues`: weighted cue patterns per kind, the kind classifier's evidence.

    cues:
      visie: [{label: horizon, weight: 2, pattern: [{LOWER: in}, {SHAPE: dddd}]}]
    margin: 1.5

Every cues rule feeds `checks.classify.KindClassifier`, which gives each section its
inferred kind. The rule itself fires when a section's labelled kind (heading, key or
`--kind`) loses to another kind by `margin`, and its message names the cues it saw: a
kind finding always rests on phrases from the text, never on the text model alone.
The kinds' words overlap, so a finding also needs one of the rival's `decisive` cues
where the rule lists them (a horizon for a vision, an explicit purpose for a mission, a
list or a slogan for values; they may name the structural cues too), under the headings
`decisive_under` names (every heading when it is absent). Under the
headings `ignore_under` names, the structural cues it lists do not count (a strategy may
name the state it works towards; that alone makes it no mission). With
`model_agrees`, no finding when the text model gives the labelled kind at least that
probability: the rival's cues then come from a text that mixes kinds.
"""

from __future__ import annotations

from collections.abc import Callable

from missionlint.checks.base import Checker, RuleType, SectionContext, finding, template, whole_section
from missionlint.checks.patterns import check_token_patterns
from missionlint.findings import Finding
from missionlint.kinds import LINTED_KINDS
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail
from missionlint.rulebook.templating import render

# The cues the text's shape gives (checks.classify), not a rule's patterns; `ignore_under`
# may name them. Kept here, where rule files are validated without loading spaCy.
VALUE_LIST = "lijst van losse kernwoorden"
EXPLAINED_VALUES = "kernwoorden met elk een eigen uitleg"
MOTTOS = "reeks korte slagzinnen"
SLOGAN = "een slagzin"
TIMELESS_STATE = "een gewenste toestand, zonder horizon"
VIEWS = "een kijk op het vak"
STRUCTURAL_CUES = frozenset({VALUE_LIST, EXPLAINED_VALUES, MOTTOS, SLOGAN, TIMELESS_STATE, VIEWS})


class CuesType(RuleType):
    name = "cues"
    fields = {
        "cues": dict,
        "margin": (int, float),
        "decisive": dict,
        "decisive_under": list,
        "ignore_under": dict,
        "model_agrees": (int, float),
    }

    def prepare(self, spec: dict, fail: Fail) -> dict:
        cues = spec.get("cues")
        if not cues:
            raise fail("verplicht veld ontbreekt", "cues")
        for kind, items in cues.items():
            where = f"cues.{kind}"
            if kind not in LINTED_KINDS:
                raise fail(f"onbekende soort; kies uit {', '.join(LINTED_KINDS)}", where)
            if not isinstance(items, list):
                raise fail("verwacht een lijst met kenmerken", where)
            for i, cue in enumerate(items):
                if not isinstance(cue, dict) or set(cue) - {"label", "weight", "pattern"} or "pattern" not in cue:
                    raise fail("een kenmerk is een mapping met 'label', 'weight' en 'pattern'", f"{where}[{i}]")
                if not isinstance(cue.get("weight", 1), (int, float)):
                    raise fail("verwacht een getal", f"{where}[{i}].weight")
                check_token_patterns([cue["pattern"]], fail, f"{where}[{i}].pattern")
        _labels_by_kind(
            spec, "decisive", fail, lambda kind: {cue.get("label") for cue in cues.get(kind, [])} | STRUCTURAL_CUES
        )
        _labels_by_kind(spec, "ignore_under", fail, lambda kind: set(STRUCTURAL_CUES))
        for i, kind in enumerate(spec.get("decisive_under") or []):
            if kind not in LINTED_KINDS:
                raise fail(f"onbekende soort; kies uit {', '.join(LINTED_KINDS)}", f"decisive_under[{i}]")
        return spec

    def compile(self, rules: list[Rule], nlp) -> Checker:
        return CuesChecker()


def _labels_by_kind(spec: dict, name: str, fail: Fail, known: Callable[[str], set]) -> None:
    """Validate `name`: per kind a list of labels, each one of `known(kind)` (the labels of
    that kind's cues or the structural cues for `decisive`, the structural cues for
    `ignore_under`)."""
    for kind, labels in (spec.get(name) or {}).items():
        if kind not in LINTED_KINDS or not isinstance(labels, list):
            raise fail(
                f"verwacht per soort ({', '.join(LINTED_KINDS)}) een lijst met labels van kenmerken", f"{name}.{kind}"
            )
        for i, label in enumerate(labels):
            if label not in known(kind):
                names = ", ".join(f"'{c}'" for c in sorted(str(c) for c in known(kind)))
                raise fail(
                    f"geen kenmerk van {kind} heeft het label '{label}' (bekend: {names})", f"{name}.{kind}[{i}]"
                )


class CuesChecker(Checker):
    """The classification itself runs for every section (`lint.engine`); this compares it
    with the section's label."""

    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        return [f for rule in rules for f in self._check(rule, ctx)]

    @staticmethod
    def _check(rule: Rule, ctx: SectionContext) -> list[Finding]:
        labelled = ctx.kind
        if labelled not in ctx.classification.scores or ctx.section.kind_source not in ("heading", "key", "option"):
            return []
        result = ctx.classification.without(set((rule.spec.get("ignore_under") or {}).get(labelled, [])))
        margin = float(rule.spec.get("margin", 1.0))
        rival = max((k for k in result.scores if k != labelled), key=lambda k: result.scores[k])
        gap = result.scores[rival] - result.scores[labelled]
        if gap < margin or not result.cues.get(rival):
            return []  # a finding names the phrases it rests on; the text model alone is not one
        agrees = rule.spec.get("model_agrees")
        if agrees is not None and result.model.get(labelled, 0.0) >= float(agrees):
            return []  # the cues of a mixed text against the text model's reading of the whole
        decisive = (rule.spec.get("decisive") or {}).get(rival)
        under = rule.spec.get("decisive_under") or LINTED_KINDS
        seen_cues = set(result.labels.get(rival, ())) | set(result.structure.get(rival, {}))
        if decisive is not None and labelled in under and not seen_cues & set(decisive):
            return []  # a horizon for a vision, an explicit purpose for a mission, a list or slogan for values
        seen = ", ".join(f"'{c}'" for c in result.evidence().get(rival, [])[:4])
        message = render(rule.message, kind=labelled, inferred=rival, cues=seen)
        confidence = min(1.0, rule.confidence * (0.5 + gap / (2 * margin)))
        start, end = whole_section(ctx)
        return [
            finding(rule, ctx, start, end, message, confidence, template=template(rule, kind=labelled, inferred=rival))
        ]
