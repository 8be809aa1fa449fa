"""Where the built-in rule data lives (the `missionlint.rules` package) and how it is read.

Besides one folder per category of rules, it holds `sets/` (token patterns that several
rules share), `vocabulary/` (word lists that rules and metrics share) and `sections/`
(how the readers find sections: the heading vocabulary).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

SETS_FOLDER = "sets"
VOCABULARY_FOLDER = "vocabulary"
SECTIONS_FOLDER = "sections"
DATA_FOLDERS = (SETS_FOLDER, VOCABULARY_FOLDER, SECTIONS_FOLDER)  # inside the built-in rules folder; not rules

# libyaml parses our rule files in a tenth of the time of the pure-Python parser (this is
# most of the start-up of `rules` and `explain`), but it recurses in C and crashes the process
# on pathologically nested input, so it reads only the files shipped with the package.
TRUSTED_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def builtin_rules_dir() -> Path:
    return Path(str(resources.files("missionlint.rules")))


def is_data_file(path: Path, rules_folder: Path) -> bool:
    """A shared pattern set or word list, not a rule."""
    return path.relative_to(rules_folder).parts[0] in DATA_FOLDERS


def read_builtin(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=TRUSTED_LOADER)
