"""A self-contained HTML report to hand to a board or a management team.

No external requests: inline CSS, inline SVG, system fonts, no scripts. Prints to A4
(a page per document, findings kept whole, explanations shown in print). Per document
and section: the section's own text with the findings' spans highlighted and numbered,
the scores as bars and a gauge, and each finding with its severity, message, rewrite
(before/after) and the rule's explanation. All labels are Dutch.

The section text is rendered from `source.text[section.start:section.end]`, so the
offsets of the findings apply directly. Markup that the reader masked (emphasis marks,
list bullets, YAML quotes) stays in the document but is hidden; list items become blocks
with a bullet, and single line breaks inside a paragraph are soft.
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections import Counter
from functools import cache
from html import escape
from importlib import resources

from missionlint import __version__
from missionlint.errors import InputError
from missionlint.findings import FileResult, Finding, SectionResult
from missionlint.fix.model import Applicability
from missionlint.formatters import (
    KIND_LABELS,
    NOT_CHECKED,
    SEVERITIES,
    SEVERITY_LABELS,
    SEVERITY_PLURALS,
    checked_as,
    framing_summary,
    model_text,
)
from missionlint.formatters.whole import writer
from missionlint.kinds import AMBIGUOUS
from missionlint.lint.scoring import summary_score
from missionlint.rulebook.model import SEVERITY_ORDER
from missionlint.sources.model import Source

LIST_MARKER = re.compile(r"[ \t>]*(?:[-*+•]|\d{1,9}[.)])[ \t]")
MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
WHOLE_SHARE = 0.85  # a finding covering this share of its section is about the whole section
LONG_SPAN = 140  # longer spans are underlined instead of shaded


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def band(score: float | None) -> tuple[str, str]:
    """CSS class and Dutch label of a score."""
    if score is None:
        return "none", NOT_CHECKED
    if score >= 80:
        return "good", "sterk"
    if score >= 60:
        return "fair", "redelijk"
    return "weak", "zwak"


@cache
def stylesheet() -> str:
    """The report's CSS (package data, so it can be read and edited as CSS)."""
    return "\n" + resources.files("missionlint.formatters").joinpath("report.css").read_text(encoding="utf-8")


