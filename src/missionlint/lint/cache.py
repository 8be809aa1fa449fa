"""A result cache keyed by file content (and the file's vocabulary), rules, settings,
pipeline and version.

A re-run on unchanged files reads every result from the cache and never loads spaCy.
Entries are small JSON files written atomically (temporary file + rename), so
concurrent runs at worst compute the same entry twice; an entry that cannot be read
is ignored and recomputed. Output is identical with and without the cache.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from missionlint import __version__
from missionlint.files import write_atomically
from missionlint.findings import FileResult, Finding, SectionResult, SentenceFraming
from missionlint.fix.model import Fix
from missionlint.rulebook.model import Rule
from missionlint.rulebook.vocabulary import Vocabulary
from missionlint.sources.model import Section, Source

CACHE_FORMAT = 4
DEFAULT_DIR = ".missionlint_cache"


def fingerprint(rules: list[Rule], model_meta: dict, model_path: str, settings: dict) -> str:
    """What, besides the file itself, decides a file's result."""
    digest = hashlib.sha256()
    digest.update(f"{CACHE_FORMAT}|{__version__}|{model_path}".encode())
    digest.update(json.dumps(model_meta, sort_keys=True, default=str).encode())
    for rule in sorted(rules, key=lambda r: r.path):
        digest.update(rule.path.encode())
        digest.update(Path(rule.path).read_bytes())
        # the patterns as compiled: a shared pattern set (rules/sets) is not in the rule's file
        digest.update(json.dumps(rule.spec, sort_keys=True, default=str).encode())
    digest.update(json.dumps(settings, sort_keys=True, default=str).encode())
    model = Path(model_path)
    if model.is_dir():  # retrained weights can keep the same meta.json
        for part in sorted(p for p in model.rglob("*") if p.is_file()):
            stat = part.stat()
            digest.update(f"{part.relative_to(model)}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    for module in sorted(Path(__file__).parents[1].rglob("*.py")):  # code changes without a version bump
        stat = module.stat()
        digest.update(f"{module.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


class ResultCache:
    def __init__(self, directory: Path, fingerprint: str, rules: list[Rule]):
        self.directory = Path(directory)
        self.fingerprint = fingerprint
        self.rules = {rule.id: rule for rule in rules}
        # False: read entries, write none (the language server lints unsaved edits, whose
        # results no later run will ask for)
        self.write = True

    @classmethod
    def for_run(cls, directory: Path, active: list[Rule], classifier_rules: list[Rule], model) -> ResultCache:
        """The cache of a run with these active rules and this pipeline (a `ModelInfo`):
        `check` and the language server key their entries alike, so they share them."""
        settings = {"min_severity": "info", "rules": [r.id for r in active]}
        key = fingerprint(active + classifier_rules, model.meta, str(model.path), settings)
        return cls(directory, key, active)

    def _path(self, source: Source, vocabulary: Vocabulary) -> Path:
        key = hashlib.sha256(f"{self.fingerprint}|{source.format}".encode())
        if vocabulary:  # the file's configuration's own words change its findings
            key.update(f"|{vocabulary.key()}".encode())
        for section in source.sections:
            key.update(f"|{section.kind}:{section.kind_source}:{section.start}:{section.end}".encode())
        key.update(source.text.encode("utf-8", "surrogatepass"))
        name = key.hexdigest()
        return self.directory / name[:2] / f"{name}.json"

    def get(self, source: Source, vocabulary: Vocabulary = Vocabulary()) -> FileResult | None:
        try:
            data = json.loads(self._path(source, vocabulary).read_text(encoding="utf-8"))
            return self._restore(source, data)
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None  # missing or corrupt: recompute

    def put(self, source: Source, result: FileResult, vocabulary: Vocabulary = Vocabulary()) -> None:
        """Keep the result of `source` (as read; the result's own source may have cut an
        unlabelled text into parts)."""
        if not self.write:
            return
        path = self._path(source, vocabulary)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            data = json.dumps(self._dump(source, result), ensure_ascii=False).encode("utf-8")
            write_atomically(str(path), lambda out: out.write(data), durable=False)
        except OSError:
            pass  # a cache that cannot be written only costs speed

    @staticmethod
    def _dump(source: Source, result: FileResult) -> dict:
        cut = result.source.sections != source.sections
        return {
            "score": result.score,
            "parts": [[s.start, s.end, s.title] for s in result.source.sections] if cut else None,
            "sections": [
                {
                    "kind": s.kind,
                    "inferred_kind": s.inferred_kind,
                    "inferred_confidence": s.inferred_confidence,
                    "cues": s.cues,
                    "words": s.words,
                    "score": s.score,
                    "sentences": [[x.start, x.end, x.framing, x.cue, x.index, x.view, x.vague] for x in s.sentences],
                    "language": s.language,
                }
                for s in result.sections
            ],
            "findings": [
                {
                    "rule": f.rule.id,
                    "section": f.section,
                    "start": f.start,
                    "end": f.end,
                    "message": f.message,
                    "confidence": f.confidence,
                    "fixes": [fix.as_dict() for fix in f.fixes],
                    "severity": f.severity,
                }
                for f in result.findings
            ],
        }

    def _restore(self, source: Source, data: dict) -> FileResult:
        if data["parts"] is not None:
            source = source.with_sections(
                tuple(_part(source, start, end, title) for start, end, title in data["parts"])
            )
        sections = [
            SectionResult(
                section=section,
                kind=s["kind"],
                inferred_kind=s["inferred_kind"],
                inferred_confidence=s["inferred_confidence"],
                cues=s["cues"],
                words=s["words"],
                score=s["score"],
                sentences=[SentenceFraming(*x) for x in s["sentences"]],
                language=s["language"],
            )
            for section, s in zip(source.sections, data["sections"], strict=True)
        ]
        findings = [
            Finding(
                rule=self.rules[f["rule"]],
                section=f["section"],
                start=f["start"],
                end=f["end"],
                text=source.text[f["start"] : f["end"]],
                message=f["message"],
                confidence=f["confidence"],
                fixes=tuple(Fix.from_dict(fix) for fix in f["fixes"]),
                severity=f["severity"],
            )
            for f in data["findings"]
        ]
        return FileResult(source=source, sections=sections, findings=findings, score=data["score"])


def _part(source: Source, start: int, end: int, title: str | None) -> Section:
    """A section of a cut unlabelled text, from the section of the file that holds it."""
    whole = next(s for s in source.sections if s.start <= start and end <= s.end)
    return whole if (whole.start, whole.end) == (start, end) else whole.part(start, end, title or "")
