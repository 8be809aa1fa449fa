"""Reading Markdown, text and YAML into sections whose offsets match the file."""

from __future__ import annotations

import os
import re

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from missionlint.errors import InputError
from missionlint.sources.decoding import MAX_BYTES, decode
from missionlint.sources.discovery import SUFFIXES, collect_paths
from missionlint.sources.model import Source, mask
from missionlint.sources.reading import parse_text, read_source


def check_offsets(source: Source) -> None:
    """Every section is its file span with some characters blanked: same length,
    newlines in place, and every word slices the original file exactly (a YAML string
    with decoded escapes maps through its `offsets` instead: see check_mapped_offsets)."""
    for section in source.sections:
        if section.offsets:
            check_mapped_offsets(source, section)
            continue
        assert len(section.text) == section.end - section.start
        original = source.text[section.start : section.end]
        for kept, orig in zip(section.text, original):
            assert kept == orig or (kept == " " and orig != "\n")
        for word in re.finditer(r"\S+", section.text):
            start = section.start + word.start()
            assert source.text[start : start + len(word.group())] == word.group()
        if section.empty:  # a label with nothing under it: the section is the label, blanked
            assert section.title and source.text[section.start : section.end].strip()
        else:
            assert section.text.strip() and section.text == section.text.strip()


def check_mapped_offsets(source: Source, section) -> None:
    """A section with decoded escapes: each character maps to a file offset, in order,
    inside the section's span; the file's own characters map to themselves."""
    offsets = section.offsets
    assert len(offsets) == len(section.text) + 1
    assert (offsets[0], offsets[-1]) == (section.start, section.end)
    assert list(offsets) == sorted(offsets)
    for index, char in enumerate(section.text):
        assert section.file_offset(index) == offsets[index]
        assert section.text_offset(offsets[index]) <= index
        original = source.text[offsets[index]]
        assert char == original or char == " " or original in "\\'"  # kept, blanked or decoded


def words(section) -> list[str]:
    return section.text.split()


def by_kind(source: Source) -> dict[str, list]:
    result: dict[str, list] = {}
    for section in source.sections:
        result.setdefault(section.kind, []).append(section)
    return result


# --------------------------------------------------------------------------- Markdown


def test_markdown_sections_by_heading() -> None:
    text = (
        "Inleiding over de organisatie.\n\n"
        "# Onze missie\n\nWij helpen mensen.\n\n\n"
        "## Visie\nIn 2030 is iedereen geholpen.\n"
        "## Contact\nBel ons.\n"
        "### Kernwaarden\nRespect en vertrouwen.\n\n"
    )
    source = parse_text("doc.md", text, "markdown")
    check_offsets(source)
    got = [(s.kind, s.kind_source, s.title, s.text) for s in source.sections]
    assert got == [
        ("unknown", "heading", None, "Inleiding over de organisatie."),
        ("missie", "heading", "Onze missie", "Wij helpen mensen."),
        ("visie", "heading", "Visie", "In 2030 is iedereen geholpen."),
        ("unknown", "heading", "Contact", "Bel ons."),
        ("waarden", "heading", "Kernwaarden", "Respect en vertrouwen."),
    ]
    missie = source.sections[1]
    assert source.position(missie.start) == (5, 1)
    assert text[missie.end :].startswith("\n\n\n## Visie")  # trailing blank lines excluded


def test_markdown_setext_headings_and_closing_hashes() -> None:
    text = "Missie en visie\n===============\nWij bouwen bruggen.\n\nStrategie\n---------\nStap voor stap.\n\n## Ambities ##\nGroeien.\n"
    source = parse_text("doc.md", text, "markdown")
    check_offsets(source)
    assert [(s.kind, s.title, s.text) for s in source.sections] == [
        ("ambiguous", "Missie en visie", "Wij bouwen bruggen."),
        ("strategie", "Strategie", "Stap voor stap."),
        ("ambiguous", "Ambities", "Groeien."),
    ]


