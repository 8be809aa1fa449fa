"""Which files a run lints: files and folders on the command line, expanded."""

from __future__ import annotations

import os

from missionlint.errors import InputError

SUFFIXES = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".yaml": "yaml",
    ".yml": "yaml",
    ".html": "html",
    ".htm": "html",
}
DOCX_SUFFIX = ".docx"  # Word files: read by sources/docx.py, collected from folders too
SKIP_DIRS = {"node_modules"}


_EMPTY_DIR = "map bevat geen bestanden om te controleren (" + ", ".join([*SUFFIXES, DOCX_SUFFIX]) + ")"


def collect_paths(paths: list[str]) -> tuple[list[str], list[InputError]]:
    """Expand directories into the lintable files below them (recursively, sorted).

    Hidden directories and files (".git", ".venv", ...) and node_modules are skipped;
    files given explicitly are kept whatever their suffix; "-" (stdin) stays "-".
    Duplicates are dropped (first occurrence wins).
    """
    found: list[str] = []
    errors: list[InputError] = []
    seen: set[str] = set()

    def add(p: str) -> None:
        key = p if p == "-" else os.path.normpath(os.path.abspath(p))
        if key not in seen:
            seen.add(key)
            found.append(p)

    for path in paths:
        if path == "-":
            add(path)
        elif os.path.isdir(path):
            files = []
            for root, dirs, names in os.walk(path):
                dirs[:] = [d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS]
                for name in names:
                    suffix = os.path.splitext(name)[1].lower()
                    if name.startswith(".") or (suffix not in SUFFIXES and suffix != DOCX_SUFFIX):
                        continue
                    full = os.path.join(root, name)
                    if os.path.isfile(full):
                        files.append(full)
            if not files:
                errors.append(InputError(path, _EMPTY_DIR))
            for full in sorted(files, key=lambda f: os.path.relpath(f, path).split(os.sep)):
                add(full)
        elif os.path.exists(path):
            add(path)
        else:
            errors.append(InputError(path, "bestand of map bestaat niet"))
    return found, errors
