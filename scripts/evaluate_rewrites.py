"""Measure the role -> outcome rewrites on the gold set eval/rewrites.yaml.

Each item is read and parsed as the linter reads a plain-text file of its kind; the
helper `role-sentence-to-outcome` gets the item's role span (the role sentence or main
clause) and its rewrite is applied to that span. Reported per form and in total, for the
development items and the held-out fifth apart:

- coverage: share of role items that have an accepted rewrite and get a concrete one;
- acceptance: share of offered rewrites equal to an accepted one (case, whitespace and
  final punctuation ignored); offers on role items without any accepted rewrite count
  as not accepted;
- false offers: outcome items that get any rewrite.

The held-out fifth is every item whose number is a multiple of five, from rw-015 on (the
first items were read to learn the format). `--unmatched FILE` writes the held-out offers
that match no accepted rewrite, without the accepted ones, for a blind reviewer.

`--cli` also runs the real command line over every item (one YAML file per item, labelled
with its kind) and measures the concrete suggestions the rules attach to the role span.

    python scripts/evaluate_rewrites.py [--cli] [--unmatched eval/rewrites-unmatched-heldout.yaml]
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "rewrites.yaml"


def held_out(item: dict) -> bool:
    number = int(item["id"].split("-")[1])
    return number % 5 == 0 and number >= 15


def normalise(text: str) -> str:
    return re.sub(r"[\s.!;:]+$", "", " ".join(text.split())).lower()


def helper_rewrites(items: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """id -> [(rewritten role text, applicability)] from the helper, through the pipeline."""
    from missionlint.fix.model import Applicability
    from missionlint.fix.rewrite import REWRITE_HELPERS
    from missionlint.lint.linter import Linter
    from missionlint.nlp import pipeline
    from missionlint.nlp.views import match_view, words_only
    from missionlint.sources.reading import read_source

    linter = Linter(rules=[], classifier_rules=[], model=pipeline.resolve("auto"))
    helper = REWRITE_HELPERS["role-sentence-to-outcome"]
    found: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        source = read_source(f"{item['id']}.txt", data=item["text"].encode("utf-8"), kind=item["kind"])
        role = item["role"] or item["text"]
        offset = source.text.find(role)
        offers: list[tuple[str, str]] = []
        for section, doc in zip(source.sections, linter.parse([source]), strict=True):
            start, end = offset - section.start, offset - section.start + len(role)
            if offset < 0 or start < 0 or end > len(section.text):
                continue
            span = doc.char_span(start, min(end, len(doc.text)), alignment_mode="expand")
            if span is None:
                continue
            view, index = match_view(doc)
            for rewrite in helper(words_only(span)):
                if rewrite.applicability is Applicability.DISPLAY:
                    continue  # a draft with placeholders is no rewrite
                first = doc[index[rewrite.start]] if view is not doc else doc[rewrite.start]
                last = doc[index[rewrite.end - 1]] if view is not doc else doc[rewrite.end - 1]
                a, b = first.idx + section.start, last.idx + len(last.text) + section.start
                new = source.text[offset:a] + rewrite.text + source.text[b : offset + len(role)]
                offers.append((new, rewrite.applicability.value))
        found[item["id"]] = offers
    return found


def _check(folder: str, *options: str) -> dict:
    run = subprocess.run(
        [sys.executable, "-m", "missionlint", "check", folder, "--no-cache", "-j", "2", *options],
        capture_output=True,
        text=True,
        check=False,
    )
    return json.loads(run.stdout) if "--format" in options else {}


def _findings(report: dict) -> dict[str, list[dict]]:
    return {Path(f["path"]).stem: f["findings"] for f in report["files"]}


def _rewritten_spans(findings: list[dict]) -> list[tuple[int, int]]:
    """Where the concrete rewrites that --fix --unsafe-fixes applies stand in the fixed
    file: each finding's first concrete suggestion, overlapping ones left out, offsets
    shifted by the rewrites before them."""
    chosen: list[dict] = []
    firsts = [next((s for s in f["suggestions"] if s["applicability"] != "display"), None) for f in findings]
    for suggestion in sorted((s for s in firsts if s), key=lambda s: (s["start"]["offset"], -s["end"]["offset"])):
        if chosen and suggestion["start"]["offset"] < chosen[-1]["end"]["offset"]:
            continue
        chosen.append(suggestion)
    spans, shift = [], 0
    for suggestion in chosen:
        start = suggestion["start"]["offset"] + shift
        spans.append((start, start + len(suggestion["replacement"])))
        shift += len(suggestion["replacement"]) - (suggestion["end"]["offset"] - suggestion["start"]["offset"])
    return spans


def fix_round_trip(items: list[dict], show: bool = False) -> None:
    """Apply every concrete rewrite (--fix --unsafe-fixes), lint again and count the
    rewritten sentences that still have a framing finding, the files that got a kind
    finding they did not have, and the files a second --fix still changes."""
    with tempfile.TemporaryDirectory() as folder:
        _write_items(folder, items)
        before = _findings(_check(folder, "--format", "json"))
        _check(folder, "--fix", "--unsafe-fixes")
        texts = {p.stem: p.read_text(encoding="utf-8") for p in Path(folder).glob("*.yaml")}
        after = _findings(_check(folder, "--format", "json"))
        _check(folder, "--fix", "--unsafe-fixes")
        changed = [p.stem for p in Path(folder).glob("*.yaml") if p.read_text(encoding="utf-8") != texts[p.stem]]
    rewritten = still = kind = 0
    for key, findings in before.items():
        spans = _rewritten_spans(findings)
        if not spans:
            continue
        kinds_before = {f["rule"] for f in findings if f["category"] == "kind"}
        kinds_after = {f["rule"] for f in after.get(key, []) if f["category"] == "kind"}
        kind += bool(kinds_after - kinds_before)
        for start, end in spans:
            rewritten += 1
            flagged = [
                f
                for f in after.get(key, [])
                if f["category"] == "framing"
                and f["severity"] != "info"
                and f["start"]["offset"] < end
                and start < f["end"]["offset"]
            ]
            still += bool(flagged)
            if flagged and show:
                print(f"  {key}: {texts[key][start:end]!r}: {', '.join(f['rule'] for f in flagged)}")
    print(f"\n--fix --unsafe-fixes on {len(items)} items: {rewritten} sentences rewritten in {len(before)} files;")
    if rewritten:
        print(
            f"  rewritten sentences without a framing warning: {rewritten - still}/{rewritten} ({1 - still / rewritten:.2f})"
        )
        print(f"  files with a new kind finding: {kind}")
    print(f"  files a second --fix changed: {len(changed)} {' '.join(sorted(changed)) if show else ''}")


def _write_items(folder: str, items: list[dict]) -> None:
    for item in items:
        body = "".join(f"  {line}\n" if line else "\n" for line in item["text"].splitlines())
        (Path(folder) / f"{item['id']}.yaml").write_text(f"{item['kind']}: |-\n{body}", encoding="utf-8")


def cli_rewrites(items: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """id -> [(rewritten role text, applicability)] of the concrete suggestions that the
    rules attach inside the role span, from `missionlint check --format json`."""
    found: dict[str, list[tuple[str, str]]] = {item["id"]: [] for item in items}
    with tempfile.TemporaryDirectory() as folder:
        _write_items(folder, items)
        report = _check(folder, "--format", "json")
        by_id = {item["id"]: item for item in items}
        for file in report["files"]:
            item = by_id[Path(file["path"]).stem]
            role = item["role"] or item["text"]
            raw = (Path(folder) / f"{item['id']}.yaml").read_text(encoding="utf-8")
            start = raw.find(role)
            if start < 0:
                continue
            for finding in file["findings"]:
                for suggestion in finding["suggestions"]:
                    if suggestion["applicability"] == "display":
                        continue
                    a, b = suggestion["start"]["offset"], suggestion["end"]["offset"]
                    if not (start <= a <= b <= start + len(role)):
                        continue
                    new = role[: a - start] + suggestion["replacement"] + role[b - start :]
                    if (new, suggestion["applicability"]) not in found[item["id"]]:
                        found[item["id"]].append((new, suggestion["applicability"]))
    return found


def measure(items: list[dict], offers: dict[str, list[tuple[str, str]]]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for item in items:
        rows = [item["form"], "all"]
        accepted = {normalise(a) for a in item["accept"]}
        offered = offers.get(item["id"], [])
        for row in rows:
            counts = table[row]
            if item["role"] is None:
                counts["outcome"] += 1
                counts["false offers"] += bool(offered)
                continue
            counts["role"] += 1
            counts["rewritable"] += bool(accepted)
            counts["covered"] += bool(accepted) and bool(offered)
            counts["offered"] += len(offered)
            counts["accepted"] += sum(normalise(text) in accepted for text, _ in offered)
            counts["safe"] += sum(a == "safe" for _, a in offered)
    return table


def report(title: str, table: dict[str, dict[str, int]]) -> None:
    print(f"\n{title}")
    print(f"{'form':18} {'role':>5} {'coverage':>14} {'acceptance':>14} {'safe':>5} {'false offers':>13}")
    for form in sorted(table, key=lambda f: (f == "all", f)):
        c = table[form]
        coverage = f"{c['covered']}/{c['rewritable']}" + (
            f" {c['covered'] / c['rewritable']:.2f}" if c["rewritable"] else ""
        )
        acceptance = f"{c['accepted']}/{c['offered']}" + (
            f" {c['accepted'] / c['offered']:.2f}" if c["offered"] else ""
        )
        false = f"{c['false offers']}/{c['outcome']}" if c["outcome"] else ""
        print(f"{form:18} {c['role']:>5} {coverage:>14} {acceptance:>14} {c['safe']:>5} {false:>13}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cli", action="store_true", help="also measure through the command line and the rules")
    parser.add_argument("--unmatched", type=Path, help="write the held-out offers that match no accepted rewrite")
    args = parser.parse_args()
    items = yaml.safe_load(GOLD.read_text(encoding="utf-8"))["rewrites"]
    dev = [i for i in items if not held_out(i)]
    held = [i for i in items if held_out(i)]
    offers = helper_rewrites(items)
    report(f"helper role-sentence-to-outcome, development ({len(dev)} items)", measure(dev, offers))
    report(f"helper role-sentence-to-outcome, held out ({len(held)} items)", measure(held, offers))
    if args.cli:
        through = cli_rewrites(items)
        report(f"command line with the rules, development ({len(dev)} items)", measure(dev, through))
        report(f"command line with the rules, held out ({len(held)} items)", measure(held, through))
        fix_round_trip(items)
    if args.unmatched:
        rows = []
        for item in held:
            accepted = {normalise(a) for a in item["accept"]}
            for text, applicability in offers.get(item["id"], []):
                if normalise(text) not in accepted:
                    rows.append(
                        {
                            "id": item["id"],
                            "text": item["text"],
                            "role": item["role"] or item["text"],
                            "rewrite": text,
                            "applicability": applicability,
                        }
                    )
        header = (
            "# Held-out rewrites that match no accepted rewrite of eval/rewrites.yaml, for a blind\n"
            "# reviewer: is `rewrite` grammatical Dutch, and faithful to what `role` says the\n"
            "# organisation does? Written by scripts/evaluate_rewrites.py --unmatched.\n"
        )
        args.unmatched.write_text(
            header + yaml.safe_dump({"unmatched": rows}, allow_unicode=True, sort_keys=False, width=100),
            encoding="utf-8",
        )
        print(f"\n{len(rows)} unmatched held-out rewrite(s) written to {args.unmatched}")


if __name__ == "__main__":
    main()
