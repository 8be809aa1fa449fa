"""Linting an editor's document as `check` lints the file it will be saved to.

The same readers (the document's text goes through `read_source`, so the size limit and
the binary check hold), the same configuration (the nearest one walking up from the
document's folder, with `exclude` honoured), the same rule selection and finishing step,
and the same result cache, keyed as `check` keys it. The editor's settings act as
`check`'s options do: they win over the configuration file.

Everything here runs in the server's one worker thread. What is expensive is kept between
documents: the pipeline (loaded once per model), the rules (read again when a file in an
extra rule folder changes) and a linter with compiled rules per selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from missionlint.config.run import Run
from missionlint.config.settings import CONFIG_NAME, PYPROJECT, Overrides, describe, parse
from missionlint.errors import ConfigError
from missionlint.findings import FileResult
from missionlint.hints import did_you_mean
from missionlint.kinds import LINTED_KINDS
from missionlint.lint.finish import Finisher
from missionlint.lint.linter import Linter
from missionlint.nlp import pipeline
from missionlint.rulebook.loading import load_rules
from missionlint.rulebook.model import Rule
from missionlint.sources.discovery import SUFFIXES
from missionlint.sources.reading import read_source

# LSP language ids of the formats `check` reads as text (Word files never reach an editor)
LANGUAGES = {"markdown": "markdown", "plaintext": "text", "text": "text", "yaml": "yaml", "html": "html"}
STDIN = "-"  # documents that are no file (untitled) are read as standard input is
MAX_LINTERS = 8  # compiled rule selections kept (a workspace rarely has more configurations)

OPTION_KEYS = ("select", "extend-select", "ignore", "min-severity", "model", "rules")  # as in the config file
SERVER_KEYS = ("kind", "report-unused")  # `check --kind`, `check --report-unused`
SETTINGS = "editor-instellingen"


@dataclass(frozen=True)
class Settings:
    """The editor's settings for missionlint."""

    overrides: Overrides = field(default_factory=Overrides)
    kind: str = "auto"
    report_unused: bool = False


def read_settings(data: object, root: Path) -> Settings:
    """Settings from `initializationOptions` or `workspace/didChangeConfiguration`:
    `select`, `extend-select`, `ignore`, `min-severity`, `model` and `rules` (validated as
    in the configuration file; folders relative to the workspace), `kind` and
    `report-unused`. Raises ConfigError naming the key."""
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        raise ConfigError(SETTINGS, f"verwacht een mapping met instellingen, niet {describe(data)}")
    for key in data:
        if key not in OPTION_KEYS + SERVER_KEYS:
            raise ConfigError(SETTINGS, f"onbekende sleutel '{key}'{did_you_mean(str(key), OPTION_KEYS + SERVER_KEYS)}")
    kind = data.get("kind") or "auto"
    if kind not in ("auto", *LINTED_KINDS):
        choices = ("auto", *LINTED_KINDS)
        raise ConfigError(
            SETTINGS,
            f"sleutel 'kind': verwacht een van {', '.join(choices)}, niet {describe(kind)}"
            f"{did_you_mean(str(kind), choices)}",
        )
    report_unused = data.get("report-unused", False)
    if not isinstance(report_unused, bool):
        raise ConfigError(SETTINGS, f"sleutel 'report-unused': verwacht true of false, niet {describe(report_unused)}")
    config = parse({k: v for k, v in data.items() if k in OPTION_KEYS}, root / SETTINGS, SETTINGS)
    overrides = Overrides(
        select=None if config.select is None else list(config.select),
        extend_select=list(config.extend_select),
        ignore=list(config.ignore),
        min_severity=config.min_severity,
        model=config.model,
        rules=list(config.rules),
    )
    return Settings(overrides, kind, report_unused)


def document_format(language_id: str | None, path: str | None) -> str | None:
    """The reader for a document: by its language, else by its file name; None: not ours."""
    if language_id in LANGUAGES:
        return LANGUAGES[language_id]
    return SUFFIXES.get(Path(path).suffix.lower()) if path else None


class DocumentLinter:
    def __init__(self, root: Path | None, cache_dir: Path | None):
        self.root = root  # the workspace folder (untitled documents use its configuration)
        self.cache_dir = cache_dir  # None: no result cache
        self.settings = Settings()
        self.warnings: list[str] = []  # unknown selectors in suppression comments, since last read
        self._pipelines: dict = {}
        self._models: dict[str, pipeline.ModelInfo] = {}
        self._rules: dict[tuple, list[Rule]] = {}
        self._linters: dict[tuple, Linter] = {}  # least recently used first

    def lint(self, path: str | None, text: str, fmt: str, save: bool = False) -> FileResult | None:
        """The finished result of a document's text (None when its configuration excludes
        it). `save`: the text is what is on disk, so its result goes into the cache too.
        Raises MissionlintError (configuration, rules, model, or input such as a binary or
        too large document)."""
        name = path or STDIN
        folder = Path(path).parent if path else (self.root or Path.cwd())
        run = Run([], [name], self.settings.overrides, cwd=folder)
        if not run.files:
            return None
        rules, rules_key = self._rule_set(run.rule_dirs)
        active = run.select(rules)
        model = self._model(run.model)
        data = text.encode("utf-8", "replace")  # a lone surrogate becomes one '?': offsets stay
        source = read_source(name, data=data, kind=self.settings.kind, fmt=fmt)
        linter = self._linter(model, rules, rules_key, active)
        linter.finish = Finisher.for_run(run, rules, report_unused=self.settings.report_unused)
        linter.vocabularies = run.vocabularies
        if linter.cache is not None:
            linter.cache.write = save
        result = linter.lint([source])[0]
        self.warnings.extend(linter.finish.warnings)
        return result

    def prepare(self) -> None:
        """Load the pipeline and compile the rules of the workspace's configuration, so that
        the first document does not wait for them."""
        folder = self.root or Path.cwd()
        run = Run([], [STDIN], self.settings.overrides, cwd=folder)
        rules, rules_key = self._rule_set(run.rule_dirs)
        self._linter(self._model(run.model), rules, rules_key, run.select(rules)).engine  # noqa: B018

    def _model(self, spec: str) -> pipeline.ModelInfo:
        if spec not in self._models:
            self._models[spec] = pipeline.resolve(spec)
        return self._models[spec]

    def _rule_set(self, folders: list[Path]) -> tuple[list[Rule], tuple]:
        """Every rule (built-in and in `folders`), read again when a rule file there changed."""
        stamp = []
        for folder in folders:
            for path in sorted(Path(folder).rglob("*.y*ml")):
                info = path.stat()
                stamp.append((str(path), info.st_mtime_ns, info.st_size))
        key = (tuple(str(f) for f in folders), tuple(stamp))
        if key not in self._rules:
            self._rules = {k: v for k, v in self._rules.items() if k[0] != key[0]}  # older versions
            self._rules[key] = load_rules(folders)
        return self._rules[key], key

    def _linter(self, model: pipeline.ModelInfo, rules: list[Rule], rules_key: tuple, active: list[Rule]) -> Linter:
        key = (str(model.path), rules_key, tuple(r.id for r in active))
        linter = self._linters.pop(key, None)
        if linter is None:
            linter = Linter.for_rules(rules, active, model, self.cache_dir, pipelines=self._pipelines)
        self._linters[key] = linter
        while len(self._linters) > MAX_LINTERS:
            self._linters.pop(next(iter(self._linters)))
        return linter


def is_config_file(path: str | None) -> bool:
    """A file whose change may change every document's findings."""
    return path is not None and Path(path).name in (CONFIG_NAME, PYPROJECT)