def test_markdown_empty_headings_are_empty_sections_unless_they_head_a_group() -> None:
    text = "# Missie\n\n# Visie\n\n\n## Waarden\n\n# Contact\n"
    source = parse_text("doc.md", text, "markdown")
    # "Visie" heads "Waarden"; "Missie" and "Waarden" are empty: sections on their labels
    assert [(s.kind, s.title, s.empty, text[s.start : s.end]) for s in source.sections] == [
        ("missie", "Missie", True, "Missie"),
        ("waarden", "Waarden", True, "Waarden"),
    ]
    check_offsets(source)
    source = parse_text("doc.md", "# Missie\n# Visie\nWij zien het.", "markdown")
    assert [(s.kind, s.text) for s in source.sections] == [("missie", "      "), ("visie", "Wij zien het.")]


def test_markdown_without_headings_is_inferred() -> None:
    source = parse_text("doc.md", "\n  Wij **helpen** mensen.\n", "markdown")
    check_offsets(source)
    (section,) = source.sections
    assert (section.kind, section.kind_source, section.title) == ("unknown", "inferred", None)
    assert words(section) == ["Wij", "helpen", "mensen."]


def test_hashtag_is_not_a_heading() -> None:
    source = parse_text("doc.md", "#duurzaam en #lokaal\n", "markdown")
    assert [s.kind_source for s in source.sections] == ["inferred"]
    assert words(source.sections[0]) == ["#duurzaam", "en", "#lokaal"]


def test_markdown_masks_inline_markup() -> None:
    text = (
        "# Missie\n"
        "Wij **versterken** _lokale_ gemeenschappen met ***trots***.\n"
        'Lees [ons verhaal](https://example.org/verhaal_1 "titel") of https://example.org/x.\n'
        'Een ![logo](logo.png) en <span class="x">tekst</span> met `code hier` erin.\n'
        "Een snake_case_naam en 3*4*5 blijven staan, ~~weg~~ gaat.\n"
    )
    source = parse_text("doc.md", text, "markdown")
    check_offsets(source)
    (section,) = source.sections
    assert words(section) == [
        "Wij",
        "versterken",
        "lokale",
        "gemeenschappen",
        "met",
        "trots",
        ".",
        "Lees",
        "ons",
        "verhaal",
        "of",
        ".",
        "Een",
        "en",
        "tekst",
        "met",
        "erin.",
        "Een",
        "snake_case_naam",
        "en",
        "3*4*5",
        "blijven",
        "staan,",
        "weg",
        "gaat.",
    ]


def test_markdown_masks_lists_quotes_and_tables() -> None:
    text = (
        "## Kernwaarden\n"
        "- Respect\n"
        "* Vertrouwen\n"
        "+ Moed\n"
        "1. Eerlijkheid\n"
        "2) Zorg\n"
        "> Een *citaat* hier\n"
        "> - genest\n"
        "\n"
        "| Waarde | Betekenis |\n"
        "|--------|:---------:|\n"
        "| Moed   | Durven    |\n"
    )
    source = parse_text("doc.md", text, "markdown")
    check_offsets(source)
    (section,) = source.sections
    assert section.kind == "waarden"
    assert words(section) == [
        "Respect",
        "Vertrouwen",
        "Moed",
        "Eerlijkheid",
        "Zorg",
        "Een",
        "citaat",
        "hier",
        "genest",
        "Waarde",
        "Betekenis",
        "Moed",
        "Durven",
    ]


def test_markdown_front_matter_code_and_comments_are_not_text() -> None:
    text = (
        "---\n"
        "title: Missie\n"
        "missie: niet deze tekst\n"
        "---\n"
        "# Missie\n"
        "Wij helpen.<!-- interne notitie -->\n"
        "<!--\n"
        "# Visie\n"
        "verborgen\n"
        "-->\n"
        "```python\n"
        "# Visie\n"
        "print('geen tekst')\n"
        "```\n"
        "~~~\n"
        "Nog meer code\n"
        "~~~\n"
        "Einde.\n"
    )
    source = parse_text("doc.md", text, "markdown")
    check_offsets(source)
    (section,) = source.sections
    assert (section.kind, section.title) == ("missie", "Missie")
    assert words(section) == ["Wij", "helpen.", "Einde."]
    assert source.position(section.start) == (6, 1)


def test_unclosed_code_fence_runs_to_the_end() -> None:
    source = parse_text("doc.md", "# Missie\nWij doen het.\n```\n# Visie\ncode", "markdown")
    check_offsets(source)
    assert [(s.kind, s.text) for s in source.sections] == [("missie", "Wij doen het.")]


