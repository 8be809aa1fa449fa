"""`type: consistency`: checks across the sections of one organisation: one document, or a
whole repository (`--organisation`).

    check: one-mission          # or vision-shares-mission-terms, values-used

An organisation has exactly one mission; units may write their own visions, but those
should share key terms with the mission; values that appear nowhere else in the texts
are words on a wall. These checks need every section of the scope at once, so they run
after the per-section rules, on facts extracted from the parsed sections.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from missionlint.checks.base import Checker, RuleType, SectionContext
from missionlint.findings import FileResult, Finding
from missionlint.fix.model import Applicability, Fix
from missionlint.rulebook.model import Rule
from missionlint.rulebook.schema import Fail, require_choice
from missionlint.rulebook.templating import render

CONTENT_POS = ("NOUN", "PROPN", "ADJ", "VERB")
CHECKS = ("one-mission", "vision-shares-mission-terms", "values-used")


@dataclass
class SectionFacts:
    file: int  # index of the file in the run
    section: int  # index of the section in its file
    kind: str
    start: int  # character offsets in the section's Doc of its words
    end: int
    lemmas: set[str] = field(default_factory=set)
    values: list[tuple[str, int, int]] = field(default_factory=list)  # (word, start, end) in the Doc


@dataclass(frozen=True)
class Hit:
    file: int
    section: int
    start: int
    end: int
    values: dict


def section_facts(doc, file: int, section: int, kind: str) -> SectionFacts:
    words = [t for t in doc if not (t.is_punct or t.is_space)]
    facts = SectionFacts(
        file, section, kind, words[0].idx if words else 0, words[-1].idx + len(words[-1]) if words else 0
    )
    content = [t for t in words if t.pos_ in CONTENT_POS and not t.is_stop and len(t) > 2]
    facts.lemmas = {t.lemma_.lower() for t in content} | {t.lower_ for t in content}
    if kind == "waarden":
        facts.values = value_terms(doc)
    return facts


def value_terms(doc) -> list[tuple[str, int, int]]:
    """The bare values of a values section: items of at most three words ("Respect",
    "Eigen regie"). A value followed by what it means in practice ("Aandacht: bij elk
    bezoek ...") is already grounded and not returned. The head noun names the value."""
    terms = []
    for sent in doc.sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if not words or len(words) > 3:
            continue
        nouns = [t for t in words if t.pos_ in ("NOUN", "PROPN") and t.is_alpha]
        others = [t for t in words if t.pos_ in ("ADJ", "VERB") and t.is_alpha]
        for token in nouns[-1:] or others[:1]:
            terms.append((token.lower_, token.idx, token.idx + len(token)))
    return terms


def related(a: str, b: str) -> bool:
    """Same lemma, or one derived from the other ("open"/"openheid", "samenwerking"/"samenwerken")."""
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= 4 and common >= 0.7 * min(len(a), len(b))


def run_check(check: str, facts: list[SectionFacts]) -> list[Hit]:
    missions = [f for f in facts if f.kind == "missie"]
    if check == "one-mission":
        return [Hit(f.file, f.section, f.start, f.end, {"count": len(missions)}) for f in missions[1:]]
    if check == "vision-shares-mission-terms":
        if not missions:
            return []
        mission_lemmas = set().union(*(m.lemmas for m in missions))
        return [
            Hit(f.file, f.section, f.start, f.end, {})
            for f in facts
            if f.kind == "visie" and f.lemmas and not (f.lemmas & mission_lemmas)
        ]
    if check == "values-used":
        elsewhere = set().union(*(f.lemmas for f in facts if f.kind != "waarden")) if facts else set()
        if not any(f.kind in ("missie", "visie", "strategie") for f in facts):
            return []
        return [
            Hit(f.file, f.section, start, end, {"value": lemma})
            for f in facts
            if f.kind == "waarden"
            for lemma, start, end in f.values
            if not any(related(lemma, other) for other in elsewhere)
        ]
    raise ValueError(f"unknown consistency check '{check}'")


class ConsistencyType(RuleType):
    name = "consistency"
    fields = {"check": str}

    def prepare(self, spec: dict, fail: Fail) -> dict:
        return require_choice(spec, "check", CHECKS, fail, "onbekende controle; kies uit {choices}")

    def compile(self, rules: list[Rule], nlp) -> Checker:
        return ConsistencyChecker()


class ConsistencyChecker(Checker):
    """Nothing per section; `findings` runs over the facts of a scope of sections."""

    def check(self, ctx: SectionContext, rules: list[Rule]) -> list[Finding]:
        return []

    @staticmethod
    def findings(rules: list[Rule], results: list[FileResult], scope: list[SectionFacts]) -> list[tuple[int, Finding]]:
        """(file index, finding) for every hit of the rules' checks in `scope`."""
        out = []
        for rule in rules:
            for hit in run_check(rule.spec["check"], scope):
                section = results[hit.file].sections[hit.section]
                if section.kind not in rule.applies_to:
                    continue
                start, end = section.section.file_offset(hit.start), section.section.file_offset(hit.end)
                text = rule.rewrite.get("template")
                fixes = (Fix.replace(start, end, render(text, **hit.values), Applicability.DISPLAY),) if text else ()
                out.append(
                    (
                        hit.file,
                        Finding(
                            rule=rule,
                            section=hit.section,
                            start=start,
                            end=end,
                            text="",
                            message=render(rule.message, kind=section.kind, **hit.values),
                            confidence=rule.confidence,
                            fixes=fixes,
                        ),
                    )
                )
        return out
