"""The server's start-up front and engine worker (server/front.py, server/engine.py):
the front answers `initialize` exactly as pygls would, its first diagnostics are the
server's own, it hands every message over in order; a worker that dies is restarted
(and said in the client's log), one that cannot start gives way to linting in the
server's process. Keys here are invented (`secrets`)."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import signal
import string
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import ClientServerConfig, LanguageClient
from test_server import assert_match, make_client, open_doc, replace_all, wait_for

from modelred_lint import __version__
from modelred_lint.api import Project
from modelred_lint.findings import Finding, Related
from modelred_lint.server import convert
from modelred_lint.server.engine import LocalEngine, WorkerEngine, diagnostics_json
from modelred_lint.server.front import Front
from modelred_lint.server.lines import TextLines
from modelred_lint.server.settings import ClientSettings

ALNUM = string.ascii_letters + string.digits
KEY = "mr_" + "".join(secrets.choice(ALNUM) for _ in range(32))
SOURCE = f'from modelred import ModelRed\nlabel = "🔑 密钥"\nclient = ModelRed(api_key="{KEY}")\n'
SERVER = [sys.executable, "-m", "modelred_lint", "server"]


# -- a raw JSON-RPC client: what goes over the wire, byte for byte ----------------------------
def frame(message: dict) -> bytes:
    body = json.dumps({"jsonrpc": "2.0", **message}).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream) -> dict:
    length = None
    while True:
        line = stream.readline()
        assert line, "the server closed its output"
        if line == b"\r\n":
            break
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":")[1])
    return json.loads(stream.read(length))


def raw_session(folder: Path, messages: list[dict], until, front: bool) -> list[dict]:
    """Start a server, send `messages` (the first being initialize, the rest sent once it
    is answered, as editors do), read until `until(message)`, then shut it down."""
    env = dict(os.environ, MODELRED_LINT_SERVER_FRONT="1" if front else "0")
    process = subprocess.Popen(SERVER, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=folder, env=env)
    timer = threading.Timer(30, process.kill)  # a hang fails the test, never blocks it
    timer.start()
    try:
        process.stdin.write(frame(messages[0]))
        process.stdin.flush()
        seen = [read_message(process.stdout)]
        for message in messages[1:]:
            process.stdin.write(frame(message))
        process.stdin.flush()
        while not until(seen[-1]):
            seen.append(read_message(process.stdout))
        process.stdin.write(frame({"id": 99, "method": "shutdown"}))
        process.stdin.write(frame({"method": "exit"}))
        process.stdin.close()
        assert process.wait(timeout=20) == 0
        return seen
    finally:
        timer.cancel()
        process.kill()


CLIENTS = {
    "bare": {},
    "will-save, UTF-8 offered": {
        "general": {"positionEncodings": ["utf-16", "utf-8"]},
        "textDocument": {"synchronization": {"willSave": True, "willSaveWaitUntil": False}},
    },
    "notebooks, UTF-32 only": {"general": {"positionEncodings": ["utf-32"]}, "notebookDocument": {"synchronization": {}}},
    "pull": {"textDocument": {"diagnostic": {}}, "general": {"positionEncodings": ["x-unknown", "utf-16"]}},
}


def pygls_answer(params: dict) -> dict:
    """What pygls answers to initialize for our server (its handler, run here)."""
    from modelred_lint.server.features import build_server

    server = build_server(LocalEngine())
    converter = default_converter()
    handler = server.protocol.lsp_initialize(converter.structure(params, types.InitializeParams))
    step = next(handler)
    try:
        while True:
            user_handler, args, _ = step
            step = handler.send(user_handler(*args))
    except StopIteration as done:
        return converter.unstructure(done.value)


@pytest.mark.parametrize("shape", sorted(CLIENTS))
def test_the_front_answers_initialize_as_pygls_does(tmp_path: Path, shape: str):
    from modelred_lint.server.front import capabilities, choose_encoding

    params = {"capabilities": CLIENTS[shape], "rootUri": tmp_path.as_uri(), "processId": None}
    expected = pygls_answer(params)
    assert expected["capabilities"] == capabilities(params, choose_encoding(params))
    assert expected["serverInfo"] == {"name": "modelred-lint", "version": __version__}


def test_first_diagnostics_are_byte_for_byte_the_servers(tmp_path: Path):
    """With the front and without it: the same answer to initialize, the same first
    diagnostics (end to end, real processes)."""
    path = tmp_path / "app.py"
    path.write_text(SOURCE, encoding="utf-8")
    messages = [
        {"id": 1, "method": "initialize", "params": {"capabilities": CLIENTS["will-save, UTF-8 offered"],
                                                     "rootUri": tmp_path.as_uri()}},
        {"method": "initialized", "params": {}},
        {"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": path.as_uri(), "languageId": "python", "version": 1, "text": SOURCE}}},
    ]

    def published(message: dict) -> bool:
        return message.get("method") == "textDocument/publishDiagnostics"

    runs = []
    for front in (True, False):
        seen = raw_session(tmp_path, messages, published, front)
        runs.append((seen[0]["result"], [m for m in seen if published(m)][0]))
    assert runs[0] == runs[1]
    assert runs[0][0]["capabilities"]["positionEncoding"] == "utf-8"
    assert [d["code"] for d in runs[0][1]["params"]["diagnostics"]] == ["MR001"]


def test_diagnostics_json_equals_lsprotocols_for_every_encoding():
    """The front's JSON (no lsprotocol) and the server's Diagnostic objects, serialized as
    pygls serializes them, agree field for field; related information included."""
    text = SOURCE + "x = 1\n"
    finding = Finding(
        "MR003", "/w/app.py", 3, 27, 3, 62, "Literal passed as `api_key` (through `KEY`)\x1b", "error",
        related=(Related(2, 9, 2, 14, "`KEY` passed as `api_key`"), Related(1, 0, 1, 4, "elsewhere", "/w/other.py")),
    )
    plain = Finding("MR001", "/w/app.py", 2, 0, 4, 1, "m", "warning")
    converter = default_converter()
    for encoding in ("utf-8", "utf-16", "utf-32"):
        expected = [
            converter.unstructure(convert.diagnostic(f, convert.Lines(text, encoding), "file:///w/app.py"))
            for f in (finding, plain)
        ]
        assert diagnostics_json([finding, plain], TextLines(text, encoding), "file:///w/app.py") == expected, encoding
    assert expected[0]["relatedInformation"][0]["location"]["uri"] == "file:///w/app.py"
    assert expected[0]["relatedInformation"][1]["location"]["uri"] == "file:///w/other.py"
    assert "\x1b" not in expected[0]["message"]


class _Pipe:
    """A descriptor pair standing for the server's stdin."""

    def __init__(self) -> None:
        self.read_fd, self.write_fd = os.pipe()

    def fileno(self) -> int:
        return self.read_fd


