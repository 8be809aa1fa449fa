"""Bad input, through the real CLI: one table, one row per class of input.

A row that cannot be linted must give exit code 2 and exactly one line on stderr,
`missionlint: fout: FILE[:LINE:COL]: MESSAGE`, no traceback; the good file passed alongside
is still linted, and in `--format json` the report carries one error entry for the file.
A row that can be linted (odd encodings, empty files, big files, long lines) must not crash:
the good file's findings give exit code 1, stderr stays empty, and the file is in the report.

Permission denied needs a user who cannot read the file: as root the row runs in a
subprocess that drops to uid/gid 65534 (nobody) after a warm-up run as root (modules
imported, so nothing has to be read from root's home afterwards).
"""

from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from typer.testing import CliRunner

from missionlint.cli import app
from missionlint.lint.finish import NOTHING_CHECKED
from missionlint.sources.decoding import MAX_BYTES

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
GOOD_TEXT = "De stad schoonmaken.\n"  # ML101 fires: the good file is linted when it shows up
NOBODY = 65534
NEEDS_DOCX = [
    pytest.mark.skipif(
        importlib.util.find_spec("missionlint.sources.docx") is None,
        reason="missionlint.sources.docx (docx support) is not there yet",
    )
]
LIMIT = f"{MAX_BYTES:,}".replace(",", ".")


# --------------------------------------------------------------------------- inputs


def large_markdown(size: int = 500_000) -> str:
    """About `size` bytes of realistic Markdown: the example pages again and again, with
    numbered headings (which still name their kind: "## 12. Onze missie")."""
    pages = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.md"))]
    parts, total, n = [], 0, 0
    while total < size:
        page = pages[n % len(pages)].replace("\n## ", f"\n## {n + 1}. ") + "\n"
        parts.append(page)
        total += len(page.encode("utf-8"))
        n += 1
    return "".join(parts)


MISSION_PHRASES = [
    "De gemeente wil samen met inwoners zorgen voor een schonere en veiligere stad",
    "wij streven ernaar de beste zorgverlener van de regio te zijn",
    "zodat ieder kind in Zuidhoven veilig en gezond kan opgroeien",
    "door samen te werken met scholen, wijkteams en verenigingen",
]


def long_line(size: int = 100_000) -> str:
    """One line of about `size` characters: clauses joined by commas, now and then a full stop."""
    parts, n, total = [], 0, 0
    while total < size:
        phrase = MISSION_PHRASES[n % len(MISSION_PHRASES)] + ("." if n % 7 == 6 else ",")
        parts.append(phrase)
        total += len(phrase) + 1
        n += 1
    return " ".join(parts) + "\n"


def docx_without_document() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notities.txt", "Dit is geen Word-document.")
    return buffer.getvalue()


@dataclass
class Row:
    id: str
    name: str | None  # the file written in the folder (None: the row makes its own paths)
    data: bytes | str | None = None
    message: str | None = None  # the error message (exit 2); None: the file is linted
    line: int | None = None
    column: int | None = None
    stdin: bytes | None = None  # with `name` "-"
    setup: Callable[[Path], str] | None = None  # makes the input, returns the path to pass
    warning: str | None = None  # a warning the linted file carries (JSON "warnings")
    encoding: str | None = None
    heavy: bool = False  # big inputs run once (JSON), not in every format
    user: bool = False  # needs a user who cannot read what root can
    marks: list = field(default_factory=list)


def _empty_dir(folder: Path) -> str:
    target = folder / "leeg"
    (target / ".verborgen").mkdir(parents=True)
    (target / "notities.pdf").write_bytes(b"%PDF-1.4")
    (target / ".verborgen" / "missie.md").write_text("# Missie\nEen schonere stad.\n", encoding="utf-8")
    (target / ".concept.md").write_text("# Missie\nEen schonere stad.\n", encoding="utf-8")
    return str(target)


def _unreadable(folder: Path) -> str:
    target = folder / "geheim.md"
    target.write_text("# Missie\nDe stad schoonmaken.\n", encoding="utf-8")
    target.chmod(0)
    return str(target)


