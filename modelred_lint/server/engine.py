"""Where the linting happens: in a worker process of its own (`WorkerEngine`), or in the
server's process (`LocalEngine`, also what the worker runs).

Why a process: the server's start is mostly importing pygls and lsprotocol (lsprotocol
builds some 570 attrs classes), about as long as a whole CLI run; the engine's import
(LibCST, the rules, the catalogue) is about as long again. A thread cannot overlap them
(both hold the GIL); a process started first thing imports the engine on the other core
while the server imports pygls, and the first document is linted there before pygls is
even loaded (front.py). Every later lint goes there too: the server process then never
loads LibCST at all, and a lint cannot take the protocol down with it.

Robustness: a worker that dies (or cannot be started) is started again and the request
retried once; a request that kills two workers in a row is answered with an internal
error (the next request starts a new worker); after three starts that never answered,
the server lints in its own process. Each of these is said in `notices`, which the
server sends to the client's log (`window/logMessage`).

Messages: a 4-byte length and a pickle, both ways, over the worker's stdin/stdout.
Only this module's two ends speak it, with the same code on both sides.
"""

from __future__ import annotations

import os
import pickle
import struct
import sys
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any, Optional, Sequence

from modelred_lint import neighbours
from modelred_lint.server.errors import describe
from modelred_lint.server.lines import TextLines
from modelred_lint.server.settings import ClientSettings

SOURCE = "modelred-lint"
DOCS_URL = "https://github.com/modelred-lint/modelred-lint#{anchor}"
# LSP's DiagnosticSeverity values (the front writes JSON without lsprotocol).
SEVERITY = {"error": 1, "warning": 2, "info": 3, "note": 3, "hint": 4}
WARM_UP_TEXT = "from modelred import ModelRed\n"
MAX_FAILED_STARTS = 3
DOCUMENTS_KEPT = 16  # documents whose last parse and lint the engine keeps


class EngineConfigError(Exception):
    """A configuration error reported by the worker (config.ConfigError's message)."""


class EngineError(Exception):
    """The worker failed on a request; the message is already scrubbed."""


# -- the engine itself -----------------------------------------------------------------------
class LocalEngine:
    """Projects cached per folder and settings, dropped when the server's generation
    (settings, configuration files) moves on."""

    def __init__(self) -> None:
        from modelred_lint import parsing
        from modelred_lint.reparse import DocumentParses
        from modelred_lint.server.projects import ProjectCache

        self.projects = ProjectCache()
        self.generation: Optional[int] = None
        # An edit changes a statement or two: the rest of the document's last parse is
        # re-used (reparse.py). Bounded like the documents an editor keeps open.
        if parsing.documents is None:
            parsing.documents = DocumentParses(DOCUMENTS_KEPT)
        # The last lint of each document: the same text under the same settings (a
        # save, a pull after a push) is answered without linting again.
        self._linted: "OrderedDict[str, tuple]" = OrderedDict()
        self._lock = threading.Lock()

    def _project(self, path: Path, settings: ClientSettings, generation: int):
        if generation != self.generation:
            self.projects.clear()
            self.generation = generation
        return self.projects.get(path, settings)

    def call(self, op: str, *args: Any) -> Any:
        """As WorkerEngine.call, in this process."""
        return getattr(self, op)(*args)

    def lint(self, path: Path, text: str, settings: ClientSettings, generation: int):
        # By the name, as --stdin-filename: a .env or a notebook's JSON opened as text
        # is linted as the CLI lints that file, not as Python.
        key = str(path)
        with self._lock:
            last = self._linted.get(key)
        if last is not None and last[0] == text and last[1] == settings and last[2] == generation == self.generation \
                and all(neighbours.state_of(p) == state for p, state in last[4]):
            return list(last[3])  # (and the modules beside it that its rules read are as they were)
        with neighbours.recording() as read:
            findings = self._project(path, settings, generation).lint_named(key, text)
        with self._lock:
            self._linted[key] = (text, settings, generation, tuple(findings), tuple(read.items()))
            self._linted.move_to_end(key)
            while len(self._linted) > DOCUMENTS_KEPT:
                self._linted.popitem(last=False)
        return findings

    def lint_cells(self, path: Path, cells: Sequence[tuple[str, str]], settings: ClientSettings, generation: int):
        return self._project(path, settings, generation).lint_cells(str(path), cells)

    def fix(self, path: Path, text: str, settings: ClientSettings, generation: int, unsafe: bool) -> str:
        return self._project(path, settings, generation).fix_named(str(path), text, unsafe)[0]

    def fix_cells(self, path: Path, cells, settings: ClientSettings, generation: int, unsafe: bool) -> list[str]:
        return self._project(path, settings, generation).fix_cells(str(path), cells, unsafe)

    def first(self, path: Path, text: str, settings: ClientSettings, generation: int, encoding: str, uri: str):
        """The start-up front's lint: the findings, and the diagnostics as JSON."""
        findings = self.lint(path, text, settings, generation)
        return findings, diagnostics_json(findings, TextLines(text, encoding), uri)

    def warm_up(self, folder: Path, lint: bool = True) -> None:
        """Import the engine and resolve the folder's Project before the first document
        arrives; with `lint`, also lint a one-line SDK import, which loads the rules
        (pointless when a document is already waiting: its lint loads them)."""
        path = folder / "__modelred_lint_warm_up__.py"
        try:
            if lint:
                self.lint(path, WARM_UP_TEXT, ClientSettings(), 0)
            else:
                self._project(path, ClientSettings(), 0)
        except Exception:  # the first real lint reports whatever this was
            pass


