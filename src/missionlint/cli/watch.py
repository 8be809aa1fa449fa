"""`check --watch`: lint again on every save, with the pipeline kept loaded.

The folders of the given files (and the given folders, recursively) are watched with
watchfiles, so editors that save by writing a new file and renaming it are seen too.
After a change the changed files are read and linted again (all files with
`--organisation`, whose consistency rules look across files), their report is printed,
and per file a line says how the score moved: "score 62 -> 71 (+9)", with the number of
new and resolved findings. Ctrl-C stops; the caller exits 0.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from rich.console import Console
from rich.text import Text

from missionlint.errors import InputError
from missionlint.findings import FileResult
from missionlint.formatters import NOT_CHECKED
from missionlint.lint.linter import Linter
from missionlint.sources.discovery import DOCX_SUFFIX, SKIP_DIRS, SUFFIXES, collect_paths
from missionlint.sources.reading import read_source

READY = "wacht op wijzigingen; Ctrl-C stopt"
STOPPED = "gestopt"


def _key(path: str) -> str:
    return os.path.normpath(os.path.abspath(path))


def _finding_keys(result: FileResult) -> Counter:
    """Findings by rule and text: offsets move when a file is edited, these do not."""
    return Counter((f.rule.id, " ".join(f.text.split())) for f in result.findings)


NEW_FILE = object()  # the old score of a file seen for the first time


def score_line(path: str, old, new: float | None, added: int = 0, resolved: int = 0) -> str:
    """'x.md: score 62 -> 71 (+9); 1 nieuw, 2 opgelost' (scores rounded as printed); `old`
    is NEW_FILE for a file seen for the first time, None for a file that had no score."""
    if new is None:
        line = f"{path}: {NOT_CHECKED}"
    elif old is NEW_FILE:
        line = f"{path}: score {new:.0f} (nieuw bestand)"
    elif old is None:
        line = f"{path}: score {new:.0f} (eerst {NOT_CHECKED})"
    else:
        delta = round(new) - round(old)
        line = f"{path}: score {old:.0f} -> {new:.0f} ({delta:+d})"
    return line + f"; {added} nieuw, {resolved} opgelost"


@dataclass
class Watcher:
    linter: Linter
    paths: list[str]  # as given on the command line (files and folders, no stdin)
    kind: str
    console: Console
    report: Callable[[list[FileResult], list[InputError]], object]  # prints a (partial) report
    after_lint: Callable[[], None] | None = None  # e.g. print the warnings of the files just linted
    scores: dict[str, float | None] = field(default_factory=dict)  # by display path
    keys: dict[str, Counter] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)  # display paths, in order

    def __post_init__(self) -> None:
        self._explicit = {_key(p): p for p in self.paths if not os.path.isdir(p)}
        self._dirs = {_key(p): p for p in self.paths if os.path.isdir(p)}

    # ------------------------------------------------------------------ which files

    def display(self, path: str) -> str | None:
        """The display path of a watched file (as collect_paths names it), or None."""
        key = _key(path)
        if key in self._explicit:
            return self._explicit[key]
        suffix = os.path.splitext(key)[1].lower()
        if suffix not in SUFFIXES and suffix != DOCX_SUFFIX:
            return None
        for root, given in self._dirs.items():
            rel = os.path.relpath(key, root)
            parts = rel.split(os.sep)
            if rel.startswith(os.pardir) or any(p.startswith(".") or p in SKIP_DIRS for p in parts):
                continue
            return os.path.join(given, rel)
        return None

    def roots(self) -> tuple[list[str], bool]:
        """The folders to watch and whether recursively (only when folders were given)."""
        roots = set(self._dirs) | {os.path.dirname(k) for k in self._explicit}
        return sorted(roots), bool(self._dirs)

    # ------------------------------------------------------------------ linting

    def _lint(self, paths: list[str]) -> tuple[list[FileResult], list[InputError]]:
        sources, errors = [], []
        for path in paths:
            try:
                sources.append(read_source(path, kind=self.kind))
            except InputError as error:
                errors.append(error)
        results = self.linter.lint(sources) if sources else []
        if self.after_lint is not None:
            self.after_lint()
        return results, errors

    def _remember(self, results: list[FileResult]) -> None:
        for result in results:
            self.scores[result.path] = result.score
            self.keys[result.path] = _finding_keys(result)

    def start(self) -> tuple[list[FileResult], list[InputError]]:
        """Lint everything once and print the full report."""
        files, path_errors = collect_paths(list(self.paths))
        self.files = files
        results, errors = self._lint(files)
        errors = [*path_errors, *errors]
        self._remember(results)
        self.report(results, errors)
        return results, errors

    def changed(self, paths: set[str]) -> list[str]:
        """Lint the changed files again and print their report and score moves."""
        changed, lines = [], []
        for path in sorted(paths):
            display = self.display(path)
            if display is None:
                continue
            if not os.path.isfile(path):
                if display in self.files:
                    self.files.remove(display)
                    self.scores.pop(display, None)
                    self.keys.pop(display, None)
                    lines.append(f"{display}: verwijderd")
                continue
            if display not in self.files:
                self.files.append(display)
            changed.append(display)
        stamp = time.strftime("%H:%M:%S")
        if changed:
            self.console.print(Text(f"--- {stamp} gewijzigd: {', '.join(changed)}", style="bold"))
            scope = self.files if self.linter.organisation else changed
            results, errors = self._lint(scope)
            shown = [r for r in results if r.path in changed]
            self.report(shown, errors)
            for result in shown:
                old_keys = self.keys.get(result.path, Counter())
                new_keys = _finding_keys(result)
                lines.append(
                    score_line(
                        result.path,
                        self.scores.get(result.path, NEW_FILE),
                        result.score,
                        sum((new_keys - old_keys).values()),
                        sum((old_keys - new_keys).values()),
                    )
                )
            self._remember(results)
        for line in lines:
            self.console.print(Text(line, style="bold"))
        self.console.file.flush()
        return lines

    def run(self, stop_event: threading.Event | None = None, rust_timeout: int = 500, debounce: int = 400) -> None:
        """Watch until Ctrl-C (or `stop_event`); every batch of saves is linted once."""
        import watchfiles

        roots, recursive = self.roots()
        ready = False
        logging.getLogger("watchfiles").setLevel(logging.ERROR)  # its own (English) messages
        try:
            for changes in watchfiles.watch(
                *roots,
                watch_filter=lambda _change, path: self.display(path) is not None,
                stop_event=stop_event,
                rust_timeout=rust_timeout,
                yield_on_timeout=True,
                debounce=debounce,
                raise_interrupt=False,
                recursive=recursive,
            ):
                if not ready:  # the watcher is set up once it first times out or reports
                    ready = True
                    self.console.print(Text(READY, style="dim"))
                    self.console.file.flush()
                if changes:
                    self.changed({path for _change, path in changes})
        except KeyboardInterrupt:
            pass
        self.console.print(Text(STOPPED, style="dim"))
