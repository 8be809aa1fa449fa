"""`missionlint review`: the Word copy with findings as comments, through the real CLI and pipeline.

The copies are read back with python-docx (its comments) and by walking document.xml for
the text between each comment's range markers; where LibreOffice is installed, a copy is
converted to ODT and its annotations counted.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from helpers import add_text_box
from lxml import etree
from typer.testing import CliRunner

from missionlint.cli import app

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MISSION = "Wij zetten ons in voor betaalbaar en duurzaam wonen in de Kempen."
ROLE = "De stad schoonmaken."
runner = CliRunner()


@pytest.fixture(autouse=True)
def in_tmp_dir(tmp_path, monkeypatch, pipeline_once):
    """Each run from an empty folder (its own result cache), on the pipeline loaded once."""
    monkeypatch.chdir(tmp_path)


def review(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["review", *args], input=stdin)


def anchored(path: Path) -> dict[str, str]:
    """Comment id -> the document text between its range start and end."""
    root = etree.fromstring(zipfile.ZipFile(path).read("word/document.xml"))
    body = root.find(f"{W}body")
    texts: dict[str, list[str]] = {}
    open_ids: set[str] = set()
    for event, element in etree.iterwalk(body, events=("start", "end")):
        if event == "start" and element.tag == f"{W}commentRangeStart":
            open_ids.add(element.get(f"{W}id"))
            texts.setdefault(element.get(f"{W}id"), [])
        elif event == "start" and element.tag == f"{W}commentRangeEnd":
            open_ids.discard(element.get(f"{W}id"))
        elif event == "start" and element.tag == f"{W}t":
            for comment_id in open_ids:
                texts[comment_id].append(element.text or "")
        elif event == "end" and element.tag == f"{W}p":
            for comment_id in open_ids:
                texts[comment_id].append("\n")
    return {comment_id: "".join(parts).strip() for comment_id, parts in texts.items()}


def comments(path: Path) -> list[tuple[str, str, str, str]]:
    """(anchored text, comment text, author, initials) of every comment, in order."""
    document = docx.Document(str(path))
    spans = anchored(path)
    return [(spans.get(str(c.comment_id), ""), c.text, c.author, c.initials) for c in document.comments]


def on(found: list[tuple[str, str, str, str]], passage: str) -> list[str]:
    """The texts of the comments anchored exactly on `passage`."""
    return [text for span, text, _author, _initials in found if span == passage]


def word_file(path: Path, table: bool = False, text_box: str | None = None) -> bytes:
    """A Word file: a "Missie" heading, the mission with a bold run inside, the role sentence
    as one italic run; optionally a vision in a table and a mission in a text box."""
    document = docx.Document()
    document.add_heading("Missie", 1)
    paragraph = document.add_paragraph("Wij zetten ons in voor ")
    paragraph.add_run("betaalbaar en duurzaam").bold = True
    paragraph.add_run(" wonen in de Kempen.")
    document.add_paragraph().add_run(ROLE).italic = True
    if table:
        rows = document.add_table(rows=1, cols=2)
        rows.cell(0, 0).text = "Visie"
        rows.cell(0, 1).text = "Wij bieden de beste zorg van Nederland."
    if text_box:
        add_text_box(document, ("Strategie", text_box))
    document.save(str(path))
    return path.read_bytes()


def test_a_word_file_gets_its_findings_as_comments_on_their_passages(tmp_path):
    original = word_file(tmp_path / "klant.docx", table=True)
    result = review("klant.docx", "-o", "klant-review.docx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "klant.docx").read_bytes() == original
    found = comments(tmp_path / "klant-review.docx")
    assert {(author, initials) for _span, _text, author, initials in found} == {("missionlint", "ML")}
    assert result.stderr.strip() == (
        f"missionlint: klant-review.docx: review-kopie geschreven met {len(found)} opmerking(en): "
        f"de scores en {len(found) - 1} bevinding(en)"
    )
    role = on(found, "De stad schoonmaken")
    assert len(role) == 1 and role[0].startswith("ML101 role-phrasing (verbeterpunt)\n'De stad schoonmaken' zegt")
    assert role[0].endswith("\nHerschrijving: Een schonere stad")
    activity = on(found, "Wij zetten")
    assert len(activity) == 1 and "ML105 first-person-activity" in activity[0]
    assert "Herschrijving: Betaalbaar en duurzaam wonen in de Kempen" in activity[0]
    # display-only suggestions are the template, labelled as such
    assert any(
        "ML107" in text and "\nSuggestie: Voor [wie" in text for text in on(found, f"{MISSION}\nDe stad schoonmaken")
    )
    # a table cell's text carries its own comments
    rating = on(found, "de beste zorg")
    assert len(rating) == 1 and rating[0].startswith("ML103 self-rating") and "Suggestie: " in rating[0]


def test_the_first_comment_holds_the_scores_and_nothing_else_changes(tmp_path):
    word_file(tmp_path / "klant.docx", table=True)
    assert review("klant.docx", "-o", "klant-review.docx").exit_code == 0
    found = comments(tmp_path / "klant-review.docx")
    span, first, _author, _initials = found[0]
    assert span == "Missie"
    lines = first.splitlines()
    assert lines[0].startswith("missionlint: score ") and lines[0].endswith("(2 secties gecontroleerd)")
    assert lines[1].startswith("Missie (missie): score ") and lines[2].startswith("Visie (visie): score ")
    assert f"{len(found) - 1} bevinding(en) staan als opmerking bij de tekst." in lines
    before, after = docx.Document(str(tmp_path / "klant.docx")), docx.Document(str(tmp_path / "klant-review.docx"))
    assert [p.text for p in after.paragraphs] == [p.text for p in before.paragraphs]
    assert [(p.style.name, p.text) for p in after.paragraphs] == [(p.style.name, p.text) for p in before.paragraphs]
    assert after.tables[0].cell(0, 1).text == before.tables[0].cell(0, 1).text
    mission, role = after.paragraphs[1], after.paragraphs[2]
    assert [(r.text, r.bold) for r in mission.runs if r.text] == [
        ("Wij zetten", None),
        (" ons in voor ", None),
        ("betaalbaar en duurzaam", True),
        (" wonen in de Kempen.", None),
    ]
    # the italic run is cut at the end of the passage; both parts stay italic
    assert [(r.text, r.italic) for r in role.runs if r.text] == [("De stad schoonmaken", True), (".", True)]


def test_a_markdown_file_becomes_a_word_document_with_the_same_comments(tmp_path):
    text = f"# Woonstichting\n\n## Missie\n\n{MISSION[:45]}\n{MISSION[46:]}\n\n- {ROLE}\n\n## Contact\n\nBel ons.\n"
    (tmp_path / "klant.md").write_text(text, encoding="utf-8")
    result = review("klant.md", "-o", "klant-review.docx")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "klant.md").read_text(encoding="utf-8") == text
    document = docx.Document(str(tmp_path / "klant-review.docx"))
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("Heading 1", "Woonstichting"),
        ("Heading 2", "Missie"),
        ("Normal", MISSION),
        ("Normal", f"- {ROLE}"),
        ("Heading 2", "Contact"),
        ("Normal", "Bel ons."),
    ]
    found = comments(tmp_path / "klant-review.docx")
    assert found[0][0] == "Woonstichting" and found[0][1].startswith("missionlint: score ")
    assert "Missie (missie): score " in found[0][1] and "Contact (niet gecontroleerd)" in found[0][1]
    role = on(found, "De stad schoonmaken")
    assert len(role) == 1 and "ML101" in role[0] and "Herschrijving: Een schonere stad" in role[0]
    assert any("ML105" in t and "Herschrijving: Betaalbaar" in t for t in on(found, "Wij zetten"))


def test_headings_are_the_ones_the_markdown_reader_finds(tmp_path):
    text = f"Missie\n======\n\n{MISSION}\n\n```\n# geen kop\n```\n\n### Contact ###\n\nBel ons.\n"
    (tmp_path / "klant.md").write_text(text, encoding="utf-8")
    result = review("klant.md", "-o", "klant-review.docx")
    assert result.exit_code == 0, result.output
    document = docx.Document(str(tmp_path / "klant-review.docx"))
    assert [(p.style.name, p.text) for p in document.paragraphs] == [
        ("Heading 1", "Missie"),
        ("Normal", MISSION),
        ("Normal", "``` # geen kop ```"),
        ("Heading 3", "Contact"),
        ("Normal", "Bel ons."),
    ]


def test_standard_input_and_yaml_become_a_word_document(tmp_path):
    result = review("-", "-o", "invoer.docx", "--kind", "missie", stdin=f"{ROLE}\n")
    assert result.exit_code == 0, result.output
    assert any("ML101" in t for t in on(comments(tmp_path / "invoer.docx"), "De stad schoonmaken"))
    (tmp_path / "org.yaml").write_text(f"naam: Stichting Schoon\nmissie: {ROLE}\n", encoding="utf-8")
    assert review("org.yaml", "-o", "org.docx").exit_code == 0
    found = comments(tmp_path / "org.docx")
    assert any("ML101" in t for t in on(found, "De stad schoonmaken"))


def test_a_finding_in_a_text_box_goes_into_the_first_comment(tmp_path):
    word_file(tmp_path / "kader.docx", text_box="Wij bieden de beste zorg van Nederland.")
    result = review("kader.docx", "-o", "kader-review.docx")
    assert result.exit_code == 0, result.output
    found = comments(tmp_path / "kader-review.docx")
    first = found[0][1]
    listed = first.count("(in een tekstvak)")
    assert listed >= 2 and f"{listed} bevinding(en) staan hieronder, omdat Word ze niet bij de tekst" in first
    assert "paragraaf 6 (in een tekstvak), 'Wij bieden': ML105 first-person-activity (verbeterpunt)\n" in first
    assert result.stderr.strip().endswith(
        f"; {listed} bevinding(en) die Word niet bij de tekst kan plaatsen, staan in de eerste opmerking"
    )
    # no comment hangs in the text box, the others are anchored as usual
    assert not any("beste zorg" in span for span, *_ in found)
    assert on(found, "De stad schoonmaken")


def test_an_existing_copy_needs_force(tmp_path):
    word_file(tmp_path / "klant.docx")
    (tmp_path / "klant-review.docx").write_bytes(b"oud")
    result = review("klant.docx", "-o", "klant-review.docx")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "missionlint: fout: klant-review.docx bestaat al; gebruik --force om het te overschrijven"
    )
    assert (tmp_path / "klant-review.docx").read_bytes() == b"oud"
    result = review("klant.docx", "-o", "klant-review.docx", "--force")
    assert result.exit_code == 0, result.output
    assert len(comments(tmp_path / "klant-review.docx")) > 1
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".missionlint-")]  # no temporary left


@pytest.mark.parametrize("output", ["klant.docx", "./klant.docx", "link.docx"])
def test_the_copy_is_never_the_input(tmp_path, output):
    original = word_file(tmp_path / "klant.docx")
    (tmp_path / "link.docx").symlink_to(tmp_path / "klant.docx")
    result = review("klant.docx", "-o", output, "--force")
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"missionlint: fout: {output}: dat is het bestand zelf; review schrijft nooit over het origineel"
    )
    assert (tmp_path / "klant.docx").read_bytes() == original


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (ROLE.encode(), "geen zip-archief"),
        (None, "het zip-archief bevat geen leesbaar Word-document"),
    ],
    ids=["text-renamed", "zip-without-document"],
)
def test_a_docx_that_is_no_word_file_is_refused(tmp_path, data, reason):
    path = tmp_path / "nep.docx"
    if data is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("readme.txt", ROLE)
    else:
        path.write_bytes(data)
    result = review("nep.docx", "-o", "nep-review.docx")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"missionlint: fout: nep.docx: geen geldig .docx-bestand ({reason})"
    assert not result.exception or isinstance(result.exception, SystemExit)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nep.docx"]


def test_the_copy_must_be_a_word_file_and_the_input_one_file(tmp_path):
    (tmp_path / "klant.md").write_text(f"## Missie\n\n{ROLE}\n", encoding="utf-8")
    result = review("klant.md", "-o", "klant.pdf")
    assert result.exit_code == 2 and "geef een naam die op .docx eindigt" in result.stderr
    result = review("klant.md")
    assert result.exit_code == 2 and "geef met -o waar de kopie komt" in result.stderr
    result = review(".", "-o", "map.docx")
    assert result.exit_code == 2 and "review leest één bestand, geen map" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["klant.md"]


def test_selection_options_choose_the_comments(tmp_path):
    word_file(tmp_path / "klant.docx")
    assert review("klant.docx", "-o", "alleen.docx", "--select", "ML101").exit_code == 0
    found = comments(tmp_path / "alleen.docx")
    assert len(found) == 2 and found[1][1].startswith("ML101")
    assert review("klant.docx", "-o", "zonder.docx", "--ignore", "ML101").exit_code == 0
    assert not any(text.startswith("ML101") for _span, text, *_ in comments(tmp_path / "zonder.docx"))


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_reads_every_comment(tmp_path):
    word_file(tmp_path / "klant.docx", table=True)
    assert review("klant.docx", "-o", "klant-review.docx").exit_code == 0
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "odt", "klant-review.docx"],
        cwd=tmp_path,
        capture_output=True,
        timeout=180,
        check=True,
    )
    content = etree.fromstring(zipfile.ZipFile(tmp_path / "klant-review.odt").read("content.xml"))
    office = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    annotations = content.findall(f".//{office}annotation")
    found = comments(tmp_path / "klant-review.docx")
    assert len(annotations) == len(found)
    assert len(content.findall(f".//{office}annotation-end")) == len(found)
    texts = [" ".join("".join(a.itertext()).split()) for a in annotations]
    assert any("ML101 role-phrasing" in t and "Herschrijving: Een schonere stad" in t for t in texts)
