"""`modelred-lint server` end to end: a real server process over stdio, driven by
pytest-lsp's client, checked against `api.Project` (what the CLI runs) one for one.

Two sessions are started per run, each shared by the tests of its class (a server start
costs about a second here): a push client that speaks UTF-16 (the LSP default) and a
pull client (LSP 3.17 `textDocument/diagnostic`) that offers UTF-8. Every key in the
fixtures is invented; texts that hold keys are compared without being printed.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Optional

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

from modelred_lint.api import Project
from modelred_lint.findings import Finding
from modelred_lint.reporters.textsafe import printable

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "fixtures" / "insecure_app"
TIMEOUT = 20  # seconds for any one thing the server must do; a hang fails, never blocks


# -- the client ----------------------------------------------------------------------


def make_client() -> LanguageClient:
    """pytest-lsp's client, keeping every publishDiagnostics (with its version) and the
    server's registrations, and waking waiters when one arrives."""
    client = LanguageClient(converter_factory=default_converter)
    client.published = {}  # uri -> [PublishDiagnosticsParams, ...]
    client.registrations = []
    client.arrived = asyncio.Event()

    def publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
        client.diagnostics[params.uri] = params.diagnostics
        client.published.setdefault(params.uri, []).append(params)
        client.arrived.set()

    def register(client: LanguageClient, params: types.RegistrationParams) -> None:
        client.registrations.extend(params.registrations)
        client.arrived.set()

    def refresh(client: LanguageClient, params: None) -> None:
        client.diagnostic_refresh_count += 1
        client.arrived.set()

    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = publish
    features[types.CLIENT_REGISTER_CAPABILITY] = register
    features[types.WORKSPACE_DIAGNOSTIC_REFRESH] = refresh
    register_lsp_features(client, features)
    return client


SERVER = ClientServerConfig(
    server_command=[sys.executable, "-m", "modelred_lint", "server"],
    client_factory=make_client,
    server_env=dict(os.environ),
)


