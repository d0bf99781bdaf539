"""The language server: documents and notebooks in, diagnostics and code actions out.

Lint jobs are handed to the engine (engine.py: a worker process, or this process) from
one thread, so the event loop keeps reading messages while a text is linted (a newer
version can arrive and make a running lint stale) and jobs never run side by side. Per
open document or notebook the server keeps its latest result only (the texts it was
computed from, their findings and diagnostics); closing it drops it.

Notebooks come through LSP notebook document sync: the notebook's cells (code cells in
Python, markdown cells) are linted together, as the CLI lints the `.ipynb` file, and
each finding lands on its cell's URI, in that cell's lines.

Push or pull: a client that declares pull diagnostics (LSP 3.17 `textDocument/diagnostic`)
asks for them when it wants them, and gets the latest version's answer at once; any other
client is sent `textDocument/publishDiagnostics` after a short debounce. Sending both
would show every problem twice in clients that support both.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Optional, Sequence

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol
from pygls.protocol.language_server import lsp_method

from modelred_lint import __version__
from modelred_lint.server import actions, convert
from modelred_lint.server.documents import (
    DocumentState,
    Part,
    Result,
    describe,
    document_path,
    suppressible,
)
from modelred_lint.server.engine import EngineConfigError, EngineError, LocalEngine
from modelred_lint.server.settings import SECTION, ClientSettings

DEBOUNCE_SECONDS = 0.1  # typing pauses shorter than this do not start a lint
CONFIG_GLOBS = ("**/pyproject.toml", "**/.modelred-lint.yaml")
# Jupyter notebooks; their Python cells, and their markdown cells (a key pasted into a
# notebook's prose is as leaked as one in code: the CLI reports those too).
NOTEBOOK_SYNC = types.NotebookDocumentSyncOptions(
    notebook_selector=[
        types.NotebookDocumentFilterWithNotebook(
            notebook="jupyter-notebook",
            cells=[types.NotebookCellLanguage(language="python"), types.NotebookCellLanguage(language="markdown")],
        )
    ],
    save=True,
)


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
    def __init__(self, engine=None, front=None) -> None:
        super().__init__(
            "modelred-lint",
            __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            notebook_document_sync=NOTEBOOK_SYNC,
            protocol_cls=Protocol,
        )
        self.root: Optional[Path] = None
        self.init_settings = ClientSettings()
        self.settings = ClientSettings()
        self.engine = engine if engine is not None else LocalEngine()
        self.front = front  # the start-up front (front.py), whose first lints we adopt
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

    def log_engine_notices(self) -> None:
        notices = getattr(self.engine, "notices", None)
        while notices:
            message = notices.pop(0)
            level = types.MessageType.Error if "died twice" in message or "could not" in message else types.MessageType.Warning
            self.log(level, message)

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
        """Settings or a configuration file changed: every result and Project is stale
        (the engine drops its Projects when it sees the new generation)."""
        self.generation += 1

    def refresh_all(self) -> None:
        if self.push:
            for uri in list(self.documents):
                self.schedule(uri, 0)
        elif self.client_has("workspace.diagnostics.refresh_support"):
            self.workspace_diagnostic_refresh(None)

    # -- what is linted -------------------------------------------------------------

    def snapshot(self, uri: str, state: DocumentState) -> tuple[Any, list[tuple[str, str, str, Any]]]:
        """(version, [(uri, kind, text, version)]): the document, or the notebook's cells
        in order (kind "code" for a Python cell, "markdown", or "raw" for a cell in
        another language, scanned for keys only)."""
        if not state.notebook:
            document = self.workspace.get_text_document(uri)
            return document.version, [(uri, "code", document.source, document.version)]
        notebook = self.workspace.get_notebook_document(notebook_uri=uri)
        if notebook is None:
            return None, []
        cells = []
        for cell in notebook.cells:
            document = self.workspace.get_text_document(cell.document)
            if cell.kind == types.NotebookCellKind.Markup:
                kind = "markdown"
            else:
                kind = "code" if (document.language_id or "python") == "python" else "raw"
            cells.append((cell.document, kind, document.source, document.version))
        return notebook.version, cells

    def version_of(self, uri: str, state: DocumentState) -> Any:
        if state.notebook:
            notebook = self.workspace.get_notebook_document(notebook_uri=uri)
            return notebook.version if notebook is not None else None
        return self.workspace.get_text_document(uri).version

    def owner(self, uri: str) -> Optional[str]:
        """The open document or notebook a text belongs to (a cell's notebook)."""
        if uri in self.documents:
            return uri
        notebook = self.workspace.get_notebook_document(cell_uri=uri)
        if notebook is not None and notebook.uri in self.documents:
            return notebook.uri
        return None

    # -- linting --------------------------------------------------------------------

    def _lint_job(self, uri: str, state: DocumentState, version, cells, generation: int, settings: ClientSettings, encoding: str) -> Result:
        """Runs in the lint thread. Never raises: an error becomes part of the result,
        for the event loop to report."""
        try:
            if state.notebook:
                return self._lint_notebook(state, version, cells, generation, settings, encoding)
            return self._lint_text(uri, state, version, cells[0][2], generation, settings, encoding)
        except (EngineConfigError, _config_error()) as exc:
            return self._config_error(exc, uri, version, cells, generation, encoding)
        except EngineError as exc:
            return self._empty(version, generation, cells, encoding, internal_error=str(exc))
        except Exception as exc:  # a bug of ours must not take the session down
            return self._empty(version, generation, cells, encoding, internal_error=describe(exc))

    def _lint_text(self, uri, state, version, text: str, generation: int, settings, encoding: str) -> Result:
        # The start-up front may have linted this very text already (front.py).
        adopted = self.front.adopt(uri, version, text, settings, encoding) if self.front is not None else None
        if adopted is not None:
            findings, published = adopted
        else:
            findings, published = self._call("lint", state.path, text, settings, generation), False
        part = self._part(uri, version, text, findings, encoding, suppressible(state.path))
        return Result(version, generation, {uri: part}, encoding, published_by_front=published)

    def _lint_notebook(self, state, version, cells, generation: int, settings, encoding: str) -> Result:
        placed = self._call("lint_cells", state.path, [(kind, text) for _, kind, text, _ in cells], settings, generation)
        by_cell: dict[int, list] = {}
        for item in placed:
            by_cell.setdefault(item.cell, []).append(item.finding)
        parts = {
            cell_uri: self._part(cell_uri, cell_version, text, by_cell.get(index, []), encoding, kind == "code")
            for index, (cell_uri, kind, text, cell_version) in enumerate(cells)
        }
        return Result(version, generation, parts, encoding)

    def _config_error(self, exc: Exception, uri: str, version, cells, generation: int, encoding: str) -> Result:
        """A configuration error, shown on the document's (or first cell's) first line."""
        message = f"modelred-lint: configuration error: {exc}"
        diagnostic = types.Diagnostic(
            range=convert.Lines("", encoding).range(1, 0, 1, 0),
            message=f"{message} (this file was not linted)",
            severity=types.DiagnosticSeverity.Error,
            source=convert.SOURCE,
        )
        result = self._empty(version, generation, cells, encoding, internal_error=None)
        result.config_error = message
        if cells:
            result.parts[cells[0][0]].diagnostics = [diagnostic]
        return result

    def _call(self, op: str, *args):
        return self.engine.call(op, *args)

    @staticmethod
    def _part(uri: str, version, text: str, findings, encoding: str, can_suppress: bool = True) -> Part:
        lines = convert.Lines(text, encoding)
        return Part(uri, version, text, findings, convert.diagnostics(findings, lines, uri), encoding, can_suppress)

    @staticmethod
    def _empty(version, generation, cells, encoding, internal_error: Optional[str]) -> Result:
        parts = {cell[0]: Part(cell[0], cell[3], cell[2], [], [], encoding) for cell in cells}
        return Result(version, generation, parts, encoding, internal_error=internal_error)

    async def current(self, uri: str) -> Optional[Result]:
        """The result for the latest version of a document or notebook (or a notebook
        cell's notebook): cached, or the lint already running for it, or a new lint."""
        owner = self.owner(uri)
        state = self.documents.get(owner) if owner is not None else None
        if state is None:
            return None
        uri = owner
        key = (self.version_of(uri, state), self.generation)
        if state.result is not None and (state.result.version, state.result.generation) == key:
            return state.result
        if state.inflight is None or state.inflight[0] != key:
            version, cells = self.snapshot(uri, state)
            future = asyncio.get_running_loop().run_in_executor(
                self._worker, self._lint_job, uri, state, version, cells, self.generation, self.settings, self.encoding,
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
        self.log_engine_notices()
        if future.cancelled() or future.exception() is not None:
            return
        result = future.result()
        self._report(uri, result)
        if self.documents.get(uri) is state and key == (self.version_of(uri, state), self.generation):
            state.result = result  # only the latest version's result is kept
            if result.published_by_front and state.published is None:
                state.published = key
                state.published_uris = set(result.parts)

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
        if key != (self.version_of(uri, state), self.generation):
            return  # stale: a newer version is on its way
        if state.published == key:
            return
        state.published = key
        for part in result.parts.values():
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=part.uri, version=part.version, diagnostics=list(part.diagnostics))
            )
        # Cells deleted since the last publication: their diagnostics go too.
        for gone in state.published_uris - set(result.parts):
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=gone, diagnostics=[]))
        state.published_uris = set(result.parts)

    def open(self, uri: str, notebook: bool = False) -> Optional[DocumentState]:
        path = document_path(uri, self.root)
        if path is None:
            return None
        state = DocumentState(uri, path, notebook=notebook)
        self.documents[uri] = state
        return state

    def close(self, uri: str, cells: Sequence[str] = ()) -> None:
        state = self.documents.pop(uri, None)
        if state is not None and state.timer is not None:
            state.timer.cancel()
        if state is not None and self.push:
            for target in sorted(set(cells) | state.published_uris | ({uri} if not state.notebook else set())):
                self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=target, diagnostics=[]))

    def target(self, uri: str, version) -> actions.Target:
        versioned = bool(self.client_has("workspace.workspace_edit.document_changes"))
        return actions.Target(uri, version, versioned)

    async def fix_all_edit(self, uri: str) -> Optional[types.WorkspaceEdit]:
        """The fix-all edit of a document, or of the whole notebook a cell belongs to
        (one edit per changed cell)."""
        result = await self.current(uri)
        owner = self.owner(uri)
        state = self.documents.get(owner) if owner is not None else None
        if result is None or state is None or result.config_error or result.internal_error:
            return None
        unsafe = self.settings.unsafe_fixes
        if not any(actions.fixable(f, unsafe) for f in result.findings):
            return None
        parts = list(result.parts.values())
        loop = asyncio.get_running_loop()
        try:
            if state.notebook:
                _, cells = self.snapshot(owner, state)
                kinds = [(kind, part.text) for (_, kind, _, _), part in zip(cells, parts)]
                fixed = await loop.run_in_executor(
                    self._worker, self._call, "fix_cells", state.path, kinds, self.settings, result.generation, unsafe
                )
            else:
                fixed = [await loop.run_in_executor(
                    self._worker, self._call, "fix", state.path, parts[0].text, self.settings, result.generation, unsafe
                )]
        except Exception as exc:
            self.log(types.MessageType.Error, f"modelred-lint: internal error fixing {uri}: {describe(exc)}")
            return None
        finally:
            self.log_engine_notices()
        changes = []
        for part, new in zip(parts, fixed):
            edits = convert.whole_change(part.text, new, convert.Lines(part.text, part.encoding))
            if edits:
                changes.append((self.target(part.uri, part.version), edits))
        if not changes:
            return None
        if len(changes) == 1:
            return changes[0][0].edit(changes[0][1])
        return actions.combine(changes)

    def warm_up(self) -> None:
        """Make sure the engine is loaded before the first document arrives (the client
        is still sending it): the worker warms up by itself; a local engine here."""
        if isinstance(self.engine, LocalEngine):
            self._worker.submit(self.engine.warm_up, self.root or Path.cwd())


def _config_error():
    from modelred_lint.config import ConfigError

    return ConfigError
