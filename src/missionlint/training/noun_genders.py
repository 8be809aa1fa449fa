"""Build the de/het lexicon the rewrites inflect adjectives by, from the UD Dutch treebanks.

    python -m missionlint.training.noun_genders [UD_DIR]

A rewrite that says "een betere samenwerking" or "een beter leefklimaat" must know the
noun's gender. The tagger guesses it for words it has not seen, and a compound takes the
gender of its last part, which the treebanks mark in the lemma ("leef_klimaat"). So every
singular common noun written as its lemma (not a diminutive) counts for the lemma and for its last part; a
word goes into the lexicon when at least 90% of its occurrences agree. The result is
`src/missionlint/nlp/noun_genders.tsv` (word, gender); it is derived from the treebanks
and carries their licence (CC BY-SA 4.0).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

from missionlint.training.conllu import add_ud_dir, plain_lemma, read_sentences

OUTPUT = Path(__file__).resolve().parents[1] / "nlp" / "noun_genders.tsv"
AGREEMENT = 0.9
HEADER = (
    "# Dutch noun -> gender (Com: de-word, Neut: het-word), counted from the Universal Dependencies\n"
    "# Dutch Alpino and LassySmall treebanks (Gosse Bouma, Gertjan van Noord, University of Groningen),\n"
    "# CC BY-SA 4.0; this list is CC BY-SA 4.0 as well. Built by python -m missionlint.training.noun_genders.\n"
)


def count_genders(paths: list[Path]) -> dict[str, Counter[str]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for path in paths:
        for sentence in read_sentences(path):
            for row in sentence.token_rows():
                cols = row.split("\t")
                feats = dict(f.split("=", 1) for f in cols[5].split("|") if "=" in f)
                gender = feats.get("Gender")
                if cols[3] != "NOUN" or feats.get("Number") != "Sing" or gender not in ("Com", "Neut"):
                    continue
                lemma = plain_lemma(cols[2]).lower()
                if cols[1].lower() != lemma:
                    continue  # a diminutive ("telefoontje" is het, "telefoon" is de) or an odd lemma
                for word in {lemma, cols[2].lower().rsplit("_", 1)[-1]}:  # the lemma and its last part
                    if word.isalpha() and len(word) > 2:
                        counts[word][gender] += 1
    return counts


def lexicon(counts: dict[str, Counter[str]]) -> dict[str, str]:
    """Words whose occurrences agree on one gender."""
    chosen = {}
    for word, genders in counts.items():
        gender, n = genders.most_common(1)[0]
        if n >= AGREEMENT * sum(genders.values()):
            chosen[word] = gender
    return chosen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m missionlint.training.noun_genders", description=__doc__.split("\n\n")[0]
    )
    add_ud_dir(parser)
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    paths = sorted(args.ud_dir.glob("nl_*-ud-*.conllu"))
    if not paths:
        sys.exit(f"error: no UD files in {args.ud_dir}")
    chosen = lexicon(count_genders(paths))
    lines = [f"{word}\t{gender}" for word, gender in sorted(chosen.items())]
    args.output.write_text(HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(chosen)} nouns -> {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
