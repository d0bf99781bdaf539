"""`modelred-lint server`: a Language Server Protocol server over stdio.

It needs the `lsp` extra (`pip install 'modelred-lint[lsp]'`: pygls and lsprotocol), so
that the plain install stays light; nothing here is imported by the CLI's other
commands. Notebooks are served through LSP notebook document sync.
"""

from __future__ import annotations

import sys

FRONT_ALONE_SECONDS = 2.0

MISSING = (
    "modelred-lint server needs the language server dependencies: "
    "pip install 'modelred-lint[lsp]'"
)


def _extra_installed() -> bool:
    from importlib.util import find_spec

    try:
        return all(find_spec(name) is not None for name in ("pygls", "lsprotocol"))
    except (ImportError, ValueError):
        return False


def run() -> int:
    """Serve one client on stdin/stdout until it exits. Returns the exit status."""
    import os

    if not _extra_installed():  # before the front answers anything on pygls's behalf
        print(MISSING, file=sys.stderr)
        return 2
    engine = None
    if os.environ.get("MODELRED_LINT_SERVER_WORKER", "1") != "0":
        # First thing: the engine worker imports LibCST and the rules on the other core
        # while this process imports pygls (engine.py says why).
        from modelred_lint.server.engine import WorkerEngine

        engine = WorkerEngine()
        try:
            engine.start(fork=True)
        except OSError:
            engine.notices.append("modelred-lint: the engine worker could not be started: linting in the server process")
            engine = None
    front = None
    if engine is not None and os.environ.get("MODELRED_LINT_SERVER_FRONT", "1") != "0":
        # Then the front takes stdin: it answers initialize and sends the first
        # diagnostics while pygls is still being imported (front.py says how).
        from modelred_lint.server.front import Front

        front = Front(engine, sys.stdin.buffer, sys.stdout.buffer)
        front.start()
        # The first document's lint has the CPU to itself (on a busy machine pygls's
        # import would halve it); pygls is imported once that is done, or when a
        # request comes that needs it, or after a while without any document.
        front.needed.wait(FRONT_ALONE_SECONDS)
    try:
        from modelred_lint.server.features import build_server
    except ImportError as exc:
        if getattr(exc, "name", None) and exc.name.split(".")[0] in ("pygls", "lsprotocol", "cattrs", "attrs"):
            print(MISSING, file=sys.stderr)
            if engine is not None:
                engine.close()
            return 2
        raise
    server = build_server(engine, front)
    if front is None:
        server.start_io()
    else:
        server.start_io(*front.hand_over())
    return 0
