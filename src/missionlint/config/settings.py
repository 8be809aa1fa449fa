"""Configuration: `.missionlint.yaml` or `[tool.missionlint]` in pyproject.toml.

Each linted file uses the nearest configuration, found by walking up from the file's
folder (stdin: from the current directory). In one folder `.missionlint.yaml` wins over
pyproject.toml; a pyproject.toml without `[tool.missionlint]` does not count.

One run may lint files under different configurations. Settings about *which* findings
a file gets come from the file's own configuration: `select`, `extend-select`, `ignore`,
`severity`, `rules`, `exclude` and `per-file-ignores`. Settings about the run as a whole
come from the configuration of the current directory, or, when there is none, from the
configuration of the first file linted: `model`, `min-severity`, `fail-under` and
`organisation`. Command-line options win over both (`--rules` adds folders).

Rule selection is layered as in ruff: the default rules, then the configuration's
`select` (replaces), `extend-select` (adds) and `ignore` (removes), then the same three
from the command line; `per-file-ignores` apply last. Errors are one line naming the
file and the key; they end the run with exit code 2.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

CONFIG_NAME = ".missionlint.yaml"
PYPROJECT = "pyproject.toml"
SEVERITIES = ("info", "warning", "error")
KEYS = ("select", "extend-select", "ignore", "severity", "fail-under", "min-severity", "model", "rules",
        "exclude", "per-file-ignores", "organisation")

STARTER = """\
# Instellingen voor missionlint. Dit bestand geldt voor alle teksten in deze map en
# de mappen eronder (tot een dichterbij gelegen .missionlint.yaml of pyproject.toml
# met [tool.missionlint]). Opties op de opdrachtregel gaan voor.

# Welke regels: een id (ML101), een naam (role-phrasing) of een categorie (framing,
# kind, language, consistency; de optionele pakketten: ambition, learning).
# select vervangt de standaardset, extend-select voegt toe, ignore haalt weg.
# select: [framing, kind]
extend-select: []          # bijvoorbeeld [ambition, learning]
ignore: []                 # bijvoorbeeld [ML307, readability]

# Ernst per regel (id, naam of categorie): info, warning of error.
severity: {}
#   ML101: error
#   language: info

# Toon alleen bevindingen vanaf deze ernst; exitcode 1 bij een score onder fail-under.
min-severity: info
# fail-under: 70

# auto, bundled, een geinstalleerd spaCy-pakket of een pipelinemap.
model: auto

# Extra regelmappen, relatief aan dit bestand.
rules: []

# Bestanden en mappen die niet gecontroleerd worden als een map wordt doorlopen
# (globpatronen zoals in .gitignore, relatief aan dit bestand).
exclude: []                # bijvoorbeeld [concepten/, "archief/**/*.md"]

# Regels die voor sommige bestanden niet gelden.
per-file-ignores: {}
#   "nieuws/*.md": [kind, ML308]

# Alle bestanden samen zijn de teksten van een organisatie (consistentieregels over
# bestanden heen).
organisation: false
"""


class ConfigError(Exception):
    """A configuration that cannot be used: one line naming the file (and key)."""

    def __init__(self, path: str | None, message: str, line: int | None = None, column: int | None = None):
        self.path, self.message, self.line, self.column = path, message, line, column
        where = path if path is None or line is None else f"{path}:{line}:{column or 1}"
        super().__init__(message if where is None else f"{where}: {message}")


def display_path(path: Path) -> str:
    """A path as the user wants to read it: relative when below the current directory."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def _did_you_mean(word: str, options) -> str:
    import difflib

    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""


def _describe(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, (int, float)):
        return f"a number ({value})"
    if isinstance(value, str):
        return f"a string ('{value}')"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


# --------------------------------------------------------------------------- globs


