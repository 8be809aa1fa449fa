"""Train, evaluate and package missionlint's bundled Dutch pipeline.

    python -m missionlint.training [UD_DIR] [--domain-dir training/domain] ...

Reads all the UD Dutch CoNLL-U files (Alpino dev, LassySmall dev and test) and the
project's own annotated mission sentences, trains the pipeline described by
`training/config.cfg` on all of them but the held-out fifth of the mission sentences
(for the config's fixed number of steps; the last model is kept), evaluates it on those
held-out sentences, and writes it into `src/missionlint/pipelines/nl_missionlint_sm/`
with its accuracy: the held-out figures and the UD figures of the k-fold
cross-validation in `training/crossval.json` (`python -m missionlint.training.crossval`
measures the same recipe on the UD data). Run it from a source checkout.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from missionlint.training.conllu import add_ud_dir, read_sentences, split, to_docbin
from missionlint.training.evaluate import evaluate_pipeline
from missionlint.training.meta import write_meta

REPO = Path(__file__).resolve().parents[3]
PACKAGE_PIPELINE = REPO / "src" / "missionlint" / "pipelines" / "nl_missionlint_sm"


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m missionlint.training", description=__doc__.split("\n\n")[0])
    add_ud_dir(p)
    p.add_argument("--train-glob", default="nl_*-ud-*.conllu", help="UD files to train on (default: all)")
    p.add_argument("--domain-dir", type=Path, default=REPO / "training" / "domain")
    p.add_argument("--config", type=Path, default=REPO / "training" / "config.cfg")
    p.add_argument("--work-dir", type=Path, default=REPO / "training" / ".work")
    p.add_argument("--output", type=Path, default=PACKAGE_PIPELINE)
    p.add_argument(
        "--crossval",
        type=Path,
        default=REPO / "training" / "crossval.json",
        help="cross-validation results to copy into meta.json",
    )
    p.add_argument(
        "--domain-repeat", type=int, default=3, help="how often the domain sentences are repeated in the training data"
    )
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--evaluate-only", action="store_true", help="skip training; evaluate --output")
    p.epilog = "Other options are spaCy config overrides, e.g. --training.max_steps 500."
    args, overrides = p.parse_known_args(argv)
    args.overrides = overrides
    return args


def prepare_corpora(args: argparse.Namespace) -> dict[str, Path]:
    """Convert the CoNLL-U sources into the .spacy files training and evaluation read.

    All UD sentences are trained on. spaCy's training loop still wants a dev set: it gets
    a 5% sample of the training sentences, which only shows progress in the log (no
    checkpoint is chosen on it; the last model is kept).
    """
    train_files = sorted(args.ud_dir.glob(args.train_glob))
    if not train_files:
        sys.exit(f"error: no UD files in {args.ud_dir} (looked for {args.train_glob})")
    ud = [s for f in train_files for s in read_sentences(f)]
    _, ud_monitor = split(ud, held_out=0.05, seed=args.seed)
    domain_train = read_sentences(args.domain_dir / "missions-train.conllu")
    domain_test = read_sentences(args.domain_dir / "missions-heldout.conllu")
    work = args.work_dir
    paths = {
        "train": work / "train.spacy",
        "dev": work / "monitor.spacy",
        "domain_eval": work / "domain-heldout.spacy",
    }
    n = to_docbin(ud + domain_train * args.domain_repeat, paths["train"])
    to_docbin(ud_monitor, paths["dev"])
    to_docbin(domain_test, paths["domain_eval"], n_sents=1)
    print(
        f"train: {len(ud)} UD sentences from {', '.join(f.name for f in train_files)} + "
        f"{len(domain_train)}x{args.domain_repeat} domain sentences ({n} docs); "
        f"held out: {len(domain_test)} domain sentences"
    )
    return paths


def train(args: argparse.Namespace, paths: dict[str, Path]) -> Path:
    from spacy.cli._util import parse_config_overrides
    from spacy.cli.train import train as spacy_train

    overrides = parse_config_overrides(args.overrides)
    overrides.update(
        {
            "paths.train": str(paths["train"]),
            "paths.dev": str(paths["dev"]),
            "training.patience": 0,
            "training.logger.output_file": str(args.work_dir / "train-log.jsonl"),
        }
    )
    out = args.work_dir / "model"
    spacy_train(args.config, out, overrides=overrides)
    return out / "model-last"


def crossval_accuracy(path: Path) -> dict:
    """The UD figures of `python -m missionlint.training.crossval`, as meta.json keeps them."""
    if not path.exists():
        print(f"warning: {path} is missing; run python -m missionlint.training.crossval for the UD figures")
        return {}
    cv = json.loads(path.read_text(encoding="utf-8"))
    return {
        "ud_crossval": {
            **cv["mean"],
            "folds": cv["folds"],
            "folds_measured": cv.get("folds_measured", cv["folds"]),
            "at_step": cv.get("at_step"),
            "sentences": cv["sentences"],
        },
        "ud_crossval_per_fold": cv["per_fold"],
    }


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    # Only the package's own components must be importable when spaCy builds the pipeline.
    import missionlint.nlp.components  # noqa: F401

    paths = prepare_corpora(args)
    if not args.evaluate_only:
        best = train(args, paths)
        if args.output.exists():
            shutil.rmtree(args.output)
        shutil.copytree(best, args.output)
    accuracy = crossval_accuracy(args.crossval)
    heldout = args.domain_dir / "missions-heldout.conllu"
    if read_sentences(heldout):
        accuracy["domain_heldout"] = evaluate_pipeline(args.output, paths["domain_eval"], heldout, structure=True)
    write_meta(args.output, accuracy, train_glob=args.train_glob)
    print(json.dumps(accuracy, indent=2))
    if not args.evaluate_only:  # a freshly trained pipeline gets the kind text model back
        from missionlint.training import kind_model

        kind_model.main(["--pipeline", str(args.output), "--folds", "0"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
