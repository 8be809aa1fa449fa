"""Integrations through the real CLI on real files: .docx input, --diff and --fix, --watch,
the pre-commit hook definition and shell completion."""

from __future__ import annotations

import functools
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from missionlint.cli import app
from missionlint.fix import apply as fixes

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
WEAK = "De stad schoonmaken"  # a mission that fires ML101 with the safe fix below
FIXED = "Een schonere stad"


@pytest.fixture(autouse=True)
def _in_tmp(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the result cache lives in the working directory


def check(*args: str, stdin: str | None = None):
    return runner.invoke(app, ["check", *args], input=stdin)


def _docx(path: Path) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Gemeente Zuidhoven", style="Title")
    document.add_heading("Onze missie", level=1)
    paragraph = document.add_paragraph()
    paragraph.add_run("Voor alle inwoners.")
    paragraph.add_run().add_break()  # a line break inside paragraph 3: lines and paragraphs differ
    paragraph.add_run(WEAK + ".")
    document.add_heading("Visie", level=2)
    document.add_paragraph("In 2030 is Zuidhoven een stad waar iedereen veilig woont.")
    document.save(path)
    return path


# --------------------------------------------------------------------------- .docx


def test_docx_headings_become_sections_with_paragraph_positions(tmp_path):
    folder = tmp_path / "teksten"
    folder.mkdir()
    _docx(folder / "zuidhoven.docx")
    (folder / "missie.md").write_text(f"## Missie\n\n{WEAK}.\n", encoding="utf-8")
    result = check(str(folder), "--format", "json")
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    files = {Path(f["path"]).name: f for f in report["files"]}
    assert set(files) == {"zuidhoven.docx", "missie.md"}  # .docx is collected from folders

    docx_file = files["zuidhoven.docx"]
    assert [(s["kind"], s["kind_source"], s["title"]) for s in docx_file["sections"]] == [
        ("missie", "heading", "Onze missie"),
        ("visie", "heading", "Visie"),
    ]
    ml101 = next(f for f in docx_file["findings"] if f["rule"] == "ML101")
    assert ml101["text"] == WEAK and ml101["fix"] == FIXED
    # paragraph 3 ("Voor alle inwoners.<br>De stad schoonmaken.") is on lines 3 and 4
    assert ml101["start"] == {
        "line": 4,
        "column": 1,
        "offset": ml101["start"]["offset"],
        "paragraph": 3,
        "paragraph_offset": len("Voor alle inwoners.\n"),
    }
    assert (ml101["end"]["paragraph"], ml101["end"]["paragraph_offset"]) == (3, len("Voor alle inwoners.\n" + WEAK))
    assert docx_file["sections"][0]["start"]["paragraph"] == 3

    md_finding = files["missie.md"]["findings"][0]
    assert "paragraph" not in md_finding["start"] and "paragraph_offset" not in md_finding["end"]


def test_docx_text_output_says_paragraph_and_fix_skips_docx(tmp_path):
    path = _docx(tmp_path / "zuidhoven.docx")
    before = path.read_bytes()
    result = check(str(path), "--fix")
    assert result.exit_code == 1, result.output
    assert "paragraaf 3, positie 21 ML101" in result.stdout
    assert "Onze missie (missie; paragraaf 3)" in result.stdout
    assert "--fix schrijft geen .docx-bestanden" in result.stderr
    assert path.read_bytes() == before


def test_not_a_docx_is_an_input_error_and_other_files_are_linted(tmp_path):
    (tmp_path / "kapot.docx").write_text("dit is geen Word-bestand", encoding="utf-8")
    (tmp_path / "missie.md").write_text(f"## Missie\n\n{WEAK}.\n", encoding="utf-8")
    result = check("kapot.docx", "missie.md")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(errors) == 1 and "kapot.docx" in errors[0] and "geen geldig .docx-bestand" in errors[0]
    assert "ML101" in result.stdout


# --------------------------------------------------------------------------- --diff and --fix


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path):
    path = tmp_path / "missie.md"
    path.write_bytes(f"# Zuidhoven\n\n## Missie\n\n{WEAK}.\n".encode())
    before = path.read_bytes()
    result = check("missie.md", "--diff", "--no-cache")
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith("--- missie.md\n+++ missie.md\n@@ ")
    assert f"\n-{WEAK}.\n+{FIXED}.\n" in result.stdout
    assert "niets geschreven" in result.stderr
    assert path.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["missie.md"]


