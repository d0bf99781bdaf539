"""The LSP methods the server answers, each a thin handler over ModelRedServer."""

from __future__ import annotations

from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from modelred_lint import __version__
from modelred_lint.server import actions, convert
from modelred_lint.server.app import CONFIG_GLOBS, ModelRedServer
from modelred_lint.server.settings import ClientSettings, is_config_file


def build_server(engine=None, front=None) -> ModelRedServer:
    server = ModelRedServer(engine, front)

    @server.feature(types.INITIALIZE)
    def initialize(ls: ModelRedServer, params: types.InitializeParams) -> None:
        root = ls.workspace.root_path
        ls.root = Path(root) if root else None
        ls.init_settings = ClientSettings.from_client(params.initialization_options, ls.root)
        ls.apply_settings(ls.init_settings)
        ls.push = ls.client_has("text_document.diagnostic") is None

    @server.feature(types.INITIALIZED)
    async def initialized(ls: ModelRedServer, params: types.InitializedParams) -> None:
        ls.warm_up()
        pid = getattr(ls.engine, "pid", None)
        where = f"in a worker process (pid {pid})" if pid else "in the server process"
        ls.log(types.MessageType.Log, f"modelred-lint {__version__}: linting {where}")
        if ls.front is not None and ls.front.mismatch:
            ls.log(types.MessageType.Warning, f"modelred-lint: {ls.front.mismatch}")
        if ls.client_has("workspace.did_change_watched_files.dynamic_registration"):
            watchers = [types.FileSystemWatcher(glob_pattern=glob) for glob in CONFIG_GLOBS]
            registration = types.Registration(
                id="modelred-lint-config-files",
                method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                register_options=types.DidChangeWatchedFilesRegistrationOptions(watchers=watchers),
            )
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations=[registration]))
            except Exception as exc:
                ls.log(types.MessageType.Warning, f"could not watch configuration files: {type(exc).__name__}")
        await ls.fetch_settings()

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: ModelRedServer, params: types.DidOpenTextDocumentParams) -> None:
        if ls.open(params.text_document.uri) is not None and ls.push:
            ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: ModelRedServer, params: types.DidChangeTextDocumentParams) -> None:
        if ls.push:
            ls.schedule(params.text_document.uri, ls.debounce)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: ModelRedServer, params: types.DidSaveTextDocumentParams) -> None:
        if ls.push:
            ls.schedule(params.text_document.uri, 0)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: ModelRedServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.close(params.text_document.uri)

    # -- notebooks (LSP 3.17 notebook document sync; pygls keeps the cells' texts) ---------
    @server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def notebook_did_open(ls: ModelRedServer, params: types.DidOpenNotebookDocumentParams) -> None:
        uri = params.notebook_document.uri
        if ls.open(uri, notebook=True) is not None and ls.push:
            ls.schedule(uri, 0)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def notebook_did_change(ls: ModelRedServer, params: types.DidChangeNotebookDocumentParams) -> None:
        if ls.push:
            ls.schedule(params.notebook_document.uri, ls.debounce)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_SAVE)
    def notebook_did_save(ls: ModelRedServer, params: types.DidSaveNotebookDocumentParams) -> None:
        if ls.push:
            ls.schedule(params.notebook_document.uri, 0)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def notebook_did_close(ls: ModelRedServer, params: types.DidCloseNotebookDocumentParams) -> None:
        ls.close(params.notebook_document.uri, [cell.uri for cell in params.cell_text_documents])

    @server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    def did_change_watched_files(ls: ModelRedServer, params: types.DidChangeWatchedFilesParams) -> None:
        changed = [to_fs_path(change.uri) for change in params.changes]
        if any(path and is_config_file(Path(path), ls.settings) for path in changed):
            ls.invalidate()
            ls.refresh_all()

    @server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: ModelRedServer, params: types.DidChangeConfigurationParams) -> None:
        if ls.client_has("workspace.configuration"):
            await ls.fetch_settings()
        elif isinstance(params.settings, dict) and params.settings:
            if ls.apply_settings(ClientSettings.from_client(params.settings, ls.root)):
                ls.refresh_all()

    @server.feature(
        types.TEXT_DOCUMENT_DIAGNOSTIC,
        types.DiagnosticOptions(identifier="modelred-lint", inter_file_dependencies=False, workspace_diagnostics=True),
    )
    async def pull(ls: ModelRedServer, params: types.DocumentDiagnosticParams):
        uri = params.text_document.uri
        result = await ls.current(uri)
        part = result.part(uri) if result is not None else None
        if part is None:
            return types.RelatedFullDocumentDiagnosticReport(items=[])
        if params.previous_result_id == result.result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result.result_id)
        return types.RelatedFullDocumentDiagnosticReport(items=list(part.diagnostics), result_id=result.result_id)

    @server.feature(types.WORKSPACE_DIAGNOSTIC)
    async def pull_workspace(ls: ModelRedServer, params: types.WorkspaceDiagnosticParams):
        # Open documents (and notebooks' cells) only: the workspace's other files are
        # the CLI's business.
        reports = []
        for uri in list(ls.documents):
            result = await ls.current(uri)
            if result is None:
                continue
            for part in result.parts.values():
                reports.append(
                    types.WorkspaceFullDocumentDiagnosticReport(
                        uri=part.uri, version=part.version, items=list(part.diagnostics), result_id=result.result_id
                    )
                )
        return types.WorkspaceDiagnosticReport(items=reports)

    @server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[actions.QUICK_FIX, actions.FIX_ALL_KIND], resolve_provider=True),
    )
    async def code_action(ls: ModelRedServer, params: types.CodeActionParams):
        uri = params.text_document.uri
        result = await ls.current(uri)
        part = result.part(uri) if result is not None else None
        if part is None or result.config_error or result.internal_error:
            return None
        only = params.context.only
        unsafe = ls.settings.unsafe_fixes
        found: list[types.CodeAction] = []
        if actions.wanted(actions.QUICK_FIX, only):
            lines = convert.Lines(part.text, part.encoding)
            found.extend(
                actions.quick_fixes(
                    part.findings, part.diagnostics, part.text, lines, params.range, unsafe,
                    ls.target(uri, part.version), part.suppressible,
                )
            )
        if actions.wanted(actions.FIX_ALL_KIND, only) and any(actions.fixable(f, unsafe) for f in result.findings):
            action = types.CodeAction(title=actions.fix_all_title(unsafe), kind=actions.FIX_ALL_KIND, data={"uri": uri})
            resolvable = ls.client_has("text_document.code_action.resolve_support.properties") or []
            if "edit" not in resolvable:  # the client cannot ask later: compute it now
                action.edit = await ls.fix_all_edit(uri)
                action.data = None
            if action.edit is not None or action.data is not None:
                found.append(action)
        return found or None

    @server.feature(types.CODE_ACTION_RESOLVE)
    async def resolve(ls: ModelRedServer, action: types.CodeAction) -> types.CodeAction:
        data = action.data if isinstance(action.data, dict) else {}
        if action.kind == actions.FIX_ALL_KIND and isinstance(data.get("uri"), str):
            action.edit = await ls.fix_all_edit(data["uri"])
        return action

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: ModelRedServer, params: None) -> None:
        for uri in list(ls.documents):
            state = ls.documents[uri]
            if state.timer is not None:
                state.timer.cancel()
        ls._worker.shutdown(wait=False, cancel_futures=True)

    @server.feature(types.EXIT)
    def exit_(ls: ModelRedServer, params: None) -> None:
        close = getattr(ls.engine, "close", None)
        if close is not None:
            close()

    return server