def _glob_regex(pattern: str) -> re.Pattern:
    """A gitignore-style glob as a regex over '/'-separated paths: `**` crosses folders."""
    out, i = [], 0
    while i < len(pattern):
        char = pattern[i]
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif char == "*":
            out.append("[^/]*")
            i += 1
        elif char == "?":
            out.append("[^/]")
            i += 1
        elif char == "[" and pattern.find("]", i + 2) > 0:
            end = pattern.find("]", i + 2)
            body = pattern[i + 1:end].replace("\\", "\\\\")
            out.append("[" + ("^" + body[1:] if body.startswith("!") else body) + "]")
            i = end + 1
        else:
            out.append(re.escape(char))
            i += 1
    return re.compile("".join(out) + r"\Z")


@dataclass(frozen=True)
class Glob:
    """A pattern relative to a configuration file's folder, matched like .gitignore:
    with a '/' inside it is anchored at that folder, without one it matches a file or
    folder name at any depth; a trailing '/' matches folders only; a folder that
    matches takes everything below it along."""

    pattern: str
    regex: re.Pattern = field(compare=False)
    anchored: bool = False
    folders_only: bool = False

    @classmethod
    def parse(cls, pattern: str) -> "Glob":
        text = pattern.strip().replace("\\", "/")
        while text.startswith("./"):
            text = text[2:]
        folders_only = text.endswith("/")
        text = text.strip("/") if text.startswith("/") else text.rstrip("/")
        anchored = "/" in text or pattern.strip().startswith("/")
        return cls(pattern, _glob_regex(text), anchored, folders_only)

    def matches(self, relative: str) -> bool:
        """Does the file at `relative` (to the configuration's folder, '/'-separated) match?"""
        parts = relative.split("/")
        last = len(parts) if not self.folders_only else len(parts) - 1
        if self.anchored:
            return any(self.regex.match("/".join(parts[:k])) for k in range(1, last + 1))
        return any(self.regex.match(part) for part in parts[:last])


# --------------------------------------------------------------------------- one configuration


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

    @classmethod
    def default(cls, cwd: Path) -> "Config":
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


