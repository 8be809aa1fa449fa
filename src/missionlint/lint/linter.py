"""Sources -> parsed sections -> findings: the one place that runs the pipeline.

All sections of all files go through `nlp.pipe` together, in batches, and the rules are
compiled once per run. Each file's
result is finished (`lint.finish`) as it comes out, from the cache or from the engine.

Here each section gets the kind it is checked as (`linted_kind`): its label's, the one
an ambiguous label's text reads as, or for an unlabelled text the inferred one, after
the text is cut into parts where its paragraphs read as different kinds. A section that
is not written in Dutch is not checked.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import TYPE_CHECKING

from missionlint.checks import framing
from missionlint.checks.base import SectionContext
from missionlint.checks.consistency import SectionFacts, section_facts
from missionlint.checks.language import DUTCH, language
from missionlint.checks.metrics import words
from missionlint.findings import FileResult, SectionResult, SentenceFraming
from missionlint.kinds import AMBIGUOUS, LINTED_KINDS, UNKNOWN
from missionlint.lint.cache import ResultCache
from missionlint.lint.finish import Finisher
from missionlint.nlp import pipeline
from missionlint.nlp.parsing import parse_bounded
from missionlint.nlp.segmentation import item_starts, set_sentence_starts
from missionlint.rulebook.model import Rule
from missionlint.rulebook.vocabulary import Vocabulary
from missionlint.sources.model import Section, Source

if TYPE_CHECKING:  # classify imports spaCy, which a run from the cache never loads
    from spacy.tokens import Doc

    from missionlint.checks.classify import Classification, Part

STREAM_FILES = 200  # files linted at a time when results are printed as they come
AMBIGUOUS_MARGIN = 1.0  # how far an ambiguous label's text must lean away from its first reading


@dataclass
class Linter:
    rules: list[Rule]
    classifier_rules: list[Rule]
    model: pipeline.ModelInfo
    organisation: bool = False  # consistency checks across all files instead of per file
    jobs: int = 1
    cache: ResultCache | None = None
    finish: Finisher = field(default_factory=Finisher)
    # Each file's vocabulary (source path -> the `vocabulary` of its configuration), where it has one.
    vocabularies: dict[str, Vocabulary] = field(default_factory=dict)
    # Loaded pipelines by model path, shared by linters that are given the same dict (the
    # language server's, one per rule selection); None: load its own.
    pipelines: dict | None = None
    _engine: object = field(default=None, init=False, repr=False)

    @classmethod
    def for_rules(
        cls, every_rule: list[Rule], active: list[Rule], model: pipeline.ModelInfo, cache_dir=None, **options
    ) -> Linter:
        """The linter of a run, as `check` and the language server build it: the active
        rules check, the cue rules among every known rule classify, and a result cache in
        `cache_dir` (None: none) keyed by both and the pipeline."""
        classifier_rules = [r for r in every_rule if r.type == "cues"]
        cache = None
        if cache_dir is not None:
            cache = ResultCache.for_run(cache_dir, active, classifier_rules, model)
        return cls(rules=active, classifier_rules=classifier_rules, model=model, cache=cache, **options)

    @property
    def engine(self):
        if self._engine is None:
            from missionlint.lint.engine import Engine

            # The framing profile reads the parse of every linted section (checks.framing).
            # Sentence starts are set before the pipeline runs (`set_sentence_starts`).
            shared = {} if self.pipelines is None else self.pipelines
            key = str(self.model.path)
            if key not in shared:
                shared[key] = pipeline.load(self.model)
            self._engine = Engine(shared[key], self.rules, self.classifier_rules)
        return self._engine

    def _docs(self, sources: list[Source]):
        nlp = self.engine.nlp
        for source in sources:
            for section in source.sections:
                doc = nlp.make_doc(section.text)
                items = set()
                for offset in item_starts(source, section.start, section.end):
                    local = section.text_offset(offset)
                    span = doc.char_span(local, local + 1, alignment_mode="expand")
                    if span is not None:
                        items.add(span.start)
                set_sentence_starts(doc, items)
                yield doc

    def parse(self, sources: list[Source]):
        """The parsed doc of every section of `sources`, in order, as the rules see them."""
        return parse_bounded(self.engine.nlp, self._docs(sources))

    def lint(self, sources: list[Source]) -> list[FileResult]:
        """Finished results in the order of `sources`, from the cache where it has them."""
        return [self.finish(result) for result in self._raw(sources)]

    def _raw(self, sources: list[Source]) -> list[FileResult]:
        if self.cache is None or self.organisation:
            return self._lint_parallel(sources)
        cached = [self.cache.get(source, self._vocabulary(source)) for source in sources]
        misses = [source for source, hit in zip(sources, cached, strict=True) if hit is None]
        computed = iter(self._lint_parallel(misses) if misses else [])
        results = []
        for source, hit in zip(sources, cached, strict=True):
            if hit is None:
                hit = next(computed)
                self.cache.put(source, hit, self._vocabulary(source))
            results.append(hit)
        return results

    def _vocabulary(self, source: Source) -> Vocabulary:
        return self.vocabularies.get(source.path) or Vocabulary()

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
        chunks = [sources[i : i + size] for i in range(0, len(sources), size)]
        worker = replace(self, jobs=1, cache=None, finish=Finisher(), pipelines=None)
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = pool.map(worker._lint, chunks)
            return [result for part in parts for result in part]

    def _lint(self, sources: list[Source]) -> list[FileResult]:
        engine = self.engine
        docs = self.parse(sources)
        results = []
        facts: list[SectionFacts] = []
        for file_index, source in enumerate(sources):
            parsed = self._cut(source, [(section, next(docs)) for section in source.sections])
            if tuple(section for section, *_ in parsed) != source.sections:
                source = source.with_sections(tuple(section for section, *_ in parsed))
            result = FileResult(source)
            for index, (section, doc, profile, classification) in enumerate(parsed):
                written_in = language(doc)
                kind = linted_kind(section, classification, written_in)
                result.sections.append(
                    SectionResult(
                        section=section,
                        kind=kind,
                        inferred_kind=classification.kind,
                        inferred_confidence=classification.confidence,
                        cues=classification.evidence(),
                        words=len(words(doc)),
                        language=written_in,
                    )
                )
                ctx = SectionContext(
                    doc=doc,
                    section=section,
                    index=index,
                    kind=kind,
                    classification=classification,
                    profile=profile if kind in LINTED_KINDS else [],
                    vocabulary=self._vocabulary(source),
                )
                result.findings.extend(engine.check(ctx))
                result.sections[-1].sentences = [
                    replace(s, start=section.file_offset(s.start), end=section.file_offset(s.end)) for s in ctx.profile
                ]
                if engine.consistency is not None:
                    facts.append(section_facts(doc, file_index, index, kind))
                # The per-doc caches (metrics.words, classify.match_view) hold tokens, which
                # hold the doc: a cycle only the garbage collector would free, late.
                doc.user_data.clear()
            results.append(result)
        self._check_consistency(results, facts)
        for result in results:
            # A finding's text is the original file's slice, markup included.
            result.findings = sorted(
                (replace(f, text=result.source.text[f.start : f.end]) for f in result.findings),
                key=lambda f: (f.start, f.rule.id),
            )
        return results

    def _cut(
        self, source: Source, parsed: list[tuple[Section, Doc]]
    ) -> list[tuple[Section, Doc, list[SentenceFraming], Classification]]:
        """Every section with its doc, framing profile and classification; unlabelled
        texts cut into parts where their paragraphs read as different kinds ("alinea 1" a
        mission, "alinea 2" a vision)."""
        out = []
        for section, doc in parsed:
            profile = framing.profile(doc)
            classification = self.engine.classify(doc, profile)
            starts = [section.text_offset(p) for p in source.paragraph_starts if section.start < p < section.end]
            parts = None
            if starts and section.kind == AMBIGUOUS:  # "Missie en visie": the label announces a mix
                parts = self.engine.classifier.parts(doc, starts, among=section.candidates)
            elif starts and section.kind_source == "inferred":
                parts = self.engine.classifier.parts(doc, starts, classification)
            if not parts:
                out.append((section, doc, profile, classification))
                continue
            doc.user_data.clear()
            for part in parts:
                out.append((part_section(section, part), part.doc, part.profile, part.classification))
        return out

    def _check_consistency(self, results: list[FileResult], facts: list[SectionFacts]) -> None:
        """Run the cross-section checks per file, or over all files as one organisation."""
        checker = self.engine.consistency
        if checker is None:
            return
        rules = [r for r in self.rules if r.type == "consistency"]
        scopes = [facts] if self.organisation else [[f for f in facts if f.file == i] for i in range(len(results))]
        for scope in scopes:
            for file_index, finding in checker.findings(rules, results, scope):
                results[file_index].findings.append(finding)


def part_section(section: Section, part: Part) -> Section:
    """The section of one part of a text: "alinea 2", "alinea 2-3", or under a heading
    "Missie en visie, alinea 1"."""
    first, last = part.paragraphs
    title = f"alinea {first}" if first == last else f"alinea {first}-{last}"
    if section.title:
        title = f"{section.title}, {title}"
    return section.part(section.file_offset(part.start), section.file_offset(part.end), title)


def linted_kind(section: Section, classification: Classification, written_in: str) -> str:
    """The kind a section is checked as: its label's; for an ambiguous label ("Ambitie")
    the candidate its text leans to clearly (phrases of that kind, and a lead of
    AMBIGUOUS_MARGIN over the label's first reading), else that first reading; for an
    unlabelled text the inferred kind; UNKNOWN (not checked) for other sections and for
    text not in Dutch."""
    if written_in != DUTCH:
        return UNKNOWN
    if section.kind in LINTED_KINDS:
        return section.kind
    if section.kind == AMBIGUOUS and section.candidates:
        scores, first = classification.scores, section.candidates[0]
        best = max(section.candidates, key=lambda k: scores.get(k, 0.0))  # a tie: the first candidate
        clear = classification.cues.get(best) and scores[best] - scores[first] >= AMBIGUOUS_MARGIN
        return best if clear else first
    if section.kind == UNKNOWN and section.kind_source == "inferred" and classification.kind in LINTED_KINDS:
        return classification.kind
    return UNKNOWN
