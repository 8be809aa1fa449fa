"""`missionlint server` end to end: the real server in a subprocess, driven over stdio by
pytest-lsp's client, with the real pipeline and rules."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from concurrent.futures import Future
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from missionlint.rulebook.loading import load_rules

SERVER = [sys.executable, "-m", "missionlint", "server"]
WAIT = 120  # seconds: the first lint loads the pipeline, on a shared machine
MISSION = "## Missie\n\nDe stad schoonmaken.\n"
RULES = {rule.id: rule for rule in load_rules()}


def cli_score(text: str, directory: Path) -> float:
    """The first section's score as `missionlint check --format json` computes it for the
    same text: the hover must show the command line's figure."""
    directory.mkdir()
    path = directory / "missie.md"
    path.write_text(text, encoding="utf-8")
    out = subprocess.run([*SERVER[:-1], "check", str(path), "--format", "json"], capture_output=True, text=True)
    return json.loads(out.stdout)["files"][0]["sections"][0]["score"]


def make_client() -> LanguageClient:
    """pytest-lsp's test client, recording every diagnostics notification with its
    version and the capability registrations it is asked for."""
    client = LanguageClient()
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.append(params)  # type: ignore[attr-defined]

    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)  # type: ignore[attr-defined]

    features = {**DEFAULT_CLIENT_FEATURES, types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS: publish}
    register_lsp_features(client, {**features, types.CLIENT_REGISTER_CAPABILITY: register})
    return client


CONFIG = ClientServerConfig(server_command=SERVER, client_factory=make_client)


async def start(client: LanguageClient, root: Path, capabilities=None, options=None) -> types.InitializeResult:
    return await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities or types.ClientCapabilities(),
            root_uri=root.as_uri(),
            initialization_options=options,
        )
    )


def open_document(client: LanguageClient, path: Path, text: str, language: str = "markdown", version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text)
        )
    )
    return uri


def change(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )


async def published(client: LanguageClient, uri: str, version: int | None, timeout: float = WAIT):
    """The diagnostics the server publishes for this version of the document."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for params in reversed(client.published):  # type: ignore[attr-defined]
            if params.uri == uri and params.version == version:
                return params.diagnostics
        await asyncio.sleep(0.05)
    raise AssertionError(f"no diagnostics for {uri} version {version} within {timeout} s")


async def message(client: LanguageClient, text: str, timeout: float = WAIT) -> str:
    """The first shown message containing `text`."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for shown in client.messages:
            if text in shown.message:
                return shown.message
        await asyncio.sleep(0.05)
    raise AssertionError(f"no message with {text!r}; shown: {[m.message for m in client.messages]}")


def codes(diagnostics) -> list[str]:
    return [str(d.code) for d in diagnostics]


def edit_text(action: types.CodeAction) -> str:
    """All new text of an action's edit, however the edit is shaped."""
    edit = action.edit
    assert edit is not None
    if edit.document_changes:
        return "".join(e.new_text for change in edit.document_changes for e in change.edits)  # type: ignore[union-attr]
    return "".join(e.new_text for edits in (edit.changes or {}).values() for e in edits)


def apply(text: str, action: types.CodeAction) -> str:
    """The text after the action's edits (positions counted in UTF-16, on one document)."""
    edit = action.edit
    assert edit is not None
    if edit.document_changes:
        edits = [e for change in edit.document_changes for e in change.edits]  # type: ignore[union-attr]
    else:
        edits = [e for edits in (edit.changes or {}).values() for e in edits]
    lines = text.split("\n")

    def offset(position: types.Position) -> int:
        line = lines[position.line]
        units = 0
        for index, char in enumerate(line):
            if units >= position.character:
                return sum(len(x) + 1 for x in lines[: position.line]) + index
            units += 2 if ord(char) > 0xFFFF else 1
        return sum(len(x) + 1 for x in lines[: position.line]) + len(line)

    for e in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):  # type: ignore[union-attr]
        text = text[: offset(e.range.start)] + e.new_text + text[offset(e.range.end) :]  # type: ignore[union-attr]
    return text


async def actions(client: LanguageClient, uri: str, diagnostic: types.Diagnostic, only=None) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=diagnostic.range,
            context=types.CodeActionContext(diagnostics=[diagnostic], only=only),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


