"""Accuracy of a pipeline on held-out CoNLL-U text.

Tagging and parsing figures come from spaCy's own evaluator (`spacy evaluate`). The lemma
figure is ours: a lemma counts as right when it equals the gold lemma with UD's "_"
boundary marks removed, measured on the gold tokens. So are the structure figures the
linter's role-versus-outcome reading depends on (`structure_accuracy`): of the gold
subjects (`nsubj`, `nsubj:pass`), the share whose predicted head and label are both
right; of the gold sentence roots, the share predicted as the one root of their sentence.
"""

from __future__ import annotations

from pathlib import Path

from missionlint.training.conllu import plain_lemma, read_sentences

REPORTED = {
    "pos_acc": "pos",
    "tag_acc": "tag",
    "morph_acc": "morph",
    "lemma_acc": "lemma_spacy",
    "dep_uas": "uas",
    "dep_las": "las",
}


def lemma_accuracy(model: Path, conllu: Path, use_table: bool = True) -> float:
    """Share of gold tokens whose predicted lemma equals the plain gold lemma.

    With `use_table=False` the lookup-table correction is switched off, to measure what
    spacy-lookups-data adds to the trainable lemmatizer.
    """
    import spacy
    from spacy.tokens import Doc

    config = {} if use_table else {"components": {"lemma_lookup": {"use_table": False}}}
    nlp = spacy.load(model, config=config)
    right = total = 0
    sentences = read_sentences(conllu)
    docs = (Doc(nlp.vocab, words=s.forms) for s in sentences)
    for sentence, doc in zip(sentences, nlp.pipe(docs)):
        gold = [plain_lemma(row.split("\t")[2]) for row in sentence.token_rows()]
        for token, lemma in zip(doc, gold):
            total += 1
            right += token.lemma_ == lemma
    return right / total if total else 0.0


SUBJECTS = ("nsubj", "nsubj:pass")


def structure_accuracy(model: Path, conllu: Path) -> dict[str, float]:
    """Subject attachment and root accuracy of the full pipeline, one gold sentence per doc.

    A gold subject counts as right when its predicted head is the gold head and its
    predicted label the gold label; a gold root counts as right when it is the only token
    the parser makes a root of the sentence (a sentence it splits in two has no right root).
    """
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model)
    sentences = read_sentences(conllu)
    docs = (Doc(nlp.vocab, words=s.forms) for s in sentences)
    subjects = subjects_right = roots = roots_right = 0
    for sentence, doc in zip(sentences, nlp.pipe(docs)):
        predicted_roots = [t.i for t in doc if t.head.i == t.i]
        for i, row in enumerate(sentence.token_rows()):
            cols = row.split("\t")
            head, deprel = int(cols[6]), cols[7]
            token = doc[i]
            if deprel in SUBJECTS:
                subjects += 1
                subjects_right += token.head.i == head - 1 and token.dep_ == deprel
            if head == 0:
                roots += 1
                roots_right += predicted_roots == [i]
    return {
        "subject_attachment": round(subjects_right / subjects * 100, 2) if subjects else 0.0,
        "subjects": subjects,
        "root": round(roots_right / roots * 100, 2) if roots else 0.0,
        "roots": roots,
    }


def evaluate_pipeline(model: Path, docbin: Path, conllu: Path, structure: bool = False) -> dict[str, float]:
    from spacy.cli.evaluate import evaluate

    scores = evaluate(str(model), docbin, silent=True)
    result = {name: round(float(scores[key]) * 100, 2) for key, name in REPORTED.items() if scores.get(key) is not None}
    result["lemma"] = round(lemma_accuracy(model, conllu) * 100, 2)
    result["lemma_without_lookup_table"] = round(lemma_accuracy(model, conllu, use_table=False) * 100, 2)
    if structure:
        result.update(structure_accuracy(model, conllu))
    result["sentences"] = len(read_sentences(conllu))
    return result