class _Output:
    def __init__(self) -> None:
        self.data = b""
        self.changed = threading.Condition()

    def write(self, data: bytes) -> None:
        with self.changed:
            self.data += data
            self.changed.notify_all()

    def flush(self) -> None:
        pass

    def messages(self) -> list[dict]:
        out, rest = [], self.data
        while rest:
            header, rest = rest.split(b"\r\n\r\n", 1)
            length = int(header.split(b":")[1])
            out.append(json.loads(rest[:length]))
            rest = rest[length:]
        return out

    def wait_for(self, count: int) -> list[dict]:
        with self.changed:
            assert self.changed.wait_for(lambda: len(self.messages()) >= count, timeout=30), self.messages()
        return self.messages()


def test_the_front_replays_everything_in_order_and_the_server_adopts_its_lint(tmp_path: Path):
    path = tmp_path / "app.py"
    stdin, stdout = _Pipe(), _Output()
    front = Front(LocalEngine(), stdin, stdout)
    front.start()
    sent = [
        {"id": 7, "method": "initialize", "params": {"capabilities": {"textDocument": {"diagnostic": {}}},
                                                     "rootUri": tmp_path.as_uri()}},
        {"method": "initialized", "params": {}},
        {"method": "textDocument/didOpen", "params": {"textDocument": {
            "uri": path.as_uri(), "languageId": "python", "version": 1, "text": SOURCE}}},
        {"id": 8, "method": "textDocument/diagnostic", "params": {"textDocument": {"uri": path.as_uri()}}},
        {"id": 9, "method": "textDocument/codeAction", "params": {}},
    ]
    for message in sent:
        os.write(stdin.write_fd, frame(message))
    answered = stdout.wait_for(2)  # initialize, then the pull (a pull client: nothing pushed)
    assert answered[0]["id"] == 7 and answered[0]["result"]["capabilities"]["positionEncoding"] == "utf-16"
    assert answered[1]["id"] == 8 and [d["code"] for d in answered[1]["result"]["items"]] == ["MR001"]
    assert answered[1]["result"]["resultId"] == "0:1"  # the server's own ID for that lint
    assert front.needed.is_set()  # a code action request: the server is wanted now
    reader, writer = front.hand_over()
    os.write(stdin.write_fd, frame({"method": "exit"}))
    replayed = []
    while len(replayed) < 5:
        header = b""
        while not header.endswith(b"\r\n\r\n"):
            header += reader.readline()
        replayed.append(json.loads(reader.read(int(header.split(b":")[1].split(b"\r\n")[0]))))
    # everything but the pull the front answered, in order, then what came after
    assert [m.get("id", m.get("method")) for m in replayed] == [7, "initialized", "textDocument/didOpen", 9, "exit"]
    # pygls's answer to the replayed initialize is dropped; other output goes through
    writer.write(frame({"id": 7, "result": answered[0]["result"]}))
    writer.write(frame({"method": "window/logMessage", "params": {"type": 4, "message": "x"}}))
    assert [m.get("method") for m in stdout.messages()[2:]] == ["window/logMessage"]
    assert front.mismatch is None
    adopted = front.adopt(path.as_uri(), 1, SOURCE, ClientSettings(), "utf-16")
    assert adopted is not None and [f.rule for f in adopted[0]] == ["MR001"] and adopted[1] is False
    assert front.adopt(path.as_uri(), 1, SOURCE, ClientSettings(), "utf-16") is None  # once
    os.close(stdin.write_fd)