@pytest.mark.skipif(shutil.which("patch") is None, reason="needs the patch program")
def test_diff_of_a_crlf_file_applies_with_patch(tmp_path):
    """The README's usage, `patch -p0 < fixes.diff`, on a file with Windows newlines."""
    path = tmp_path / "missie.md"
    path.write_bytes(f"# Zuidhoven\r\n\r\n## Missie\r\n\r\n{WEAK}.\r\n\r\n## Contact\r\nBel ons.".encode())
    command = [sys.executable, "-m", "missionlint", "check", "missie.md", "--diff", "--no-cache"]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True)  # CliRunner would turn \r\n into \n
    assert result.returncode == 1, result.stderr
    assert f"\n-{WEAK}.\r\n+{FIXED}.\r\n".encode() in result.stdout
    (tmp_path / "fixes.diff").write_bytes(result.stdout)
    done = subprocess.run(["patch", "-p0", "-i", "fixes.diff"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert path.read_bytes() == f"# Zuidhoven\r\n\r\n## Missie\r\n\r\n{FIXED}.\r\n\r\n## Contact\r\nBel ons.".encode()


def test_fix_writes_a_symlinked_file_once(tmp_path):
    """`ln -s a.md b.md; check . --fix`: a.md is fixed once, b.md is the same file."""
    folder = tmp_path / "teksten"
    folder.mkdir()
    (folder / "a.md").write_text(f"## Missie\n\n{WEAK}.\n", encoding="utf-8")
    (folder / "b.md").symlink_to("a.md")
    result = check(str(folder), "--fix", "--no-cache")
    assert result.exit_code in (0, 1), result.output
    assert (folder / "a.md").read_text(encoding="utf-8") == f"## Missie\n\n{FIXED}.\n"
    assert (folder / "b.md").is_symlink()
    assert f"{folder / 'a.md'}: 1 herschrijving(en) toegepast" in result.stderr
    assert f"{folder / 'b.md'}: hetzelfde bestand als {folder / 'a.md'}" in result.stderr
    assert "fout" not in result.stderr and "gewijzigd" not in result.stderr


# name -> (text with "\n" newlines, newline to write, encode): each file is written with
# its own encoding, newlines and byte-order mark and must keep them after --fix.
ENCODED = {
    "utf8-bom-crlf.md": ("## Missie\n\n{m}.\n", "\r\n", lambda t: b"\xef\xbb\xbf" + t.encode("utf-8")),
    "utf16le-crlf.md": ("## Missie\n\n{m}.\n", "\r\n", lambda t: b"\xff\xfe" + t.encode("utf-16-le")),
    "utf16be-lf.md": ("## Missie\n\n{m}.\n", "\n", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    "cp1252-lf.md": ("## Over ons\n\nCafé Zuidhoven.\n\n## Missie\n\n{m}.\n", "\n", lambda t: t.encode("cp1252")),
    "mixed.md": ("\n{m}.\n", "\r\n", lambda t: ("## Missie\n" + t).encode("utf-8")),  # "\n", then "\r\n"
}


def _bytes(name: str, mission: str) -> bytes:
    text, newline, encode = ENCODED[name]
    return encode(text.format(m=mission).replace("\n", newline))


def test_fix_keeps_encoding_bom_and_newlines_and_lints_again(tmp_path):
    folder = tmp_path / "teksten"
    folder.mkdir()
    for name in ENCODED:
        (folder / name).write_bytes(_bytes(name, WEAK))
    result = check(str(folder), "--fix")
    for name in ENCODED:
        assert (folder / name).read_bytes() == _bytes(name, FIXED), name
        assert f"{name}: 1 herschrijving(en) toegepast" in result.stderr
    assert sorted(os.listdir(folder)) == sorted(ENCODED)  # no temporary files left
    assert WEAK not in result.stdout and "ML101" not in result.stdout  # the report is of the fixed files
    assert f"{len(ENCODED)} bestand(en)" in result.stdout
    assert result.exit_code in (0, 1), result.output


def test_fix_refuses_a_file_changed_between_read_and_write(tmp_path, monkeypatch):
    path = tmp_path / "missie.md"
    path.write_text(f"## Missie\n\n{WEAK}.\n", encoding="utf-8")
    edited = f"## Missie\n\n{WEAK}, en nog iets.\n"
    calls = []

    def someone_saves(written: str) -> None:  # runs right before the final check and replace
        calls.append(written)
        path.write_text(edited, encoding="utf-8")

    monkeypatch.setattr(fixes, "apply", functools.partial(fixes.apply, before_write=someone_saves))
    result = check("missie.md", "--fix", "--no-cache")
    assert calls == ["missie.md"]
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.strip()]
    assert errors == ["missionlint: fout: missie.md: " + fixes.CHANGED]
    assert path.read_text(encoding="utf-8") == edited
    assert sorted(os.listdir(tmp_path)) == ["missie.md"]  # the temporary file is gone


def test_fix_refuses_stdin_and_diff_reads_it():
    refused = check("-", "--kind", "missie", "--fix", stdin=f"{WEAK}.")
    assert refused.exit_code == 2
    assert "--fix herschrijft geen standaardinvoer" in refused.stderr
    shown = check("-", "--kind", "missie", "--diff", stdin=f"{WEAK}.\n")
    assert shown.exit_code == 1, shown.output
    assert f"--- <stdin>\n+++ <stdin>\n@@ -1 +1 @@\n-{WEAK}.\n+{FIXED}.\n" == shown.stdout


# --------------------------------------------------------------------------- --watch


def test_watch_lints_again_on_save_and_ctrl_c_exits_0(tmp_path):
    path = tmp_path / "missie.txt"
    path.write_text(f"{WEAK}.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "NO_COLOR": "1", "COLUMNS": "200"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "missionlint", "check", "--watch", "--kind", "missie", "--no-cache", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line) for line in proc.stdout], daemon=True).start()
    seen: list[str] = []

    def wait_for(pattern: str, timeout: float) -> re.Match:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                line = lines.get(timeout=0.5)
            except queue.Empty:
                assert proc.poll() is None, "".join(seen)
                continue
            seen.append(line)
            match = re.search(pattern, line)
            if match:
                return match
        pytest.fail(f"no line matching {pattern!r} within {timeout}s:\n" + "".join(seen))

    try:
        wait_for(r"ML101", 180)  # the first report
        wait_for("wacht op wijzigingen", 60)  # the watcher is running
        path.write_text(
            "Een schonere stad, zodat alle inwoners van Zuidhoven gezond en veilig wonen.\n", encoding="utf-8"
        )
        move = wait_for(r"missie\.txt: score (\d+) -> (\d+) \(([+-]\d+)\); (\d+) nieuw, (\d+) opgelost", 60)
        old, new, delta = int(move[1]), int(move[2]), int(move[3])
        assert new > old and delta == new - old and int(move[5]) >= 1
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)


# --------------------------------------------------------------------------- pre-commit, completion


def test_pre_commit_hook_definition():
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    hook = next(h for h in hooks if h["id"] == "missionlint")
    assert (hook["entry"], hook["language"], hook["types_or"]) == (
        "missionlint check",
        "python",
        ["markdown", "yaml", "text"],
    )
    files = re.compile(hook["files"])
    assert all(
        files.search(name)
        for name in ("missie.md", "a/b.markdown", "visie.txt", "x.yaml", "y.yml", "over-ons.html", "z.htm")
    )
    assert not any(files.search(name) for name in ("setup.py", "notes.mdx", "data.json"))
    workflow = yaml.safe_load((ROOT / "docs" / "github-workflow.yml").read_text(encoding="utf-8"))
    steps = workflow["jobs"]["missionlint"]["steps"]
    assert any("--format sarif" in step.get("run", "") for step in steps)
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)


def _missionlint(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).parent / "missionlint"), *args]  # the installed script: its name counts
    return subprocess.run(command, capture_output=True, text=True, timeout=60, env={**os.environ, **(env or {})})


def test_shell_completion_scripts_and_completions():
    # the shell named, not detected: detection walks the parent processes, which differ
    # between a terminal, CI and a background job
    bash = _missionlint("--show-completion", "bash", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert bash.returncode == 0, bash.stderr
    assert "complete -o default -F _missionlint_completion missionlint" in bash.stdout
    assert "_MISSIONLINT_COMPLETE=complete_bash" in bash.stdout
    zsh = _missionlint("--show-completion", "zsh", env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert zsh.returncode == 0 and "#compdef missionlint" in zsh.stdout
    # what bash asks for when you press Tab after `missionlint check --ki` and `--kind m`
    words = _missionlint(
        env={"_MISSIONLINT_COMPLETE": "complete_bash", "COMP_WORDS": "missionlint check --ki", "COMP_CWORD": "2"}
    )
    assert words.stdout.split() == ["--kind"]
    kinds = _missionlint(
        env={"_MISSIONLINT_COMPLETE": "complete_bash", "COMP_WORDS": "missionlint check --kind m", "COMP_CWORD": "3"}
    )
    assert kinds.stdout.split() == ["missie"]
