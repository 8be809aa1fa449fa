"""Parse speed of a pipeline on the development statements: run on demand, never in tests.

    python benchmarks/parse_speed.py [PIPELINE ...] [--runs 5] [--repeat 4]

For each pipeline (default: the bundled one) it runs `nlp.pipe` over the texts of
`eval/statements.yaml` (repeated `--repeat` times) and prints words per second, the
median of `--runs` runs, in two modes: `full` (every component, the parser included)
and `check` (loaded as `missionlint check` loads it: the parser disabled, called by
`mission_fixes` only where its fix needs it), per second of wall time and per second of
the process's CPU time (the steadier figure on a shared machine). Several pipelines are measured in turns,
run by run, so that the load of a shared machine falls on all of them alike.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]


def texts() -> list[str]:
    data = yaml.safe_load((REPO / "eval" / "statements.yaml").read_text(encoding="utf-8"))
    return [item["text"] for item in data["statements"]]


def words_per_second(nlp, docs: list[str]) -> tuple[float, float]:
    """Words per second of wall time and of the process's CPU time (steadier on a busy machine)."""
    wall, cpu = time.perf_counter(), time.process_time()
    words = sum(len(doc) for doc in nlp.pipe(docs, batch_size=256))
    return words / (time.perf_counter() - wall), words / (time.process_time() - cpu)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("pipelines", nargs="*", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=4)
    args = parser.parse_args()

    import spacy

    import missionlint.components  # noqa: F401
    from missionlint import pipeline

    paths = args.pipelines or [pipeline.bundled_path()]
    docs = texts() * args.repeat
    loaded = {}
    for path in paths:
        loaded[(path, "full")] = spacy.load(path)
        loaded[(path, "check")] = spacy.load(path, disable=["parser"])
    for nlp in loaded.values():  # warm up
        list(nlp.pipe(docs[:50]))
    speeds: dict = {key: [] for key in loaded}
    for _ in range(args.runs):
        for key, nlp in loaded.items():
            speeds[key].append(words_per_second(nlp, docs))
    n_words = sum(len(d) for d in loaded[(paths[0], "full")].tokenizer.pipe(docs))
    print(f"{len(docs)} texts, {n_words} words, median of {args.runs} runs")
    for (path, mode), values in speeds.items():
        wall, cpu = [v[0] for v in values], [v[1] for v in values]
        print(
            f"{str(path):50} {mode:5} {statistics.median(wall):7.0f} words/s wall (range {min(wall):.0f}-"
            f"{max(wall):.0f}), {statistics.median(cpu):7.0f} per CPU second (range {min(cpu):.0f}-{max(cpu):.0f})"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
