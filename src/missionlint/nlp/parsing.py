"""Running the pipeline over many sections with bounded memory."""

from __future__ import annotations

BATCH_SIZE = 64
# The pipeline's memory grows with the tokens it sees at once (about 25 kB a token for the
# bundled tok2vec), so sections go through it in batches of at most BATCH_TOKENS tokens, and
# a section longer than PIECE_TOKENS is parsed in pieces cut at sentence starts or line breaks
# and joined again: memory stays bounded whatever the size of a file or a line.
BATCH_TOKENS = 2_000
PIECE_TOKENS = 1_000


def parse_sentences(nlp, texts: list[str]) -> list:
    """Short texts (rewrites) parsed as the linter parses a section, in one batch: their
    sentence starts set first, so that the parser does not split a verbless phrase;
    without the kind text model, which a sentence's framing does not read."""
    from missionlint.nlp.pipeline import KIND_MODEL
    from missionlint.nlp.segmentation import set_sentence_starts

    docs = [nlp.make_doc(text) for text in texts]
    for doc in docs:
        set_sentence_starts(doc, set())
    return list(nlp.pipe(docs, disable=[KIND_MODEL] if KIND_MODEL in nlp.pipe_names else []))


def _pieces(doc):
    """`doc` (not yet parsed) cut into docs of at most PIECE_TOKENS tokens, or [doc]."""
    if len(doc) <= PIECE_TOKENS:
        return [doc]
    bounds, start = [], 0
    while start < len(doc):
        end = min(start + PIECE_TOKENS, len(doc))
        if end < len(doc):  # cut at a sentence start, a line break or a full stop if there is one
            for k in range(end, start + PIECE_TOKENS // 2, -1):
                if doc[k].is_sent_start or doc[k - 1].is_space or doc[k - 1].text in (".", "!", "?", ";"):
                    end = k
                    break
        bounds.append((start, end))
        start = end
    # The sentence starts are all a piece needs from the doc (it is not parsed yet). Read
    # them once: `as_doc` would read the whole doc's array for every piece, and the time
    # of a long section would grow with the square of its length.
    from spacy.attrs import SENT_START

    head = [SENT_START]
    array = doc.to_array(head)
    return [doc[a:b].as_doc(array_head=head, array=array) for a, b in bounds]


def parse_bounded(nlp, docs):
    """`nlp.pipe(docs)` in order, with at most BATCH_TOKENS tokens in the pipeline at once."""
    from spacy.tokens import Doc

    def batches():
        batch, size = [], 0
        for doc in docs:
            pieces = _pieces(doc)
            for n, piece in enumerate(pieces):
                batch.append((piece, n == len(pieces) - 1))
                size += len(piece)
                if size >= BATCH_TOKENS or len(batch) >= BATCH_SIZE:
                    yield batch
                    batch, size = [], 0
        if batch:
            yield batch

    done = []
    for batch in batches():
        parsed = nlp.pipe([piece for piece, _last in batch], batch_size=len(batch))
        for piece, (_piece, last) in zip(parsed, batch):
            done.append(piece)
            if last:
                yield done[0] if len(done) == 1 else Doc.from_docs(done, ensure_whitespace=False)
                done = []
