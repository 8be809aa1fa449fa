"""The bundled pipeline's meta.json: name, sources, licence and measured accuracy."""

from __future__ import annotations

import json
from pathlib import Path

LICENSE = "CC BY-SA 4.0"
PIPELINE_VERSION = "0.1.0"
SOURCES = [
    {
        "name": "UD Dutch LassySmall",
        "url": "https://universaldependencies.org/treebanks/nl_lassysmall/",
        "license": LICENSE,
        "author": "Gosse Bouma, Gertjan van Noord (University of Groningen); Lassy Small corpus",
        "used_for": "training (dev and test files)",
    },
    {
        "name": "UD Dutch Alpino",
        "url": "https://universaldependencies.org/treebanks/nl_alpino/",
        "license": LICENSE,
        "author": "Gosse Bouma, Gertjan van Noord (University of Groningen); Alpino treebank",
        "used_for": "training (dev file)",
    },
    {
        "name": "missionlint domain supplement",
        "url": "training/domain/ in the missionlint repository",
        "license": LICENSE,
        "author": "missionlint developers",
        "used_for": "training (four fifths) and held-out evaluation (one fifth)",
    },
]


def write_meta(pipeline: Path, accuracy: dict, train_glob: str) -> None:
    path = pipeline / "meta.json"
    meta = json.loads(path.read_text(encoding="utf-8"))
    meta.update(
        {
            "name": "missionlint_sm",
            "lang": "nl",
            "version": PIPELINE_VERSION,
            "description": (
                "Dutch pipeline for missionlint: tokenizer, tok2vec, tagger (CGN tags), morphologizer "
                "(UPOS and features), parser and lemmatizer (plain lemmas, without UD's '_' marks). "
                f"Trained on UD Dutch Alpino and LassySmall ({train_glob}) and missionlint's annotated "
                "mission sentences; UD accuracy by k-fold cross-validation of the same recipe, domain "
                "accuracy on held-out mission sentences."
            ),
            "license": LICENSE,
            "author": "missionlint developers",
            "sources": SOURCES,
            "attribution": (
                "Contains data from the Universal Dependencies Dutch LassySmall and Alpino treebanks "
                "(Gosse Bouma, Gertjan van Noord, University of Groningen), licensed CC BY-SA 4.0."
            ),
            "accuracy": accuracy,
        }
    )
    meta.pop("performance", None)
    path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
