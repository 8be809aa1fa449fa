"""Record every user-visible output, to prove a refactoring changed none of it.

    python scripts/golden.py OUT_DIR            # record
    diff -r BEFORE_DIR AFTER_DIR                # compare two recordings

Records, through the real CLI (`python -m missionlint`), with `--no-cache` and a fixed
report date: `check examples/` in every format, `--diff`, `rules` (text and JSON), every
rule's `explain`, the JSON report of every labelled statement in eval/ (as the evaluation
script writes them) and `scripts/evaluate.py` on the development and held-out sets.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
FORMATS = ("text", "json", "sarif", "github", "junit", "markdown", "html")


def run(args: list[str], cwd: Path = REPO) -> str:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1767225600", "NO_COLOR": "1", "COLUMNS": "200"}
    proc = subprocess.run(
        [sys.executable, "-m", "missionlint", *args], cwd=cwd, env=env, capture_output=True, text=True
    )
    return f"exit {proc.returncode}\n--- stdout\n{proc.stdout}--- stderr\n{proc.stderr}"


def record(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for fmt in FORMATS:
        (out / f"check-examples.{fmt}").write_text(run(["check", "examples/", "--no-cache", "--format", fmt]))
    (out / "check-examples.diff").write_text(run(["check", "examples/", "--no-cache", "--diff"]))
    (out / "check-examples-verbose.text").write_text(run(["check", "examples/", "--no-cache", "-v"]))
    (out / "rules.text").write_text(run(["rules"]))
    (out / "rules.json").write_text(run(["rules", "--format", "json"]))
    import json

    ids = [
        rule["id"]
        for rule in json.loads(run(["rules", "--format", "json"]).split("--- stdout\n")[1].split("--- stderr")[0])
    ]
    (out / "explain.text").write_text("".join(run(["explain", rule_id]) for rule_id in ids))
    eval_files = sorted([*(REPO / "eval").glob("statements.yaml"), *(REPO / "eval").glob("holdout*.yaml")])
    with tempfile.TemporaryDirectory() as tmp:
        for path in eval_files:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            for item in data.get("statements", []):
                target = Path(tmp) / f"{item['id']}.yaml"
                target.write_text(
                    yaml.safe_dump({item["labelled_as"]: item["text"]}, allow_unicode=True), encoding="utf-8"
                )
        report = run(["check", tmp, "--no-cache", "--format", "json"]).replace(tmp, "TMP")
        (out / "check-eval.json").write_text(report)
    sets = [str(p) for p in eval_files]
    proc = subprocess.run([sys.executable, "scripts/evaluate.py", *sets], cwd=REPO, capture_output=True, text=True)
    (out / "evaluate.txt").write_text(proc.stdout + proc.stderr)


if __name__ == "__main__":
    record(Path(sys.argv[1]))