def test_heading_title_markup_is_cleaned() -> None:
    source = parse_text("doc.md", "# **Onze** [missie](#missie)\nTekst.\n", "markdown")
    assert [(s.kind, s.title) for s in source.sections] == [("missie", "Onze missie")]


def test_paragraph_followed_by_rule_stays_text() -> None:
    # A multi-line paragraph followed by --- is treated as a rule, not a heading.
    text = "# Visie\nEerste regel\ntweede regel\n---\nDerde.\n"
    source = parse_text("doc.md", text, "markdown")
    check_offsets(source)
    (section,) = source.sections
    assert words(section) == ["Eerste", "regel", "tweede", "regel", "Derde."]


def test_crlf_is_normalised() -> None:
    source = parse_text("doc.md", "# Missie\r\nWij helpen.\r\n\r\n# Visie\r\nMorgen.\r\n", "markdown")
    check_offsets(source)
    assert "\r" not in source.text
    assert [(s.kind, s.text) for s in source.sections] == [("missie", "Wij helpen."), ("visie", "Morgen.")]
    assert source.position(source.sections[1].start) == (5, 1)


markdownish = st.lists(
    st.sampled_from(list("ab #*_-=>`~[]()!<>|:/.\\\n\t1") + ["http://x", "<!--", "-->", "```", "Missie", "---\n"]),
    max_size=80,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(markdownish)
def test_markdown_never_breaks_offsets(text: str) -> None:
    source = parse_text("fuzz.md", text, "markdown")
    check_offsets(source)


# --------------------------------------------------------------------------- plain text


def test_text_is_one_trimmed_section() -> None:
    text = "\n\n  Wij maken **dit** niet op.  \n\n"
    source = parse_text("doc.txt", text, "text")
    check_offsets(source)
    (section,) = source.sections
    assert (section.kind, section.kind_source) == ("unknown", "inferred")
    assert section.text == "Wij maken **dit** niet op."
    assert source.position(section.start) == (3, 3)


def test_kind_option_applies_to_text() -> None:
    (section,) = parse_text("-", "Wij helpen.", "text", kind="visie").sections
    assert (section.kind, section.kind_source) == ("visie", "option")


def test_whitespace_only_text_has_no_sections() -> None:
    assert parse_text("doc.txt", " \n\t\n", "text").sections == ()
    assert parse_text("doc.md", "", "markdown").sections == ()


def test_unknown_format_and_kind() -> None:
    with pytest.raises(InputError):
        parse_text("x", "tekst", "docx")
    with pytest.raises(ValueError):
        parse_text("x", "tekst", "text", kind="slogan")


# --------------------------------------------------------------------------- YAML

YAML_DOC = """\
naam: Stichting Voorbeeld  # wordt genegeerd
missie: Wij   helpen
  mensen verder.   # commentaar
visie: 'Het is''s goed'
Waarden: "Respect \\"altijd\\" en\\tzorg"
strategie: |  # blok
  Eerst luisteren.
  Dan doen.

# tussen de sleutels
ambitie: >-
    Groeien
    met elkaar.
"""


def test_yaml_string_styles() -> None:
    source = parse_text("doc.yaml", YAML_DOC, "yaml")
    check_offsets(source)
    got = [(s.kind, s.kind_source, s.title, words(s), source.position(s.start)) for s in source.sections]
    assert got == [
        ("missie", "key", "missie", ["Wij", "helpen", "mensen", "verder."], (2, 9)),
        ("visie", "key", "visie", ["Het", "is's", "goed"], (4, 9)),
        ("waarden", "key", "Waarden", ["Respect", '"altijd"', "en", "zorg"], (5, 11)),
        ("strategie", "key", "strategie", ["Eerst", "luisteren.", "Dan", "doen."], (7, 3)),
        ("ambiguous", "key", "ambitie", ["Groeien", "met", "elkaar."], (12, 5)),
    ]
    for section in source.sections:
        first = section.text.split()[0]
        line, column = source.position(section.start)
        assert YAML_DOC.split("\n")[line - 1][column - 1 :].startswith(first)


def test_yaml_list_and_mapping_values() -> None:
    text = (
        "values:\n"
        "  - Respect   # eerste\n"
        "  # los commentaar\n"
        "  - 'Vertrouwen'\n"
        "  -\n"
        '  - "Moed"\n'
        "Strategy:\n"
        "  tekst: Meer leden\n"
        "  datum: 2024\n"
        "ambition: [Groot, 'groter']\n"
    )
    source = parse_text("doc.yml", text, "yaml")
    check_offsets(source)
    got = [(s.kind, words(s), source.position(s.start)) for s in source.sections]
    assert got == [
        ("waarden", ["Respect", "Vertrouwen", "Moed"], (2, 5)),
        ("strategie", ["Meer", "leden"], (8, 10)),
        ("ambiguous", ["Groot", "groter"], (10, 12)),
    ]
    values = source.sections[0]
    assert "#" not in values.text and "-" not in values.text
    assert text[values.end :].startswith('"\nStrategy')


def test_yaml_section_text_is_mask_of_kept_spans() -> None:
    text = "missie:\n  - Een   # x\n  - twee\n"
    source = parse_text("doc.yaml", text, "yaml")
    (section,) = source.sections
    one, two = text.index("Een"), text.index("twee")
    kept = [(one, one + 3), (two, two + 4)]
    assert section.text == mask(text, kept)[section.start : section.end]
    assert (section.start, section.end) == (one, two + 4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ('missie: "Het caf\\u00e9 schoonmaken."\n', "Het café schoonmaken."),
        (
            'missie: "Wij helpen cli\\xEBnten \\"goed\\" te leven.\\tEcht."\n',
            'Wij helpen cliënten "goed" te leven. Echt.',
        ),
        ('missie: "Een cli\\\n  \\u00ebnt"\n', "Een cliënt"),
        ("missie: 'Het is''s goed'\n", "Het is's goed"),
        ("missie: !!str 'Een \\u00e9'\n", "Een \\u00e9"),  # single quotes have no escapes
    ],
)
def test_yaml_strings_are_the_parsers_values(text: str, expected: str) -> None:
    """Escapes are decoded as the YAML parser decodes them; positions map to the file."""
    source = parse_text("doc.yaml", text, "yaml")
    (section,) = source.sections
    check_offsets(source)
    assert " ".join(section.text.split()) == expected
    assert " ".join(yaml.safe_load(text)["missie"].split()) == expected.replace("\t", " ")
    first, last = expected.split()[0], expected.split()[-1]
    assert source.text[section.file_offset(0) :].startswith(first)
    assert source.text[section.file_offset(section.text.rindex(last[-1])) :][:1] in (last[-1], "\\")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("missie:\n  tekst: De stad schoonmaken.\n", "De stad schoonmaken."),
        ("missie: {nl: Een schonere stad., en: A cleaner city.}\n", "Een schonere stad."),
        ("missie:\n  datum: 2024\n  omschrijving: >-\n    Een schonere\n    stad.\n", "Een schonere stad."),
        ("waarden:\n  - tekst: Respect\n  - {nl: Moed, en: Courage}\n", "Respect Moed"),
        ("missie:\n  tekst: {nl: Een schonere stad}\n", "Een schonere stad"),
    ],
)
def test_yaml_nested_mapping_reads_its_text_field(text: str, expected: str) -> None:
    """Key names are never text, and an English `en` is not read when `nl` is there."""
    source = parse_text("doc.yaml", text, "yaml")
    (section,) = source.sections
    check_offsets(source)
    assert " ".join(section.text.split()) == expected