def _strings(display: str, key: str, value: Any, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        bad = next((v for v in value if not isinstance(v, str) or not v.strip()), None) if isinstance(value, list) else value
        got = _describe(bad) if isinstance(value, list) else _describe(value)
        raise ConfigError(display, f"key '{key}': expected a list of {what}, got {got}")
    return tuple(v.strip() for v in value)


def _parse(data: Any, path: Path, display: str) -> Config:
    """Validate a configuration mapping strictly and build the Config."""
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(display, f"expected a mapping of settings, got {_describe(data)}")
    root = path.parent
    values: dict[str, Any] = {}
    for key, value in data.items():
        if not isinstance(key, str) or key not in KEYS:
            raise ConfigError(display, f"unknown key '{key}'{_did_you_mean(str(key), KEYS)}")
        if value is None:  # `key:` with nothing after it in YAML: unset
            continue
        if key in ("select", "extend-select", "ignore"):
            values[key.replace("-", "_")] = _strings(display, key, value, "rule ids, names or categories")
        elif key == "severity":
            if not isinstance(value, dict):
                raise ConfigError(display, f"key 'severity': expected a mapping of rule to info, warning or "
                                           f"error, got {_describe(value)}")
            for selector, level in value.items():
                if level not in SEVERITIES or not isinstance(selector, str):
                    raise ConfigError(display, f"key 'severity.{selector}': expected info, warning or error, "
                                               f"got {_describe(level)}{_did_you_mean(str(level), SEVERITIES)}")
            values["severity"] = {s.strip(): level for s, level in value.items()}
        elif key == "fail-under":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
                raise ConfigError(display, f"key 'fail-under': expected a number from 0 to 100, got {_describe(value)}")
            values["fail_under"] = float(value)
        elif key == "min-severity":
            if value not in SEVERITIES:
                raise ConfigError(display, f"key 'min-severity': expected info, warning or error, got "
                                           f"{_describe(value)}{_did_you_mean(str(value), SEVERITIES)}")
            values["min_severity"] = value
        elif key == "model":
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(display, f"key 'model': expected a string (auto, bundled, a package or a "
                                           f"folder), got {_describe(value)}")
            spec = value.strip()
            local = root / Path(spec).expanduser()
            values["model"] = str(local) if spec not in ("auto", "bundled") and local.is_dir() else spec
        elif key == "rules":
            folders = []
            for folder in _strings(display, key, value, "rule folders"):
                full = (root / Path(folder).expanduser()).resolve()
                if not full.is_dir():
                    raise ConfigError(display, f"key 'rules': rule folder '{folder}' does not exist")
                folders.append(full)
            values["rules"] = tuple(folders)
        elif key == "exclude":
            values["exclude"] = tuple(Glob.parse(p) for p in _strings(display, key, value, "glob patterns"))
        elif key == "per-file-ignores":
            if not isinstance(value, dict):
                raise ConfigError(display, f"key 'per-file-ignores': expected a mapping of glob pattern to a "
                                           f"list of rules, got {_describe(value)}")
            entries = []
            for pattern, selectors in value.items():
                name = f"per-file-ignores.{pattern}"
                if not isinstance(pattern, str) or not pattern.strip():
                    raise ConfigError(display, f"key '{name}': expected a glob pattern, got {_describe(pattern)}")
                entries.append((Glob.parse(pattern), _strings(display, name, selectors, "rule ids, names or categories")))
            values["per_file_ignores"] = tuple(entries)
        elif key == "organisation":
            if not isinstance(value, bool):
                raise ConfigError(display, f"key 'organisation': expected true or false, got {_describe(value)}")
            values["organisation"] = value
    return Config(path=path, root=root, **values)


def _toml_error(display: str, error: Exception, text: str) -> ConfigError:
    """file:line:col from tomllib's message ("... (at line 3, column 5)", "(at end of document)")."""
    message = str(error)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        line, column = int(found.group(1)), int(found.group(2))
        message = message[:found.start()]
    else:
        lines = text.rstrip("\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
        message = re.sub(r"\s*\(at end of document\)$", "", message)
    return ConfigError(display, f"invalid TOML: {message}", line, column)


def _read_text(path: Path, display: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(display, f"cannot read the configuration: {error}") from None


def read_yaml(path: Path) -> Config:
    display = display_path(path)
    text = _read_text(path, display)
    try:
        data = yaml.safe_load(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = error.problem or error.context or "malformed"
        raise ConfigError(display, f"invalid YAML: {problem}", mark.line + 1 if mark else None,
                          mark.column + 1 if mark else None) from None
    except yaml.YAMLError as error:
        raise ConfigError(display, f"invalid YAML: {error}") from None
    except RecursionError:  # PyYAML builds nested collections recursively
        raise ConfigError(display, "invalid YAML: lists or mappings nested too deeply") from None
    return _parse(data, path, display)


def read_pyproject(path: Path) -> Config | None:
    """The `[tool.missionlint]` table of a pyproject.toml, or None when it has none.

    A pyproject.toml that is not valid TOML is an error only when it mentions
    `tool.missionlint`; otherwise it is someone else's problem and does not count.
    """
    display = display_path(path)
    text = _read_text(path, display)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        if "tool.missionlint" in text:
            raise _toml_error(display, error, text) from None
        return None
    except RecursionError:  # arrays nested too deeply: not a configuration we can read
        if "tool.missionlint" in text:
            raise ConfigError(display, "invalid TOML: arrays or tables nested too deeply") from None
        return None
    table = data.get("tool", {}).get("missionlint") if isinstance(data.get("tool"), dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(display, f"[tool.missionlint]: expected a table of settings, got {_describe(table)}")
    return _parse(table, path, display + " [tool.missionlint]")


class Finder:
    """Finds and reads the configuration that applies to a folder; caches per run."""

    def __init__(self, cwd: Path):
        self.cwd = cwd
        self._folders: dict[Path, Config] = {}

    def for_folder(self, folder: Path) -> Config:
        folder = Path(os.path.abspath(folder))
        if folder in self._folders:
            return self._folders[folder]
        config = None
        candidate = folder / CONFIG_NAME
        if candidate.is_file():
            config = read_yaml(candidate)
        elif (folder / PYPROJECT).is_file():
            config = read_pyproject(folder / PYPROJECT)
        if config is None:
            config = Config.default(self.cwd) if folder.parent == folder else self.for_folder(folder.parent)
        self._folders[folder] = config
        return config

    def for_path(self, path: str) -> Config:
        """The configuration of a file ("-": stdin, looked up from the current directory)."""
        if path == "-":
            return self.for_folder(self.cwd)
        return self.for_folder(Path(os.path.abspath(path)).parent)


# --------------------------------------------------------------------------- one run


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


def _matches(rule, selector: str) -> bool:
    return selector == "all" or selector in (rule.id, rule.name, rule.category) or selector.upper() == rule.id


def _pick(pool: list, selectors) -> set[str]:
    """The ids `selectors` select, as `rulebook.select_rules` does: the optional packs
    only when named themselves (by id, name or category), never through "all"."""
    return {r.id for r in pool
            if any(_matches(r, s) and (not r.optional or s != "all") for s in selectors)}


def _levels(pool: list, severity: dict) -> dict[str, str]:
    """Rule id -> level from a `severity` mapping; a rule's id or name beats its category,
    which beats "all"."""
    levels = {}
    for rule in pool:
        ranked = sorted(((0 if s == "all" else 1 if s == rule.category else 2, level)
                         for s, level in severity.items() if _matches(rule, s)), key=lambda p: p[0])
        if ranked:
            levels[rule.id] = ranked[-1][1]
    return levels


class Run:
    """The settings of one `check` run: per-file rule selection and severity, and the
    run-level options. Build it with the collected files, then call `select(rules)`."""

    def __init__(self, paths: list[str], files: list[str], overrides: Overrides, cwd: Path | None = None):
        self.overrides = overrides
        self.cwd = Path(cwd or os.getcwd())
        finder = Finder(self.cwd)
        explicit = {os.path.abspath(p) for p in paths if p != "-" and not os.path.isdir(p)}
        self.files: list[str] = []
        self.configs: dict[str, Config] = {}  # source path ("<stdin>" for "-") -> its configuration
        for path in files:
            config = finder.for_path(path)
            if path != "-" and os.path.abspath(path) not in explicit and config.excludes(path):
                continue
            self.files.append(path)
            self.configs["<stdin>" if path == "-" else path] = config
        here = finder.for_folder(self.cwd)
        first = next(iter(self.configs.values()), here)
        self.run_config = here if here.path is not None else first
        self._file_rules: dict[str, frozenset[str]] = {}
        self._severity: dict[Path | None, dict[str, str]] = {}
        self.warnings: list[str] = []  # filled by apply / apply_one
        self.unused = 0

    # run-level settings: command line, else the run's configuration, else the default
    @property
    def model(self) -> str:
        return self.overrides.model or self.run_config.model or "auto"

    @property
    def min_severity(self) -> str:
        return self.overrides.min_severity or self.run_config.min_severity or "info"

    @property
    def fail_under(self) -> float | None:
        return self.overrides.fail_under if self.overrides.fail_under is not None else self.run_config.fail_under

    @property
    def organisation(self) -> bool:
        chosen = self.overrides.organisation
        return bool(self.run_config.organisation) if chosen is None else chosen

    def _all_configs(self) -> list[Config]:
        seen: dict[Path | None, Config] = {}
        for config in [self.run_config, *self.configs.values()]:
            seen.setdefault(config.path, config)
        return list(seen.values())

    @property
    def rule_dirs(self) -> list[Path]:
        """The extra rule folders of the command line and of every configuration used."""
        folders: dict[Path, Path] = {}
        for folder in [*map(Path, self.overrides.rules), *(f for c in self._all_configs() for f in c.rules)]:
            folders.setdefault(folder.resolve(), folder)
        return list(folders.values())

    def select(self, rules: list) -> list:
        """Resolve every configuration's selection; returns the rules any file needs.

        Raises ConfigError for an unknown selector, naming the file and the key (or the
        option, for the command line).
        """
        from missionlint.rulebook.loading import builtin_rules_dir, select_rules

        def check(pool: list, selectors, config: Config | None, where: str) -> None:
            try:
                select_rules(pool, list(selectors), [])
            except ValueError as error:
                raise ConfigError(config.display if config else None, f"{where}: {error}") from None

        o = self.overrides
        for key, selectors in (("--select", o.select or ()), ("--extend-select", o.extend_select),
                               ("--ignore", o.ignore)):
            check(rules, selectors, None, key)
        folders = [builtin_rules_dir().resolve(), *(f.resolve() for f in self.rule_dirs)]
        origins = {r.id: next((f for f in folders if Path(r.path).resolve().is_relative_to(f)), None) for r in rules}
        cli_dirs = {Path(d).resolve() for d in o.rules}
        by_config: dict[Path | None, frozenset[str]] = {}
        for config in self._all_configs():
            allowed = {folders[0], None, *cli_dirs, *(f.resolve() for f in config.rules)}
            pool = [r for r in rules if origins[r.id] in allowed]
            for key in ("select", "extend-select", "ignore"):
                check(pool, getattr(config, key.replace("-", "_")) or (), config, f"key '{key}'")
            for glob, selectors in config.per_file_ignores:
                check(pool, selectors, config, f"key 'per-file-ignores.{glob.pattern}'")
            for selector in config.severity:
                check(pool, [selector], config, "key 'severity'")
            chosen = {r.id for r in pool if not r.optional}
            for select, extend, ignore in ((config.select, config.extend_select, config.ignore),
                                           (o.select, o.extend_select, o.ignore)):
                if select is not None:
                    chosen = _pick(pool, select)
                chosen |= _pick(pool, extend)
                chosen -= {r.id for r in pool if any(_matches(r, s) for s in ignore)}
            by_config[config.path] = frozenset(chosen)
            self._severity[config.path] = _levels(pool, config.severity)
        by_id = {r.id: r for r in rules}
        for path, config in self.configs.items():
            chosen = set(by_config[config.path])
            if path != "<stdin>":
                for _pattern, selectors in config.ignored_for(path):
                    chosen = {i for i in chosen if not any(_matches(by_id[i], s) for s in selectors)}
            self._file_rules[path] = frozenset(chosen)
        needed = set().union(*self._file_rules.values())
        return [r for r in rules if r.id in needed]

    def filter(self, result) -> list:
        """A linted file's findings under its configuration: rules it does not select
        (or ignores for this file) are dropped, severity overrides applied."""
        config = self.configs.get(result.path)
        if config is None:
            return result.findings
        active = self._file_rules[result.path]
        severity = self._severity.get(config.path, {})
        kept = []
        for finding in result.findings:
            if finding.rule.id not in active:
                continue
            level = severity.get(finding.rule.id)
            kept.append(replace(finding, severity=level) if level else finding)
        return kept

    def apply(self, results: list, rules: list, report_unused: bool = False) -> list:
        """Finish linted files (linted with every finding kept, min-severity info):
        per-file selection and severity, suppression comments, scores without what was
        dropped, then min-severity. With `report_unused`, suppressions that suppressed
        nothing become ML000 findings (shown whatever min-severity says). Sets
        `self.warnings` (unknown selectors in suppression comments) and `self.unused`."""
        self.warnings: list[str] = []
        self.unused = 0
        return [self.apply_one(result, rules, report_unused) for result in results]

    def apply_one(self, result, rules: list, report_unused: bool = False):
        """`apply` for one file, adding to `self.warnings` and `self.unused` (a stream of
        results is finished file by file)."""
        from missionlint.lint import suppressions
        from missionlint.findings import SEVERITY_ORDER
        from missionlint.lint.scoring import score_file

        threshold = SEVERITY_ORDER[self.min_severity]
        findings, found = suppressions.apply(result.source, self.filter(result))
        result.findings = findings
        score_file(result)  # suppressed and deselected findings count nowhere
        result.findings = [f for f in findings if SEVERITY_ORDER[f.level] >= threshold]
        for directive, selector, hint in suppressions.unknown_selectors(found, rules):
            line, column = result.source.position(directive.start)
            self.warnings.append(f"{result.path}:{line}:{column}: unknown rule or category '{selector}' "
                                 f"in a suppression comment{hint}")
        if report_unused:
            extra = suppressions.unused_findings(result, found)
            self.unused += len(extra)
            result.findings = sorted(result.findings + extra, key=lambda f: (f.start, f.rule.id))
        return result
