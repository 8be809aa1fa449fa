"""Measure the rule catalogue on labelled statements, through the real CLI.

    python scripts/evaluate.py [FILE ...] [--model auto] [--layout markdown|yaml] [--show-errors]

Several files are measured together as one set (default: eval/statements.yaml).

Each statement is linted twice, as users would:
- labelled: a Markdown file with the statement under a heading of its kind (`## Missie`,
  `## Visie`, `## Kernwaarden`, `## Strategie`; `--layout yaml` writes a one-key YAML
  file instead), for the framing and kind findings and the scores;
- unlabelled: a `.txt` file linted with `--kind auto`, for the inferred kind.

A framing finding is one of category `framing` at severity warning or error; a kind
finding one of category `kind` at warning or error. Prints precision and recall per
label, the confusion matrix of the inferred kind, average scores per group, and, for sets
labelled sentence by sentence (eval/LABELS.md), how the per-sentence framing profile in
the JSON report agrees with the labels.

`--rewrites` also measures the rewrites on the role-framed statements: the share with at
least one concrete rewrite (safe or unsafe, no placeholder) on a framing finding; then
every concrete rewrite applied (`--fix --unsafe-fixes`) and the files linted again: the
share where no framing finding remains on a rewritten passage and no kind finding was
added. `--show-rewrites` prints each offered rewrite next to the passage it replaces.
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

from missionlint.kinds import HEADINGS
from missionlint.kinds import LINTED_KINDS as KINDS

SHOWN = ("warning", "error")


def lint(folder: Path, model: str, *options: str) -> dict[str, dict]:
    proc = subprocess.run(
        [sys.executable, "-m", "missionlint", "check", str(folder), "--format", "json", "--model", model, *options],
        capture_output=True,
        text=True,
    )
    if proc.returncode not in (0, 1):
        sys.exit(f"missionlint failed ({proc.returncode}): {proc.stderr.strip()}")
    return {Path(f["path"]).stem: f for f in json.loads(proc.stdout)["files"]}


def write_labelled(item: dict, folder: Path, layout: str) -> int:
    """The statement as a file under its heading; returns the offset of the text in it."""
    if layout == "yaml":
        text = yaml.safe_dump({item["labelled_as"]: item["text"]}, allow_unicode=True)
        (folder / f"{item['id']}.yaml").write_text(text, encoding="utf-8")
        return -1  # offsets inside a YAML scalar do not map simply
    head = f"## {HEADINGS[item['labelled_as']]}\n\n"
    (folder / f"{item['id']}.md").write_text(head + item["text"].strip() + "\n", encoding="utf-8")
    return len(head)


def run_cli(statements: list[dict], model: str, layout: str) -> tuple[dict, dict, dict]:
    with tempfile.TemporaryDirectory() as labelled, tempfile.TemporaryDirectory() as bare:
        offsets = {item["id"]: write_labelled(item, Path(labelled), layout) for item in statements}
        for item in statements:
            (Path(bare) / f"{item['id']}.txt").write_text(item["text"].strip() + "\n", encoding="utf-8")
        return lint(Path(labelled), model), lint(Path(bare), model, "--kind", "auto"), offsets


def concrete(finding: dict) -> list[dict]:
    return [s for s in finding.get("suggestions", []) if s["applicability"] in ("safe", "unsafe")]


def shown(result: dict, category: str) -> list[dict]:
    return [f for f in result["findings"] if f["severity"] in SHOWN and f["category"] == category]


def rewrite_effects(role: list[dict], model: str, show: bool) -> None:
    """Coverage of the concrete rewrites on role-framed statements, and what applying them
    does: is the framing finding gone from the rewritten passage, and did no kind finding
    come in (a rewritten mission must not now read as a vision)?"""
    with tempfile.TemporaryDirectory() as folder:
        for item in role:
            write_labelled(item, Path(folder), "markdown")
        before = lint(Path(folder), model)
        offered = {name: [s for f in shown(result, "framing") for s in concrete(f)] for name, result in before.items()}
        offered = {name: suggestions for name, suggestions in offered.items() if suggestions}
        print(
            f"\nrewrites on role-framed statements: {len(offered)}/{len(role)} "
            f"({len(offered) / max(1, len(role)):.2f}) get a concrete rewrite on a framing finding"
        )
        if not offered:
            return
        texts = {name: (Path(folder) / f"{name}.md").read_text(encoding="utf-8") for name in offered}
        for name in set(before) - set(offered):
            (Path(folder) / f"{name}.md").unlink()
        subprocess.run(
            [sys.executable, "-m", "missionlint", "check", folder, "--fix", "--unsafe-fixes", "--model", model],
            capture_output=True,
        )
        after = lint(Path(folder), model)
        cleared = added_kind = 0
        for name, suggestions in offered.items():
            new_text = (Path(folder) / f"{name}.md").read_text(encoding="utf-8")
            spans = [
                (start, start + len(s["replacement"]))
                for s in suggestions
                if (start := new_text.find(s["replacement"])) >= 0
            ]
            left = [
                f
                for f in shown(after[name], "framing")
                if any(f["start"]["offset"] < end and start < f["end"]["offset"] for start, end in spans)
            ]
            more_kind = len(shown(after[name], "kind")) > len(shown(before[name], "kind"))
            cleared += not left and not more_kind
            added_kind += more_kind
            if show:
                for s in suggestions:
                    passage = texts[name][s["start"]["offset"] : s["end"]["offset"]]
                    print(f"  {name} [{s['applicability']}] {' '.join(passage.split())}\n      -> {s['replacement']}")
                for f in left:
                    print(f"  {name}: still {f['rule']} on '{f['text']}'")
                if more_kind:
                    new = {f["rule"] for f in shown(after[name], "kind")} - {
                        f["rule"] for f in shown(before[name], "kind")
                    }
                    print(f"  {name}: a new kind finding ({', '.join(sorted(new)) or 'one more of the same rule'})")
        print(
            f"applied and linted again: {cleared}/{len(offered)} ({cleared / len(offered):.2f}) without a framing "
            f"finding on a rewritten passage and without a new kind finding ({added_kind} with a new kind finding)"
        )


def inferred_kind(report: dict) -> str:
    """The kind an unlabelled file reads as: its section's, or the one with most words."""
    sections = report["sections"]
    if not sections:
        return "unknown"
    return max(sections, key=lambda s: s.get("words", 0))["inferred_kind"]


