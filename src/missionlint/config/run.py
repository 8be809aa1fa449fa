"""Configuration: `.missionlint.yaml` or `[tool.missionlint]` in pyproject.toml.

Each linted file uses the nearest configuration, found by walking up from the file's
folder (stdin: from the current directory). In one folder `.missionlint.yaml` wins over
pyproject.toml; a pyproject.toml without `[tool.missionlint]` does not count.

One run may lint files under different configurations. Settings about *which* findings
a file gets come from the file's own configuration: `select`, `extend-select`, `ignore`,
`severity`, `rules`, `exclude`, `per-file-ignores` and `vocabulary`. Settings about the run as a whole
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
from pathlib import Path

from missionlint.config.files import Finder
from missionlint.config.settings import Config, Overrides
from missionlint.errors import ConfigError
from missionlint.rulebook import selectors
from missionlint.rulebook.model import Rule
from missionlint.rulebook.vocabulary import Vocabulary


class Run:
    """The settings of one `check` run: per-file rule selection and severity, and the
    run-level options. Build it with the collected files, then call `select(rules)`;
    `lint.finish.Finisher` applies the selection to each linted file."""

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

    def select(self, rules: list[Rule]) -> list[Rule]:
        """Resolve every configuration's selection; returns the rules any file needs.

        Raises ConfigError for an unknown selector, naming the file and the key (or the
        option, for the command line).
        """
        from missionlint.rulebook.data import builtin_rules_dir

        def check(pool: list[Rule], chosen, config: Config | None, where: str) -> None:
            try:
                selectors.validate(chosen, pool)
            except ValueError as error:
                raise ConfigError(config.display if config else None, f"{where}: {error}") from None

        o = self.overrides
        for option, named in (
            ("--select", o.select or ()),
            ("--extend-select", o.extend_select),
            ("--ignore", o.ignore),
        ):
            check(rules, named, None, option)
        folders = [builtin_rules_dir().resolve(), *(f.resolve() for f in self.rule_dirs)]
        origins = {r.id: next((f for f in folders if Path(r.path).resolve().is_relative_to(f)), None) for r in rules}
        cli_dirs = {Path(d).resolve() for d in o.rules}
        by_config: dict[Path | None, frozenset[str]] = {}
        for config in self._all_configs():
            allowed = {folders[0], None, *cli_dirs, *(f.resolve() for f in config.rules)}
            pool = [r for r in rules if origins[r.id] in allowed]
            for key in ("select", "extend-select", "ignore"):
                check(pool, getattr(config, key.replace("-", "_")) or (), config, f"sleutel '{key}'")
            for glob, ignored in config.per_file_ignores:
                check(pool, ignored, config, f"sleutel 'per-file-ignores.{glob.pattern}'")
            for selector in config.severity:
                check(pool, [selector], config, "sleutel 'severity'")
            chosen = {r.id for r in pool if not r.optional}
            for select, extend, ignore in (
                (config.select, config.extend_select, config.ignore),
                (o.select, o.extend_select, o.ignore),
            ):
                if select is not None:
                    chosen = selectors.pick(pool, select)
                chosen |= selectors.pick(pool, extend)
                chosen -= {r.id for r in pool if any(selectors.matches(r, s) for s in ignore)}
            by_config[config.path] = frozenset(chosen)
            self._severity[config.path] = selectors.levels(pool, config.severity)
        by_id = {r.id: r for r in rules}
        for path, config in self.configs.items():
            chosen = set(by_config[config.path])
            if path != "<stdin>":
                for _pattern, given in config.ignored_for(path):
                    chosen = {i for i in chosen if not any(selectors.matches(by_id[i], s) for s in given)}
            self._file_rules[path] = frozenset(chosen)
        needed = set().union(*self._file_rules.values())
        return [r for r in rules if r.id in needed]

    def rules_for(self, path: str) -> frozenset[str] | None:
        """The ids of the rules selected for the file at `path` (None: every rule)."""
        return self._file_rules.get(path)

    @property
    def vocabularies(self) -> dict[str, Vocabulary]:
        """Each file's vocabulary (source path -> its configuration's), where it has one."""
        return {path: config.vocabulary for path, config in self.configs.items() if config.vocabulary}

    def severity_for(self, path: str) -> dict[str, str]:
        """Severity overrides (rule id -> level) of the file's configuration."""
        config = self.configs.get(path)
        return {} if config is None else self._severity.get(config.path, {})