async def hover_text(client: LanguageClient, uri: str, position: types.Position) -> str:
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position)
    )
    assert hover is not None
    contents = hover.contents
    assert isinstance(contents, types.MarkupContent)
    return contents.value


# ---------------------------------------------------------------------------------------
# The issue's scenario, with a client that offers no capabilities at all (no editor)


@pytest_lsp.fixture(config=CONFIG)
async def bare(lsp_client: LanguageClient):
    yield


@pytest.mark.asyncio
async def test_the_scenario_of_the_issue(bare: LanguageClient, tmp_path):
    result = await start(bare, tmp_path)
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf16

    uri = open_document(bare, tmp_path / "missie.md", MISSION)
    found = [d for d in await published(bare, uri, 1) if d.code == "ML101"]
    assert len(found) == 1
    role = found[0]
    assert role.range == types.Range(types.Position(2, 0), types.Position(2, 19))
    assert role.severity == types.DiagnosticSeverity.Warning
    assert role.source == "missionlint" and "zegt wat de organisatie gaat doen" in role.message
    assert role.code_description is not None and role.code_description.href.endswith("ML101-role-phrasing.yaml")

    offered = await actions(bare, uri, role)
    assert any("Een schonere stad" in edit_text(a) for a in offered)
    preferred = [a for a in offered if a.is_preferred]
    assert len(preferred) == 1 and apply(MISSION, preferred[0]) == "## Missie\n\nEen schonere stad.\n"

    shown = await hover_text(bare, uri, role.range.start)
    assert RULES["ML101"].explanation.split("\n")[0] in shown
    assert "De stad schoonmaken." in shown and "Een schonere stad." in shown  # the bad and good example
    score = cli_score(MISSION, tmp_path / "cli")
    assert score < 100 and f"Score van de sectie** 'Missie' (missie): {score:.0f} van 100" in shown
    assert "**Framing**: de zin gaat over wat de organisatie doet" in shown

    change(bare, uri, "## Missie\n\nEen schonere stad.\n", 2)
    assert "ML101" not in codes(await published(bare, uri, 2))

    await bare.shutdown_session()
    assert bare._server is not None and bare._server.returncode == 0
    assert (tmp_path / "missie.md").exists() is False  # the server never writes the document


# ---------------------------------------------------------------------------------------
# One server for a workspace, with VS Code's capabilities (versioned edits, Markdown hover)

ROLE_TWICE = "## Missie\n\nDe stad schoonmaken.\n\nDe parken onderhouden.\n"
BMP_OUTSIDE = "## Missie\n\nGroen 🌳. De stad schoonmaken.\n"  # U+1F333: two UTF-16 units, four UTF-8 bytes


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("werkruimte")
    (root / "missie.md").write_text(MISSION, encoding="utf-8")
    (root / "docs").mkdir()
    (root / "docs" / ".missionlint.yaml").write_text("ignore: [ML107]\n", encoding="utf-8")
    (root / "kapot" / "eigen").mkdir(parents=True)
    (root / "kapot" / ".missionlint.yaml").write_text("rules: [eigen]\n", encoding="utf-8")
    (root / "kapot" / "eigen" / "ML990.yaml").write_text("id: ML990\nname: eigen-regel\n", encoding="utf-8")
    return root


@pytest_lsp.fixture(scope="module", config=CONFIG)
async def client(lsp_client: LanguageClient, workspace: Path):
    await start(lsp_client, workspace, client_capabilities("visual-studio-code"))
    yield
    await lsp_client.shutdown_session()


module = pytest.mark.asyncio(loop_scope="module")