def precision_recall(predicted: list[bool], actual: list[bool]) -> tuple[float, float, int, int, int]:
    tp = sum(p and a for p, a in zip(predicted, actual))
    fp = sum(p and not a for p, a in zip(predicted, actual))
    fn = sum(a and not p for p, a in zip(predicted, actual))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return precision, recall, tp, fp, fn


def sentence_agreement(rows: list[dict], labelled: dict, offsets: dict) -> None:
    """Compare each labelled sentence with the profile's label at its position."""
    pairs = []
    for row in rows:
        profile = [s for section in labelled[row["id"]]["sections"] for s in section.get("sentences", [])]
        offset = offsets[row["id"]]
        if not row.get("sentences") or offset < 0:
            continue
        text, pos = row["text"].strip(), 0
        for label, sentence in row["sentences"]:
            found = text.find(sentence, pos)
            if found < 0:
                continue
            pos = found + len(sentence)
            middle = offset + found + len(sentence) // 2
            got = next((s["framing"] for s in profile if s["start"]["offset"] <= middle < s["end"]["offset"]), "none")
            pairs.append((label, got))
    if not pairs:
        return
    print(f"\nsentence profile against sentence labels ({len(pairs)} sentences)")
    labels = ["role", "mixed", "outcome", "neutral"]
    columns = sorted({got for _, got in pairs})
    print("| label | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    counts = Counter(pairs)
    for label in labels:
        print(f"| {label} | " + " | ".join(str(counts[(label, c)]) for c in columns) + " |")
    p, r, *_ = precision_recall([g == "role" for _, g in pairs], [lab == "role" for lab, _ in pairs])
    print(f"role sentences: precision {p:.2f}, recall {r:.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", default=[Path("eval/statements.yaml")], type=Path)
    parser.add_argument("--model", default="auto")
    parser.add_argument("--layout", choices=("markdown", "yaml"), default="markdown")
    parser.add_argument("--show-errors", action="store_true", help="list false positives and misses")
    parser.add_argument("--rewrites", action="store_true", help="measure the rewrites on role-framed statements")
    parser.add_argument("--show-rewrites", action="store_true", help="with --rewrites: print every offered rewrite")
    args = parser.parse_args()
    statements = [
        item for path in args.paths for item in yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]
    ]
    if len({item["id"] for item in statements}) != len(statements):
        sys.exit("statement ids must be unique across the files")
    labelled, bare, offsets = run_cli(statements, args.model, args.layout)

    rows = []
    for item in statements:
        result = labelled[item["id"]]
        shown = [f for f in result["findings"] if f["severity"] in SHOWN]
        categories = {f["category"] for f in shown}
        rows.append(
            {
                **item,
                "framing_hit": "framing" in categories,
                "kind_hit": "kind" in categories,
                "inferred": inferred_kind(bare[item["id"]]),
                "score": result["score"] if result["score"] is not None else 100.0,
                "rules": sorted({f["rule"] for f in shown}),
            }
        )

    print(
        f"{len(rows)} statements from {', '.join(map(str, args.paths))} ({args.layout}; findings at warning or error)\n"
    )
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
    unmixed = [row for row in rows if row["framing"] != "mixed"]
    p, r, tp, fp, fn = precision_recall(
        [row["framing_hit"] for row in unmixed], [row["framing"] == "role" for row in unmixed]
    )
    print(f"\nframing precision without the mixed statements (role against outcome and neutral): {p:.2f} (fp {fp})")
    for framing in ("outcome", "mixed"):
        group = [row for row in rows if row["framing"] == framing]
        share = sum(row["framing_hit"] for row in group) / max(1, len(group))
        print(f"\nframing finding on {framing}-framed statements: {share:.2f} ({len(group)} statements)")

    print("\ninferred kind, unlabelled .txt with --kind auto (rows: reads_as, columns: inferred)")
    matrix: dict[str, Counter] = defaultdict(Counter)
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

    sentence_agreement(rows, labelled, offsets)
    if args.rewrites:
        rewrite_effects([item for item in statements if item["framing"] == "role"], args.model, args.show_rewrites)

    if args.show_errors:
        print("\nframing false positives (not role, framing finding):")
        for row in rows:
            if row["framing_hit"] and row["framing"] != "role":
                print(f"  {row['id']} [{row['framing']}] {row['rules']}: {' '.join(row['text'].split())[:160]}")
        print("framing misses (role, no framing finding):")
        for row in rows:
            if not row["framing_hit"] and row["framing"] == "role":
                print(f"  {row['id']}: {' '.join(row['text'].split())[:160]}")
        print("kind false positives / misses:")
        for row in rows:
            if row["kind_hit"] != (row["kind_fit"] == "confused"):
                print(
                    f"  {row['id']} [{row['labelled_as']}->{row['reads_as']}, inferred {row['inferred']}] "
                    f"{'FP' if row['kind_hit'] else 'miss'} {row['rules']}: {' '.join(row['text'].split())[:140]}"
                )
        print("inferred kind wrong:")
        for row in rows:
            if row["reads_as"] in ("missie", "visie", "waarden") and row["inferred"] != row["reads_as"]:
                print(f"  {row['id']} [{row['reads_as']} -> {row['inferred']}]: {' '.join(row['text'].split())[:140]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
