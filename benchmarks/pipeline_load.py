"""Size on disk and cold load time of the bundled pipeline, against a bare `import spacy`.

    python benchmarks/pipeline_load.py [--runs 5]

Each figure is the median wall time of N fresh Python processes, measured in one run.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time

from missionlint.nlp import pipeline


def cold(code: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    info = pipeline.resolve("bundled")
    size = sum(p.stat().st_size for p in info.path.rglob("*") if p.is_file())
    bare = cold("import spacy", args.runs)
    load = cold(f"import spacy; spacy.load({str(info.path)!r})", args.runs)
    parse = cold(f"import spacy; spacy.load({str(info.path)!r})('Een schonere stad.')", args.runs)
    print(f"pipeline {info.name} {info.version}: {size / 1024 / 1024:.1f} MiB on disk ({info.path})")
    print(f"median of {args.runs} cold processes:")
    print(f"  python -c 'import spacy'                 {bare:6.2f} s")
    print(f"  import spacy; spacy.load(bundled)        {load:6.2f} s  ({load / bare:.2f}x)")
    print(f"  ... and parse one sentence               {parse:6.2f} s  ({parse / bare:.2f}x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
