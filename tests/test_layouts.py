"""Real documents through the real CLI: the same mission and vision laid out the ways
documents lay them out are checked exactly as under Markdown headings; headings with a
year, a period or a note, ambiguous headings and YAML keys with prefixes are checked as
the kinds they name; an empty mission, and a mission in English or French, never pass
silently; --fix on an inline label changes only the mission."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import add_text_box, text_box_run
from typer.testing import CliRunner

from missionlint.cli import app
from missionlint.lint.finish import NOTHING_CHECKED
from missionlint.sources.reading import read_source

runner = CliRunner()
MISSION = "De stad schoonmaken en de wijken vergroenen."  # role-framed: ML101
VISION = "Respect, openheid, betrokkenheid en vertrouwen."  # values, not a vision: a kind finding
FIXED = "Een schonere stad en groenere wijken."


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the result cache lives in the working directory


def check(*args: str):
    return runner.invoke(app, ["check", "--no-cache", *args])


def report(*args: str) -> dict:
    result = check("--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    return {Path(f["path"]).name: f for f in json.loads(result.stdout)["files"]}


def _bold_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Stichting Schoon Zuidhoven")
    for label, text in (("Missie", MISSION), ("Visie", VISION)):
        document.add_paragraph().add_run(label).bold = True
        document.add_paragraph(text)
    document.save(str(path))


def _table_docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Stichting Schoon Zuidhoven")
    table = document.add_table(rows=2, cols=2)
    for row, (label, text) in zip(table.rows, (("Missie", MISSION), ("Visie", VISION))):
        row.cells[0].text = label
        row.cells[1].text = text
    document.add_paragraph("Vastgesteld door het bestuur.")
    document.save(str(path))


PAGE = f"""<!DOCTYPE html>
<html lang="nl"><head><title>Over ons | Stichting Schoon</title>
<style>nav a {{ color: green; }}</style><script>window.dataLayer = [];</script></head>
<body>
<header><nav><a href="/">Home</a> <a href="/over-ons">Over ons</a> <a href="/missie">Missie</a></nav></header>
<div class="cookie-consent"><p>Wij gebruiken cookies om de site te verbeteren.</p><button>Akkoord</button></div>
<main>
  <h1>Over Stichting Schoon</h1>
  <h2>Missie</h2>
  <p>{MISSION}</p>
  <h2>Visie</h2>
  <p>{VISION}</p>