def capabilities(pull: bool, encodings: Optional[list[str]] = None) -> types.ClientCapabilities:
    return types.ClientCapabilities(
        general=types.GeneralClientCapabilities(position_encodings=encodings) if encodings else None,
        workspace=types.WorkspaceClientCapabilities(
            configuration=True,
            workspace_edit=types.WorkspaceEditClientCapabilities(document_changes=True),
            did_change_watched_files=types.DidChangeWatchedFilesClientCapabilities(dynamic_registration=True),
            diagnostics=types.DiagnosticWorkspaceClientCapabilities(refresh_support=True) if pull else None,
        ),
        text_document=types.TextDocumentClientCapabilities(
            publish_diagnostics=types.PublishDiagnosticsClientCapabilities(version_support=True),
            diagnostic=types.DiagnosticClientCapabilities() if pull else None,
            code_action=types.CodeActionClientCapabilities(
                code_action_literal_support=types.ClientCodeActionLiteralOptions(
                    code_action_kind=types.ClientCodeActionKindOptions(
                        value_set=[types.CodeActionKind.QuickFix, types.CodeActionKind.SourceFixAll]
                    )
                ),
                resolve_support=types.ClientCodeActionResolveOptions(properties=["edit"]),
                data_support=True,
            ),
        ),
    )


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A copy of the insecure fixture app, so tests can add configuration files."""
    root = tmp_path_factory.mktemp("lsp") / "insecure_app"
    shutil.copytree(APP, root, ignore=shutil.ignore_patterns(".modelred_lint_cache"))
    return root


@pytest_lsp.fixture(config=SERVER, scope="module")
async def push_client(client: LanguageClient, workspace: Path):
    await client.initialize_session(
        types.InitializeParams(capabilities=capabilities(pull=False), root_uri=workspace.as_uri(), process_id=os.getpid())
    )
    yield
    await client.shutdown_session()


@pytest_lsp.fixture(config=SERVER, scope="module")
async def pull_client(client: LanguageClient, workspace: Path):
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=capabilities(pull=True, encodings=["utf-16", "utf-8"]),
            root_uri=workspace.as_uri(),
            initialization_options={"ignore": ["MR004"]},
        )
    )
    client.server_capabilities = result.capabilities
    yield
    await client.shutdown_session()


# -- helpers -------------------------------------------------------------------------


def same_text(actual: str, expected: str, what: str) -> None:
    """Texts that may hold keys: a mismatch names the first differing line, not the text."""
    if actual == expected:
        return
    a, e = actual.splitlines(), expected.splitlines()
    line = next((i + 1 for i, (x, y) in enumerate(zip(a, e)) if x != y), min(len(a), len(e)) + 1)
    digest = lambda t: hashlib.sha256(t.encode()).hexdigest()[:12]  # noqa: E731
    raise AssertionError(f"{what}: texts differ from line {line} (sha256 {digest(actual)} != {digest(expected)})")


def units(text: str, encoding: str) -> int:
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    return len(text.encode("utf-16-le")) // 2


def expected_range(text: str, f: Finding, encoding: str) -> tuple:
    lines = text.split("\n")
    start = units(lines[f.line - 1][: f.col], encoding)
    end = units(lines[f.end_line - 1][: f.end_col], encoding)
    return (f.line - 1, start, f.end_line - 1, end)


def as_tuple(d: types.Diagnostic) -> tuple:
    r = d.range
    return (r.start.line, r.start.character, r.end.line, r.end.character)


def assert_match(diagnostics, text: str, findings: list[Finding], encoding: str = "utf-16") -> None:
    """The diagnostics are the findings, one for one, in the client's encoding."""
    assert len(diagnostics) == len(findings), [d.code for d in diagnostics]
    severity = {"error": types.DiagnosticSeverity.Error, "warning": types.DiagnosticSeverity.Warning}
    for d, f in zip(diagnostics, findings):
        assert d.code == f.rule
        assert as_tuple(d) == expected_range(text, f, encoding), f.rule
        assert d.message == printable(f.message)  # what every CLI format prints
        assert d.severity == severity[f.severity]
        assert d.source == "modelred-lint"
        assert d.code_description.href == f"https://github.com/modelred-lint/modelred-lint#{f.rule.lower()}"


def lint(path: Path, text: str, **kwargs) -> list[Finding]:
    return Project.for_path(path, **kwargs).lint(str(path), text)


def apply(text: str, edits: list[types.TextEdit], encoding: str = "utf-16") -> str:
    """What an editor does with a list of edits (non-overlapping, against `text`)."""
    lines = text.split("\n")

    def offset(p: types.Position) -> int:
        line = lines[p.line]
        count = col = 0
        while col < len(line) and count < p.character:
            count += units(line[col], encoding)
            col += 1
        return sum(len(x) + 1 for x in lines[: p.line]) + col

    spans = sorted(((offset(e.range.start), offset(e.range.end), e.new_text) for e in edits), reverse=True)
    for start, end, new in spans:
        text = text[:start] + new + text[end:]
    return text


def edits_of(action: types.CodeAction, uri: str) -> list[types.TextEdit]:
    (change,) = action.edit.document_changes
    assert change.text_document.uri == uri
    return list(change.edits)


async def wait_for(client: LanguageClient, ready, what: str):
    """Wait until `ready()` gives something truthy (checked at each notification)."""

    async def loop():
        while True:
            value = ready()
            if value:
                return value
            client.arrived.clear()
            try:  # woken by a notification; polled too, for requests from the server
                await asyncio.wait_for(client.arrived.wait(), 0.05)
            except asyncio.TimeoutError:
                pass

    try:
        return await asyncio.wait_for(loop(), TIMEOUT)
    except asyncio.TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