def diagnostics_json(findings, lines: TextLines, uri: str) -> list[dict]:
    """Diagnostics as LSP JSON, field for field what convert.diagnostic gives through
    lsprotocol (tests compare the two)."""
    from modelred_lint.reporters.textsafe import printable

    out = []
    for f in findings:
        item: dict[str, Any] = {
            "range": lines.range_json(f.line, f.col, f.end_line, f.end_col),
            "severity": SEVERITY.get(f.severity, 2),
            "code": f.rule,
            "codeDescription": {"href": DOCS_URL.format(anchor=f.rule.lower())},
            "source": SOURCE,
            "message": printable(f.message),
        }
        if f.related:
            item["relatedInformation"] = [
                {
                    "location": {
                        "uri": Path(r.path).resolve().as_uri() if r.path and r.path != f.path else uri,
                        "range": lines.range_json(r.line, r.col, r.end_line, r.end_col)
                        if not (r.path and r.path != f.path)
                        else {"start": {"line": max(r.line - 1, 0), "character": r.col},
                              "end": {"line": max(r.end_line - 1, 0), "character": r.end_col}},
                    },
                    "message": printable(r.message),
                }
                for r in f.related
            ]
        out.append(item)
    return out


# -- the wire --------------------------------------------------------------------------------
def _write(stream, value: Any) -> None:
    data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">I", len(data)) + data)
    stream.flush()


def _read(stream) -> Any:
    head = stream.read(4)
    if len(head) < 4:
        raise EOFError("the engine worker closed its output")
    size = struct.unpack(">I", head)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError("the engine worker closed its output mid-answer")
    return pickle.loads(data)


def _waiting(stream) -> bool:
    """Whether a request is already there to be read."""
    import select

    try:
        return bool(select.select([stream], [], [], 0)[0])
    except (OSError, ValueError):
        return False


def serve(inp=None, out=None) -> int:
    """The worker: warm up, then answer requests until the server closes the pipe."""
    inp = inp or sys.stdin.buffer
    out = out or sys.stdout.buffer
    # Whatever the engine prints must not corrupt the answers.
    sys.stdout = sys.stderr
    _write(out, ("ready", os.getpid()))  # at once: the server tells a start failure by it
    engine = LocalEngine()
    engine.warm_up(Path.cwd(), lint=not _waiting(inp))
    while True:
        try:
            op, args = _read(inp)
        except EOFError:
            return 0
        try:
            reply = ("ok", getattr(engine, op)(*args))
        except Exception as exc:
            from modelred_lint.config import ConfigError

            if isinstance(exc, ConfigError):
                reply = ("config_error", str(exc))
            else:
                reply = ("error", describe(exc))
        _write(out, reply)


