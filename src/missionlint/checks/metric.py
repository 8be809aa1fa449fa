"""`type: metric`: a named measurement of a section (`checks.metrics.METRICS`) against a
bound.

    metric: longest_reader_sentence
    max: 30                     # and/or min

The finding points at what was measured (the longest sentence, the whole section), and
its confidence grows with how far the value is past the bound.
"""

from __future__ import annotations

from missionlint.checks.base import Checker, RuleType, SectionContext, finding, template
from missionlint.checks.metrics import METRICS
from missionlint.findings import Finding
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail, require_choice
from missionlint.rulebook.templating import render


class MetricType(RuleType):
    name = "metric"
    fields = {"metric": str, "max": (int, float), "min": (int, float)}

    def prepare(self, spec: dict, fail: Fail) -> dict:
        require_choice(spec, "metric", sorted(METRICS), fail, "onbekende maat; kies uit {choices}")
        if "max" not in spec and "min" not in spec:
            raise fail("een metric-regel heeft 'max' of 'min' nodig", "max")
        return spec

    def compile(self, rules: list[Rule], nlp) -> Checker:
        return MetricChecker()


class MetricChecker(Checker):
    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        return [f for rule in rules for f in self._check(rule, ctx)]

    @staticmethod
    def _check(rule: Rule, ctx: SectionContext) -> list[Finding]:
        measure = METRICS[rule.spec["metric"]](ctx.doc)
        high, low = rule.spec.get("max"), rule.spec.get("min")
        if high is not None and measure.value > high:
            threshold, excess = high, (measure.value - high) / max(abs(high), 1)
        elif low is not None and measure.value < low:
            threshold, excess = low, (low - measure.value) / max(abs(low), 1)
        else:
            return []
        start, end = measure.start, measure.end
        if end <= start:  # nothing to point at: a text without words, such as an empty section's label
            start, end = 0, len(ctx.doc.text.rstrip("\n"))
            if end <= start:
                return []
        values = {"value": measure.value, "threshold": threshold, "kind": ctx.kind}
        confidence = min(1.0, rule.confidence * (0.75 + excess))
        return [
            finding(
                rule,
                ctx,
                start,
                end,
                render(rule.message, **values),
                confidence,
                template=template(rule, **values),
            )
        ]