def report_date() -> str:
    """Today in Dutch ("3 juni 2025"); SOURCE_DATE_EPOCH makes the report reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    day = (
        _dt.datetime.fromtimestamp(int(epoch), _dt.timezone.utc).date()
        if epoch and epoch.isdigit()
        else _dt.date.today()
    )
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


# --- scores ------------------------------------------------------------------------------


def _aria(score: float | None, word: str) -> str:
    return f"Score {score:.0f} van 100 ({word})" if score is not None else f"Geen score ({word})"


def gauge(score: float | None, size: int = 132, label: str = "van 100") -> str:
    """A ring gauge in inline SVG (empty, with a dash, for no score)."""
    css, word = band(score)
    radius, width = 52, 10
    circumference = 2 * 3.14159265 * radius
    filled = 0.0 if score is None else circumference * max(0.0, min(score, 100.0)) / 100
    number = "–" if score is None else f"{score:.0f}"
    return (
        f'<svg class="gauge {css}" viewBox="0 0 120 120" width="{size}" height="{size}" role="img" '
        f'aria-label="{_aria(score, word)}">'
        f'<circle class="track" cx="60" cy="60" r="{radius}" fill="none" stroke-width="{width}"/>'
        f'<circle class="value" cx="60" cy="60" r="{radius}" fill="none" stroke-width="{width}" '
        f'stroke-linecap="round" stroke-dasharray="{filled:.1f} {circumference:.1f}" '
        f'transform="rotate(-90 60 60)"/>'
        f'<text x="60" y="63" text-anchor="middle" class="num">{number}</text>'
        f'<text x="60" y="83" text-anchor="middle" class="unit">{_e(label)}</text></svg>'
    )


def bar(score: float | None) -> str:
    css, word = band(score)
    width = 0.0 if score is None else max(0.0, min(score, 100.0))
    return (
        f'<span class="bar {css}" role="img" aria-label="{_aria(score, word)}">'
        f'<span class="fill" style="width:{width:.1f}%"></span></span>'
        f'<span class="bar-num">{"–" if score is None else f"{score:.0f}"}</span>'
    )


def counts(findings: list[Finding]) -> Counter:
    return Counter(f.level for f in findings)


# --- the section text with highlights ------------------------------------------------------


class _Span:
    """A finding clipped to its section, with its number and how it is drawn."""

    def __init__(self, finding: Finding, number: int, start: int, end: int, style: str, token: str):
        self.finding, self.number, self.start, self.end = finding, number, start, end
        self.style, self.token = style, token


def _hidden(result: FileResult, section: SectionResult) -> list[bool]:
    """Per character of the section span: markup the reader masked (hidden in the report)."""
    text = result.source.text[section.section.start : section.section.end]
    masked = section.section.text
    if len(masked) != len(text):
        return [False] * len(text)
    return [m != t and m.isspace() and not t.isspace() for m, t in zip(masked, text)]


def _blocks(source: Source, start: int, end: int) -> list[tuple[int, int, bool, int]]:
    """Paragraphs and list items of the span start:end, where the reader found them
    (`Source.breaks`): (block start, block end, is a list item, end of its marker)."""
    text = source.text
    firsts = [start, *(b for b in source.breaks if start < b < end)]
    blocks = []
    for n, first in enumerate(firsts):
        line_start = max(text.rfind("\n", 0, first) + 1, start if n else 0)
        marker = text[text.rfind("\n", 0, first) + 1 : first]
        block_start = first if n == 0 else line_start
        block_end = firsts[n + 1] if n + 1 < len(firsts) else end
        if n + 1 < len(firsts):
            block_end = max(text.rfind("\n", 0, firsts[n + 1]) + 1, block_start)
        blocks.append((block_start, block_end, bool(LIST_MARKER.match(marker)), first))
    return blocks


def _chars(text: str, hidden: list[bool], base: int, start: int, end: int) -> str:
    """text[start:end] escaped, hidden runs wrapped in a hidden span (kept for copy and search)."""
    out: list[str] = []
    run: list[str] = []
    run_hidden: bool | None = None
    for i in range(start, end):
        h = hidden[i - base]
        if run and h != run_hidden:
            chunk = _e("".join(run))
            out.append(f'<span class="mk">{chunk}</span>' if run_hidden else chunk)
            run = []
        run_hidden = h
        run.append(text[i])
    if run:
        chunk = _e("".join(run))
        out.append(f'<span class="mk">{chunk}</span>' if run_hidden else chunk)
    return "".join(out)


def _refs(spans: list[_Span]) -> str:
    links = "".join(f'<a class="ref sev-{s.finding.level}" href="#{s.token}">{s.number}</a>' for s in spans)
    return f'<sup class="refs">{links}</sup>'


def section_text(result: FileResult, section: SectionResult, spans: list[_Span]) -> str:
    text = result.source.text
    start, end = section.section.start, section.section.end
    hidden = _hidden(result, section)
    out = []
    emitted: set[str] = set()
    for block_start, block_end, is_item, marker_end in _blocks(result.source, start, end):
        for i in range(block_start, marker_end):
            hidden[i - start] = True
        bounds = {block_start, block_end}
        bounds |= {p for s in spans for p in (s.start, s.end) if block_start < p < block_end}
        points = sorted(bounds)
        parts = []
        for a, b in zip(points, points[1:]):
            covering = [s for s in spans if s.start < b and s.end > a]
            piece = _chars(text, hidden, start, a, b)
            if covering:
                marked = [s for s in covering if s.style == "mark"]
                long = [s for s in covering if s.style == "long"]
                shown = marked or long
                if shown:
                    worst = max(shown, key=lambda s: SEVERITY_ORDER[s.finding.level]).finding.level
                    css = f"hl {'mark' if marked else 'long'} sev-{worst}"
                else:
                    css = "hl whole"
                tokens = " ".join(s.token for s in covering)
                piece = f'<mark class="{css}" data-f="{tokens}">{piece}</mark>'
            parts.append(piece)
            ending = [s for s in spans if s.end == b and s.token not in emitted and s.style != "whole"]
            if ending:
                emitted.update(s.token for s in ending)
                parts.append(_refs(ending))
        tag = "li" if is_item else "p"
        out.append(f'<div class="{tag}">{"".join(parts)}</div>')
    rest = [s for s in spans if s.token not in emitted and s.style != "whole"]
    if rest:
        out.append(f'<div class="p">{_refs(rest)}</div>')
    return f'<div class="source-text">{"".join(out)}</div>'


# --- findings -------------------------------------------------------------------------------


def finding_card(result: FileResult, span: _Span, explained: dict[str, int]) -> str:
    finding, rule = span.finding, span.finding.rule
    line, column = result.source.position(finding.start)
    where = "hele sectie" if span.style == "whole" else f"regel {line}, kolom {column}"
    parts = [
        f'<li class="finding sev-{finding.level}" id="{span.token}" data-rule="{_e(rule.id)}" '
        f'data-start="{finding.start}" data-end="{finding.end}">',
        '<div class="f-head">',
        f'<span class="f-num">{span.number}</span>',
        f'<span class="badge sev-{finding.level}">{_e(SEVERITY_LABELS[finding.level])}</span>',
        f'<span class="f-where">{_e(where)}</span>',
        f'<span class="f-rule" title="{_e(rule.name)}">{_e(rule.id)}</span>',
        "</div>",
        f'<p class="f-msg">{_e(finding.message)}</p>',
    ]
    previews = finding.previews(result.source.text)
    if finding.template:
        parts.append(
            '<div class="rewrite"><div class="row suggest"><span class="lbl">Aanpak</span>'
            f'<span class="val">{_e(finding.template)}</span></div>'
            f'<p class="applies">{_e(Applicability.DISPLAY.label)}</p></div>'
        )
    elif previews:
        parts.append(
            '<div class="rewrite">'
            f'<div class="row before"><span class="lbl">Nu</span><span class="val">{_e(previews[0][0])}</span></div>'
        )
        for i, (_before, after, applicability) in enumerate(previews):
            label = "Voorstel" if i == 0 else "Of"
            parts.append(
                f'<div class="row after"><span class="lbl">{label}</span><span class="val">{_e(after)}</span></div>'
                f'<p class="applies">{_e(applicability.label)}</p>'
            )
        parts.append("</div>")
    explanation = "".join(
        f"<p>{_e(' '.join(p.split()))}</p>" for p in re.split(r"\n\s*\n", rule.explanation.strip()) if p.strip()
    )
    parts.append(
        f'<details class="why"><summary>Waarom dit ertoe doet</summary>'
        f'<div class="why-body"><p class="why-sum">{_e(rule.summary)}</p>{explanation}</div></details>'
    )
    # Print shows each rule's explanation once per document; later findings refer back to it.
    if rule.id in explained:
        parts.append(
            f'<div class="why-print"><p class="see">Toelichting: zie bevinding {explained[rule.id]}.</p></div>'
        )
    else:
        explained[rule.id] = span.number
        parts.append(
            f'<div class="why-print"><p class="why-title">Waarom dit ertoe doet</p>'
            f'<p class="why-sum">{_e(rule.summary)}</p>{explanation}</div>'
        )
    parts.append("</li>")
    return "".join(parts)


def _spans(result: FileResult, file_index: int) -> dict[int, list[_Span]]:
    """Findings per section, numbered through the document in reading order, clipped to
    their section and sorted into how they are drawn: the whole section, a long span
    (underlined) or a short one (shaded)."""
    by_section: dict[int, list[_Span]] = {}
    ordered = sorted(result.findings, key=lambda f: (f.section, f.start, -f.end, f.rule.id))
    for number, finding in enumerate(ordered, 1):
        section = result.sections[finding.section].section
        start, end = max(finding.start, section.start), min(finding.end, section.end)
        if end - start >= WHOLE_SHARE * max(1, len(section.text.strip())):
            style = "whole"
        elif end - start > LONG_SPAN:
            style = "long"
        else:
            style = "mark"
        by_section.setdefault(finding.section, []).append(
            _Span(finding, number, start, end, style, f"f{file_index}-{number}")
        )
    return by_section


def section_block(
    result: FileResult,
    file_index: int,
    index: int,
    section: SectionResult,
    spans: list[_Span],
    explained: dict[str, int],
) -> str:
    line, _ = result.source.position(section.section.start)
    kind = KIND_LABELS.get(section.kind, section.kind)
    title = section.section.title or kind
    title = title[:1].upper() + title[1:]  # YAML keys are lower case
    notes = [kind if section.kind != "unknown" else "niet beoordeeld", f"regel {line}"]
    if section.section.kind == AMBIGUOUS:
        notes[0] = checked_as(section)
    elif section.section.kind_source == "inferred":
        notes.append(f"soort afgeleid uit de tekst ({section.inferred_confidence:.0%} zeker)")
    elif section.section.kind == "unknown" and section.kind != "unknown":
        notes.append("soort afgeleid uit de tekst")
    profile = framing_summary(section.sentences)
    if profile:
        notes.append(profile)
    head = (
        f'<div class="s-head"><div class="s-title"><h3>{_e(title)}</h3>'
        f'<p class="s-meta">{_e(" · ".join(notes))}</p></div>'
        f'<div class="s-score"><span class="s-score-lbl">Score</span>{bar(section.score)}</div></div>'
    )
    body = [head, section_text(result, section, spans)]
    whole = [s for s in spans if s.style == "whole"]
    if whole:
        body.append(
            '<p class="whole-note">Geldt voor de hele sectie: '
            + ", ".join(f'<a href="#{s.token}">{s.number}</a>' for s in whole)
            + "</p>"
        )
    if spans:
        body.append('<ol class="findings">' + "".join(finding_card(result, s, explained) for s in spans) + "</ol>")
    else:
        body.append('<p class="clean">Geen bevindingen in deze sectie.</p>')
    return f'<section class="t-section" id="doc-{file_index}-s{index}">{"".join(body)}</section>'


def file_block(result: FileResult, file_index: int) -> str:
    spans = _spans(result, file_index)
    explained: dict[str, int] = {}
    by = counts(result.findings)
    assessed = [(i, s) for i, s in enumerate(result.sections) if s.kind != "unknown" or spans.get(i)]
    skipped = [s for i, s in enumerate(result.sections) if not (s.kind != "unknown" or spans.get(i))]
    css, word = band(result.score)
    tally = " · ".join(
        plural(by.get(s, 0), SEVERITY_LABELS[s], SEVERITY_PLURALS[s]) for s in SEVERITIES if by.get(s, 0)
    )
    tally_text = f"{plural(len(result.findings), 'bevinding', 'bevindingen')}: {tally}" if tally else "Geen bevindingen"
    name = os.path.basename(result.path) or result.path
    parts = [
        f'<section class="document" id="doc-{file_index}">',
        '<header class="d-head">',
        f'<div class="d-title"><p class="eyebrow">Document {file_index}</p><h2>{_e(name)}</h2>'
        f'<p class="d-path">{_e(result.path)}</p>'
        f'<p class="d-tally">{_e(tally_text)}</p></div>',
        f'<div class="d-gauge">{gauge(result.score, 112)}<p class="band {css}">{_e(word)}</p></div>',
        "</header>",
    ]
    for warning in result.warnings:
        parts.append(f'<p class="warn">Let op: {_e(warning)}</p>')
    for index, section in assessed:
        parts.append(section_block(result, file_index, index, section, spans.get(index, []), explained))
    if not assessed:
        parts.append('<p class="clean">Dit document bevat geen missie-, visie-, waarden- of strategietekst.</p>')
    if skipped:
        names = ", ".join(_e(s.section.title or KIND_LABELS.get(s.section.kind, s.section.kind)) for s in skipped)
        parts.append(
            f'<p class="skipped">Niet beoordeeld, want geen missie-, visie-, waarden- of strategietekst: {names}.</p>'
        )
    parts.append("</section>")
    return "".join(parts)


# --- the report ------------------------------------------------------------------------------


def summary_block(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    findings = [f for r in results for f in r.findings]
    by = counts(findings)
    score = summary_score(results)
    css, word = band(score)
    sections = sum(1 for r in results for s in r.sections if s.kind != "unknown")
    stats = [
        ("Documenten", len(results), ""),
        ("Beoordeelde secties", sections, ""),
        ("Bevindingen", len(findings), ""),
    ] + [(SEVERITY_PLURALS[s].capitalize(), by.get(s, 0), f"sev-{s}") for s in SEVERITIES]
    rows = []
    for i, r in enumerate(results, 1):
        c = counts(r.findings)
        rows.append(
            f'<tr><td class="doc"><a href="#doc-{i}">{_e(os.path.basename(r.path) or r.path)}</a>'
            f'<span class="d-path">{_e(os.path.dirname(r.path))}</span></td>'
            f'<td class="score">{bar(r.score)}</td>'
            + "".join(f'<td class="n">{c.get(s, 0) or "–"}</td>' for s in SEVERITIES)
            + "</tr>"
        )
    headers = {"error": "Ernstig", "warning": "Verbeter&shy;punten", "info": "Aandachts&shy;punten"}
    table = (
        (
            '<table class="overview"><thead><tr><th>Document</th><th class="score">Score</th>'
            + "".join(f'<th class="n">{headers[s]}</th>' for s in SEVERITIES)
            + "</tr></thead><tbody>"
            + "".join(rows)
            + "</tbody></table>"
        )
        if results
        else ""
    )
    error_list = ""
    if errors:
        error_list = (
            '<div class="errors"><h3>Niet ingelezen</h3><ul>'
            + "".join(f'<li><span class="d-path">{_e(e.location())}</span> {_e(e.message)}</li>' for e in errors)
            + "</ul></div>"
        )
    return (
        '<section class="summary">'
        '<div class="sum-grid">'
        f'<div class="sum-gauge">{gauge(score, 150)}<p class="band {css}">Totaalscore: {_e(word)}</p></div>'
        '<div class="stats">'
        + "".join(
            f'<div class="stat {cls}"><span class="v">{v}</span><span class="k">{_e(k)}</span></div>'
            for k, v, cls in stats
        )
        + "</div></div>"
        f"{table}{error_list}"
        '<div class="howto"><h3>Zo leest u dit rapport</h3>'
        "<p>Elke tekst krijgt een score van 0 tot 100. Iedere bevinding kost punten, naar het gewicht "
        "van de regel en hoe zeker de bevinding is; 80 of hoger is sterk, 60 tot 80 redelijk, onder 60 zwak. "
        "Alleen de gecontroleerde secties (missie, visie, waarden, strategie) tellen mee, naar hun aantal "
        "woorden; een document zonder zulke secties heeft geen score.</p>"
        "<p>Per document ziet u de tekst zelf, met de passages waar een bevinding over gaat gemarkeerd en "
        "genummerd. Daaronder staat per bevinding wat er opvalt, een voorstel of aanpak, en waarom dit "
        'ertoe doet. <span class="key"><mark class="hl mark sev-warning">verbeterpunt</mark> '
        '<mark class="hl mark sev-info">aandachtspunt</mark> '
        '<mark class="hl mark sev-error">ernstig</mark></span></p></div>'
        "</section>"
    )


def render(results: list[FileResult], errors: list[InputError], model: dict | None) -> str:
    date = report_date()
    model_name = model_text(model)
    meta = f"{date} · taalmodel {model_name} · missionlint {__version__}"
    body = [
        '<header class="cover">',
        '<p class="eyebrow">Tekstanalyse</p>',
        "<h1>Missie, visie, waarden en strategie</h1>",
        f'<p class="meta">{_e(meta)}</p>',
        "</header>",
        summary_block(results, errors, model),
    ]
    body += [file_block(r, i) for i, r in enumerate(results, 1)]
    body.append(
        f'<footer class="foot"><p>Opgesteld met missionlint {_e(__version__)} op {_e(date)}, '
        f"taalmodel {_e(model_name)}. De bevindingen zijn signalen van een automatische analyse; "
        "weeg ze af tegen wat de organisatie wil zeggen.</p></footer>"
    )
    return (
        '<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="missionlint ' + _e(__version__) + '">\n'
        "<title>Tekstanalyse missie, visie, waarden en strategie</title>\n"
        f'<style>{stylesheet()}</style>\n</head>\n<body>\n<main class="report">\n'
        + "\n".join(body)
        + "\n</main>\n</body>\n</html>\n"
    )


write = writer(render)
