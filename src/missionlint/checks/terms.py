"""`type: terms`: word and phrase lists (spaCy PhraseMatcher), on LOWER or LEMMA.

    attr: LEMMA
    terms:
      - toonaangevend
      - {term: zo goed mogelijk, replacement: goed}
      - {term: klantgericht, question: wat merkt de klant ervan?}

A term's replacement is a rewrite of the match; its question fills `{question}`.
"""

from __future__ import annotations

from missionlint.checks.base import Checker, RuleType, SectionContext, span_finding
from missionlint.checks.patterns import spacy_problem
from missionlint.errors import RuleError
from missionlint.findings import Finding
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail
from missionlint.rulebook.templating import match_case


class TermsType(RuleType):
    name = "terms"
    fields = {"attr": str, "terms": list}

    def prepare(self, spec: dict, fail: Fail) -> dict:
        if spec.get("attr", "LOWER") not in ("LOWER", "LEMMA"):
            raise fail("moet LOWER of LEMMA zijn", "attr")
        terms = spec.get("terms")
        if not terms:
            raise fail("verwacht een niet-lege lijst met termen", "terms")
        for i, term in enumerate(terms):
            if isinstance(term, str):
                continue
            if not isinstance(term, dict) or not isinstance(term.get("term"), str):
                raise fail(
                    "een term is tekst of een mapping met 'term' (en eventueel 'replacement', 'question')",
                    f"terms[{i}]",
                )
            unknown = set(term) - {"term", "replacement", "question"}
            if unknown:
                raise fail(f"onbekend veld '{sorted(unknown)[0]}'", f"terms[{i}]")
        return spec

    def compile(self, rules: list[Rule], nlp) -> Checker:
        from spacy.matcher import PhraseMatcher

        matchers: dict[str, PhraseMatcher] = {}
        entries: dict[tuple[str, str], dict] = {}
        for rule in rules:
            attr = rule.spec.get("attr", "LOWER")
            matcher = matchers.setdefault(attr, PhraseMatcher(nlp.vocab, attr=attr))
            docs = []
            for term in rule.spec["terms"]:
                entry = term if isinstance(term, dict) else {"term": term}
                doc = nlp(entry["term"]) if attr == "LEMMA" else nlp.make_doc(entry["term"])
                entries[(rule.id, _key(doc, attr))] = entry
                docs.append(doc)
            try:
                matcher.add(rule.id, docs)
            except (ValueError, KeyError, TypeError) as error:
                raise RuleError(rule.path, spacy_problem(str(error)), rule.id, "patterns") from None
        return TermsChecker(nlp, matchers, entries)


def _key(tokens, attr: str) -> str:
    return " ".join(t.lemma_ if attr == "LEMMA" else t.lower_ for t in tokens if not t.is_space)


class TermsChecker(Checker):
    def __init__(self, nlp, matchers: dict, entries: dict[tuple[str, str], dict]):
        self.nlp, self.matchers, self.entries = nlp, matchers, entries

    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        from spacy.util import filter_spans

        from missionlint.nlp.views import match_view

        view, index = match_view(ctx.doc)
        by_id = {r.id: r for r in rules}
        spans: dict[str, list] = {}
        for matcher in self.matchers.values():
            for match_id, start, end in matcher(view):
                rule_id = self.nlp.vocab.strings[match_id]
                if rule_id in by_id:
                    spans.setdefault(rule_id, []).append(ctx.doc[index[start] : index[end - 1] + 1])
        findings = []
        for rule in rules:
            if ctx.silenced(rule):
                continue
            for span in filter_spans(spans.get(rule.id, [])):
                if ctx.silenced(rule, span.sent.start):
                    continue
                entry = self.entries.get((rule.id, _key(span, rule.spec.get("attr", "LOWER"))), {})
                rewrites = [match_case(entry["replacement"], span.text)] if entry.get("replacement") is not None else []
                values = {"replacement": entry.get("replacement", ""), "question": entry.get("question", "")}
                findings.append(span_finding(rule, span, ctx, rewrites, values))
        return findings
