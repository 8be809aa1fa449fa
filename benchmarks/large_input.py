"""Time and peak memory of `check` on big inputs: run on demand, never in the test suite.

    python benchmarks/large_input.py [--size 500000]
    python benchmarks/large_input.py --scaling [--kb 50 100 200 400 990]

Each input is linted by a fresh process (`missionlint check --no-cache --format json`),
and its wall time and peak resident memory (max RSS) are printed next to those of the
same process on a one-line file, so the figures read as "what the big input costs on top
of the loaded pipeline". Inputs:

- realistic Markdown of about --size bytes (the example pages, repeated);
- one line of about --size / 5 characters (clauses joined by commas: one huge sentence);
- one plain-text paragraph just under the documented limit (`sources.MAX_BYTES`).

With --scaling, one plain-text section (one paragraph) of each size in --kb instead: the
time of a section must grow in proportion to its length (400 KB at most 5 times 100 KB),
and the largest, just under the limit, must finish within a minute.

The tests (tests/test_bad_input.py) only check that the first two complete, with exact
offsets; memory and time are measured here.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from test_bad_input import large_markdown, long_line  # noqa: E402  (the same generators as the tests)

from missionlint.sources.decoding import MAX_BYTES  # noqa: E402

MEASURE = """
import resource, sys
from missionlint.cli import app
try:
    app(sys.argv[1:])
except SystemExit as done:
    code = done.code
sys.stderr.write("MAXRSS %d\\n" % resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
sys.exit(code)
"""


def measure(path: Path, kind: str = "missie") -> tuple[float, float, int, int]:
    """(seconds, peak MiB, exit code, findings) of one fresh `check` process."""
    return measure_cpu(path, kind)[:4]


def measure_cpu(path: Path, kind: str = "missie") -> tuple[float, float, int, int, float]:
    """As `measure`, and the CPU seconds the process used (on a shared machine the wall
    time also counts the other jobs)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, "check", str(path), "--no-cache", "--format", "json", "--kind", kind],
        capture_output=True,
        text=True,
        cwd=path.parent,
    )
    seconds = time.perf_counter() - start
    rss = next(int(line.split()[1]) for line in done.stderr.splitlines() if line.startswith("MAXRSS"))
    findings = json.loads(done.stdout)["summary"]["findings"] if done.stdout.strip() else -1
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return seconds, rss / 1024, done.returncode, findings, cpu


def scaling(sizes: list[int]) -> None:
    """One section of each size (KB), with the time per 100 KB, so growth shows."""
    with tempfile.TemporaryDirectory() as tmp:
        print(f"{'one section':14} {'bytes':>10} {'seconds':>8} {'CPU s':>7} {'CPU s/100 KB':>13} {'peak MiB':>9}")
        for kb in sizes:
            path = Path(tmp) / f"sectie-{kb}.txt"
            path.write_text(long_line(min(kb * 1_000, MAX_BYTES - 1_000)), encoding="utf-8")
            seconds, peak, _code, _findings, cpu = measure_cpu(path)
            per = cpu / (path.stat().st_size / 100_000)
            print(f"{kb:>11} KB {path.stat().st_size:>10,} {seconds:>8.1f} {cpu:>7.1f} {per:>13.2f} {peak:>9.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=500_000)
    parser.add_argument("--scaling", action="store_true", help="one section of each --kb size")
    parser.add_argument("--kb", type=int, nargs="+", default=[50, 100, 200, 400, 990])
    args = parser.parse_args()
    if args.scaling:
        scaling(args.kb)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        inputs = {
            "one line (baseline)": ("klein.txt", "De stad schoonmaken.\n"),
            f"Markdown, {args.size:,} bytes": ("groot.md", large_markdown(args.size)),
            f"one line, {args.size // 5:,} chars": ("lang.md", "# Missie\n\n" + long_line(args.size // 5)),
            f"one paragraph, < {MAX_BYTES:,} bytes": ("alinea.txt", long_line(MAX_BYTES - 1_000)),
        }
        print(f"{'input':36} {'bytes':>10} {'seconds':>8} {'peak MiB':>9} {'exit':>5} {'findings':>9}")
        for label, (name, text) in inputs.items():
            path = folder / name
            path.write_text(text, encoding="utf-8")
            seconds, peak, code, findings = measure(path)
            print(f"{label:36} {path.stat().st_size:>10,} {seconds:>8.1f} {peak:>9.0f} {code:>5} {findings:>9}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
