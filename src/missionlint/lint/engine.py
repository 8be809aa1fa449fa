"""The rule engine: the rules compiled once per run, then run over parsed sections.

Each rule type compiles its rules into one checker (`checks.registry`); the engine runs
the checkers of the rules that apply to a section's kind and returns their findings. It
never prints.

`unless` patterns are shared across rules and types (the pattern set `outcome-named`
silences five rules), so they are compiled here, into one `TriggeredMatcher` with a key
per group of rules that share a pattern: each distinct pattern is matched once per
section, not once per rule. A match silences its rules in its sentence, or in the whole
section for rules whose type says so (`unless_scope: section`, absence rules).

Some silencers of absence rules count only outside the organisation's role (`outside_role`):
ML202 asks a vision for a desired state, and "voor iedereen toegankelijk" inside "Wij
bieden ..." is none. Their matches are kept only in sentences the framing profile does
not read as role, and a sentence it reads as an outcome (a desired state) or as a view of
the field (a belief, a general truth about people, the problem) silences them by itself.

A word the file's configuration accepts (`vocabulary.accept`) silences the rules marked
`accept_list: true` on the passages that hold it (`checks.vocabulary.accepted`).
"""

from __future__ import annotations

import json
from collections import defaultdict

from spacy.tokens import Doc

from missionlint.checks import framing, vocabulary
from missionlint.checks.base import SECTION, SectionContext
from missionlint.checks.classify import Classification, KindClassifier
from missionlint.checks.consistency import ConsistencyChecker
from missionlint.checks.matching import TriggeredMatcher
from missionlint.checks.registry import RULE_TYPES
from missionlint.findings import Finding
from missionlint.nlp.views import match_view
from missionlint.rulebook.model import Rule


class Engine:
    def __init__(self, nlp, rules: list[Rule], classifier_rules: list[Rule]):
        self.nlp = nlp
        self.rules = rules
        self.by_id = {r.id: r for r in rules}
        by_type: dict[str, list[Rule]] = defaultdict(list)
        for rule in rules:
            by_type[rule.type].append(rule)
        self.checkers = {name: RULE_TYPES[name].compile(typed, nlp) for name, typed in by_type.items()}
        self.unless = TriggeredMatcher(nlp.vocab, validate=False)
        self.unless_owners: dict[str, frozenset[str]] = {}  # unless key -> ids of the rules it silences
        self._unless_keys: dict[frozenset[str], set[str]] = {}  # active rule ids -> unless keys to run
        self.role_bound: set[str] = set()  # unless keys whose matches count only outside role sentences
        self._compile_unless()
        self.classifier = KindClassifier(nlp, classifier_rules)
        self.rewrite_verdicts: dict[str, bool] = {}  # rewrite text -> reads as an outcome (bounded)

    def _compile_unless(self) -> None:
        """One matcher key per group of rules that share silencing patterns."""
        self._add_silencers("unless:", lambda rule: RULE_TYPES[rule.type].silencers(rule))
        self.role_bound = self._add_silencers(
            "outside-role:", lambda rule: RULE_TYPES[rule.type].role_bound_silencers(rule)
        )

    def _add_silencers(self, prefix: str, patterns_of) -> set[str]:
        """Add the patterns `patterns_of(rule)` gives, one key per group of rules sharing
        them; returns the keys."""
        owners: dict[str, tuple[list, set[str]]] = {}  # pattern as JSON -> (pattern, rule ids)
        for rule in self.rules:
            for pattern in patterns_of(rule):
                owners.setdefault(json.dumps(pattern, sort_keys=True), (pattern, set()))[1].add(rule.id)
        groups: dict[frozenset[str], list] = defaultdict(list)
        for pattern, owner_ids in owners.values():
            groups[frozenset(owner_ids)].append(pattern)
        keys = set()
        for group, patterns in groups.items():
            key = prefix + "+".join(sorted(group))
            kinds = tuple(sorted({kind for rule_id in group for kind in self.by_id[rule_id].applies_to}))
            self.unless.add(key, patterns, group=kinds)
            self.unless_owners[key] = group
            keys.add(key)
        return keys

    def classify(self, doc: Doc, profile: list | None = None) -> Classification:
        return self.classifier.classify(doc, profile)

    def check(self, ctx: SectionContext) -> list[Finding]:
        active = [r for r in self.rules if ctx.kind in r.applies_to]
        if not active:
            return []
        ctx.blocked = self._silenced(ctx, {r.id for r in active})
        by_type: dict[str, list[Rule]] = defaultdict(list)
        for rule in active:
            by_type[rule.type].append(rule)
        findings = [f for name, typed in by_type.items() for f in self.checkers[name].check(ctx, typed)]
        findings = vocabulary.accepted(self.nlp, ctx, findings)
        findings = framing.settle(findings, ctx.profile, ctx.section, ctx.kind)
        findings = framing.rewrites_that_read_as_outcomes(self.nlp, findings, self.rewrite_verdicts)
        return sorted(findings, key=lambda f: (f.start, f.rule.id))

    def _silenced(self, ctx: SectionContext, active_ids: set[str]) -> set[tuple[str, int]]:
        """(rule id, sentence start) pairs a silencing pattern matches in; (rule id, SECTION)
        for rules silenced in the whole section."""
        doc = ctx.doc
        if not len(self.unless):
            return set()
        active = frozenset(active_ids)
        keys = self._unless_keys.get(active)
        if keys is None:
            keys = self._unless_keys[active] = {k for k, owners in self.unless_owners.items() if owners & active}
        blocked: set[tuple[str, int]] = set()
        bound = self.role_bound & keys
        # a desired state, or a view of the field, whatever its words
        if bound and any(s.framing == "outcome" or s.view for s in ctx.profile):
            for key in bound:
                blocked.update((rule_id, SECTION) for rule_id in self.unless_owners[key] & active)
            keys, bound = keys - bound, set()  # their rules are silenced in the whole section already
        view, index = match_view(doc)
        for match_id, start, _end in self.unless(view, keys):
            key = self.nlp.vocab.strings[match_id]
            if key in bound and _in_role_sentence(ctx, doc[index[start]].idx):
                continue
            for rule_id in self.unless_owners[key] & active:
                rule = self.by_id[rule_id]
                whole = RULE_TYPES[rule.type].silences_section(rule)
                blocked.add((rule_id, SECTION if whole else doc[index[start]].sent.start))
        return blocked

    @property
    def consistency(self) -> ConsistencyChecker | None:
        checker = self.checkers.get("consistency")
        return checker if isinstance(checker, ConsistencyChecker) else None


def _in_role_sentence(ctx: SectionContext, offset: int) -> bool:
    """Whether the sentence around doc offset `offset` reads as the organisation's role."""
    sentence = framing.sentence_at(ctx.profile, offset)
    return sentence is not None and sentence.framing == "role"
