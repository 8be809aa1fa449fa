"""Bulk suppressions: today's findings, recorded per file and rule, so that CI fails only
on new ones (as ESLint's `eslint-suppressions.json`).

`check --suppress-all` records, for every linted file, how many findings each rule has
(counts, not lines, so edits elsewhere in the file do not break them), the passages they
flag and the file's score, in `missionlint-suppressions.json` next to the configuration:

    {
      "files": {
        "docs/missie.md": {
          "rules": {"ML101": {"count": 1, "passages": ["De stad schoonmaken"]}},
          "score": 52.0
        }
      },
      "version": 1
    }

Later runs drop a file's findings of a rule as long as there are no more than recorded.
When there are more, the surplus is reported: the findings whose passage is not among the
recorded ones (the new sentence, not the old ones, which ESLint would report too); when
fewer passages are new than the surplus (a sentence copied word for word), the last
findings of that rule in the file make up the difference. The passages only choose which
findings to report; the count decides how many.

Suppressing happens after scoring: a file's score stays the score of its text, which
`--fail-on-score-drop` compares with the recorded one. `--prune-suppressions` lowers
counts to what still occurs, drops entries that no longer occur (and those of files that
are gone), and raises a recorded score that the file now beats. The file is written
sorted, indented and atomically, so the same findings always give the same bytes.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from missionlint.config.settings import display_path
from missionlint.errors import ConfigError, os_reason
from missionlint.files import write_atomically
from missionlint.findings import FileResult, Finding
from missionlint.hints import describe, did_you_mean, one_line
from missionlint.parser_messages import json_error

FILE_NAME = "missionlint-suppressions.json"
FORMAT = 1
PASSAGE_LENGTH = 60  # characters of a flagged passage kept to tell old findings from new
RULE_ID = re.compile(r"^ML\d{3}$")


def passage(finding: Finding) -> str:
    """The flagged text on one line, cut to PASSAGE_LENGTH characters."""
    return one_line(finding.text, PASSAGE_LENGTH)


@dataclass
class Recorded:
    """A rule's findings in one file: how many, and the passages they flag."""

    count: int
    passages: list[str] = field(default_factory=list)


@dataclass
class FileEntry:
    rules: dict[str, Recorded] = field(default_factory=dict)
    score: float | None = None

    @classmethod
    def of(cls, findings: list[Finding], score: float | None) -> FileEntry:
        by_rule: dict[str, list[str]] = {}
        for finding in findings:
            by_rule.setdefault(finding.rule.id, []).append(passage(finding))
        rules = {rule: Recorded(len(found), sorted(found)) for rule, found in by_rule.items()}
        return cls(rules, score)

    def as_dict(self) -> dict:
        return {
            "rules": {
                rule: {"count": r.count, "passages": sorted(r.passages)} for rule, r in sorted(self.rules.items())
            },
            "score": self.score,
        }


