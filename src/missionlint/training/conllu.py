"""Read CoNLL-U treebanks and turn them into spaCy training data.

UD Dutch marks compound and particle boundaries inside lemmas with "_"
("gemeente_raad", "schoon_maken"). Rules want the plain word ("gemeenteraad",
"schoonmaken"), so the pipeline is trained on, and evaluated against, lemmas with
the underscores removed.
"""

from __future__ import annotations

import argparse
import random
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs

UD_DIR = Path("../shared/data/ud-dutch")  # beside a checkout; a user's clone has none


def add_ud_dir(parser: argparse.ArgumentParser) -> None:
    """The treebank folder, the first argument of every training command."""
    parser.add_argument(
        "ud_dir",
        nargs="?",
        type=Path,
        default=UD_DIR,
        help=f"folder with the UD Dutch .conllu files (default: {UD_DIR})",
    )


@dataclass(frozen=True)
class Sentence:
    """One CoNLL-U sentence block, kept as text so it can be rewritten and re-read."""

    source: str
    block: str

    @property
    def forms(self) -> list[str]:
        return [row.split("\t")[1] for row in self.token_rows()]

    def token_rows(self) -> list[str]:
        rows = []
        for line in self.block.splitlines():
            if not line or line.startswith("#"):
                continue
            first = line.split("\t", 1)[0]
            if "-" in first or "." in first:  # multiword ranges and empty nodes
                continue
            rows.append(line)
        return rows


def plain_lemma(lemma: str) -> str:
    """The lemma without UD's compound and particle boundary marks."""
    if lemma == "_" or "_" not in lemma:
        return lemma
    return lemma.replace("_", "")


def read_sentences(path: Path) -> list[Sentence]:
    text = path.read_text(encoding="utf-8")
    blocks = [b.strip("\n") for b in text.split("\n\n")]
    return [Sentence(path.name, b) for b in blocks if b.strip()]


def with_plain_lemmas(sentence: Sentence) -> Sentence:
    lines = []
    for line in sentence.block.splitlines():
        cols = line.split("\t")
        if len(cols) == 10 and not line.startswith("#"):
            cols[2] = plain_lemma(cols[2])
            line = "\t".join(cols)
        lines.append(line)
    return Sentence(sentence.source, "\n".join(lines))


def to_docbin(sentences: list[Sentence], out: Path, n_sents: int = 10) -> int:
    """Write sentences (plain lemmas) to a .spacy file; returns the number of docs."""
    text = "\n\n".join(with_plain_lemmas(s).block for s in sentences) + "\n\n"
    docs = list(conllu_to_docs(text, n_sents=n_sents, no_print=True)) if sentences else []
    db = DocBin(docs=docs, store_user_data=False)
    out.parent.mkdir(parents=True, exist_ok=True)
    db.to_disk(out)
    return len(docs)


def split(sentences: list[Sentence], held_out: float, seed: int) -> tuple[list[Sentence], list[Sentence]]:
    """Deterministic split: a fraction `held_out` of the sentences goes to the second list."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    n_held = round(len(sentences) * held_out)
    held = set(order[:n_held])
    first = [s for i, s in enumerate(sentences) if i not in held]
    second = [s for i, s in enumerate(sentences) if i in held]
    return first, second