</main>
<footer><p>Stichting Schoon &middot; Kerkstraat 1 &middot; Zuidhoven</p><p>Missie: alles schoon.</p></footer>
</body></html>
"""

LAYOUTS = {
    "kopjes.md": f"## Missie\n\n{MISSION}\n\n## Visie\n\n{VISION}\n",
    "genummerd.md": f"# Stichting Schoon\n\n## 1. Onze missie\n\n{MISSION}\n\n## 2. Onze visie\n\n{VISION}\n",
    "vet.md": f"**Missie**\n{MISSION}\n\n**Visie**\n{VISION}\n",
    "labels.txt": f"Missie: {MISSION}\nVisie: {VISION}\n",
    "hoofdletters.txt": f"MISSIE\n{MISSION}\n\nVISIE\n{VISION}\n",
    "andere-woorden.md": f"## Ons bestaansrecht\n\n{MISSION}\n\n## Waar we naartoe willen\n\n{VISION}\n",
    "vet.docx": _bold_docx,
    "tabel.docx": _table_docx,
    "over-ons.html": PAGE,
}


def _write(folder: Path, name: str, content) -> None:
    if callable(content):
        content(folder / name)
    else:
        (folder / name).write_text(content, encoding="utf-8")


def checked(file: dict) -> dict[str, set[str]]:
    """Per kind a section was checked as, the rules that fired on it."""
    found: dict[str, set[str]] = {}
    for index, section in enumerate(file["sections"]):
        if section["linted_as"] != "unknown":
            rules = {f["rule"] for f in file["findings"] if f["section"] == index}
            found.setdefault(section["linted_as"], set()).update(rules)
    return found


def test_the_nine_layouts_are_checked_as_the_canonical_markdown(tmp_path):
    folder = tmp_path / "teksten"
    folder.mkdir()
    for name, content in LAYOUTS.items():
        _write(folder, name, content)
    files = report(str(folder))
    assert set(files) == set(LAYOUTS)
    canonical = checked(files["kopjes.md"])
    assert set(canonical) == {"missie", "visie"}
    assert "ML101" in canonical["missie"]
    kind_rules = {f["rule"] for f in files["kopjes.md"]["findings"] if f["category"] == "kind"}
    assert kind_rules & canonical["visie"], canonical
    for name in LAYOUTS:
        assert checked(files[name]) == canonical, name
        assert files[name]["warnings"] == [], name
        ml101 = next(f for f in files[name]["findings"] if f["rule"] == "ML101")
        assert ml101["text"] == MISSION[:-1], name  # the mission's own words, in every format


def test_headings_with_a_year_period_or_note_and_yaml_keys_with_affixes(tmp_path):
    (tmp_path / "koppen.md").write_text(
        f"## Missie (2024)\n\n{MISSION}\n\n## Visie 2030\n\nIn 2030 is Zuidhoven een stad waar iedereen veilig "
        "buiten speelt.\n\n## Strategie 2024-2028\n\nDoor meer bomen te planten maken we de wijken koeler.\n\n"
        "## Ambitie\n\nIn 2035 wonen alle ouderen in Zuidhoven veilig thuis.\n",
        encoding="utf-8",
    )
    (tmp_path / "sleutels.yaml").write_text(f"onze-missie: {MISSION}\nvisie_2030: {VISION}\n", encoding="utf-8")
    files = report("koppen.md", "sleutels.yaml")
    sections = [(s["title"], s["linted_as"]) for s in files["koppen.md"]["sections"]]
    assert sections == [
        ("Missie (2024)", "missie"),
        ("Visie 2030", "visie"),
        ("Strategie 2024-2028", "strategie"),
        ("Ambitie", "visie"),
    ]
    yaml_file = files["sleutels.yaml"]
    assert [(s["title"], s["linted_as"]) for s in yaml_file["sections"]] == [
        ("onze-missie", "missie"),
        ("visie_2030", "visie"),
    ]
    assert checked(yaml_file) == checked(report(str(_canonical(tmp_path)))["kopjes.md"])
    text = check("koppen.md").stdout
    assert "Ambitie (gelezen als visie; regel 15)" in text


def _canonical(folder: Path) -> Path:
    path = folder / "kopjes.md"
    path.write_text(LAYOUTS["kopjes.md"], encoding="utf-8")
    return path


def test_an_empty_mission_is_a_finding(tmp_path):
    (tmp_path / "leeg.md").write_text(f"# Stichting Schoon\n\n## Missie\n\n## Visie\n\n{VISION}\n", encoding="utf-8")
    files = report("leeg.md")
    missie = files["leeg.md"]["sections"][0]
    assert (missie["title"], missie["linted_as"], missie["words"]) == ("Missie", "missie", 0)
    empty = [f for f in files["leeg.md"]["findings"] if f["rule"] == "ML203"]
    assert len(empty) == 1 and empty[0]["text"] == "Missie" and empty[0]["start"]["line"] == 3
    result = check("leeg.md")
    assert result.exit_code == 1
    assert "ML203 [warning] Onder dit kopje staat geen missie" in result.stdout
    (tmp_path / "alleen.md").write_text("## Missie\n", encoding="utf-8")
    alone = report("alleen.md")["alleen.md"]
    assert [f["rule"] for f in alone["findings"]] == ["ML203"] and alone["score"] < 100  # never a silent 100


@pytest.mark.parametrize(
    "text, language",
    [
        ("We keep our city clean and green, so that every child can play safely outside.", "Engels"),
        ("Nous voulons une ville propre et verte pour tous les habitants de la région.", "Frans"),
    ],
)
def test_a_mission_not_in_dutch_is_reported_and_not_checked(tmp_path, text, language):
    (tmp_path / "mission.md").write_text(f"## Mission\n\n{text}\n", encoding="utf-8")
    file = report("mission.md")["mission.md"]
    assert file["findings"] == []
    assert file["warnings"] == [f"de tekst is {language}, geen Nederlands: niet gecontroleerd"]
    assert [s["linted_as"] for s in file["sections"]] == ["unknown"]
    result = check("mission.md")
    assert f"waarschuwing: de tekst is {language}, geen Nederlands: niet gecontroleerd" in result.stdout
    assert f"Mission (niet gecontroleerd: {language}; regel 3)" in result.stdout


def test_a_dutch_file_with_an_english_part_is_checked_where_it_is_dutch(tmp_path):
    (tmp_path / "twee.md").write_text(
        f"## Missie\n\n{MISSION}\n\n## Mission (English)\n\nCleaning the city and greening the neighbourhoods for "
        "all of our residents.\n",
        encoding="utf-8",
    )
    file = report("twee.md")["twee.md"]
    assert [(s["title"], s["linted_as"]) for s in file["sections"]] == [
        ("Missie", "missie"),
        ("Mission (English)", "unknown"),
    ]
    assert {f["section"] for f in file["findings"]} == {0}
    assert file["warnings"] == ["'Mission (English)' (regel 7) is Engels, geen Nederlands: niet gecontroleerd"]


def test_a_file_without_any_kind_says_nothing_was_checked(tmp_path):
    (tmp_path / "contact.md").write_text("## Contact\n\nBel ons op 010-1234567.\n", encoding="utf-8")
    file = report("contact.md")["contact.md"]
    assert file["warnings"] == [NOTHING_CHECKED]
    assert NOTHING_CHECKED in check("contact.md").stdout


def test_an_unlabelled_text_is_cut_where_its_paragraphs_read_as_different_kinds(tmp_path):
    (tmp_path / "tekst.txt").write_text(
        "Wij bestaan om ieder kind in Zuidhoven te leren lezen, zodat het kan meedoen.\n\n"
        "In 2035 is Zuidhoven een stad waar alle kinderen met plezier lezen en niemand meer "
        "laaggeletterd van school gaat.\n",
        encoding="utf-8",
    )
    (tmp_path / "missie.txt").write_text(
        "Wij bestaan om ieder kind in Zuidhoven te leren lezen, zodat het kan meedoen.\n\n"
        "Dat doen we samen met scholen, bibliotheken en ouders, zodat ieder kind een boek vindt dat het graag leest.\n",
        encoding="utf-8",
    )
    files = report("tekst.txt", "missie.txt")
    assert [(s["title"], s["linted_as"]) for s in files["tekst.txt"]["sections"]] == [
        ("alinea 1", "missie"),
        ("alinea 2", "visie"),
    ]
    assert [(s["title"], s["linted_as"]) for s in files["missie.txt"]["sections"]] == [(None, "missie")]
    text = check("tekst.txt", "missie.txt").stdout
    assert "alinea 1 (missie; regel 1) leest als missie" in text
    assert " tekst (missie; regel 1) leest als missie" in text and "unknown" not in text


def test_fix_on_an_inline_label_changes_only_the_mission(tmp_path):
    path = tmp_path / "labels.txt"
    original = f"Stichting Schoon\n\nMissie: {MISSION}\nVisie: {VISION}\n"
    path.write_text(original, encoding="utf-8")
    result = check("labels.txt", "--fix")
    assert "1 herschrijving(en) toegepast" in result.stderr, result.output
    assert path.read_text(encoding="utf-8") == original.replace(MISSION, FIXED)


def test_a_cut_text_reads_the_same_from_the_cache(tmp_path):
    (tmp_path / "tekst.txt").write_text(
        "Wij bestaan om ieder kind in Zuidhoven te leren lezen, zodat het kan meedoen.\n\n"
        "In 2035 is Zuidhoven een stad waar alle kinderen met plezier lezen en niemand meer "
        "laaggeletterd van school gaat.\n",
        encoding="utf-8",
    )
    first = runner.invoke(app, ["check", "tekst.txt", "--format", "json"])
    again = runner.invoke(app, ["check", "tekst.txt", "--format", "json"])
    assert first.stdout == again.stdout
    assert [s["title"] for s in json.loads(again.stdout)["files"][0]["sections"]] == ["alinea 1", "alinea 2"]
    junit = runner.invoke(app, ["check", "tekst.txt", "--format", "junit"]).stdout
    assert 'name="alinea 1 (missie; regel 1)"' in junit and "unknown" not in junit


def test_fix_on_a_web_page_changes_only_the_mission(tmp_path):
    path = tmp_path / "over-ons.html"
    path.write_text(PAGE, encoding="utf-8")
    result = check("over-ons.html", "--fix")
    assert "1 herschrijving(en) toegepast" in result.stderr, result.output
    assert path.read_text(encoding="utf-8") == PAGE.replace(MISSION, FIXED)


def test_word_text_boxes_are_read(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Stichting Schoon Zuidhoven")
    add_text_box(document, ("Missie", MISSION))
    document.save(str(tmp_path / "kader.docx"))
    file = report("kader.docx")["kader.docx"]
    assert [(s["title"], s["linted_as"]) for s in file["sections"]] == [(None, "unknown"), ("Missie", "missie")]
    assert "ML101" in {f["rule"] for f in file["findings"]}


def test_a_text_box_in_a_table_cell_is_read(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Stichting Schoon Zuidhoven")
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "Contact"
    add_text_box(table.rows[0].cells[1], ("Missie", MISSION))
    document.save(str(tmp_path / "cel.docx"))
    file = report("cel.docx")["cel.docx"]
    assert ("Missie", "missie") in [(s["title"], s["linted_as"]) for s in file["sections"]]
    assert "ML101" in {f["rule"] for f in file["findings"]}


def test_a_text_box_inside_a_text_box_is_read_once(tmp_path):
    import docx

    document = docx.Document()
    document.add_paragraph("Stichting Schoon Zuidhoven")
    anchor = add_text_box(document, ("Missie", MISSION))
    inner = anchor._p.xpath(".//w:txbxContent/w:p")[-1]  # a box inside the box's last paragraph
    inner.append(text_box_run(("Wij helpen jongeren om een baan te vinden.",)))
    document.save(str(tmp_path / "kaders.docx"))
    file = report("kaders.docx")["kaders.docx"]
    source = read_source(str(tmp_path / "kaders.docx"))
    assert source.text.count("Wij helpen jongeren") == 1
    assert source.text.count(MISSION) == 1
    assert [f["rule"] for f in file["findings"]].count("ML101") == 1


def test_a_markdown_table_cuts_its_cells_at_the_pipes(tmp_path):
    # emphasis or two spaces inside the label cell do not cut it in two
    (tmp_path / "tabel.md").write_text(
        "# Stichting Schoon\n\n| | |\n|---|---|\n"
        f"| Onze **missie** | {MISSION} |\n"
        "| Onze  visie | In 2030 is Zuidhoven een schone stad waar iedereen graag woont. |\n",
        encoding="utf-8",
    )
    file = report("tabel.md")["tabel.md"]
    assert [(s["title"], s["linted_as"]) for s in file["sections"]] == [
        ("Onze missie", "missie"),
        ("Onze visie", "visie"),
    ]
    assert "ML101" in {f["rule"] for f in file["findings"]}
