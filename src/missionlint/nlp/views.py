"""Views of a parsed section that the checks share.

A line break inside a sentence (a hard-wrapped Markdown paragraph, a folded YAML string)
is a whitespace token of its own, and the tagger even gives it a part of speech, so token
patterns and rewrite helpers read the doc without whitespace tokens (`match_view`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from missionlint.nlp.segmentation import LINES_KEY, line_marks

_VIEW_KEY = "missionlint.match_view"


def match_view(doc: Doc) -> tuple[Doc, list[int]]:
    """The doc without whitespace tokens, for token matchers, and the way back.

    A line break inside a sentence (a hard-wrapped Markdown paragraph, a folded YAML
    string) is a token of its own ("\\n  "), and the tagger even gives it a part of
    speech, so a pattern [met, als, doel] would miss "met als\\n  doel". The engine and
    the classifier run their Matchers on this view (same words, tags, morphology, lemmas,
    parse or sentence starts); `index[i]` is the position in `doc` of view token i. The
    view is built once per doc and kept in `doc.user_data`.
    """
    cached = doc.user_data.get(_VIEW_KEY)
    if cached is not None:
        return cached
    keep = [t for t in doc if not t.is_space]
    if len(keep) == len(doc):
        result = (doc, list(range(len(doc))))
    else:
        position = {t.i: k for k, t in enumerate(keep)}
        spaces = [bool(t.whitespace_) or (t.i + 1 < len(doc) and doc[t.i + 1].is_space) for t in keep]
        fields: dict = {"words": [t.text for t in keep], "spaces": spaces}
        if doc.has_annotation("TAG"):
            fields["tags"] = [t.tag_ for t in keep]
        if doc.has_annotation("POS"):
            fields["pos"] = [t.pos_ for t in keep]
        if doc.has_annotation("MORPH"):
            fields["morphs"] = [str(t.morph) for t in keep]
        if doc.has_annotation("LEMMA"):
            fields["lemmas"] = [t.lemma_ for t in keep]
        if doc.has_annotation("DEP"):
            fields["heads"] = [position.get(t.head.i, k) for k, t in enumerate(keep)]
            fields["deps"] = [t.dep_ for t in keep]
        elif doc.has_annotation("SENT_START"):
            fields["sent_starts"] = [
                bool(t.is_sent_start or (t.i > 0 and doc[t.i - 1].is_space and doc[t.i - 1].is_sent_start))
                for t in keep
            ]
        view = Doc(doc.vocab, **fields)
        view.user_data[LINES_KEY] = line_marks(doc, keep)  # the line breaks the view drops
        result = (view, [t.i for t in keep])
    doc.user_data[_VIEW_KEY] = result
    return result


def words_only(span: Span) -> Span:
    """The same words in the matcher view: rewrite helpers read word after word, and a
    wrapped line's break token between them is no word."""
    view, index = match_view(span.doc)
    if view is span.doc:
        return span
    inverse = {original: position for position, original in enumerate(index)}
    kept = [inverse[t.i] for t in span if t.i in inverse]
    return view[kept[0] : kept[-1] + 1] if kept else span
