"""The language server: documents in, diagnostics and code actions out.

Linting runs in one worker thread, so the event loop keeps reading messages while a
text is linted (a newer version can arrive and make a running lint stale) and lint jobs
never run side by side on the shared Project objects. Per open document the server
keeps its latest result only (the text it was computed from, its findings and
diagnostics); closing the document drops it.

Push or pull: a client that declares pull diagnostics (LSP 3.17 `textDocument/diagnostic`)
asks for them when it wants them, and gets the latest version's answer at once; any other
client is sent `textDocument/publishDiagnostics` after a short debounce. Sending both
would show every problem twice in clients that support both.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Optional

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from modelred_lint import __version__
from modelred_lint.server import actions, convert
from modelred_lint.server.documents import DocumentState, Result, describe, document_path
from modelred_lint.server.projects import ProjectCache
from modelred_lint.server.settings import SECTION, ClientSettings


DEBOUNCE_SECONDS = 0.1  # typing pauses shorter than this do not start a lint
CONFIG_GLOBS = ("**/pyproject.toml", "**/.modelred-lint.yaml")


class Protocol(LanguageServerProtocol):
    @lsp_method(types.INITIALIZE)
    def lsp_initialize(self, params: types.InitializeParams):
        # pygls takes the client's first preference; we take UTF-8 whenever it is offered,
        # as ruff does: editors that hold their buffers in UTF-8 (Neovim, Helix, Zed)
        # then convert nothing, and the server's conversion from code points is as cheap.
        general = params.capabilities.general
        if general is not None and general.position_encodings:
            offered = list(general.position_encodings)
            if types.PositionEncodingKind.Utf8 in offered:
                offered.remove(types.PositionEncodingKind.Utf8)
                general.position_encodings = [types.PositionEncodingKind.Utf8, *offered]
        return (yield from super().lsp_initialize(params))

    def _execute_handler(self, msg_id, handler, callback, args=None, kwargs=None):
        # pygls 2.1 files the future of every generator or coroutine handler under its
        # message ID and removes it only when it answers a request, so each notification
        # (didOpen, didChange ... are generator handlers) left one behind: about 2 KiB a
        # keystroke, forever. Drop it once the handler is done.
        def done(future, msg_id=msg_id):
            try:
                callback(future)
            finally:
                self._request_futures.pop(msg_id, None)

        return super()._execute_handler(msg_id, handler, done, args, kwargs)


class ModelRedServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__(
            "modelred-lint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            protocol_cls=Protocol,
        )
        self.root: Optional[Path] = None
        self.init_settings = ClientSettings()
        self.settings = ClientSettings()
        self.projects = ProjectCache()
        self.documents: dict[str, DocumentState] = {}
        self.generation = 0
        self.push = True
        self.debounce = DEBOUNCE_SECONDS
        self._shown_errors: set[str] = set()
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="modelred-lint")

    # -- capabilities ---------------------------------------------------------------

    def client_has(self, dotted: str) -> Any:
        value: Any = self.client_capabilities
        for part in dotted.split("."):
            value = getattr(value, part, None)
            if value is None:
                return None
        return value

    @property
    def encoding(self) -> str:
        return self.workspace.position_encoding or types.PositionEncodingKind.Utf16

    # -- messages to the client -----------------------------------------------------

    def log(self, level: types.MessageType, message: str) -> None:
        self.window_log_message(types.LogMessageParams(type=level, message=message))

    def show_once(self, message: str) -> None:
        if message not in self._shown_errors:
            self._shown_errors.add(message)
            self.window_show_message(types.ShowMessageParams(type=types.MessageType.Error, message=message))

    # -- settings -------------------------------------------------------------------

    def apply_settings(self, settings: ClientSettings) -> bool:
        for problem in settings.problems:
            self.log(types.MessageType.Warning, f"modelred-lint settings: {problem}")
        if settings == self.settings:
            return False
        self.settings = settings
        self.invalidate()
        return True

    async def fetch_settings(self) -> None:
        """The client's "modelred-lint" section, which overrides initializationOptions."""
        if not self.client_has("workspace.configuration"):
            return
        try:
            answer = await self.workspace_configuration_async(
                types.ConfigurationParams(items=[types.ConfigurationItem(section=SECTION)])
            )
        except Exception as exc:  # a client that declares it and then fails: keep what we have
            self.log(types.MessageType.Warning, f"workspace/configuration failed: {type(exc).__name__}")
            return
        section = answer[0] if answer else None
        # An empty or missing section (settings removed since) falls back to the
        # initializationOptions.
        if isinstance(section, dict) and section:
            settings = ClientSettings.from_client(section, self.root)
        else:
            settings = self.init_settings
        if self.apply_settings(settings):
            self.refresh_all()

    def invalidate(self) -> None:
        """Settings or a configuration file changed: every result and Project is stale."""
        self.generation += 1
        self.projects.clear()

    def refresh_all(self) -> None:
        if self.push:
            for uri in list(self.documents):
                self.schedule(uri, 0)
        elif self.client_has("workspace.diagnostics.refresh_support"):
            self.workspace_diagnostic_refresh(None)

    # -- linting --------------------------------------------------------------------

    def _lint_job(self, path: Path, text: str, version, generation: int, settings: ClientSettings, encoding: str) -> Result:
        """Runs in the worker thread. Never raises: an error becomes part of the result,
        for the event loop to report."""
        lines = convert.Lines(text, encoding)
        try:
            from modelred_lint.config import ConfigError

            try:
                project = self.projects.get(path, settings)
            except ConfigError as exc:
                message = f"modelred-lint: configuration error: {exc}"
                diagnostic = types.Diagnostic(
                    range=lines.range(1, 0, 1, 0),
                    message=f"{message} (this file was not linted)",
                    severity=types.DiagnosticSeverity.Error,
                    source=convert.SOURCE,
                )
                return Result(version, generation, text, [], [diagnostic], encoding, config_error=message)
            findings = project.lint(str(path), text)
            return Result(version, generation, text, findings, convert.diagnostics(findings, lines), encoding)
        except Exception as exc:  # a bug of ours must not take the session down
            return Result(version, generation, text, [], [], encoding, internal_error=describe(exc))

    async def current(self, uri: str) -> Optional[Result]:
        """The result for the document's latest version: cached, or the lint already
        running for it, or a new lint."""
        state = self.documents.get(uri)
        if state is None:
            return None
        document = self.workspace.get_text_document(uri)
        key = (document.version, self.generation)
        if state.result is not None and (state.result.version, state.result.generation) == key:
            return state.result
        if state.inflight is None or state.inflight[0] != key:
            future = asyncio.get_running_loop().run_in_executor(
                self._worker, self._lint_job, state.path, document.source, document.version, self.generation,
                self.settings, self.encoding,
            )
            state.inflight = (key, future)
            future.add_done_callback(lambda done: self._finished(uri, state, key, done))
        # Shielded: a caller that is cancelled (editors cancel pulls as the user types
        # on) must not cancel the lint that the next caller for this version shares.
        return await asyncio.shield(state.inflight[1])

    def _finished(self, uri: str, state: DocumentState, key: tuple, future: "asyncio.Future[Result]") -> None:
        """A lint is done (on the event loop): report its errors, and keep it if it is
        still the latest version's."""
        if state.inflight is not None and state.inflight[1] is future:
            state.inflight = None
        if future.cancelled() or future.exception() is not None:
            return
        result = future.result()
        self._report(uri, result)
        if self.documents.get(uri) is state and key == (self.workspace.get_text_document(uri).version, self.generation):
            state.result = result  # only the latest version's result is kept

    def _report(self, uri: str, result: Result) -> None:
        if result.internal_error is not None:
            self.log(types.MessageType.Error, f"modelred-lint: internal error on {uri}: {result.internal_error}")
        if result.config_error is not None:
            self.log(types.MessageType.Error, result.config_error)
            self.show_once(result.config_error)

    def schedule(self, uri: str, delay: float) -> None:
        """Lint and publish after `delay` seconds, unless a newer call comes first."""
        state = self.documents.get(uri)
        if state is None:
            return
        if state.timer is not None:
            state.timer.cancel()
        loop = asyncio.get_running_loop()
        state.timer = loop.call_later(delay, lambda: asyncio.ensure_future(self._publish_latest(uri)))

    async def _publish_latest(self, uri: str) -> None:
        state = self.documents.get(uri)
        if state is None:
            return
        state.timer = None
        result = await self.current(uri)
        if result is None or self.documents.get(uri) is not state:
            return
        key = (result.version, result.generation)
        if key != (self.workspace.get_text_document(uri).version, self.generation):
            return  # stale: a newer version is on its way
        if state.published == key:
            return
        state.published = key
        self.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, version=result.version, diagnostics=list(result.diagnostics))
        )

    def open(self, uri: str) -> Optional[DocumentState]:
        path = document_path(uri, self.root)
        if path is None:
            return None
        state = DocumentState(uri, path)
        self.documents[uri] = state
        return state

    def close(self, uri: str) -> None:
        state = self.documents.pop(uri, None)
        if state is not None and state.timer is not None:
            state.timer.cancel()
        if state is not None and self.push:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=uri, diagnostics=[]))

    def target(self, uri: str, version) -> actions.Target:
        versioned = bool(self.client_has("workspace.workspace_edit.document_changes"))
        return actions.Target(uri, version, versioned)

    async def fix_all_edit(self, uri: str) -> Optional[types.WorkspaceEdit]:
        result = await self.current(uri)
        state = self.documents.get(uri)
        if result is None or state is None or result.config_error or result.internal_error:
            return None
        unsafe = self.settings.unsafe_fixes
        if not any(actions.fix_allowed(f, unsafe) for f in result.findings):
            return None
        loop = asyncio.get_running_loop()
        try:
            fixed = await loop.run_in_executor(self._worker, self._fix_job, state.path, result.text, unsafe)
        except Exception as exc:
            self.log(types.MessageType.Error, f"modelred-lint: internal error fixing {uri}: {describe(exc)}")
            return None
        edits = convert.whole_change(result.text, fixed, convert.Lines(result.text, result.encoding))
        return self.target(uri, result.version).edit(edits) if edits else None

    def _fix_job(self, path: Path, text: str, unsafe: bool) -> str:
        project = self.projects.get(path, self.settings)
        fixed, _remaining = project.fix(str(path), text, unsafe)
        return fixed

    def warm_up(self) -> None:
        """Import the engine, read the catalogue and resolve the workspace's Project
        before the first document arrives (the client is still sending it)."""
        root = self.root or Path.cwd()
        settings = self.settings

        def job() -> None:
            try:
                path = root / "__modelred_lint_warm_up__.py"
                self.projects.get(path, settings).lint(str(path), "from modelred import ModelRed\n")
            except Exception:  # the first real lint reports whatever this was
                pass

        self._worker.submit(job)
