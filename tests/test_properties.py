"""Property-based tests through the real pipeline and the real rules (hypothesis).

- Any text, in any format and of any kind, is linted without an exception; only YAML can
  be malformed, and then the error is an InputError. Texts with labels in every form
  ("**Missie**", "MISSIE", "Visie: ...", table rows), web pages and Word files (headings,
  bold labels, tables) are among them.
- Every finding lies inside its section, its offsets slice the original text to exactly
  its `text`, its line:column points at it, and the masked section text differs from it
  only where markup was blanked.
- File and section scores stay within 0-100; a section that was not checked, and a file
  without a checked section, have none.
- A YAML string reads as the YAML parser's own value (escapes decoded).
- The safe rewrites, applied as `check --fix` applies them, are not flagged again by the
  same rule on the rewritten span.

Each example runs the whole pipeline, so the example counts are moderate.
"""

from __future__ import annotations

import json

import pytest
import yaml
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st

from missionlint.errors import InputError
from missionlint.fix.apply import apply_edits, plan
from missionlint.sources.decoding import normalise_newlines
from missionlint.sources.reading import parse_text

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Realistic mission, vision, values and strategy sentences: weak and strong ones, the
# shapes the framing rules rewrite, hedging, buzzwords, targets, passive voice.
PHRASES = [
    "De stad schoonmaken.",
    "De buurt vergroenen en de zorg verbeteren.",
    "Het onderwijs verbeteren.",
    "Wij willen goede zorg bieden.",
    "Ondernemers helpen succesvol te zijn.",
    "Wij willen ouderen helpen zelfstandig te blijven.",
    "Wij helpen mensen om gezond te leven.",
    "Jongeren begeleiden om zelfstandig te worden.",
    "Een schonere stad.",
    "Een schonere stad, waar iedereen veilig woont.",
    "Kinderen in Zuidhoven groeien veilig en gezond op.",
    "Ieder kind leert lezen, zodat het mee kan doen.",
    "Tegen 2030 wonen alle ouderen in de regio veilig thuis.",
    "In 2035 is de binnenstad autovrij en groen.",
    "De gemeente Zuidhoven wil de beste en meest klantgerichte gemeente van de regio zijn.",
    "Wij streven ernaar om innovatief en toonaangevend te zijn.",
    "Wij proberen zo veel mogelijk inwoners te bereiken.",
    "Er worden 400 nieuwe woningen gebouwd.",
    "90% van de aanvragen wordt binnen vijf werkdagen afgehandeld.",
    "Samen sterk voor een gezonde wijk.",
    "Betrouwbaar: we doen wat we beloven, ook als het tegenzit.",
    "Open",
    "Klantgericht",
    "Door samen te werken met scholen en wijkteams bereiken we meer gezinnen.",
    "Via de bibliotheek leren volwassenen digitaal meedoen.",
    "Onze medewerkers denken integraal mee en creëren synergie.",
    "Wij zijn marktleider in brood en banket.",
]
WORDS = (
    "stad zorg inwoners samen innovatief wij willen helpen ondersteunen faciliteren bieden "
    "kwaliteit ouderen kinderen Zuidhoven regio toekomst veilig gezond beste uniek duurzaam "
    "2030 30% de het een en om te zodat voor met door via in op waar mogelijk"
).split()
PUNCTUATION = [
    ".",
    ",",
    ";",
    ":",
    "!",
    "?",
    " - ",
    " – ",
    "…",
    "\n",
    "\n\n",
    "- ",
    "* ",
    "1. ",
    "**",
    "_",
    "`",
    "#",
    "> ",
    "(",
    ")",
    "[",
    "]",
    "'",
    '"',
    "&",
    "<br>",
    "\t",
    "\u00a0",
    "\u200b",
    "é",
    "ĳ",
]

dutchish = st.lists(
    st.one_of(st.sampled_from(PHRASES), st.sampled_from(WORDS), st.sampled_from(PUNCTUATION)),
    min_size=1,
    max_size=14,
).map(" ".join)
random_text = st.text(max_size=300)
some_text = st.one_of(dutchish, random_text, st.lists(st.sampled_from(PHRASES), min_size=1, max_size=5).map(" ".join))

HEADINGS = [
    "# Missie",
    "## Onze missie",
    "Visie\n=====",
    "### Kernwaarden",
    "## Strategie",
    "## 1. Speerpunten",
    "# **Missie**",
    "## Contact",
    "#",
    "## Missie en visie",
    "Toekomstvisie\n---",
    "# Ambitie",
]
markdownish = st.lists(st.tuples(st.sampled_from(HEADINGS), st.one_of(dutchish, random_text)), max_size=5).map(
    lambda parts: "\n\n".join(f"{heading}\n\n{body}" for heading, body in parts)
)

