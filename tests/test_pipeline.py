"""The bundled Dutch pipeline, on sentences we wrote, and its packaging."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from missionlint.errors import ModelError
from missionlint.nlp import pipeline
from missionlint.training.conllu import read_sentences, to_docbin

ROOT = Path(__file__).resolve().parents[1]
HELDOUT = ROOT / "training" / "domain" / "missions-heldout.conllu"
REQUIRED_ACCURACY = {"pos", "morph", "lemma", "uas"}


def token(doc, text):
    return next(t for t in doc if t.text == text)


def test_comparative_is_adjective_with_positive_lemma(nlp):
    schonere = token(nlp("Een schonere stad."), "schonere")
    assert schonere.pos_ == "ADJ"
    assert schonere.morph.get("Degree") == ["Cmp"]
    assert schonere.lemma_ == "schoon"


def test_verbless_fragment_has_an_infinitive(nlp):
    verb = token(nlp("De stad schoonmaken."), "schoonmaken")
    assert verb.pos_ == "VERB"
    assert verb.morph.get("VerbForm") == ["Inf"]
    assert verb.lemma_ == "schoonmaken"


def test_a_participle_the_morphologiser_calls_finite_is_a_participle(nlp):
    """The tagger and the morphologiser are separate models and may disagree; the rules
    read finiteness from both, so the fix makes the participle's morphology agree."""
    doc = nlp("Wij bieden kortdurende en langdurende hulp aan gezinnen.")
    participle = token(doc, "langdurende")
    participle.set_morph("Number=Sing|Tense=Past|VerbForm=Fin")  # what the morphologiser sometimes says
    nlp.get_pipe("mission_fixes")(doc)
    assert participle.morph.get("VerbForm") == ["Part"]
    assert participle.morph.get("Tense") == ["Past"]
    assert token(doc, "bieden").morph.get("VerbForm") == ["Fin"]


def test_an_unseen_compound_noun_in_a_list_of_nouns_is_a_noun(nlp):
    """The tagger reads unseen compounds such as "poetshulp" as adverbs; in a list after a
    noun, a word that ends in a known noun is one."""
    doc = nlp("Wij bieden gezinszorg, poetshulp en oppashulp aan ouderen.")
    for word in ("poetshulp", "oppashulp"):
        assert token(doc, word).pos_ == "NOUN"
        assert token(doc, word).tag_.startswith("N|")
    # a known adverb after a list separator stays one
    assert token(nlp("Wij bieden zorg, en daarnaast hulp."), "daarnaast").pos_ == "ADV"


def test_a_plural_noun_tagged_as_a_verb_in_a_list_or_after_an_adjective_is_the_noun(nlp):
    """What the tagger sometimes says of "verenigingen" in a list of receivers; a plural
    that is also a verb ("werken") is left to the tagger."""
    doc = nlp("Wij bieden particulieren, verenigingen en kleine ondernemers advies.")
    listed = token(doc, "verenigingen")
    listed.pos_ = "VERB"
    nlp.get_pipe("mission_fixes")(doc)
    assert (listed.pos_, listed.lemma_, listed.morph.get("Number")) == ("NOUN", "vereniging", ["Plur"])
    doc = nlp("Veilige buurthuizen en schone straten.")
    after_adjective = token(doc, "buurthuizen")
    after_adjective.pos_ = "VERB"
    nlp.get_pipe("mission_fixes")(doc)
    assert after_adjective.pos_ == "NOUN"
    doc = nlp("Wij bieden zorg, wonen en werken aan huis.")
    both = token(doc, "werken")
    both.pos_ = "VERB"
    nlp.get_pipe("mission_fixes")(doc)
    assert both.pos_ == "VERB"


def test_a_legal_form_before_a_name_opens_the_name(nlp):
    doc = nlp("vzw Het Kompas wil jongeren een thuis geven.")
    legal = token(doc, "vzw")
    legal.pos_ = "SCONJ"  # what the tagger says of it at the start of a sentence
    nlp.get_pipe("mission_fixes")(doc)
    assert legal.pos_ == "PROPN"


