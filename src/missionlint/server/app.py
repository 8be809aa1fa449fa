"""The language server: protocol messages in, lint results out.

Documents are linted on open, on save and, after a pause of `DEBOUNCE` in the typing, on
change; a change cancels the lint still waiting for that document, so rapid edits end in
one lint of the latest text. All linting happens in one worker thread (`Worker`), so the
event loop keeps answering while a long document is parsed. A result is published only
when the document has not changed since its text was taken; hover and code actions wait
for the result of the text as it is now.

Never crash: configuration, rule, model and input errors (a binary or too large document)
are logged (`window/logMessage`) and shown once (`window/showMessage`), with the
document's diagnostics cleared; any other error in a lint is logged with its traceback; a
request pygls cannot read is answered with a JSON-RPC error. The server writes no file
but the result cache's entries.
"""

from __future__ import annotations

import asyncio
import contextlib
import queue
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

from lsprotocol import types
from pygls.capabilities import get_capability
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.uris import to_fs_path

from missionlint import __version__
from missionlint.errors import InputError, MissionlintError
from missionlint.findings import FileResult
from missionlint.fix.model import Edit
from missionlint.server import features
from missionlint.server.linting import DocumentLinter, document_format, is_config_file, read_settings
from missionlint.server.positions import Lines

DEBOUNCE = 0.1  # seconds without a change before a changed document is linted
SECTION = "missionlint"  # of the editor's settings
WATCHED = ("**/.missionlint.yaml", "**/pyproject.toml")
ANSWERED = object()  # a request that could not be read and has had its error answer


class Worker:
    """One daemon thread that runs every lint: spaCy's work stays off the event loop,
    documents are linted one at a time, a job cancelled before it starts never runs, and
    a lint still running does not keep the process alive after `exit`."""

    def __init__(self) -> None:
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()
        self.busy = False
        threading.Thread(target=self._run, name="missionlint-lint", daemon=True).start()

    def submit(self, job: Callable, *args) -> Future:
        future: Future = Future()
        self._jobs.put((future, job, args))
        return future

    def _run(self) -> None:
        while True:
            future, job, args = self._jobs.get()
            if not future.set_running_or_notify_cancel():
                continue
            self.busy = True
            try:
                future.set_result(job(*args))
            except BaseException as error:  # goes to whoever awaits the job
                future.set_exception(error)
            finally:
                self.busy = False


@dataclass
class Linted:
    """A document's result, for the text it was computed from."""

    version: int | None
    text: str
    result: FileResult | None  # None: not linted (another language, excluded, or an error)
    lines: Lines | None


@dataclass
class Outcome:
    """What a lint job hands back from the worker thread."""

    result: FileResult | None = None
    problem: str | None = None
    level: types.MessageType = types.MessageType.Error
    warnings: tuple[str, ...] = ()


class Protocol(LanguageServerProtocol):
    """pygls's protocol, but a request it cannot read is answered (pygls logs and drops it,
    and the client would wait for an answer for ever)."""

    def structure_message(self, data):
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if not (isinstance(data, dict) and data.get("method") and data.get("id") is not None):
                raise
            answer = types.ResponseError(code=error.code, message=f"{error.message}: {data['method']}")
            self._send_response(data["id"], error=answer)
            note = f"missionlint: verzoek {data['method']} niet te lezen; beantwoord met een fout"
            self._server.window_log_message(types.LogMessageParams(type=types.MessageType.Error, message=note))
            return ANSWERED

    def handle_message(self, message):
        if message is not ANSWERED:
            super().handle_message(message)