STYLES = ["plain", "single", "double", "escaped", "block", "folded", "list"]
YAML_KEYS = ["missie", "visie", "waarden", "strategie", "ambitie", "naam", "Mission", "kernwaarden"]


def yaml_value(text: str, style: str) -> str:
    if style == "plain":
        return " " + text.replace("\n", " ")
    if style == "single":
        return " '" + text.replace("'", "''") + "'"
    if style == "double":
        return " " + json.dumps(text, ensure_ascii=False)
    if style == "escaped":  # \\u00e9, \\t, \\" ...
        return " " + json.dumps(text, ensure_ascii=True)
    if style == "block":
        return " |\n" + "\n".join("  " + line for line in text.split("\n"))
    if style == "folded":
        return " >-\n" + "\n".join("  " + line for line in text.split("\n"))
    return "\n" + "\n".join("  - " + json.dumps(line, ensure_ascii=False) for line in text.split("\n") if line)


yamlish = st.lists(
    st.tuples(st.sampled_from(YAML_KEYS), dutchish, st.sampled_from(STYLES)),
    max_size=5,
).map(lambda items: "".join(f"{key}:{yaml_value(text, style)}\n" for key, text, style in items))

KINDS = ["auto", "missie", "visie", "waarden", "strategie"]


def check_invariants(result) -> None:
    source = result.source
    assert (result.score is None) == (result.checked == 0)
    assert result.score is None or 0 <= result.score <= 100
    for section in result.sections:
        assert (section.score is None) != section.checked
        assert section.score is None or 0 <= section.score <= 100
    lines = source.text.split("\n")
    for finding in result.findings:
        section = source.sections[finding.section]
        assert section.start <= finding.start <= finding.end <= section.end, (finding, section)
        assert source.text[finding.start : finding.end] == finding.text
        seen = section.text[section.text_offset(finding.start) : section.text_offset(finding.end)]
        if not section.offsets:  # else a decoded YAML escape: shorter than the file's text
            assert len(seen) == len(finding.text)
            # blanked markup; in a web page an entity reads as its character ("&eacute;" -> "é")
            html = source.format == "html"
            assert all(s == o or s == " " or (o == "&" and html) for s, o in zip(seen, finding.text)), (
                seen,
                finding.text,
            )
        line, column = source.position(finding.start)
        assert lines[line - 1][column - 1 :].startswith(finding.text.split("\n")[0])
        assert 0 <= finding.confidence <= 1
        assert finding.fix is None or finding.fix.strip()


@SETTINGS
@given(text=some_text, fmt=st.sampled_from(["text", "markdown", "yaml", "html"]), kind=st.sampled_from(KINDS))
def test_any_text_in_any_format_lints(lint_text, text, fmt, kind):
    try:
        result = lint_text(text, kind, fmt)
    except InputError as error:
        assert fmt == "yaml", error  # only YAML can be malformed
        assert error.path == "<test>" and error.message
        return
    check_invariants(result)


@SETTINGS
@given(text=markdownish, kind=st.sampled_from(KINDS))
@example(text="# Missie\n\nom", kind="auto")  # a subordinate-clause opener with nothing after it
def test_markdown_lints_with_exact_offsets(lint_text, text, kind):
    check_invariants(lint_text(text, kind, "markdown"))


# Labels as documents write them: on a line of their own in any dress, before the text on
# the same line, as the first cell of a table row; names that are also value words.
LABELS = [
    "**Missie**\n",
    "***Onze visie***\n",
    "__Kernwaarden__\n",
    "MISSIE\n",
    "ONZE VISIE\n",
    "Missie:\n",
    "Missie: ",
    "**Visie:** ",
    "Onze strategie – ",
    "1. Missie\n",
    "2. Visie 2030\n",
    "Ambitie\n",
    "Doelen: ",
    "Waar wij voor staan\n",
    "Contact\n",
    "Contact: ",
    "| Missie | ",
    "Missie\t",
    "## Strategie 2024-2028\n",
    "- Ambitie\n",
    "",
]
labelled = st.tuples(
    st.lists(st.tuples(st.sampled_from(LABELS), st.one_of(dutchish, random_text)), min_size=1, max_size=5),
    st.sampled_from(["\n", "\n\n"]),
).map(lambda parts: parts[1].join(f"{label}{body}" for label, body in parts[0]))


@SETTINGS
@given(text=labelled, fmt=st.sampled_from(["text", "markdown"]), kind=st.sampled_from(KINDS))
# a text cut into parts where a paragraph starts with a masked list marker
@example(text="Waar wij voor staan\nzorg\n- Ambitie\nWij willen goede zorg bieden.", fmt="markdown", kind="auto")
def test_labelled_text_lints_with_exact_offsets(lint_text, text, fmt, kind):
    result = lint_text(text, kind, fmt)
    check_invariants(result)
    for section in result.source.sections:
        assert len(section.text) == section.end - section.start


