"""Where sentences start: the one place that decides sentences, list items and paragraphs.

The sentence starts are set on a section's doc before the pipeline runs (the parser
respects them), so every rule that counts or reads sentences sees the same ones.
"""

from __future__ import annotations

from missionlint.sources.model import Source


def item_starts(source: Source, start: int, end: int) -> list[int]:
    """Offsets in (start, end) where a list item or a paragraph begins: hard sentence starts."""
    return [offset for offset in source.breaks if start < offset < end]


SENTENCE_END = {".", "!", "?", "…"}


def set_sentence_starts(doc, items: set[int]) -> None:
    """Fix sentence boundaries before the parser, which respects them.

    A sentence starts at a list item or paragraph, or at a capital or digit after
    sentence-final punctuation; nowhere else. The parser, trained on news, otherwise
    splits short verbless fragments ("Elke dag | vers brood ...") and misreads line
    breaks, and every rule that counts or reads sentences would inherit that.
    """
    if len(doc):
        doc[0].is_sent_start = True  # so a one-word doc has its sentence too
    after_end = False
    for token in doc[1:]:
        if token.is_space:
            token.is_sent_start = False
            continue
        first = token.text[:1]
        token.is_sent_start = token.i in items or (after_end and (first.isupper() or first.isdigit()
                                                                   or first in "\"'‘“("))
        after_end = token.text in SENTENCE_END
