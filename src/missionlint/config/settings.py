"""One configuration's settings: what `.missionlint.yaml` or `[tool.missionlint]` may say,
validated strictly (unknown keys and wrong types are errors naming the file and the key).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pathspec

from missionlint.errors import ConfigError
from missionlint.hints import describe, did_you_mean
from missionlint.rulebook.model import SEVERITIES
from missionlint.rulebook.vocabulary import Vocabulary, parse_vocabulary

KEYS = (
    "select",
    "extend-select",
    "ignore",
    "severity",
    "fail-under",
    "min-severity",
    "model",
    "rules",
    "exclude",
    "per-file-ignores",
    "organisation",
    "vocabulary",
)
CONFIG_NAME = ".missionlint.yaml"
PYPROJECT = "pyproject.toml"


def display_path(path: Path) -> str:
    """A path as the user wants to read it: relative when below the current directory."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


@dataclass(frozen=True)
class Glob:
    """A gitignore pattern relative to a configuration file's folder (pathspec): with a
    '/' inside it is anchored at that folder, without one it matches a name at any depth;
    a trailing '/' matches folders; a folder that matches takes everything below it."""

    pattern: str
    spec: pathspec.GitIgnoreSpec = field(compare=False)

    @classmethod
    def parse(cls, pattern: str) -> Glob:
        return cls(pattern, pathspec.GitIgnoreSpec.from_lines([pattern.strip().replace("\\", "/")]))

    def matches(self, relative: str) -> bool:
        """Does the file at `relative` (to the configuration's folder, '/'-separated) match?"""
        return self.spec.match_file(relative)


@dataclass(frozen=True)
class Config:
    """One configuration file's settings (all unset for `Config.default`)."""

    path: Path | None = None  # the file; None when no configuration applies
    root: Path = Path(".")  # the folder relative paths and globs start from
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: dict = field(default_factory=dict)  # selector -> level
    fail_under: float | None = None
    min_severity: str | None = None
    model: str | None = None
    rules: tuple[Path, ...] = ()
    exclude: tuple[Glob, ...] = ()
    per_file_ignores: tuple[tuple[Glob, tuple[str, ...]], ...] = ()
    organisation: bool | None = None
    vocabulary: Vocabulary = Vocabulary()

    @classmethod
    def default(cls, cwd: Path) -> Config:
        return cls(None, cwd)

    @property
    def display(self) -> str:
        if self.path is None:
            return "<defaults>"
        return display_path(self.path) + (" [tool.missionlint]" if self.path.name == PYPROJECT else "")

    def relative(self, path: str) -> str | None:
        """`path` relative to this configuration's folder ('/'-separated), if below it."""
        relative = os.path.relpath(os.path.abspath(path), self.root)
        return None if relative.startswith("..") else relative.replace(os.sep, "/")

    def excludes(self, path: str) -> bool:
        relative = self.relative(path)
        return relative is not None and any(glob.matches(relative) for glob in self.exclude)

    def ignored_for(self, path: str) -> list[tuple[str, tuple[str, ...]]]:
        """The per-file-ignores entries (pattern, selectors) that apply to `path`."""
        relative = self.relative(path)
        if relative is None:
            return []
        return [(glob.pattern, selectors) for glob, selectors in self.per_file_ignores if glob.matches(relative)]


def mapping(display: str, key: str, value: Any, what: str) -> dict:
    if not isinstance(value, dict):
        raise ConfigError(display, f"sleutel '{key}': verwacht een mapping {what}, niet {describe(value)}")
    return value


def strings(display: str, key: str, value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        bad = (
            next((v for v in value if not isinstance(v, str) or not v.strip()), None)
            if isinstance(value, list)
            else value
        )
        got = describe(bad) if isinstance(value, list) else describe(value)
        raise ConfigError(display, f"sleutel '{key}': verwacht een lijst met {what}, niet {got}")
    return tuple(v.strip() for v in value)


def parse(data: Any, path: Path, display: str) -> Config:
    """Validate a configuration mapping strictly and build the Config."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(display, f"verwacht een mapping met instellingen, niet {describe(data)}")
    root = path.parent
    values: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key not in KEYS:
            raise ConfigError(display, f"onbekende sleutel '{key}'{did_you_mean(str(key), KEYS)}")
        if value is None:  # `key:` with nothing after it in YAML: unset
            continue
        if key in ("select", "extend-select", "ignore"):
            values[key.replace("-", "_")] = strings(display, key, value, "regel-id's, -namen of categorieën")
        elif key == "severity":
            mapping(display, key, value, "van regel naar 'info', 'warning' of 'error'")
            for selector, level in value.items():
                if level not in SEVERITIES or not isinstance(selector, str):
                    raise ConfigError(
                        display,
                        f"sleutel 'severity.{selector}': verwacht 'info', 'warning' of 'error', "
                        f"niet {describe(level)}{did_you_mean(str(level), SEVERITIES)}",
                    )
            values["severity"] = {s.strip(): level for s, level in value.items()}
        elif key == "fail-under":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
                raise ConfigError(
                    display, f"sleutel 'fail-under': verwacht een getal van 0 tot 100, niet {describe(value)}"
                )
            values["fail_under"] = float(value)
        elif key == "min-severity":
            if value not in SEVERITIES:
                raise ConfigError(
                    display,
                    f"sleutel 'min-severity': verwacht 'info', 'warning' of 'error', niet "
                    f"{describe(value)}{did_you_mean(str(value), SEVERITIES)}",
                )
            values["min_severity"] = value
        elif key == "model":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(
                    display,
                    f"sleutel 'model': verwacht tekst (auto, bundled, een pakket of een map), niet {describe(value)}",
                )
            spec = value.strip()
            local = root / Path(spec).expanduser()
            values["model"] = str(local) if spec not in ("auto", "bundled") and local.is_dir() else spec
        elif key == "rules":
            folders = []
            for folder in strings(display, key, value, "regelmappen"):
                full = (root / Path(folder).expanduser()).resolve()
                if not full.is_dir():
                    raise ConfigError(display, f"sleutel 'rules': regelmap '{folder}' bestaat niet")
                folders.append(full)
            values["rules"] = tuple(folders)
        elif key == "exclude":
            values["exclude"] = tuple(Glob.parse(p) for p in strings(display, key, value, "globpatronen"))
        elif key == "per-file-ignores":
            mapping(display, key, value, "van globpatroon naar een lijst met regels")
            entries = []
            for pattern, selectors in value.items():
                name = f"per-file-ignores.{pattern}"
                if not isinstance(pattern, str) or not pattern.strip():
                    raise ConfigError(display, f"sleutel '{name}': verwacht een globpatroon, niet {describe(pattern)}")
                entries.append(
                    (Glob.parse(pattern), strings(display, name, selectors, "regel-id's, -namen of categorieën"))
                )
            values["per_file_ignores"] = tuple(entries)
        elif key == "organisation":
            if not isinstance(value, bool):
                raise ConfigError(display, f"sleutel 'organisation': verwacht true of false, niet {describe(value)}")
            values["organisation"] = value
        elif key == "vocabulary":

            def fail(message: str, field: str) -> ConfigError:
                return ConfigError(display, f"sleutel '{field}': {message}")

            values["vocabulary"] = parse_vocabulary(value, fail)
    return Config(path=path, root=root, **values)


@dataclass
class Overrides:
    """Options given on the command line; None (or empty) when not given."""

    select: list[str] | None = None
    extend_select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    min_severity: str | None = None
    fail_under: float | None = None
    model: str | None = None
    rules: list[Path] = field(default_factory=list)
    organisation: bool | None = None
