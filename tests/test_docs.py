"""Documentation that is generated from the code must not drift from it."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_readme_catalogue_is_up_to_date():
    run = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_catalogue.py"), "--check"])
    assert run.returncode == 0, "run `python scripts/update_catalogue.py` and commit README.md"


def test_quick_start_is_two_commands():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Quick start", 1)[1].split("```", 2)[1]
    commands = [line for line in block.splitlines()[1:] if line.strip() and not line.startswith("#")]
    assert commands == ["pip install . && missionlint check examples/", "pip install '.[test]' && pytest"]
