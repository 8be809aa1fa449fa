"""`type: dependency`: spaCy DependencyMatcher patterns over the parse.

    patterns: [[{RIGHT_ID: verb, RIGHT_ATTRS: {POS: VERB}}, ...]]
    unless: [...]               # token patterns, as for `pattern` rules

A finding spans the matched tokens, from the first to the last.
"""

from __future__ import annotations

from missionlint.checks.base import Checker, MatcherChecker, RuleType, SectionContext, span_finding
from missionlint.checks.patterns import add_to_matcher, check_token_patterns
from missionlint.findings import Finding
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail
from missionlint.rulebook.sets import expand


class DependencyType(RuleType):
    name = "dependency"
    fields = {"patterns": list, "unless": list, "unless_scope": str}

    def prepare(self, spec: dict, fail: Fail) -> dict:
        if isinstance(spec.get("unless"), list):
            spec["unless"] = expand(spec["unless"], fail, "unless")
        if "patterns" not in spec:
            raise fail("verplicht veld ontbreekt", "patterns")
        check_token_patterns(spec["patterns"], fail, "patterns", dependency=True)
        if "unless" in spec:
            check_token_patterns(spec["unless"], fail, "unless")
        if spec.get("unless_scope", "sentence") not in ("sentence", "section"):
            raise fail("moet sentence of section zijn", "unless_scope")
        return spec

    def silencers(self, rule: Rule) -> list:
        return list(rule.spec.get("unless", []))

    def silences_section(self, rule: Rule) -> bool:
        return rule.spec.get("unless_scope") == "section"

    def compile(self, rules: list[Rule], nlp) -> Checker:
        from spacy.matcher import DependencyMatcher

        matcher = DependencyMatcher(nlp.vocab, validate=False)
        for rule in rules:
            add_to_matcher(rule, matcher)
        return DependencyChecker(nlp, matcher)


class DependencyChecker(MatcherChecker):
    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        from spacy.util import filter_spans

        ids = {r.id for r in rules}
        spans: dict[str, list] = {}
        for match_id, token_ids in self.matcher(ctx.doc) if len(self.matcher) else ():
            rule_id = self.nlp.vocab.strings[match_id]
            if rule_id in ids:
                spans.setdefault(rule_id, []).append(ctx.doc[min(token_ids) : max(token_ids) + 1])
        return [
            span_finding(rule, span, ctx)
            for rule in rules
            if not ctx.silenced(rule)
            for span in filter_spans(spans.get(rule.id, []))
            if not ctx.silenced(rule, span.sent.start)
        ]