def test_a_noun_that_is_also_an_adverb_after_an_article_is_the_noun(nlp):
    assert token(nlp("Wij bieden ouderen een fijn thuis."), "thuis").pos_ == "NOUN"
    assert token(nlp("Wij voelen ons hier thuis."), "thuis").pos_ != "NOUN"


def test_noun_gender(nlp):
    assert token(nlp("Een schonere stad."), "stad").morph.get("Gender") == ["Com"]
    assert token(nlp("Een veiliger Nederland."), "Nederland").morph.get("Gender") == ["Neut"]


def _token_row(i: int, form: str, lemma: str, feats: str) -> str:
    return f"{i}\t{form}\t{lemma}\tNOUN\tN\t{feats}\t0\troot\t_\t_"


def test_the_gender_lexicon_counts_lemmas_and_last_parts_and_skips_diminutives_and_disagreement(tmp_path):
    from missionlint.training import noun_genders

    rows = [
        ("leef_klimaat", "leefklimaat", "Gender=Neut|Number=Sing"),
        ("telefoon", "telefoontje", "Gender=Neut|Number=Sing"),  # a diminutive: het, where telefoon is de
        ("telefoon", "telefoon", "Gender=Com|Number=Sing"),
        ("pad", "pad", "Gender=Com|Number=Sing"),
        ("pad", "pad", "Gender=Neut|Number=Sing"),
        ("stad", "steden", "Gender=Com|Number=Plur"),
    ]
    block = "\n".join(_token_row(i + 1, form, lemma, feats) for i, (lemma, form, feats) in enumerate(rows))
    (tmp_path / "nl_test-ud-dev.conllu").write_text(block + "\n\n", encoding="utf-8")
    out = tmp_path / "genders.tsv"
    assert noun_genders.main([str(tmp_path), "--output", str(out)]) == 0
    rows_out = dict(
        line.split("\t") for line in out.read_text(encoding="utf-8").splitlines() if not line.startswith("#")
    )
    assert rows_out == {"leefklimaat": "Neut", "klimaat": "Neut", "telefoon": "Com"}


def test_lemmas_are_plain_without_ud_boundary_marks(nlp):
    doc = nlp("De gemeenteraad wil de stad schoonmaken.")
    assert all("_" not in t.lemma_ for t in doc)


def check_meta(meta: dict) -> list[str]:
    """What a pipeline's meta.json lacks: accuracy figures, sources, licence."""
    problems = []
    accuracy = meta.get("accuracy") or {}
    for dataset in ("ud_crossval", "domain_heldout"):
        figures = accuracy.get(dataset) or {}
        missing = REQUIRED_ACCURACY - set(figures)
        if missing:
            problems.append(f"{dataset} lacks {sorted(missing)}")
        elif not all(isinstance(figures[k], (int, float)) and 0 < figures[k] <= 100 for k in REQUIRED_ACCURACY):
            problems.append(f"{dataset} has figures outside 0-100")
    if "CC BY-SA 4.0" not in meta.get("license", ""):
        problems.append("licence is not CC BY-SA 4.0")
    names = " ".join(s.get("name", "") for s in meta.get("sources", []))
    if "LassySmall" not in names or "Alpino" not in names:
        problems.append("sources do not name the UD Dutch LassySmall and Alpino treebanks")
    return problems


def test_meta_names_sources_licence_and_accuracy(model_info):
    assert check_meta(model_info.meta) == []


def test_meta_check_fails_without_accuracy(model_info):
    meta = dict(model_info.meta)
    meta.pop("accuracy")
    assert check_meta(meta)


