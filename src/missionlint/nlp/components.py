"""Custom spaCy components of the bundled pipeline.

They are registered through the `spacy_factories` entry point in pyproject.toml, so the
bundled pipeline loads with a plain `spacy.load(path)` (and `python -m spacy evaluate`)
in any environment where missionlint is installed.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def dutch_lemma_lookup() -> dict[str, str]:
    """spacy-lookups-data's Dutch form -> lemma table (plain lemmas, ~500K forms), read
    once per process and shared with the rewrite helpers' morphology."""
    from missionlint.nlp.morphology import lemma_lookup

    return lemma_lookup()


class LemmaLookup:
    """Correct the trainable lemmatizer with spacy-lookups-data's Dutch lemma table.

    The table lists ~213K inflected forms whose lemma differs from the form, mostly
    irregular ones ("ben" -> "zijn", "viel" -> "vallen") that the edit-tree lemmatizer,
    trained on little data, gets wrong. Measured on held-out UD Alpino text: where the
    table has an entry it is right for 92% of tokens, the trainable lemmatizer for 71%,
    so the table wins where it has an entry (except for proper nouns). Proper nouns keep
    their capitals ("Paraguay", not "paraguay"). Tokens the lemmatizer left without a
    lemma get the lower-cased form.
    """

    def __init__(self, use_table: bool = True):
        self.use_table = use_table

    def __call__(self, doc: Doc) -> Doc:
        table = dutch_lemma_lookup() if self.use_table else {}
        for token in doc:
            lemma = token.lemma_ if token.lemma else token.lower_
            if token.pos_ == "PROPN":
                if lemma.lower() == token.lower_:
                    lemma = token.text
            else:
                lemma = table.get(token.lower_, lemma)
            token.lemma_ = lemma
        return doc


@Language.factory(
    "missionlint_lemma_lookup",
    default_config={"use_table": True},
    requires=["token.pos", "token.lemma"],
    assigns=["token.lemma"],
)
def make_lemma_lookup(nlp: Language, name: str, use_table: bool) -> LemmaLookup:
    return LemmaLookup(use_table=use_table)


