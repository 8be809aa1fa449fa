"""`missionlint server` end to end: the real server in a subprocess, driven over stdio by
pytest-lsp's client, with the real pipeline and rules."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
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
        types.DidOpenTextDocumentParams(types.TextDocumentItem(uri=uri, language_id=language, version=version, text=text))
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
    assert "Score van de sectie** 'Missie' (missie): 52 van 100" in shown

    change(bare, uri, "## Missie\n\nEen schonere stad.\n", 2)
    assert "ML101" not in codes(await published(bare, uri, 2))

    await bare.shutdown_session()
    assert bare._server is not None and bare._server.returncode == 0
    assert (tmp_path / "missie.md").exists() is False  # the server never writes the document