ROWS = [
    # ------------------------------------------------------------ not lintable: exit 2, one line
    Row(
        "missing-path",
        None,
        setup=lambda folder: str(folder / "bestaat-niet.md"),
        message="bestand of map bestaat niet",
    ),
    Row(
        "directory-with-nothing-to-lint",
        None,
        setup=_empty_dir,
        message="map bevat geen bestanden om te controleren (.md, .markdown, .txt, .yaml, .yml, .html, .htm, .docx)",
    ),
    Row(
        "binary-file",
        "plaatje.md",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",
        message="binair bestand, geen tekst",
    ),
    Row(
        "binary-file-as-txt",
        "missie.txt",
        b"Een schonere stad.\n\x00\x01\x02\x03\xff\xfe",
        message="binair bestand, geen tekst",
    ),
    Row("binary-stdin", "-", stdin=b"\x7fELF\x02\x01\x01\x00\x00\x00\x00", message="binair bestand, geen tekst"),
    Row(
        "file-above-size-limit",
        "groot.md",
        ("# Missie\n\n" + "Een schonere stad. " * (MAX_BYTES // 19 + 1)),
        message=f"bestand is te groot ({{size}} bytes); de grens is {LIMIT} bytes",
    ),
    Row(
        "stdin-above-size-limit",
        "-",
        stdin=b"Een schonere stad. " * (MAX_BYTES // 19 + 1),
        message=f"invoer is te groot (meer dan {LIMIT} bytes, de grens)",
    ),
    Row(
        "malformed-yaml",
        "kapot.yaml",
        "missie: [Een schonere stad\nvisie: Samen sterk\n",
        message="ongeldige YAML: verwacht ',' of ']', maar vond ':'",
        line=2,
        column=6,
    ),
    Row(
        "malformed-yaml-unclosed-quote",
        "kapot.yaml",
        'missie: "Een schonere stad\nvisie: x\n',
        message="ongeldige YAML: het bestand houdt onverwacht op (een aanhalingsteken of haakje niet gesloten?)",
        line=3,
        column=1,
    ),
    Row(
        "yaml-control-character",
        "teken.yaml",
        "missie: Een\x07schonere stad\n",
        message="ongeldige YAML: teken #x0007 is niet toegestaan",
        line=1,
        column=12,
    ),
    Row(
        "yaml-not-a-mapping",
        "lijst.yaml",
        "- Een schonere stad\n- Samen sterk\n",
        message="YAML moet een mapping zijn met sleutels zoals missie, visie, waarden, strategie",
        line=1,
        column=1,
    ),
    Row(
        "yaml-nested-mapping",
        "genest.yaml",
        "missie:\n  datum: 2024\n  en: A cleaner city.\n",
        message="'missie' bevat een mapping zonder tekstveld; verwacht tekst, een lijst met teksten of een "
        "veld tekst, text, nl, omschrijving, ...",
        line=2,
        column=3,
    ),
    Row(
        "yaml-number",
        "getal.yaml",
        "naam: Zuidhoven\nmissie: 42\n",
        message="'missie' moet tekst zijn, geen getal of ja/nee-waarde (42)",
        line=2,
        column=9,
    ),
    Row(
        "yaml-python-tag",
        "tag.yaml",
        "missie: !!python/object/apply:os.system ['echo gehackt']\n",
        message="ongeldige YAML: tag 'tag:yaml.org,2002:python/object/apply:os.system' wordt niet ondersteund",
        line=1,
        column=9,
    ),
    Row(
        "yaml-nested-too-deep",
        "diep.yaml",
        "missie: " + "[" * 3000 + "]" * 3000 + "\n",
        message="ongeldige YAML: te diep geneste lijsten of mappings",
    ),
    Row(
        "docx-that-is-text",
        "missie.docx",
        "# Missie\nEen schonere stad.\n",
        message="geen geldig .docx-bestand (geen zip-archief)",
        marks=NEEDS_DOCX,
    ),
    Row(
        "docx-zip-without-document",
        "missie.docx",
        docx_without_document(),
        message="geen geldig .docx-bestand (het zip-archief bevat geen leesbaar Word-document)",
        marks=NEEDS_DOCX,
    ),
    Row("permission-denied", None, setup=_unreadable, message="kan bestand niet lezen: geen toegang", user=True),
    # ------------------------------------------------------------ lintable: no error, no crash
    Row(
        "invalid-utf8-read-as-cp1252",
        "oud.txt",
        "Een schonere stad voor iedereen – ook in het café.\n".encode("cp1252"),
        warning="niet als UTF-8 te lezen; gelezen als cp1252",
        encoding="cp1252",
    ),
    Row("utf8-with-bom", "bom.md", "\ufeff# Missie\n\nEen schonere stad.\n".encode("utf-8"), encoding="utf-8-sig"),
    Row("utf16-le-with-bom", "utf16.md", "# Missie\r\n\r\nEen schonere stad.\r\n".encode("utf-16"), encoding="utf-16"),
    Row(
        "utf16-be-with-bom",
        "utf16be.yaml",
        b"\xfe\xff" + "missie: Een schonere stad.\n".encode("utf-16-be"),
        encoding="utf-16",
    ),
    Row("empty-markdown", "leeg.md", b"", warning=NOTHING_CHECKED),
    Row("empty-text", "leeg.txt", b"", warning=NOTHING_CHECKED),
    Row("empty-yaml", "leeg.yaml", b"", warning=NOTHING_CHECKED),
    Row("whitespace-only", "wit.md", " \n\t\n\r\n   \n", warning=NOTHING_CHECKED),
    Row("headings-without-text", "koppen.md", "# Missie\n\n## Visie\n#\n##\n### Kernwaarden\n---\n"),
    Row("yaml-keys-without-text", "sleutels.yaml", "missie:\nvisie: ''\nwaarden: []\nstrategie: ~\n"),
    Row("large-markdown-below-limit", "groot.md", large_markdown(), heavy=True),
    Row("very-long-line", "lang.md", "# Missie\n\n" + long_line(), heavy=True),
]


# --------------------------------------------------------------------------- running


pytestmark = pytest.mark.usefixtures("pipeline_once")  # each CLI run would load the pipeline again


@pytest.fixture
def folder():
    """A fresh folder anyone may enter (tmp_path is root's own), removed afterwards."""
    path = Path(tempfile.mkdtemp(prefix="missionlint-bad-input-"))
    path.chmod(0o755)
    yield path
    for sub, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chmod(os.path.join(sub, name), 0o755)
    shutil.rmtree(path, ignore_errors=True)


@dataclass
class Outcome:
    exit_code: int
    stdout: str
    stderr: str
    traceback: bool


def prepare(row: Row, folder: Path) -> tuple[str, str]:
    """Write the row's input and a good file; (path argument, the path errors name)."""
    good = folder / "goed.txt"
    good.write_text(GOOD_TEXT, encoding="utf-8")
    if row.setup:
        path = row.setup(folder)
        return path, path
    if row.name == "-":
        return "-", "<stdin>"
    target = folder / row.name
    target.write_bytes(row.data.encode("utf-8") if isinstance(row.data, str) else row.data)
    return str(target), str(target)


def arguments(path: str, folder: Path, fmt: str) -> list[str]:
    return ["check", path, str(folder / "goed.txt"), "--kind", "missie", "--no-cache", "--format", fmt]


WRAPPER = """
import io, json, os, sys
from contextlib import redirect_stderr, redirect_stdout
from missionlint.cli import app
warm, args = json.loads(sys.argv[1]), json.loads(sys.argv[2])
with redirect_stdout(io.StringIO()), redirect_stderr(io.StringIO()):
    try:
        app(warm)  # as root: imports everything the real run needs
    except SystemExit:
        pass
os.setgid(%d)
os.setuid(%d)
app(args)
""" % (NOBODY, NOBODY)


def run(row: Row, folder: Path, fmt: str) -> tuple[Outcome, str]:
    path, display = prepare(row, folder)
    args = arguments(path, folder, fmt)
    if row.user and os.geteuid() == 0:
        warm = arguments(str(folder / "goed.txt"), folder, fmt)
        done = subprocess.run(
            [sys.executable, "-c", WRAPPER, json.dumps(warm), json.dumps(args)],
            capture_output=True,
            text=True,
            cwd=folder,
            timeout=600,
        )
        return Outcome(done.returncode, done.stdout, done.stderr, "Traceback" in done.stderr), display
    result = CliRunner().invoke(app, args, input=row.stdin)
    crashed = result.exception is not None and not isinstance(result.exception, SystemExit)
    return Outcome(result.exit_code, result.stdout, result.stderr, crashed or "Traceback" in result.output), display


def expected_message(row: Row, path: str) -> str:
    message = row.message
    if "{size}" in message:
        message = message.replace("{size}", str(os.path.getsize(path)))
    return message


def _installed_for_everyone() -> bool:
    """Can an unprivileged user read missionlint and its folders (not so in a 0700 venv)?"""
    import stat

    import missionlint

    path = Path(missionlint.__file__).resolve().parent
    if not path.stat().st_mode & stat.S_IROTH:
        return False
    return all(p.stat().st_mode & stat.S_IXOTH for p in [path, *path.parents])


def params(rows, formats):
    out = []
    for row in rows:
        for fmt in formats:
            if row.heavy and fmt != "json":
                continue
            marks = list(row.marks)
            if row.user and os.geteuid() == 0 and not hasattr(os, "setuid"):
                marks.append(pytest.mark.skip(reason="root cannot drop privileges on this platform"))
            elif row.user and os.geteuid() == 0 and not _installed_for_everyone():
                marks.append(pytest.mark.skip(reason="missionlint is installed where user nobody cannot read it"))
            out.append(pytest.param(row, fmt, id=f"{row.id}-{fmt}", marks=marks))
    return out


@pytest.fixture(autouse=True)
def isolated_cwd(folder, monkeypatch):
    """No configuration or cache of the repository (or elsewhere) is picked up or written."""
    monkeypatch.chdir(folder)


# --------------------------------------------------------------------------- the tests


@pytest.mark.parametrize("row, fmt", params(ROWS, ["text", "json"]))
def test_bad_input(row: Row, fmt: str, folder: Path) -> None:
    outcome, display = run(row, folder, fmt)
    good = str(folder / "goed.txt")
    assert not outcome.traceback, outcome.stderr
    if row.message is not None:
        assert outcome.exit_code == 2, (outcome.exit_code, outcome.stdout, outcome.stderr)
        message = expected_message(row, display)
        assert not english_words(message), message
        location = display if row.line is None else f"{display}:{row.line}:{row.column}"
        if fmt == "text":
            lines = outcome.stderr.strip().splitlines()
            assert lines == [f"missionlint: fout: {location}: {message}"], outcome.stderr
            assert good in outcome.stdout and "ML101" in outcome.stdout, "the good file is still linted"
        else:
            assert not outcome.stderr.strip(), outcome.stderr  # the JSON report carries its errors
            report = json.loads(outcome.stdout)
            assert report["errors"] == [{"path": display, "line": row.line, "column": row.column, "message": message}]
            assert report["summary"]["errors"] == 1
            assert [f["path"] for f in report["files"]] == [good]
            assert "ML101" in [f["rule"] for f in report["files"][0]["findings"]]
        return
    # lintable: the good file's findings make the exit code 1; no error line
    assert outcome.exit_code == 1, (outcome.exit_code, outcome.stdout, outcome.stderr)
    assert not outcome.stderr.strip(), outcome.stderr
    if fmt == "text":
        assert display in outcome.stdout and good in outcome.stdout
        if row.warning:
            assert row.warning in outcome.stdout
        return
    report = json.loads(outcome.stdout)
    assert report["errors"] == []
    files = {f["path"]: f for f in report["files"]}
    assert set(files) == {display, good}
    linted = files[display]
    assert linted["warnings"] == ([row.warning] if row.warning else [])
    if row.encoding:
        assert linted["encoding"] == row.encoding
    assert linted["score"] is None or 0 <= linted["score"] <= 100
    if not linted["sections"]:  # empty input: nothing to say, or at most an info
        assert all(f["severity"] == "info" for f in linted["findings"])
    if row.heavy:
        assert linted["sections"] and linted["findings"]
        text = Path(display).read_text(encoding="utf-8")
        for finding in linted["findings"]:  # offsets still slice the file exactly
            assert text[finding["start"]["offset"] : finding["end"]["offset"]] == finding["text"]


def test_table_covers_every_class() -> None:
    """The issue's list of bad inputs, each with a row (a guard against dropping one)."""
    ids = {row.id for row in ROWS}
    for needed in (
        "missing-path",
        "directory-with-nothing-to-lint",
        "binary-file",
        "binary-stdin",
        "invalid-utf8-read-as-cp1252",
        "utf8-with-bom",
        "utf16-le-with-bom",
        "empty-markdown",
        "headings-without-text",
        "file-above-size-limit",
        "large-markdown-below-limit",
        "very-long-line",
        "malformed-yaml",
        "yaml-not-a-mapping",
        "docx-that-is-text",
        "permission-denied",
    ):
        assert needed in ids
    assert len(ids) == len(ROWS), "row ids are unique"


def test_size_limit_is_documented() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{MAX_BYTES:,}" in readme or LIMIT in readme, "README states sources.MAX_BYTES"


def test_large_file_is_near_the_advertised_size() -> None:
    """The generated inputs are what the rows claim: ~500 KB of Markdown, a ~100 KB line."""
    assert 500_000 <= len(large_markdown().encode("utf-8")) < MAX_BYTES
    line = long_line()
    assert len(line) >= 100_000 and line.count("\n") == 1


# --------------------------------------------------------------------------- Dutch only

# Words an English message can hardly do without, and Dutch never uses ("in", "is" and "of"
# are Dutch too). Quoted text, options, paths and identifiers are left out before looking.
ENGLISH = frozenset(
    "the an are not to for with and or but expected got must cannot unknown invalid missing "
    "does found did you your mean error warning usage options such should allowed exist please "
    "only this that were has have which while try given no nothing".split()
)


def english_words(message: str) -> set[str]:
    """The English function words in `message`, outside quotes, options, paths and ids."""
    text = re.sub(r"'[^']*'|\"[^\"]*\"|`[^`]*`|<[^>]*>|\[[^\]]*\]", " ", message)
    words = [w for w in text.split() if not re.search(r"^-|[/_.:=]|ML\d", w)]
    return {w.lower() for w in re.findall(r"[A-Za-z]+", " ".join(words))} & ENGLISH


def _config(name: str, text: str) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        (folder / name).write_text(text, encoding="utf-8")
        return ["check", "goed.txt", "--no-cache"]

    return setup


def _rule_folder(text: str) -> Callable[[Path], list[str]]:
    def setup(folder: Path) -> list[str]:
        rules = folder / "regels"
        rules.mkdir()
        (rules / "ML901-eigen.yaml").write_text(text, encoding="utf-8")
        return ["check", "goed.txt", "--no-cache", "--rules", str(rules)]

    return setup


GOOD_RULE = (
    "id: ML901\nname: eigen-regel\ncategory: language\ntype: terms\nseverity: info\nweight: 1\n"
    "applies_to: [missie]\nsummary: Iets.\nmessage: \"'{text}' is raar.\"\nexplanation: Uitleg.\nattr: LOWER\n"
    "terms: [{term: sowieso}]\nexamples: {bad: ['Wij doen het sowieso.'], good: ['Wij doen het.']}\n"
)
# id -> makes the input in the folder (which has goed.txt) and returns the arguments
CLI_ERRORS: dict[str, Callable[[Path], list[str]]] = {
    "no-paths": lambda folder: ["check"],
    "no-command": lambda folder: [],
    "no-subcommand": lambda folder: ["model"],
    "unknown-command": lambda folder: ["chek"],
    "unknown-option": lambda folder: ["check", "--selct", "framing", "goed.txt"],
    "option-without-value": lambda folder: ["check", "goed.txt", "--format"],
    "bad-choice": lambda folder: ["check", "--kind", "doel", "goed.txt"],
    "not-a-number": lambda folder: ["check", "--fail-under", "hoog", "goed.txt"],
    "out-of-range": lambda folder: ["check", "--fail-under", "120", "goed.txt"],
    "extra-argument": lambda folder: ["rules", "extra"],
    "explain-without-rule": lambda folder: ["explain"],
    "explain-unknown-rule": lambda folder: ["explain", "ML1O1"],
    "unknown-selector": lambda folder: ["check", "goed.txt", "--select", "framng"],
    "unknown-model": lambda folder: ["check", "goed.txt", "--model", "nl_bestaat_niet"],
    "fix-stdin": lambda folder: ["check", "-", "--fix"],
    "watch-json": lambda folder: ["check", "goed.txt", "--watch", "--format", "json"],
    "init-exists": lambda folder: (folder / ".missionlint.yaml").write_text("", encoding="utf-8") or ["init"],
    "init-no-folder": lambda folder: ["init", "bestaat-niet"],
    "review-without-output": lambda folder: ["review", "goed.txt"],
    "review-output-not-docx": lambda folder: ["review", "goed.txt", "-o", "goed.pdf"],
    "review-output-exists": lambda folder: (
        (folder / "goed.docx").write_bytes(b"") or ["review", "goed.txt", "-o", "goed.docx"]
    ),
    "review-same-file": lambda folder: (
        (folder / "goed.docx").write_bytes(b"") or ["review", "goed.docx", "-o", "goed.docx"]
    ),
    "review-not-a-word-file": lambda folder: [
        (folder / "nep.docx").write_text("tekst", encoding="utf-8"),
        ["review", "nep.docx", "-o", "nep-review.docx"],
    ][1],
    "config-unknown-key": _config(".missionlint.yaml", "selekt: [framing]\n"),
    "config-wrong-type": _config(".missionlint.yaml", "fail-under: hoog\n"),
    "config-list-expected": _config(".missionlint.yaml", "ignore: ML101\n"),
    "config-bad-severity": _config(".missionlint.yaml", "severity: {ML101: fataal}\n"),
    "config-missing-rule-folder": _config(".missionlint.yaml", "rules: [bestaat-niet]\n"),
    "config-not-a-mapping": _config(".missionlint.yaml", "- select\n"),
    "config-invalid-yaml": _config(".missionlint.yaml", "select: [framing\nignore: []\n"),
    "config-yaml-tab": _config(".missionlint.yaml", "select:\n\t- framing\n"),
    "config-invalid-toml": _config("pyproject.toml", "[tool.missionlint]\nselect = [\n"),
    "config-toml-no-equals": _config("pyproject.toml", "[tool.missionlint]\nselect framing\n"),
    "config-vocabulary-not-a-mapping": _config(".missionlint.yaml", "vocabulary: [integraal]\n"),
    "config-vocabulary-unknown-list": _config(".missionlint.yaml", "vocabulary: {accepted: [integraal]}\n"),
    "config-vocabulary-word-not-text": _config(".missionlint.yaml", "vocabulary: {reject: [3]}\n"),
    "config-vocabulary-entry-without-word": _config(".missionlint.yaml", "vocabulary: {reject: [{reason: Nee.}]}\n"),
    "config-vocabulary-both-lists": _config(
        ".missionlint.yaml", "vocabulary: {accept: [integraal], reject: [Integraal]}\n"
    ),
    "config-vocabulary-toml": _config("pyproject.toml", "[tool.missionlint]\nvocabulary = {reject = [{word = 1}]}\n"),
    "suppressions-not-json": _config("missionlint-suppressions.json", '{"version": 1,\n'),
    "suppressions-hand-edited": _config(
        "missionlint-suppressions.json", '{"version": 1, "files": {"goed.txt": {"rules": {"ML101": {"count": -1}}}}}'
    ),
    "suppressions-not-utf8": lambda folder: [
        (folder / "missionlint-suppressions.json").write_bytes(b"\xff\xfe{"),
        ["check", "goed.txt", "--no-cache"],
    ][1],
    "suppressions-is-a-folder": lambda folder: ["check", "goed.txt", "--suppressions", str(folder)],
    "suppress-all-and-prune": lambda folder: ["check", "goed.txt", "--suppress-all", "--prune-suppressions"],
    "prune-without-file": lambda folder: ["check", "goed.txt", "--prune-suppressions"],
    "rule-unknown-field": _rule_folder(GOOD_RULE + "kleur: rood\n"),
    "rule-missing-field": _rule_folder(GOOD_RULE.replace("summary: Iets.\n", "")),
    "rule-wrong-type": _rule_folder(GOOD_RULE.replace("weight: 1", "weight: zwaar")),
    "rule-bad-yaml": _rule_folder(GOOD_RULE + "notes: [open\n"),
    "rule-bad-template": _rule_folder(GOOD_RULE.replace("'{text}' is raar.", "'{text.upper}' is raar.")),
    "rule-bad-regex": _rule_folder(
        GOOD_RULE.replace("type: terms", "type: pattern").replace(
            "attr: LOWER\nterms: [{term: sowieso}]", "patterns: [[{TEXT: {REGEX: '(sowieso'}}]]"
        )
    ),
    "rule-spacy-pattern": _rule_folder(
        GOOD_RULE.replace("type: terms", "type: pattern").replace(
            "attr: LOWER\nterms: [{term: sowieso}]", "patterns: [[{LOWER: sowieso, IS_DIGIT: ja}]]"
        )
    ),
}


@pytest.mark.parametrize("case", sorted(CLI_ERRORS))
def test_every_error_is_one_dutch_line(case: str, folder: Path) -> None:
    """Each way to get the command line wrong: exit code 2, one line on stderr, in Dutch."""
    (folder / "goed.txt").write_text(GOOD_TEXT, encoding="utf-8")
    args = CLI_ERRORS[case](folder)
    result = CliRunner().invoke(app, args, input="De stad schoonmaken.\n")
    assert not (result.exception and not isinstance(result.exception, SystemExit)), result.exception
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.exit_code == 2, (result.exit_code, result.output)
    assert len(lines) == 1 and lines[0].startswith("missionlint: fout: "), result.stderr
    assert not english_words(lines[0]), lines[0]


@pytest.mark.parametrize(
    "args",
    [[], ["check"], ["review"], ["rules"], ["explain"], ["init"], ["model"], ["model", "info"], ["server"]],
    ids=lambda args: " ".join(args) or "missionlint",
)
def test_help_is_dutch(args: list[str]) -> None:
    result = CliRunner().invoke(app, [*args, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    text = re.sub(r"[│╭╮╰╯─]", " ", result.stdout)
    assert "Gebruik:" in text and "Opties" in text
    for line in text.splitlines():
        assert not english_words(line), line


def test_warnings_and_the_fail_under_line_are_dutch(folder: Path) -> None:
    (folder / "m.md").write_text(
        "## Missie\n\n<!-- missionlint-disable-next-line ML1O1 -->\nDe stad schoonmaken.\n", encoding="utf-8"
    )
    result = CliRunner().invoke(app, ["check", "m.md", "--no-cache", "--fail-under", "99"])
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("missionlint: waarschuwing: m.md:3:1: ") and "(bedoelt u 'ML101'?)" in lines[0]
    assert lines[-1].startswith("missionlint: score ")
    for line in lines:
        assert not english_words(line), line
