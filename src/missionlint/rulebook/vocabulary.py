"""Word lists that rules and metrics share (`rules/vocabulary/*.yaml`), as Vale's
vocabularies: one list of the people an organisation is for, read by every rule that asks
"for whom?" and by the inward-focus metric, instead of copies that drift apart.

In a token pattern, an `IN` or `NOT_IN` list may name lists among its words:

    LOWER: {IN: [{use: people}, {use: everyone}, elkaar]}

The names are replaced by the words when the rule loads, so spaCy sees a plain list.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from missionlint.errors import RuleError
from missionlint.hints import describe, did_you_mean
from missionlint.rulebook.data import VOCABULARY_FOLDER, builtin_rules_dir, read_builtin
from missionlint.rulebook.schema import Fail, expand_uses

LIST_FIELDS = {"name", "description", "words"}


@cache
def vocabulary() -> dict[str, tuple[str, ...]]:
    """Every built-in word list by name, validated once per process."""
    lists: dict[str, tuple[str, ...]] = {}
    for path in sorted((builtin_rules_dir() / VOCABULARY_FOLDER).glob("*.yaml")):
        data = read_builtin(path)
        if (
            not isinstance(data, dict)
            or set(data) != LIST_FIELDS
            or not all(isinstance(w, str) and w for w in data.get("words") or [None])
        ):
            raise RuleError(
                str(path),
                f"een woordenlijst heeft precies de velden {', '.join(sorted(LIST_FIELDS))}, en haar woorden zijn tekst",
            )
        lists[data["name"]] = tuple(data["words"])
    return lists


@cache
def words(*names: str) -> frozenset[str]:
    """The words of the named lists together (built once per combination: the sentence
    framing asks for them for every sentence)."""
    return frozenset(word for name in names for word in vocabulary()[name])


def is_compound_of(word: str, heads: Iterable[str], exclude: Iterable[str] = ()) -> bool:
    """Whether `word` is one of `heads` or a compound that ends in one ("plattelandsgemeente",
    "welzijnsorganisatie", "zorgkwaliteit"): Dutch writes a compound as one word with its
    head last. Heads under four letters, and words under seven, are too short to tell a
    compound from a chance ending."""
    if word in heads:
        return True
    return len(word) > 6 and any(len(h) >= 4 and word.endswith(h) and h not in exclude for h in heads)


def expand_words(value: Any, fail: Fail, field: str) -> Any:
    """`value` (a rule's fields, a pattern, ...) with every `{use: NAME}` inside an IN or
    NOT_IN list replaced by the words of list NAME."""
    if isinstance(value, list):
        return [expand_words(item, fail, f"{field}[{i}]") for i, item in enumerate(value)]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, inner in value.items():
        where = f"{field}.{key}" if field else str(key)
        if key in ("IN", "NOT_IN") and isinstance(inner, list):
            out[key] = _flatten(inner, fail, where)
        else:
            out[key] = expand_words(inner, fail, where)
    return out


def _flatten(items: list, fail: Fail, field: str) -> list:
    return list(dict.fromkeys(expand_uses(items, vocabulary(), "word list", fail, field)))


# --------------------------------------------------------------------------- the organisation's words


@dataclass(frozen=True)
class Word:
    """A word (or phrase) of an organisation's vocabulary, with why, when it says."""

    word: str
    reason: str | None = None


@dataclass(frozen=True)
class Vocabulary:
    """An organisation's own words (configuration key `vocabulary`, as Vale's accept and
    reject lists): accepted words are never flagged by the rules that honour the accept
    list (`accept_list: true`: buzzwords, hedging, self-rating); rejected words are always
    flagged, by the rule of type `vocabulary` (ML309). Words match by lemma, so
    "integraal" covers "integrale" (`checks.vocabulary`)."""

    accept: tuple[Word, ...] = ()
    reject: tuple[Word, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.accept or self.reject)

    def flow(self) -> str:
        """As a configuration writes it: `vocabulary: {reject: [excellent]}`."""

        def entry(word: Word) -> str:
            return f'{{word: {word.word}, reason: "{word.reason}"}}' if word.reason else word.word

        listed = zip(VOCABULARY_KEYS, (self.accept, self.reject), strict=True)
        lists = [f"{name}: [{', '.join(map(entry, chosen))}]" for name, chosen in listed if chosen]
        return f"vocabulary: {{{', '.join(lists)}}}"

    def key(self) -> str:
        """The vocabulary as stable text, for the result cache."""
        return json.dumps([[[w.word, w.reason] for w in words] for words in (self.accept, self.reject)])


VOCABULARY_KEYS = ("accept", "reject")
WORD_KEYS = ("word", "reason")


def parse_vocabulary(value: Any, fail: Fail, field: str = "vocabulary") -> Vocabulary:
    """Validate `{accept: [...], reject: [...]}` (each entry a word, or `{word, reason}`)
    from a configuration or a rule example; `fail(message, field)` makes the error, which
    names the field (`vocabulary.reject[1].word`)."""
    if not isinstance(value, dict):
        raise fail(f"verwacht een mapping met accept en/of reject, niet {describe(value)}", field)
    lists: dict[str, tuple[Word, ...]] = {}
    for key, entries in value.items():
        where = f"{field}.{key}"
        if key not in VOCABULARY_KEYS:
            raise fail(f"onbekende sleutel '{key}'{did_you_mean(str(key), VOCABULARY_KEYS)}", field)
        if entries is None:
            continue
        if not isinstance(entries, list):
            raise fail(f"verwacht een lijst met woorden, niet {describe(entries)}", where)
        lists[key] = tuple(_word(entry, fail, f"{where}[{i}]") for i, entry in enumerate(entries))
    vocabulary = Vocabulary(lists.get("accept", ()), lists.get("reject", ()))
    accepted = {" ".join(w.word.lower().split()) for w in vocabulary.accept}
    both = next((w.word for w in vocabulary.reject if " ".join(w.word.lower().split()) in accepted), None)
    if both is not None:
        raise fail(f"'{both}' staat zowel in accept als in reject", field)
    return vocabulary


def _word(entry: Any, fail: Fail, field: str) -> Word:
    if isinstance(entry, dict):
        for key in entry:
            if key not in WORD_KEYS:
                raise fail(f"onbekende sleutel '{key}'{did_you_mean(str(key), WORD_KEYS)}", field)
        word, reason = entry.get("word"), entry.get("reason")
        if not isinstance(word, str) or not word.strip():
            raise fail(f"verwacht een woord, niet {describe(word)}", f"{field}.word")
        if reason is not None and (not isinstance(reason, str) or not reason.strip()):
            raise fail(f"verwacht tekst, niet {describe(reason)}", f"{field}.reason")
        return Word(" ".join(word.split()), " ".join(reason.split()) if reason else None)
    if not isinstance(entry, str) or not entry.strip():
        raise fail(f"verwacht een woord of een mapping met word (en reason), niet {describe(entry)}", field)
    return Word(" ".join(entry.split()))
