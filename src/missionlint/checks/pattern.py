"""`type: pattern`: spaCy Matcher token patterns.

    patterns: [[{LOWER: wij}, {LEMMA: bieden}], ...]   # entries {use: SET} name a shared set
    unless: [...]               # a match silences the rule in its sentence ...
    unless_scope: section       # ... or in the whole section
    absent: true                # fire once on the section when no pattern matches
    outside_role: [...]         # for an absence rule: patterns that count only in a sentence
                                # that does not read as the organisation's role; a sentence
                                # read as an outcome counts by itself (lint.engine)

All pattern rules share one `TriggeredMatcher`, run on the doc without whitespace tokens.
An absence rule's patterns run with the `unless` patterns of all rules (`lint.engine`):
finding one means nothing is absent.
"""

from __future__ import annotations

from missionlint.checks.base import (
    Checker,
    MatcherChecker,
    RuleType,
    SectionContext,
    finding,
    span_finding,
    template,
    whole_section,
)
from missionlint.checks.patterns import add_to_matcher, check_token_patterns, rule_fail, validate_with_spacy
from missionlint.findings import Finding
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail, require_choice
from missionlint.rulebook.sets import expand
from missionlint.rulebook.templating import render


class PatternType(RuleType):
    name = "pattern"
    fields = {
        "patterns": list,
        "greedy": str,
        "unless": list,
        "unless_scope": str,
        "absent": bool,
        "outside_role": list,
    }

    def prepare(self, spec: dict, fail: Fail) -> dict:
        for name in ("patterns", "unless", "outside_role"):
            if isinstance(spec.get(name), list):
                spec[name] = expand(spec[name], fail, name)
        if "patterns" not in spec:
            raise fail("verplicht veld ontbreekt", "patterns")
        check_token_patterns(spec["patterns"], fail, "patterns")
        for name in ("unless", "outside_role"):
            if name in spec:
                check_token_patterns(spec[name], fail, name)
        if "outside_role" in spec and not spec.get("absent"):
            raise fail("alleen voor een regel met absent: true", "outside_role")
        require_choice(spec, "greedy", ("LONGEST", "FIRST"), fail, "moet LONGEST of FIRST zijn", "LONGEST")
        require_choice(spec, "unless_scope", ("sentence", "section"), fail, "moet sentence of section zijn", "sentence")
        return spec

    def silencers(self, rule: Rule) -> list:
        presence = rule.spec["patterns"] if rule.spec.get("absent") else []
        return [*presence, *rule.spec.get("unless", [])]

    def silences_section(self, rule: Rule) -> bool:
        return rule.spec.get("unless_scope") == "section" or bool(rule.spec.get("absent"))

    def role_bound_silencers(self, rule: Rule) -> list:
        return rule.spec.get("outside_role", [])

    def compile(self, rules: list[Rule], nlp) -> Checker:
        from missionlint.checks.matching import TriggeredMatcher

        matcher = TriggeredMatcher(nlp.vocab, validate=False)
        for rule in rules:
            validate_with_spacy(rule.spec["patterns"], rule_fail(rule), "patterns")
            if rule.spec.get("absent"):  # its patterns run with the unless patterns, not in this matcher
                validate_with_spacy(rule.spec.get("unless", []), rule_fail(rule), "unless")
                validate_with_spacy(rule.spec.get("outside_role", []), rule_fail(rule), "outside_role")
            else:
                add_to_matcher(rule, matcher, greedy=rule.spec.get("greedy", "LONGEST"), group=rule.applies_to)
        return PatternChecker(nlp, matcher)


class PatternChecker(MatcherChecker):
    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        from spacy.util import filter_spans

        from missionlint.nlp.views import match_view

        doc = ctx.doc
        view, index = match_view(doc)
        ids = {r.id for r in rules}
        spans: dict[str, list] = {}
        for match_id, start, end in self.matcher(view, ids):
            rule_id = self.nlp.vocab.strings[match_id]
            if rule_id in ids:
                while end - start > 1 and view[end - 1].is_punct:
                    end -= 1  # a pattern may need the full stop as context; the finding is the words
                spans.setdefault(rule_id, []).append(doc[index[start] : index[end - 1] + 1])
        findings = []
        for rule in rules:
            if rule.spec.get("absent"):
                if not ctx.silenced(rule):
                    findings.extend(absent_finding(rule, ctx))
                continue
            if ctx.silenced(rule):
                continue
            findings.extend(
                span_finding(rule, span, ctx)
                for span in filter_spans(spans.get(rule.id, []))
                if not ctx.silenced(rule, span.sent.start)
            )
        return findings


def absent_finding(rule: Rule, ctx: SectionContext) -> list[Finding]:
    """An absence rule whose patterns found nothing: one finding on the section's words."""
    start, end = whole_section(ctx)
    if end <= start:
        return []
    values = {"kind": ctx.kind, "text": ctx.doc.text[start:end]}
    return [
        finding(
            rule, ctx, start, end, render(rule.message, **values), rule.confidence, template=template(rule, **values)
        )
    ]
