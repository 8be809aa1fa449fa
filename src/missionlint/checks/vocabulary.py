"""`type: vocabulary`: the organisation's own words (configuration key `vocabulary`).

    vocabulary:
      accept: [integraal]                      # never flagged by the rules with `accept_list: true`
      reject:
        - excellent                            # always flagged, by the rule of this type (ML309)
        - {word: klantgericht, reason: Zeg wat de klant merkt.}

A word matches a token when it is the token's form or one of its lemmas: the pipeline's,
the Dutch lemma table's and, for an inflected adjective, its base form. So "integraal"
covers "integrale", "excellent" covers "excellente". A phrase matches word after word.

The rule of this type finds the rejected words; its message is the organisation's reason
when one is given (the type's `reason_message`), else the rule's `message`. The engine
drops the findings of rules with `accept_list: true` whose passage holds an accepted word
(`accepted`). The words come with each file's configuration, in `SectionContext.vocabulary`.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from missionlint.checks.base import Checker, RuleType, SectionContext, finding, template
from missionlint.findings import Finding
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail
from missionlint.rulebook.templating import render, template_error
from missionlint.rulebook.vocabulary import Word

if TYPE_CHECKING:
    from spacy.tokens import Token


class VocabularyType(RuleType):
    name = "vocabulary"
    fields = {"reason_message": str}

    def prepare(self, spec: dict, fail: Fail) -> dict:
        if "reason_message" not in spec:
            raise fail("verplicht veld ontbreekt", "reason_message")
        problem = template_error(spec["reason_message"])
        if problem:
            raise fail(problem, "reason_message")
        return spec

    def compile(self, rules: list[Rule], nlp) -> Checker:
        return VocabularyChecker(nlp)


class VocabularyChecker(Checker):
    def __init__(self, nlp):
        self.nlp = nlp

    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        if not ctx.vocabulary.reject:
            return []
        findings = []
        for rule in rules:
            if ctx.silenced(rule):
                continue
            for word, start, end in matches(self.nlp, ctx.doc, ctx.vocabulary.reject):
                text = " ".join(ctx.doc.text[start:end].split())
                values = {"text": text, "word": word.word, "reason": word.reason or "", "kind": ctx.kind}
                message = rule.spec["reason_message"] if word.reason else rule.message
                findings.append(
                    finding(
                        rule,
                        ctx,
                        start,
                        end,
                        render(message, **values),
                        rule.confidence,
                        template=template(rule, **values),
                    )
                )
        return findings


def accepted(nlp, ctx: SectionContext, findings: list[Finding]) -> list[Finding]:
    """`findings` without those of rules with `accept_list: true` whose passage holds a
    word the section's vocabulary accepts."""
    if not ctx.vocabulary.accept or not any(f.rule.accept_list for f in findings):
        return findings
    spans = [(start, end) for _word, start, end in matches(nlp, ctx.doc, ctx.vocabulary.accept)]
    if not spans:
        return findings
    kept = []
    for f in findings:
        if f.rule.accept_list:
            start, end = ctx.section.text_offset(f.start), ctx.section.text_offset(f.end)
            if any(start <= a and b <= end for a, b in spans):
                continue
        kept.append(f)
    return kept


def matches(nlp, doc, words: tuple[Word, ...]) -> list[tuple[Word, int, int]]:
    """(word, start, end) of every occurrence of `words` in `doc` (character offsets in
    the doc), longest first where two overlap; whitespace tokens between words are skipped."""
    tokens = [t for t in doc if not t.is_space]
    token_forms = [forms(t) for t in tokens]  # each token's forms, read once
    starts: dict[str, list[int]] = {}  # form -> the positions of the tokens that have it
    for i, found_forms in enumerate(token_forms):
        for form in found_forms:
            starts.setdefault(form, []).append(i)
    found: list[tuple[Word, int, int]] = []
    taken: set[int] = set()
    for word, parts in sorted(_parts(nlp, words), key=lambda item: -len(item[1])):
        for i in starts.get(parts[0], ()):  # only where the word's first part stands
            window = range(i, i + len(parts))
            if window.stop > len(tokens) or any(k in taken for k in window):
                continue
            if all(part in token_forms[k] for part, k in zip(parts, window)):
                taken.update(window)
                last = tokens[window.stop - 1]
                found.append((word, tokens[i].idx, last.idx + len(last.text)))
    return sorted(found, key=lambda item: item[1])


def _parts(nlp, words: tuple[Word, ...]) -> list[tuple[Word, tuple[str, ...]]]:
    """Each word with its tokens in lower case ("best practice" -> best, practice)."""
    return [(word, _tokens(nlp.tokenizer, word.word)) for word in words]


@lru_cache(maxsize=4096)
def _tokens(tokenizer, text: str) -> tuple[str, ...]:
    """A configured word's tokens, once per run (the same words are looked for in every section)."""
    return tuple(t.lower_ for t in tokenizer(text) if not t.is_space)


def forms(token: Token) -> frozenset[str]:
    """What a word of the vocabulary may be to match `token`: its form, its pipeline lemma,
    and the lemmas `_lemmas` finds for its form."""
    lemma = token.lemma_.lower()
    return _lemmas(token.lower_) | ({lemma} if lemma else set())


@lru_cache(maxsize=65536)
def _lemmas(lower: str) -> frozenset[str]:
    """A form and its lemmas: the Dutch lemma table's, and the base of an inflected or
    comparative adjective ("integrale" -> "integraal")."""
    from missionlint.nlp.morphology import adjective_lemma, lemma_lookup

    found = {lower, lemma_lookup().get(lower), adjective_lemma(lower)}
    return frozenset(f for f in found if f)