def latest(client: LanguageClient, uri: str, version: Optional[int] = None):
    published = client.published.get(uri, [])
    if published and (version is None or published[-1].version == version):
        return published[-1]
    return None


def open_doc(client: LanguageClient, path: Path, text: Optional[str] = None, version: int = 1) -> str:
    uri = path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id="python", version=version, text=path.read_text() if text is None else text
            )
        )
    )
    return uri


def replace_all(client: LanguageClient, uri: str, version: int, old: str, new: str) -> None:
    """An incremental change replacing the whole text (UTF-16 positions of the old end)."""
    lines = old.split("\n")
    end = types.Position(line=len(lines) - 1, character=units(lines[-1], "utf-16"))
    change = types.TextDocumentContentChangePartial(
        range=types.Range(start=types.Position(line=0, character=0), end=end), text=new
    )
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change]
        )
    )


async def pull(client: LanguageClient, uri: str, previous: Optional[str] = None):
    return await asyncio.wait_for(
        client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri), previous_result_id=previous)
        ),
        TIMEOUT,
    )


async def code_actions(client, uri: str, line: int, col: int, only=None, end=None):
    start = types.Position(line=line, character=col)
    return await asyncio.wait_for(
        client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(start=start, end=end or start),
                context=types.CodeActionContext(diagnostics=[], only=only),
            )
        ),
        TIMEOUT,
    ) or []


# A line with an emoji (two UTF-16 units, four UTF-8 bytes) and CJK (one unit, three
# bytes each) before the key, so that every column after them differs by encoding.
NON_ASCII = (
    "from modelred import ModelRed\n"
    "\n"
    'client = ModelRed(api_key="mr_Q7vWk2Lp9Xz4Rt8Yb3Nc6Hd1Jf5Gs0Ma")  # 🔑 keep\n'
    'LABEL, KEY = "🔑 密钥 テスト", "mr_Zx8Cv4Bn1Mq7Wl3Ek9Rt5Yu2Io6Pa0Sd"\n'
)


# -- the push session (UTF-16) -------------------------------------------------------