HTML_PARTS = [
    "<h2>Missie</h2>",
    "<h3>Onze visie 2030</h3>",
    "<p>",
    "</p>",
    "<p><strong>Missie:</strong> ",
    "<b>Visie</b><br>",
    "<nav><a href='/'>Home</a></nav>",
    "<header>Menu</header>",
    "<footer>Contact: info@stichting.example</footer>",
    "<script>var p = '<p>Missie</p>';</script>",
    "<style>p { color: red }</style>",
    "<div class='cookie-banner'>Wij gebruiken cookies.</div>",
    "<main>",
    "</main>",
    "<table><tr><td>Kernwaarden</td><td>",
    "</td></tr></table>",
    "<ul><li>",
    "</li><li>",
    "</li></ul>",
    "&amp;",
    "&eacute;",
    "&#233;",
    "&nbsp;",
    "&bogus;",
    "<!-- opmerking -->",
    "<br/>",
    "<",
    ">",
    "</div>",
]
htmlish = st.lists(
    st.one_of(st.sampled_from(HTML_PARTS), dutchish, st.sampled_from(PHRASES)), min_size=1, max_size=16
).map("".join)


@SETTINGS
@given(text=st.one_of(htmlish, random_text), kind=st.sampled_from(KINDS))
@example(text="0\r0", kind="auto")  # a lone carriage return
@example(text="\r\n0", kind="auto")  # a CRLF: one "\n" in the text the offsets count in
def test_web_pages_lint_with_offsets_into_the_file(lint_text, text, kind):
    result = lint_text(text, kind, "html")
    check_invariants(result)
    # offsets count in the file's text with its line breaks read as "\n" (fix.apply shifts
    # them by the CRLFs before when it writes a file back)
    assert result.source.text == normalise_newlines(text)
    for section in result.source.sections:
        if not section.offsets:
            assert len(section.text) == section.end - section.start
        # each character is the file's, blanked markup, or an entity's one character (at the
        # entity's "&")
        original = [result.source.text[section.file_offset(i)] for i in range(len(section.text))]
        assert all(s == o or s == " " or o == "&" for s, o in zip(section.text, original))
        if section.offsets:  # only an entity's blanks are left out
            assert section.offsets[0] == section.start and section.offsets[-1] == section.end
            assert list(section.offsets) == sorted(set(section.offsets))


def test_an_entity_inside_a_word_keeps_the_word_whole(lint_text):
    page = "<h2>Missie</h2><p>Wij willen de financi&euml;le zelfredzaamheid in Zuidhoven vergroten.</p>"
    result = lint_text(page, "auto", "html")
    (section,) = result.source.sections
    assert "financiële zelfredzaamheid" in section.text
    check_invariants(result)
    role = next(f for f in result.findings if f.rule.id == "ML101")
    assert role.text.startswith("willen de financi&euml;le")
    assert "financiële" in role.fix


def test_paragraphs_after_an_entity_are_cut_at_the_right_place(lint_text):
    page = (
        "<p>Caf&eacute; De Hoek biedt goede zorg en begeleiding aan ouderen in de regio.</p>\n"
        "<p>In 2030 is Zuidhoven een regio waar ouderen met financi&euml;le zorgen veilig thuis wonen.</p>\n"
        "<p>Respect, vakmanschap en betrouwbaarheid.</p>"
    )
    result = lint_text(page, "auto", "html")
    check_invariants(result)
    firsts = [section.text.split()[0] for section in result.source.sections]
    assert firsts == ["Café", "In", "Respect,"]
    for section in result.source.sections:
        assert page[section.start] == section.text[0]
        assert page[section.file_offset(len(section.text)) - 1] == section.text[-1]


def test_an_entity_in_an_empty_heading_or_at_a_section_end(lint_text):
    # the empty section on a heading stays blank: the entity does not bring the words back
    heading = lint_text("<main><h2>Missie &amp; visie</h2></main>", "auto", "html")
    assert [section.empty for section in heading.source.sections] == [True]
    # a section that ends with an entity ends after it, not after its "&"
    page = "<main><h2>Missie</h2><p>Wij schenken koffie in ons caf&eacute;</p></main>"
    (section,) = lint_text(page, "auto", "html").source.sections
    assert page[section.start : section.end].endswith("caf&eacute;")
    assert section.file_offset(len(section.text)) == section.end


def _docx_bytes(blocks: list[tuple[str, str]]) -> bytes:
    import io

    import docx

    document = docx.Document()
    for form, text in blocks:
        if form == "heading":
            document.add_heading(text or "Missie", level=2)
        elif form == "bold":
            document.add_paragraph().add_run(text).bold = True
        elif form == "table":
            table = document.add_table(rows=1, cols=2)
            table.rows[0].cells[0].text = "Missie"
            table.rows[0].cells[1].text = text
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


