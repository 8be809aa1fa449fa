"""Performance benchmark: run on demand, never in the test suite.

    python benchmarks/run.py [--files 3000] [--runs 5] [--repeat 3] [--skip-memory] [--only PART ...]
                             [--statements eval/real-like-dev.yaml ...]

Everything is measured in one run, on the same texts and the same pipeline (generated
short sections, or with --statements files of four labelled statements each),
and reported as ratios against spaCy itself:
- throughput: `check --no-cache` over generated Markdown files against raw `nlp.pipe`
  over the same section texts (both as fresh processes: start-up and load included);
- start-up: `--version`, `rules`, `explain` and `check` on one small file against
  `python -c "import spacy"` and `import spacy; spacy.load(P)` (median of --runs);
- a second run on unchanged files (result cache) against the first;
- peak memory (max RSS) for 100 and 10,000 documents;
- `--jobs 2` against `--jobs 1` on 2,000 documents.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from missionlint.kinds import HEADINGS
from missionlint.nlp import pipeline

SUBJECTS = ["De gemeente", "Wij", "Onze school", "De zorggroep", "Het museum", "Onze bank", "De woningcorporatie"]
ROLE = [
    "de stad schoonmaken",
    "ouderen helpen om langer thuis te wonen",
    "klanten ondersteunen bij hun groei",
    "het onderwijs in de regio verbeteren",
    "de beste zorgaanbieder van de provincie zijn",
]
OUTCOME = [
    "Een schonere stad.",
    "Zelfredzame inwoners in een veilige wijk.",
    "Iedereen een betaalbare woning.",
    "Gezonde kinderen die met plezier leren.",
    "Een veiliger Nederland.",
]
VISION = [
    "In 2030 is {place} een groene en gezonde plek waar iedereen mee kan doen.",
    "Wij streven naar een samenleving waarin niemand tussen wal en schip valt.",
    "Over tien jaar wonen alle ouderen in {place} veilig en zelfstandig.",
]
VALUES = ["Respect", "Openheid", "Vakmanschap", "Betrouwbaar: we doen wat we beloven.", "Samen", "Moed"]
STRATEGY = [
    "Door samen te werken met {n} partners verlagen we de wachtlijst met {p}%.",
    "Via wijkteams bereiken we jaarlijks {n} gezinnen.",
    "Wij investeren in digitale dienstverlening en leiden {n} medewerkers op.",
]
PLACES = ["Zuidhoven", "Lindendaal", "Westerkoog", "Brakeldorp", "Veldhem"]


def document(rng: random.Random) -> str:
    place = rng.choice(PLACES)
    mission = f"{rng.choice(SUBJECTS)} wil {rng.choice(ROLE)}." if rng.random() < 0.6 else rng.choice(OUTCOME)
    values = "\n".join(f"- {v}" for v in rng.sample(VALUES, 3))
    strategy = "\n".join("- " + s.format(n=rng.randint(5, 900), p=rng.randint(5, 60)) for s in rng.sample(STRATEGY, 2))
    return (
        f"# {place}\n\n## Missie\n\n{mission}\n\n## Visie\n\n{rng.choice(VISION).format(place=place)}\n\n"
        f"## Kernwaarden\n\n{values}\n\n## Strategie\n\n{strategy}\n"
    )


def from_statements(folder: Path, count: int, paths: list[Path], seed: int = 1) -> Path:
    """Files of four labelled statements each (eval/*.yaml), under the headings they were
    published under: texts of the length and shape users have, not the short generated ones."""
    import yaml

    statements = [item for path in paths for item in yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]]
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        body = "\n\n".join(
            f"## {HEADINGS.get(item['labelled_as'], 'Missie')}\n\n{item['text'].strip()}"
            for item in rng.sample(statements, 4)
        )
        (folder / f"doc-{i:05d}.md").write_text(f"# Organisatie {i}\n\n{body}\n", encoding="utf-8")
    return folder


def generate(folder: Path, count: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        (folder / f"doc-{i:05d}.md").write_text(document(rng), encoding="utf-8")
    return folder


def timed(command: list[str], cwd: Path | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def median(command: list[str], runs: int) -> float:
    return statistics.median(timed(command) for _ in range(runs))


def peak_rss_mb(command: list[str]) -> float:
    """Max RSS of one child process (run alone, through a fresh wrapper process)."""
    wrapper = (
        "import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, "
        "stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *command], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def section_texts(folder: Path) -> list[str]:
    from missionlint.sources.reading import read_source

    return [s.text for p in sorted(folder.glob("*.md")) for s in read_source(str(p)).sections]


PARTS = ["throughput", "startup", "cache", "jobs", "memory"]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=3000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="raw/check pairs for the throughput ratio")
    parser.add_argument("--only", nargs="+", choices=PARTS, default=PARTS, help="measure only these parts")
    parser.add_argument(
        "--statements", nargs="+", type=Path, help="build the files from these labelled sets (eval/real-like-*.yaml)"
    )
    args = parser.parse_args()
    parts = set(args.only) - ({"memory"} if args.skip_memory else set())
    py = sys.executable
    cli = [py, "-m", "missionlint"]
    model = pipeline.resolve("auto")
    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, pipeline {model.name} ({model.source})\n"
    )

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        docs = (
            from_statements(tmp / "docs", args.files, args.statements)
            if args.statements
            else generate(tmp / "docs", args.files)
        )
        if "throughput" in parts:
            throughput(docs, model.path, args.files, py, cli, args.repeat)
        if "startup" in parts:
            startup(tmp, model.path, args.runs, py, cli)
        if "cache" in parts:
            cache_dir = tmp / "cache"
            first = timed(cli + ["check", str(docs), "--cache-dir", str(cache_dir), "--format", "json"])
            second = timed(cli + ["check", str(docs), "--cache-dir", str(cache_dir), "--format", "json"])
            print(
                f"\nre-run on unchanged files: first {first:.1f} s, second {second:.2f} s, ratio {second / first:.3f}"
            )
        if "jobs" in parts:
            jobs_docs = docs if args.files == 2000 else generate(tmp / "docs2000", 2000, seed=2)
            one = timed(cli + ["check", str(jobs_docs), "--no-cache", "--format", "json", "--jobs", "1"])
            two = timed(cli + ["check", str(jobs_docs), "--no-cache", "--format", "json", "--jobs", "2"])
            print(f"--jobs 2 vs --jobs 1 on 2000 files: {one:.1f} s / {two:.1f} s = {one / two:.2f}x")
        if "memory" in parts:
            small_set = generate(tmp / "docs100", 100, seed=3)
            large_set = generate(tmp / "docs10000", 10000, seed=4)
            m100 = peak_rss_mb(cli + ["check", str(small_set), "--no-cache", "--format", "json"])
            m10k = peak_rss_mb(cli + ["check", str(large_set), "--no-cache", "--format", "json"])
            print(f"peak memory: 100 docs {m100:.0f} MB, 10,000 docs {m10k:.0f} MB, ratio {m10k / m100:.2f}")
    return 0


def throughput(docs: Path, model_path: Path, files: int, py: str, cli: list[str], repeat: int = 1) -> None:
    """Linter words/s against raw nlp.pipe words/s, both fresh processes on the same texts.

    With `repeat`, the two alternate and the median of the per-pair ratios is reported: on
    a shared machine a slow moment then hits both sides of a pair, not one."""
    with tempfile.TemporaryDirectory() as tmp:
        texts = section_texts(docs)
        words = sum(len(t.split()) for t in texts)
        text_file = Path(tmp) / "texts.txt"
        text_file.write_text("\0".join(texts), encoding="utf-8")
        raw_cmd = [
            py,
            "-c",
            f"import spacy; nlp = spacy.load({str(model_path)!r}); "
            f"texts = open({str(text_file)!r}, encoding='utf-8').read().split(chr(0)); "
            "[d for d in nlp.pipe(texts, batch_size=64)]",
        ]
        pairs = [
            (timed(raw_cmd), timed(cli + ["check", str(docs), "--no-cache", "--format", "json"])) for _ in range(repeat)
        ]
        raw, lint = statistics.median(r for r, _ in pairs), statistics.median(c for _, c in pairs)
        ratios = sorted(r / c for r, c in pairs)
        print(f"throughput on {files} files, {len(texts)} sections, {words} words ({repeat} pair(s)):")
        print(f"  raw nlp.pipe          {words / raw:8.0f} words/s ({raw:.1f} s)")
        print(
            f"  check --no-cache      {words / lint:8.0f} words/s ({lint:.1f} s)   ratio {statistics.median(ratios):.2f}"
            + (f" (pairs: {', '.join(f'{x:.2f}' for x in ratios)})" if repeat > 1 else "")
            + "\n"
        )


def startup(tmp: Path, model_path: Path, runs: int, py: str, cli: list[str]) -> None:
    """Start-up of the commands against bare `import spacy` and against import + load."""
    small = tmp / "small.md"
    small.write_text("## Missie\n\nDe stad schoonmaken.\n", encoding="utf-8")
    bare = median([py, "-c", "import spacy"], runs)
    load = median([py, "-c", f"import spacy; spacy.load({str(model_path)!r})"], runs)
    print(f"start-up, median of {runs} (ratio to bare `import spacy` / to import+load):")
    print(f"  import spacy            {bare:6.2f} s")
    print(f"  import spacy + load     {load:6.2f} s")
    for label, command in (
        ("--version", ["--version"]),
        ("rules", ["rules"]),
        ("explain ML101", ["explain", "ML101"]),
        ("check small file", ["check", str(small), "--no-cache"]),
    ):
        t = median(cli + command, runs)
        print(f"  {label:22}  {t:6.2f} s   {t / bare:5.2f} / {t / load:5.2f}")


if __name__ == "__main__":
    raise SystemExit(main())
