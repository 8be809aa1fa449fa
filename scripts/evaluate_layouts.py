"""Measure how missionlint finds the sections of real documents (eval/layouts/).

Every document in eval/layouts/expected.yaml lists the sections a reader sees in it: the
kind, and the title (the label as written) or the first words of the text. The Word
documents are described in eval/layouts/word.yaml and built here with python-docx. All
documents go through the real CLI (`check --format json`), and the script counts:

- found: expected sections that missionlint checks (a checked section with that title,
  or whose text begins with those words);
- right kind: found sections checked as the expected kind;
- spurious: checked sections that match no expected section;
- not Dutch: documents expected to be reported as English or French that are.

    python scripts/evaluate_layouts.py            # the figures, per layout and in total
    python scripts/evaluate_layouts.py --show     # and every miss, wrong kind and spurious section
    python scripts/evaluate_layouts.py --cuts     # how often unlabelled texts are cut, right and wrong

`--cuts` measures the cutting of unlabelled texts on the labelled statements of
eval/real-like-dev.yaml: every statement of two or more sentences that fits its label,
written as two paragraphs, must stay one section (a cut is wrong), and pairs of statements
of different kinds, one paragraph each, should be cut in two with the right kinds.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
LAYOUTS = ROOT / "eval" / "layouts"
LANGUAGES = {"en": "Engels", "fr": "Frans"}


def build_word(description: list[dict], path: Path) -> None:
    """A .docx from its description: title, heading, bold, text, list and table blocks."""
    import docx

    document = docx.Document()
    for block in description:
        (form, value), *_ = block.items()
        if form == "title":
            document.add_paragraph(value, style="Title")
        elif form == "heading":
            document.add_heading(value, level=block.get("level", 1))
        elif form == "bold":
            document.add_paragraph().add_run(value).bold = True
        elif form == "list":
            document.add_paragraph(value, style="List Bullet")
        elif form == "table":
            table = document.add_table(rows=len(value), cols=len(value[0]))
            for row, cells in zip(table.rows, value):
                for cell, text in zip(row.cells, cells):
                    cell.text = text
        else:
            document.add_paragraph(value)
    document.save(str(path))


def norm(text: str | None) -> str:
    return " ".join(re.sub(r"[*_:#|]", " ", text or "").lower().split())


def lint(paths: list[Path]) -> dict[str, dict]:
    command = [sys.executable, "-m", "missionlint", "check", "--format", "json", "--no-cache", *map(str, paths)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode not in (0, 1):
        sys.exit(f"missionlint failed ({done.returncode}): {done.stderr}")
    return {Path(f["path"]).name: f for f in json.loads(done.stdout)["files"]}


def section_texts(path: Path, file: dict) -> list[str]:
    from missionlint.sources.reading import read_source

    text = read_source(str(path)).text
    return [" ".join(text[s["start"]["offset"] : s["end"]["offset"]].split()) for s in file["sections"]]


def score(expected: dict, file: dict, texts: list[str]) -> dict:
    """Match expected sections to the checked sections of one document."""
    checked = [i for i, s in enumerate(file["sections"]) if s["linted_as"] != "unknown"]
    used: set[int] = set()
    outcome: dict = {"expected": 0, "found": 0, "right": 0, "spurious": 0, "misses": [], "wrong": [], "extra": []}
    for entry in expected.get("sections", []):
        outcome["expected"] += 1
        match = None
        for i in checked:
            if i in used:
                continue
            section = file["sections"][i]
            by_title = "title" in entry and norm(section["title"]) == norm(entry["title"])
            by_text = "starts" in entry and texts[i].startswith(" ".join(entry["starts"].split()))
            if by_title or by_text:
                match = i
                break
        if match is None:
            outcome["misses"].append(entry)
            continue
        used.add(match)
        outcome["found"] += 1
        got = file["sections"][match]["linted_as"]
        if got == entry["kind"]:
            outcome["right"] += 1
        else:
            outcome["wrong"].append((entry, got))
    for i in checked:
        if i not in used:
            outcome["spurious"] += 1
            outcome["extra"].append((file["sections"][i]["title"], file["sections"][i]["linted_as"], texts[i][:60]))
    language = expected.get("language")
    if language:
        outcome["foreign"] = (any(LANGUAGES[language] in w for w in file["warnings"]) and not checked,)
    return outcome


def measure_cuts(pairs: int = 120) -> None:
    """Unlabelled two-paragraph texts: one kind (must stay whole) and two kinds (should be cut)."""
    import random

    statements = yaml.safe_load((ROOT / "eval" / "real-like-dev.yaml").read_text(encoding="utf-8"))["statements"]
    fitting = [s for s in statements if s["kind_fit"] == "ok"]
    texts: dict[str, tuple[str, tuple[str, ...]]] = {}
    for s in fitting:
        sentences = [x[1] for x in s.get("sentences") or []]
        if len(sentences) >= 2:
            half = (len(sentences) + 1) // 2
            body = " ".join(sentences[:half]) + "\n\n" + " ".join(sentences[half:]) + "\n"
            texts[f"een-{s['id']}.txt"] = (body, (s["labelled_as"],))
    rng = random.Random(17)
    while sum(name.startswith("twee-") for name in texts) < pairs:
        a, b = rng.sample(fitting, 2)
        if a["labelled_as"] != b["labelled_as"]:
            body = a["text"].strip() + "\n\n" + b["text"].strip() + "\n"
            texts[f"twee-{a['id']}-{b['id']}.txt"] = (body, (a["labelled_as"], b["labelled_as"]))
    with tempfile.TemporaryDirectory() as tmp:
        for name, (body, _) in texts.items():
            (Path(tmp) / name).write_text(body, encoding="utf-8")
        files = lint([Path(tmp)])
    counts: Counter = Counter()
    for name, (_, kinds) in texts.items():
        sections = files[name]["sections"]
        group = "een" if len(kinds) == 1 else "twee"
        counts[group] += 1
        if len(sections) > 1:
            counts[f"{group}-cut"] += 1
            counts[f"{group}-cut-missie"] += kinds == ("missie",)
            counts[f"{group}-right"] += tuple(s["linted_as"] for s in sections) == kinds
        counts["een-missie"] += kinds == ("missie",)
    print(
        f"one kind in two paragraphs: {counts['een-cut']}/{counts['een']} cut (missions {counts['een-cut-missie']}/"
        f"{counts['een-missie']}); two kinds: {counts['twee-cut']}/{counts['twee']} cut, "
        f"{counts['twee-right']} of them with both kinds right"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print every miss, wrong kind and spurious section")
    parser.add_argument("--cuts", action="store_true", help="measure the cutting of unlabelled texts instead")
    args = parser.parse_args()
    if args.cuts:
        measure_cuts()
        return
    expected = yaml.safe_load((LAYOUTS / "expected.yaml").read_text(encoding="utf-8"))["documents"]
    word = yaml.safe_load((LAYOUTS / "word.yaml").read_text(encoding="utf-8"))["documents"]
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for name in expected:
            if name in word:
                build_word(word[name], Path(tmp) / name)
                paths.append(Path(tmp) / name)
            else:
                paths.append(LAYOUTS / name)
        files = lint(paths)
        totals: Counter = Counter()
        by_layout: dict[str, Counter] = defaultdict(Counter)
        foreign = [0, 0]
        perfect = 0
        for path in paths:
            name = path.name
            outcome = score(expected[name], files[name], section_texts(path, files[name]))
            layout = expected[name].get("layout", "overig")
            for key in ("expected", "found", "right", "spurious"):
                totals[key] += outcome[key]
                by_layout[layout][key] += outcome[key]
            by_layout[layout]["documents"] += 1
            if "foreign" in outcome:
                foreign[0] += outcome["foreign"][0]
                foreign[1] += 1
            perfect += outcome["right"] == outcome["expected"] and not outcome["spurious"]
            if args.show and (outcome["misses"] or outcome["wrong"] or outcome["extra"]):
                print(f"{name}:")
                for entry in outcome["misses"]:
                    print(f"  missed    {entry}")
                for entry, got in outcome["wrong"]:
                    print(f"  as {got:<9} {entry}")
                for title, kind, text in outcome["extra"]:
                    print(f"  spurious  {kind} {title!r}: {text}")
    print(f"{'layout':<18} {'docs':>4} {'expected':>8} {'found':>6} {'right kind':>10} {'spurious':>8}")
    for layout, c in sorted(by_layout.items()):
        print(
            f"{layout:<18} {c['documents']:>4} {c['expected']:>8} {c['found']:>6} {c['right']:>10} {c['spurious']:>8}"
        )
    e = totals["expected"] or 1
    print(
        f"\n{len(paths)} documents, {totals['expected']} expected sections: found {totals['found']} "
        f"({totals['found'] / e:.0%}), right kind {totals['right']} ({totals['right'] / e:.0%}), "
        f"spurious {totals['spurious']}; documents entirely right {perfect}/{len(paths)}; "
        f"not Dutch reported {foreign[0]}/{foreign[1]}"
    )


if __name__ == "__main__":
    main()