# -- the server's end ------------------------------------------------------------------------
class WorkerEngine:
    """Calls into a worker process, one at a time; restarts it or falls back to a
    LocalEngine as the module says. Thread-safe (the front's first lint and the
    server's lint thread may both call)."""

    def __init__(self, cwd: Optional[Path] = None) -> None:
        self.cwd = cwd or Path.cwd()
        self.process = None
        self.local: Optional[LocalEngine] = None
        self.notices: list[str] = []  # for the client's log; the server drains them
        self._lock = threading.Lock()
        self._failed_starts = 0
        self._answered = False  # by the current process

    @property
    def pid(self) -> Optional[int]:
        return self.process.pid if self.process is not None else None

    def start(self, fork: bool = False) -> None:
        """Start a worker: forked from this process (only while it has one thread:
        the server's first worker, which then needs no interpreter start of its own),
        or a new interpreter (restarts)."""
        if fork and hasattr(os, "fork") and threading.active_count() == 1:
            self.process = _Forked()
        else:
            import subprocess

            self.process = subprocess.Popen(
                [sys.executable, "-m", "modelred_lint.server.engine"],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=str(self.cwd),
            )
        self._answered = False

    def _stop(self) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        try:
            process.kill()
            process.wait(timeout=5)
        except Exception:
            pass

    def _exit_status(self) -> str:
        process = self.process
        try:  # its output closed: it is exiting, if not gone already
            code = process.wait(timeout=0.5) if process is not None else None
        except Exception:
            code = None
        return f"exit status {code}" if code is not None else "no answer"

    def call(self, op: str, *args: Any) -> Any:
        with self._lock:
            deaths = 0  # workers this request killed (they had said they were ready)
            while self.local is None:
                try:
                    if self.process is None:
                        self.start()
                    if not self._answered:
                        _read(self.process.stdout)  # ("ready", pid), written first thing
                        self._answered = True
                        self._failed_starts = 0
                except (OSError, EOFError, pickle.UnpicklingError, struct.error) as exc:
                    why = self._exit_status() if self.process is not None else type(exc).__name__
                    self._stop()
                    self._failed_starts += 1
                    if self._failed_starts >= MAX_FAILED_STARTS:
                        self.notices.append(
                            f"modelred-lint: the engine worker could not be started ({why}): linting in the server process"
                        )
                        self.local = LocalEngine()
                    continue
                try:
                    _write(self.process.stdin, (op, args))
                    status, value = _read(self.process.stdout)
                    break
                except (OSError, EOFError, pickle.UnpicklingError, struct.error):
                    why = self._exit_status()
                    self._stop()
                    deaths += 1
                    if deaths == 2:
                        self.notices.append(f"modelred-lint: the engine worker died twice on one request ({why})")
                        raise EngineError(f"the engine worker died on this request ({why})") from None
                    self.notices.append(f"modelred-lint: the engine worker died ({why}): restarted")
            else:
                return getattr(self.local, op)(*args)
        if status == "config_error":
            raise EngineConfigError(value)
        if status == "error":
            raise EngineError(value)
        return value

    def close(self) -> None:
        with self._lock:
            process, self.process = self.process, None
        if process is not None:
            try:
                process.stdin.close()  # the worker exits at end of input
                process.wait(timeout=2)
            except Exception:
                process.kill()


class _Forked:
    """A worker forked from the server, with what the server uses of a Popen."""

    def __init__(self) -> None:
        to_child, to_us = os.pipe(), os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: never back into the server's code
            code = 1
            try:
                os.close(to_child[1])
                os.close(to_us[0])
                # The LSP stream is the server's: the worker reads and writes neither.
                devnull = os.open(os.devnull, os.O_RDWR)
                os.dup2(devnull, 0)
                os.dup2(devnull, 1)
                code = serve(os.fdopen(to_child[0], "rb"), os.fdopen(to_us[1], "wb"))
            except BaseException:
                pass
            finally:
                os._exit(code)
        os.close(to_child[0])
        os.close(to_us[1])
        self.pid = pid
        self.stdin = os.fdopen(to_child[1], "wb")
        self.stdout = os.fdopen(to_us[0], "rb")
        self.returncode: Optional[int] = None

    def poll(self) -> Optional[int]:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:
                return self.returncode
            if pid:
                self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def kill(self) -> None:
        import signal

        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def wait(self, timeout: Optional[float] = None) -> Optional[int]:
        import time

        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError("the engine worker did not exit")
            time.sleep(0.01)
        return self.returncode


if __name__ == "__main__":
    sys.exit(serve())