class _DeadOnArrival(WorkerEngine):
    """A worker that exits before answering anything."""

    def start(self, fork: bool = False) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", "import sys; sys.exit(3)"], stdin=subprocess.PIPE, stdout=subprocess.PIPE
        )
        self._answered = False


def test_a_worker_that_cannot_start_gives_way_to_linting_here(tmp_path: Path):
    path = tmp_path / "app.py"
    engine = _DeadOnArrival(tmp_path)
    findings = engine.call("lint", path, SOURCE, ClientSettings(), 0)
    assert findings == Project.for_path(path).lint(str(path), SOURCE)
    assert engine.local is not None
    assert any("linting in the server process" in n for n in engine.notices), engine.notices
    assert any("exit status 3" in n for n in engine.notices), engine.notices


def test_a_config_error_comes_back_from_the_worker(tmp_path: Path):
    bad, good = tmp_path / "bad", tmp_path / "good"
    bad.mkdir()
    good.mkdir()
    (bad / ".modelred-lint.yaml").write_text("select: 7\n", encoding="utf-8")
    engine = WorkerEngine(tmp_path)
    try:
        with pytest.raises(Exception) as raised:
            engine.call("lint", bad / "app.py", SOURCE, ClientSettings(), 0)
        assert type(raised.value).__name__ == "EngineConfigError" and "select" in str(raised.value)
        # the same worker answers the next request
        pid = engine.pid
        path = good / "app.py"
        assert engine.call("lint", path, SOURCE, ClientSettings(), 0) == Project.for_path(path).lint(str(path), SOURCE)
        assert engine.pid == pid and not engine.notices
    finally:
        engine.close()


# -- a killed worker, end to end --------------------------------------------------------------
@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=SERVER, client_factory=make_client, server_env=dict(os.environ)),
    scope="module",
)
async def session(client: LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("killed")
    client.root = root
    await client.initialize_session(types.InitializeParams(capabilities=types.ClientCapabilities(), root_uri=root.as_uri()))
    yield
    await client.shutdown_session()


@pytest.mark.asyncio(loop_scope="module")
async def test_a_killed_worker_is_restarted_and_said_in_the_log(session: LanguageClient):
    client = session
    path = client.root / "app.py"
    uri = open_doc(client, path, SOURCE)
    await wait_for(client, lambda: client.published.get(uri), "the first diagnostics")
    logs = lambda: [m.message for m in client.log_messages]
    line = await wait_for(client, lambda: next((m for m in logs() if "worker process (pid" in m), None), "the pid")
    pid = int(line.split("pid ")[1].rstrip(")"))
    os.kill(pid, signal.SIGKILL)
    changed = SOURCE + "other = 1\n"
    replace_all(client, uri, 2, SOURCE, changed)
    latest = await wait_for(
        client, lambda: next((p for p in client.published[uri] if p.version == 2), None), "diagnostics after the kill"
    )
    assert_match(latest.diagnostics, changed, Project.for_path(path).lint(str(path), changed))
    assert any("engine worker died" in m and "restarted" in m for m in logs()), logs()
    await asyncio.sleep(0)
