"""Pre-annotate plain sentences as CoNLL-U with a trained pipeline.

    python -m missionlint.training.preannotate SENTENCES.txt --model PATH > out.conllu

Each non-empty input line is one sentence; it stays one sentence in the output, even
where the parser would have split it. The result is a starting point for annotating
the domain supplement in `training/domain/` by hand: tags, features, lemmas, heads and
relations all have to be checked and corrected afterwards.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path


def parse_args(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="python -m missionlint.training.preannotate", description=__doc__.split("\n\n")[0])
    p.add_argument("sentences", type=Path, help="text file, one sentence per line ('-' for stdin)")
    p.add_argument("--model", required=True, help="spaCy pipeline (name or path) to annotate with")
    p.add_argument("--prefix", default="missions", help="sent_id prefix (default: missions)")
    p.add_argument("--start", type=int, default=1, help="number of the first sentence (default: 1)")
    return p.parse_args(argv)


def read_lines(path: Path) -> list[str]:
    text = sys.stdin.read() if str(path) == "-" else path.read_text(encoding="utf-8")
    # Collapse runs of whitespace so that `# text` can be rebuilt from the tokens.
    return [" ".join(line.split()) for line in text.splitlines() if line.strip()]


def one_sentence_docs(nlp, lines: Iterable[str]) -> Iterator:
    """Tokenize each line and mark it as a single sentence before the pipeline runs."""
    for line in lines:
        doc = nlp.make_doc(line)
        for i, token in enumerate(doc):
            token.is_sent_start = i == 0
        yield doc


def heads_and_relations(doc) -> list[tuple[int, str]]:
    """(head, deprel) per token, 1-based, with exactly one root.

    Should the parser still produce several roots, the later ones are attached to the
    first as "parataxis" (to be fixed by hand).
    """
    roots = [t.i for t in doc if t.head.i == t.i]
    first_root = roots[0] if roots else 0
    result = []
    for token in doc:
        if token.i == first_root:
            result.append((0, "root"))
        elif token.head.i == token.i:
            result.append((first_root + 1, "parataxis"))
        else:
            dep = token.dep_ if token.dep_ and token.dep_ != "ROOT" else "dep"
            result.append((token.head.i + 1, dep))
    return result


def to_conllu(doc, sent_id: str) -> str:
    rows = [f"# sent_id = {sent_id}", f"# text = {doc.text}"]
    for token, (head, dep) in zip(doc, heads_and_relations(doc)):
        last = token.i == len(doc) - 1
        misc = "SpaceAfter=No" if not token.whitespace_ and not last else "_"
        rows.append(
            "\t".join(
                [
                    str(token.i + 1),
                    token.text,
                    token.lemma_ or "_",
                    token.pos_ or "X",
                    token.tag_ or "_",
                    str(token.morph) or "_",
                    str(head),
                    dep,
                    "_",
                    misc,
                ]
            )
        )
    return "\n".join(rows) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    import spacy

    import missionlint.nlp.components  # noqa: F401  (registers the pipeline's own components)

    nlp = spacy.load(args.model)
    lines = read_lines(args.sentences)
    out = sys.stdout
    for n, doc in enumerate(nlp.pipe(one_sentence_docs(nlp, lines)), start=args.start):
        out.write(to_conllu(doc, f"{args.prefix}-{n:03d}"))
        out.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
