"""Every rule's documented examples run as tests (sqlfluff's YAML rule cases are the model).

A bad example must raise the rule (with the documented rewrite, when one is given) and,
after its safe fix is applied, must no longer raise it on the rewritten span; a good
example must not raise it.
"""

from __future__ import annotations

import pytest

from missionlint.rulebook.loading import load_rules

RULES = load_rules()


def _kind(rule, example) -> str:
    return example.kind or (rule.applies_to[0] if rule.applies_to else "auto")


def _cases(which: str):
    for rule in RULES:
        for i, example in enumerate(getattr(rule, which)):
            yield pytest.param(rule, example, id=f"{rule.id}-{rule.name}-{which}-{i}")


@pytest.mark.parametrize("rule, example", list(_cases("bad")))
def test_bad_example_fires(rule, example, lint_text):
    result = lint_text(example.text, kind=_kind(rule, example), fmt=example.format, vocabulary=example.vocabulary)
    hits = [f for f in result.findings if f.rule.id == rule.id]
    assert hits, f"{rule.id} did not fire on its bad example {example.text!r}"
    if example.rewrite:
        offered = [r for f in hits for r in f.rewrites]
        assert example.rewrite in offered, f"expected rewrite {example.rewrite!r}, got {offered}"
    fixed = [f for f in hits if f.fix]
    if fixed:
        f = fixed[0]
        start = f.start
        text = example.text[:start] + f.fix + example.text[f.end :]
        again = lint_text(text, kind=_kind(rule, example), fmt=example.format, vocabulary=example.vocabulary)
        span = (start, start + len(f.fix))
        assert not [g for g in again.findings if g.rule.id == rule.id and g.start < span[1] and g.end > span[0]], (
            f"{rule.id} fires again on its own fix {text!r}"
        )


@pytest.mark.parametrize("rule, example", list(_cases("good")))
def test_good_example_passes(rule, example, lint_text):
    result = lint_text(example.text, kind=_kind(rule, example), fmt=example.format, vocabulary=example.vocabulary)
    hits = [f.text for f in result.findings if f.rule.id == rule.id]
    assert not hits, f"{rule.id} fired on its good example {example.text!r}: {hits}"


@pytest.mark.parametrize("rule, example", [p for p in _cases("good") if p.values[1].vocabulary.accept])
def test_good_example_with_an_accepted_word_fires_without_it(rule, example, lint_text):
    """An example of the accept list shows a word the rule flags, and that accepting it silences it."""
    assert rule.accept_list, f"{rule.id} has an example with vocabulary.accept but no accept_list: true"
    result = lint_text(example.text, kind=_kind(rule, example), fmt=example.format)
    assert [f for f in result.findings if f.rule.id == rule.id], f"{rule.id} does not flag {example.text!r} at all"


def test_every_rule_has_examples_and_explanation():
    for rule in RULES:
        assert rule.bad and rule.good, rule.id
        assert len(rule.explanation) > 100, f"{rule.id}: the explanation should say why"
