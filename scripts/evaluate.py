"""Measure the rule catalogue on a labelled set of statements, through the real CLI.

    python scripts/evaluate.py [FILE ...] [--model auto] [--show-errors]

Several files are measured together as one set (default: eval/statements.yaml).

Each statement becomes a one-key YAML file (`<labelled_as>: <text>`), so its section is
labelled as published; `missionlint check --format json` runs once over all of them.
Prints, per label, precision and recall of the matching rule category, the confusion
matrix of the inferred kind, and average scores per group.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

KINDS = ("missie", "visie", "waarden", "strategie")


def run_cli(statements: list[dict], model: str) -> dict[str, dict]:
    with tempfile.TemporaryDirectory() as tmp:
        for item in statements:
            path = Path(tmp) / f"{item['id']}.yaml"
            path.write_text(yaml.safe_dump({item["labelled_as"]: item["text"]}, allow_unicode=True), encoding="utf-8")
        proc = subprocess.run(
            [sys.executable, "-m", "missionlint", "check", tmp, "--format", "json", "--model", model],
            capture_output=True,
            text=True,
        )
        if proc.returncode not in (0, 1):
            sys.exit(f"missionlint failed ({proc.returncode}): {proc.stderr.strip()}")
        report = json.loads(proc.stdout)
    return {Path(f["path"]).stem: f for f in report["files"]}


def precision_recall(predicted: list[bool], actual: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, tp, fp, fn


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[Path("eval/statements.yaml")], type=Path)
    parser.add_argument("--model", default="auto")
    parser.add_argument("--show-errors", action="store_true", help="list false positives and misses")
    args = parser.parse_args()
    statements = [
        item for path in args.paths for item in yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]
    ]
    if len({item["id"] for item in statements}) != len(statements):
        sys.exit("statement ids must be unique across the files")
    files = run_cli(statements, args.model)

    rows = []
    for item in statements:
        result = files[item["id"]]
        categories = {f["category"] for f in result["findings"]}
        section = result["sections"][0] if result["sections"] else {}
        rows.append(
            {
                **item,
                "framing_hit": "framing" in categories,
                "kind_hit": "kind" in categories,
                "inferred": section.get("inferred_kind", "unknown"),
                "score": result["score"],
                "rules": sorted({f["rule"] for f in result["findings"]}),
            }
        )

    print(f"{len(rows)} statements from {', '.join(map(str, args.paths))}\n")
    print("| check | precision | recall | tp | fp | fn |")
    print("|---|---|---|---|---|---|")
    checks = [
        ("framing finding vs framing: role", "framing_hit", lambda r: r["framing"] == "role"),
        ("kind finding vs kind_fit: confused", "kind_hit", lambda r: r["kind_fit"] == "confused"),
    ]
    for label, key, truth in checks:
        p, r, tp, fp, fn = precision_recall([row[key] for row in rows], [truth(row) for row in rows])
        print(f"| {label} | {p:.2f} | {r:.2f} | {tp} | {fp} | {fn} |")
    for kind in KINDS:
        subset = [row for row in rows if row["labelled_as"] == kind]
        p, r, *_ = precision_recall(
            [row["framing_hit"] for row in subset], [row["framing"] == "role" for row in subset]
        )
        pk, rk, *_ = precision_recall(
            [row["kind_hit"] for row in subset], [row["kind_fit"] == "confused" for row in subset]
        )
        print(f"| {kind} ({len(subset)}): framing / kind | {p:.2f} / {pk:.2f} | {r:.2f} / {rk:.2f} | | | |")
    outcome = [row for row in rows if row["framing"] == "outcome"]
    share = sum(row["framing_hit"] for row in outcome) / max(1, len(outcome))
    print(f"\nframing finding on outcome-framed statements: {share:.2f} ({len(outcome)} statements)")

    print("\ninferred kind (rows: reads_as, columns: inferred)")
    matrix = defaultdict(Counter)
    for row in rows:
        matrix[row["reads_as"]][row["inferred"]] += 1
    columns = [*KINDS, "unknown"]
    print("| reads_as | " + " | ".join(columns) + " | right |")
    print("|---|" + "---|" * (len(columns) + 1))
    for kind in KINDS:
        total = sum(matrix[kind].values())
        right = matrix[kind][kind] / total if total else 0.0
        print(f"| {kind} | " + " | ".join(str(matrix[kind][c]) for c in columns) + f" | {right:.2f} |")
    core = [row for row in rows if row["reads_as"] in ("missie", "visie", "waarden")]
    accuracy = sum(row["inferred"] == row["reads_as"] for row in core) / max(1, len(core))
    print(f"\ninferred kind right for missie/visie/waarden: {accuracy:.2f} ({len(core)} statements)")

    print("\naverage score")
    groups = {
        "outcome and ok": lambda r: r["framing"] == "outcome" and r["kind_fit"] == "ok",
        "role and confused": lambda r: r["framing"] == "role" and r["kind_fit"] == "confused",
        "role": lambda r: r["framing"] == "role",
        "confused": lambda r: r["kind_fit"] == "confused",
        "all": lambda r: True,
    }
    for name, test in groups.items():
        scores = [row["score"] for row in rows if test(row)]
        print(f"  {name:18} {sum(scores) / max(1, len(scores)):5.1f}  ({len(scores)} statements)")

    if args.show_errors:
        print("\nframing false positives (not role, framing finding):")
        for row in rows:
            if row["framing_hit"] and row["framing"] != "role":
                print(f"  {row['id']} [{row['framing']}] {row['rules']}: {row['text'][:110]}")
        print("framing misses (role, no framing finding):")
        for row in rows:
            if not row["framing_hit"] and row["framing"] == "role":
                print(f"  {row['id']}: {row['text'][:110]}")
        print("kind false positives / misses:")
        for row in rows:
            if row["kind_hit"] != (row["kind_fit"] == "confused"):
                print(
                    f"  {row['id']} [{row['labelled_as']}->{row['reads_as']}, inferred {row['inferred']}] "
                    f"{'FP' if row['kind_hit'] else 'miss'}: {row['text'][:100]}"
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
