"""Shared fixtures: the real bundled pipeline and the real rules, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

from missionlint.nlp import pipeline
from missionlint.rulebook.loading import load_rules

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture(scope="session")
def model_info():
    return pipeline.resolve("bundled")


@pytest.fixture(scope="session")
def nlp(model_info):
    return pipeline.load(model_info)


@pytest.fixture(scope="module")
def pipeline_once():
    """Each CLI run builds a Linter that loads the pipeline; load each pipeline once per
    module instead (the pipeline is the real one, only not loaded again)."""
    real, loaded = pipeline.load, {}

    def load(info, exclude=(), disable=()):
        key = (str(info.path), tuple(exclude), tuple(disable))
        if key not in loaded:
            loaded[key] = real(info, exclude=exclude, disable=disable)
        return loaded[key]

    pipeline.load = load
    yield
    pipeline.load = real


@pytest.fixture(scope="session")
def lint_source(rules, model_info):
    """Lint one read Source with every built-in rule active (and unused suppression
    comments reported, as with --report-unused)."""
    from missionlint.lint.finish import Finisher
    from missionlint.lint.linter import Linter

    linter = Linter(
        rules=rules,
        classifier_rules=[r for r in rules if r.type == "cues"],
        model=model_info,
        finish=Finisher(rules=rules, report_unused=True),  # ML000's examples need it
    )

    def run(source, vocabulary=None):
        linter.vocabularies = {source.path: vocabulary} if vocabulary else {}
        return linter.lint([source])[0]

    return run


@pytest.fixture(scope="session")
def lint_text(lint_source):
    """Lint one text as a section of the given kind with every built-in rule active."""
    from missionlint.sources.reading import parse_text

    def run(text: str, kind: str = "missie", fmt: str = "text", vocabulary=None):
        return lint_source(parse_text("<test>", text, fmt, kind=kind), vocabulary)

    return run


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run a test in its own empty folder, so no configuration of the repository applies
    (modules that need it everywhere use it with autouse)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path
