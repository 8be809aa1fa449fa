"""The rule engine: compiled matchers run over parsed sections, returning findings.

Rules are compiled once per run: `pattern` rules share a `matching.TriggeredMatcher`, all
`dependency` rules one DependencyMatcher, `terms` rules one PhraseMatcher per attribute.
The engine never prints; it returns findings for the formatters.

Two options change how pattern matches become findings:

- `unless` patterns silence a rule's matches in the sentence where they match; with
  `unless_scope: section` they silence the rule for the whole section ("this role
  phrasing is fine here, the section also names the outcome it serves").
- `absent: true` (pattern rules) turns the rule around: it fires once, on the whole
  section, when none of its patterns matches anywhere in it (a mission that names no
  beneficiary, a vision without a horizon). Its `unless` patterns, if any, count as
  matches too. The message and template get {kind}.

Rules share `unless` patterns (the pattern set `outcome-named` silences five rules), so
each distinct unless pattern is matched once per section, under a key for the rules that
own it, not once per rule.

Token matchers (pattern, terms, unless) run on `classify.match_view(doc)`, the doc
without whitespace tokens, so a line break inside a sentence does not break a pattern;
spans are mapped back to the doc. Trailing punctuation a pattern matched as context
("De stad schoonmaken" + ".") is left out of the finding's span.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass

from spacy.matcher import DependencyMatcher, PhraseMatcher
from spacy.schemas import validate_token_pattern
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from missionlint.checks.classify import Classification, KindClassifier, match_view
from missionlint.findings import Finding
from missionlint.checks.matching import TriggeredMatcher
from missionlint.rulebook.templating import match_case, render
from missionlint.checks.metrics import METRICS
from missionlint.fix.rewrite import REWRITE_HELPERS
from missionlint.rulebook.loading import Rule, RuleError
from missionlint.sources.model import Section


SECTION = -1  # key of an unless match that silences the rule for the whole section


def _without_line_breaks(span: Span) -> Span:
    """The same words in the matcher view: rewrite helpers read word after word, and a
    wrapped line's break token between them is no word."""
    view, index = match_view(span.doc)
    if view is span.doc:
        return span
    inverse = {original: position for position, original in enumerate(index)}
    kept = [inverse[t.i] for t in span if t.i in inverse]
    return view[kept[0]: kept[-1] + 1] if kept else span


def needs_parser(rules: list[Rule]) -> bool:
    """Whether any active rule reads dependency labels (else the parser is left out)."""
    def uses_dep(value) -> bool:
        if isinstance(value, dict):
            return any(k in ("DEP", "HEAD") or uses_dep(v) for k, v in value.items())
        if isinstance(value, list):
            return any(uses_dep(v) for v in value)
        return False

    return any(r.type == "dependency" or uses_dep(r.spec) for r in rules)


@dataclass
class SectionContext:
    doc: Doc
    section: Section
    index: int
    kind: str
    classification: Classification