class MissionlintServer(LanguageServer):
    def __init__(self, cache_dir: Path | None):
        super().__init__(
            "missionlint",
            __version__,
            protocol_cls=Protocol,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
        )
        self.linter = DocumentLinter(None, cache_dir)  # the workspace folder is known at `initialize`
        self.worker = Worker()
        self.results: dict[str, Linted] = {}
        self.pending: dict[str, asyncio.Task] = {}
        self.shown: set[str] = set()
        self.shut_down = False
        self.initial_settings: object = None  # `initializationOptions`: what a null setting falls back to

    # ------------------------------------------------------------------ messages to the user

    def log(self, message: str, level: types.MessageType = types.MessageType.Log) -> None:
        self.window_log_message(types.LogMessageParams(type=level, message=message))

    def report(self, message: str, level: types.MessageType = types.MessageType.Error) -> None:
        """Logged every time, shown once per distinct message."""
        self.log(message, level)
        if message not in self.shown:
            self.shown.add(message)
            self.window_show_message(types.ShowMessageParams(type=level, message=message))

    def report_server_error(self, error: Exception, source) -> None:
        """A message pygls could not read or a handler that failed: logged; serving goes on."""
        self.log(f"missionlint: interne fout: {type(error).__name__}: {error}", types.MessageType.Error)

    # ------------------------------------------------------------------ documents and settings

    def document(self, uri: str):
        """The open document at `uri`, or None."""
        documents = self.workspace.text_documents
        return documents.get(uri) or documents.get(unquote(uri))

    def apply_settings(self, data: object) -> bool:
        """Take the editor's settings; on an error keep the previous ones and say why."""
        try:
            self.linter.settings = read_settings(data, self.linter.root or Path.cwd())
        except MissionlintError as error:
            self.report(f"missionlint: {error.describe()}")
            return False
        return True

    def lint_all(self) -> None:
        for uri in list(self.workspace.text_documents):
            self.schedule(uri)

    # ------------------------------------------------------------------ linting

    def schedule(self, uri: str, delay: float = 0.0, save: bool = False) -> None:
        """Lint the document after `delay`; a lint still waiting for it is dropped."""
        waiting = self.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        self.pending[uri] = asyncio.ensure_future(self._lint_later(uri, delay, save))

    async def _lint_later(self, uri: str, delay: float, save: bool) -> None:
        try:
            if delay:
                await asyncio.sleep(delay)
            await self.lint(uri, save)
        except Exception:  # no caller to answer: say it, and serve on
            self.report(f"missionlint: interne fout bij {uri}:\n{traceback.format_exc()}")
        finally:
            if self.pending.get(uri) is asyncio.current_task():
                del self.pending[uri]

    async def lint(self, uri: str, save: bool = False) -> Linted | None:
        """Lint the document's current text and publish its diagnostics; None when the
        document changed (or closed) meanwhile, or is not one missionlint reads."""
        document = self.document(uri)
        if document is None:
            return None
        path = to_fs_path(uri)
        fmt = document_format(document.language_id, path)
        if fmt is None:
            return None
        text, version = document.source, document.version
        outcome: Outcome = await asyncio.wrap_future(self.worker.submit(self._lint_job, path, text, fmt, save))
        for warning in outcome.warnings:
            self.log(f"missionlint: waarschuwing: {warning}", types.MessageType.Warning)
        if outcome.problem:
            self.report(outcome.problem, outcome.level)
        now = self.document(uri)
        if now is None or now.version != version or now.source != text:
            return None
        lines = None if outcome.result is None else Lines(outcome.result.source.text, self.workspace.position_codec)
        linted = Linted(version, text, outcome.result, lines)
        self.results[uri] = linted
        diagnostics = [] if outcome.result is None or lines is None else features.diagnostics(outcome.result, lines)
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=diagnostics, version=version)
        )
        return linted

    def _lint_job(self, path: str | None, text: str, fmt: str, save: bool) -> Outcome:
        """In the worker thread: every error becomes a message, none escapes."""
        try:
            result = self.linter.lint(path, text, fmt, save)
            return Outcome(result, warnings=tuple(self.linter.warnings))
        except InputError as error:
            return Outcome(problem=f"missionlint: {error.describe()}", level=types.MessageType.Warning)
        except MissionlintError as error:
            return Outcome(problem=f"missionlint: {error.describe()}")
        except Exception:
            where = path or "naamloos document"
            return Outcome(problem=f"missionlint: interne fout bij {where}:\n{traceback.format_exc()}")
        finally:
            self.linter.warnings.clear()

    async def current(self, uri: str) -> Linted | None:
        """The result of the document as it is now: the waiting lint's, or a new one."""
        document = self.document(uri)
        if document is None:
            return None
        waiting = self.pending.get(uri)
        if waiting is not None and not waiting.done():
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(waiting)
        linted = self.results.get(uri)
        if linted is not None and linted.version == document.version and linted.text == document.source:
            return linted
        return await self.lint(uri)

    def workspace_edit(self, uri: str, linted: Linted) -> features.WorkspaceEditFor:
        """Edits of the linted text, versioned where the client checks versions (an edit
        of an older text is then refused rather than applied in the wrong place)."""
        lines = linted.lines
        assert lines is not None
        versioned = get_capability(self.client_capabilities, "workspace.workspace_edit.document_changes", False)

        def make(edits: list[Edit]) -> types.WorkspaceEdit:
            changes = [types.TextEdit(range=lines.range(e.start, e.end), new_text=e.replacement) for e in edits]
            if not versioned:
                return types.WorkspaceEdit(changes={uri: changes})
            document = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=linted.version)
            return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(text_document=document, edits=changes)])

        return make