@module
async def test_positions_count_utf16_units(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "utf16.md", BMP_OUTSIDE)
    role = next(d for d in await published(client, uri, 1) if d.code == "ML101")
    before = "Groen 🌳. "
    assert role.range.start == types.Position(2, len(before.encode("utf-16-le")) // 2)  # 10, not 9 characters
    assert role.range.end.character == role.range.start.character + len("De stad schoonmaken")
    assert "ML101" in await hover_text(client, uri, role.range.start)
    fix = next(a for a in await actions(client, uri, role) if a.is_preferred)
    assert apply(BMP_OUTSIDE, fix) == "## Missie\n\nGroen 🌳. De stad wordt schoner.\n"


@module
async def test_versioned_edits_for_a_client_that_checks_versions(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "versie.md", MISSION, version=7)
    role = next(d for d in await published(client, uri, 7) if d.code == "ML101")
    fix = next(a for a in await actions(client, uri, role) if a.is_preferred)
    assert fix.edit is not None and fix.edit.document_changes is not None
    assert fix.edit.document_changes[0].text_document.version == 7  # type: ignore[union-attr]


@module
@pytest.mark.parametrize(
    ("name", "language", "text", "comment"),
    [
        ("negeer.md", "markdown", ROLE_TWICE, "<!-- missionlint-disable-next-line ML101 -->\n"),
        ("negeer.txt", "plaintext", "De stad schoonmaken.\n", "<!-- missionlint-disable-next-line ML101 -->\n"),
        ("negeer.yaml", "yaml", "missie: >-\n  Wij helpen.\n  De stad schoonmaken.\n", "# missionlint: ignore ML101\n"),
    ],
)
async def test_ignore_here_inserts_the_suppression_comment(
    client: LanguageClient, workspace, name, language, text, comment
):
    uri = open_document(client, workspace / name, text, language)
    roles = [d for d in await published(client, uri, 1) if d.code == "ML101"]
    assert roles
    ignore = next(a for a in await actions(client, uri, roles[-1]) if a.title == "Negeer ML101 hier")
    assert edit_text(ignore) == comment
    change(client, uri, apply(text, ignore), 2)
    assert codes(await published(client, uri, 2)).count("ML101") == len(roles) - 1


@module
async def test_fix_all_applies_every_safe_rewrite(client: LanguageClient, workspace):
    text = "## Missie\n\nDe stad schoonmaken.\n\nDe wijk veilig maken.\n"
    uri = open_document(client, workspace / "alles.md", text)
    roles = [d for d in await published(client, uri, 1) if d.code == "ML101"]
    assert len(roles) == 2
    fix_all = await actions(client, uri, roles[0], only=[types.CodeActionKind.SourceFixAll])
    assert [a.kind for a in fix_all] == ["source.fixAll.missionlint"]  # only what was asked for
    fixed = apply(text, fix_all[0])
    assert fixed == "## Missie\n\nEen schonere stad.\n\nEen veilige wijk.\n"  # the state made, as --fix writes it
    change(client, uri, fixed, 2)
    assert "ML101" not in codes(await published(client, uri, 2))


@module
async def test_the_configuration_comes_from_the_documents_folder(client: LanguageClient, workspace):
    here = open_document(client, workspace / "hier.md", MISSION)
    there = open_document(client, workspace / "docs" / "daar.md", MISSION)
    assert "ML107" in codes(await published(client, here, 1))
    assert "ML107" not in codes(await published(client, there, 1))  # docs/.missionlint.yaml ignores it


@module
async def test_editor_settings_win_over_the_file_and_bad_ones_are_refused(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "instellingen.md", MISSION)
    assert "ML101" in codes(await published(client, uri, 1))
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"missionlint": {"ignore": ["role-phrasing"]}})
    )
    await asyncio.sleep(0.5)
    change(client, uri, MISSION + "\n", 2)
    assert "ML101" not in codes(await published(client, uri, 2))
    client.workspace_did_change_configuration(
        types.DidChangeConfigurationParams(settings={"missionlint": {"ignor": []}})
    )
    assert "onbekende sleutel 'ignor' (bedoelt u 'ignore'?)" in await message(client, "ignor")
    change(client, uri, MISSION, 3)
    assert "ML101" not in codes(await published(client, uri, 3))  # the previous settings still hold
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"missionlint": {}}))
    await asyncio.sleep(0.5)
    change(client, uri, MISSION + "\n", 4)
    assert "ML101" in codes(await published(client, uri, 4))


