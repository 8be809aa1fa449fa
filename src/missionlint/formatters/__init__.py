"""Output formats, all fed by the same list of file results.

`text` prints through rich (it needs the console options); every other format is a
module with `render(results, errors, model) -> str`, looked up by name in `RENDERERS`
and imported only when used.
"""

from __future__ import annotations

from importlib import import_module

# format name -> module in this package that has render(results, errors, model) -> str
RENDERERS = {
    "json": "json_format",
    "sarif": "sarif",
    "github": "github",
    "junit": "junit",
    "markdown": "markdown",
    "html": "html",
}
FORMATS = ("text", *RENDERERS)

# Dutch labels shared by the human-readable formats (markdown, html).
SEVERITY_LABELS = {"error": "ernstig", "warning": "verbeterpunt", "info": "aandachtspunt"}
SEVERITY_PLURALS = {"error": "ernstig", "warning": "verbeterpunten", "info": "aandachtspunten"}
KIND_LABELS = {"missie": "Missie", "visie": "Visie", "waarden": "Waarden", "strategie": "Strategie",
               "ambitie": "Ambitie", "unknown": "Niet beoordeeld"}


def render(name: str, results, errors, model: dict | None) -> str:
    """Render the results in the format `name` (any key of RENDERERS)."""
    module = import_module(f"{__name__}.{RENDERERS[name]}")
    return module.render(results, errors, model)