def create(cache_dir: Path | None) -> MissionlintServer:
    """The server with its features; `cache_dir` None: no result cache."""
    server = MissionlintServer(cache_dir)

    @server.feature(types.INITIALIZE)
    def initialize(params: types.InitializeParams) -> None:
        folders = params.workspace_folders or []
        root_uri = params.root_uri or (folders[0].uri if folders else None)
        root = to_fs_path(root_uri) if root_uri else None
        server.linter.root = Path(root) if root else None
        if cache_dir is not None and not cache_dir.is_absolute():
            server.linter.cache_dir = (server.linter.root or Path.cwd()) / cache_dir
        server.initial_settings = _section(params.initialization_options)
        server.apply_settings(server.initial_settings)

    @server.feature(types.INITIALIZED)
    def initialized(params: types.InitializedParams) -> None:
        server.worker.submit(server.linter.prepare)  # errors surface when a document is linted
        if get_capability(server.client_capabilities, "workspace.did_change_watched_files.dynamic_registration", False):
            watchers = [types.FileSystemWatcher(glob_pattern=pattern) for pattern in WATCHED]
            options = types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers)
            registration = types.Registration(
                id="missionlint-config", method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES, register_options=options
            )
            server.client_register_capability(types.RegistrationParams(registrations=[registration]))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(params: types.DidOpenTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, save=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(params: types.DidChangeTextDocumentParams) -> None:
        server.schedule(params.text_document.uri, DEBOUNCE)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(params: types.DidSaveTextDocumentParams) -> None:
        if is_config_file(to_fs_path(params.text_document.uri)):
            server.lint_all()
        else:
            server.schedule(params.text_document.uri, save=True)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(params: types.DidCloseTextDocumentParams) -> None:
        uri = params.text_document.uri
        waiting = server.pending.pop(uri, None)
        if waiting is not None:
            waiting.cancel()
        server.results.pop(uri, None)
        server.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(params: types.DidChangeConfigurationParams) -> None:
        settings = params.settings
        if not settings and get_capability(server.client_capabilities, "workspace.configuration", False):
            answer = await server.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            )
            settings = {SECTION: answer[0] if answer else None}
        chosen = _section(settings)
        if server.apply_settings(server.initial_settings if chosen is None else chosen):
            server.lint_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(params: types.DidChangeWatchedFilesParams) -> None:
        if any(is_config_file(to_fs_path(change.uri)) for change in params.changes):
            server.lint_all()

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, features.FIX_ALL]),
    )
    async def code_action(params: types.CodeActionParams) -> list[types.CodeAction] | None:
        uri = params.text_document.uri
        linted = await server.current(uri)
        if linted is None or linted.result is None or linted.lines is None:
            return None
        start, end = linted.lines.offset(params.range.start), linted.lines.offset(params.range.end)
        only = [getattr(kind, "value", kind) for kind in params.context.only] if params.context.only else None
        edit = server.workspace_edit(uri, linted)
        return features.code_actions(linted.result, linted.lines, start, end, only, edit) or None

    @server.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(params: types.HoverParams) -> types.Hover | None:
        linted = await server.current(params.text_document.uri)
        if linted is None or linted.result is None or linted.lines is None:
            return None
        formats = get_capability(server.client_capabilities, "text_document.hover.content_format", [])
        markdown = not formats or types.MarkupKind.Markdown in formats
        return features.hover(linted.result, linted.lines, linted.lines.offset(params.position), markdown)

    @server.feature(types.SHUTDOWN)
    def shutdown(params: None) -> None:
        server.shut_down = True
        for waiting in server.pending.values():
            waiting.cancel()

    return server


def _section(settings: object) -> object:
    """missionlint's part of the editor's settings: `{"missionlint": {...}}` or the part itself."""
    if isinstance(settings, dict) and SECTION in settings:
        return settings[SECTION]
    return settings or None


def serve(cache_dir: Path | None) -> int:
    """Serve over stdio until `exit`; the exit code: 0 after `shutdown`, else 1."""
    import logging
    import os
    import sys

    logging.getLogger("pygls").setLevel(logging.WARNING)  # its own (English) chatter stays out of stderr
    server = create(cache_dir)
    server.start_io()
    code = 0 if server.shut_down else 1
    if server.worker.busy:  # a lint still running: end now rather than after it
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(ValueError, OSError):  # pygls closes stdout on `exit`
                stream.flush()
        os._exit(code)
    return code