def test_plain_spacy_load_in_a_fresh_process(model_info):
    """Custom parts come in through entry points: no missionlint import is needed."""
    code = (
        "import spacy, sys\n"
        f"nlp = spacy.load({str(model_info.path)!r})\n"
        "doc = nlp('Een schonere stad.')\n"
        "print(doc[1].lemma_, 'missionlint' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[0] == "schoon"


def test_spacy_evaluate_runs_on_the_bundled_pipeline(model_info, tmp_path):
    data = tmp_path / "heldout.spacy"
    to_docbin(read_sentences(HELDOUT), data, n_sents=1)
    out = tmp_path / "scores.json"
    subprocess.run(
        [sys.executable, "-m", "spacy", "evaluate", str(model_info.path), str(data), "--output", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    scores = json.loads(out.read_text())
    assert scores["pos_acc"] > 0.9


def test_auto_falls_back_to_bundled_without_nl_core_news_sm():
    if pipeline._package_dir(pipeline.PREFERRED_PACKAGE) is not None:
        pytest.skip("nl_core_news_sm is installed here")
    assert pipeline.resolve("auto").source == "bundled"


def test_directory_and_unknown_models(model_info):
    assert pipeline.resolve(str(model_info.path)).source == "directory"
    with pytest.raises(ModelError, match="nl_core_news_sm"):
        pipeline.resolve("nl_no_such_pipeline")


def test_pipeline_size_under_limit(model_info):
    size = sum(p.stat().st_size for p in model_info.path.rglob("*") if p.is_file())
    assert size < 15 * 1024 * 1024


def test_kind_model_gives_a_probability_per_kind(nlp):
    from missionlint.checks.classify import KINDS
    from missionlint.nlp.pipeline import KIND_MODEL

    assert KIND_MODEL in nlp.pipe_names
    cats = nlp("In 2035 woont iedere inwoner van Zuidhoven op loopafstand van een park.").cats
    assert set(cats) == set(KINDS)
    assert abs(sum(cats.values()) - 1) < 1e-4


def test_kind_model_trains_on_labelled_statements_and_refuses_blind_sets(tmp_path):
    """The training script's model learns its training data well beyond chance (0.25), and
    a blind held-out file is never trained on."""
    import yaml

    from missionlint.training import kind_model

    kinds = ["missie", "visie", "waarden", "strategie"]
    texts = {
        "missie": ["Wij zijn er voor ouderen in de {p}.", "Wij bieden thuiszorg in {p}."],
        "visie": ["In 2035 is {p} een groene stad.", "Wij dromen van een {p} zonder armoede."],
        "waarden": ["Respect, openheid en vakmanschap in {p}.", "Eerlijk, nabij en betrouwbaar in {p}."],
        "strategie": ["Tot 2028 bouwen we 300 woningen in {p}.", "We verlagen de wachttijd in {p} met 20%."],
    }
    places = ["Zuidhoven", "Lindendaal", "Westerkoog", "Brakeldorp", "Veldhem"]
    statements = [{"text": t.format(p=p), "reads_as": k} for k in kinds for t in texts[k] for p in places]
    data = tmp_path / "train.yaml"
    data.write_text(yaml.safe_dump({"statements": statements}, allow_unicode=True), encoding="utf-8")
    pairs = kind_model.load_statements([data])
    model = kind_model.train(pairs, epochs=5)
    right = sum(kind_model.predict(model, text) == label for text, label in pairs)
    assert right / len(pairs) > 0.8
    for name in ("holdout11.yaml", "real-like-blind-a.yaml"):
        blind = tmp_path / name
        blind.write_text(data.read_text(encoding="utf-8"), encoding="utf-8")
        with pytest.raises(SystemExit):
            kind_model.load_statements([blind])


def test_kind_model_weighs_realistic_sets_and_skips_the_earlier_missie_visie_convention(tmp_path):
    import yaml

    from missionlint.training import kind_model

    confused = {
        "text": "Wij willen de beste school zijn.",
        "labelled_as": "missie",
        "reads_as": "visie",
        "kind_fit": "confused",
    }
    ok = {"text": "Wij bieden thuiszorg.", "labelled_as": "missie", "reads_as": "missie", "kind_fit": "ok"}
    for name in ("holdout3.yaml", "real-like-dev.yaml"):
        (tmp_path / name).write_text(
            yaml.safe_dump({"statements": [confused, ok]}, allow_unicode=True), encoding="utf-8"
        )
    earlier = kind_model.load_statements([tmp_path / "holdout3.yaml"])
    realistic = kind_model.load_statements([tmp_path / "real-like-dev.yaml"])
    assert earlier == [(ok["text"], "missie")]
    assert len(realistic) == 2 * kind_model.REALISTIC_WEIGHT


def test_text_model_is_shown_but_is_no_phrase_cue():
    """The text model can decide the inferred kind and is shown as evidence, but ML201
    fires only on phrase cues (engine._cues_finding), so that a finding always names what
    it rests on."""
    from missionlint.checks.classify import MODEL_CUE, Classification

    model_only = Classification(
        {"missie": 0.4, "visie": 3.6, "waarden": 0.0, "strategie": 0.0},
        {},
        {"missie": 0.1, "visie": 0.9, "waarden": 0.0, "strategie": 0.0},
    )
    assert model_only.kind == "visie" and model_only.cues.get("visie") is None
    assert model_only.evidence() == {"visie": [MODEL_CUE.format(kind="visie", p=0.9)]}
    both = Classification(
        {"missie": 0.0, "visie": 6.0, "waarden": 0.0, "strategie": 0.0},
        {"visie": ["in 2035"]},
        {"missie": 0.1, "visie": 0.9, "waarden": 0.0, "strategie": 0.0},
    )
    assert both.cues["visie"] == ["in 2035"]
    assert both.evidence()["visie"] == ["in 2035", MODEL_CUE.format(kind="visie", p=0.9)]


def test_another_pipeline_gets_the_bundled_pipelines_own_components(tmp_path):
    """A differently built Dutch pipeline (here: a small tagger and parser trained in the
    test on the project's annotated sentences) is completed with the lemma lookup, the
    mission fixes and the kind text model, so the rules read the same attributes."""
    import spacy
    from spacy.tokens import DocBin
    from spacy.training import Example

    from missionlint.training.conllu import read_sentences, to_docbin

    sentences = read_sentences(ROOT / "training" / "domain" / "missions-train.conllu")[:120]
    to_docbin(sentences, tmp_path / "train.spacy", n_sents=1)
    other = spacy.blank("nl")
    for component in ("tagger", "morphologizer", "parser"):
        other.add_pipe(component)
    gold = list(DocBin().from_disk(tmp_path / "train.spacy").get_docs(other.vocab))
    examples = [Example(other.make_doc(doc.text), doc) for doc in gold]
    optimizer = other.initialize(lambda: examples)
    for _ in range(4):
        other.update(examples, sgd=optimizer, drop=0.1)
    other.to_disk(tmp_path / "ander_model")

    info = pipeline.resolve(str(tmp_path / "ander_model"))
    assert info.source == "directory"
    nlp = pipeline.load(info)
    assert {"lemma_lookup", "mission_fixes", "kind_textcat"} <= set(nlp.pipe_names)
    doc = nlp("Wij zijn er voor de mensen die het moeilijk hebben.")
    assert set(doc.cats) == {"missie", "visie", "waarden", "strategie"}
    assert doc[1].lemma_ == "zijn"  # the lookup table corrects the lemma of "zijn"

    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "missionlint",
            "check",
            "-",
            "--kind",
            "missie",
            "--format",
            "json",
            "--no-cache",
            "--model",
            str(tmp_path / "ander_model"),
        ],
        input="De stad schoonmaken.\n",
        capture_output=True,
        text=True,
    )
    assert result.returncode in (0, 1), result.stderr
    report = json.loads(result.stdout)
    assert report["model"]["source"] == "directory"
    assert report["files"][0]["sections"][0]["inferred_kind"] in ("missie", "visie", "waarden", "strategie")


def test_a_pipeline_without_part_of_speech_is_a_model_error(tmp_path):
    import spacy

    spacy.blank("nl").to_disk(tmp_path / "leeg")
    with pytest.raises(ModelError, match="token.pos"):
        pipeline.load(pipeline.resolve(str(tmp_path / "leeg")))
