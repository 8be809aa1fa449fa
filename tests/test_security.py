"""Security: YAML is only ever read safely, no code runs from rule files, configuration or
input, nothing goes over the network at run time, and `--fix` writes only files it linted."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from missionlint.cli import app

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "missionlint"
EXAMPLES = ROOT / "examples"
runner = CliRunner()

# yaml.load is allowed only with a safe loader named on the same line (rulebook.TRUSTED_LOADER
# is checked below to be SafeLoader or its libyaml twin CSafeLoader).
UNSAFE_YAML = re.compile(
    r"yaml\.load\((?!.*Loader=(?:TRUSTED_LOADER|yaml\.SafeLoader)\b)|yaml\.unsafe_load|yaml\.full_load|Loader\s*=\s*yaml\.(?:Loader|FullLoader|UnsafeLoader)"
    r"|yaml\.(?:Loader|FullLoader|UnsafeLoader)\b"
)
CODE_FROM_DATA = re.compile(r"(?<![\w.])(?:eval|exec)\(|pickle\.loads?\(|marshal\.loads?\(|__import__\(")


def python_sources():
    return sorted(p for p in SRC.rglob("*.py") if "pipelines" not in p.parts)


def test_yaml_is_only_read_with_the_safe_loader():
    offenders = [
        f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
        for p in python_sources()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if UNSAFE_YAML.search(line)
    ]
    assert not offenders, offenders
    users = [p for p in python_sources() if "yaml." in p.read_text(encoding="utf-8")]
    assert users, "the grep looks at the files that use YAML"
    assert UNSAFE_YAML.search("data = yaml.load(text, Loader=yaml.FullLoader)"), "the grep catches unsafe loads"


def test_the_trusted_rule_loader_is_a_safe_one():
    from missionlint.rulebook.loading import TRUSTED_LOADER

    assert TRUSTED_LOADER in (yaml.SafeLoader, getattr(yaml, "CSafeLoader", None))


def test_no_eval_exec_or_pickle_in_the_package():
    offenders = [
        f"{p.relative_to(ROOT)}:{n}: {line.strip()}"
        for p in python_sources()
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if CODE_FROM_DATA.search(line.split("#")[0])
    ]
    assert not offenders, offenders


def payload(marker: Path) -> str:
    """A YAML value that runs a command when an unsafe loader constructs it."""
    return f"!!python/object/apply:os.system ['touch {marker}']"


MINIMAL_RULE = {
    "id": "ML990",
    "name": "test-rule",
    "category": "framing",
    "type": "pattern",
    "severity": "warning",
    "weight": 10,
    "applies_to": ["missie"],
    "summary": "Test.",
    "message": "'{text}' test.",
    "explanation": "Test.",
    "examples": {"bad": ["De stad schoonmaken."], "good": ["Een schonere stad."]},
    "patterns": [[{"LOWER": "schoonmaken"}]],
}


@pytest.mark.parametrize("field", ["notes", "weight", "patterns"])
def test_rule_file_with_python_tag_is_refused_and_runs_nothing(tmp_path, field):
    marker = tmp_path / "gehackt"
    folder = tmp_path / "regels"
    folder.mkdir()
    text = yaml.safe_dump({k: v for k, v in MINIMAL_RULE.items() if k != field}, sort_keys=False)
    (folder / "ML990-test-rule.yaml").write_text(text + f"{field}: {payload(marker)}\n", encoding="utf-8")
    for args in (
        ["rules", "--rules", str(folder)],
        ["explain", "ML990", "--rules", str(folder)],
        ["check", "-", "--no-cache", "--rules", str(folder)],
    ):
        result = runner.invoke(app, args, input="De stad schoonmaken.\n")
        assert result.exit_code == 2, result.output
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "ML990-test-rule.yaml" in lines[0] and "python/object" in lines[0], lines
        assert not marker.exists()


def test_config_with_python_tag_is_refused_and_runs_nothing(tmp_path, monkeypatch):
    marker = tmp_path / "gehackt"
    (tmp_path / ".missionlint.yaml").write_text(f"ignore: {payload(marker)}\n", encoding="utf-8")
    (tmp_path / "missie.txt").write_text("De stad schoonmaken.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", "missie.txt", "--kind", "missie", "--no-cache"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and ".missionlint.yaml" in lines[0], lines
    assert not marker.exists()


def test_input_yaml_with_python_tag_is_refused_and_runs_nothing(tmp_path, monkeypatch):
    marker = tmp_path / "gehackt"
    source = tmp_path / "missie.yaml"
    source.write_text(f"visie: Een schonere stad.\nmissie: {payload(marker)}\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["check", str(source), "--no-cache"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"missionlint: fout: {source}:2:9: ongeldige YAML: tag "
        f"'tag:yaml.org,2002:python/object/apply:os.system' wordt niet ondersteund"
    ]
    assert not marker.exists()


# --------------------------------------------------------------------------- network

NO_NETWORK = textwrap.dedent("""
    # Installed through PYTHONPATH by test_security.py: any network use ends the run.
    import socket
    import sys


    def _refuse(*args, **kwargs):
        sys.stderr.write("NETWORK-ATTEMPT %r\\n" % (args[1:] if args else kwargs,))
        raise OSError("network access is not allowed in this test")


    socket.socket.connect = _refuse
    socket.socket.connect_ex = _refuse
    socket.create_connection = _refuse
    socket.getaddrinfo = _refuse
