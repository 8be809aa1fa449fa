"""Custom spaCy components of the bundled pipeline.

They are registered through the `spacy_factories` entry point in pyproject.toml, so the
bundled pipeline loads with a plain `spacy.load(path)` (and `python -m spacy evaluate`)
in any environment where missionlint is installed.
"""

from __future__ import annotations

import gzip
import json
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc


@lru_cache(maxsize=1)
def dutch_lemma_lookup() -> dict[str, str]:
    """spacy-lookups-data's Dutch form -> lemma table (plain lemmas, ~500K forms)."""
    import importlib.resources

    data = importlib.resources.files("spacy_lookups_data") / "data" / "nl_lemma_lookup.json.gz"
    with gzip.open(data.open("rb"), "rt", encoding="utf-8") as handle:
        return json.load(handle)


class LemmaBackoff:
    """Fill in lemmas the trainable lemmatizer left empty.

    The edit-tree lemmatizer leaves a token without lemma when none of its learned edit
    trees applies (mostly rare, long or foreign words). For those we look the lower-cased
    form up in spacy-lookups-data's Dutch table and fall back to the form itself.
    """

    def __init__(self, use_lookup: bool = True):
        self.use_lookup = use_lookup

    def __call__(self, doc: Doc) -> Doc:
        table = dutch_lemma_lookup() if self.use_lookup else {}
        for token in doc:
            if token.lemma == 0:
                lower = token.lower_
                lemma = table.get(lower)
                if lemma is None:
                    lemma = token.text if token.pos_ == "PROPN" else lower
                token.lemma_ = lemma
        return doc


@Language.factory(
    "missionlint_lemma_backoff",
    default_config={"use_lookup": True},
    requires=["token.pos"],
    assigns=["token.lemma"],
)
def make_lemma_backoff(nlp: Language, name: str, use_lookup: bool) -> LemmaBackoff:
    return LemmaBackoff(use_lookup=use_lookup)