def test_yaml_null_values_are_empty_sections_and_unknown_keys_give_none() -> None:
    source = parse_text("doc.yaml", "naam: X\nmissie:\norganisatie: {missie: geen}\nvisie: ''\n", "yaml")
    assert [(s.kind, s.title, s.empty, source.text[s.start : s.end]) for s in source.sections] == [
        ("missie", "missie", True, "missie"),
        ("visie", "visie", True, "visie"),
    ]
    assert parse_text("leeg.yaml", "# alleen commentaar\n", "yaml").sections == ()


def test_malformed_yaml_reports_line_and_column() -> None:
    with pytest.raises(InputError) as info:
        parse_text("doc.yaml", "missie: Wij helpen\nvisie: a: b\n", "yaml")
    err = info.value
    assert err.message.startswith("ongeldige YAML: ")
    assert (err.line, err.column) == (2, 9)
    assert str(err).startswith("doc.yaml:2:9: ongeldige YAML")


@pytest.mark.parametrize(
    "text, line, column, fragment",
    [
        (
            "- missie\n- visie\n",
            1,
            1,
            "YAML moet een mapping zijn met sleutels zoals missie, visie, waarden, strategie",
        ),
        ("Gewoon een zin.\n", 1, 1, "YAML moet een mapping zijn"),
        ("naam: X\nmissie: 42\n", 2, 9, "'missie'"),
        ("visie:\n  - goed\n  - [a, b]\n", 3, 5, "lijst in een lijst"),
        ("waarden:\n  respect:\n    - a\n", 2, 3, "mapping zonder tekstveld"),
        ("missie:\n  datum: 2024\n  en: Clean city\n", 2, 3, "mapping zonder tekstveld"),
        ("missie:\n  - [a, b]\n", 2, 5, "lijst in een lijst"),
    ],
)
def test_yaml_wrong_shape(text: str, line: int, column: int, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        parse_text("doc.yaml", text, "yaml")
    assert (info.value.line, info.value.column) == (line, column)
    assert fragment in info.value.message


# --------------------------------------------------------------------------- files, encodings


def test_read_source_format_from_suffix(tmp_path) -> None:
    for name, fmt in [
        ("a.md", "markdown"),
        ("b.MARKDOWN", "markdown"),
        ("c.txt", "text"),
        ("d.yaml", "yaml"),
        ("e.yml", "yaml"),
        ("f.rst", "text"),
        ("noext", "text"),
        ("g.html", "html"),
        ("h.HTM", "html"),
    ]:
        path = tmp_path / name
        content = {"yaml": "missie: Wij helpen.\n", "html": "<h1>Missie</h1><p>Wij helpen.</p>\n"}
        path.write_text(content.get(fmt, "# Missie\nWij helpen.\n"), encoding="utf-8")
        source = read_source(str(path))
        assert (source.format, source.encoding, source.warnings) == (fmt, "utf-8", ())
        assert source.path == str(path)
        check_offsets(source)
        assert [(s.kind, s.text) for s in source.sections] == [("missie", "Wij helpen.")]
    assert set(SUFFIXES.values()) == {"markdown", "text", "yaml", "html"}


def test_read_source_stdin() -> None:
    source = read_source("-", data=b"Wij helpen.\n", kind="missie")
    assert (source.path, source.format) == ("<stdin>", "text")
    assert [(s.kind, s.kind_source) for s in source.sections] == [("missie", "option")]
    source = read_source("-", data=b"# Visie\nMorgen.\n", fmt="markdown")
    assert [(s.kind, s.kind_source) for s in source.sections] == [("visie", "heading")]


def test_utf8_bom(tmp_path) -> None:
    path = tmp_path / "bom.md"
    path.write_bytes(b"\xef\xbb\xbf# Missie\nWij zijn \xc3\xa9\xc3\xa9n.\n")
    source = read_source(str(path))
    assert source.encoding == "utf-8-sig"
    assert source.text.startswith("# Missie")
    assert [s.text for s in source.sections] == ["Wij zijn één."]
    assert source.warnings == ()


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path, codec: str) -> None:
    bom = b"\xff\xfe" if codec.endswith("le") else b"\xfe\xff"
    path = tmp_path / "wide.txt"
    path.write_bytes(bom + "Wij zijn één.\r\nSamen.\r\n".encode(codec))
    source = read_source(str(path), kind="missie")
    assert source.encoding == "utf-16"
    assert source.text == "Wij zijn één.\nSamen.\n"
    assert [s.text for s in source.sections] == ["Wij zijn één.\nSamen."]