class BulkSuppressions:
    """The suppressions file of a run: read once, applied to each finished file, and
    written back after `--suppress-all` or `--prune-suppressions`."""

    def __init__(self, path: Path, files: dict[str, FileEntry] | None = None, exists: bool = False):
        self.path = Path(os.path.abspath(path))
        self.files: dict[str, FileEntry] = files or {}
        self.exists = exists
        self.seen: dict[str, FileEntry] = {}  # this run's findings per linted file
        # how the run uses the file, from its options
        self.record_all = False  # record each file's findings first (--suppress-all)
        self.score_floor = False  # compare each file's score with the recorded one (--fail-on-score-drop)

    @property
    def display(self) -> str:
        return display_path(self.path)

    @classmethod
    def read(cls, path: Path) -> BulkSuppressions:
        """The file at `path`, or an empty one when there is none. A file that is not what
        `--suppress-all` writes (broken JSON, a hand edit gone wrong) is a ConfigError
        naming the file and the field."""
        bulk = cls(path)
        try:
            text = bulk.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return bulk
        except (OSError, UnicodeDecodeError) as error:
            reason = os_reason(error) if isinstance(error, OSError) else "geen UTF-8"
            raise ConfigError(bulk.display, f"kan het onderdrukkingsbestand niet lezen: {reason}") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as error:
            message, line, column = json_error(error)
            raise ConfigError(bulk.display, message, line, column) from None
        except RecursionError:
            raise ConfigError(bulk.display, "ongeldige JSON: te diep genest") from None
        bulk.files = _parse(data, bulk.display)
        bulk.exists = True
        return bulk

    def key(self, path: str) -> str | None:
        """A linted file's name in the suppressions file: relative to its folder, with '/';
        None for standard input, which has no name to record."""
        if path == "<stdin>":
            return None
        return os.path.relpath(os.path.abspath(path), self.path.parent).replace(os.sep, "/")

    def observe(self, result: FileResult, findings: list[Finding]) -> None:
        """Note a finished file's findings now (whatever `min-severity` hides of them, so
        that a run that shows less neither records less nor calls the rest gone) and its score."""
        key = self.key(result.path)
        if key is not None:
            self.seen[key] = FileEntry.of(findings, result.score)

    def record(self, result: FileResult) -> None:
        """`--suppress-all`: the file's entry becomes what `observe` noted."""
        key = self.key(result.path)
        entry = self.seen.get(key) if key is not None else None
        if key is None or entry is None:
            return
        if entry.rules or entry.score is not None:
            self.files[key] = FileEntry(dict(entry.rules), entry.score)
        else:
            self.files.pop(key, None)

    def apply(self, result: FileResult) -> int:
        """Drop the findings the file's entry covers; returns how many."""
        key = self.key(result.path)
        entry = self.files.get(key) if key is not None else None
        if entry is None:
            return 0
        by_rule: dict[str, list[Finding]] = {}
        for finding in result.findings:
            by_rule.setdefault(finding.rule.id, []).append(finding)
        reported: list[Finding] = []
        for rule, found in by_rule.items():
            recorded = entry.rules.get(rule)
            if recorded is None:
                reported.extend(found)
            elif len(found) > recorded.count:
                reported.extend(_surplus(found, recorded))
        suppressed = len(result.findings) - len(reported)
        keep = {id(f) for f in reported}
        result.findings = [f for f in result.findings if id(f) in keep]
        return suppressed

    def floor(self, path: str) -> float | None:
        """The recorded score of a file (`--fail-on-score-drop`), if any."""
        key = self.key(path)
        entry = self.files.get(key) if key is not None else None
        return None if entry is None else entry.score

    def stale(self) -> int:
        """How many recorded findings of the files linted in this run no longer occur."""
        return sum(
            max(0, recorded.count - (now.rules[rule].count if rule in now.rules else 0))
            for key, now in self.seen.items()
            if key in self.files
            for rule, recorded in self.files[key].rules.items()
        )

    def prune(self) -> int:
        """`--prune-suppressions`: lower each count of a linted file to what occurs now,
        drop what no longer occurs and the entries of files that are gone, and raise a
        recorded score the file now beats. Returns how many recorded findings went."""
        removed = self.stale()
        for key in list(self.files):
            entry = self.files[key]
            now = self.seen.get(key)
            if now is None:
                if not (self.path.parent / key).exists():
                    removed += sum(r.count for r in entry.rules.values())
                    del self.files[key]
                continue
            rules = {}
            for rule, recorded in entry.rules.items():
                current = now.rules.get(rule)
                if current is None:
                    continue
                if current.count < recorded.count:
                    rules[rule] = Recorded(current.count, _kept(recorded.passages, current.passages, current.count))
                else:
                    rules[rule] = recorded
            entry.rules = rules
            if now.score is not None and (entry.score is None or now.score > entry.score):
                entry.score = now.score
        return removed

    def dumps(self) -> str:
        data = {"files": {key: entry.as_dict() for key, entry in sorted(self.files.items())}, "version": FORMAT}
        return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"

    def write(self) -> None:
        """Write the file atomically (a temporary file in its folder, then a rename)."""
        data = self.dumps().encode("utf-8")
        try:
            write_atomically(str(self.path), lambda out: out.write(data))
        except OSError as error:
            raise ConfigError(
                self.display, f"kan het onderdrukkingsbestand niet schrijven: {os_reason(error)}"
            ) from None


