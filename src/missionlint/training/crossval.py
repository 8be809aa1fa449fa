"""K-fold cross-validation of the bundled pipeline's training on the pooled UD Dutch data.

    python -m missionlint.training.crossval [UD_DIR] [--folds 3] [--jobs 2] ...

The final pipeline is trained on all UD Dutch sentences (Alpino dev, LassySmall dev and
test), so no UD text is left to measure it on. This script measures the training recipe
instead: the pooled UD sentences are shuffled (seed) and dealt into K folds; for each
fold a pipeline is trained with `training/config.cfg` on the other folds plus the domain
training sentences (repeated as in the main training), for the config's fixed number of
steps (no early stopping, the last model is kept, as in the main training), and evaluated
on the fold it never saw. The fold is also the training's dev set, but only to log the
learning curve: it chooses no checkpoint.

It prints per-fold and mean POS, TAG, MORPH, lemma, UAS and LAS and writes them, with the
learning curves, to `training/crossval.json`, which the main training copies into the
pipeline's meta.json. `--report --at-step N` summarises folds already trained, at step N
of their curves (the config's `max_steps`, when the folds were trained longer to show
where the curve levels off). Run it from a source checkout; with `--jobs 2` two folds
train at once (one core each).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from missionlint.training.conllu import add_ud_dir, read_sentences, to_docbin

REPO = Path(__file__).resolve().parents[3]
RESULTS = REPO / "training" / "crossval.json"
FIGURES = ("pos", "tag", "morph", "lemma", "uas", "las")
CURVE_SCORES = {
    "pos_acc": "pos",
    "tag_acc": "tag",
    "morph_acc": "morph",
    "lemma_acc": "lemma",
    "dep_uas": "uas",
    "dep_las": "las",
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m missionlint.training.crossval", description=__doc__.split("\n\n")[0])
    add_ud_dir(p)
    p.add_argument("--ud-glob", default="nl_*-ud-*.conllu", help="UD files to pool (default: all)")
    p.add_argument("--folds", type=int, default=3)
    p.add_argument("--jobs", type=int, default=1, help="folds trained at the same time")
    p.add_argument("--only", type=int, action="append", help="run only this fold (0-based; repeatable)")
    p.add_argument("--report", action="store_true", help="train nothing; summarise the folds already trained")
    p.add_argument("--at-step", type=int, help="report every fold's figures at this step of its learning curve")
    p.add_argument("--domain-dir", type=Path, default=REPO / "training" / "domain")
    p.add_argument("--domain-repeat", type=int, default=3)
    p.add_argument("--config", type=Path, default=REPO / "training" / "config.cfg")
    p.add_argument("--work-dir", type=Path, default=REPO / "training" / ".work" / "crossval")
    p.add_argument("--results", type=Path, default=RESULTS)
    p.add_argument("--seed", type=int, default=0)
    p.epilog = "Other options are spaCy config overrides, e.g. --training.max_steps 500."
    args, overrides = p.parse_known_args(argv)
    args.overrides = overrides
    return args


def folds_of(n: int, k: int, seed: int) -> list[list[int]]:
    """Indices 0..n-1 shuffled with `seed` and dealt into k folds."""
    import random

    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[fold::k]) for fold in range(k)]


def run_fold(args: argparse.Namespace, fold: int) -> dict:
    from spacy.cli._util import parse_config_overrides
    from spacy.cli.train import train as spacy_train

    import missionlint.components  # noqa: F401
    from missionlint.training.evaluate import evaluate_pipeline

    files = sorted(args.ud_dir.glob(args.ud_glob))
    ud = [s for f in files for s in read_sentences(f)]
    test_idx = set(folds_of(len(ud), args.folds, args.seed)[fold])
    train = [s for i, s in enumerate(ud) if i not in test_idx]
    test = [s for i, s in enumerate(ud) if i in test_idx]
    domain_train = read_sentences(args.domain_dir / "missions-train.conllu")
    work = args.work_dir / f"fold{fold}"
    work.mkdir(parents=True, exist_ok=True)
    to_docbin(train + domain_train * args.domain_repeat, work / "train.spacy")
    to_docbin(test, work / "test.spacy")
    test_conllu = work / "test.conllu"  # under training/.work: never committed
    test_conllu.write_text("\n\n".join(s.block for s in test) + "\n\n", encoding="utf-8")
    log = work / "log.jsonl"
    if log.exists():
        log.unlink()
    print(
        f"fold {fold}: train {len(train)} UD + {len(domain_train)}x{args.domain_repeat} domain sentences; "
        f"test {len(test)} UD sentences",
        flush=True,
    )
    overrides = parse_config_overrides(args.overrides)
    overrides.update(
        {
            "paths.train": str(work / "train.spacy"),
            "paths.dev": str(work / "test.spacy"),
            "training.patience": 0,
            "training.logger.output_file": str(log),
        }
    )
    spacy_train(args.config, work / "model", overrides=overrides)
    scores = evaluate_pipeline(work / "model" / "model-last", work / "test.spacy", test_conllu)
    curve = [
        {"step": row["step"], **{name: round(row["scores"][key], 2) for key, name in CURVE_SCORES.items()}}
        for row in map(json.loads, log.read_text(encoding="utf-8").splitlines())
    ]
    result = {
        "fold": fold,
        "train_sentences": len(train),
        "test_sentences": len(test),
        "scores": scores,
        "curve": curve,
    }
    (work / "result.json").write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


def fold_curve(work: Path) -> list[dict]:
    """The learning curve of one fold: its test-fold scores at every evaluation step."""
    result = work / "result.json"
    if result.exists():
        return json.loads(result.read_text(encoding="utf-8"))["curve"]
    log = work / "log.jsonl"
    rows = map(json.loads, log.read_text(encoding="utf-8").splitlines()) if log.exists() else []
    return [
        {"step": row["step"], **{name: round(row["scores"][key], 2) for key, name in CURVE_SCORES.items()}}
        for row in rows
    ]


def summarise(args: argparse.Namespace) -> dict:
    """Per-fold and mean figures; with `--at-step N` read from every fold's curve at step N.

    Without it they are the final evaluation of each fold's last model (`result.json`,
    whose lemma figure is ours; the curve's is spaCy's `lemma_acc`, on the same tokens).
    """
    n = sum(len(read_sentences(f)) for f in sorted(args.ud_dir.glob(args.ud_glob)))
    sizes = [len(f) for f in folds_of(n, args.folds, args.seed)]
    folds: list[dict[str, Any]] = []
    for fold in range(args.folds):
        work = args.work_dir / f"fold{fold}"
        curve = fold_curve(work)
        if args.at_step is not None:
            row = next((c for c in curve if c["step"] == args.at_step), None)
            if row is None:
                continue
            scores = {f: row[f] for f in FIGURES}
        elif (work / "result.json").exists():
            scores = json.loads((work / "result.json").read_text(encoding="utf-8"))["scores"]
        else:
            continue
        folds.append({"fold": fold, "sentences": sizes[fold], "scores": scores, "curve": curve})
    if not folds:
        sys.exit(f"error: no trained folds in {args.work_dir}")
    print(f"{'fold':>6} {'sents':>6} " + " ".join(f"{f:>6}" for f in FIGURES))
    for r in folds:
        print(f"{r['fold']:>6} {r['sentences']:>6} " + " ".join(f"{r['scores'][f]:>6.2f}" for f in FIGURES))
    mean = {f: round(statistics.mean(r["scores"][f] for r in folds), 2) for f in FIGURES}
    print(f"{'mean':>6} {sum(r['sentences'] for r in folds):>6} " + " ".join(f"{mean[f]:>6.2f}" for f in FIGURES))
    # The mean learning curve over the folds (the steps every fold logged).
    steps = sorted(set.intersection(*({c["step"] for c in r["curve"]} for r in folds)))
    curve = []
    for step in steps:
        rows = [next(c for c in r["curve"] if c["step"] == step) for r in folds]
        curve.append({"step": step, **{f: round(statistics.mean(row[f] for row in rows), 2) for f in FIGURES}})
    print("mean learning curve (step: " + ", ".join(FIGURES) + "):")
    for c in curve:
        print(f"{c['step']:>6} " + " ".join(f"{c[f]:>6.2f}" for f in FIGURES))
    summary = {
        "folds": args.folds,
        "folds_measured": len(folds),
        "seed": args.seed,
        "at_step": args.at_step,
        "ud_files": sorted(p.name for p in args.ud_dir.glob(args.ud_glob)),
        "sentences": sum(r["sentences"] for r in folds),
        "per_fold": [
            {"fold": r["fold"], "sentences": r["sentences"], **{f: r["scores"][f] for f in FIGURES}} for r in folds
        ],
        "mean": mean,
        "curve": curve,
        "per_fold_curves": {str(r["fold"]): r["curve"] for r in folds},
    }
    args.results.write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(f"written to {args.results}")
    return summary


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = parse_args(argv)
    if not args.report:
        todo = args.only if args.only is not None else list(range(args.folds))
        if args.jobs > 1 and len(todo) > 1:
            # One process per fold, one thread each, `jobs` at a time.
            env = {**os.environ, "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
            base, skip = [], False
            for a in argv:
                if skip:
                    skip = False
                elif a in ("--jobs", "--only"):
                    skip = True
                elif not a.startswith(("--jobs=", "--only=")):
                    base.append(a)
            pending = list(todo)
            running: list[subprocess.Popen] = []
            while pending or running:
                while pending and len(running) < args.jobs:
                    fold = pending.pop(0)
                    cmd = [sys.executable, "-m", "missionlint.training.crossval", *base, "--only", str(fold)]
                    out = args.work_dir / f"fold{fold}.out"
                    out.parent.mkdir(parents=True, exist_ok=True)
                    running.append(subprocess.Popen(cmd, env=env, stdout=out.open("w"), stderr=subprocess.STDOUT))
                running[0].wait()
                done = running.pop(0)
                if done.returncode:
                    sys.exit(f"error: a fold failed ({done.args!r}); see {args.work_dir}/fold*.out")
        else:
            for fold in todo:
                run_fold(args, fold)
        if args.only is not None and args.jobs <= 1:
            return 0
    summarise(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