def test_cp1252_fallback_warns(tmp_path) -> None:
    path = tmp_path / "oud.txt"
    path.write_bytes("Wij zijn één – samen café.\n".encode("cp1252"))
    source = read_source(str(path))
    assert source.encoding == "cp1252"
    assert source.text == "Wij zijn één – samen café.\n"
    assert len(source.warnings) == 1 and "cp1252" in source.warnings[0]
    assert "niet als UTF-8 te lezen; gelezen als cp1252" in source.warnings[0]


def test_decode_directly() -> None:
    assert decode("één".encode(), "x") == ("één", "utf-8", [])
    assert decode(b"\xef\xbb\xbfa\r\nb", "x") == ("a\nb", "utf-8-sig", [])
    text, encoding, warnings = decode(b"caf\xe9 \x81", "x")
    assert text.startswith("café") and encoding == "cp1252" and warnings


def test_binary_file_is_refused(tmp_path) -> None:
    path = tmp_path / "plaatje.md"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as info:
        read_source(str(path))
    assert info.value.message == "binair bestand, geen tekst"
    assert info.value.path == str(path)


def test_size_limit(tmp_path) -> None:
    path = tmp_path / "groot.txt"
    path.write_bytes(b"a" * (MAX_BYTES + 1))
    with pytest.raises(InputError) as info:
        read_source(str(path))
    assert "te groot" in info.value.message and "1.000.000" in info.value.message
    with pytest.raises(InputError):
        read_source("-", data=b"a" * (MAX_BYTES + 1))
    path.write_bytes(b"a " * (MAX_BYTES // 2))  # exactly at the limit is fine
    assert len(read_source(str(path)).sections) == 1


def test_unreadable_paths(tmp_path) -> None:
    with pytest.raises(InputError) as info:
        read_source(str(tmp_path / "bestaat-niet.md"))
    assert info.value.message.startswith("kan bestand niet lezen: ")
    with pytest.raises(InputError) as info:
        read_source(str(tmp_path))
    assert info.value.message.startswith("kan bestand niet lezen: ")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root can read anything")
def test_permission_denied(tmp_path) -> None:
    path = tmp_path / "geheim.md"
    path.write_text("# Missie\nGeheim.\n", encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError) as info:
            read_source(str(path))
        assert info.value.message.startswith("kan bestand niet lezen: ")
    finally:
        path.chmod(0o644)


# --------------------------------------------------------------------------- collect_paths


def touch(path, text: str = "Wij helpen.\n") -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_collect_paths_recurses_sorted_and_filters(tmp_path) -> None:
    for rel in [
        "b.md",
        "a.txt",
        "sub/z.yaml",
        "sub/deeper/c.yml",
        "sub/a.markdown",
        "a-b.md",
        "notes.docx",
        "image.png",
        ".git/config.yml",
        "node_modules/pkg/readme.md",
        ".verborgen.md",
        ".hidden/x.md",
    ]:
        touch(tmp_path / rel)
    files, errors = collect_paths([str(tmp_path)])
    assert errors == []
    rel = [os.path.relpath(f, tmp_path).replace(os.sep, "/") for f in files]
    assert rel == ["a-b.md", "a.txt", "b.md", "notes.docx", "sub/a.markdown", "sub/deeper/c.yml", "sub/z.yaml"]
    assert all(f.startswith(str(tmp_path)) for f in files)


def test_collect_paths_keeps_files_stdin_and_order(tmp_path) -> None:
    touch(tmp_path / "dir" / "x.md")
    touch(tmp_path / "los.rst")
    explicit = str(tmp_path / "los.rst")
    files, errors = collect_paths([explicit, "-", str(tmp_path / "dir"), str(tmp_path / "dir" / "x.md")])
    assert errors == []
    assert files == [explicit, "-", os.path.join(str(tmp_path / "dir"), "x.md")]


def test_collect_paths_errors(tmp_path) -> None:
    (tmp_path / "leeg" / ".git").mkdir(parents=True)
    touch(tmp_path / "leeg" / "foto.jpg")
    touch(tmp_path / "ok.md")
    missing = str(tmp_path / "weg.md")
    files, errors = collect_paths([missing, str(tmp_path / "leeg"), str(tmp_path / "ok.md")])
    assert files == [str(tmp_path / "ok.md")]
    assert [(e.path, e.message) for e in errors] == [
        (missing, "bestand of map bestaat niet"),
        (
            str(tmp_path / "leeg"),
            "map bevat geen bestanden om te controleren (.md, .markdown, .txt, .yaml, .yml, .html, .htm, .docx)",
        ),
    ]


def test_kind_option_for_markdown_only_without_headings() -> None:
    (section,) = parse_text("-", "Wij **helpen**.", "markdown", kind="missie").sections
    assert (section.kind, section.kind_source) == ("missie", "option")
    source = parse_text("x.md", "Intro.\n# Visie\nMorgen.\n", "markdown", kind="missie")
    assert [(s.kind, s.kind_source) for s in source.sections] == [("unknown", "heading"), ("visie", "heading")]
    yaml_source = parse_text("x.yaml", "visie: Morgen.\n", "yaml", kind="missie")
    assert [(s.kind, s.kind_source) for s in yaml_source.sections] == [("visie", "key")]