@module
async def test_a_broken_rule_in_the_configuration_is_reported_and_serving_goes_on(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "kapot" / "missie.md", MISSION)
    shown = await message(client, "ML990")
    assert "eigen" in shown and "ML990.yaml" in shown
    assert list(await published(client, uri, 1)) == []
    other = open_document(client, workspace / "nog-een.md", MISSION)
    assert "ML101" in codes(await published(client, other, 1))

    good = RULES["ML101"].path  # a valid rule under another id and name
    text = Path(good).read_text(encoding="utf-8").replace("ML101", "ML990").replace("role-phrasing", "eigen-regel")
    (workspace / "kapot" / "eigen" / "ML990.yaml").write_text(text, encoding="utf-8")
    change(client, uri, MISSION + "\n", 2)
    assert {"ML101", "ML990"} <= set(codes(await published(client, uri, 2)))


def send_raw(client: LanguageClient, body: bytes, answer_id: str | None = None) -> Future | None:
    """Write a message the client could never build; a future for the answer to `answer_id`."""
    future: Future | None = None
    if answer_id is not None:
        future = Future()
        client.protocol._request_futures[answer_id] = future  # the client's own book of open requests
    assert client._server is not None and client._server.stdin is not None
    client._server.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
    return future


@module
async def test_malformed_requests_get_an_error_and_the_server_goes_on(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "verzoek.md", MISSION)
    role = next(d for d in await published(client, uri, 1) if d.code == "ML101")
    bad = b'{"jsonrpc": "2.0", "id": "kapot-1", "method": "textDocument/hover", "params": {"textDocument": 5}}'
    answer = send_raw(client, bad, "kapot-1")
    assert answer is not None
    with pytest.raises(Exception, match="Invalid Params: textDocument/hover"):
        await asyncio.wait_for(asyncio.wrap_future(answer), 30)
    with pytest.raises(Exception, match="Method Not Found"):
        await asyncio.wait_for(client.protocol.send_request_async("missionlint/bestaatNiet", {}), 30)
    send_raw(client, b"{kapot!!}")  # not JSON at all
    send_raw(client, b'{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": []}')  # a bad notification
    assert "ML101" in await hover_text(client, uri, role.range.start)
    assert any("niet te lezen" in m.message for m in client.log_messages)


@module
async def test_binary_and_too_large_documents_are_refused_with_a_message(client: LanguageClient, workspace):
    binary = open_document(client, workspace / "binair.md", "## Missie\n\x00\x01\x02 De stad\n")
    assert "binair bestand, geen tekst" in await message(client, "binair")
    assert list(await published(client, binary, 1)) == []
    large = open_document(client, workspace / "groot.md", "## Missie\n\n" + "a" * 1_000_000)
    assert "de grens is 1.000.000 bytes" in await message(client, "te groot")
    assert list(await published(client, large, 1)) == []


@module
async def test_rapid_edits_end_in_the_latest_text(client: LanguageClient, workspace):
    uri = open_document(client, workspace / "snel.md", MISSION)
    await published(client, uri, 1)
    count = len(client.published)  # type: ignore[attr-defined]
    for version in range(2, 42):
        change(client, uri, MISSION if version % 2 else "## Missie\n\nEen schonere stad.\n", version)
    await asyncio.sleep(0.01)
    change(client, uri, "## Missie\n\nDe parken onderhouden.\n", 42)
    final = next(d for d in await published(client, uri, 42) if d.code == "ML101")
    assert final.range.end.character == len("De parken onderhouden")
    later = [p for p in client.published[count:] if p.uri == uri]  # type: ignore[attr-defined]
    assert len(later) < 10  # the edits were linted together, not one by one


@module
async def test_untitled_documents_are_linted(client: LanguageClient):
    uri = "untitled:Naamloos-1"
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            types.TextDocumentItem(uri=uri, language_id="markdown", version=1, text=MISSION)
        )
    )
    assert "ML101" in codes(await published(client, uri, 1))


@module
async def test_config_files_are_watched(client: LanguageClient):
    registrations = client.registrations  # type: ignore[attr-defined]
    assert any(r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES for r in registrations)


