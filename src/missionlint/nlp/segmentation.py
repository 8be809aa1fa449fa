"""Where sentences start: the one place that decides sentences, list items and paragraphs.

The sentence starts are set on a section's doc before the pipeline runs (the parser
respects them), so every rule that counts or reads sentences sees the same ones.
"""

from __future__ import annotations

import unicodedata

from missionlint.sources.model import Source


def item_starts(source: Source, start: int, end: int) -> list[int]:
    """Offsets in (start, end) where a list item or a paragraph begins: hard sentence starts."""
    return [offset for offset in source.breaks if start < offset < end]


SENTENCE_END = frozenset({".", "!", "?", "…"})
# What may stand before a list item's words on its line: the bullet a plain text keeps.
BULLET_CHARACTERS = " \t-*•–"
# A view of a doc without its whitespace tokens (nlp.views) keeps here which of its tokens
# begin and end a line of the doc it was made from: (starts, ends).
LINES_KEY = "missionlint.lines"


def line_marks(doc, tokens) -> tuple[set[int], set[int]]:
    """The positions in `tokens` (tokens of `doc`) that begin a line, after a bullet or none,
    and those that end one: what a view of the doc keeps of its line breaks."""
    starts = {k for k, token in enumerate(tokens) if _begins_line(doc.text, token.idx)}
    ends = {k for k, token in enumerate(tokens) if _ends_line(doc.text, token.idx + len(token))}
    return starts, ends


def starts_line(doc, i: int) -> bool:
    """Whether doc[i] opens a line of its own, after a bullet or none (a list item)."""
    marks = doc.user_data.get(LINES_KEY)
    return i in marks[0] if marks is not None else _begins_line(doc.text, doc[i].idx)


def on_lines_of_its_own(doc, first: int, last: int) -> bool:
    """Whether doc[first:last] begins a line (or the text) and ends one (or the text): a list
    item, a line under a heading, a paragraph of one sentence, not a sentence among others."""
    marks = doc.user_data.get(LINES_KEY)
    if marks is not None:
        return first in marks[0] and last - 1 in marks[1]
    end = doc[last - 1].idx + len(doc[last - 1])
    return _begins_line(doc.text, doc[first].idx) and _ends_line(doc.text, end)


def _begins_line(text: str, offset: int) -> bool:
    """Only bullets and blanks between the line's start (or the text's) and `offset`: read
    back from `offset`, not by copying the text before it (this runs for every token)."""
    k = offset - 1
    while k >= 0 and text[k] in BULLET_CHARACTERS:
        k -= 1
    return k < 0 or text[k] == "\n"


def _ends_line(text: str, offset: int) -> bool:
    """Only blanks between `offset` and the line's end (or the text's)."""
    k = offset
    while k < len(text) and text[k] in " \t":
        k += 1
    return k == len(text) or text[k] == "\n"


# A line of at most this many words, without punctuation at its end, followed by a line
# that begins with a capital is a list item written without a bullet ("Respect\nOpenheid").
LIST_LINE_WORDS = 5


def is_list_line(text: str) -> bool:
    """A short line without punctuation at its end: a list item written without a bullet,
    a value word, an address line (what `set_sentence_starts` reads from tokens)."""
    text = text.rstrip()
    return 0 < len(text.split()) <= LIST_LINE_WORDS and not unicodedata.category(text[-1]).startswith("P")


_OPENERS = "\"'‘“("


def set_sentence_starts(doc, items: set[int]) -> None:
    """Fix sentence boundaries before the parser, which respects them.

    A sentence starts at a list item or paragraph; at a capital, digit or opening quote
    after sentence-final punctuation; or at a capital that begins a line after a colon or
    after a short line without punctuation (a list written without bullets); nowhere else.
    The parser, trained on news, otherwise splits short verbless fragments ("Elke dag |
    vers brood ...") and misreads line breaks, and every rule that counts or reads
    sentences would inherit that. The starts are set in one pass over the doc's array
    (setting them token by token costs time that grows with the square of the doc's
    length).
    """
    import numpy
    from spacy.attrs import SENT_START

    starts = numpy.full(len(doc), -1, dtype="int64")  # -1: no start (spaCy reads the array as uint64)
    after_end = False
    line_words, last = 0, None  # the words on the current line so far, and its last token
    listed = False  # after a line break that ends a short line without punctuation, or a colon
    for token in doc:
        if token.i == 0:
            starts[0] = 1  # so a one-word doc has its sentence too
        elif not token.is_space:
            first = token.text[:1]
            capital = first.isupper() or first.isdigit() or first in _OPENERS
            if token.i in items or ((after_end or listed) and capital):
                starts[token.i] = 1
            listed = False
        if not token.is_space:
            after_end = token.text in SENTENCE_END
            line_words += not token.is_punct
            last = token
        elif "\n" in token.text:
            listed = last is not None and (
                last.text == ":" or (0 < line_words <= LIST_LINE_WORDS and not last.is_punct)
            )
            line_words = 0
    if len(doc):
        doc.from_array([SENT_START], starts.astype("uint64"))


# what separates a label from its explanation: "Respect: wij ...", "Iedereen welkom – De school ..."
LABEL_MARKS = frozenset({":", "–", "—"})


def label_mark(token) -> bool:
    """A colon or a dash between a label and what it means ("Respect: ...", "Samen – ..."; a
    hyphen only as a word of its own)."""
    if token.text in LABEL_MARKS:
        return True
    return token.text == "-" and token.i > 0 and bool(token.whitespace_) and bool(token.nbor(-1).whitespace_)


def is_word(token) -> bool:
    return not (token.is_punct or token.is_space)


def sentences(doc) -> list:
    """The sentences of a doc or span that hold at least one word (the sentence starts
    were set by `set_sentence_starts`)."""
    return [s for s in doc.sents if any(is_word(t) for t in s)]


def segments(doc) -> list[list]:
    """Each sentence as its tokens without whitespace and without the punctuation that
    ends it: what list and motto measures read ("Respect, openheid en lef")."""
    out = []
    for sent in doc.sents:
        tokens = [t for t in sent if not t.is_space]
        while tokens and tokens[-1].text in SENTENCE_END:
            tokens.pop()
        if tokens:
            out.append(tokens)
    return out
