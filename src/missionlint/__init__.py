"""missionlint: a linter for Dutch mission, vision, values and strategy texts."""

__version__ = "0.1.0"
