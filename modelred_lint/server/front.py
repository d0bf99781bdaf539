"""The start-up front: the first diagnostics before pygls is loaded.

Importing pygls and lsprotocol takes about as long as a whole CLI run (lsprotocol
builds some 570 attrs classes), and an editor sends nothing but `initialize` until it
is answered. So, while the main thread imports pygls, this front (a thread that owns
stdin) answers `initialize` itself, with the capabilities the server declares (a test
compares them with pygls's answer, and the server logs a warning if they ever differ),
hands each `didOpen` to the engine worker (which has been importing LibCST on the other
core since the process started) and sends its diagnostics, or answers the client's
first pulls. Everything else is queued.

When pygls is ready, every message the front read is replayed to it, in order, through
an in-memory stream that stands for stdin; pygls's answer to the replayed `initialize`
(already answered) is dropped; from then on the front only forwards. The server adopts
the front's lint of a document when the text, version, settings and encoding match
(no second lint, no second publication), and lints afresh otherwise.

No lsprotocol or pygls here: the point is not to wait for them.
"""

from __future__ import annotations

import json
import os
import re
import threading
from pathlib import Path
from typing import Any, Optional
from urllib.parse import unquote, urlparse

from modelred_lint import __version__
from modelred_lint.server.lines import UTF8, UTF16, UTF32
from modelred_lint.server.settings import ClientSettings

# An LSP header line that gives the body's length (case-blind, as the protocol says).
_CONTENT_LENGTH = re.compile(r"content-length:\s*(\d+)", re.IGNORECASE)

FIRST_LINT_TIMEOUT = 60.0


# -- the capabilities pygls computes for our features (see test_server_front) ---------------
def capabilities(params: dict, encoding: str) -> dict:
    caps = params.get("capabilities") or {}
    sync = (caps.get("textDocument") or {}).get("synchronization") or {}
    text_sync: dict[str, Any] = {"openClose": True, "change": 2}
    # pygls declares these false when the client mentions them, and leaves them out
    # when it does not (we handle neither).
    if sync.get("willSave") is not None:
        text_sync["willSave"] = False
    if sync.get("willSaveWaitUntil") is not None:
        text_sync["willSaveWaitUntil"] = False
    text_sync["save"] = True
    out: dict[str, Any] = {"positionEncoding": encoding, "textDocumentSync": text_sync}
    if caps.get("notebookDocument") is not None:
        out["notebookDocumentSync"] = {
            "notebookSelector": [
                {"notebook": "jupyter-notebook", "cells": [{"language": "python"}, {"language": "markdown"}]}
            ],
            "save": True,
        }
    out.update(
        {
            "codeActionProvider": {"codeActionKinds": ["quickfix", "source.fixAll.modelred-lint"], "resolveProvider": True},
            "executeCommandProvider": {"commands": []},
            "diagnosticProvider": {"interFileDependencies": False, "workspaceDiagnostics": True, "identifier": "modelred-lint"},
            "workspace": {"workspaceFolders": {"supported": True, "changeNotifications": True}, "fileOperations": {}},
        }
    )
    return out


def choose_encoding(params: dict) -> str:
    """UTF-8 whenever offered (app.Protocol's choice), else the client's first one we
    know, else UTF-16."""
    offered = ((params.get("capabilities") or {}).get("general") or {}).get("positionEncodings") or []
    if UTF8 in offered:
        return UTF8
    for encoding in offered:
        if encoding in (UTF16, UTF32):
            return encoding
    return UTF16


def file_path(uri: str) -> Optional[Path]:
    """The file of a `file:` URI (others are left to the server)."""
    if not uri.startswith("file:"):
        return None
    path = unquote(urlparse(uri).path)
    return Path(path) if path else None


# -- the stream pygls reads ---------------------------------------------------------------------
class QueueReader:
    """A blocking binary stream fed by the front: what pygls takes for stdin."""

    def __init__(self) -> None:
        self._buffer = bytearray()
        self._ready = threading.Condition()
        self._closed = False

    def feed(self, data: bytes) -> None:
        with self._ready:
            self._buffer += data
            self._ready.notify_all()

    def close(self) -> None:
        with self._ready:
            self._closed = True
            self._ready.notify_all()

    def readline(self) -> bytes:
        with self._ready:
            while True:
                end = self._buffer.find(b"\n")
                if end >= 0:
                    return self._take(end + 1)
                if self._closed:
                    return self._take(len(self._buffer))
                self._ready.wait()

    def read(self, size: int = -1) -> bytes:
        with self._ready:
            while size < 0 or len(self._buffer) < size:
                if self._closed:
                    return self._take(len(self._buffer))
                self._ready.wait()
            return self._take(size)

    def _take(self, size: int) -> bytes:
        data = bytes(self._buffer[:size])
        del self._buffer[:size]
        return data