""")


@pytest.fixture
def offline_env(tmp_path):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NO_NETWORK, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("HTTP", "HTTPS", "PYTHON"))}
    env["PYTHONPATH"] = str(guard)
    return env


def test_network_guard_is_active(offline_env, tmp_path):
    """The guard itself works: a connection attempt fails in the wrapped interpreter."""
    code = "import socket\ntry:\n    socket.create_connection(('127.0.0.1', 9), timeout=1)\nexcept OSError as e:\n    print(e)\n"
    out = subprocess.run(
        [sys.executable, "-c", code], env=offline_env, capture_output=True, text=True, cwd=tmp_path, timeout=120
    )
    assert "network access is not allowed" in out.stdout
    assert "NETWORK-ATTEMPT" in out.stderr


@pytest.mark.parametrize(
    "args, codes",
    [
        (["check", str(EXAMPLES), "--format", "json"], (0, 1)),
        (["model", "info", "--json"], (0,)),
        (["rules"], (0,)),
    ],
)
def test_no_network_at_run_time(offline_env, tmp_path, args, codes):
    out = subprocess.run(
        [sys.executable, "-m", "missionlint", *args],
        env=offline_env,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=600,
    )
    assert "NETWORK-ATTEMPT" not in out.stderr, out.stderr
    assert out.returncode in codes, out.stderr
    if args[0] == "check":
        report = json.loads(out.stdout)
        assert report["files"] and not report["errors"]


# --------------------------------------------------------------------------- --fix


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_fix_writes_only_the_files_it_linted(tmp_path, monkeypatch):
    weak = "De stad schoonmaken.\n"
    tree = tmp_path / "tree"
    (tree / "docs" / ".verborgen").mkdir(parents=True)
    (tree / "docs" / "missie.txt").write_text(weak, encoding="utf-8")  # linted and fixable
    (tree / "docs" / "schoon.txt").write_text("Een schonere stad.\n", encoding="utf-8")  # linted, nothing to fix
    (tree / "docs" / ".verborgen" / "missie.txt").write_text(weak, encoding="utf-8")  # hidden: not linted
    (tree / "docs" / "missie.rst").write_text(weak, encoding="utf-8")  # not a lintable suffix
    (tree / "docs" / "kapot.yaml").write_text("missie: [De stad schoonmaken.\n", encoding="utf-8")  # error
    (tree / "elders.txt").write_text(weak, encoding="utf-8")  # outside the path given
    before = snapshot(tree)
    monkeypatch.chdir(tree)
    result = runner.invoke(app, ["check", "--fix", "docs", "--kind", "missie", "--select", "ML101", "--no-cache"])
    assert result.exit_code == 2, result.output  # kapot.yaml is an input error
    after = snapshot(tree)
    assert set(after) == set(before), "no files added (temporary files cleaned up) or removed"
    changed = {name for name in before if before[name] != after[name]}
    assert changed == {os.path.join("docs", "missie.txt")}
    assert after[os.path.join("docs", "missie.txt")] == b"Een schonere stad.\n"


def test_fix_refuses_stdin():
    result = runner.invoke(app, ["check", "-", "--fix", "--no-cache"], input="De stad schoonmaken.\n")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