def _surplus(found: list[Finding], recorded: Recorded) -> list[Finding]:
    """The findings of one rule to report when there are more than recorded: those whose
    passage was not recorded, else (a copied passage) the last ones in the file."""
    surplus = len(found) - recorded.count
    left = Counter(recorded.passages)
    known, new = [], []
    for finding in found:
        text = passage(finding)
        if left[text] > 0:
            left[text] -= 1
            known.append(finding)
        else:
            new.append(finding)
    if len(new) >= surplus:
        return new
    return new + known[len(known) - (surplus - len(new)) :]


def _kept(recorded: list[str], current: list[str], count: int) -> list[str]:
    """The recorded passages that still occur, at most `count` of them."""
    left = Counter(current)
    kept: list[str] = []
    for text in recorded:
        if left[text] > 0 and len(kept) < count:
            left[text] -= 1
            kept.append(text)
    return kept


def _parse(data: Any, display: str) -> dict[str, FileEntry]:
    """Validate what the suppressions file holds; errors name the field."""

    def fail(where: str, message: str) -> ConfigError:
        return ConfigError(display, f"veld '{where}': {message}" if where else message)

    if not isinstance(data, dict):
        raise fail("", f"verwacht een JSON-object met 'version' en 'files', niet {describe(data)}")
    _object(data, ("files", "version"), "", fail)
    if data.get("version") != FORMAT:
        raise fail("version", f"verwacht {FORMAT}, niet {describe(data.get('version'))}")
    files = data.get("files", {})
    if not isinstance(files, dict):
        raise fail("files", f"verwacht een object met een ingang per bestand, niet {describe(files)}")
    out: dict[str, FileEntry] = {}
    for path, entry in files.items():
        where = f"files.{path}"
        _object(entry, ("rules", "score"), where, fail)
        score = entry.get("score")
        if score is not None and (
            isinstance(score, bool) or not isinstance(score, (int, float)) or not 0 <= score <= 100
        ):
            raise fail(f"{where}.score", f"verwacht een score van 0 tot 100 of null, niet {describe(score)}")
        rules = entry.get("rules", {})
        if not isinstance(rules, dict):
            raise fail(f"{where}.rules", f"verwacht een object met een ingang per regel, niet {describe(rules)}")
        parsed: dict[str, Recorded] = {}
        for rule, recorded in rules.items():
            here = f"{where}.rules.{rule}"
            if not RULE_ID.match(rule):
                raise fail(here, "verwacht een regel-id zoals ML101")
            _object(recorded, ("count", "passages"), here, fail)
            count = recorded.get("count")
            if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                raise fail(f"{here}.count", f"verwacht een geheel getal vanaf 1, niet {describe(count)}")
            passages = recorded.get("passages", [])
            if not isinstance(passages, list) or not all(isinstance(p, str) for p in passages):
                raise fail(f"{here}.passages", f"verwacht een lijst met teksten, niet {describe(passages)}")
            if len(passages) > count:
                raise fail(
                    f"{here}.passages", f"{len(passages)} passages bij count {count}; verwacht er ten hoogste {count}"
                )
            parsed[rule] = Recorded(count, list(passages))
        out[path] = FileEntry(parsed, None if score is None else float(score))
    return out


def _object(value: Any, allowed: tuple[str, ...], where: str, fail) -> None:
    """`value` is a JSON object with no other fields than `allowed`."""
    if not isinstance(value, dict):
        raise fail(where, f"verwacht een object, niet {describe(value)}")
    unknown = sorted(set(value) - set(allowed))
    if unknown:
        raise fail(where, f"onbekend veld '{unknown[0]}'{did_you_mean(unknown[0], allowed)}")
