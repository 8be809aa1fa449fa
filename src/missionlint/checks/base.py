"""What a rule type is, and the findings all types make.

A rule type (one module each: `pattern`, `dependency`, `terms`, `metric`, `cues`,
`consistency`, `framing`, `suppression`, `vocabulary`) holds the fields it adds to a rule file, their validation, how its rules
are compiled once per run and how they are run on a parsed section. `registry.RULE_TYPES`
dispatches on the `type` field; adding a type is one new module and one line there.

Nothing here imports spaCy at module level: loading and validating rules (`missionlint
rules`, `explain`) must stay fast. Compiling and running do import it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar

from missionlint.findings import Finding, SentenceFraming
from missionlint.fix.model import Applicability, Fix
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail
from missionlint.rulebook.templating import render
from missionlint.rulebook.vocabulary import Vocabulary

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from missionlint.checks.classify import Classification
    from missionlint.sources.model import Section

SECTION = -1  # sentence key of an `unless` match that silences a rule in the whole section


@dataclass
class SectionContext:
    """One parsed section, as the checks see it."""

    doc: Doc
    section: Section
    index: int  # of the section in its file
    kind: str  # the kind the rules run for
    classification: Classification
    # (rule id, sentence start or SECTION) pairs that an `unless` pattern silences
    blocked: set[tuple[str, int]] = field(default_factory=set)
    profile: list[SentenceFraming] = field(default_factory=list)  # framing per sentence (checks.framing)
    vocabulary: Vocabulary = Vocabulary()  # the file's configuration's own words (checks.vocabulary)

    def silenced(self, rule: Rule, sentence_start: int | None = None) -> bool:
        return (rule.id, SECTION) in self.blocked or (
            sentence_start is not None and (rule.id, sentence_start) in self.blocked
        )


class Checker:
    """The compiled rules of one type; `check` returns the findings of the active ones."""

    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        raise NotImplementedError


class MatcherChecker(Checker):
    """A checker around one spaCy matcher compiled from its rules' patterns."""

    def __init__(self, nlp, matcher):
        self.nlp, self.matcher = nlp, matcher


class RuleType:
    name: ClassVar[str] = ""
    fields: ClassVar[dict[str, Any]] = {}  # the type's own fields in a rule file: name -> type(s)

    def prepare(self, spec: dict, fail: Fail) -> dict:
        """Validate the type's fields (without spaCy); returns the spec to store."""
        return spec

    def silencers(self, rule: Rule) -> list:
        """Token patterns whose match silences `rule` (see `lint.engine`)."""
        return []

    def silences_section(self, rule: Rule) -> bool:
        """Whether a silencer's match silences `rule` in the whole section, not only in its sentence."""
        return False

    def role_bound_silencers(self, rule: Rule) -> list:
        """Token patterns that silence `rule` only in a sentence that does not read as the
        organisation's role (see `lint.engine`)."""
        return []

    def compile(self, rules: list[Rule], nlp) -> Checker:
        raise NotImplementedError


def finding(
    rule: Rule,
    ctx: SectionContext,
    start: int,
    end: int,
    message: str,
    confidence: float,
    rewrites: Sequence[str] = (),
    safe: bool = False,
    template: str | None = None,
    fixes: Sequence[Fix] = (),
) -> Finding:
    """A finding at doc offsets start:end. `fixes` (already at file offsets) come first;
    of the `rewrites` of the span's text the first is safe when the rule says so and none
    came before, the others are alternatives (unsafe); a template is offered only without
    a rewrite."""
    local = ctx.section.text[start:end]
    start, end = ctx.section.file_offset(start), ctx.section.file_offset(end)
    fixes = list(dict.fromkeys(fixes))
    texts = [r for r in dict.fromkeys(r for r in rewrites if r) if not any(f.replacement == r for f in fixes)]
    fixes += [
        Fix.replace(start, end, text, Applicability.SAFE if safe and i == 0 and not fixes else Applicability.UNSAFE)
        for i, text in enumerate(texts)
    ]
    if not fixes and template:
        fixes = [Fix.replace(start, end, template, Applicability.DISPLAY)]
    return Finding(
        rule=rule,
        section=ctx.index,
        start=start,
        end=end,
        text=local,
        message=message,
        confidence=round(confidence, 2),
        fixes=tuple(fixes),
    )


def template(rule: Rule, **values) -> str | None:
    """The rule's fill-in template with `values`, or None."""
    text = rule.rewrite.get("template")
    return render(text, **values) if text else None


def whole_section(ctx: SectionContext) -> tuple[int, int]:
    """Doc offsets from the section's first word to its last ((0, 0) without words)."""
    from missionlint.checks.metrics import word_count

    measure = word_count(ctx.doc)
    return measure.start, measure.end


def span_finding(
    rule: Rule, span: Span, ctx: SectionContext, rewrites: Sequence[str] = (), values: dict | None = None
) -> Finding:
    """A finding on a matched span: the rule's rewrite helper and `replace` add rewrites;
    `values` fill the message ({text}, {kind} and the type's own)."""
    from missionlint.rulebook.templating import match_case

    values = {"text": " ".join(span.text.split()), "kind": ctx.kind, **(values or {})}  # a wrapped line reads as one
    rewrites = list(rewrites)
    helper = rule.rewrite.get("helper")
    fixes = helper_fixes(rule, span, ctx) if helper else []
    if rule.rewrite.get("replace") is not None:
        rewrites.append(match_case(rule.rewrite["replace"], span.text))
    first = [f.replacement for f in fixes] + rewrites
    values["rewrite"] = first[0] if first else ""
    return finding(
        rule,
        ctx,
        span.start_char,
        span.end_char,
        render(rule.message, **values),
        rule.confidence,
        rewrites,
        bool(rule.rewrite.get("safe")),
        template(rule, **values),
        fixes,
    )


def helper_fixes(rule: Rule, span: Span, ctx: SectionContext) -> list[Fix]:
    """The rule's helper's rewrites as fixes at file offsets.

    Helpers read the whitespace-free view of the doc (`nlp.views.match_view`), so their
    token ranges are mapped back through the view's index. A helper's safe rewrite stays
    safe only when the rule says `safe: true`; otherwise `--fix` needs `--unsafe-fixes`."""
    from missionlint.fix.rewrite import REWRITE_HELPERS
    from missionlint.nlp.views import match_view, words_only

    doc, section = span.doc, ctx.section
    view, index = match_view(doc)
    fixes = []
    for rewrite in REWRITE_HELPERS[rule.rewrite["helper"]](words_only(span)):
        if view is not doc and not (0 <= rewrite.start <= rewrite.end <= len(index)):
            continue
        position = (lambda k: k) if view is doc else (lambda k: index[k])
        if rewrite.end > rewrite.start:
            last = doc[position(rewrite.end - 1)]
            start, end = doc[position(rewrite.start)].idx, last.idx + len(last.text)
        else:
            start = end = doc[position(rewrite.start)].idx if rewrite.start < len(view) else len(doc.text)
        if doc.text[start:end] == rewrite.text:
            continue
        applicability = rewrite.applicability
        if applicability is Applicability.SAFE and not rule.rewrite.get("safe"):
            applicability = Applicability.UNSAFE
        fixes.append(Fix.replace(section.file_offset(start), section.file_offset(end), rewrite.text, applicability))
    return fixes