printable = st.one_of(dutchish, st.sampled_from(PHRASES), st.sampled_from(["Missie", "Visie", "KERNWAARDEN", "Doelen"]))
docx_blocks = st.lists(
    st.tuples(st.sampled_from(["heading", "bold", "table", "text"]), printable.map(lambda t: t.replace("\x00", ""))),
    min_size=1,
    max_size=6,
)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(blocks=docx_blocks)
def test_word_files_lint_with_exact_offsets(lint_source, blocks):
    from missionlint.sources.docx import read_docx

    source = read_docx("<test>.docx", data=_docx_bytes(blocks))
    check_invariants(lint_source(source))


@SETTINGS
@given(text=st.one_of(yamlish, random_text.map(lambda t: "missie: " + t)))
@example(text="missie: \x85\x850")  # YAML breaks lines at NEL; the file's lines do not
def test_yaml_lints_or_is_an_input_error(lint_text, text):
    try:
        result = lint_text(text, "auto", "yaml")
    except InputError as error:
        assert error.message.startswith(("ongeldige YAML", "'", "YAML moet")), error
        if error.line is not None:
            assert 1 <= error.line <= text.count("\n") + 2 and error.column >= 1
        return
    check_invariants(result)


@SETTINGS
@given(
    items=st.lists(
        st.tuples(st.sampled_from(["missie", "visie", "waarden", "strategie"]), some_text, st.sampled_from(STYLES)),
        max_size=4,
        unique_by=lambda item: item[0],
    )
)
def test_yaml_sections_hold_the_parsers_values(items):
    """Every section's words are those of `yaml.safe_load`'s value: escapes decoded,
    doubled quotes single, keys and markup left out (whitespace may differ)."""
    text = "".join(f"{key}:{yaml_value(body, style)}\n" for key, body, style in items)
    try:
        source = parse_text("<test>", text, "yaml")
        loaded = yaml.safe_load(text) or {}
    except (InputError, yaml.YAMLError):
        return
    for section in source.sections:
        value = loaded[section.title]
        value = " ".join(v for v in value if v) if isinstance(value, list) else value or ""
        if section.empty:  # a key with no text: an empty section on the key (ML203)
            assert not value.strip(), (text, value)
            continue
        assert "".join(section.text.split()) == "".join(value.split()), (text, section.text)


fixable_text = st.tuples(
    st.lists(st.sampled_from(PHRASES), max_size=2),
    st.sampled_from(
        [
            p
            for p in PHRASES
            if any(w in p for w in ("schoonmaken", "verbeteren", "bieden", "helpen", "begeleiden", "vergroenen"))
        ]
    ),
    st.lists(st.one_of(st.sampled_from(PHRASES), dutchish), max_size=2),
    st.sampled_from(["\n\n", " ", "\n- "]),
).map(lambda parts: parts[3].join([*parts[0], parts[1], *parts[2]]))


@SETTINGS
@given(
    text=st.one_of(fixable_text, dutchish),
    fmt=st.sampled_from(["text", "markdown"]),
    kind=st.sampled_from(["missie", "visie"]),
)
@example(text=". zorg De stad schoonmaken.", fmt="text", kind="missie")  # a noun before the object: no rewrite
def test_safe_rewrites_are_not_flagged_again(lint_text, text, fmt, kind):
    if fmt == "markdown":
        text = f"# {kind.capitalize()}\n\n{text}"
    result = lint_text(text, kind, fmt)
    planned = plan(result)  # what `check --fix` applies
    edits = planned.edits
    event(f"{len(edits)} safe rewrite(s)")
    if not edits:
        return
    fixed = apply_edits(result.source.text, edits)
    spans, shift = [], 0
    for edit, rule in zip(edits, planned.rules, strict=True):  # ascending, non-overlapping: where each lands
        start = edit.start + shift
        spans.append((rule, start, start + len(edit.replacement)))
        shift += len(edit.replacement) - (edit.end - edit.start)
    again = lint_text(fixed, kind, fmt)
    check_invariants(again)
    for rule, start, end in spans:
        assert fixed[start:end] in edits[spans.index((rule, start, end))].replacement
        repeated = [f for f in again.findings if f.rule.id == rule and f.start < end and f.end > start]
        assert not repeated, (text, fixed, [(f.rule.id, f.text) for f in repeated])


@pytest.mark.parametrize(
    "phrase", [p for p in PHRASES if p in ("De stad schoonmaken.", "Ondernemers helpen succesvol te zijn.")]
)
def test_the_fix_strategy_reaches_fixes(lint_text, phrase):
    """The round-trip property is not vacuous: its phrases do produce safe rewrites."""
    assert plan(lint_text(phrase, "missie", "text")).edits
