"""Sources -> parsed sections -> findings: the one place that runs the pipeline.

All sections of all files go through `nlp.pipe` together, in batches. Components no
active rule needs are left out, and the rules are compiled once per run.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice

from missionlint.nlp import pipeline
from missionlint.lint.cache import ResultCache
from missionlint.checks.consistency import SectionFacts, run_check, section_facts
from missionlint.findings import SEVERITY_ORDER, FileResult, Finding, SectionResult
from missionlint.rulebook.loading import Rule
from missionlint.lint.scoring import score_file
from missionlint.sources.model import LINTED_KINDS, Source
from missionlint.rulebook.templating import render

LIST_ITEM = re.compile(r"[ \t]*(?:[-*+•]|\d+[.)])\s")
BATCH_SIZE = 64
# The pipeline's memory grows with the tokens it sees at once (about 25 kB a token for the
# bundled tok2vec), so sections go through it in batches of at most BATCH_TOKENS tokens, and
# a section longer than PIECE_TOKENS is parsed in pieces cut at sentence starts or line breaks
# and joined again: memory stays bounded whatever the size of a file or a line.
BATCH_TOKENS = 2_000
PIECE_TOKENS = 1_000
STREAM_FILES = 200  # files linted at a time when results are printed as they come


def _pieces(doc):
    """`doc` (not yet parsed) cut into docs of at most PIECE_TOKENS tokens, or [doc]."""
    if len(doc) <= PIECE_TOKENS:
        return [doc]
    bounds, start = [], 0
    while start < len(doc):
        end = min(start + PIECE_TOKENS, len(doc))
        if end < len(doc):  # cut at a sentence start, a line break or a full stop if there is one
            for k in range(end, start + PIECE_TOKENS // 2, -1):
                if doc[k].is_sent_start or doc[k - 1].is_space or doc[k - 1].text in (".", "!", "?", ";"):
                    end = k
                    break
        bounds.append((start, end))
        start = end
    return [doc[a:b].as_doc() for a, b in bounds]


def parse_bounded(nlp, docs):
    """`nlp.pipe(docs)` in order, with at most BATCH_TOKENS tokens in the pipeline at once."""
    from spacy.tokens import Doc

    def batches():
        batch, size = [], 0
        for doc in docs:
            pieces = _pieces(doc)
            for n, piece in enumerate(pieces):
                batch.append((piece, n == len(pieces) - 1))
                size += len(piece)
                if size >= BATCH_TOKENS or len(batch) >= BATCH_SIZE:
                    yield batch
                    batch, size = [], 0
        if batch:
            yield batch

    done = []
    for batch in batches():
        parsed = nlp.pipe([piece for piece, _last in batch], batch_size=len(batch))
        for piece, (_piece, last) in zip(parsed, batch):
            done.append(piece)
            if last:
                yield done[0] if len(done) == 1 else Doc.from_docs(done, ensure_whitespace=False)
                done = []


def item_starts(source: Source, start: int, end: int) -> list[int]:
    """Offsets in [start, end) that begin a list item or a paragraph: hard sentence starts."""
    if source.paragraphs:  # a Word paragraph is a unit of its own, punctuated or not
        return [offset for offset in source.paragraphs if start < offset < end]
    starts = []
    text = source.text
    pos = text.find("\n", start)
    while 0 <= pos < end - 1:
        line_start = pos + 1
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        previous = text[text.rfind("\n", 0, pos) + 1: pos]
        if LIST_ITEM.match(text, line_start) or not previous.strip():
            first = line_start + len(text[line_start:line_end]) - len(text[line_start:line_end].lstrip(" \t-*+•0123456789.)"))
            if start < first < end:
                starts.append(first)
        pos = text.find("\n", line_start)
    return starts


SENTENCE_END = {".", "!", "?", "…"}


def set_sentence_starts(doc, items: set[int]) -> None:
    """Fix sentence boundaries before the parser, which respects them.

    A sentence starts at a list item or paragraph, or at a capital or digit after
    sentence-final punctuation; nowhere else. The parser, trained on news, otherwise
    splits short verbless fragments ("Elke dag | vers brood ...") and misreads line
    breaks, and every rule that counts or reads sentences would inherit that.
    """
    if len(doc):
        doc[0].is_sent_start = True  # so a one-word doc has its sentence too
    after_end = False
    for token in doc[1:]:
        if token.is_space:
            token.is_sent_start = False
            continue
        first = token.text[:1]
        token.is_sent_start = token.i in items or (after_end and (first.isupper() or first.isdigit()
                                                                   or first in "\"'‘“("))
        after_end = token.text in SENTENCE_END


@dataclass
class Linter:
    rules: list[Rule]
    classifier_rules: list[Rule]
    model: pipeline.ModelInfo
    min_severity: str = "info"
    organisation: bool = False  # consistency checks across all files instead of per file
    jobs: int = 1
    cache: ResultCache | None = None
    _engine: object = field(default=None, init=False, repr=False)

    @property
    def engine(self):
        if self._engine is None:
            from missionlint.lint.engine import Engine, needs_parser

            # Without dependency rules the parser stays loaded but disabled: the bundled
            # pipeline's mission_fixes parses the few docs it needs on demand. Sentence
            # starts are set before the pipeline runs (`set_sentence_starts`).
            disable = () if needs_parser(self.rules) else ("parser",)
            nlp = pipeline.load(self.model, disable=disable)
            self._engine = Engine(nlp, self.rules, self.classifier_rules)
        return self._engine

    def _docs(self, sources: list[Source]):
        nlp = self.engine.nlp
        for source in sources:
            for section in source.sections:
                doc = nlp.make_doc(section.text)
                items = set()
                for offset in item_starts(source, section.start, section.end):
                    span = doc.char_span(offset - section.start, offset - section.start + 1, alignment_mode="expand")
                    if span is not None:
                        items.add(span.start)
                set_sentence_starts(doc, items)
                yield doc

    def lint(self, sources: list[Source]) -> list[FileResult]:
        """Results in the order of `sources`, from the cache where it has them."""
        if self.cache is None or self.organisation:
            return self._lint_parallel(sources)
        cached = [self.cache.get(source) for source in sources]
        misses = [source for source, hit in zip(sources, cached) if hit is None]
        computed = iter(self._lint_parallel(misses) if misses else [])
        results = []
        for hit in cached:
            if hit is None:
                hit = next(computed)
                self.cache.put(hit)
            results.append(hit)
        return results

    def lint_stream(self, sources: Iterable[Source]) -> Iterator[FileResult]:
        """Results in the order of `sources`, linted STREAM_FILES files at a time, so that
        neither the sources nor the results of a long run pile up in memory. Consistency
        across all files (`organisation`) and `jobs` > 1 need every file at once."""
        sources = iter(sources)
        if self.organisation or self.jobs > 1:
            yield from self.lint(list(sources))
            return
        while chunk := list(islice(sources, STREAM_FILES)):
            yield from self.lint(chunk)

    def _lint_parallel(self, sources: list[Source]) -> list[FileResult]:
        """Split the files over `jobs` processes, each with its own loaded pipeline."""
        jobs = min(self.jobs, len(sources))
        if jobs <= 1 or self.organisation:
            return self._lint(sources)
        from concurrent.futures import ProcessPoolExecutor

        size = -(-len(sources) // jobs)
        chunks = [sources[i:i + size] for i in range(0, len(sources), size)]
        worker = replace(self, jobs=1, cache=None)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = pool.map(worker._lint, chunks)
            return [result for part in parts for result in part]

    def _lint(self, sources: list[Source]) -> list[FileResult]:
        from missionlint.lint.engine import SectionContext
        from missionlint.checks.metrics import words

        engine = self.engine
        docs = parse_bounded(engine.nlp, self._docs(sources))
        results = []
        facts: list[SectionFacts] = []
        for file_index, source in enumerate(sources):
            result = FileResult(source)
            for index, section in enumerate(source.sections):
                doc = next(docs)
                classification = engine.classify(doc)
                kind = section.kind
                if kind == "unknown" and section.kind_source == "inferred":
                    kind = classification.kind
                if kind not in LINTED_KINDS:
                    kind = "unknown"
                result.sections.append(SectionResult(
                    section=section, kind=kind, inferred_kind=classification.kind,
                    inferred_confidence=classification.confidence, cues=classification.evidence(),
                    words=len(words(doc)),
                ))
                ctx = SectionContext(doc=doc, section=section, index=index, kind=kind, classification=classification)
                result.findings.extend(engine.check(ctx))
                if self.consistency_rules:
                    facts.append(section_facts(doc, file_index, index, kind))
                # The per-doc caches (metrics.words, classify.match_view) hold tokens, which
                # hold the doc: a cycle only the garbage collector would free, late.
                doc.user_data.clear()
            results.append(result)
        self._check_consistency(results, facts)
        threshold = SEVERITY_ORDER[self.min_severity]
        for result in results:
            # A finding's text is the original file's slice, markup included.
            result.findings = sorted((replace(f, text=result.source.text[f.start:f.end]) for f in result.findings),
                                     key=lambda f: (f.start, f.rule.id))
            score_file(result)  # scores count every finding, whatever is shown
            result.findings = [f for f in result.findings if SEVERITY_ORDER[f.level] >= threshold]
        return results

    @property
    def consistency_rules(self) -> list[Rule]:
        return [r for r in self.rules if r.type == "consistency"]

    def _check_consistency(self, results: list[FileResult], facts: list[SectionFacts]) -> None:
        """Run the cross-section checks per file, or over all files as one organisation."""
        if self.organisation:
            scopes = [facts]
        else:
            scopes = [[f for f in facts if f.file == i] for i in range(len(results))]
        for rule in self.consistency_rules:
            for scope in scopes:
                for hit in run_check(rule.spec["check"], scope):
                    result = results[hit.file]
                    section = result.sections[hit.section]
                    if section.kind not in rule.applies_to:
                        continue
                    offset = section.section.start
                    template = rule.rewrite.get("template")
                    result.findings.append(Finding(
                        rule=rule, section=hit.section, start=offset + hit.start, end=offset + hit.end,
                        text="", message=render(rule.message, kind=section.kind, **hit.values),
                        confidence=rule.confidence,
                        rewrites=(render(template, **hit.values),) if template else (),
                        template=render(template, **hit.values) if template else None,
                    ))
