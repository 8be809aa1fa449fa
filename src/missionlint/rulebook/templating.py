"""Message and rewrite templates: "{text}" placeholders, unknown ones left as they are.

Templates come from rule files, so they are data, never code: a placeholder is a plain
name with at most a short number format ("{value:.0%}"); attribute and index access
("{text.__class__}", "{0}") and huge widths are refused when the rule loads
(`template_error`) and never evaluated by `render`.
"""

from __future__ import annotations

import re
import string

_SPEC = re.compile(r"[<>^]?\d{0,2}(?:\.\d{1,2})?[dfg%]?")


def template_error(template: str) -> str | None:
    """Why a template is not allowed, or None when it is fine."""
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError:
        return "ongeldig sjabloon: een '{' of '}' zonder partner (schrijf '{{' of '}}' voor het teken zelf)"
    for _literal, name, spec, conversion in parts:
        if name is None:
            continue
        if not name.isidentifier():
            return f"plaatshouder '{{{name}}}' moet een gewone naam zijn, zoals {{text}}"
        if conversion not in (None, "s", "r") or (spec and not _SPEC.fullmatch(spec)):
            shown = name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "")
            return f"plaatshouder '{{{shown}}}': alleen een korte getalnotatie zoals {{value:.0f}} mag"
    return None


class _Placeholders(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


class _Formatter(string.Formatter):
    def get_field(self, field_name, args, kwargs):
        if not field_name.isidentifier():  # no attribute or index access, no positional fields
            return "{" + field_name + "}", field_name
        return kwargs[field_name], field_name

    def format_field(self, value, format_spec):
        if format_spec and not _SPEC.fullmatch(format_spec):
            return str(value)
        try:
            return format(value, format_spec)
        except (ValueError, TypeError):  # "{text:.0f}" on text: the value as it is
            return str(value)


def render(template: str, **values) -> str:
    try:
        return _Formatter().vformat(template, (), _Placeholders(values))
    except (ValueError, IndexError, KeyError):  # malformed template: shown as written
        return template


def match_case(replacement: str, original: str) -> str:
    """Give a replacement the capital its original started with."""
    if original[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


# What a placeholder stands for, shown where a template is explained rather than filled.
PLACEHOLDER_NAMES = {
    "text": "[de gemarkeerde tekst]",
    "kind": "[soort tekst]",
    "inferred": "[ander soort tekst]",
    "cues": "[gevonden signalen]",
    "value": "[gemeten waarde]",
    "count": "[aantal]",
    "replacement": "[vervanging]",
    "question": "[vraag]",
    "rewrite": "[herschrijving]",
}


def explained(template: str, **values) -> str:
    """A template as documentation: placeholders read as what they stand for, except the
    values given (a rule's own threshold, say)."""
    return render(template, **{**PLACEHOLDER_NAMES, **values})