class Writer:
    """What pygls takes for stdout: the real one, shared with the front under a lock,
    minus pygls's answer to the replayed `initialize`."""

    def __init__(self, front: "Front") -> None:
        self.front = front

    def write(self, data: bytes) -> None:
        if self.front.drop_id is not None and self.front.is_init_answer(data):
            return
        self.front.send_raw(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass


# -- the front ----------------------------------------------------------------------------------
class First:
    """The front's lint of one opened document."""

    def __init__(self, uri: str, version: Any, text: str, settings: ClientSettings, encoding: str) -> None:
        self.uri, self.version, self.text, self.settings, self.encoding = uri, version, text, settings, encoding
        self.done = threading.Event()
        self.findings: Optional[list] = None
        self.diagnostics: Optional[list] = None
        self.published = False
        self.pulls: list[tuple[Any, bytes, Any]] = []  # (request id, its raw message, previousResultId)


class Front:
    def __init__(self, engine, stdin, stdout) -> None:
        self.engine = engine
        self.fd = stdin.fileno()
        self._pending = bytearray()
        self.stdout = stdout
        self.reader = QueueReader()
        self.writer = Writer(self)
        self._lock = threading.RLock()
        self._out_lock = threading.Lock()
        self._queued: list[bytes] = []
        self.forwarding = False
        self.drop_id: Any = None
        self.sent_result: Optional[dict] = None
        self.mismatch: Optional[str] = None  # pygls answered initialize differently
        self.push = True
        self.encoding = UTF16
        self.settings = ClientSettings()
        self.root: Optional[Path] = None
        self.firsts: dict[str, First] = {}
        self.changed: set[str] = set()
        # Set when the server is needed: the first lint is done (the CPU is the
        # engine's until then), or a request came that only the server answers.
        self.needed = threading.Event()

    def start(self) -> None:
        threading.Thread(target=self._read_loop, name="modelred-lint-front", daemon=True).start()

    # -- output ---------------------------------------------------------------------------
    def send_raw(self, data: bytes) -> None:
        with self._out_lock:
            self.stdout.write(data)
            self.stdout.flush()

    def send(self, message: dict) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.send_raw(b"Content-Length: %d\r\n\r\n" % len(body) + body)

    def is_init_answer(self, data: bytes) -> bool:
        """Whether an outgoing message is pygls's answer to the replayed initialize
        (dropped: the client has its answer already). Checked until it has passed."""
        try:
            message = json.loads(data.split(b"\r\n\r\n", 1)[1])
        except (ValueError, IndexError):
            return False
        if "method" in message or message.get("id") != self.drop_id:
            return False
        self.drop_id = None
        if message.get("result") != self.sent_result:
            self.mismatch = "the start-up front declared other capabilities than the server: " + json.dumps(
                message.get("result"), sort_keys=True
            )
        return True

    # -- input ----------------------------------------------------------------------------
    # Read with os.read on the descriptor, not through sys.stdin.buffer: this thread
    # is still blocked in a read when the process exits, and a BufferedReader's lock
    # held then makes the interpreter's shutdown abort ("could not acquire lock").
    def _fill(self) -> bool:
        data = os.read(self.fd, 65536)
        if not data:
            return False
        self._pending += data
        return True

    def _line(self) -> bytes:
        while True:
            end = self._pending.find(b"\n")
            if end >= 0:
                line = bytes(self._pending[: end + 1])
                del self._pending[: end + 1]
                return line
            if not self._fill():
                return b""

    def _read_frame(self) -> Optional[tuple[bytes, bytes]]:
        header = b""
        length = None
        while True:
            line = self._line()
            if not line:
                return None
            header += line
            if line in (b"\r\n", b"\n"):
                if length is None:  # a header without its length: skip it
                    header = b""
                    continue
                break
            match = _CONTENT_LENGTH.match(line.decode("latin-1"))  # (header lines are ASCII)
            if match:
                length = int(match.group(1))
        while len(self._pending) < length:
            if not self._fill():
                return None
        body = bytes(self._pending[:length])
        del self._pending[:length]
        return header + body, body

    def _read_loop(self) -> None:
        try:
            while True:
                frame = self._read_frame()
                if frame is None:
                    break
                raw, body = frame
                with self._lock:
                    if self.forwarding:
                        self.reader.feed(raw)
                        continue
                    try:
                        self._handle(raw, json.loads(body))
                    except Exception:  # anything odd: the server will see it as it is
                        self._queued.append(raw)
        finally:
            self.reader.close()
            self.needed.set()

    def _handle(self, raw: bytes, message: dict) -> None:
        method = message.get("method")
        params = message.get("params") or {}
        if method == "initialize" and "id" in message and self.drop_id is None and self.sent_result is None:
            self.encoding = choose_encoding(params)
            self.push = ((params.get("capabilities") or {}).get("textDocument") or {}).get("diagnostic") is None
            root = params.get("rootUri")
            self.root = file_path(root) if root else (Path(params["rootPath"]) if params.get("rootPath") else None)
            self.settings = ClientSettings.from_client(params.get("initializationOptions"), self.root)
            self.sent_result = {
                "capabilities": capabilities(params, self.encoding),
                "serverInfo": {"name": "modelred-lint", "version": __version__},
            }
            self.drop_id = message["id"]
            self.send({"id": message["id"], "result": self.sent_result})
            self._queued.append(raw)  # for pygls, whose answer is dropped
            return
        elif method == "textDocument/didOpen" and self.sent_result is not None:
            document = params.get("textDocument") or {}
            uri, text = document.get("uri"), document.get("text")
            path = file_path(uri) if isinstance(uri, str) else None
            if path is not None and isinstance(text, str) and uri not in self.firsts:
                first = First(uri, document.get("version"), text, self.settings, self.encoding)
                self.firsts[uri] = first
                threading.Thread(target=self._lint, args=(first, path), daemon=True).start()
            else:
                self.needed.set()  # not ours to lint: the server's
        elif method == "textDocument/didChange" or method == "textDocument/didClose":
            uri = (params.get("textDocument") or {}).get("uri")
            self.changed.add(uri)
        elif method == "textDocument/diagnostic" and "id" in message:
            uri = (params.get("textDocument") or {}).get("uri")
            first = self.firsts.get(uri)
            if first is not None and uri not in self.changed:
                first.pulls.append((message["id"], raw, params.get("previousResultId")))
                self._answer_pulls(first)
                return  # answered by the front, now or when the lint is done
        if method not in ("initialized", "textDocument/didOpen", "textDocument/didChange", "$/cancelRequest"):
            self.needed.set()  # a request or a notebook only the server can answer
        self._queued.append(raw)

    def _lint(self, first: First, path: Path) -> None:
        try:
            first.findings, first.diagnostics = self.engine.call(
                "first", path, first.text, first.settings, 0, first.encoding, first.uri
            )
        except Exception:  # the server lints it again and reports what this was
            first.findings = first.diagnostics = None
        first.done.set()
        self.needed.set()
        with self._lock:
            if first.diagnostics is not None and self.push and not self.forwarding and first.uri not in self.changed:
                self.send(
                    {
                        "method": "textDocument/publishDiagnostics",
                        "params": {"uri": first.uri, "version": first.version, "diagnostics": first.diagnostics},
                    }
                )
                first.published = True
            self._answer_pulls(first)

    def _answer_pulls(self, first: First) -> None:
        """Answer the pulls waiting for a finished first lint (under the lock); a lint
        that failed hands them to the server."""
        if not first.done.is_set():
            return
        pulls, first.pulls = first.pulls, []
        for request_id, raw, previous in pulls:
            if first.diagnostics is None:
                (self.reader.feed if self.forwarding else self._queued.append)(raw)
                continue
            result_id = self.result_id(first)
            if previous == result_id:
                result = {"kind": "unchanged", "resultId": result_id}
            else:
                result = {"kind": "full", "resultId": result_id, "items": first.diagnostics}
            self.send({"id": request_id, "result": result})

    def result_id(self, first: First) -> str:
        """The server's result ID for this lint once it adopts it (app.Result: the
        generation is 1 when initializationOptions changed the settings, as
        apply_settings counts), so that the client's next pull can be "unchanged"."""
        generation = 0 if first.settings == ClientSettings() else 1
        return f"{generation}:{first.version}"

    # -- the hand-over --------------------------------------------------------------------
    def hand_over(self) -> tuple[QueueReader, Writer]:
        """pygls is ready: replay what was read, and forward from now on."""
        with self._lock:
            for raw in self._queued:
                self.reader.feed(raw)
            self._queued = []
            self.forwarding = True
        return self.reader, self.writer

    def adopt(self, uri: str, version: Any, text: str, settings: ClientSettings, encoding: str):
        """(findings, published) of the front's lint of this very text, once; None when
        there is none or it was of another text, version, settings or encoding."""
        first = self.firsts.get(uri)
        if first is None or first.version != version or first.encoding != encoding:
            return None
        if uri in self.changed:  # changed or closed (and maybe reopened) since: lint afresh
            return None
        if first.settings.project_key != settings.project_key or first.text != text:
            return None
        first.done.wait(FIRST_LINT_TIMEOUT)
        with self._lock:
            self.firsts.pop(uri, None)
        if first.findings is None:
            return None
        return first.findings, first.published