class Engine:
    def __init__(self, nlp, rules: list[Rule], classifier_rules: list[Rule]):
        self.nlp = nlp
        self.rules = rules
        self.by_id = {r.id: r for r in rules}
        self.matcher = TriggeredMatcher(nlp.vocab, validate=False)
        self.unless = TriggeredMatcher(nlp.vocab, validate=False)
        self.dep_matcher = DependencyMatcher(nlp.vocab, validate=False)
        self.phrase_matchers: dict[str, PhraseMatcher] = {}
        self.replacements: dict[tuple[str, str], dict] = {}
        self.unless_owners: dict[str, frozenset[str]] = {}  # unless key -> ids of the rules it silences
        self._unless_keys: dict[frozenset[str], set[str]] = {}  # active rule ids -> unless keys to run
        unless_patterns: dict[str, tuple[list, set[str]]] = {}  # pattern as JSON -> (pattern, owners)
        for rule in rules:
            self._compile(rule)
            for pattern in self._section_patterns(rule):
                unless_patterns.setdefault(json.dumps(pattern, sort_keys=True), (pattern, set()))[1].add(rule.id)
        self._compile_unless(unless_patterns.values())
        self.classifier = KindClassifier(nlp, classifier_rules)

    # -- compiling -----------------------------------------------------------------
    def _validate_patterns(self, rule: Rule, field: str, patterns: list) -> None:
        for i, pattern in enumerate(patterns):
            errors = validate_token_pattern(pattern)
            if errors:
                raise RuleError(rule.path, errors[0], rule.id, f"{field}[{i}]")

    def _compile(self, rule: Rule) -> None:
        spec = rule.spec
        try:
            if rule.type == "pattern":
                self._validate_patterns(rule, "patterns", spec["patterns"])
                if not spec.get("absent"):  # an absence rule's patterns run with the unless patterns
                    self.matcher.add(rule.id, spec["patterns"], greedy=spec.get("greedy", "LONGEST"),
                                     group=rule.applies_to)
                if spec.get("unless"):
                    self._validate_patterns(rule, "unless", spec["unless"])
            elif rule.type == "dependency":
                self.dep_matcher.add(rule.id, spec["patterns"])
                if spec.get("unless"):
                    self._validate_patterns(rule, "unless", spec["unless"])
            elif rule.type == "terms":
                attr = spec.get("attr", "LOWER")
                matcher = self.phrase_matchers.setdefault(attr, PhraseMatcher(self.nlp.vocab, attr=attr))
                docs = []
                for term in spec["terms"]:
                    entry = term if isinstance(term, dict) else {"term": term}
                    doc = self.nlp(entry["term"]) if attr == "LEMMA" else self.nlp.make_doc(entry["term"])
                    key = " ".join(t.lemma_ if attr == "LEMMA" else t.lower_ for t in doc)
                    self.replacements[(rule.id, key)] = entry
                    docs.append(doc)
                matcher.add(rule.id, docs)
        except (ValueError, KeyError, TypeError) as error:
            message = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            raise RuleError(rule.path, f"invalid spaCy pattern: {message}", rule.id, "patterns") from None

    @staticmethod
    def _section_patterns(rule: Rule) -> list:
        """Patterns whose match silences `rule`: its unless patterns and, for an absence
        rule, the patterns it looks for (finding one means nothing is absent). Run together,
        a pattern that several rules share (the set `outcome-named` serves five) runs once."""
        if rule.type not in ("pattern", "dependency"):
            return []
        presence = rule.spec["patterns"] if rule.type == "pattern" and rule.spec.get("absent") else []
        return [*presence, *rule.spec.get("unless", [])]

    def _compile_unless(self, patterns) -> None:
        """One matcher key per group of rules that share unless patterns (validated above)."""
        by_owners: dict[frozenset[str], list] = defaultdict(list)
        for pattern, owners in patterns:
            by_owners[frozenset(owners)].append(pattern)
        for owners, group_patterns in by_owners.items():
            key = "unless:" + "+".join(sorted(owners))
            kinds = tuple(sorted({kind for rule_id in owners for kind in self.by_id[rule_id].applies_to}))
            self.unless.add(key, group_patterns, group=kinds)
            self.unless_owners[key] = owners

    # -- running -------------------------------------------------------------------
    def classify(self, doc: Doc) -> Classification:
        return self.classifier.classify(doc)

    def check(self, ctx: SectionContext) -> list[Finding]:
        active = [r for r in self.rules if ctx.kind in r.applies_to]
        if not active:
            return []
        active_ids = {r.id for r in active}
        spans: dict[str, list[Span]] = defaultdict(list)
        doc = ctx.doc
        view, index = match_view(doc)  # token matchers skip whitespace tokens (line breaks)
        for match_id, start, end in self.matcher(view, active_ids):
            rule_id = self.nlp.vocab.strings[match_id]
            if rule_id in active_ids:
                while end - start > 1 and view[end - 1].is_punct:
                    end -= 1  # a pattern may need the full stop as context; the finding is the words
                spans[rule_id].append(doc[index[start]: index[end - 1] + 1])
        for match_id, token_ids in (self.dep_matcher(doc) if len(self.dep_matcher) else ()):
            rule_id = self.nlp.vocab.strings[match_id]
            if rule_id in active_ids:
                spans[rule_id].append(doc[min(token_ids): max(token_ids) + 1])
        for matcher in self.phrase_matchers.values():
            for match_id, start, end in matcher(view):
                rule_id = self.nlp.vocab.strings[match_id]
                if rule_id in active_ids:
                    spans[rule_id].append(doc[index[start]: index[end - 1] + 1])
        blocked = self._unless_sentences(doc, active_ids)
        findings = []
        for rule in active:
            if rule.type == "pattern" and rule.spec.get("absent"):
                if not spans.get(rule.id) and (rule.id, SECTION) not in blocked:
                    finding = self._absent_finding(rule, ctx)
                    if finding:
                        findings.append(finding)
            elif rule.type in ("pattern", "dependency", "terms"):
                if (rule.id, SECTION) in blocked:
                    continue
                for span in filter_spans(spans.get(rule.id, [])):
                    if (rule.id, span.sent.start) in blocked:
                        continue
                    findings.append(self._span_finding(rule, span, ctx))
            elif rule.type == "metric":
                finding = self._metric_finding(rule, ctx)
                if finding:
                    findings.append(finding)
            elif rule.type == "cues":
                finding = self._cues_finding(rule, ctx)
                if finding:
                    findings.append(finding)
        return sorted(findings, key=lambda f: (f.start, f.rule.id))

    def _unless_sentences(self, doc: Doc, active_ids: set[str]) -> set[tuple[str, int]]:
        """(rule id, sentence start) pairs an `unless` pattern silences; (rule id, SECTION)
        for rules whose `unless_scope` is the section, or that fire on absence."""
        if not len(self.unless):
            return set()
        active = frozenset(active_ids)
        keys = self._unless_keys.get(active)
        if keys is None:
            keys = self._unless_keys[active] = {k for k, owners in self.unless_owners.items() if owners & active}
        blocked = set()
        view, index = match_view(doc)
        for match_id, start, _end in self.unless(view, keys):
            for rule_id in self.unless_owners[self.nlp.vocab.strings[match_id]] & active:
                spec = self.by_id[rule_id].spec
                whole = spec.get("unless_scope") == "section" or spec.get("absent")
                blocked.add((rule_id, SECTION if whole else doc[index[start]].sent.start))
        return blocked

    def _finding(self, rule: Rule, ctx: SectionContext, start: int, end: int, message: str,
                 confidence: float, rewrites: list[str], fix: str | None = None,
                 template: str | None = None) -> Finding:
        """A finding at doc offsets start:end; a template is offered only without a rewrite."""
        offset = ctx.section.start
        rewrites = list(dict.fromkeys(r for r in rewrites if r))
        if not rewrites and template:
            rewrites = [template]
        else:
            template = None
        return Finding(
            rule=rule, section=ctx.index, start=offset + start, end=offset + end,
            text=ctx.section.text[start:end], message=message, confidence=round(confidence, 2),
            rewrites=tuple(rewrites), fix=fix, template=template,
        )

    def _template(self, rule: Rule, **values) -> str | None:
        template = rule.rewrite.get("template")
        return render(template, **values) if template else None

    def _span_finding(self, rule: Rule, span: Span, ctx: SectionContext) -> Finding:
        rewrites: list[str] = []
        values = {"text": " ".join(span.text.split()), "kind": ctx.kind}  # a wrapped line reads as one
        if rule.type == "terms":
            attr = rule.spec.get("attr", "LOWER")
            key = " ".join(t.lemma_ if attr == "LEMMA" else t.lower_ for t in span if not t.is_space)
            entry = self.replacements.get((rule.id, key), {})
            if entry.get("replacement") is not None:
                rewrites.append(match_case(entry["replacement"], span.text))
            values["replacement"] = entry.get("replacement", "")
            values["question"] = entry.get("question", "")
        helper = rule.rewrite.get("helper")
        if helper:
            rewrites.extend(REWRITE_HELPERS[helper](_without_line_breaks(span)))
        if rule.rewrite.get("replace") is not None:
            rewrites.append(match_case(rule.rewrite["replace"], span.text))
        fix = rewrites[0] if rewrites and rule.rewrite.get("safe") else None
        values["rewrite"] = rewrites[0] if rewrites else ""
        return self._finding(rule, ctx, span.start_char, span.end_char, render(rule.message, **values),
                             rule.confidence, rewrites, fix, self._template(rule, **values))

    def _absent_finding(self, rule: Rule, ctx: SectionContext) -> Finding | None:
        """An `absent: true` rule whose patterns found nothing: one finding on the section."""
        whole = METRICS["words"](ctx.doc)
        if whole.end <= whole.start:
            return None
        values = {"kind": ctx.kind, "text": ctx.doc.text[whole.start:whole.end]}
        return self._finding(rule, ctx, whole.start, whole.end, render(rule.message, **values),
                             rule.confidence, [], template=self._template(rule, **values))

    def _metric_finding(self, rule: Rule, ctx: SectionContext) -> Finding | None:
        measure = METRICS[rule.spec["metric"]](ctx.doc)
        high, low = rule.spec.get("max"), rule.spec.get("min")
        if high is not None and measure.value > high:
            threshold, excess = high, (measure.value - high) / max(abs(high), 1)
        elif low is not None and measure.value < low:
            threshold, excess = low, (low - measure.value) / max(abs(low), 1)
        else:
            return None
        if measure.end <= measure.start:
            return None
        confidence = min(1.0, rule.confidence * (0.75 + excess))
        message = render(rule.message, value=measure.value, threshold=threshold, kind=ctx.kind)
        values = {"value": measure.value, "threshold": threshold, "kind": ctx.kind}
        return self._finding(rule, ctx, measure.start, measure.end, message, confidence, [],
                             template=self._template(rule, **values))

    def _cues_finding(self, rule: Rule, ctx: SectionContext) -> Finding | None:
        result = ctx.classification
        labelled = ctx.kind
        if labelled not in result.scores or ctx.section.kind_source not in ("heading", "key", "option"):
            return None
        margin = float(rule.spec.get("margin", 1.0))
        rival = max((k for k in result.scores if k != labelled), key=lambda k: result.scores[k])
        gap = result.scores[rival] - result.scores[labelled]
        if gap < margin or not result.cues.get(rival):
            return None  # a finding names the phrases it rests on; the text model alone is not one
        seen = ", ".join(f"'{c}'" for c in result.evidence().get(rival, [])[:4])
        message = render(rule.message, kind=labelled, inferred=rival, cues=seen)
        confidence = min(1.0, rule.confidence * (0.5 + gap / (2 * margin)))
        start, end = METRICS["words"](ctx.doc).start, METRICS["words"](ctx.doc).end
        return self._finding(rule, ctx, start, end, message, confidence, [],
                             template=self._template(rule, kind=labelled, inferred=rival))