@module
async def test_the_result_cache_is_shared_with_check(client: LanguageClient, workspace):
    """The server stores the result of a saved document; `check` then reads it without spaCy."""
    uri = open_document(client, workspace / "missie.md", MISSION)
    assert "ML101" in codes(await published(client, uri, 1))
    code = (
        "import sys\nfrom missionlint.cli import app\n"
        "try:\n    app(['check', 'missie.md'])\nexcept SystemExit as end:\n    code = end.code\n"
        "print('SPACY' if 'spacy' in sys.modules else 'NO-SPACY', code, file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=workspace, timeout=WAIT)
    assert "ML101" in run.stdout
    assert run.stderr.strip().endswith("NO-SPACY 1")
    assert (workspace / "missie.md").read_text(encoding="utf-8") == MISSION


# ---------------------------------------------------------------------------------------
# Sessions of their own: another position encoding, and a document of 1 MB


@pytest.mark.asyncio
async def test_positions_count_utf8_bytes_when_the_client_prefers_them(bare: LanguageClient, tmp_path):
    """Also: the initialization options hold while the editor's settings name nothing."""
    capabilities = client_capabilities("neovim")  # offers utf-8, utf-16, utf-32; answers workspace/configuration
    result = await start(bare, tmp_path, capabilities, options={"missionlint": {"ignore": ["ML107"]}})
    assert result.capabilities.position_encoding == types.PositionEncodingKind.Utf8
    uri = open_document(bare, tmp_path / "utf8.md", BMP_OUTSIDE)
    found = await published(bare, uri, 1)
    role = next(d for d in found if d.code == "ML101")
    assert role.range.start == types.Position(2, len("Groen 🌳. ".encode()))  # 12 bytes, 9 characters
    assert "ML101" in await hover_text(bare, uri, role.range.start)
    assert "ML107" not in codes(found)
    bare.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
    await asyncio.sleep(0.5)
    change(bare, uri, BMP_OUTSIDE + "\n", 2)
    assert "ML107" not in codes(await published(bare, uri, 2))
    await bare.shutdown_session()


@pytest.mark.asyncio
async def test_a_document_of_1_mb_does_not_hold_up_the_server(bare: LanguageClient, tmp_path):
    """While a document at the size limit is linted (half a minute and more), the server
    answers about another one, and `shutdown` and `exit` end it at once."""
    await start(bare, tmp_path)
    small = open_document(bare, tmp_path / "klein.md", MISSION)
    role = next(d for d in await published(bare, small, 1) if d.code == "ML101")
    sentence = "De stad schoonmaken en de wijk veiliger maken voor iedereen. "
    text = "## Missie\n\n" + sentence * ((1_000_000 - 11) // len(sentence))
    assert 990_000 < len(text.encode()) <= 1_000_000
    open_document(bare, tmp_path / "groot.md", text)
    await asyncio.sleep(1)
    began = time.monotonic()
    assert "ML101" in await hover_text(bare, small, role.range.start)
    assert await actions(bare, small, role)
    assert time.monotonic() - began < 10
    began = time.monotonic()
    await asyncio.wait_for(bare.shutdown_session(), 30)
    assert bare._server is not None and bare._server.returncode == 0
    assert time.monotonic() - began < 20


# ---------------------------------------------------------------------------------------
# Quick fixes from every applicability a finding's fixes may have


def test_quick_fixes_put_safe_rewrites_first_mark_unsafe_ones_and_leave_templates_out(lint_text):
    from dataclasses import replace

    from missionlint.fix.model import Applicability, Fix
    from missionlint.server import features

    role = next(f for f in lint_text("De stad schoonmaken.").findings if f.rule.id == "ML101")
    unsafe = Fix.replace(role.start, role.end, "Een stad die schoon is", Applicability.UNSAFE)
    template = Fix.replace(role.start, role.end, "Een [betere] [wat]", Applicability.DISPLAY)
    finding = replace(role, fixes=(unsafe, *role.fixes, template))

    def edit(edits):
        changes = [
            types.TextEdit(types.Range(types.Position(0, e.start), types.Position(0, e.end)), e.replacement)
            for e in edits
        ]
        return types.WorkspaceEdit(changes={"file:///missie.txt": changes})

    offered = features.rewrites(finding, [], edit)
    assert [(a.title, a.is_preferred) for a in offered] == [
        ("Vervang door 'Een schonere stad' (ML101)", True),
        ("Vervang door 'Een stad die schoon is' (ML101): controleer of de betekenis klopt", False),
    ]