class MissionFixes:
    """Fix systematic tagging errors on mission-style text, after the parser.

    Mission texts are full of what news text rarely has, and the statistical model,
    trained mostly on news, mislabels them:
    - comparatives of known adjectives ("schonere", "veiliger") tagged as verbs or nouns:
      when the form is an attested or regular comparative of an adjective in
      spacy-lookups-data's adjective list, it becomes ADJ with Degree=Cmp and that lemma;
    - regular superlatives ("lekkerste", "groenste") tagged as the positive: when the
      form is the lemma + "st(e)" and the lemma is a known adjective, it gets Degree=Sup;
    - the infinitive of a verbless fragment ("De stad schoonmaken.") tagged as a finite
      plural: a sentence root in the plural present (same form as the infinitive) that
      ends its sentence and has no plural subject to agree with becomes an infinitive;
    - a participle ("kortdurende", "gerealiseerd") whose morphology says finite while its
      tag says participle: the tag wins, so no rule takes it for the clause's verb;
    - an unseen compound noun in a list of nouns ("gezinszorg, poetshulp en oppashulp")
      tagged as an adverb or a verb: when no word list knows the word, it ends in a known
      noun and a noun stands before it in the list, it becomes a singular noun; and a noun
      that is also an adverb ("thuis") after an article and its adjectives ("een fijn
      thuis") is the noun; and a known plural noun that is no verb, tagged as a verb in a
      list after a noun ("particulieren, verenigingen en ondernemers") or after an
      adjective before a noun ("Veilige dijken"), is the noun;
    - a legal form before a name ("vzw Het Kompas wil ...") tagged as a conjunction: the
      name it opens.
    """

    FINITE_PLURAL = "WW|pv|tgw|mv"
    INFINITIVE_TAG = "WW|inf|vrij|zonder"
    SINGULAR_NOUN = "N|soort|ev|basis|zijd|stan"
    PLURAL_NOUN = "N|soort|mv|basis"
    NAME = "N|eigen|ev|basis|zijd|stan"
    # Legal forms written before an organisation's name ("vzw Het Kompas", "bv Van Dorp")
    LEGAL_FORMS = frozenset({"vzw", "bv", "nv", "cv", "cvba", "bvba", "vof"})
    SINGULAR = frozenset({"ik", "hij", "zij", "ze", "het", "die", "dat", "deze", "men", "u"})
    ARTICLES = frozenset({"een", "het", "de", "ons", "onze", "hun", "haar", "zijn", "uw", "elk", "ieder"})

    def __init__(self, nlp: Language | None = None):
        self.nlp = nlp

    @staticmethod
    def _before_noun(token) -> bool:
        """Whether an adjective stands before its noun ("schonere straten", "groenere,
        veilige wijken"): read from the words, so it needs no parse."""
        for following in token.doc[token.i + 1 :]:
            if following.pos_ in ("NOUN", "PROPN"):
                return True
            if following.pos_ != "ADJ" and following.text != "," and not following.is_space:
                return False
        return False

    @classmethod
    def _noun_after_article(cls, token) -> bool:
        """ "een (fijn, warm) thuis": a known noun after an article and only adjectives,
        at the end of its phrase."""
        k = token.i - 1
        while k >= 0 and (token.doc[k].pos_ == "ADJ" or token.doc[k].lower_ in (",", "en")):
            k -= 1
        if k < 0 or token.doc[k].lower_ not in cls.ARTICLES:
            return False
        if k == token.i - 1 and token.doc[k].lower_ == "zijn":
            return False  # "wij zijn thuis": the verb, not the possessive
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        if following is not None and following.pos_ in ("NOUN", "ADJ", "PROPN"):
            return False
        from missionlint.nlp import morphology  # (after the cheap checks: this runs for every adverb)

        return morphology.is_noun(token.lower_)

    @staticmethod
    def _before_name(token) -> bool:
        following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
        return following is not None and following.text[:1].isupper()

    @staticmethod
    def _listed_after_noun(token) -> bool:
        """Whether a word follows a noun and a list separator ("gezinszorg, poetshulp")."""
        return (
            token.i >= 2
            and token.doc[token.i - 1].lower_ in (",", "en", "of")
            and token.doc[token.i - 2].pos_ == "NOUN"
        )

    @classmethod
    def _plural_noun(cls, token) -> str | None:
        """The lemma of a known plural noun, not also a verb, that the tagger took for a
        verb in a list after a noun ("particulieren, verenigingen en ondernemers") or after
        an adjective before a noun ("Veilige dijken")."""
        lower = token.lower_
        if token.i < 1 or not lower.endswith(("en", "s")):
            return None
        if not cls._listed_after_noun(token) and not token.doc[token.i - 1].tag_.startswith("ADJ|prenom"):
            return None
        from missionlint.nlp import morphology  # (after the cheap checks: this runs for most verbs)

        if morphology.is_verb(lower) or not morphology.is_noun(lower):
            return None
        return morphology.plural_noun_lemma(lower)

    @classmethod
    def _listed_compound(cls, token) -> bool:
        """An unknown word that ends in a known noun ("poets|hulp") after a noun and a list
        separator ("gezinszorg, poetshulp")."""
        lower = token.lower_
        if not lower.isalpha() or len(lower) < 7 or not cls._listed_after_noun(token):
            return False
        from missionlint.nlp import morphology  # (after the cheap checks: this runs for most verbs)

        if morphology.is_noun(lower) or morphology.is_verb(lower) or morphology.is_adjective(lower):
            return False
        if lower in morphology.lemma_lookup():
            return False  # a known form of some word
        return any(morphology.is_noun(lower[k:]) for k in range(3, len(lower) - 3))

    @classmethod
    def _make_noun(cls, token, number: str, lemma: str | None = None) -> None:
        """Retag a word the tagger got wrong as a common noun of `number` (Sing or Plur)."""
        token.tag_ = cls.SINGULAR_NOUN if number == "Sing" else cls.PLURAL_NOUN
        token.pos_ = "NOUN"
        token.set_morph(f"Number={number}")
        if lemma is not None:
            token.lemma_ = lemma

    def __call__(self, doc: Doc) -> Doc:
        return self._fix(doc)

    def _fix(self, doc: Doc) -> Doc:
        from missionlint.nlp import morphology

        for token in doc:
            if token.tag_.startswith(("WW|od", "WW|vd")) and "Fin" in token.morph.get("VerbForm"):
                token.set_morph({**token.morph.to_dict(), "VerbForm": "Part"})
            if token.pos_ in ("VERB", "NOUN", "PROPN", "X", "ADJ") and token.lower_.endswith(("er", "ere")):
                if token.pos_ == "ADJ" and "Cmp" in token.morph.get("Degree"):
                    continue
                form = token.lower_[:-1] if token.lower_.endswith("ere") else token.lower_
                base = morphology.comparative_base(form)
                if base and base not in morphology.IRREGULAR_COMPARATIVES and morphology.is_adjective(base):
                    prenominal = self._before_noun(token)
                    ending = "met-e|stan" if token.lower_.endswith("e") else "zonder"
                    token.tag_ = f"ADJ|{'prenom' if prenominal else 'vrij'}|comp|{ending}"
                    token.pos_ = "ADJ"
                    token.set_morph("Degree=Cmp")
                    token.lemma_ = base
            if token.pos_ == "ADV" and self._noun_after_article(token):
                self._make_noun(token, "Sing")
            if token.lower_ in self.LEGAL_FORMS and token.pos_ not in ("NOUN", "PROPN") and self._before_name(token):
                token.tag_, token.pos_ = self.NAME, "PROPN"
            plural = self._plural_noun(token) if token.pos_ in ("VERB", "AUX") else None
            if plural is not None:
                self._make_noun(token, "Plur", plural)
            if token.pos_ in ("ADV", "VERB", "X", "NOUN") and token.tag_[:2] != "N|" and self._listed_compound(token):
                self._make_noun(token, "Sing", token.lower_)
            if (
                token.pos_ == "ADJ"
                and "|sup|" not in token.tag_
                and token.lower_ in (token.lemma_ + "st", token.lemma_ + "ste")
                and morphology.is_adjective(token.lemma_)
            ):
                token.tag_ = token.tag_.replace("|basis|", "|sup|") if "|basis|" in token.tag_ else token.tag_
                token.set_morph("Degree=Sup")
        if not doc.has_annotation("DEP"):  # no parser in this pipeline, or nothing to fix
            return doc
        for sent in doc.sents:
            root = sent.root
            words = [t for t in sent if not (t.is_punct or t.is_space)]
            subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass", "expl")]
            agreeing = [s for s in subjects if "Sing" not in s.morph.get("Number") and s.lower_ not in self.SINGULAR]
            finite = any("|pv|" in t.tag_ for t in words[:-1])
            if words and root == words[-1] and root.tag_ == self.FINITE_PLURAL and not agreeing and not finite:
                root.tag_ = self.INFINITIVE_TAG
                root.set_morph("VerbForm=Inf")
        return doc


@Language.factory(
    "missionlint_mission_fixes",
    requires=["token.tag", "token.pos"],
    assigns=["token.tag", "token.pos", "token.morph", "token.lemma"],
)
def make_mission_fixes(nlp: Language, name: str) -> MissionFixes:
    return MissionFixes(nlp)
