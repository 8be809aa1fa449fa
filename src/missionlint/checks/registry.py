"""Every rule type by the name a rule file gives in `type:` (an explicit registry, as
yamllint's `rules/__init__.py`: no discovery magic)."""

from __future__ import annotations

from missionlint.checks.base import RuleType
from missionlint.checks.consistency import ConsistencyType
from missionlint.checks.cues import CuesType
from missionlint.checks.dependency import DependencyType
from missionlint.checks.framing import FramingType
from missionlint.checks.metric import MetricType
from missionlint.checks.pattern import PatternType
from missionlint.checks.suppression import SuppressionType
from missionlint.checks.terms import TermsType
from missionlint.checks.vocabulary import VocabularyType

RULE_TYPES: dict[str, RuleType] = {
    kind.name: kind
    for kind in (
        PatternType(),
        DependencyType(),
        TermsType(),
        MetricType(),
        CuesType(),
        ConsistencyType(),
        FramingType(),
        SuppressionType(),
        VocabularyType(),
    )
}
