"""Finding and reading configuration files: `.missionlint.yaml`, or `[tool.missionlint]`
in pyproject.toml, the nearest one walking up from a file's folder."""

from __future__ import annotations

import os
import re
from pathlib import Path

import yaml

from missionlint.config.settings import CONFIG_NAME, PYPROJECT, Config, describe, display_path, parse
from missionlint.errors import ConfigError, os_reason
from missionlint.parser_messages import toml_problem, yaml_error

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib


def _toml_error(display: str, error: Exception, text: str) -> ConfigError:
    """file:line:col from tomllib's message ("... (at line 3, column 5)", "(at end of document)")."""
    message = str(error)
    found = re.search(r"\s*\(at line (\d+), column (\d+)\)$", message)
    if found:
        line, column = int(found.group(1)), int(found.group(2))
        message = message[: found.start()]
    else:
        lines = text.rstrip("\n").split("\n")
        line, column = len(lines), len(lines[-1]) + 1
        message = re.sub(r"\s*\(at end of document\)$", "", message)
    return ConfigError(display, f"ongeldige TOML: {toml_problem(message)}", line, column)


def _read_text(path: Path, display: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = os_reason(error) if isinstance(error, OSError) else "geen UTF-8"
        raise ConfigError(display, f"kan de configuratie niet lezen: {reason}") from None


def read_yaml(path: Path) -> Config:
    display = display_path(path)
    text = _read_text(path, display)
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError) as error:
        message, line, column = yaml_error(error, text)
        raise ConfigError(display, message, line, column) from None
    return parse(data, path, display)


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
            raise ConfigError(display, "ongeldige TOML: te diep geneste lijsten of tabellen") from None
        return None
    table = data.get("tool", {}).get("missionlint") if isinstance(data.get("tool"), dict) else None
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(display, f"[tool.missionlint]: verwacht een tabel met instellingen, niet {describe(table)}")
    return parse(table, path, display + " [tool.missionlint]")


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