@pytest.mark.asyncio(loop_scope="module")
class TestPush:
    async def test_registers_config_watchers_and_uses_utf16(self, push_client: LanguageClient):
        await wait_for(push_client, lambda: push_client.registrations, "the configuration-file watchers")
        (registration,) = push_client.registrations
        assert registration.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES
        globs = {w["globPattern"] for w in registration.register_options["watchers"]}
        assert globs == {"**/pyproject.toml", "**/.modelred-lint.yaml"}

    async def test_open_matches_the_cli_one_for_one(self, push_client: LanguageClient, workspace: Path):
        files = sorted(workspace.rglob("*.py"))
        uris = {open_doc(push_client, path): path for path in files}
        for uri, path in uris.items():
            params = await wait_for(push_client, lambda: latest(push_client, uri, 1), f"diagnostics of {path.name}")
            text = path.read_text()
            assert_match(params.diagnostics, text, lint(path, text))
        assert sum(len(push_client.published[u][-1].diagnostics) for u in uris) >= 40  # the app has them all

    async def test_non_ascii_columns_in_utf16(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "non_ascii.py"
        uri = open_doc(push_client, path, NON_ASCII)
        params = await wait_for(push_client, lambda: latest(push_client, uri, 1), "non-ASCII diagnostics")
        findings = lint(path, NON_ASCII)
        assert {f.line for f in findings} >= {3, 4}
        assert_match(params.diagnostics, NON_ASCII, findings, "utf-16")
        key = next(f for f in findings if f.line == 4)
        on_line_4 = next(d for d in params.diagnostics if d.range.start.line == 3)
        # Before the key: one emoji (2 UTF-16 units for 1 code point) and CJK (1 unit each).
        assert on_line_4.range.start.character == key.col + 1

    async def test_changes_are_debounced_and_the_latest_wins(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "clients.py"
        uri = path.as_uri()
        await wait_for(push_client, lambda: latest(push_client, uri, 1), "clients.py opened")
        before = len(push_client.published[uri])
        text = path.read_text()
        versions = []
        for n in range(2, 7):  # five edits in a burst, each adding a key line at the top
            new = f'EXTRA_{n} = "sk-ant-api03-{"Hq3" * 30}{n}{"x" * 3}AA"\n' + text
            replace_all(push_client, uri, n, text, new)
            text = new
            versions.append(n)
        params = await wait_for(push_client, lambda: latest(push_client, uri, 6), "the last version's diagnostics")
        assert_match(params.diagnostics, text, lint(path, text))
        burst = [p.version for p in push_client.published[uri][before:]]
        assert burst == sorted(burst)  # a stale version is never published after a newer one
        assert len(burst) < len(versions)  # the burst did not produce one lint per keystroke
        replace_all(push_client, uri, 7, text, path.read_text())
        await wait_for(push_client, lambda: latest(push_client, uri, 7), "the text restored")

    async def test_save_lints_the_saved_version(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "api.py"
        uri = path.as_uri()
        await wait_for(push_client, lambda: latest(push_client, uri, 1), "api.py opened")
        text = path.read_text()
        new = NON_ASCII + text
        replace_all(push_client, uri, 2, text, new)
        push_client.text_document_did_save(
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        params = await wait_for(push_client, lambda: latest(push_client, uri, 2), "diagnostics of the saved text")
        assert_match(params.diagnostics, new, lint(path, new))
        count = len(push_client.published[uri])
        push_client.text_document_did_save(  # saved again, unchanged: nothing new to say
            types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        await asyncio.sleep(0.5)
        assert len(push_client.published[uri]) == count
        replace_all(push_client, uri, 3, new, text)
        await wait_for(push_client, lambda: latest(push_client, uri, 3), "the text restored")

    async def test_broken_syntax_gives_mr000(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "dashboard.py"
        uri = path.as_uri()
        await wait_for(push_client, lambda: latest(push_client, uri, 1), "dashboard.py opened")
        good = path.read_text()
        broken = good.replace("def ", "def (", 1)
        replace_all(push_client, uri, 2, good, broken)
        params = await wait_for(push_client, lambda: latest(push_client, uri, 2), "diagnostics of the broken text")
        findings = lint(path, broken)
        assert [f.rule for f in findings] == ["MR000"]
        assert_match(params.diagnostics, broken, findings)
        replace_all(push_client, uri, 3, broken, good)
        params = await wait_for(push_client, lambda: latest(push_client, uri, 3), "diagnostics once repaired")
        assert_match(params.diagnostics, good, lint(path, good))

    async def test_quick_fixes_safe_only_by_default(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "clients.py"
        uri = path.as_uri()
        text = path.read_text()
        version = latest(push_client, uri).version
        findings = lint(path, text)
        safe = next(f for f in findings if f.fix and f.fix.applicability == "safe")
        unsafe = next(f for f in findings if f.fix and f.fix.applicability == "unsafe")

        found = await code_actions(push_client, uri, safe.line - 1, safe.col)
        fixes = [a for a in found if a.title.startswith(f"{safe.rule}: {safe.fix.description}")]
        assert len(fixes) == 1 and fixes[0].kind == types.CodeActionKind.QuickFix
        assert edits_of(fixes[0], uri) and fixes[0].edit.document_changes[0].text_document.version == version
        fixed = apply(text, edits_of(fixes[0], uri))
        expected = text.split("\n")
        for e in sorted(safe.fix.edits, key=lambda e: (e.start_line, e.start_col), reverse=True):
            assert e.start_line == e.end_line  # (the expected text is built line by line)
            row = expected[e.start_line - 1]
            expected[e.start_line - 1] = row[: e.start_col] + e.text + row[e.end_col :]
        same_text(fixed, "\n".join(expected), "the safe quick fix")
        assert not any(f.rule == safe.rule and f.line == safe.line for f in lint(path, fixed))

        found = await code_actions(push_client, uri, unsafe.line - 1, unsafe.col)
        titles = [a.title for a in found]
        assert not any("(unsafe)" in t for t in titles)  # unsafeFixes is off
        assert f"{unsafe.rule}: suppress with `# noqa: {unsafe.rule}`" in titles

    async def test_fix_all_is_project_fix(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "clients.py"
        uri = path.as_uri()
        text = path.read_text()
        found = await code_actions(push_client, uri, 0, 0, only=[types.CodeActionKind.SourceFixAll])
        assert [a.kind for a in found] == ["source.fixAll.modelred-lint"]
        assert found[0].edit is None  # computed on resolve: code actions are asked for on every cursor move
        resolved = await asyncio.wait_for(push_client.code_action_resolve_async(found[0]), TIMEOUT)
        fixed = apply(text, edits_of(resolved, uri))
        expected, _remaining = Project.for_path(path).fix(str(path), text, False)
        assert expected != text
        same_text(fixed, expected, "fix-all against Project.fix")
        # A quick-fix request is not offered the source action.
        found = await code_actions(push_client, uri, 0, 0, only=[types.CodeActionKind.QuickFix])
        assert all(a.kind == types.CodeActionKind.QuickFix for a in found)

    async def test_noqa_suppresses_each_finding(self, push_client: LanguageClient, workspace: Path):
        for name in ("clients.py", "config.py", "utils.py"):
            path = workspace / "redteam_service" / name
            uri = path.as_uri()
            text = path.read_text()
            findings = lint(path, text)
            assert findings
            for f in findings:
                found = await code_actions(push_client, uri, f.line - 1, f.col)
                (action,) = [a for a in found if a.title == f"{f.rule}: suppress with `# noqa: {f.rule}`"][:1]
                suppressed = apply(text, edits_of(action, uri))
                after = lint(path, suppressed)
                assert not any(g.rule == f.rule and g.line == f.line for g in after), (name, f.rule, f.line)
                # Only this statement's findings of this rule go; nothing new appears.
                gone = {(g.rule, g.line) for g in findings} - {(g.rule, g.line) for g in after}
                assert {rule for rule, _ in gone} == {f.rule}, (name, f.rule, f.line)
                assert len(after) + len(gone) == len(findings), (name, f.rule, f.line)

    async def test_crlf_text(self, push_client: LanguageClient, workspace: Path):
        source = workspace / "redteam_service" / "clients.py"
        path = source.with_name("clients_crlf.py")
        text = source.read_text().replace("\n", "\r\n")
        uri = open_doc(push_client, path, text)
        params = await wait_for(push_client, lambda: latest(push_client, uri, 1), "the CRLF document")
        findings = lint(path, text)
        assert_match(params.diagnostics, text, findings)
        found = await code_actions(push_client, uri, 0, 0, only=["source.fixAll"])
        resolved = await asyncio.wait_for(push_client.code_action_resolve_async(found[0]), TIMEOUT)
        expected, _ = Project.for_path(path).fix(str(path), text, False)
        assert expected != text and "\r\n" in expected
        same_text(apply(text, edits_of(resolved, uri)), expected, "fix-all of a CRLF text")
        target = findings[-1]
        found = await code_actions(push_client, uri, target.line - 1, target.col)
        (action,) = [a for a in found if "suppress" in a.title][:1]
        suppressed = apply(text, edits_of(action, uri))
        assert suppressed.count("\n") == suppressed.count("\r\n") == text.count("\r\n")  # line endings kept
        assert not any(f.rule == target.rule and f.line == target.line for f in lint(path, suppressed))

    async def test_noqa_extends_an_existing_directive(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "noqa_extend.py"
        text = 'from modelred import ModelRed\nclient = ModelRed(api_key="mr_Vb7Nm2Qw9Er4Ty8Ui3Op6As1Df5Gh0Jk")  # noqa: MR010\n'
        uri = open_doc(push_client, path, text)
        params = await wait_for(push_client, lambda: latest(push_client, uri, 1), "noqa_extend.py")
        rule = params.diagnostics[0].code
        found = await code_actions(push_client, uri, 1, params.diagnostics[0].range.start.character)
        (action,) = [a for a in found if "suppress" in a.title][:1]
        suppressed = apply(text, edits_of(action, uri))
        assert suppressed.splitlines()[1].endswith(f"# noqa: MR010, {rule}")
        assert lint(path, suppressed) == []

    async def test_config_file_change_changes_rules(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "config.py"
        uri = path.as_uri()
        text = path.read_text()
        await wait_for(push_client, lambda: latest(push_client, uri, 1), "config.py opened")
        assert any(d.code == "MR001" for d in latest(push_client, uri).diagnostics)
        before = len(push_client.published[uri])
        config = workspace / "pyproject.toml"
        config.write_text('[tool.modelred-lint]\nignore = ["MR001"]\n')
        try:
            push_client.workspace_did_change_watched_files(
                types.DidChangeWatchedFilesParams(
                    changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Created)]
                )
            )
            params = await wait_for(
                push_client, lambda: len(push_client.published[uri]) > before and push_client.published[uri][-1],
                "diagnostics under the new configuration",
            )
            assert not any(d.code == "MR001" for d in params.diagnostics)
            assert_match(params.diagnostics, text, lint(path, text))

            # A broken configuration is reported on the document, and the session goes on.
            config.write_text('[tool.modelred-lint]\nignroe = ["MR001"]\n')
            count = len(push_client.published[uri])
            push_client.workspace_did_change_watched_files(
                types.DidChangeWatchedFilesParams(
                    changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Changed)]
                )
            )
            params = await wait_for(
                push_client, lambda: len(push_client.published[uri]) > count and push_client.published[uri][-1],
                "the configuration error",
            )
            (diagnostic,) = params.diagnostics
            assert "configuration error" in diagnostic.message and "ignroe" in diagnostic.message
            assert any("ignroe" in m.message for m in push_client.messages)
        finally:
            config.unlink()
            push_client.workspace_did_change_watched_files(
                types.DidChangeWatchedFilesParams(
                    changes=[types.FileEvent(uri=config.as_uri(), type=types.FileChangeType.Deleted)]
                )
            )
        params = await wait_for(
            push_client,
            lambda: any(d.code == "MR001" for d in push_client.published[uri][-1].diagnostics) and push_client.published[uri][-1],
            "the rules back without the configuration",
        )
        assert_match(params.diagnostics, text, lint(path, text))

    async def test_internal_error_is_logged_and_the_server_goes_on(self, push_client: LanguageClient, workspace: Path):
        # A path no file system accepts (an embedded NUL) makes resolving its project fail.
        uri = workspace.as_uri() + "/bad%00folder/name.py"
        push_client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=uri, language_id="python", version=1, text=NON_ASCII)
            )
        )
        await wait_for(push_client, lambda: latest(push_client, uri, 1), "the broken document's (empty) diagnostics")
        errors = [m for m in push_client.log_messages if m.type == types.MessageType.Error and "internal error" in m.message]
        assert errors and "ValueError" in errors[-1].message
        assert "mr_" not in errors[-1].message  # no text of the document in the log
        after = workspace / "after_error.py"
        uri2 = open_doc(push_client, after, NON_ASCII)
        params = await wait_for(push_client, lambda: latest(push_client, uri2, 1), "a document after the error")
        assert_match(params.diagnostics, NON_ASCII, lint(after, NON_ASCII))

    async def test_close_clears_and_forgets(self, push_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "worker.py"
        uri = path.as_uri()
        await wait_for(push_client, lambda: latest(push_client, uri, 1), "worker.py opened")
        push_client.text_document_did_close(
            types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        params = await wait_for(
            push_client, lambda: not push_client.published[uri][-1].diagnostics and push_client.published[uri][-1],
            "the diagnostics cleared on close",
        )
        assert list(params.diagnostics) == []
        report = await asyncio.wait_for(
            push_client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[])), TIMEOUT
        )
        assert uri not in {item.uri for item in report.items}
        assert report.items  # the documents still open are there


# -- the pull session (UTF-8 offered) ------------------------------------------------


@pytest.mark.asyncio(loop_scope="module")
class TestPull:
    async def test_utf8_is_chosen_when_offered(self, pull_client: LanguageClient):
        assert pull_client.server_capabilities.position_encoding == "utf-8"
        assert pull_client.server_capabilities.diagnostic_provider.workspace_diagnostics

    async def test_pull_answers_for_the_latest_version(self, pull_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "settings.py"
        text = path.read_text()
        uri = open_doc(pull_client, path)
        report = await pull(pull_client, uri)
        # initializationOptions ignore MR004, as --ignore would
        assert_match(report.items, text, lint(path, text, ignore=["MR004"]), "utf-8")
        assert not any(d.code == "MR004" for d in report.items)
        unchanged = await pull(pull_client, uri, previous=report.result_id)
        assert unchanged.kind == "unchanged"
        assert uri not in pull_client.published  # a pull client is not pushed to

        new = NON_ASCII + text
        replace_all(pull_client, uri, 2, text, new)
        report = await pull(pull_client, uri)  # no debounce: the answer is for version 2
        assert_match(report.items, new, lint(path, new, ignore=["MR004"]), "utf-8")
        key = next(f for f in lint(path, new) if f.line == 4)
        on_line_4 = next(d for d in report.items if d.range.start.line == 3)
        # Before the key: one emoji (4 bytes for 1 code point) and five CJK characters (3 bytes each).
        assert on_line_4.range.start.character == key.col + 3 + 5 * 2

    async def test_a_cancelled_pull_does_not_break_the_next(self, pull_client: LanguageClient, workspace: Path):
        # Editors cancel pulls as the user types on. The lint the cancelled pull started
        # is shared by the next pull of the same version, and must survive the cancel.
        path = workspace / "redteam_service" / "dashboard.py"
        text = path.read_text()
        uri = open_doc(pull_client, path)
        params = types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        pending = asyncio.ensure_future(
            pull_client.protocol.send_request_async(types.TEXT_DOCUMENT_DIAGNOSTIC, params, msg_id="cancel-me")
        )
        await asyncio.sleep(0)  # sent
        pull_client.protocol.notify(types.CANCEL_REQUEST, types.CancelParams(id="cancel-me"))
        report = await pull(pull_client, uri)
        assert_match(report.items, text, lint(path, text, ignore=["MR004"]), "utf-8")
        try:
            await asyncio.wait_for(pending, TIMEOUT)
        except Exception:
            pass  # answered or cancelled: either is the server's right

    async def test_settings_from_workspace_configuration(self, pull_client: LanguageClient, workspace: Path):
        path = workspace / "redteam_service" / "clients.py"
        text = path.read_text()
        uri = open_doc(pull_client, path)
        refreshes = pull_client.diagnostic_refresh_count
        pull_client.set_configuration({"select": ["MR001", "MR003"], "unsafeFixes": True}, section="modelred-lint")
        pull_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        await wait_for(pull_client, lambda: pull_client.diagnostic_refresh_count > refreshes, "a diagnostic refresh")
        report = await pull(pull_client, uri)
        assert {d.code for d in report.items} == {"MR001", "MR003"}
        assert_match(report.items, text, lint(path, text, select=["MR001", "MR003"]), "utf-8")

        unsafe = next(f for f in lint(path, text, select=["MR001", "MR003"]) if f.fix and f.fix.applicability == "unsafe")
        line = text.split("\n")[unsafe.line - 1]
        found = await code_actions(pull_client, uri, unsafe.line - 1, units(line[: unsafe.col], "utf-8"))
        (fix,) = [a for a in found if a.title == f"{unsafe.rule}: {unsafe.fix.description} (unsafe)"]
        fixed = apply(text, edits_of(fix, uri), "utf-8")
        assert not any(f.line == unsafe.line and f.rule == unsafe.rule for f in lint(path, fixed, select=["ALL"]))

        found = await code_actions(pull_client, uri, 0, 0, only=["source.fixAll"])
        (fix_all,) = found
        assert "unsafe" in fix_all.title
        resolved = await asyncio.wait_for(pull_client.code_action_resolve_async(fix_all), TIMEOUT)
        expected, _ = Project.for_path(path, select=["MR001", "MR003"]).fix(str(path), text, True)
        same_text(apply(text, edits_of(resolved, uri), "utf-8"), expected, "unsafe fix-all against Project.fix")

    async def test_workspace_diagnostic_reports_open_documents(self, pull_client: LanguageClient, workspace: Path):
        report = await asyncio.wait_for(
            pull_client.workspace_diagnostic_async(types.WorkspaceDiagnosticParams(previous_result_ids=[])), TIMEOUT
        )
        by_uri = {item.uri: item for item in report.items}
        path = workspace / "redteam_service" / "clients.py"
        assert path.as_uri() in by_uri
        assert by_uri[path.as_uri()].version == 1
        assert {d.code for d in by_uri[path.as_uri()].items} == {"MR001", "MR003"}


    async def test_removed_settings_fall_back_to_initialization_options(
        self, pull_client: LanguageClient, workspace: Path
    ):
        path = workspace / "redteam_service" / "worker.py"
        text = path.read_text()
        uri = open_doc(pull_client, path)
        assert {d.code for d in (await pull(pull_client, uri)).items} <= {"MR001", "MR003"}
        refreshes = pull_client.diagnostic_refresh_count
        pull_client.set_configuration({}, section="modelred-lint")
        pull_client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        await wait_for(pull_client, lambda: pull_client.diagnostic_refresh_count > refreshes, "a diagnostic refresh")
        report = await pull(pull_client, uri)
        assert_match(report.items, text, lint(path, text, ignore=["MR004"]), "utf-8")
        assert {d.code for d in report.items} - {"MR001", "MR003"}  # no longer the narrowed selection

# -- without the lsp extra -----------------------------------------------------------


def run_python(code: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def test_the_cli_does_not_import_the_server_dependencies():
    done = run_python(
        "import sys, modelred_lint.cli, modelred_lint.api; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pygls', 'lsprotocol', 'cattrs')))"
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "[]"


def test_server_without_the_extra_says_how_to_install_it():
    # The extra's packages made unimportable, as in a plain install.
    done = run_python(
        "import sys; sys.modules.update(pygls=None, lsprotocol=None); "
        "from modelred_lint.server import run; sys.exit(run())"
    )
    assert done.returncode == 2
    assert "pip install 'modelred-lint[lsp]'" in done.stderr


def test_handled_notifications_leave_no_future_behind():
    """pygls 2.1 keeps the future of each generator handler it runs for a notification;
    the server drops it (the memory benchmark's 5,000 edits otherwise grow by ~10 MiB)."""
    from modelred_lint.server.features import build_server

    protocol = build_server().protocol
    calls = []

    def handler(params):  # a generator handler, as pygls's didOpen/didChange are
        calls.append(params)
        if False:
            yield
        return None

    for n in range(3):
        protocol._execute_handler(f"note-{n}", handler, callback=protocol._check_handler_result, args=(n,))
    assert calls == [0, 1, 2]
    assert not protocol._request_futures
